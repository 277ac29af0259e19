// prune-sparsify (format=auto, the default): per layer, dense below
// min-sparsity (0.5 by default), else the smallest sparse format.
// RUN: prune-opt %s --split-input-file --prune-sparsify \
// RUN:   --remarks-filter=prune-sparsify -verify-diagnostics | FileCheck %s

// Scattered nonzeros, 75% sparse: CSR.
// CHECK: #[[CSR:.*]] = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : dense, d1 : compressed)
// CHECK-LABEL: func.func @unstructured
// CHECK: sparse_tensor.assemble {{.*}} to tensor<4x4xf32, #[[CSR]]>
func.func @unstructured(%x: tensor<4x2xf32>) -> tensor<4x2xf32> {
  %w = arith.constant dense<[[1.0, 0.0, 0.0, 0.0], [0.0, 0.0, 2.0, 0.0],
                             [0.0, 3.0, 0.0, 0.0], [0.0, 0.0, 0.0, 4.0]]> : tensor<4x4xf32>
  %init = arith.constant dense<0.0> : tensor<4x2xf32>
  // expected-remark @below {{layer 'unstructured#0' -> csr, 64 -> 25 bytes (pos i8, crd i8): 75.0% sparse, csr is the smallest format (25 of 64 dense bytes)}}
  %y = linalg.matmul ins(%w, %x : tensor<4x4xf32>, tensor<4x2xf32>)
                     outs(%init : tensor<4x2xf32>) -> tensor<4x2xf32>
  return %y : tensor<4x2xf32>
}

// -----

// Full 2x2 blocks: BSR stores fewer index bytes than CSR.
// CHECK: #[[BSR:.*]] = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 floordiv 2 : dense, d1 floordiv 2 : compressed, d0 mod 2 : dense, d1 mod 2 : dense)
// CHECK-LABEL: func.func @blocks
// CHECK: sparse_tensor.assemble {{.*}} to tensor<4x4xf32, #[[BSR]]>
func.func @blocks(%x: tensor<4x2xf32>) -> tensor<4x2xf32> {
  %w = arith.constant dense<[[1.0, 2.0, 0.0, 0.0], [3.0, 4.0, 0.0, 0.0],
                             [0.0, 0.0, 5.0, 6.0], [0.0, 0.0, 7.0, 8.0]]> : tensor<4x4xf32>
  %init = arith.constant dense<0.0> : tensor<4x2xf32>
  // expected-remark @below {{layer 'blocks#0' -> bsr:2x2, 64 -> 37 bytes (pos i8, crd i8): 50.0% sparse, bsr:2x2 is the smallest format (37 of 64 dense bytes)}}
  %y = linalg.matmul ins(%w, %x : tensor<4x4xf32>, tensor<4x2xf32>)
                     outs(%init : tensor<4x2xf32>) -> tensor<4x2xf32>
  return %y : tensor<4x2xf32>
}

// -----

// Negative: 25% sparse is below the default min-sparsity.
// CHECK-LABEL: func.func @mostly_dense
// CHECK: linalg.matmul
// CHECK-NOT: sparse_tensor
func.func @mostly_dense(%x: tensor<4x2xf32>) -> tensor<4x2xf32> {
  %w = arith.constant dense<[[1.0, 1.0, 0.0, 1.0], [1.0, 0.0, 1.0, 1.0],
                             [0.0, 1.0, 1.0, 1.0], [1.0, 1.0, 1.0, 0.0]]> : tensor<4x4xf32>
  %init = arith.constant dense<0.0> : tensor<4x2xf32>
  // expected-remark @below {{layer 'mostly_dense#0' left dense: 25.0% sparse, below min-sparsity=0.5}}
  %y = linalg.matmul ins(%w, %x : tensor<4x4xf32>, tensor<4x2xf32>)
                     outs(%init : tensor<4x2xf32>) -> tensor<4x2xf32>
  return %y : tensor<4x2xf32>
}

// -----

// Negative: sparse enough, but f16 weights with one nonzero per 2-element
// row cost more as CSR than dense.
// CHECK-LABEL: func.func @tiny_f16
// CHECK: linalg.matmul
// CHECK-NOT: sparse_tensor
func.func @tiny_f16(%x: tensor<2x2xf16>) -> tensor<2x2xf16> {
  %w = arith.constant dense<[[1.0, 0.0], [0.0, 2.0]]> : tensor<2x2xf16>
  %init = arith.constant dense<0.0> : tensor<2x2xf16>
  // expected-remark @below {{left dense: 50.0% sparse, but no sparse format is smaller than dense}}
  %y = linalg.matmul ins(%w, %x : tensor<2x2xf16>, tensor<2x2xf16>)
                     outs(%init : tensor<2x2xf16>) -> tensor<2x2xf16>
  return %y : tensor<2x2xf16>
}
