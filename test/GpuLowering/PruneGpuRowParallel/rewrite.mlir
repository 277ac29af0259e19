// prune-gpu-row-parallel writes y = x * W^T (W sparse by rows, the form
// prune-sparsify emits) transposed, with loops (j, i, k), so that the outer
// parallel loop runs over W's rows; anything else is left alone.

// RUN: prune-opt %s --split-input-file --prune-gpu-row-parallel | FileCheck %s
// RUN: prune-opt %s --split-input-file --prune-gpu-row-parallel \
// RUN:   --remarks-filter=prune-gpu-row-parallel -o /dev/null 2>&1 \
// RUN:   | FileCheck %s --check-prefix=REMARK

#CSR = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : dense, d1 : compressed) }>
// CHECK-DAG: #[[X:.*]] = affine_map<(d0, d1, d2) -> (d1, d2)>
// CHECK-DAG: #[[W:.*]] = affine_map<(d0, d1, d2) -> (d0, d2)>
// CHECK-DAG: #[[YT:.*]] = affine_map<(d0, d1, d2) -> (d0, d1)>
// CHECK-LABEL: func.func @layer
// CHECK-SAME: (%[[XV:.*]]: tensor<?x8xf32>, %[[WV:.*]]: tensor<3x8xf32, #{{.*}}>, %[[INIT:.*]]: tensor<?x3xf32>)
// CHECK: %[[N:.*]] = tensor.dim %[[INIT]], %{{.*}} : tensor<?x3xf32>
// CHECK: %[[E:.*]] = tensor.empty(%[[N]]) : tensor<3x?xf32>
// CHECK: %[[INITT:.*]] = linalg.transpose ins(%[[INIT]] : tensor<?x3xf32>) outs(%[[E]] : tensor<3x?xf32>) permutation = [1, 0]
// CHECK: %[[YTV:.*]] = linalg.generic {indexing_maps = [#[[X]], #[[W]], #[[YT]]], iterator_types = ["parallel", "parallel", "reduction"]}
// CHECK-SAME: ins(%[[XV]], %[[WV]] : tensor<?x8xf32>, tensor<3x8xf32, #{{.*}}>) outs(%[[INITT]] : tensor<3x?xf32>)
// CHECK: arith.mulf
// CHECK: arith.addf
// CHECK: %[[Y:.*]] = linalg.transpose ins(%[[YTV]] : tensor<3x?xf32>) outs(%{{.*}} : tensor<?x3xf32>) permutation = [1, 0]
// CHECK: return %[[Y]]
// REMARK: remark: [Passed] RowParallel | Category:prune-gpu-row-parallel | Remark="y = x * W^T computed as (W * x^T)^T: parallel over W's 3 rows"
func.func @layer(%x: tensor<?x8xf32>, %w: tensor<3x8xf32, #CSR>,
                 %init: tensor<?x3xf32>) -> tensor<?x3xf32> {
  %y = linalg.generic {indexing_maps = [affine_map<(i, j, k) -> (i, k)>,
                                        affine_map<(i, j, k) -> (j, k)>,
                                        affine_map<(i, j, k) -> (i, j)>],
                       iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%x, %w : tensor<?x8xf32>, tensor<3x8xf32, #CSR>)
      outs(%init : tensor<?x3xf32>) {
  ^bb0(%a: f32, %b: f32, %c: f32):
    %m = arith.mulf %a, %b : f32
    %s = arith.addf %c, %m : f32
    linalg.yield %s : f32
  } -> tensor<?x3xf32>
  return %y : tensor<?x3xf32>
}

// -----

// A dense weight: nothing to gain, left alone.
// CHECK-LABEL: func.func @dense_weight
// CHECK-NOT: linalg.transpose
// REMARK-NOT: dense_weight
func.func @dense_weight(%x: tensor<4x8xf32>, %w: tensor<3x8xf32>,
                        %init: tensor<4x3xf32>) -> tensor<4x3xf32> {
  %y = linalg.generic {indexing_maps = [affine_map<(i, j, k) -> (i, k)>,
                                        affine_map<(i, j, k) -> (j, k)>,
                                        affine_map<(i, j, k) -> (i, j)>],
                       iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%x, %w : tensor<4x8xf32>, tensor<3x8xf32>)
      outs(%init : tensor<4x3xf32>) {
  ^bb0(%a: f32, %b: f32, %c: f32):
    %m = arith.mulf %a, %b : f32
    %s = arith.addf %c, %m : f32
    linalg.yield %s : f32
  } -> tensor<4x3xf32>
  return %y : tensor<4x3xf32>
}

// -----

// W stored by columns (CSC): its rows are not a dense level, left alone.
#CSC = #sparse_tensor.encoding<{ map = (d0, d1) -> (d1 : dense, d0 : compressed) }>
// CHECK-LABEL: func.func @csc_weight
// CHECK-NOT: linalg.transpose
func.func @csc_weight(%x: tensor<4x8xf32>, %w: tensor<3x8xf32, #CSC>,
                      %init: tensor<4x3xf32>) -> tensor<4x3xf32> {
  %y = linalg.generic {indexing_maps = [affine_map<(i, j, k) -> (i, k)>,
                                        affine_map<(i, j, k) -> (j, k)>,
                                        affine_map<(i, j, k) -> (i, j)>],
                       iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%x, %w : tensor<4x8xf32>, tensor<3x8xf32, #CSC>)
      outs(%init : tensor<4x3xf32>) {
  ^bb0(%a: f32, %b: f32, %c: f32):
    %m = arith.mulf %a, %b : f32
    %s = arith.addf %c, %m : f32
    linalg.yield %s : f32
  } -> tensor<4x3xf32>
  return %y : tensor<4x3xf32>
}

// -----

// W * x (sparse operand first): already parallel over W's rows.
#CSR = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : dense, d1 : compressed) }>
// CHECK-LABEL: func.func @weight_first
// CHECK-NOT: linalg.transpose
// CHECK: linalg.matmul
func.func @weight_first(%w: tensor<3x8xf32, #CSR>, %x: tensor<8x4xf32>,
                        %init: tensor<3x4xf32>) -> tensor<3x4xf32> {
  %y = linalg.matmul ins(%w, %x : tensor<3x8xf32, #CSR>, tensor<8x4xf32>)
                     outs(%init : tensor<3x4xf32>) -> tensor<3x4xf32>
  return %y : tensor<3x4xf32>
}

// -----

// A static batch (16) larger than W's 3 rows: parallel over the batch is
// wider already, left alone.
#CSR = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : dense, d1 : compressed) }>
// CHECK-LABEL: func.func @wide_batch
// CHECK-NOT: linalg.transpose
func.func @wide_batch(%x: tensor<16x8xf32>, %w: tensor<3x8xf32, #CSR>,
                      %init: tensor<16x3xf32>) -> tensor<16x3xf32> {
  %y = linalg.generic {indexing_maps = [affine_map<(i, j, k) -> (i, k)>,
                                        affine_map<(i, j, k) -> (j, k)>,
                                        affine_map<(i, j, k) -> (i, j)>],
                       iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%x, %w : tensor<16x8xf32>, tensor<3x8xf32, #CSR>)
      outs(%init : tensor<16x3xf32>) {
  ^bb0(%a: f32, %b: f32, %c: f32):
    %m = arith.mulf %a, %b : f32
    %s = arith.addf %c, %m : f32
    linalg.yield %s : f32
  } -> tensor<16x3xf32>
  return %y : tensor<16x3xf32>
}

// -----

// A static batch (2) smaller than W's 3 rows: rewritten.
#CSR = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : dense, d1 : compressed) }>
// CHECK-LABEL: func.func @narrow_batch
// CHECK: linalg.transpose ins(%{{.*}} : tensor<2x3xf32>) outs(%{{.*}} : tensor<3x2xf32>)
// CHECK: linalg.generic
// CHECK: linalg.transpose ins(%{{.*}} : tensor<3x2xf32>) outs(%{{.*}} : tensor<2x3xf32>)
func.func @narrow_batch(%x: tensor<2x8xf32>, %w: tensor<3x8xf32, #CSR>,
                        %init: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %y = linalg.generic {indexing_maps = [affine_map<(i, j, k) -> (i, k)>,
                                        affine_map<(i, j, k) -> (j, k)>,
                                        affine_map<(i, j, k) -> (i, j)>],
                       iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%x, %w : tensor<2x8xf32>, tensor<3x8xf32, #CSR>)
      outs(%init : tensor<2x3xf32>) {
  ^bb0(%a: f32, %b: f32, %c: f32):
    %m = arith.mulf %a, %b : f32
    %s = arith.addf %c, %m : f32
    linalg.yield %s : f32
  } -> tensor<2x3xf32>
  return %y : tensor<2x3xf32>
}
