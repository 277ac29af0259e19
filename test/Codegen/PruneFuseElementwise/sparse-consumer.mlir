// prune-fuse-elementwise fuses like linalg-fuse-elementwise-ops, except a
// dense elementwise producer into a linalg op that reduces over a sparse
// tensor (a layer prune-sparsify packed): there the sparsifier would
// recompute it per stored weight, and cannot express every body (the
// cmpf + select ReLU below).
// RUN: prune-opt %s --split-input-file --prune-fuse-elementwise | FileCheck %s

#CSR = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : dense, d1 : compressed) }>
#id = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d1)>
#lhs = affine_map<(d0, d1, d2) -> (d0, d2)>
#rhs = affine_map<(d0, d1, d2) -> (d1, d2)>
#out = affine_map<(d0, d1, d2) -> (d0, d1)>

// Bias add and ReLU fuse with each other, not into the sparse layer.
// CHECK-LABEL: func.func @relu_then_sparse_layer
// CHECK:         %[[RELU:.*]] = linalg.generic
// CHECK:           arith.addf
// CHECK:           arith.cmpf ugt
// CHECK:           arith.select
// CHECK:         linalg.generic {{.*}} ins(%[[RELU]], %{{.*}} : tensor<1x8xf32>, tensor<4x8xf32, #sparse>)
// CHECK-NOT:       arith.select
// CHECK:           arith.mulf
func.func @relu_then_sparse_layer(%h: tensor<1x8xf32>, %b: tensor<8xf32>,
                                  %w: tensor<4x8xf32, #CSR>) -> tensor<1x4xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x8xf32>
  %biased = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]} ins(%h, %b : tensor<1x8xf32>, tensor<8xf32>) outs(%e : tensor<1x8xf32>) {
  ^bb0(%in: f32, %bias: f32, %out: f32):
    %s = arith.addf %in, %bias : f32
    linalg.yield %s : f32
  } -> tensor<1x8xf32>
  %relu = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%biased : tensor<1x8xf32>) outs(%e : tensor<1x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %p = arith.cmpf ugt, %in, %zero : f32
    %s = arith.select %p, %in, %zero : f32
    linalg.yield %s : f32
  } -> tensor<1x8xf32>
  %e4 = tensor.empty() : tensor<1x4xf32>
  %init = linalg.fill ins(%zero : f32) outs(%e4 : tensor<1x4xf32>) -> tensor<1x4xf32>
  %y = linalg.generic {indexing_maps = [#lhs, #rhs, #out], iterator_types = ["parallel", "parallel", "reduction"]} ins(%relu, %w : tensor<1x8xf32>, tensor<4x8xf32, #CSR>) outs(%init : tensor<1x4xf32>) {
  ^bb0(%x: f32, %wv: f32, %acc: f32):
    %m = arith.mulf %x, %wv : f32
    %s = arith.addf %acc, %m : f32
    linalg.yield %s : f32
  } -> tensor<1x4xf32>
  return %y : tensor<1x4xf32>
}

// -----

// The same producer fuses into a dense layer, as upstream's pass does.
#id = affine_map<(d0, d1) -> (d0, d1)>
#lhs = affine_map<(d0, d1, d2) -> (d0, d2)>
#rhs = affine_map<(d0, d1, d2) -> (d1, d2)>
#out = affine_map<(d0, d1, d2) -> (d0, d1)>
// CHECK-LABEL: func.func @relu_then_dense_layer
// CHECK:         linalg.generic
// CHECK:           arith.select
// CHECK:           arith.mulf
// CHECK-NOT:     linalg.generic
func.func @relu_then_dense_layer(%h: tensor<1x8xf32>, %w: tensor<4x8xf32>) -> tensor<1x4xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x8xf32>
  %relu = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%h : tensor<1x8xf32>) outs(%e : tensor<1x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %p = arith.cmpf ugt, %in, %zero : f32
    %s = arith.select %p, %in, %zero : f32
    linalg.yield %s : f32
  } -> tensor<1x8xf32>
  %e4 = tensor.empty() : tensor<1x4xf32>
  %init = linalg.fill ins(%zero : f32) outs(%e4 : tensor<1x4xf32>) -> tensor<1x4xf32>
  %y = linalg.generic {indexing_maps = [#lhs, #rhs, #out], iterator_types = ["parallel", "parallel", "reduction"]} ins(%relu, %w : tensor<1x8xf32>, tensor<4x8xf32>) outs(%init : tensor<1x4xf32>) {
  ^bb0(%x: f32, %wv: f32, %acc: f32):
    %m = arith.mulf %x, %wv : f32
    %s = arith.addf %acc, %m : f32
    linalg.yield %s : f32
  } -> tensor<1x4xf32>
  return %y : tensor<1x4xf32>
}
