// 2-D convolutions: the input features are the im2col columns (kh, kw, c)
// of each output position's window, the column order of the weight's
// (output, input) view; padding reads zeros. Instrumented, lowered and run.
// RUN: prune-opt %s --prune-instrument=output=conv.stats | FileCheck %s

// RUN: rm -f %t.stats
// RUN: prune-opt %s --prune-instrument=output=%t.stats --prune-lower-observe \
// RUN:   | prune-opt --pass-pipeline="builtin.module(tosa-to-linalg-pipeline,func.func(tosa-to-tensor,tosa-to-arith),canonicalize,sparsifier)" \
// RUN:   | mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=%mlir_runner_libs,%prune_lib/libPruneRuntime.so
// RUN: prune-stats dump %t.stats \
// RUN:   | FileCheck %s --check-prefix=STATS

// The statistics fit the convolution's (output, input) view for pruning:
// Wanda keeps the two window positions with the largest inputs (features 2
// and 3, norms 8.2 and 11.8) of every channel, reconstruction re-fits them.
// RUN: prune-opt %s --remarks-filter=prune-weights -o /dev/null \
// RUN:   --prune-weights="sparsity=0.5 criterion=wanda method=reconstruct stats=%t.stats" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=PRUNE
// PRUNE: layer 'conv' pruned (unstructured): 8 -> 4 nonzeros of 8, output error on calibration data {{.*}} (mask only {{.*}})

// CHECK-LABEL: func.func @forward
// CHECK:       prune.observe input %{{.*}} layer "conv" dim 3 to "conv.stats" {im2col = array<i64: 2, 2, 2, 2, 1, 0, 1, 0, 1, 1>} : tensor<1x3x3x1xf32>
// CHECK-NEXT:  tosa.conv2d
// CHECK-NEXT:  %[[RELU:.*]] = tosa.clamp
// CHECK-NEXT:  prune.observe output %[[RELU]] layer "conv" dim 3 to "conv.stats" : tensor<1x2x2x2xf32>

// Input 1..9 (3x3, one channel), 2x2 kernel, stride 2, one row and column
// of padding above and left: the patches are (0 0 0 1), (0 0 2 3),
// (0 4 0 7), (5 6 8 9). Channel 0 sums them (1, 5, 11, 28), channel 1
// negates the sums and the ReLU zeros it.
// STATS:      layer conv samples 4 in 4 out 2
// STATS-NEXT:   sum_squares 25 52 68 140
// STATS-NEXT:   gram 25 30 40 45
// STATS-NEXT:   gram 30 52 48 82
// STATS-NEXT:   gram 40 48 68 78
// STATS-NEXT:   gram 45 82 78 140
// STATS-NEXT:   mean 11.25 0
// STATS-NEXT:   mean_abs 11.25 0
// STATS-NEXT:   frac_positive 1 0
// STATS-NEXT:   max 28 0
func.func @forward(%x: tensor<1x3x3x1xf32>) -> tensor<1x2x2x2xf32> {
  %w = "tosa.const"() <{values = dense<[[[[1.0], [1.0]], [[1.0], [1.0]]], [[[-1.0], [-1.0]], [[-1.0], [-1.0]]]]> : tensor<2x2x2x1xf32>}> : () -> tensor<2x2x2x1xf32>
  %b = "tosa.const"() <{values = dense<0.0> : tensor<2xf32>}> : () -> tensor<2xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %y = tosa.conv2d %x, %w, %b, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x3x3x1xf32>, tensor<2x2x2x1xf32>, tensor<2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x2x2x2xf32> loc("conv")
  %r = tosa.clamp %y {min_val = 0.0 : f32, max_val = 3.4e38 : f32} : (tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32>
  return %r : tensor<1x2x2x2xf32>
}

func.func @main() {
  %x = arith.constant dense<[[[[1.0], [2.0], [3.0]], [[4.0], [5.0], [6.0]], [[7.0], [8.0], [9.0]]]]> : tensor<1x3x3x1xf32>
  %y = call @forward(%x) : (tensor<1x3x3x1xf32>) -> tensor<1x2x2x2xf32>
  return
}
