// prune-fuse-elementwise does not move reshapes through contractions:
// upstream's fold-by-expansion would give the matmul prune-conv-to-matmul
// makes of a convolution ([N*OH*OW, KH*KW*C] windows) back the convolution's
// seven loops, which prune-vectorize-dense tiles one element deep.
// Elementwise ops still take reshapes through them.
// RUN: prune-opt %s --split-input-file --prune-fuse-elementwise | FileCheck %s

// CHECK-LABEL: func.func @windows_matmul
// CHECK:         %[[M:.*]] = tensor.collapse_shape %arg0 {{\[}}[0, 1, 2], [3, 4, 5]] : tensor<1x4x4x3x3x2xf32> into tensor<16x18xf32>
// CHECK:         %[[P:.*]] = linalg.matmul ins(%[[M]], %arg1 : tensor<16x18xf32>, tensor<18x8xf32>)
// CHECK:         tensor.expand_shape %[[P]]
func.func @windows_matmul(%w: tensor<1x4x4x3x3x2xf32>, %f: tensor<18x8xf32>, %y: tensor<16x8xf32>) -> tensor<1x4x4x8xf32> {
  %m = tensor.collapse_shape %w [[0, 1, 2], [3, 4, 5]] : tensor<1x4x4x3x3x2xf32> into tensor<16x18xf32>
  %p = linalg.matmul ins(%m, %f : tensor<16x18xf32>, tensor<18x8xf32>) outs(%y : tensor<16x8xf32>) -> tensor<16x8xf32>
  %e = tensor.expand_shape %p [[0, 1, 2], [3]] output_shape [1, 4, 4, 8] : tensor<16x8xf32> into tensor<1x4x4x8xf32>
  return %e : tensor<1x4x4x8xf32>
}

// -----

#id4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
// The same reshape into an elementwise op is folded (the op is expanded).
// CHECK-LABEL: func.func @reshape_into_elementwise
// CHECK-NOT:     tensor.collapse_shape
// CHECK:         linalg.generic {{.*}} ins(%arg0 : tensor<1x4x4x3x3x2xf32>)
func.func @reshape_into_elementwise(%w: tensor<1x4x4x3x3x2xf32>) -> tensor<16x18xf32> {
  %m = tensor.collapse_shape %w [[0, 1, 2], [3, 4, 5]] : tensor<1x4x4x3x3x2xf32> into tensor<16x18xf32>
  %e = tensor.empty() : tensor<16x18xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i, j)>], iterator_types = ["parallel", "parallel"]}
      ins(%m : tensor<16x18xf32>) outs(%e : tensor<16x18xf32>) {
  ^bb0(%in: f32, %out: f32):
    %n = arith.negf %in : f32
    linalg.yield %n : f32
  } -> tensor<16x18xf32>
  return %r : tensor<16x18xf32>
}
