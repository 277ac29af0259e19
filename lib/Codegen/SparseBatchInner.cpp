//===- SparseBatchInner.cpp - The prune-sparse-batch-inner pass -----------===//
//
// Rewrites a pruned layer's sparse matrix product at a batch,
// y[b, o] = sum_r x[b, r] * W[o, r] with W sparse, as
// yT[o, b] = sum_r W[o, r] * xT[r, b] on transposed activations, so that the
// sparsifier's loops are rows, nonzeros, then the batch: every nonzero of W
// updates a contiguous vector of outputs from a contiguous vector of inputs
// (CSR SpMM in row order) instead of gathering one input per nonzero and
// batch row.
//
//===----------------------------------------------------------------------===//

#include "Prune/Codegen/Passes.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Utils/Utils.h"
#include "mlir/Dialect/SparseTensor/IR/SparseTensor.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/PatternMatch.h"

namespace mlir::prune {
#define GEN_PASS_DEF_PRUNESPARSEBATCHINNER
#include "Prune/Codegen/Passes.h.inc"
} // namespace mlir::prune

using namespace mlir;

namespace {

static bool isSparse(Value value) {
  return sparse_tensor::getSparseTensorEncoding(value.getType()) != nullptr;
}

/// Transposes `value` with `permutation` (result dim i = source dim
/// permutation[i]).
static Value transpose(RewriterBase &rewriter, Location loc, Value value,
                       ArrayRef<int64_t> permutation) {
  auto type = cast<RankedTensorType>(value.getType());
  SmallVector<OpFoldResult> sizes;
  for (int64_t d : permutation)
    sizes.push_back(tensor::getMixedSize(rewriter, loc, value, d));
  Value empty =
      tensor::EmptyOp::create(rewriter, loc, sizes, type.getElementType());
  return linalg::TransposeOp::create(rewriter, loc, value, empty, permutation)
      ->getResult(0);
}

static LogicalResult rewrite(RewriterBase &rewriter, linalg::GenericOp op) {
  if (!op.hasPureTensorSemantics() || op.getNumDpsInputs() != 2 ||
      op.getNumDpsInits() != 1 || op.getNumReductionLoops() != 1 ||
      isSparse(op.getDpsInits()[0]))
    return failure();
  OpOperand *sparse = nullptr, *dense = nullptr;
  for (OpOperand *input : op.getDpsInputOperands())
    (isSparse(input->get()) ? sparse : dense) = input;
  if (!sparse || !dense)
    return failure();
  OpOperand *init = op.getDpsInitOperand(0);
  AffineMap wMap = op.getMatchingIndexingMap(sparse);
  AffineMap xMap = op.getMatchingIndexingMap(dense);
  AffineMap yMap = op.getMatchingIndexingMap(init);
  if (!wMap.isProjectedPermutation() || !xMap.isProjectedPermutation() ||
      !yMap.isProjectedPermutation() || wMap.getNumResults() != 2)
    return failure();
  SmallVector<utils::IteratorType> iterators = op.getIteratorTypesArray();
  unsigned outLoop = wMap.getDimPosition(0),
           reduceLoop = wMap.getDimPosition(1);
  if (!linalg::isParallelIterator(iterators[outLoop]) ||
      !linalg::isReductionIterator(iterators[reduceLoop]))
    return failure();
  // y: the batch loops and the output loop; x: the same batch loops and the
  // reduction loop.
  SmallVector<unsigned> batch;
  for (unsigned i = 0; i < yMap.getNumResults(); ++i)
    if (yMap.getDimPosition(i) != outLoop)
      batch.push_back(yMap.getDimPosition(i));
  if (batch.size() + 1 != yMap.getNumResults() ||
      xMap.getNumResults() != batch.size() + 1 ||
      !xMap.isFunctionOfDim(reduceLoop) ||
      !llvm::all_of(batch, [&](unsigned b) { return xMap.isFunctionOfDim(b); }))
    return failure();
  // Only a real batch: loops of size 1 are better dropped.
  SmallVector<int64_t> ranges = op.getStaticLoopRanges();
  if (llvm::all_of(batch, [&](unsigned b) { return ranges[b] == 1; }))
    return failure();

  Location loc = op.getLoc();
  rewriter.setInsertionPoint(op);
  // xT: reduction dim first, then the batch dims in y's order.
  SmallVector<int64_t> xPerm = {
      *xMap.getResultPosition(getAffineDimExpr(reduceLoop, op.getContext()))};
  for (unsigned b : batch)
    xPerm.push_back(
        *xMap.getResultPosition(getAffineDimExpr(b, op.getContext())));
  Value xT = transpose(rewriter, loc, dense->get(), xPerm);
  // yT: output dim first, then the batch dims in y's order.
  SmallVector<int64_t> yPerm = {
      *yMap.getResultPosition(getAffineDimExpr(outLoop, op.getContext()))};
  for (unsigned b : batch)
    yPerm.push_back(
        *yMap.getResultPosition(getAffineDimExpr(b, op.getContext())));
  Value yT = transpose(rewriter, loc, init->get(), yPerm);

  // Loops (o, r, batch...).
  MLIRContext *ctx = op.getContext();
  unsigned numLoops = batch.size() + 2;
  SmallVector<AffineExpr> batchExprs;
  for (unsigned i = 0; i < batch.size(); ++i)
    batchExprs.push_back(getAffineDimExpr(i + 2, ctx));
  AffineExpr o = getAffineDimExpr(0, ctx), r = getAffineDimExpr(1, ctx);
  SmallVector<AffineExpr> xTExprs = {r}, yTExprs = {o};
  xTExprs.append(batchExprs);
  yTExprs.append(batchExprs);
  AffineMap wNew = AffineMap::get(numLoops, 0, {o, r}, ctx);
  AffineMap xNew = AffineMap::get(numLoops, 0, xTExprs, ctx);
  AffineMap yNew = AffineMap::get(numLoops, 0, yTExprs, ctx);
  SmallVector<Value> inputs;
  SmallVector<AffineMap> maps;
  for (OpOperand *input : op.getDpsInputOperands()) {
    inputs.push_back(input == sparse ? sparse->get() : xT);
    maps.push_back(input == sparse ? wNew : xNew);
  }
  maps.push_back(yNew);
  SmallVector<utils::IteratorType> newIterators(numLoops,
                                                utils::IteratorType::parallel);
  newIterators[1] = utils::IteratorType::reduction;
  auto generic =
      linalg::GenericOp::create(rewriter, loc, TypeRange{yT.getType()}, inputs,
                                ValueRange{yT}, maps, newIterators);
  rewriter.cloneRegionBefore(op.getRegion(), generic.getRegion(),
                             generic.getRegion().end());
  generic->setDiscardableAttrs(op->getDiscardableAttrDictionary());
  // Back to y's layout: y dim i is yT dim inverse(yPerm)[i].
  SmallVector<int64_t> back(yPerm.size());
  for (auto [i, p] : llvm::enumerate(yPerm))
    back[p] = i;
  Value y = transpose(rewriter, loc, generic.getResult(0), back);
  rewriter.replaceOp(op, y);
  return success();
}

struct PruneSparseBatchInnerPass
    : public prune::impl::PruneSparseBatchInnerBase<PruneSparseBatchInnerPass> {
  using Base::Base;

  void runOnOperation() override {
    SmallVector<linalg::GenericOp> candidates;
    getOperation().walk([&](linalg::GenericOp op) {
      if (llvm::any_of(op->getOperands(), isSparse))
        candidates.push_back(op);
    });
    IRRewriter rewriter(&getContext());
    for (linalg::GenericOp op : candidates)
      if (succeeded(rewrite(rewriter, op)))
        ++numRewritten;
  }
};

} // namespace
