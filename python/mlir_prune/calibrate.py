#!/usr/bin/python3
"""Calibrate a model: instrument it, run it on a CSV split, write its statistics file.

Runs `prune-opt --prune-instrument=output=STATS --prune-lower-observe` on the model,
compiles the result with the stock pipeline of scripts/run_model.py (tosa-to-linalg
pipeline + sparsifier) and runs it with mlir-runner on every sample of the split,
with build/lib/libPruneRuntime.so loaded; the runtime writes STATS when the runner
exits. Prints the accuracy of the run (the instrumented model computes the same
outputs as the original).

With --reference DENSE.mlir (the model before pruning), every layer is also paired
with the same layer of the reference model on the same samples: the reference's
functions go into the module as @reference_*, `prune-instrument{reference-func=
reference_forward model-func=forward}` observes their inputs (named like the
model's), and @main calls @reference_forward before
@forward. The statistics then hold X^T R, which prune-weights{method=reconstruct}
uses to fit each layer to the reference model's outputs (sequential reconstruction,
scripts/prune_sequential.py).

Usage: /usr/bin/python3 scripts/calibrate.py MODEL.mlir SPLIT.csv --stats OUT
           [--reference DENSE.mlir] [--build DIR]
"""
import argparse
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run_model  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def calibrate(model_path, features, stats_path, build, reference_path=None):
    """Instruments `model_path` (beside `reference_path`, if given), runs it on
    `features`, returns the predictions; the statistics are in `stats_path` afterwards."""
    prune_opt = os.path.join(build, "bin", "prune-opt")
    runtime = os.path.join(build, "lib", "libPruneRuntime.so")
    if os.path.exists(stats_path):
        os.remove(stats_path)
    with tempfile.TemporaryDirectory() as tmp:
        combined = os.path.join(tmp, "combined.mlir")
        with open(combined, "w") as f:
            f.write(run_model.combined_module(model_path, prune_opt, features,
                                              reference_path=reference_path))
        instrument = "output=" + os.path.abspath(stats_path)
        if reference_path:
            instrument += " reference-func=%s model-func=forward" % run_model.REFERENCE_FORWARD
        module = subprocess.run([prune_opt, combined, "--prune-instrument=" + instrument,
                                 "--prune-lower-observe"],
                                check=True, capture_output=True, text=True).stdout
        stdout = run_model.compile_and_run(module, prune_opt, run_model.DEFAULT_PIPELINE,
                                           run_model.LLVM_DIR + "/bin/mlir-runner", [runtime])
    if not os.path.exists(stats_path):
        sys.exit("error: the instrumented model wrote no statistics file %s" % stats_path)
    return run_model.parse_output(stdout)[0]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("model")
    parser.add_argument("csv")
    parser.add_argument("--stats", required=True, help="statistics file to write")
    parser.add_argument("--reference", help="model to pair every layer with (the dense model)")
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    args = parser.parse_args()
    features, labels = run_model.load_csv(args.csv)
    preds = calibrate(args.model, features, args.stats, args.build, args.reference)
    correct = sum(p == y for p, y in zip(preds, labels))
    print("calibrated on %d samples, accuracy %.4f (%d/%d), statistics in %s"
          % (len(labels), correct / len(labels), correct, len(labels), args.stats))


if __name__ == "__main__":
    main()
