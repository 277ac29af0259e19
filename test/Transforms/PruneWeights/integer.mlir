// prune-weights on integer (quantized) weights: magnitudes are |w - zp| with
// zp the consumer's weight zero point (tosa.conv2d weight_zp, tosa.matmul
// b_zp, or a_zp when the constant is the first operand), and pruned weights
// become zp, not 0. The input zero point, the bias and the zero-point
// constants are left alone. Without a zero point, zp = 0.

// RUN: prune-opt %s --split-input-file --prune-weights=sparsity=0.5 \
// RUN:   | FileCheck %s
// RUN: prune-opt %s --split-input-file --prune-weights=sparsity=0.5 \
// RUN:   | prune-opt --split-input-file --prune-weights=sparsity=0.5 \
// RUN:   | FileCheck %s
// RUN: prune-opt %s --split-input-file --prune-weights="pattern=2:4 layers=^(conv2d_i8|matmul_i8)#0$" \
// RUN:   | FileCheck %s --check-prefix=NM
// RUN: prune-opt %s --split-input-file --prune-weights=threshold=2 \
// RUN:   | FileCheck %s --check-prefix=THRESHOLD
// RUN: prune-opt %s --split-input-file --prune-weights="pattern=channel sparsity=0.5" \
// RUN:   | FileCheck %s --check-prefix=CHANNEL
// RUN: prune-opt %s --split-input-file --prune-weights=sparsity=0.5 \
// RUN:   --remarks-filter=prune-weights -o /dev/null 2>&1 \
// RUN:   | FileCheck %s --check-prefix=REMARK

// weight_zp = 3 (input_zp = 7 must not be used): |w - 3| is
// (0 2 1 5) (7 0 1 1); two are at the zero point already, so at 50% two more
// go, the tied 1s at indices 2 and 6 (earlier first).

// CHECK-LABEL: func.func @conv2d_i8
// CHECK:       %[[W:.*]] = "tosa.const"() <{values = dense<{{\[\[\[\[}}3, 5, 3, -2]]], {{\[\[\[}}10, 3, 3, 2]]]]> : tensor<2x1x1x4xi8>}>
// CHECK:       %[[B:.*]] = "tosa.const"() <{values = dense<[100, -100]> : tensor<2xi32>}>
// CHECK:       %[[XZP:.*]] = "tosa.const"() <{values = dense<7> : tensor<1xi8>}>
// CHECK:       %[[WZP:.*]] = "tosa.const"() <{values = dense<3> : tensor<1xi8>}>
// CHECK:       tosa.conv2d %{{.*}}, %[[W]], %[[B]], %[[XZP]], %[[WZP]]

// 2:4 along IC: (3 5 4 -2) keeps 5 and -2, (10 3 4 2) keeps 10 and one of the
// tied 4 / 2 (|w - 3| = 1): the later one, 2.
// NM-LABEL: func.func @conv2d_i8
// NM:       "tosa.const"() <{values = dense<{{\[\[\[\[}}3, 5, 3, -2]]], {{\[\[\[}}10, 3, 3, 2]]]]> : tensor<2x1x1x4xi8>}>

// |w - 3| < 2 goes: 4, 4 and 2.
// THRESHOLD-LABEL: func.func @conv2d_i8
// THRESHOLD:       "tosa.const"() <{values = dense<{{\[\[\[\[}}3, 5, 3, -2]]], {{\[\[\[}}10, 3, 3, 3]]]]> : tensor<2x1x1x4xi8>}>

// Channel norms of w - 3: sqrt(30) and sqrt(51): channel 0 becomes all 3.
// CHANNEL-LABEL: func.func @conv2d_i8
// CHANNEL:       "tosa.const"() <{values = dense<{{\[\[\[\[}}3, 3, 3, 3]]], {{\[\[\[}}10, 3, 4, 2]]]]> : tensor<2x1x1x4xi8>}>

// Nonzeros count weights that differ from the zero point.
// REMARK: remark: [Passed] LayerPruned | Category:prune-weights:conv2d_i8#0 | Function=conv2d_i8 | Remark="layer 'conv2d_i8#0' pruned (unstructured): 6 -> 4 nonzeros of 8"
func.func @conv2d_i8(%x: tensor<1x2x2x4xi8>) -> tensor<1x2x2x2xi32> {
  %w = "tosa.const"() <{values = dense<[[[[3, 5, 4, -2]]], [[[10, 3, 4, 2]]]]> : tensor<2x1x1x4xi8>}> : () -> tensor<2x1x1x4xi8>
  %b = "tosa.const"() <{values = dense<[100, -100]> : tensor<2xi32>}> : () -> tensor<2xi32>
  %xzp = "tosa.const"() <{values = dense<7> : tensor<1xi8>}> : () -> tensor<1xi8>
  %wzp = "tosa.const"() <{values = dense<3> : tensor<1xi8>}> : () -> tensor<1xi8>
  %y = tosa.conv2d %x, %w, %b, %xzp, %wzp {acc_type = i32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x2x2x4xi8>, tensor<2x1x1x4xi8>, tensor<2xi32>, tensor<1xi8>, tensor<1xi8>) -> tensor<1x2x2x2xi32>
  return %y : tensor<1x2x2x2xi32>
}

// -----

// tosa.matmul B [1, K=4, N=2] with b_zp = -3 (a_zp = 5 must not be used):
// |w + 3| is (2 3) (0 2) (1 10) (1 6); 50% zeroes the 0, both 1s and the
// first 2.

// CHECK-LABEL: func.func @matmul_i8
// CHECK:       %[[W:.*]] = "tosa.const"() <{values = dense<{{\[\[\[}}-3, 0], [-3, -1], [-3, 7], [-3, -9]]]> : tensor<1x4x2xi8>}>
// CHECK:       %[[AZP:.*]] = "tosa.const"() <{values = dense<5> : tensor<1xi8>}>
// CHECK:       %[[BZP:.*]] = "tosa.const"() <{values = dense<-3> : tensor<1xi8>}>
// CHECK:       tosa.matmul %{{.*}}, %[[W]], %[[AZP]], %[[BZP]]

// 2:4 down each column (K): (-5 -3 -4 -2) keeps -5 and -2 (|w + 3| 2 and 1,
// the later of the tied 1s); (0 -1 7 -9) keeps 7 and -9.
// NM-LABEL: func.func @matmul_i8
// NM:       "tosa.const"() <{values = dense<{{\[\[\[}}-5, -3], [-3, -3], [-3, 7], [-2, -9]]]> : tensor<1x4x2xi8>}>

// THRESHOLD-LABEL: func.func @matmul_i8
// THRESHOLD:       "tosa.const"() <{values = dense<{{\[\[\[}}-5, 0], [-3, -1], [-3, 7], [-3, -9]]]> : tensor<1x4x2xi8>}>

// Output channels are columns: norms of w + 3 are sqrt(6) and sqrt(149).
// CHANNEL-LABEL: func.func @matmul_i8
// CHANNEL:       "tosa.const"() <{values = dense<{{\[\[\[}}-3, 0], [-3, -1], [-3, 7], [-3, -9]]]> : tensor<1x4x2xi8>}>
func.func @matmul_i8(%x: tensor<1x1x4xi8>) -> tensor<1x1x2xi32> {
  %w = "tosa.const"() <{values = dense<[[[-5, 0], [-3, -1], [-4, 7], [-2, -9]]]> : tensor<1x4x2xi8>}> : () -> tensor<1x4x2xi8>
  %azp = "tosa.const"() <{values = dense<5> : tensor<1xi8>}> : () -> tensor<1xi8>
  %bzp = "tosa.const"() <{values = dense<-3> : tensor<1xi8>}> : () -> tensor<1xi8>
  %y = tosa.matmul %x, %w, %azp, %bzp : (tensor<1x1x4xi8>, tensor<1x4x2xi8>, tensor<1xi8>, tensor<1xi8>) -> tensor<1x1x2xi32>
  return %y : tensor<1x1x2xi32>
}

// -----

// The constant as the first tosa.matmul operand (A [1, M=2, K=4]): its zero
// point is a_zp = 1; b_zp = -3 belongs to the activation. |w - 1| is
// (0 1 2 3) (4 5 6 7): the 1 already at zp, then 2 3 4 go.

// CHECK-LABEL: func.func @matmul_i8_first_operand
// CHECK:       "tosa.const"() <{values = dense<{{\[\[\[}}1, 1, 1, 1], [-3, 6, 7, 8]]]> : tensor<1x2x4xi8>}>
func.func @matmul_i8_first_operand(%x: tensor<1x4x2xi8>) -> tensor<1x2x2xi32> {
  %w = "tosa.const"() <{values = dense<[[[1, 2, 3, 4], [-3, 6, 7, 8]]]> : tensor<1x2x4xi8>}> : () -> tensor<1x2x4xi8>
  %azp = "tosa.const"() <{values = dense<1> : tensor<1xi8>}> : () -> tensor<1xi8>
  %bzp = "tosa.const"() <{values = dense<-3> : tensor<1xi8>}> : () -> tensor<1xi8>
  %y = tosa.matmul %w, %x, %azp, %bzp : (tensor<1x2x4xi8>, tensor<1x4x2xi8>, tensor<1xi8>, tensor<1xi8>) -> tensor<1x2x2xi32>
  return %y : tensor<1x2x2xi32>
}

// -----

// No zero point (linalg.matmul on i8 and i32): pruned weights become 0.

// CHECK-LABEL: func.func @linalg_integer
// CHECK:       arith.constant dense<{{\[\[}}0, -4], [0, 3]]> : tensor<2x2xi8>
// CHECK:       arith.constant dense<{{\[\[}}0, -40000], [0, 30000]]> : tensor<2x2xi32>
func.func @linalg_integer(%x: tensor<1x2xi8>, %x32: tensor<1x2xi32>) -> (tensor<1x2xi32>, tensor<1x2xi32>) {
  %w = arith.constant dense<[[1, -4], [-2, 3]]> : tensor<2x2xi8>
  %w32 = arith.constant dense<[[10000, -40000], [-20000, 30000]]> : tensor<2x2xi32>
  %init = arith.constant dense<0> : tensor<1x2xi32>
  %y = linalg.matmul ins(%x, %w : tensor<1x2xi8>, tensor<2x2xi8>) outs(%init : tensor<1x2xi32>) -> tensor<1x2xi32>
  %y32 = linalg.matmul ins(%x32, %w32 : tensor<1x2xi32>, tensor<2x2xi32>) outs(%init : tensor<1x2xi32>) -> tensor<1x2xi32>
  return %y, %y32 : tensor<1x2xi32>, tensor<1x2xi32>
}

// -----

// linalg.quantized_matmul carries its zero points as scalar operands: the
// weight's (7) is what pruned weights become.
// CHECK-LABEL: func.func @quantized_matmul
// CHECK:       arith.constant dense<{{\[\[}}7, 7], [10, -20]]> : tensor<2x2xi8>
func.func @quantized_matmul(%x: tensor<1x2xi8>, %init: tensor<1x2xi32>) -> tensor<1x2xi32> {
  %w = arith.constant dense<[[8, 5], [10, -20]]> : tensor<2x2xi8>
  %xzp = arith.constant 0 : i32
  %wzp = arith.constant 7 : i32
  %y = linalg.quantized_matmul ins(%x, %w, %xzp, %wzp : tensor<1x2xi8>, tensor<2x2xi8>, i32, i32) outs(%init : tensor<1x2xi32>) -> tensor<1x2xi32>
  return %y : tensor<1x2xi32>
}
