// RUN: prune-opt %s --prune-vectorize-dense=panel-width=32 | FileCheck %s

// Panels of 32 columns (prune-pack-dense-weights{panel-width=32}) at 8
// rows: the tile takes the whole panel, 8 rows x 32 lanes kept across k
// (each broadcast row element feeds two AVX-512 vectors), not two tiles of
// vector-width 16.
// CHECK-LABEL: func.func @wide_panels
// CHECK:         scf.for %{{.*}} = %c0 to %c64 step %c1 iter_args({{.*}}) -> (tensor<8x4x32xf32>, vector<8x1x32xf32>)
// CHECK:           vector.fma %{{.*}} : vector<8x32xf32>
// CHECK-NOT:     vector<8x1x16xf32>
func.func @wide_panels(%x: tensor<8x64xf32>, %w: tensor<4x64x32xf32>,
                       %y: tensor<8x4x32xf32>) -> tensor<8x4x32xf32> {
  %r = linalg.generic {
      indexing_maps = [affine_map<(p, m, k, c) -> (m, k)>,
                       affine_map<(p, m, k, c) -> (p, k, c)>,
                       affine_map<(p, m, k, c) -> (m, p, c)>],
      iterator_types = ["parallel", "parallel", "reduction", "parallel"]}
      ins(%x, %w : tensor<8x64xf32>, tensor<4x64x32xf32>)
      outs(%y : tensor<8x4x32xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %m = arith.mulf %a, %b : f32
    %s = arith.addf %o, %m : f32
    linalg.yield %s : f32
  } -> tensor<8x4x32xf32>
  return %r : tensor<8x4x32xf32>
}
