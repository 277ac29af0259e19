//===- PruneNameLayers.cpp - The prune-name-layers pass -------------------===//
//
// Records every layer's name (WeightAnalysis's naming) on the layer, so that
// it survives printing without locations.
//
//===----------------------------------------------------------------------===//

#include "Prune/Analysis/WeightAnalysis.h"
#include "Prune/Dialect/PruneDialect.h"
#include "Prune/Transforms/Passes.h"
#include "PrunePassBase.h"

namespace mlir::prune {
#define GEN_PASS_DEF_PRUNENAMELAYERS
#include "Prune/Transforms/Passes.h.inc"
} // namespace mlir::prune

using namespace mlir;
using namespace mlir::prune;

namespace {
struct PruneNameLayersPass
    : public PrunePassBase<prune::impl::PruneNameLayersBase,
                           PruneNameLayersPass> {
  using PrunePassBase::PrunePassBase;

  void runOnOperation() override { recordLayerNames(getOperation()); }
};
} // namespace
