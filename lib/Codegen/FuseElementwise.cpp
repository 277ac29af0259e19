//===- FuseElementwise.cpp - The prune-fuse-elementwise pass --------------===//
//
// Upstream's elementwise fusion (the patterns and the single-use rule of
// linalg-fuse-elementwise-ops, MLIR 22), where a cheap elementwise producer
// may also fuse into several consumers (and dense linalg.reduce ops become
// generics for it to fuse into), with one more rule: a dense
// elementwise producer is not fused into a linalg op that reduces over a
// sparse tensor. The sparsifier would recompute the producer per stored
// weight, and it cannot generate code for every producer body (arith.select
// of a computed condition: a ReLU written as cmpf + select). Nor is a
// producer that does more than cast fused where it would be recomputed for
// every iteration of a loop its result is not indexed by.
//
//===----------------------------------------------------------------------===//

#include "Prune/Codegen/Passes.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Dialect/SparseTensor/IR/SparseTensor.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Tensor/Transforms/Transforms.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::prune {
#define GEN_PASS_DEF_PRUNEFUSEELEMENTWISE
#include "Prune/Codegen/Passes.h.inc"
} // namespace mlir::prune

using namespace mlir;

namespace {

static bool isContraction(Operation *op) {
  auto linalgOp = dyn_cast<linalg::LinalgOp>(op);
  return linalgOp && linalgOp.getNumReductionLoops() > 0;
}

/// A pruned layer after prune-sparsify: a reduction over a sparse operand.
static bool isSparseContraction(Operation *op) {
  return isContraction(op) && sparse_tensor::hasAnySparseOperand(op);
}

/// Whether `op` only converts its inputs (extensions, truncations, int <->
/// float): cheap enough to recompute wherever it is fused.
static bool isCastOnly(Operation *op) {
  auto generic = dyn_cast<linalg::GenericOp>(op);
  return generic && llvm::all_of(generic.getBody()->without_terminator(),
                                 [](Operation &inner) {
                                   return isa<CastOpInterface>(inner);
                                 });
}

/// Whether fusing the producer of `fusedOperand` would compute it again for
/// every iteration of a consumer loop that the operand is not indexed by:
/// the GELU before a fully connected layer would run once per output column
/// (and, vectorized, once per lane), LayerNorm's normalization once per
/// output panel. Loops of static size 1 repeat nothing.
static bool wouldRecompute(OpOperand *fusedOperand) {
  auto consumer = dyn_cast<linalg::LinalgOp>(fusedOperand->getOwner());
  if (!consumer || !consumer.isDpsInput(fusedOperand))
    return false;
  AffineMap map = consumer.getMatchingIndexingMap(fusedOperand);
  for (auto [d, range] : llvm::enumerate(consumer.getStaticLoopRanges()))
    if (range != 1 && !map.isFunctionOfDim(d))
      return true;
  return false;
}

/// Whether `op` is an elementwise generic on dense tensors cheap enough to
/// compute again in each of its consumers rather than store once and load
/// in each: at most two arithmetic ops and one input of its full size, the
/// others broadcast (LayerNorm's x - mean, read by the variance's square and
/// by the normalization). A residual sum x + y is not: its consumers would
/// each read two tensors instead of one.
static bool isCheapElementwise(Operation *op) {
  auto generic = dyn_cast<linalg::GenericOp>(op);
  if (!generic || generic.getNumReductionLoops() != 0 ||
      generic.getNumDpsInits() != 1 || sparse_tensor::hasAnySparseOperand(op))
    return false;
  auto fullSize = [&](OpOperand *input) {
    return generic.getMatchingIndexingMap(input).isPermutation();
  };
  if (llvm::count_if(generic.getDpsInputOperands(), fullSize) > 1)
    return false;
  Block *body = generic.getBody();
  return llvm::range_size(body->without_terminator()) <= 2 &&
         llvm::all_of(body->without_terminator(), [](Operation &inner) {
           return isa<arith::ArithDialect>(inner.getDialect());
         });
}

/// Whether every use of `producer` is an input of a dense linalg op that
/// would not compute it again per iteration: fused into each, it is never
/// stored.
static bool fusesIntoEveryUse(Operation *producer) {
  return llvm::all_of(producer->getUses(), [](OpOperand &use) {
    auto consumer = dyn_cast<linalg::GenericOp>(use.getOwner());
    return consumer && consumer.isDpsInput(&use) && !wouldRecompute(&use) &&
           !sparse_tensor::hasAnySparseOperand(consumer);
  });
}

/// Upstream's rule (the producer has no other use), relaxed for cheap
/// producers that fuse into every use; no dense producer into a sparse
/// contraction, and no reshape moved through an op on sparse tensors: that
/// would reshape its sparse operand into a dense tensor. Nor is a reshape
/// moved through a contraction: expanded, the matmul that
/// prune-conv-to-matmul makes of a convolution gets the seven loops of the
/// convolution back, which prune-vectorize-dense tiles one element deep.
/// Nor is a linalg producer that computes more than casts fused where it
/// would be recomputed (a reshape moved through an op recomputes nothing).
static bool shouldFuse(OpOperand *fusedOperand) {
  Operation *producer = fusedOperand->get().getDefiningOp();
  if (!producer)
    return false;
  if (!producer->hasOneUse() &&
      !(isCheapElementwise(producer) && fusesIntoEveryUse(producer)))
    return false;
  if (isa<linalg::LinalgOp>(producer) && wouldRecompute(fusedOperand) &&
      !isCastOnly(producer))
    return false;
  Operation *consumer = fusedOperand->getOwner();
  auto isReshape = [](Operation *op) {
    return isa<tensor::ExpandShapeOp, tensor::CollapseShapeOp>(op);
  };
  if ((isReshape(consumer) && sparse_tensor::hasAnySparseOperand(producer)) ||
      (isReshape(producer) && sparse_tensor::hasAnySparseOperand(consumer)))
    return false;
  if ((isReshape(consumer) && isContraction(producer)) ||
      (isReshape(producer) && isContraction(consumer)))
    return false;
  return !isSparseContraction(consumer) ||
         sparse_tensor::hasAnySparseOperand(producer);
}

/// A linalg.reduce on dense tensors as the equivalent linalg.generic, which
/// elementwise producers fuse into (LayerNorm's variance reduces a square
/// that is then never stored).
struct GeneralizeDenseReduce : public OpRewritePattern<linalg::ReduceOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(linalg::ReduceOp op,
                                PatternRewriter &rewriter) const override {
    if (!op.hasPureTensorSemantics() ||
        sparse_tensor::hasAnySparseOperandOrResult(op))
      return rewriter.notifyMatchFailure(op, "not on dense tensors");
    return linalg::generalizeNamedOp(rewriter, op);
  }
};

struct PruneFuseElementwisePass
    : public prune::impl::PruneFuseElementwiseBase<PruneFuseElementwisePass> {
  using Base::Base;

  void runOnOperation() override {
    MLIRContext *context = &getContext();
    RewritePatternSet patterns(context);
    // What linalg-fuse-elementwise-ops adds, with shouldFuse as its control.
    linalg::populateElementwiseOpsFusionPatterns(patterns, shouldFuse);
    patterns.add<GeneralizeDenseReduce>(context);
    linalg::populateFoldReshapeOpsByExpansionPatterns(patterns, shouldFuse);
    tensor::populateBubbleUpExpandShapePatterns(patterns);
    affine::AffineApplyOp::getCanonicalizationPatterns(patterns, context);
    linalg::GenericOp::getCanonicalizationPatterns(patterns, context);
    tensor::ExpandShapeOp::getCanonicalizationPatterns(patterns, context);
    tensor::CollapseShapeOp::getCanonicalizationPatterns(patterns, context);
    context->getLoadedDialect<linalg::LinalgDialect>()
        ->getCanonicalizationPatterns(patterns);
    linalg::populateConstantFoldLinalgOperations(patterns, shouldFuse);
    // Top-down for compile time, as upstream.
    (void)applyPatternsGreedily(getOperation(), std::move(patterns),
                                GreedyRewriteConfig().setUseTopDownTraversal());
  }
};

} // namespace
