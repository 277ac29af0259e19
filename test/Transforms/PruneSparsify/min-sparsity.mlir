// prune-sparsify{min-sparsity=F}: with format=auto, layers less sparse than F
// stay dense; sparser ones go to the cost model. Bad values are an error
// naming the option.
// RUN: prune-opt %s --prune-sparsify="cost-model=avx2 min-sparsity=0.95" \
// RUN:   --remarks-filter=prune-sparsify 2>&1 | FileCheck %s --check-prefix=HIGH
// RUN: prune-opt %s --prune-sparsify="cost-model=avx2 min-sparsity=0.9" \
// RUN:   --remarks-filter=prune-sparsify 2>&1 | FileCheck %s --check-prefix=LOW
// RUN: not prune-opt %s --prune-sparsify="min-sparsity=1.5" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=BAD
// RUN: not prune-opt %s --prune-sparsify="min-sparsity=-0.1" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NEG

// HIGH: layer 'fc#0' left dense: 90.6% sparse, below min-sparsity=0.95
// HIGH-LABEL: func.func @fc
// HIGH-NOT: sparse_tensor
// LOW: layer 'fc#0' -> csr
// LOW-LABEL: func.func @fc
// LOW: sparse_tensor.assemble
// BAD: error: prune-sparsify: invalid option 'min-sparsity=1.500000': expected a fraction in [0, 1]
// BAD-NOT: func.func
// NEG: error: prune-sparsify: invalid option 'min-sparsity=-0.100000': expected a fraction in [0, 1]
func.func @fc(%x: tensor<8xf32>) -> tensor<8xf32> {
  %w = arith.constant dense<[[1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
                             [0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0],
                             [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
                             [0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 0.0, 0.0],
                             [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 4.0],
                             [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
                             [0.0, 5.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
                             [0.0, 0.0, 0.0, 0.0, 6.0, 0.0, 0.0, 0.0]]> : tensor<8x8xf32>
  %init = arith.constant dense<0.0> : tensor<8xf32>
  %y = linalg.matvec ins(%w, %x : tensor<8x8xf32>, tensor<8xf32>)
                     outs(%init : tensor<8xf32>) -> tensor<8xf32>
  return %y : tensor<8xf32>
}
