// Which constants prune-weights treats as weights (docs/DESIGN.md): a constant
// tensor (tosa.const or arith.constant, dense or dense_resource) reaching the
// weight operand of a contraction, possibly through a widening tosa.cast,
// tosa.transpose,
// tosa.reshape, tensor.collapse_shape, tensor.expand_shape and
// linalg.transpose. Biases, zero points, shapes, accumulator inits and
// constants with a non-weight use are left alone; a constant shared by
// several consumers is one layer, pruned once.
//
// Most weights below hold (1, -4, 0.5, 3) in row-major order, which becomes
// (0, -4, 0, 3) at sparsity=0.5.

// RUN: prune-opt %s --split-input-file --prune-weights=sparsity=0.5 \
// RUN:   | FileCheck %s
// RUN: prune-opt %s --split-input-file --prune-weights=sparsity=0.5 \
// RUN:   --remarks-filter=prune-weights -o /dev/null 2>&1 \
// RUN:   | FileCheck %s --check-prefix=REMARK
// RUN: prune-opt %s --split-input-file --prune-weights=sparsity=0.5 -o /dev/null 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NOTHING
// RUN: prune-opt %s --split-input-file --prune-weights="pattern=1:2 layers=^shared_two_views" \
// RUN:   | FileCheck %s --check-prefix=SHARED

// CHECK-LABEL: func.func @tosa_matmul_transpose_reshape
// CHECK:       %[[W:.*]] = "tosa.const"() <{values = dense<{{\[\[}}0.000000e+00, -4.000000e+00], [0.000000e+00, 3.000000e+00]]> : tensor<2x2xf32>}>
// CHECK:       %[[ZP:.*]] = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}>
// CHECK:       %[[WT:.*]] = tosa.transpose %[[W]]
// CHECK:       %[[WS:.*]] = tosa.const_shape {values = dense<[1, 2, 2]> : tensor<3xindex>}
// CHECK:       %[[W3:.*]] = tosa.reshape %[[WT]], %[[WS]]
// CHECK:       tosa.matmul %{{.*}}, %[[W3]], %[[ZP]], %[[ZP]]
func.func @tosa_matmul_transpose_reshape(%x: tensor<1x1x2xf32>) -> tensor<1x1x2xf32> {
  %w = "tosa.const"() <{values = dense<[[1.0, -4.0], [0.5, 3.0]]> : tensor<2x2xf32>}> : () -> tensor<2x2xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %wt = tosa.transpose %w {perms = array<i32: 1, 0>} : (tensor<2x2xf32>) -> tensor<2x2xf32>
  %ws = tosa.const_shape {values = dense<[1, 2, 2]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %w3 = tosa.reshape %wt, %ws : (tensor<2x2xf32>, !tosa.shape<3>) -> tensor<1x2x2xf32>
  %y = tosa.matmul %x, %w3, %zp, %zp : (tensor<1x1x2xf32>, tensor<1x2x2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x2xf32>
  return %y : tensor<1x1x2xf32>
}

// -----

// tosa.conv2d, weight [OC, KH, KW, IC]; the bias and both zero points stay.
// CHECK-LABEL: func.func @tosa_conv2d
// CHECK:       %[[W:.*]] = "tosa.const"() <{values = dense<{{\[\[\[\[}}0.000000e+00, -4.000000e+00]]], {{\[\[\[}}0.000000e+00, 3.000000e+00]]]]> : tensor<2x1x1x2xf32>}>
// CHECK:       %[[B:.*]] = "tosa.const"() <{values = dense<[1.250000e-01, 2.500000e-01]> : tensor<2xf32>}>
// CHECK:       %[[ZP:.*]] = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}>
// CHECK:       tosa.conv2d %{{.*}}, %[[W]], %[[B]], %[[ZP]], %[[ZP]]
func.func @tosa_conv2d(%x: tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32> {
  %w = "tosa.const"() <{values = dense<[[[[1.0, -4.0]]], [[[0.5, 3.0]]]]> : tensor<2x1x1x2xf32>}> : () -> tensor<2x1x1x2xf32>
  %b = "tosa.const"() <{values = dense<[0.125, 0.25]> : tensor<2xf32>}> : () -> tensor<2xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %y = tosa.conv2d %x, %w, %b, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x2x2x2xf32>, tensor<2x1x1x2xf32>, tensor<2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x2x2x2xf32>
  return %y : tensor<1x2x2x2xf32>
}

// -----

// tosa.transpose_conv2d, weight [OC, KH, KW, IC]; the bias and both zero points stay.
// CHECK-LABEL: func.func @tosa_transpose_conv2d
// CHECK:       %[[W:.*]] = "tosa.const"() <{values = dense<{{\[\[\[\[}}0.000000e+00, -4.000000e+00]]], {{\[\[\[}}0.000000e+00, 3.000000e+00]]]]> : tensor<2x1x1x2xf32>}>
// CHECK:       %[[B:.*]] = "tosa.const"() <{values = dense<[1.250000e-01, 2.500000e-01]> : tensor<2xf32>}>
// CHECK:       %[[ZP:.*]] = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}>
// CHECK:       tosa.transpose_conv2d %{{.*}}, %[[W]], %[[B]], %[[ZP]], %[[ZP]]
func.func @tosa_transpose_conv2d(%x: tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32> {
  %w = "tosa.const"() <{values = dense<[[[[1.0, -4.0]]], [[[0.5, 3.0]]]]> : tensor<2x1x1x2xf32>}> : () -> tensor<2x1x1x2xf32>
  %b = "tosa.const"() <{values = dense<[0.125, 0.25]> : tensor<2xf32>}> : () -> tensor<2xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %y = tosa.transpose_conv2d %x, %w, %b, %zp, %zp {acc_type = f32, out_pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x2x2x2xf32>, tensor<2x1x1x2xf32>, tensor<2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x2x2x2xf32>
  return %y : tensor<1x2x2x2xf32>
}

// -----

// tosa.depthwise_conv2d, weight [KH, KW, C, M]; the bias and both zero points stay.
// CHECK-LABEL: func.func @tosa_depthwise_conv2d
// CHECK:       %[[W:.*]] = "tosa.const"() <{values = dense<{{\[\[\[\[}}0.000000e+00, -4.000000e+00], [0.000000e+00, 3.000000e+00]]]]> : tensor<1x1x2x2xf32>}>
// CHECK:       %[[B:.*]] = "tosa.const"() <{values = dense<[1.250000e-01, 2.500000e-01, 3.750000e-01, 5.000000e-01]> : tensor<4xf32>}>
// CHECK:       %[[ZP:.*]] = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}>
// CHECK:       tosa.depthwise_conv2d %{{.*}}, %[[W]], %[[B]], %[[ZP]], %[[ZP]]
func.func @tosa_depthwise_conv2d(%x: tensor<1x2x2x2xf32>) -> tensor<1x2x2x4xf32> {
  %w = "tosa.const"() <{values = dense<[[[[1.0, -4.0], [0.5, 3.0]]]]> : tensor<1x1x2x2xf32>}> : () -> tensor<1x1x2x2xf32>
  %b = "tosa.const"() <{values = dense<[0.125, 0.25, 0.375, 0.5]> : tensor<4xf32>}> : () -> tensor<4xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %y = tosa.depthwise_conv2d %x, %w, %b, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x2x2x2xf32>, tensor<1x1x2x2xf32>, tensor<4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x2x2x4xf32>
  return %y : tensor<1x2x2x4xf32>
}

// -----

// tosa.conv3d, weight [OC, KD, KH, KW, IC]; the bias and both zero points stay.
// CHECK-LABEL: func.func @tosa_conv3d
// CHECK:       %[[W:.*]] = "tosa.const"() <{values = dense<{{\[\[\[\[\[}}0.000000e+00, -4.000000e+00]]]], {{\[\[\[\[}}0.000000e+00, 3.000000e+00]]]]]> : tensor<2x1x1x1x2xf32>}>
// CHECK:       %[[B:.*]] = "tosa.const"() <{values = dense<[1.250000e-01, 2.500000e-01]> : tensor<2xf32>}>
// CHECK:       %[[ZP:.*]] = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}>
// CHECK:       tosa.conv3d %{{.*}}, %[[W]], %[[B]], %[[ZP]], %[[ZP]]
func.func @tosa_conv3d(%x: tensor<1x2x2x2x2xf32>) -> tensor<1x2x2x2x2xf32> {
  %w = "tosa.const"() <{values = dense<[[[[[1.0, -4.0]]]], [[[[0.5, 3.0]]]]]> : tensor<2x1x1x1x2xf32>}> : () -> tensor<2x1x1x1x2xf32>
  %b = "tosa.const"() <{values = dense<[0.125, 0.25]> : tensor<2xf32>}> : () -> tensor<2xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %y = tosa.conv3d %x, %w, %b, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1, 1>, pad = array<i64: 0, 0, 0, 0, 0, 0>, stride = array<i64: 1, 1, 1>} : (tensor<1x2x2x2x2xf32>, tensor<2x1x1x1x2xf32>, tensor<2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x2x2x2x2xf32>
  return %y : tensor<1x2x2x2x2xf32>
}

// -----

// linalg.matmul, B [K, N]; the accumulator init is no weight.
// CHECK-LABEL: func.func @linalg_matmul
// CHECK:       %[[W:.*]] = arith.constant dense<{{\[\[}}0.000000e+00, -4.000000e+00], [0.000000e+00, 3.000000e+00]]> : tensor<2x2xf32>
// CHECK:       %[[INIT:.*]] = arith.constant dense<1.250000e-01>
// CHECK:       ins(%{{.*}}, %[[W]] :
// CHECK-SAME:  outs(%[[INIT]] :
func.func @linalg_matmul(%x: tensor<1x2xf32>) -> tensor<1x2xf32> {
  %w = arith.constant dense<[[1.0, -4.0], [0.5, 3.0]]> : tensor<2x2xf32>
  %init = arith.constant dense<0.125> : tensor<1x2xf32>
  %y = linalg.matmul ins(%x, %w : tensor<1x2xf32>, tensor<2x2xf32>) outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32>
  return %y : tensor<1x2xf32>
}

// -----

// linalg.batch_matmul, B [batch, K, N].
// CHECK-LABEL: func.func @linalg_batch_matmul
// CHECK:       %[[W:.*]] = arith.constant dense<{{\[\[\[}}0.000000e+00, -4.000000e+00], [0.000000e+00, 3.000000e+00]]]> : tensor<1x2x2xf32>
// CHECK:       %[[INIT:.*]] = arith.constant dense<1.250000e-01>
// CHECK:       ins(%{{.*}}, %[[W]] :
// CHECK-SAME:  outs(%[[INIT]] :
func.func @linalg_batch_matmul(%x: tensor<1x1x2xf32>) -> tensor<1x1x2xf32> {
  %w = arith.constant dense<[[[1.0, -4.0], [0.5, 3.0]]]> : tensor<1x2x2xf32>
  %init = arith.constant dense<0.125> : tensor<1x1x2xf32>
  %y = linalg.batch_matmul ins(%x, %w : tensor<1x1x2xf32>, tensor<1x2x2xf32>) outs(%init : tensor<1x1x2xf32>) -> tensor<1x1x2xf32>
  return %y : tensor<1x1x2xf32>
}

// -----

// linalg.matvec: the weight is the first operand.
// CHECK-LABEL: func.func @linalg_matvec
// CHECK:       %[[W:.*]] = arith.constant dense<{{\[\[}}0.000000e+00, -4.000000e+00], [0.000000e+00, 3.000000e+00]]> : tensor<2x2xf32>
// CHECK:       %[[INIT:.*]] = arith.constant dense<1.250000e-01>
// CHECK:       ins(%[[W]], %{{[a-z0-9_]+}} :
// CHECK-SAME:  outs(%[[INIT]] :
func.func @linalg_matvec(%x: tensor<2xf32>) -> tensor<2xf32> {
  %w = arith.constant dense<[[1.0, -4.0], [0.5, 3.0]]> : tensor<2x2xf32>
  %init = arith.constant dense<0.125> : tensor<2xf32>
  %y = linalg.matvec ins(%w, %x : tensor<2x2xf32>, tensor<2xf32>) outs(%init : tensor<2xf32>) -> tensor<2xf32>
  return %y : tensor<2xf32>
}

// -----

// linalg.conv_2d_nhwc_hwcf, filter [KH, KW, C, F].
// CHECK-LABEL: func.func @linalg_conv_2d_nhwc_hwcf
// CHECK:       %[[W:.*]] = arith.constant dense<{{\[\[\[\[}}0.000000e+00, -4.000000e+00], [0.000000e+00, 3.000000e+00]]]]> : tensor<1x1x2x2xf32>
// CHECK:       %[[INIT:.*]] = arith.constant dense<1.250000e-01>
// CHECK:       ins(%{{.*}}, %[[W]] :
// CHECK-SAME:  outs(%[[INIT]] :
func.func @linalg_conv_2d_nhwc_hwcf(%x: tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32> {
  %w = arith.constant dense<[[[[1.0, -4.0], [0.5, 3.0]]]]> : tensor<1x1x2x2xf32>
  %init = arith.constant dense<0.125> : tensor<1x2x2x2xf32>
  %y = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%x, %w : tensor<1x2x2x2xf32>, tensor<1x1x2x2xf32>) outs(%init : tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32>
  return %y : tensor<1x2x2x2xf32>
}

// -----

// linalg.depthwise_conv_2d_nhwc_hwc, filter [KH, KW, C].
// CHECK-LABEL: func.func @linalg_depthwise_conv_2d_nhwc_hwc
// CHECK:       %[[W:.*]] = arith.constant dense<{{\[\[\[}}0.000000e+00, -4.000000e+00]], {{\[\[}}0.000000e+00, 3.000000e+00]]]> : tensor<2x1x2xf32>
// CHECK:       %[[INIT:.*]] = arith.constant dense<1.250000e-01>
// CHECK:       ins(%{{.*}}, %[[W]] :
// CHECK-SAME:  outs(%[[INIT]] :
func.func @linalg_depthwise_conv_2d_nhwc_hwc(%x: tensor<1x3x3x2xf32>) -> tensor<1x2x3x2xf32> {
  %w = arith.constant dense<[[[1.0, -4.0]], [[0.5, 3.0]]]> : tensor<2x1x2xf32>
  %init = arith.constant dense<0.125> : tensor<1x2x3x2xf32>
  %y = linalg.depthwise_conv_2d_nhwc_hwc {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%x, %w : tensor<1x3x3x2xf32>, tensor<2x1x2xf32>) outs(%init : tensor<1x2x3x2xf32>) -> tensor<1x2x3x2xf32>
  return %y : tensor<1x2x3x2xf32>
}

// -----

// A linalg.generic contraction (a matmul with B given as [N, K]) with one
// constant input.
// CHECK-LABEL: func.func @linalg_generic_contraction
// CHECK:       %[[W:.*]] = arith.constant dense<{{\[\[}}0.000000e+00, -4.000000e+00], [0.000000e+00, 3.000000e+00]]> : tensor<2x2xf32>
// CHECK:       linalg.generic
// CHECK-SAME:  ins(%{{.*}}, %[[W]] :
#lhs = affine_map<(m, n, k) -> (m, k)>
#rhs = affine_map<(m, n, k) -> (n, k)>
#out = affine_map<(m, n, k) -> (m, n)>
func.func @linalg_generic_contraction(%x: tensor<1x2xf32>) -> tensor<1x2xf32> {
  %w = arith.constant dense<[[1.0, -4.0], [0.5, 3.0]]> : tensor<2x2xf32>
  %init = arith.constant dense<0.125> : tensor<1x2xf32>
  %y = linalg.generic {indexing_maps = [#lhs, #rhs, #out], iterator_types = ["parallel", "parallel", "reduction"]} ins(%x, %w : tensor<1x2xf32>, tensor<2x2xf32>) outs(%init : tensor<1x2xf32>) {
  ^bb0(%a: f32, %b: f32, %c: f32):
    %m = arith.mulf %a, %b : f32
    %s = arith.addf %c, %m : f32
    linalg.yield %s : f32
  } -> tensor<1x2xf32>
  return %y : tensor<1x2xf32>
}

// -----

// A mixed-precision contraction (f16 weights widened in the body) is still a
// contraction.
// CHECK-LABEL: func.func @linalg_generic_widening_contraction
// CHECK:       arith.constant dense<{{\[\[}}0.000000e+00, -4.000000e+00], [0.000000e+00, 3.000000e+00]]> : tensor<2x2xf16>
#lhs = affine_map<(m, n, k) -> (m, k)>
#rhs = affine_map<(m, n, k) -> (n, k)>
#out = affine_map<(m, n, k) -> (m, n)>
func.func @linalg_generic_widening_contraction(%x: tensor<1x2xf32>) -> tensor<1x2xf32> {
  %w = arith.constant dense<[[1.0, -4.0], [0.5, 3.0]]> : tensor<2x2xf16>
  %init = arith.constant dense<0.125> : tensor<1x2xf32>
  %y = linalg.generic {indexing_maps = [#lhs, #rhs, #out], iterator_types = ["parallel", "parallel", "reduction"]} ins(%x, %w : tensor<1x2xf32>, tensor<2x2xf16>) outs(%init : tensor<1x2xf32>) {
  ^bb0(%a: f32, %b: f16, %c: f32):
    %bf = arith.extf %b : f16 to f32
    %m = arith.mulf %a, %bf : f32
    %s = arith.addf %c, %m : f32
    linalg.yield %s : f32
  } -> tensor<1x2xf32>
  return %y : tensor<1x2xf32>
}

// -----

// TFLite's float16 weights: an f16 constant widened by tosa.cast is the
// layer's weight (the cast holds its elements exactly); the zeros go into
// the f16 constant.
// CHECK-LABEL: func.func @f16_weight_behind_cast
// CHECK:       "tosa.const"() <{values = dense<{{\[\[\[}}0.000000e+00, -4.000000e+00], [0.000000e+00, 3.000000e+00]]]> : tensor<1x2x2xf16>}>
// CHECK:       tosa.cast
func.func @f16_weight_behind_cast(%x: tensor<1x1x2xf32>) -> tensor<1x1x2xf32> {
  %w16 = "tosa.const"() <{values = dense<[[[1.0, -4.0], [0.5, 3.0]]]> : tensor<1x2x2xf16>}> : () -> tensor<1x2x2xf16>
  %w = tosa.cast %w16 : (tensor<1x2x2xf16>) -> tensor<1x2x2xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %y = tosa.matmul %x, %w, %zp, %zp : (tensor<1x1x2xf32>, tensor<1x2x2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x2xf32>
  return %y : tensor<1x1x2xf32>
}

// -----

// A narrowing cast rounds: the weight the layer reads is not the constant's,
// so there is no weight to prune.
// CHECK-LABEL: func.func @f32_weight_narrowed
// CHECK:       dense<{{\[\[\[}}1.000000e+00, -4.000000e+00], [5.000000e-01, 3.000000e+00]]]> : tensor<1x2x2xf32>
// NOTHING: warning: prune-weights: no layer is pruned: no layer has a constant weight, e.g. 'tosa.matmul' operand #1 is computed by 'tosa.cast'; --remarks-filter=prune-weights says why for each
// REMARK: Function=f32_weight_narrowed | Reason="no constant weights found in @f32_weight_narrowed: 1 layer(s) without one, e.g. 'tosa.matmul' operand #1 is computed by 'tosa.cast'"
func.func @f32_weight_narrowed(%x: tensor<1x1x2xf16>) -> tensor<1x1x2xf16> {
  %w32 = "tosa.const"() <{values = dense<[[[1.0, -4.0], [0.5, 3.0]]]> : tensor<1x2x2xf32>}> : () -> tensor<1x2x2xf32>
  %w = tosa.cast %w32 : (tensor<1x2x2xf32>) -> tensor<1x2x2xf16>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf16>}> : () -> tensor<1xf16>
  %y = tosa.matmul %x, %w, %zp, %zp : (tensor<1x1x2xf16>, tensor<1x2x2xf16>, tensor<1xf16>, tensor<1xf16>) -> tensor<1x1x2xf16>
  return %y : tensor<1x1x2xf16>
}

// -----

// A reduction that is not a multiply-accumulate: squared distances to
// constant centroids. The centroids are not weights.
// CHECK-LABEL: func.func @linalg_generic_distance
// CHECK:       arith.constant dense<{{\[\[}}1.000000e+00, -4.000000e+00, 5.000000e-01, 3.000000e+00], [2.000000e+00, 2.500000e-01, -1.000000e+00, 6.000000e+00]]> : tensor<2x4xf32>
// REMARK-NOT:  Function=linalg_generic_distance
#vec = affine_map<(i, j) -> (j)>
#mat = affine_map<(i, j) -> (i, j)>
#res = affine_map<(i, j) -> (i)>
func.func @linalg_generic_distance(%x: tensor<4xf32>) -> tensor<2xf32> {
  %c = arith.constant dense<[[1.0, -4.0, 0.5, 3.0], [2.0, 0.25, -1.0, 6.0]]> : tensor<2x4xf32>
  %init = arith.constant dense<0.0> : tensor<2xf32>
  %d = linalg.generic {indexing_maps = [#vec, #mat, #res], iterator_types = ["parallel", "reduction"]} ins(%x, %c : tensor<4xf32>, tensor<2x4xf32>) outs(%init : tensor<2xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %diff = arith.subf %a, %b : f32
    %sq = arith.mulf %diff, %diff : f32
    %s = arith.addf %acc, %sq : f32
    linalg.yield %s : f32
  } -> tensor<2xf32>
  return %d : tensor<2xf32>
}

// -----

// The weight reaches linalg.matmul through tensor.expand_shape,
// tensor.collapse_shape and linalg.transpose; the constant is pruned in place,
// the layout ops are kept.
// CHECK-LABEL: func.func @layout_chain
// CHECK:       %[[W:.*]] = arith.constant dense<{{\[}}0.000000e+00, -4.000000e+00, 0.000000e+00, 3.000000e+00]> : tensor<4xf32>
// CHECK:       %[[E:.*]] = tensor.expand_shape %[[W]]
// CHECK:       %[[C:.*]] = tensor.collapse_shape %[[E]]
// CHECK:       %[[T:.*]] = linalg.transpose ins(%[[C]] :
// CHECK:       linalg.matmul {{.*}}ins(%{{.*}}, %[[T]] :
func.func @layout_chain(%x: tensor<1x2xf32>) -> tensor<1x2xf32> {
  %w = arith.constant dense<[1.0, -4.0, 0.5, 3.0]> : tensor<4xf32>
  %e = tensor.expand_shape %w [[0, 1, 2]] output_shape [2, 1, 2] : tensor<4xf32> into tensor<2x1x2xf32>
  %c = tensor.collapse_shape %e [[0, 1], [2]] : tensor<2x1x2xf32> into tensor<2x2xf32>
  %empty = tensor.empty() : tensor<2x2xf32>
  %t = linalg.transpose ins(%c : tensor<2x2xf32>) outs(%empty : tensor<2x2xf32>) permutation = [1, 0]
  %init = arith.constant dense<0.0> : tensor<1x2xf32>
  %y = linalg.matmul ins(%x, %t : tensor<1x2xf32>, tensor<2x2xf32>) outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32>
  return %y : tensor<1x2xf32>
}

// -----

// A dense_resource weight is pruned in its blob (the first four bytes are the
// alignment): 1.0 -4.0 0.5 3.0 become 0.0 -4.0 0.0 3.0.
// CHECK-LABEL: func.func @dense_resource
// CHECK:       %[[W:.*]] = arith.constant dense_resource<weights> : tensor<2x2xf32>
// CHECK:       linalg.matmul {{.*}}ins(%{{.*}}, %[[W]] :
// CHECK:       weights: "0x0400000000000000000080C00000000000004040"
func.func @dense_resource(%x: tensor<1x2xf32>) -> tensor<1x2xf32> {
  %w = arith.constant dense_resource<weights> : tensor<2x2xf32>
  %init = arith.constant dense<0.0> : tensor<1x2xf32>
  %y = linalg.matmul ins(%x, %w : tensor<1x2xf32>, tensor<2x2xf32>) outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32>
  return %y : tensor<1x2xf32>
}

{-#
  dialect_resources: {
    builtin: {
      weights: "0x040000000000803F000080C00000003F00004040"
    }
  }
#-}

// -----

// A dense_resource blob that another (non-weight) constant also refers to is
// left alone: pruning it in place would change the other constant too.
// CHECK-LABEL: func.func @dense_resource_shared_with_bias
// CHECK:       arith.constant dense_resource<shared_blob> : tensor<2x2xf32>
// CHECK:       arith.constant dense_resource<shared_blob> : tensor<2x2xf32>
// CHECK:       shared_blob: "0x040000000000803F000080C00000003F00004040"
// REMARK:      Reason="layer 'dense_resource_shared_with_bias#0' left alone: its dense_resource blob 'shared_blob' is also used by another operation"
func.func @dense_resource_shared_with_bias(%x: tensor<1x2xf32>, %v: tensor<2x2xf32>) -> (tensor<1x2xf32>, tensor<2x2xf32>) {
  %w = arith.constant dense_resource<shared_blob> : tensor<2x2xf32>
  %b = arith.constant dense_resource<shared_blob> : tensor<2x2xf32>
  %init = arith.constant dense<0.0> : tensor<1x2xf32>
  %y = linalg.matmul ins(%x, %w : tensor<1x2xf32>, tensor<2x2xf32>) outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32>
  %z = arith.addf %v, %b : tensor<2x2xf32>
  return %y, %z : tensor<1x2xf32>, tensor<2x2xf32>
}

{-#
  dialect_resources: {
    builtin: {
      shared_blob: "0x040000000000803F000080C00000003F00004040"
    }
  }
#-}

// -----

// One constant, two consumers: one layer (named after its first consumer),
// pruned once.
// CHECK-LABEL: func.func @shared
// CHECK:       %[[W:.*]] = arith.constant dense<{{\[\[}}0.000000e+00, -4.000000e+00], [0.000000e+00, 3.000000e+00]]> : tensor<2x2xf32>
// CHECK:       linalg.matmul {{.*}}ins(%{{.*}}, %[[W]] :
// CHECK:       linalg.matmul {{.*}}ins(%{{.*}}, %[[W]] :
// REMARK:      Category:prune-weights:shared#0 | Function=shared | Remark="layer 'shared#0' pruned (unstructured): 4 -> 2 nonzeros of 4"
// REMARK-NOT:  shared#1
func.func @shared(%x: tensor<1x2xf32>) -> tensor<1x2xf32> {
  %w = arith.constant dense<[[1.0, -4.0], [0.5, 3.0]]> : tensor<2x2xf32>
  %init = arith.constant dense<0.0> : tensor<1x2xf32>
  %h = linalg.matmul ins(%x, %w : tensor<1x2xf32>, tensor<2x2xf32>) outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32>
  %y = linalg.matmul ins(%h, %w : tensor<1x2xf32>, tensor<2x2xf32>) outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32>
  return %y : tensor<1x2xf32>
}

// -----

// Pruned once even when the two consumers see the constant in different
// layouts: with 1:2 along K, the first consumer (B = W) groups the columns of
// W, keeping 3 and 4; pruning again for the second (B = W^T, groups along
// rows) would also drop the 3.
// SHARED-LABEL: func.func @shared_two_views
// SHARED:       arith.constant dense<{{\[\[}}0.000000e+00, 0.000000e+00], [3.000000e+00, 4.000000e+00]]> : tensor<2x2xf32>
func.func @shared_two_views(%x: tensor<1x2xf32>) -> tensor<1x2xf32> {
  %w = arith.constant dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf32>
  %init = arith.constant dense<0.0> : tensor<1x2xf32>
  %h = linalg.matmul ins(%x, %w : tensor<1x2xf32>, tensor<2x2xf32>) outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32>
  %empty = tensor.empty() : tensor<2x2xf32>
  %wt = linalg.transpose ins(%w : tensor<2x2xf32>) outs(%empty : tensor<2x2xf32>) permutation = [1, 0]
  %y = linalg.matmul ins(%h, %wt : tensor<1x2xf32>, tensor<2x2xf32>) outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32>
  return %y : tensor<1x2xf32>
}

// -----

// A constant that also feeds a non-weight op (here a residual tosa.add) is
// left alone, values and all.
// CHECK-LABEL: func.func @also_used_by_add
// CHECK:       %[[W:.*]] = "tosa.const"() <{values = dense<{{\[\[\[}}1.000000e+00, -4.000000e+00], [5.000000e-01, 3.000000e+00]]]> : tensor<1x2x2xf32>}>
// CHECK:       tosa.add %{{.*}}, %[[W]]
// REMARK:      Category:prune-weights:also_used_by_add#0 | Function=also_used_by_add | Reason="layer 'also_used_by_add#0' left alone: the constant is also used by 'tosa.add' operand #1"
func.func @also_used_by_add(%x: tensor<1x2x2xf32>) -> tensor<1x2x2xf32> {
  %w = "tosa.const"() <{values = dense<[[[1.0, -4.0], [0.5, 3.0]]]> : tensor<1x2x2xf32>}> : () -> tensor<1x2x2xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %y = tosa.matmul %x, %w, %zp, %zp : (tensor<1x2x2xf32>, tensor<1x2x2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x2x2xf32>
  %z = tosa.add %y, %w : (tensor<1x2x2xf32>, tensor<1x2x2xf32>) -> tensor<1x2x2xf32>
  return %z : tensor<1x2x2xf32>
}

// -----

// The non-weight use may also sit behind a layout op.
// CHECK-LABEL: func.func @also_used_after_transpose
// CHECK:       "tosa.const"() <{values = dense<{{\[\[}}1.000000e+00, -4.000000e+00], [5.000000e-01, 3.000000e+00]]> : tensor<2x2xf32>}>
func.func @also_used_after_transpose(%x: tensor<1x2x2xf32>) -> (tensor<1x2x2xf32>, tensor<2x2xf32>) {
  %w = "tosa.const"() <{values = dense<[[1.0, -4.0], [0.5, 3.0]]> : tensor<2x2xf32>}> : () -> tensor<2x2xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %wt = tosa.transpose %w {perms = array<i32: 1, 0>} : (tensor<2x2xf32>) -> tensor<2x2xf32>
  %ws = tosa.const_shape {values = dense<[1, 2, 2]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %w3 = tosa.reshape %wt, %ws : (tensor<2x2xf32>, !tosa.shape<3>) -> tensor<1x2x2xf32>
  %y = tosa.matmul %x, %w3, %zp, %zp : (tensor<1x2x2xf32>, tensor<1x2x2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x2x2xf32>
  %n = tosa.negate %wt, %zp, %zp : (tensor<2x2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<2x2xf32>
  return %y, %n : tensor<1x2x2xf32>, tensor<2x2xf32>
}

// -----

// An elementwise linalg.generic (a bias add) has no reduction: its constant
// is not a weight.
// CHECK-LABEL: func.func @elementwise_bias
// CHECK:       arith.constant dense<[1.000000e+00, -4.000000e+00, 5.000000e-01, 3.000000e+00]> : tensor<4xf32>
#id = affine_map<(i, j) -> (i, j)>
#row = affine_map<(i, j) -> (j)>
func.func @elementwise_bias(%x: tensor<2x4xf32>) -> tensor<2x4xf32> {
  %b = arith.constant dense<[1.0, -4.0, 0.5, 3.0]> : tensor<4xf32>
  %empty = tensor.empty() : tensor<2x4xf32>
  %y = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]} ins(%x, %b : tensor<2x4xf32>, tensor<4xf32>) outs(%empty : tensor<2x4xf32>) {
  ^bb0(%a: f32, %c: f32, %o: f32):
    %s = arith.addf %a, %c : f32
    linalg.yield %s : f32
  } -> tensor<2x4xf32>
  return %y : tensor<2x4xf32>
}

// -----

// Two constant operands: a constant computation, not a layer.
// CHECK-LABEL: func.func @constant_computation
// CHECK:       arith.constant dense<{{\[\[}}1.000000e+00, 2.000000e+00]]> : tensor<1x2xf32>
// CHECK:       arith.constant dense<{{\[\[}}1.000000e+00, -4.000000e+00], [5.000000e-01, 3.000000e+00]]> : tensor<2x2xf32>
// REMARK-NOT:  Function=constant_computation
func.func @constant_computation(%init: tensor<1x2xf32>) -> tensor<1x2xf32> {
  %x = arith.constant dense<[[1.0, 2.0]]> : tensor<1x2xf32>
  %w = arith.constant dense<[[1.0, -4.0], [0.5, 3.0]]> : tensor<2x2xf32>
  %y = linalg.matmul ins(%x, %w : tensor<1x2xf32>, tensor<2x2xf32>) outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32>
  return %y : tensor<1x2xf32>
}

// -----

// A splat weight: all ties, so the first half goes.
// CHECK-LABEL: func.func @splat
// CHECK:       %[[W:.*]] = arith.constant dense<{{\[\[}}0.000000e+00, 0.000000e+00], [0.000000e+00, 0.000000e+00], [5.000000e-01, 5.000000e-01], [5.000000e-01, 5.000000e-01]]> : tensor<4x2xf32>
// CHECK:       linalg.matmul {{.*}}ins(%{{.*}}, %[[W]] :
func.func @splat(%x: tensor<1x4xf32>) -> tensor<1x2xf32> {
  %w = arith.constant dense<0.5> : tensor<4x2xf32>
  %init = arith.constant dense<0.0> : tensor<1x2xf32>
  %y = linalg.matmul ins(%x, %w : tensor<1x4xf32>, tensor<4x2xf32>) outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32>
  return %y : tensor<1x2xf32>
}

// -----

// f16, bf16 and f64 weights are pruned like f32 ones.
// CHECK-LABEL: func.func @other_float_types
// CHECK:       arith.constant dense<{{\[\[}}0.000000e+00, -4.000000e+00], [0.000000e+00, 3.000000e+00]]> : tensor<2x2xf16>
// CHECK:       arith.constant dense<{{\[\[}}0.000000e+00, -4.000000e+00], [0.000000e+00, 3.000000e+00]]> : tensor<2x2xbf16>
// CHECK:       arith.constant dense<{{\[\[}}0.000000e+00, -4.000000e+00], [0.000000e+00, 3.000000e+00]]> : tensor<2x2xf64>
func.func @other_float_types(%x16: tensor<1x2xf16>, %xb: tensor<1x2xbf16>, %x64: tensor<1x2xf64>) -> (tensor<1x2xf16>, tensor<1x2xbf16>, tensor<1x2xf64>) {
  %w16 = arith.constant dense<[[1.0, -4.0], [0.5, 3.0]]> : tensor<2x2xf16>
  %wb = arith.constant dense<[[1.0, -4.0], [0.5, 3.0]]> : tensor<2x2xbf16>
  %w64 = arith.constant dense<[[1.0, -4.0], [0.5, 3.0]]> : tensor<2x2xf64>
  %i16 = arith.constant dense<0.0> : tensor<1x2xf16>
  %ib = arith.constant dense<0.0> : tensor<1x2xbf16>
  %i64 = arith.constant dense<0.0> : tensor<1x2xf64>
  %y16 = linalg.matmul ins(%x16, %w16 : tensor<1x2xf16>, tensor<2x2xf16>) outs(%i16 : tensor<1x2xf16>) -> tensor<1x2xf16>
  %yb = linalg.matmul ins(%xb, %wb : tensor<1x2xbf16>, tensor<2x2xbf16>) outs(%ib : tensor<1x2xbf16>) -> tensor<1x2xbf16>
  %y64 = linalg.matmul ins(%x64, %w64 : tensor<1x2xf64>, tensor<2x2xf64>) outs(%i64 : tensor<1x2xf64>) -> tensor<1x2xf64>
  return %y16, %yb, %y64 : tensor<1x2xf16>, tensor<1x2xbf16>, tensor<1x2xf64>
}
