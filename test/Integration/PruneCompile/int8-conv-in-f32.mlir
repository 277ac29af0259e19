// prune-compile computes an int8 convolution in f32 where every partial sum
// is provably an integer below 2^24 (prune-int8-convolutions-in-f32), and
// splits the input channels where it is not. Here filter 0's bound is
// 16000000 + 130 * 72 * 127 = 17188720 > 2^24 (|x - zp| <= 130 for zp -3),
// so its 8 channels go in two chunks of 4 (16594360 each at most, the bias in
// the first); output (2, 2) of filter 0 reads a window aligned with its
// filter's signs and sums to 17165225, odd and above 2^24, which one f32
// convolution would round. The accumulator printed is numpy's exact integer
// convolution (x - zp, zero padding, plus bias), with the pass and with
// vectorize-dense=false.
//
// DEFINE: %{options} = sparse=false
// DEFINE: %{run} = prune-opt %s --prune-compile="%{options}" \
// DEFINE: | mlir-runner -e main -entry-point-result=void -shared-libs=%mlir_runner_libs \
// DEFINE: | FileCheck %s
// RUN: %{run}
// REDEFINE: %{options} = sparse=false vectorize-dense=false
// RUN: %{run}
// RUN: prune-opt %s --prune-int8-convolutions-in-f32 | FileCheck %s --check-prefix=IR

// IR-LABEL: func.func @conv(
// IR-COUNT-2: tosa.conv2d {{.*}} -> tensor<1x4x4x2xf32>
// IR: tosa.add {{.*}} -> tensor<1x4x4x2xi32>

// CHECK: [16080137,  -121553,  15978918,  -154512,  15987300,  -89919,  15921260,  -129563,  15912497,  -124297,  16086868,  -198228,  15858014,  -165893,  15858141,  -196987,  16149606,  -135516,  15841631,  -115395,  17165225,  -310362,  15933960,  -158062,  15861316,  -147612,  15928118,  -29719,  15902845,  -73532,  15998730,  -59417]
func.func @conv(%x: tensor<1x4x4x8xi8>) -> tensor<1x4x4x2xi32> {
  %w = "tosa.const"() <{values = dense<[[[[ 127, -127, -127, -127, -127, -127,  127, -127],   [-127,  127,  127, -127, -127,  127, -127, -127],   [-127,  127, -127,  127,  127, -127,  127,  127]],  [[-127,  127,  127,  127,  127,  127, -127, -127],   [ 127, -127,  127,  127, -127,  127, -127, -127],   [-127,  127,  127,  127,  127,  127, -127, -127]],  [[ 127, -127, -127, -127,  127, -127,  127,  127],   [ 127, -127,  127,  127, -127, -127, -127,  127],   [-127, -127,  127, -127,  127, -127,  127, -127]]], [[[ -21,  119, -100,   40,   58,  -18, -107,    6],   [ -17,   95,   46,  -40, -113,   23,  -56,   47],   [  93,  -37,  103,    5,    8,   68,   74,  104]],  [[ 127,  -89,  -22,  111,  -49, -126,   19,   65],   [  62,   79,   37,  -93,   89,  -21,   89,   80],   [ 120, -124,   93,   33,   -4,   75,  115,    3]],  [[-105,   58,  -69,  -70,  -78,  -77,  105,  -35],   [-100,  -82,  -27,  -39,  -48,  114,   93,   19],   [ 124,  -41,  -92,  -58, -105,  115,  -72,  -14]]]]> : tensor<2x3x3x8xi8>}> : () -> tensor<2x3x3x8xi8>
  %b = "tosa.const"() <{values = dense<[16000000, -123457]> : tensor<2xi32>}> : () -> tensor<2xi32>
  %izp = "tosa.const"() <{values = dense<-3> : tensor<1xi8>}> : () -> tensor<1xi8>
  %wzp = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %acc = tosa.conv2d %x, %w, %b, %izp, %wzp {acc_type = i32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x4x4x8xi8>, tensor<2x3x3x8xi8>, tensor<2xi32>, tensor<1xi8>, tensor<1xi8>) -> tensor<1x4x4x2xi32>
  return %acc : tensor<1x4x4x2xi32>
}

func.func @main() {
  %x = arith.constant dense<[[[[ 113,   32,   47,  101,   20,   70,   85,  -71],   [-114,  -52,  -56,   95,  105, -127,   -1,   82],   [ -95,   76,  -98,   -9,   81,  -51,  -41,  -57],   [  56,  -63,  125,  -15,   -6,    1,   21,   13]],  [[   2,  126,   78,   74,   51,   31,  -41,  125],   [ 127, -128, -128, -128, -128, -128,  127, -128],   [-128,  127,  127, -128, -128,  127, -128, -128],   [-128,  127, -128,  127,  127, -128,  127,  127]],  [[ 126, -125, -104,  -79,  120,   49,   97,  -77],   [-128,  127,  127,  127,  127,  127, -128, -128],   [ 127, -128,  127,  127, -128,  127, -128, -128],   [-128,  127,  127,  127,  127,  127, -128, -128]],  [[  58,    1,   28,   95,   47,  -36,   36,   25],   [ 127, -128, -128, -128,  127, -128,  127,  127],   [ 127, -128,  127,  127, -128, -128, -128,  127],   [-128, -128,  127, -128,  127, -128,  127, -128]]]]> : tensor<1x4x4x8xi8>
  %acc = call @conv(%x) : (tensor<1x4x4x8xi8>) -> tensor<1x4x4x2xi32>
  %flat = tensor.collapse_shape %acc [[0, 1, 2, 3]] : tensor<1x4x4x2xi32> into tensor<32xi32>
  %u = tensor.cast %flat : tensor<32xi32> to tensor<*xi32>
  call @printMemrefI32(%u) : (tensor<*xi32>) -> ()
  return
}
func.func private @printMemrefI32(tensor<*xi32>) attributes {llvm.emit_c_interface}
