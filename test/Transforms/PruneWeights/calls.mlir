// Weights reached through func.call: a constant passed to a private
// function that has a single call site is that function's weight, and is
// pruned where it is defined. The layer is named after the consumer in the
// callee. A function with several callers, a public callee and a weight that
// is also used as data are left alone.

// RUN: prune-opt %s --split-input-file --prune-weights="sparsity=0.5" \
// RUN:   | FileCheck %s
// RUN: prune-opt %s --split-input-file --prune-weights="sparsity=0.5" \
// RUN:   --remarks-filter=prune-weights -o /dev/null 2>&1 \
// RUN:   | FileCheck %s --check-prefix=REMARK

// CHECK-LABEL: func.func @caller
// CHECK:       arith.constant dense<{{\[\[}}0.000000e+00, -4.000000e+00], [0.000000e+00, 3.000000e+00]]> : tensor<2x2xf32>
// CHECK:       call @callee
// CHECK-LABEL: func.func private @callee
// CHECK:       linalg.matmul
// REMARK:      remark: {{.*}}LayerPruned | Category:prune-weights:callee#0 | Function=callee | Remark="layer 'callee#0' pruned (unstructured): 4 -> 2 nonzeros of 4"
func.func @caller(%x: tensor<1x2xf32>) -> tensor<1x2xf32> {
  %w = arith.constant dense<[[1.0, -4.0], [0.5, 3.0]]> : tensor<2x2xf32>
  %y = func.call @callee(%x, %w) : (tensor<1x2xf32>, tensor<2x2xf32>) -> tensor<1x2xf32>
  return %y : tensor<1x2xf32>
}
func.func private @callee(%x: tensor<1x2xf32>, %w: tensor<2x2xf32>) -> tensor<1x2xf32> {
  %init = arith.constant dense<0.0> : tensor<1x2xf32>
  %y = linalg.matmul ins(%x, %w : tensor<1x2xf32>, tensor<2x2xf32>) outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32>
  return %y : tensor<1x2xf32>
}

// -----

// Through two levels of calls and a transpose in the middle one.
// CHECK-LABEL: func.func @nested
// REMARK:      remark: {{.*}}LayerPruned | Category:prune-weights:inner#0
// CHECK:       "tosa.const"() <{values = dense<{{\[\[}}0.000000e+00, 0.000000e+00], [-4.000000e+00, 3.000000e+00]]> : tensor<2x2xf32>}>
func.func @nested(%x: tensor<1x2x2xf32>) -> tensor<1x2x2xf32> {
  %w = "tosa.const"() <{values = dense<[[1.0, 0.5], [-4.0, 3.0]]> : tensor<2x2xf32>}> : () -> tensor<2x2xf32>
  %y = func.call @middle(%x, %w) : (tensor<1x2x2xf32>, tensor<2x2xf32>) -> tensor<1x2x2xf32>
  return %y : tensor<1x2x2xf32>
}
func.func private @middle(%x: tensor<1x2x2xf32>, %w: tensor<2x2xf32>) -> tensor<1x2x2xf32> {
  %t = tosa.transpose %w {perms = array<i32: 1, 0>} : (tensor<2x2xf32>) -> tensor<2x2xf32>
  %y = func.call @inner(%x, %t) : (tensor<1x2x2xf32>, tensor<2x2xf32>) -> tensor<1x2x2xf32>
  return %y : tensor<1x2x2xf32>
}
func.func private @inner(%x: tensor<1x2x2xf32>, %w: tensor<2x2xf32>) -> tensor<1x2x2xf32> {
  %s = tosa.const_shape {values = dense<[1, 2, 2]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %w3 = tosa.reshape %w, %s : (tensor<2x2xf32>, !tosa.shape<3>) -> tensor<1x2x2xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %y = tosa.matmul %x, %w3, %zp, %zp : (tensor<1x2x2xf32>, tensor<1x2x2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x2x2xf32>
  return %y : tensor<1x2x2xf32>
}

// -----

// A public callee may be called from outside the module: its argument is
// not the caller's constant.
// CHECK-LABEL: func.func @public_callee_caller
// CHECK:       arith.constant dense<{{\[\[}}1.000000e+00, -4.000000e+00], [5.000000e-01, 3.000000e+00]]> : tensor<2x2xf32>
func.func @public_callee_caller(%x: tensor<1x2xf32>) -> tensor<1x2xf32> {
  %w = arith.constant dense<[[1.0, -4.0], [0.5, 3.0]]> : tensor<2x2xf32>
  %y = func.call @public_callee(%x, %w) : (tensor<1x2xf32>, tensor<2x2xf32>) -> tensor<1x2xf32>
  return %y : tensor<1x2xf32>
}
func.func @public_callee(%x: tensor<1x2xf32>, %w: tensor<2x2xf32>) -> tensor<1x2xf32> {
  %init = arith.constant dense<0.0> : tensor<1x2xf32>
  %y = linalg.matmul ins(%x, %w : tensor<1x2xf32>, tensor<2x2xf32>) outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32>
  return %y : tensor<1x2xf32>
}

// -----

// The callee also returns the weight: it is data, and stays.
// CHECK-LABEL: func.func @also_data
// CHECK:       arith.constant dense<{{\[\[}}1.000000e+00, -4.000000e+00], [5.000000e-01, 3.000000e+00]]> : tensor<2x2xf32>
// REMARK:      remark: {{.*}}LayerSkipped {{.*}}'returns_weight#0' left alone: the constant is also used by 'func.return' operand #1
func.func @also_data(%x: tensor<1x2xf32>) -> (tensor<1x2xf32>, tensor<2x2xf32>) {
  %w = arith.constant dense<[[1.0, -4.0], [0.5, 3.0]]> : tensor<2x2xf32>
  %y:2 = func.call @returns_weight(%x, %w) : (tensor<1x2xf32>, tensor<2x2xf32>) -> (tensor<1x2xf32>, tensor<2x2xf32>)
  return %y#0, %y#1 : tensor<1x2xf32>, tensor<2x2xf32>
}
func.func private @returns_weight(%x: tensor<1x2xf32>, %w: tensor<2x2xf32>) -> (tensor<1x2xf32>, tensor<2x2xf32>) {
  %init = arith.constant dense<0.0> : tensor<1x2xf32>
  %y = linalg.matmul ins(%x, %w : tensor<1x2xf32>, tensor<2x2xf32>) outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32>
  return %y, %w : tensor<1x2xf32>, tensor<2x2xf32>
}
