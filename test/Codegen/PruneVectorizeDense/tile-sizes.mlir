// RUN: prune-opt %s --prune-vectorize-dense=tile-sizes=2,8,4 | FileCheck %s

// Explicit tile sizes apply to the innermost loops (i, j, k of the matmul)
// and are the vector sizes as well.
// CHECK-LABEL: func.func @matmul
// CHECK:         scf.for %{{.*}} = %c0 to %c8 step %c2 iter_args
// CHECK:           scf.for %{{.*}} = %c0 to %c32 step %c8 iter_args
// CHECK:             scf.for %{{.*}} = %c0 to %c32 step %c4 iter_args({{.*}}, %{{.*}} = %{{.*}}) -> (tensor<8x32xf32>, vector<2x8xf32>)
// CHECK-COUNT-8:       vector.fma {{.*}} : vector<8xf32>
// CHECK-NOT:           vector.fma
func.func @matmul(%a: tensor<8x32xf32>, %b: tensor<32x32xf32>,
                  %c: tensor<8x32xf32>) -> tensor<8x32xf32> {
  %r = linalg.matmul ins(%a, %b : tensor<8x32xf32>, tensor<32x32xf32>)
                     outs(%c : tensor<8x32xf32>) -> tensor<8x32xf32>
  return %r : tensor<8x32xf32>
}
