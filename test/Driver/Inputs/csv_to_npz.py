"""CSV split (features..., label) -> .npz with the features as `arg0` (f32) and `labels`."""
import sys

import numpy as np

data = np.loadtxt(sys.argv[1], delimiter=",", comments="#")
np.savez(sys.argv[2], arg0=data[:, :-1].astype(np.float32), labels=data[:, -1].astype(np.int64))
