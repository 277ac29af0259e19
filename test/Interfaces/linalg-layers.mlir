// What PrunableLayerOpInterface says about linalg layers (external models
// in lib/Interfaces/LinalgModels.cpp): everything comes from the indexing
// maps, for named ops and generics alike. A reduction loop that the data
// input indexes directly is an input channel; one inside `oh + kh` is a
// window position. Pooling ops and generics that do not multiply and
// accumulate are no layers.

// RUN: prune-opt %s --split-input-file --test-prune-layer-interface \
// RUN:   -o /dev/null 2>&1 | FileCheck %s

// CHECK: remark: candidates [0, 1], weight #1, data #0, output dims [1] window dims [] channel dims [0], neuron axis 1, features in #0 axis 1 out axis 1, 24 MACs
func.func @matmul(%x: tensor<2x3xf32>, %init: tensor<2x4xf32>) -> tensor<2x4xf32> {
  %w = arith.constant dense<1.0> : tensor<3x4xf32>
  %y = linalg.matmul ins(%x, %w : tensor<2x3xf32>, tensor<3x4xf32>) outs(%init : tensor<2x4xf32>) -> tensor<2x4xf32>
  return %y : tensor<2x4xf32>
}

// -----

// A batch of one: the unit batch loop is no output dimension.
// CHECK: remark: candidates [0, 1], weight #1, data #0, output dims [0, 2] window dims [] channel dims [1], neuron axis 2, features in #0 axis 2 out axis 2, 24 MACs
func.func @batch_matmul(%x: tensor<1x2x3xf32>, %init: tensor<1x2x4xf32>) -> tensor<1x2x4xf32> {
  %w = arith.constant dense<1.0> : tensor<1x3x4xf32>
  %y = linalg.batch_matmul ins(%x, %w : tensor<1x2x3xf32>, tensor<1x3x4xf32>) outs(%init : tensor<1x2x4xf32>) -> tensor<1x2x4xf32>
  return %y : tensor<1x2x4xf32>
}

// -----

// CHECK: remark: candidates [0, 1], weight #0, data #1, output dims [0] window dims [] channel dims [1], neuron axis 0, features in #1 axis 0 out axis 0, 12 MACs
func.func @matvec(%x: tensor<3xf32>, %init: tensor<4xf32>) -> tensor<4xf32> {
  %w = arith.constant dense<1.0> : tensor<4x3xf32>
  %y = linalg.matvec ins(%w, %x : tensor<4x3xf32>, tensor<3xf32>) outs(%init : tensor<4xf32>) -> tensor<4xf32>
  return %y : tensor<4xf32>
}

// -----

// CHECK: remark: candidates [0, 1], weight #1, data #0, output dims [3] window dims [0, 1] channel dims [2], neuron axis 3, features in #0 axis 3 out axis 3 im2col [3, 3, 1, 1, 0, 0, 0, 0, 1, 1], 2592 MACs
func.func @conv_nhwc_hwcf(%x: tensor<1x8x8x2xf32>, %init: tensor<1x6x6x4xf32>) -> tensor<1x6x6x4xf32> {
  %w = arith.constant dense<1.0> : tensor<3x3x2x4xf32>
  %y = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%x, %w : tensor<1x8x8x2xf32>, tensor<3x3x2x4xf32>) outs(%init : tensor<1x6x6x4xf32>) -> tensor<1x6x6x4xf32>
  return %y : tensor<1x6x6x4xf32>
}

// -----

// NCHW: the channel axis is 1; calibration does not observe it yet.
// CHECK: remark: candidates [0, 1], weight #1, data #0, output dims [0] window dims [2, 3] channel dims [1], neuron axis 1, no features: only 2-D NHWC convolutions {{.*}}, 2592 MACs
func.func @conv_nchw_fchw(%x: tensor<1x2x8x8xf32>, %init: tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32> {
  %w = arith.constant dense<1.0> : tensor<4x2x3x3xf32>
  %y = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%x, %w : tensor<1x2x8x8xf32>, tensor<4x2x3x3xf32>) outs(%init : tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  return %y : tensor<1x4x6x6xf32>
}

// -----

// A contraction written as a generic with the weight first, transposed.
// CHECK: remark: candidates [0, 1], weight #0, data #1, output dims [0] window dims [] channel dims [1], neuron axis 1, features in #1 axis 1 out axis 1, 24 MACs
#wmap = affine_map<(m, n, k) -> (n, k)>
#xmap = affine_map<(m, n, k) -> (m, k)>
#ymap = affine_map<(m, n, k) -> (m, n)>
func.func @generic_contraction(%x: tensor<2x3xf32>, %init: tensor<2x4xf32>) -> tensor<2x4xf32> {
  %w = arith.constant dense<1.0> : tensor<4x3xf32>
  %y = linalg.generic {indexing_maps = [#wmap, #xmap, #ymap], iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%w, %x : tensor<4x3xf32>, tensor<2x3xf32>) outs(%init : tensor<2x4xf32>) {
  ^bb0(%a: f32, %b: f32, %c: f32):
    %p = arith.mulf %a, %b : f32
    %s = arith.addf %c, %p : f32
    linalg.yield %s : f32
  } -> tensor<2x4xf32>
  return %y : tensor<2x4xf32>
}

// -----

// Not layers: a reduction that does not multiply and accumulate (distances
// to constant centroids), and pooling, whose window only carries a shape.
// CHECK-NOT: remark
#cmap = affine_map<(m, n, k) -> (n, k)>
#pmap = affine_map<(m, n, k) -> (m, k)>
#omap = affine_map<(m, n, k) -> (m, n)>
func.func @not_layers(%x: tensor<2x3xf32>, %init: tensor<2x4xf32>, %img: tensor<1x4x4x2xf32>, %pinit: tensor<1x2x2x2xf32>) -> (tensor<2x4xf32>, tensor<1x2x2x2xf32>) {
  %c = arith.constant dense<1.0> : tensor<4x3xf32>
  %d = linalg.generic {indexing_maps = [#cmap, #pmap, #omap], iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%c, %x : tensor<4x3xf32>, tensor<2x3xf32>) outs(%init : tensor<2x4xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %diff = arith.subf %a, %b : f32
    %sq = arith.mulf %diff, %diff : f32
    %s = arith.maximumf %acc, %sq : f32
    linalg.yield %s : f32
  } -> tensor<2x4xf32>
  %window = arith.constant dense<0.0> : tensor<2x2xf32>
  %p = linalg.pooling_nhwc_sum {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%img, %window : tensor<1x4x4x2xf32>, tensor<2x2xf32>) outs(%pinit : tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32>
  return %d, %p : tensor<2x4xf32>, tensor<1x2x2x2xf32>
}
