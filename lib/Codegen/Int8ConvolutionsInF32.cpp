//===- Int8ConvolutionsInF32.cpp - prune-int8-convolutions-in-f32 ---------===//
//
// An int8 tosa.conv2d lowers to a linalg convolution of i8 operands into an
// i32 accumulator, which no dense path of prune-compile takes (they want one
// element type throughout) and which therefore stays a scalar loop nest:
// ten times ONNX Runtime's time on a quantized ResNet-18. The same
// convolution computed in f32 is exact whenever every partial sum is an
// integer of magnitude below 2^24, where f32 represents every integer:
// products of i8 values are exact, and a sum of exact integers under 2^24
// rounds nowhere, in any order the tiles add them. This pass proves that
// bound from the constant filter and bias, channel by channel of the output:
//
//   |bias[f]| + max|x - zp| * sum over the window of |w[f]| < 2^24
//
// and where it holds rewrites the convolution to f32 on x - zp (padding,
// which contributes 0 to the integer convolution, then pads zeros), with
// the result converted back to i32 for the tosa.rescale that follows. Where
// it fails, the input channels are split into chunks for which it holds;
// each chunk's f32 convolution is converted to i32 and the chunks are added
// in i32, which is exact too.
//
//===----------------------------------------------------------------------===//

#include "Prune/Codegen/Passes.h"
#include "Prune/Support/WeightStorage.h"

#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/Dialect/Tosa/Utils/ConversionUtils.h"
#include "mlir/IR/ImplicitLocOpBuilder.h"

namespace mlir::prune {
#define GEN_PASS_DEF_PRUNEINT8CONVOLUTIONSINF32
#include "Prune/Codegen/Passes.h.inc"
} // namespace mlir::prune

using namespace mlir;

namespace {

/// Integers of magnitude below this are exact in f32 (a 24-bit significand).
constexpr int64_t kExactF32Limit = int64_t(1) << 24;

/// An int8 convolution's constant operands, read.
struct Int8Convolution {
  tosa::Conv2DOp conv;
  /// [F, KH, KW, C] row-major, and [F] (a one-element bias broadcast).
  SmallVector<int64_t> filter, bias;
  int64_t filters, window, channels;
  int64_t inputZeroPoint;
};

/// Reads `values` of a constant integer op, or failure.
static FailureOr<SmallVector<int64_t>> readIntegers(Value value) {
  std::string error;
  Operation *op = value.getDefiningOp();
  if (!op)
    return failure();
  FailureOr<DenseElementsAttr> dense = prune::getDenseConstant(op, error);
  if (failed(dense) || !dense->getElementType().isInteger())
    return failure();
  SmallVector<int64_t> values;
  for (const APInt &v : dense->getValues<APInt>())
    values.push_back(v.getSExtValue());
  return values;
}

/// Matches an i8 x i8 -> i32 tosa.conv2d with a constant filter of weight
/// zero point 0, a constant bias and a constant input zero point, static
/// sizes but the batch.
static FailureOr<Int8Convolution> matchInt8Convolution(tosa::Conv2DOp conv) {
  auto inputType = dyn_cast<RankedTensorType>(conv.getInput().getType());
  auto filterType = dyn_cast<RankedTensorType>(conv.getWeight().getType());
  auto resultType = dyn_cast<RankedTensorType>(conv.getType());
  if (!inputType || !filterType || !resultType ||
      !inputType.getElementType().isSignlessInteger(8) ||
      !filterType.getElementType().isSignlessInteger(8) ||
      !resultType.getElementType().isSignlessInteger(32) ||
      !filterType.hasStaticShape() ||
      llvm::any_of(inputType.getShape().drop_front(), ShapedType::isDynamic))
    return failure();
  FailureOr<int64_t> inputZp = conv.getInputZeroPoint();
  FailureOr<int64_t> weightZp = conv.getWeightZeroPoint();
  if (failed(inputZp) || failed(weightZp) || *weightZp != 0)
    return failure();
  Int8Convolution m;
  m.conv = conv;
  ArrayRef<int64_t> fhwc = filterType.getShape();
  m.filters = fhwc[0];
  m.window = fhwc[1] * fhwc[2];
  m.channels = fhwc[3];
  m.inputZeroPoint = *inputZp;
  FailureOr<SmallVector<int64_t>> filter = readIntegers(conv.getWeight());
  FailureOr<SmallVector<int64_t>> bias = readIntegers(conv.getBias());
  if (failed(filter) || failed(bias) ||
      static_cast<int64_t>(filter->size()) != filterType.getNumElements())
    return failure();
  m.filter = std::move(*filter);
  if (bias->size() == 1)
    m.bias.assign(m.filters, (*bias)[0]);
  else if (static_cast<int64_t>(bias->size()) == m.filters)
    m.bias = std::move(*bias);
  else
    return failure();
  return m;
}

/// The input channel ranges whose convolutions each keep every partial sum
/// under kExactF32Limit (the bias goes with the first), splitting the
/// channels into the fewest equal chunks that do; empty when even single
/// channels do not.
static SmallVector<std::pair<int64_t, int64_t>>
chooseExactChunks(const Int8Convolution &m) {
  int64_t maxInput = std::max(127 - m.inputZeroPoint, m.inputZeroPoint + 128);
  // columnBound[f * C + c]: the most input channel c adds to filter f.
  SmallVector<int64_t> columnBound(m.filters * m.channels, 0);
  for (int64_t f = 0; f < m.filters; ++f)
    for (int64_t k = 0; k < m.window; ++k)
      for (int64_t c = 0; c < m.channels; ++c)
        columnBound[f * m.channels + c] +=
            maxInput * std::abs(m.filter[(f * m.window + k) * m.channels + c]);
  for (int64_t numChunks = 1; numChunks <= m.channels; ++numChunks) {
    int64_t chunk = llvm::divideCeil(m.channels, numChunks);
    SmallVector<std::pair<int64_t, int64_t>> chunks;
    bool exact = true;
    for (int64_t begin = 0; begin < m.channels && exact; begin += chunk) {
      int64_t end = std::min(begin + chunk, m.channels);
      for (int64_t f = 0; f < m.filters && exact; ++f) {
        int64_t bound = begin == 0 ? std::abs(m.bias[f]) : 0;
        for (int64_t c = begin; c < end; ++c)
          bound += columnBound[f * m.channels + c];
        exact = bound < kExactF32Limit;
      }
      chunks.push_back({begin, end});
    }
    if (exact)
      return chunks;
  }
  return {};
}

/// A tosa.const of `values` (f32) in `shape`.
static Value createF32Constant(ImplicitLocOpBuilder &b,
                               ArrayRef<int64_t> shape,
                               ArrayRef<float> values) {
  auto type = RankedTensorType::get(shape, b.getF32Type());
  return tosa::ConstOp::create(b, type,
                               DenseElementsAttr::get(type, values));
}

/// Rewrites the matched convolution as f32 convolutions over `chunks` of its
/// input channels, each converted to i32, added in i32.
static void rewriteInF32(IRRewriter &rewriter, const Int8Convolution &m,
                         ArrayRef<std::pair<int64_t, int64_t>> chunks) {
  tosa::Conv2DOp conv = m.conv;
  ImplicitLocOpBuilder b(conv.getLoc(), rewriter);
  b.setInsertionPoint(conv);
  Type f32 = b.getF32Type();
  auto inputType = cast<RankedTensorType>(conv.getInput().getType());
  auto resultType = cast<RankedTensorType>(conv.getType());
  ArrayRef<int64_t> fhwc =
      cast<RankedTensorType>(conv.getWeight().getType()).getShape();
  int64_t rank = inputType.getRank();

  Value input = tosa::CastOp::create(b, inputType.clone(f32), conv.getInput());
  if (m.inputZeroPoint != 0) {
    SmallVector<int64_t> ones(rank, 1);
    Value zp = createF32Constant(b, ones, {float(m.inputZeroPoint)});
    input = tosa::SubOp::create(b, input.getType(), input, zp);
  }
  Value f32Zp = *tosa::createZeroPointTensor(b, b.getLoc(), f32, 0);
  Value sum;
  for (auto [begin, end] : chunks) {
    int64_t width = end - begin;
    Value chunkInput = input;
    if (width != m.channels) {
      SmallVector<int64_t> start(rank, 0), size(inputType.getShape());
      start.back() = begin;
      size.back() = width;
      if (ShapedType::isDynamic(size.front()))
        size.front() = -1;
      SmallVector<int64_t> chunkShape(inputType.getShape());
      chunkShape.back() = width;
      chunkInput = tosa::SliceOp::create(
          b, RankedTensorType::get(chunkShape, f32), input,
          tosa::getTosaConstShape(b, start), tosa::getTosaConstShape(b, size));
    }
    SmallVector<float> filter;
    filter.reserve(m.filters * m.window * width);
    for (int64_t f = 0; f < m.filters; ++f)
      for (int64_t k = 0; k < m.window; ++k)
        for (int64_t c = begin; c < end; ++c)
          filter.push_back(m.filter[(f * m.window + k) * m.channels + c]);
    SmallVector<float> bias;
    for (int64_t f = 0; f < m.filters; ++f)
      bias.push_back(begin == 0 ? static_cast<float>(m.bias[f]) : 0.0f);
    Value filterValue =
        createF32Constant(b, {fhwc[0], fhwc[1], fhwc[2], width}, filter);
    Value biasValue = createF32Constant(b, {m.filters}, bias);
    Value partial = tosa::Conv2DOp::create(
        b, resultType.clone(f32), chunkInput, filterValue, biasValue, f32Zp,
        f32Zp, conv.getPadAttr(), conv.getStrideAttr(), conv.getDilationAttr(),
        TypeAttr::get(f32));
    // Integers under 2^24: the conversion is exact.
    Value exact = tosa::CastOp::create(b, resultType, partial);
    sum = sum ? tosa::AddOp::create(b, resultType, sum, exact).getResult()
              : exact;
  }
  rewriter.replaceOp(conv, sum);
}

struct PruneInt8ConvolutionsInF32Pass
    : public prune::impl::PruneInt8ConvolutionsInF32Base<
          PruneInt8ConvolutionsInF32Pass> {
  using Base::Base;

  void runOnOperation() override {
    SmallVector<tosa::Conv2DOp> convs;
    getOperation().walk([&](tosa::Conv2DOp conv) { convs.push_back(conv); });
    IRRewriter rewriter(&getContext());
    for (tosa::Conv2DOp conv : convs) {
      FailureOr<Int8Convolution> matched = matchInt8Convolution(conv);
      if (failed(matched))
        continue;
      SmallVector<std::pair<int64_t, int64_t>> chunks =
          chooseExactChunks(*matched);
      if (chunks.empty()) {
        ++numLeft;
        continue;
      }
      rewriteInF32(rewriter, *matched, chunks);
      ++numRewritten;
      numChunked += chunks.size() > 1;
    }
  }
};

} // namespace
