// prune-fuse-elementwise fuses a cheap elementwise producer (at most two
// arithmetic ops, one input of its full size) into every one of its
// consumers, so it is never stored: LayerNorm's x - mean, read by the
// variance's square and by the normalization. A dense linalg.reduce becomes
// a linalg.generic, which the square then fuses into. A producer with two
// full-size inputs (a residual sum) stays, as its consumers would each read
// two tensors instead of one; so does one with a consumer that would
// compute it again per iteration (a matmul).
// RUN: prune-opt %s --split-input-file --prune-fuse-elementwise | FileCheck %s

#id = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d0)>

// CHECK-LABEL: func.func @layernorm
// CHECK-SAME:      (%[[X:.*]]: tensor<16x64xf32>, %[[MEAN:.*]]: tensor<16xf32>, %[[RSTD:.*]]: tensor<16xf32>)
// The variance: one reduction reading x and the mean, squaring in place.
// CHECK:         %[[VAR:.*]] = linalg.generic {{.*}} iterator_types = ["parallel", "reduction"]} ins(%[[X]], %[[MEAN]] : tensor<16x64xf32>, tensor<16xf32>)
// CHECK:           arith.subf
// CHECK:           arith.mulf
// CHECK:           arith.addf
// The normalization reads x and the mean too.
// CHECK:         %[[NORM:.*]] = linalg.generic {{.*}} ins(%[[X]], %[[MEAN]], %[[RSTD]] : tensor<16x64xf32>, tensor<16xf32>, tensor<16xf32>)
// CHECK:           arith.subf
// CHECK:           arith.mulf
// CHECK-NOT:     linalg.reduce
// CHECK:         return %[[VAR]], %[[NORM]]
func.func @layernorm(%x: tensor<16x64xf32>, %mean: tensor<16xf32>, %rstd: tensor<16xf32>)
    -> (tensor<16xf32>, tensor<16x64xf32>) {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<16x64xf32>
  %d = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x, %mean : tensor<16x64xf32>, tensor<16xf32>) outs(%e : tensor<16x64xf32>) {
  ^bb0(%a: f32, %m: f32, %o: f32):
    %s = arith.subf %a, %m : f32
    linalg.yield %s : f32
  } -> tensor<16x64xf32>
  %sq = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%d : tensor<16x64xf32>) outs(%e : tensor<16x64xf32>) {
  ^bb0(%a: f32, %o: f32):
    %s = arith.mulf %a, %a : f32
    linalg.yield %s : f32
  } -> tensor<16x64xf32>
  %e1 = tensor.empty() : tensor<16xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e1 : tensor<16xf32>) -> tensor<16xf32>
  %var = linalg.reduce ins(%sq : tensor<16x64xf32>) outs(%f : tensor<16xf32>) dimensions = [1]
    (%in: f32, %acc: f32) {
      %s = arith.addf %in, %acc : f32
      linalg.yield %s : f32
    }
  %norm = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%d, %rstd : tensor<16x64xf32>, tensor<16xf32>) outs(%e : tensor<16x64xf32>) {
  ^bb0(%a: f32, %r: f32, %o: f32):
    %s = arith.mulf %a, %r : f32
    linalg.yield %s : f32
  } -> tensor<16x64xf32>
  return %var, %norm : tensor<16xf32>, tensor<16x64xf32>
}

// -----

#id = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d0)>

// CHECK-LABEL: func.func @residual_sum
// CHECK:         %[[SUM:.*]] = linalg.generic {{.*}} ins(%arg0, %arg1 : tensor<16x64xf32>, tensor<16x64xf32>)
// CHECK:         linalg.generic {{.*}} ins(%[[SUM]] : tensor<16x64xf32>)
// CHECK:         linalg.generic {{.*}} ins(%[[SUM]] : tensor<16x64xf32>)
func.func @residual_sum(%x: tensor<16x64xf32>, %y: tensor<16x64xf32>)
    -> (tensor<16xf32>, tensor<16x64xf32>) {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<16x64xf32>
  %sum = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x, %y : tensor<16x64xf32>, tensor<16x64xf32>) outs(%e : tensor<16x64xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %s = arith.addf %a, %b : f32
    linalg.yield %s : f32
  } -> tensor<16x64xf32>
  %e1 = tensor.empty() : tensor<16xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e1 : tensor<16xf32>) -> tensor<16xf32>
  %total = linalg.reduce ins(%sum : tensor<16x64xf32>) outs(%f : tensor<16xf32>) dimensions = [1]
    (%in: f32, %acc: f32) {
      %s = arith.addf %in, %acc : f32
      linalg.yield %s : f32
    }
  %relu = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%sum : tensor<16x64xf32>) outs(%e : tensor<16x64xf32>) {
  ^bb0(%a: f32, %o: f32):
    %s = arith.maximumf %a, %zero : f32
    linalg.yield %s : f32
  } -> tensor<16x64xf32>
  return %total, %relu : tensor<16xf32>, tensor<16x64xf32>
}

// -----

#id = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d0)>

// One use is a matmul, which would compute x - mean once per output column:
// the producer is stored and read by both.
// CHECK-LABEL: func.func @centered_then_matmul
// CHECK:         %[[D:.*]] = linalg.generic {{.*}} ins(%arg0, %arg1 : tensor<16x64xf32>, tensor<16xf32>)
// CHECK:         linalg.matmul ins(%[[D]], %arg2 : tensor<16x64xf32>, tensor<64x8xf32>)
// CHECK:         linalg.generic {{.*}} ins(%[[D]] : tensor<16x64xf32>)
func.func @centered_then_matmul(%x: tensor<16x64xf32>, %mean: tensor<16xf32>, %w: tensor<64x8xf32>)
    -> (tensor<16x8xf32>, tensor<16x64xf32>) {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<16x64xf32>
  %d = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x, %mean : tensor<16x64xf32>, tensor<16xf32>) outs(%e : tensor<16x64xf32>) {
  ^bb0(%a: f32, %m: f32, %o: f32):
    %s = arith.subf %a, %m : f32
    linalg.yield %s : f32
  } -> tensor<16x64xf32>
  %e2 = tensor.empty() : tensor<16x8xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e2 : tensor<16x8xf32>) -> tensor<16x8xf32>
  %y = linalg.matmul ins(%d, %w : tensor<16x64xf32>, tensor<64x8xf32>) outs(%f : tensor<16x8xf32>) -> tensor<16x8xf32>
  %sq = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%d : tensor<16x64xf32>) outs(%e : tensor<16x64xf32>) {
  ^bb0(%a: f32, %o: f32):
    %s = arith.mulf %a, %a : f32
    linalg.yield %s : f32
  } -> tensor<16x64xf32>
  return %y, %sq : tensor<16x8xf32>, tensor<16x64xf32>
}
