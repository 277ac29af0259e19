// A LeNet in torch-mlir's linalg form (conv_2d_nchw_fchw, bias add as a
// broadcasting linalg.generic, ReLU as a linalg.generic of arith.cmpf ugt +
// arith.select, max pooling, flatten, three linear layers with transposed
// weights) pruned to 70% and compiled. Upstream's elementwise fusion used to
// fuse each bias + ReLU into the next layer's sparse kernel, whose
// arith.select the sparsifier cannot express: it left the kernel on sparse
// tensors and prune-compile (and stock mlir-opt --sparsifier on
// prune-sparsify's output) failed with "failed to legalize unresolved
// materialization". The weights are already 70% zero, so pruning keeps them
// all; the expected output was computed in Python from the weights below.
//
// DEFINE: %{format} = auto
// DEFINE: %{run} = prune-opt %s --prune-weights="sparsity=0.7" \
// DEFINE:   --prune-compile="sparse-format=%{format}" 2>/dev/null \
// DEFINE: | mlir-runner -e main -entry-point-result=void -shared-libs=%mlir_runner_libs \
// DEFINE: | FileCheck %s
// RUN: %{run}
// REDEFINE: %{format} = csr
// RUN: %{run}
// REDEFINE: %{format} = dense
// RUN: %{run}
// The linear layers really are sparse with sparse-format=csr.
// RUN: prune-opt %s --prune-weights="sparsity=0.7" --prune-compile="sparse-format=csr sparse-report=%t.json" -o /dev/null 2>/dev/null
// RUN: FileCheck %s --input-file=%t.json --check-prefix=REPORT
// REPORT-COUNT-3: "format": "csr"

// CHECK: [13.5,   4.75,   -6.375,   -0.5]
#map4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#chan = affine_map<(d0, d1, d2, d3) -> (d1)>
#id = affine_map<(d0, d1) -> (d0, d1)>
#tr = affine_map<(d0, d1) -> (d1, d0)>
#row = affine_map<(d0, d1) -> (d1)>
func.func @lenet(%x: tensor<1x1x8x8xf32>) -> tensor<1x4xf32> {
  %zero = arith.constant 0.000000e+00 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %wc = arith.constant dense<[[[[1.5, -0.5, 0.0], [0.0, 0.0, 0.5], [0.0, 0.0, -1.5]]], [[[0.0, 0.0, 1.0], [0.0, 0.0, 0.0], [0.5, 0.0, 0.0]]], [[[0.0, -0.5, 0.5], [0.0, 1.0, 0.0], [0.0, 0.0, 0.0]]], [[[0.0, 0.0, 0.0], [-1.5, 0.0, 0.0], [0.0, 0.5, 0.0]]]]> : tensor<4x1x3x3xf32>
  %bc = arith.constant dense<[0.5, -1.0, 0.0, 1.5]> : tensor<4xf32>
  %ec = tensor.empty() : tensor<1x4x6x6xf32>
  %fc = linalg.fill ins(%zero : f32) outs(%ec : tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %conv = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%x, %wc : tensor<1x1x8x8xf32>, tensor<4x1x3x3xf32>) outs(%fc : tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %convb = linalg.generic {indexing_maps = [#map4, #chan, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv, %bc : tensor<1x4x6x6xf32>, tensor<4xf32>) outs(%ec : tensor<1x4x6x6xf32>) {
  ^bb0(%in: f32, %b: f32, %out: f32):
    %s = arith.addf %in, %b : f32
    linalg.yield %s : f32
  } -> tensor<1x4x6x6xf32>
  %relu0 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%convb : tensor<1x4x6x6xf32>) outs(%ec : tensor<1x4x6x6xf32>) {
  ^bb0(%in: f32, %out: f32):
    %p = arith.cmpf ugt, %in, %zero : f32
    %s = arith.select %p, %in, %zero : f32
    linalg.yield %s : f32
  } -> tensor<1x4x6x6xf32>
  %ep = tensor.empty() : tensor<1x4x3x3xf32>
  %fp = linalg.fill ins(%ninf : f32) outs(%ep : tensor<1x4x3x3xf32>) -> tensor<1x4x3x3xf32>
  %win = tensor.empty() : tensor<2x2xf32>
  %pool = linalg.pooling_nchw_max {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%relu0, %win : tensor<1x4x6x6xf32>, tensor<2x2xf32>) outs(%fp : tensor<1x4x3x3xf32>) -> tensor<1x4x3x3xf32>
  %h0 = tensor.collapse_shape %pool [[0], [1, 2, 3]] : tensor<1x4x3x3xf32> into tensor<1x36xf32>
  %w1 = arith.constant dense<[[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.5, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.5, -0.5, 0.0, 0.0], [0.0, 1.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 1.5, 0.0, -0.5, 0.0, 1.5, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, -1.5, 0.0, 0.0, -1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [-1.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.5, 0.0, 1.0, 0.0, 0.0, 1.5, 0.0, -1.0, -1.0, 0.0, 0.0, 1.5, -1.0, 1.5, 1.5, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, -1.5, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.5, -1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, -1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, -1.5, 0.0, 0.0, 0.0, 0.0, -1.0, 0.0, -1.5, 0.0, 0.0, 0.0, -0.5, -1.0, 0.0, 0.0, 0.5], [-1.0, 0.0, 0.0, 1.0, 0.0, -1.5, 0.5, 0.5, -0.5, 0.0, 0.0, 0.0, 0.5, 0.0, 0.0, 0.0, 0.0, 0.0, 1.5, 0.0, 0.0, 1.0, -1.5, 0.0, 0.0, 0.0, 0.0, 1.0, -1.0, -1.0, 1.5, 0.0, -0.5, 0.0, -1.5, -0.5], [0.0, 0.5, -0.5, 0.0, 0.5, -1.5, 1.5, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, -0.5, 0.0, 0.0, 0.0, 0.0, -1.5, 0.0, 0.0, 1.0, 0.0, 0.0, 1.0, -0.5, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, -1.5, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, -0.5, 0.0, 0.0, 1.0, 0.0, 1.0, -0.5, 1.0, -0.5, 0.0, 0.0, -0.5, -1.0, 0.0, 0.5], [0.0, 0.0, 0.0, 0.5, 1.0, 1.5, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, -0.5, 0.0, 0.0, 0.0, 0.0, 0.0, 0.5, -1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, -1.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.5, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.5, -1.0, -1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, -1.5, -0.5, 0.0, 0.0, 1.5, 0.0, -1.5, 0.0, 0.0], [0.5, 0.0, 0.0, 0.0, 0.0, -1.5, 0.0, -0.5, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 1.0, -1.0, -0.5, 0.0, 0.0, 0.0, 1.5, 0.0, 0.0, 0.0, 1.0, 0.5, 0.5, 0.5, 0.0, 0.0, 0.0, 0.0], [-1.0, 0.0, 0.0, 0.5, 0.0, 0.0, -0.5, 0.0, 0.5, 0.0, 0.0, 1.5, 0.0, 0.5, 0.0, 0.0, 0.5, -1.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, -0.5, 0.0], [1.5, 0.0, 0.0, -0.5, 0.5, 0.0, -0.5, 0.0, 0.0, 0.0, 0.0, 0.5, -1.5, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, -0.5, 0.0, 0.0, -0.5, 0.0, 0.5, 0.0, 0.0, -0.5, -1.0, 0.0, 0.0, 0.5, 0.0, 0.0, -1.5, -1.5], [0.0, 0.0, 0.0, 0.0, 1.5, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.5, -1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, -0.5, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, -1.5, 0.0, 0.0, -1.0, 0.0, 0.5, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, -1.5, 0.5, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, -0.5, 0.0, -1.0, 0.0, 0.5, 0.0, -1.5, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [-1.0, 0.5, 0.0, -0.5, -1.0, 0.0, 1.5, 0.0, -0.5, -0.5, 0.5, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.5, 1.0, 0.0, 1.5, 0.0, 0.0, 1.0, 1.5, 0.0, -1.5, -1.5, -1.0, 0.0, -0.5, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, -0.5, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 1.5, 0.0, -0.5, 0.0, 0.0, 0.0, 0.0, 1.0, -0.5, 1.5, 0.0, 1.0, -1.5, 0.5, -0.5, 0.0, 0.0, -0.5, 0.0]]> : tensor<16x36xf32>
  %b1 = arith.constant dense<[-0.5, 0.0, 0.5, -0.5, 0.0, 0.5, -0.5, 0.0, 0.5, -0.5, 0.0, 0.5, -0.5, 0.0, 0.5, -0.5]> : tensor<16xf32>
  %et1 = tensor.empty() : tensor<36x16xf32>
  %wt1 = linalg.generic {indexing_maps = [#tr, #id], iterator_types = ["parallel", "parallel"]} ins(%w1 : tensor<16x36xf32>) outs(%et1 : tensor<36x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  } -> tensor<36x16xf32>
  %e1 = tensor.empty() : tensor<1x16xf32>
  %f1 = linalg.fill ins(%zero : f32) outs(%e1 : tensor<1x16xf32>) -> tensor<1x16xf32>
  %mm1 = linalg.matmul ins(%h0, %wt1 : tensor<1x36xf32>, tensor<36x16xf32>) outs(%f1 : tensor<1x16xf32>) -> tensor<1x16xf32>
  %a1 = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]} ins(%mm1, %b1 : tensor<1x16xf32>, tensor<16xf32>) outs(%e1 : tensor<1x16xf32>) {
  ^bb0(%in: f32, %b: f32, %out: f32):
    %s = arith.addf %in, %b : f32
    linalg.yield %s : f32
  } -> tensor<1x16xf32>
  %h1 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%a1 : tensor<1x16xf32>) outs(%e1 : tensor<1x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %p = arith.cmpf ugt, %in, %zero : f32
    %s = arith.select %p, %in, %zero : f32
    linalg.yield %s : f32
  } -> tensor<1x16xf32>
  %w2 = arith.constant dense<[[0.5, 0.0, 0.0, -1.5, 0.0, 0.0, -1.5, 0.0, 0.0, -1.5, 0.0, 0.0, -1.0, 0.0, 0.0, 0.0], [1.0, 1.5, 0.0, 0.0, 0.0, -1.5, 0.0, 0.0, 0.0, 0.0, 0.0, 1.5, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, -1.0, 0.0, 0.0, -0.5, 0.0, 0.0, 1.5, 0.0, 0.0, 0.0, 0.0, 0.0], [0.5, 0.0, -1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, -1.0, 0.0, 0.0, 0.0, 0.0, 0.0], [1.0, 0.0, 0.0, -1.0, 0.5, 0.0, 0.0, 0.0, 0.0, -1.0, 0.0, -1.5, 0.0, 1.0, 0.0, -1.0], [0.0, 0.0, 0.0, 0.0, -1.5, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, -1.5, 0.0, 1.5, 0.0, 0.0, 0.5, 0.0, 0.0, 0.0, 0.0, 1.5, -1.5, -0.5, 0.0], [0.0, 0.0, 0.0, 0.0, -1.5, 0.0, 0.0, 1.0, 1.0, -1.5, 1.5, 0.5, 0.0, 0.0, 0.0, 1.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, -1.0, -1.5, 0.5, -1.5, -0.5, 0.0, 0.0], [0.0, 0.0, 0.0, 1.5, 0.0, 1.0, 0.0, 0.0, 0.5, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.5, 0.0, 0.0, 0.0, -0.5, 1.5, 0.0, 0.0, -0.5, 0.0, 0.0, 0.0, 0.0, -1.5, -1.0], [1.5, -0.5, 0.0, -1.0, 0.0, 1.0, 0.0, 0.0, 1.5, 0.0, 0.0, 1.5, 0.0, 0.0, 0.0, 1.0], [0.0, 0.0, -0.5, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0], [0.0, 0.0, 1.0, 0.0, -1.0, -0.5, -1.5, 1.0, 0.0, -1.0, -0.5, -0.5, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 1.0, 0.0, 0.0, -1.0, 0.0, 0.0, 0.0, -1.0, 0.0, 0.0, 0.0, -0.5, 0.0], [0.5, 1.5, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.5, 0.0, 0.0, 0.0, -1.0, 0.0, 0.0]]> : tensor<16x16xf32>
  %b2 = arith.constant dense<[-0.5, 0.0, 0.5, -0.5, 0.0, 0.5, -0.5, 0.0, 0.5, -0.5, 0.0, 0.5, -0.5, 0.0, 0.5, -0.5]> : tensor<16xf32>
  %et2 = tensor.empty() : tensor<16x16xf32>
  %wt2 = linalg.generic {indexing_maps = [#tr, #id], iterator_types = ["parallel", "parallel"]} ins(%w2 : tensor<16x16xf32>) outs(%et2 : tensor<16x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  } -> tensor<16x16xf32>
  %e2 = tensor.empty() : tensor<1x16xf32>
  %f2 = linalg.fill ins(%zero : f32) outs(%e2 : tensor<1x16xf32>) -> tensor<1x16xf32>
  %mm2 = linalg.matmul ins(%h1, %wt2 : tensor<1x16xf32>, tensor<16x16xf32>) outs(%f2 : tensor<1x16xf32>) -> tensor<1x16xf32>
  %a2 = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]} ins(%mm2, %b2 : tensor<1x16xf32>, tensor<16xf32>) outs(%e2 : tensor<1x16xf32>) {
  ^bb0(%in: f32, %b: f32, %out: f32):
    %s = arith.addf %in, %b : f32
    linalg.yield %s : f32
  } -> tensor<1x16xf32>
  %h2 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%a2 : tensor<1x16xf32>) outs(%e2 : tensor<1x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %p = arith.cmpf ugt, %in, %zero : f32
    %s = arith.select %p, %in, %zero : f32
    linalg.yield %s : f32
  } -> tensor<1x16xf32>
  %w3 = arith.constant dense<[[0.0, -1.5, 1.0, 0.0, 0.0, -1.5, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.5], [0.5, 0.0, 0.0, 0.0, -1.5, -1.0, 0.0, 0.0, 0.5, 0.0, 0.0, 0.0, 0.0, 1.5, -1.0, 0.0], [1.5, 0.0, 0.0, 0.0, -1.5, 0.0, -1.5, 0.0, 0.0, 1.5, 0.5, 0.0, 0.0, -1.0, 0.0, 0.0], [0.0, 0.0, -1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.5, 0.0, 0.0, 0.0, 0.0, 0.0]]> : tensor<4x16xf32>
  %b3 = arith.constant dense<[-0.5, 0.0, 0.5, -0.5]> : tensor<4xf32>
  %et3 = tensor.empty() : tensor<16x4xf32>
  %wt3 = linalg.generic {indexing_maps = [#tr, #id], iterator_types = ["parallel", "parallel"]} ins(%w3 : tensor<4x16xf32>) outs(%et3 : tensor<16x4xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  } -> tensor<16x4xf32>
  %e3 = tensor.empty() : tensor<1x4xf32>
  %f3 = linalg.fill ins(%zero : f32) outs(%e3 : tensor<1x4xf32>) -> tensor<1x4xf32>
  %mm3 = linalg.matmul ins(%h2, %wt3 : tensor<1x16xf32>, tensor<16x4xf32>) outs(%f3 : tensor<1x4xf32>) -> tensor<1x4xf32>
  %a3 = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]} ins(%mm3, %b3 : tensor<1x4xf32>, tensor<4xf32>) outs(%e3 : tensor<1x4xf32>) {
  ^bb0(%in: f32, %b: f32, %out: f32):
    %s = arith.addf %in, %b : f32
    linalg.yield %s : f32
  } -> tensor<1x4xf32>
  return %a3 : tensor<1x4xf32>
}

func.func @main() {
  %x = arith.constant dense<[[[[2.0, 0.0, 0.0, 2.0, -2.0, 1.0, -1.0, -2.0], [-1.0, -2.0, 0.0, 1.0, -1.0, 1.0, 2.0, -2.0], [2.0, -1.0, -2.0, -1.0, 1.0, 0.0, -1.0, 1.0], [-1.0, -2.0, -1.0, 2.0, 2.0, 1.0, -1.0, -1.0], [-2.0, -2.0, -1.0, -1.0, -1.0, -1.0, 0.0, 0.0], [-1.0, 2.0, -1.0, -1.0, -1.0, 1.0, 0.0, -2.0], [0.0, 1.0, -1.0, -1.0, 0.0, -2.0, 0.0, 0.0], [2.0, 2.0, -2.0, 2.0, 0.0, -2.0, 0.0, 0.0]]]]> : tensor<1x1x8x8xf32>
  %y = call @lenet(%x) : (tensor<1x1x8x8xf32>) -> tensor<1x4xf32>
  %u = tensor.cast %y : tensor<1x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}
func.func private @printMemrefF32(tensor<*xf32>) attributes {llvm.emit_c_interface}

