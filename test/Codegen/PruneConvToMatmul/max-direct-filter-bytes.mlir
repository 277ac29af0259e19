// prune-conv-to-matmul{max-direct-filter-bytes=N}: a convolution whose
// filter takes at most N bytes, and whose window is more than a 1x1 of
// stride 1, stays a convolution, in HWCF form, for prune-vectorize-dense to
// vectorize directly; larger filters and 1x1 windows of stride 1 are
// gathered into a matmul. The default is 160 KiB.
// RUN: prune-opt %s --split-input-file --pass-pipeline='builtin.module(func.func(prune-conv-to-matmul{max-direct-filter-bytes=288}))' | FileCheck %s
// RUN: prune-opt %s --split-input-file --pass-pipeline='builtin.module(func.func(prune-conv-to-matmul))' | FileCheck %s --check-prefix=DEFAULT

// A 3x3 FHWC filter of 4 x 3 x 3 x 2 f32 takes exactly 288 bytes: the
// convolution keeps its strides and dilations and reads the filter through
// a transpose to HWCF (folded at compile time by
// prune-fold-weight-transposes). No window is gathered.
// CHECK-LABEL: func.func @fhwc_small
// CHECK:         %[[W:.*]] = arith.constant dense<5.000000e-01> : tensor<4x3x3x2xf32>
// CHECK:         %[[E:.*]] = tensor.empty() : tensor<3x3x2x4xf32>
// CHECK:         %[[T:.*]] = linalg.transpose ins(%[[W]] : tensor<4x3x3x2xf32>) outs(%[[E]] : tensor<3x3x2x4xf32>) permutation = [1, 2, 3, 0]
// CHECK:         %[[C:.*]] = linalg.conv_2d_nhwc_hwcf {dilations = dense<2> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%arg0, %[[T]] : tensor<?x9x9x2xf32>, tensor<3x3x2x4xf32>) outs(%arg1 : tensor<?x3x3x4xf32>)
// CHECK:         return %[[C]]
// CHECK-NOT:     linalg.matmul
// DEFAULT-LABEL: func.func @fhwc_small
// DEFAULT:         linalg.conv_2d_nhwc_hwcf
// DEFAULT-NOT:     linalg.copy
func.func @fhwc_small(%x: tensor<?x9x9x2xf32>, %y: tensor<?x3x3x4xf32>) -> tensor<?x3x3x4xf32> {
  %w = arith.constant dense<0.5> : tensor<4x3x3x2xf32>
  %r = linalg.conv_2d_nhwc_fhwc {dilations = dense<2> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>}
         ins(%x, %w : tensor<?x9x9x2xf32>, tensor<4x3x3x2xf32>) outs(%y : tensor<?x3x3x4xf32>) -> tensor<?x3x3x4xf32>
  return %r : tensor<?x3x3x4xf32>
}

// -----

// One filter more (5 x 3 x 3 x 2 f32, 360 bytes) is over the limit: the
// windows are gathered for a matmul.
// CHECK-LABEL: func.func @fhwc_over_limit
// CHECK:         linalg.copy
// CHECK:         linalg.matmul
// CHECK-NOT:     linalg.conv_2d
// DEFAULT-LABEL: func.func @fhwc_over_limit
// DEFAULT:         linalg.conv_2d_nhwc_hwcf
func.func @fhwc_over_limit(%x: tensor<1x9x9x2xf32>, %y: tensor<1x7x7x5xf32>) -> tensor<1x7x7x5xf32> {
  %w = arith.constant dense<0.5> : tensor<5x3x3x2xf32>
  %r = linalg.conv_2d_nhwc_fhwc {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
         ins(%x, %w : tensor<1x9x9x2xf32>, tensor<5x3x3x2xf32>) outs(%y : tensor<1x7x7x5xf32>) -> tensor<1x7x7x5xf32>
  return %r : tensor<1x7x7x5xf32>
}

// -----

// An HWCF convolution under the limit is left as it is; a 1x1 window of
// stride 1 is a matmul of the image itself (no gather), whatever its size,
// while a strided 1x1 window stays direct.
// CHECK-LABEL: func.func @hwcf_and_pointwise
// CHECK:         %[[D:.*]] = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%arg0, %arg1 : tensor<1x5x5x2xf32>, tensor<3x3x2x4xf32>)
// CHECK:         %[[X:.*]] = tensor.collapse_shape %arg0 {{\[}}[0, 1, 2], [3]] : tensor<1x5x5x2xf32> into tensor<25x2xf32>
// CHECK:         linalg.matmul ins(%[[X]], %{{.*}} : tensor<25x2xf32>, tensor<2x4xf32>)
// CHECK-NOT:     linalg.copy
// CHECK:         linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%arg0, %arg3 : tensor<1x5x5x2xf32>, tensor<1x1x2x4xf32>)
func.func @hwcf_and_pointwise(%x: tensor<1x5x5x2xf32>, %w: tensor<3x3x2x4xf32>, %w1: tensor<1x1x2x4xf32>,
                              %w2: tensor<1x1x2x4xf32>, %y: tensor<1x3x3x4xf32>, %y1: tensor<1x5x5x4xf32>)
    -> (tensor<1x3x3x4xf32>, tensor<1x5x5x4xf32>, tensor<1x3x3x4xf32>) {
  %d = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
         ins(%x, %w : tensor<1x5x5x2xf32>, tensor<3x3x2x4xf32>) outs(%y : tensor<1x3x3x4xf32>) -> tensor<1x3x3x4xf32>
  %p = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
         ins(%x, %w1 : tensor<1x5x5x2xf32>, tensor<1x1x2x4xf32>) outs(%y1 : tensor<1x5x5x4xf32>) -> tensor<1x5x5x4xf32>
  %s = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>}
         ins(%x, %w2 : tensor<1x5x5x2xf32>, tensor<1x1x2x4xf32>) outs(%y : tensor<1x3x3x4xf32>) -> tensor<1x3x3x4xf32>
  return %d, %p, %s : tensor<1x3x3x4xf32>, tensor<1x5x5x4xf32>, tensor<1x3x3x4xf32>
}
