"""Checks prune-compile's dense products at static batches against numpy:
a two-layer MLP (2048 -> 32 -> ReLU -> 16, linalg on tensors, seeded
random weights) at batch 5 (fewer rows than a tile: one row block of 5), 12
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

K, HIDDEN, OUT = 2048, 32, 16


def constant(array):
    body = ", ".join("[" + ", ".join("%.6e" % v for v in row) + "]" for row in array) \
        if array.ndim == 2 else ", ".join("%.6e" % v for v in array)
    return "dense<[%s]> : tensor<%sxf32>" % (body, "x".join(map(str, array.shape)))


def model(batch, rng):
    """(MLIR text, float64 weights w1, b1, w2) of the MLP at a static batch."""
    w1 = (rng.standard_normal((K, HIDDEN)) * 0.05).astype(np.float32)
    b1 = (rng.standard_normal(HIDDEN) * 0.1).astype(np.float32)
    w2 = (rng.standard_normal((HIDDEN, OUT)) * 0.05).astype(np.float32)
    text = """
#id = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d1)>
func.func @forward(%%x: tensor<%(b)dx%(k)dxf32>) -> tensor<%(b)dx%(o)dxf32> {
  %%zero = arith.constant 0.0 : f32
  %%w1 = arith.constant %(w1)s
  %%b1 = arith.constant %(b1)s
  %%w2 = arith.constant %(w2)s
  %%e1 = tensor.empty() : tensor<%(b)dx%(h)dxf32>
  %%f1 = linalg.fill ins(%%zero : f32) outs(%%e1 : tensor<%(b)dx%(h)dxf32>) -> tensor<%(b)dx%(h)dxf32>
  %%h = linalg.matmul ins(%%x, %%w1 : tensor<%(b)dx%(k)dxf32>, tensor<%(k)dx%(h)dxf32>)
                     outs(%%f1 : tensor<%(b)dx%(h)dxf32>) -> tensor<%(b)dx%(h)dxf32>
  %%r = linalg.generic {indexing_maps = [#id, #row, #id],
                       iterator_types = ["parallel", "parallel"]}
      ins(%%h, %%b1 : tensor<%(b)dx%(h)dxf32>, tensor<%(h)dxf32>) outs(%%e1 : tensor<%(b)dx%(h)dxf32>) {
  ^bb0(%%v: f32, %%bias: f32, %%o: f32):
    %%s = arith.addf %%v, %%bias : f32
    %%m = arith.maximumf %%s, %%zero : f32
    linalg.yield %%m : f32
  } -> tensor<%(b)dx%(h)dxf32>
  %%e2 = tensor.empty() : tensor<%(b)dx%(o)dxf32>
  %%f2 = linalg.fill ins(%%zero : f32) outs(%%e2 : tensor<%(b)dx%(o)dxf32>) -> tensor<%(b)dx%(o)dxf32>
  %%y = linalg.matmul ins(%%r, %%w2 : tensor<%(b)dx%(h)dxf32>, tensor<%(h)dx%(o)dxf32>)
                     outs(%%f2 : tensor<%(b)dx%(o)dxf32>) -> tensor<%(b)dx%(o)dxf32>
  return %%y : tensor<%(b)dx%(o)dxf32>
}
""" % {"b": batch, "k": K, "h": HIDDEN, "o": OUT, "w1": constant(w1), "b1": constant(b1),
       "w2": constant(w2)}
    return text, [a.astype(np.float64) for a in (w1, b1, w2)]


def main():
    work = sys.argv[1]
    os.makedirs(work, exist_ok=True)
    rng = np.random.default_rng(11)
    for batch in (5, 12, 16):
        text, (w1, b1, w2) = model(batch, rng)
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
