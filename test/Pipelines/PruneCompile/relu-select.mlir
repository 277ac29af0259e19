// A ReLU written as arith.cmpf + arith.select after the bias add (torch-mlir's
// lowering of aten.relu; hand-written and ONNX-imported linalg models do the
// same) feeding a pruned, CSR-packed layer compiles: prune-compile keeps the
// bias + ReLU out of the sparse layer's kernel (prune-fuse-elementwise)
// instead of fusing it there, where the sparsifier cannot express the select
// and the build failed with "failed to legalize unresolved materialization".
// The numbers of a whole LeNet are checked by
// test/Integration/PruneCompile/lenet-select-relu.mlir.
//
// RUN: prune-opt %s --prune-sparsify="format=csr" --prune-compile="sparse-format=csr" | FileCheck %s

// The ReLU stays one vectorized select over the 8 hidden values, computed
// once, before the sparse layer's loops.
// CHECK-LABEL: llvm.func @relu_into_sparse_layer
// CHECK:       llvm.fcmp "ugt" %{{.*}} : vector<8xf32>
// CHECK:       llvm.select %{{.*}} : vector<8xi1>, vector<8xf32>
// CHECK-NOT:   unrealized_conversion_cast
#id = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d1)>
func.func @relu_into_sparse_layer(%h: tensor<1x8xf32>) -> tensor<1x4xf32> {
  %zero = arith.constant 0.000000e+00 : f32
  %b = arith.constant dense<[0.5, -1.0, 0.0, 1.5, 0.5, -1.0, 0.0, 1.5]> : tensor<8xf32>
  %e = tensor.empty() : tensor<1x8xf32>
  %biased = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]} ins(%h, %b : tensor<1x8xf32>, tensor<8xf32>) outs(%e : tensor<1x8xf32>) {
  ^bb0(%in: f32, %bias: f32, %out: f32):
    %s = arith.addf %in, %bias : f32
    linalg.yield %s : f32
  } -> tensor<1x8xf32>
  %relu = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%biased : tensor<1x8xf32>) outs(%e : tensor<1x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %positive = arith.cmpf ugt, %in, %zero : f32
    %s = arith.select %positive, %in, %zero : f32
    linalg.yield %s : f32
  } -> tensor<1x8xf32>
  %w = arith.constant dense<[[0.0, 2.0, 0.0, 0.0, 0.0, 0.0, -1.0, 0.0], [0.0, 0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 0.0], [1.0, 0.0, 0.0, 0.0, 0.0, -2.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.5]]> : tensor<4x8xf32>
  %et = tensor.empty() : tensor<8x4xf32>
  %wt = linalg.transpose ins(%w : tensor<4x8xf32>) outs(%et : tensor<8x4xf32>) permutation = [1, 0]
  %e4 = tensor.empty() : tensor<1x4xf32>
  %init = linalg.fill ins(%zero : f32) outs(%e4 : tensor<1x4xf32>) -> tensor<1x4xf32>
  %y = linalg.matmul ins(%relu, %wt : tensor<1x8xf32>, tensor<8x4xf32>) outs(%init : tensor<1x4xf32>) -> tensor<1x4xf32>
  return %y : tensor<1x4xf32>
}
