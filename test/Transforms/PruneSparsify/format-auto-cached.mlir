// prune-sparsify format=auto at one column: a dense weight of at most
// cache-bytes (1 MiB by default) stays in cache between calls and is charged
// the in-cache dense rate, several times below the streaming one, so CSR
// must be much sparser to win (break-even about 88% with the calibrated
// constants). With cache-bytes=0 the same layer is estimated as streamed.
// RUN: prune-opt %s --split-input-file --prune-sparsify=cost-model=avx2 \
// RUN:   --remarks-filter=prune-sparsify -verify-diagnostics
// RUN: prune-opt %s --split-input-file --prune-sparsify="cost-model=avx2 cache-bytes=0" \
// RUN:   --remarks-filter=prune-sparsify 2>&1 | FileCheck %s --check-prefix=STREAMED
// RUN: not prune-opt %s --prune-sparsify="cache-bytes=-2" 2>&1 | FileCheck %s --check-prefix=BAD

// 81.25% sparse (12 of 64), 256 bytes: dense in cache.
// STREAMED: layer 'eighty#0' -> csr
func.func @eighty(%x: tensor<8xf32>) -> tensor<8xf32> {
  %w = arith.constant dense<[[1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 7.0],
                             [0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0],
                             [0.0, 8.0, 0.0, 0.0, 0.0, 0.0, 9.0, 0.0],
                             [0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 0.0, 0.0],
                             [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 4.0],
                             [0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 2.0],
                             [0.0, 5.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
                             [3.0, 0.0, 0.0, 0.0, 6.0, 0.0, 0.0, 0.0]]> : tensor<8x8xf32>
  %init = arith.constant dense<0.0> : tensor<8xf32>
  // expected-remark-re @below {{layer 'eighty#0' left dense: 81.2% sparse, no sparse format is estimated faster than dense (dense {{[0-9.]+}} ns, csr {{[0-9.]+}} ns, 2:4 {{[0-9.]+}} ns)}}
  %y = linalg.matvec ins(%w, %x : tensor<8x8xf32>, tensor<8xf32>)
                     outs(%init : tensor<8xf32>) -> tensor<8xf32>
  return %y : tensor<8xf32>
}

// -----

// 90.6% sparse (6 of 64): CSR even in cache.
func.func @ninety(%x: tensor<8xf32>) -> tensor<8xf32> {
  %w = arith.constant dense<[[1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
                             [0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0],
                             [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
                             [0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 0.0, 0.0],
                             [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 4.0],
                             [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
                             [0.0, 5.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
                             [0.0, 0.0, 0.0, 0.0, 6.0, 0.0, 0.0, 0.0]]> : tensor<8x8xf32>
  %init = arith.constant dense<0.0> : tensor<8xf32>
  // expected-remark-re @below {{layer 'ninety#0' -> csr, 256 -> 39 bytes (pos i8, crd i8): 90.6% sparse, csr is estimated fastest (dense {{[0-9.]+}} ns, csr {{[0-9.]+}} ns, 2:4 {{[0-9.]+}} ns); 39 of 256 dense bytes}}
  %y = linalg.matvec ins(%w, %x : tensor<8x8xf32>, tensor<8xf32>)
                     outs(%init : tensor<8xf32>) -> tensor<8xf32>
  return %y : tensor<8xf32>
}

// BAD: cache-bytes=-2
