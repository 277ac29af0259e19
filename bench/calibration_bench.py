#!/usr/bin/python3
"""Time libPruneRuntime.so's calibration accumulation on a wide layer.

Feeds SAMPLES random rows of a WIDTH-wide layer input (and its output) to the
runtime in batches, as an instrumented model does, writes the statistics file,
and prints the seconds taken; then checks the Gram matrix and sums of squares
against numpy on the same data.

Usage: PYTHONPATH=python /usr/bin/python3 bench/calibration_bench.py [--width 4096] [--samples 10000]
           [--batch 100] [--lib build/lib/libPruneRuntime.so]
"""
import argparse
import ctypes
import os
import sys
import tempfile
import time

import numpy as np

from mlir_prune import common
from mlir_prune.stats import read_stats


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--width", type=int, default=4096)
    parser.add_argument("--samples", type=int, default=10000)
    parser.add_argument("--batch", type=int, default=100)
    parser.add_argument("--lib", default=common.runtime_library())
    args = parser.parse_args()

    lib = ctypes.CDLL(args.lib)
    i64p = ctypes.POINTER(ctypes.c_int64)
    lib.prune_observe_f32.argtypes = [ctypes.c_char_p, ctypes.c_int64, ctypes.c_char_p, ctypes.c_int64,
                                      ctypes.c_int64, ctypes.c_int64, ctypes.c_int64,
                                      ctypes.c_void_p, i64p, i64p]
    rng = np.random.default_rng(0)
    x = rng.standard_normal((args.samples, args.width), dtype=np.float32)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "bench.stats").encode()
        layer = b"wide"
        start, cpu_start = time.perf_counter(), time.process_time()
        for b0 in range(0, args.samples, args.batch):
            block = np.ascontiguousarray(x[b0:b0 + args.batch])
            sizes = (ctypes.c_int64 * 2)(*block.shape)
            strides = (ctypes.c_int64 * 2)(block.shape[1], 1)
            for role in (0, 1):  # the output is observed too (same width here)
                lib.prune_observe_f32(path, len(path), layer, len(layer), role, 1, 2,
                                      block.ctypes.data, sizes, strides)
        observed = time.perf_counter() - start
        if lib.prune_runtime_write() != 0:
            sys.exit("error: the runtime failed to write the statistics file")
        total = time.perf_counter() - start
        cpu = time.process_time() - cpu_start
        stats = read_stats(path.decode())["wide"]
    # CPU time (all threads) beside wall time: the machine may be shared.
    print("width %d, samples %d, batches of %d: observe %.2f s, observe+write %.2f s wall, %.2f s CPU"
          % (args.width, args.samples, args.batch, observed, total, cpu))
    # Check against numpy on a corner of the matrix (the whole would take as long).
    k = min(256, args.width)
    xd = x.astype(np.float64)
    ref = xd[:, :k].T @ xd[:, :k]
    err = np.abs(stats["gram"][:k, :k] - ref).max() / np.abs(ref).max()
    sq_err = np.abs(stats["sum_squares"] - (xd * xd).sum(0)).max() / (xd * xd).sum(0).max()
    sym = np.abs(stats["gram"] - stats["gram"].T).max()
    print("samples in file %d; gram[:%d,:%d] max rel. error vs numpy %.2e; sumSquares %.2e; "
          "asymmetry %.1e" % (stats["samples"], k, k, err, sq_err, sym))
    if stats["samples"] != args.samples or err > 1e-9 or sq_err > 1e-9 or sym != 0:
        sys.exit("error: statistics differ from numpy")


if __name__ == "__main__":
    main()
