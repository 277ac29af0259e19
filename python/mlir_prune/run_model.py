#!/usr/bin/python3
"""Compile a model's @forward with MLIR tools, run it on a CSV split, report accuracy.

The model module must define `func.func @forward(tensor<?xFxf32>) -> tensor<?xCxf32>`
(a static batch equal to the number of samples also works).  A small @main
wrapper embeds all samples of the CSV (features, label last; `#` lines are
comments) as one arith.constant, calls @forward, takes tosa.argmax per row and
prints each predicted class with vector.print (and each logits row with
`--logits`).  Wrapper and model go into one module, which is lowered with an
mlir-opt-compatible tool and run with mlir-runner; the printed predictions are
compared with the labels.  This is how the examples are checked against
PyTorch and how pruned models are evaluated.

Lowering: with the project's build/bin/prune-opt (the default when it is
built) the `prune-compile` pipeline (PRUNE_PIPELINE); with a stock mlir-opt
the stock pipeline (DEFAULT_PIPELINE: tosa-to-linalg-pipeline,
tosa-to-tensor/arith, canonicalize, sparsifier), after which a
`tosa.target_env` module attribute, which mlir-runner cannot parse, is
dropped from the text.

Usage: /usr/bin/python3 scripts/run_model.py MODEL.mlir SPLIT.csv
           [--opt PATH] [--pipeline STRING] [--runner PATH]
           [--predictions-out FILE] [--expect-predictions FILE] [--logits]
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

LLVM_DIR = "/usr/lib/llvm-22"
DEFAULT_PIPELINE = ("builtin.module(tosa-to-linalg-pipeline,"
                    "func.func(tosa-to-tensor,tosa-to-arith),canonicalize,sparsifier)")
PRUNE_PIPELINE = "builtin.module(prune-compile)"
PRUNE_OPT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                         "build", "bin", "prune-opt")
RUNNER_LIBS = [LLVM_DIR + "/lib/libmlir_c_runner_utils.so", LLVM_DIR + "/lib/libmlir_runner_utils.so"]


def load_csv(path):
    """Returns (rows of float features, int labels)."""
    features, labels = [], []
    with open(path) as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            values = line.split(",")
            features.append([float(v) for v in values[:-1]])
            labels.append(int(float(values[-1])))
    return features, labels


def forward_signature(model_text):
    """(input batch, features, output batch, classes) of @forward; batch '?' if dynamic."""
    without_locations = re.sub(r"\s*loc\((?:[^()]|\([^()]*\))*\)", "", model_text)
    m = re.search(r"@forward\(%[\w]+: tensor<(\?|\d+)x(\d+)xf32>[^)]*\)\s*->\s*\(?"
                  r"tensor<(\?|\d+)x(\d+)xf32>", without_locations)
    if not m:
        sys.exit("error: no func.func @forward(tensor<BxFxf32>) -> tensor<BxCxf32> in the model")
    return m.group(1), int(m.group(2)), m.group(3), int(m.group(4))


def main_wrapper(features, model_text, print_logits=False, reference=None):
    """MLIR text of @main: samples as a constant, @forward, argmax, vector.print.
    With `reference` (a function of @forward's type) it is called on the samples first."""
    in_batch, n_feat, out_batch, n_cls = forward_signature(model_text)
    n = len(features)
    if any(len(row) != n_feat for row in features):
        sys.exit("error: every CSV row needs %d features and a label" % n_feat)
    if in_batch != "?" and int(in_batch) != n:
        sys.exit("error: @forward has static batch %s but the CSV has %d samples" % (in_batch, n))
    data = "[" + ", ".join("[" + ", ".join("%.9e" % v for v in row) + "]" for row in features) + "]"
    in_t, out_t = "tensor<%sx%dxf32>" % (in_batch, n_feat), "tensor<%sx%dxf32>" % (out_batch, n_cls)
    lines = [
        "func.func @main() {",
        "  %c0 = arith.constant 0 : index",
        "  %c1 = arith.constant 1 : index",
        "  %%n = arith.constant %d : index" % n,
        "  %%data = arith.constant dense<%s> : tensor<%dx%dxf32>" % (data, n, n_feat),
        "  %%x = tensor.cast %%data : tensor<%dx%dxf32> to %s" % (n, n_feat, in_t),
    ] + ([
        "  %%r = func.call @%s(%%x) : (%s) -> %s" % (reference, in_t, out_t),
    ] if reference else []) + [
        "  %%y = func.call @forward(%%x) : (%s) -> %s" % (in_t, out_t),
        # Static shapes here, so the wrapper passes tosa-validate at any TOSA level.
        "  %%ys = tensor.cast %%y : %s to tensor<%dx%dxf32>" % (out_t, n, n_cls),
        "  %%pred = tosa.argmax %%ys {axis = 1 : i32} : (tensor<%dx%dxf32>) -> tensor<%dxi32>" % (n, n_cls, n),
        "  scf.for %i = %c0 to %n step %c1 {",
        "    %%p = tensor.extract %%pred[%%i] : tensor<%dxi32>" % n,
        "    vector.print %p : i32",
    ]
    if print_logits:
        lines += [
            "    %pad = arith.constant 0.0 : f32",
            "    %%row = vector.transfer_read %%ys[%%i, %%c0], %%pad {in_bounds = [true]} : tensor<%dx%dxf32>, vector<%dxf32>"
            % (n, n_cls, n_cls),
            "    vector.print %%row : vector<%dxf32>" % n_cls,
        ]
    lines += ["  }", "  return", "}"]
    return "\n".join(lines) + "\n"


def normalized_module(model_path, opt):
    """(module text up to its closing brace, trailing resource text) of the model as
    printed by `opt`, so always one `module {...}`."""
    # Locations stay, inline: layer names come from them. Printed in local scope the
    # module has no trailing resource section: a model that uses dense_resource blobs
    # is printed a second time, plainly, for them.
    model = subprocess.run([opt, model_path, "--mlir-print-debuginfo", "--mlir-print-local-scope"],
                           check=True, capture_output=True, text=True).stdout
    resources = ""
    if "dense_resource<" in model:
        plain = subprocess.run([opt, model_path], check=True, capture_output=True, text=True).stdout
        resources = (plain.split("\n{-#", 1) + [""])[1]
    end = model.rstrip().rfind("}")
    if not re.match(r"(#.*\n|\s)*module\b", model) or end < 0:
        sys.exit("error: unexpected output of %s on %s" % (opt, model_path))
    return model[:end], ("{-#" + resources if resources else "")


def builtin_resources(resources, path):
    """[(key, "0x...")] of the `builtin` dialect_resources block that `opt` printed after
    the module (one entry per line); other resource dialects are not merged."""
    if not resources:
        return []
    entries = re.findall(r"^\s*([\w.$-]+|\"[^\"]*\"): (\"0x[0-9A-Fa-f]*\"),?\s*$", resources, re.M)
    dialects = re.findall(r"^\s*([\w.$-]+): \{\s*$", resources, re.M)
    if any(d not in ("dialect_resources", "builtin") for d in dialects):
        sys.exit("error: %s has resources of dialects %s; only builtin ones can be merged"
                 % (path, ", ".join(d for d in dialects if d not in ("dialect_resources", "builtin"))))
    return entries


def resources_text(entries):
    if not entries:
        return ""
    return ("{-#\n  dialect_resources: {\n    builtin: {\n"
            + ",\n".join("      %s: %s" % entry for entry in entries) + "\n    }\n  }\n#-}\n")


# What a reference model's @forward is called beside the model (combined_module).
REFERENCE_FORWARD = "reference_forward"


def reference_functions(model_path, opt, prefix="reference_"):
    """The functions of another model, every symbol and dense_resource key renamed with
    `prefix` (@forward becomes @reference_forward), as text to put into a module beside
    the model, and the renamed resource entries."""
    model, resources = normalized_module(model_path, opt)
    # `opt` prints the module's header, attributes included, on one line.
    body = model[model.index("\n", re.search(r"\bmodule\b", model).end()) + 1:]
    for name in set(re.findall(r"func\.func (?:private |public |nested )?@([\w$.]+)", body)):
        body = re.sub(r"@%s(?![\w$.])" % re.escape(name), "@" + prefix + name, body)
    entries = []
    for key, value in builtin_resources(resources, model_path):
        renamed = '"%s%s' % (prefix, key[1:]) if key.startswith('"') else prefix + key
        body = body.replace("dense_resource<%s>" % key, "dense_resource<%s>" % renamed)
        entries.append((renamed, value))
    return body, entries


def combined_module(model_path, opt, features, print_logits=False, reference_path=None):
    """The model (normalized by `opt`) with @main added; with `reference_path`, that
    model's functions too (as @reference_*, dense_resource blobs merged), and @main calls
    @reference_forward first."""
    model, resources = normalized_module(model_path, opt)
    reference = None
    if reference_path:
        functions, reference_entries = reference_functions(reference_path, opt)
        model += functions
        resources = resources_text(builtin_resources(resources, model_path) + reference_entries)
        reference = REFERENCE_FORWARD
    return model + main_wrapper(features, model, print_logits, reference) + "}\n" + resources


def strip_tosa_target_env(module_text):
    """Drops the module's tosa.target_env attribute: it survives lowering, and
    mlir-runner (which does not load the TOSA dialect) cannot parse it."""
    text = re.sub(r"tosa\.target_env = #tosa\.target_env<[^>]*>(, )?", "", module_text, count=1)
    return text.replace("module attributes {} {", "module {", 1)


def default_pipeline(opt):
    """prune-compile for prune-opt, the stock pipeline for anything else."""
    return PRUNE_PIPELINE if os.path.basename(opt) == "prune-opt" else DEFAULT_PIPELINE


def compile_and_run(module_text, opt, pipeline, runner, extra_libs=()):
    """Lowers the module with `opt --pass-pipeline=pipeline` and runs @main; returns stdout.
    `extra_libs` are loaded too (libPruneRuntime.so for instrumented models)."""
    with tempfile.TemporaryDirectory() as tmp:
        src, llvm = os.path.join(tmp, "main.mlir"), os.path.join(tmp, "main.llvm.mlir")
        with open(src, "w") as f:
            f.write(module_text)
        subprocess.run([opt, src, "--pass-pipeline=" + pipeline, "-o", llvm], check=True)
        with open(llvm) as f:
            lowered = f.read()
        with open(llvm, "w") as f:
            f.write(strip_tosa_target_env(lowered))
        run = subprocess.run([runner, llvm, "-e", "main", "-entry-point-result=void",
                              "-shared-libs=" + ",".join(RUNNER_LIBS + list(extra_libs))],
                             check=True, stdout=subprocess.PIPE, text=True)
    return run.stdout


def parse_output(stdout):
    """(predicted classes, logits rows as printed) from the runner's output."""
    preds, logits = [], []
    for line in stdout.splitlines():
        line = line.strip()
        if re.fullmatch(r"-?\d+", line):
            preds.append(int(line))
        elif line.startswith("("):
            logits.append([float(v) for v in line.strip("()").split(",")])
    return preds, logits


def report_predictions(preds, labels, predictions_out=None, expect_predictions=None,
                       expect_name=None):
    """Prints accuracy; writes the predictions to `predictions_out`; compares them
    with the file `expect_predictions` (named `expect_name` in the output) and exits
    non-zero when any differs."""
    if len(preds) != len(labels):
        sys.exit("error: got %d predictions for %d samples" % (len(preds), len(labels)))
    if predictions_out:
        with open(predictions_out, "w") as f:
            f.write("".join("%d\n" % p for p in preds))
    correct = sum(p == y for p, y in zip(preds, labels))
    print("accuracy: %.4f (%d/%d)" % (correct / len(labels), correct, len(labels)))
    if expect_predictions:
        with open(expect_predictions) as f:
            expected = [int(line) for line in f if line.strip()]
        diff = sum(p != e for p, e in zip(preds, expected)) + abs(len(preds) - len(expected))
        print("predictions differing from %s: %d" % (expect_name or expect_predictions, diff))
        if diff:
            sys.exit(1)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("model")
    parser.add_argument("csv")
    parser.add_argument("--opt", default=PRUNE_OPT if os.path.exists(PRUNE_OPT) else LLVM_DIR + "/bin/mlir-opt",
                        help="mlir-opt-compatible tool (default: build/bin/prune-opt if built)")
    parser.add_argument("--pipeline", help="--pass-pipeline for lowering to LLVM (default: "
                        "prune-compile with prune-opt, else the stock pipeline)")
    parser.add_argument("--runner", default=LLVM_DIR + "/bin/mlir-runner")
    parser.add_argument("--predictions-out", help="write predicted classes, one per line")
    parser.add_argument("--expect-predictions", help="fail unless predictions equal this file's")
    parser.add_argument("--logits", action="store_true", help="print the raw output rows")
    args = parser.parse_args()

    features, labels = load_csv(args.csv)
    module = combined_module(args.model, args.opt, features, args.logits)
    pipeline = args.pipeline or default_pipeline(args.opt)
    preds, logits = parse_output(compile_and_run(module, args.opt, pipeline, args.runner))
    if args.logits:
        for row in logits:
            print(" ".join("%g" % v for v in row))
    report_predictions(preds, labels, args.predictions_out, args.expect_predictions)


if __name__ == "__main__":
    main()
