//===- OnnxReduceOps.cpp - Reductions, Softmax, ArgMax --------------------===//
//
// Operators that reduce along axes. A channels-last input reduces in NHWC
// (NCHW axis a is NHWC axis {0, 3, 1, 2}[a]), so a global pool after a
// convolution moves no data between layouts.
//
//===----------------------------------------------------------------------===//

#include "GraphImporter.h"

#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/Dialect/Tosa/Utils/ConversionUtils.h"

#include <cmath>
#include <limits>

using namespace mlir;
using namespace mlir::prune::onnx_import;

Value mlir::prune::onnx_import::reduceOverAxes(GraphImporter &g, Value v,
                                               ArrayRef<int64_t> axes,
                                               bool max) {
  for (int64_t axis : axes) {
    auto type = cast<RankedTensorType>(v.getType());
    SmallVector<int64_t> shape(type.getShape());
    shape[axis] = 1;
    auto resultType = g.getTensorType(shape, type.getElementType());
    auto axisAttr = g.getBuilder().getI32IntegerAttr(axis);
    if (max)
      v = tosa::ReduceMaxOp::create(g.getBuilder(), g.getLoc(), resultType, v,
                                    axisAttr);
    else
      v = tosa::ReduceSumOp::create(g.getBuilder(), g.getLoc(), resultType, v,
                                    axisAttr);
  }
  return v;
}

FailureOr<int64_t>
mlir::prune::onnx_import::countOverAxes(ArrayRef<int64_t> shape,
                                        ArrayRef<int64_t> axes) {
  SmallVector<int64_t> sizes;
  for (int64_t a : axes)
    sizes.push_back(shape[a]);
  int64_t count = getProductOrUnknown(sizes);
  if (count == kUnknown)
    return failure();
  return count;
}

static LogicalResult
normalizeAxes(GraphImporter &g, SmallVectorImpl<int64_t> &axes, int64_t rank) {
  for (int64_t &a : axes) {
    if (a < -rank || a >= rank)
      return g.emitError() << "axis " << a << " is out of range for rank "
                           << rank;
    if (a < 0)
      a += rank;
  }
  llvm::sort(axes);
  axes.erase(std::unique(axes.begin(), axes.end()), axes.end());
  return success();
}

namespace {
enum class ReduceKind { Sum, Mean, Max, Prod };
} // namespace

/// The reduction of a constant over `axes` (sorted, unique), kept as
/// dimensions of 1: shape arithmetic (torch's var and std count their
/// samples as ReduceProd of a Gather of Shape).
static HostTensor foldReduce(const HostTensor &in, ArrayRef<int64_t> axes,
                             ReduceKind kind) {
  SmallVector<int64_t> shape = in.shape;
  for (int64_t a : axes)
    shape[a] = 1;
  int64_t size = getNumElements(shape);
  std::vector<double> acc(size, kind == ReduceKind::Prod ? 1.0 : 0.0);
  std::vector<bool> seen(size, false);
  SmallVector<int64_t> position(in.shape.size(), 0);
  for (int64_t i = 0, n = in.size(); i < n; ++i) {
    // The output element of input element i: its position with the
    // reduced axes at 0.
    int64_t out = 0;
    for (size_t d = 0; d < shape.size(); ++d)
      out = out * shape[d] + (shape[d] == 1 ? 0 : position[d]);
    double v = in.getAsDouble(i);
    if (kind == ReduceKind::Max)
      acc[out] = seen[out] ? std::max(acc[out], v) : v;
    else if (kind == ReduceKind::Prod)
      acc[out] *= v;
    else
      acc[out] += v;
    seen[out] = true;
    for (int64_t d = position.size() - 1; d >= 0; --d) {
      if (++position[d] < in.shape[d])
        break;
      position[d] = 0;
    }
  }
  if (kind == ReduceKind::Mean)
    for (double &v : acc)
      v /= double(in.size() / std::max<int64_t>(size, 1));
  if (in.isFloat())
    return HostTensor::getFloat(in.elementType, shape, std::move(acc));
  return HostTensor::getInt(in.elementType, shape,
                            std::vector<int64_t>(acc.begin(), acc.end()));
}

namespace {
/// An elementwise map before or after a reduction (ReduceL2's square and
/// square root): `fold` on constants, `build` on computed values.
struct ElementMap {
  function_ref<double(double)> fold;
  function_ref<Value(Value)> build;
};
} // namespace

static LogicalResult convertReduce(GraphImporter &g, ReduceKind kind,
                                   std::optional<ElementMap> pre = {},
                                   std::optional<ElementMap> post = {}) {
  ImportedValue &in = g.getInput(0);
  if ((pre || post) && !isa<FloatType>(in.elementType))
    return g.emitError() << "only float tensors are supported";
  int64_t rank = in.shape.size();
  // ReduceSum takes its axes as an input from opset 13, the others from 18.
  FailureOr<SmallVector<int64_t>> axesOr = g.getAxes(1);
  if (failed(axesOr))
    return failure();
  SmallVector<int64_t> axes = std::move(*axesOr);
  if (axes.empty()) {
    if (g.getIntAttr("noop_with_empty_axes", 0))
      return convertIdentity(g);
    for (int64_t i = 0; i < rank; ++i)
      axes.push_back(i);
  }
  if (failed(normalizeAxes(g, axes, rank)))
    return failure();
  bool keepDims = g.getIntAttr("keepdims", 1);
  if (in.host && !in.value && !in.host->hasUnknowns() &&
      (in.host->isFloat() || kind != ReduceKind::Mean)) {
    HostTensor mapped = *in.host;
    if (pre)
      for (double &v : mapped.floats)
        v = pre->fold(v);
    HostTensor t = foldReduce(mapped, axes, kind);
    if (post)
      for (double &v : t.floats)
        v = post->fold(v);
    if (!keepDims) {
      SmallVector<int64_t> squeezed;
      for (int64_t i = 0; i < rank; ++i)
        if (!llvm::is_contained(axes, i))
          squeezed.push_back(in.shape[i]);
      t = t.reshaped(squeezed);
    }
    g.setConstantOutput(0, std::move(t));
    return success();
  }
  if (!isa<FloatType>(in.elementType))
    return g.emitError() << "only float tensors are supported";

  // Channels-last input: reduce in NHWC (NCHW axis a is NHWC axis pos[a]).
  bool channelsLast = in.channelsLast;
  Value value = channelsLast ? in.value : g.getOnnxLayout(in);
  if (!value)
    return failure();
  if (pre)
    value = pre->build(value);
  SmallVector<int64_t> layoutAxes = axes;
  if (channelsLast) {
    static constexpr int64_t kPosition[] = {0, 3, 1, 2};
    for (int64_t &a : layoutAxes)
      a = kPosition[a];
  }
  Value result;
  if (kind == ReduceKind::Prod) {
    result = value;
    for (int64_t axis : layoutAxes) {
      auto type = cast<RankedTensorType>(result.getType());
      SmallVector<int64_t> shape(type.getShape());
      shape[axis] = 1;
      result = tosa::ReduceProductOp::create(
          g.getBuilder(), g.getLoc(), type.clone(shape), result,
          g.getBuilder().getI32IntegerAttr(axis));
    }
  } else {
    result = reduceOverAxes(g, value, layoutAxes, kind == ReduceKind::Max);
  }
  if (kind == ReduceKind::Mean) {
    FailureOr<int64_t> count = countOverAxes(in.shape, axes);
    if (failed(count))
      return g.emitError() << "the mean over a dynamic dimension is not "
                              "supported; import with --batch=N";
    result = g.mul(result, g.getScalar(1.0 / *count, in.elementType, rank));
  }
  if (post)
    result = post->build(result);
  SmallVector<int64_t> keptShape = in.shape;
  for (int64_t a : axes)
    keptShape[a] = 1;
  ImportedValue out;
  out.value = result;
  out.shape = keptShape;
  out.elementType = in.elementType;
  out.channelsLast = channelsLast;
  if (keepDims) {
    g.setOutput(0, std::move(out));
    return success();
  }
  SmallVector<int64_t> squeezed;
  for (int64_t i = 0; i < rank; ++i)
    if (!llvm::is_contained(axes, i))
      squeezed.push_back(in.shape[i]);
  Value onnx = g.getOnnxLayout(out);
  Value reshaped = onnx ? g.reshape(onnx, squeezed) : nullptr;
  if (!reshaped)
    return failure();
  g.setOutput(0, reshaped, squeezed);
  return success();
}

template <ReduceKind kind>
static LogicalResult convertReduceOp(GraphImporter &g) {
  return convertReduce(g, kind);
}

/// ReduceSumSquare, ReduceL2 (F.normalize's norm) and ReduceL1: ReduceSum
/// of x * x, its square root, ReduceSum of |x|.
static LogicalResult convertReduceSumSquareOrL2(GraphImporter &g, bool root) {
  auto square = [&](Value v) { return g.mul(v, v); };
  auto sqrt = [&](Value v) -> Value {
    auto type = cast<RankedTensorType>(v.getType());
    return tosa::PowOp::create(
        g.getBuilder(), g.getLoc(), type, v,
        g.getScalar(0.5, type.getElementType(), type.getRank()));
  };
  auto foldSquare = [](double x) { return x * x; };
  auto foldSqrt = [](double x) { return std::sqrt(x); };
  // ElementMap holds function_refs: the lambdas above outlive the call.
  ElementMap pre{foldSquare, square};
  if (!root)
    return convertReduce(g, ReduceKind::Sum, pre);
  return convertReduce(g, ReduceKind::Sum, pre, ElementMap{foldSqrt, sqrt});
}

static LogicalResult convertReduceSumSquare(GraphImporter &g) {
  return convertReduceSumSquareOrL2(g, /*root=*/false);
}

static LogicalResult convertReduceL2(GraphImporter &g) {
  return convertReduceSumSquareOrL2(g, /*root=*/true);
}

static LogicalResult convertReduceL1(GraphImporter &g) {
  auto abs = [&](Value v) -> Value {
    return tosa::AbsOp::create(g.getBuilder(), g.getLoc(), v.getType(), v);
  };
  auto foldAbs = [](double x) { return std::fabs(x); };
  return convertReduce(g, ReduceKind::Sum, ElementMap{foldAbs, abs});
}

static LogicalResult convertSoftmaxOrLog(GraphImporter &g, bool log) {
  ImportedValue &in = g.getInput(0);
  int64_t rank = in.shape.size();
  int64_t axis = g.getIntAttr("axis", g.getOpsetVersion() < 13 ? 1 : -1);
  if (axis < 0)
    axis += rank;
  if (g.getOpsetVersion() < 13 && axis != rank - 1)
    return g.emitError() << "Softmax before opset 13 is supported on the last "
                            "axis only";
  Value x = g.getOnnxLayout(in);
  if (!x)
    return failure();
  OpBuilder &b = g.getBuilder();
  Location loc = g.getLoc();
  Type type = x.getType();
  Value max = reduceOverAxes(g, x, {axis}, /*max=*/true);
  Value shifted = tosa::SubOp::create(b, loc, type, x, max);
  Value exp = tosa::ExpOp::create(b, loc, type, shifted);
  Value sum = reduceOverAxes(g, exp, {axis}, /*max=*/false);
  if (log) {
    Value logSum = tosa::LogOp::create(b, loc, sum.getType(), sum);
    g.setOutput(0, tosa::SubOp::create(b, loc, type, shifted, logSum),
                in.shape);
    return success();
  }
  Value inverse = tosa::ReciprocalOp::create(b, loc, sum.getType(), sum);
  g.setOutput(0, g.mul(exp, inverse), in.shape);
  return success();
}

static LogicalResult convertSoftmax(GraphImporter &g) {
  return convertSoftmaxOrLog(g, /*log=*/false);
}

static LogicalResult convertLogSoftmax(GraphImporter &g) {
  return convertSoftmaxOrLog(g, /*log=*/true);
}

/// ArgMax and ArgMin (the tail of segmentation and classification graphs)
/// as tosa.argmax, of the negated input for ArgMin. TOSA gives the first
/// index of the extreme, as select_last_index=0 asks (for 1, of the reversed
/// axis), in int32: the indices are int32 where ONNX says int64, as other
/// integers computed here are.
static LogicalResult convertArgExtreme(GraphImporter &g, bool min) {
  ImportedValue &in = g.getInput(0);
  int64_t rank = in.shape.size();
  if (!isa<FloatType>(in.elementType))
    return g.emitError() << "only float tensors are supported";
  SmallVector<int64_t> axes = {g.getIntAttr("axis", 0)};
  if (failed(normalizeAxes(g, axes, rank)))
    return failure();
  int64_t axis = axes[0];
  bool last = g.getIntAttr("select_last_index", 0);
  if (last && ShapedType::isDynamic(in.shape[axis]))
    return g.emitError() << "select_last_index=1 over a dynamic dimension "
                            "is not supported";
  // Over the channels of an NHWC value the other dimensions keep ONNX's
  // order: no transpose back.
  bool overChannelsLast = in.channelsLast && axis == 1;
  Value x = overChannelsLast ? in.value : g.getOnnxLayout(in);
  if (!x)
    return failure();
  OpBuilder &b = g.getBuilder();
  Location loc = g.getLoc();
  if (min)
    x = tosa::NegateOp::create(b, loc, x.getType(), x,
                               g.getZeroPoint(in.elementType),
                               g.getZeroPoint(in.elementType));
  int32_t layoutAxis = overChannelsLast ? 3 : axis;
  // The last extreme is the first of the reversed axis, at n - 1 - j.
  if (last)
    x = tosa::ReverseOp::create(b, loc, x.getType(), x,
                                b.getI32IntegerAttr(layoutAxis));
  SmallVector<int64_t> reduced;
  for (int64_t d = 0; d < rank; ++d)
    if (d != axis)
      reduced.push_back(in.shape[d]);
  auto indicesType = g.getTensorType(reduced, b.getI32Type());
  Value indices = tosa::ArgMaxOp::create(b, loc, indicesType, x,
                                         b.getI32IntegerAttr(layoutAxis));
  if (last)
    indices = tosa::SubOp::create(
        b, loc, indicesType,
        g.getScalar(double(in.shape[axis] - 1), b.getI32Type(), reduced.size()),
        indices);
  SmallVector<int64_t> shape = reduced;
  if (g.getIntAttr("keepdims", 1)) {
    shape = in.shape;
    shape[axis] = 1;
    indices = g.reshape(indices, shape);
    if (!indices)
      return failure();
  }
  g.setOutput(0, indices, shape);
  return success();
}

static LogicalResult convertArgMax(GraphImporter &g) {
  return convertArgExtreme(g, /*min=*/false);
}

static LogicalResult convertArgMin(GraphImporter &g) {
  return convertArgExtreme(g, /*min=*/true);
}

/// The axis of a scan (CumSum, TopK), normalized; its dimension must be
/// static.
static FailureOr<int64_t>
getStaticScanAxis(GraphImporter &g, const ImportedValue &in, int64_t rawAxis) {
  SmallVector<int64_t> axes = {rawAxis};
  if (failed(normalizeAxes(g, axes, in.shape.size())))
    return failure();
  if (in.shape[axes[0]] == kUnknown)
    return g.emitError() << "the dynamic dimension " << axes[0]
                         << " is not supported as the axis";
  return axes[0];
}

/// The constant one-element input `index` (CumSum's axis, TopK's k).
static FailureOr<int64_t> getScalarInput(GraphImporter &g, int index,
                                         StringRef name) {
  FailureOr<SmallVector<int64_t>> values = getIntsInput(g, index, name);
  if (failed(values))
    return failure();
  if (values->size() != 1)
    return g.emitError() << name << " must be a constant with one element";
  return values->front();
}

/// CumSum as log2(L) doubling steps (Hillis-Steele): x += x shifted by k
/// along the axis, k = 1, 2, 4, ... (a slice and a pad of k zeros in
/// front). A product with a constant triangular matrix would be shorter,
/// but prune-weights would prune it as a layer's weight. exclusive shifts
/// the result by one; reverse reverses the axis before and after.
static LogicalResult convertCumSum(GraphImporter &g) {
  ImportedValue &in = g.getInput(0);
  // Integer sums (RoBERTa's position ids count a 0/1 mask) add in the
  // tensor's own type, as tosa.add does for int32 and int64.
  if (!isa<FloatType>(in.elementType) &&
      !(in.elementType.isInteger(32) || in.elementType.isInteger(64)))
    return g.emitError() << "only float, int32 and int64 tensors are "
                            "supported, not "
                         << in.elementType;
  int64_t rank = in.shape.size();
  FailureOr<int64_t> rawAxis = getScalarInput(g, 1, "axis");
  if (failed(rawAxis))
    return failure();
  FailureOr<int64_t> axisOr = getStaticScanAxis(g, in, *rawAxis);
  if (failed(axisOr))
    return failure();
  int64_t axis = *axisOr, length = in.shape[axis];
  Value x = g.getOnnxLayout(in);
  if (!x)
    return failure();
  OpBuilder &b = g.getBuilder();
  Location loc = g.getLoc();
  auto type = cast<RankedTensorType>(x.getType());
  bool reverse = g.getIntAttr("reverse", 0);
  if (reverse)
    x = tosa::ReverseOp::create(b, loc, type, x, b.getI32IntegerAttr(axis));
  // x shifted by k toward the end of the axis, zeros in front.
  auto shifted = [&](Value v, int64_t k) -> Value {
    SmallVector<int64_t> begin(rank, 0), size(type.getShape());
    size[axis] = length - k;
    Value kept = g.slice(v, begin, size);
    SmallVector<int64_t> padding(2 * rank, 0);
    padding[2 * axis] = k;
    return tosa::PadOp::create(b, loc, type, kept, g.getConstShape(padding),
                               g.getScalar(0.0, in.elementType, 1));
  };
  for (int64_t k = 1; k < length; k *= 2)
    x = tosa::AddOp::create(b, loc, type, x, shifted(x, k));
  if (g.getIntAttr("exclusive", 0))
    x = length > 1 ? shifted(x, 1)
                   : g.mul(x, g.getScalar(0.0, in.elementType, rank));
  if (reverse)
    x = tosa::ReverseOp::create(b, loc, type, x, b.getI32IntegerAttr(axis));
  g.setOutput(0, x, in.shape);
  return success();
}

/// TopK for a constant k of at most 16: k rounds of the maximum and its
/// first index (tosa.reduce_max, tosa.argmax), each taking the found
/// element out (-inf at its index) for the next; largest=0 on the negated
/// input. Values come sorted, ties lowest index first, as ONNX Runtime's;
/// the indices are int32 (ONNX: int64), as ArgMax's.
static LogicalResult convertTopK(GraphImporter &g) {
  constexpr int64_t kMaxRounds = 16;
  ImportedValue &in = g.getInput(0);
  if (!isa<FloatType>(in.elementType))
    return g.emitError() << "only float tensors are supported";
  int64_t rank = in.shape.size();
  FailureOr<int64_t> kOr = getScalarInput(g, 1, "k");
  if (failed(kOr))
    return failure();
  FailureOr<int64_t> axisOr =
      getStaticScanAxis(g, in, g.getIntAttr("axis", -1));
  if (failed(axisOr))
    return failure();
  int64_t k = *kOr, axis = *axisOr, length = in.shape[axis];
  if (k < 1 || k > length)
    return g.emitError() << "k=" << k << " is outside [1, " << length << "]";
  if (k > kMaxRounds)
    return g.emitError() << "k=" << k << " is more than " << kMaxRounds
                         << " (one pass over the axis per element)";
  bool largest = g.getIntAttr("largest", 1);
  Value x = g.getOnnxLayout(in);
  if (!x)
    return failure();
  OpBuilder &b = g.getBuilder();
  Location loc = g.getLoc();
  auto type = cast<RankedTensorType>(x.getType());
  Type element = in.elementType;
  auto negate = [&](Value v) -> Value {
    return tosa::NegateOp::create(b, loc, v.getType(), v,
                                  g.getZeroPoint(element),
                                  g.getZeroPoint(element));
  };
  if (!largest)
    x = negate(x);
  // Each element's index along the axis, as a float, to find the taken one.
  SmallVector<int64_t> iotaShape(rank, 1);
  iotaShape[axis] = length;
  std::vector<double> iota(length);
  for (int64_t i = 0; i < length; ++i)
    iota[i] = double(i);
  Value positions = g.materialize(
      HostTensor::getFloat(element, iotaShape, std::move(iota)), "positions");
  SmallVector<int64_t> keptShape(type.getShape());
  keptShape[axis] = 1;
  SmallVector<int64_t> reducedShape;
  for (int64_t d = 0; d < rank; ++d)
    if (d != axis)
      reducedShape.push_back(type.getDimSize(d));
  double lowest = -std::numeric_limits<double>::infinity();
  SmallVector<Value> values, indices;
  for (int64_t round = 0; round < k; ++round) {
    values.push_back(tosa::ReduceMaxOp::create(b, loc, type.clone(keptShape), x,
                                               b.getI32IntegerAttr(axis)));
    Value index = tosa::ArgMaxOp::create(
        b, loc, g.getTensorType(reducedShape, b.getI32Type()), x,
        b.getI32IntegerAttr(axis));
    index = g.reshape(index, keptShape);
    if (!index)
      return failure();
    indices.push_back(index);
    if (round + 1 == k)
      break;
    Value taken = tosa::EqualOp::create(
        b, loc, type.clone(b.getI1Type()), positions,
        tosa::CastOp::create(b, loc, type.clone(keptShape), index));
    x = tosa::SelectOp::create(b, loc, type, taken,
                               g.getScalar(lowest, element, rank), x);
  }
  SmallVector<int64_t> outShape = in.shape;
  outShape[axis] = k;
  Value topValues =
      k == 1
          ? values[0]
          : tosa::ConcatOp::create(b, loc, g.getTensorType(outShape, element),
                                   values, b.getI32IntegerAttr(axis));
  Value topIndices =
      k == 1 ? indices[0]
             : tosa::ConcatOp::create(b, loc,
                                      g.getTensorType(outShape, b.getI32Type()),
                                      indices, b.getI32IntegerAttr(axis));
  g.setOutput(0, largest ? topValues : negate(topValues), outShape);
  g.setOutput(1, topIndices, outShape);
  return success();
}

void mlir::prune::onnx_import::registerReduceConverters(ConverterTable &table) {
  table["ReduceSum"] = convertReduceOp<ReduceKind::Sum>;
  table["ReduceMean"] = convertReduceOp<ReduceKind::Mean>;
  table["ReduceMax"] = convertReduceOp<ReduceKind::Max>;
  table["ReduceProd"] = convertReduceOp<ReduceKind::Prod>;
  table["ReduceSumSquare"] = convertReduceSumSquare;
  table["ReduceL2"] = convertReduceL2;
  table["ReduceL1"] = convertReduceL1;
  table["CumSum"] = convertCumSum;
  table["TopK"] = convertTopK;
  table["Softmax"] = convertSoftmax;
  table["LogSoftmax"] = convertLogSoftmax;
  table["ArgMax"] = convertArgMax;
  table["ArgMin"] = convertArgMin;
}
