// Bad prune-branches options are an error naming the option.
// RUN: not prune-opt %S/Inputs/tree.mlir --prune-branches="min-gain=-0.5" 2>&1 | FileCheck %s --check-prefix=GAIN
// RUN: not prune-opt %S/Inputs/tree.mlir --prune-branches="ccp-alpha=-1" 2>&1 | FileCheck %s --check-prefix=ALPHA
// RUN: not prune-opt %S/Inputs/tree.mlir --prune-branches="min-samples=-3" 2>&1 | FileCheck %s --check-prefix=SAMPLES
// RUN: not prune-opt %S/Inputs/tree.mlir --prune-branches="criterion=logloss" 2>&1 | FileCheck %s --check-prefix=CRITERION

// GAIN: prune-branches: invalid option 'min-gain=-0.500000': expected a non-negative impurity decrease
// ALPHA: prune-branches: invalid option 'ccp-alpha=-1.000000': expected a non-negative complexity parameter
// SAMPLES: prune-branches: invalid option 'min-samples=-3.000000': expected a non-negative number of samples
// CRITERION: error: prune-branches: invalid option 'criterion=logloss': expected one of auto, gini, entropy
