// mode=activity removes neurons whose mean absolute activity on calibration
// data (stats=PATH, the Statistics.h format) is below `threshold`. With
// fold=mean (default) the next bias absorbs each removed neuron's mean
// activity times its outgoing weights; fold=none just drops it.
// fc1's calibration outputs (2 samples): neuron 0 [1, 3] (mean 2), neuron 1
// [0.1, 0.1] (mean 0.1), neuron 2 [2, 0] (mean 1). fc2's weights from them
// are [1, 2, 3], its bias 0.5.

// RUN: prune-stats write %t.stats \
// RUN:   --layer fc1 --inputs '1,2;3,4' --outputs '1,0.1,2;3,0.1,0'
// RUN: prune-opt %s --split-input-file --prune-neurons="mode=activity stats=%t.stats threshold=0.5" \
// RUN:   | FileCheck %s --check-prefix=MEAN
// RUN: prune-opt %s --split-input-file --prune-neurons="mode=activity stats=%t.stats threshold=0.5 fold=none" \
// RUN:   | FileCheck %s --check-prefix=NONE
// RUN: prune-opt %s --split-input-file --prune-neurons="mode=activity stats=%t.stats threshold=1.5 fold=mean" \
// RUN:   | FileCheck %s --check-prefix=TWO
// RUN: prune-opt %s --split-input-file --prune-neurons="mode=activity stats=%t.stats threshold=0.0" \
// RUN:   | FileCheck %s --check-prefix=ZERO

// Neuron 1 goes; fc2's bias becomes 0.5 + 0.1 * 2 = 0.7.
// MEAN-LABEL: func.func @mlp
// MEAN-DAG:     "tosa.const"() <{values = dense<{{\[}}{{\[}}[1.000000e+00, 3.000000e+00], [2.000000e+00, 4.000000e+00]]]> : tensor<1x2x2xf32>}>
// MEAN-DAG:     "tosa.const"() <{values = dense<{{\[}}{{\[}}[1.000000e+00], [3.000000e+00]]]> : tensor<1x2x1xf32>}>
// MEAN-DAG:     "tosa.const"() <{values = dense<0.699999988> : tensor<1x1x1xf32>}>
// MEAN-LABEL: func.func @no_next_bias
// MEAN:         tosa.clamp {{.*}} -> tensor<1x?x3xf32>

// NONE-LABEL: func.func @mlp
// NONE-DAG:     "tosa.const"() <{values = dense<{{\[}}{{\[}}[1.000000e+00], [3.000000e+00]]]> : tensor<1x2x1xf32>}>
// NONE-DAG:     "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1xf32>}>
// NONE-LABEL: func.func @no_next_bias
// NONE:         tosa.clamp {{.*}} -> tensor<1x?x2xf32>

// Neurons 1 and 2 go: 0.5 + 0.1 * 2 + 1 * 3 = 3.7.
// TWO-LABEL: func.func @mlp
// TWO-DAG:     "tosa.const"() <{values = dense<{{\[}}{{\[}}[1.000000e+00], [2.000000e+00]]]> : tensor<1x2x1xf32>}>
// TWO-DAG:     "tosa.const"() <{values = dense<1.000000e+00> : tensor<1x1x1xf32>}>
// TWO-DAG:     "tosa.const"() <{values = dense<3.700000e+00> : tensor<1x1x1xf32>}>

// ZERO-LABEL: func.func @mlp
// ZERO:         tosa.clamp {{.*}} -> tensor<1x?x3xf32>
func.func @mlp(%x: tensor<1x?x2xf32>) -> tensor<1x?x1xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %w1 = "tosa.const"() <{values = dense<[[[1.0, 5.0, 3.0], [2.0, 6.0, 4.0]]]> : tensor<1x2x3xf32>}> : () -> tensor<1x2x3xf32>
  %w2 = "tosa.const"() <{values = dense<[[[1.0], [2.0], [3.0]]]> : tensor<1x3x1xf32>}> : () -> tensor<1x3x1xf32>
  %b2 = "tosa.const"() <{values = dense<0.5> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
  %h = tosa.matmul %x, %w1, %zp, %zp : (tensor<1x?x2xf32>, tensor<1x2x3xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x3xf32> loc("fc1")
  %r = tosa.clamp %h {min_val = 0.0 : f32, max_val = 3.4e38 : f32} : (tensor<1x?x3xf32>) -> tensor<1x?x3xf32>
  %y = tosa.matmul %r, %w2, %zp, %zp : (tensor<1x?x3xf32>, tensor<1x3x1xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x1xf32> loc("fc2")
  %o = tosa.add %y, %b2 : (tensor<1x?x1xf32>, tensor<1x1x1xf32>) -> tensor<1x?x1xf32>
  return %o : tensor<1x?x1xf32>
}

// -----

// fc2 has no bias: fold=mean cannot put the mean anywhere, so fc1 is left
// alone (with a remark); fold=none drops neuron 1.
func.func @no_next_bias(%x: tensor<1x?x2xf32>) -> tensor<1x?x1xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %w1 = "tosa.const"() <{values = dense<[[[1.0, 5.0, 3.0], [2.0, 6.0, 4.0]]]> : tensor<1x2x3xf32>}> : () -> tensor<1x2x3xf32>
  %w2 = "tosa.const"() <{values = dense<[[[1.0], [2.0], [3.0]]]> : tensor<1x3x1xf32>}> : () -> tensor<1x3x1xf32>
  %h = tosa.matmul %x, %w1, %zp, %zp : (tensor<1x?x2xf32>, tensor<1x2x3xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x3xf32> loc("fc1")
  %r = tosa.clamp %h {min_val = 0.0 : f32, max_val = 3.4e38 : f32} : (tensor<1x?x3xf32>) -> tensor<1x?x3xf32>
  %y = tosa.matmul %r, %w2, %zp, %zp : (tensor<1x?x3xf32>, tensor<1x3x1xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x1xf32> loc("fc2")
  return %y : tensor<1x?x1xf32>
}
