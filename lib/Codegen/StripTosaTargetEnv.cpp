//===- StripTosaTargetEnv.cpp - The prune-strip-tosa-target-env pass ------===//
//
// Drops the module's tosa.target_env attribute after TOSA is lowered: the
// attribute outlives the ops it describes, and mlir-runner and
// mlir-translate, which do not load the TOSA dialect, cannot parse it.
//
//===----------------------------------------------------------------------===//

#include "Prune/Codegen/Passes.h"

#include "mlir/Dialect/Tosa/IR/TargetEnv.h"
#include "mlir/Dialect/Tosa/IR/TosaOps.h"

namespace mlir::prune {
#define GEN_PASS_DEF_PRUNESTRIPTOSATARGETENV
#include "Prune/Codegen/Passes.h.inc"
} // namespace mlir::prune

using namespace mlir;

namespace {

struct PruneStripTosaTargetEnvPass
    : public prune::impl::PruneStripTosaTargetEnvBase<
          PruneStripTosaTargetEnvPass> {
  using Base::Base;

  void runOnOperation() override {
    ModuleOp module = getOperation();
    if (!module->hasAttr(tosa::TargetEnvAttr::name))
      return;
    WalkResult leftover = module.walk([](Operation *op) {
      if (op->getDialect() &&
          op->getDialect()->getNamespace() ==
              tosa::TosaDialect::getDialectNamespace()) {
        op->emitOpError("is not lowered; tosa.target_env still applies to it");
        return WalkResult::interrupt();
      }
      return WalkResult::advance();
    });
    if (leftover.wasInterrupted())
      return signalPassFailure();
    module->removeAttr(tosa::TargetEnvAttr::name);
  }
};

} // namespace
