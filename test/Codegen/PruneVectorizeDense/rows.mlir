// RUN: prune-opt %s --prune-vectorize-dense=rows=4 | FileCheck %s

// `rows` tiles the second innermost parallel loop of a contraction: the
// accumulator kept across the reduction loop is rows x vector-width.
// CHECK-LABEL: func.func @matmul
// CHECK:         scf.for %{{.*}} = %c0 to %c8 step %c4 iter_args
// CHECK:           scf.for %{{.*}} = %c0 to %c32 step %c16 iter_args
// CHECK:             scf.for %{{.*}} = %c0 to %c32 step %c16 iter_args({{.*}}, %{{.*}} = %{{.*}}) -> (tensor<8x32xf32>, vector<4x16xf32>)
// CHECK-COUNT-64:      vector.fma {{.*}} : vector<16xf32>
func.func @matmul(%a: tensor<8x32xf32>, %b: tensor<32x32xf32>,
                  %c: tensor<8x32xf32>) -> tensor<8x32xf32> {
  %r = linalg.matmul ins(%a, %b : tensor<8x32xf32>, tensor<32x32xf32>)
                     outs(%c : tensor<8x32xf32>) -> tensor<8x32xf32>
  return %r : tensor<8x32xf32>
}
