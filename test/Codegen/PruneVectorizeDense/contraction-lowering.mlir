// RUN: prune-opt %s --prune-vectorize-dense=contraction-lowering=outerproduct | FileCheck %s --check-prefix=OUTER
// RUN: prune-opt %s --prune-vectorize-dense=contraction-lowering=dot | FileCheck %s --check-prefix=DOT
// RUN: prune-opt %s --prune-vectorize-dense=contraction-lowering=parallelarith | FileCheck %s --check-prefix=ARITH
// RUN: not prune-opt %s --prune-vectorize-dense=contraction-lowering=bogus 2>&1 | FileCheck %s --check-prefix=BAD

// outerproduct: one broadcast FMA per row and k, accumulating whole rows.
// OUTER-LABEL: func.func @matmul
// OUTER-NOT:     vector.reduction
// OUTER:         vector.fma {{.*}} : vector<16xf32>
// dot: B's tile is transposed once (a 16 x 16 transpose: register
// shuffles), then a horizontal reduction per element.
// DOT-LABEL: func.func @matmul
// DOT-NOT:       vector.fma
// DOT:           vector.shuffle
// DOT:           vector.reduction <add>
// parallelarith: multiplies and reductions, no transpose.
// ARITH-LABEL: func.func @matmul
// ARITH-NOT:     vector.transpose
// ARITH:         arith.mulf {{.*}} : vector<16xf32>
// ARITH:         vector.reduction <add>
// BAD: error: prune-vectorize-dense: contraction-lowering must be outerproduct, dot or parallelarith, not 'bogus'
func.func @matmul(%a: tensor<8x32xf32>, %b: tensor<32x32xf32>,
                  %c: tensor<8x32xf32>) -> tensor<8x32xf32> {
  %r = linalg.matmul ins(%a, %b : tensor<8x32xf32>, tensor<32x32xf32>)
                     outs(%c : tensor<8x32xf32>) -> tensor<8x32xf32>
  return %r : tensor<8x32xf32>
}
