"""Writes the layers of format-auto-batch.test, one function each (split by
`// -----`): a 256x256 weight 90% sparse in 4x4 blocks and one 90% sparse
unstructured, each on a batch of 64 and of 8, and a 3x3 64->64 convolution
filter 90% sparse on an 8x8 image (64 columns). Deterministic (seed 0).

Usage: python3 batch_layers.py > layers.mlir
"""
import numpy as np

rng = np.random.default_rng(0)


def blocks(rows, cols, sparsity):
    keep = rng.random((rows // 4, cols // 4)) >= sparsity
    return rng.standard_normal((rows, cols)) * np.kron(keep, np.ones((4, 4)))


def unstructured(shape, sparsity):
    return rng.standard_normal(shape) * (rng.random(shape) >= sparsity)


def literal(w):
    if w.ndim == 1:
        return "[" + ", ".join("%.3f" % v for v in w) + "]"
    return "[" + ", ".join(literal(r) for r in w) + "]"


def matmul(name, w, batch):
    k, n = w.shape
    return f"""func.func @{name}(%x: tensor<{batch}x{k}xf32>) -> tensor<{batch}x{n}xf32> {{
  %w = arith.constant dense<{literal(w)}> : tensor<{k}x{n}xf32>
  %init = arith.constant dense<0.0> : tensor<{batch}x{n}xf32>
  %y = linalg.matmul ins(%x, %w : tensor<{batch}x{k}xf32>, tensor<{k}x{n}xf32>)
                     outs(%init : tensor<{batch}x{n}xf32>) -> tensor<{batch}x{n}xf32>
  return %y : tensor<{batch}x{n}xf32>
}}
"""


def conv(name, w):
    f, kh, kw, c = w.shape
    return f"""func.func @{name}(%x: tensor<1x10x10x{c}xf32>) -> tensor<1x8x8x{f}xf32> {{
  %w = arith.constant dense<{literal(w)}> : tensor<{f}x{kh}x{kw}x{c}xf32>
  %init = arith.constant dense<0.0> : tensor<1x8x8x{f}xf32>
  %y = linalg.conv_2d_nhwc_fhwc ins(%x, %w : tensor<1x10x10x{c}xf32>, tensor<{f}x{kh}x{kw}x{c}xf32>)
                     outs(%init : tensor<1x8x8x{f}xf32>) -> tensor<1x8x8x{f}xf32>
  return %y : tensor<1x8x8x{f}xf32>
}}
"""


block_weight = blocks(256, 256, 0.9)
scattered = unstructured((256, 256), 0.9)
print("\n// -----\n\n".join([
    matmul("blocks_batch64", block_weight, 64),
    matmul("blocks_batch8", block_weight, 8),
    matmul("unstructured_batch64", scattered, 64),
    matmul("unstructured_batch8", scattered, 8),
    conv("filter_positions64", unstructured((64, 3, 3, 64), 0.9)),
]))
