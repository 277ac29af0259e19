// Every int8 model from the TFLite converter ends each layer with
// tosa.rescale, which tosa-to-linalg turns into tosa.apply_scale inside a
// linalg.generic; prune-compile expands it to arith (tosa-to-arith
// include-apply-rescale) instead of failing with "'tosa.apply_scale' op is
// not lowered". The IR is TFLite-to-TOSA's fully-connected layer: i8
// activations with a zero point, an i8 weight, an i32 accumulator
// (tosa.matmul), per-tensor rescale back to i8 (DOUBLE_ROUND, 64-bit
// intermediate). The numbers are checked by
// test/Integration/PruneCompile/int8-conv.mlir.
//
// RUN: prune-opt %s --prune-compile | FileCheck %s

// CHECK-LABEL: llvm.func @fully_connected
// apply_scale, vectorized over the 4 outputs: the 64-bit product with the
// multiplier, the rounding term of shift 39 (2^38, +-2^30 for DOUBLE_ROUND)
// and the shift.
// CHECK-DAG:   %[[MULT:.*]] = llvm.mlir.constant(dense<1395864371> : vector<4xi64>)
// CHECK-DAG:   %[[ROUND:.*]] = llvm.mlir.constant(dense<274877906944> : vector<4xi64>)
// CHECK-DAG:   %[[SHIFT:.*]] = llvm.mlir.constant(dense<39> : vector<4xi64>)
// CHECK:       %[[WIDE:.*]] = llvm.sext %{{.*}} : vector<4xi32> to vector<4xi64>
// CHECK:       %[[PRODUCT:.*]] = llvm.mul %[[WIDE]], %[[MULT]] : vector<4xi64>
// CHECK:       llvm.add %[[PRODUCT]], %[[ROUND]] : vector<4xi64>
// CHECK:       llvm.ashr %{{.*}}, %[[SHIFT]] : vector<4xi64>
// CHECK-NOT:   tosa.
func.func @fully_connected(%x: tensor<1x1x16xi8>) -> tensor<1x1x4xi8> {
  %w = "tosa.const"() <{values = dense<3> : tensor<1x16x4xi8>}> : () -> tensor<1x16x4xi8>
  %xzp = "tosa.const"() <{values = dense<-128> : tensor<1xi8>}> : () -> tensor<1xi8>
  %wzp = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %acc = tosa.matmul %x, %w, %xzp, %wzp : (tensor<1x1x16xi8>, tensor<1x16x4xi8>, tensor<1xi8>, tensor<1xi8>) -> tensor<1x1x4xi32>
  %mult = "tosa.const"() <{values = dense<1395864371> : tensor<1xi32>}> : () -> tensor<1xi32>
  %shift = "tosa.const"() <{values = dense<39> : tensor<1xi8>}> : () -> tensor<1xi8>
  %izp = "tosa.const"() <{values = dense<0> : tensor<1xi32>}> : () -> tensor<1xi32>
  %ozp = "tosa.const"() <{values = dense<-128> : tensor<1xi8>}> : () -> tensor<1xi8>
  %y = tosa.rescale %acc, %mult, %shift, %izp, %ozp {scale32 = true, rounding_mode = DOUBLE_ROUND, per_channel = false, input_unsigned = false, output_unsigned = false} : (tensor<1x1x4xi32>, tensor<1xi32>, tensor<1xi8>, tensor<1xi32>, tensor<1xi8>) -> tensor<1x1x4xi8>
  return %y : tensor<1x1x4xi8>
}
