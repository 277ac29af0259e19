// RUN: prune-opt %s --split-input-file --prune-vectorize-dense="vector-width=16 rows=4" | FileCheck %s

// A multiplier-free depthwise convolution (prune-prepare-depthwise's form)
// is tiled into one output row of `rows` columns times `vector-width`
// channels over one filter row, and each tile, narrowed to the 1-D form,
// becomes one vector FMA per filter tap: 3 taps of vector<4x16xf32> per
// filter row. 24 output columns are 6 tiles of 4; 32 channels 2 of 16.
// CHECK-LABEL: func.func @depthwise
// CHECK-NOT:     linalg.depthwise_conv
// CHECK:         scf.for %{{.*}} = %c0 to %c24 step %c4
// CHECK:           scf.for %{{.*}} = %c0 to %c32 step %c16
// CHECK:             scf.for %{{.*}} = %c0 to %c3 step %c1
// CHECK-COUNT-3:       vector.fma {{.*}} : vector<4x16xf32>
// CHECK-NOT:     linalg.depthwise_conv
func.func @depthwise(%x: tensor<1x26x26x32xf32>, %w: tensor<3x3x32xf32>, %acc: tensor<1x24x24x32xf32>) -> tensor<1x24x24x32xf32> {
  %y = linalg.depthwise_conv_2d_nhwc_hwc {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %w : tensor<1x26x26x32xf32>, tensor<3x3x32xf32>) outs(%acc : tensor<1x24x24x32xf32>) -> tensor<1x24x24x32xf32>
  return %y : tensor<1x24x24x32xf32>
}

// -----

// Sizes that divide no tile and a dynamic batch: 7 columns are a tile of 4
// and a peeled one of 3, 20 channels a tile of 16 and one of 4, each
// vectorized at its own static size; a stride of 2 reads every other input
// column, one FMA per output column and tap (4 x 3 per tile).
// CHECK-LABEL: func.func @remainders
// CHECK-NOT:     linalg.depthwise_conv
// CHECK:         scf.for %{{.*}} = %c0 to %c3 step %c1
// CHECK-COUNT-12:  vector.fma {{.*}} : vector<16xf32>
// CHECK:         scf.for %{{.*}} = %c0 to %c3 step %c1
// CHECK-COUNT-12:  vector.fma {{.*}} : vector<4xf32>
// CHECK-NOT:     linalg.depthwise_conv
func.func @remainders(%x: tensor<?x15x15x20xf32>, %w: tensor<3x3x20xf32>, %acc: tensor<?x7x7x20xf32>) -> tensor<?x7x7x20xf32> {
  %y = linalg.depthwise_conv_2d_nhwc_hwc {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>}
      ins(%x, %w : tensor<?x15x15x20xf32>, tensor<3x3x20xf32>) outs(%acc : tensor<?x7x7x20xf32>) -> tensor<?x7x7x20xf32>
  return %y : tensor<?x7x7x20xf32>
}

// -----

// A channel multiplier other than 1 has no 1-D form upstream: left as it is.
// CHECK-LABEL: func.func @multiplier_two
// CHECK:         linalg.depthwise_conv_2d_nhwc_hwcm
func.func @multiplier_two(%x: tensor<1x8x8x4xf32>, %w: tensor<3x3x4x2xf32>, %acc: tensor<1x6x6x4x2xf32>) -> tensor<1x6x6x4x2xf32> {
  %y = linalg.depthwise_conv_2d_nhwc_hwcm {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %w : tensor<1x8x8x4xf32>, tensor<3x3x4x2xf32>) outs(%acc : tensor<1x6x6x4x2xf32>) -> tensor<1x6x6x4x2xf32>
  return %y : tensor<1x6x6x4x2xf32>
}
