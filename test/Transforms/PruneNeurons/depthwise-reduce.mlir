// Neurons pass through a depthwise convolution with multiplier 1 (input
// channel c is output channel c: its filter and bias go with the neuron) and
// through reductions over other axes (a global average pool sums H and W),
// as in MobileNet-style blocks imported from ONNX. A reduction over the
// neuron axis (a LayerNorm's mean) stops them.

// RUN: prune-opt %s --split-input-file --prune-neurons="mode=importance ratio=0.34" --remarks-filter=prune-neurons 2>%t.remarks | FileCheck %s
// RUN: FileCheck %s --check-prefix=REMARK --input-file=%t.remarks
// RUN: prune-opt %s --split-input-file --prune-neurons --remarks-filter=prune-neurons 2>&1 >/dev/null | FileCheck %s --check-prefix=DEAD

// conv1 channel 1 has the smallest filter: it goes, with the depthwise
// filter and bias of channel 1 and conv2's input column 1.
// CHECK-LABEL: func.func @depthwise_pool
// CHECK-DAG:     "tosa.const"() <{values = dense<{{\[}}{{\[}}{{\[}}[1.000000e+00]]], {{\[}}{{\[}}[2.000000e+00]]]]> : tensor<2x1x1x1xf32>}>
// CHECK-DAG:     "tosa.const"() <{values = dense<[0.000000e+00, 5.000000e-01]> : tensor<2xf32>}>
// CHECK-DAG:     "tosa.const"() <{values = dense<{{\[}}{{\[}}{{\[}}[1.000000e+00, 1.000000e+02]]]]> : tensor<1x1x1x2xf32>}>
// CHECK:         tosa.conv2d {{.*}} -> tensor<1x4x4x2xf32>
// CHECK:         tosa.depthwise_conv2d {{.*}} : (tensor<1x4x4x2xf32>, tensor<3x3x2x1xf32>, tensor<2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x2xf32>
// CHECK:         tosa.reduce_sum {{.*}} {axis = 1 : i32} : (tensor<1x4x4x2xf32>) -> tensor<1x1x4x2xf32>
// CHECK:         tosa.reduce_sum {{.*}} {axis = 2 : i32} : (tensor<1x1x4x2xf32>) -> tensor<1x1x1x2xf32>
// CHECK:         tosa.conv2d {{.*}} : (tensor<1x1x1x2xf32>, tensor<1x1x1x2xf32>, {{.*}}) -> tensor<1x1x1x1xf32>
// REMARK: Remark="layer 'conv1': 3 -> 2 neurons (1 unimportant)"
// REMARK: Reason="layer 'dw' left alone: a depthwise convolution's channels are its input's; they are removed with the layer that produces them"

// Removing a neuron that is zero after conv1 would drop the depthwise
// bias it becomes downstream; mode=dead proves nothing zero at conv2 and
// keeps all three.
// DEAD: Reason="layer 'conv1' keeps its 3 neurons; none is unread or provably constant where the next layers read it (mode=dead removes only those)"
func.func @depthwise_pool(%x: tensor<1x4x4x1xf32>) -> tensor<1x1x1x1xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %w1 = "tosa.const"() <{values = dense<[[[[1.0]]], [[[0.0]]], [[[2.0]]]]> : tensor<3x1x1x1xf32>}> : () -> tensor<3x1x1x1xf32>
  %b1 = "tosa.const"() <{values = dense<[0.5, -1.0, 0.0]> : tensor<3xf32>}> : () -> tensor<3xf32>
  %wd = "tosa.const"() <{values = dense<1.0> : tensor<3x3x3x1xf32>}> : () -> tensor<3x3x3x1xf32>
  %bd = "tosa.const"() <{values = dense<[0.0, 3.0, 0.5]> : tensor<3xf32>}> : () -> tensor<3xf32>
  %w2 = "tosa.const"() <{values = dense<[[[[1.0, 10.0, 100.0]]]]> : tensor<1x1x1x3xf32>}> : () -> tensor<1x1x1x3xf32>
  %b2 = "tosa.const"() <{values = dense<0.25> : tensor<1xf32>}> : () -> tensor<1xf32>
  %c1 = tosa.conv2d %x, %w1, %b1, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x1xf32>, tensor<3x1x1x1xf32>, tensor<3xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x3xf32> loc("conv1")
  %r1 = tosa.clamp %c1 {min_val = 0.0 : f32, max_val = 3.4e38 : f32} : (tensor<1x4x4x3xf32>) -> tensor<1x4x4x3xf32>
  %d = tosa.depthwise_conv2d %r1, %wd, %bd, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x4x4x3xf32>, tensor<3x3x3x1xf32>, tensor<3xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x3xf32> loc("dw")
  %r2 = tosa.clamp %d {min_val = 0.0 : f32, max_val = 3.4e38 : f32} : (tensor<1x4x4x3xf32>) -> tensor<1x4x4x3xf32>
  %s1 = tosa.reduce_sum %r2 {axis = 1 : i32} : (tensor<1x4x4x3xf32>) -> tensor<1x1x4x3xf32>
  %s2 = tosa.reduce_sum %s1 {axis = 2 : i32} : (tensor<1x1x4x3xf32>) -> tensor<1x1x1x3xf32>
  %c2 = tosa.conv2d %s2, %w2, %b2, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x1x1x3xf32>, tensor<1x1x1x3xf32>, tensor<1xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1x1xf32> loc("conv2")
  return %c2 : tensor<1x1x1x1xf32>
}

// -----

// A mean over the neurons (LayerNorm) couples all of them.
// REMARK: Reason="layer 'fc' left alone: 'tosa.reduce_sum' reduces over the neurons (as a LayerNorm or a channel mean does), so each output depends on all of them"
// CHECK-LABEL: func.func @layernorm_mean
// CHECK:         tosa.matmul {{.*}} -> tensor<1x?x4xf32>
func.func @layernorm_mean(%x: tensor<1x?x4xf32>) -> tensor<1x?x1xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %w = "tosa.const"() <{values = dense<[[[1.0, 0.001, 2.0, 3.0], [1.0, 0.001, 2.0, 3.0], [1.0, 0.001, 2.0, 3.0], [1.0, 0.001, 2.0, 3.0]]]> : tensor<1x4x4xf32>}> : () -> tensor<1x4x4xf32>
  %y = tosa.matmul %x, %w, %zp, %zp : (tensor<1x?x4xf32>, tensor<1x4x4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x4xf32> loc("fc")
  %m = tosa.reduce_sum %y {axis = 2 : i32} : (tensor<1x?x4xf32>) -> tensor<1x?x1xf32>
  return %m : tensor<1x?x1xf32>
}
