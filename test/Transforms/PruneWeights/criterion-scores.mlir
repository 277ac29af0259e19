// prune-weights criterion=scores scores=FILE.npz: importance given per
// weight replaces magnitudes in every pattern. The score files are written
// by Inputs/criterion_scores.py: per layer, in the IR layout (the constant's
// own shape) and in the framework layout ([out, in] for the matmuls, OIHW
// for the OHWI convolution). The scores rank the weights against their
// magnitudes, so every check below fails if the scores were ignored (the
// MAGNITUDE run shows what magnitudes choose).

// RUN: %python %S/Inputs/criterion_scores.py %t
// RUN: prune-opt %s --prune-weights="sparsity=0.5 criterion=scores scores-layout=ir scores=%t/ir.npz" \
// RUN:   | FileCheck %s --check-prefixes=FC,CONV,SQ-IR
// RUN: prune-opt %s --prune-weights="sparsity=0.5 criterion=scores scores-layout=framework scores=%t/framework.npz" \
// RUN:   | FileCheck %s --check-prefixes=FC,CONV,SQ-FRAMEWORK
// np.savez_compressed archives read the same.
// RUN: prune-opt %s --prune-weights="sparsity=0.5 criterion=scores scores-layout=framework scores=%t/compressed.npz" \
// RUN:   | FileCheck %s --check-prefixes=FC,CONV,SQ-FRAMEWORK
// scores-layout=auto (the default) decides per layer by the shape; fc and
// conv have different shapes in the two layouts.
// RUN: prune-opt %s --prune-weights="sparsity=0.5 criterion=scores scores=%t/no-sq.npz layers=fc|conv" \
// RUN:   | FileCheck %s --check-prefixes=FC,CONV
// RUN: prune-opt %s --prune-weights="sparsity=0.5 criterion=scores scores=%t/ir.npz layers=fc|conv" \
// RUN:   | FileCheck %s --check-prefixes=FC,CONV
// Running twice changes nothing the second time.
// RUN: prune-opt %s --prune-weights="sparsity=0.5 criterion=scores scores-layout=framework scores=%t/framework.npz" \
// RUN:   | prune-opt --prune-weights="sparsity=0.5 criterion=scores scores-layout=framework scores=%t/framework.npz" \
// RUN:   | FileCheck %s --check-prefixes=FC,CONV,SQ-FRAMEWORK
// RUN: prune-opt %s --prune-weights="sparsity=0.5 scope=global criterion=scores scores-layout=framework scores=%t/framework.npz" \
// RUN:   | FileCheck %s --check-prefix=GLOBAL
// RUN: prune-opt %s --prune-weights="threshold=2.5 criterion=scores scores-layout=framework scores=%t/framework.npz" \
// RUN:   | FileCheck %s --check-prefix=THRESHOLD
// RUN: prune-opt %s --prune-weights="sparsity=0.5 pattern=channel criterion=scores scores-layout=framework scores=%t/framework.npz" \
// RUN:   | FileCheck %s --check-prefix=CHANNEL
// RUN: prune-opt %s --prune-weights="pattern=2:4 layers=conv criterion=scores scores=%t/framework.npz" \
// RUN:   | FileCheck %s --check-prefix=NM
// RUN: prune-opt %s --prune-weights="sparsity=0.25 pattern=block:1x2 layers=conv criterion=scores scores=%t/framework.npz" \
// RUN:   | FileCheck %s --check-prefix=BLOCK
// RUN: prune-opt %s --prune-weights="sparsity=0.5" | FileCheck %s --check-prefix=MAGNITUDE
// The report names the criterion, the file and each layer's layout.
// RUN: prune-opt %s --prune-weights="sparsity=0.5 criterion=scores scores=%t/no-sq.npz layers=fc|conv report=%t/report.json" -o /dev/null
// RUN: FileCheck %s --check-prefix=REPORT < %t/report.json
// method=reconstruct: the scores choose the mask, the kept weights are
// re-solved on the calibration data (two correlated features, samples
// (1, 1) and (2, 2); see method-reconstruct.mlir).
// RUN: prune-stats write %t/fc.stats --layer fc --inputs '1,1;2,2'
// RUN: prune-opt %s --prune-weights="sparsity=0.5 layers=fc method=reconstruct criterion=scores scores=%t/no-sq.npz stats=%t/fc.stats" \
// RUN:   | FileCheck %s --check-prefix=RECONSTRUCT
// A key that names no layer is a warning; the rest is used.
// RUN: prune-opt %s --prune-weights="sparsity=0.5 criterion=scores scores-layout=framework scores=%t/extra-key.npz" 2>&1 \
// RUN:   | FileCheck %s --check-prefixes=EXTRA,FC,CONV,SQ-FRAMEWORK

// EXTRA: warning: prune-weights: scores file '{{.*}}extra-key.npz' has array 'fc9', which names no layer of the model (layer names are the ones report= prints); it is ignored

// fc: weight [in=2, out=3] holds 1..6; its scores are 6..1 (framework
// [out, in]: [[6, 3], [5, 2], [4, 1]]), so 4, 5, 6 go - magnitude drops 1,
// 2, 3.
// FC-LABEL:   func.func @fc
// FC:           arith.constant dense<{{\[\[}}1.000000e+00, 2.000000e+00, 3.000000e+00], [0.000000e+00, 0.000000e+00, 0.000000e+00]]> : tensor<2x3xf32>
// GLOBAL-LABEL: func.func @fc
// GLOBAL:       arith.constant dense<{{\[\[}}1.000000e+00, 2.000000e+00, 3.000000e+00], [0.000000e+00, 0.000000e+00, 0.000000e+00]]> : tensor<2x3xf32>
// THRESHOLD-LABEL: func.func @fc
// THRESHOLD:    arith.constant dense<{{\[\[}}1.000000e+00, 2.000000e+00, 3.000000e+00], [4.000000e+00, 0.000000e+00, 0.000000e+00]]> : tensor<2x3xf32>
// Channels (output neurons, the IR's columns) by the L2 norm of their
// scores: (6, 3) 6.7, (5, 2) 5.4, (4, 1) 4.1 - outputs 1 and 2 go.
// CHANNEL-LABEL: func.func @fc
// CHANNEL:      arith.constant dense<{{\[\[}}1.000000e+00, 0.000000e+00, 0.000000e+00], [4.000000e+00, 0.000000e+00, 0.000000e+00]]> : tensor<2x3xf32>
// NM-LABEL:     func.func @fc
// NM:           arith.constant dense<{{\[\[}}1.000000e+00, 2.000000e+00, 3.000000e+00], [4.000000e+00, 5.000000e+00, 6.000000e+00]]> : tensor<2x3xf32>
// Each output keeps its input-0 weight, which takes over the dropped one's
// contribution: (5 * 1 + 5 * 4) / 5.05 = 4.950495.
// RECONSTRUCT-LABEL: func.func @fc
// RECONSTRUCT:  arith.constant dense<{{\[\[}}4.95049524, 6.93069315, 8.91089153], [0.000000e+00, 0.000000e+00, 0.000000e+00]]> : tensor<2x3xf32>
// MAGNITUDE-LABEL: func.func @fc
// MAGNITUDE:    arith.constant dense<{{\[\[}}0.000000e+00, 0.000000e+00, 0.000000e+00], [4.000000e+00, 5.000000e+00, 6.000000e+00]]> : tensor<2x3xf32>
func.func @fc(%x: tensor<1x2xf32>) -> tensor<1x3xf32> {
  %w = arith.constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>
  %init = arith.constant dense<0.0> : tensor<1x3xf32>
  %y = linalg.matmul ins(%x, %w : tensor<1x2xf32>, tensor<2x3xf32>) outs(%init : tensor<1x3xf32>) -> tensor<1x3xf32> loc("fc")
  return %y : tensor<1x3xf32>
}

// conv: OHWI weight [2, 1, 2, 2] holds 1..8. OIHW scores (o, i, w) are
// 8..1, i.e. OHWI (o, w, i): o0 (8, 6, 7, 5), o1 (4, 2, 3, 1). At 0.5
// output channel 1 goes (magnitude drops channel 0). Globally the 9 lowest
// of all 18 scores are: sq's zero (0), the three 1s, the two 2s, the three
// 3s; a threshold of 2.5 takes the 1s and 2s. N:M 2:4 runs along (w, i):
// the two lowest of (8, 6, 7, 5) are input channel 1 of both kernel
// positions, where magnitude would drop kernel position 0. Blocks 1x2
// (one kernel position): (3, 1) is the lowest.
// CONV-LABEL:   func.func @conv
// CONV:         dense<{{\[\[\[\[}}1.000000e+00, 2.000000e+00], [3.000000e+00, 4.000000e+00]]], {{\[\[\[}}0.000000e+00, 0.000000e+00], [0.000000e+00, 0.000000e+00]]]]> : tensor<2x1x2x2xf32>
// GLOBAL-LABEL: func.func @conv
// GLOBAL:       dense<{{\[\[\[\[}}1.000000e+00, 2.000000e+00], [3.000000e+00, 4.000000e+00]]], {{\[\[\[}}5.000000e+00, 0.000000e+00], [0.000000e+00, 0.000000e+00]]]]> : tensor<2x1x2x2xf32>
// THRESHOLD-LABEL: func.func @conv
// THRESHOLD:    dense<{{\[\[\[\[}}1.000000e+00, 2.000000e+00], [3.000000e+00, 4.000000e+00]]], {{\[\[\[}}5.000000e+00, 0.000000e+00], [7.000000e+00, 0.000000e+00]]]]> : tensor<2x1x2x2xf32>
// CHANNEL-LABEL: func.func @conv
// CHANNEL:      dense<{{\[\[\[\[}}1.000000e+00, 2.000000e+00], [3.000000e+00, 4.000000e+00]]], {{\[\[\[}}0.000000e+00, 0.000000e+00], [0.000000e+00, 0.000000e+00]]]]> : tensor<2x1x2x2xf32>
// NM-LABEL:     func.func @conv
// NM:           dense<{{\[\[\[\[}}1.000000e+00, 0.000000e+00], [3.000000e+00, 0.000000e+00]]], {{\[\[\[}}5.000000e+00, 0.000000e+00], [7.000000e+00, 0.000000e+00]]]]> : tensor<2x1x2x2xf32>
// BLOCK-LABEL:  func.func @conv
// BLOCK:        dense<{{\[\[\[\[}}1.000000e+00, 2.000000e+00], [3.000000e+00, 4.000000e+00]]], {{\[\[\[}}5.000000e+00, 6.000000e+00], [0.000000e+00, 0.000000e+00]]]]> : tensor<2x1x2x2xf32>
// MAGNITUDE-LABEL: func.func @conv
// MAGNITUDE:    dense<{{\[\[\[\[}}0.000000e+00, 0.000000e+00], [0.000000e+00, 0.000000e+00]]], {{\[\[\[}}5.000000e+00, 6.000000e+00], [7.000000e+00, 8.000000e+00]]]]> : tensor<2x1x2x2xf32>
func.func @conv(%x: tensor<1x3x3x2xf32>) -> tensor<1x3x2x2xf32> {
  %w = "tosa.const"() <{values = dense<[[[[1.0, 2.0], [3.0, 4.0]]], [[[5.0, 6.0], [7.0, 8.0]]]]> : tensor<2x1x2x2xf32>}> : () -> tensor<2x1x2x2xf32>
  %b = "tosa.const"() <{values = dense<0.0> : tensor<2xf32>}> : () -> tensor<2xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %y = tosa.conv2d %x, %w, %b, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x3x3x2xf32>, tensor<2x1x2x2xf32>, tensor<2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x3x2x2xf32> loc("conv")
  return %y : tensor<1x3x2x2xf32>
}

// sq: a square [in, out] weight, so [2, 2] is both layouts, transposed.
// Scores [[5, 1], [9, 3]]. IR layout: of the nonzero weights, 4 (score 3)
// goes. Framework layout: the IR's scores are [[5, 9], [1, 3]], and 3
// (score 1) goes; the weight already zero scores 0 whatever the file says
// (here 9), and counts towards the two zeros.
// SQ-IR-LABEL:  func.func @sq
// SQ-IR:        arith.constant dense<{{\[\[}}1.000000e+00, 0.000000e+00], [3.000000e+00, 0.000000e+00]]> : tensor<2x2xf32>
// SQ-FRAMEWORK-LABEL: func.func @sq
// SQ-FRAMEWORK: arith.constant dense<{{\[\[}}1.000000e+00, 0.000000e+00], [0.000000e+00, 4.000000e+00]]> : tensor<2x2xf32>
// GLOBAL-LABEL: func.func @sq
// GLOBAL:       arith.constant dense<{{\[\[}}1.000000e+00, 0.000000e+00], [0.000000e+00, 0.000000e+00]]> : tensor<2x2xf32>
func.func @sq(%x: tensor<1x2xf32>) -> tensor<1x2xf32> {
  %w = arith.constant dense<[[1.0, 0.0], [3.0, 4.0]]> : tensor<2x2xf32>
  %init = arith.constant dense<0.0> : tensor<1x2xf32>
  %y = linalg.matmul ins(%x, %w : tensor<1x2xf32>, tensor<2x2xf32>) outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32> loc("sq")
  return %y : tensor<1x2xf32>
}

// REPORT: "criterion": "scores"
// REPORT: "criterion": "scores",
// REPORT: "name": "fc",
// REPORT: "scores_layout": "framework",
// REPORT: "criterion": "scores",
// REPORT: "name": "conv",
// REPORT: "scores_layout": "framework",
// REPORT: "scores": "{{.*}}no-sq.npz"
