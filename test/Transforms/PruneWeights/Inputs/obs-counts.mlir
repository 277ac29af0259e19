// Two layers for the exact counts of method-obs.mlir and allocation-owl.mlir:
// 'wide', a 4x8 (output, input) view, and 'square', 4x4.
func.func @counts(%x: tensor<1x8xf32>) -> tensor<1x4xf32> {
  %w = arith.constant dense<[[2.04, -2.56, 0.42, -0.57], [-0.45, -0.22, -2.02, -0.23], [-0.87, 3.32, 0.23, -0.35], [-0.28, -0.67, -1.06, -0.39], [0.48, -0.24, 0.96, -0.2], [0.02, 1.55, 0.55, -0.51], [-0.18, 0.54, 1.94, -0.27], [-0.24, 1.0, -0.89, -0.29]]> : tensor<8x4xf32>
  %init = arith.constant dense<0.0> : tensor<1x4xf32>
  %h = linalg.matmul ins(%x, %w : tensor<1x8xf32>, tensor<8x4xf32>) outs(%init : tensor<1x4xf32>) -> tensor<1x4xf32> loc("wide")
  %v = arith.constant dense<[[0.88, 0.58, 0.09, 0.67], [-2.83, 1.02, -0.96, -1.67], [0.28, 0.7, -0.44, -1.08], [0.03, -0.05, 1.41, 0.75]]> : tensor<4x4xf32>
  %y = linalg.matmul ins(%h, %v : tensor<1x4xf32>, tensor<4x4xf32>) outs(%init : tensor<1x4xf32>) -> tensor<1x4xf32> loc("square")
  return %y : tensor<1x4xf32>
}
