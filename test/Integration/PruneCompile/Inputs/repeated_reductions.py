"""Builds MODEL.mlir (TOSA: @forward of one f32 tensor) ahead of time
with prune-compile, as aot.compile does (buffers kept between calls), calls
it three times on one input and prints each call's largest difference from
numpy's `reference` for the model (see main).

Usage: python3 repeated_reductions.py MODEL.mlir WORKDIR
"""
import sys

import numpy as np

from mlir_prune import aot


def main():
    model, work = sys.argv[1], sys.argv[2]
    x = np.random.default_rng(0).standard_normal((2, 6, 4), dtype=np.float32)
    # y = sum_k x * sum_j x, over the last axis.
    reference = (x * x.sum(-1, keepdims=True)).sum(-1)
    compiled = aot.compile(model, options="sparse=false", out_dir=work)
    for call in range(3):
        error = np.abs(compiled(x) - reference).max() / np.abs(reference).max()
        print("call %d: max relative difference %.1e" % (call, error))


if __name__ == "__main__":
    main()
