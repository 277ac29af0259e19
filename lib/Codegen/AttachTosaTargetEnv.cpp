//===- AttachTosaTargetEnv.cpp - The prune-attach-tosa-target-env pass ----===//
//
// Gives a TOSA module without a target environment a permissive one (level
// none, every profile and TOSA 1.0 extension), so that the validation inside
// tosa-to-linalg-pipeline accepts what a model exporter legitimately emits,
// such as a dynamic batch dimension. An existing environment is kept.
//
//===----------------------------------------------------------------------===//

#include "Prune/Codegen/Passes.h"

#include "mlir/Dialect/Tosa/IR/TargetEnv.h"
#include "mlir/Dialect/Tosa/IR/TosaOps.h"

namespace mlir::prune {
#define GEN_PASS_DEF_PRUNEATTACHTOSATARGETENV
#include "Prune/Codegen/Passes.h.inc"
} // namespace mlir::prune

using namespace mlir;

namespace {

/// True if `module` contains an op of the TOSA dialect.
static bool containsTosaOps(ModuleOp module) {
  return module
      .walk([](Operation *op) {
        return isa_and_nonnull<tosa::TosaDialect>(op->getDialect())
                   ? WalkResult::interrupt()
                   : WalkResult::advance();
      })
      .wasInterrupted();
}

struct PruneAttachTosaTargetEnvPass
    : public prune::impl::PruneAttachTosaTargetEnvBase<
          PruneAttachTosaTargetEnvPass> {
  using Base::Base;

  void runOnOperation() override {
    ModuleOp module = getOperation();
    if (module->hasAttr(tosa::TargetEnvAttr::name) || !containsTosaOps(module))
      return;
    using tosa::Extension;
    // Every extension TOSA 1.0 defines; the 1.1 draft ones would make the
    // environment itself invalid for specification version 1.0.
    const Extension extensions[] = {
        Extension::int16,       Extension::int4,        Extension::bf16,
        Extension::fp8e4m3,     Extension::fp8e5m2,     Extension::fft,
        Extension::variable,    Extension::controlflow, Extension::doubleround,
        Extension::inexactround, Extension::dynamic};
    const tosa::Profile profiles[] = {tosa::Profile::pro_int,
                                      tosa::Profile::pro_fp};
    module->setAttr(tosa::TargetEnvAttr::name,
                    tosa::TargetEnvAttr::get(
                        &getContext(), tosa::SpecificationVersion::V_1_0,
                        tosa::Level::none, profiles, extensions));
  }
};

} // namespace
