// A structured pattern that does not fit one layer - the common case is a
// grayscale first convolution, whose 3x3x1 = 9 inputs 2:4 groups cannot
// tile - leaves that layer alone with a warning and prunes the others.
// strict=true makes it an error instead, and nothing is pruned
// (invalid.mlir).

// RUN: prune-opt %s --split-input-file --prune-weights="pattern=2:4 report=%t.json" 2>%t.err \
// RUN:   | FileCheck %s
// RUN: FileCheck %s --check-prefix=WARN --input-file=%t.err
// RUN: FileCheck %s --check-prefix=REPORT --input-file=%t.json
// RUN: not prune-opt %s --split-input-file --prune-weights="pattern=2:4 strict=true" -o /dev/null 2>&1 \
// RUN:   | FileCheck %s --check-prefix=STRICT

// WARN: warning: {{.*}}prune-weights: pattern=2:4 cannot apply to layer 'gray_conv': its input dimension (9 in the 4x9 (output, input) view) is not a multiple of 4; the layer is left alone (strict=true makes this an error)
// STRICT: error: {{.*}}'tosa.conv2d' op prune-weights: pattern=2:4 cannot apply to layer 'gray_conv'
// REPORT:     "name": "gray_conv",
// REPORT:     "reason": "pattern=2:4 does not fit: its input dimension (9 in the 4x9 (output, input) view) is not a multiple of 4",
// REPORT-NEXT: "shape": [
// REPORT:     "status": "skipped"
// REPORT:     "name": "fc",
// REPORT:     "nonzeros_after": 4,

// CHECK-LABEL: func.func @grayscale
// CHECK:       "tosa.const"() <{values = dense<1.000000e+00> : tensor<4x3x3x1xf32>}>
// CHECK:       arith.constant dense<{{\[\[}}0.000000e+00, 0.000000e+00, 3.000000e+00, 4.000000e+00], [5.000000e+00, 6.000000e+00, 0.000000e+00, 0.000000e+00]]> : tensor<2x4xf32>
func.func @grayscale(%img: tensor<1x6x6x1xf32>, %x: tensor<3x4xf32>, %init: tensor<3x2xf32>) -> (tensor<1x4x4x4xf32>, tensor<3x2xf32>) {
  %w = "tosa.const"() <{values = dense<1.0> : tensor<4x3x3x1xf32>}> : () -> tensor<4x3x3x1xf32>
  %b = "tosa.const"() <{values = dense<0.0> : tensor<4xf32>}> : () -> tensor<4xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %y = tosa.conv2d %img, %w, %b, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x6x6x1xf32>, tensor<4x3x3x1xf32>, tensor<4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x4xf32> loc("gray_conv")
  %v = arith.constant dense<[[1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 0.5, 0.25]]> : tensor<2x4xf32>
  %e = tensor.empty() : tensor<4x2xf32>
  %t = linalg.transpose ins(%v : tensor<2x4xf32>) outs(%e : tensor<4x2xf32>) permutation = [1, 0]
  %z = linalg.matmul ins(%x, %t : tensor<3x4xf32>, tensor<4x2xf32>) outs(%init : tensor<3x2xf32>) -> tensor<3x2xf32> loc("fc")
  return %y, %z : tensor<1x4x4x4xf32>, tensor<3x2xf32>
}

// -----

// Several misfits (the depthwise convolutions of a MobileNet under 2:4): one
// warning naming the first with its reason and the next three, not one
// warning per layer; the report keeps each reason.
// RUN: prune-opt %s --split-input-file --prune-weights="pattern=2:4" -o /dev/null 2>&1 \
// RUN:   | FileCheck %s --check-prefix=MANY
// MANY: warning: {{.*}}prune-weights: pattern=2:4 cannot apply to layer 'gray_conv': its input dimension (9 in the 4x9 (output, input) view) is not a multiple of 4; the layer is left alone
// MANY: warning: {{.*}}prune-weights: pattern=2:4 cannot apply to layer 'odd0': its input dimension (3 in the 2x3 (output, input) view) is not a multiple of 4; the layer and 4 other(s) the pattern does not fit ('odd1', 'odd2', 'odd3', ...) are left alone (strict=true makes this an error; the report gives each one's reason)
// MANY-NOT: warning
func.func @many(%x: tensor<1x3xf32>) -> tensor<1x2xf32> {
  %init = arith.constant dense<0.0> : tensor<1x2xf32>
  %w0 = arith.constant dense<1.0> : tensor<3x2xf32>
  %0 = linalg.matmul ins(%x, %w0 : tensor<1x3xf32>, tensor<3x2xf32>) outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32> loc("odd0")
  %w1 = arith.constant dense<2.0> : tensor<3x2xf32>
  %1 = linalg.matmul ins(%x, %w1 : tensor<1x3xf32>, tensor<3x2xf32>) outs(%0 : tensor<1x2xf32>) -> tensor<1x2xf32> loc("odd1")
  %w2 = arith.constant dense<3.0> : tensor<3x2xf32>
  %2 = linalg.matmul ins(%x, %w2 : tensor<1x3xf32>, tensor<3x2xf32>) outs(%1 : tensor<1x2xf32>) -> tensor<1x2xf32> loc("odd2")
  %w3 = arith.constant dense<4.0> : tensor<3x2xf32>
  %3 = linalg.matmul ins(%x, %w3 : tensor<1x3xf32>, tensor<3x2xf32>) outs(%2 : tensor<1x2xf32>) -> tensor<1x2xf32> loc("odd3")
  %w4 = arith.constant dense<5.0> : tensor<3x2xf32>
  %4 = linalg.matmul ins(%x, %w4 : tensor<1x3xf32>, tensor<3x2xf32>) outs(%3 : tensor<1x2xf32>) -> tensor<1x2xf32> loc("odd4")
  return %4 : tensor<1x2xf32>
}
