//===- InitPrune.cpp - Register everything mlir-prune provides ------------===//

#include "Prune/InitPrune.h"

#include "Prune/Dialect/PruneDialect.h"
#include "Prune/Transforms/Passes.h"

#include "mlir/IR/DialectRegistry.h"

void mlir::prune::registerPrunePassesAndPipelines() { registerPrunePasses(); }

void mlir::prune::registerPruneDialects(DialectRegistry &registry) {
  registry.insert<PruneDialect>();
}
