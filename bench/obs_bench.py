#!/usr/bin/python3
"""Accuracy of calibrated pruning: method=mask, reconstruct and obs side by side.

For each model (the shipped digits MLP, and the Fashion-MNIST ONNX models
imported with prune-import-onnx), builds its calibration statistics once
(aot.calibrate: prune-instrument, built with libPruneRuntime.so, run on the
calibration inputs), then for every setting and method runs

    prune-opt MODEL --prune-weights="SETTING method=METHOD stats=STATS report=R"

compiles the pruned model (aot.compile, prune-compile + clang) and measures its
test accuracy. Prints one row per (model, setting): the dense accuracy, then
each method's accuracy and, in parentheses, the mean over layers of the
relative output error on the calibration data that the report gives
(`calibration_output_error`).

Data: digits - examples/digits_train.csv (1347 samples, calibration) and
examples/digits_test.csv (450); Fashion-MNIST - examples/fashion_mnist/
calibration_256.npz and test_1000.npz.

Usage: PRUNE_BUILD_DIR=build /usr/bin/python3 bench/obs_bench.py
           [--models digits,mlp,cnn] [--settings "sparsity=0.5;sparsity=0.9;pattern=2:4"]
           [--methods mask,reconstruct,obs] [--json OUT.json]
Settings are separated by ';' and may hold any prune-weights options
(e.g. "sparsity=0.7 allocation=owl", "sparsity=0.9 scope=global").
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

import numpy as np

from mlir_prune import aot, common

FASHION = os.path.join(common.EXAMPLES, "fashion_mnist")


def load_digits(split):
    features, labels = common.load_csv(os.path.join(common.EXAMPLES, "digits_%s.csv" % split))
    return np.array(features, dtype=np.float32), np.array(labels)


def prepare(name, workdir):
    """(model path, calibration inputs, test inputs, test labels) of a model."""
    if name == "digits":
        calibration, _ = load_digits("train")
        images, labels = load_digits("test")
        return os.path.join(common.EXAMPLES, "digits_mlp.mlir"), calibration, images, labels
    model = os.path.join(workdir, name + ".mlir")
    subprocess.run([os.path.join(common.build_dir(), "bin", "prune-import-onnx"),
                    os.path.join(FASHION, name + ".onnx"), "-o", model, "--quiet"], check=True)
    test = np.load(os.path.join(FASHION, "test_1000.npz"))
    calibration = np.load(os.path.join(FASHION, "calibration_256.npz"))["input"]
    return model, calibration, test["input"], test["labels"]


def accuracy(model, images, labels, workdir):
    logits = aot.compile(model, out_dir=workdir)(images)
    return float((logits.argmax(1) == labels).mean())


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--models", default="digits,mlp,cnn")
    parser.add_argument("--settings", default="sparsity=0.5;sparsity=0.9;pattern=2:4")
    parser.add_argument("--methods", default="mask,reconstruct,obs")
    parser.add_argument("--json", help="write the rows here")
    args = parser.parse_args()
    methods = args.methods.split(",")
    settings = [s.strip() for s in args.settings.split(";") if s.strip()]
    prune_opt = common.prune_opt()
    rows = []
    header = "%-7s %-36s %8s" % ("model", "setting", "dense") + "".join(
        "%22s" % m for m in methods)
    print(header)
    print("-" * len(header), flush=True)
    with tempfile.TemporaryDirectory() as workdir:
        for name in args.models.split(","):
            model, calibration, images, labels = prepare(name, workdir)
            stats = os.path.join(workdir, name + ".stats")
            aot.calibrate(model, calibration, stats, out_dir=workdir)
            dense = accuracy(model, images, labels, workdir)
            for setting in settings:
                line = "%-7s %-36s %7.2f%%" % (name, setting, 100 * dense)
                row = {"model": name, "setting": setting, "dense": dense}
                for method in methods:
                    tag = "%s-%d" % (name, len(rows) * len(methods) + methods.index(method))
                    out = os.path.join(workdir, tag + ".mlir")
                    report_path = os.path.join(workdir, tag + ".json")
                    t0 = time.perf_counter()
                    subprocess.run([prune_opt, model, "--prune-weights=%s method=%s stats=%s report=%s"
                                    % (setting, method, stats, report_path), "-o", out],
                                   check=True, stderr=subprocess.DEVNULL)
                    seconds = time.perf_counter() - t0
                    with open(report_path) as f:
                        report = json.load(f)
                    errors = [l["calibration_output_error"] for l in report["layers"]
                              if "calibration_output_error" in l]
                    total = report["total"]
                    result = {"accuracy": accuracy(out, images, labels, workdir),
                              "mean_error": float(np.mean(errors)) if errors else None,
                              "prune_seconds": seconds,
                              "nonzeros_after": total["nonzeros_after"],
                              "elements": total["elements"]}
                    row[method] = result
                    line += "%12.2f%% (%.1e)" % (100 * result["accuracy"], result["mean_error"] or 0)
                rows.append(row)
                print(line, flush=True)
    if args.json:
        with open(args.json, "w") as f:
            json.dump(rows, f, indent=1)


if __name__ == "__main__":
    sys.exit(main())
