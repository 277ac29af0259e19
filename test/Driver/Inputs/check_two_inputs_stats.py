"""Checks prune-calibrate's statistics of Inputs/two_inputs.mlir against numpy."""
import sys

import numpy as np

from mlir_prune import stats

data, layers = np.load(sys.argv[1]), stats.read_stats(sys.argv[2])
x = data["features" if "features" in data else "arg0"].astype(np.float64)
y = data["extra" if "extra" in data else "arg1"].astype(np.float64)
w1 = np.array([[1.0, -2.0, 0.5, 0.25], [0.5, 1.5, -1.0, 2.0], [-0.75, 0.5, 1.0, -1.25]])
w2 = np.array([[2.0, -1.0], [0.5, 0.25]])  # tosa.matmul's [in, out] operand
for name, inputs, outputs in (("fc1", x, x @ w1.T), ("fc2", y, y @ w2)):
    rec = layers[name]
    ok = (rec["samples"] == len(inputs)
          and np.allclose(rec["gram"], inputs.T @ inputs, rtol=1e-6)
          and np.allclose(rec["sum"], inputs.sum(0), rtol=1e-6)
          and np.allclose(rec["sum_squares"], (inputs ** 2).sum(0), rtol=1e-6)
          and np.allclose(rec["mean"], outputs.mean(0), rtol=1e-5, atol=1e-6)
          and np.allclose(rec["max"], outputs.max(0), rtol=1e-5))
    print("%s: samples %d, %s" % (name, rec["samples"], "matches numpy" if ok else "MISMATCH"))
