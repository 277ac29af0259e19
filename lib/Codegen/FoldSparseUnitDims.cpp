//===- FoldSparseUnitDims.cpp - The prune-fold-sparse-unit-dims pass ------===//
//
// Drops the loops of static size 1 from the sparse kernels of a function,
// with upstream's unit-extent-dims folding restricted to linalg ops with a
// sparse_tensor operand and to loops that index only dense operands (a
// sparse tensor would need a reshape). The sparsifier parallelizes the
// outermost loop of a kernel; for a layer at batch 1 that loop is the batch
// of one until it is dropped, and then it is the rows of the weight.
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

static bool hasSparseOperand(Operation *op) {
  return llvm::any_of(op->getOperandTypes(), isSparse);
}

/// The loops of `op` of static size 1 that no sparse operand's indexing map
/// uses.
static SmallVector<unsigned> getDenseUnitLoops(Operation *op) {
  auto generic = dyn_cast<linalg::GenericOp>(op);
  if (!generic || !hasSparseOperand(op))
    return {};
  llvm::SmallBitVector indexesSparse(generic.getNumLoops());
  for (OpOperand &operand : generic->getOpOperands()) {
    if (!isSparse(operand.get().getType()))
      continue;
    AffineMap map = generic.getMatchingIndexingMap(&operand);
    for (unsigned d = 0; d < generic.getNumLoops(); ++d)
      if (map.isFunctionOfDim(d))
        indexesSparse.set(d);
  }
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
          hasSparseOperand(op))
        named.push_back(op);
    });
    IRRewriter rewriter(&getContext());
    for (linalg::LinalgOp op : named) {
      rewriter.setInsertionPoint(op);
      (void)linalg::generalizeNamedOp(rewriter, op);
    }

    RewritePatternSet patterns(&getContext());
    linalg::ControlDropUnitDims control;
    control.controlFn = getDenseUnitLoops;
    linalg::populateFoldUnitExtentDimsPatterns(patterns, control);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      return signalPassFailure();
  }
};

} // namespace
