//===- FoldSparseUnitDims.cpp - The prune-fold-sparse-unit-dims pass ------===//
//
// Drops the loops of static size 1 from the sparse kernels of a function,
// with upstream's unit-extent-dims folding restricted to linalg ops with a
// sparse_tensor operand and to loops that index only dense operands (a
// sparse tensor would need a reshape). The sparsifier parallelizes the
// outermost loop of a kernel; for a layer at batch 1 that loop is the batch
// of one until it is dropped, and then it is the rows of the weight. Small
// kernels keep it, and so stay on one thread.
//
//===----------------------------------------------------------------------===//

#include "Prune/Codegen/Passes.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Dialect/SparseTensor/IR/SparseTensor.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "llvm/ADT/SmallBitVector.h"

namespace mlir::prune {
#define GEN_PASS_DEF_PRUNEFOLDSPARSEUNITDIMS
#include "Prune/Codegen/Passes.h.inc"
} // namespace mlir::prune

using namespace mlir;

namespace {

static bool isSparse(Type type) {
  return sparse_tensor::getSparseTensorEncoding(type) != nullptr;
}

/// The values `sparse` stores: the static size of the values given to the
/// sparse_tensor.assemble that makes it (prune-sparsify's constants), else
/// its element count.
static std::optional<int64_t> getStoredValues(Value sparse) {
  if (auto assemble = sparse.getDefiningOp<sparse_tensor::AssembleOp>()) {
    auto values = cast<ShapedType>(assemble.getValues().getType());
    if (values.hasStaticShape())
      return values.getNumElements();
  }
  auto type = cast<ShapedType>(sparse.getType());
  if (type.hasStaticShape())
    return type.getNumElements();
  return std::nullopt;
}

/// The loops of `generic` that some sparse operand's indexing map uses.
static llvm::SmallBitVector getLoopsIndexedBySparse(linalg::GenericOp generic) {
  llvm::SmallBitVector indexed(generic.getNumLoops());
  for (OpOperand &operand : generic->getOpOperands()) {
    if (!isSparse(operand.get().getType()))
      continue;
    AffineMap map = generic.getMatchingIndexingMap(&operand);
    for (unsigned d = 0; d < generic.getNumLoops(); ++d)
      if (map.isFunctionOfDim(d))
        indexed.set(d);
  }
  return indexed;
}

/// The multiply-adds `generic` executes: the values its sparse operands
/// store times the sizes of the loops none of them indexes; none if some
/// size is dynamic.
static std::optional<int64_t> getWork(linalg::GenericOp generic) {
  int64_t work = 1;
  for (OpOperand &operand : generic->getOpOperands()) {
    if (!isSparse(operand.get().getType()))
      continue;
    std::optional<int64_t> stored = getStoredValues(operand.get());
    if (!stored)
      return std::nullopt;
    work = std::max(work, *stored);
  }
  llvm::SmallBitVector indexedBySparse = getLoopsIndexedBySparse(generic);
  for (auto [d, range] : llvm::enumerate(generic.getStaticLoopRanges())) {
    if (indexedBySparse.test(d))
      continue;
    if (ShapedType::isDynamic(range))
      return std::nullopt;
    work *= range;
  }
  return work;
}

/// The loops of `op` of static size 1 that no sparse operand's indexing map
/// uses, if `op` does at least `minWork` multiply-adds.
static SmallVector<unsigned> getDenseUnitLoops(Operation *op, int64_t minWork) {
  auto generic = dyn_cast<linalg::GenericOp>(op);
  if (!generic || !sparse_tensor::hasAnySparseOperand(op))
    return {};
  if (minWork > 0) {
    std::optional<int64_t> work = getWork(generic);
    if (work && *work < minWork)
      return {};
  }
  llvm::SmallBitVector indexesSparse = getLoopsIndexedBySparse(generic);
  SmallVector<unsigned> loops;
  for (auto [d, range] : llvm::enumerate(generic.getStaticLoopRanges()))
    if (range == 1 && !indexesSparse.test(d))
      loops.push_back(d);
  return loops;
}

struct PruneFoldSparseUnitDimsPass
    : public prune::impl::PruneFoldSparseUnitDimsBase<
          PruneFoldSparseUnitDimsPass> {
  using Base::Base;

  void runOnOperation() override {
    // Unit-dims folding handles generics only.
    SmallVector<linalg::LinalgOp> named;
    getOperation().walk([&](linalg::LinalgOp op) {
      if (!isa<linalg::GenericOp>(op) && op.hasPureTensorSemantics() &&
          sparse_tensor::hasAnySparseOperand(op))
        named.push_back(op);
    });
    IRRewriter rewriter(&getContext());
    for (linalg::LinalgOp op : named) {
      rewriter.setInsertionPoint(op);
      (void)linalg::generalizeNamedOp(rewriter, op);
    }

    RewritePatternSet patterns(&getContext());
    linalg::ControlDropUnitDims control;
    control.controlFn = [minWork = int64_t(minWork)](Operation *op) {
      return getDenseUnitLoops(op, minWork);
    };
    linalg::populateFoldUnitExtentDimsPatterns(patterns, control);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      return signalPassFailure();
  }
};

} // namespace
