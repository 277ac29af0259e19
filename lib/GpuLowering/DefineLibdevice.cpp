//===- DefineLibdevice.cpp - The prune-gpu-define-libdevice pass ----------===//
//
// MLIR's NVVM lowering sends even single-instruction math (fma, floor, sqrt)
// to libdevice, which needs a CUDA toolkit at compile time. These bodies
// make the kernels self-contained PTX.
//
//===----------------------------------------------------------------------===//

#include "Prune/GpuLowering/Passes.h"

#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"

#include "llvm/ADT/StringSwitch.h"

namespace mlir::prune {
#define GEN_PASS_DEF_PRUNEGPUDEFINELIBDEVICE
#include "Prune/GpuLowering/Passes.h.inc"
} // namespace mlir::prune

using namespace mlir;

namespace {

/// The LLVM intrinsic equal to libdevice's `name` (`__nv_` stripped, `f`
/// suffix for f32), or "" if there is none.
StringRef getIntrinsic(StringRef name) {
  name.consume_back("f");
  return llvm::StringSwitch<StringRef>(name)
      .Case("fma", "llvm.fma")
      .Case("floor", "llvm.floor")
      .Case("ceil", "llvm.ceil")
      .Case("trunc", "llvm.trunc")
      .Case("round", "llvm.round")
      .Case("rint", "llvm.roundeven")
      .Case("sqrt", "llvm.sqrt")
      .Case("fabs", "llvm.fabs")
      .Case("copysign", "llvm.copysign")
      .Case("fmin", "llvm.minnum")
      .Case("fmax", "llvm.maxnum")
      .Default("");
}

struct PruneGpuDefineLibdevicePass
    : public prune::impl::PruneGpuDefineLibdeviceBase<
          PruneGpuDefineLibdevicePass> {
  using Base::Base;

  void runOnOperation() override {
    for (auto func : getOperation().getOps<LLVM::LLVMFuncOp>()) {
      StringRef name = func.getName();
      if (!func.isExternal() || !name.consume_front("__nv_"))
        continue;
      StringRef intrinsic = getIntrinsic(name);
      LLVM::LLVMFunctionType type = func.getFunctionType();
      bool scalarFloat = !type.isVarArg() &&
                         isa<FloatType>(type.getReturnType()) &&
                         llvm::all_of(type.getParams(), [&](Type param) {
                           return param == type.getReturnType();
                         });
      if (intrinsic.empty() || !scalarFloat) {
        if (allowUndefined)
          continue;
        func.emitOpError() << "is a libdevice function with no NVPTX "
                              "instruction: it needs a CUDA toolkit's "
                              "libdevice (prune-gpu-define-libdevice)";
        return signalPassFailure();
      }
      OpBuilder builder(func.getContext());
      Block *entry = func.addEntryBlock(builder);
      builder.setInsertionPointToStart(entry);
      auto call = LLVM::CallIntrinsicOp::create(
          builder, func.getLoc(), type.getReturnType(),
          builder.getStringAttr(intrinsic), ValueRange(entry->getArguments()));
      LLVM::ReturnOp::create(builder, func.getLoc(), call.getResults());
      func.setLinkage(LLVM::Linkage::Internal);
    }
  }
};

} // namespace
