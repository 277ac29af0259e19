// prune-branches{min-samples=N}: splits reached by fewer than N training
// samples become leaves predicting their counts.
// RUN: prune-opt %S/Inputs/tree.mlir --prune-branches="min-samples=11" | FileCheck %s --check-prefix=N11
// RUN: prune-opt %S/Inputs/tree.mlir --prune-branches="min-samples=21" | FileCheck %s --check-prefix=N21
// RUN: prune-opt %S/Inputs/tree.mlir --prune-branches="min-samples=10" | FileCheck %s --check-prefix=NONE

// Both 10-sample splits go, the 20-sample root stays.
// N11-LABEL: func.func @tree
// N11-COUNT-1: scf.if
// N11-NOT: scf.if
// N11: scf.yield {prune.counts = array<f64: 9.000000e+00, 1.000000e+00>}
// N11: scf.yield {prune.counts = array<f64: 1.000000e+00, 9.000000e+00>}

// N21-LABEL: func.func @tree
// N21-NOT: scf.if
// N21: return {prune.counts = array<f64: 1.000000e+01, 1.000000e+01>}

// Negative: no split has fewer than 10 samples.
// NONE-LABEL: func.func @tree
// NONE-COUNT-3: scf.if
