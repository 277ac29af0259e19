// RUN: prune-opt %s --split-input-file --prune-vectorize-dense="vector-width=16 rows=6" | FileCheck %s

// A convolution that prune-conv-to-matmul leaves for direct vectorization
// (HWCF filter) is tiled into up to `rows` output columns of one output row
// times `vector-width` filters, over one filter tap and up to
// `vector-width` channels, and each tile, narrowed to a 1-D convolution,
// becomes one FMA per column and channel, with the accumulators carried
// across the filter rows and columns. 7 columns are split evenly, 4 + 3
// (6 + 1 would load the filter for a single column); 20 channels are a
// tile of 16 and a peeled one of 4, in both column tiles: 4 x 20 and
// 3 x 20 FMAs.
// CHECK-LABEL: func.func @direct
// CHECK-NOT:     linalg.conv
// CHECK:         scf.for %{{.*}} = %c0 to %c3 step %c1 iter_args({{.*}}) -> (tensor<1x7x7x32xf32>, vector<1x4x16xf32>)
// CHECK:           scf.for %{{.*}} = %c0 to %c3 step %c1 iter_args({{.*}}) -> (tensor<1x7x7x32xf32>, vector<1x4x16xf32>)
// CHECK-COUNT-80:    vector.fma {{.*}} : vector<16xf32>
// CHECK-NOT:         vector.fma
// CHECK:         scf.for %{{.*}} = %c0 to %c3 step %c1 iter_args({{.*}}) -> (tensor<1x7x7x32xf32>, vector<1x3x16xf32>)
// CHECK:           scf.for %{{.*}} = %c0 to %c3 step %c1 iter_args({{.*}}) -> (tensor<1x7x7x32xf32>, vector<1x3x16xf32>)
// CHECK-COUNT-60:    vector.fma {{.*}} : vector<16xf32>
// CHECK-NOT:     linalg.conv
func.func @direct(%x: tensor<1x9x9x20xf32>, %w: tensor<3x3x20x32xf32>, %acc: tensor<1x7x7x32xf32>) -> tensor<1x7x7x32xf32> {
  %y = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %w : tensor<1x9x9x20xf32>, tensor<3x3x20x32xf32>) outs(%acc : tensor<1x7x7x32xf32>) -> tensor<1x7x7x32xf32>
  return %y : tensor<1x7x7x32xf32>
}

// -----

// A 7x7 stem of stride 2 over 3 channels and a dynamic batch: 12 output
// columns are two tiles of 6, each of 6 x 3 FMAs per filter tap; 8
// filters make vectors of 8. The batch stays a loop.
// CHECK-LABEL: func.func @stem
// CHECK-NOT:     linalg.conv
// CHECK:         %[[N:.*]] = tensor.dim %arg0, %c0
// CHECK:         scf.for %{{.*}} = %c0 to %[[N]] step %c1
// CHECK:           scf.for %{{.*}} = %c0 to %c12 step %c1
// CHECK:             scf.for %{{.*}} = %c0 to %c12 step %c6
// CHECK:               scf.for %{{.*}} = %c0 to %c7 step %c1
// CHECK:                 scf.for %{{.*}} = %c0 to %c7 step %c1
// CHECK-COUNT-18:          vector.fma {{.*}} : vector<8xf32>
// CHECK-NOT:               vector.fma
// CHECK-NOT:     linalg.conv
func.func @stem(%x: tensor<?x29x29x3xf32>, %w: tensor<7x7x3x8xf32>, %acc: tensor<?x12x12x8xf32>) -> tensor<?x12x12x8xf32> {
  %y = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>}
      ins(%x, %w : tensor<?x29x29x3xf32>, tensor<7x7x3x8xf32>) outs(%acc : tensor<?x12x12x8xf32>) -> tensor<?x12x12x8xf32>
  return %y : tensor<?x12x12x8xf32>
}
