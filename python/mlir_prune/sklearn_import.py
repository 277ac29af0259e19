"""Train scikit-learn decision trees and random forests and write them as MLIR.

Trains, with fixed seeds, a DecisionTreeClassifier and a RandomForestClassifier
on sklearn's digits (pixels / 16, the split of export_digits_mlp, so
examples/digits_test.csv is its held-out split) and on breast-cancer (75/25
stratified split, written to examples/trees/breast_cancer_test.csv: features,
label last), and writes each model with the importer of fitted models
(mlir_prune.import_sklearn, which writes the tree form of docs/DESIGN.md,
"Decision trees in IR", through mlir_prune.tree_ir): per-tree functions
whose nodes carry prune.counts, prune.impurity and prune.weight, the forest's
@ensemble, @forward and @predict.

Digits arguments declare `prune.range = array<f64: 0.0, 1.0>` (pixels / 16).
Each model's sklearn predictions for its test split go beside it as
NAME_sklearn_predictions.txt.

The tool is prune-export-sklearn-trees.

Usage: prune-export-sklearn-trees [--out examples]
"""
import argparse
import os

import numpy as np
from sklearn.datasets import load_breast_cancer, load_digits
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeClassifier

from mlir_prune import common, import_sklearn

SEED = 0


def load_digits_split():
    """Digits scaled to [0,1], split 75/25 deterministically (stratified): the
    split of examples/digits_*.csv, which export_digits_mlp writes."""
    digits = load_digits()
    x = (digits.data / 16.0).astype(np.float32)
    y = digits.target.astype(np.int64)
    return train_test_split(x, y, test_size=0.25, random_state=0, stratify=y)


def load_cancer_split():
    cancer = load_breast_cancer()
    x = cancer.data.astype(np.float32)
    y = cancer.target.astype(np.int64)
    return train_test_split(x, y, test_size=0.25, random_state=0, stratify=y)


def model_module(model, description, value_range):
    """The module of a fitted model (mlir_prune.import_sklearn)."""
    return import_sklearn.convert(model, value_range, description)[0]


def write_csv(path, x, y, comment):
    with open(path, "w") as f:
        f.write("# %s\n" % comment)
        for row, label in zip(x, y):
            f.write(",".join(repr(float(v)) for v in row) + ",%d\n" % label)


def read_csv_features(path):
    """Features exactly as the IR sees them (float32)."""
    rows = [line.split(",")[:-1] for line in open(path) if line.strip() and not line.startswith("#")]
    return np.array(rows, dtype=np.float64).astype(np.float32)


MODELS = [
    # name, dataset, estimator, value range of the inputs
    ("digits_tree", "digits", lambda: DecisionTreeClassifier(random_state=SEED), [0.0, 1.0]),
    ("digits_forest", "digits",
     lambda: RandomForestClassifier(n_estimators=12, max_depth=7, random_state=SEED), [0.0, 1.0]),
    ("breast_cancer_tree", "cancer", lambda: DecisionTreeClassifier(random_state=SEED), None),
    ("breast_cancer_forest", "cancer",
     lambda: RandomForestClassifier(n_estimators=16, max_depth=6, random_state=SEED), None),
]


def main(argv=None):
    parser = argparse.ArgumentParser(prog="prune-export-sklearn-trees", description=__doc__.split("\n")[0])
    parser.add_argument("--out", default=common.EXAMPLES,
                        help="the examples folder to write trees/ into (default: the "
                             "repository's examples/, rewriting the shipped trees); it must "
                             "hold digits_test.csv, the split the digits trees are tested on")
    args = parser.parse_args(argv)
    if not os.path.isfile(os.path.join(args.out, "digits_test.csv")):
        raise SystemExit("error: %s has no digits_test.csv (copy examples/digits_*.csv there, "
                         "or run prune-export-digits-mlp --out-dir %s first)" % (args.out, args.out))
    tree_dir = os.path.join(args.out, "trees")
    os.makedirs(tree_dir, exist_ok=True)

    splits = {"digits": load_digits_split(), "cancer": load_cancer_split()}
    test_csv = {"digits": os.path.join(args.out, "digits_test.csv"),
                "cancer": os.path.join(tree_dir, "breast_cancer_test.csv")}
    x_tr, x_te, y_tr, y_te = splits["cancer"]
    write_csv(test_csv["cancer"], x_te, y_te,
              "%d samples: 30 features (sklearn breast_cancer), label" % len(y_te))
    write_csv(os.path.join(tree_dir, "breast_cancer_train.csv"), x_tr, y_tr,
              "%d samples: 30 features (sklearn breast_cancer), label" % len(y_tr))
    # The digits CSVs are export_digits_mlp's; check they are this split.
    x_tr, x_te, y_tr, y_te = splits["digits"]
    if not np.array_equal(read_csv_features(test_csv["digits"]), x_te):
        raise SystemExit("error: %s is not the digits split of this script" % test_csv["digits"])

    for name, dataset, make, value_range in MODELS:
        x_tr, x_te, y_tr, y_te = splits[dataset]
        model = make().fit(x_tr, y_tr)
        x_csv = read_csv_features(test_csv[dataset])
        preds = model.predict(x_csv)
        assert list(model.classes_) == list(range(len(model.classes_)))
        trees = model.estimators_ if hasattr(model, "estimators_") else [model]
        nodes = sum(t.tree_.node_count for t in trees)
        description = "%s: sklearn %s on %s, test accuracy %.4f" % (
            name, type(model).__name__, dataset, (preds == y_te).mean())
        path = os.path.join(tree_dir, name + ".mlir")
        with open(path, "w") as f:
            f.write(model_module(model, description, value_range))
        description += ", %d tree(s), %d nodes" % (len(trees), nodes)
        with open(os.path.join(tree_dir, name + "_sklearn_predictions.txt"), "w") as f:
            f.write("".join("%d\n" % p for p in preds))
        print("%s (%d bytes)" % (description, os.path.getsize(path)))


if __name__ == "__main__":
    main()
