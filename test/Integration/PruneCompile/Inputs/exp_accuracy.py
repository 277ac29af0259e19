"""Compares prune-compile's f32 exp (prune-approximate-math's polynomial, on
by default) with libm's expf (approximate-math=false) and with exp in double,
on every 257th float of [-110, 90] (8.7M values: subnormal results,
underflow to 0, overflow to +inf) and on NaN, +-inf and +-1e30. Prints the
largest error of each in ulps of the exact result, how many results differ
from libm's by more than one ulp, and whether the special values agree.

Usage: python3 exp_accuracy.py WORKDIR
"""
import os
import sys

import numpy as np

from mlir_prune import aot

MODEL = """#id = affine_map<(d0) -> (d0)>
func.func @forward(%x: tensor<?xf32>) -> tensor<?xf32> {
  %c0 = arith.constant 0 : index
  %n = tensor.dim %x, %c0 : tensor<?xf32>
  %e = tensor.empty(%n) : tensor<?xf32>
  %r = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]}
      ins(%x : tensor<?xf32>) outs(%e : tensor<?xf32>) {
  ^bb0(%in: f32, %out: f32):
    %v = math.exp %in : f32
    linalg.yield %v : f32
  } -> tensor<?xf32>
  return %r : tensor<?xf32>
}
"""


def main():
    work = sys.argv[1]
    os.makedirs(work, exist_ok=True)
    path = os.path.join(work, "exp.mlir")
    with open(path, "w") as f:
        f.write(MODEL)
    ours = aot.compile(path, options="", out_dir=work)
    libm = aot.compile(path, options="approximate-math=false", out_dir=work)
    step = 257
    positive = np.arange(0, np.float32(90).view(np.int32), step, dtype=np.int32)
    negative = np.arange(0, np.float32(110).view(np.int32), step, dtype=np.int32)
    x = np.concatenate([positive.view(np.float32), -negative.view(np.float32),
                        np.array([np.nan, np.inf, -np.inf, 1e30, -1e30], np.float32)])
    y, y_libm = ours(x), libm(x)
    with np.errstate(over="ignore"):
        exact = np.exp(x.astype(np.float64))
    finite = exact <= np.finfo(np.float32).max
    # An ulp of the exact result as an f32 (the smallest subnormal at least).
    ulp = np.spacing(np.maximum(exact[finite], 1.4e-45).astype(np.float32)).astype(np.float64)
    error = np.abs(y[finite] - exact[finite]) / ulp
    error_libm = np.abs(y_libm[finite] - exact[finite]) / ulp
    apart = np.abs(y.view(np.int32)[finite].astype(np.int64)
                   - y_libm.view(np.int32)[finite].astype(np.int64))
    print("%d values" % len(x))
    print("approximation: at most %.2f ulp" % error.max())
    print("libm: at most %.2f ulp" % error_libm.max())
    print("more than one ulp from libm: %d" % np.sum(apart > 1))
    print("overflow and specials as libm: %s"
          % np.array_equal(y[~finite], y_libm[~finite], equal_nan=True))


if __name__ == "__main__":
    main()
