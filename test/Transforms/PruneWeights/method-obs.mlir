// prune-weights method=obs: SparseGPT's optimal brain surgeon. With
// H = G + lambda I (G = X^T X from stats=, lambda = 0.01 * mean(diag(G))) and
// U the upper Cholesky factor of H^-1, the sweep visits the input columns in
// order; pruning w[r, c] costs w^2 / U_cc^2 and moves (w / U_cc) U[c, c:]
// onto the row's later columns. Then the kept weights are also re-solved as
// method=reconstruct does, w_S = (G_SS + lambda I)^-1 G_S: w_dense, and the
// layer keeps whichever of the two reproduces its outputs better on the
// calibration data.
//
// Each weight below is the (input, output) matrix of a linalg.matmul: output
// row r of the (output, input) view is column r of the constant. One
// statistics file holds every layer's record.
// RUN: prune-stats write %t.stats --layer diag --inputs '1,0;0,3' \
// RUN:   --layer units --inputs '1,0;0,3' \
// RUN:   --layer nm --inputs '1,0,0,0;0,3,0,0;0,0,1,0;0,0,0,3' \
// RUN:   --layer corr --inputs '1,1;2,2' --layer chain --inputs '1,1,0;0,1,1;1,1,1' \
// RUN:   --layer ref --inputs '1,0,0;0,1,0;0,0,1' --reference '1,0,0;0,1,0;0,0,5'

// Uncorrelated features, samples (1, 0) and (0, 3): G = diag(1, 9), lambda =
// 0.05, U = diag(1 / sqrt(1.05), 1 / sqrt(9.05)): nothing moves in the sweep,
// a weight costs w^2 H_cc (Wanda's score squared), and the solve would only
// shrink the kept weights (its damping), so the sweep's weights stay.
// Row 0 = (1.5, 1.0) costs (2.36, 9.05), row 1 = (4, 2) costs (16.8, 36.2):
// sparsity=0.25 zeros the 1.5 where magnitude (here with method=reconstruct,
// which shrinks what it keeps) zeros the 1.0. 1:2 groups make the same choice
// in row 0 and zero the 4 of row 1 (16.8 < 36.2).
// RUN: prune-opt %s \
// RUN:   --prune-weights="layers=^diag$ sparsity=0.25 method=obs stats=%t.stats" \
// RUN:   | FileCheck %s --check-prefix=DIAG
// RUN: prune-opt %s \
// RUN:   --prune-weights="layers=^diag$ pattern=1:2 method=obs stats=%t.stats" \
// RUN:   | FileCheck %s --check-prefix=DIAG-NM
// RUN: prune-opt %s \
// RUN:   --prune-weights="layers=^diag$ sparsity=0.25 method=reconstruct stats=%t.stats" \
// RUN:   | FileCheck %s --check-prefix=DIAG-MAGNITUDE
// DIAG-LABEL:           func.func @uncorrelated
// DIAG:                 arith.constant dense<{{\[\[}}0.000000e+00, 4.000000e+00], [1.000000e+00, 2.000000e+00]]> : tensor<2x2xf32>
// DIAG-NM-LABEL:        func.func @uncorrelated
// DIAG-NM:              arith.constant dense<{{\[\[}}0.000000e+00, 0.000000e+00], [1.000000e+00, 2.000000e+00]]> : tensor<2x2xf32>
// DIAG-MAGNITUDE-LABEL: func.func @uncorrelated
// DIAG-MAGNITUDE:       arith.constant dense<{{\[\[}}1.42857{{[0-9]*}}, 3.80952{{[0-9]*}}], [0.000000e+00, 1.98895{{[0-9]*}}]]> : tensor<2x2xf32>
func.func @uncorrelated(%x: tensor<1x2xf32>) -> tensor<1x2xf32> {
  %w = arith.constant dense<[[1.5, 4.0], [1.0, 2.0]]> : tensor<2x2xf32>
  %init = arith.constant dense<0.0> : tensor<1x2xf32>
  %y = linalg.matmul ins(%x, %w : tensor<1x2xf32>, tensor<2x2xf32>) outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32> loc("diag")
  return %y : tensor<1x2xf32>
}

// Structured units on the same statistics. Rows (3, 0.5) and (0.5, 1.5):
// - pattern=channel zeros the row with the lower output energy w^T H w:
//   row 0 (11.7; row 1: 20.6) although its L2 norm is the larger (3.04
//   against 1.58);
// - block:2x1 (a column of both rows) sums the costs: column 0 9.71,
//   column 1 22.6, so column 0 goes; magnitude would zero column 1.
// RUN: prune-opt %s \
// RUN:   --prune-weights="layers=^units$ sparsity=0.5 pattern=channel method=obs stats=%t.stats" \
// RUN:   | FileCheck %s --check-prefix=CHANNEL
// RUN: prune-opt %s \
// RUN:   --prune-weights="layers=^units$ sparsity=0.5 pattern=block:2x1 method=obs stats=%t.stats" \
// RUN:   | FileCheck %s --check-prefix=BLOCK
// CHANNEL-LABEL: func.func @units
// CHANNEL:       arith.constant dense<{{\[\[}}0.000000e+00, 5.000000e-01], [0.000000e+00, 1.500000e+00]]> : tensor<2x2xf32>
// BLOCK-LABEL:   func.func @units
// BLOCK:         arith.constant dense<{{\[\[}}0.000000e+00, 0.000000e+00], [5.000000e-01, 1.500000e+00]]> : tensor<2x2xf32>
func.func @units(%x: tensor<1x2xf32>) -> tensor<1x2xf32> {
  %w = arith.constant dense<[[3.0, 0.5], [0.5, 1.5]]> : tensor<2x2xf32>
  %init = arith.constant dense<0.0> : tensor<1x2xf32>
  %y = linalg.matmul ins(%x, %w : tensor<1x2xf32>, tensor<2x2xf32>) outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32> loc("units")
  return %y : tensor<1x2xf32>
}

// 2:4 on four uncorrelated features, samples 1, 3, 1, 3 times e0 .. e3:
// H = diag(1.05, 9.05, 1.05, 9.05). The row (1.5, 1.0, 0.5, 0.6) costs
// (2.36, 9.05, 0.26, 3.26): the 1.5 and the 0.5 go where magnitude drops the
// 0.5 and the 0.6.
// RUN: prune-opt %s \
// RUN:   --prune-weights="layers=^nm$ pattern=2:4 method=obs stats=%t.stats" \
// RUN:   | FileCheck %s --check-prefix=NM
// NM-LABEL: func.func @two_of_four
// NM:       arith.constant dense<{{\[\[}}0.000000e+00], [1.000000e+00], [0.000000e+00], [6.000000e-01]]> : tensor<4x1xf32>
func.func @two_of_four(%x: tensor<1x4xf32>) -> tensor<1x1xf32> {
  %w = arith.constant dense<[[1.5], [1.0], [0.5], [0.6]]> : tensor<4x1xf32>
  %init = arith.constant dense<0.0> : tensor<1x1xf32>
  %y = linalg.matmul ins(%x, %w : tensor<1x4xf32>, tensor<4x1xf32>) outs(%init : tensor<1x1xf32>) -> tensor<1x1xf32> loc("nm")
  return %y : tensor<1x1xf32>
}

// Two perfectly correlated features, samples (1, 1) and (2, 2):
// G = [[5, 5], [5, 5]], H^-1 = [[10.05, -9.95], [-9.95, 10.05]], U_00^2 =
// 10.05, U_11^2 = 1 / 5.05. Rows (1, 3) and (2, -1) cost (0.10, 45.5) and
// (0.40, 5.05): column 0 goes in both rows, and the sweep moves each onto
// column 1 (w_1 += w_0 * 9.95 / 10.05): 3.990 and 0.980, relative output
// error 2.9e-5. The solve's (5 * 1 + 5 * 3) / 5.05 = 3.960 and
// (5 * 2 - 5 * 1) / 5.05 = 0.990 make 9.8e-5: the sweep's weights stay.
// RUN: prune-opt %s \
// RUN:   --prune-weights="layers=^corr$ sparsity=0.5 method=obs stats=%t.stats report=%t.json" \
// RUN:   --remarks-filter-passed=prune-weights 2>%t.remarks | FileCheck %s --check-prefix=CORR
// RUN: FileCheck %s --check-prefix=REPORT --input-file=%t.json
// RUN: FileCheck %s --check-prefix=REMARK --input-file=%t.remarks
// CORR-LABEL: func.func @correlated
// CORR:       arith.constant dense<{{\[\[}}0.000000e+00, 0.000000e+00], [3.99009{{[0-9]*}}, 9.801980e-01]]> : tensor<2x2xf32>
// The mask alone loses (1, 2) of the outputs (1 + 3, 2 - 1) on both samples:
// (5 * 1 + 5 * 4) / (5 * 16 + 5 * 1) = 25 / 85.
// REPORT:      "calibration_output_error": [[ERROR:[0-9.e+-]+]],
// REPORT-NEXT: "calibration_output_error_mask_only": 0.29411764705882{{[0-9]*}},
// REPORT-NEXT: "calibration_output_error_obs_sweep": [[ERROR]],
// REPORT-NEXT: "criterion": "obs",
// REPORT:      "method": "obs",
// REPORT:      "name": "corr",
// REPORT:      "nonzeros_after": 2,
// REPORT:      "reconstruct_target": "dense",
// REMARK: remark: loc("corr"): [Passed] LayerPruned | Category:prune-weights:corr | Function=correlated | Remark="layer 'corr' pruned (unstructured): 4 -> 2 nonzeros of 4, output error on calibration data 2.88e-05 (mask only 2.94e-01, OBS sweep 2.88e-05)"
func.func @correlated(%x: tensor<1x2xf32>) -> tensor<1x2xf32> {
  %w = arith.constant dense<[[1.0, 2.0], [3.0, -1.0]]> : tensor<2x2xf32>
  %init = arith.constant dense<0.0> : tensor<1x2xf32>
  %y = linalg.matmul ins(%x, %w : tensor<1x2xf32>, tensor<2x2xf32>) outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32> loc("corr")
  return %y : tensor<1x2xf32>
}

// Where the solve wins: samples (1, 1, 0), (0, 1, 1), (1, 1, 1), G =
// [[2, 2, 1], [2, 3, 2], [1, 2, 2]], lambda = 0.0233. The row (1, 0.5, 1)
// costs (0.55, 0.26, 2.02): the 0.5 goes. The sweep can only move it onto the
// later column, (1, 0, 1.494), error 2.3e-2; the solve spreads it over both,
// (1.323, 0, 1.323), error 7.8e-3 (mask only: 7.0e-2).
// RUN: prune-opt %s \
// RUN:   --prune-weights="layers=^chain$ sparsity=0.34 method=obs stats=%t.stats" \
// RUN:   --remarks-filter-passed=prune-weights 2>&1 | FileCheck %s --check-prefix=CHAIN
// CHAIN: remark: loc("chain"): [Passed] LayerPruned | Category:prune-weights:chain | Function=chain | Remark="layer 'chain' pruned (unstructured): 3 -> 2 nonzeros of 3, output error on calibration data 7.81e-03 (mask only 6.98e-02, OBS sweep 2.33e-02)"
// CHAIN-LABEL: func.func @chain
// CHAIN:       arith.constant dense<{{\[\[}}1.32304{{[0-9]*}}], [0.000000e+00], [1.32304{{[0-9]*}}]]> : tensor<3x1xf32>
func.func @chain(%x: tensor<1x3xf32>) -> tensor<1x1xf32> {
  %w = arith.constant dense<[[1.0], [0.5], [1.0]]> : tensor<3x1xf32>
  %init = arith.constant dense<0.0> : tensor<1x1xf32>
  %y = linalg.matmul ins(%x, %w : tensor<1x3xf32>, tensor<3x1xf32>) outs(%init : tensor<1x1xf32>) -> tensor<1x1xf32> loc("chain")
  return %y : tensor<1x1xf32>
}

// Statistics observed beside a reference model (C = X^T R): the layer is
// first refit to the reference as method=reconstruct does. G = I, C =
// diag(1, 1, 5), w = (1, -3, 0.5) refits to (1, -3, 2.5) / 1.01; OBS then
// zeros the smallest cost, the refit 1 / 1.01 (H = 1.01 I: no updates), and
// the kept ones solve (G_SS + lambda I) w_S = (C w)_S, the refit values.
// RUN: prune-opt %s \
// RUN:   --prune-weights="layers=^ref$ sparsity=0.34 method=obs stats=%t.stats report=%t.ref.json" \
// RUN:   | FileCheck %s --check-prefix=REF
// RUN: FileCheck %s --check-prefix=REF-REPORT --input-file=%t.ref.json
// REF-LABEL: func.func @refit
// REF:       arith.constant dense<{{\[\[}}0.000000e+00], [-2.970297{{[0-9]*}}], [2.475247{{[0-9]*}}]]> : tensor<3x1xf32>
// REF-REPORT: "name": "ref",
// REF-REPORT: "reconstruct_target": "reference"
func.func @refit(%x: tensor<1x3xf32>) -> tensor<1x1xf32> {
  %w = arith.constant dense<[[1.0], [-3.0], [0.5]]> : tensor<3x1xf32>
  %init = arith.constant dense<0.0> : tensor<1x1xf32>
  %y = linalg.matmul ins(%x, %w : tensor<1x3xf32>, tensor<3x1xf32>) outs(%init : tensor<1x1xf32>) -> tensor<1x1xf32> loc("ref")
  return %y : tensor<1x1xf32>
}

// Exact counts on a 4x8 (output, input) layer and a 4x4 one (three samples,
// so the Gram matrices are singular before damping): sparsity=0.3 zeros
// round(0.3 * 32) = 10 weights of the first; 2:4, block:2x2 and channel at
// 0.5 keep 16. With scope=global, round(0.7 * 48) = 34 of both layers' 48
// weights go: the split over the layers is the magnitude cut of
// method=mask (24 and 10: 8 and 6 kept; the two 0.96 tie and the earlier
// layer's goes), and OBS chooses within each layer.
// RUN: prune-stats write %t.count.stats \
// RUN:   --layer wide --inputs '0.2,1.1,-0.2,-0.9,0.6,0.6,-0.2,-0.8;0.2,-2.5,0.7,0.5,-1.6,0.1,-1.0,0.8;-2.0,-0.9,0.7,1.2,-2.2,-0.5,0.3,-0.6' \
// RUN:   --layer square --inputs '1.6,-1.2,0.4,-1.0;1.4,0.1,-0.4,-1.7;1.7,0.8,0.8,1.1'
// RUN: prune-opt %S/Inputs/obs-counts.mlir -o /dev/null \
// RUN:   --prune-weights="layers=^wide$ sparsity=0.3 method=obs stats=%t.count.stats report=%t.count.json"
// RUN: FileCheck %s --check-prefix=COUNT-30 --input-file=%t.count.json
// COUNT-30: "nonzeros_after": 22,
// RUN: prune-opt %S/Inputs/obs-counts.mlir -o /dev/null \
// RUN:   --prune-weights="layers=^wide$ pattern=2:4 method=obs stats=%t.count.stats report=%t.nm.json"
// RUN: FileCheck %s --check-prefix=COUNT-HALF --input-file=%t.nm.json
// RUN: prune-opt %S/Inputs/obs-counts.mlir -o /dev/null \
// RUN:   --prune-weights="layers=^wide$ sparsity=0.5 pattern=block:2x2 method=obs stats=%t.count.stats report=%t.block.json"
// RUN: FileCheck %s --check-prefix=COUNT-HALF --input-file=%t.block.json
// RUN: prune-opt %S/Inputs/obs-counts.mlir -o /dev/null \
// RUN:   --prune-weights="layers=^wide$ sparsity=0.5 pattern=channel method=obs stats=%t.count.stats report=%t.channel.json"
// RUN: FileCheck %s --check-prefix=COUNT-HALF --input-file=%t.channel.json
// COUNT-HALF: "nonzeros_after": 16,
// RUN: prune-opt %S/Inputs/obs-counts.mlir -o /dev/null \
// RUN:   --prune-weights="sparsity=0.7 scope=global method=obs stats=%t.count.stats report=%t.global.json"
// RUN: FileCheck %s --check-prefix=GLOBAL --input-file=%t.global.json
// RUN: prune-opt %S/Inputs/obs-counts.mlir -o /dev/null \
// RUN:   --prune-weights="sparsity=0.7 scope=global stats=%t.count.stats report=%t.global-mask.json"
// RUN: FileCheck %s --check-prefix=GLOBAL --input-file=%t.global-mask.json
// GLOBAL:      "name": "wide",
// GLOBAL-NEXT: "nonzeros_after": 8,
// GLOBAL:      "name": "square",
// GLOBAL-NEXT: "nonzeros_after": 6,
// GLOBAL:      "total": {
// GLOBAL-NEXT:   "elements": 48,
// GLOBAL-NEXT:   "nonzeros_after": 14,

// Bad combinations are option errors naming the option; nothing is written.
// RUN: not prune-opt %s --prune-weights="sparsity=0.5 method=obs" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NO-STATS
// NO-STATS: error: prune-weights: invalid option 'method=obs': needs calibration statistics: stats=PATH (written by a model instrumented with prune-instrument)
// RUN: not prune-opt %s --prune-weights="threshold=0.5 method=obs stats=%t.stats" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=THRESHOLD
// THRESHOLD: error: prune-weights: invalid option 'threshold': method=obs needs a sparsity target (sparsity=F or an N:M pattern), not a threshold
// RUN: not prune-opt %s --prune-weights="sparsity=0.5 criterion=wanda method=obs stats=%t.stats" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=WANDA
// WANDA: error: prune-weights: invalid option 'criterion=wanda': method=obs scores weights itself
// RUN: rm -f %t.out
// RUN: not prune-opt %s --prune-weights="threshold=0.5 method=obs stats=%t.stats" -o %t.out 2>/dev/null
// RUN: not test -e %t.out

// OBS writes real-valued weights: integer (quantized) weights are an error
// naming the layer.
// RUN: prune-stats write %t.int.stats --layer int --inputs '1,2'
// RUN: not prune-opt %S/Inputs/integer-layer.mlir \
// RUN:   --prune-weights="sparsity=0.5 method=obs stats=%t.int.stats" -o /dev/null 2>&1 \
// RUN:   | FileCheck %s --check-prefix=INTEGER
// INTEGER: error: loc("int"): 'linalg.matmul' op prune-weights: layer 'int' has integer weights; method=obs needs float weights
