"""Prints, per layer of a statistics file, whether it holds X^T R and how far it is
from X^T X (equal when the model is its own reference).

Usage: check_reference_stats.py STATS
"""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..",
                                "scripts"))
from prune_stats import read_stats  # noqa: E402

for name, rec in sorted(read_stats(sys.argv[1]).items()):
    if "cross" not in rec:
        print("%s: samples %d, no reference" % (name, rec["samples"]))
        continue
    diff = np.abs(rec["cross"] - rec["gram"]).max()
    print("%s: samples %d, cross %s gram (max difference %g)"
          % (name, rec["samples"], "==" if diff == 0 else "!=", diff))
