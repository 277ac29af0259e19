//===- PromoteAccumulators.cpp - The prune-gpu-promote-accumulators pass --===//
//
// A reduction lowered to loops reads and writes its output element on every
// iteration; on a GPU that is global memory traffic per multiply-add. The
// element is carried in a register instead, when nothing else in the loop
// can touch it: its buffer is an allocation of this function that no other
// access in the loop reaches.
//
//===----------------------------------------------------------------------===//

#include "Prune/GpuLowering/Passes.h"

#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "mlir/Interfaces/ViewLikeInterface.h"

namespace mlir::prune {
#define GEN_PASS_DEF_PRUNEGPUPROMOTEACCUMULATORS
#include "Prune/GpuLowering/Passes.h.inc"
} // namespace mlir::prune

using namespace mlir;

namespace {

/// The buffer `memref` is a view of, following view-like ops.
Value getRootBuffer(Value memref) {
  while (auto view = memref.getDefiningOp<ViewLikeOpInterface>())
    memref = view.getViewSource();
  return memref;
}

/// Whether `root` is a buffer this function allocated, which no other
/// buffer can alias.
bool isLocalAllocation(Value root) {
  return root.getDefiningOp<memref::AllocOp>() ||
         root.getDefiningOp<memref::AllocaOp>();
}

/// Whether an op inside `loop` other than `load` and `store` may access
/// `root`: it has an operand viewing it, or effects it does not declare.
bool isAccessedElsewhere(scf::ForOp loop, Value root, Operation *load,
                         Operation *store) {
  WalkResult result = loop.getBody()->walk([&](Operation *op) {
    if (op == load || op == store)
      return WalkResult::advance();
    for (Value operand : op->getOperands())
      if (isa<BaseMemRefType>(operand.getType()) &&
          getRootBuffer(operand) == root)
        return WalkResult::interrupt();
    if (!isa<MemoryEffectOpInterface>(op) &&
        !op->hasTrait<OpTrait::HasRecursiveMemoryEffects>())
      return WalkResult::interrupt();
    return WalkResult::advance();
  });
  return result.wasInterrupted();
}

bool isDefinedOutside(scf::ForOp loop, ValueRange values) {
  return llvm::all_of(values, [&](Value value) {
    return !loop->isAncestor(value.getParentRegion()->getParentOp());
  });
}

/// The load/store pair of `loop`'s body that can be carried in a register.
std::optional<std::pair<memref::LoadOp, memref::StoreOp>>
findAccumulator(scf::ForOp loop) {
  for (auto store : loop.getBody()->getOps<memref::StoreOp>()) {
    Value root = getRootBuffer(store.getMemRef());
    if (!isLocalAllocation(root) ||
        !isDefinedOutside(loop, store.getMemRef()) ||
        !isDefinedOutside(loop, store.getIndices()))
      continue;
    for (auto load : loop.getBody()->getOps<memref::LoadOp>()) {
      if (load.getMemRef() != store.getMemRef() ||
          load.getIndices() != store.getIndices() ||
          !load->isBeforeInBlock(store))
        continue;
      if (isAccessedElsewhere(loop, root, load, store))
        break;
      return std::make_pair(load, store);
    }
  }
  return std::nullopt;
}

struct PruneGpuPromoteAccumulatorsPass
    : public prune::impl::PruneGpuPromoteAccumulatorsBase<
          PruneGpuPromoteAccumulatorsPass> {
  void runOnOperation() override {
    SmallVector<scf::ForOp> loops;
    getOperation().walk([&](scf::ForOp loop) { loops.push_back(loop); });
    IRRewriter rewriter(&getContext());
    // Innermost first (post-order): an outer loop then sees the inner
    // loop's hoisted load and store.
    for (scf::ForOp loop : loops)
      while (auto accumulator = findAccumulator(loop)) {
        loop = promote(rewriter, loop, accumulator->first, accumulator->second);
        ++numPromoted;
      }
  }

  scf::ForOp promote(IRRewriter &rewriter, scf::ForOp loop, memref::LoadOp load,
                     memref::StoreOp store) {
    load->moveBefore(loop);
    Value stored = store.getValueToStore();
    auto newLoop = cast<scf::ForOp>(*loop.replaceWithAdditionalYields(
        rewriter, load.getResult(), /*replaceInitOperandUsesInLoop=*/true,
        [&](OpBuilder &, Location, ArrayRef<BlockArgument>) {
          return SmallVector<Value>{stored};
        }));
    rewriter.setInsertionPointAfter(newLoop);
    memref::StoreOp::create(rewriter, store.getLoc(),
                            newLoop.getResults().back(), store.getMemRef(),
                            store.getIndices());
    rewriter.eraseOp(store);
    return newLoop;
  }
};

} // namespace
