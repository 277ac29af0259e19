// prune-weights method=reconstruct: after the mask is chosen, every output
// row's kept weights S are re-solved on the calibration Gram matrix G:
// w_S = (G_SS + lambda I)^-1 G_S: w_dense, lambda = 0.01 * mean(diag(G)).

// Two perfectly correlated features: samples (1, 1) and (2, 2), so
// G = [[5, 5], [5, 5]] and lambda = 0.05.
// RUN: prune-stats write %t.stats \
// RUN:   --layer fc --inputs '1,1;2,2'
// RUN: prune-opt %s --split-input-file \
// RUN:   --prune-weights="sparsity=0.5 method=reconstruct stats=%t.stats" \
// RUN:   | FileCheck %s
// The same with a global mask, and with N:M (1:2 keeps the same weights).
// RUN: prune-opt %s --split-input-file \
// RUN:   --prune-weights="sparsity=0.5 scope=global method=reconstruct stats=%t.stats" \
// RUN:   | FileCheck %s
// RUN: prune-opt %s --split-input-file \
// RUN:   --prune-weights="pattern=1:2 method=reconstruct stats=%t.stats" \
// RUN:   | FileCheck %s
// Wanda scores with reconstruction: the norms are equal, same mask.
// RUN: prune-opt %s --split-input-file \
// RUN:   --prune-weights="sparsity=0.5 criterion=wanda method=reconstruct stats=%t.stats" \
// RUN:   | FileCheck %s
// Without reconstruction the kept weights stay as they were.
// RUN: prune-opt %s --split-input-file \
// RUN:   --prune-weights="sparsity=0.5 stats=%t.stats" \
// RUN:   | FileCheck %s --check-prefix=MASK

// Row 0 = (1, 3): the 1 goes, and the 3 takes over its contribution through
// the correlated feature: (5 * 1 + 5 * 3) / (5 + 0.05) = 3.960396.
// Row 1 = (2, -1): the -1 goes; 2 becomes (5 * 2 - 5 * 1) / 5.05 = 0.990099.
// CHECK-LABEL: func.func @correlated
// CHECK:       arith.constant dense<{{\[\[}}0.000000e+00, 9.900990e-01], [3.96039{{[0-9]*}}, 0.000000e+00]]> : tensor<2x2xf32>
// MASK-LABEL:  func.func @correlated
// MASK:        arith.constant dense<{{\[\[}}0.000000e+00, 2.000000e+00], [3.000000e+00, 0.000000e+00]]> : tensor<2x2xf32>
func.func @correlated(%x: tensor<1x2xf32>) -> tensor<1x2xf32> {
  %w = arith.constant dense<[[1.0, 2.0], [3.0, -1.0]]> : tensor<2x2xf32>
  %init = arith.constant dense<0.0> : tensor<1x2xf32>
  %y = linalg.matmul ins(%x, %w : tensor<1x2xf32>, tensor<2x2xf32>) outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32> loc("fc")
  return %y : tensor<1x2xf32>
}

// -----

// Uncorrelated features, samples (1, 0), (0, 3): G = diag(1, 9), lambda =
// 0.05. Each kept weight only shrinks by its damping: 2 * 9 / 9.05, and a
// whole row kept is shrunk the same way (-4 * 1 / 1.05, 1 * 9 / 9.05).
// RUN: prune-stats write %t.diag.stats \
// RUN:   --layer fc --inputs '1,0;0,3'
// RUN: prune-opt %s --split-input-file \
// RUN:   --prune-weights="sparsity=0.25 method=reconstruct stats=%t.diag.stats" \
// RUN:   | FileCheck %s --check-prefix=DIAG
// DIAG-LABEL: func.func @correlated
// DIAG:       func.func @uncorrelated
// DIAG:       arith.constant dense<{{\[\[}}0.000000e+00, -3.80952{{[0-9]*}}], [1.98895{{[0-9]*}}, 0.99447{{[0-9]*}}]]> : tensor<2x2xf32>
func.func @uncorrelated(%x: tensor<1x2xf32>) -> tensor<1x2xf32> {
  %w = arith.constant dense<[[0.5, -4.0], [2.0, 1.0]]> : tensor<2x2xf32>
  %init = arith.constant dense<0.0> : tensor<1x2xf32>
  %y = linalg.matmul ins(%x, %w : tensor<1x2xf32>, tensor<2x2xf32>) outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32> loc("fc")
  return %y : tensor<1x2xf32>
}

// Reconstruction writes real-valued weights: integer (quantized) weights are
// an error naming the layer.
// RUN: prune-stats write %t.int.stats \
// RUN:   --layer int --inputs '1,2'
// RUN: not prune-opt %S/Inputs/integer-layer.mlir \
// RUN:   --prune-weights="sparsity=0.5 method=reconstruct stats=%t.int.stats" -o /dev/null 2>&1 \
// RUN:   | FileCheck %s --check-prefix=INTEGER
// INTEGER: error: loc("int"): 'linalg.matmul' op prune-weights: layer 'int' has integer weights; method=reconstruct needs float weights
