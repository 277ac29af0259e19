"""Compile an imported tree model and compare its outputs with the library's.

The module's @forward (and @predict, if it has one) is built ahead of time
with prune-compile (mlir_prune.aot) and run on the samples of X.npy (float32,
one row per sample). Its probabilities or values are compared with
--expect-values (relative difference |a - b| / max(|b|, 1e-30), the largest
printed, at most --rtol), its classes with --expect-classes (class indices,
exactly).

Usage: prune-check-trees MODEL.mlir X.npy [--expect-values V.npy]
           [--expect-classes C.npy] [--rtol 1e-6]
"""
import argparse
import sys

import numpy as np

from mlir_prune import aot


def main(argv=None):
    parser = argparse.ArgumentParser(prog="prune-check-trees", description=__doc__.split("\n")[0])
    parser.add_argument("model")
    parser.add_argument("data")
    parser.add_argument("--expect-values")
    parser.add_argument("--expect-classes")
    parser.add_argument("--rtol", type=float, default=1e-6)
    args = parser.parse_args(argv)
    x = np.load(args.data).astype(np.float32)
    model = aot.compile(args.model)
    failed = False
    try:
        values = model(x)
    except ValueError as e:  # the data's shape against the model's argument
        sys.exit("error: %s: %s" % (args.data, e))
    print("samples: %d, outputs per sample: %d" % values.shape)
    if args.expect_values:
        expected = np.load(args.expect_values).reshape(values.shape)
        rel = np.abs(values.astype(np.float64) - expected) / np.maximum(np.abs(expected), 1e-30)
        worst = float(rel.max())
        ok = worst <= args.rtol
        failed |= not ok
        print("values: largest relative difference %.3g (%s rtol %g)" % (worst, "within" if ok else "ABOVE",
                                                                       args.rtol))
    if args.expect_classes:
        with open(args.model) as f:
            has_predict = "func.func @predict(" in f.read()
        if not has_predict:
            sys.exit("error: %s has no @predict (not a classifier)" % args.model)
        predict = aot.CompiledModel(model.library, model.args, [([None], "i64")], entry="predict")
        classes = predict(x)
        expected = np.load(args.expect_classes)
        if expected.shape != classes.shape:
            sys.exit("error: %s holds %d classes for %d samples"
                     % (args.expect_classes, expected.size, len(classes)))
        differing = int(np.sum(classes != expected))
        failed |= differing != 0
        print("classes differing: %d of %d" % (differing, len(expected)))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
