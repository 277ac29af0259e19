//===- Int8LayersInF32.cpp - The prune-int8-layers-in-f32 pass -----------===//
//
// An int8 tosa.conv2d or tosa.matmul lowers to a linalg op of i8 operands
// into an i32 accumulator, which prune-compile's dense paths take poorly or
// not at all (they want one element type throughout): a convolution stays a
// scalar loop nest (ten times ONNX Runtime's time on a quantized
// ResNet-18), a matmul multiplies in i32 lanes. The same layer computed in
// f32 is exact whenever every partial sum is an integer of magnitude below
// 2^24 (Support/Int8Exactness.h). This pass proves that bound from the
// constant weight (and bias), output channel by output channel, and where
// it holds rewrites the layer to f32 on x - zp (a convolution's
// padding, which contributes 0 to the integer convolution, then pads
// zeros), with the result converted back to i32 for the requantization that
// follows. Where it fails, the reduction (a convolution's input channels, a
// matmul's K) is split into chunks for which it holds; each chunk's f32
// result is converted to i32 and the chunks are added in i32, which is
// exact too.
//
//===----------------------------------------------------------------------===//

#include "Prune/Codegen/Passes.h"
#include "Prune/Support/Int8Exactness.h"
#include "Prune/Support/WeightStorage.h"

#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/Dialect/Tosa/Utils/ConversionUtils.h"
#include "mlir/IR/ImplicitLocOpBuilder.h"

namespace mlir::prune {
#define GEN_PASS_DEF_PRUNEINT8LAYERSINF32
#include "Prune/Codegen/Passes.h.inc"
} // namespace mlir::prune

using namespace mlir;

namespace {

/// An int8 layer's constant operands, read: its weight as [F, window, C]
/// (F output channels, C the channels of the reduction that the input's
/// last dimension holds, `window` taps of each), row-major.
struct Int8Layer {
  Operation *op;
  SmallVector<int64_t> weight, bias;
  int64_t filters, window, channels;
  int64_t inputZeroPoint;
};

/// The values of a constant integer tensor (through reshapes), or failure.
static FailureOr<SmallVector<int64_t>> readIntegers(Value value) {
  std::string error;
  Operation *op = value.getDefiningOp();
  // A reshape keeps the row-major order (importers reshape a 2-D weight to
  // tosa.matmul's [1, K, N]).
  while (auto reshape = dyn_cast_or_null<tosa::ReshapeOp>(op))
    op = reshape.getInput1().getDefiningOp();
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

/// Whether both operands are ranked i8 tensors and the result an i32 one.
static bool isInt8ByInt8ToInt32(RankedTensorType lhs, RankedTensorType rhs,
                                Type result) {
  auto resultType = dyn_cast<RankedTensorType>(result);
  return lhs && rhs && resultType &&
         lhs.getElementType().isSignlessInteger(8) &&
         rhs.getElementType().isSignlessInteger(8) &&
         resultType.getElementType().isSignlessInteger(32);
}

/// Matches an i8 x i8 -> i32 tosa.conv2d with a constant filter of weight
/// zero point 0, a constant bias and a constant input zero point, static
/// sizes but the batch.
static FailureOr<Int8Layer> matchInt8Layer(tosa::Conv2DOp conv) {
  auto inputType = dyn_cast<RankedTensorType>(conv.getInput().getType());
  auto filterType = dyn_cast<RankedTensorType>(conv.getWeight().getType());
  if (!isInt8ByInt8ToInt32(inputType, filterType, conv.getType()) ||
      !filterType.hasStaticShape() ||
      llvm::any_of(inputType.getShape().drop_front(), ShapedType::isDynamic))
    return failure();
  FailureOr<int64_t> inputZp = conv.getInputZeroPoint();
  FailureOr<int64_t> weightZp = conv.getWeightZeroPoint();
  if (failed(inputZp) || failed(weightZp) || *weightZp != 0)
    return failure();
  Int8Layer m;
  m.op = conv;
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
  m.weight = std::move(*filter);
  if (bias->size() == 1)
    m.bias.assign(m.filters, (*bias)[0]);
  else if (static_cast<int64_t>(bias->size()) == m.filters)
    m.bias = std::move(*bias);
  else
    return failure();
  return m;
}

/// Matches an i8 x i8 -> i32 tosa.matmul whose B is a constant of one batch
/// with zero point 0, with a constant A zero point and a static K.
static FailureOr<Int8Layer> matchInt8Layer(tosa::MatMulOp matmul) {
  auto aType = dyn_cast<RankedTensorType>(matmul.getA().getType());
  auto bType = dyn_cast<RankedTensorType>(matmul.getB().getType());
  if (!isInt8ByInt8ToInt32(aType, bType, matmul.getType()) ||
      !bType.hasStaticShape() || bType.getDimSize(0) != 1 ||
      ShapedType::isDynamic(aType.getShape().back()))
    return failure();
  FailureOr<int64_t> aZp = matmul.getAZeroPoint();
  FailureOr<int64_t> bZp = matmul.getBZeroPoint();
  if (failed(aZp) || failed(bZp) || *bZp != 0)
    return failure();
  FailureOr<SmallVector<int64_t>> b = readIntegers(matmul.getB());
  if (failed(b) || static_cast<int64_t>(b->size()) != bType.getNumElements())
    return failure();
  Int8Layer m;
  m.op = matmul;
  m.channels = bType.getDimSize(1);
  m.filters = bType.getDimSize(2);
  m.window = 1;
  m.inputZeroPoint = *aZp;
  // [1, K, N] -> [N, 1, K].
  m.weight.resize(b->size());
  for (int64_t k = 0; k < m.channels; ++k)
    for (int64_t n = 0; n < m.filters; ++n)
      m.weight[n * m.channels + k] = (*b)[k * m.filters + n];
  m.bias.assign(m.filters, 0);
  return m;
}

/// The ranges of reduction channels whose layers each keep every partial
/// sum under kExactF32IntegerLimit (the bias goes with the first), splitting
/// the channels into the fewest equal chunks that do; empty when even single
/// channels do not.
static SmallVector<std::pair<int64_t, int64_t>>
chooseExactChunks(const Int8Layer &m) {
  int64_t maxInput = prune::getMaxCenteredInt8(m.inputZeroPoint);
  // columnBound[f * C + c]: the most input channel c adds to filter f.
  SmallVector<int64_t> columnBound(m.filters * m.channels, 0);
  for (int64_t f = 0; f < m.filters; ++f)
    for (int64_t k = 0; k < m.window; ++k)
      for (int64_t c = 0; c < m.channels; ++c)
        columnBound[f * m.channels + c] +=
            maxInput * std::abs(m.weight[(f * m.window + k) * m.channels + c]);
  // Each chunk holds less than the limit: at least total / limit of them.
  int64_t fewest = 1;
  for (int64_t f = 0; f < m.filters; ++f) {
    int64_t total = std::abs(m.bias[f]);
    for (int64_t c = 0; c < m.channels; ++c)
      total += columnBound[f * m.channels + c];
    fewest = std::max(fewest, total / prune::kExactF32IntegerLimit);
  }
  for (int64_t numChunks = fewest; numChunks <= m.channels; ++numChunks) {
    int64_t chunk = llvm::divideCeil(m.channels, numChunks);
    SmallVector<std::pair<int64_t, int64_t>> chunks;
    bool exact = true;
    for (int64_t begin = 0; begin < m.channels && exact; begin += chunk) {
      int64_t end = std::min(begin + chunk, m.channels);
      for (int64_t f = 0; f < m.filters && exact; ++f) {
        int64_t bound = begin == 0 ? std::abs(m.bias[f]) : 0;
        for (int64_t c = begin; c < end; ++c)
          bound += columnBound[f * m.channels + c];
        exact = bound < prune::kExactF32IntegerLimit;
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

/// The matched layer's weight channels [begin, end) as an f32 constant in
/// its own layout: a convolution's [F, KH, KW, width], a matmul's
/// [1, width, N].
static Value createChunkWeight(ImplicitLocOpBuilder &b, const Int8Layer &m,
                               int64_t begin, int64_t end) {
  int64_t width = end - begin;
  SmallVector<float> values;
  values.reserve(m.filters * m.window * width);
  if (auto conv = dyn_cast<tosa::Conv2DOp>(m.op)) {
    for (int64_t f = 0; f < m.filters; ++f)
      for (int64_t k = 0; k < m.window; ++k)
        for (int64_t c = begin; c < end; ++c)
          values.push_back(m.weight[(f * m.window + k) * m.channels + c]);
    ArrayRef<int64_t> fhwc =
        cast<RankedTensorType>(conv.getWeight().getType()).getShape();
    return createF32Constant(b, {fhwc[0], fhwc[1], fhwc[2], width}, values);
  }
  for (int64_t c = begin; c < end; ++c)
    for (int64_t f = 0; f < m.filters; ++f)
      values.push_back(m.weight[f * m.channels + c]);
  return createF32Constant(b, {1, width, m.filters}, values);
}

/// Rewrites the matched layer as f32 layers over `chunks` of its reduction
/// channels (the input's last dimension), each converted to i32, added in
/// i32.
static void rewriteInF32(IRRewriter &rewriter, const Int8Layer &m,
                         ArrayRef<std::pair<int64_t, int64_t>> chunks) {
  ImplicitLocOpBuilder b(m.op->getLoc(), rewriter);
  b.setInsertionPoint(m.op);
  Type f32 = b.getF32Type();
  Value source = m.op->getOperand(0);
  auto inputType = cast<RankedTensorType>(source.getType());
  auto resultType = cast<RankedTensorType>(m.op->getResult(0).getType());
  int64_t rank = inputType.getRank();

  Value input = tosa::CastOp::create(b, inputType.clone(f32), source);
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
      for (int64_t &d : size)
        if (ShapedType::isDynamic(d))
          d = -1;
      SmallVector<int64_t> chunkShape(inputType.getShape());
      chunkShape.back() = width;
      chunkInput = tosa::SliceOp::create(
          b, RankedTensorType::get(chunkShape, f32), input,
          tosa::getTosaConstShape(b, start), tosa::getTosaConstShape(b, size));
    }
    Value weight = createChunkWeight(b, m, begin, end);
    Value partial;
    if (auto conv = dyn_cast<tosa::Conv2DOp>(m.op)) {
      SmallVector<float> bias;
      for (int64_t f = 0; f < m.filters; ++f)
        bias.push_back(begin == 0 ? static_cast<float>(m.bias[f]) : 0.0f);
      partial = tosa::Conv2DOp::create(
          b, resultType.clone(f32), chunkInput, weight,
          createF32Constant(b, {m.filters}, bias), f32Zp, f32Zp,
          conv.getPadAttr(), conv.getStrideAttr(), conv.getDilationAttr(),
          TypeAttr::get(f32));
    } else {
      partial = tosa::MatMulOp::create(b, resultType.clone(f32), chunkInput,
                                       weight, f32Zp, f32Zp);
    }
    // Integers under 2^24: the conversion is exact.
    Value exact = tosa::CastOp::create(b, resultType, partial);
    sum = sum ? tosa::AddOp::create(b, resultType, sum, exact).getResult()
              : exact;
  }
  rewriter.replaceOp(m.op, sum);
}

struct PruneInt8LayersInF32Pass
    : public prune::impl::PruneInt8LayersInF32Base<PruneInt8LayersInF32Pass> {
  using Base::Base;

  void runOnOperation() override {
    SmallVector<Int8Layer> layers;
    getOperation().walk([&](Operation *op) {
      FailureOr<Int8Layer> matched = failure();
      if (auto conv = dyn_cast<tosa::Conv2DOp>(op))
        matched = matchInt8Layer(conv);
      else if (auto matmul = dyn_cast<tosa::MatMulOp>(op))
        matched = matchInt8Layer(matmul);
      if (succeeded(matched))
        layers.push_back(std::move(*matched));
    });
    IRRewriter rewriter(&getContext());
    for (const Int8Layer &layer : layers) {
      SmallVector<std::pair<int64_t, int64_t>> chunks =
          chooseExactChunks(layer);
      if (chunks.empty()) {
        ++numLeft;
        continue;
      }
      rewriteInF32(rewriter, layer, chunks);
      ++numRewritten;
      numChunked += chunks.size() > 1;
    }
  }
};

} // namespace
