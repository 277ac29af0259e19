"""Random data for Inputs/two_inputs.mlir: OUT.npz [N] [--positional] [--float64] [--bad-width] [--bad-count]."""
import sys

import numpy as np

out, n = sys.argv[1], int(sys.argv[2])
flags = set(sys.argv[3:])
rng = np.random.default_rng(1)
dtype = np.float64 if "--float64" in flags else np.float32
features = rng.standard_normal((n, 5 if "--bad-width" in flags else 4)).astype(dtype)
extra = rng.standard_normal((n - 1 if "--bad-count" in flags else n, 2)).astype(np.float32)
if "--positional" in flags:
    np.savez(out, arg0=features, arg1=extra)
else:
    np.savez_compressed(out, features=features, extra=extra)
