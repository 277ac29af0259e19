//===- FuseImageLoops.cpp - The prune-fuse-image-loops pass ---------------===//
//
// prune-conv-to-matmul computes a convolution one image at a time, in an
// scf.forall over the batch. What the TOSA lowering puts around it - the
// bias broadcast into the accumulator before, the activation (or residual
// add and activation) after - are passes over the whole batch's output,
// which at batch 32 leaves the cache between them. This pass computes both
// inside the loop, on one image's output, with upstream's tile-and-fuse
// utilities; the whole-batch accumulator becomes an image-sized tensor.
//
//===----------------------------------------------------------------------===//

#include "Prune/Codegen/Passes.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/MemRef/Transforms/Transforms.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/SCF/Transforms/TileUsingInterface.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::prune {
#define GEN_PASS_DEF_PRUNEFUSEIMAGELOOPS
#include "Prune/Codegen/Passes.h.inc"
} // namespace mlir::prune

using namespace mlir;

namespace {

/// Whether the slices of `loop`'s shared output that its body reads and
/// inserts keep their rank: upstream's fusion through a rank-reducing slice
/// builds an op whose operands do not match its indexing maps (MLIR 22).
static bool slicesKeepRank(scf::ForallOp loop) {
  for (Operation *user : loop.getRegionIterArgs().front().getUsers()) {
    if (auto insert = dyn_cast<tensor::ParallelInsertSliceOp>(user)) {
      if (insert.getSourceType().getRank() != insert.getDestType().getRank())
        return false;
    } else if (auto read = dyn_cast<tensor::ExtractSliceOp>(user)) {
      if (read.getType().getRank() != read.getSourceType().getRank())
        return false;
    }
  }
  return true;
}

/// The one slice of `loop`'s shared output that its body reads (the
/// accumulator of one iteration), if it reads it only so.
static tensor::ExtractSliceOp getSharedSlice(scf::ForallOp loop) {
  tensor::ExtractSliceOp slice;
  for (Operation *user : loop.getRegionIterArgs().front().getUsers()) {
    if (isa<tensor::ParallelInsertSliceOp>(user))
      continue;
    auto read = dyn_cast<tensor::ExtractSliceOp>(user);
    if (!read || slice)
      return {};
    slice = read;
  }
  return slice;
}

/// Computes the producer of `loop`'s shared output (getFusableInitProducer)
/// in each iteration, on the iteration's slice; the loop's init becomes the
/// producer's own. False with nothing changed where it cannot.
static bool fuseAccumulator(RewriterBase &rewriter, scf::ForallOp loop) {
  linalg::LinalgOp producer =
      prune::getFusableInitProducer(loop.getOutputs().front());
  tensor::ExtractSliceOp slice = getSharedSlice(loop);
  if (!producer || !slice || !slicesKeepRank(loop))
    return false;
  SmallVector<LoopLikeOpInterface> nest = {loop};
  std::optional<scf::SCFFuseProducerOfSliceResult> fused =
      scf::tileAndFuseProducerOfSlice(rewriter, slice, nest);
  if (!fused)
    return false;
  if (producer->use_empty())
    rewriter.eraseOp(producer);
  return true;
}

/// Computes the elementwise consumer of `loop`'s result
/// (getFusableElementwiseUser) in each iteration, on what the iteration
/// inserts; the loop gets the consumer's result as a second shared output.
/// False with nothing changed where it cannot.
static bool fuseEpilogue(RewriterBase &rewriter, scf::ForallOp loop) {
  linalg::GenericOp epilogue =
      prune::getFusableElementwiseUser(loop.getResult(0));
  if (!epilogue || !slicesKeepRank(loop))
    return false;
  SmallVector<LoopLikeOpInterface> nest = {loop};
  FailureOr<scf::SCFFuseConsumerOfSliceResult> fused =
      scf::tileAndFuseConsumer(rewriter, epilogue, nest);
  if (failed(fused))
    return false;
  // tileAndFuseConsumer replaces the loop; the consumer's uses are the new
  // loop's result's now.
  if (epilogue->use_empty())
    rewriter.eraseOp(epilogue);
  return true;
}

/// Once its epilogue is fused, a loop's first shared output (the
/// accumulator) is no longer read after the loop: where its init is a
/// tensor.empty, each iteration's slice of it is an image-sized
/// tensor.empty instead, the insert into it goes, and canonicalization drops
/// the shared output. Without this the whole batch's accumulator would still
/// be allocated and written back to memory.
struct LocalizeUnusedSharedOutput : public OpRewritePattern<scf::ForallOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(scf::ForallOp loop,
                                PatternRewriter &rewriter) const override {
    for (auto [index, result] : llvm::enumerate(loop.getResults())) {
      if (!result.use_empty() ||
          !loop.getOutputs()[index].getDefiningOp<tensor::EmptyOp>())
        continue;
      BlockArgument shared = loop.getRegionIterArgs()[index];
      SmallVector<Operation *> users(shared.getUsers());
      if (users.empty() ||
          !llvm::all_of(users, llvm::IsaPred<tensor::ExtractSliceOp,
                                             tensor::ParallelInsertSliceOp>))
        continue;
      for (Operation *user : users) {
        if (auto insert = dyn_cast<tensor::ParallelInsertSliceOp>(user)) {
          rewriter.eraseOp(insert);
          continue;
        }
        auto slice = cast<tensor::ExtractSliceOp>(user);
        rewriter.setInsertionPoint(slice);
        rewriter.replaceOpWithNewOp<tensor::EmptyOp>(
            slice, tensor::getMixedSizes(rewriter, slice.getLoc(), slice),
            slice.getType().getElementType());
      }
      return success();
    }
    return failure();
  }
};

struct PruneFuseImageLoopsPass
    : public prune::impl::PruneFuseImageLoopsBase<PruneFuseImageLoopsPass> {
  using Base::Base;

  void runOnOperation() override {
    MLIRContext *ctx = &getContext();
    // With a dynamic batch the loop's bound is a tensor.dim of the
    // accumulator's producer, a second use that would keep the producer out
    // of the loop: it becomes the dim of the producer's init.
    RewritePatternSet dims(ctx);
    memref::populateResolveRankedShapedTypeResultDimsPatterns(dims);
    if (failed(applyPatternsGreedily(getOperation(), std::move(dims))))
      return signalPassFailure();

    SmallVector<scf::ForallOp> loops;
    getOperation().walk([&](scf::ForallOp loop) {
      if (loop.getNumResults() == 1 && loop.getRank() == 1)
        loops.push_back(loop);
    });
    IRRewriter rewriter(ctx);
    bool changed = false;
    for (scf::ForallOp loop : loops) {
      bool accumulator = fuseAccumulator(rewriter, loop);
      bool epilogue = fuseEpilogue(rewriter, loop);
      numAccumulators += accumulator;
      numEpilogues += epilogue;
      changed |= accumulator || epilogue;
    }
    if (!changed)
      return;
    RewritePatternSet patterns(ctx);
    patterns.add<LocalizeUnusedSharedOutput>(ctx);
    scf::ForallOp::getCanonicalizationPatterns(patterns, ctx);
    tensor::ExtractSliceOp::getCanonicalizationPatterns(patterns, ctx);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      return signalPassFailure();
  }
};

} // namespace
