//===- CopyArguments.cpp - The prune-gpu-copy-arguments pass --------------===//
//
// A public function's memref arguments are the caller's host buffers, which
// GPU kernels cannot address; the body works on copies that the GPU
// pipeline allocates as managed memory.
//
//===----------------------------------------------------------------------===//

#include "Prune/GpuLowering/Passes.h"

#include "mlir/Dialect/MemRef/IR/MemRef.h"

namespace mlir::prune {
#define GEN_PASS_DEF_PRUNEGPUCOPYARGUMENTS
#include "Prune/GpuLowering/Passes.h.inc"
} // namespace mlir::prune

using namespace mlir;

namespace {

struct PruneGpuCopyArgumentsPass
    : public prune::impl::PruneGpuCopyArgumentsBase<PruneGpuCopyArgumentsPass> {
  void runOnOperation() override {
    for (auto func : getOperation().getOps<func::FuncOp>()) {
      if (!func.isPublic() || func.isExternal())
        continue;
      if (failed(copyArguments(func)))
        return signalPassFailure();
    }
  }

  LogicalResult copyArguments(func::FuncOp func) {
    Block &entry = func.getBody().front();
    auto builder = OpBuilder::atBlockBegin(&entry);
    for (BlockArgument argument : entry.getArguments()) {
      auto type = dyn_cast<MemRefType>(argument.getType());
      if (!type || argument.use_empty())
        continue;
      // The copy has the identity layout whatever the argument's strides.
      auto copyType =
          MemRefType::get(type.getShape(), type.getElementType(),
                          MemRefLayoutAttrInterface(), type.getMemorySpace());
      if (copyType != type && !memref::CastOp::areCastCompatible(
                                  TypeRange{copyType}, TypeRange{type}))
        return func.emitOpError()
               << "argument #" << argument.getArgNumber() << " of type " << type
               << " cannot be replaced by a copy with the identity layout; "
                  "bufferize with identity or fully dynamic layouts at "
                  "function boundaries";
      Location loc = argument.getLoc();
      // Ops that read the argument itself rather than the copy.
      SmallPtrSet<Operation *, 4> readers;
      SmallVector<Value> sizes;
      for (auto [i, size] : llvm::enumerate(type.getShape())) {
        if (!ShapedType::isDynamic(size))
          continue;
        auto dim = memref::DimOp::create(builder, loc, argument, i);
        readers.insert(dim);
        sizes.push_back(dim);
      }
      Value copy = memref::AllocOp::create(builder, loc, copyType, sizes);
      readers.insert(memref::CopyOp::create(builder, loc, argument, copy));
      Value replacement = copy;
      if (copyType != type)
        replacement = memref::CastOp::create(builder, loc, type, copy);
      argument.replaceAllUsesExcept(replacement, readers);
    }
    return success();
  }
};

} // namespace
