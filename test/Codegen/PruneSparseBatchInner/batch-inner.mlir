// RUN: prune-opt %s --split-input-file --prune-sparse-batch-inner | FileCheck %s

// A pruned layer at batch 64 (prune-sparsify's generic): rewritten on
// transposed activations with loops (rows, k, batch), so the batch is the
// innermost, contiguous loop of the sparse kernel.
#CSR = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : dense, d1 : compressed) }>
// CHECK-DAG: #[[MW:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1)>
// CHECK-DAG: #[[MXT:.*]] = affine_map<(d0, d1, d2, d3) -> (d1, d2, d3)>
// CHECK-DAG: #[[MYT:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d2, d3)>
// CHECK-LABEL: func.func @batch
// CHECK-SAME:    %[[X:.*]]: tensor<1x64x32xf32>, %[[WA:.*]]: tensor<16x32xf32, #sparse>, %[[Y:.*]]: tensor<1x64x16xf32>
// CHECK:         %[[XT:.*]] = linalg.transpose ins(%[[X]] : tensor<1x64x32xf32>) outs(%{{.*}} : tensor<32x1x64xf32>) permutation = [2, 0, 1]
// CHECK:         %[[YT:.*]] = linalg.transpose ins(%[[Y]] : tensor<1x64x16xf32>) outs(%{{.*}} : tensor<16x1x64xf32>) permutation = [2, 0, 1]
// CHECK:         %[[R:.*]] = linalg.generic {indexing_maps = [#[[MXT]], #[[MW]], #[[MYT]]], iterator_types = ["parallel", "reduction", "parallel", "parallel"]}
// CHECK-SAME:      ins(%[[XT]], %[[WA]] : tensor<32x1x64xf32>, tensor<16x32xf32, #sparse>) outs(%[[YT]] : tensor<16x1x64xf32>)
// CHECK-SAME:      attrs ={{ +}}{prune.layer = "fc1"}
// CHECK:           arith.mulf
// CHECK:         linalg.transpose ins(%[[R]] : tensor<16x1x64xf32>) outs(%{{.*}} : tensor<1x64x16xf32>) permutation = [1, 2, 0]
func.func @batch(%x: tensor<1x64x32xf32>, %W: tensor<16x32xf32, #CSR>,
                 %y: tensor<1x64x16xf32>) -> tensor<1x64x16xf32> {
  %r = linalg.generic {
      indexing_maps = [affine_map<(a, b, o, r) -> (a, b, r)>,
                       affine_map<(a, b, o, r) -> (o, r)>,
                       affine_map<(a, b, o, r) -> (a, b, o)>],
      iterator_types = ["parallel", "parallel", "parallel", "reduction"]}
      ins(%x, %W : tensor<1x64x32xf32>, tensor<16x32xf32, #CSR>)
      outs(%y : tensor<1x64x16xf32>) attrs = {prune.layer = "fc1"} {
  ^bb0(%a: f32, %w: f32, %o: f32):
    %m = arith.mulf %a, %w : f32
    %s = arith.addf %o, %m : f32
    linalg.yield %s : f32
  } -> tensor<1x64x16xf32>
  return %r : tensor<1x64x16xf32>
}

// -----

// A batch of one is left to prune-fold-sparse-unit-dims; dense products are
// not this pass's.
#CSR = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : dense, d1 : compressed) }>
// CHECK-LABEL: func.func @left_alone
// CHECK-NOT:     linalg.transpose
func.func @left_alone(%x: tensor<1x32xf32>, %W: tensor<16x32xf32, #CSR>, %D: tensor<16x32xf32>,
                      %y: tensor<1x16xf32>) -> (tensor<1x16xf32>, tensor<1x16xf32>) {
  %r = linalg.generic {
      indexing_maps = [affine_map<(b, o, r) -> (b, r)>, affine_map<(b, o, r) -> (o, r)>,
                       affine_map<(b, o, r) -> (b, o)>],
      iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%x, %W : tensor<1x32xf32>, tensor<16x32xf32, #CSR>) outs(%y : tensor<1x16xf32>) {
  ^bb0(%a: f32, %w: f32, %o: f32):
    %m = arith.mulf %a, %w : f32
    %s = arith.addf %o, %m : f32
    linalg.yield %s : f32
  } -> tensor<1x16xf32>
  %d = linalg.generic {
      indexing_maps = [affine_map<(b, o, r) -> (b, r)>, affine_map<(b, o, r) -> (o, r)>,
                       affine_map<(b, o, r) -> (b, o)>],
      iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%x, %D : tensor<1x32xf32>, tensor<16x32xf32>) outs(%y : tensor<1x16xf32>) {
  ^bb0(%a: f32, %w: f32, %o: f32):
    %m = arith.mulf %a, %w : f32
    %s = arith.addf %o, %m : f32
    linalg.yield %s : f32
  } -> tensor<1x16xf32>
  return %r, %d : tensor<1x16xf32>, tensor<1x16xf32>
}
