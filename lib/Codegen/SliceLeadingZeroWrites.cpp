//===- SliceLeadingZeroWrites.cpp - prune-slice-leading-zero-writes -------===//
//
// LLVM 22's bufferization takes a rank-reduced vector.transfer_write at the
// origin of a tensor for a write of the whole tensor and skips the copy an
// out-of-place write needs (see the pass description). Written through a
// slice of the trailing dimensions it covers, the write has its tensor's
// rank and is judged right.
//
//===----------------------------------------------------------------------===//

#include "Prune/Codegen/Passes.h"

#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::prune {
#define GEN_PASS_DEF_PRUNESLICELEADINGZEROWRITES
#include "Prune/Codegen/Passes.h.inc"
} // namespace mlir::prune

using namespace mlir;

namespace {

struct SliceLeadingZeroWrite : OpRewritePattern<vector::TransferWriteOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(vector::TransferWriteOp write,
                                PatternRewriter &rewriter) const override {
    auto tensorType = dyn_cast<RankedTensorType>(write.getBase().getType());
    int64_t vectorRank = write.getVectorType().getRank();
    if (!tensorType || !tensorType.hasStaticShape() || write.getMask() ||
        vectorRank >= tensorType.getRank() ||
        !write.getPermutationMap().isMinorIdentity() ||
        !llvm::all_of(write.getIndices(),
                      [](Value i) { return isConstantIntValue(i, 0); }))
      return failure();
    int64_t rank = tensorType.getRank();
    Location loc = write.getLoc();
    SmallVector<OpFoldResult> offsets(rank, rewriter.getIndexAttr(0));
    SmallVector<OpFoldResult> strides(rank, rewriter.getIndexAttr(1));
    SmallVector<OpFoldResult> sizes(rank, rewriter.getIndexAttr(1));
    ArrayRef<int64_t> trailing = tensorType.getShape().take_back(vectorRank);
    for (auto [i, size] : llvm::enumerate(trailing))
      sizes[rank - vectorRank + i] = rewriter.getIndexAttr(size);
    auto sliceType =
        RankedTensorType::get(trailing, tensorType.getElementType());
    Value slice = tensor::ExtractSliceOp::create(
        rewriter, loc, sliceType, write.getBase(), offsets, sizes, strides);
    SmallVector<Value> indices(write.getIndices().take_back(vectorRank));
    SmallVector<bool> inBounds = write.getInBoundsValues();
    Value written =
        vector::TransferWriteOp::create(rewriter, loc, write.getVector(), slice,
                                        indices, ArrayRef<bool>(inBounds))
            .getResult();
    rewriter.replaceOpWithNewOp<tensor::InsertSliceOp>(
        write, written, write.getBase(), offsets, sizes, strides);
    return success();
  }
};

struct PruneSliceLeadingZeroWritesPass
    : public prune::impl::PruneSliceLeadingZeroWritesBase<
          PruneSliceLeadingZeroWritesPass> {
  using Base::Base;

  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    patterns.add<SliceLeadingZeroWrite>(&getContext());
    // One rewrite per write; the new writes have their tensor's rank.
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      return signalPassFailure();
  }
};

} // namespace
