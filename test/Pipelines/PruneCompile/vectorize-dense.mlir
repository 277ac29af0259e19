// RUN: prune-opt %s --prune-compile | FileCheck %s
// RUN: prune-opt %s --prune-compile="vector-width=8" | FileCheck %s --check-prefix=VW8
// RUN: prune-opt %s --prune-compile="vectorize-dense=false" | FileCheck %s --check-prefix=SCALAR

// Dense layers are tiled and vectorized before the sparsifier, which would
// otherwise lower them to scalar loops: the matmul becomes vector FMAs of the
// vector width (fmuladd after LLVM lowering).
// CHECK-LABEL: llvm.func @layer
// CHECK:         llvm.intr.fmuladd({{.*}}) : (vector<16xf32>, vector<16xf32>, vector<16xf32>) -> vector<16xf32>
// VW8-LABEL: llvm.func @layer
// VW8:           llvm.intr.fmuladd({{.*}}) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
// VW8-NOT:       vector<16xf32>
// SCALAR-LABEL: llvm.func @layer
// SCALAR-NOT:    vector<
func.func @layer(%x: tensor<32x64xf32>, %w: tensor<64x64xf32>) -> tensor<32x64xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<32x64xf32>
  %init = linalg.fill ins(%zero : f32) outs(%e : tensor<32x64xf32>) -> tensor<32x64xf32>
  %y = linalg.matmul ins(%x, %w : tensor<32x64xf32>, tensor<64x64xf32>)
                     outs(%init : tensor<32x64xf32>) -> tensor<32x64xf32>
  return %y : tensor<32x64xf32>
}
