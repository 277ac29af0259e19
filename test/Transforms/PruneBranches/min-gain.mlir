// prune-branches{min-gain=G}: bottom up, splits whose children are leaves and
// whose weighted impurity decrease is below G become leaves.
// RUN: prune-opt %S/Inputs/tree.mlir --prune-branches="min-gain=0.05" | FileCheck %s --check-prefix=G05
// RUN: prune-opt %S/Inputs/tree.mlir --prune-branches="min-gain=0.1" | FileCheck %s --check-prefix=G1
// RUN: prune-opt %S/Inputs/tree.mlir --prune-branches="min-gain=0.5" | FileCheck %s --check-prefix=G5
// RUN: prune-opt %S/Inputs/tree.mlir --prune-branches="min-gain=0.005" | FileCheck %s --check-prefix=NONE
// A tree collapsed to one leaf predicts a constant: a warning says so; a
// tree that keeps a split gives none.
// RUN: prune-opt %S/Inputs/tree.mlir --prune-branches="min-gain=0.5" -o /dev/null 2>&1 | FileCheck %s --check-prefix=LEAFWARN
// LEAFWARN: warning: prune-branches: 1 of 1 trees were collapsed to a single leaf, which predicts the same for every input
// RUN: prune-opt %S/Inputs/tree.mlir --prune-branches="min-gain=0.05" -o /dev/null 2>&1 | FileCheck %s --check-prefix=NOLEAFWARN --allow-empty
// NOLEAFWARN-NOT: warning
// RUN: prune-opt %s --split-input-file --prune-branches="min-gain=1.0" | FileCheck %s

// Only the right split (gain 0.01) goes; its leaf predicts [1, 9] / 10.
// G05-LABEL: func.func @tree
// G05: arith.constant 2.500000e-01
// G05: scf.if
// G05-NOT: arith.constant 7.500000e-01
// G05: %[[LEAF:.*]] = arith.constant dense<[1.000000e-01, 0.899999976]> : tensor<2xf32>
// G05-NEXT: scf.yield {prune.counts = array<f64: 1.000000e+00, 9.000000e+00>} %[[LEAF]]
// G05: } {prune.counts = array<f64: 1.000000e+01, 1.000000e+01>}

// Both splits go (0.09 and 0.01 < 0.1), the root (0.32 once its children
// are leaves) stays.
// G1-LABEL: func.func @tree
// G1-COUNT-1: scf.if
// G1-NOT: scf.if
// G1: arith.constant dense<[0.899999976, 1.000000e-01]>
// G1: arith.constant dense<[1.000000e-01, 0.899999976]>

// Everything goes: the tree is one leaf, counts on the return.
// G5-LABEL: func.func @tree
// G5-NOT: scf.if
// G5-NOT: arith.cmpf
// G5-NOT: tensor.extract
// G5: %[[LEAF:.*]] = arith.constant dense<5.000000e-01> : tensor<2xf32>
// G5: return {prune.counts = array<f64: 1.000000e+01, 1.000000e+01>} %[[LEAF]]

// Negative: every split gains at least 0.01 > 0.005.
// NONE-LABEL: func.func @tree
// NONE-COUNT-3: scf.if

// Negative: branches without counts are not trees; nothing is collapsed.
// CHECK-LABEL: func.func @no_counts
// CHECK: scf.if
func.func @no_counts(%c: i1, %a: tensor<2xf32>, %b: tensor<2xf32>) -> tensor<2xf32> {
  %r = scf.if %c -> (tensor<2xf32>) {
    scf.yield %a : tensor<2xf32>
  } else {
    scf.yield %b : tensor<2xf32>
  }
  return %r : tensor<2xf32>
}

// -----

// Negative: a split whose result is not one score per class cannot become a
// leaf and stays.
// CHECK-LABEL: func.func @not_scores
// CHECK: scf.if
func.func @not_scores(%c: i1) -> i32 {
  %r = scf.if %c -> (i32) {
    %a = arith.constant 0 : i32
    scf.yield {prune.counts = array<f64: 3.0, 0.0>} %a : i32
  } else {
    %b = arith.constant 1 : i32
    scf.yield {prune.counts = array<f64: 0.0, 4.0>} %b : i32
  } {prune.counts = array<f64: 3.0, 4.0>}
  return %r : i32
}
