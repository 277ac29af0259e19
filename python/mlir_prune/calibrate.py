"""Calibrate a model: instrument it, run it on a CSV split, write its statistics file.

Runs `prune-opt --prune-instrument=output=STATS --prune-lower-observe` on the model,
compiles the result with the stock pipeline of run_model (tosa-to-linalg
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
prune-sequential).

Usage: prune-run-calibration MODEL.mlir SPLIT.csv --stats OUT
           [--reference DENSE.mlir] [--build DIR]
"""
import argparse
import os
import subprocess
import sys
import tempfile

from mlir_prune import common, run_model


def calibrate(model_path, features, stats_path, build, reference_path=None):
    """Instruments `model_path` (beside `reference_path`, if given), runs it on
    `features`, returns the predictions; the statistics are in `stats_path` afterwards."""
    prune_opt = common.prune_opt(build)
    runtime = common.runtime_library(build)
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
        stdout = common.compile_and_run(module, prune_opt, run_model.DEFAULT_PIPELINE,
                                        common.MLIR_RUNNER, [runtime])
    if not os.path.exists(stats_path):
        sys.exit("error: the instrumented model wrote no statistics file %s" % stats_path)
    return common.parse_output(stdout)[0]


def main(argv=None):
    parser = argparse.ArgumentParser(prog="prune-run-calibration", description=__doc__.split("\n")[0])
    parser.add_argument("model")
    parser.add_argument("csv")
    parser.add_argument("--stats", required=True, help="statistics file to write")
    parser.add_argument("--reference", help="model to pair every layer with (the dense model)")
    parser.add_argument("--build", default=common.build_dir())
    args = parser.parse_args(argv)
    features, labels = common.load_csv(args.csv)
    preds = calibrate(args.model, features, args.stats, args.build, args.reference)
    correct = common.count_correct(preds, labels)
    print("calibrated on %d samples, accuracy %.4f (%d/%d), statistics in %s"
          % (len(labels), correct / len(labels), correct, len(labels), args.stats))


if __name__ == "__main__":
    main()
