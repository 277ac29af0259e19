#!/usr/bin/python3
"""prune-neurons on the shipped digits MLP: accuracy against neurons, parameters and FLOPs.

Three tables, each row one prune-opt run followed by compiling and running the
pruned model on examples/digits_test.csv with mlir-runner (scripts/run_model.py):

  1. mode=dead, with and without the input range the digits features have
     (prune.range [0, 1] on @forward's argument), and on the planted model.
  2. mode=importance, ratio 10..50 %, norm l2 and l1, scope layer and global.
  3. mode=activity, thresholds on the mean |activity| of each hidden neuron
     over the training split, fold=mean against fold=none (classic trimming).
     The statistics file is computed here with numpy from the model's own
     weights (a float64 forward pass over examples/digits_train.csv) and
     written in the Statistics.h format by scripts/prune_stats.py.

Parameters and FLOPs come from the pass's JSON report (parameters: elements of
float constants with more than one element; FLOPs: 2 per multiply-add, per
sample).

Usage: /usr/bin/python3 scripts/neuron_demo.py [--prune-opt build/bin/prune-opt] [--quick]
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
sys.path.insert(0, HERE)
from plant_dead_neurons import read_constant  # noqa: E402
from prune_stats import layer_from_samples, write_stats  # noqa: E402
from run_model import load_csv  # noqa: E402

MODEL = os.path.join(ROOT, "examples", "digits_mlp.mlir")
PLANTED = os.path.join(ROOT, "examples", "digits_mlp_planted.mlir")
TEST = os.path.join(ROOT, "examples", "digits_test.csv")
TRAIN = os.path.join(ROOT, "examples", "digits_train.csv")


def run(cmd):
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


def accuracy(model):
    out = run([sys.executable, os.path.join(HERE, "run_model.py"), model, TEST])
    return float(re.search(r"accuracy: ([0-9.]+)", out).group(1))


def prune(prune_opt, model, options, tmp, tag):
    out, report = os.path.join(tmp, tag + ".mlir"), os.path.join(tmp, tag + ".json")
    run([prune_opt, model, "--prune-neurons=%s report=%s" % (options, report), "-o", out])
    with open(report) as f:
        return out, json.load(f)


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
        w = read_constant(model_text, name + "_w").astype(np.float64)
        b = read_constant(model_text, name + "_b").astype(np.float64).reshape(-1)
        y = np.maximum(h @ w.T + b, 0.0)
        acts[name] = (h, y)
        h = y
    return acts


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--prune-opt", default=os.path.join(ROOT, "build", "bin", "prune-opt"))
    parser.add_argument("--quick", action="store_true", help="fewer rows")
    args = parser.parse_args()
    with open(MODEL) as f:
        text = f.read()

    with tempfile.TemporaryDirectory() as tmp:
        base = accuracy(MODEL)
        print("shipped model: accuracy %.4f on %s" % (base, os.path.relpath(TEST, ROOT)))

        print("\n1. mode=dead (exact)")
        print(HEADER)
        ranged = os.path.join(tmp, "ranged.mlir")
        with open(ranged, "w") as f:
            f.write(text.replace("%arg0: tensor<?x64xf32>)",
                                 "%arg0: tensor<?x64xf32> {prune.range = array<f64: 0.0, 1.0>})", 1))
        for label, model in (("dead", MODEL), ("dead, prune.range [0,1]", ranged),
                             ("dead, planted model", PLANTED)):
            out, report = prune(args.prune_opt, model, "mode=dead", tmp, "dead")
            print(row(label, report, accuracy(out)))

        print("\n2. mode=importance")
        print(HEADER)
        ratios = (0.1, 0.3, 0.5) if args.quick else (0.1, 0.2, 0.3, 0.4, 0.5)
        settings = [("l2", "layer"), ("l1", "layer"), ("l2", "global")]
        for norm, scope in settings:
            for ratio in ratios:
                options = "mode=importance ratio=%g norm=%s scope=%s" % (ratio, norm, scope)
                out, report = prune(args.prune_opt, MODEL, options, tmp, "imp")
                print(row("ratio=%g norm=%s scope=%s" % (ratio, norm, scope), report, accuracy(out)))

        print("\n3. mode=activity (statistics: numpy forward pass over %s)" % os.path.relpath(TRAIN, ROOT))
        features, _ = load_csv(TRAIN)
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
                print(row("threshold=%g fold=%s" % (threshold, fold), report, accuracy(out)))


if __name__ == "__main__":
    main()
