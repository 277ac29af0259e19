"""Sequential reconstruction from a CSV split: a thin client of prune-calibrate.

`prune-calibrate MODEL --data=D.npz --prune=OPTIONS --sequential` does the work in
process (lib/Driver/SequentialPruning.cpp): the dry run of prune-weights{OPTIONS} on the
dense model fixes each layer's count; then each layer, in program order, is calibrated
on the inputs it sees with the layers before it pruned, beside the dense model (X^T R),
and pruned and refit to the dense model's outputs. This script only turns the CSV
split into the npz file the tool reads (the features as the entry's one argument) and
prints the per-layer counts of its report. method=reconstruct unless OPTIONS say obs.

Usage: prune-sequential MODEL.mlir TRAIN.csv -o OUT.mlir
           --options "sparsity=0.9 scope=global" [--report OUT.json] [--build DIR]
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

import numpy as np

from mlir_prune import common


def prune_sequential(model, features, options, out, build, report=None, log=print):
    """Prunes `model` layer by layer on `features` (samples x features) with
    prune-calibrate --sequential; writes `out` and returns the report's layers."""
    if "method=" not in options:
        options += " method=reconstruct"
    tool = os.path.join(build or common.build_dir(), "bin", "prune-calibrate")
    with tempfile.TemporaryDirectory() as tmp:
        data = os.path.join(tmp, "train.npz")
        np.savez(data, arg0=np.asarray(features, dtype=np.float32))
        report_path = report or os.path.join(tmp, "report.json")
        result = subprocess.run([tool, model, "--data=" + data, "--prune=" + options,
                                 "--sequential", "-o", out, "--report=" + report_path, "--quiet"],
                                capture_output=True, text=True)
        sys.stderr.write(result.stderr)
        if result.returncode != 0:
            sys.exit("prune-sequential: prune-calibrate failed")
        with open(report_path) as f:
            layers = json.load(f)["layers"]
    for layer in layers:
        if layer.get("reconstruct_target") != "reference":
            print("warning: layer %s had no statistics beside the reference; it was fitted "
                  "one-shot" % layer["name"], file=sys.stderr)
        log("%-10s %6d -> %6d nonzeros, calibration output error %.3e (mask only %.3e)"
            % (layer["name"], layer["nonzeros_before"], layer["nonzeros_after"],
               layer.get("calibration_output_error", float("nan")),
               layer.get("calibration_output_error_mask_only", float("nan"))))
    return layers


def main(argv=None):
    parser = argparse.ArgumentParser(prog="prune-sequential", description=__doc__.split("\n")[0])
    parser.add_argument("model")
    parser.add_argument("train", help="calibration split (CSV: features, label)")
    parser.add_argument("-o", "--output", required=True)
    parser.add_argument("--options", required=True,
                        help="prune-weights options of the whole model, e.g. 'sparsity=0.9 scope=global'")
    parser.add_argument("--report", help="prune-calibrate's JSON report")
    parser.add_argument("--build", default=common.build_dir())
    args = parser.parse_args(argv)
    features, _ = common.load_csv(args.train)
    final = prune_sequential(args.model, features, args.options, args.output, args.build, args.report)
    kept = sum(l["nonzeros_after"] for l in final)
    total = sum(l["elements"] for l in final)
    print("%d of %d weights kept (%.2f%% sparsity) in %d layers: %s"
          % (kept, total, 100 * (1 - kept / total), len(final), args.output))


if __name__ == "__main__":
    main()
