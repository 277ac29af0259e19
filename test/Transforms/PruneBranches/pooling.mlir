// prune-branches on pooling: the window operand of linalg.pooling_* only
// carries the window's shape, so an all-zero window constant (as
// tosa-to-linalg writes it) must not turn the pooled values into zeros.
// Exact mode never changes what a program computes.

// RUN: prune-opt %s --split-input-file --prune-branches | FileCheck %s

// CHECK-LABEL: func.func @sum_pool
// CHECK:       linalg.pooling_nhwc_sum
// CHECK:       return %{{.*}} : tensor<1x2x2x2xf32>
func.func @sum_pool(%img: tensor<1x4x4x2xf32>) -> tensor<1x2x2x2xf32> {
  %window = arith.constant dense<0.0> : tensor<2x2xf32>
  %init = arith.constant dense<0.0> : tensor<1x2x2x2xf32>
  %sum = linalg.pooling_nhwc_sum {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%img, %window : tensor<1x4x4x2xf32>, tensor<2x2xf32>) outs(%init : tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32>
  %bias = arith.constant dense<1.0> : tensor<1x2x2x2xf32>
  %e = tensor.empty() : tensor<1x2x2x2xf32>
  %y = linalg.add ins(%sum, %bias : tensor<1x2x2x2xf32>, tensor<1x2x2x2xf32>) outs(%e : tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32>
  return %y : tensor<1x2x2x2xf32>
}

// -----

// CHECK-LABEL: func.func @max_pool
// CHECK:       linalg.pooling_nhwc_max
// CHECK-NOT:   arith.constant dense<0.000000e+00> : tensor<1x2x2x2xf32>
func.func @max_pool(%img: tensor<1x4x4x2xf32>) -> tensor<1x2x2x2xf32> {
  %window = arith.constant dense<0.0> : tensor<2x2xf32>
  %init = arith.constant dense<0.0> : tensor<1x2x2x2xf32>
  %max = linalg.pooling_nhwc_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%img, %window : tensor<1x4x4x2xf32>, tensor<2x2xf32>) outs(%init : tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32>
  return %max : tensor<1x2x2x2xf32>
}

// -----

// A pooled zero input is zero: the add forwards the bias.
// CHECK-LABEL: func.func @zero_input
// CHECK-NOT:   linalg.pooling_nhwc_sum
// CHECK-NOT:   linalg.add
// CHECK:       return %[[BIAS:.*]] : tensor<1x2x2x2xf32>
func.func @zero_input(%bias: tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32> {
  %img = arith.constant dense<0.0> : tensor<1x4x4x2xf32>
  %window = arith.constant dense<0.0> : tensor<2x2xf32>
  %init = arith.constant dense<0.0> : tensor<1x2x2x2xf32>
  %sum = linalg.pooling_nhwc_sum {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%img, %window : tensor<1x4x4x2xf32>, tensor<2x2xf32>) outs(%init : tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32>
  %e = tensor.empty() : tensor<1x2x2x2xf32>
  %y = linalg.add ins(%sum, %bias : tensor<1x2x2x2xf32>, tensor<1x2x2x2xf32>) outs(%e : tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32>
  return %y : tensor<1x2x2x2xf32>
}
