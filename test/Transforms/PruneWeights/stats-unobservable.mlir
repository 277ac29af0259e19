// A layer prune-instrument cannot observe (here a depthwise convolution) has
// no record in the statistics the same model wrote. prune-weights with
// criterion=wanda or method=reconstruct leaves that layer alone with a
// warning and prunes the others; a missing record of a layer that could have
// been observed is still an error (stats-invalid.mlir).

// RUN: prune-stats write %t.stats --layer fc --inputs '1,2;3,4'
// RUN: prune-opt %s --prune-weights="sparsity=0.5 criterion=wanda stats=%t.stats report=%t.json" \
// RUN:   2>%t.err | FileCheck %s
// RUN: FileCheck %s --check-prefix=WARN --input-file=%t.err
// RUN: FileCheck %s --check-prefix=REPORT --input-file=%t.json

// WARN: warning: {{.*}}prune-weights: layer 'dw' has no calibration statistics (prune-instrument cannot observe it: only 2-D NHWC convolutions (tosa.conv2d, linalg.conv_2d_nhwc_hwcf) are instrumented yet); the layer is left alone
// REPORT: "name": "dw",
// REPORT: "reason": "no calibration statistics: prune-instrument cannot observe it: {{.*}}",
// REPORT: "status": "skipped"
// REPORT: "name": "fc",
// REPORT: "nonzeros_after": 2,

// With method=mask the statistics only measure output errors: that layer
// is pruned like the others, without an error on the calibration data.
// RUN: prune-opt %s --prune-weights="sparsity=0.5 stats=%t.stats report=%t.mask.json" \
// RUN:   | FileCheck %s --check-prefix=MASK
// RUN: FileCheck %s --check-prefix=MASK-REPORT --input-file=%t.mask.json
// MASK-LABEL: func.func @mixed
// MASK:       "tosa.const"() <{values = dense<{{\[}}[{{\[}}[0.000000e+00], [0.000000e+00]]
// MASK-REPORT:     "name": "dw",
// MASK-REPORT-NOT: "calibration_output_error"
// MASK-REPORT:     "nonzeros_after": 9,
// MASK-REPORT:     "calibration_output_error":
// MASK-REPORT:     "name": "fc",

// CHECK-LABEL: func.func @mixed
// CHECK:       "tosa.const"() <{values = dense<1.000000e+00> : tensor<3x3x2x1xf32>}>
func.func @mixed(%img: tensor<1x4x4x2xf32>, %x: tensor<1x2xf32>, %init: tensor<1x2xf32>) -> (tensor<1x2x2x2xf32>, tensor<1x2xf32>) {
  %w = "tosa.const"() <{values = dense<1.0> : tensor<3x3x2x1xf32>}> : () -> tensor<3x3x2x1xf32>
  %b = "tosa.const"() <{values = dense<0.0> : tensor<2xf32>}> : () -> tensor<2xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %d = tosa.depthwise_conv2d %img, %w, %b, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x2xf32>, tensor<3x3x2x1xf32>, tensor<2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x2x2x2xf32> loc("dw")
  %v = arith.constant dense<[[1.0, -4.0], [0.5, 3.0]]> : tensor<2x2xf32>
  %y = linalg.matmul ins(%x, %v : tensor<1x2xf32>, tensor<2x2xf32>) outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32> loc("fc")
  return %d, %y : tensor<1x2x2x2xf32>, tensor<1x2xf32>
}
