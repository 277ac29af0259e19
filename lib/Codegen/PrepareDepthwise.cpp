//===- PrepareDepthwise.cpp - The prune-prepare-depthwise pass ------------===//
//
// Upstream vectorizes a depthwise convolution only in its 1-D NWC form
// (linalg.depthwise_conv_1d_nwc_wc: per output column and filter tap, one
// vector FMA along the channels). The TOSA lowering writes every depthwise
// convolution as a 2-D one with a channel multiplier
// (linalg.depthwise_conv_2d_nhwc_hwcm), which would stay a scalar nest of
// seven loops, followed by a bias add over the whole output. Here such a
// convolution with multiplier 1 (what MobileNets and PyTorch's
// groups=channels export) becomes the multiplier-free 2-D form accumulating
// into its bias; prune-vectorize-dense narrows its tiles of one output row
// and one filter row to the 1-D form (narrowDepthwiseConvTile).
//
//===----------------------------------------------------------------------===//

#include "Prune/Codegen/Passes.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/Matchers.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::prune {
#define GEN_PASS_DEF_PRUNEPREPAREDEPTHWISE
#include "Prune/Codegen/Passes.h.inc"
} // namespace mlir::prune

using namespace mlir;

namespace {

/// depthwise_conv_2d_nhwc_hwcm with a static multiplier of 1 ->
/// depthwise_conv_2d_nhwc_hwc on the collapsed filter and output, expanded
/// back to the 5-D result.
struct DropUnitDepthwiseMultiplier
    : public OpRewritePattern<linalg::DepthwiseConv2DNhwcHwcmOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(linalg::DepthwiseConv2DNhwcHwcmOp conv,
                                PatternRewriter &rewriter) const override {
    if (!conv.hasPureTensorSemantics())
      return failure();
    auto filterType = dyn_cast<RankedTensorType>(conv.getInputs()[1].getType());
    auto outType = dyn_cast<RankedTensorType>(conv.getOutputs()[0].getType());
    if (!filterType || !outType || filterType.getRank() != 4 ||
        outType.getRank() != 5 || filterType.getDimSize(3) != 1 ||
        outType.getDimSize(4) != 1)
      return failure();
    Location loc = conv.getLoc();
    SmallVector<ReassociationIndices> filterGroups = {{0}, {1}, {2, 3}};
    SmallVector<ReassociationIndices> outGroups = {{0}, {1}, {2}, {3, 4}};
    Value filter = tensor::CollapseShapeOp::create(
        rewriter, loc, conv.getInputs()[1], filterGroups);
    Value init = tensor::CollapseShapeOp::create(
        rewriter, loc, conv.getOutputs()[0], outGroups);
    auto depthwise = linalg::DepthwiseConv2DNhwcHwcOp::create(
        rewriter, loc, init.getType(), ValueRange{conv.getInputs()[0], filter},
        ValueRange{init}, conv.getStrides(), conv.getDilations());
    rewriter.replaceOpWithNewOp<tensor::ExpandShapeOp>(
        conv, outType, depthwise.getResult(0), outGroups);
    return success();
  }
};

/// generic{addf}(conv, other) where `conv` is a depthwise convolution
/// accumulating into a zero fill and read only here -> the convolution
/// accumulating into `other` broadcast to its output.
struct FoldAddIntoDepthwiseAccumulator
    : public OpRewritePattern<linalg::GenericOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(linalg::GenericOp add,
                                PatternRewriter &rewriter) const override {
    if (!add.hasPureTensorSemantics() || add.getNumDpsInputs() != 2 ||
        add.getNumDpsInits() != 1 ||
        add.getNumParallelLoops() != add.getNumLoops())
      return failure();
    // The body is one addf of the two inputs.
    Block *body = add.getBlock();
    auto yield = cast<linalg::YieldOp>(body->getTerminator());
    auto sum = yield.getValues().size() == 1
                   ? yield.getValues()[0].getDefiningOp<arith::AddFOp>()
                   : nullptr;
    if (!sum || &body->front() != sum.getOperation() ||
        sum->getNextNode() != yield.getOperation())
      return failure();
    auto isInput = [&](Value v, unsigned i) {
      return v == body->getArgument(i);
    };
    if (!((isInput(sum.getLhs(), 0) && isInput(sum.getRhs(), 1)) ||
          (isInput(sum.getLhs(), 1) && isInput(sum.getRhs(), 0))))
      return failure();
    for (unsigned convIndex : {0u, 1u}) {
      OpOperand *convOperand = add.getDpsInputOperand(convIndex);
      OpOperand *otherOperand = add.getDpsInputOperand(1 - convIndex);
      auto conv =
          convOperand->get().getDefiningOp<linalg::DepthwiseConv2DNhwcHwcOp>();
      if (!conv || !conv->hasOneUse() ||
          !add.getMatchingIndexingMap(convOperand).isIdentity() ||
          !add.getMatchingIndexingMap(add.getDpsInitOperand(0)).isIdentity() ||
          conv.getResult(0).getType() != add.getResult(0).getType())
        continue;
      auto fill = conv.getOutputs()[0].getDefiningOp<linalg::FillOp>();
      if (!fill || !matchPattern(fill.getInputs()[0], m_AnyZeroFloat()))
        continue;
      // The broadcast writes the fill's destination, so it reuses the
      // buffer the zeros would have gone to.
      rewriter.setInsertionPoint(add);
      Location loc = add.getLoc();
      auto outType = cast<RankedTensorType>(conv.getResult(0).getType());
      AffineMap identity = rewriter.getMultiDimIdentityMap(outType.getRank());
      auto broadcast = linalg::GenericOp::create(
          rewriter, loc, outType, ValueRange{otherOperand->get()},
          ValueRange{fill.getOutputs()[0]},
          ArrayRef<AffineMap>{add.getMatchingIndexingMap(otherOperand),
                              identity},
          SmallVector<utils::IteratorType>(outType.getRank(),
                                           utils::IteratorType::parallel),
          [](OpBuilder &b, Location nested, ValueRange args) {
            linalg::YieldOp::create(b, nested, args[0]);
          });
      // The convolution moves to the add, where the bias is defined.
      IRMapping mapping;
      mapping.map(conv.getOutputs()[0], broadcast.getResult(0));
      Operation *moved = rewriter.clone(*conv, mapping);
      rewriter.replaceOp(add, moved->getResults());
      rewriter.eraseOp(conv);
      return success();
    }
    return failure();
  }
};

struct PrunePrepareDepthwisePass
    : public prune::impl::PrunePrepareDepthwiseBase<PrunePrepareDepthwisePass> {
  using Base::Base;

  void runOnOperation() override {
    // (multiplier-free depthwise convolutions, those of them accumulating
    // into a broadcast rather than a fill)
    auto count = [&] {
      int64_t convs = 0, withBias = 0;
      getOperation().walk([&](linalg::DepthwiseConv2DNhwcHwcOp conv) {
        ++convs;
        withBias += !conv.getOutputs()[0].getDefiningOp<linalg::FillOp>();
      });
      return std::make_pair(convs, withBias);
    };
    auto [convsBefore, withBiasBefore] = count();
    RewritePatternSet patterns(&getContext());
    prune::populatePrepareDepthwisePatterns(patterns);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      return signalPassFailure();
    auto [convsAfter, withBiasAfter] = count();
    numPrepared += convsAfter - convsBefore;
    numBiasesFolded += withBiasAfter - withBiasBefore;
  }
};

} // namespace

void mlir::prune::populatePrepareDepthwisePatterns(
    RewritePatternSet &patterns) {
  MLIRContext *ctx = patterns.getContext();
  patterns.add<DropUnitDepthwiseMultiplier, FoldAddIntoDepthwiseAccumulator>(
      ctx);
  // The elementwise ops after the convolution (its bias) follow it to 4-D,
  // and so does the fill of its accumulator: left 5-D, their innermost
  // dimension would be the unit multiplier, vectorized one element at a
  // time.
  linalg::populateFoldReshapeOpsByCollapsingPatterns(
      patterns, [](OpOperand *fused) {
        auto expand = fused->get().getDefiningOp<tensor::ExpandShapeOp>();
        return expand && expand.getSrc()
                             .getDefiningOp<linalg::DepthwiseConv2DNhwcHwcOp>();
      });
  linalg::FillOp::getCanonicalizationPatterns(patterns, ctx);
  tensor::CollapseShapeOp::getCanonicalizationPatterns(patterns, ctx);
  tensor::ExpandShapeOp::getCanonicalizationPatterns(patterns, ctx);
}

FailureOr<linalg::LinalgOp>
mlir::prune::narrowDepthwiseConvTile(RewriterBase &rewriter,
                                     linalg::LinalgOp tile) {
  auto conv = dyn_cast<linalg::DepthwiseConv2DNhwcHwcOp>(tile.getOperation());
  if (!conv)
    return failure();
  // The upstream decomposition is a pattern; it only needs a rewriter that
  // creates and replaces ops where `rewriter` would.
  PatternRewriter patternRewriter(rewriter.getContext());
  patternRewriter.setInsertionPoint(conv);
  patternRewriter.setListener(rewriter.getListener());
  FailureOr<linalg::DepthwiseConv1DNwcWcOp> narrowed =
      linalg::DownscaleDepthwiseConv2DNhwcHwcOp(rewriter.getContext())
          .returningMatchAndRewrite(conv, patternRewriter);
  if (failed(narrowed))
    return failure();
  return cast<linalg::LinalgOp>(narrowed->getOperation());
}
