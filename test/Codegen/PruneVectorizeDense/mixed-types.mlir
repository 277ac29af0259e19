// Contractions with narrower operands than result: a signed one (i8 x i8 ->
// i32, bf16 -> f32; batch_matmul, whose vector.contract upstream's lowering
// leaves alone when its types are mixed) becomes one contract whose
// operands are extended first and is lowered to outer products (rows of
// multiply-adds); an
// unsigned one is vectorized from its body, which zero-extends. No
// vector.contract is left in either case.
// RUN: prune-opt %s --split-input-file --prune-vectorize-dense | FileCheck %s

// CHECK-LABEL: func.func @i8_batch_matmul
// CHECK:         arith.extsi {{.*}} : vector<{{.*}}xi8> to vector<{{.*}}xi32>
// CHECK:         arith.muli {{.*}} : vector<16xi32>
// CHECK:         arith.addi {{.*}} : vector<16xi32>
// CHECK-NOT:     vector.contract
func.func @i8_batch_matmul(%a: tensor<1x4x8xi8>, %b: tensor<1x8x16xi8>,
                           %c: tensor<1x4x16xi32>) -> tensor<1x4x16xi32> {
  %r = linalg.batch_matmul ins(%a, %b : tensor<1x4x8xi8>, tensor<1x8x16xi8>)
                           outs(%c : tensor<1x4x16xi32>) -> tensor<1x4x16xi32>
  return %r : tensor<1x4x16xi32>
}

// -----

// CHECK-LABEL: func.func @bf16_batch_matmul
// CHECK:         arith.extf {{.*}} : vector<{{.*}}xbf16> to vector<{{.*}}xf32>
// CHECK:         vector.fma {{.*}} : vector<16xf32>
// CHECK-NOT:     vector.contract
func.func @bf16_batch_matmul(%a: tensor<2x4x8xbf16>, %b: tensor<2x8x16xbf16>,
                             %c: tensor<2x4x16xf32>) -> tensor<2x4x16xf32> {
  %r = linalg.batch_matmul ins(%a, %b : tensor<2x4x8xbf16>, tensor<2x8x16xbf16>)
                           outs(%c : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
  return %r : tensor<2x4x16xf32>
}

// -----

// CHECK-LABEL: func.func @unsigned_matmul
// CHECK:         arith.extui {{.*}} : vector<{{.*}}xi8> to vector<{{.*}}xi32>
// CHECK-NOT:     arith.extsi
// CHECK-NOT:     vector.contract
func.func @unsigned_matmul(%a: tensor<4x8xi8>, %b: tensor<8x16xi8>,
                           %c: tensor<4x16xi32>) -> tensor<4x16xi32> {
  %r = linalg.matmul {cast = #linalg.type_fn<cast_unsigned>}
                     ins(%a, %b : tensor<4x8xi8>, tensor<8x16xi8>)
                     outs(%c : tensor<4x16xi32>) -> tensor<4x16xi32>
  return %r : tensor<4x16xi32>
}
