//===- ConvTiles.cpp - Convolution tiles of prune-vectorize-dense ---------===//
//
// What prune-vectorize-dense knows about convolutions beyond tile sizes:
// which neighbors a convolution's tiles can compute with it (the producer
// of its accumulator, its elementwise consumer), and how a tile of one
// output row and one filter row becomes the 1-D convolution that
// linalg::vectorize handles.
//
//===----------------------------------------------------------------------===//

#include "Prune/Codegen/Passes.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Dialect/SparseTensor/IR/SparseTensor.h"
#include "mlir/IR/PatternMatch.h"

using namespace mlir;

linalg::LinalgOp mlir::prune::getFusableInitProducer(Value init) {
  auto producer = init.getDefiningOp<linalg::LinalgOp>();
  if (!producer || producer->getNumResults() != 1 || !producer->hasOneUse() ||
      !producer.hasPureTensorSemantics() ||
      sparse_tensor::hasAnySparseOperandOrResult(producer) ||
      producer.getNumLoops() != producer.getNumParallelLoops() ||
      !producer.getBlock()->getOps<linalg::IndexOp>().empty())
    return {};
  return producer;
}

linalg::GenericOp mlir::prune::getFusableElementwiseUser(Value result) {
  if (!result.hasOneUse())
    return {};
  OpOperand &use = *result.getUses().begin();
  // Identity maps on the use and the result: the consumer's loops are the
  // result's dimensions, in order.
  auto epilogue = dyn_cast<linalg::GenericOp>(use.getOwner());
  if (!epilogue || epilogue->getNumResults() != 1 ||
      !epilogue.hasPureTensorSemantics() ||
      sparse_tensor::hasAnySparseOperandOrResult(epilogue) ||
      epilogue.getNumLoops() != epilogue.getNumParallelLoops() ||
      !epilogue.getBlock()->getOps<linalg::IndexOp>().empty() ||
      !epilogue.isDpsInput(&use) ||
      !epilogue.getMatchingIndexingMap(&use).isIdentity() ||
      !epilogue.getIndexingMapMatchingResult(epilogue->getResult(0))
           .isIdentity())
    return {};
  return epilogue;
}

linalg::LinalgOp mlir::prune::getFusableConvAccumulator(linalg::LinalgOp conv) {
  if (!isa<linalg::Conv2DNhwcHwcfOp, linalg::DepthwiseConv2DNhwcHwcOp>(conv) ||
      conv.getNumDpsInits() != 1)
    return {};
  return getFusableInitProducer(conv.getDpsInits()[0]);
}

linalg::GenericOp mlir::prune::getFusableConvEpilogue(linalg::LinalgOp conv) {
  if (!isa<linalg::Conv2DNhwcHwcfOp, linalg::DepthwiseConv2DNhwcHwcOp>(conv) ||
      conv->getNumResults() != 1)
    return {};
  return getFusableElementwiseUser(conv->getResult(0));
}

FailureOr<linalg::LinalgOp> mlir::prune::narrowConvTile(RewriterBase &rewriter,
                                                        linalg::LinalgOp tile) {
  // The upstream decompositions are patterns; they only need a rewriter
  // that creates and replaces ops where `rewriter` would.
  PatternRewriter patternRewriter(rewriter.getContext());
  patternRewriter.setInsertionPoint(tile);
  patternRewriter.setListener(rewriter.getListener());
  MLIRContext *ctx = rewriter.getContext();
  FailureOr<Operation *> narrowed = failure();
  if (auto conv = dyn_cast<linalg::DepthwiseConv2DNhwcHwcOp>(*tile)) {
    FailureOr<linalg::DepthwiseConv1DNwcWcOp> conv1D =
        linalg::DownscaleDepthwiseConv2DNhwcHwcOp(ctx).returningMatchAndRewrite(
            conv, patternRewriter);
    if (succeeded(conv1D))
      narrowed = conv1D->getOperation();
  } else if (auto conv = dyn_cast<linalg::Conv2DNhwcHwcfOp>(*tile)) {
    FailureOr<linalg::Conv1DNwcWcfOp> conv1D =
        linalg::DownscaleSizeOneWindowed2DConvolution<linalg::Conv2DNhwcHwcfOp,
                                                      linalg::Conv1DNwcWcfOp>(
            ctx)
            .returningMatchAndRewrite(conv, patternRewriter);
    if (succeeded(conv1D))
      narrowed = conv1D->getOperation();
  }
  if (failed(narrowed))
    return failure();
  return cast<linalg::LinalgOp>(*narrowed);
}
