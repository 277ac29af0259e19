// A packed product whose 13 rows do not divide the row tile (4): the main
// loop runs 3 unmasked tiles of 4 x 16 accumulators, and the last row, a
// partial tile of static size, is inlined and vectorized at its own size,
// 1 x 16, also unmasked (a masked contract would be lowered one element at a
// time, as vector.reduction ops).
// RUN: prune-opt %s --pass-pipeline='builtin.module(func.func(prune-vectorize-dense{rows=4}))' | FileCheck %s

// CHECK-LABEL: func.func @peeled_rows
// CHECK:         scf.for %{{.*}} = %c0 to %c12 step %c4
// CHECK:           scf.for
// CHECK:             vector.fma {{.*}} : vector<4x16xf32>
// CHECK:         scf.for %{{.*}} = %c0 to %c4 step %c1 {{.*}} -> (tensor<13x1x16xf32>, vector<1x1x16xf32>)
// CHECK:           vector.fma {{.*}} : vector<16xf32>
// CHECK-NOT:     vector.mask
// CHECK-NOT:     vector.reduction
// CHECK-NOT:     prune.vector_sizes
func.func @peeled_rows(%x: tensor<13x4xf32>, %w: tensor<1x4x16xf32>, %y: tensor<13x1x16xf32>) -> tensor<13x1x16xf32> {
  %r = linalg.generic {indexing_maps = [affine_map<(p, m, k, c) -> (m, k)>, affine_map<(p, m, k, c) -> (p, k, c)>, affine_map<(p, m, k, c) -> (m, p, c)>], iterator_types = ["parallel", "parallel", "reduction", "parallel"]}
      ins(%x, %w : tensor<13x4xf32>, tensor<1x4x16xf32>) outs(%y : tensor<13x1x16xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %p = arith.mulf %a, %b : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  } -> tensor<13x1x16xf32>
  return %r : tensor<13x1x16xf32>
}
