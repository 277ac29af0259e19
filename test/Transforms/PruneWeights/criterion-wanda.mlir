// prune-weights criterion=wanda: a weight's score is abs(w) times the L2 norm
// of its input feature over the calibration samples (stats=). Unstructured
// per layer, every output row keeps the same fraction; scope=global ranks
// all scores together; N:M groups and channels score with the same values.

// One sample with features (10, 1, 0.1, 1): norms 10, 1, 0.1, 1.
// RUN: prune-stats write %t.stats \
// RUN:   --layer fc --inputs '10,1,0.1,1'
// RUN: prune-opt %s --prune-weights="sparsity=0.5 criterion=wanda stats=%t.stats" \
// RUN:   | FileCheck %s --check-prefix=ROW
// RUN: prune-opt %s --prune-weights="pattern=2:4 criterion=wanda stats=%t.stats" \
// RUN:   | FileCheck %s --check-prefix=ROW
// RUN: prune-opt %s --prune-weights="sparsity=0.5 scope=global criterion=wanda stats=%t.stats" \
// RUN:   | FileCheck %s --check-prefix=GLOBAL
// RUN: prune-opt %s --prune-weights="threshold=0.95 criterion=wanda stats=%t.stats" \
// RUN:   | FileCheck %s --check-prefix=GLOBAL
// RUN: prune-opt %s --prune-weights="sparsity=0.5 pattern=channel criterion=wanda stats=%t.stats" \
// RUN:   | FileCheck %s --check-prefix=CHANNEL
// Magnitude, for contrast (the stats file is read and checked, not used).
// RUN: prune-opt %s --prune-weights="sparsity=0.5 stats=%t.stats" \
// RUN:   | FileCheck %s --check-prefix=MAGNITUDE
// RUN: prune-opt %s --prune-weights="sparsity=0.5 pattern=channel" \
// RUN:   | FileCheck %s --check-prefix=MAGNITUDE-CHANNEL

// The weight is (input 4) x (output 2): output row 0 is column 0 of %w,
// (0.09, 1, 8, 0.6), with Wanda scores (0.9, 1, 0.8, 0.6); output row 1 is
// (0.15, 2, 3, 4) with scores (1.5, 2, 0.3, 4).
//
// Per row, the two lowest scores of each row go: 8 (score 0.8) and 0.6 of
// row 0, 0.15 and 3 of row 1 - magnitude would have kept the 8 and the 3.
// ROW-LABEL: func.func @fc
// ROW:       arith.constant dense<{{\[\[}}9.000000e-02, 0.000000e+00], [1.000000e+00, 2.000000e+00], [0.000000e+00, 0.000000e+00], [0.000000e+00, 4.000000e+00]]> : tensor<4x2xf32>

// Over the whole layer: the four lowest scores 0.3, 0.6, 0.8, 0.9 go, so
// row 1 keeps its 0.15 (score 1.5) and row 0 loses its 0.09. A threshold of
// 0.95 on the scores gives the same weights.
// GLOBAL-LABEL: func.func @fc
// GLOBAL:       arith.constant dense<{{\[\[}}0.000000e+00, 1.500000e-01], [1.000000e+00, 2.000000e+00], [0.000000e+00, 0.000000e+00], [0.000000e+00, 4.000000e+00]]> : tensor<4x2xf32>

// Channels: row 0's scores have L2 norm 1.72, row 1's 4.73: row 0 goes,
// although its weights (with the 8) are the larger ones by magnitude.
// CHANNEL-LABEL: func.func @fc
// CHANNEL:       arith.constant dense<{{\[\[}}0.000000e+00, 1.500000e-01], [0.000000e+00, 2.000000e+00], [0.000000e+00, 3.000000e+00], [0.000000e+00, 4.000000e+00]]> : tensor<4x2xf32>

// MAGNITUDE-LABEL: func.func @fc
// MAGNITUDE:       arith.constant dense<{{\[\[}}0.000000e+00, 0.000000e+00], [0.000000e+00, 2.000000e+00], [8.000000e+00, 3.000000e+00], [0.000000e+00, 4.000000e+00]]> : tensor<4x2xf32>
// MAGNITUDE-CHANNEL-LABEL: func.func @fc
// MAGNITUDE-CHANNEL:       arith.constant dense<{{\[\[}}9.000000e-02, 0.000000e+00], [1.000000e+00, 0.000000e+00], [8.000000e+00, 0.000000e+00], [6.000000e-01, 0.000000e+00]]> : tensor<4x2xf32>
func.func @fc(%x: tensor<1x4xf32>) -> tensor<1x2xf32> {
  %w = arith.constant dense<[[0.09, 0.15], [1.0, 2.0], [8.0, 3.0], [0.6, 4.0]]> : tensor<4x2xf32>
  %init = arith.constant dense<0.0> : tensor<1x2xf32>
  %y = linalg.matmul ins(%x, %w : tensor<1x4xf32>, tensor<4x2xf32>) outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32> loc("fc")
  return %y : tensor<1x2xf32>
}

// Integer weights: scores are |w - zp| times the norms. Layer "int" has
// input norms (1, 2); output row 0 = (1, 3) scores (1, 6), row 1 = (2, -1)
// scores (2, 2): the tie goes to the lower column.
// RUN: prune-stats write %t.int.stats \
// RUN:   --layer int --inputs '1,2'
// RUN: prune-opt %S/Inputs/integer-layer.mlir \
// RUN:   --prune-weights="sparsity=0.5 criterion=wanda stats=%t.int.stats" \
// RUN:   | FileCheck %s --check-prefix=INTEGER
// INTEGER: arith.constant dense<{{\[\[}}0, 0], [3, -1]]> : tensor<2x2xi8>
