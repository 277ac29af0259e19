// prune-branches{criterion=...}: the impurity behind min-gain and ccp-alpha.
// With entropy the left split gains 0.234 bits and the right one 0.054;
// with gini 0.09 and 0.01. At min-gain=0.1 entropy keeps the left split.
// RUN: prune-opt %S/Inputs/tree.mlir --prune-branches="min-gain=0.1 criterion=entropy" | FileCheck %s --check-prefix=ENTROPY
// RUN: prune-opt %S/Inputs/tree.mlir --prune-branches="min-gain=0.1 criterion=gini" | FileCheck %s --check-prefix=GINI

// ENTROPY-LABEL: func.func @tree
// ENTROPY-COUNT-2: scf.if
// ENTROPY-NOT: scf.if
// ENTROPY: scf.yield {prune.counts = array<f64: 1.000000e+00, 9.000000e+00>}

// GINI-LABEL: func.func @tree
// GINI-COUNT-1: scf.if
// GINI-NOT: scf.if
