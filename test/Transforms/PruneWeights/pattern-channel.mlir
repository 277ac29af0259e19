// prune-weights pattern=channel: whole output channels (rows of the
// (output, input) view) are scored by their L2 norm and zeroed whole,
// round(F * channels) of them per layer; equal norms: the earlier channel
// goes first. What an output channel is depends on the consumer: a row of a
// torch-mlir Linear weight [out, in], OC of a tosa.conv2d weight
// [OC, KH, KW, IC], (C, M) of a tosa.depthwise_conv2d weight [KH, KW, C, M],
// a column of a linalg.matmul B [K, N], F of a linalg conv filter [KH, KW, C, F].
// Biases are not weights: the bias of a zeroed channel stays.

// RUN: prune-opt %s --split-input-file --prune-weights="pattern=channel sparsity=0.5" \
// RUN:   | FileCheck %s
// Idempotent: the zeroed channels are the lowest-scoring ones of a second run.
// RUN: prune-opt %s --split-input-file --prune-weights="pattern=channel sparsity=0.5" \
// RUN:   | prune-opt --split-input-file --prune-weights="pattern=channel sparsity=0.5" \
// RUN:   | FileCheck %s

// Row norms 5, sqrt(0.5), 10, sqrt(2): rows 1 and 3 go.

// CHECK-LABEL: func.func @tosa_linear
// CHECK:       %[[W:.*]] = "tosa.const"()
// CHECK-SAME:    dense<{{\[\[}}3.000000e+00, 4.000000e+00], [0.000000e+00, 0.000000e+00], [-6.000000e+00, 8.000000e+00], [0.000000e+00, 0.000000e+00]]> : tensor<4x2xf32>
// CHECK:       %[[B:.*]] = "tosa.const"()
// CHECK-SAME:    dense<{{\[\[}}1.250000e-01, 2.500000e-01, 3.750000e-01, 5.000000e-01]]> : tensor<1x4xf32>
// CHECK:       tosa.transpose %[[W]]
// CHECK:       tosa.add %{{.*}}, %[[B]]
func.func @tosa_linear(%x: tensor<1x2xf32>) -> tensor<1x4xf32> {
  %w = "tosa.const"() <{values = dense<[[3.0, 4.0], [0.5, 0.5], [-6.0, 8.0], [1.0, 1.0]]> : tensor<4x2xf32>}> : () -> tensor<4x2xf32>
  %b = "tosa.const"() <{values = dense<[[0.125, 0.25, 0.375, 0.5]]> : tensor<1x4xf32>}> : () -> tensor<1x4xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %wt = tosa.transpose %w {perms = array<i32: 1, 0>} : (tensor<4x2xf32>) -> tensor<2x4xf32>
  %ws = tosa.const_shape {values = dense<[1, 2, 4]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %w3 = tosa.reshape %wt, %ws : (tensor<2x4xf32>, !tosa.shape<3>) -> tensor<1x2x4xf32>
  %xs = tosa.const_shape {values = dense<[1, 1, 2]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %x3 = tosa.reshape %x, %xs : (tensor<1x2xf32>, !tosa.shape<3>) -> tensor<1x1x2xf32>
  %mm = tosa.matmul %x3, %w3, %zp, %zp : (tensor<1x1x2xf32>, tensor<1x2x4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x4xf32>
  %ys = tosa.const_shape {values = dense<[1, 4]> : tensor<2xindex>} : () -> !tosa.shape<2>
  %y = tosa.reshape %mm, %ys : (tensor<1x1x4xf32>, !tosa.shape<2>) -> tensor<1x4xf32>
  %add = tosa.add %y, %b : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xf32>
  return %add : tensor<1x4xf32>
}

// -----

// tosa.conv2d [OC=4, KH=1, KW=2, IC=1]: channel norms sqrt(2), 5, sqrt(0.5),
// sqrt(8): output channels 0 and 2 go, across both kernel positions.

// CHECK-LABEL: func.func @tosa_conv2d
// CHECK:       %[[W:.*]] = "tosa.const"()
// CHECK-SAME:    dense<{{\[\[\[}}[0.000000e+00], [0.000000e+00]]], {{\[\[}}[3.000000e+00], [-4.000000e+00]]], {{\[\[}}[0.000000e+00], [0.000000e+00]]], {{\[\[}}[2.000000e+00], [2.000000e+00]]]]> : tensor<4x1x2x1xf32>
// CHECK:       %[[B:.*]] = "tosa.const"()
// CHECK-SAME:    dense<[1.250000e-01, 2.500000e-01, 3.750000e-01, 5.000000e-01]> : tensor<4xf32>
// CHECK:       tosa.conv2d %{{.*}}, %[[W]], %[[B]]
func.func @tosa_conv2d(%x: tensor<1x3x3x1xf32>) -> tensor<1x3x2x4xf32> {
  %w = "tosa.const"() <{values = dense<[[[[1.0], [1.0]]], [[[3.0], [-4.0]]], [[[0.5], [0.5]]], [[[2.0], [2.0]]]]> : tensor<4x1x2x1xf32>}> : () -> tensor<4x1x2x1xf32>
  %b = "tosa.const"() <{values = dense<[0.125, 0.25, 0.375, 0.5]> : tensor<4xf32>}> : () -> tensor<4xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %y = tosa.conv2d %x, %w, %b, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x3x3x1xf32>, tensor<4x1x2x1xf32>, tensor<4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x3x2x4xf32>
  return %y : tensor<1x3x2x4xf32>
}

// -----

// tosa.depthwise_conv2d [KH=1, KW=2, C=2, M=1]: output channel c = 0 holds
// (1, 1) across the two kernel positions, c = 1 holds (4, 3).

// CHECK-LABEL: func.func @tosa_depthwise_conv2d
// CHECK:       "tosa.const"()
// CHECK-SAME:    dense<{{\[\[\[\[}}0.000000e+00], [4.000000e+00]], {{\[\[}}0.000000e+00], [3.000000e+00]]]]> : tensor<1x2x2x1xf32>
func.func @tosa_depthwise_conv2d(%x: tensor<1x3x3x2xf32>) -> tensor<1x3x2x2xf32> {
  %w = "tosa.const"() <{values = dense<[[[[1.0], [4.0]], [[1.0], [3.0]]]]> : tensor<1x2x2x1xf32>}> : () -> tensor<1x2x2x1xf32>
  %b = "tosa.const"() <{values = dense<[0.125, 0.25]> : tensor<2xf32>}> : () -> tensor<2xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %y = tosa.depthwise_conv2d %x, %w, %b, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x3x3x2xf32>, tensor<1x2x2x1xf32>, tensor<2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x3x2x2xf32>
  return %y : tensor<1x3x2x2xf32>
}

// -----

// linalg.matmul B [K=2, N=2]: output channels are the constant's columns.

// CHECK-LABEL: func.func @linalg_matmul
// CHECK:       arith.constant
// CHECK-SAME:    dense<{{\[\[}}0.000000e+00, 1.000000e+01], [0.000000e+00, 2.000000e+01]]> : tensor<2x2xf32>
func.func @linalg_matmul(%x: tensor<1x2xf32>) -> tensor<1x2xf32> {
  %w = arith.constant dense<[[1.0, 10.0], [2.0, 20.0]]> : tensor<2x2xf32>
  %init = arith.constant dense<0.0> : tensor<1x2xf32>
  %y = linalg.matmul ins(%x, %w : tensor<1x2xf32>, tensor<2x2xf32>) outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32>
  return %y : tensor<1x2xf32>
}

// -----

// linalg.conv_2d_nhwc_hwcf [KH=1, KW=1, C=2, F=2]: output channels are the
// last dimension: f = 0 holds (1, 1), f = 1 holds (3, 4).

// CHECK-LABEL: func.func @linalg_conv_2d
// CHECK:       arith.constant
// CHECK-SAME:    dense<{{\[\[\[\[}}0.000000e+00, 3.000000e+00], [0.000000e+00, 4.000000e+00]]]]> : tensor<1x1x2x2xf32>
func.func @linalg_conv_2d(%x: tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32> {
  %w = arith.constant dense<[[[[1.0, 3.0], [1.0, 4.0]]]]> : tensor<1x1x2x2xf32>
  %init = arith.constant dense<0.0> : tensor<1x2x2x2xf32>
  %y = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%x, %w : tensor<1x2x2x2xf32>, tensor<1x1x2x2xf32>) outs(%init : tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32>
  return %y : tensor<1x2x2x2xf32>
}

// -----

// Four rows of norm 1: the first two go.

// CHECK-LABEL: func.func @tied_rows
// CHECK:       arith.constant
// CHECK-SAME:    dense<{{\[\[}}0.000000e+00, 0.000000e+00], [0.000000e+00, 0.000000e+00], [1.000000e+00, 0.000000e+00], [0.000000e+00, -1.000000e+00]]> : tensor<4x2xf32>
func.func @tied_rows(%x: tensor<2xf32>) -> tensor<4xf32> {
  %w = arith.constant dense<[[1.0, 0.0], [0.0, 1.0], [1.0, 0.0], [0.0, -1.0]]> : tensor<4x2xf32>
  %init = arith.constant dense<0.0> : tensor<4xf32>
  %y = linalg.matvec ins(%w, %x : tensor<4x2xf32>, tensor<2xf32>) outs(%init : tensor<4xf32>) -> tensor<4xf32>
  return %y : tensor<4xf32>
}
