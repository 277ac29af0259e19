// mode=dead (the default) removes neurons whose output is provably constant
// or that nobody reads, and nothing else: predictions cannot change. Each case
// is a two-layer TOSA MLP with a dynamic batch, laid out like torch-mlir
// (weight [out, in] -> transpose -> reshape -> matmul -> reshape -> add ->
// clamp) or, shorter, with the weight stored as the matmul operand [1, in, out].

// RUN: prune-opt %s --split-input-file --prune-neurons | FileCheck %s
// RUN: prune-opt %s --split-input-file --prune-neurons=mode=dead | FileCheck %s

// Neuron 1 of fc1: zero incoming weights, bias -1 before a ReLU -> always 0.
// Its weight row, bias entry and fc2's input column go; shapes shrink from 3
// to 2 through transpose, reshapes, add and clamp; the batch stays dynamic.
// CHECK-LABEL: func.func @dead_torch_layout
// CHECK-SAME:    (%{{.*}}: tensor<?x2xf32>) -> tensor<?x1xf32>
// CHECK-DAG:     %[[W1:.*]] = "tosa.const"() <{values = dense<{{\[}}[1.000000e+00, 2.000000e+00], [3.000000e+00, -1.000000e+00]]> : tensor<2x2xf32>}>
// CHECK-DAG:     %[[B1:.*]] = "tosa.const"() <{values = dense<{{\[}}[5.000000e-01, 2.500000e-01]]> : tensor<1x2xf32>}>
// CHECK-DAG:     %[[W2:.*]] = "tosa.const"() <{values = dense<{{\[}}[1.000000e+00, -2.000000e+00]]> : tensor<1x2xf32>}>
// CHECK-DAG:     %[[B2:.*]] = "tosa.const"() <{values = dense<1.250000e-01> : tensor<1x1xf32>}>
// CHECK:         %[[T1:.*]] = tosa.transpose %[[W1]] {{.*}} : (tensor<2x2xf32>) -> tensor<2x2xf32>
// CHECK:         %[[S1:.*]] = tosa.const_shape {values = dense<[1, 2, 2]> : tensor<3xindex>}
// CHECK:         tosa.reshape %[[T1]], %[[S1]] : (tensor<2x2xf32>, !tosa.shape<3>) -> tensor<1x2x2xf32>
// CHECK:         tosa.matmul {{.*}} -> tensor<1x?x2xf32>
// CHECK:         %[[SY:.*]] = tosa.const_shape {values = dense<[-1, 2]> : tensor<2xindex>}
// CHECK:         tosa.reshape {{.*}}, %[[SY]] : (tensor<1x?x2xf32>, !tosa.shape<2>) -> tensor<?x2xf32>
// CHECK:         tosa.add {{.*}}, %[[B1]] : (tensor<?x2xf32>, tensor<1x2xf32>) -> tensor<?x2xf32>
// CHECK:         tosa.clamp {{.*}} -> tensor<?x2xf32>
// CHECK:         tosa.transpose %[[W2]] {{.*}} : (tensor<1x2xf32>) -> tensor<2x1xf32>
// CHECK:         tosa.matmul {{.*}} : (tensor<1x?x2xf32>, tensor<1x2x1xf32>, {{.*}}) -> tensor<1x?x1xf32>
// CHECK:         tosa.add {{.*}}, %[[B2]] : (tensor<?x1xf32>, tensor<1x1xf32>) -> tensor<?x1xf32>
// CHECK-NOT:     tensor<{{.*}}3xf32>
func.func @dead_torch_layout(%x: tensor<?x2xf32>) -> tensor<?x1xf32> {
  %w1 = "tosa.const"() <{values = dense<[[1.0, 2.0], [0.0, 0.0], [3.0, -1.0]]> : tensor<3x2xf32>}> : () -> tensor<3x2xf32>
  %b1 = "tosa.const"() <{values = dense<[[0.5, -1.0, 0.25]]> : tensor<1x3xf32>}> : () -> tensor<1x3xf32>
  %w2 = "tosa.const"() <{values = dense<[[1.0, 5.0, -2.0]]> : tensor<1x3xf32>}> : () -> tensor<1x3xf32>
  %b2 = "tosa.const"() <{values = dense<[[0.125]]> : tensor<1x1xf32>}> : () -> tensor<1x1xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %w1t = tosa.transpose %w1 {perms = array<i32: 1, 0>} : (tensor<3x2xf32>) -> tensor<2x3xf32>
  %s1 = tosa.const_shape {values = dense<[1, 2, 3]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %w13 = tosa.reshape %w1t, %s1 : (tensor<2x3xf32>, !tosa.shape<3>) -> tensor<1x2x3xf32>
  %sx = tosa.const_shape {values = dense<[1, -1, 2]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %x3 = tosa.reshape %x, %sx : (tensor<?x2xf32>, !tosa.shape<3>) -> tensor<1x?x2xf32>
  %mm1 = tosa.matmul %x3, %w13, %zp, %zp : (tensor<1x?x2xf32>, tensor<1x2x3xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x3xf32>
  %sy = tosa.const_shape {values = dense<[-1, 3]> : tensor<2xindex>} : () -> !tosa.shape<2>
  %y1 = tosa.reshape %mm1, %sy : (tensor<1x?x3xf32>, !tosa.shape<2>) -> tensor<?x3xf32>
  %a1 = tosa.add %y1, %b1 : (tensor<?x3xf32>, tensor<1x3xf32>) -> tensor<?x3xf32>
  %r1 = tosa.clamp %a1 {min_val = 0.0 : f32, max_val = 3.4e38 : f32} : (tensor<?x3xf32>) -> tensor<?x3xf32>
  %w2t = tosa.transpose %w2 {perms = array<i32: 1, 0>} : (tensor<1x3xf32>) -> tensor<3x1xf32>
  %s2 = tosa.const_shape {values = dense<[1, 3, 1]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %w23 = tosa.reshape %w2t, %s2 : (tensor<3x1xf32>, !tosa.shape<3>) -> tensor<1x3x1xf32>
  %sx2 = tosa.const_shape {values = dense<[1, -1, 3]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %x23 = tosa.reshape %r1, %sx2 : (tensor<?x3xf32>, !tosa.shape<3>) -> tensor<1x?x3xf32>
  %mm2 = tosa.matmul %x23, %w23, %zp, %zp : (tensor<1x?x3xf32>, tensor<1x3x1xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x1xf32>
  %sy2 = tosa.const_shape {values = dense<[-1, 1]> : tensor<2xindex>} : () -> !tosa.shape<2>
  %y2 = tosa.reshape %mm2, %sy2 : (tensor<1x?x1xf32>, !tosa.shape<2>) -> tensor<?x1xf32>
  %a2 = tosa.add %y2, %b2 : (tensor<?x1xf32>, tensor<1x1xf32>) -> tensor<?x1xf32>
  return %a2 : tensor<?x1xf32>
}

// -----

// Neuron 0: zero incoming weights and bias 2 -> always 2 after the ReLU. It
// goes, and fc2's bias absorbs 2 * its outgoing weights:
// [0.5, -1] + 2 * [1.5, 4] = [3.5, 7].
// CHECK-LABEL: func.func @constant_folded
// CHECK-DAG:     "tosa.const"() <{values = dense<{{\[}}{{\[}}[1.000000e+00], [-1.000000e+00]]]> : tensor<1x2x1xf32>}>
// CHECK-DAG:     "tosa.const"() <{values = dense<{{\[}}[3.500000e+00, 7.000000e+00]]> : tensor<1x2xf32>}>
// CHECK-DAG:     "tosa.const"() <{values = dense<{{\[}}{{\[}}[1.000000e+00, 2.000000e+00]]]> : tensor<1x1x2xf32>}>
// CHECK:         tosa.clamp {{.*}} -> tensor<?x1xf32>
// CHECK:         return {{.*}} : tensor<?x2xf32>
func.func @constant_folded(%x: tensor<?x2xf32>) -> tensor<?x2xf32> {
  %w1 = "tosa.const"() <{values = dense<[[[0.0, 1.0], [0.0, -1.0]]]> : tensor<1x2x2xf32>}> : () -> tensor<1x2x2xf32>
  %b1 = "tosa.const"() <{values = dense<[[2.0, 0.0]]> : tensor<1x2xf32>}> : () -> tensor<1x2xf32>
  %w2 = "tosa.const"() <{values = dense<[[[1.5, 4.0], [1.0, 2.0]]]> : tensor<1x2x2xf32>}> : () -> tensor<1x2x2xf32>
  %b2 = "tosa.const"() <{values = dense<[[0.5, -1.0]]> : tensor<1x2xf32>}> : () -> tensor<1x2xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %sx = tosa.const_shape {values = dense<[1, -1, 2]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %sy = tosa.const_shape {values = dense<[-1, 2]> : tensor<2xindex>} : () -> !tosa.shape<2>
  %x3 = tosa.reshape %x, %sx : (tensor<?x2xf32>, !tosa.shape<3>) -> tensor<1x?x2xf32>
  %mm1 = tosa.matmul %x3, %w1, %zp, %zp : (tensor<1x?x2xf32>, tensor<1x2x2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x2xf32>
  %y1 = tosa.reshape %mm1, %sy : (tensor<1x?x2xf32>, !tosa.shape<2>) -> tensor<?x2xf32>
  %a1 = tosa.add %y1, %b1 : (tensor<?x2xf32>, tensor<1x2xf32>) -> tensor<?x2xf32>
  %r1 = tosa.clamp %a1 {min_val = 0.0 : f32, max_val = 3.4e38 : f32} : (tensor<?x2xf32>) -> tensor<?x2xf32>
  %x23 = tosa.reshape %r1, %sx : (tensor<?x2xf32>, !tosa.shape<3>) -> tensor<1x?x2xf32>
  %mm2 = tosa.matmul %x23, %w2, %zp, %zp : (tensor<1x?x2xf32>, tensor<1x2x2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x2xf32>
  %y2 = tosa.reshape %mm2, %sy : (tensor<1x?x2xf32>, !tosa.shape<2>) -> tensor<?x2xf32>
  %a2 = tosa.add %y2, %b2 : (tensor<?x2xf32>, tensor<1x2xf32>) -> tensor<?x2xf32>
  return %a2 : tensor<?x2xf32>
}

// -----

// Neuron 1 is unused: fc2's weights from it are all zero. Its (nonzero)
// incoming weights go with it; nothing is folded.
// CHECK-LABEL: func.func @unused
// CHECK-DAG:     "tosa.const"() <{values = dense<{{\[}}{{\[}}[1.000000e+00], [2.000000e+00]]]> : tensor<1x2x1xf32>}>
// CHECK-DAG:     "tosa.const"() <{values = dense<1.000000e+00> : tensor<1x1xf32>}>
// CHECK-DAG:     "tosa.const"() <{values = dense<3.000000e+00> : tensor<1x1x1xf32>}>
// CHECK-DAG:     "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1xf32>}>
func.func @unused(%x: tensor<?x2xf32>) -> tensor<?x1xf32> {
  %w1 = "tosa.const"() <{values = dense<[[[1.0, 4.0], [2.0, -3.0]]]> : tensor<1x2x2xf32>}> : () -> tensor<1x2x2xf32>
  %b1 = "tosa.const"() <{values = dense<[[1.0, 1.0]]> : tensor<1x2xf32>}> : () -> tensor<1x2xf32>
  %w2 = "tosa.const"() <{values = dense<[[[3.0], [0.0]]]> : tensor<1x2x1xf32>}> : () -> tensor<1x2x1xf32>
  %b2 = "tosa.const"() <{values = dense<[[0.5]]> : tensor<1x1xf32>}> : () -> tensor<1x1xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %sx = tosa.const_shape {values = dense<[1, -1, 2]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %sy = tosa.const_shape {values = dense<[-1, 2]> : tensor<2xindex>} : () -> !tosa.shape<2>
  %sy2 = tosa.const_shape {values = dense<[-1, 1]> : tensor<2xindex>} : () -> !tosa.shape<2>
  %x3 = tosa.reshape %x, %sx : (tensor<?x2xf32>, !tosa.shape<3>) -> tensor<1x?x2xf32>
  %mm1 = tosa.matmul %x3, %w1, %zp, %zp : (tensor<1x?x2xf32>, tensor<1x2x2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x2xf32>
  %y1 = tosa.reshape %mm1, %sy : (tensor<1x?x2xf32>, !tosa.shape<2>) -> tensor<?x2xf32>
  %a1 = tosa.add %y1, %b1 : (tensor<?x2xf32>, tensor<1x2xf32>) -> tensor<?x2xf32>
  %r1 = tosa.sigmoid %a1 : (tensor<?x2xf32>) -> tensor<?x2xf32>
  %x23 = tosa.reshape %r1, %sx : (tensor<?x2xf32>, !tosa.shape<3>) -> tensor<1x?x2xf32>
  %mm2 = tosa.matmul %x23, %w2, %zp, %zp : (tensor<1x?x2xf32>, tensor<1x2x1xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x1xf32>
  %y2 = tosa.reshape %mm2, %sy2 : (tensor<1x?x1xf32>, !tosa.shape<2>) -> tensor<?x1xf32>
  %a2 = tosa.add %y2, %b2 : (tensor<?x1xf32>, tensor<1x1xf32>) -> tensor<?x1xf32>
  return %a2 : tensor<?x1xf32>
}

// -----

// Interval analysis over the declared input range: with every input in
// [0, 1], neuron 0's pre-activation -x0 - x1 is at most 0 (exactly, also in
// float32: a sum of terms <= 0 cannot round above 0), so the ReLU makes it 0.
// Neuron 1 (x0 - x1) can be positive and stays.
// CHECK-LABEL: func.func @range_dead
// CHECK-DAG:     "tosa.const"() <{values = dense<{{\[}}{{\[}}[1.000000e+00], [-1.000000e+00]]]> : tensor<1x2x1xf32>}>
// CHECK-DAG:     "tosa.const"() <{values = dense<2.000000e+00> : tensor<1x1x1xf32>}>
// CHECK:         tosa.clamp {{.*}} -> tensor<?x1xf32>
func.func @range_dead(%x: tensor<?x2xf32> {prune.range = array<f64: 0.0, 1.0>}) -> tensor<?x1xf32> {
  %w1 = "tosa.const"() <{values = dense<[[[-1.0, 1.0], [-1.0, -1.0]]]> : tensor<1x2x2xf32>}> : () -> tensor<1x2x2xf32>
  %b1 = "tosa.const"() <{values = dense<[[0.0, 0.0]]> : tensor<1x2xf32>}> : () -> tensor<1x2xf32>
  %w2 = "tosa.const"() <{values = dense<[[[3.0], [2.0]]]> : tensor<1x2x1xf32>}> : () -> tensor<1x2x1xf32>
  %b2 = "tosa.const"() <{values = dense<[[0.5]]> : tensor<1x1xf32>}> : () -> tensor<1x1xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %sx = tosa.const_shape {values = dense<[1, -1, 2]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %sy = tosa.const_shape {values = dense<[-1, 2]> : tensor<2xindex>} : () -> !tosa.shape<2>
  %sy2 = tosa.const_shape {values = dense<[-1, 1]> : tensor<2xindex>} : () -> !tosa.shape<2>
  %x3 = tosa.reshape %x, %sx : (tensor<?x2xf32>, !tosa.shape<3>) -> tensor<1x?x2xf32>
  %mm1 = tosa.matmul %x3, %w1, %zp, %zp : (tensor<1x?x2xf32>, tensor<1x2x2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x2xf32>
  %y1 = tosa.reshape %mm1, %sy : (tensor<1x?x2xf32>, !tosa.shape<2>) -> tensor<?x2xf32>
  %a1 = tosa.add %y1, %b1 : (tensor<?x2xf32>, tensor<1x2xf32>) -> tensor<?x2xf32>
  %r1 = tosa.clamp %a1 {min_val = 0.0 : f32, max_val = 3.4e38 : f32} : (tensor<?x2xf32>) -> tensor<?x2xf32>
  %x23 = tosa.reshape %r1, %sx : (tensor<?x2xf32>, !tosa.shape<3>) -> tensor<1x?x2xf32>
  %mm2 = tosa.matmul %x23, %w2, %zp, %zp : (tensor<1x?x2xf32>, tensor<1x2x1xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x1xf32>
  %y2 = tosa.reshape %mm2, %sy2 : (tensor<1x?x1xf32>, !tosa.shape<2>) -> tensor<?x1xf32>
  %a2 = tosa.add %y2, %b2 : (tensor<?x1xf32>, tensor<1x1xf32>) -> tensor<?x1xf32>
  return %a2 : tensor<?x1xf32>
}

// -----

// Negative: the same layer without a declared range (the inputs could be
// negative), so no neuron is provably constant and nothing changes.
// CHECK-LABEL: func.func @no_range
// CHECK:         tosa.clamp {{.*}} -> tensor<?x2xf32>
// CHECK:         tosa.matmul {{.*}} : (tensor<1x?x2xf32>, tensor<1x2x1xf32>, {{.*}}) -> tensor<1x?x1xf32>
func.func @no_range(%x: tensor<?x2xf32>) -> tensor<?x1xf32> {
  %w1 = "tosa.const"() <{values = dense<[[[-1.0, 1.0], [-1.0, -1.0]]]> : tensor<1x2x2xf32>}> : () -> tensor<1x2x2xf32>
  %b1 = "tosa.const"() <{values = dense<[[-0.5, 0.0]]> : tensor<1x2xf32>}> : () -> tensor<1x2xf32>
  %w2 = "tosa.const"() <{values = dense<[[[3.0], [2.0]]]> : tensor<1x2x1xf32>}> : () -> tensor<1x2x1xf32>
  %b2 = "tosa.const"() <{values = dense<[[0.5]]> : tensor<1x1xf32>}> : () -> tensor<1x1xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %sx = tosa.const_shape {values = dense<[1, -1, 2]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %sy = tosa.const_shape {values = dense<[-1, 2]> : tensor<2xindex>} : () -> !tosa.shape<2>
  %sy2 = tosa.const_shape {values = dense<[-1, 1]> : tensor<2xindex>} : () -> !tosa.shape<2>
  %x3 = tosa.reshape %x, %sx : (tensor<?x2xf32>, !tosa.shape<3>) -> tensor<1x?x2xf32>
  %mm1 = tosa.matmul %x3, %w1, %zp, %zp : (tensor<1x?x2xf32>, tensor<1x2x2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x2xf32>
  %y1 = tosa.reshape %mm1, %sy : (tensor<1x?x2xf32>, !tosa.shape<2>) -> tensor<?x2xf32>
  %a1 = tosa.add %y1, %b1 : (tensor<?x2xf32>, tensor<1x2xf32>) -> tensor<?x2xf32>
  %r1 = tosa.clamp %a1 {min_val = 0.0 : f32, max_val = 3.4e38 : f32} : (tensor<?x2xf32>) -> tensor<?x2xf32>
  %x23 = tosa.reshape %r1, %sx : (tensor<?x2xf32>, !tosa.shape<3>) -> tensor<1x?x2xf32>
  %mm2 = tosa.matmul %x23, %w2, %zp, %zp : (tensor<1x?x2xf32>, tensor<1x2x1xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x1xf32>
  %y2 = tosa.reshape %mm2, %sy2 : (tensor<1x?x1xf32>, !tosa.shape<2>) -> tensor<?x1xf32>
  %a2 = tosa.add %y2, %b2 : (tensor<?x1xf32>, tensor<1x1xf32>) -> tensor<?x1xf32>
  return %a2 : tensor<?x1xf32>
}

// -----

// Negative: a nonzero constant neuron (neuron 0, sigmoid(0) = 0.5) whose
// reader has no bias to fold it into stays (with a remark, see remarks.mlir).
// CHECK-LABEL: func.func @constant_without_bias
// CHECK:         tosa.sigmoid {{.*}} -> tensor<?x2xf32>
// CHECK:         tosa.matmul {{.*}} -> tensor<1x?x1xf32>
func.func @constant_without_bias(%x: tensor<?x2xf32>) -> tensor<?x1xf32> {
  %w1 = "tosa.const"() <{values = dense<[[[0.0, 1.0], [0.0, 2.0]]]> : tensor<1x2x2xf32>}> : () -> tensor<1x2x2xf32>
  %w2 = "tosa.const"() <{values = dense<[[[3.0], [2.0]]]> : tensor<1x2x1xf32>}> : () -> tensor<1x2x1xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %sx = tosa.const_shape {values = dense<[1, -1, 2]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %sy = tosa.const_shape {values = dense<[-1, 2]> : tensor<2xindex>} : () -> !tosa.shape<2>
  %sy2 = tosa.const_shape {values = dense<[-1, 1]> : tensor<2xindex>} : () -> !tosa.shape<2>
  %x3 = tosa.reshape %x, %sx : (tensor<?x2xf32>, !tosa.shape<3>) -> tensor<1x?x2xf32>
  %mm1 = tosa.matmul %x3, %w1, %zp, %zp : (tensor<1x?x2xf32>, tensor<1x2x2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x2xf32>
  %y1 = tosa.reshape %mm1, %sy : (tensor<1x?x2xf32>, !tosa.shape<2>) -> tensor<?x2xf32>
  %r1 = tosa.sigmoid %y1 : (tensor<?x2xf32>) -> tensor<?x2xf32>
  %x23 = tosa.reshape %r1, %sx : (tensor<?x2xf32>, !tosa.shape<3>) -> tensor<1x?x2xf32>
  %mm2 = tosa.matmul %x23, %w2, %zp, %zp : (tensor<1x?x2xf32>, tensor<1x2x1xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x1xf32>
  %y2 = tosa.reshape %mm2, %sy2 : (tensor<1x?x1xf32>, !tosa.shape<2>) -> tensor<?x1xf32>
  return %y2 : tensor<?x1xf32>
}

// -----

// Every neuron is dead (zero weights, negative biases): the layer keeps
// neuron 0 rather than becoming empty.
// CHECK-LABEL: func.func @all_dead
// CHECK-DAG:     "tosa.const"() <{values = dense<-1.000000e+00> : tensor<1x1xf32>}>
// CHECK-DAG:     "tosa.const"() <{values = dense<3.000000e+00> : tensor<1x1x1xf32>}>
// CHECK:         tosa.clamp {{.*}} -> tensor<?x1xf32>
func.func @all_dead(%x: tensor<?x2xf32>) -> tensor<?x1xf32> {
  %w1 = "tosa.const"() <{values = dense<0.0> : tensor<1x2x2xf32>}> : () -> tensor<1x2x2xf32>
  %b1 = "tosa.const"() <{values = dense<[[-1.0, -2.0]]> : tensor<1x2xf32>}> : () -> tensor<1x2xf32>
  %w2 = "tosa.const"() <{values = dense<[[[3.0], [2.0]]]> : tensor<1x2x1xf32>}> : () -> tensor<1x2x1xf32>
  %b2 = "tosa.const"() <{values = dense<[[0.5]]> : tensor<1x1xf32>}> : () -> tensor<1x1xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %sx = tosa.const_shape {values = dense<[1, -1, 2]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %sy = tosa.const_shape {values = dense<[-1, 2]> : tensor<2xindex>} : () -> !tosa.shape<2>
  %sy2 = tosa.const_shape {values = dense<[-1, 1]> : tensor<2xindex>} : () -> !tosa.shape<2>
  %x3 = tosa.reshape %x, %sx : (tensor<?x2xf32>, !tosa.shape<3>) -> tensor<1x?x2xf32>
  %mm1 = tosa.matmul %x3, %w1, %zp, %zp : (tensor<1x?x2xf32>, tensor<1x2x2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x2xf32>
  %y1 = tosa.reshape %mm1, %sy : (tensor<1x?x2xf32>, !tosa.shape<2>) -> tensor<?x2xf32>
  %a1 = tosa.add %y1, %b1 : (tensor<?x2xf32>, tensor<1x2xf32>) -> tensor<?x2xf32>
  %r1 = tosa.clamp %a1 {min_val = 0.0 : f32, max_val = 3.4e38 : f32} : (tensor<?x2xf32>) -> tensor<?x2xf32>
  %x23 = tosa.reshape %r1, %sx : (tensor<?x2xf32>, !tosa.shape<3>) -> tensor<1x?x2xf32>
  %mm2 = tosa.matmul %x23, %w2, %zp, %zp : (tensor<1x?x2xf32>, tensor<1x2x1xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x1xf32>
  %y2 = tosa.reshape %mm2, %sy2 : (tensor<1x?x1xf32>, !tosa.shape<2>) -> tensor<?x1xf32>
  %a2 = tosa.add %y2, %b2 : (tensor<?x1xf32>, tensor<1x1xf32>) -> tensor<?x1xf32>
  return %a2 : tensor<?x1xf32>
}

// -----

// TFLite's float16 weights (f16 constants widened by tosa.cast): the dead
// neuron 1 goes from the f16 constants, and the casts shrink with them.
// CHECK-LABEL: func.func @f16_weights_behind_casts
// CHECK:         "tosa.const"() <{values = dense<{{\[\[\[}}1.000000e+00, 3.000000e+00], [2.000000e+00, -1.000000e+00]]]> : tensor<1x2x2xf16>}>
// CHECK:         tosa.cast {{.*}} : (tensor<1x2x2xf16>) -> tensor<1x2x2xf32>
// CHECK:         "tosa.const"() <{values = dense<{{\[\[\[}}1.000000e+00], [2.000000e+00]]]> : tensor<1x2x1xf16>}>
// CHECK:         tosa.matmul {{.*}} -> tensor<1x?x1xf32>
func.func @f16_weights_behind_casts(%x: tensor<1x?x2xf32>) -> tensor<1x?x1xf32> {
  %w1h = "tosa.const"() <{values = dense<[[[1.0, 0.0, 3.0], [2.0, 0.0, -1.0]]]> : tensor<1x2x3xf16>}> : () -> tensor<1x2x3xf16>
  %w1 = tosa.cast %w1h : (tensor<1x2x3xf16>) -> tensor<1x2x3xf32>
  %b1 = "tosa.const"() <{values = dense<[[[0.5, -1.0, 0.25]]]> : tensor<1x1x3xf32>}> : () -> tensor<1x1x3xf32>
  %w2h = "tosa.const"() <{values = dense<[[[1.0], [5.0], [2.0]]]> : tensor<1x3x1xf16>}> : () -> tensor<1x3x1xf16>
  %w2 = tosa.cast %w2h : (tensor<1x3x1xf16>) -> tensor<1x3x1xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %h = tosa.matmul %x, %w1, %zp, %zp : (tensor<1x?x2xf32>, tensor<1x2x3xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x3xf32>
  %hb = tosa.add %h, %b1 : (tensor<1x?x3xf32>, tensor<1x1x3xf32>) -> tensor<1x?x3xf32>
  %r = tosa.clamp %hb {max_val = 3.40282347e+38 : f32, min_val = 0.0 : f32} : (tensor<1x?x3xf32>) -> tensor<1x?x3xf32>
  %y = tosa.matmul %r, %w2, %zp, %zp : (tensor<1x?x3xf32>, tensor<1x3x1xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x1xf32>
  return %y : tensor<1x?x1xf32>
}

// -----

// A dead channel through a zero-padded depthwise convolution: its input is 0
// and so is the padding, so the depthwise output is its bias (0 here) and
// the channel goes from the three layers' constants. Channel 2, constant 0.5
// inside the image, is not constant after the padded depthwise, and stays.
// CHECK-LABEL: func.func @dead_through_depthwise
// CHECK:         tosa.conv2d {{.*}} -> tensor<?x4x4x2xf32>
// CHECK:         tosa.depthwise_conv2d {{.*}} (tensor<?x4x4x2xf32>, tensor<3x3x2x1xf32>, tensor<2xf32>, {{.*}}) -> tensor<?x4x4x2xf32>
// CHECK:         tosa.conv2d {{.*}} (tensor<?x4x4x2xf32>, tensor<2x1x1x2xf32>, {{.*}}) -> tensor<?x4x4x2xf32>
func.func @dead_through_depthwise(%x: tensor<?x4x4x1xf32>) -> tensor<?x4x4x2xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %w1 = "tosa.const"() <{values = dense<[[[[1.0]]], [[[0.0]]], [[[0.0]]]]> : tensor<3x1x1x1xf32>}> : () -> tensor<3x1x1x1xf32>
  %b1 = "tosa.const"() <{values = dense<[0.0, -1.0, 0.5]> : tensor<3xf32>}> : () -> tensor<3xf32>
  %c1 = tosa.conv2d %x, %w1, %b1, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<?x4x4x1xf32>, tensor<3x1x1x1xf32>, tensor<3xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<?x4x4x3xf32>
  %r1 = tosa.clamp %c1 {max_val = 3.40282347e+38 : f32, min_val = 0.0 : f32} : (tensor<?x4x4x3xf32>) -> tensor<?x4x4x3xf32>
  %dw = "tosa.const"() <{values = dense<0.25> : tensor<3x3x3x1xf32>}> : () -> tensor<3x3x3x1xf32>
  %db = "tosa.const"() <{values = dense<0.0> : tensor<3xf32>}> : () -> tensor<3xf32>
  %c2 = tosa.depthwise_conv2d %r1, %dw, %db, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<?x4x4x3xf32>, tensor<3x3x3x1xf32>, tensor<3xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<?x4x4x3xf32>
  %w3 = "tosa.const"() <{values = dense<[[[[1.0, 2.0, 3.0]]], [[[4.0, 5.0, 6.0]]]]> : tensor<2x1x1x3xf32>}> : () -> tensor<2x1x1x3xf32>
  %b3 = "tosa.const"() <{values = dense<0.0> : tensor<2xf32>}> : () -> tensor<2xf32>
  %c3 = tosa.conv2d %c2, %w3, %b3, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<?x4x4x3xf32>, tensor<2x1x1x3xf32>, tensor<2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<?x4x4x2xf32>
  return %c3 : tensor<?x4x4x2xf32>
}
