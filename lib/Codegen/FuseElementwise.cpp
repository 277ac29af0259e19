//===- FuseElementwise.cpp - The prune-fuse-elementwise pass --------------===//
//
// Upstream's elementwise fusion (the patterns and the single-use rule of
// linalg-fuse-elementwise-ops, MLIR 22) with one more rule: a dense
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

/// Upstream's rule (the producer has no other use), no dense producer into
/// a sparse contraction, and no reshape moved through an op on sparse
/// tensors: that would reshape its sparse operand into a dense tensor. Nor
/// is a reshape moved through a contraction: expanded, the matmul that
/// prune-conv-to-matmul makes of a convolution gets the seven loops of the
/// convolution back, which prune-vectorize-dense tiles one element deep.
/// Nor is a linalg producer that computes more than casts fused where it
/// would be recomputed (a reshape moved through an op recomputes nothing).
static bool shouldFuse(OpOperand *fusedOperand) {
  Operation *producer = fusedOperand->get().getDefiningOp();
  if (!producer || !producer->hasOneUse())
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

struct PruneFuseElementwisePass
    : public prune::impl::PruneFuseElementwiseBase<PruneFuseElementwisePass> {
  using Base::Base;

  void runOnOperation() override {
    MLIRContext *context = &getContext();
    RewritePatternSet patterns(context);
    // What linalg-fuse-elementwise-ops adds, with shouldFuse as its control.
    linalg::populateElementwiseOpsFusionPatterns(patterns, shouldFuse);
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
