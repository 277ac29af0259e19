// prune-weights scope=global: one magnitude threshold across all layers,
// with exactly round(F * n) zeros over all n weights of the module. A layer of
// small weights ends up much sparser than a layer of big ones. Equal
// magnitudes in different layers: the earlier layer's weight goes first.

// RUN: prune-opt %s --split-input-file --prune-weights="sparsity=0.5 scope=global" \
// RUN:   | FileCheck %s --check-prefix=G50
// RUN: prune-opt %s --split-input-file --prune-weights="sparsity=0.75 scope=global" \
// RUN:   | FileCheck %s --check-prefix=G75
// RUN: prune-opt %s --split-input-file --prune-weights="sparsity=0.5 scope=layer" \
// RUN:   | FileCheck %s --check-prefix=LAYER
// The totals of the report are checked in report.mlir.

// "small" holds k/8 for k = 1..16, "big" holds 1.5 and 3..9; 24 weights.
// 50%: the 12 smallest are k = 1..12 of "small" (its 1.5 ties with the 1.5 of
// "big" and comes first), so "small" is 75% sparse and "big" untouched.

// G50-LABEL: func.func @two_layers
// G50:       %[[SMALL:.*]] = arith.constant
// G50-SAME:    dense<{{\[\[}}0.000000e+00, 0.000000e+00, 0.000000e+00, 0.000000e+00], [0.000000e+00, 0.000000e+00, 0.000000e+00, 0.000000e+00], [0.000000e+00, 0.000000e+00, 0.000000e+00, 0.000000e+00], [1.625000e+00, 1.750000e+00, 1.875000e+00, 2.000000e+00]]> : tensor<4x4xf32>
// G50:       %[[BIG:.*]] = arith.constant
// G50-SAME:    dense<{{\[\[}}1.500000e+00, 3.000000e+00], [4.000000e+00, 5.000000e+00], [6.000000e+00, 7.000000e+00], [8.000000e+00, 9.000000e+00]]> : tensor<4x2xf32>
// G50:       linalg.matmul {{.*}}ins(%{{.*}}, %[[SMALL]] :
// G50:       linalg.matmul {{.*}}ins(%{{.*}}, %[[BIG]] :

// 75%: 18 zeros, all 16 of "small" and the two smallest of "big".

// G75-LABEL: func.func @two_layers
// G75:       arith.constant dense<0.000000e+00> : tensor<4x4xf32>
// G75:       arith.constant
// G75-SAME:    dense<{{\[\[}}0.000000e+00, 0.000000e+00], [4.000000e+00, 5.000000e+00], [6.000000e+00, 7.000000e+00], [8.000000e+00, 9.000000e+00]]> : tensor<4x2xf32>

// Per layer, each loses half of its own weights.

// LAYER-LABEL: func.func @two_layers
// LAYER:       arith.constant
// LAYER-SAME:    dense<{{\[\[}}0.000000e+00, 0.000000e+00, 0.000000e+00, 0.000000e+00], [0.000000e+00, 0.000000e+00, 0.000000e+00, 0.000000e+00], [1.125000e+00, 1.250000e+00, 1.375000e+00, 1.500000e+00], [1.625000e+00, 1.750000e+00, 1.875000e+00, 2.000000e+00]]> : tensor<4x4xf32>
// LAYER:       arith.constant
// LAYER-SAME:    dense<{{\[\[}}0.000000e+00, 0.000000e+00], [0.000000e+00, 0.000000e+00], [6.000000e+00, 7.000000e+00], [8.000000e+00, 9.000000e+00]]> : tensor<4x2xf32>
func.func @two_layers(%x: tensor<1x4xf32>) -> tensor<1x2xf32> {
  %small = arith.constant dense<[[0.125, 0.25, 0.375, 0.5], [0.625, 0.75, 0.875, 1.0], [1.125, 1.25, 1.375, 1.5], [1.625, 1.75, 1.875, 2.0]]> : tensor<4x4xf32>
  %big = arith.constant dense<[[1.5, 3.0], [4.0, 5.0], [6.0, 7.0], [8.0, 9.0]]> : tensor<4x2xf32>
  %i1 = arith.constant dense<0.0> : tensor<1x4xf32>
  %i2 = arith.constant dense<0.0> : tensor<1x2xf32>
  %h = linalg.matmul ins(%x, %small : tensor<1x4xf32>, tensor<4x4xf32>) outs(%i1 : tensor<1x4xf32>) -> tensor<1x4xf32> loc("small")
  %y = linalg.matmul ins(%h, %big : tensor<1x4xf32>, tensor<4x2xf32>) outs(%i2 : tensor<1x2xf32>) -> tensor<1x2xf32> loc("big")
  return %y : tensor<1x2xf32>
}

// -----

// The threshold is module-wide: layers in different functions compete.
// 8 weights; 50%: 0.5 1 2 3 go; 75%: 0.5 1 2 3 4 5 go.

// G50-LABEL: func.func @first
// G50:       arith.constant dense<{{\[\[}}0.000000e+00, 0.000000e+00], [0.000000e+00, 4.000000e+00]]> : tensor<2x2xf32>
// G50-LABEL: func.func @second
// G50:       arith.constant dense<{{\[\[}}0.000000e+00, 5.000000e+00], [6.000000e+00, 7.000000e+00]]> : tensor<2x2xf32>

// G75-LABEL: func.func @first
// G75:       arith.constant dense<0.000000e+00> : tensor<2x2xf32>
// G75-LABEL: func.func @second
// G75:       arith.constant dense<{{\[\[}}0.000000e+00, 0.000000e+00], [6.000000e+00, 7.000000e+00]]> : tensor<2x2xf32>

// LAYER-LABEL: func.func @first
// LAYER:       arith.constant dense<{{\[\[}}0.000000e+00, 0.000000e+00], [3.000000e+00, 4.000000e+00]]> : tensor<2x2xf32>
// LAYER-LABEL: func.func @second
// LAYER:       arith.constant dense<{{\[\[}}0.000000e+00, 0.000000e+00], [6.000000e+00, 7.000000e+00]]> : tensor<2x2xf32>
func.func @first(%x: tensor<1x2xf32>) -> tensor<1x2xf32> {
  %w = arith.constant dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf32>
  %init = arith.constant dense<0.0> : tensor<1x2xf32>
  %y = linalg.matmul ins(%x, %w : tensor<1x2xf32>, tensor<2x2xf32>) outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32>
  return %y : tensor<1x2xf32>
}

func.func @second(%x: tensor<1x2xf32>) -> tensor<1x2xf32> {
  %w = arith.constant dense<[[0.5, 5.0], [6.0, 7.0]]> : tensor<2x2xf32>
  %init = arith.constant dense<0.0> : tensor<1x2xf32>
  %y = linalg.matmul ins(%x, %w : tensor<1x2xf32>, tensor<2x2xf32>) outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32>
  return %y : tensor<1x2xf32>
}
