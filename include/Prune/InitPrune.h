//===- InitPrune.h - Register everything mlir-prune provides ----*- C++ -*-===//
//
// One registration entry point shared by prune-opt and PrunePlugin.so, so the
// driver and the plugin always offer the same passes and pipelines.
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_INITPRUNE_H
#define PRUNE_INITPRUNE_H

namespace mlir {
class DialectRegistry;
namespace prune {

/// Registers the mlir-prune passes and pipelines with the global registry.
void registerPrunePassesAndPipelines();

/// Adds the dialects mlir-prune defines to `registry`.
/// The prune dialect and the external models of the pruning interfaces
/// (Interfaces/ExternalModels.h).
void registerPruneDialects(DialectRegistry &registry);

} // namespace prune
} // namespace mlir

#endif // PRUNE_INITPRUNE_H
