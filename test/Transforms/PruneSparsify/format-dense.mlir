// prune-sparsify{format=dense}: nothing changes; every layer is reported dense.
// RUN: prune-opt %s --prune-sparsify="format=dense" \
// RUN:   --remarks-filter=prune-sparsify -verify-diagnostics | FileCheck %s

// CHECK-LABEL: func.func @sparse_weight
// CHECK: arith.constant dense<{{\[}}[1.000000e+00, 0.000000e+00, 0.000000e+00], [0.000000e+00, 0.000000e+00, 0.000000e+00]{{.*}} : tensor<4x3xf32>
// CHECK: linalg.matmul
// CHECK-NOT: sparse_tensor
func.func @sparse_weight(%x: tensor<2x4xf32>) -> tensor<2x3xf32> {
  %w = arith.constant dense<[[1.0, 0.0, 0.0], [0.0, 0.0, 0.0],
                             [0.0, 0.0, 0.0], [0.0, 0.0, 2.0]]> : tensor<4x3xf32>
  %init = arith.constant dense<0.0> : tensor<2x3xf32>
  // expected-remark @below {{layer 'sparse_weight#0' left dense: format=dense requested (83.3% sparse)}}
  %y = linalg.matmul ins(%x, %w : tensor<2x4xf32>, tensor<4x3xf32>)
                     outs(%init : tensor<2x3xf32>) -> tensor<2x3xf32>
  return %y : tensor<2x3xf32>
}
