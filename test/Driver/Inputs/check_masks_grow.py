"""Whether every weight that is zero in the first model is zero in the second.

  check_masks_grow.py FIRST.mlir SECOND.mlir
"""
import sys

import numpy as np

from model_weights import weights

first, second = weights(sys.argv[1]), weights(sys.argv[2])
grows = len(first) == len(second) > 0 and all(
    a.shape == b.shape and np.all(b[a == 0] == 0) for a, b in zip(first, second))
more = sum(int((b == 0).sum()) for b in second) > sum(int((a == 0).sum()) for a in first)
print("masks grow:", grows and more)
