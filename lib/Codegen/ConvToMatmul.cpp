//===- ConvToMatmul.cpp - The prune-conv-to-matmul pass -------------------===//
//
// Rewrites a dense 2-D convolution (NHWC input, FHWC or HWCF filter) as a
// gather of its input windows and one matmul. Upstream vectorizes only 1-D
// convolutions, so the TOSA lowering's conv_2d_nhwc_fhwc otherwise stays a
// scalar nest of seven loops; as a matmul it takes the path of a fully
// connected layer (weight packing, register tiles). The gather is one strided
// slice copy per window position, each a linalg.copy that vectorizes along
// the channels, and is made per image (an scf.forall over the batch) so that
// the windows, KH * KW times the image, stay in cache.
//
// A convolution with a small filter (at most max-direct-filter-bytes) is
// instead left a convolution, with its filter in HWCF order, and
// prune-vectorize-dense tiles it directly: each register tile reads its
// windows where they are in the input, so the gather's copy, KH * KW times
// the image (49 times for a 7x7 stem of 3 channels), is not made. A large
// filter keeps the matmul, whose packed weight panels stay in cache where
// the direct tiles would stream the whole filter once per output row tile.
//
//===----------------------------------------------------------------------===//

#include "Prune/Codegen/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/SparseTensor/IR/SparseTensor.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/WalkPatternRewriteDriver.h"

namespace mlir::prune {
#define GEN_PASS_DEF_PRUNECONVTOMATMUL
#include "Prune/Codegen/Passes.h.inc"
} // namespace mlir::prune

using namespace mlir;

namespace {

/// The geometry of a 2-D NHWC convolution with static sizes except the
/// batch.
struct ConvGeometry {
  int64_t outH, outW, channels, filters, kernelH, kernelW;
  int64_t strideH, strideW, dilationH, dilationW;
  int64_t windowSize() const { return kernelH * kernelW * channels; }
  /// A 1x1 window of stride 1: its matmul reads the image as it is.
  bool isPointwise() const {
    return kernelH == 1 && kernelW == 1 && strideH == 1 && strideW == 1;
  }
};

/// Reads the geometry of `conv`, whose filter is [F, KH, KW, C] when
/// `filterFirst` and [KH, KW, C, F] otherwise; failure where a size other
/// than the batch is dynamic or an operand is not a dense tensor.
static FailureOr<ConvGeometry> getGeometry(linalg::LinalgOp conv,
                                           bool filterFirst,
                                           DenseIntElementsAttr strides,
                                           DenseIntElementsAttr dilations) {
  if (!conv.hasPureTensorSemantics() || conv.getNumDpsInputs() != 2 ||
      conv.getNumDpsInits() != 1)
    return failure();
  auto inputType = dyn_cast<RankedTensorType>(conv.getDpsInputs()[0].getType());
  auto filterType =
      dyn_cast<RankedTensorType>(conv.getDpsInputs()[1].getType());
  auto outType = dyn_cast<RankedTensorType>(conv.getDpsInits()[0].getType());
  if (!inputType || !filterType || !outType || inputType.getRank() != 4 ||
      filterType.getRank() != 4 || outType.getRank() != 4)
    return failure();
  for (RankedTensorType type : {inputType, filterType, outType})
    if (type.getEncoding())
      return failure();
  // One element type throughout: the matmul's body is the convolution's
  // multiply-add without extensions.
  Type element = outType.getElementType();
  if (inputType.getElementType() != element ||
      filterType.getElementType() != element)
    return failure();
  if (!filterType.hasStaticShape() ||
      llvm::any_of(inputType.getShape().drop_front(), ShapedType::isDynamic) ||
      llvm::any_of(outType.getShape().drop_front(), ShapedType::isDynamic))
    return failure();
  SmallVector<int64_t> s = llvm::to_vector(strides.getValues<int64_t>());
  SmallVector<int64_t> d = llvm::to_vector(dilations.getValues<int64_t>());
  if (s.size() != 2 || d.size() != 2)
    return failure();
  ArrayRef<int64_t> f = filterType.getShape();
  ConvGeometry g;
  g.outH = outType.getDimSize(1);
  g.outW = outType.getDimSize(2);
  g.channels = inputType.getDimSize(3);
  g.filters = filterFirst ? f[0] : f[3];
  g.kernelH = filterFirst ? f[1] : f[0];
  g.kernelW = filterFirst ? f[2] : f[1];
  g.strideH = s[0];
  g.strideW = s[1];
  g.dilationH = d[0];
  g.dilationW = d[1];
  if ((filterFirst ? f[3] : f[2]) != g.channels ||
      outType.getDimSize(3) != g.filters)
    return failure();
  // The convolution reads no element past the input (the padding is an
  // explicit tensor.pad before it).
  if ((g.outH - 1) * g.strideH + (g.kernelH - 1) * g.dilationH >=
          inputType.getDimSize(1) ||
      (g.outW - 1) * g.strideW + (g.kernelW - 1) * g.dilationW >=
          inputType.getDimSize(2))
    return failure();
  return g;
}

/// The input windows of one image ([1, H, W, C]) as [OH * OW, KH * KW * C]:
/// a [1, OH, OW, KH, KW, C] tensor filled by one strided slice copy per
/// window position (kh, kw), collapsed. A 1x1 window of stride 1 is the
/// image itself, collapsed.
static Value gatherWindows(OpBuilder &b, Location loc, Value image,
                           const ConvGeometry &g) {
  auto imageType = cast<RankedTensorType>(image.getType());
  Type element = imageType.getElementType();
  auto matrixType =
      RankedTensorType::get({g.outH * g.outW, g.windowSize()}, element);
  auto index = [&](int64_t v) -> OpFoldResult { return b.getIndexAttr(v); };

  if (g.isPointwise() && imageType.getDimSize(1) == g.outH &&
      imageType.getDimSize(2) == g.outW)
    return tensor::CollapseShapeOp::create(
        b, loc, matrixType, image,
        SmallVector<ReassociationIndices>{{0, 1, 2}, {3}});

  Value windows = tensor::EmptyOp::create(
      b, loc,
      ArrayRef<int64_t>{1, g.outH, g.outW, g.kernelH, g.kernelW, g.channels},
      element);
  auto sliceType =
      RankedTensorType::get({1, g.outH, g.outW, g.channels}, element);
  SmallVector<OpFoldResult> sizes = {index(1), index(g.outH), index(g.outW),
                                     index(g.channels)};
  SmallVector<OpFoldResult> strides = {index(1), index(g.strideH),
                                       index(g.strideW), index(1)};
  SmallVector<OpFoldResult> windowSizes = {index(1),      index(g.outH),
                                           index(g.outW), index(1),
                                           index(1),      index(g.channels)};
  SmallVector<OpFoldResult> unitStrides(6, index(1));
  for (int64_t kh = 0; kh < g.kernelH; ++kh) {
    for (int64_t kw = 0; kw < g.kernelW; ++kw) {
      SmallVector<OpFoldResult> offsets = {index(0), index(kh * g.dilationH),
                                           index(kw * g.dilationW), index(0)};
      Value source = tensor::ExtractSliceOp::create(b, loc, sliceType, image,
                                                    offsets, sizes, strides);
      SmallVector<OpFoldResult> windowOffsets = {
          index(0), index(0), index(0), index(kh), index(kw), index(0)};
      Value target = tensor::ExtractSliceOp::create(
          b, loc, sliceType, windows, windowOffsets, windowSizes, unitStrides);
      Value copied =
          linalg::CopyOp::create(b, loc, source, target).getResult(0);
      windows = tensor::InsertSliceOp::create(
          b, loc, copied, windows, windowOffsets, windowSizes, unitStrides);
    }
  }
  return tensor::CollapseShapeOp::create(
      b, loc, matrixType, windows,
      SmallVector<ReassociationIndices>{{0, 1, 2}, {3, 4, 5}});
}

/// Accumulates the convolution of one image ([1, H, W, C]) into `out`
/// ([1, OH, OW, F]) as the matmul of its windows with `weight`
/// ([KH * KW * C, F]); returns the new `out`.
static Value convolveImage(OpBuilder &b, Location loc, Value image,
                           Value weight, Value out, const ConvGeometry &g) {
  auto outType = cast<RankedTensorType>(out.getType());
  Value windows = gatherWindows(b, loc, image, g);
  SmallVector<ReassociationIndices> outGroups = {{0, 1, 2}, {3}};
  auto outMatrixType = RankedTensorType::get({g.outH * g.outW, g.filters},
                                             outType.getElementType());
  Value outMatrix =
      tensor::CollapseShapeOp::create(b, loc, outMatrixType, out, outGroups);
  Value product = linalg::MatmulOp::create(b, loc, outMatrixType,
                                           ValueRange{windows, weight},
                                           ValueRange{outMatrix})
                      .getResult(0);
  return tensor::ExpandShapeOp::create(b, loc, outType, product, outGroups);
}

/// A constant holding the elements of `attr` under `type` (same number of
/// elements, row-major): a reshaped dense attribute, or the same
/// dense_resource blob under the new type. Null for other attributes.
static TypedAttr reshapeConstant(ElementsAttr attr, RankedTensorType type) {
  if (auto dense = dyn_cast<DenseElementsAttr>(attr))
    return dense.reshape(type);
  if (auto resource = dyn_cast<DenseResourceElementsAttr>(attr))
    return DenseResourceElementsAttr::get(type, resource.getRawHandle());
  return {};
}

/// The filter as a [rows, cols] matrix: a constant of that shape where the
/// filter is a constant, a collapse of it otherwise.
static Value filterAsMatrix(OpBuilder &b, Location loc, Value filter,
                            ArrayRef<ReassociationIndices> groups,
                            RankedTensorType matrixType) {
  ElementsAttr attr;
  if (matchPattern(filter, m_Constant(&attr)))
    if (TypedAttr reshaped = reshapeConstant(attr, matrixType))
      return arith::ConstantOp::create(b, loc, matrixType, reshaped);
  return tensor::CollapseShapeOp::create(b, loc, matrixType, filter, groups);
}

/// The geometry of `conv` (FHWC or HWCF filter), or failure.
template <typename ConvOp>
static FailureOr<ConvGeometry> getGeometry(ConvOp conv) {
  return getGeometry(cast<linalg::LinalgOp>(conv.getOperation()),
                     std::is_same_v<ConvOp, linalg::Conv2DNhwcFhwcOp>,
                     conv.getStrides(), conv.getDilations());
}

/// Whether a convolution of geometry `g` and element type `element` is
/// vectorized directly rather than gathered: its filter takes at most
/// `maxDirectFilterBytes` and its window is more than a 1x1 of stride 1
/// (whose matmul makes no gather).
static bool isDirect(const ConvGeometry &g, Type element,
                     int64_t maxDirectFilterBytes) {
  int64_t bytes = g.windowSize() * g.filters *
                  llvm::divideCeil(element.getIntOrFloatBitWidth(), 8);
  return !g.isPointwise() && bytes <= maxDirectFilterBytes;
}

template <typename ConvOp>
struct ConvToMatmul : public OpRewritePattern<ConvOp> {
  ConvToMatmul(MLIRContext *ctx, int64_t maxDirectFilterBytes)
      : OpRewritePattern<ConvOp>(ctx),
        maxDirectFilterBytes(maxDirectFilterBytes) {}

  /// FHWC filters ([F, KH, KW, C]) or HWCF ones ([KH, KW, C, F]).
  static constexpr bool kFilterFirst =
      std::is_same_v<ConvOp, linalg::Conv2DNhwcFhwcOp>;

  LogicalResult matchAndRewrite(ConvOp conv,
                                PatternRewriter &rewriter) const override {
    FailureOr<ConvGeometry> geometry = getGeometry(conv);
    if (failed(geometry))
      return rewriter.notifyMatchFailure(
          conv, "not a dense NHWC convolution with static sizes but the batch");
    const ConvGeometry &g = *geometry;
    Location loc = conv.getLoc();
    Value input = conv.getInputs()[0], filter = conv.getInputs()[1];
    Value init = conv.getOutputs()[0];
    auto initType = cast<RankedTensorType>(init.getType());
    Type element = initType.getElementType();

    if (isDirect(g, element, maxDirectFilterBytes)) {
      if constexpr (!kFilterFirst) {
        return rewriter.notifyMatchFailure(
            conv, "small filter: left for direct vectorization");
      } else {
        // Direct tiles read one vector of filters per tap and channel:
        // the filter in HWCF order, transposed once at compile time by
        // prune-fold-weight-transposes where it is a constant.
        Value empty = tensor::EmptyOp::create(
            rewriter, loc,
            ArrayRef<int64_t>{g.kernelH, g.kernelW, g.channels, g.filters},
            element);
        Value hwcf = linalg::TransposeOp::create(rewriter, loc, filter, empty,
                                                 ArrayRef<int64_t>{1, 2, 3, 0})
                         .getResult()[0];
        rewriter.replaceOpWithNewOp<linalg::Conv2DNhwcHwcfOp>(
            conv, initType, ValueRange{input, hwcf}, ValueRange{init},
            conv.getStrides(), conv.getDilations());
        return success();
      }
    }

    // The filter as [KH * KW * C, F]. An FHWC filter is [F, KH * KW * C]
    // transposed, the form of a fully connected layer's weight that
    // prune-pack-dense-weights and prune-fold-weight-transposes fold.
    int64_t k = g.windowSize();
    auto weightType = RankedTensorType::get({k, g.filters}, element);
    Value weight;
    if (kFilterFirst) {
      auto storedType = RankedTensorType::get({g.filters, k}, element);
      Value stored =
          filterAsMatrix(rewriter, loc, filter, {{0}, {1, 2, 3}}, storedType);
      Value empty = tensor::EmptyOp::create(rewriter, loc,
                                            weightType.getShape(), element);
      weight = linalg::TransposeOp::create(rewriter, loc, stored, empty,
                                           ArrayRef<int64_t>{1, 0})
                   .getResult()[0];
    } else {
      weight =
          filterAsMatrix(rewriter, loc, filter, {{0, 1, 2}, {3}}, weightType);
    }

    // One image at a time: its windows (KH * KW times the image) stay in
    // cache, where windows of the whole batch would be a buffer allocated,
    // faulted in and freed on every call. The images are independent, so
    // the loop is an scf.forall (parallel with prune-compile{threads=N}).
    SmallVector<OpFoldResult> imageOffsets(4, rewriter.getIndexAttr(0));
    SmallVector<OpFoldResult> unitStrides(4, rewriter.getIndexAttr(1));
    auto imageSizes = [&](RankedTensorType type) {
      SmallVector<OpFoldResult> sizes = {rewriter.getIndexAttr(1)};
      for (int64_t size : type.getShape().drop_front())
        sizes.push_back(rewriter.getIndexAttr(size));
      return sizes;
    };
    auto imageType = [](RankedTensorType type) {
      SmallVector<int64_t> shape(type.getShape());
      shape[0] = 1;
      return RankedTensorType::get(shape, type.getElementType());
    };
    auto inputType = cast<RankedTensorType>(input.getType());
    if (initType.getDimSize(0) == 1) {
      rewriter.replaceOp(conv,
                         convolveImage(rewriter, loc, input, weight, init, g));
      return success();
    }
    OpFoldResult batch =
        initType.isDynamicDim(0)
            ? OpFoldResult(
                  tensor::DimOp::create(rewriter, loc, init, 0).getResult())
            : OpFoldResult(rewriter.getIndexAttr(initType.getDimSize(0)));
    auto forall = scf::ForallOp::create(rewriter, loc, ArrayRef{batch},
                                        ValueRange{init}, std::nullopt);
    Value n = forall.getInductionVar(0);
    Value shared = forall.getRegionIterArgs().front();
    rewriter.setInsertionPoint(forall.getTerminator());
    imageOffsets[0] = n;
    Value image = tensor::ExtractSliceOp::create(
        rewriter, loc, imageType(inputType), input, imageOffsets,
        imageSizes(inputType), unitStrides);
    Value out = tensor::ExtractSliceOp::create(
        rewriter, loc, imageType(initType), shared, imageOffsets,
        imageSizes(initType), unitStrides);
    Value result = convolveImage(rewriter, loc, image, weight, out, g);
    rewriter.setInsertionPointToStart(forall.getTerminator().getBody());
    tensor::ParallelInsertSliceOp::create(rewriter, loc, result, shared,
                                          imageOffsets, imageSizes(initType),
                                          unitStrides);
    rewriter.replaceOp(conv, forall.getResults());
    return success();
  }

private:
  int64_t maxDirectFilterBytes;
};

struct PruneConvToMatmulPass
    : public prune::impl::PruneConvToMatmulBase<PruneConvToMatmulPass> {
  using Base::Base;

  void runOnOperation() override {
    int64_t before = countConvolutions();
    RewritePatternSet patterns(&getContext());
    prune::populateConvToMatmulPatterns(patterns, maxDirectFilterBytes);
    // The rewrite creates no op it matches but a direct HWCF convolution,
    // which it leaves alone: one walk suffices.
    walkAndApplyPatterns(getOperation(), std::move(patterns));
    numDirect += countConvolutions(/*direct=*/true);
    numRewritten += before - countConvolutions();
  }

private:
  /// The NHWC convolutions left in the function (only those left for
  /// direct vectorization when `direct`).
  int64_t countConvolutions(bool direct = false) {
    int64_t count = 0;
    getOperation().walk([&](Operation *op) {
      FailureOr<ConvGeometry> g = failure();
      if (auto conv = dyn_cast<linalg::Conv2DNhwcHwcfOp>(op))
        g = getGeometry(conv);
      else if (auto conv = dyn_cast<linalg::Conv2DNhwcFhwcOp>(op))
        g = getGeometry(conv);
      else
        return;
      count += !direct ||
               (succeeded(g) &&
                isDirect(*g, getElementTypeOrSelf(op->getResult(0).getType()),
                         maxDirectFilterBytes));
    });
    return count;
  }
};

} // namespace

void prune::populateConvToMatmulPatterns(RewritePatternSet &patterns,
                                         int64_t maxDirectFilterBytes) {
  patterns.add<ConvToMatmul<linalg::Conv2DNhwcFhwcOp>,
               ConvToMatmul<linalg::Conv2DNhwcHwcfOp>>(patterns.getContext(),
                                                       maxDirectFilterBytes);
}
