//===- EmitCInterface.cpp - The prune-emit-c-interface pass ---------------===//
//
// Requests MLIR's C interface (`_mlir_ciface_<name>`, memrefs passed as
// pointers to descriptors) for every public function with a body, which is
// what an ahead-of-time build calls from C or C++.
//
//===----------------------------------------------------------------------===//

#include "Prune/Codegen/Passes.h"

#include "mlir/Dialect/LLVMIR/LLVMDialect.h"

namespace mlir::prune {
#define GEN_PASS_DEF_PRUNEEMITCINTERFACE
#include "Prune/Codegen/Passes.h.inc"
} // namespace mlir::prune

using namespace mlir;

namespace {

struct PruneEmitCInterfacePass
    : public prune::impl::PruneEmitCInterfaceBase<PruneEmitCInterfacePass> {
  using Base::Base;

  void runOnOperation() override {
    UnitAttr unit = UnitAttr::get(&getContext());
    for (auto func : getOperation().getOps<func::FuncOp>())
      if (func.isPublic() && !func.isExternal())
        func->setAttr(LLVM::LLVMDialect::getEmitCWrapperAttrName(), unit);
  }
};

} // namespace
