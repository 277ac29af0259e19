// prune-sparsify{objective=size}: format=auto takes the layout with the
// fewest bytes (values, positions and coordinates) instead of the fastest,
// and keeps a layer dense only when no sparse layout is smaller. A batch of
// 64, where the time model keeps the scattered layer dense, shows the
// difference. (Below min-sparsity a layer stays dense under either
// objective: a sparse layout is then never smaller with 8-bit indices.)
// RUN: prune-opt %s --split-input-file --prune-sparsify="objective=size" \
// RUN:   --remarks-filter=prune-sparsify -verify-diagnostics | FileCheck %s
// The time objective keeps the scattered layer dense.
// RUN: prune-opt %s --split-input-file --prune-sparsify \
// RUN:   2>/dev/null | FileCheck %s --check-prefix=TIME

// 90.6% sparse, scattered: CSR (39 bytes) is the smallest.
// CHECK: #[[CSR:.*]] = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : dense, d1 : compressed)
// CHECK-LABEL: func.func @scattered
// CHECK: sparse_tensor.assemble {{.*}} to tensor<8x8xf32, #[[CSR]]>
// TIME-LABEL: func.func @scattered
// TIME-NOT: sparse_tensor.assemble
// TIME-LABEL: func.func @blocks
func.func @scattered(%x: tensor<64x8xf32>) -> tensor<64x8xf32> {
  %w = arith.constant dense<[[1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
                             [0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0],
                             [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
                             [0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 0.0, 0.0],
                             [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 4.0],
                             [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
                             [0.0, 5.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
                             [0.0, 0.0, 0.0, 0.0, 6.0, 0.0, 0.0, 0.0]]> : tensor<8x8xf32>
  %init = arith.constant dense<0.0> : tensor<64x8xf32>
  // expected-remark-re @below {{layer 'scattered#0' -> csr, 256 -> 39 bytes (pos i8, crd i8): 90.6% sparse, csr is smallest (dense 256 B, csr 39 B{{.*}})}}
  %y = linalg.matmul ins(%x, %w : tensor<64x8xf32>, tensor<8x8xf32>)
                     outs(%init : tensor<64x8xf32>) -> tensor<64x8xf32>
  return %y : tensor<64x8xf32>
}

// -----

// 75% sparse in full 2x2 blocks: BSR stores one coordinate per block and
// is smaller than CSR's one per value.
// CHECK: #[[BSR:.*]] = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 floordiv 2 : dense, d1 floordiv 2 : compressed, d0 mod 2 : dense, d1 mod 2 : dense)
// CHECK-LABEL: func.func @blocks
// CHECK: sparse_tensor.assemble {{.*}} to tensor<8x8xf32, #[[BSR]]>
func.func @blocks(%x: tensor<64x8xf32>) -> tensor<64x8xf32> {
  %w = arith.constant dense<[[1.0, 2.0, 0.0, 0.0, 0.0, 0.0, 3.0, 4.0],
                             [5.0, 6.0, 0.0, 0.0, 0.0, 0.0, 7.0, 8.0],
                             [0.0, 0.0, 1.0, 2.0, 0.0, 0.0, 0.0, 0.0],
                             [0.0, 0.0, 3.0, 4.0, 0.0, 0.0, 0.0, 0.0],
                             [0.0, 0.0, 0.0, 0.0, 1.0, 2.0, 0.0, 0.0],
                             [0.0, 0.0, 0.0, 0.0, 3.0, 4.0, 0.0, 0.0],
                             [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
                             [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]> : tensor<8x8xf32>
  %init = arith.constant dense<0.0> : tensor<64x8xf32>
  // expected-remark-re @below {{layer 'blocks#0' -> bsr:2x2, 256 -> 73 bytes (pos i8, crd i8): 75.0% sparse, bsr:2x2 is smallest (dense 256 B, csr 89 B, bsr:2x2 73 B, 2:4 160 B)}}
  %y = linalg.matmul ins(%x, %w : tensor<64x8xf32>, tensor<8x8xf32>)
                     outs(%init : tensor<64x8xf32>) -> tensor<64x8xf32>
  return %y : tensor<64x8xf32>
}
