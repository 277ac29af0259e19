"""Check prune-branches{ccp-alpha=A} against scikit-learn's ccp_alpha=A.

For each single-tree model of mlir_prune.sklearn_import, takes
scikit-learn's cost-complexity pruning path, picks alphas halfway between
consecutive effective alphas at least 1e-9 apart (at a path alpha itself, or
between two that differ in the last bits, float rounding in either
implementation decides ties), refits with ccp_alpha and compares its node
count and depth with those prune-branches reports for the imported IR.

Usage: prune-compare-ccp PRUNE_OPT [--max-alphas N]
"""
import argparse
import os
import sys
import tempfile

from mlir_prune import common
from mlir_prune import sklearn_import as importer

EXAMPLES = os.path.join(common.EXAMPLES, "trees")


def prune_report(prune_opt, model_path, options, tmp):
    report = os.path.join(tmp, "report.json")
    return common.run_pass(prune_opt, model_path, "prune-branches", options, os.devnull, report)


def main(argv=None):
    parser = argparse.ArgumentParser(prog="prune-compare-ccp", description=__doc__.split("\n")[0])
    parser.add_argument("prune_opt")
    parser.add_argument("--max-alphas", type=int, default=12)
    args = parser.parse_args(argv)
    splits = {"digits": importer.load_digits_split(), "cancer": importer.load_cancer_split()}
    mismatches = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name, dataset, make, _ in importer.MODELS:
            model = make()
            if not hasattr(model, "ccp_alpha") or hasattr(model, "estimators"):
                continue
            if type(model).__name__ != "DecisionTreeClassifier":
                continue
            x_tr, _, y_tr, _ = splits[dataset]
            path = model.cost_complexity_pruning_path(x_tr, y_tr).ccp_alphas
            mids = [(a + b) / 2 for a, b in zip(path[:-1], path[1:]) if b - a > 1e-9 * b]
            step = max(1, len(mids) // args.max_alphas)
            for alpha in mids[::step]:
                ours = prune_report(args.prune_opt, os.path.join(EXAMPLES, name + ".mlir"),
                                    "ccp-alpha=%r" % alpha, tmp)["layers"][0]
                ref = make().set_params(ccp_alpha=alpha).fit(x_tr, y_tr)
                same = (ours["nodes_after"] == ref.tree_.node_count
                        and ours["depth_after"] == ref.get_depth())
                mismatches += not same
                print("%-20s ccp-alpha=%.6g sklearn %4d nodes depth %2d, prune-branches %4d nodes depth %2d%s"
                      % (name, alpha, ref.tree_.node_count, ref.get_depth(), ours["nodes_after"],
                         ours["depth_after"], "" if same else "  MISMATCH"))
    print("mismatches: %d" % mismatches)
    sys.exit(1 if mismatches else 0)


if __name__ == "__main__":
    main()
