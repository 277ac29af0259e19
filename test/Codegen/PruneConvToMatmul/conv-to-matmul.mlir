// prune-conv-to-matmul: a dense 2-D NHWC convolution becomes one strided
// slice copy per window position into a [1, OH, OW, KH, KW, C] tensor and
// one linalg.matmul of that, viewed as [OH * OW, KH * KW * C], with the
// filter as [KH * KW * C, F]; a batch of more than one image loops over the
// images with an scf.forall.
// RUN: prune-opt %s --split-input-file --pass-pipeline='builtin.module(func.func(prune-conv-to-matmul{max-direct-filter-bytes=0}))' | FileCheck %s

// A batch-1 FHWC convolution with a constant filter: nine window copies
// (strides 2 on the input, dilation 2 in the offsets), the filter a
// [F, KH*KW*C] constant read through a transpose.
// CHECK-LABEL: func.func @fhwc_strided_dilated
// CHECK-DAG:     %[[W:.*]] = arith.constant dense<{{.*}}> : tensor<4x18xf32>
// CHECK:         %[[WT:.*]] = linalg.transpose ins(%[[W]] : tensor<4x18xf32>) outs(%{{.*}} : tensor<18x4xf32>) permutation = [1, 0]
// CHECK:         %[[WIN:.*]] = tensor.empty() : tensor<1x3x3x3x3x2xf32>
// CHECK:         tensor.extract_slice %arg0[0, 0, 0, 0] [1, 3, 3, 2] [1, 2, 2, 1] : tensor<1x9x9x2xf32> to tensor<1x3x3x2xf32>
// CHECK:         linalg.copy
// CHECK:         tensor.extract_slice %arg0[0, 0, 2, 0] [1, 3, 3, 2] [1, 2, 2, 1]
// CHECK-COUNT-7: linalg.copy
// CHECK:         tensor.extract_slice %arg0[0, 4, 4, 0] [1, 3, 3, 2] [1, 2, 2, 1]
// CHECK:         linalg.copy
// CHECK-NOT:     linalg.copy
// CHECK:         %[[M:.*]] = tensor.collapse_shape %{{.*}} {{\[}}[0, 1, 2], [3, 4, 5]] : tensor<1x3x3x3x3x2xf32> into tensor<9x18xf32>
// CHECK:         %[[O:.*]] = tensor.collapse_shape %arg1 {{\[}}[0, 1, 2], [3]] : tensor<1x3x3x4xf32> into tensor<9x4xf32>
// CHECK:         %[[P:.*]] = linalg.matmul ins(%[[M]], %[[WT]] : tensor<9x18xf32>, tensor<18x4xf32>) outs(%[[O]] : tensor<9x4xf32>)
// CHECK:         tensor.expand_shape %[[P]] {{\[}}[0, 1, 2], [3]] output_shape [1, 3, 3, 4]
// CHECK-NOT:     linalg.conv_2d
func.func @fhwc_strided_dilated(%x: tensor<1x9x9x2xf32>, %y: tensor<1x3x3x4xf32>) -> tensor<1x3x3x4xf32> {
  %w = arith.constant dense<0.5> : tensor<4x3x3x2xf32>
  %r = linalg.conv_2d_nhwc_fhwc {dilations = dense<2> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>}
         ins(%x, %w : tensor<1x9x9x2xf32>, tensor<4x3x3x2xf32>) outs(%y : tensor<1x3x3x4xf32>) -> tensor<1x3x3x4xf32>
  return %r : tensor<1x3x3x4xf32>
}

// -----

// A dynamic batch loops over images; an HWCF filter (not a constant here)
// is already [KH*KW*C, F] once collapsed. A 1x1 window of stride 1 reads
// the image itself.
// CHECK-LABEL: func.func @hwcf_dynamic_batch
// CHECK:         %[[WM:.*]] = tensor.collapse_shape %arg1 {{\[}}[0, 1, 2], [3]] : tensor<1x1x8x16xf32> into tensor<8x16xf32>
// CHECK:         %[[N:.*]] = tensor.dim %arg2, %c0
// CHECK:         scf.forall (%[[I:.*]]) in (%[[N]]) shared_outs(%[[S:.*]] = %arg2) -> (tensor<?x5x5x16xf32>)
// CHECK:           %[[IMG:.*]] = tensor.extract_slice %arg0[%[[I]], 0, 0, 0] [1, 5, 5, 8] [1, 1, 1, 1]
// CHECK:           %[[OUT:.*]] = tensor.extract_slice %[[S]][%[[I]], 0, 0, 0] [1, 5, 5, 16] [1, 1, 1, 1]
// CHECK-NOT:       linalg.copy
// CHECK:           %[[X:.*]] = tensor.collapse_shape %[[IMG]] {{\[}}[0, 1, 2], [3]] : tensor<1x5x5x8xf32> into tensor<25x8xf32>
// CHECK:           %[[O:.*]] = tensor.collapse_shape %[[OUT]] {{\[}}[0, 1, 2], [3]] : tensor<1x5x5x16xf32> into tensor<25x16xf32>
// CHECK:           %[[P:.*]] = linalg.matmul ins(%[[X]], %[[WM]] : tensor<25x8xf32>, tensor<8x16xf32>) outs(%[[O]] : tensor<25x16xf32>)
// CHECK:           %[[E:.*]] = tensor.expand_shape %[[P]]
// CHECK:           scf.forall.in_parallel
// CHECK:             tensor.parallel_insert_slice %[[E]] into %[[S]][%[[I]], 0, 0, 0] [1, 5, 5, 16] [1, 1, 1, 1]
func.func @hwcf_dynamic_batch(%x: tensor<?x5x5x8xf32>, %w: tensor<1x1x8x16xf32>, %y: tensor<?x5x5x16xf32>) -> tensor<?x5x5x16xf32> {
  %r = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
         ins(%x, %w : tensor<?x5x5x8xf32>, tensor<1x1x8x16xf32>) outs(%y : tensor<?x5x5x16xf32>) -> tensor<?x5x5x16xf32>
  return %r : tensor<?x5x5x16xf32>
}

// -----

// Left alone: a sparse filter (prune-sparsify's, for the sparsifier), a
// quantized convolution, mixed element types, a dynamic spatial size, and
// a depthwise convolution.
#CSR4 = #sparse_tensor.encoding<{ map = (d0, d1, d2, d3) -> (d0 : dense, d1 : dense, d2 : dense, d3 : compressed) }>
// CHECK-LABEL: func.func @left_alone
// CHECK-NOT:     linalg.matmul
// CHECK:         linalg.conv_2d_nhwc_fhwc {{.*}} #sparse
// CHECK:         linalg.conv_2d_nhwc_fhwc_q
// CHECK:         linalg.conv_2d_nhwc_fhwc {{.*}} tensor<1x4x4x2xf16>
// CHECK:         linalg.conv_2d_nhwc_fhwc {{.*}} tensor<1x?x4x2xf32>
// CHECK:         linalg.depthwise_conv_2d_nhwc_hwc
// CHECK-NOT:     linalg.matmul
func.func @left_alone(%x: tensor<1x4x4x2xf32>, %ws: tensor<3x3x3x2xf32, #CSR4>, %y: tensor<1x2x2x3xf32>,
                      %xi: tensor<1x4x4x2xi8>, %wi: tensor<3x3x3x2xi8>, %yi: tensor<1x2x2x3xi32>,
                      %xh: tensor<1x4x4x2xf16>, %w: tensor<3x3x3x2xf32>,
                      %xd: tensor<1x?x4x2xf32>, %yd: tensor<1x?x2x3xf32>,
                      %wd: tensor<3x3x2xf32>, %ydw: tensor<1x2x2x2xf32>)
    -> (tensor<1x2x2x3xf32>, tensor<1x2x2x3xi32>, tensor<1x2x2x3xf32>, tensor<1x?x2x3xf32>, tensor<1x2x2x2xf32>) {
  %c0 = arith.constant 0 : i32
  %s = linalg.conv_2d_nhwc_fhwc {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
         ins(%x, %ws : tensor<1x4x4x2xf32>, tensor<3x3x3x2xf32, #CSR4>) outs(%y : tensor<1x2x2x3xf32>) -> tensor<1x2x2x3xf32>
  %q = linalg.conv_2d_nhwc_fhwc_q {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
         ins(%xi, %wi, %c0, %c0 : tensor<1x4x4x2xi8>, tensor<3x3x3x2xi8>, i32, i32) outs(%yi : tensor<1x2x2x3xi32>) -> tensor<1x2x2x3xi32>
  %h = linalg.conv_2d_nhwc_fhwc {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
         ins(%xh, %w : tensor<1x4x4x2xf16>, tensor<3x3x3x2xf32>) outs(%y : tensor<1x2x2x3xf32>) -> tensor<1x2x2x3xf32>
  %d = linalg.conv_2d_nhwc_fhwc {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
         ins(%xd, %w : tensor<1x?x4x2xf32>, tensor<3x3x3x2xf32>) outs(%yd : tensor<1x?x2x3xf32>) -> tensor<1x?x2x3xf32>
  %dw = linalg.depthwise_conv_2d_nhwc_hwc {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
         ins(%x, %wd : tensor<1x4x4x2xf32>, tensor<3x3x2xf32>) outs(%ydw : tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32>
  return %s, %q, %h, %d, %dw : tensor<1x2x2x3xf32>, tensor<1x2x2x3xi32>, tensor<1x2x2x3xf32>, tensor<1x?x2x3xf32>, tensor<1x2x2x2xf32>
}
