// prune-weights threshold=T: W' = W * 1{|W| >= T}, with no count target.
//
// Unstructured, every weight is compared on its own; with pattern=channel or
// pattern=block:RxC, the L2 norm of the whole row or block is compared, and
// the unit is zeroed or kept as a whole. A weight exactly at T is kept.

// RUN: prune-opt %s --split-input-file --prune-weights=threshold=0.5 \
// RUN:   | FileCheck %s
// RUN: prune-opt %s --split-input-file --prune-weights=threshold=0 \
// RUN:   | FileCheck %s --check-prefix=ZERO
// RUN: prune-opt %s --split-input-file --prune-weights="threshold=2.5 pattern=channel" \
// RUN:   | FileCheck %s --check-prefix=CHANNEL
// RUN: prune-opt %s --split-input-file --prune-weights="threshold=2 pattern=block:2x2" \
// RUN:   | FileCheck %s --check-prefix=BLOCK2
// RUN: prune-opt %s --split-input-file --prune-weights="threshold=2.5 pattern=block:2x2" \
// RUN:   | FileCheck %s --check-prefix=BLOCK25

// |w| < 0.5 goes (0.25, 0.125, 0.4), |w| = 0.5 stays, whatever the sign.
// Already-zero weights stay zero. The accumulator init (0.125, 0.25) is below T and stays.

// CHECK-LABEL: func.func @unstructured
// CHECK:       %[[W:.*]] = arith.constant
// CHECK-SAME:    dense<{{\[\[}}5.000000e-01, 0.000000e+00], [-5.000000e-01, 1.000000e+00], [0.000000e+00, -2.000000e+00], [0.000000e+00, 0.000000e+00]]> : tensor<4x2xf32>
// CHECK:       %[[B:.*]] = arith.constant
// CHECK-SAME:    dense<{{\[\[}}1.250000e-01, 2.500000e-01]]> : tensor<1x2xf32>
// CHECK:       linalg.matmul {{.*}}ins(%{{.*}}, %[[W]] : {{.*}}) outs(%[[B]] :

// threshold=0 zeroes nothing.
// ZERO-LABEL: func.func @unstructured
// ZERO:       arith.constant
// ZERO-SAME:    dense<{{\[\[}}5.000000e-01, -2.500000e-01], [-5.000000e-01, 1.000000e+00], [1.250000e-01, -2.000000e+00], [0.000000e+00, 4.000000e-01]]> : tensor<4x2xf32>
func.func @unstructured(%x: tensor<1x4xf32>) -> tensor<1x2xf32> {
  %w = arith.constant dense<[[0.5, -0.25], [-0.5, 1.0], [0.125, -2.0], [0.0, 0.4]]> : tensor<4x2xf32>
  %bias = arith.constant dense<[[0.125, 0.25]]> : tensor<1x2xf32>
  %y = linalg.matmul ins(%x, %w : tensor<1x4xf32>, tensor<4x2xf32>) outs(%bias : tensor<1x2xf32>) -> tensor<1x2xf32>
  return %y : tensor<1x2xf32>
}

// -----

// Rows of a matvec are output channels. Row norms: 5, 1.25, 2.5, 0.
// With pattern=channel threshold=2.5, row 1 goes and row 2 (norm exactly
// 2.5) stays whole, although each of its weights is below 2.5; unstructured
// threshold=0.5 would instead keep all of 0.75 and 1.

// CHANNEL-LABEL: func.func @rows
// CHANNEL:       %[[W:.*]] = arith.constant
// CHANNEL-SAME:    dense<{{\[\[}}3.000000e+00, 4.000000e+00], [0.000000e+00, 0.000000e+00], [1.500000e+00, 2.000000e+00], [0.000000e+00, 0.000000e+00]]> : tensor<4x2xf32>
// CHANNEL:       linalg.matvec {{.*}}ins(%[[W]], %{{.*}} :

// CHECK-LABEL: func.func @rows
// CHECK:         dense<{{\[\[}}3.000000e+00, 4.000000e+00], [7.500000e-01, 1.000000e+00], [1.500000e+00, 2.000000e+00], [0.000000e+00, 0.000000e+00]]> : tensor<4x2xf32>
func.func @rows(%x: tensor<2xf32>) -> tensor<4xf32> {
  %w = arith.constant dense<[[3.0, 4.0], [0.75, 1.0], [1.5, 2.0], [0.0, 0.0]]> : tensor<4x2xf32>
  %init = arith.constant dense<0.0> : tensor<4xf32>
  %y = linalg.matvec ins(%w, %x : tensor<4x2xf32>, tensor<2xf32>) outs(%init : tensor<4xf32>) -> tensor<4xf32>
  return %y : tensor<4xf32>
}

// -----

// Blocks of the (out, in) view of a torch-mlir Linear weight [out, in] are
// blocks of the constant itself: columns 0-1 (norm 5) and columns 2-3 (four
// ones, norm 2). T=2 keeps both blocks; T=2.5 zeroes the second one.

// BLOCK2-LABEL: func.func @blocks
// BLOCK2:       "tosa.const"()
// BLOCK2-SAME:    dense<{{\[\[}}3.000000e+00, 0.000000e+00, 1.000000e+00, -1.000000e+00], [0.000000e+00, -4.000000e+00, 1.000000e+00, 1.000000e+00]]> : tensor<2x4xf32>

// BLOCK25-LABEL: func.func @blocks
// BLOCK25:       %[[W:.*]] = "tosa.const"()
// BLOCK25-SAME:    dense<{{\[\[}}3.000000e+00, 0.000000e+00, 0.000000e+00, 0.000000e+00], [0.000000e+00, -4.000000e+00, 0.000000e+00, 0.000000e+00]]> : tensor<2x4xf32>
// BLOCK25:       tosa.transpose %[[W]]
func.func @blocks(%x: tensor<1x4xf32>) -> tensor<1x2xf32> {
  %w = "tosa.const"() <{values = dense<[[3.0, 0.0, 1.0, -1.0], [0.0, -4.0, 1.0, 1.0]]> : tensor<2x4xf32>}> : () -> tensor<2x4xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %wt = tosa.transpose %w {perms = array<i32: 1, 0>} : (tensor<2x4xf32>) -> tensor<4x2xf32>
  %ws = tosa.const_shape {values = dense<[1, 4, 2]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %w3 = tosa.reshape %wt, %ws : (tensor<4x2xf32>, !tosa.shape<3>) -> tensor<1x4x2xf32>
  %xs = tosa.const_shape {values = dense<[1, 1, 4]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %x3 = tosa.reshape %x, %xs : (tensor<1x4xf32>, !tosa.shape<3>) -> tensor<1x1x4xf32>
  %mm = tosa.matmul %x3, %w3, %zp, %zp : (tensor<1x1x4xf32>, tensor<1x4x2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x2xf32>
  %ys = tosa.const_shape {values = dense<[1, 2]> : tensor<2xindex>} : () -> !tosa.shape<2>
  %y = tosa.reshape %mm, %ys : (tensor<1x1x2xf32>, !tosa.shape<2>) -> tensor<1x2xf32>
  return %y : tensor<1x2xf32>
}

// -----

// The comparison uses each element type's value: f16, bf16 and f64 weights.

// CHECK-LABEL: func.func @other_float_types
// CHECK:       arith.constant dense<{{\[\[}}5.000000e-01, 0.000000e+00], [-1.000000e+00, 0.000000e+00]]> : tensor<2x2xf16>
// CHECK:       arith.constant dense<{{\[\[}}5.000000e-01, 0.000000e+00], [-1.000000e+00, 0.000000e+00]]> : tensor<2x2xbf16>
// CHECK:       arith.constant dense<{{\[\[}}5.000000e-01, 0.000000e+00], [-1.000000e+00, 0.000000e+00]]> : tensor<2x2xf64>
func.func @other_float_types(%x16: tensor<1x2xf16>, %xb: tensor<1x2xbf16>, %x64: tensor<1x2xf64>) -> (tensor<1x2xf16>, tensor<1x2xbf16>, tensor<1x2xf64>) {
  %w16 = arith.constant dense<[[0.5, -0.25], [-1.0, 0.375]]> : tensor<2x2xf16>
  %wb = arith.constant dense<[[0.5, -0.25], [-1.0, 0.375]]> : tensor<2x2xbf16>
  %w64 = arith.constant dense<[[0.5, -0.25], [-1.0, 0.375]]> : tensor<2x2xf64>
  %i16 = arith.constant dense<0.0> : tensor<1x2xf16>
  %ib = arith.constant dense<0.0> : tensor<1x2xbf16>
  %i64 = arith.constant dense<0.0> : tensor<1x2xf64>
  %y16 = linalg.matmul ins(%x16, %w16 : tensor<1x2xf16>, tensor<2x2xf16>) outs(%i16 : tensor<1x2xf16>) -> tensor<1x2xf16>
  %yb = linalg.matmul ins(%xb, %wb : tensor<1x2xbf16>, tensor<2x2xbf16>) outs(%ib : tensor<1x2xbf16>) -> tensor<1x2xbf16>
  %y64 = linalg.matmul ins(%x64, %w64 : tensor<1x2xf64>, tensor<2x2xf64>) outs(%i64 : tensor<1x2xf64>) -> tensor<1x2xf64>
  return %y16, %yb, %y64 : tensor<1x2xf16>, tensor<1x2xbf16>, tensor<1x2xf64>
}
