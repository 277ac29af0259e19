//===- Passes.h - mlir-prune passes -----------------------------*- C++ -*-===//
//
// Declarations and registration of the mlir-prune passes (generated from
// Passes.td) and the option types they share.
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_TRANSFORMS_PASSES_H
#define PRUNE_TRANSFORMS_PASSES_H

#include "Prune/Sparsity/SparseWeights.h"
#include "Prune/Pruning/BranchPruning.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/Pass.h"

namespace mlir::prune {

/// Whether a pruning target holds per layer or over all layers at once.
enum class PruneScope { Layer, Global };

#define GEN_PASS_DECL
#include "Prune/Transforms/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "Prune/Transforms/Passes.h.inc"

} // namespace mlir::prune

#endif // PRUNE_TRANSFORMS_PASSES_H
