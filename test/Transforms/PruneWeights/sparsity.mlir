// prune-weights sparsity=F: exactly round(F*n) zeros per layer.
//
// The lowest magnitudes go first; among equal magnitudes the earlier element
// (row-major index of the constant) goes first; weights that are already zero
// count toward the target. Biases, zero points and shape constants are not
// weights and are never touched.

// RUN: prune-opt %s --split-input-file --prune-weights=sparsity=0.5 \
// RUN:   | FileCheck %s

// Rounding of F*n per layer (see @per_layer).
// RUN: prune-opt %s --split-input-file --prune-weights=sparsity=0.25 \
// RUN:   | FileCheck %s --check-prefix=QUARTER

// Idempotence: a second run at the same sparsity changes nothing, so the
// twice-pruned module passes the same checks as the once-pruned one.
// RUN: prune-opt %s --split-input-file --prune-weights=sparsity=0.5 \
// RUN:   | prune-opt --split-input-file --prune-weights=sparsity=0.5 \
// RUN:   | FileCheck %s

// sparsity=0 leaves the module bit-identical to the unpruned round trip
// (with the layer names recorded, as every pass does).
// RUN: prune-opt %s --split-input-file --prune-name-layers > %t.plain.mlir
// RUN: prune-opt %s --split-input-file --prune-weights=sparsity=0 > %t.zero.mlir
// RUN: cmp %t.plain.mlir %t.zero.mlir

// The torch-mlir layout: weight [out, in] -> transpose -> reshape -> matmul,
// then a bias add. Magnitudes 0.25 0.5 0.75 1 are the four lowest of eight.

// CHECK-LABEL: func.func @tosa_linear
// CHECK:       %[[W:.*]] = "tosa.const"()
// CHECK-SAME:    dense<{{\[\[}}0.000000e+00, -3.000000e+00, 2.000000e+00, 0.000000e+00], [4.000000e+00, 0.000000e+00, 0.000000e+00, 6.000000e+00]]> : tensor<2x4xf32>
// CHECK:       %[[B:.*]] = "tosa.const"()
// CHECK-SAME:    dense<{{\[\[}}1.000000e-03, -2.000000e-03]]> : tensor<1x2xf32>
// CHECK:       %[[ZP:.*]] = "tosa.const"()
// CHECK-SAME:    dense<0.000000e+00> : tensor<1xf32>
// CHECK:       %[[WT:.*]] = tosa.transpose %[[W]]
// CHECK:       tosa.const_shape {values = dense<[1, 4, 2]> : tensor<3xindex>}
// CHECK:       tosa.matmul %{{.*}}, %{{.*}}, %[[ZP]], %[[ZP]]
// CHECK:       tosa.add %{{.*}}, %[[B]]
func.func @tosa_linear(%x: tensor<1x4xf32>) -> tensor<1x2xf32> {
  %w = "tosa.const"() <{values = dense<[[0.5, -3.0, 2.0, -0.25], [4.0, -1.0, 0.75, 6.0]]> : tensor<2x4xf32>}> : () -> tensor<2x4xf32>
  %b = "tosa.const"() <{values = dense<[[0.001, -0.002]]> : tensor<1x2xf32>}> : () -> tensor<1x2xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %wt = tosa.transpose %w {perms = array<i32: 1, 0>} : (tensor<2x4xf32>) -> tensor<4x2xf32>
  %ws = tosa.const_shape {values = dense<[1, 4, 2]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %w3 = tosa.reshape %wt, %ws : (tensor<4x2xf32>, !tosa.shape<3>) -> tensor<1x4x2xf32>
  %xs = tosa.const_shape {values = dense<[1, 1, 4]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %x3 = tosa.reshape %x, %xs : (tensor<1x4xf32>, !tosa.shape<3>) -> tensor<1x1x4xf32>
  %mm = tosa.matmul %x3, %w3, %zp, %zp : (tensor<1x1x4xf32>, tensor<1x4x2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x2xf32>
  %ys = tosa.const_shape {values = dense<[1, 2]> : tensor<2xindex>} : () -> !tosa.shape<2>
  %y = tosa.reshape %mm, %ys : (tensor<1x1x2xf32>, !tosa.shape<2>) -> tensor<1x2xf32>
  %add = tosa.add %y, %b : (tensor<1x2xf32>, tensor<1x2xf32>) -> tensor<1x2xf32>
  return %add : tensor<1x2xf32>
}

// -----

// Six weights of magnitude 1, four to zero: the first four in row-major
// order of the constant, whatever their sign.

// CHECK-LABEL: func.func @ties_earlier_first
// CHECK:       %[[W:.*]] = arith.constant
// CHECK-SAME:    dense<{{\[\[}}0.000000e+00, 0.000000e+00], [0.000000e+00, 0.000000e+00], [-1.000000e+00, 1.000000e+00], [2.000000e+00, 2.000000e+00]]> : tensor<4x2xf32>
// CHECK:       linalg.matmul {{.*}}ins(%{{.*}}, %[[W]] :
func.func @ties_earlier_first(%x: tensor<1x4xf32>) -> tensor<1x2xf32> {
  %w = arith.constant dense<[[1.0, -1.0], [1.0, 1.0], [-1.0, 1.0], [2.0, 2.0]]> : tensor<4x2xf32>
  %init = arith.constant dense<0.0> : tensor<1x2xf32>
  %y = linalg.matmul ins(%x, %w : tensor<1x4xf32>, tensor<4x2xf32>) outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32>
  return %y : tensor<1x2xf32>
}

// -----

// Three zeros (one of them -0.0) already: only one more weight, the smallest
// nonzero one, is zeroed to reach 4 of 8.

// CHECK-LABEL: func.func @already_zero_counts
// CHECK:       arith.constant
// CHECK-SAME:    dense<{{\[\[}}0.000000e+00, 5.000000e+00], [-0.000000e+00, 3.000000e+00], [0.000000e+00, 2.000000e+00], [4.000000e+00, 0.000000e+00]]> : tensor<4x2xf32>
func.func @already_zero_counts(%x: tensor<1x4xf32>) -> tensor<1x2xf32> {
  %w = arith.constant dense<[[0.0, 5.0], [-0.0, 3.0], [0.0, 2.0], [4.0, 1.0]]> : tensor<4x2xf32>
  %init = arith.constant dense<0.0> : tensor<1x2xf32>
  %y = linalg.matmul ins(%x, %w : tensor<1x4xf32>, tensor<4x2xf32>) outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32>
  return %y : tensor<1x2xf32>
}

// -----

// Already sparser than the target: nothing is zeroed and nothing comes back.

// CHECK-LABEL: func.func @sparser_than_target
// CHECK:       arith.constant
// CHECK-SAME:    dense<{{\[\[}}0.000000e+00, 0.000000e+00], [0.000000e+00, 7.500000e-01], [0.000000e+00, 0.000000e+00], [5.000000e-01, 0.000000e+00]]> : tensor<4x2xf32>
func.func @sparser_than_target(%x: tensor<1x4xf32>) -> tensor<1x2xf32> {
  %w = arith.constant dense<[[0.0, 0.0], [0.0, 0.75], [0.0, 0.0], [0.5, 0.0]]> : tensor<4x2xf32>
  %init = arith.constant dense<0.0> : tensor<1x2xf32>
  %y = linalg.matmul ins(%x, %w : tensor<1x4xf32>, tensor<4x2xf32>) outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32>
  return %y : tensor<1x2xf32>
}

// -----

// Each layer reaches the target on its own (scope=layer): W1 has the six
// smallest weights of the module, yet W2 still loses half of its own.
// With sparsity=0.25: round(0.25 * 6) = round(1.5) = 2 and round(0.25 * 4) = 1.

// CHECK-LABEL: func.func @per_layer
// CHECK:       %[[W1:.*]] = arith.constant
// CHECK-SAME:    dense<{{\[\[}}0.000000e+00, 0.000000e+00], [0.000000e+00, 4.000000e+00], [5.000000e+00, 6.000000e+00]]> : tensor<3x2xf32>
// CHECK:       %[[W2:.*]] = arith.constant
// CHECK-SAME:    dense<{{\[\[}}0.000000e+00, 0.000000e+00], [3.000000e+01, 4.000000e+01]]> : tensor<2x2xf32>
// CHECK:       linalg.matmul {{.*}}ins(%{{.*}}, %[[W1]] :
// CHECK:       linalg.matmul {{.*}}ins(%{{.*}}, %[[W2]] :

// QUARTER-LABEL: func.func @per_layer
// QUARTER:       arith.constant
// QUARTER-SAME:    dense<{{\[\[}}0.000000e+00, 0.000000e+00], [3.000000e+00, 4.000000e+00], [5.000000e+00, 6.000000e+00]]> : tensor<3x2xf32>
// QUARTER:       arith.constant
// QUARTER-SAME:    dense<{{\[\[}}0.000000e+00, 2.000000e+01], [3.000000e+01, 4.000000e+01]]> : tensor<2x2xf32>
func.func @per_layer(%x: tensor<1x3xf32>) -> tensor<1x2xf32> {
  %w1 = arith.constant dense<[[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]> : tensor<3x2xf32>
  %w2 = arith.constant dense<[[10.0, 20.0], [30.0, 40.0]]> : tensor<2x2xf32>
  %init = arith.constant dense<0.0> : tensor<1x2xf32>
  %h = linalg.matmul ins(%x, %w1 : tensor<1x3xf32>, tensor<3x2xf32>) outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32>
  %y = linalg.matmul ins(%h, %w2 : tensor<1x2xf32>, tensor<2x2xf32>) outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32>
  return %y : tensor<1x2xf32>
}

// -----

// A constant that reaches no contraction is not a weight, however small.

// CHECK-LABEL: func.func @no_weights
// CHECK:       arith.constant dense<{{\[}}1.000000e-03, 2.000000e-03, 3.000000e-03, 4.000000e-03]> : tensor<4xf32>
// CHECK:       arith.constant dense<{{\[\[}}1.000000e-03, -2.000000e-03]]> : tensor<1x2xf32>
func.func @no_weights(%x: tensor<4xf32>, %y: tensor<1x2xf32>) -> (tensor<4xf32>, tensor<1x2xf32>) {
  %c = arith.constant dense<[0.001, 0.002, 0.003, 0.004]> : tensor<4xf32>
  %b = arith.constant dense<[[0.001, -0.002]]> : tensor<1x2xf32>
  %s = arith.addf %x, %c : tensor<4xf32>
  %t = tosa.add %y, %b : (tensor<1x2xf32>, tensor<1x2xf32>) -> tensor<1x2xf32>
  return %s, %t : tensor<4xf32>, tensor<1x2xf32>
}
