"""Checks prune-compile's dense products at static batches against numpy:
threads_check.py's two-layer MLP (here 2048 -> 32 -> ReLU -> 16, linalg on
tensors, seeded random weights) at batch 5 (fewer rows than a tile: one row block of 5), 12
(neither below the tile's 8 rows nor a multiple: read as it is) and 16 (two
row blocks of 8), each within 1e-5 of a float64 reference. The first layer's
rows (2048 elements, 8 KiB each) take more than prune-pack-dense-weights'
row-block-min-bytes, so it reads them as row blocks; row blocks change where
rows are read from, not the order of any sum. Then aot's calls of a static
batch with other sample counts: 37 samples to the batch-16 build run in
chunks of 16 (the last padded) and equal the reference row for row, and
CompiledModel.time times one call of 16.

Usage: python3 batched_dense_check.py WORKDIR
"""
import os
import sys

import numpy as np

from mlir_prune import aot
from threads_check import mlp_model

K, HIDDEN, OUT = 2048, 32, 16


def main():
    work = sys.argv[1]
    os.makedirs(work, exist_ok=True)
    rng = np.random.default_rng(11)
    for batch in (5, 12, 16):
        text, weights = mlp_model(batch, rng, K, HIDDEN, OUT)
        w1, b1, w2 = (w.astype(np.float64) for w in weights)
        path = os.path.join(work, "b%d.mlir" % batch)
        with open(path, "w") as f:
            f.write(text)
        build = aot.compile(path, options="sparse=false threads=1 rows=8", out_dir=work)
        x = rng.standard_normal((batch, K)).astype(np.float32)
        want = np.maximum(x.astype(np.float64) @ w1 + b1, 0) @ w2
        err = float(np.abs(build(x) - want).max() / np.abs(want).max())
        print("batch %d: %s" % (batch, "equal within 1e-5" if err <= 1e-5 else "DIFFERENT (%.1e)" % err))
    # The batch-16 build, fed 37 samples: chunks of 16, 16 and 5 + 11 zeros.
    x = rng.standard_normal((37, K)).astype(np.float32)
    want = np.maximum(x.astype(np.float64) @ w1 + b1, 0) @ w2
    got = build(x)
    err = float(np.abs(got - want).max() / np.abs(want).max())
    print("batch 16 fed 37 samples: %s, %s" % (
        "shape %s" % "x".join(map(str, got.shape)),
        "equal within 1e-5" if err <= 1e-5 else "DIFFERENT (%.1e)" % err))
    print("batch 16 timed on 37 samples: %s" % ("a time" if build.time(x, repeat=2) > 0 else "none"))


if __name__ == "__main__":
    main()
