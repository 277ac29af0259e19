// Convolutions: removing output channels of a tosa.conv2d removes its filters
// and bias entries, passes through activations and tosa.max_pool2d (channels
// last, NHWC), and removes the next convolution's input channels. Flattening
// channels into features (a reshape that merges them with the spatial
// dimensions) is not followed.

// RUN: prune-opt %s --split-input-file --prune-neurons --remarks-filter=prune-neurons 2>%t.remarks | FileCheck %s
// RUN: FileCheck %s --check-prefix=REMARK --input-file=%t.remarks
// RUN: prune-opt %s --split-input-file --prune-neurons="mode=importance ratio=0.34" | FileCheck %s --check-prefix=IMPORTANCE

// conv1 channel 1: zero filter, bias -1 before a ReLU -> dead. Channel 2:
// zero filter, bias 2 -> constant 2, but conv2 pads its input with zeros, so
// the constant cannot be folded exactly: it stays.
// CHECK-LABEL: func.func @conv_chain
// CHECK-DAG:     "tosa.const"() <{values = dense<{{\[}}{{\[}}{{\[}}[1.000000e+00]]], {{\[}}{{\[}}[0.000000e+00]]]]> : tensor<2x1x1x1xf32>}>
// CHECK-DAG:     "tosa.const"() <{values = dense<[5.000000e-01, 2.000000e+00]> : tensor<2xf32>}>
// CHECK-DAG:     tensor<1x3x3x2xf32>
// CHECK:         tosa.conv2d {{.*}} -> tensor<1x4x4x2xf32>
// CHECK:         tosa.clamp {{.*}} -> tensor<1x4x4x2xf32>
// CHECK:         tosa.max_pool2d {{.*}} -> tensor<1x2x2x2xf32>
// CHECK:         tosa.conv2d {{.*}} : (tensor<1x2x2x2xf32>, tensor<1x3x3x2xf32>, {{.*}}) -> tensor<1x2x2x1xf32>
// REMARK: Remark="layer 'conv1': 3 -> 2 neurons (1 dead); 1 constant neuron(s) kept: layer 'conv2' is a padded convolution"
// IMPORTANCE-LABEL: func.func @conv_chain
// IMPORTANCE:         tosa.conv2d {{.*}} -> tensor<1x4x4x2xf32>
func.func @conv_chain(%x: tensor<1x4x4x1xf32>) -> tensor<1x2x2x1xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %w1 = "tosa.const"() <{values = dense<[[[[1.0]]], [[[0.0]]], [[[0.0]]]]> : tensor<3x1x1x1xf32>}> : () -> tensor<3x1x1x1xf32>
  %b1 = "tosa.const"() <{values = dense<[0.5, -1.0, 2.0]> : tensor<3xf32>}> : () -> tensor<3xf32>
  %w2 = "tosa.const"() <{values = dense<1.0> : tensor<1x3x3x3xf32>}> : () -> tensor<1x3x3x3xf32>
  %b2 = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %c1 = tosa.conv2d %x, %w1, %b1, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x1xf32>, tensor<3x1x1x1xf32>, tensor<3xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x3xf32> loc("conv1")
  %r1 = tosa.clamp %c1 {min_val = 0.0 : f32, max_val = 3.4e38 : f32} : (tensor<1x4x4x3xf32>) -> tensor<1x4x4x3xf32>
  %p1 = tosa.max_pool2d %r1 {kernel = array<i64: 2, 2>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 2, 2>} : (tensor<1x4x4x3xf32>) -> tensor<1x2x2x3xf32>
  %c2 = tosa.conv2d %p1, %w2, %b2, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x2x2x3xf32>, tensor<1x3x3x3xf32>, tensor<1xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x2x2x1xf32> loc("conv2")
  return %c2 : tensor<1x2x2x1xf32>
}

// -----

// Without padding the constant channel 2 folds exactly into conv2's bias:
// 0.25 + 2 * (sum of its 2x2 filter taps for channel 2: 1 + 2 + 3 + 4) = 20.25.
// CHECK-LABEL: func.func @conv_fold
// CHECK-DAG:     "tosa.const"() <{values = dense<2.025000e+01> : tensor<1xf32>}>
// CHECK-DAG:     tensor<1x2x2x1xf32>
// CHECK:         tosa.conv2d {{.*}} -> tensor<1x4x4x1xf32>
// REMARK: Remark="layer 'conv1': 2 -> 1 neurons (1 constant)"
func.func @conv_fold(%x: tensor<1x4x4x1xf32>) -> tensor<1x3x3x1xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %w1 = "tosa.const"() <{values = dense<[[[[1.0]]], [[[0.0]]]]> : tensor<2x1x1x1xf32>}> : () -> tensor<2x1x1x1xf32>
  %b1 = "tosa.const"() <{values = dense<[0.5, 2.0]> : tensor<2xf32>}> : () -> tensor<2xf32>
  %w2 = "tosa.const"() <{values = dense<[[[[9.0, 1.0], [9.0, 2.0]], [[9.0, 3.0], [9.0, 4.0]]]]> : tensor<1x2x2x2xf32>}> : () -> tensor<1x2x2x2xf32>
  %b2 = "tosa.const"() <{values = dense<0.25> : tensor<1xf32>}> : () -> tensor<1xf32>
  %c1 = tosa.conv2d %x, %w1, %b1, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x1xf32>, tensor<2x1x1x1xf32>, tensor<2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x2xf32> loc("conv1")
  %r1 = tosa.clamp %c1 {min_val = 0.0 : f32, max_val = 3.4e38 : f32} : (tensor<1x4x4x2xf32>) -> tensor<1x4x4x2xf32>
  %c2 = tosa.conv2d %r1, %w2, %b2, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x2xf32>, tensor<1x2x2x2xf32>, tensor<1xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x3x3x1xf32> loc("conv2")
  return %c2 : tensor<1x3x3x1xf32>
}

// -----

// Negative: channels flattened with the spatial dimensions before a dense
// layer; the dead channel stays, with a remark.
// CHECK-LABEL: func.func @flatten
// CHECK:         tosa.conv2d {{.*}} -> tensor<1x2x2x2xf32>
// REMARK: Reason="layer 'conv1' left alone: tosa.reshape merges the neuron axis with other dimensions"
func.func @flatten(%x: tensor<1x2x2x1xf32>) -> tensor<1x1x1xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %w1 = "tosa.const"() <{values = dense<[[[[1.0]]], [[[0.0]]]]> : tensor<2x1x1x1xf32>}> : () -> tensor<2x1x1x1xf32>
  %b1 = "tosa.const"() <{values = dense<[0.5, -1.0]> : tensor<2xf32>}> : () -> tensor<2xf32>
  %w2 = "tosa.const"() <{values = dense<1.0> : tensor<1x8x1xf32>}> : () -> tensor<1x8x1xf32>
  %c1 = tosa.conv2d %x, %w1, %b1, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x2x2x1xf32>, tensor<2x1x1x1xf32>, tensor<2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x2x2x2xf32> loc("conv1")
  %r1 = tosa.clamp %c1 {min_val = 0.0 : f32, max_val = 3.4e38 : f32} : (tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32>
  %s = tosa.const_shape {values = dense<[1, 1, 8]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %f = tosa.reshape %r1, %s : (tensor<1x2x2x2xf32>, !tosa.shape<3>) -> tensor<1x1x8xf32>
  %y = tosa.matmul %f, %w2, %zp, %zp : (tensor<1x1x8xf32>, tensor<1x8x1xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1xf32> loc("fc")
  return %y : tensor<1x1x1xf32>
}
