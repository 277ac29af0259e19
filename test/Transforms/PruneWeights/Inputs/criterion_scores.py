"""Writes the score files of criterion-scores.mlir into the directory argv[1].

Layers of the test model (criterion-scores.mlir):
  fc    linalg.matmul, weight [in=2, out=3]: framework layout [3, 2]
  conv  tosa.conv2d, weight OHWI [2, 1, 2, 2]: framework OIHW [2, 2, 1, 2]
  sq    linalg.matmul, weight [2, 2]: both layouts [2, 2], transposed
"""

import os
import sys

import numpy as np

out = sys.argv[1]
os.makedirs(out, exist_ok=True)

# fc: magnitudes are 1..6 in order; the scores rank them the other way.
fc_ir = np.array([[6, 5, 4], [3, 2, 1]], np.float32)
fc_framework = fc_ir.T.copy()
# conv: OIHW scores, lowest at (o=1, i=1, w=1) then (o=1, i=1, w=0): in the
# OHWI constant these are elements [1, 0, 1, 1] and [1, 0, 0, 1].
conv_oihw = np.array([8, 7, 6, 5, 4, 3, 2, 1], np.float64).reshape(2, 2, 1, 2)
conv_ohwi = conv_oihw.transpose(0, 2, 3, 1).copy()
# sq: IR scores put 1 on [1, 0]; framework scores (transposed) put 9 there
# and 1 on [0, 1], a weight that is already zero.
sq = np.array([[5, 1], [9, 3]], np.float32)

np.savez(os.path.join(out, "ir.npz"), fc=fc_ir, conv=conv_ohwi, sq=sq)
np.savez(os.path.join(out, "framework.npz"), fc=fc_framework, conv=conv_oihw,
         sq=sq)
np.savez_compressed(os.path.join(out, "compressed.npz"), fc=fc_framework,
                    conv=conv_oihw, sq=sq)
# Without the square layer, for runs that do not say scores-layout=.
np.savez(os.path.join(out, "no-sq.npz"), fc=fc_framework, conv=conv_oihw)
np.savez(os.path.join(out, "extra-key.npz"), fc=fc_framework, conv=conv_oihw,
         sq=sq, fc9=sq)

# Errors.
np.savez(os.path.join(out, "missing.npz"), fc=fc_framework, sq=sq)
np.savez(os.path.join(out, "shape.npz"), fc=np.ones((2, 2), np.float32),
         conv=conv_oihw, sq=sq)
nan = fc_framework.copy()
nan[1, 0] = np.nan
np.savez(os.path.join(out, "nan.npz"), fc=nan, conv=conv_oihw, sq=sq)
inf = conv_oihw.copy()
inf[0, 0, 0, 1] = np.inf
np.savez(os.path.join(out, "inf.npz"), fc=fc_framework, conv=inf, sq=sq)
negative = fc_framework.copy()
negative[2, 1] = -0.5
np.savez(os.path.join(out, "negative.npz"), fc=negative, conv=conv_oihw, sq=sq)
np.savez(os.path.join(out, "bool.npz"), fc=fc_framework > 2, conv=conv_oihw,
         sq=sq)
np.save(os.path.join(out, "single.npy"), fc_framework)
with open(os.path.join(out, "garbage.npz"), "wb") as f:
    f.write(b"not a zip archive")
