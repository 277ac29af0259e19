"""Prints, per layer of a statistics file, whether it holds X^T R and how far it is
from X^T X (equal when the model is its own reference).

Usage: check_reference_stats.py STATS
"""
import sys

import numpy as np

from mlir_prune.stats import read_stats

for name, rec in sorted(read_stats(sys.argv[1]).items()):
    if "cross" not in rec:
        print("%s: samples %d, no reference" % (name, rec["samples"]))
        continue
    diff = np.abs(rec["cross"] - rec["gram"]).max()
    print("%s: samples %d, cross %s gram (max difference %g)"
          % (name, rec["samples"], "==" if diff == 0 else "!=", diff))
