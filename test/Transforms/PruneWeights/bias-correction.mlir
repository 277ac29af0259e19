// prune-weights{bias-correction=true}: after pruning, each layer's bias moves
// by the difference of the dense and pruned layers' mean outputs on the
// calibration samples, sum_c mean(x_c) (w_c - w'_c), so the pruned layer's
// mean output is the dense one's.

// Four samples with means (1, 1, 1.5). At 1/3 sparsity the two smallest
// weights go: 0.1 (input 1 -> output 0) and 0.05 (input 2 -> output 1). The
// bias moves by 1 * 0.1 = 0.1 and by 1.5 * 0.05 = 0.075.
// RUN: prune-stats write %t.stats --layer fc --inputs '1,2,3;1,0,1;2,1,0;0,1,2' --layer fc2 --inputs '1,2,3;1,0,1;2,1,0;0,1,2'
// RUN: prune-opt %s --prune-weights="sparsity=0.34 stats=%t.stats bias-correction=true report=%t.json" 2>&1 \
// RUN:   | FileCheck %s
// RUN: FileCheck %s --check-prefix=REPORT --input-file=%t.json
// Off (the default), the bias stays.
// RUN: prune-opt %s --prune-weights="sparsity=0.34 stats=%t.stats" | FileCheck %s --check-prefix=OFF
// Without statistics there are no means to restore: an option error, not a
// bias silently left as it was.
// RUN: not prune-opt %s --prune-weights="sparsity=0.34 bias-correction" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NO-STATS
// NO-STATS: error: prune-weights: invalid option 'bias-correction': needs calibration statistics: stats=PATH

// CHECK-LABEL: func.func @fc_bias
// CHECK:         dense<{{\[\[\[}}1.000000e+00, 5.000000e-01], [0.000000e+00, -2.000000e+00], [2.000000e+00, 0.000000e+00]]]> : tensor<1x3x2xf32>
// CHECK:         dense<{{\[\[\[}}6.000000e-01, -9.250000e-01]]]> : tensor<1x1x2xf32>
// OFF-LABEL: func.func @fc_bias
// OFF:         dense<{{\[\[\[}}5.000000e-01, -1.000000e+00]]]> : tensor<1x1x2xf32>
// REPORT: "bias_shift_mean_abs": 0.0875
func.func @fc_bias(%x: tensor<1x4x3xf32>) -> tensor<1x4x2xf32> {
  %w = "tosa.const"() <{values = dense<[[[1.0, 0.5], [0.1, -2.0], [2.0, 0.05]]]> : tensor<1x3x2xf32>}> : () -> tensor<1x3x2xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %y = tosa.matmul %x, %w, %zp, %zp : (tensor<1x4x3xf32>, tensor<1x3x2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x2xf32> loc("fc")
  %b = "tosa.const"() <{values = dense<[[[0.5, -1.0]]]> : tensor<1x1x2xf32>}> : () -> tensor<1x1x2xf32>
  %r = tosa.add %y, %b : (tensor<1x4x2xf32>, tensor<1x1x2xf32>) -> tensor<1x4x2xf32>
  return %r : tensor<1x4x2xf32>
}

// A layer without a bias is pruned as usual and says why its bias was not
// corrected.
// CHECK-LABEL: func.func @fc_no_bias
// CHECK:         dense<{{\[\[\[}}1.000000e+00, 5.000000e-01], [0.000000e+00, -2.000000e+00], [2.000000e+00, 0.000000e+00]]]> : tensor<1x3x2xf32>
// REPORT: "bias_correction_skipped": "layer 'fc2' has no constant bias added to its output"
func.func @fc_no_bias(%x: tensor<1x4x3xf32>) -> tensor<1x4x2xf32> {
  %w = "tosa.const"() <{values = dense<[[[1.0, 0.5], [0.1, -2.0], [2.0, 0.05]]]> : tensor<1x3x2xf32>}> : () -> tensor<1x3x2xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %y = tosa.matmul %x, %w, %zp, %zp : (tensor<1x4x3xf32>, tensor<1x3x2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x2xf32> loc("fc2")
  return %y : tensor<1x4x2xf32>
}
