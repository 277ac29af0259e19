// What PrunableLayerOpInterface says about each TOSA layer op (external
// models in lib/Interfaces/TosaModels.cpp): the weight among the candidates,
// the (output, input) dimensions of the weight, the neuron axis, where
// calibration observes the features, zero point and bias operands, groups
// and multiply-accumulates. A layer whose weight is an argument has none.

// RUN: prune-opt %s --split-input-file --test-prune-layer-interface \
// RUN:   -o /dev/null 2>&1 | FileCheck %s

// CHECK: remark: candidates [0, 1], weight #1, data #0, output dims [0, 2] window dims [] channel dims [1], neuron axis 2, features in #0 axis 2 out axis 2, zero point #3, 192 MACs
func.func @matmul(%x: tensor<1x4x6xf32>) -> tensor<1x4x8xf32> {
  %w = "tosa.const"() <{values = dense<1.0> : tensor<1x6x8xf32>}> : () -> tensor<1x6x8xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %y = tosa.matmul %x, %w, %zp, %zp : (tensor<1x4x6xf32>, tensor<1x6x8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x8xf32>
  return %y : tensor<1x4x8xf32>
}

// -----

// A weight on the left of tosa.matmul: rows and columns swap, and
// prune-neurons cannot shrink the output.
// CHECK: remark: candidates [0, 1], weight #0, data #1, output dims [0, 1] window dims [] channel dims [2], no neuron axis: its weight is the left operand of tosa.matmul, features in #1 axis 1 out axis 1, zero point #2, 48 MACs
func.func @matmul_left(%x: tensor<1x6x2xf32>) -> tensor<1x4x2xf32> {
  %w = "tosa.const"() <{values = dense<1.0> : tensor<1x4x6xf32>}> : () -> tensor<1x4x6xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %y = tosa.matmul %w, %x, %zp, %zp : (tensor<1x4x6xf32>, tensor<1x6x2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x2xf32>
  return %y : tensor<1x4x2xf32>
}

// -----

// CHECK: remark: candidates [1], weight #1, data #0, output dims [0] window dims [1, 2] channel dims [3], neuron axis 3, features in #0 axis 3 out axis 3 im2col [3, 3, 1, 1, 1, 1, 1, 1, 1, 1], zero point #4, bias #2, padded, 27648 MACs
func.func @conv(%x: tensor<1x8x8x3xf32>) -> tensor<1x8x8x16xf32> {
  %w = "tosa.const"() <{values = dense<1.0> : tensor<16x3x3x3xf32>}> : () -> tensor<16x3x3x3xf32>
  %b = "tosa.const"() <{values = dense<0.5> : tensor<16xf32>}> : () -> tensor<16xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %y = tosa.conv2d %x, %w, %b, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x3xf32>, tensor<16x3x3x3xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x16xf32>
  return %y : tensor<1x8x8x16xf32>
}

// -----

// A depthwise convolution's output channel c * M + m reads input channel c
// only: its columns are the window, and it has C groups of M.
// CHECK: remark: candidates [1], weight #1, data #0, output dims [2, 3] window dims [0, 1] channel dims [], neuron axis 3, no features: only 2-D NHWC convolutions {{.*}} are instrumented yet, zero point #4, bias #2, 4 groups of 2, 2592 MACs
func.func @depthwise(%x: tensor<1x8x8x4xf32>) -> tensor<1x6x6x8xf32> {
  %w = "tosa.const"() <{values = dense<1.0> : tensor<3x3x4x2xf32>}> : () -> tensor<3x3x4x2xf32>
  %b = "tosa.const"() <{values = dense<0.0> : tensor<8xf32>}> : () -> tensor<8xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %y = tosa.depthwise_conv2d %x, %w, %b, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x4xf32>, tensor<3x3x4x2xf32>, tensor<8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x6x6x8xf32>
  return %y : tensor<1x6x6x8xf32>
}

// -----

// CHECK: remark: candidates [1], weight #1, data #0, output dims [0] window dims [1, 2, 3] channel dims [4], neuron axis 4, no features: only 2-D NHWC convolutions {{.*}}, zero point #4, bias #2, 3456 MACs
func.func @conv3d(%x: tensor<1x4x4x4x2xf32>) -> tensor<1x2x2x2x8xf32> {
  %w = "tosa.const"() <{values = dense<1.0> : tensor<8x3x3x3x2xf32>}> : () -> tensor<8x3x3x3x2xf32>
  %b = "tosa.const"() <{values = dense<0.0> : tensor<8xf32>}> : () -> tensor<8xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %y = tosa.conv3d %x, %w, %b, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1, 1>, pad = array<i64: 0, 0, 0, 0, 0, 0>, stride = array<i64: 1, 1, 1>} : (tensor<1x4x4x4x2xf32>, tensor<8x3x3x3x2xf32>, tensor<8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x2x2x2x8xf32>
  return %y : tensor<1x2x2x2x8xf32>
}

// -----

// CHECK: remark: candidates [1], weight #1, data #0, output dims [0] window dims [1, 2] channel dims [3], neuron axis 3, no features: {{.*}}, zero point #4, bias #2, 2592 MACs
func.func @transpose_conv(%x: tensor<1x4x4x2xf32>) -> tensor<1x6x6x4xf32> {
  %w = "tosa.const"() <{values = dense<1.0> : tensor<4x3x3x2xf32>}> : () -> tensor<4x3x3x2xf32>
  %b = "tosa.const"() <{values = dense<0.0> : tensor<4xf32>}> : () -> tensor<4xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %y = tosa.transpose_conv2d %x, %w, %b, %zp, %zp {acc_type = f32, out_pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x2xf32>, tensor<4x3x3x2xf32>, tensor<4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x6x6x4xf32>
  return %y : tensor<1x6x6x4xf32>
}

// -----

// Quantized: the weight's zero point is its operand.
// CHECK: remark: candidates [0, 1], weight #1, data #0, {{.*}}, zero point #3, 8 MACs
func.func @matmul_i8(%x: tensor<1x2x2xi8>) -> tensor<1x2x2xi32> {
  %w = "tosa.const"() <{values = dense<[[[1, 2], [3, 4]]]> : tensor<1x2x2xi8>}> : () -> tensor<1x2x2xi8>
  %xzp = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %wzp = "tosa.const"() <{values = dense<3> : tensor<1xi8>}> : () -> tensor<1xi8>
  %y = tosa.matmul %x, %w, %xzp, %wzp : (tensor<1x2x2xi8>, tensor<1x2x2xi8>, tensor<1xi8>, tensor<1xi8>) -> tensor<1x2x2xi32>
  return %y : tensor<1x2x2xi32>
}

// -----

// CHECK: remark: candidates [0, 1], no constant weight
func.func @weight_arg(%x: tensor<1x4x6xf32>, %w: tensor<1x6x8xf32>) -> tensor<1x4x8xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %y = tosa.matmul %x, %w, %zp, %zp : (tensor<1x4x6xf32>, tensor<1x6x8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x8xf32>
  return %y : tensor<1x4x8xf32>
}
