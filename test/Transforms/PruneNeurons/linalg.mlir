// prune-neurons on linalg: contractions and elementwise ops are followed
// through their indexing maps, so the neurons of a linalg.matmul shrink its
// init (tensor.empty, linalg.fill), broadcast bias adds and activations
// (linalg.generic bodies, also the cmpf/select form of ReLU), linalg.transpose
// of a torch-style [out, in] weight, and the next matmul's weight rows.

// RUN: prune-opt %s --split-input-file --prune-neurons | FileCheck %s
// RUN: prune-opt %s --split-input-file --prune-neurons="mode=importance ratio=0.34" | FileCheck %s --check-prefix=IMPORTANCE

#id = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d1)>

// Neuron 1: zero incoming weights, bias -1, ReLU (arith.maximumf) -> dead.
// CHECK-LABEL: func.func @linalg_mlp
// CHECK-DAG:     arith.constant dense<{{\[}}[1.000000e+00, 3.000000e+00], [2.000000e+00, 4.000000e+00]]> : tensor<2x2xf32>
// CHECK-DAG:     arith.constant dense<[5.000000e-01, 2.500000e-01]> : tensor<2xf32>
// CHECK-DAG:     arith.constant dense<{{\[}}[1.000000e+00], [-2.000000e+00]]> : tensor<2x1xf32>
// CHECK:         %[[E:.*]] = tensor.empty(%{{.*}}) : tensor<?x2xf32>
// CHECK:         linalg.fill {{.*}} outs(%[[E]] : tensor<?x2xf32>) -> tensor<?x2xf32>
// CHECK:         linalg.matmul {{.*}} -> tensor<?x2xf32>
// CHECK:         linalg.generic {{.*}} ins({{.*}} : tensor<?x2xf32>, tensor<2xf32>) outs(%[[E]] : tensor<?x2xf32>)
// CHECK:         linalg.generic {{.*}} ins({{.*}} : tensor<?x2xf32>) outs(%[[E]] : tensor<?x2xf32>)
// CHECK:         linalg.matmul {{.*}}ins({{.*}} : tensor<?x2xf32>, tensor<2x1xf32>) {{.*}} -> tensor<?x1xf32>
// IMPORTANCE-LABEL: func.func @linalg_mlp
// IMPORTANCE:       linalg.matmul {{.*}} -> tensor<?x2xf32>
func.func @linalg_mlp(%x: tensor<?x2xf32>) -> tensor<?x1xf32> {
  %c0 = arith.constant 0 : index
  %zero = arith.constant 0.0 : f32
  %n = tensor.dim %x, %c0 : tensor<?x2xf32>
  %w1 = arith.constant dense<[[1.0, 0.0, 3.0], [2.0, 0.0, 4.0]]> : tensor<2x3xf32>
  %b1 = arith.constant dense<[0.5, -1.0, 0.25]> : tensor<3xf32>
  %w2 = arith.constant dense<[[1.0], [5.0], [-2.0]]> : tensor<3x1xf32>
  %e1 = tensor.empty(%n) : tensor<?x3xf32>
  %f1 = linalg.fill ins(%zero : f32) outs(%e1 : tensor<?x3xf32>) -> tensor<?x3xf32>
  %h = linalg.matmul ins(%x, %w1 : tensor<?x2xf32>, tensor<2x3xf32>) outs(%f1 : tensor<?x3xf32>) -> tensor<?x3xf32>
  %hb = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%h, %b1 : tensor<?x3xf32>, tensor<3xf32>) outs(%e1 : tensor<?x3xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %s = arith.addf %a, %b : f32
    linalg.yield %s : f32
  } -> tensor<?x3xf32>
  %r = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%hb : tensor<?x3xf32>) outs(%e1 : tensor<?x3xf32>) {
  ^bb0(%a: f32, %o: f32):
    %m = arith.maximumf %a, %zero : f32
    linalg.yield %m : f32
  } -> tensor<?x3xf32>
  %e2 = tensor.empty(%n) : tensor<?x1xf32>
  %f2 = linalg.fill ins(%zero : f32) outs(%e2 : tensor<?x1xf32>) -> tensor<?x1xf32>
  %y = linalg.matmul ins(%r, %w2 : tensor<?x3xf32>, tensor<3x1xf32>) outs(%f2 : tensor<?x1xf32>) -> tensor<?x1xf32>
  return %y : tensor<?x1xf32>
}

// -----

#id = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d1)>

// Torch-style weights [out, in] through linalg.transpose, ReLU as
// cmpf + select, and a constant neuron (zero weights, bias 2 -> 2) folded into
// the next layer's bias: 0.125 + 2 * 5 = 10.125.
// CHECK-LABEL: func.func @torch_style
// CHECK-DAG:     arith.constant dense<{{\[}}[1.000000e+00, 2.000000e+00], [3.000000e+00, 4.000000e+00]]> : tensor<2x2xf32>
// CHECK-DAG:     arith.constant dense<1.012500e+01> : tensor<1xf32>
// CHECK-DAG:     arith.constant dense<{{\[}}[1.000000e+00, -2.000000e+00]]> : tensor<1x2xf32>
// CHECK:         linalg.transpose ins({{.*}} : tensor<2x2xf32>) outs({{.*}} : tensor<2x2xf32>)
// CHECK:         linalg.transpose ins({{.*}} : tensor<1x2xf32>) outs({{.*}} : tensor<2x1xf32>)
func.func @torch_style(%x: tensor<?x2xf32>) -> tensor<?x1xf32> {
  %c0 = arith.constant 0 : index
  %zero = arith.constant 0.0 : f32
  %n = tensor.dim %x, %c0 : tensor<?x2xf32>
  %w1 = arith.constant dense<[[1.0, 2.0], [0.0, 0.0], [3.0, 4.0]]> : tensor<3x2xf32>
  %b1 = arith.constant dense<[0.5, 2.0, 0.25]> : tensor<3xf32>
  %w2 = arith.constant dense<[[1.0, 5.0, -2.0]]> : tensor<1x3xf32>
  %b2 = arith.constant dense<[0.125]> : tensor<1xf32>
  %t1e = tensor.empty() : tensor<2x3xf32>
  %w1t = linalg.transpose ins(%w1 : tensor<3x2xf32>) outs(%t1e : tensor<2x3xf32>) permutation = [1, 0]
  %e1 = tensor.empty(%n) : tensor<?x3xf32>
  %f1 = linalg.fill ins(%zero : f32) outs(%e1 : tensor<?x3xf32>) -> tensor<?x3xf32>
  %h = linalg.matmul ins(%x, %w1t : tensor<?x2xf32>, tensor<2x3xf32>) outs(%f1 : tensor<?x3xf32>) -> tensor<?x3xf32>
  %hb = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%h, %b1 : tensor<?x3xf32>, tensor<3xf32>) outs(%e1 : tensor<?x3xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %s = arith.addf %a, %b : f32
    linalg.yield %s : f32
  } -> tensor<?x3xf32>
  %r = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%hb : tensor<?x3xf32>) outs(%e1 : tensor<?x3xf32>) {
  ^bb0(%a: f32, %o: f32):
    %gt = arith.cmpf ugt, %a, %zero : f32
    %m = arith.select %gt, %a, %zero : f32
    linalg.yield %m : f32
  } -> tensor<?x3xf32>
  %t2e = tensor.empty() : tensor<3x1xf32>
  %w2t = linalg.transpose ins(%w2 : tensor<1x3xf32>) outs(%t2e : tensor<3x1xf32>) permutation = [1, 0]
  %e2 = tensor.empty(%n) : tensor<?x1xf32>
  %f2 = linalg.fill ins(%zero : f32) outs(%e2 : tensor<?x1xf32>) -> tensor<?x1xf32>
  %y = linalg.matmul ins(%r, %w2t : tensor<?x3xf32>, tensor<3x1xf32>) outs(%f2 : tensor<?x1xf32>) -> tensor<?x1xf32>
  %yb = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%y, %b2 : tensor<?x1xf32>, tensor<1xf32>) outs(%e2 : tensor<?x1xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %s = arith.addf %a, %b : f32
    linalg.yield %s : f32
  } -> tensor<?x1xf32>
  return %yb : tensor<?x1xf32>
}

// -----

// Negative: a softmax-like reduction over the neurons (linalg.reduce) cannot
// shrink; nothing changes although neuron 1 is dead.
// CHECK-LABEL: func.func @reduction_over_neurons
// CHECK:         linalg.matmul {{.*}} -> tensor<?x3xf32>
func.func @reduction_over_neurons(%x: tensor<?x2xf32>) -> tensor<?xf32> {
  %c0 = arith.constant 0 : index
  %zero = arith.constant 0.0 : f32
  %n = tensor.dim %x, %c0 : tensor<?x2xf32>
  %w1 = arith.constant dense<[[1.0, 0.0, 3.0], [2.0, 0.0, 4.0]]> : tensor<2x3xf32>
  %e1 = tensor.empty(%n) : tensor<?x3xf32>
  %f1 = linalg.fill ins(%zero : f32) outs(%e1 : tensor<?x3xf32>) -> tensor<?x3xf32>
  %h = linalg.matmul ins(%x, %w1 : tensor<?x2xf32>, tensor<2x3xf32>) outs(%f1 : tensor<?x3xf32>) -> tensor<?x3xf32>
  %e2 = tensor.empty(%n) : tensor<?xf32>
  %f2 = linalg.fill ins(%zero : f32) outs(%e2 : tensor<?xf32>) -> tensor<?xf32>
  %s = linalg.reduce ins(%h : tensor<?x3xf32>) outs(%f2 : tensor<?xf32>) dimensions = [1]
    (%a: f32, %acc: f32) {
      %t = arith.addf %a, %acc : f32
      linalg.yield %t : f32
    }
  return %s : tensor<?xf32>
}

// -----

#id = affine_map<(d0, d1) -> (d0, d1)>

// tensor.expand_shape / tensor.collapse_shape around linalg.batch_matmul (as
// torch-mlir emits them): the neuron dimension stays alone in its
// reassociation group, so it is followed; expand_shape's static output shape
// shrinks with it. Neuron 1 has zero weights and no bias: ReLU(0) = 0.
// CHECK-LABEL: func.func @reassociation
// CHECK:         linalg.batch_matmul {{.*}}ins({{.*}} : tensor<1x?x2xf32>, tensor<1x2x2xf32>) {{.*}} -> tensor<1x?x2xf32>
// CHECK:         tensor.collapse_shape {{.*}} : tensor<1x?x2xf32> into tensor<?x2xf32>
// CHECK:         tensor.expand_shape {{.*}} output_shape [1, %{{.*}}, 2] : tensor<?x2xf32> into tensor<1x?x2xf32>
// CHECK:         linalg.batch_matmul {{.*}}ins({{.*}} : tensor<1x?x2xf32>, tensor<1x2x1xf32>) {{.*}} -> tensor<1x?x1xf32>
func.func @reassociation(%x: tensor<?x2xf32>) -> tensor<1x?x1xf32> {
  %c0 = arith.constant 0 : index
  %zero = arith.constant 0.0 : f32
  %n = tensor.dim %x, %c0 : tensor<?x2xf32>
  %x3 = tensor.expand_shape %x [[0, 1], [2]] output_shape [1, %n, 2] : tensor<?x2xf32> into tensor<1x?x2xf32>
  %w1 = arith.constant dense<[[[1.0, 0.0, 3.0], [2.0, 0.0, 4.0]]]> : tensor<1x2x3xf32>
  %w2 = arith.constant dense<[[[1.0], [5.0], [-2.0]]]> : tensor<1x3x1xf32>
  %e1 = tensor.empty(%n) : tensor<1x?x3xf32>
  %f1 = linalg.fill ins(%zero : f32) outs(%e1 : tensor<1x?x3xf32>) -> tensor<1x?x3xf32>
  %h = linalg.batch_matmul ins(%x3, %w1 : tensor<1x?x2xf32>, tensor<1x2x3xf32>) outs(%f1 : tensor<1x?x3xf32>) -> tensor<1x?x3xf32>
  %h2 = tensor.collapse_shape %h [[0, 1], [2]] : tensor<1x?x3xf32> into tensor<?x3xf32>
  %e2 = tensor.empty(%n) : tensor<?x3xf32>
  %r = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%h2 : tensor<?x3xf32>) outs(%e2 : tensor<?x3xf32>) {
  ^bb0(%a: f32, %o: f32):
    %m = arith.maximumf %a, %zero : f32
    linalg.yield %m : f32
  } -> tensor<?x3xf32>
  %r3 = tensor.expand_shape %r [[0, 1], [2]] output_shape [1, %n, 3] : tensor<?x3xf32> into tensor<1x?x3xf32>
  %e3 = tensor.empty(%n) : tensor<1x?x1xf32>
  %f3 = linalg.fill ins(%zero : f32) outs(%e3 : tensor<1x?x1xf32>) -> tensor<1x?x1xf32>
  %y = linalg.batch_matmul ins(%r3, %w2 : tensor<1x?x3xf32>, tensor<1x3x1xf32>) outs(%f3 : tensor<1x?x1xf32>) -> tensor<1x?x1xf32>
  return %y : tensor<1x?x1xf32>
}
