// The stock mlir-opt-22 runs prune-weights from PrunePlugin.so.
// RUN: mlir-opt %s --load-pass-plugin=%prune_lib/PrunePlugin.so \
// RUN:   --load-dialect-plugin=%prune_lib/PrunePlugin.so \
// RUN:   --pass-pipeline="builtin.module(prune-weights{sparsity=0.5})" | FileCheck %s

// CHECK-LABEL: func.func @fc
// CHECK: arith.constant dense<{{\[}}[0.000000e+00, -4.000000e+00], [0.000000e+00, 3.000000e+00]]> : tensor<2x2xf32>
func.func @fc(%x: tensor<1x2xf32>) -> tensor<1x2xf32> {
  %w = arith.constant dense<[[1.0, -4.0], [0.5, 3.0]]> : tensor<2x2xf32>
  %init = arith.constant dense<0.0> : tensor<1x2xf32>
  %y = linalg.matmul ins(%x, %w : tensor<1x2xf32>, tensor<2x2xf32>)
                     outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32>
  return %y : tensor<1x2xf32>
}
