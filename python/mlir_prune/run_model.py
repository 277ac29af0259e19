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
dropped by prune-opt's prune-strip-tosa-target-env.

Usage: prune-run-model MODEL.mlir SPLIT.csv
           [--opt PATH] [--pipeline STRING] [--runner PATH]
           [--predictions-out FILE] [--expect-predictions FILE] [--logits]
           [--emit-main OUT.mlir]
"""
import argparse
import os
import subprocess
import sys

from mlir_prune import common, mlir_text

DEFAULT_PIPELINE = ("builtin.module(tosa-to-linalg-pipeline,"
                    "func.func(tosa-to-tensor,tosa-to-arith),canonicalize,sparsifier)")
PRUNE_PIPELINE = "builtin.module(prune-compile)"


def forward_signature(model_text):
    """(input batch, features, output batch, classes) of @forward; batch '?' if dynamic."""
    sig = mlir_text.signature(model_text, "forward")
    if (not sig or sig[0][1] != "f32" or sig[1][1] != "f32" or len(sig[0][0]) != 2
            or len(sig[1][0]) != 2 or "?" in (sig[0][0][1], sig[1][0][1])):
        sys.exit("error: no func.func @forward(tensor<BxFxf32>) -> tensor<BxCxf32> in the model")
    (in_batch, n_feat), (out_batch, n_cls) = sig[0][0], sig[1][0]
    return in_batch, n_feat, out_batch, n_cls


def main_wrapper(features, model_text, print_logits=False, reference=None):
    """MLIR text of @main: samples as a constant, @forward, argmax, vector.print.
    With `reference` (a function of @forward's type) it is called on the samples first."""
    in_batch, n_feat, out_batch, n_cls = forward_signature(model_text)
    n = len(features)
    if any(len(row) != n_feat for row in features):
        sys.exit("error: every CSV row needs %d features and a label" % n_feat)
    if in_batch != "?" and int(in_batch) != n:
        sys.exit("error: @forward has static batch %s but the CSV has %d samples" % (in_batch, n))
    data = mlir_text.f32_rows(features)
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
        resources = mlir_text.resource_section(plain)
    module, _ = mlir_text.split_module(model, model_path)
    return module, resources


# What a reference model's @forward is called beside the model (combined_module).
REFERENCE_FORWARD = "reference_forward"


def reference_functions(model_path, opt, prefix="reference_"):
    """The functions of another model, every symbol and dense_resource key renamed with
    `prefix` (@forward becomes @reference_forward), as text to put into a module beside
    the model, and the renamed resource entries."""
    model, resources = normalized_module(model_path, opt)
    return mlir_text.prefix_symbols(mlir_text.module_body(model),
                                    mlir_text.builtin_resources(resources, model_path), prefix)


def combined_module(model_path, opt, features, print_logits=False, reference_path=None):
    """The model (normalized by `opt`) with @main added; with `reference_path`, that
    model's functions too (as @reference_*, dense_resource blobs merged), and @main calls
    @reference_forward first."""
    model, resources = normalized_module(model_path, opt)
    reference = None
    if reference_path:
        functions, reference_entries = reference_functions(reference_path, opt)
        model += functions
        resources = mlir_text.resources_text(
            mlir_text.builtin_resources(resources, model_path) + reference_entries)
        reference = REFERENCE_FORWARD
    return model + main_wrapper(features, model, print_logits, reference) + "}\n" + resources


def default_opt():
    """The build's prune-opt if it is built, else the stock mlir-opt."""
    prune_opt = common.prune_opt()
    return prune_opt if os.path.exists(prune_opt) else common.MLIR_OPT


def default_pipeline(opt):
    """prune-compile for prune-opt, the stock pipeline for anything else."""
    return PRUNE_PIPELINE if os.path.basename(opt) == "prune-opt" else DEFAULT_PIPELINE


def predict(model_path, features, opt=None, pipeline=None, runner=common.MLIR_RUNNER,
            print_logits=False):
    """(predicted classes, logits rows if `print_logits`) of the model on `features`,
    compiled with `opt` (default_opt()) and `pipeline` (default_pipeline(opt))."""
    opt = opt or default_opt()
    module = combined_module(model_path, opt, features, print_logits)
    return common.parse_output(common.compile_and_run(module, opt, pipeline or default_pipeline(opt),
                                                      runner))


def main(argv=None):
    parser = argparse.ArgumentParser(prog="prune-run-model", description=__doc__.split("\n")[0])
    parser.add_argument("model")
    parser.add_argument("csv")
    parser.add_argument("--opt", default=default_opt(),
                        help="mlir-opt-compatible tool (default: build/bin/prune-opt if built)")
    parser.add_argument("--pipeline", help="--pass-pipeline for lowering to LLVM (default: "
                        "prune-compile with prune-opt, else the stock pipeline)")
    parser.add_argument("--runner", default=common.MLIR_RUNNER)
    parser.add_argument("--predictions-out", help="write predicted classes, one per line")
    parser.add_argument("--expect-predictions", help="fail unless predictions equal this file's")
    parser.add_argument("--logits", action="store_true", help="print the raw output rows")
    parser.add_argument("--emit-main", metavar="OUT.mlir",
                        help="only write the model with its @main (the samples, @forward, "
                        "argmax, vector.print) to OUT.mlir, to lower and run by hand")
    args = parser.parse_args(argv)

    features, labels = common.load_csv(args.csv)
    if args.emit_main:
        with open(args.emit_main, "w") as f:
            f.write(combined_module(args.model, args.opt, features, args.logits))
        return
    preds, logits = predict(args.model, features, args.opt, args.pipeline, args.runner, args.logits)
    if args.logits:
        for row in logits:
            print(" ".join("%g" % v for v in row))
    common.report_predictions(preds, labels, args.predictions_out, args.expect_predictions)


if __name__ == "__main__":
    main()
