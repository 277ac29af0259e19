"""The only places where the tools read or edit MLIR text themselves.

Everything else asks a tool: prune-opt prints and normalizes modules
(--mlir-print-debuginfo, --mlir-print-local-scope), drops tosa.target_env
(prune-strip-tosa-target-env) and reports what the passes did as JSON. What
is here has no tool that prints or does it today (there are no MLIR Python
bindings on the machine, and no pass renames symbols, links two modules, or
prints a signature or a constant's values in a structured form), so each
function is one small text operation, on prune-opt's printed form or on the
models that export_digits_mlp writes, and says why.
"""
import re
import sys

import numpy as np

# An inline location: loc(...) with at most one level of nested parentheses.
_LOCATION = r"\s*loc\((?:[^()]|\([^()]*\))*\)"


def f32_literal(value):
    """An MLIR literal of this float32 that parses back to it exactly: decimal,
    or the bits in hex for NaN and infinities (which have no decimal form)."""
    value = np.float32(value)
    if not np.isfinite(value):
        return "0x%08X" % int(np.array(value, np.float32).view(np.uint32))
    return "%.9e" % float(value)


def f32_rows(rows):
    """A dense<...> body of f32 rows: [[a, b], [c, d]]."""
    return "[" + ", ".join("[" + ", ".join(f32_literal(v) for v in row) + "]" for row in rows) + "]"


def signature(module_text, name):
    """((dims, element type) of the first argument, (dims, element type) of the
    first result) of `func.func @name`, dims as ints and '?', for ranked tensor
    types; None if there is no such function or they are not tensors.

    No tool prints a function's type in a structured form, so this reads the
    signature line, locations removed."""
    text = re.sub(_LOCATION, "", module_text)
    m = re.search(r"@%s\(%%[\w$.-]+: tensor<([?\dx]+x)(\w+)>[^)]*\)\s*->\s*\(?"
                  r"tensor<([?\dx]*x)?(\w+)>" % re.escape(name), text)
    if not m:
        return None

    def dims(text):
        return [d if d == "?" else int(d) for d in (text or "").split("x") if d]
    return (dims(m.group(1)), m.group(2)), (dims(m.group(3)), m.group(4))


def split_module(printed, path):
    """(the module up to its closing brace, what follows it) of one `module {...}`
    as prune-opt or mlir-opt printed it, so that functions can be added to it.

    There is no tool that links two modules, so the wrapper and the other
    model's functions are added as text."""
    end = printed.rstrip().rfind("}")
    if not re.match(r"(#.*\n|\s)*module\b", printed) or end < 0:
        sys.exit("error: unexpected printed form of %s" % path)
    return printed[:end], printed[end + 1:]


def module_body(module_text):
    """The text after the `module ... {` line (the printer puts the module's
    header, attributes included, on one line)."""
    return module_text[module_text.index("\n", re.search(r"\bmodule\b", module_text).end()) + 1:]


def resource_section(printed):
    """The `{-# ... #-}` block that a printer writes after the module (the
    dense_resource blobs), or "" if there is none."""
    rest = (printed.split("\n{-#", 1) + [""])[1]
    return "{-#" + rest if rest else ""


def builtin_resources(resources, path):
    """[(key, "0x...")] of the `builtin` dialect_resources block that was printed
    after a module (one entry per line); other resource dialects are not merged.

    The printer writes resources only as this text block, so merging two
    models' blobs reads it."""
    if not resources:
        return []
    entries = re.findall(r"^\s*([\w.$-]+|\"[^\"]*\"): (\"0x[0-9A-Fa-f]*\"),?\s*$", resources, re.M)
    dialects = re.findall(r"^\s*([\w.$-]+): \{\s*$", resources, re.M)
    if any(d not in ("dialect_resources", "builtin") for d in dialects):
        sys.exit("error: %s has resources of dialects %s; only builtin ones can be merged"
                 % (path, ", ".join(d for d in dialects if d not in ("dialect_resources", "builtin"))))
    return entries


def resources_text(entries):
    """The dialect_resources block of builtin (key, "0x...") entries."""
    if not entries:
        return ""
    return ("{-#\n  dialect_resources: {\n    builtin: {\n"
            + ",\n".join("      %s: %s" % entry for entry in entries) + "\n    }\n  }\n#-}\n")


def prefix_symbols(body, entries, prefix):
    """`body` (functions of a module) with every function symbol and every
    dense_resource key of `entries` renamed with `prefix`, and the renamed
    entries, so that they can sit beside another model's functions.

    No pass renames symbols (symbol-privatize only changes visibility), so the
    names are replaced in the text: `@name` not followed by a name character,
    `dense_resource<key>`."""
    for name in set(re.findall(r"func\.func (?:private |public |nested )?@([\w$.]+)", body)):
        body = re.sub(r"@%s(?![\w$.])" % re.escape(name), "@" + prefix + name, body)
    renamed_entries = []
    for key, value in entries:
        renamed = '"%s%s' % (prefix, key[1:]) if key.startswith('"') else prefix + key
        body = body.replace("dense_resource<%s>" % key, "dense_resource<%s>" % renamed)
        renamed_entries.append((renamed, value))
    return body, renamed_entries


def read_constant(text, name):
    """The values of `%name = "tosa.const"() <{values = dense<...> : tensor<AxBxf32>}>`
    in a model written by export_digits_mlp (SSA names fcN_w, fcN_b), as float32.

    The SSA names exist only in that source text (a printer renumbers them)
    and no tool prints a constant's values in another form."""
    m = re.search(r'%%%s = "tosa.const"\(\) <\{values = dense<(.*?)> : tensor<([0-9x]+)xf32>\}>'
                  % re.escape(name), text)
    if not m:
        sys.exit("error: no constant %%%s in the model" % name)
    shape = [int(d) for d in m.group(2).split("x")]
    values = np.array([float(v) for v in re.findall(r"[-+0-9.eE]+", m.group(1))], dtype=np.float32)
    return values.reshape(shape)


def with_argument_attribute(text, declaration, attribute):
    """`text` with `{attribute}` added to the first argument declared exactly as
    `declaration` as the last argument of its function (e.g. `%arg0:
    tensor<?x64xf32>`). No pass sets argument attributes."""
    if declaration + ")" not in text:
        sys.exit("error: no argument `%s` in the model" % declaration)
    return text.replace(declaration + ")", "%s {%s})" % (declaration, attribute), 1)
