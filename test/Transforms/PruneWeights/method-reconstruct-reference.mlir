// prune-weights method=reconstruct with statistics observed beside a
// reference model (prune-instrument{reference-func=...}): the layer is first
// refit to the reference's outputs on its own inputs,
//   w* = (G + lambda I)^-1 C w,  G = X^T X, C = X^T R,
// the mask is chosen on w*, and the kept weights are re-solved against the
// same target: w_S = (G_SS + lambda I)^-1 (C w)_S.

// Three samples e1, e2, e3: G = I, lambda = 0.01. The reference model's input
// has feature 2 five times larger (R = X diag(1, 1, 5)), so C = diag(1, 1, 5)
// and w = (1, -3, 0.5) refits to (1, -3, 2.5) / 1.01: the smallest weight is
// now feature 0, not feature 2.
// RUN: prune-stats write %t.ref.stats \
// RUN:   --layer fc --inputs '1,0,0;0,1,0;0,0,1' --reference '1,0,0;0,1,0;0,0,5'
// RUN: prune-opt %s --prune-weights="sparsity=0.34 method=reconstruct stats=%t.ref.stats report=%t.json" \
// RUN:   | FileCheck %s
// RUN: FileCheck %s --check-prefix=REPORT < %t.json
// CHECK-LABEL: func.func @refit
// CHECK:       arith.constant dense<{{\[\[}}0.000000e+00], [-2.970297{{[0-9]*}}], [2.475247{{[0-9]*}}]]> : tensor<3x1xf32>
// REPORT:      "reconstruct_target": "reference"

// The same samples without a reference: the mask is chosen on w itself.
// RUN: prune-stats write %t.plain.stats \
// RUN:   --layer fc --inputs '1,0,0;0,1,0;0,0,1'
// RUN: prune-opt %s --prune-weights="sparsity=0.34 method=reconstruct stats=%t.plain.stats report=%t.plain.json" \
// RUN:   | FileCheck %s --check-prefix=PLAIN
// RUN: FileCheck %s --check-prefix=PLAIN-REPORT < %t.plain.json
// PLAIN-LABEL: func.func @refit
// PLAIN:       arith.constant dense<{{\[\[}}9.900990e-01], [-2.970297{{[0-9]*}}], [0.000000e+00]]> : tensor<3x1xf32>
// PLAIN-REPORT: "reconstruct_target": "dense"

// A reference only matters to reconstruction: method=mask keeps w's mask
// and values.
// RUN: prune-opt %s --prune-weights="sparsity=0.34 stats=%t.ref.stats" \
// RUN:   | FileCheck %s --check-prefix=MASK
// MASK-LABEL: func.func @refit
// MASK:       arith.constant dense<{{\[\[}}1.000000e+00], [-3.000000e+00], [0.000000e+00]]> : tensor<3x1xf32>
func.func @refit(%x: tensor<1x3xf32>) -> tensor<1x1xf32> {
  %w = arith.constant dense<[[1.0], [-3.0], [0.5]]> : tensor<3x1xf32>
  %init = arith.constant dense<0.0> : tensor<1x1xf32>
  %y = linalg.matmul ins(%x, %w : tensor<1x3xf32>, tensor<3x1xf32>) outs(%init : tensor<1x1xf32>) -> tensor<1x1xf32> loc("fc")
  return %y : tensor<1x1xf32>
}
