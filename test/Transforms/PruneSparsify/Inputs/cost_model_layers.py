"""Writes the layers of cost-model.test and threads.test, one function each
(split by `// -----`): a 64x64 matrix-vector product 75% sparse (16 KiB), a
1536x1024 one 85% sparse (6 MiB, between the avx512 rates' cached 4 MiB and
streamed 64 MiB), and a 64x64 one 85% sparse, written as hex literals as
converters write large weights. Deterministic (seed 0).

Usage: python3 cost_model_layers.py > layers.mlir
"""
import numpy as np

rng = np.random.default_rng(0)


def unstructured(shape, sparsity):
    w = rng.standard_normal(shape).astype(np.float32)
    return w * (rng.random(shape) >= sparsity)


def matvec(name, w):
    n, k = w.shape
    data = "0x" + w.astype("<f4").tobytes().hex().upper()
    return f"""func.func @{name}(%x: tensor<{k}xf32>) -> tensor<{n}xf32> {{
  %w = arith.constant dense<"{data}"> : tensor<{n}x{k}xf32>
  %init = arith.constant dense<0.0> : tensor<{n}xf32>
  %y = linalg.matvec ins(%w, %x : tensor<{n}x{k}xf32>, tensor<{k}xf32>)
                     outs(%init : tensor<{n}xf32>) -> tensor<{n}xf32>
  return %y : tensor<{n}xf32>
}}
"""


print("\n// -----\n\n".join([
    matvec("small", unstructured((64, 64), 0.75)),
    matvec("six_mib", unstructured((1536, 1024), 0.85)),
    matvec("small_85", unstructured((64, 64), 0.85)),
]))
