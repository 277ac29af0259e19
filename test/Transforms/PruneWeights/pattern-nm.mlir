// prune-weights pattern=N:M: in every group of M consecutive weights along
// the reduction (input) dimension, the N largest magnitudes stay.
//
// Groups are defined on the consumer's (output, input) view, so they follow
// the layout ops between the constant and the consumer: a torch-mlir weight
// [out, in] (transposed, then reshaped for tosa.matmul) is grouped along its
// rows, a linalg.matmul B [K, N] along its columns. Ties: the earlier weight
// goes first. Weights already zero count toward the M - N zeros.

// RUN: prune-opt %s --split-input-file --prune-weights=pattern=2:4 \
// RUN:   | FileCheck %s --check-prefix=NM24
// RUN: prune-opt %s --split-input-file --prune-weights="pattern=2:4 sparsity=0.5" \
// RUN:   | FileCheck %s --check-prefix=NM24
// RUN: prune-opt %s --split-input-file --prune-weights=pattern=1:4 \
// RUN:   | FileCheck %s --check-prefix=NM14
// Pruning again changes nothing: the zeros of the first run fill each group.
// RUN: prune-opt %s --split-input-file --prune-weights=pattern=2:4 \
// RUN:   | prune-opt --split-input-file --prune-weights=pattern=2:4 \
// RUN:   | FileCheck %s --check-prefix=NM24

// 4:4 keeps every weight: the output is bit-identical to a plain round trip
// with the layer names recorded.
// RUN: prune-opt %s --split-input-file --prune-name-layers > %t.plain.mlir
// RUN: prune-opt %s --split-input-file --prune-weights=pattern=4:4 > %t.44.mlir
// RUN: cmp %t.plain.mlir %t.44.mlir

// torch-mlir Linear, weight [out=4, in=4]: each row of the constant is one
// group. (Grouping down the columns instead would keep -6 and 2 of column 0.)
// Row 3 is all ties: the first two (2:4) or three (1:4) go.

// NM24-LABEL: func.func @tosa_linear
// NM24:       %[[W:.*]] = "tosa.const"()
// NM24-SAME:    dense<{{\[\[}}0.000000e+00, 8.000000e+00, 0.000000e+00, 7.000000e+00], [-6.000000e+00, 0.000000e+00, 5.000000e+00, 0.000000e+00], [0.000000e+00, 0.000000e+00, 9.000000e+00, 7.500000e-01], [0.000000e+00, 0.000000e+00, 2.000000e+00, 2.000000e+00]]> : tensor<4x4xf32>
// NM24:       %[[B:.*]] = "tosa.const"()
// NM24-SAME:    dense<{{\[\[}}1.250000e-01, 2.500000e-01, 3.750000e-01, 5.000000e-01]]> : tensor<1x4xf32>
// NM24:       tosa.transpose %[[W]]
// NM24:       tosa.add %{{.*}}, %[[B]]

// NM14-LABEL: func.func @tosa_linear
// NM14:       "tosa.const"()
// NM14-SAME:    dense<{{\[\[}}0.000000e+00, 8.000000e+00, 0.000000e+00, 0.000000e+00], [-6.000000e+00, 0.000000e+00, 0.000000e+00, 0.000000e+00], [0.000000e+00, 0.000000e+00, 9.000000e+00, 0.000000e+00], [0.000000e+00, 0.000000e+00, 0.000000e+00, 2.000000e+00]]> : tensor<4x4xf32>
// NM14:       "tosa.const"()
// NM14-SAME:    dense<{{\[\[}}1.250000e-01, 2.500000e-01, 3.750000e-01, 5.000000e-01]]> : tensor<1x4xf32>
func.func @tosa_linear(%x: tensor<1x4xf32>) -> tensor<1x4xf32> {
  %w = "tosa.const"() <{values = dense<[[1.0, 8.0, 2.0, 7.0], [-6.0, 3.0, 5.0, -4.0], [0.5, 0.25, 9.0, 0.75], [2.0, 2.0, 2.0, 2.0]]> : tensor<4x4xf32>}> : () -> tensor<4x4xf32>
  %b = "tosa.const"() <{values = dense<[[0.125, 0.25, 0.375, 0.5]]> : tensor<1x4xf32>}> : () -> tensor<1x4xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %wt = tosa.transpose %w {perms = array<i32: 1, 0>} : (tensor<4x4xf32>) -> tensor<4x4xf32>
  %ws = tosa.const_shape {values = dense<[1, 4, 4]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %w3 = tosa.reshape %wt, %ws : (tensor<4x4xf32>, !tosa.shape<3>) -> tensor<1x4x4xf32>
  %xs = tosa.const_shape {values = dense<[1, 1, 4]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %x3 = tosa.reshape %x, %xs : (tensor<1x4xf32>, !tosa.shape<3>) -> tensor<1x1x4xf32>
  %mm = tosa.matmul %x3, %w3, %zp, %zp : (tensor<1x1x4xf32>, tensor<1x4x4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x4xf32>
  %ys = tosa.const_shape {values = dense<[1, 4]> : tensor<2xindex>} : () -> !tosa.shape<2>
  %y = tosa.reshape %mm, %ys : (tensor<1x1x4xf32>, !tosa.shape<2>) -> tensor<1x4xf32>
  %add = tosa.add %y, %b : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xf32>
  return %add : tensor<1x4xf32>
}

// -----

// A tosa.matmul weight that is already [1, in, out] (no transpose): groups run
// down dimension 1 of the constant, i.e. down its columns.

// NM24-LABEL: func.func @tosa_matmul_direct
// NM24:       "tosa.const"()
// NM24-SAME:    dense<{{\[\[\[}}0.000000e+00, 0.000000e+00], [0.000000e+00, 2.000000e+01], [3.000000e+00, 0.000000e+00], [4.000000e+00, 4.000000e+01]]]> : tensor<1x4x2xf32>

// NM14-LABEL: func.func @tosa_matmul_direct
// NM14:       "tosa.const"()
// NM14-SAME:    dense<{{\[\[\[}}0.000000e+00, 0.000000e+00], [0.000000e+00, 0.000000e+00], [0.000000e+00, 0.000000e+00], [4.000000e+00, 4.000000e+01]]]> : tensor<1x4x2xf32>
func.func @tosa_matmul_direct(%x: tensor<1x1x4xf32>) -> tensor<1x1x2xf32> {
  %w = "tosa.const"() <{values = dense<[[[1.0, 10.0], [2.0, 20.0], [3.0, 5.0], [4.0, 40.0]]]> : tensor<1x4x2xf32>}> : () -> tensor<1x4x2xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %mm = tosa.matmul %x, %w, %zp, %zp : (tensor<1x1x4xf32>, tensor<1x4x2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x2xf32>
  return %mm : tensor<1x1x2xf32>
}

// -----

// linalg.matmul B [K=8, N=2]: two groups of four down each column.
// Column 0: (1 2 3 4) keeps 3 4, (8 7 6 5) keeps 8 7.
// Column 1: (10 20 5 40) keeps 20 40, (1 2 3 4) keeps 3 4.

// NM24-LABEL: func.func @linalg_matmul
// NM24:       %[[W:.*]] = arith.constant
// NM24-SAME:    dense<{{\[\[}}0.000000e+00, 0.000000e+00], [0.000000e+00, 2.000000e+01], [3.000000e+00, 0.000000e+00], [4.000000e+00, 4.000000e+01], [8.000000e+00, 0.000000e+00], [7.000000e+00, 0.000000e+00], [0.000000e+00, 3.000000e+00], [0.000000e+00, 4.000000e+00]]> : tensor<8x2xf32>
// NM24:       linalg.matmul {{.*}}ins(%{{.*}}, %[[W]] :

// NM14-LABEL: func.func @linalg_matmul
// NM14:       arith.constant
// NM14-SAME:    dense<{{\[\[}}0.000000e+00, 0.000000e+00], [0.000000e+00, 0.000000e+00], [0.000000e+00, 0.000000e+00], [4.000000e+00, 4.000000e+01], [8.000000e+00, 0.000000e+00], [0.000000e+00, 0.000000e+00], [0.000000e+00, 0.000000e+00], [0.000000e+00, 4.000000e+00]]> : tensor<8x2xf32>
func.func @linalg_matmul(%x: tensor<1x8xf32>) -> tensor<1x2xf32> {
  %w = arith.constant dense<[[1.0, 10.0], [2.0, 20.0], [3.0, 5.0], [4.0, 40.0], [8.0, 1.0], [7.0, 2.0], [6.0, 3.0], [5.0, 4.0]]> : tensor<8x2xf32>
  %init = arith.constant dense<0.0> : tensor<1x2xf32>
  %y = linalg.matmul ins(%x, %w : tensor<1x8xf32>, tensor<8x2xf32>) outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32>
  return %y : tensor<1x2xf32>
}

// -----

// tosa.conv2d weight [OC=2, KH=1, KW=2, IC=4]: groups run along IC, one per
// (output channel, kernel position). Existing zeros count: in (-1 0 5 -5)
// only -1 has to go; with 1:4, of the tied 5 and -5 the earlier goes.

// NM24-LABEL: func.func @tosa_conv2d
// NM24:       "tosa.const"()
// NM24-SAME:    dense<{{\[\[\[\[}}0.000000e+00, 0.000000e+00, 3.000000e+00, 4.000000e+00], [4.000000e+00, 3.000000e+00, 0.000000e+00, 0.000000e+00]]], {{\[\[\[}}0.000000e+00, 0.000000e+00, 5.000000e+00, -5.000000e+00], [5.000000e-01, 0.000000e+00, 0.000000e+00, 1.000000e+00]]]]> : tensor<2x1x2x4xf32>

// NM14-LABEL: func.func @tosa_conv2d
// NM14:       "tosa.const"()
// NM14-SAME:    dense<{{\[\[\[\[}}0.000000e+00, 0.000000e+00, 0.000000e+00, 4.000000e+00], [4.000000e+00, 0.000000e+00, 0.000000e+00, 0.000000e+00]]], {{\[\[\[}}0.000000e+00, 0.000000e+00, 0.000000e+00, -5.000000e+00], [0.000000e+00, 0.000000e+00, 0.000000e+00, 1.000000e+00]]]]> : tensor<2x1x2x4xf32>
func.func @tosa_conv2d(%x: tensor<1x3x3x4xf32>) -> tensor<1x3x2x2xf32> {
  %w = "tosa.const"() <{values = dense<[[[[1.0, 2.0, 3.0, 4.0], [4.0, 3.0, 2.0, 1.0]]], [[[-1.0, 0.0, 5.0, -5.0], [0.5, 0.25, 0.125, 1.0]]]]> : tensor<2x1x2x4xf32>}> : () -> tensor<2x1x2x4xf32>
  %b = "tosa.const"() <{values = dense<[0.125, 0.25]> : tensor<2xf32>}> : () -> tensor<2xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %y = tosa.conv2d %x, %w, %b, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x3x3x4xf32>, tensor<2x1x2x4xf32>, tensor<2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x3x2x2xf32>
  return %y : tensor<1x3x2x2xf32>
}

// -----

// linalg.conv_2d_nhwc_hwcf filter [KH=1, KW=2, C=4, F=1]: groups run along C,
// one per kernel position (not along KW for each channel, which would keep
// 8 7 6 5).

// NM24-LABEL: func.func @linalg_conv_2d
// NM24:       arith.constant
// NM24-SAME:    dense<{{\[\[\[\[}}0.000000e+00], [0.000000e+00], [3.000000e+00], [4.000000e+00]], {{\[\[}}8.000000e+00], [7.000000e+00], [0.000000e+00], [0.000000e+00]]]]> : tensor<1x2x4x1xf32>

// NM14-LABEL: func.func @linalg_conv_2d
// NM14:       arith.constant
// NM14-SAME:    dense<{{\[\[\[\[}}0.000000e+00], [0.000000e+00], [0.000000e+00], [4.000000e+00]], {{\[\[}}8.000000e+00], [0.000000e+00], [0.000000e+00], [0.000000e+00]]]]> : tensor<1x2x4x1xf32>
func.func @linalg_conv_2d(%x: tensor<1x1x2x4xf32>) -> tensor<1x1x1x1xf32> {
  %w = arith.constant dense<[[[[1.0], [2.0], [3.0], [4.0]], [[8.0], [7.0], [6.0], [5.0]]]]> : tensor<1x2x4x1xf32>
  %init = arith.constant dense<0.0> : tensor<1x1x1x1xf32>
  %y = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%x, %w : tensor<1x1x2x4xf32>, tensor<1x2x4x1xf32>) outs(%init : tensor<1x1x1x1xf32>) -> tensor<1x1x1x1xf32>
  return %y : tensor<1x1x1x1xf32>
}
