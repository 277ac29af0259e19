// prune-weights allocation=owl: OWL (outlier weighed layerwise sparsity).
// A layer's outlier ratio D is the fraction of its weights whose Wanda score
// |w| * ||x_j|| exceeds owl-m times the layer's mean score; layer sparsities
// run linearly from S + lambda (fewest outliers) to S - lambda (most), are
// shifted by one amount so that sum_l s_l n_l = S * N, and become whole
// counts (floors, then the largest remainders) that add up to round(S * N).

// Every input is 1 (norms 1), so scores are magnitudes. Views (output,
// input): a = [[20, 1, 2, 3], [4, 5, 6, 7]], b = [[1, 2, 3, 4], [5, 6, 7, 8]],
// c = [[1 .. 8], [9 .. 16]].
// RUN: prune-stats write %t.stats --layer a --inputs '1,1,1,1' \
// RUN:   --layer b --inputs '1,1,1,1' --layer c --inputs '1,1,1,1,1,1,1,1'

// owl-m=2: a's mean is 6, and its 20 is above 12: D_a = 1/8; b (mean 4.5)
// and c (mean 8.5) have none. With S = 0.5 and lambda = 0.08: s = (0.42,
// 0.58, 0.58), sum s n = 17.28 for a target of 16, shift -0.04: (0.38, 0.54,
// 0.54) x (8, 8, 16) = (3.04, 4.32, 8.64); floors 15, the last zero goes to
// c's remainder .64: 3, 4 and 9 zeros, 16 of 32.
// RUN: prune-opt %s --prune-weights="sparsity=0.5 allocation=owl owl-m=2 stats=%t.stats report=%t.json" \
// RUN:   --remarks-filter-passed=prune-weights 2>%t.remarks | FileCheck %s
// RUN: FileCheck %s --check-prefix=REPORT --input-file=%t.json
// RUN: FileCheck %s --check-prefix=REMARK --input-file=%t.remarks
// CHECK-LABEL: func.func @owl
// CHECK:       arith.constant dense<{{\[\[}}2.000000e+01, 4.000000e+00], [0.000000e+00, 5.000000e+00], [0.000000e+00, 6.000000e+00], [0.000000e+00, 7.000000e+00]]> : tensor<4x2xf32>
// CHECK:       arith.constant dense<{{\[\[}}0.000000e+00, 5.000000e+00], [0.000000e+00, 6.000000e+00], [0.000000e+00, 7.000000e+00], [0.000000e+00, 8.000000e+00]]> : tensor<4x2xf32>
// CHECK:       arith.constant dense<{{\[\[}}0.000000e+00, 0.000000e+00], [0.000000e+00, 1.000000e+01], [0.000000e+00, 1.100000e+01],
// REPORT:      "name": "a",
// REPORT-NEXT: "nonzeros_after": 5,
// REPORT:      "outlier_ratio": 0.125,
// REPORT:      "target_sparsity": 0.375
// REPORT:      "name": "b",
// REPORT-NEXT: "nonzeros_after": 4,
// REPORT:      "outlier_ratio": 0,
// REPORT:      "target_sparsity": 0.5
// REPORT:      "name": "c",
// REPORT-NEXT: "nonzeros_after": 7,
// REPORT:      "target_sparsity": 0.5625
// REPORT:      "total": {
// REPORT-NEXT:   "elements": 32,
// REPORT-NEXT:   "nonzeros_after": 16,
// REMARK: remark: loc("a"): [Passed] LayerPruned | Category:prune-weights:a | Function=owl | Remark="layer 'a' pruned (unstructured): 8 -> 5 nonzeros of 8, output error on calibration data {{.*}}, target sparsity 0.3750 (OWL, outlier ratio 1.25e-01)"

// The default owl-m=5 finds no outliers anywhere: every layer gets S.
// RUN: prune-opt %s --prune-weights="sparsity=0.5 allocation=owl stats=%t.stats report=%t.uniform.json" -o /dev/null
// RUN: FileCheck %s --check-prefix=UNIFORM --input-file=%t.uniform.json
// UNIFORM-COUNT-3: "target_sparsity": 0.5

// owl-lambda=0.25: s = (0.25, 0.75, 0.75), shifted by -0.125 to (0.125,
// 0.625, 0.625): 1, 5 and 10 zeros.
// RUN: prune-opt %s --prune-weights="sparsity=0.5 allocation=owl owl-m=2 owl-lambda=0.25 stats=%t.stats report=%t.lambda.json" -o /dev/null
// RUN: FileCheck %s --check-prefix=LAMBDA --input-file=%t.lambda.json
// LAMBDA:      "name": "a",
// LAMBDA-NEXT: "nonzeros_after": 7,
// LAMBDA:      "name": "b",
// LAMBDA-NEXT: "nonzeros_after": 3,
// LAMBDA:      "name": "c",
// LAMBDA-NEXT: "nonzeros_after": 6,

// A high target: at S = 0.9 the layers with no outliers (b, c) start at
// S + lambda = 0.98, and shifted, b would lose all 8 of its weights (it did:
// a model with such a layer computes a constant). No layer goes beyond
// (1 + S) / 2 = 0.95 of its units (7 of 8, 15 of 16): the 29 zeros of
// round(0.9 * 32) are 7, 7 and 15.
// RUN: prune-opt %s --prune-weights="sparsity=0.9 allocation=owl owl-m=2 stats=%t.stats report=%t.high.json" -o /dev/null
// RUN: FileCheck %s --check-prefix=HIGH --input-file=%t.high.json
// HIGH:      "name": "a",
// HIGH-NEXT: "nonzeros_after": 1,
// HIGH:      "name": "b",
// HIGH-NEXT: "nonzeros_after": 1,
// HIGH:      "name": "c",
// HIGH-NEXT: "nonzeros_after": 1,
// HIGH:      "total": {
// HIGH-NEXT:   "elements": 32,
// HIGH-NEXT:   "nonzeros_after": 3,

// Wanda compares within rows: each layer's count is spread over its rows,
// earlier rows taking one more. a loses 2 in row 0 (the 1 and the 2) and 1
// in row 1 (the 4).
// RUN: prune-opt %s --prune-weights="sparsity=0.5 allocation=owl owl-m=2 criterion=wanda stats=%t.stats" \
// RUN:   | FileCheck %s --check-prefix=WANDA
// WANDA-LABEL: func.func @owl
// WANDA:       arith.constant dense<{{\[\[}}2.000000e+01, 0.000000e+00], [0.000000e+00, 5.000000e+00], [0.000000e+00, 6.000000e+00], [3.000000e+00, 7.000000e+00]]> : tensor<4x2xf32>

// Blocks are allocated in whole blocks (outlier ratios still count
// weights): block:1x2 gives the layers 4, 4 and 8 blocks, round(0.5 * 16) =
// 8 of which go. With owl-lambda=0.3, s = (0.2, 0.8, 0.8) shifted by -0.15:
// (0.05, 0.65, 0.65) x (4, 4, 8) = (0.2, 2.6, 5.2); floors 7, the last to
// b's .6: 0, 3 and 5 blocks.
// RUN: prune-opt %s --prune-weights="sparsity=0.5 pattern=block:1x2 allocation=owl owl-m=2 owl-lambda=0.3 stats=%t.stats report=%t.block.json" -o /dev/null
// RUN: FileCheck %s --check-prefix=BLOCK --input-file=%t.block.json
// BLOCK:      "name": "a",
// BLOCK-NEXT: "nonzeros_after": 8,
// BLOCK:      "target_sparsity": 0
// BLOCK:      "name": "b",
// BLOCK-NEXT: "nonzeros_after": 2,
// BLOCK:      "target_sparsity": 0.75
// BLOCK:      "name": "c",
// BLOCK-NEXT: "nonzeros_after": 6,
// BLOCK:      "target_sparsity": 0.625

// With method=obs the counts are the same; OBS chooses which weights.
// RUN: prune-opt %s --prune-weights="sparsity=0.5 allocation=owl owl-m=2 method=obs stats=%t.stats report=%t.obs.json" -o /dev/null
// RUN: FileCheck %s --check-prefix=OBS --input-file=%t.obs.json
// OBS:      "name": "a",
// OBS-NEXT: "nonzeros_after": 5,
// OBS:      "name": "b",
// OBS-NEXT: "nonzeros_after": 4,
// OBS:      "name": "c",
// OBS-NEXT: "nonzeros_after": 7,

// Bad combinations are option errors naming the option.
// RUN: not prune-opt %s --prune-weights="sparsity=0.5 allocation=owl" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NO-STATS
// NO-STATS: error: prune-weights: invalid option 'allocation=owl': needs calibration statistics: stats=PATH
// RUN: not prune-opt %s --prune-weights="threshold=0.5 allocation=owl stats=%t.stats" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=THRESHOLD
// THRESHOLD: error: prune-weights: invalid option 'allocation=owl': needs a sparsity target to split over the layers: sparsity=F, not threshold=T
// RUN: not prune-opt %s --prune-weights="pattern=2:4 allocation=owl stats=%t.stats" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NM
// NM: error: prune-weights: invalid option 'allocation=owl': pattern=2:4 cannot be split unevenly over layers; OWL needs pattern=unstructured or block:RxC
// RUN: not prune-opt %s --prune-weights="sparsity=0.5 pattern=channel allocation=owl stats=%t.stats" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=CHANNEL
// CHANNEL: error: prune-weights: invalid option 'allocation=owl': pattern=channel cannot be split unevenly over layers
// RUN: not prune-opt %s --prune-weights="sparsity=0.5 scope=global allocation=owl stats=%t.stats" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=GLOBAL
// GLOBAL: error: prune-weights: invalid option 'allocation=owl': gives every layer its own sparsity; scope=global (one cut over all layers) cannot be combined with it
// RUN: not prune-opt %s --prune-weights="sparsity=0.5 allocation=owl owl-m=0 stats=%t.stats" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=OWL-M
// OWL-M: error: prune-weights: invalid option 'owl-m=0.000000': expected a positive multiple of the mean score
// RUN: not prune-opt %s --prune-weights="sparsity=0.5 allocation=owl owl-lambda=1 stats=%t.stats" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=OWL-LAMBDA
// OWL-LAMBDA: error: prune-weights: invalid option 'owl-lambda=1.000000': expected a fraction in [0, 1)
// RUN: not prune-opt %s --prune-weights="sparsity=0.5 allocation=owls stats=%t.stats" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=SPELLING
// SPELLING: error: prune-weights: invalid option 'allocation=owls': expected one of uniform, owl (did you mean 'owl'?)
func.func @owl(%x4: tensor<1x4xf32>, %x8: tensor<1x8xf32>) -> (tensor<1x2xf32>, tensor<1x2xf32>, tensor<1x2xf32>) {
  %init = arith.constant dense<0.0> : tensor<1x2xf32>
  %a = arith.constant dense<[[20.0, 4.0], [1.0, 5.0], [2.0, 6.0], [3.0, 7.0]]> : tensor<4x2xf32>
  %ya = linalg.matmul ins(%x4, %a : tensor<1x4xf32>, tensor<4x2xf32>) outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32> loc("a")
  %b = arith.constant dense<[[1.0, 5.0], [2.0, 6.0], [3.0, 7.0], [4.0, 8.0]]> : tensor<4x2xf32>
  %yb = linalg.matmul ins(%x4, %b : tensor<1x4xf32>, tensor<4x2xf32>) outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32> loc("b")
  %c = arith.constant dense<[[1.0, 9.0], [2.0, 10.0], [3.0, 11.0], [4.0, 12.0], [5.0, 13.0], [6.0, 14.0], [7.0, 15.0], [8.0, 16.0]]> : tensor<8x2xf32>
  %yc = linalg.matmul ins(%x8, %c : tensor<1x8xf32>, tensor<8x2xf32>) outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32> loc("c")
  return %ya, %yb, %yc : tensor<1x2xf32>, tensor<1x2xf32>, tensor<1x2xf32>
}
