// RUN: prune-opt %s --split-input-file --prune-vectorize-dense | FileCheck %s

// A transpose of 32-bit elements is tiled 16 x 16 (16 rows of the input
// and of the output per tile), and each tile's vector.transpose becomes
// register shuffles, not one single-element load per output element.
// CHECK-LABEL: func.func @transpose
// CHECK:         scf.for %{{.*}} = %c0 to %c48 step %c16
// CHECK:           scf.for %{{.*}} = %c0 to %c32 step %c16
// CHECK-COUNT-16:    vector.transfer_read %{{.*}} : tensor<32x48xf32>, vector<16xf32>
// CHECK-COUNT-64:    vector.shuffle
// CHECK-COUNT-16:    vector.transfer_write %{{.*}} : vector<16xf32>, tensor<48x32xf32>
// CHECK-NOT:     vector.transpose
// CHECK-NOT:     vector<1xf32>
func.func @transpose(%x: tensor<32x48xf32>) -> tensor<48x32xf32> {
  %e = tensor.empty() : tensor<48x32xf32>
  %t = linalg.transpose ins(%x : tensor<32x48xf32>) outs(%e : tensor<48x32xf32>) permutation = [1, 0]
  return %t : tensor<48x32xf32>
}

// -----

// prune-sparse-batch-inner's transpose of a batch of activations, [1, B, K]
// to [K, 1, B]: the same tiles, the unit dimension aside.
// CHECK-LABEL: func.func @batch_inner
// CHECK-COUNT-16:    vector.transfer_read %{{.*}} : tensor<1x64x32xf32>, vector<16xf32>
// CHECK-COUNT-64:    vector.shuffle
// CHECK-COUNT-16:    vector.transfer_write %{{.*}} : vector<16xf32>, tensor<32x1x64xf32>
// CHECK-NOT:     vector<1xf32>
func.func @batch_inner(%x: tensor<1x64x32xf32>) -> tensor<32x1x64xf32> {
  %e = tensor.empty() : tensor<32x1x64xf32>
  %t = linalg.transpose ins(%x : tensor<1x64x32xf32>) outs(%e : tensor<32x1x64xf32>) permutation = [2, 0, 1]
  return %t : tensor<32x1x64xf32>
}

// -----

// A transpose that keeps the innermost dimension copies 16-element pieces
// of rows; 64-bit elements keep the per-element form (the shuffle lowering
// is for 16 x 16 of 32-bit elements).
// CHECK-LABEL: func.func @outer_only
// CHECK-NOT:     vector.shuffle
// CHECK:         tensor.extract_slice %{{.*}} : tensor<4x8x32xf32> to tensor<1x1x16xf32>
// CHECK-LABEL: func.func @wide_elements
// CHECK-NOT:     vector.shuffle
// CHECK:         vector.transfer_read %{{.*}} : tensor<32x48xf64>, vector<1xf64>
func.func @outer_only(%x: tensor<4x8x32xf32>) -> tensor<8x4x32xf32> {
  %e = tensor.empty() : tensor<8x4x32xf32>
  %t = linalg.transpose ins(%x : tensor<4x8x32xf32>) outs(%e : tensor<8x4x32xf32>) permutation = [1, 0, 2]
  return %t : tensor<8x4x32xf32>
}
func.func @wide_elements(%x: tensor<32x48xf64>) -> tensor<48x32xf64> {
  %e = tensor.empty() : tensor<48x32xf64>
  %t = linalg.transpose ins(%x : tensor<32x48xf64>) outs(%e : tensor<48x32xf64>) permutation = [1, 0]
  return %t : tensor<48x32xf64>
}
