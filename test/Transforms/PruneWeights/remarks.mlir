// prune-weights remarks: a `passed` remark per pruned layer with its nonzero
// counts, a `missed` remark per layer left alone with the reason, both at the
// consumer's location in the `prune-weights` category. Without a remarks
// filter the pass prints no remark (a warning when it prunes no layer).

// RUN: prune-opt %s --split-input-file --prune-weights=sparsity=0.5 \
// RUN:   --remarks-filter=prune-weights -o /dev/null 2>&1 | FileCheck %s
// RUN: prune-opt %s --split-input-file --prune-weights=sparsity=0.5 \
// RUN:   --remarks-filter-missed=prune-weights -o /dev/null 2>&1 \
// RUN:   | FileCheck %s --check-prefix=MISSED
// RUN: prune-opt %s --split-input-file --prune-weights=sparsity=0.5 \
// RUN:   -o /dev/null 2>&1 | FileCheck %s --allow-empty --check-prefix=QUIET
// RUN: prune-opt %s --split-input-file --prune-weights=sparsity=0.5 \
// RUN:   --remarks-filter=canonicalize -o /dev/null 2>&1 \
// RUN:   | FileCheck %s --allow-empty --check-prefix=QUIET

// QUIET-NOT: remark:

// MISSED-NOT: LayerPruned
// MISSED-NOT: pruned#0
func.func @pruned(%x: tensor<1x2xf32>) -> tensor<1x2xf32> {
  %w = arith.constant dense<[[1.0, -4.0], [0.5, 3.0]]> : tensor<2x2xf32>
  %init = arith.constant dense<0.0> : tensor<1x2xf32>
  // CHECK:  remarks.mlir:[[@LINE+1]]:8: remark: [Passed] LayerPruned | Category:prune-weights:pruned#0 | Function=pruned | Remark="layer 'pruned#0' pruned (unstructured): 4 -> 2 nonzeros of 4"
  %y = linalg.matmul ins(%x, %w : tensor<1x2xf32>, tensor<2x2xf32>) outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32>
  return %y : tensor<1x2xf32>
}

// -----

// Counts are nonzeros before and after: one weight is zero already.

// The remark goes to the file location inside the fused location.
// CHECK:      model.py:7:3: remark: [Passed] LayerPruned | Category:prune-weights:fc | Function=half_zero | Remark="layer 'fc' pruned (unstructured): 3 -> 2 nonzeros of 4"
func.func @half_zero(%x: tensor<1x2xf32>) -> tensor<1x2xf32> {
  %w = arith.constant dense<[[1.0, 0.0], [0.5, 3.0]]> : tensor<2x2xf32>
  %init = arith.constant dense<0.0> : tensor<1x2xf32>
  %y = linalg.matmul ins(%x, %w : tensor<1x2xf32>, tensor<2x2xf32>) outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32> loc(fused["fc", "model.py":7:3])
  return %y : tensor<1x2xf32>
}

// -----

func.func @unsupported_type(%x: tensor<1x2xf8E4M3FN>) -> tensor<1x2xf8E4M3FN> {
  %w = arith.constant dense<[[1.0, -4.0], [0.5, 3.0]]> : tensor<2x2xf8E4M3FN>
  %init = arith.constant dense<0.0> : tensor<1x2xf8E4M3FN>
  // CHECK:  remarks.mlir:[[@LINE+2]]:8: remark: [Missed] LayerSkipped | Category:prune-weights:unsupported_type#0 | Function=unsupported_type | Reason="layer 'unsupported_type#0' left alone: element type f8E4M3FN is not supported"
  // MISSED: remarks.mlir:[[@LINE+1]]:8: remark: [Missed] LayerSkipped | Category:prune-weights:unsupported_type#0
  %y = linalg.matmul ins(%x, %w : tensor<1x2xf8E4M3FN>, tensor<2x2xf8E4M3FN>) outs(%init : tensor<1x2xf8E4M3FN>) -> tensor<1x2xf8E4M3FN>
  return %y : tensor<1x2xf8E4M3FN>
}

// -----

func.func @non_weight_use(%x: tensor<1x2x2xf32>) -> tensor<1x2x2xf32> {
  %w = "tosa.const"() <{values = dense<[[[1.0, -4.0], [0.5, 3.0]]]> : tensor<1x2x2xf32>}> : () -> tensor<1x2x2xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  // CHECK:  remarks.mlir:[[@LINE+2]]:8: remark: [Missed] LayerSkipped | Category:prune-weights:non_weight_use#0 | Function=non_weight_use | Reason="layer 'non_weight_use#0' left alone: the constant is also used by 'tosa.add' operand #1"
  // MISSED: remarks.mlir:[[@LINE+1]]:8: remark: [Missed] LayerSkipped | Category:prune-weights:non_weight_use#0
  %y = tosa.matmul %x, %w, %zp, %zp : (tensor<1x2x2xf32>, tensor<1x2x2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x2x2xf32>
  %z = tosa.add %y, %w : (tensor<1x2x2xf32>, tensor<1x2x2xf32>) -> tensor<1x2x2xf32>
  return %z : tensor<1x2x2xf32>
}

// -----

func.func @elided(%x: tensor<1x2xf32>, %init: tensor<1x2xf32>) -> tensor<1x2xf32> {
  %w = arith.constant dense_resource<__elided__> : tensor<2x2xf32>
  // CHECK:  remarks.mlir:[[@LINE+1]]:8: remark: [Missed] LayerSkipped | Category:prune-weights:elided#0 | Function=elided | Reason="layer 'elided#0' left alone: its dense_resource blob '__elided__' has no data"
  %y = linalg.matmul ins(%x, %w : tensor<1x2xf32>, tensor<2x2xf32>) outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32>
  return %y : tensor<1x2xf32>
}

// -----

// A function whose layers have no constant weight says so (a missed
// remark on the function), rather than nothing at all.
// CHECK:  remark: [Missed] NoConstantWeights | Category:prune-weights | Function=no_weights | Reason="no constant weights found in @no_weights: 1 layer(s) without one, e.g. 'linalg.matmul' operand #1 is argument #1 of @no_weights"
// MISSED: NoConstantWeights | Category:prune-weights | Function=no_weights
func.func @no_weights(%x: tensor<1x2xf32>, %w: tensor<2x2xf32>, %init: tensor<1x2xf32>) -> tensor<1x2xf32> {
  %y = linalg.matmul ins(%x, %w : tensor<1x2xf32>, tensor<2x2xf32>) outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32>
  return %y : tensor<1x2xf32>
}
