#!/usr/bin/python3
"""Demo: prune the imported digits decision tree, print nodes and accuracy.

For the digits tree of scripts/import_sklearn_trees.py (examples/trees/
digits_tree.mlir), runs prune-branches with several min-gain and ccp-alpha
values, compiles each pruned tree with the stock pipeline and runs it on the
held-out split (scripts/run_trees.py). For ccp-alpha it puts scikit-learn's
own DecisionTreeClassifier(ccp_alpha=A) beside it: node count, test accuracy,
and how many test predictions differ between the two.

Usage: /usr/bin/python3 scripts/tree_demo.py [--prune-opt build/bin/prune-opt]
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import import_sklearn_trees as importer  # noqa: E402
import run_model  # noqa: E402

ROOT = os.path.join(HERE, "..")
MODEL = os.path.join(ROOT, "examples", "trees", "digits_tree.mlir")
TEST_CSV = os.path.join(ROOT, "examples", "digits_test.csv")


def prune_and_run(prune_opt, options, tmp):
    """(nodes, depth, predictions) of the tree pruned with `options`."""
    pruned, report = os.path.join(tmp, "pruned.mlir"), os.path.join(tmp, "report.json")
    subprocess.run([prune_opt, MODEL, "--prune-branches=%s report=%s" % (options, report),
                    "-o", pruned], check=True)
    preds = os.path.join(tmp, "preds.txt")
    subprocess.run([sys.executable, os.path.join(HERE, "run_trees.py"), pruned, TEST_CSV,
                    "--predictions-out", preds], check=True, stdout=subprocess.DEVNULL)
    with open(report) as f:
        layer = json.load(f)["layers"][0]
    with open(preds) as f:
        return layer["nodes_after"], layer["depth_after"], [int(line) for line in f]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--prune-opt", default=os.path.join(ROOT, "build", "bin", "prune-opt"))
    args = parser.parse_args()
    _, labels = run_model.load_csv(TEST_CSV)
    x_tr, _, y_tr, _ = importer.load_digits_split()
    x_te = importer.read_csv_features(TEST_CSV)
    make = dict((m[0], m[2]) for m in importer.MODELS)["digits_tree"]

    def accuracy(preds):
        return sum(p == y for p, y in zip(preds, labels)) / len(labels)

    with tempfile.TemporaryDirectory() as tmp:
        print("digits tree (%s), %d test samples" % (os.path.basename(MODEL), len(labels)))
        print("\n%-22s %6s %6s %9s" % ("prune-branches", "nodes", "depth", "accuracy"))
        for gain in [None, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.02]:
            options = "" if gain is None else "min-gain=%g" % gain
            nodes, depth, preds = prune_and_run(args.prune_opt, options, tmp)
            print("%-22s %6d %6d %9.4f" % (options or "(exact only)", nodes, depth, accuracy(preds)))

        print("\n%-22s %6s %9s | %-13s %6s %9s | %s" % (
            "prune-branches", "nodes", "accuracy", "sklearn", "nodes", "accuracy", "predictions differing"))
        for alpha in [0.0005, 0.001, 0.002, 0.004, 0.008, 0.016, 0.03]:
            nodes, _, preds = prune_and_run(args.prune_opt, "ccp-alpha=%g" % alpha, tmp)
            ref = make().set_params(ccp_alpha=alpha).fit(x_tr, y_tr)
            ref_preds = list(ref.predict(x_te))
            differ = sum(p != r for p, r in zip(preds, ref_preds))
            print("%-22s %6d %9.4f | %-13s %6d %9.4f | %d" % (
                "ccp-alpha=%g" % alpha, nodes, accuracy(preds), "ccp_alpha=%g" % alpha,
                ref.tree_.node_count, accuracy(ref_preds), differ))


if __name__ == "__main__":
    main()
