// prune-instrument{output=PATH}: a prune.observe on every layer's input (the
// dimension its weight's input features pair with) and output (after
// reshapes, bias and activation), named as prune-weights names layers.
// RUN: prune-opt %s --split-input-file --verify-diagnostics \
// RUN:   --prune-instrument=output=cal.stats | FileCheck %s

// A torch-mlir style Linear + ReLU: the output is followed through the
// reshape, the bias add and the clamp.
// CHECK-LABEL: func.func @tosa_linear
// CHECK-SAME:    (%[[X:.*]]: tensor<?x4xf32>)
// CHECK:       %[[X3:.*]] = tosa.reshape %[[X]]
// CHECK-NEXT:  prune.observe input %[[X3]] layer "fc" dim 2 to "cal.stats" : tensor<1x?x4xf32>
// CHECK-NEXT:  %[[MM:.*]] = tosa.matmul %[[X3]]
// CHECK:       %[[RELU:.*]] = tosa.clamp
// CHECK-NEXT:  prune.observe output %[[RELU]] layer "fc" dim 1 to "cal.stats" : tensor<?x3xf32>
// CHECK-NEXT:  return %[[RELU]]
func.func @tosa_linear(%x: tensor<?x4xf32>) -> tensor<?x3xf32> {
  %w = "tosa.const"() <{values = dense<1.0> : tensor<3x4xf32>}> : () -> tensor<3x4xf32>
  %b = "tosa.const"() <{values = dense<0.5> : tensor<1x3xf32>}> : () -> tensor<1x3xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %wt = tosa.transpose %w {perms = array<i32: 1, 0>} : (tensor<3x4xf32>) -> tensor<4x3xf32>
  %ws = tosa.const_shape {values = dense<[1, 4, 3]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %w3 = tosa.reshape %wt, %ws : (tensor<4x3xf32>, !tosa.shape<3>) -> tensor<1x4x3xf32>
  %xs = tosa.const_shape {values = dense<[1, -1, 4]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %x3 = tosa.reshape %x, %xs : (tensor<?x4xf32>, !tosa.shape<3>) -> tensor<1x?x4xf32>
  %mm = tosa.matmul %x3, %w3, %zp, %zp : (tensor<1x?x4xf32>, tensor<1x4x3xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x3xf32> loc("fc")
  %ys = tosa.const_shape {values = dense<[-1, 3]> : tensor<2xindex>} : () -> !tosa.shape<2>
  %y = tosa.reshape %mm, %ys : (tensor<1x?x3xf32>, !tosa.shape<2>) -> tensor<?x3xf32>
  %add = tosa.add %y, %b : (tensor<?x3xf32>, tensor<1x3xf32>) -> tensor<?x3xf32>
  %relu = tosa.clamp %add {min_val = 0.0 : f32, max_val = 3.4e38 : f32} : (tensor<?x3xf32>) -> tensor<?x3xf32>
  return %relu : tensor<?x3xf32>
}

// -----

// linalg.matmul with the weight on the right: features are the columns of
// the input; a bias added by a non-constant (a residual) ends the output.
// Unnamed layers are `<function>#<k>`.
// CHECK-LABEL: func.func @linalg_matmul
// CHECK-SAME:    (%[[X:.*]]: tensor<8x4xf32>, %[[R:.*]]: tensor<8x3xf32>)
// CHECK:       prune.observe input %[[X]] layer "linalg_matmul#0" dim 1 to "cal.stats" : tensor<8x4xf32>
// CHECK-NEXT:  %[[MM:.*]] = linalg.matmul
// CHECK-NEXT:  prune.observe output %[[MM]] layer "linalg_matmul#0" dim 1 to "cal.stats" : tensor<8x3xf32>
// CHECK-NEXT:  arith.addf %[[MM]], %[[R]]
func.func @linalg_matmul(%x: tensor<8x4xf32>, %r: tensor<8x3xf32>) -> tensor<8x3xf32> {
  %w = arith.constant dense<1.0> : tensor<4x3xf32>
  %init = tensor.empty() : tensor<8x3xf32>
  %mm = linalg.matmul ins(%x, %w : tensor<8x4xf32>, tensor<4x3xf32>) outs(%init : tensor<8x3xf32>) -> tensor<8x3xf32>
  %s = arith.addf %mm, %r : tensor<8x3xf32>
  return %s : tensor<8x3xf32>
}

// -----

// The weight on the left (W x): features run along dimension 0 of the
// input, neurons along dimension 0 of the result; f64 works too.
// CHECK-LABEL: func.func @weight_left
// CHECK:       prune.observe input %{{.*}} layer "left" dim 0 to "cal.stats" : tensor<4x8xf64>
// CHECK:       prune.observe output %{{.*}} layer "left" dim 0 to "cal.stats" : tensor<3x8xf64>
func.func @weight_left(%x: tensor<4x8xf64>) -> tensor<3x8xf64> {
  %w = arith.constant dense<1.0> : tensor<3x4xf64>
  %init = tensor.empty() : tensor<3x8xf64>
  %mm = linalg.matmul ins(%w, %x : tensor<3x4xf64>, tensor<4x8xf64>) outs(%init : tensor<3x8xf64>) -> tensor<3x8xf64> loc("left")
  return %mm : tensor<3x8xf64>
}

// -----

// A batched matmul with batch 1 is a layer; a linalg.generic bias + ReLU
// with constant operands is followed.
#id = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#bias = affine_map<(d0, d1, d2) -> (d2)>
// CHECK-LABEL: func.func @batch_one
// CHECK:       prune.observe input %{{.*}} layer "bm" dim 2 to "cal.stats" : tensor<1x5x4xf32>
// CHECK:       %[[ACT:.*]] = linalg.generic
// CHECK:       prune.observe output %[[ACT]] layer "bm" dim 2 to "cal.stats" : tensor<1x5x3xf32>
func.func @batch_one(%x: tensor<1x5x4xf32>) -> tensor<1x5x3xf32> {
  %w = arith.constant dense<1.0> : tensor<1x4x3xf32>
  %b = arith.constant dense<[1.0, 2.0, 3.0]> : tensor<3xf32>
  %init = tensor.empty() : tensor<1x5x3xf32>
  %mm = linalg.batch_matmul ins(%x, %w : tensor<1x5x4xf32>, tensor<1x4x3xf32>) outs(%init : tensor<1x5x3xf32>) -> tensor<1x5x3xf32> loc("bm")
  %act = linalg.generic {indexing_maps = [#id, #bias, #id], iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%mm, %b : tensor<1x5x3xf32>, tensor<3xf32>) outs(%init : tensor<1x5x3xf32>) {
  ^bb0(%in: f32, %bi: f32, %out: f32):
    %z = arith.constant 0.0 : f32
    %s = arith.addf %in, %bi : f32
    %r = arith.maximumf %s, %z : f32
    linalg.yield %r : f32
  } -> tensor<1x5x3xf32>
  return %act : tensor<1x5x3xf32>
}

// -----

// 2-D convolutions are observed with their im2col window (conv.mlir runs
// one); linalg's conv_2d_nhwc_hwcf carries strides and dilations, its
// padding is a separate op.
// CHECK-LABEL: func.func @linalg_conv
// CHECK:       prune.observe input %{{.*}} layer "linalg_conv#0" dim 3 to "cal.stats" {im2col = array<i64: 3, 3, 2, 2, 0, 0, 0, 0, 1, 1>} : tensor<1x9x9x2xf32>
// CHECK:       prune.observe output %{{.*}} layer "linalg_conv#0" dim 3 to "cal.stats" : tensor<1x4x4x4xf32>
func.func @linalg_conv(%x: tensor<1x9x9x2xf32>) -> tensor<1x4x4x4xf32> {
  %w = arith.constant dense<1.0> : tensor<3x3x2x4xf32>
  %init = tensor.empty() : tensor<1x4x4x4xf32>
  %y = linalg.conv_2d_nhwc_hwcf {strides = dense<2> : tensor<2xi64>, dilations = dense<1> : tensor<2xi64>} ins(%x, %w : tensor<1x9x9x2xf32>, tensor<3x3x2x4xf32>) outs(%init : tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
  return %y : tensor<1x4x4x4xf32>
}

// -----

// Layers that cannot be observed are left alone with a warning: other
// convolutions (depthwise: each output sees one channel's window)...
// CHECK-LABEL: func.func @depthwise
// CHECK-NOT:   prune.observe
func.func @depthwise(%x: tensor<1x8x8x2xf32>) -> tensor<1x6x6x2xf32> {
  %w = "tosa.const"() <{values = dense<1.0> : tensor<3x3x2x1xf32>}> : () -> tensor<3x3x2x1xf32>
  %b = "tosa.const"() <{values = dense<0.0> : tensor<2xf32>}> : () -> tensor<2xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  // expected-warning @below {{prune-instrument: layer 'depthwise#0' not instrumented: only 2-D NHWC convolutions (tosa.conv2d, linalg.conv_2d_nhwc_hwcf) are instrumented yet}}
  %y = tosa.depthwise_conv2d %x, %w, %b, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x2xf32>, tensor<3x3x2x1xf32>, tensor<2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x6x6x2xf32>
  return %y : tensor<1x6x6x2xf32>
}

// -----

// ... linalg convolutions in other layouts ...
// CHECK-LABEL: func.func @nchw
// CHECK-NOT:   prune.observe
func.func @nchw(%x: tensor<1x2x8x8xf32>) -> tensor<1x4x6x6xf32> {
  %w = arith.constant dense<1.0> : tensor<4x2x3x3xf32>
  %init = tensor.empty() : tensor<1x4x6x6xf32>
  // expected-warning @below {{only 2-D NHWC convolutions}}
  %y = linalg.conv_2d_nchw_fchw ins(%x, %w : tensor<1x2x8x8xf32>, tensor<4x2x3x3xf32>) outs(%init : tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  return %y : tensor<1x4x6x6xf32>
}

// -----

// ... integer layers ...
// CHECK-LABEL: func.func @integer
// CHECK-NOT:   prune.observe
func.func @integer(%x: tensor<8x4xi8>) -> tensor<8x3xi32> {
  %w = arith.constant dense<1> : tensor<4x3xi8>
  %init = tensor.empty() : tensor<8x3xi32>
  // expected-warning @below {{prune-instrument: layer 'integer#0' not instrumented: its input (tensor<8x4xi8>) or output (tensor<8x3xi32>) is not an f32/f64 tensor}}
  %mm = linalg.matmul ins(%x, %w : tensor<8x4xi8>, tensor<4x3xi8>) outs(%init : tensor<8x3xi32>) -> tensor<8x3xi32>
  return %mm : tensor<8x3xi32>
}

// -----

// A batch of two constant weight matrices is not one layer's (output,
// input) view.
// CHECK-LABEL: func.func @batched_weights
// CHECK-NOT:   prune.observe
func.func @batched_weights(%x: tensor<2x5x4xf32>) -> tensor<2x5x3xf32> {
  %w = arith.constant dense<1.0> : tensor<2x4x3xf32>
  %init = tensor.empty() : tensor<2x5x3xf32>
  // expected-warning @below {{its weight has more than one output dimension (batched weights)}}
  %mm = linalg.batch_matmul ins(%x, %w : tensor<2x5x4xf32>, tensor<2x4x3xf32>) outs(%init : tensor<2x5x3xf32>) -> tensor<2x5x3xf32>
  return %mm : tensor<2x5x3xf32>
}
