#!/usr/bin/python3
"""Check a pruned boosted model against its own scoring, recomputed here.

prune-branches turns splits of a gradient-boosting model's trees into leaves
(the report's `collapsed_nodes`, preorder indices per tree). Such a leaf must
yield the node's value times the learning rate - for losses other than
squared error, whose leaves scikit-learn refits, the mean of the subtree's
leaf values weighted by their samples - and the ensemble must still
add the leaves to the initial estimate. This script recomputes the raw
scores of the fitted scikit-learn model (MODEL.joblib) with those nodes as
leaves, applies the loss's link, and compares with @forward of the pruned
module compiled by prune-compile (mlir_prune.aot, with the prune-opt on
PATH): it prints the splits
collapsed and the largest relative difference, and fails above 1e-6.

Usage: check_pruned_boosting.py MODEL.joblib REPORT.json PRUNED.mlir X.npy
"""
import json
import shutil
import sys

import joblib
import numpy as np
from scipy.special import expit, softmax

from mlir_prune import aot


def leaf_mean(t, node):
    """The mean of the leaf values under `node`, weighted by their samples."""
    if t.children_left[node] == -1:
        return t.value[node, 0, 0]
    left, right = t.children_left[node], t.children_right[node]
    w = t.weighted_n_node_samples
    return (w[left] * leaf_mean(t, left) + w[right] * leaf_mean(t, right)) / (w[left] + w[right])


def tree_values(tree, collapsed, x, leaf_means):
    """Values of a DecisionTreeRegressor with the preorder nodes `collapsed` as leaves."""
    t = tree.tree_
    order, stack = [], [0]
    while stack:
        node = stack.pop()
        order.append(node)
        if t.children_left[node] != -1:
            stack += [t.children_right[node], t.children_left[node]]
    leaves = {order[i] for i in collapsed}
    out = np.empty(len(x))
    for i, row in enumerate(x.astype(np.float64)):
        node = 0
        while t.children_left[node] != -1 and node not in leaves:
            node = t.children_left[node] if row[t.feature[node]] <= t.threshold[node] else t.children_right[node]
        out[i] = leaf_mean(t, node) if leaf_means else t.value[node, 0, 0]
    return out


def main():
    model_path, report_path, pruned_path, data_path = sys.argv[1:]
    model = joblib.load(model_path)
    x = np.load(data_path).astype(np.float32)
    with open(report_path) as f:
        layers = {layer["name"]: layer["collapsed_nodes"] for layer in json.load(f)["layers"]}
    raw = model._raw_predict_init(x).astype(np.float64)
    stages, K = model.estimators_.shape
    leaf_means = type(model._loss).__name__ != "LeastSquaresError"
    for i in range(stages):
        for k in range(K):
            collapsed = layers.get("@tree%d" % (i * K + k), [])
            raw[:, k] += model.learning_rate * tree_values(model.estimators_[i, k], collapsed, x,
                                                                 leaf_means)
    if hasattr(model, "classes_"):
        expected = softmax(raw, axis=1) if K > 1 else np.stack([1 - expit(raw[:, 0]), expit(raw[:, 0])], 1)
    else:
        expected = raw
    # The prune-opt on PATH (lit puts the build's first).
    got = aot.compile(pruned_path, opt=shutil.which("prune-opt"))(x).astype(np.float64)
    rel = float(np.max(np.abs(got - expected) / np.maximum(np.abs(expected), 1e-30)))
    print("splits collapsed: %d in %d trees" % (sum(len(c) for c in layers.values()),
                                                 sum(1 for c in layers.values() if c)))
    print("largest relative difference from the recomputed scoring: %.3g" % rel)
    sys.exit(0 if rel <= 1e-6 else 1)


if __name__ == "__main__":
    main()
