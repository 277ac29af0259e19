"""Demo: prune the imported digits decision tree, print nodes and accuracy.

For the digits tree of prune-export-sklearn-trees (examples/trees/
digits_tree.mlir), runs prune-branches with several min-gain and ccp-alpha
values, compiles each pruned tree with the stock pipeline and runs it on the
held-out split (mlir_prune.run_trees). For ccp-alpha it puts scikit-learn's
own DecisionTreeClassifier(ccp_alpha=A) beside it: node count, test accuracy,
and how many test predictions differ between the two (MISMATCH if any).

Ends saying whether the tree-pruning target is met: at least half of the
unpruned tree's nodes removed with test accuracy within 1 point of the
unpruned tree's, and by which setting (the one leaving the fewest nodes, then
the most accurate), listing every setting of the tables that meets it. The
setting is picked by its accuracy on the held-out split itself (there is no
separate validation split), so that accuracy is an optimistic estimate.

Usage: prune-tree-demo [--prune-opt build/bin/prune-opt]
"""
import argparse
import os
import sys
import tempfile

from mlir_prune import common, run_trees
from mlir_prune import sklearn_import as importer

MODEL = os.path.join(common.EXAMPLES, "trees", "digits_tree.mlir")
TEST_CSV = os.path.join(common.EXAMPLES, "digits_test.csv")


def prune_and_run(prune_opt, options, tmp, features):
    """(nodes, depth, predictions) of the tree pruned with `options`."""
    pruned, report = os.path.join(tmp, "pruned.mlir"), os.path.join(tmp, "report.json")
    layer = common.run_pass(prune_opt, MODEL, "prune-branches", options, pruned,
                            report)["layers"][0]
    preds = run_trees.predict(pruned, features)
    if len(preds) != len(features):
        sys.exit("error: got %d predictions for %d samples" % (len(preds), len(features)))
    return layer["nodes_after"], layer["depth_after"], preds


def main(argv=None):
    parser = argparse.ArgumentParser(prog="prune-tree-demo", description=__doc__.split("\n")[0])
    parser.add_argument("--prune-opt", default=common.prune_opt())
    args = parser.parse_args(argv)
    features, labels = common.load_csv(TEST_CSV)
    x_tr, _, y_tr, _ = importer.load_digits_split()
    x_te = importer.read_csv_features(TEST_CSV)
    make = dict((m[0], m[2]) for m in importer.MODELS)["digits_tree"]
    n = len(labels)

    def correct(preds):
        return common.count_correct(preds, labels)

    def sklearn_tree(alpha):
        ref = make().set_params(ccp_alpha=alpha).fit(x_tr, y_tr)
        return ref.tree_.node_count, list(ref.predict(x_te))

    with tempfile.TemporaryDirectory() as tmp:
        base_nodes, base_depth, base_preds = prune_and_run(args.prune_opt, "", tmp, features)
        base_correct = correct(base_preds)
        ref_nodes, ref_preds = sklearn_tree(0.0)
        print("digits tree (%s), %d test samples" % (os.path.basename(MODEL), n))
        print("unpruned: %d nodes, depth %d, accuracy %.4f (sklearn: %d nodes, accuracy %.4f)"
              % (base_nodes, base_depth, base_correct / n, ref_nodes, correct(ref_preds) / n))
        print("target: >= 50%% of the nodes removed (<= %d nodes) with accuracy >= %.4f "
              "(within 1 point)" % (base_nodes // 2, (base_correct - n / 100) / n))
        print("points: accuracy change from the unpruned tree, in percentage points")

        meeting = []  # (nodes, -correct, options) of the settings meeting the target

        def columns(options, nodes, preds):
            c = correct(preds)
            if 2 * nodes <= base_nodes and 100 * (base_correct - c) <= n:
                meeting.append((nodes, -c, options))
            return "%-18s %6d %7.1f%% %9.4f %+7.2f" % (
                options, nodes, 100.0 * (base_nodes - nodes) / base_nodes, c / n,
                100.0 * (c - base_correct) / n)

        header = "%-18s %6s %8s %9s %7s" % ("prune-branches", "nodes", "removed", "accuracy", "points")
        print("\n" + header + " %6s" % "depth")
        for gain in [0.0005, 0.001, 0.0015, 0.002, 0.0025, 0.003, 0.005, 0.01, 0.02]:
            options = "min-gain=%g" % gain
            nodes, depth, preds = prune_and_run(args.prune_opt, options, tmp, features)
            print(columns(options, nodes, preds) + " %6d" % depth)

        print("\n" + header + " | %-16s %6s %9s | %s" % (
            "sklearn", "nodes", "accuracy", "predictions differing"))
        mismatches = 0
        for alpha in [0.0005, 0.001, 0.0015, 0.002, 0.0025, 0.003, 0.004, 0.005, 0.008, 0.016, 0.03]:
            options = "ccp-alpha=%g" % alpha
            nodes, _, preds = prune_and_run(args.prune_opt, options, tmp, features)
            ref_nodes, ref_preds = sklearn_tree(alpha)
            differ = sum(p != r for p, r in zip(preds, ref_preds))
            same = ref_nodes == nodes and differ == 0
            mismatches += not same
            print(columns(options, nodes, preds) + " | %-16s %6d %9.4f | %d%s" % (
                "ccp_alpha=%g" % alpha, ref_nodes, correct(ref_preds) / n, differ,
                "" if same else "  MISMATCH"))

    if mismatches:
        print("\nsklearn mismatches: %d" % mismatches)
    if not meeting:
        print("\ntarget NOT met: no setting removes >= 50% of the nodes within 1 point of %.4f"
              % (base_correct / n))
        return
    nodes, neg_correct, options = min(meeting)
    print("\ntarget met: %s leaves %d of %d nodes (%.1f%% removed), accuracy %.4f (%+.2f points "
          "from %.4f); settings meeting it: %s" % (
              options, nodes, base_nodes, 100.0 * (base_nodes - nodes) / base_nodes,
              -neg_correct / n, 100.0 * (-neg_correct - base_correct) / n, base_correct / n,
              ", ".join(m[2] for m in meeting)))


if __name__ == "__main__":
    main()
