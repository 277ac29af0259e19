// RUN: prune-opt %s --prune-vectorize-dense | FileCheck %s

// The generic prune-pack-dense-weights makes, at batch 1: loops
// (b, p, m, k, c) over weight panels [P, K, 16]. The batch row loop m has
// size 1, so `rows` goes to the panels; k, a reduction that is not the
// innermost loop, is not vectorized. Each k step is then one broadcast of
// x[k] and one FMA on 8 panels x 16 columns, no horizontal reduction.
// CHECK-LABEL: func.func @panels
// CHECK:         scf.for %{{.*}} = %c0 to %c16 step %c8
// CHECK:           scf.for %{{.*}} = %c0 to %c64 step %c1
// CHECK-COUNT-8:     vector.transfer_read %{{.*}} : tensor<16x64x16xf32>, vector<16xf32>
// CHECK:             vector.fma %{{.*}} : vector<8x1x16xf32>
// CHECK-NOT:     vector.reduction
func.func @panels(%x: tensor<1x1x64xf32>, %w: tensor<16x64x16xf32>,
                  %y: tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32> {
  %r = linalg.generic {
      indexing_maps = [affine_map<(b, p, m, k, c) -> (b, m, k)>,
                       affine_map<(b, p, m, k, c) -> (p, k, c)>,
                       affine_map<(b, p, m, k, c) -> (b, m, p, c)>],
      iterator_types = ["parallel", "parallel", "parallel", "reduction", "parallel"]}
      ins(%x, %w : tensor<1x1x64xf32>, tensor<16x64x16xf32>)
      outs(%y : tensor<1x1x16x16xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %m = arith.mulf %a, %b : f32
    %s = arith.addf %o, %m : f32
    linalg.yield %s : f32
  } -> tensor<1x1x16x16xf32>
  return %r : tensor<1x1x16x16xf32>
}
