"""The mlir-prune demo on the shipped digits MLP (examples/digits_mlp.mlir).

Prunes the trained model with prune-weights under several settings, prints the
pass's JSON report as a table (per layer: shape, nonzeros before and after),
then compiles each pruned model and runs it on the held-out test split with
mlir-runner to show what the pruning costs in accuracy.

Usage: prune-demo [--build DIR]
"""
import argparse
import os
import tempfile

from mlir_prune import common, run_model

MODEL = os.path.join(common.EXAMPLES, "digits_mlp.mlir")
TEST_SPLIT = os.path.join(common.EXAMPLES, "digits_test.csv")

SETTINGS = [
    "sparsity=0.5",
    "sparsity=0.7",
    "sparsity=0.9",
    "sparsity=0.9 scope=global",
    "threshold=0.05",
    "pattern=2:4",
    "pattern=block:2x2 sparsity=0.5",
    "pattern=channel sparsity=0.25 layers=fc[12]",
]


def accuracy(model_path, prune_opt, features, labels):
    preds, _ = run_model.predict(model_path, features, prune_opt, run_model.PRUNE_PIPELINE)
    return common.accuracy(preds, labels)


def print_report(report):
    print("  %-6s %-12s %-10s %9s %9s %9s  %s" %
          ("layer", "op", "shape", "elements", "nnz before", "nnz after", "sparsity"))
    for layer in report["layers"]:
        shape = "x".join(str(d) for d in layer["shape"])
        if layer["status"] != "pruned":
            print("  %-6s %-12s %-10s %9d  left alone: %s" %
                  (layer["name"], layer["op"], shape, layer["elements"], layer["reason"]))
            continue
        print("  %-6s %-12s %-10s %9d %9d %9d  %7.1f%%" %
              (layer["name"], layer["op"], shape, layer["elements"], layer["nonzeros_before"],
               layer["nonzeros_after"], 100.0 * (1 - layer["nonzeros_after"] / layer["elements"])))
    total = report["total"]
    print("  %-6s %-12s %-10s %9d %9d %9d  %7.1f%%" %
          ("total", "", "", total["elements"], total["nonzeros_before"], total["nonzeros_after"],
           100.0 * (1 - total["nonzeros_after"] / total["elements"])))


def main(argv=None):
    parser = argparse.ArgumentParser(prog="prune-demo", description=__doc__.split("\n")[0])
    parser.add_argument("--build", default=common.build_dir())
    args = parser.parse_args(argv)
    prune_opt = common.prune_opt(args.build)
    features, labels = common.load_csv(TEST_SPLIT)

    print("model: %s (%d held-out test samples)" % (common.relative(MODEL), len(labels)))
    print("dense accuracy: %.2f%%\n" % (100 * accuracy(MODEL, prune_opt, features, labels)))
    summary = []
    with tempfile.TemporaryDirectory() as tmp:
        for options in SETTINGS:
            pruned, report_path = os.path.join(tmp, "pruned.mlir"), os.path.join(tmp, "report.json")
            report = common.run_pass(prune_opt, MODEL, "prune-weights", options, pruned,
                                     report_path)
            acc = accuracy(pruned, prune_opt, features, labels)
            print("prune-weights{%s}" % options)
            print_report(report)
            print("  test accuracy: %.2f%%\n" % (100 * acc))
            total = report["total"]
            summary.append((options, 1 - total["nonzeros_after"] / total["elements"], acc))
    print("%-45s %9s %9s" % ("setting", "sparsity", "accuracy"))
    for options, sparsity, acc in summary:
        print("%-45s %8.1f%% %8.2f%%" % (options, 100 * sparsity, 100 * acc))


if __name__ == "__main__":
    main()
