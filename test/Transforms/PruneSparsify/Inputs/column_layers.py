"""Writes the module of columns.test: dense_resource weights read by
linalg.matmul at many rows ("columns" of the cost model: a transformer's
tokens times its batch). A 512 -> 128 weight 90% sparse (the shape of
nn.TransformerEncoder's second MLP layer at dim 128) at 64 and at 2048
rows, and a 512 -> 512 weight 98% sparse at 256 rows. Deterministic (seed
0).

Usage: python3 column_layers.py > layers.mlir
"""
import numpy as np

rng = np.random.default_rng(0)


def unstructured(shape, sparsity):
    w = rng.standard_normal(shape).astype(np.float32)
    return w * (rng.random(shape) >= sparsity)


def matmul(name, blob, k, n, rows):
    return f"""func.func @{name}(%x: tensor<{rows}x{k}xf32>) -> tensor<{rows}x{n}xf32> {{
  %w = arith.constant dense_resource<{blob}> : tensor<{k}x{n}xf32>
  %init = arith.constant dense<0.0> : tensor<{rows}x{n}xf32>
  %y = linalg.matmul ins(%x, %w : tensor<{rows}x{k}xf32>, tensor<{k}x{n}xf32>)
                     outs(%init : tensor<{rows}x{n}xf32>) -> tensor<{rows}x{n}xf32>
  return %y : tensor<{rows}x{n}xf32>
}}
"""


blobs = {"narrow64": unstructured((512, 128), 0.9), "narrow2048": unstructured((512, 128), 0.9),
         "square256": unstructured((512, 512), 0.98)}
print("\n".join([
    matmul("tokens64", "narrow64", 512, 128, 64),
    matmul("tokens2048", "narrow2048", 512, 128, 2048),
    matmul("square_256", "square256", 512, 512, 256),
]))
# A blob's hex starts with its alignment (4, little-endian).
print("{-#\n  dialect_resources: {\n    builtin: {\n%s\n    }\n  }\n#-}" % ",\n".join(
    '      %s: "0x04000000%s"' % (name, w.astype("<f4").tobytes().hex().upper())
    for name, w in blobs.items()))
