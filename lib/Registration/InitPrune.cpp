//===- InitPrune.cpp - Register everything mlir-prune provides ------------===//

#include "Prune/InitPrune.h"

#include "Prune/Codegen/Passes.h"
#include "Prune/Pipelines/Pipelines.h"
#include "Prune/Dialect/PruneDialect.h"
#include "Prune/Interfaces/ExternalModels.h"
#include "Prune/Pipelines/GpuLowering.h"
#include "Prune/Transforms/Passes.h"

#include "mlir/IR/DialectRegistry.h"

void mlir::prune::registerPrunePassesAndPipelines() {
  registerPrunePasses();
  registerPruneCodegenPasses();
  registerPrunePipelines();
  registerPruneGpuLowering();
}

void mlir::prune::registerPruneDialects(DialectRegistry &registry) {
  registry.insert<PruneDialect>();
  registerPruneExternalModels(registry);
}
