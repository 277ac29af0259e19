//===- ExternalModels.cpp - Attach the pruning interfaces to upstream ops -===//

#include "Prune/Interfaces/ExternalModels.h"

#include "mlir/IR/DialectRegistry.h"

void mlir::prune::registerPruneExternalModels(DialectRegistry &registry) {
  registerArithExternalModels(registry);
  registerLinalgExternalModels(registry);
  registerTensorExternalModels(registry);
  registerTosaLayerExternalModels(registry);
  registerTosaValueFlowExternalModels(registry);
}
