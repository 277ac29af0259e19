#!/usr/bin/python3
"""Checks the statistics the instrumented digits MLP wrote against numpy.

Recomputes each layer's input (the CSV features for fc1, the ReLU outputs of
the previous layer for fc2 and fc3, from the weights in the model's text) and
output in numpy and compares samples, sums of squares, the Gram matrix and the
output activity with the statistics file.

Usage: check_digits_stats.py MODEL.mlir TRAIN.csv STATS
"""
import sys

import numpy as np

from mlir_prune.common import load_csv
from mlir_prune.mlir_text import read_constant
from mlir_prune.stats import read_stats


def constant(text, name):
    return read_constant(text, name).astype(np.float64)


def rel(a, b):
    return np.abs(a - b).max() / max(np.abs(b).max(), 1e-30)


def main():
    model, csv, stats_path = sys.argv[1:4]
    text = open(model).read()
    features, _ = load_csv(csv)
    # The model sees the features as f32 (run_model prints them with %.9e).
    x = np.array(features, dtype=np.float32).astype(np.float64)
    stats = read_stats(stats_path)
    h = x
    failures = 0
    for layer, activation in (("fc1", True), ("fc2", True), ("fc3", False)):
        w, b = constant(text, layer + "_w"), constant(text, layer + "_b")
        y = h @ w.T + b
        if activation:
            y = np.maximum(y, 0)
        s = stats[layer]
        checks = {
            "samples": float(s["samples"] == len(x)),
            "gram_diag_vs_sum_squares": rel(np.diag(s["gram"]), s["sum_squares"]),
            "gram_vs_numpy": rel(s["gram"], h.T @ h),
            "sum_squares_vs_numpy": rel(s["sum_squares"], (h * h).sum(0)),
            "mean": rel(s["mean"], y.mean(0)),
            "mean_abs": rel(s["mean_abs"], np.abs(y).mean(0)),
            "max": rel(s["max"], y.max(0)),
            "frac_positive": np.abs(s["frac_positive"] - (y > 0).mean(0)).max(),
        }
        # fc1's input is the CSV itself: exact up to summation order. Later
        # layers compare the model's f32 arithmetic with numpy's f64. A neuron
        # within f32 rounding of 0 may count as positive on one side only.
        tolerance = {"gram_diag_vs_sum_squares": 1e-12,
                     "gram_vs_numpy": 1e-12 if layer == "fc1" else 1e-4,
                     "sum_squares_vs_numpy": 1e-12 if layer == "fc1" else 1e-4,
                     "mean": 1e-4, "mean_abs": 1e-4, "max": 1e-4,
                     "frac_positive": 1.0 / len(x)}
        bad = [k for k, limit in tolerance.items() if not checks[k] <= limit]
        if checks["samples"] != 1.0:
            bad.append("samples")
        print("%s: samples %d in %d out %d, gram rel. error %.1e, gram diag vs sumSquares %.1e, "
              "activity rel. error %.1e: %s" % (layer, s["samples"], s["in"], s["out"],
                                                 checks["gram_vs_numpy"], checks["gram_diag_vs_sum_squares"],
                                                 max(checks["mean"], checks["mean_abs"], checks["max"]),
                                                 "OK" if not bad else "MISMATCH " + ", ".join(bad)))
        failures += bool(bad)
        h = y
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
