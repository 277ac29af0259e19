// A layers= selection that matches no layer is almost always a typo or a
// stale name: the pass warns, naming the expression and the layers there
// are, and changes nothing. prune-neurons does the same.

// RUN: prune-opt %s --prune-weights="sparsity=0.5 layers=fc9" 2>&1 | FileCheck %s
// RUN: prune-opt %s --prune-neurons="mode=importance ratio=0.5 layers=fc9" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NEURONS

// CHECK: warning: prune-weights: layers='fc9' matches no layer, so the pass changes nothing; the layers are: fc1, fc2
// CHECK-LABEL: func.func @mlp
// CHECK:       arith.constant dense<{{\[\[}}1.000000e+00, -4.000000e+00], [5.000000e-01, 3.000000e+00]]>
// NEURONS: warning: prune-neurons: layers='fc9' matches no layer, so the pass changes nothing; the layers are: fc1, fc2
func.func @mlp(%x: tensor<1x2xf32>, %init: tensor<1x2xf32>) -> tensor<1x2xf32> {
  %w = arith.constant dense<[[1.0, -4.0], [0.5, 3.0]]> : tensor<2x2xf32>
  %h = linalg.matmul ins(%x, %w : tensor<1x2xf32>, tensor<2x2xf32>) outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32> loc("fc1")
  %v = arith.constant dense<[[2.0, 1.0], [0.5, -3.0]]> : tensor<2x2xf32>
  %y = linalg.matmul ins(%h, %v : tensor<1x2xf32>, tensor<2x2xf32>) outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32> loc("fc2")
  return %y : tensor<1x2xf32>
}
