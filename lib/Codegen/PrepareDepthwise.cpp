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
// into its bias, split, when its input is zero-padded, into an interior that
// reads the input where it is and border strips that pad their own slices,
// each piece with its own slice of the bias broadcast and of the activation
// after it; prune-vectorize-dense narrows its tiles of one output row and one
// filter row to the 1-D form (narrowConvTile).
//
//===----------------------------------------------------------------------===//

#include "Prune/Codegen/Passes.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Tensor/Transforms/Transforms.h"
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

/// A depthwise convolution reading a zero-padded input -> one convolution of
/// the output's interior, whose windows lie inside the unpadded input and
/// read it where it is, and one of each border strip (top and bottom rows,
/// left and right columns between them), each reading a slice of the padded
/// input. ExtractSliceOfPadTensorSwapPattern then pads each strip's slice
/// alone, and the whole padded input, a copy of the input made on every
/// call, is no longer built.
struct PeelDepthwisePadding
    : public OpRewritePattern<linalg::DepthwiseConv2DNhwcHwcOp> {
  using OpRewritePattern::OpRewritePattern;

  /// Output positions [begin, end) along one dimension whose windows read
  /// no padding.
  static std::pair<int64_t, int64_t> interior(int64_t padLow, int64_t inSize,
                                              int64_t outSize, int64_t window,
                                              int64_t stride) {
    int64_t begin = llvm::divideCeil(padLow, stride);
    int64_t end = std::min(outSize, (padLow + inSize - window) / stride + 1);
    return {begin, std::max(begin, end)};
  }

  LogicalResult matchAndRewrite(linalg::DepthwiseConv2DNhwcHwcOp conv,
                                PatternRewriter &rewriter) const override {
    if (!conv.hasPureTensorSemantics())
      return failure();
    auto pad = conv.getInputs()[0].getDefiningOp<tensor::PadOp>();
    if (!pad || !matchPattern(pad.getConstantPaddingValue(), m_AnyZeroFloat()))
      return failure();
    SmallVector<int64_t> low = llvm::to_vector(pad.getStaticLow());
    SmallVector<int64_t> high = llvm::to_vector(pad.getStaticHigh());
    if (llvm::any_of(low, ShapedType::isDynamic) ||
        llvm::any_of(high, ShapedType::isDynamic) || low[0] != 0 ||
        high[0] != 0 || low[3] != 0 || high[3] != 0)
      return failure();
    auto source = cast<RankedTensorType>(pad.getSource().getType());
    auto filter = cast<RankedTensorType>(conv.getInputs()[1].getType());
    auto out = cast<RankedTensorType>(conv.getOutputs()[0].getType());
    if (llvm::any_of(source.getShape().drop_front(), ShapedType::isDynamic) ||
        llvm::any_of(out.getShape().drop_front(), ShapedType::isDynamic) ||
        !filter.hasStaticShape())
      return failure();
    SmallVector<int64_t> strides =
        llvm::to_vector(conv.getStrides().getValues<int64_t>());
    SmallVector<int64_t> dilations =
        llvm::to_vector(conv.getDilations().getValues<int64_t>());
    // Per spatial dimension (H, W): window extent and interior range.
    std::pair<int64_t, int64_t> inside[2];
    int64_t window[2];
    for (int d = 0; d < 2; ++d) {
      window[d] = (filter.getDimSize(d) - 1) * dilations[d] + 1;
      inside[d] = interior(low[d + 1], source.getDimSize(d + 1),
                           out.getDimSize(d + 1), window[d], strides[d]);
    }
    auto [rowBegin, rowEnd] = inside[0];
    auto [colBegin, colEnd] = inside[1];
    int64_t outH = out.getDimSize(1), outW = out.getDimSize(2);
    // No interior: nothing would be saved; no border: the padding is not
    // read (or is all zeros), and the pad folds away by itself.
    if (rowBegin >= rowEnd || colBegin >= colEnd ||
        (rowBegin == 0 && rowEnd == outH && colBegin == 0 && colEnd == outW))
      return failure();

    // Likewise the elementwise op after the convolution (its activation),
    // applied to each piece: the output is then written once, activated.
    // Everything is built where that op is, which the convolution's
    // operands dominate, and so do the op's other operands. (Both it and the
    // accumulator's producer are tiled through TilingInterface: without its
    // external models registered they stay whole, as before.)
    auto epilogue = dyn_cast_if_present<TilingInterface>(
        prune::getFusableConvEpilogue(conv).getOperation());
    if (epilogue)
      rewriter.setInsertionPoint(epilogue);
    Location loc = conv.getLoc();
    OpFoldResult batch =
        tensor::getMixedSize(rewriter, loc, conv.getOutputs()[0], 0);
    int64_t channels = out.getDimSize(3);
    // The pieces tile the whole output. When the accumulator comes from an
    // op that only initializes it (the bias broadcast), each piece computes
    // that op on its own slice, and the pieces are assembled in an empty
    // tensor: prune-vectorize-dense then starts each tile's accumulators
    // from the bias in registers, instead of after a pass that writes the
    // bias over the whole output and one that reads it back.
    Value init = conv.getOutputs()[0];
    auto initProducer = dyn_cast_if_present<TilingInterface>(
        prune::getFusableConvAccumulator(conv).getOperation());
    Value acc = init;
    if (initProducer || epilogue)
      acc = tensor::EmptyOp::create(
          rewriter, loc, tensor::getMixedSizes(rewriter, loc, init),
          epilogue ? cast<RankedTensorType>(epilogue->getResult(0).getType())
                         .getElementType()
                   : out.getElementType());
    // The epilogue's operand that reads the convolution (its only use).
    unsigned convOperand =
        epilogue ? conv->getUses().begin()->getOperandNumber() : 0;
    // Output rows [r0, r1) x columns [c0, c1), reading the padded input.
    auto convolveRegion = [&](int64_t r0, int64_t r1, int64_t c0,
                              int64_t c1) -> LogicalResult {
      if (r0 >= r1 || c0 >= c1)
        return success();
      SmallVector<OpFoldResult> outOffsets = {
          rewriter.getIndexAttr(0), rewriter.getIndexAttr(r0),
          rewriter.getIndexAttr(c0), rewriter.getIndexAttr(0)};
      SmallVector<OpFoldResult> outSizes = {
          batch, rewriter.getIndexAttr(r1 - r0), rewriter.getIndexAttr(c1 - c0),
          rewriter.getIndexAttr(channels)};
      SmallVector<OpFoldResult> inOffsets = {
          rewriter.getIndexAttr(0), rewriter.getIndexAttr(r0 * strides[0]),
          rewriter.getIndexAttr(c0 * strides[1]), rewriter.getIndexAttr(0)};
      SmallVector<OpFoldResult> inSizes = {
          batch, rewriter.getIndexAttr((r1 - r0 - 1) * strides[0] + window[0]),
          rewriter.getIndexAttr((c1 - c0 - 1) * strides[1] + window[1]),
          rewriter.getIndexAttr(channels)};
      SmallVector<OpFoldResult> unit(4, rewriter.getIndexAttr(1));
      Value input = tensor::ExtractSliceOp::create(
          rewriter, loc, pad.getResult(), inOffsets, inSizes, unit);
      auto initSlice = tensor::ExtractSliceOp::create(
          rewriter, loc, init, outOffsets, outSizes, unit);
      Value accSlice = initSlice;
      if (initProducer) {
        FailureOr<TilingResult> tiled =
            tensor::replaceExtractSliceWithTiledProducer(rewriter, initSlice,
                                                         cast<OpResult>(init));
        if (succeeded(tiled) && tiled->tiledValues.size() == 1)
          accSlice = tiled->tiledValues.front();
      }
      auto piece = linalg::DepthwiseConv2DNhwcHwcOp::create(
          rewriter, loc, TypeRange{accSlice.getType()},
          ValueRange{input, conv.getInputs()[1]}, ValueRange{accSlice},
          conv.getStrides(), conv.getDilations());
      Value result = piece.getResult(0);
      if (epilogue) {
        FailureOr<TilingResult> tiled =
            epilogue.getTiledImplementation(rewriter, outOffsets, outSizes);
        if (failed(tiled)) // Not for a linalg.generic; left dead if so.
          return failure();
        // The piece's epilogue reads the piece, not a slice of the whole
        // convolution.
        Operation *tiledEpilogue = tiled->tiledOps.front();
        rewriter.modifyOpInPlace(tiledEpilogue, [&] {
          tiledEpilogue->setOperand(convOperand, result);
        });
        result = tiled->tiledValues.front();
      }
      acc = tensor::InsertSliceOp::create(rewriter, loc, result, acc,
                                          outOffsets, outSizes, unit);
      return success();
    };
    if (failed(
            convolveRegion(rowBegin, rowEnd, colBegin, colEnd)) || // interior
        failed(convolveRegion(0, rowBegin, 0, outW)) ||            // top
        failed(convolveRegion(rowEnd, outH, 0, outW)) ||           // bottom
        failed(convolveRegion(rowBegin, rowEnd, 0, colBegin)) ||   // left
        failed(convolveRegion(rowBegin, rowEnd, colEnd, outW)))    // right
      return failure();
    rewriter.replaceOp(epilogue ? epilogue.getOperation() : conv.getOperation(),
                       acc);
    return success();
  }
};

struct PrunePrepareDepthwisePass
    : public prune::impl::PrunePrepareDepthwiseBase<PrunePrepareDepthwisePass> {
  using Base::Base;

  void runOnOperation() override {
    // Multiplier-free depthwise convolutions, those of them accumulating
    // into a broadcast rather than a fill, and those reading a pad.
    struct Counts {
      int64_t convs = 0, withBias = 0, padded = 0;
    };
    auto count = [&] {
      Counts counts;
      getOperation().walk([&](linalg::DepthwiseConv2DNhwcHwcOp conv) {
        ++counts.convs;
        counts.withBias +=
            !conv.getOutputs()[0].getDefiningOp<linalg::FillOp>();
        counts.padded +=
            conv.getInputs()[0].getDefiningOp<tensor::PadOp>() != nullptr;
      });
      return counts;
    };
    Counts before = count();
    RewritePatternSet patterns(&getContext());
    prune::populatePrepareDepthwisePatterns(patterns);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      return signalPassFailure();
    Counts prepared = count();
    numPrepared += prepared.convs - before.convs;
    numBiasesFolded += prepared.withBias - before.withBias;
    // Peeled only now: a peeled convolution is no longer one op whose bias
    // add could fold into it.
    RewritePatternSet peel(&getContext());
    prune::populatePeelDepthwisePaddingPatterns(peel);
    if (failed(applyPatternsGreedily(getOperation(), std::move(peel))))
      return signalPassFailure();
    // A peeled convolution leaves exactly one piece that reads no padding
    // (its interior); its strips read padded slices.
    Counts peeled = count();
    numPaddingsPeeled +=
        (peeled.convs - peeled.padded) - (prepared.convs - prepared.padded);
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

void mlir::prune::populatePeelDepthwisePaddingPatterns(
    RewritePatternSet &patterns) {
  MLIRContext *ctx = patterns.getContext();
  patterns.add<PeelDepthwisePadding>(ctx);
  // Only the slices that the peeled convolutions read (prune-conv-to-matmul's
  // window gathers slice padded images too; each window would become a pad
  // of its own). Static offsets: no guard for a slice that is all padding.
  patterns.add<linalg::ExtractSliceOfPadTensorSwapPattern>(
      ctx, [](tensor::ExtractSliceOp slice) -> std::optional<bool> {
        if (slice->use_empty() ||
            !llvm::all_of(slice->getUsers(), [](Operation *user) {
              return isa<linalg::DepthwiseConv2DNhwcHwcOp>(user);
            }))
          return std::nullopt;
        return false;
      });
  tensor::PadOp::getCanonicalizationPatterns(patterns, ctx);
  tensor::ExtractSliceOp::getCanonicalizationPatterns(patterns, ctx);
}
