#!/usr/bin/python3
"""Compile a tree model's @predict with MLIR tools, run it on a CSV split, compare.

The model module (scripts/import_sklearn_trees.py writes them) must define
`func.func @predict(tensor<?xFxf32>) -> tensor<?xi64>`. A @main wrapper embeds
the CSV's samples (features, label last) as one constant, calls @predict and
prints each class with vector.print. The module is lowered with the stock
pipeline that compiles tree IR (convert-elementwise-to-linalg for the
ensemble's tensor arithmetic, then sparsifier) and run with mlir-runner; the
printed classes are compared with the labels and, with --expect-predictions,
with scikit-learn's own predictions. Lowering and running reuse
scripts/run_model.py.

Usage: /usr/bin/python3 scripts/run_trees.py MODEL.mlir SPLIT.csv
           [--opt PATH] [--pipeline STRING] [--runner PATH]
           [--expect-predictions FILE] [--predictions-out FILE]
"""
import argparse
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run_model  # noqa: E402

TREE_PIPELINE = "builtin.module(convert-elementwise-to-linalg,sparsifier)"


def predict_wrapper(features, model_text):
    m = re.search(r"@predict\(%[\w]+: tensor<\?x(\d+)xf32>", model_text)
    if not m:
        sys.exit("error: no func.func @predict(tensor<?xFxf32>) -> tensor<?xi64> in the model")
    n_feat, n = int(m.group(1)), len(features)
    if any(len(row) != n_feat for row in features):
        sys.exit("error: every CSV row needs %d features and a label" % n_feat)
    data = "[" + ", ".join("[" + ", ".join("%.9e" % v for v in row) + "]" for row in features) + "]"
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


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("model")
    parser.add_argument("csv")
    parser.add_argument("--opt", default=run_model.LLVM_DIR + "/bin/mlir-opt")
    parser.add_argument("--pipeline", default=TREE_PIPELINE)
    parser.add_argument("--runner", default=run_model.LLVM_DIR + "/bin/mlir-runner")
    parser.add_argument("--predictions-out")
    parser.add_argument("--expect-predictions")
    args = parser.parse_args()

    features, labels = run_model.load_csv(args.csv)
    model = subprocess.run([args.opt, args.model], check=True, capture_output=True, text=True).stdout
    end = model.rstrip().rfind("}")
    module = model[:end] + predict_wrapper(features, model) + "}\n"
    preds, _ = run_model.parse_output(
        run_model.compile_and_run(module, args.opt, args.pipeline, args.runner))
    run_model.report_predictions(
        preds, labels, args.predictions_out, args.expect_predictions,
        args.expect_predictions and os.path.basename(args.expect_predictions))


if __name__ == "__main__":
    main()
