"""Writes the module of cost-model.test and threads.test: matrix-vector
products of 64x64 weights 75% and 84% sparse (16 KiB, hex literals), a
1024x512 weight 85% sparse (2 MiB) read by a matmul of one row, and a
1024x1536 one 90% sparse (6 MiB) read by a matmul of 8 rows, both
dense_resource blobs, as converters write large weights. Deterministic
(seed 0).

With --columns, the module of columns.test instead: dense_resource weights
read by linalg.matmul at many rows ("columns" of the cost model: a
transformer's tokens times its batch): a 512 -> 128 weight 90% sparse (the
shape of nn.TransformerEncoder's second MLP layer at dim 128) at 64 and at
2048 rows, the same 75% sparse at 64 rows, a 512 -> 512 weight 98%
sparse at 256 rows, and the 512 -> 128 weight 70% sparse at 2048 rows.

Usage: python3 cost_model_layers.py [--columns] > layers.mlir
"""
import sys

import numpy as np

rng = np.random.default_rng(0)


def unstructured(shape, sparsity):
    w = rng.standard_normal(shape).astype(np.float32)
    return w * (rng.random(shape) >= sparsity)


def hex_literal(w):
    return "0x" + w.astype("<f4").tobytes().hex().upper()


def matvec(name, w):
    n, k = w.shape
    return f"""func.func @{name}(%x: tensor<{k}xf32>) -> tensor<{n}xf32> {{
  %w = arith.constant dense<"{hex_literal(w)}"> : tensor<{n}x{k}xf32>
  %init = arith.constant dense<0.0> : tensor<{n}xf32>
  %y = linalg.matvec ins(%w, %x : tensor<{n}x{k}xf32>, tensor<{k}xf32>)
                     outs(%init : tensor<{n}xf32>) -> tensor<{n}xf32>
  return %y : tensor<{n}xf32>
}}
"""


def matmul(name, blob, k, n, rows):
    return f"""func.func @{name}(%x: tensor<{rows}x{k}xf32>) -> tensor<{rows}x{n}xf32> {{
  %w = arith.constant dense_resource<{blob}> : tensor<{k}x{n}xf32>
  %init = arith.constant dense<0.0> : tensor<{rows}x{n}xf32>
  %y = linalg.matmul ins(%x, %w : tensor<{rows}x{k}xf32>, tensor<{k}x{n}xf32>)
                     outs(%init : tensor<{rows}x{n}xf32>) -> tensor<{rows}x{n}xf32>
  return %y : tensor<{rows}x{n}xf32>
}}
"""


def print_module(functions, blobs):
    print("\n".join(functions))
    # A blob's hex starts with its alignment (4, little-endian).
    print("{-#\n  dialect_resources: {\n    builtin: {\n%s\n    }\n  }\n#-}" % ",\n".join(
        '      %s: "0x04000000%s"' % (name, hex_literal(w)[2:]) for name, w in blobs.items()))


if "--columns" in sys.argv[1:]:
    blobs = {"narrow64": unstructured((512, 128), 0.9),
             "narrow64_75": unstructured((512, 128), 0.75),
             "narrow2048": unstructured((512, 128), 0.9),
             "square256": unstructured((512, 512), 0.98),
             "narrow2048_70": unstructured((512, 128), 0.7)}
    print_module([matmul("tokens64", "narrow64", 512, 128, 64),
                  matmul("tokens64_75", "narrow64_75", 512, 128, 64),
                  matmul("tokens2048", "narrow2048", 512, 128, 2048),
                  matmul("square_256", "square256", 512, 512, 256),
                  matmul("tokens2048_70", "narrow2048_70", 512, 128, 2048)], blobs)
else:
    blobs = {"w2": unstructured((1024, 512), 0.85), "w6": unstructured((1024, 1536), 0.9)}
    print_module([matvec("small", unstructured((64, 64), 0.75)),
                  matvec("small_85", unstructured((64, 64), 0.85)),
                  matmul("two_mib", "w2", 1024, 512, 1),
                  matmul("six_mib_batch8", "w6", 1024, 1536, 8)], blobs)
