// method=reconstruct (mode=importance, stats=PATH): the layers that read the
// removed neurons are refit by least squares on the calibration statistics
// of their inputs, and the neurons are chosen by what that refit leaves.
// fc2 reads fc1's three neurons; on its calibration inputs (three samples:
// [1, 0, 1], [2, 1, 2], [0, 3, 0]) neurons 0 and 2 are equal, so either can
// go at no cost if the other takes its weight. Neuron 0 (the smaller
// weight, 1) goes; fc2's weights [1, 2, 3] become about [2, 4] (the 0.01
// damping of every solve keeps them a little off), its bias moves a little.
// The incoming-weight norms (method=mask) remove the same neuron 0 and
// leave fc2 as it was, [2, 3] and 0.5, which computes something else.

// RUN: prune-stats write %t.stats --layer fc2 --inputs '1,0,1;2,1,2;0,3,0' --outputs '4.5;7.5;6.5'
// RUN: prune-opt %s --split-input-file --prune-neurons="mode=importance ratio=0.34 method=reconstruct stats=%t.stats report=%t.json" \
// RUN:   --remarks-filter=prune-neurons 2>%t.remarks | FileCheck %s
// RUN: FileCheck %s --check-prefix=REMARK --input-file=%t.remarks
// RUN: FileCheck %s --check-prefix=REPORT --input-file=%t.json
// RUN: prune-opt %s --split-input-file --prune-neurons="mode=importance ratio=0.34" | FileCheck %s --check-prefix=MASK

// CHECK-LABEL: func.func @mlp
// CHECK-DAG:     "tosa.const"() <{values = dense<{{\[}}{{\[}}[5.000000e+00, 1.000000e+00], [6.000000e+00, 2.000000e+00]]]> : tensor<1x2x2xf32>}>
// CHECK-DAG:     "tosa.const"() <{values = dense<{{\[}}{{\[}}[1.9{{[0-9]+}}], [3.9{{[0-9]+}}]]]> : tensor<1x2x1xf32>}>
// CHECK-DAG:     "tosa.const"() <{values = dense<5.8{{[0-9]+}}e-01> : tensor<1x1x1xf32>}>
// CHECK:         tosa.matmul {{.*}} -> tensor<1x?x2xf32>

// Without a bias the refit moves the weights alone.
// CHECK-LABEL: func.func @no_next_bias
// CHECK:         "tosa.const"() <{values = dense<{{\[}}{{\[}}[{{1\.9[0-9]+|2\.0[0-9]+}}], [3.9{{[0-9]+}}]]]> : tensor<1x2x1xf32>}>
// CHECK:         tosa.matmul {{.*}} -> tensor<1x?x2xf32>

// REMARK: Remark="layer 'fc1': 3 -> 2 neurons (1 unimportant); 'fc2' refit (0.00% relative output error on the calibration data)"
// REPORT: "refit_relative_errors": [
// REPORT-NEXT: {{[0-9.]+}}e-05
// REPORT: "method": "reconstruct"

// Two samples for fc2's three inputs: a warning that the refit can match
// them exactly.
// RUN: prune-stats write %t.few --layer fc2 --inputs '1,0,1;2,1,2' --outputs '4.5;7.5'
// RUN: prune-opt %s --split-input-file --prune-neurons="mode=importance ratio=0.34 method=reconstruct stats=%t.few" \
// RUN:   -o /dev/null 2>&1 | FileCheck %s --check-prefix=FEW
// FEW: warning: loc("fc2"): prune-neurons: stats={{.*}}few has 2 calibration samples of layer 'fc2' for its 3 inputs: its refit can match them exactly and may not hold on other data

// MASK-LABEL: func.func @mlp
// MASK-DAG:     "tosa.const"() <{values = dense<{{\[}}{{\[}}[2.000000e+00], [3.000000e+00]]]> : tensor<1x2x1xf32>}>
// MASK-DAG:     "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1xf32>}>
func.func @mlp(%x: tensor<1x?x2xf32>) -> tensor<1x?x1xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %w1 = "tosa.const"() <{values = dense<[[[1.0, 5.0, 1.0], [2.0, 6.0, 2.0]]]> : tensor<1x2x3xf32>}> : () -> tensor<1x2x3xf32>
  %w2 = "tosa.const"() <{values = dense<[[[1.0], [2.0], [3.0]]]> : tensor<1x3x1xf32>}> : () -> tensor<1x3x1xf32>
  %b2 = "tosa.const"() <{values = dense<0.5> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
  %h = tosa.matmul %x, %w1, %zp, %zp : (tensor<1x?x2xf32>, tensor<1x2x3xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x3xf32> loc("fc1")
  %r = tosa.clamp %h {min_val = 0.0 : f32, max_val = 3.4e38 : f32} : (tensor<1x?x3xf32>) -> tensor<1x?x3xf32>
  %y = tosa.matmul %r, %w2, %zp, %zp : (tensor<1x?x3xf32>, tensor<1x3x1xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x1xf32> loc("fc2")
  %o = tosa.add %y, %b2 : (tensor<1x?x1xf32>, tensor<1x1x1xf32>) -> tensor<1x?x1xf32>
  return %o : tensor<1x?x1xf32>
}

// -----

func.func @no_next_bias(%x: tensor<1x?x2xf32>) -> tensor<1x?x1xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %w1 = "tosa.const"() <{values = dense<[[[1.0, 5.0, 1.0], [2.0, 6.0, 2.0]]]> : tensor<1x2x3xf32>}> : () -> tensor<1x2x3xf32>
  %w2 = "tosa.const"() <{values = dense<[[[1.0], [2.0], [3.0]]]> : tensor<1x3x1xf32>}> : () -> tensor<1x3x1xf32>
  %h = tosa.matmul %x, %w1, %zp, %zp : (tensor<1x?x2xf32>, tensor<1x2x3xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x3xf32> loc("fc1")
  %r = tosa.clamp %h {min_val = 0.0 : f32, max_val = 3.4e38 : f32} : (tensor<1x?x3xf32>) -> tensor<1x?x3xf32>
  %y = tosa.matmul %r, %w2, %zp, %zp : (tensor<1x?x3xf32>, tensor<1x3x1xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x1xf32> loc("fc2")
  return %y : tensor<1x?x1xf32>
}
