// Mixed-precision contractions compiled by prune-compile print the right
// numbers: TFLite-to-TOSA's quantized matmul (i8 x i8 -> i32, sign-extended),
// a bf16 -> f32 linalg.batch_matmul and an unsigned u8 linalg.matmul
// (cast_unsigned: zero-extended) in torch-mlir's linalg form; vectorized and
// as scalar loops. Expected values computed by hand in Python; the bf16
// inputs are exact in bf16, and the u8 inputs 200, 255, 128, 250, 129 are
// written as the i8 values with the same bits (-56, -1, -128, -6, -127).
//
// DEFINE: %{options} = vectorize-dense=true
// DEFINE: %{run} = prune-opt %s --prune-compile="%{options}" \
// DEFINE: | mlir-runner -e main -entry-point-result=void -shared-libs=%mlir_runner_libs \
// DEFINE: | FileCheck %s
// RUN: %{run}
// REDEFINE: %{options} = vectorize-dense=false
// RUN: %{run}

func.func @quantized_matmul(%a: tensor<1x2x3xi8>) -> tensor<1x2x4xi32> {
  %b = "tosa.const"() <{values = dense<[[[127, -128, 3, 0], [-1, 2, -3, 4], [100, 100, -100, -7]]]> : tensor<1x3x4xi8>}> : () -> tensor<1x3x4xi8>
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

func.func @main() {
  // CHECK:      {{\[}}[-15883,   17138,   -1265,   473],
  // CHECK-NEXT: [10385,   9608,   -9979,   -716]]]
  %qa = arith.constant dense<[[[-128, 127, 5], [3, -4, 100]]]> : tensor<1x2x3xi8>
  %q = call @quantized_matmul(%qa) : (tensor<1x2x3xi8>) -> tensor<1x2x4xi32>
  %qu = tensor.cast %q : tensor<1x2x4xi32> to tensor<*xi32>
  call @printMemrefI32(%qu) : (tensor<*xi32>) -> ()

  // CHECK:      {{\[}}{{\[}}[1,   -7.3125],
  // CHECK-NEXT: [10.25,   -2.25]],
  // CHECK-NEXT: {{\[}}[-4,   -15],
  // CHECK-NEXT: [0.25,   -5.5]]]
  %ba = arith.constant dense<[[[1.5, -2.0, 0.25], [3.0, 0.5, -1.0]], [[-0.5, 4.0, 2.0], [1.0, 1.0, 1.0]]]> : tensor<2x2x3xbf16>
  %bb = arith.constant dense<[[[2.0, -1.0], [0.5, 3.0], [-4.0, 0.75]], [[1.0, 2.0], [-1.0, 0.5], [0.25, -8.0]]]> : tensor<2x3x2xbf16>
  %bf = call @bf16_batch_matmul(%ba, %bb) : (tensor<2x2x3xbf16>, tensor<2x3x2xbf16>) -> tensor<2x2x2xf32>
  %bfu = tensor.cast %bf : tensor<2x2x2xf32> to tensor<*xf32>
  call @printMemrefF32(%bfu) : (tensor<*xf32>) -> ()

  // CHECK:      {{\[}}[905,   83898],
  // CHECK-NEXT: [32006,   33021]]
  %ua = arith.constant dense<[[-56, 1, -1], [-128, 127, 0]]> : tensor<2x3xi8>
  %ub = arith.constant dense<[[2, -1], [-6, 3], [1, -127]]> : tensor<3x2xi8>
  %u = call @unsigned_matmul(%ua, %ub) : (tensor<2x3xi8>, tensor<3x2xi8>) -> tensor<2x2xi32>
  %uu = tensor.cast %u : tensor<2x2xi32> to tensor<*xi32>
  call @printMemrefI32(%uu) : (tensor<*xi32>) -> ()
  return
}
func.func private @printMemrefI32(tensor<*xi32>) attributes {llvm.emit_c_interface}
func.func private @printMemrefF32(tensor<*xf32>) attributes {llvm.emit_c_interface}
