// RUN: prune-opt %s --split-input-file --prune-prepare-depthwise | FileCheck %s

// The TOSA lowering's depthwise convolution (multiplier 1, zero-filled
// accumulator, bias added after): one multiplier-free convolution
// accumulating into the broadcast bias, all 4-D.
// CHECK-LABEL: func.func @tosa_lowering
// CHECK-SAME:    (%[[X:.*]]: tensor<2x10x10x4xf32>, %[[W:.*]]: tensor<3x3x4x1xf32>, %[[B:.*]]: tensor<4xf32>)
// CHECK:         %[[WC:.*]] = tensor.collapse_shape %[[W]] {{\[\[}}0], [1], [2, 3]] : tensor<3x3x4x1xf32> into tensor<3x3x4xf32>
// CHECK:         %[[ACC:.*]] = linalg.generic {{.*}} ins(%[[B]] : tensor<4xf32>) outs(%{{.*}} : tensor<2x8x8x4xf32>)
// CHECK-NEXT:    ^bb0(%[[IN:.*]]: f32, %{{.*}}: f32):
// CHECK-NEXT:      linalg.yield %[[IN]] : f32
// CHECK:         %[[Y:.*]] = linalg.depthwise_conv_2d_nhwc_hwc {{.*}} ins(%[[X]], %[[WC]] : tensor<2x10x10x4xf32>, tensor<3x3x4xf32>) outs(%[[ACC]] : tensor<2x8x8x4xf32>)
// CHECK-NOT:     linalg.fill
// CHECK-NOT:     arith.addf
// CHECK:         return %[[Y]] : tensor<2x8x8x4xf32>
func.func @tosa_lowering(%x: tensor<2x10x10x4xf32>, %w: tensor<3x3x4x1xf32>, %b: tensor<4xf32>) -> tensor<2x8x8x4xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<2x8x8x4x1xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%e : tensor<2x8x8x4x1xf32>) -> tensor<2x8x8x4x1xf32>
  %c = linalg.depthwise_conv_2d_nhwc_hwcm {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %w : tensor<2x10x10x4xf32>, tensor<3x3x4x1xf32>) outs(%acc : tensor<2x8x8x4x1xf32>) -> tensor<2x8x8x4x1xf32>
  %bias = tensor.expand_shape %b [[0, 1]] output_shape [4, 1] : tensor<4xf32> into tensor<4x1xf32>
  %e2 = tensor.empty() : tensor<2x8x8x4x1xf32>
  %sum = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]}
      ins(%bias, %c : tensor<4x1xf32>, tensor<2x8x8x4x1xf32>) outs(%e2 : tensor<2x8x8x4x1xf32>) {
  ^bb0(%in: f32, %in_1: f32, %out: f32):
    %s = arith.addf %in, %in_1 : f32
    linalg.yield %s : f32
  } -> tensor<2x8x8x4x1xf32>
  %y = tensor.collapse_shape %sum [[0], [1], [2], [3, 4]] : tensor<2x8x8x4x1xf32> into tensor<2x8x8x4xf32>
  return %y : tensor<2x8x8x4xf32>
}

// -----

// Without a bias add the convolution still loses its multiplier; its zero
// fill is made 4-D with it.
// CHECK-LABEL: func.func @no_bias
// CHECK:         %[[F:.*]] = linalg.fill ins(%{{.*}} : f32) outs(%{{.*}} : tensor<1x6x6x8xf32>)
// CHECK:         %[[Y:.*]] = linalg.depthwise_conv_2d_nhwc_hwc {{.*}} outs(%[[F]] : tensor<1x6x6x8xf32>)
// CHECK:         tensor.expand_shape %[[Y]] {{\[\[}}0], [1], [2], [3, 4]]
func.func @no_bias(%x: tensor<1x8x8x8xf32>, %w: tensor<3x3x8x1xf32>) -> tensor<1x6x6x8x1xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x6x6x8x1xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%e : tensor<1x6x6x8x1xf32>) -> tensor<1x6x6x8x1xf32>
  %c = linalg.depthwise_conv_2d_nhwc_hwcm {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %w : tensor<1x8x8x8xf32>, tensor<3x3x8x1xf32>) outs(%acc : tensor<1x6x6x8x1xf32>) -> tensor<1x6x6x8x1xf32>
  return %c : tensor<1x6x6x8x1xf32>
}

// -----

// Left alone: a channel multiplier of 2 (upstream has no multiplier-free
// form for it).
// CHECK-LABEL: func.func @multiplier_two
// CHECK:         linalg.depthwise_conv_2d_nhwc_hwcm
// CHECK-NOT:     linalg.depthwise_conv_2d_nhwc_hwc {
func.func @multiplier_two(%x: tensor<1x8x8x4xf32>, %w: tensor<3x3x4x2xf32>, %acc: tensor<1x6x6x4x2xf32>) -> tensor<1x6x6x4x2xf32> {
  %c = linalg.depthwise_conv_2d_nhwc_hwcm {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %w : tensor<1x8x8x4xf32>, tensor<3x3x4x2xf32>) outs(%acc : tensor<1x6x6x4x2xf32>) -> tensor<1x6x6x4x2xf32>
  return %c : tensor<1x6x6x4x2xf32>
}

// -----

// The add stays where the accumulator is not a zero fill (the sum would
// count the accumulator's values twice otherwise) and where the
// convolution's result has another use.
// CHECK-LABEL: func.func @add_kept
// CHECK:         linalg.add
// CHECK:         arith.addf
// CHECK:         return
func.func @add_kept(%x: tensor<1x8x8x4xf32>, %w: tensor<3x3x4xf32>, %b: tensor<1x6x6x4xf32>, %init: tensor<1x6x6x4xf32>) -> (tensor<1x6x6x4xf32>, tensor<1x6x6x4xf32>, tensor<1x6x6x4xf32>) {
  %c = linalg.depthwise_conv_2d_nhwc_hwc {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %w : tensor<1x8x8x4xf32>, tensor<3x3x4xf32>) outs(%init : tensor<1x6x6x4xf32>) -> tensor<1x6x6x4xf32>
  %s = linalg.add ins(%c, %b : tensor<1x6x6x4xf32>, tensor<1x6x6x4xf32>) outs(%init : tensor<1x6x6x4xf32>) -> tensor<1x6x6x4xf32>
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x6x6x4xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x6x6x4xf32>) -> tensor<1x6x6x4xf32>
  %c2 = linalg.depthwise_conv_2d_nhwc_hwc {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %w : tensor<1x8x8x4xf32>, tensor<3x3x4xf32>) outs(%f : tensor<1x6x6x4xf32>) -> tensor<1x6x6x4xf32>
  %s2 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%c2, %b : tensor<1x6x6x4xf32>, tensor<1x6x6x4xf32>) outs(%e : tensor<1x6x6x4xf32>) {
  ^bb0(%in: f32, %in_1: f32, %out: f32):
    %a = arith.addf %in, %in_1 : f32
    linalg.yield %a : f32
  } -> tensor<1x6x6x4xf32>
  return %s, %s2, %c2 : tensor<1x6x6x4xf32>, tensor<1x6x6x4xf32>, tensor<1x6x6x4xf32>
}

// -----

// A zero-padded input: the interior (rows and columns 1..6 of 8) reads the
// input itself; four strips read padded slices of it (rows 0 and 7 across
// the width, columns 0 and 7 between them). No padded copy of the whole
// input is left.
// CHECK-LABEL: func.func @padded
// CHECK-SAME:    (%[[X:.*]]: tensor<1x8x8x16xf32>, %[[W:.*]]: tensor<3x3x16xf32>, %[[ACC:.*]]: tensor<1x8x8x16xf32>)
// CHECK-NOT:     tensor.pad %[[X]]
// CHECK:         %[[INTERIOR:.*]] = tensor.extract_slice %[[ACC]][0, 1, 1, 0] [1, 6, 6, 16]
// CHECK:         %[[C:.*]] = linalg.depthwise_conv_2d_nhwc_hwc {{.*}} ins(%[[X]], %[[W]] : tensor<1x8x8x16xf32>, tensor<3x3x16xf32>) outs(%[[INTERIOR]] : tensor<1x6x6x16xf32>)
// CHECK:         tensor.insert_slice %[[C]] into %[[ACC]][0, 1, 1, 0] [1, 6, 6, 16]
// CHECK:         %[[TOP:.*]] = tensor.extract_slice %[[X]][0, 0, 0, 0] [1, 2, 8, 16]
// CHECK:         tensor.pad %[[TOP]] low[0, 1, 1, 0] high[0, 0, 1, 0]
// CHECK:         linalg.depthwise_conv_2d_nhwc_hwc {{.*}} -> tensor<1x1x8x16xf32>
// CHECK:         %[[BOTTOM:.*]] = tensor.extract_slice %[[X]][0, 6, 0, 0] [1, 2, 8, 16]
// CHECK:         tensor.pad %[[BOTTOM]] low[0, 0, 1, 0] high[0, 1, 1, 0]
// CHECK:         linalg.depthwise_conv_2d_nhwc_hwc {{.*}} -> tensor<1x1x8x16xf32>
// CHECK:         %[[LEFT:.*]] = tensor.extract_slice %[[X]][0, 0, 0, 0] [1, 8, 2, 16]
// CHECK:         tensor.pad %[[LEFT]] low[0, 0, 1, 0] high[0, 0, 0, 0]
// CHECK:         linalg.depthwise_conv_2d_nhwc_hwc {{.*}} -> tensor<1x6x1x16xf32>
// CHECK:         %[[RIGHT:.*]] = tensor.extract_slice %[[X]][0, 0, 6, 0] [1, 8, 2, 16]
// CHECK:         tensor.pad %[[RIGHT]] low[0, 0, 0, 0] high[0, 0, 1, 0]
// CHECK:         linalg.depthwise_conv_2d_nhwc_hwc {{.*}} -> tensor<1x6x1x16xf32>
func.func @padded(%x: tensor<1x8x8x16xf32>, %w: tensor<3x3x16xf32>, %acc: tensor<1x8x8x16xf32>) -> tensor<1x8x8x16xf32> {
  %zero = arith.constant 0.0 : f32
  %p = tensor.pad %x low[0, 1, 1, 0] high[0, 1, 1, 0] {
  ^bb0(%a: index, %b: index, %c: index, %d: index):
    tensor.yield %zero : f32
  } : tensor<1x8x8x16xf32> to tensor<1x10x10x16xf32>
  %y = linalg.depthwise_conv_2d_nhwc_hwc {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%p, %w : tensor<1x10x10x16xf32>, tensor<3x3x16xf32>) outs(%acc : tensor<1x8x8x16xf32>) -> tensor<1x8x8x16xf32>
  return %y : tensor<1x8x8x16xf32>
}

// -----

// Left alone: padding with a value other than zero, and an input so small
// that every output reads padding (no interior).
// CHECK-LABEL: func.func @not_peeled
// CHECK-COUNT-2: tensor.pad %{{.*}} low[0, 1, 1, 0] high[0, 1, 1, 0]
// CHECK-NOT:     tensor.extract_slice
func.func @not_peeled(%x: tensor<1x8x8x16xf32>, %small: tensor<1x1x1x16xf32>, %w: tensor<3x3x16xf32>, %acc: tensor<1x8x8x16xf32>, %acc1: tensor<1x1x1x16xf32>) -> (tensor<1x8x8x16xf32>, tensor<1x1x1x16xf32>) {
  %one = arith.constant 1.0 : f32
  %zero = arith.constant 0.0 : f32
  %p = tensor.pad %x low[0, 1, 1, 0] high[0, 1, 1, 0] {
  ^bb0(%a: index, %b: index, %c: index, %d: index):
    tensor.yield %one : f32
  } : tensor<1x8x8x16xf32> to tensor<1x10x10x16xf32>
  %y = linalg.depthwise_conv_2d_nhwc_hwc {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%p, %w : tensor<1x10x10x16xf32>, tensor<3x3x16xf32>) outs(%acc : tensor<1x8x8x16xf32>) -> tensor<1x8x8x16xf32>
  %q = tensor.pad %small low[0, 1, 1, 0] high[0, 1, 1, 0] {
  ^bb0(%a: index, %b: index, %c: index, %d: index):
    tensor.yield %zero : f32
  } : tensor<1x1x1x16xf32> to tensor<1x3x3x16xf32>
  %z = linalg.depthwise_conv_2d_nhwc_hwc {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%q, %w : tensor<1x3x3x16xf32>, tensor<3x3x16xf32>) outs(%acc1 : tensor<1x1x1x16xf32>) -> tensor<1x1x1x16xf32>
  return %y, %z : tensor<1x8x8x16xf32>, tensor<1x1x1x16xf32>
}

// -----

// Other slices of padded tensors (prune-conv-to-matmul's window gathers)
// stay slices of the whole padded tensor, also beside a peeled convolution
// of the same padded input.
// CHECK-LABEL: func.func @other_slices
// CHECK:         %[[P:.*]] = tensor.pad %{{.*}} low[0, 1, 1, 0] high[0, 1, 1, 0]
// CHECK:         %[[WINDOW:.*]] = tensor.extract_slice %[[P]][0, 2, 2, 0] [1, 8, 8, 16]
// CHECK:         linalg.copy ins(%[[WINDOW]] : tensor<1x8x8x16xf32>)
func.func @other_slices(%x: tensor<1x8x8x16xf32>, %w: tensor<3x3x16xf32>, %acc: tensor<1x8x8x16xf32>) -> (tensor<1x8x8x16xf32>, tensor<1x8x8x16xf32>) {
  %zero = arith.constant 0.0 : f32
  %p = tensor.pad %x low[0, 1, 1, 0] high[0, 1, 1, 0] {
  ^bb0(%a: index, %b: index, %c: index, %d: index):
    tensor.yield %zero : f32
  } : tensor<1x8x8x16xf32> to tensor<1x10x10x16xf32>
  %window = tensor.extract_slice %p[0, 2, 2, 0] [1, 8, 8, 16] [1, 1, 1, 1] : tensor<1x10x10x16xf32> to tensor<1x8x8x16xf32>
  %e = tensor.empty() : tensor<1x8x8x16xf32>
  %copy = linalg.copy ins(%window : tensor<1x8x8x16xf32>) outs(%e : tensor<1x8x8x16xf32>) -> tensor<1x8x8x16xf32>
  %y = linalg.depthwise_conv_2d_nhwc_hwc {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%p, %w : tensor<1x10x10x16xf32>, tensor<3x3x16xf32>) outs(%acc : tensor<1x8x8x16xf32>) -> tensor<1x8x8x16xf32>
  return %copy, %y : tensor<1x8x8x16xf32>, tensor<1x8x8x16xf32>
}

// -----

// A peeled convolution whose accumulator is the bias broadcast and whose
// only user is a ReLU: every piece broadcasts the bias into its own slice
// and applies the ReLU to its own result, and the activated pieces are
// assembled in an empty tensor. Neither the broadcast nor the ReLU is left
// over the whole output, which would be a pass over it each.
#bcast = affine_map<(n, h, w, c) -> (c)>
#id = affine_map<(n, h, w, c) -> (n, h, w, c)>
// CHECK-LABEL: func.func @padded_bias_relu
// CHECK-SAME:    (%[[X:.*]]: tensor<1x8x8x16xf32>, %[[W:.*]]: tensor<3x3x16xf32>, %[[B:.*]]: tensor<16xf32>)
// CHECK-NOT:     outs({{.*}} : tensor<1x8x8x16xf32>)
// CHECK:         %[[BIAS:.*]] = linalg.generic {{.*}} ins(%[[B]] : tensor<16xf32>) outs(%{{.*}} : tensor<1x6x6x16xf32>)
// CHECK:         %[[C:.*]] = linalg.depthwise_conv_2d_nhwc_hwc {{.*}} ins(%[[X]], %[[W]] : {{.*}}) outs(%[[BIAS]] : tensor<1x6x6x16xf32>)
// CHECK:         %[[RELU:.*]] = linalg.generic {{.*}} ins(%[[C]] : tensor<1x6x6x16xf32>) outs(%{{.*}} : tensor<1x6x6x16xf32>)
// CHECK:           arith.maximumf
// CHECK:         tensor.insert_slice %[[RELU]] into %{{.*}}[0, 1, 1, 0] [1, 6, 6, 16]
// CHECK-COUNT-4: linalg.generic {{.*}} ins(%[[B]] : tensor<16xf32>)
// CHECK-NOT:     outs({{.*}} : tensor<1x8x8x16xf32>)
// CHECK:         return
func.func @padded_bias_relu(%x: tensor<1x8x8x16xf32>, %w: tensor<3x3x16xf32>, %bias: tensor<16xf32>) -> tensor<1x8x8x16xf32> {
  %zero = arith.constant 0.0 : f32
  %p = tensor.pad %x low[0, 1, 1, 0] high[0, 1, 1, 0] {
  ^bb0(%a: index, %b: index, %c: index, %d: index):
    tensor.yield %zero : f32
  } : tensor<1x8x8x16xf32> to tensor<1x10x10x16xf32>
  %e = tensor.empty() : tensor<1x8x8x16xf32>
  %acc = linalg.generic {indexing_maps = [#bcast, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%bias : tensor<16xf32>) outs(%e : tensor<1x8x8x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  } -> tensor<1x8x8x16xf32>
  %y = linalg.depthwise_conv_2d_nhwc_hwc {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%p, %w : tensor<1x10x10x16xf32>, tensor<3x3x16xf32>) outs(%acc : tensor<1x8x8x16xf32>) -> tensor<1x8x8x16xf32>
  %e2 = tensor.empty() : tensor<1x8x8x16xf32>
  %r = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%y : tensor<1x8x8x16xf32>) outs(%e2 : tensor<1x8x8x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.maximumf %in, %zero : f32
    linalg.yield %m : f32
  } -> tensor<1x8x8x16xf32>
  return %r : tensor<1x8x8x16xf32>
}

// -----

// The convolution's result is also returned: the ReLU stays one op over
// the assembled pieces (the bias is still broadcast per piece).
#bcast = affine_map<(n, h, w, c) -> (c)>
#id = affine_map<(n, h, w, c) -> (n, h, w, c)>
// CHECK-LABEL: func.func @relu_not_only_user
// CHECK-COUNT-5: linalg.depthwise_conv_2d_nhwc_hwc
// CHECK:         %[[Y:.*]] = tensor.insert_slice
// CHECK:         %[[R:.*]] = linalg.generic {{.*}} ins(%[[Y]] : tensor<1x8x8x16xf32>) outs(%{{.*}} : tensor<1x8x8x16xf32>)
// CHECK:         return %[[Y]], %[[R]]
func.func @relu_not_only_user(%x: tensor<1x8x8x16xf32>, %w: tensor<3x3x16xf32>, %bias: tensor<16xf32>) -> (tensor<1x8x8x16xf32>, tensor<1x8x8x16xf32>) {
  %zero = arith.constant 0.0 : f32
  %p = tensor.pad %x low[0, 1, 1, 0] high[0, 1, 1, 0] {
  ^bb0(%a: index, %b: index, %c: index, %d: index):
    tensor.yield %zero : f32
  } : tensor<1x8x8x16xf32> to tensor<1x10x10x16xf32>
  %e = tensor.empty() : tensor<1x8x8x16xf32>
  %acc = linalg.generic {indexing_maps = [#bcast, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%bias : tensor<16xf32>) outs(%e : tensor<1x8x8x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  } -> tensor<1x8x8x16xf32>
  %y = linalg.depthwise_conv_2d_nhwc_hwc {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%p, %w : tensor<1x10x10x16xf32>, tensor<3x3x16xf32>) outs(%acc : tensor<1x8x8x16xf32>) -> tensor<1x8x8x16xf32>
  %e2 = tensor.empty() : tensor<1x8x8x16xf32>
  %r = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%y : tensor<1x8x8x16xf32>) outs(%e2 : tensor<1x8x8x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.maximumf %in, %zero : f32
    linalg.yield %m : f32
  } -> tensor<1x8x8x16xf32>
  return %y, %r : tensor<1x8x8x16xf32>, tensor<1x8x8x16xf32>
}
