"""Compile a tree model's @predict with MLIR tools, run it on a CSV split, compare.

The model module (mlir_prune.sklearn_import writes them) must define
`func.func @predict(tensor<?xFxf32>) -> tensor<?xi64>`. A @main wrapper embeds
the CSV's samples (features, label last) as one constant, calls @predict and
prints each class with vector.print. The module is lowered with the stock
pipeline that compiles tree IR (convert-elementwise-to-linalg for the
ensemble's tensor arithmetic, then sparsifier) and run with mlir-runner; the
printed classes are compared with the labels and, with --expect-predictions,
with scikit-learn's own predictions. Lowering and running are those of
prune-run-model (mlir_prune.common).

Usage: prune-run-trees MODEL.mlir SPLIT.csv
           [--opt PATH] [--pipeline STRING] [--runner PATH]
           [--expect-predictions FILE] [--predictions-out FILE]
"""
import argparse
import os
import subprocess
import sys

from mlir_prune import common, mlir_text

TREE_PIPELINE = "builtin.module(convert-elementwise-to-linalg,sparsifier)"


def predict_wrapper(features, model_text):
    sig = mlir_text.signature(model_text, "predict")
    if not sig or sig[0][1] != "f32" or len(sig[0][0]) != 2 or sig[0][0][0] != "?" or sig[0][0][1] == "?":
        sys.exit("error: no func.func @predict(tensor<?xFxf32>) -> tensor<?xi64> in the model")
    n_feat, n = sig[0][0][1], len(features)
    if any(len(row) != n_feat for row in features):
        sys.exit("error: every CSV row needs %d features and a label" % n_feat)
    data = mlir_text.f32_rows(features)
    return "\n".join([
        "func.func @main() {",
        "  %c0 = arith.constant 0 : index",
        "  %c1 = arith.constant 1 : index",
        "  %%n = arith.constant %d : index" % n,
        "  %%data = arith.constant dense<%s> : tensor<%dx%dxf32>" % (data, n, n_feat),
        "  %%x = tensor.cast %%data : tensor<%dx%dxf32> to tensor<?x%dxf32>" % (n, n_feat, n_feat),
        "  %%p = func.call @predict(%%x) : (tensor<?x%dxf32>) -> tensor<?xi64>" % n_feat,
        "  scf.for %i = %c0 to %n step %c1 {",
        "    %c = tensor.extract %p[%i] : tensor<?xi64>",
        "    vector.print %c : i64",
        "  }",
        "  return",
        "}",
    ]) + "\n"


def predict(model_path, features, opt=common.MLIR_OPT, pipeline=TREE_PIPELINE,
            runner=common.MLIR_RUNNER):
    """Predicted classes of the tree model on `features`, compiled with `opt` and `pipeline`."""
    printed = subprocess.run([opt, model_path], check=True, capture_output=True, text=True).stdout
    module, _ = mlir_text.split_module(printed, model_path)
    module += predict_wrapper(features, printed) + "}\n"
    return common.parse_output(common.compile_and_run(module, opt, pipeline, runner))[0]


def main(argv=None):
    parser = argparse.ArgumentParser(prog="prune-run-trees", description=__doc__.split("\n")[0])
    parser.add_argument("model")
    parser.add_argument("csv")
    parser.add_argument("--opt", default=common.MLIR_OPT)
    parser.add_argument("--pipeline", default=TREE_PIPELINE)
    parser.add_argument("--runner", default=common.MLIR_RUNNER)
    parser.add_argument("--predictions-out")
    parser.add_argument("--expect-predictions")
    args = parser.parse_args(argv)

    features, labels = common.load_csv(args.csv)
    preds = predict(args.model, features, args.opt, args.pipeline, args.runner)
    common.report_predictions(
        preds, labels, args.predictions_out, args.expect_predictions,
        args.expect_predictions and os.path.basename(args.expect_predictions))


if __name__ == "__main__":
    main()
