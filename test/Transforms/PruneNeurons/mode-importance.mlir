// mode=importance removes round(ratio * n) neurons per layer (scope=layer) or
// over all layers (scope=global) with the smallest norm (norm=l1|l2, default
// l2) of their incoming weights. The model: x -> A (2 -> 4, ReLU) -> B (4 -> 4,
// ReLU) -> C (4 -> 1). Incoming-weight norms (columns of the [1, in, out]
// weights): A: l2 [5, 1.1, 0.85, 2.83], l1 [7, 1.1, 1.2, 4];
// B: l2 [0.2, 0.3, 3, 4].

// RUN: prune-opt %s --prune-neurons="mode=importance ratio=0.25" | FileCheck %s --check-prefix=L2
// RUN: prune-opt %s --prune-neurons="mode=importance ratio=0.25 norm=l2 scope=layer" | FileCheck %s --check-prefix=L2
// RUN: prune-opt %s --prune-neurons="mode=importance ratio=0.25 norm=l1" | FileCheck %s --check-prefix=L1
// RUN: prune-opt %s --prune-neurons="mode=importance ratio=0.25 scope=global" | FileCheck %s --check-prefix=GLOBAL
// RUN: prune-opt %s --prune-neurons="mode=importance ratio=0.0" | FileCheck %s --check-prefix=NONE
// RUN: prune-opt %s --prune-neurons="mode=importance ratio=0.99" | FileCheck %s --check-prefix=MOST

// l2, per layer: A loses neuron 2 (0.85), B neuron 0 (0.2).
// L2-LABEL: func.func @mlp
// L2-DAG:     "tosa.const"() <{values = dense<{{\[}}{{\[}}[3.000000e+00, 1.100000e+00, 2.000000e+00], [4.000000e+00, 0.000000e+00, 2.000000e+00]]]> : tensor<1x2x3xf32>}>
// L2-DAG:     "tosa.const"() <{values = dense<{{\[}}{{\[}}[1.000000e+00, 2.000000e+00, 4.000000e+00]]]> : tensor<1x1x3xf32>}>
// L2-DAG:     "tosa.const"() <{values = dense<{{\[}}{{\[}}[1.500000e-01, 1.500000e+00, 2.000000e+00], [1.500000e-01, 1.500000e+00, 2.000000e+00], [1.500000e-01, 1.500000e+00, 2.000000e+00]]]> : tensor<1x3x3xf32>}>
// L2-DAG:     "tosa.const"() <{values = dense<{{\[}}{{\[}}[2.000000e+00], [3.000000e+00], [4.000000e+00]]]> : tensor<1x3x1xf32>}>
// L2:         return {{.*}} : tensor<1x?x1xf32>

// l1, per layer: A loses neuron 1 (1.1 < 1.2) instead.
// L1-LABEL: func.func @mlp
// L1-DAG:     "tosa.const"() <{values = dense<{{\[}}{{\[}}[3.000000e+00, 6.000000e-01, 2.000000e+00], [4.000000e+00, 6.000000e-01, 2.000000e+00]]]> : tensor<1x2x3xf32>}>
// L1-DAG:     tensor<1x3x3xf32>

// global: the 2 smallest of all 8 norms are both in B.
// GLOBAL-LABEL: func.func @mlp
// GLOBAL-DAG:     tensor<1x2x4xf32>
// GLOBAL-DAG:     "tosa.const"() <{values = dense<{{\[}}{{\[}}[1.500000e+00, 2.000000e+00], [1.500000e+00, 2.000000e+00], [1.500000e+00, 2.000000e+00], [1.500000e+00, 2.000000e+00]]]> : tensor<1x4x2xf32>}>
// GLOBAL-DAG:     "tosa.const"() <{values = dense<{{\[}}{{\[}}[3.000000e+00], [4.000000e+00]]]> : tensor<1x2x1xf32>}>

// ratio=0 removes nothing.
// NONE-LABEL: func.func @mlp
// NONE-DAG:     tensor<1x2x4xf32>
// NONE-DAG:     tensor<1x4x4xf32>
// NONE-DAG:     tensor<1x4x1xf32>

// No layer is emptied: round(0.99 * 4) = 4, capped at 3.
// MOST-LABEL: func.func @mlp
// MOST-DAG:     "tosa.const"() <{values = dense<{{\[}}{{\[}}[3.000000e+00], [4.000000e+00]]]> : tensor<1x2x1xf32>}>
// MOST-DAG:     "tosa.const"() <{values = dense<2.000000e+00> : tensor<1x1x1xf32>}>
// MOST-DAG:     tensor<1x1x1xf32>
// MOST:         tosa.matmul {{.*}} -> tensor<1x?x1xf32>
// MOST:         tosa.matmul {{.*}} -> tensor<1x?x1xf32>
// MOST:         tosa.matmul {{.*}} -> tensor<1x?x1xf32>
func.func @mlp(%x: tensor<1x?x2xf32>) -> tensor<1x?x1xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %wa = "tosa.const"() <{values = dense<[[[3.0, 1.1, 0.6, 2.0], [4.0, 0.0, 0.6, 2.0]]]> : tensor<1x2x4xf32>}> : () -> tensor<1x2x4xf32>
  %ba = "tosa.const"() <{values = dense<[[[1.0, 2.0, 3.0, 4.0]]]> : tensor<1x1x4xf32>}> : () -> tensor<1x1x4xf32>
  %wb = "tosa.const"() <{values = dense<[[[0.1, 0.15, 1.5, 2.0], [0.1, 0.15, 1.5, 2.0], [0.1, 0.15, 1.5, 2.0], [0.1, 0.15, 1.5, 2.0]]]> : tensor<1x4x4xf32>}> : () -> tensor<1x4x4xf32>
  %wc = "tosa.const"() <{values = dense<[[[1.0], [2.0], [3.0], [4.0]]]> : tensor<1x4x1xf32>}> : () -> tensor<1x4x1xf32>
  %a = tosa.matmul %x, %wa, %zp, %zp : (tensor<1x?x2xf32>, tensor<1x2x4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x4xf32>
  %ab = tosa.add %a, %ba : (tensor<1x?x4xf32>, tensor<1x1x4xf32>) -> tensor<1x?x4xf32>
  %ar = tosa.clamp %ab {min_val = 0.0 : f32, max_val = 3.4e38 : f32} : (tensor<1x?x4xf32>) -> tensor<1x?x4xf32>
  %b = tosa.matmul %ar, %wb, %zp, %zp : (tensor<1x?x4xf32>, tensor<1x4x4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x4xf32>
  %br = tosa.clamp %b {min_val = 0.0 : f32, max_val = 3.4e38 : f32} : (tensor<1x?x4xf32>) -> tensor<1x?x4xf32>
  %c = tosa.matmul %br, %wc, %zp, %zp : (tensor<1x?x4xf32>, tensor<1x4x1xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x1xf32>
  return %c : tensor<1x?x1xf32>
}
