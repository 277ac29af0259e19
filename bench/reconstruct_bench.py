#!/usr/bin/python3
"""Time prune-weights method=reconstruct and method=obs on one wide layer.

Writes a model with one WIDTH x WIDTH linalg.matmul weight (random, as a
dense_resource blob so parsing stays cheap) and a statistics file whose Gram
matrix comes from SAMPLES correlated random inputs, then times prune-opt with
mask only, with method=reconstruct (per-row solves of size |S|) and with
method=obs (SparseGPT's sweep, then the same solves), and prints the seconds
and the output error reported on the calibration data.

Usage: PYTHONPATH=python /usr/bin/python3 bench/reconstruct_bench.py [--width 1024] [--samples 4096]
           [--sparsity 0.5] [--prune-opt build/bin/prune-opt]
"""
import argparse
import json
import os
import resource
import subprocess
import tempfile
import time

import numpy as np

from mlir_prune import common
from mlir_prune.stats import layer_from_samples, write_stats


def model_text(width, weights):
    blob = "0x04000000" + weights.astype("<f4").tobytes().hex().upper()  # alignment 4
    return """module {
  func.func @forward(%%x: tensor<8x%(w)d>) -> tensor<8x%(w)d> {
    %%w = arith.constant dense_resource<wide_w> : tensor<%(w)dx%(w)dxf32>
    %%init = arith.constant dense<0.0> : tensor<8x%(w)dxf32>
    %%y = linalg.matmul ins(%%x, %%w : tensor<8x%(w)dxf32>, tensor<%(w)dx%(w)dxf32>) outs(%%init : tensor<8x%(w)dxf32>) -> tensor<8x%(w)dxf32> loc("wide")
    return %%y : tensor<8x%(w)dxf32>
  }
}
{-#
  dialect_resources: {
    builtin: {
      wide_w: "%(blob)s"
    }
  }
#-}
""".replace("tensor<8x%(w)d>", "tensor<8x%(w)dxf32>") % {"w": width, "blob": blob}


def run(prune_opt, model, options):
    report = model + ".json"
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([prune_opt, model, "--prune-weights=%s report=%s" % (options, report),
                    "-o", model + ".out.mlirbc", "--emit-bytecode"], check=True)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    with open(report) as f:
        return (seconds, cpu), json.load(f)["layers"][0]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--width", type=int, default=1024)
    parser.add_argument("--samples", type=int, default=4096)
    parser.add_argument("--sparsity", type=float, default=0.5)
    parser.add_argument("--prune-opt", default=common.prune_opt())
    args = parser.parse_args()
    rng = np.random.default_rng(0)
    # Correlated inputs (a random mixing of independent features), so that
    # reconstruction has something to gain.
    mix = rng.standard_normal((args.width, args.width)) / np.sqrt(args.width)
    x = rng.standard_normal((args.samples, args.width)) @ (np.eye(args.width) + mix)
    w = rng.standard_normal((args.width, args.width)).astype(np.float32)
    with tempfile.TemporaryDirectory() as tmp:
        model, stats = os.path.join(tmp, "wide.mlir"), os.path.join(tmp, "wide.stats")
        with open(model, "w") as f:
            f.write(model_text(args.width, w))
        write_stats(stats, {"wide": layer_from_samples(x)})
        base = "sparsity=%g stats=%s" % (args.sparsity, stats)
        t_mask, mask = run(args.prune_opt, model, base)
        t_rec, rec = run(args.prune_opt, model, base + " method=reconstruct")
        t_obs, obs = run(args.prune_opt, model, base + " method=obs")
    print("%dx%d layer, %d calibration samples, sparsity %g:" % (args.width, args.width, args.samples,
                                                                  args.sparsity))
    print("  mask only:   %6.2f s wall, %6.2f s CPU; output error on calibration data %.3e"
          % (t_mask + (mask["calibration_output_error"],)))
    print("  reconstruct: %6.2f s wall, %6.2f s CPU; output error on calibration data %.3e"
          % (t_rec + (rec["calibration_output_error"],)))
    print("  obs:         %6.2f s wall, %6.2f s CPU; output error on calibration data %.3e "
          "(after the sweep alone %.3e)"
          % (t_obs + (obs["calibration_output_error"], obs["calibration_output_error_obs_sweep"])))


if __name__ == "__main__":
    main()
