// prune-instrument{reference-func=...} on a 2-D convolution: the reference's
// im2col patches are paired with the model's, patch by patch.
// RUN: prune-opt %s --prune-instrument="output=conv.stats reference-func=reference" | FileCheck %s
// CHECK-LABEL: func.func @forward
// CHECK:       prune.observe input %{{.*}} layer "conv" dim 3 to "conv.stats" {im2col = array<i64: 2, 2, 2, 2, 1, 0, 1, 0, 1, 1>}
// CHECK-LABEL: func.func @reference
// CHECK:       prune.observe reference %{{.*}} layer "conv" dim 3 to "conv.stats" {im2col = array<i64: 2, 2, 2, 2, 1, 0, 1, 0, 1, 1>}
// CHECK-NEXT:  tosa.conv2d

// The reference sees the input doubled: X^T R = 2 X^T X. Input 1..9 gives
// the patches (0 0 0 1), (0 0 2 3), (0 4 0 7), (5 6 8 9) (see conv.mlir).
// RUN: rm -f %t.stats
// RUN: prune-opt %s --prune-instrument="output=%t.stats reference-func=reference" --prune-lower-observe \
// RUN:   | prune-opt --pass-pipeline="builtin.module(tosa-to-linalg-pipeline,func.func(tosa-to-tensor,tosa-to-arith),canonicalize,sparsifier)" \
// RUN:   | mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=%mlir_runner_libs,%prune_lib/libPruneRuntime.so
// RUN: prune-stats dump %t.stats \
// RUN:   | FileCheck %s --check-prefix=STATS
// STATS:      layer conv samples 4 in 4 out 2
// STATS:        gram 25 30 40 45
// STATS-NEXT:   gram 30 52 48 82
// STATS-NEXT:   gram 40 48 68 78
// STATS-NEXT:   gram 45 82 78 140
// STATS:        cross 50 60 80 90
// STATS-NEXT:   cross 60 104 96 164
// STATS-NEXT:   cross 80 96 136 156
// STATS-NEXT:   cross 90 164 156 280
func.func @forward(%x: tensor<1x3x3x1xf32>) -> tensor<1x2x2x2xf32> {
  %w = "tosa.const"() <{values = dense<[[[[1.0], [1.0]], [[1.0], [1.0]]], [[[-1.0], [-1.0]], [[-1.0], [-1.0]]]]> : tensor<2x2x2x1xf32>}> : () -> tensor<2x2x2x1xf32>
  %b = "tosa.const"() <{values = dense<0.0> : tensor<2xf32>}> : () -> tensor<2xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %y = tosa.conv2d %x, %w, %b, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x3x3x1xf32>, tensor<2x2x2x1xf32>, tensor<2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x2x2x2xf32> loc("conv")
  %r = tosa.clamp %y {min_val = 0.0 : f32, max_val = 3.4e38 : f32} : (tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32>
  return %r : tensor<1x2x2x2xf32>
}

func.func @reference(%x: tensor<1x3x3x1xf32>) -> tensor<1x2x2x2xf32> {
  %w = "tosa.const"() <{values = dense<[[[[1.0], [0.5]], [[1.0], [1.0]]], [[[-1.0], [-1.0]], [[-1.0], [-1.0]]]]> : tensor<2x2x2x1xf32>}> : () -> tensor<2x2x2x1xf32>
  %b = "tosa.const"() <{values = dense<0.0> : tensor<2xf32>}> : () -> tensor<2xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %y = tosa.conv2d %x, %w, %b, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x3x3x1xf32>, tensor<2x2x2x1xf32>, tensor<2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x2x2x2xf32> loc("conv")
  return %y : tensor<1x2x2x2xf32>
}

func.func @main() {
  %x = arith.constant dense<[[[[1.0], [2.0], [3.0]], [[4.0], [5.0], [6.0]], [[7.0], [8.0], [9.0]]]]> : tensor<1x3x3x1xf32>
  %x2 = arith.constant dense<[[[[2.0], [4.0], [6.0]], [[8.0], [10.0], [12.0]], [[14.0], [16.0], [18.0]]]]> : tensor<1x3x3x1xf32>
  %r = call @reference(%x2) : (tensor<1x3x3x1xf32>) -> tensor<1x2x2x2xf32>
  %y = call @forward(%x) : (tensor<1x3x3x1xf32>) -> tensor<1x2x2x2xf32>
  return
}
