"""mlir_prune.ort feeds a model of several inputs one array each, in order,
integer arrays as int64: checks ONNX Runtime's output on two_inputs (y = x @ W
+ mask) against numpy, and that a wrong number of arrays is an error naming
the model's inputs."""
import sys

import numpy as np
import onnx
from onnx import numpy_helper

from mlir_prune import ort

path = sys.argv[1]
w = numpy_helper.to_array(onnx.load(path).graph.initializer[0])
rng = np.random.default_rng(3)
x = rng.standard_normal((5, 4)).astype(np.float32)
mask = rng.integers(-3, 3, (5, 3))
got = ort.run(path, [x, mask])
print("max abs err vs numpy: %.1e" % np.abs(got - (x @ w + mask)).max())
try:
    ort.run(path, x)
except RuntimeError as e:
    print(str(e).strip().splitlines()[-1])
