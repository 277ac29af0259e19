// prune-sparsify{format=bsr}: block-pruned weights become block sparse rows,
// with the block size read off the zero pattern; weights without a block
// pattern stay dense.
// RUN: prune-opt %s --split-input-file --prune-sparsify="format=bsr" \
// RUN:   --remarks-filter=prune-sparsify -verify-diagnostics | FileCheck %s

// CHECK-DAG: #[[BSR:.*]] = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 floordiv 2 : dense, d1 floordiv 2 : compressed, d0 mod 2 : dense, d1 mod 2 : dense), posWidth = 8, crdWidth = 8 }>
// CHECK-LABEL: func.func @blocks
// CHECK-DAG: %[[POS:.*]] = arith.constant dense<[0, 1, 2]> : tensor<3xi8>
// CHECK-DAG: %[[CRD:.*]] = arith.constant dense<[0, 1]> : tensor<2xi8>
// CHECK-DAG: %[[VAL:.*]] = arith.constant dense<[1.000000e+00, 2.000000e+00, 3.000000e+00, 4.000000e+00, 5.000000e+00, 6.000000e+00, 7.000000e+00, 8.000000e+00]> : tensor<8xf32>
// CHECK: %[[S:.*]] = sparse_tensor.assemble (%[[POS]], %[[CRD]]), %[[VAL]] {{.*}} to tensor<4x4xf32, #[[BSR]]>
// CHECK: linalg.generic
// CHECK-SAME: ins(%[[S]], %{{.*}} : tensor<4x4xf32, #[[BSR]]>, tensor<4x2xf32>)
// CHECK-NOT: linalg.matmul
func.func @blocks(%x: tensor<4x2xf32>) -> tensor<4x2xf32> {
  %w = arith.constant dense<[[1.0, 2.0, 0.0, 0.0], [3.0, 4.0, 0.0, 0.0],
                             [0.0, 0.0, 5.0, 6.0], [0.0, 0.0, 7.0, 8.0]]> : tensor<4x4xf32>
  %init = arith.constant dense<0.0> : tensor<4x2xf32>
  // expected-remark @below {{layer 'blocks#0' -> bsr:2x2, 64 -> 37 bytes (pos i8, crd i8): format=bsr requested (50.0% sparse)}}
  %y = linalg.matmul ins(%w, %x : tensor<4x4xf32>, tensor<4x2xf32>)
                     outs(%init : tensor<4x2xf32>) -> tensor<4x2xf32>
  return %y : tensor<4x2xf32>
}

// -----

// Negative: scattered nonzeros have no block pattern.
// CHECK-LABEL: func.func @scattered
// CHECK: linalg.matmul
// CHECK-NOT: sparse_tensor
func.func @scattered(%x: tensor<4x2xf32>) -> tensor<4x2xf32> {
  %w = arith.constant dense<[[1.0, 0.0, 0.0, 0.0], [0.0, 0.0, 2.0, 0.0],
                             [0.0, 3.0, 0.0, 0.0], [0.0, 0.0, 0.0, 4.0]]> : tensor<4x4xf32>
  %init = arith.constant dense<0.0> : tensor<4x2xf32>
  // expected-remark @below {{left dense: format=bsr cannot hold it: no block size (2x2 to 32x32, at least 2 blocks per side, dividing 4x4) has nonzero blocks >= 75% full}}
  // expected-warning @below {{prune-sparsify: format=bsr not applied to layer 'scattered#0', which stays dense}}
  %y = linalg.matmul ins(%w, %x : tensor<4x4xf32>, tensor<4x2xf32>)
                     outs(%init : tensor<4x2xf32>) -> tensor<4x2xf32>
  return %y : tensor<4x2xf32>
}

// -----

// Negative: one block row would make a level of size 1, which the MLIR 22
// sparsifier cannot demap; such block sizes are not used.
// CHECK-LABEL: func.func @one_block_row
// CHECK: linalg.matvec
// CHECK-NOT: sparse_tensor
func.func @one_block_row(%x: tensor<4xf32>) -> tensor<2xf32> {
  %w = arith.constant dense<1.0> : tensor<2x4xf32>
  %init = arith.constant dense<0.0> : tensor<2xf32>
  // expected-remark @below {{left dense: format=bsr cannot hold it}}
  // expected-warning @below {{prune-sparsify: format=bsr not applied to layer 'one_block_row#0', which stays dense}}
  %y = linalg.matvec ins(%w, %x : tensor<2x4xf32>, tensor<4xf32>)
                     outs(%init : tensor<2xf32>) -> tensor<2xf32>
  return %y : tensor<2xf32>
}
