// prune-weights pattern=block:RxC: RxC blocks of the (output, input) view are
// scored by their L2 norm and zeroed whole, round(F * blocks) of them per
// layer. Equal norms: the earlier block goes first. Blocks that are already
// zero count toward the target.

// RUN: prune-opt %s --split-input-file --prune-weights="pattern=block:2x2 sparsity=0.5" \
// RUN:   | FileCheck %s --check-prefix=B22
// RUN: prune-opt %s --split-input-file --prune-weights="pattern=block:2x2 sparsity=0.5" \
// RUN:   | prune-opt --split-input-file --prune-weights="pattern=block:2x2 sparsity=0.5" \
// RUN:   | FileCheck %s --check-prefix=B22
// RUN: prune-opt %s --split-input-file --prune-weights="pattern=block:1x2 sparsity=0.5" \
// RUN:   | FileCheck %s --check-prefix=B12

// torch-mlir Linear, weight [out=4, in=4]: the view is the constant itself.
// Block norms: top-left 2, top-right 5, bottom-left sqrt(8), bottom-right
// sqrt(0.5). The top-left block goes although it is not the smallest
// elementwise (its ones beat the bottom-right's halves).

// B22-LABEL: func.func @tosa_linear
// B22:       %[[W:.*]] = "tosa.const"()
// B22-SAME:    dense<{{\[\[}}0.000000e+00, 0.000000e+00, 4.000000e+00, 0.000000e+00], [0.000000e+00, 0.000000e+00, 0.000000e+00, 3.000000e+00], [2.000000e+00, 0.000000e+00, 0.000000e+00, 0.000000e+00], [0.000000e+00, 2.000000e+00, 0.000000e+00, 0.000000e+00]]> : tensor<4x4xf32>
// B22:       %[[B:.*]] = "tosa.const"()
// B22-SAME:    dense<{{\[\[}}1.250000e-01, 2.500000e-01, 3.750000e-01, 5.000000e-01]]> : tensor<1x4xf32>
// B22:       tosa.transpose %[[W]]
// B22:       tosa.add %{{.*}}, %[[B]]
func.func @tosa_linear(%x: tensor<1x4xf32>) -> tensor<1x4xf32> {
  %w = "tosa.const"() <{values = dense<[[1.0, 1.0, 4.0, 0.0], [1.0, 1.0, 0.0, 3.0], [2.0, 0.0, 0.0, 0.5], [0.0, 2.0, 0.5, 0.0]]> : tensor<4x4xf32>}> : () -> tensor<4x4xf32>
  %b = "tosa.const"() <{values = dense<[[0.125, 0.25, 0.375, 0.5]]> : tensor<1x4xf32>}> : () -> tensor<1x4xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %wt = tosa.transpose %w {perms = array<i32: 1, 0>} : (tensor<4x4xf32>) -> tensor<4x4xf32>
  %ws = tosa.const_shape {values = dense<[1, 4, 4]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %w3 = tosa.reshape %wt, %ws : (tensor<4x4xf32>, !tosa.shape<3>) -> tensor<1x4x4xf32>
  %xs = tosa.const_shape {values = dense<[1, 1, 4]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %x3 = tosa.reshape %x, %xs : (tensor<1x4xf32>, !tosa.shape<3>) -> tensor<1x1x4xf32>
  %mm = tosa.matmul %x3, %w3, %zp, %zp : (tensor<1x1x4xf32>, tensor<1x4x4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x4xf32>
  %ys = tosa.const_shape {values = dense<[1, 4]> : tensor<2xindex>} : () -> !tosa.shape<2>
  %y = tosa.reshape %mm, %ys : (tensor<1x1x4xf32>, !tosa.shape<2>) -> tensor<1x4xf32>
  %add = tosa.add %y, %b : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xf32>
  return %add : tensor<1x4xf32>
}

// -----

// linalg.matmul B [K=4, N=2]: the view is (N, K), so a 1x2 block is one
// output column of the constant over two consecutive rows (K).
// Block norms: column 0 (1 1) sqrt(2), (3 3) sqrt(18); column 1 (5 5)
// sqrt(50), (0.5 0.5) sqrt(0.5). Blocks along the constant's rows instead
// would zero its last two rows.

// B12-LABEL: func.func @linalg_matmul
// B12:       %[[W:.*]] = arith.constant
// B12-SAME:    dense<{{\[\[}}0.000000e+00, 5.000000e+00], [0.000000e+00, 5.000000e+00], [3.000000e+00, 0.000000e+00], [3.000000e+00, 0.000000e+00]]> : tensor<4x2xf32>
// B12:       linalg.matmul {{.*}}ins(%{{.*}}, %[[W]] :

// One 2x2 block of the (2, 4) view is two rows of the constant: rows 0-1
// (norm sqrt(52)) and rows 2-3 (norm sqrt(18.5)).
// B22-LABEL: func.func @linalg_matmul
// B22:       arith.constant
// B22-SAME:    dense<{{\[\[}}1.000000e+00, 5.000000e+00], [1.000000e+00, 5.000000e+00], [0.000000e+00, 0.000000e+00], [0.000000e+00, 0.000000e+00]]> : tensor<4x2xf32>
func.func @linalg_matmul(%x: tensor<1x4xf32>) -> tensor<1x2xf32> {
  %w = arith.constant dense<[[1.0, 5.0], [1.0, 5.0], [3.0, 0.5], [3.0, 0.5]]> : tensor<4x2xf32>
  %init = arith.constant dense<0.0> : tensor<1x2xf32>
  %y = linalg.matmul ins(%x, %w : tensor<1x4xf32>, tensor<4x2xf32>) outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32>
  return %y : tensor<1x2xf32>
}

// -----

// Two blocks with equal norms: the first one goes.

// B22-LABEL: func.func @tied_blocks
// B22:       arith.constant
// B22-SAME:    dense<{{\[\[}}0.000000e+00, 0.000000e+00, -1.000000e+00, 1.000000e+00], [0.000000e+00, 0.000000e+00, 1.000000e+00, -1.000000e+00]]> : tensor<2x4xf32>
func.func @tied_blocks(%x: tensor<4xf32>) -> tensor<2xf32> {
  %w = arith.constant dense<[[1.0, -1.0, -1.0, 1.0], [-1.0, 1.0, 1.0, -1.0]]> : tensor<2x4xf32>
  %init = arith.constant dense<0.0> : tensor<2xf32>
  %y = linalg.matvec ins(%w, %x : tensor<2x4xf32>, tensor<4xf32>) outs(%init : tensor<2xf32>) -> tensor<2xf32>
  return %y : tensor<2xf32>
}

// -----

// The zero block already makes half of the layer: nothing else goes, even
// though the other block holds small weights.

// B22-LABEL: func.func @zero_block_counts
// B22:       arith.constant
// B22-SAME:    dense<{{\[\[}}0.000000e+00, 0.000000e+00, 1.250000e-01, 2.500000e-01], [0.000000e+00, 0.000000e+00, 3.750000e-01, 5.000000e-01]]> : tensor<2x4xf32>
func.func @zero_block_counts(%x: tensor<4xf32>) -> tensor<2xf32> {
  %w = arith.constant dense<[[0.0, 0.0, 0.125, 0.25], [0.0, 0.0, 0.375, 0.5]]> : tensor<2x4xf32>
  %init = arith.constant dense<0.0> : tensor<2xf32>
  %y = linalg.matvec ins(%w, %x : tensor<2x4xf32>, tensor<4xf32>) outs(%init : tensor<2xf32>) -> tensor<2xf32>
  return %y : tensor<2xf32>
}
