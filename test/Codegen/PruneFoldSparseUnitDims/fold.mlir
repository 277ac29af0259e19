// RUN: prune-opt %s --split-input-file --prune-fold-sparse-unit-dims | FileCheck %s

// A batch-1 layer after prune-sparsify: the batch loop of size 1 goes, so
// the weight's rows are the kernel's outermost loop.
#CSR = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : dense, d1 : compressed) }>
// CHECK-DAG: #[[X:.*]] = affine_map<(d0, d1) -> (d1)>
// CHECK-DAG: #[[W:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[Y:.*]] = affine_map<(d0, d1) -> (d0)>
// CHECK-LABEL: func.func @batch_one
// CHECK-SAME:    %[[WARG:.*]]: tensor<32x64xf32, #sparse>, %[[XARG:.*]]: tensor<1x64xf32>
// CHECK:         %[[XC:.*]] = tensor.collapse_shape %[[XARG]] {{\[}}[0, 1]] : tensor<1x64xf32> into tensor<64xf32>
// CHECK:         %[[R:.*]] = linalg.generic {indexing_maps = [#[[X]], #[[W]], #[[Y]]], iterator_types = ["parallel", "reduction"]}
// CHECK-SAME:      ins(%[[XC]], %[[WARG]] : tensor<64xf32>, tensor<32x64xf32, #sparse>)
// CHECK:         tensor.expand_shape %[[R]] {{\[}}[0, 1]] output_shape [1, 32] : tensor<32xf32> into tensor<1x32xf32>
func.func @batch_one(%W: tensor<32x64xf32, #CSR>, %x: tensor<1x64xf32>,
                     %y: tensor<1x32xf32>) -> tensor<1x32xf32> {
  %r = linalg.generic {
      indexing_maps = [affine_map<(b, i, j) -> (b, j)>,
                       affine_map<(b, i, j) -> (i, j)>,
                       affine_map<(b, i, j) -> (b, i)>],
      iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%x, %W : tensor<1x64xf32>, tensor<32x64xf32, #CSR>)
      outs(%y : tensor<1x32xf32>) {
  ^bb0(%a: f32, %w: f32, %o: f32):
    %m = arith.mulf %a, %w : f32
    %s = arith.addf %o, %m : f32
    linalg.yield %s : f32
  } -> tensor<1x32xf32>
  return %r : tensor<1x32xf32>
}

// -----

// A unit loop that indexes the sparse operand stays (a sparse tensor is not
// reshaped); the dense batch of one still goes. Named ops are generalized.
#CSR = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : dense, d1 : compressed) }>
// CHECK-LABEL: func.func @sparse_unit
// CHECK:         linalg.generic
// CHECK-SAME:      iterator_types = ["parallel", "reduction"]
// CHECK-SAME:      ins(%{{.*}}, %{{.*}} : tensor<64xf32>, tensor<64x1xf32, #sparse>)
// CHECK-SAME:      outs(%{{.*}} : tensor<1xf32>)
func.func @sparse_unit(%x: tensor<1x64xf32>, %W: tensor<64x1xf32, #CSR>,
                       %y: tensor<1x1xf32>) -> tensor<1x1xf32> {
  %r = linalg.matmul ins(%x, %W : tensor<1x64xf32>, tensor<64x1xf32, #CSR>)
                     outs(%y : tensor<1x1xf32>) -> tensor<1x1xf32>
  return %r : tensor<1x1xf32>
}

// -----

// Dense ops are left alone.
// CHECK-LABEL: func.func @dense
// CHECK:         linalg.matmul ins(%{{.*}}, %{{.*}} : tensor<1x64xf32>, tensor<64x32xf32>)
func.func @dense(%x: tensor<1x64xf32>, %W: tensor<64x32xf32>,
                 %y: tensor<1x32xf32>) -> tensor<1x32xf32> {
  %r = linalg.matmul ins(%x, %W : tensor<1x64xf32>, tensor<64x32xf32>)
                     outs(%y : tensor<1x32xf32>) -> tensor<1x32xf32>
  return %r : tensor<1x32xf32>
}
