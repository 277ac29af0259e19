// prune-sparsify{min-sparsity=F}: with format=auto, layers less sparse than F
// stay dense. Bad values are an error naming the option.
// RUN: prune-opt %s --prune-sparsify="min-sparsity=0.7" \
// RUN:   --remarks-filter=prune-sparsify 2>&1 | FileCheck %s --check-prefix=HIGH
// RUN: prune-opt %s --prune-sparsify="min-sparsity=0.6" \
// RUN:   --remarks-filter=prune-sparsify 2>&1 | FileCheck %s --check-prefix=LOW
// RUN: not prune-opt %s --prune-sparsify="min-sparsity=1.5" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=BAD

// HIGH: layer 'fc#0' left dense: 62.5% sparse, below min-sparsity=0.7
// HIGH-LABEL: func.func @fc
// HIGH-NOT: sparse_tensor
// LOW: layer 'fc#0' -> csr
// LOW-LABEL: func.func @fc
// LOW: sparse_tensor.assemble
// BAD: error: prune-sparsify: invalid option 'min-sparsity=1.500000': expected a fraction in [0, 1]
// BAD-NOT: func.func
func.func @fc(%x: tensor<4x2xf32>) -> tensor<4x2xf32> {
  %w = arith.constant dense<[[1.0, 2.0, 0.0, 0.0], [0.0, 3.0, 0.0, 0.0],
                             [0.0, 0.0, 0.0, 4.0], [5.0, 0.0, 6.0, 0.0]]> : tensor<4x4xf32>
  %init = arith.constant dense<0.0> : tensor<4x2xf32>
  %y = linalg.matmul ins(%w, %x : tensor<4x4xf32>, tensor<4x2xf32>)
                     outs(%init : tensor<4x2xf32>) -> tensor<4x2xf32>
  return %y : tensor<4x2xf32>
}
