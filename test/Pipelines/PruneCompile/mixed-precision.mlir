// Contractions whose result element type differs from their operands' (the
// quantized i8 x i8 -> i32 matmul of TFLite-to-TOSA, the bf16 -> f32
// batch_matmul and the unsigned u8 matmul torch-mlir writes as linalg) are
// lowered completely: prune-vectorize-dense extends their operands (as the
// op says: sext, fpext, zext) before the contraction lowering, which leaves
// mixed-type vector.contract ops alone. And whatever is not lowered to the
// LLVM dialect is an error at the op left, not a module that exits 0 and
// fails in mlir-translate.
//
// RUN: prune-opt %s --split-input-file --prune-compile --verify-diagnostics | FileCheck %s
// RUN: prune-opt %s --split-input-file --prune-compile=vectorize-dense=false --verify-diagnostics | FileCheck %s --check-prefix=SCALAR

// CHECK-LABEL: llvm.func @quantized_matmul
// CHECK:       llvm.sext %{{.*}} : vector<3xi8> to vector<3xi32>
// CHECK:       llvm.mul %{{.*}} : vector<4xi32>
// CHECK-NOT:   vector.contract
// CHECK-NOT:   unrealized_conversion_cast
// CHECK-LABEL: llvm.func @bf16_batch_matmul
// CHECK:       llvm.fpext %{{.*}} : vector<3xbf16> to vector<3xf32>
// CHECK:       llvm.intr.fmuladd
// CHECK-NOT:   vector.contract
// CHECK-NOT:   unrealized_conversion_cast
// CHECK-LABEL: llvm.func @unsigned_matmul
// CHECK:       llvm.zext %{{.*}} : vector<3xi8> to vector<3xi32>
// CHECK-NOT:   llvm.sext
// CHECK-NOT:   vector.contract
// CHECK-NOT:   unrealized_conversion_cast

// SCALAR-LABEL: llvm.func @quantized_matmul
// SCALAR:       llvm.sext %{{.*}} : i8 to i32
// SCALAR-LABEL: llvm.func @bf16_batch_matmul
// SCALAR:       llvm.fpext %{{.*}} : bf16 to f32
// SCALAR-LABEL: llvm.func @unsigned_matmul
// SCALAR:       llvm.zext %{{.*}} : i8 to i32

// B is an argument: a constant B would be computed in f32 by
// prune-int8-layers-in-f32 (where exact) and not reach the vectorizer as a
// mixed-type contraction.
func.func @quantized_matmul(%a: tensor<1x2x3xi8>, %b: tensor<1x3x4xi8>) -> tensor<1x2x4xi32> {
  %zp = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %y = tosa.matmul %a, %b, %zp, %zp : (tensor<1x2x3xi8>, tensor<1x3x4xi8>, tensor<1xi8>, tensor<1xi8>) -> tensor<1x2x4xi32>
  return %y : tensor<1x2x4xi32>
}

func.func @bf16_batch_matmul(%a: tensor<2x2x3xbf16>, %b: tensor<2x3x2xbf16>) -> tensor<2x2x2xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<2x2x2xf32>
  %init = linalg.fill ins(%zero : f32) outs(%e : tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
  %y = linalg.batch_matmul ins(%a, %b : tensor<2x2x3xbf16>, tensor<2x3x2xbf16>) outs(%init : tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
  return %y : tensor<2x2x2xf32>
}

func.func @unsigned_matmul(%a: tensor<2x3xi8>, %b: tensor<3x2xi8>) -> tensor<2x2xi32> {
  %zero = arith.constant 0 : i32
  %e = tensor.empty() : tensor<2x2xi32>
  %init = linalg.fill ins(%zero : i32) outs(%e : tensor<2x2xi32>) -> tensor<2x2xi32>
  %y = linalg.matmul {cast = #linalg.type_fn<cast_unsigned>} ins(%a, %b : tensor<2x3xi8>, tensor<3x2xi8>) outs(%init : tensor<2x2xi32>) -> tensor<2x2xi32>
  return %y : tensor<2x2xi32>
}

// -----

// linalg.softmax (an aggregate op; upstream lowers it only through the
// transform dialect's decompose_interface) survives every stage: the final
// check names it.
func.func @softmax(%x: tensor<2x8xf32>) -> tensor<2x8xf32> {
  %e = tensor.empty() : tensor<2x8xf32>
  // expected-error @below {{'linalg.softmax' op is left after prune-compile's lowering to the LLVM dialect}}
  %y = linalg.softmax dimension(1) ins(%x : tensor<2x8xf32>) outs(%e : tensor<2x8xf32>) -> tensor<2x8xf32>
  return %y : tensor<2x8xf32>
}
