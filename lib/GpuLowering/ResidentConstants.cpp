//===- ResidentConstants.cpp - The prune-gpu-resident-constants pass ------===//
//
// Weights are memref.global constants in the host program's data, which GPU
// kernels cannot read. Each use goes through the runtime, which uploads a
// global once per process and returns the same device-resident copy on
// every call, so that a model's weights cross the bus once.
//
//===----------------------------------------------------------------------===//

#include "Prune/GpuLowering/Passes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/SymbolTable.h"

namespace mlir::prune {
#define GEN_PASS_DEF_PRUNEGPURESIDENTCONSTANTS
#include "Prune/GpuLowering/Passes.h.inc"
} // namespace mlir::prune

using namespace mlir;

namespace {

/// The runtime function's suffix for `type`, or "" if it has none.
std::string typeSuffix(Type type) {
  if (type.isIndex())
    return "index";
  if (type.isF16() || type.isBF16() || type.isF32() || type.isF64() ||
      type.isSignlessInteger(1) || type.isSignlessInteger(8) ||
      type.isSignlessInteger(16) || type.isSignlessInteger(32) ||
      type.isSignlessInteger(64)) {
    std::string name;
    llvm::raw_string_ostream os(name);
    type.print(os);
    return name;
  }
  return "";
}

/// The reassociation of all of `type`'s dimensions into one (none for
/// rank 0).
SmallVector<ReassociationIndices> getAllDims(MemRefType type) {
  if (type.getRank() == 0)
    return {};
  return {llvm::to_vector(llvm::seq<int64_t>(0, type.getRank()))};
}

/// `buffer` (static shape, identity layout) as a 1-D memref of its elements.
Value flatten(OpBuilder &builder, Location loc, Value buffer) {
  auto type = cast<MemRefType>(buffer.getType());
  if (type.getRank() == 1)
    return buffer;
  if (type.getRank() > 1)
    return memref::CollapseShapeOp::create(builder, loc, buffer,
                                           getAllDims(type));
  auto flatType = MemRefType::get({1}, type.getElementType());
  return memref::ExpandShapeOp::create(
      builder, loc, flatType, buffer, getAllDims(type),
      ArrayRef<OpFoldResult>{builder.getIndexAttr(1)});
}

/// The 1-D `flat` reshaped back to `type`.
Value unflatten(OpBuilder &builder, Location loc, Value flat, MemRefType type) {
  if (type.getRank() == 1)
    return flat;
  if (type.getRank() == 0)
    return memref::CollapseShapeOp::create(builder, loc, flat,
                                           getAllDims(type));
  return memref::ExpandShapeOp::create(
      builder, loc, type, flat, getAllDims(type),
      getAsIndexOpFoldResult(builder.getContext(), type.getShape()));
}

struct PruneGpuResidentConstantsPass
    : public prune::impl::PruneGpuResidentConstantsBase<
          PruneGpuResidentConstantsPass> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    SmallVector<memref::GetGlobalOp> reads;
    for (auto func : module.getOps<func::FuncOp>())
      func.walk([&](memref::GetGlobalOp read) { reads.push_back(read); });
    for (memref::GetGlobalOp read : reads)
      if (failed(makeResident(read)))
        return signalPassFailure();
  }

  /// The declaration of `prune_gpu_resident_<suffix>`, added once.
  func::FuncOp getRuntimeFunction(Type elementType, StringRef suffix) {
    ModuleOp module = getOperation();
    std::string name = ("prune_gpu_resident_" + suffix).str();
    if (auto existing = module.lookupSymbol<func::FuncOp>(name))
      return existing;
    auto any = MemRefType::get({ShapedType::kDynamic}, elementType);
    auto builder = OpBuilder::atBlockEnd(module.getBody());
    auto decl = func::FuncOp::create(builder, module.getLoc(), name,
                                     builder.getFunctionType(any, any));
    decl.setPrivate();
    // Memref descriptors by pointer: a stable C ABI for the runtime.
    decl->setAttr("llvm.emit_c_interface", builder.getUnitAttr());
    return decl;
  }

  LogicalResult makeResident(memref::GetGlobalOp read) {
    MemRefType type = read.getType();
    std::string suffix = typeSuffix(type.getElementType());
    if (suffix.empty())
      return read.emitOpError()
             << "reads a global of element type " << type.getElementType()
             << ", which prune_gpu_resident_* does not cover";
    if (!type.getLayout().isIdentity() || !type.hasStaticShape())
      return read.emitOpError()
             << "reads a global of type " << type
             << "; prune-gpu-resident-constants needs a static shape and "
                "the identity layout";
    func::FuncOp runtime = getRuntimeFunction(type.getElementType(), suffix);

    // The ops to rewire, before any of ours reads the global too.
    SmallPtrSet<Operation *, 8> users(llvm::from_range, read->getUsers());
    OpBuilder builder(read);
    builder.setInsertionPointAfter(read);
    Location loc = read.getLoc();
    Value flat = flatten(builder, loc, read.getResult());
    Value any = memref::CastOp::create(
        builder, loc, runtime.getFunctionType().getInput(0), flat);
    Value resident =
        func::CallOp::create(builder, loc, runtime, ValueRange{any})
            .getResult(0);
    Value shaped = unflatten(
        builder, loc,
        memref::CastOp::create(builder, loc, flat.getType(), resident), type);
    read.getResult().replaceUsesWithIf(
        shaped, [&](OpOperand &use) { return users.contains(use.getOwner()); });
    return success();
  }
};

} // namespace
