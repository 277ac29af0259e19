//===- PruneNameLayers.cpp - The prune-name-layers pass -------------------===//
//
// Records every layer's name (WeightAnalysis's naming) on the layer, so that
// it survives printing without locations.
//
//===----------------------------------------------------------------------===//

#include "Prune/Analysis/WeightAnalysis.h"
#include "Prune/Dialect/PruneDialect.h"
#include "Prune/Interfaces/ExternalModels.h"
#include "Prune/Transforms/Passes.h"

namespace mlir::prune {
#define GEN_PASS_DEF_PRUNENAMELAYERS
#include "Prune/Transforms/Passes.h.inc"
} // namespace mlir::prune

using namespace mlir;
using namespace mlir::prune;

namespace {
struct PruneNameLayersPass
    : public prune::impl::PruneNameLayersBase<PruneNameLayersPass> {
  using Base::Base;

  void getDependentDialects(DialectRegistry &registry) const override {
    Base::getDependentDialects(registry);
    registerPruneExternalModels(registry);
  }

  void runOnOperation() override {
    recordLayerNames(collectWeightUses(getOperation()));
  }
};
} // namespace
