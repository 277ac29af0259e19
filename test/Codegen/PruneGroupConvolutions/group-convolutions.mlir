// RUN: prune-opt %s --split-input-file \
// RUN:   --pass-pipeline='builtin.module(func.func(prune-group-convolutions))' \
// RUN:   | FileCheck %s

// Two groups of 2 input and 2 output channels, a 1x2 window, padding and a
// dynamic batch, as prune-import-onnx writes a grouped Conv: one loop over
// the groups. The filters are stacked as [G, KH, KW, Cg, Fg]: group 0's
// filter [o][kw][c] = 1 + 4o + 2kw + c becomes [kw][c][o] (1 5 2 6 3 7 4 8),
// group 1's (9 .. 16) likewise; the biases are concatenated.

// CHECK-LABEL: func.func @two_groups(
// CHECK-SAME:    %[[X:.*]]: tensor<?x4x4x4xf32>)
// CHECK-DAG:     %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK:         %[[PADDED:.*]] = tensor.pad %[[X]] low[0, 1, 0, 0] high[0, 0, 1, 0]
// CHECK:           tensor.yield %[[ZERO]]
// CHECK:         %[[FILTERS:.*]] = arith.constant dense_resource<grouped_filters> : tensor<2x1x2x2x2xf32>
// CHECK:         %[[BIAS:.*]] = arith.constant dense<[1.000000e-01, 2.000000e-01, 3.000000e-01, 4.000000e-01]> : tensor<4xf32>
// CHECK:         %[[BATCH:.*]] = tensor.dim %[[X]], %{{.*}}
// CHECK:         %[[EMPTY:.*]] = tensor.empty(%[[BATCH]]) : tensor<?x5x4x4xf32>
// CHECK:         %[[ACC:.*]] = linalg.broadcast ins(%[[BIAS]] : tensor<4xf32>) outs(%[[EMPTY]] : tensor<?x5x4x4xf32>) dimensions = [0, 1, 2]
// CHECK:         %[[Y:.*]] = scf.forall (%[[G:.*]]) in (2) shared_outs(%[[O:.*]] = %[[ACC]]) -> (tensor<?x5x4x4xf32>) {
// CHECK:           %[[IN_OFFSET:.*]] = arith.muli %[[G]], %{{.*}}
// CHECK:           %[[IN:.*]] = tensor.extract_slice %[[PADDED]][0, 0, 0, %[[IN_OFFSET]]] [%{{.*}}, 5, 5, 2] [1, 1, 1, 1]
// CHECK:           %[[W:.*]] = tensor.extract_slice %[[FILTERS]][%[[G]], 0, 0, 0, 0] [1, 1, 2, 2, 2] [1, 1, 1, 1, 1] : tensor<2x1x2x2x2xf32> to tensor<1x2x2x2xf32>
// CHECK:           %[[OUT_OFFSET:.*]] = arith.muli %[[G]], %{{.*}}
// CHECK:           %[[OUT:.*]] = tensor.extract_slice %[[O]][0, 0, 0, %[[OUT_OFFSET]]] [%{{.*}}, 5, 4, 2] [1, 1, 1, 1]
// CHECK:           %[[CONV:.*]] = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%[[IN]], %[[W]] : tensor<?x5x5x2xf32>, tensor<1x2x2x2xf32>) outs(%[[OUT]] : tensor<?x5x4x2xf32>)
// CHECK:           scf.forall.in_parallel {
// CHECK:             tensor.parallel_insert_slice %[[CONV]] into %[[O]][0, 0, 0, %[[OUT_OFFSET]]] [%{{.*}}, 5, 4, 2] [1, 1, 1, 1]
// CHECK-NOT:     tosa.conv2d
// CHECK-NOT:     tosa.concat
// CHECK:         return %[[Y]]
// CHECK:       grouped_filters: "0x08000000
// CHECK-SAME:    0000803F0000A040000000400000C040000040400000E0400000804000000041
// CHECK-SAME:    0000104100005041000020410000604100003041000070410000404100008041"
func.func @two_groups(%x: tensor<?x4x4x4xf32>) -> tensor<?x5x4x4xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %size = tosa.const_shape {values = dense<[-1, 4, 4, 2]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %start0 = tosa.const_shape {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
  %start1 = tosa.const_shape {values = dense<[0, 0, 0, 2]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %x0 = tosa.slice %x, %start0, %size : (tensor<?x4x4x4xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<?x4x4x2xf32>
  %x1 = tosa.slice %x, %start1, %size : (tensor<?x4x4x4xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<?x4x4x2xf32>
  %w0 = "tosa.const"() <{values = dense<[[[[1.0, 2.0], [3.0, 4.0]]], [[[5.0, 6.0], [7.0, 8.0]]]]> : tensor<2x1x2x2xf32>}> : () -> tensor<2x1x2x2xf32>
  %w1 = "tosa.const"() <{values = dense<[[[[9.0, 10.0], [11.0, 12.0]]], [[[13.0, 14.0], [15.0, 16.0]]]]> : tensor<2x1x2x2xf32>}> : () -> tensor<2x1x2x2xf32>
  %b0 = "tosa.const"() <{values = dense<[0.1, 0.2]> : tensor<2xf32>}> : () -> tensor<2xf32>
  %b1 = "tosa.const"() <{values = dense<[0.3, 0.4]> : tensor<2xf32>}> : () -> tensor<2xf32>
  %c0 = tosa.conv2d %x0, %w0, %b0, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 0, 1>, stride = array<i64: 1, 1>} : (tensor<?x4x4x2xf32>, tensor<2x1x2x2xf32>, tensor<2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<?x5x4x2xf32>
  %c1 = tosa.conv2d %x1, %w1, %b1, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 0, 1>, stride = array<i64: 1, 1>} : (tensor<?x4x4x2xf32>, tensor<2x1x2x2xf32>, tensor<2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<?x5x4x2xf32>
  %y = tosa.concat %c0, %c1 {axis = 3 : i32} : (tensor<?x5x4x2xf32>, tensor<?x5x4x2xf32>) -> tensor<?x5x4x4xf32>
  return %y : tensor<?x5x4x4xf32>
}

// -----

// Left as they are: a concatenation along another axis, groups out of
// order, a group of another stride, a weight that is not a constant, a
// group convolution read elsewhere too, and slices that do not cover the
// input's channels.

// CHECK-LABEL: func.func @not_grouped(
// CHECK-NOT:     scf.forall
// CHECK-COUNT-12: tosa.conv2d
// CHECK-NOT:     scf.forall
// CHECK:         return
func.func @not_grouped(%x: tensor<1x4x4x4xf32>, %x6: tensor<1x4x4x6xf32>, %wa: tensor<2x1x1x2xf32>)
    -> (tensor<1x4x8x2xf32>, tensor<1x4x4x4xf32>, tensor<1x4x4x4xf32>, tensor<1x4x4x4xf32>, tensor<1x4x4x4xf32>, tensor<1x4x4x2xf32>, tensor<1x4x4x4xf32>) {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %size = tosa.const_shape {values = dense<[1, 4, 4, 2]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %start0 = tosa.const_shape {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
  %start2 = tosa.const_shape {values = dense<[0, 0, 0, 2]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %start4 = tosa.const_shape {values = dense<[0, 0, 0, 4]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %x0 = tosa.slice %x, %start0, %size : (tensor<1x4x4x4xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x4x4x2xf32>
  %x1 = tosa.slice %x, %start2, %size : (tensor<1x4x4x4xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x4x4x2xf32>
  %w = "tosa.const"() <{values = dense<1.0> : tensor<2x1x1x2xf32>}> : () -> tensor<2x1x1x2xf32>
  %b = "tosa.const"() <{values = dense<0.5> : tensor<2xf32>}> : () -> tensor<2xf32>

  // Along the width.
  %a0 = tosa.conv2d %x0, %w, %b, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x2xf32>, tensor<2x1x1x2xf32>, tensor<2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x2xf32>
  %a1 = tosa.conv2d %x1, %w, %b, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x2xf32>, tensor<2x1x1x2xf32>, tensor<2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x2xf32>
  %width = tosa.concat %a0, %a1 {axis = 2 : i32} : (tensor<1x4x4x2xf32>, tensor<1x4x4x2xf32>) -> tensor<1x4x8x2xf32>

  // The second group's slice first.
  %o0 = tosa.conv2d %x1, %w, %b, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x2xf32>, tensor<2x1x1x2xf32>, tensor<2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x2xf32>
  %o1 = tosa.conv2d %x0, %w, %b, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x2xf32>, tensor<2x1x1x2xf32>, tensor<2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x2xf32>
  %swapped = tosa.concat %o0, %o1 {axis = 3 : i32} : (tensor<1x4x4x2xf32>, tensor<1x4x4x2xf32>) -> tensor<1x4x4x4xf32>

  // Another dilation in the second group.
  %d0 = tosa.conv2d %x0, %w, %b, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x2xf32>, tensor<2x1x1x2xf32>, tensor<2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x2xf32>
  %d1 = tosa.conv2d %x1, %w, %b, %zp, %zp {acc_type = f32, dilation = array<i64: 2, 2>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x2xf32>, tensor<2x1x1x2xf32>, tensor<2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x2xf32>
  %dilated = tosa.concat %d0, %d1 {axis = 3 : i32} : (tensor<1x4x4x2xf32>, tensor<1x4x4x2xf32>) -> tensor<1x4x4x4xf32>

  // A weight that is an argument.
  %n0 = tosa.conv2d %x0, %w, %b, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x2xf32>, tensor<2x1x1x2xf32>, tensor<2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x2xf32>
  %n1 = tosa.conv2d %x1, %wa, %b, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x2xf32>, tensor<2x1x1x2xf32>, tensor<2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x2xf32>
  %argument = tosa.concat %n0, %n1 {axis = 3 : i32} : (tensor<1x4x4x2xf32>, tensor<1x4x4x2xf32>) -> tensor<1x4x4x4xf32>

  // The first group's output is also a result.
  %u0 = tosa.conv2d %x0, %w, %b, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x2xf32>, tensor<2x1x1x2xf32>, tensor<2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x2xf32>
  %u1 = tosa.conv2d %x1, %w, %b, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x2xf32>, tensor<2x1x1x2xf32>, tensor<2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x2xf32>
  %used = tosa.concat %u0, %u1 {axis = 3 : i32} : (tensor<1x4x4x2xf32>, tensor<1x4x4x2xf32>) -> tensor<1x4x4x4xf32>

  // Channels 0-4 of 6.
  %s0 = tosa.slice %x6, %start0, %size : (tensor<1x4x4x6xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x4x4x2xf32>
  %s1 = tosa.slice %x6, %start2, %size : (tensor<1x4x4x6xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x4x4x2xf32>
  %p0 = tosa.conv2d %s0, %w, %b, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x2xf32>, tensor<2x1x1x2xf32>, tensor<2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x2xf32>
  %p1 = tosa.conv2d %s1, %w, %b, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x2xf32>, tensor<2x1x1x2xf32>, tensor<2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x2xf32>
  %partial = tosa.concat %p0, %p1 {axis = 3 : i32} : (tensor<1x4x4x2xf32>, tensor<1x4x4x2xf32>) -> tensor<1x4x4x4xf32>

  return %width, %swapped, %dilated, %argument, %used, %u0, %partial : tensor<1x4x8x2xf32>, tensor<1x4x4x4xf32>, tensor<1x4x4x4xf32>, tensor<1x4x4x4xf32>, tensor<1x4x4x4xf32>, tensor<1x4x4x2xf32>, tensor<1x4x4x4xf32>
}

// -----

// A weight constant shared by the groups and a one-element bias that
// broadcasts are stacked as well.

// CHECK-LABEL: func.func @shared_constants(
// CHECK:         arith.constant dense_resource<grouped_filters> : tensor<2x1x1x2x2xf32>
// CHECK:         arith.constant dense<5.000000e-01> : tensor<4xf32>
// CHECK:         scf.forall (%{{.*}}) in (2)
// CHECK-NOT:     tosa.concat
func.func @shared_constants(%x: tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %size = tosa.const_shape {values = dense<[1, 4, 4, 2]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %start0 = tosa.const_shape {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
  %start2 = tosa.const_shape {values = dense<[0, 0, 0, 2]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %x0 = tosa.slice %x, %start0, %size : (tensor<1x4x4x4xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x4x4x2xf32>
  %x1 = tosa.slice %x, %start2, %size : (tensor<1x4x4x4xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x4x4x2xf32>
  %w = "tosa.const"() <{values = dense<[[[[1.0, 2.0]]], [[[3.0, 4.0]]]]> : tensor<2x1x1x2xf32>}> : () -> tensor<2x1x1x2xf32>
  %b = "tosa.const"() <{values = dense<0.5> : tensor<1xf32>}> : () -> tensor<1xf32>
  %c0 = tosa.conv2d %x0, %w, %b, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x2xf32>, tensor<2x1x1x2xf32>, tensor<1xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x2xf32>
  %c1 = tosa.conv2d %x1, %w, %b, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x2xf32>, tensor<2x1x1x2xf32>, tensor<1xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x2xf32>
  %y = tosa.concat %c0, %c1 {axis = 3 : i32} : (tensor<1x4x4x2xf32>, tensor<1x4x4x2xf32>) -> tensor<1x4x4x4xf32>
  return %y : tensor<1x4x4x4xf32>
}
