"""Writes the score files of mode-importance-scores.mlir into argv[1]."""

import os
import sys

import numpy as np

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
good = {
    # Against the incoming-weight norms: A's l2 norms are [5, 1.1, 0.85,
    # 2.83] (neuron 2 lowest), B's [0.2, 0.3, 3, 4] (neuron 0 lowest).
    "A": np.array([0.1, 5.0, 4.0, 3.0], np.float32),
    "B": np.array([4.0, 3.0, 0.5, 1.0], np.float64),
    # Coupled layers RA and RB: the sums [4, 5, 2] rank the shared neurons.
    "RA": np.array([1.0, 5.0, 1.0], np.float32),
    "RB": np.array([3.0, 0.0, 1.0], np.float32),
}
np.savez(os.path.join(out, "good.npz"), **good)
np.savez(os.path.join(out, "extra.npz"), **good, Z=np.ones(3, np.float32))
missing = dict(good)
del missing["RB"]
np.savez(os.path.join(out, "missing.npz"), **missing)
np.savez(os.path.join(out, "length.npz"),
         **dict(good, A=np.ones(3, np.float32), B=np.ones((4, 1), np.float32)))
np.savez(os.path.join(out, "nan.npz"),
         **dict(good, B=np.array([1.0, np.nan, 1.0, 1.0], np.float32)))
np.savez(os.path.join(out, "negative.npz"),
         **dict(good, RA=np.array([1.0, -2.0, 1.0], np.float32)))
