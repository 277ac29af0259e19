// RUN: prune-opt %s --split-input-file --prune-fill-pad-borders | FileCheck %s

// A convolution's zero-padded NHWC input: the source is copied into the
// interior, then the top and bottom rows (whole width) and the left and
// right columns of the interior rows are filled; nothing is filled twice.
// CHECK-LABEL: func.func @nhwc
// CHECK-SAME:      (%[[X:.*]]: tensor<2x4x5x3xf32>)
// CHECK-DAG:     %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK-NOT:     tensor.pad
// CHECK:         %[[E:.*]] = tensor.empty() : tensor<2x6x7x3xf32>
// CHECK:         %[[IN:.*]] = tensor.extract_slice %[[E]][0, 1, 1, 0] [2, 4, 5, 3] [1, 1, 1, 1]
// CHECK:         %[[C:.*]] = linalg.copy ins(%[[X]] : tensor<2x4x5x3xf32>) outs(%[[IN]] : tensor<2x4x5x3xf32>)
// CHECK:         %[[R0:.*]] = tensor.insert_slice %[[C]] into %[[E]][0, 1, 1, 0] [2, 4, 5, 3] [1, 1, 1, 1]
// CHECK:         %[[T:.*]] = tensor.extract_slice %[[R0]][0, 0, 0, 0] [2, 1, 7, 3] [1, 1, 1, 1]
// CHECK:         %[[TF:.*]] = linalg.fill ins(%[[ZERO]] : f32) outs(%[[T]] : tensor<2x1x7x3xf32>)
// CHECK:         %[[R1:.*]] = tensor.insert_slice %[[TF]] into %[[R0]][0, 0, 0, 0] [2, 1, 7, 3] [1, 1, 1, 1]
// CHECK:         %[[B:.*]] = tensor.extract_slice %[[R1]][0, 5, 0, 0] [2, 1, 7, 3] [1, 1, 1, 1]
// CHECK:         linalg.fill ins(%[[ZERO]] : f32) outs(%[[B]] : tensor<2x1x7x3xf32>)
// CHECK:         tensor.extract_slice %{{.*}}[0, 1, 0, 0] [2, 4, 1, 3] [1, 1, 1, 1]
// CHECK:         linalg.fill
// CHECK:         %[[R:.*]] = tensor.insert_slice %{{.*}}[0, 1, 6, 0] [2, 4, 1, 3] [1, 1, 1, 1]
// CHECK-NOT:     linalg.fill
// CHECK:         return %[[R]]
func.func @nhwc(%x: tensor<2x4x5x3xf32>) -> tensor<2x6x7x3xf32> {
  %zero = arith.constant 0.0 : f32
  %p = tensor.pad %x low[0, 1, 1, 0] high[0, 1, 1, 0] {
  ^bb0(%n: index, %h: index, %w: index, %c: index):
    tensor.yield %zero : f32
  } : tensor<2x4x5x3xf32> to tensor<2x6x7x3xf32>
  return %p : tensor<2x6x7x3xf32>
}

// -----

// Asymmetric padding of another value (a max pool's -inf): only the strips
// that exist are filled, with that value.
// CHECK-LABEL: func.func @asymmetric
// CHECK-DAG:     %[[NEG:.*]] = arith.constant 0xFF800000 : f32
// CHECK:         linalg.copy
// CHECK-SAME:      outs(%{{.*}} : tensor<1x4x4x8xf32>)
// CHECK:         tensor.extract_slice %{{.*}}[0, 4, 0, 0] [1, 2, 5, 8]
// CHECK:         linalg.fill ins(%[[NEG]] : f32) outs(%{{.*}} : tensor<1x2x5x8xf32>)
// CHECK:         tensor.extract_slice %{{.*}}[0, 0, 0, 0] [1, 4, 1, 8]
// CHECK:         linalg.fill ins(%[[NEG]] : f32) outs(%{{.*}} : tensor<1x4x1x8xf32>)
// CHECK-NOT:     linalg.fill
// CHECK:         return
func.func @asymmetric(%x: tensor<1x4x4x8xf32>) -> tensor<1x6x5x8xf32> {
  %ninf = arith.constant 0xFF800000 : f32
  %p = tensor.pad %x low[0, 0, 1, 0] high[0, 2, 0, 0] {
  ^bb0(%n: index, %h: index, %w: index, %c: index):
    tensor.yield %ninf : f32
  } : tensor<1x4x4x8xf32> to tensor<1x6x5x8xf32>
  return %p : tensor<1x6x5x8xf32>
}

// -----

// A dynamic batch, not padded: the copy and the strips take its size from
// the source.
// CHECK-LABEL: func.func @dynamic_batch
// CHECK-SAME:      (%[[X:.*]]: tensor<?x4x4x8xf32>)
// CHECK-NOT:     tensor.pad
// CHECK:         %[[N:.*]] = tensor.dim %[[X]], %{{.*}} : tensor<?x4x4x8xf32>
// CHECK:         %[[E:.*]] = tensor.empty(%[[N]]) : tensor<?x6x6x8xf32>
// CHECK:         %[[IN:.*]] = tensor.extract_slice %[[E]][0, 1, 1, 0] [%[[N]], 4, 4, 8] [1, 1, 1, 1]
// CHECK:         linalg.copy ins(%[[X]] : tensor<?x4x4x8xf32>) outs(%[[IN]] : tensor<?x4x4x8xf32>)
// CHECK:         tensor.extract_slice %{{.*}}[0, 0, 0, 0] [%[[N]], 1, 6, 8] [1, 1, 1, 1]
// CHECK-NEXT:    linalg.fill
// CHECK:         tensor.extract_slice %{{.*}}[0, 5, 0, 0] [%[[N]], 1, 6, 8] [1, 1, 1, 1]
// CHECK-NEXT:    linalg.fill
// CHECK:         tensor.extract_slice %{{.*}}[0, 1, 0, 0] [%[[N]], 4, 1, 8] [1, 1, 1, 1]
// CHECK-NEXT:    linalg.fill
// CHECK:         tensor.extract_slice %{{.*}}[0, 1, 5, 0] [%[[N]], 4, 1, 8] [1, 1, 1, 1]
// CHECK-NEXT:    linalg.fill
// CHECK-NOT:     linalg.fill
func.func @dynamic_batch(%x: tensor<?x4x4x8xf32>) -> tensor<?x6x6x8xf32> {
  %zero = arith.constant 0.0 : f32
  %p = tensor.pad %x low[0, 1, 1, 0] high[0, 1, 1, 0] {
  ^bb0(%n: index, %h: index, %w: index, %c: index):
    tensor.yield %zero : f32
  } : tensor<?x4x4x8xf32> to tensor<?x6x6x8xf32>
  return %p : tensor<?x6x6x8xf32>
}

// -----

// Left alone: a padded dynamic dimension, a padding value computed per
// position, a nofold pad and a negative one (a crop).
// CHECK-LABEL: func.func @dynamic
// CHECK:         tensor.pad
// CHECK-NOT:     linalg.copy
func.func @dynamic(%x: tensor<?x4x4x8xf32>) -> tensor<?x6x6x8xf32> {
  %zero = arith.constant 0.0 : f32
  %p = tensor.pad %x low[1, 1, 1, 0] high[0, 1, 1, 0] {
  ^bb0(%n: index, %h: index, %w: index, %c: index):
    tensor.yield %zero : f32
  } : tensor<?x4x4x8xf32> to tensor<?x6x6x8xf32>
  return %p : tensor<?x6x6x8xf32>
}

// CHECK-LABEL: func.func @computed_value
// CHECK:         tensor.pad
// CHECK-NOT:     linalg.copy
func.func @computed_value(%x: tensor<4x4xf32>) -> tensor<6x6xf32> {
  %p = tensor.pad %x low[1, 1] high[1, 1] {
  ^bb0(%i: index, %j: index):
    %s = arith.addi %i, %j : index
    %si = arith.index_cast %s : index to i32
    %v = arith.sitofp %si : i32 to f32
    tensor.yield %v : f32
  } : tensor<4x4xf32> to tensor<6x6xf32>
  return %p : tensor<6x6xf32>
}

// CHECK-LABEL: func.func @nofold
// CHECK:         tensor.pad
// CHECK-NOT:     linalg.copy
func.func @nofold(%x: tensor<4x4xf32>) -> tensor<6x6xf32> {
  %zero = arith.constant 0.0 : f32
  %p = tensor.pad %x nofold low[1, 1] high[1, 1] {
  ^bb0(%i: index, %j: index):
    tensor.yield %zero : f32
  } : tensor<4x4xf32> to tensor<6x6xf32>
  return %p : tensor<6x6xf32>
}

// CHECK-LABEL: func.func @negative
// CHECK:         tensor.pad
// CHECK-NOT:     linalg.copy
func.func @negative(%x: tensor<4x4xf32>) -> tensor<4x3xf32> {
  %zero = arith.constant 0.0 : f32
  %p = tensor.pad %x low[0, 0] high[0, -1] {
  ^bb0(%i: index, %j: index):
    tensor.yield %zero : f32
  } : tensor<4x4xf32> to tensor<4x3xf32>
  return %p : tensor<4x3xf32>
}
