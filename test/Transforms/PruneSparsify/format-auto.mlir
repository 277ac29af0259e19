// prune-sparsify (format=auto, the default): per layer, dense below
// min-sparsity (0.5 by default), else the format with the smallest estimated
// time per call, and dense when no sparse format is estimated faster. With
// one column per call (a matrix-vector product) the model is calibrated on
// bench/sparse_bench.py; with more (a batch, or a dynamic one) on
// bench/format_cost_bench.py (format-auto-batch.test covers that regime on
// layers large enough for it to choose). The estimates are in the remark; the decisions below
// hold for any calibration in which CSR costs 2-8x dense per stored value
// and BSR about as much as dense at one column, and CSR several times dense
// per multiply-accumulate at many.
// min-sparsity is lowered to 0.4 so that the cost model alone rejects the
// 46.9% sparse layer below. These weights are tiny; cache-bytes=0 estimates
// them as streamed from memory, as the large layers the decisions are about
// (format-auto-cached.mlir covers the in-cache rate).
// RUN: prune-opt %s --split-input-file --prune-sparsify="cost-model=avx2 min-sparsity=0.4 cache-bytes=0" \
// RUN:   --remarks-filter=prune-sparsify -verify-diagnostics | FileCheck %s

// Scattered nonzeros, 90.6% sparse (6 of 64), no 2x2 block pattern: CSR.
// CHECK: #[[CSR:.*]] = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : dense, d1 : compressed)
// CHECK-LABEL: func.func @unstructured
// CHECK: sparse_tensor.assemble {{.*}} to tensor<8x8xf32, #[[CSR]]>
func.func @unstructured(%x: tensor<8xf32>) -> tensor<8xf32> {
  %w = arith.constant dense<[[1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
                             [0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0],
                             [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
                             [0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 0.0, 0.0],
                             [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 4.0],
                             [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
                             [0.0, 5.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
                             [0.0, 0.0, 0.0, 0.0, 6.0, 0.0, 0.0, 0.0]]> : tensor<8x8xf32>
  %init = arith.constant dense<0.0> : tensor<8xf32>
  // expected-remark-re @below {{layer 'unstructured#0' -> csr, 256 -> 39 bytes (pos i8, crd i8): 90.6% sparse, csr is estimated fastest (dense {{[0-9.]+}} ns, csr {{[0-9.]+}} ns, 2:4 {{[0-9.]+}} ns); 39 of 256 dense bytes}}
  %y = linalg.matvec ins(%w, %x : tensor<8x8xf32>, tensor<8xf32>)
                     outs(%init : tensor<8xf32>) -> tensor<8xf32>
  return %y : tensor<8xf32>
}

// -----

// Full 2x2 blocks, 50% sparse, one column: BSR streams the values without a
// coordinate per value.
// CHECK: #[[BSR:.*]] = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 floordiv 2 : dense, d1 floordiv 2 : compressed, d0 mod 2 : dense, d1 mod 2 : dense)
// CHECK-LABEL: func.func @blocks
// CHECK: sparse_tensor.assemble {{.*}} to tensor<4x4xf32, #[[BSR]]>
func.func @blocks(%x: tensor<4x1xf32>) -> tensor<4x1xf32> {
  %w = arith.constant dense<[[1.0, 2.0, 0.0, 0.0], [3.0, 4.0, 0.0, 0.0],
                             [0.0, 0.0, 5.0, 6.0], [0.0, 0.0, 7.0, 8.0]]> : tensor<4x4xf32>
  %init = arith.constant dense<0.0> : tensor<4x1xf32>
  // expected-remark-re @below {{layer 'blocks#0' -> bsr:2x2, 64 -> 37 bytes (pos i8, crd i8): 50.0% sparse, bsr:2x2 is estimated fastest (dense {{[0-9.]+}} ns, csr {{[0-9.]+}} ns, bsr:2x2 {{[0-9.]+}} ns, 2:4 {{[0-9.]+}} ns); 37 of 64 dense bytes}}
  %y = linalg.matmul ins(%w, %x : tensor<4x4xf32>, tensor<4x1xf32>)
                     outs(%init : tensor<4x1xf32>) -> tensor<4x1xf32>
  return %y : tensor<4x1xf32>
}

// -----

// Negative: the same 90.6% sparse weight as @unstructured, on a batch of 16:
// the dense product is vectorized across the batch, CSR is not.
// CHECK-LABEL: func.func @batch
// CHECK: linalg.matmul
// CHECK-NOT: sparse_tensor
func.func @batch(%x: tensor<16x8xf32>) -> tensor<16x8xf32> {
  %w = arith.constant dense<[[1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
                             [0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0],
                             [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
                             [0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 0.0, 0.0],
                             [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 4.0],
                             [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
                             [0.0, 5.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
                             [0.0, 0.0, 0.0, 0.0, 6.0, 0.0, 0.0, 0.0]]> : tensor<8x8xf32>
  %init = arith.constant dense<0.0> : tensor<16x8xf32>
  // expected-remark-re @below {{layer 'batch#0' left dense: 90.6% sparse, no sparse format is estimated faster than dense (dense {{[0-9.]+}} ns, csr {{[0-9.]+}} ns per column of 16)}}
  %y = linalg.matmul ins(%x, %w : tensor<16x8xf32>, tensor<8x8xf32>)
                     outs(%init : tensor<16x8xf32>) -> tensor<16x8xf32>
  return %y : tensor<16x8xf32>
}

// -----

// Negative: a dynamic batch is taken as more than one column.
// CHECK-LABEL: func.func @dynamic_batch
// CHECK: linalg.matmul
// CHECK-NOT: sparse_tensor
func.func @dynamic_batch(%x: tensor<?x8xf32>, %init: tensor<?x8xf32>) -> tensor<?x8xf32> {
  %w = arith.constant dense<[[1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
                             [0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0],
                             [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
                             [0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 0.0, 0.0],
                             [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 4.0],
                             [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
                             [0.0, 5.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
                             [0.0, 0.0, 0.0, 0.0, 6.0, 0.0, 0.0, 0.0]]> : tensor<8x8xf32>
  // expected-remark-re @below {{layer 'dynamic_batch#0' left dense: 90.6% sparse, no sparse format is estimated faster than dense (dense {{[0-9.]+}} ns, csr {{[0-9.]+}} ns per column of a dynamic batch, at 8)}}
  %y = linalg.matmul ins(%x, %w : tensor<?x8xf32>, tensor<8x8xf32>)
                     outs(%init : tensor<?x8xf32>) -> tensor<?x8xf32>
  return %y : tensor<?x8xf32>
}

// -----

// Negative: 25% sparse is below min-sparsity.
// CHECK-LABEL: func.func @mostly_dense
// CHECK: linalg.matmul
// CHECK-NOT: sparse_tensor
func.func @mostly_dense(%x: tensor<4x2xf32>) -> tensor<4x2xf32> {
  %w = arith.constant dense<[[1.0, 1.0, 0.0, 1.0], [1.0, 0.0, 1.0, 1.0],
                             [0.0, 1.0, 1.0, 1.0], [1.0, 1.0, 1.0, 0.0]]> : tensor<4x4xf32>
  %init = arith.constant dense<0.0> : tensor<4x2xf32>
  // expected-remark @below {{layer 'mostly_dense#0' left dense: 25.0% sparse, below min-sparsity=0.4}}
  %y = linalg.matmul ins(%w, %x : tensor<4x4xf32>, tensor<4x2xf32>)
                     outs(%init : tensor<4x2xf32>) -> tensor<4x2xf32>
  return %y : tensor<4x2xf32>
}

// -----

// Negative: 46.9% sparse and unstructured (not 2:4 either): CSR's indirect
// loads cost more than streaming the dense weight.
// CHECK-LABEL: func.func @not_worth_it
// CHECK: linalg.matvec
// CHECK-NOT: sparse_tensor
func.func @not_worth_it(%x: tensor<8xf32>) -> tensor<4xf32> {
  %w = arith.constant dense<[[1.0, 2.0, 3.0, 0.0, 0.0, 0.0, 1.0, 0.0],
                             [0.0, 8.0, 0.0, 3.0, 1.0, 0.0, 2.0, 0.0],
                             [0.0, 4.0, 0.0, 9.0, 2.0, 0.0, 0.0, 5.0],
                             [6.0, 0.0, 4.0, 0.0, 0.0, 7.0, 1.0, 5.0]]> : tensor<4x8xf32>
  %init = arith.constant dense<0.0> : tensor<4xf32>
  // expected-remark-re @below {{layer 'not_worth_it#0' left dense: 46.9% sparse, no sparse format is estimated faster than dense (dense {{[0-9.]+}} ns, csr {{[0-9.]+}} ns)}}
  %y = linalg.matvec ins(%w, %x : tensor<4x8xf32>, tensor<8xf32>)
                     outs(%init : tensor<4xf32>) -> tensor<4xf32>
  return %y : tensor<4xf32>
}
