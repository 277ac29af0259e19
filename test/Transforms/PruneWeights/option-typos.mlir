// A misspelled option name or value is one error line that names the valid
// ones (and the closest), not MLIR's "no such option" or llvm::cl's message
// followed by an empty error line. The other passes do the same.

// RUN: not prune-opt %s --prune-weights=sparsty=0.5 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NAME --implicit-check-not=error
// NAME: error: prune-weights: unknown option 'sparsty' (did you mean 'sparsity'?); the options are: allocation, bias-correction, criterion, layers, method, owl-lambda, owl-m, pattern, progress, reference-weights, report, scope, scores, scores-layout, sparsity, stats, strict, threshold

// RUN: not prune-opt %s --prune-weights="sparsity=0.5 scope=globl" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=VALUE --implicit-check-not=error
// VALUE: error: prune-weights: invalid option 'scope=globl': expected one of layer, global (did you mean 'global'?)

// RUN: not prune-opt %s --prune-weights="sparsity=0.5 strict=yes" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=BOOL --implicit-check-not=error
// BOOL: error: prune-weights: invalid option 'strict=yes': expected true or false

// RUN: not prune-opt %s --prune-neurons=mod=importance 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NEURONS --implicit-check-not=error
// NEURONS: error: prune-neurons: unknown option 'mod' (did you mean 'mode'?); the options are:

// RUN: not prune-opt %s --prune-branches=ccp_alpha=0.01 2>&1 \
// RUN:   | FileCheck %s --check-prefix=BRANCHES --implicit-check-not=error
// BRANCHES: error: prune-branches: unknown option 'ccp_alpha' (did you mean 'ccp-alpha'?)

// RUN: not prune-opt %s --prune-sparsify=format=cssr 2>&1 \
// RUN:   | FileCheck %s --check-prefix=SPARSIFY --implicit-check-not=error
// SPARSIFY: error: prune-sparsify: invalid option 'format=cssr': expected one of auto, csr, bsr, nm, dense (did you mean 'csr'?)

// RUN: not prune-opt %s --prune-instrument=ouput=s.stats 2>&1 \
// RUN:   | FileCheck %s --check-prefix=INSTRUMENT --implicit-check-not=error
// INSTRUMENT: error: prune-instrument: unknown option 'ouput' (did you mean 'output'?)

func.func @f(%x: tensor<2xf32>) -> tensor<2xf32> {
  return %x : tensor<2xf32>
}
