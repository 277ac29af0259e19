// ZeroValueAnalysis: which values are provably all zero, computed (a product
// with an all-zero factor) or cheap (constants, fills), and why. Operands
// that only carry a shape (a pooling window, a reshape's shape, zero points)
// never make a result zero.

// RUN: prune-opt %s --split-input-file --test-prune-zero-values \
// RUN:   -o /dev/null 2>&1 | FileCheck %s --implicit-check-not=remark

func.func @zero_weight(%x: tensor<1x4x2xf32>) -> tensor<1x4x3xf32> {
  // CHECK: :[[@LINE+1]]:8: remark: result #0 is zero: constant is all zero
  %w = "tosa.const"() <{values = dense<0.0> : tensor<1x2x3xf32>}> : () -> tensor<1x2x3xf32>
  // CHECK: :[[@LINE+1]]:9: remark: result #0 is zero: constant is all zero
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  // CHECK: :[[@LINE+1]]:8: remark: result #0 is a computed zero: tosa.matmul multiplies by an all-zero operand #1
  %h = tosa.matmul %x, %w, %zp, %zp : (tensor<1x4x2xf32>, tensor<1x2x3xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x3xf32>
  // CHECK: :[[@LINE+1]]:11: remark: result #0 is a computed zero: tosa.matmul multiplies by an all-zero operand #1
  %relu = tosa.clamp %h {min_val = 0.0 : f32, max_val = 3.4e38 : f32} : (tensor<1x4x3xf32>) -> tensor<1x4x3xf32>
  // exp(0) = 1: not zero.
  %e = tosa.exp %relu : (tensor<1x4x3xf32>) -> tensor<1x4x3xf32>
  return %e : tensor<1x4x3xf32>
}

// -----

// A convolution by an all-zero weight is zero only when its bias is.
func.func @conv_bias(%x: tensor<1x4x4x2xf32>) -> (tensor<1x4x4x3xf32>, tensor<1x4x4x3xf32>) {
  // CHECK: :[[@LINE+1]]:8: remark: result #0 is zero: constant is all zero
  %w = "tosa.const"() <{values = dense<0.0> : tensor<3x1x1x2xf32>}> : () -> tensor<3x1x1x2xf32>
  // CHECK: :[[@LINE+1]]:9: remark: result #0 is zero: constant is all zero
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %b = "tosa.const"() <{values = dense<0.5> : tensor<3xf32>}> : () -> tensor<3xf32>
  %biased = tosa.conv2d %x, %w, %b, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x2xf32>, tensor<3x1x1x2xf32>, tensor<3xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x3xf32>
  // CHECK: :[[@LINE+1]]:9: remark: result #0 is zero: constant is all zero
  %b0 = "tosa.const"() <{values = dense<0.0> : tensor<3xf32>}> : () -> tensor<3xf32>
  // CHECK: :[[@LINE+1]]:15: remark: result #0 is a computed zero: tosa.conv2d multiplies by an all-zero operand #1
  %unbiased = tosa.conv2d %x, %w, %b0, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x2xf32>, tensor<3x1x1x2xf32>, tensor<3xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x3xf32>
  return %biased, %unbiased : tensor<1x4x4x3xf32>, tensor<1x4x4x3xf32>
}

// -----

// A pooling window only carries the window's shape: an all-zero window
// constant does not make the pooled result zero (sum pooling of %img is not
// zero). A zero input into a zero init is.
func.func @pooling_window(%img: tensor<1x4x4x2xf32>) -> (tensor<1x2x2x2xf32>, tensor<1x2x2x2xf32>) {
  // CHECK: :[[@LINE+1]]:13: remark: result #0 is zero: constant is all zero
  %window = arith.constant dense<0.0> : tensor<2x2xf32>
  // CHECK: :[[@LINE+1]]:11: remark: result #0 is zero: constant is all zero
  %init = arith.constant dense<0.0> : tensor<1x2x2x2xf32>
  %sum = linalg.pooling_nhwc_sum {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%img, %window : tensor<1x4x4x2xf32>, tensor<2x2xf32>) outs(%init : tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32>
  %max = linalg.pooling_nhwc_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%img, %window : tensor<1x4x4x2xf32>, tensor<2x2xf32>) outs(%init : tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32>
  return %sum, %max : tensor<1x2x2x2xf32>, tensor<1x2x2x2xf32>
}

// -----

func.func @pooling_zero_input(%e: tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32> {
  // CHECK: :[[@LINE+1]]:10: remark: result #0 is zero: constant is all zero
  %img = arith.constant dense<0.0> : tensor<1x4x4x2xf32>
  // CHECK: :[[@LINE+1]]:13: remark: result #0 is zero: constant is all zero
  %window = arith.constant dense<0.0> : tensor<2x2xf32>
  // CHECK: :[[@LINE+1]]:8: remark: result #0 is zero: constant is all zero
  %z = arith.constant 0.0 : f32
  // CHECK: :[[@LINE+1]]:11: remark: result #0 is zero: linalg.fill with zero
  %init = linalg.fill ins(%z : f32) outs(%e : tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32>
  // CHECK: :[[@LINE+1]]:10: remark: result #0 is zero: constant is all zero
  %sum = linalg.pooling_nhwc_sum {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%img, %window : tensor<1x4x4x2xf32>, tensor<2x2xf32>) outs(%init : tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32>
  return %sum : tensor<1x2x2x2xf32>
}

// -----

// Control flow joins what reaches a result: zero on both sides is zero.
func.func @join(%c: i1, %x: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>) {
  // CHECK: :[[@LINE+1]]:8: remark: result #0 is zero: constant is all zero
  %z = arith.constant dense<0.0> : tensor<4xf32>
  // CHECK: :[[@LINE+1]]:9: remark: result #0 is zero: constant is all zero
  %z2 = arith.constant dense<-0.0> : tensor<4xf32>
  // CHECK: :[[@LINE+1]]:11: remark: result #0 is zero: constant is all zero
  %both = scf.if %c -> tensor<4xf32> {
    scf.yield %z : tensor<4xf32>
  } else {
    scf.yield %z2 : tensor<4xf32>
  }
  %one = scf.if %c -> tensor<4xf32> {
    scf.yield %z : tensor<4xf32>
  } else {
    scf.yield %x : tensor<4xf32>
  }
  return %both, %one : tensor<4xf32>, tensor<4xf32>
}
