"""prune-neurons on the shipped digits MLP: accuracy against neurons, parameters and FLOPs.

Three tables, each row one prune-opt run followed by compiling and running the
pruned model on examples/digits_test.csv with mlir-runner (mlir_prune.run_model):

  1. mode=dead, with and without the input range the digits features have
     (prune.range [0, 1] on @forward's argument), and on the planted model.
  2. mode=importance, ratio 10..50 %, norm l2 and l1, scope layer and global.
  3. mode=activity, thresholds on the mean |activity| of each hidden neuron
     over the training split, fold=mean against fold=none (classic trimming).
     The statistics file is computed here with numpy from the model's own
     weights (a float64 forward pass over examples/digits_train.csv) and
     written in the Statistics.h format by mlir_prune.stats.

Parameters and FLOPs come from the pass's JSON report (parameters: elements of
float constants with more than one element; FLOPs: 2 per multiply-add, per
sample).

Usage: prune-neuron-demo [--prune-opt build/bin/prune-opt] [--quick]
"""
import argparse
import os
import subprocess
import tempfile

import numpy as np

from mlir_prune import common, mlir_text, run_model
from mlir_prune.stats import layer_from_samples, write_stats

MODEL = os.path.join(common.EXAMPLES, "digits_mlp.mlir")
PLANTED = os.path.join(common.EXAMPLES, "digits_mlp_planted.mlir")
TEST = os.path.join(common.EXAMPLES, "digits_test.csv")
TRAIN = os.path.join(common.EXAMPLES, "digits_train.csv")


def run(cmd):
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


def accuracy(model, features, labels):
    """Test accuracy as prune-run-model computes it (default tool and pipeline)."""
    preds, _ = run_model.predict(model, features)
    return common.accuracy(preds, labels)


def prune(prune_opt, model, options, tmp, tag):
    out, report = os.path.join(tmp, tag + ".mlir"), os.path.join(tmp, tag + ".json")
    return out, common.run_pass(prune_opt, model, "prune-neurons", options, out, report,
                                quiet=True)


def row(label, report, acc):
    hidden = [l for l in report["layers"] if l["status"] == "pruned"]
    neurons = " ".join("%s %d->%d" % (l["name"], l["neurons_before"], l["neurons_after"]) for l in hidden)
    return "%-34s %-24s %7d %7d %8.4f" % (label, neurons, report["parameters_after"], report["flops_after"], acc)


HEADER = "%-34s %-24s %7s %7s %8s" % ("options", "neurons", "params", "FLOPs", "accuracy")


def hidden_activations(model_text, x):
    """Per hidden layer (fc1, fc2): (its input matrix, its post-ReLU output matrix)."""
    acts = {}
    h = np.asarray(x, dtype=np.float64)
    for name in ("fc1", "fc2"):
        w = mlir_text.read_constant(model_text, name + "_w").astype(np.float64)
        b = mlir_text.read_constant(model_text, name + "_b").astype(np.float64).reshape(-1)
        y = np.maximum(h @ w.T + b, 0.0)
        acts[name] = (h, y)
        h = y
    return acts


def main(argv=None):
    parser = argparse.ArgumentParser(prog="prune-neuron-demo", description=__doc__.split("\n")[0])
    parser.add_argument("--prune-opt", default=common.prune_opt())
    parser.add_argument("--quick", action="store_true", help="fewer rows")
    args = parser.parse_args(argv)
    with open(MODEL) as f:
        text = f.read()
    test_features, test_labels = common.load_csv(TEST)

    def accuracy_of(model):
        return accuracy(model, test_features, test_labels)

    with tempfile.TemporaryDirectory() as tmp:
        base = accuracy_of(MODEL)
        print("shipped model: accuracy %.4f on %s" % (base, common.relative(TEST)))

        print("\n1. mode=dead (exact)")
        print(HEADER)
        ranged = os.path.join(tmp, "ranged.mlir")
        with open(ranged, "w") as f:
            f.write(mlir_text.with_argument_attribute(text, "%arg0: tensor<?x64xf32>",
                                                      "prune.range = array<f64: 0.0, 1.0>"))
        for label, model in (("dead", MODEL), ("dead, prune.range [0,1]", ranged),
                             ("dead, planted model", PLANTED)):
            out, report = prune(args.prune_opt, model, "mode=dead", tmp, "dead")
            print(row(label, report, accuracy_of(out)))

        print("\n2. mode=importance")
        print(HEADER)
        ratios = (0.1, 0.3, 0.5) if args.quick else (0.1, 0.2, 0.3, 0.4, 0.5)
        settings = [("l2", "layer"), ("l1", "layer"), ("l2", "global")]
        for norm, scope in settings:
            for ratio in ratios:
                options = "mode=importance ratio=%g norm=%s scope=%s" % (ratio, norm, scope)
                out, report = prune(args.prune_opt, MODEL, options, tmp, "imp")
                print(row("ratio=%g norm=%s scope=%s" % (ratio, norm, scope), report, accuracy_of(out)))

        print("\n3. mode=activity (statistics: numpy forward pass over %s)" % common.relative(TRAIN))
        features, _ = common.load_csv(TRAIN)
        acts = hidden_activations(text, features)
        stats = os.path.join(tmp, "digits.stats")
        write_stats(stats, {name: layer_from_samples(x, y) for name, (x, y) in acts.items()})
        for name, (_, y) in acts.items():
            mean_abs = np.abs(y).mean(0)
            print("  %s mean |activity| quantiles 10/30/50%%: %s" % (
                name, " ".join("%.3f" % q for q in np.quantile(mean_abs, [0.1, 0.3, 0.5]))))
        print(HEADER)
        thresholds = (0.05, 0.2, 0.5) if args.quick else (0.02, 0.05, 0.1, 0.2, 0.3, 0.5)
        for threshold in thresholds:
            for fold in ("mean", "none"):
                options = "mode=activity stats=%s threshold=%g fold=%s" % (stats, threshold, fold)
                out, report = prune(args.prune_opt, MODEL, options, tmp, "act")
                print(row("threshold=%g fold=%s" % (threshold, fold), report, accuracy_of(out)))


if __name__ == "__main__":
    main()
