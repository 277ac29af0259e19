// prune-neurons mode=importance scores=FILE.npz: one importance per output
// neuron of each layer (Inputs/neuron_scores.py) replaces the
// incoming-weight norms. The scores rank the neurons against the norms, so
// the checks fail if they were ignored (NORMS shows what the norms choose).
// Coupled layers (RA and RB, summed by a residual add) rank their shared
// neurons by the sum of their scores.

// RUN: %python %S/Inputs/neuron_scores.py %t
// RUN: prune-opt %s --prune-neurons="mode=importance ratio=0.25 scores=%t/good.npz" \
// RUN:   | FileCheck %s --check-prefix=SCORES
// RUN: prune-opt %s --prune-neurons="mode=importance ratio=0.25 scope=global scores=%t/good.npz" \
// RUN:   | FileCheck %s --check-prefix=GLOBAL
// RUN: prune-opt %s --prune-neurons="mode=importance ratio=0.25" \
// RUN:   | FileCheck %s --check-prefix=NORMS
// RUN: prune-opt %s --prune-neurons="mode=importance ratio=0.25 scores=%t/good.npz report=%t/report.json" -o /dev/null
// RUN: FileCheck %s --check-prefix=REPORT < %t/report.json
// REPORT: "criterion": "scores",
// REPORT: "mode": "importance",
// REPORT: "scores": "{{.*}}good.npz"

// A key that names no layer is a warning.
// RUN: prune-opt %s --prune-neurons="mode=importance ratio=0.25 scores=%t/extra.npz" 2>&1 \
// RUN:   | FileCheck %s --check-prefixes=EXTRA,SCORES
// EXTRA: warning: prune-neurons: scores file '{{.*}}extra.npz' has array 'Z', which names no layer of the model (layer names are the ones report= prints); it is ignored

// Errors name the layer and the file; nothing is written.
// RUN: not prune-opt %s --prune-neurons="mode=importance ratio=0.25 scores=%t/missing.npz" -o %t/out.mlir 2>&1 \
// RUN:   | FileCheck %s --check-prefix=MISSING
// RUN: not test -e %t/out.mlir
// MISSING: error: loc("RB"): 'tosa.matmul' op prune-neurons: layer 'RB' has no scores in '{{.*}}missing.npz' (every pruned layer, also each layer coupled to it, needs an array keyed by its name; layers=REGEX restricts the pass to some layers)
// RUN: not prune-opt %s --prune-neurons="mode=importance ratio=0.25 scores=%t/length.npz" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=LENGTH
// LENGTH: error: loc("A"): 'tosa.matmul' op prune-neurons: layer 'A' has scores of shape [3] in '{{.*}}length.npz', expected one per output neuron: [4]
// LENGTH: error: loc("B"): 'tosa.matmul' op prune-neurons: layer 'B' has scores of shape [4, 1] in '{{.*}}length.npz', expected one per output neuron: [4]
// RUN: not prune-opt %s --prune-neurons="mode=importance ratio=0.25 scores=%t/nan.npz" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NAN
// NAN: error: loc("B"): 'tosa.matmul' op prune-neurons: layer 'B' scores in '{{.*}}nan.npz' has a non-finite value (nan) at flat index 1
// RUN: not prune-opt %s --prune-neurons="mode=importance ratio=0.25 scores=%t/negative.npz" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NEGATIVE
// NEGATIVE: error: loc("RA"): 'tosa.matmul' op prune-neurons: layer 'RA' scores in '{{.*}}negative.npz' has a negative value (-2.00) at flat index 1; importance is non-negative (save abs() of signed scores such as w * grad)
// RUN: not prune-opt %s --prune-neurons="mode=importance ratio=0.25 scores=%t/absent.npz" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=ABSENT
// ABSENT: error: prune-neurons: invalid option 'scores={{.*}}absent.npz': {{.*}}absent.npz: cannot be read: No such file or directory
// RUN: not prune-opt %s --prune-neurons="mode=importance ratio=0.25 norm=l1 scores=%t/good.npz" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NORM
// NORM: error: prune-neurons: invalid option 'norm': ranks neurons by their incoming weights; with scores= the file ranks them
// RUN: not prune-opt %s --prune-neurons="mode=dead scores=%t/good.npz" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=MODE
// MODE: error: prune-neurons: invalid option 'scores={{.*}}good.npz': is read only with mode=importance (it ranks neurons by the file's importance instead of incoming-weight norms)

// A's scores [0.1, 5, 4, 3] drop neuron 0 (its norms would drop neuron 2),
// B's [4, 3, 0.5, 1] neuron 2 (norms: neuron 0). C feeds the result and
// keeps its neurons.
// SCORES-LABEL: func.func @mlp
// SCORES-DAG:     "tosa.const"() <{values = dense<{{\[}}{{\[}}[1.100000e+00, 6.000000e-01, 2.000000e+00], [0.000000e+00, 6.000000e-01, 2.000000e+00]]]> : tensor<1x2x3xf32>}>
// SCORES-DAG:     "tosa.const"() <{values = dense<{{\[}}{{\[}}[2.000000e+00, 3.000000e+00, 4.000000e+00]]]> : tensor<1x1x3xf32>}>
// SCORES-DAG:     "tosa.const"() <{values = dense<{{\[}}{{\[}}[1.000000e-01, 1.500000e-01, 2.000000e+00], [1.000000e-01, 1.500000e-01, 2.000000e+00], [1.000000e-01, 1.500000e-01, 2.000000e+00]]]> : tensor<1x3x3xf32>}>
// SCORES-DAG:     "tosa.const"() <{values = dense<{{\[}}{{\[}}[1.000000e+00], [2.000000e+00], [4.000000e+00]]]> : tensor<1x3x1xf32>}>
// NORMS-LABEL:  func.func @mlp
// NORMS-DAG:      "tosa.const"() <{values = dense<{{\[}}{{\[}}[3.000000e+00, 1.100000e+00, 2.000000e+00], [4.000000e+00, 0.000000e+00, 2.000000e+00]]]> : tensor<1x2x3xf32>}>
// NORMS-DAG:      "tosa.const"() <{values = dense<{{\[}}{{\[}}[2.000000e+00], [3.000000e+00], [4.000000e+00]]]> : tensor<1x3x1xf32>}>
// Over all 11 prunable neurons round(0.25 * 11) = 3 go: A's 0.1, B's 0.5
// and 1.
// GLOBAL-LABEL: func.func @mlp
// GLOBAL-DAG:     tensor<1x2x3xf32>
// GLOBAL-DAG:     "tosa.const"() <{values = dense<{{\[}}{{\[}}[1.000000e-01, 1.500000e-01], [1.000000e-01, 1.500000e-01], [1.000000e-01, 1.500000e-01]]]> : tensor<1x3x2xf32>}>
// GLOBAL-DAG:     "tosa.const"() <{values = dense<{{\[}}{{\[}}[1.000000e+00], [2.000000e+00]]]> : tensor<1x2x1xf32>}>
func.func @mlp(%x: tensor<1x?x2xf32>) -> tensor<1x?x1xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %wa = "tosa.const"() <{values = dense<[[[3.0, 1.1, 0.6, 2.0], [4.0, 0.0, 0.6, 2.0]]]> : tensor<1x2x4xf32>}> : () -> tensor<1x2x4xf32>
  %ba = "tosa.const"() <{values = dense<[[[1.0, 2.0, 3.0, 4.0]]]> : tensor<1x1x4xf32>}> : () -> tensor<1x1x4xf32>
  %wb = "tosa.const"() <{values = dense<[[[0.1, 0.15, 1.5, 2.0], [0.1, 0.15, 1.5, 2.0], [0.1, 0.15, 1.5, 2.0], [0.1, 0.15, 1.5, 2.0]]]> : tensor<1x4x4xf32>}> : () -> tensor<1x4x4xf32>
  %wc = "tosa.const"() <{values = dense<[[[1.0], [2.0], [3.0], [4.0]]]> : tensor<1x4x1xf32>}> : () -> tensor<1x4x1xf32>
  %a = tosa.matmul %x, %wa, %zp, %zp : (tensor<1x?x2xf32>, tensor<1x2x4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x4xf32> loc("A")
  %ab = tosa.add %a, %ba : (tensor<1x?x4xf32>, tensor<1x1x4xf32>) -> tensor<1x?x4xf32>
  %ar = tosa.clamp %ab {min_val = 0.0 : f32, max_val = 3.4e38 : f32} : (tensor<1x?x4xf32>) -> tensor<1x?x4xf32>
  %b = tosa.matmul %ar, %wb, %zp, %zp : (tensor<1x?x4xf32>, tensor<1x4x4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x4xf32> loc("B")
  %br = tosa.clamp %b {min_val = 0.0 : f32, max_val = 3.4e38 : f32} : (tensor<1x?x4xf32>) -> tensor<1x?x4xf32>
  %c = tosa.matmul %br, %wc, %zp, %zp : (tensor<1x?x4xf32>, tensor<1x4x1xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x1xf32> loc("C")
  return %c : tensor<1x?x1xf32>
}

// RA and RB: the sums [1 + 3, 5 + 0, 1 + 1] drop neuron 2; the norms drop
// neuron 1 (all-zero weights).
// SCORES-LABEL: func.func @residual
// SCORES-DAG:     "tosa.const"() <{values = dense<{{\[}}{{\[}}[1.000000e+00, 0.000000e+00], [2.000000e+00, 0.000000e+00]]]> : tensor<1x2x2xf32>}>
// SCORES-DAG:     "tosa.const"() <{values = dense<{{\[}}{{\[}}[5.000000e+00, 0.000000e+00], [6.000000e+00, 0.000000e+00]]]> : tensor<1x2x2xf32>}>
// SCORES-DAG:     "tosa.const"() <{values = dense<{{\[}}{{\[}}[1.000000e+00], [2.000000e+00]]]> : tensor<1x2x1xf32>}>
// NORMS-LABEL:  func.func @residual
// NORMS-DAG:      "tosa.const"() <{values = dense<{{\[}}{{\[}}[1.000000e+00, 3.000000e+00], [2.000000e+00, 4.000000e+00]]]> : tensor<1x2x2xf32>}>
// GLOBAL-LABEL: func.func @residual
// GLOBAL-DAG:     tensor<1x2x3xf32>
func.func @residual(%x: tensor<1x?x2xf32>) -> tensor<1x?x1xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %wa = "tosa.const"() <{values = dense<[[[1.0, 0.0, 3.0], [2.0, 0.0, 4.0]]]> : tensor<1x2x3xf32>}> : () -> tensor<1x2x3xf32>
  %wb = "tosa.const"() <{values = dense<[[[5.0, 0.0, 7.0], [6.0, 0.0, 8.0]]]> : tensor<1x2x3xf32>}> : () -> tensor<1x2x3xf32>
  %wc = "tosa.const"() <{values = dense<[[[1.0], [2.0], [3.0]]]> : tensor<1x3x1xf32>}> : () -> tensor<1x3x1xf32>
  %a = tosa.matmul %x, %wa, %zp, %zp : (tensor<1x?x2xf32>, tensor<1x2x3xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x3xf32> loc("RA")
  %b = tosa.matmul %x, %wb, %zp, %zp : (tensor<1x?x2xf32>, tensor<1x2x3xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x3xf32> loc("RB")
  %s = tosa.add %a, %b : (tensor<1x?x3xf32>, tensor<1x?x3xf32>) -> tensor<1x?x3xf32>
  %r = tosa.clamp %s {min_val = 0.0 : f32, max_val = 3.4e38 : f32} : (tensor<1x?x3xf32>) -> tensor<1x?x3xf32>
  %c = tosa.matmul %r, %wc, %zp, %zp : (tensor<1x?x3xf32>, tensor<1x3x1xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x1xf32> loc("RC")
  return %c : tensor<1x?x1xf32>
}
