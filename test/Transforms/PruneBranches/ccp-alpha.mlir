// prune-branches{ccp-alpha=A}: minimal cost-complexity pruning, the tree
// scikit-learn's ccp_alpha=A gives (checked against scikit-learn on real
// trees by Integration/Trees/ccp-alpha-sklearn.test).
// RUN: prune-opt %S/Inputs/tree.mlir --prune-branches="ccp-alpha=0.05" | FileCheck %s --check-prefix=A05
// RUN: prune-opt %S/Inputs/tree.mlir --prune-branches="ccp-alpha=0.1" | FileCheck %s --check-prefix=A1
// RUN: prune-opt %S/Inputs/tree.mlir --prune-branches="ccp-alpha=0.4" | FileCheck %s --check-prefix=A4
// RUN: prune-opt %S/Inputs/tree.mlir --prune-branches="ccp-alpha=0.005" | FileCheck %s --check-prefix=NONE

// The weakest link (right split, alpha 0.01) goes; the next (left, 0.09)
// is above 0.05.
// A05-LABEL: func.func @tree
// A05-COUNT-2: scf.if
// A05-NOT: scf.if
// A05: scf.yield {prune.counts = array<f64: 1.000000e+00, 9.000000e+00>}

// A1-LABEL: func.func @tree
// A1-COUNT-1: scf.if
// A1-NOT: scf.if

// The root's alpha (0.32 once both splits are gone) is below 0.4.
// A4-LABEL: func.func @tree
// A4-NOT: scf.if
// A4: return {prune.counts = array<f64: 1.000000e+01, 1.000000e+01>}

// NONE-LABEL: func.func @tree
// NONE-COUNT-3: scf.if
