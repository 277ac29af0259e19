//===- OnnxQuantOps.cpp - QuantizeLinear, DequantizeLinear, QLinear* -----===//
//
// Quantized models import to TOSA integer arithmetic: QLinearMatMul and
// QLinearConv become int8 `tosa.matmul` / `tosa.conv2d` with their zero
// points, accumulating in i32, followed by `tosa.rescale` to the output's
// scale and zero point. The QDQ pattern - DequantizeLinear on an int8
// activation and an int8 constant weight, a Conv, Gemm or MatMul, optionally
// a Relu, QuantizeLinear - becomes the same. QuantizeLinear and
// DequantizeLinear elsewhere become the float <-> int8 conversions they
// define; on constants they fold on the host.
//
// uint8 data is held as int8 offset by -128, with its zero points offset
// alike (ImportedValue::offsetUint8): (q - 128) - (zp - 128) = q - zp, and
// saturating to [-128, 127] is saturating to [0, 255] shifted, so every op
// here computes what the uint8 model does. uint8 weights become int8 the
// same way (a zero point of 128 becomes a symmetric 0).
//
// ONNX Runtime's dynamic quantization is in OnnxDynamicQuantOps.cpp.
//
//===----------------------------------------------------------------------===//

#include "ConvGeometry.h"
#include "GraphImporter.h"
#include "Prune/Support/Int8Exactness.h"

#include "mlir/Dialect/Tosa/IR/TosaOps.h"

#include <cmath>
#include <onnx/onnx_pb.h>

using namespace mlir;
using namespace mlir::prune::onnx_import;

namespace {
/// Scale and zero point of one quantized operand: per tensor, or per
/// channel along `axis`.
struct QuantParams {
  std::vector<double> scales;
  std::vector<int64_t> zeroPoints;
  Type storageType;
  /// uint8 storage: `zeroPoints` are offset by -kUint8Offset and
  /// `storageType` is i8.
  bool offsetUint8 = false;
};
} // namespace

static constexpr int64_t kUint8Offset = 128;

/// The storage type a quantized value's absent zero point takes: its own.
static Type getStorageType(GraphImporter &g, const ImportedValue &v) {
  return v.offsetUint8 ? g.getBuilder().getIntegerType(8, /*isSigned=*/false)
                       : v.elementType;
}

/// `anyInteger`: the quantized tensor is a constant that folds on the host,
/// so any integer storage (int32 biases, uint8) works, zero points as they
/// are. Otherwise int8, or uint8 held offset with its zero points.
static FailureOr<QuantParams> getQuantParams(GraphImporter &g, int scaleIndex,
                                             int zpIndex, Type fallback,
                                             bool anyInteger = false) {
  FailureOr<const HostTensor *> scale =
      g.requireConstantInput(scaleIndex, "scale");
  if (failed(scale))
    return failure();
  // Opset 21's blocked quantization gives a scale per block of an axis, in
  // a scale of the data's rank.
  if (int64_t blockSize = g.getIntAttr("block_size", 0))
    return g.emitError() << "blocked quantization (block_size=" << blockSize
                         << ") is not supported";
  if ((*scale)->shape.size() > 1)
    return g.emitError() << "the scale has shape "
                         << formatShape((*scale)->shape)
                         << "; a scalar or a 1-D scale (per axis) is expected";
  QuantParams p;
  p.scales = (*scale)->floats;
  p.storageType = fallback;
  if (g.hasInput(zpIndex)) {
    FailureOr<const HostTensor *> zp =
        g.requireConstantInput(zpIndex, "zero point");
    if (failed(zp))
      return failure();
    // QLinearConv and QLinearMatMul allow one zero point for per-channel
    // scales.
    int64_t zpCount = (*zp)->size();
    if (zpCount != static_cast<int64_t>(p.scales.size()) && zpCount != 1)
      return g.emitError() << "the zero point has " << zpCount
                           << " elements and the scale " << p.scales.size();
    // The zero point's type is the quantized data's; a float input
    // (QuantizeLinear) takes whichever the zero point says.
    if (isa<IntegerType>(fallback) && (*zp)->elementType != fallback)
      return g.emitError() << "the zero point is " << (*zp)->elementType
                           << " but the quantized data is " << fallback;
    p.zeroPoints.assign((*zp)->ints.begin(), (*zp)->ints.end());
    if (zpCount == 1)
      p.zeroPoints.assign(p.scales.size(), p.zeroPoints[0]);
    p.storageType = (*zp)->elementType;
  }
  if (p.zeroPoints.empty())
    p.zeroPoints.assign(p.scales.size(), 0);
  if (anyInteger)
    return p;
  if (p.storageType.isUnsignedInteger(8)) {
    for (int64_t &zp : p.zeroPoints)
      zp -= kUint8Offset;
    p.storageType = g.getBuilder().getIntegerType(8);
    p.offsetUint8 = true;
  }
  if (!p.storageType.isSignlessInteger(8)) {
    g.emitError() << "only int8 and uint8 quantization is supported, not "
                  << p.storageType;
    return failure();
  }
  return p;
}

/// Checks that computed quantized data `v` is held as `q` says: uint8
/// offset, or int8.
static LogicalResult checkHeldAs(GraphImporter &g, const ImportedValue &v,
                                 const QuantParams &q, StringRef what) {
  if (v.offsetUint8 == q.offsetUint8 && v.elementType.isSignlessInteger(8))
    return success();
  if (v.elementType.isUnsignedInteger(8))
    return g.emitError() << "the " << what
                         << " is a uint8 graph input, which is not supported "
                            "(uint8 data is supported where the graph "
                            "quantizes it); quantize a float input with "
                            "QuantizeLinear";
  return g.emitError() << "the " << what << " is "
                       << (v.offsetUint8 ? "uint8" : "int8")
                       << " data but its zero point is "
                       << (q.offsetUint8 ? "uint8" : "int8");
}

/// Checks that per-axis parameters `q` have one scale per element of the
/// quantized tensor's dimension `axis` (normalized here), as ONNX requires:
/// a scale more or less would be read past its end or left unread.
static LogicalResult checkPerAxis(GraphImporter &g, const QuantParams &q,
                                  ArrayRef<int64_t> shape, int64_t &axis,
                                  StringRef what) {
  if (q.scales.size() <= 1)
    return success();
  int64_t rank = shape.size();
  if (axis < -rank || axis >= rank)
    return g.emitError() << "axis " << axis << " is outside the " << what
                         << "'s rank " << rank;
  if (axis < 0)
    axis += rank;
  if (shape[axis] != static_cast<int64_t>(q.scales.size()))
    return g.emitError() << "the " << what << " has "
                         << (shape[axis] == kUnknown
                                 ? std::string("a dynamic number of")
                                 : std::to_string(shape[axis]))
                         << " channels along axis " << axis << " but "
                         << q.scales.size() << " scales";
  return success();
}

/// A uint8 constant weight as int8: values and zero points offset alike.
static HostTensor offsetWeight(const HostTensor &weight,
                               const QuantParams &q, Type i8) {
  HostTensor t = weight;
  if (!q.offsetUint8)
    return t;
  t.elementType = i8;
  for (int64_t &v : t.ints)
    v -= kUint8Offset;
  return t;
}

static LogicalResult convertDequantizeLinear(GraphImporter &g) {
  ImportedValue &in = g.getInput(0);
  FailureOr<QuantParams> q =
      getQuantParams(g, 1, 2, getStorageType(g, in), in.host.has_value());
  if (failed(q) || (!in.host && failed(checkHeldAs(g, in, *q, "input"))))
    return failure();
  Type f32 = g.getBuilder().getF32Type();
  int64_t axis = g.getIntAttr("axis", 1);
  if (failed(checkPerAxis(g, *q, in.shape, axis, "input")))
    return failure();
  int64_t rank = in.shape.size();
  bool perChannel = q->scales.size() > 1;
  if (in.host) {
    HostTensor t = HostTensor::getFloat(f32, in.shape, {});
    for (int64_t i = 0; i < in.host->size(); ++i) {
      int64_t c = perChannel ? getIndexAlongAxis(i, in.shape, axis) : 0;
      t.floats.push_back((in.host->ints[i] - q->zeroPoints[c]) * q->scales[c]);
    }
    g.setConstantOutput(0, std::move(t));
    return success();
  }
  if (perChannel)
    return g.emitError() << "per-channel DequantizeLinear of activations is "
                            "not supported";
  Value x = in.channelsLast ? in.value : g.getOnnxLayout(in);
  if (!x)
    return failure();
  OpBuilder &b = g.getBuilder();
  Location loc = g.getLoc();
  auto shape = cast<RankedTensorType>(x.getType()).getShape();
  Value f = tosa::CastOp::create(b, loc, g.getTensorType(shape, f32), x);
  Value centered = tosa::SubOp::create(
      b, loc, f.getType(), f, g.getScalar(q->zeroPoints[0], f32, rank));
  g.setOutput(0, g.mul(centered, g.getScalar(q->scales[0], f32, rank)),
              in.shape, in.channelsLast);
  return success();
}

static LogicalResult convertQuantizeLinear(GraphImporter &g) {
  ImportedValue &in = g.getInput(0);
  // Without a zero point ONNX quantizes to uint8 with zero point 0.
  FailureOr<QuantParams> q = getQuantParams(
      g, 1, 2,
      g.hasInput(2) ? in.elementType
                    : g.getBuilder().getIntegerType(8, /*isSigned=*/false));
  if (failed(q))
    return failure();
  if (q->scales.size() > 1)
    return g.emitError() << "per-channel QuantizeLinear is not supported";
  Value x = in.channelsLast ? in.value : g.getOnnxLayout(in);
  if (!x)
    return failure();
  OpBuilder &b = g.getBuilder();
  Location loc = g.getLoc();
  int64_t rank = in.shape.size();
  Type f32 = in.elementType;
  auto shape = cast<RankedTensorType>(x.getType()).getShape();
  // round(x / scale) + zp, saturated: TOSA's float -> int cast rounds to
  // nearest even, as QuantizeLinear does.
  Value scaled = g.mul(x, g.getScalar(1.0 / q->scales[0], f32, rank));
  Value shifted = tosa::AddOp::create(
      b, loc, scaled.getType(), scaled,
      g.getScalar(static_cast<double>(q->zeroPoints[0]), f32, rank));
  Value clamped = tosa::ClampOp::create(b, loc, shifted.getType(), shifted,
                                        b.getF32FloatAttr(-128.0f),
                                        b.getF32FloatAttr(127.0f));
  Value i8 = tosa::CastOp::create(
      b, loc, g.getTensorType(shape, b.getIntegerType(8)), clamped);
  g.setOutput(0, i8, in.shape, in.channelsLast);
  if (q->offsetUint8)
    g.markOffsetUint8Output(0);
  return success();
}

/// Output channel scales x_scale * w_scale[c] / y_scale, in f32 arithmetic
/// as ONNX Runtime computes them.
static SmallVector<double>
getRequantScales(double xScale, ArrayRef<double> wScales, double yScale) {
  SmallVector<double> scales;
  for (double sw : wScales)
    scales.push_back(static_cast<float>(static_cast<float>(xScale) *
                                        static_cast<float>(sw)) /
                     static_cast<float>(yScale));
  return scales;
}

/// An i32 accumulator requantized to i8 with `scales` (one per output
/// channel, the last dimension of `acc`, or one for all) and `outputZp`, as
/// ONNX Runtime does it: the accumulator to f32, times the scale, rounded
/// half to even, plus the zero point, saturated. (tosa.rescale's fixed-point
/// multiplier, TFLite's arithmetic, rounds differently at ties: a
/// torch-quantized ResNet-18 ended 2 quanta from ONNX Runtime that way.)
static Value requantizeToInt8(GraphImporter &g, Value acc,
                              ArrayRef<double> scales, int64_t outputZp) {
  OpBuilder &b = g.getBuilder();
  Location loc = g.getLoc();
  auto accType = cast<RankedTensorType>(acc.getType());
  int64_t rank = accType.getRank();
  Type f32 = b.getF32Type();
  Value f = tosa::CastOp::create(b, loc, accType.clone(f32), acc);
  SmallVector<int64_t> scaleShape(rank, 1);
  scaleShape.back() = scales.size();
  Value scale = g.materialize(
      HostTensor::getFloat(f32, scaleShape, {scales.begin(), scales.end()}),
      "requant_scale");
  Value scaled = g.mul(f, scale);
  // TOSA's f32 -> i32 cast rounds half to even; the rounded integer, back in
  // f32 (exact up to 2^24, and saturated beyond), takes the zero point and
  // the saturation there, as TOSA clamps no i32.
  Value rounded = tosa::CastOp::create(b, loc, accType, scaled);
  Value integral = tosa::CastOp::create(b, loc, accType.clone(f32), rounded);
  Value shifted =
      tosa::AddOp::create(b, loc, integral.getType(), integral,
                          g.getScalar(static_cast<double>(outputZp), f32,
                                      rank));
  Value saturated = tosa::ClampOp::create(
      b, loc, shifted.getType(), shifted, b.getF32FloatAttr(-128.0f),
      b.getF32FloatAttr(127.0f));
  return tosa::CastOp::create(b, loc, accType.clone(b.getIntegerType(8)),
                              saturated);
}

static LogicalResult convertQLinearMatMul(GraphImporter &g) {
  ImportedValue &a = g.getInput(0);
  ImportedValue &bIn = g.getInput(3);
  FailureOr<QuantParams> qa = getQuantParams(g, 1, 2, getStorageType(g, a));
  FailureOr<QuantParams> qb = getQuantParams(g, 4, 5, bIn.elementType);
  FailureOr<QuantParams> qy = getQuantParams(g, 6, 7, getStorageType(g, a));
  if (failed(qa) || failed(qb) || failed(qy) ||
      failed(checkHeldAs(g, a, *qa, "input")))
    return failure();
  if (qb->offsetUint8 && !bIn.host)
    return g.emitError() << "a computed uint8 weight is not supported";
  if (bIn.shape.size() != 2 || qa->scales.size() != 1)
    return g.emitError() << "QLinearMatMul is supported with a 2-D weight "
                            "and per-tensor input scale";
  OpBuilder &b = g.getBuilder();
  Location loc = g.getLoc();
  int64_t k = bIn.shape[0], n = bIn.shape[1];
  Value x = g.getOnnxLayout(a);
  Value w = bIn.host ? g.materialize(offsetWeight(*bIn.host, *qb,
                                                  b.getIntegerType(8)),
                                     g.getNode().input(3))
                     : g.getOnnxLayout(bIn);
  if (!x || !w)
    return failure();
  int64_t rows = getProductOrUnknown(ArrayRef<int64_t>(a.shape).drop_back());
  Value x3 = g.reshape(x, {1, rows, k});
  Value w3 = g.reshape(w, {1, k, n});
  if (!x3 || !w3)
    return failure();
  if (qb->scales.size() != 1 && static_cast<int64_t>(qb->scales.size()) != n)
    return g.emitError() << "the weight scale must be per tensor or per "
                            "output column";
  if (llvm::any_of(qb->zeroPoints,
                   [&](int64_t z) { return z != qb->zeroPoints[0]; }))
    return g.emitError() << "per-column weight zero points are not supported";
  auto accType = g.getTensorType({1, rows, n}, b.getI32Type());
  Value acc = tosa::MatMulOp::create(
      b, loc, accType, x3, w3,
      g.getZeroPoint(b.getIntegerType(8), qa->zeroPoints[0]),
      g.getZeroPoint(b.getIntegerType(8), qb->zeroPoints[0]));
  Value y3 = requantizeToInt8(
      g, acc, getRequantScales(qa->scales[0], qb->scales, qy->scales[0]),
      qy->zeroPoints[0]);
  SmallVector<int64_t> shape(a.shape.begin(), a.shape.end());
  shape.back() = n;
  Value y = g.reshape(y3, shape);
  if (!y)
    return failure();
  g.setOutput(0, y, shape);
  if (qy->offsetUint8)
    g.markOffsetUint8Output(0);
  return success();
}

/// The int8 convolution both quantized forms become: `x` (i8, NHWC, as
/// getWindowedInput gives it) with
/// zero point `xZp`, an OIHW i8 `weight` (symmetric), i32 `bias`, i32
/// accumulation, then tosa.rescale by `scales` (one per output channel, or
/// one) to i8 with zero point `yZp`; `relu` clamps at the zero point.
static Value emitInt8Conv(GraphImporter &g, Value x, const Window &window,
                          const HostTensor &weight, std::vector<int64_t> bias,
                          int64_t xZp, ArrayRef<double> scales, int64_t yZp,
                          bool relu, ArrayRef<int64_t> outShape,
                          StringRef weightName) {
  OpBuilder &b = g.getBuilder();
  Location loc = g.getLoc();
  Type i8 = b.getIntegerType(8);
  int64_t out = weight.shape[0];
  Value wv = g.materialize(weight.transposed({0, 2, 3, 1}), weightName);
  Value bv =
      g.materialize(HostTensor::getInt(b.getI32Type(), {out}, std::move(bias)),
                    weightName.str() + "_b");
  auto accType = g.getTensorType(GraphImporter::getLayoutShape(outShape, true),
                                 b.getI32Type());
  Value acc = tosa::Conv2DOp::create(
      b, loc, accType, x, wv, bv, g.getZeroPoint(i8, xZp),
      g.getZeroPoint(i8, 0), b.getDenseI64ArrayAttr(window.pad),
      b.getDenseI64ArrayAttr(window.stride),
      b.getDenseI64ArrayAttr(window.dilation), TypeAttr::get(b.getI32Type()));
  Value y = requantizeToInt8(g, acc, scales, yZp);
  if (relu)
    y = tosa::ClampOp::create(b, loc, y.getType(), y, b.getIntegerAttr(i8, yZp),
                              b.getIntegerAttr(i8, 127));
  return y;
}


/// The first output channel of a grouped int8 convolution whose partial sums
/// may reach 2^24 (f32 would round them), or std::nullopt: |bias| plus the
/// largest |x - x_zp| times the sum of the channel's |weights|.
static std::optional<int64_t> findInexactChannel(const HostTensor &weight,
                                                 ArrayRef<int64_t> bias,
                                                 int64_t xZp) {
  int64_t out = weight.shape[0];
  int64_t window = weight.size() / out;
  int64_t maxInput = prune::getMaxCenteredInt8(xZp);
  for (int64_t o = 0; o < out; ++o) {
    int64_t bound = std::abs(bias[o]);
    for (int64_t i = 0; i < window; ++i)
      bound += maxInput * std::abs(weight.ints[o * window + i]);
    if (bound >= prune::kExactF32IntegerLimit)
      return o;
  }
  return std::nullopt;
}

/// A grouped (depthwise) int8 convolution, which TOSA's int8 conv2d cannot
/// express: the float Conv converter, which has groups, computes the
/// accumulator in f32 on x - x_zp (`in` held as int8) with the integer
/// weight and bias - exact where findInexactChannel finds nothing - and the
/// accumulator goes back to i32 for tosa.rescale. Returns the i8 result in
/// NHWC and its ONNX shape. (A grouped convolution in the QDQ form imports
/// as the float computation it describes, which ONNX Runtime's own float
/// requantization matches at least as often.)
static FailureOr<std::pair<Value, SmallVector<int64_t>>>
emitGroupedInt8Conv(GraphImporter &g, const ImportedValue &in, int64_t xZp,
                    const HostTensor &weight, ArrayRef<int64_t> bias,
                    ArrayRef<double> scales, int64_t yZp) {
  OpBuilder &b = g.getBuilder();
  Location loc = g.getLoc();
  Type f32 = b.getF32Type();
  ImportedValue source = in;
  Value x = source.channelsLast ? source.value : g.getOnnxLayout(source);
  if (!x)
    return failure();
  auto xType = cast<RankedTensorType>(x.getType());
  Value xf = tosa::CastOp::create(b, loc, xType.clone(f32), x);
  if (xZp != 0)
    xf = tosa::SubOp::create(b, loc, xf.getType(), xf,
                             g.getScalar(static_cast<double>(xZp), f32, 4));
  ImportedValue centered;
  centered.value = xf;
  centered.shape = in.shape;
  centered.elementType = f32;
  centered.channelsLast = in.channelsLast;
  auto asFloat = [&](ArrayRef<int64_t> shape, ArrayRef<int64_t> values) {
    ImportedValue v;
    v.shape.assign(shape.begin(), shape.end());
    v.elementType = f32;
    v.host = HostTensor::getFloat(
        f32, shape, std::vector<double>(values.begin(), values.end()));
    return v;
  };
  int64_t out = weight.shape[0];
  g.overrideInput(0, std::move(centered));
  g.overrideInput(1, asFloat(weight.shape, weight.ints));
  g.overrideInput(2, asFloat({out}, bias));
  LogicalResult converted = convertFloatConv(g);
  g.clearInputOverrides();
  if (failed(converted))
    return failure();
  ImportedValue *result = g.lookupValue(g.getOutputName(0));
  Value acc = g.getChannelsLast(*result);
  if (!acc)
    return failure();
  SmallVector<int64_t> outShape = result->shape;
  auto accType = cast<RankedTensorType>(acc.getType());
  Value i32 = tosa::CastOp::create(b, loc, accType.clone(b.getI32Type()), acc);
  Value y = requantizeToInt8(g, i32, scales, yZp);
  return std::make_pair(y, outShape);
}

static LogicalResult convertQLinearConv(GraphImporter &g) {
  ImportedValue &in = g.getInput(0);
  if (in.shape.size() != 4)
    return g.emitError() << "only 2-D QLinearConv is supported";
  FailureOr<QuantParams> qx = getQuantParams(g, 1, 2, getStorageType(g, in));
  FailureOr<const HostTensor *> w = g.requireConstantInput(3, "weight");
  if (failed(qx) || failed(w) || failed(checkHeldAs(g, in, *qx, "input")))
    return failure();
  FailureOr<QuantParams> qw = getQuantParams(g, 4, 5, (*w)->elementType);
  FailureOr<QuantParams> qy = getQuantParams(g, 6, 7, getStorageType(g, in));
  if (failed(qw) || failed(qy))
    return failure();
  if (llvm::any_of(qw->zeroPoints, [](int64_t z) { return z != 0; }))
    return g.emitError() << "weight zero points other than 0 are not "
                            "supported (symmetric weights, as quantizers "
                            "write them)";
  if ((*w)->shape.size() != 4)
    return g.emitError() << "the weight has shape " << formatShape((*w)->shape)
                         << ", not 4-D";
  int64_t weightAxis = 0;
  if (failed(checkPerAxis(g, *qw, (*w)->shape, weightAxis, "weight")))
    return failure();
  HostTensor weight =
      offsetWeight(**w, *qw, g.getBuilder().getIntegerType(8));
  int64_t out = weight.shape[0];
  std::vector<int64_t> bias(out, 0);
  if (g.hasInput(8)) {
    FailureOr<const HostTensor *> bt = g.requireConstantInput(8, "bias");
    if (failed(bt))
      return failure();
    bias = (*bt)->ints;
  }
  if (g.getIntAttr("group", 1) != 1) {
    if (std::optional<int64_t> channel =
            findInexactChannel(weight, bias, qx->zeroPoints[0]))
      return g.emitError() << "grouped QLinearConv whose sums may reach 2^24 "
                              "(output channel "
                           << *channel << ") is not supported";
    FailureOr<std::pair<Value, SmallVector<int64_t>>> grouped =
        emitGroupedInt8Conv(
            g, in, qx->zeroPoints[0], weight, bias,
            getRequantScales(qx->scales[0], qw->scales, qy->scales[0]),
            qy->zeroPoints[0]);
    if (failed(grouped))
      return failure();
    g.setOutput(0, grouped->first, grouped->second, /*channelsLast=*/true);
    if (qy->offsetUint8)
      g.markOffsetUint8Output(0);
    return success();
  }
  FailureOr<WindowedInput> windowed =
      getWindowedInput(g, in, {weight.shape[2], weight.shape[3]});
  if (failed(windowed))
    return failure();
  const Window *window = &windowed->window;
  Value x = windowed->input;
  SmallVector<int64_t> outShape = {in.shape[0], out, window->output[0],
                                   window->output[1]};
  Value y = emitInt8Conv(
      g, x, *window, weight, std::move(bias), qx->zeroPoints[0],
      getRequantScales(qx->scales[0], qw->scales, qy->scales[0]),
      qy->zeroPoints[0], /*relu=*/false, outShape, g.getNode().input(3));
  g.setOutput(0, y, outShape, /*channelsLast=*/true);
  if (qy->offsetUint8)
    g.markOffsetUint8Output(0);
  return success();
}

//===----------------------------------------------------------------------===//
// The QDQ pattern
//===----------------------------------------------------------------------===//

namespace {
/// DequantizeLinear(q, scale, zero point) feeding a layer.
struct Dequantized {
  const onnx::NodeProto *node = nullptr;
  /// The int8 value or constant it reads.
  ImportedValue *quantized = nullptr;
  std::vector<double> scales;
  std::vector<int64_t> zeroPoints;
};
} // namespace

/// The DequantizeLinear that computes `name`, when its scale and zero point
/// are constants and it reads int8 (or uint8 held offset: its zero points
/// come offset alike).
static std::optional<Dequantized> matchDequantize(GraphImporter &g,
                                                  StringRef name) {
  const onnx::NodeProto *dq = g.getProducer(name);
  if (!dq || dq->op_type() != "DequantizeLinear" || dq->input_size() < 2)
    return std::nullopt;
  Dequantized d;
  d.node = dq;
  d.quantized = g.lookupValue(dq->input(0));
  const HostTensor *scale = g.lookupConstant(dq->input(1));
  if (!d.quantized || !scale || !d.quantized->elementType.isSignlessInteger(8))
    return std::nullopt;
  d.scales = scale->floats;
  bool offset = d.quantized->offsetUint8;
  if (dq->input_size() > 2 && !dq->input(2).empty()) {
    const HostTensor *zp = g.lookupConstant(dq->input(2));
    if (!zp || zp->elementType.isUnsignedInteger(8) != offset)
      return std::nullopt;
    d.zeroPoints = zp->ints;
  } else {
    d.zeroPoints.assign(d.scales.size(), 0);
  }
  if (offset)
    for (int64_t &zp : d.zeroPoints)
      zp -= kUint8Offset;
  return d;
}

/// The QuantizeLinear to int8 or uint8 (per tensor) that is the only reader
/// of `name`, possibly through one Relu; its output replaces the layer's.
struct Requantize {
  const onnx::NodeProto *relu = nullptr, *quantize = nullptr;
  double scale = 1.0;
  /// Offset by -kUint8Offset for uint8.
  int64_t zeroPoint = 0;
  bool offsetUint8 = false;
};

static std::optional<Requantize> matchRequantize(GraphImporter &g,
                                                 StringRef name) {
  Requantize r;
  const onnx::NodeProto *next = g.getSoleConsumerOf(name);
  if (next && next->op_type() == "Relu") {
    r.relu = next;
    next = g.getSoleConsumerOf(next->output(0));
  }
  if (!next || next->op_type() != "QuantizeLinear" || next->input_size() < 3)
    return std::nullopt;
  const HostTensor *scale = g.lookupConstant(next->input(1));
  const HostTensor *zp = g.lookupConstant(next->input(2));
  if (!scale || !zp || scale->size() != 1 || zp->size() != 1 ||
      !zp->elementType.isInteger(8))
    return std::nullopt;
  r.quantize = next;
  r.scale = scale->floats[0];
  r.offsetUint8 = zp->elementType.isUnsignedInteger(8);
  r.zeroPoint = zp->ints[0] - (r.offsetUint8 ? kUint8Offset : 0);
  return r;
}

/// The layer's bias in i32 at scale x_scale * w_scale[c]: an int32 constant
/// behind a DequantizeLinear at that scale, as quantizers write it, or else
/// the float bias (a DequantizeLinear's folded output) rounded to that
/// scale.
static std::optional<std::vector<int64_t>>
getInt32Bias(GraphImporter &g, int index, int64_t outputs, double xScale,
             ArrayRef<double> wScales) {
  if (!g.hasInput(index))
    return std::vector<int64_t>(outputs, 0);
  StringRef name = g.getNode().input(index);
  auto wScale = [&](int64_t c) { return wScales[wScales.size() == 1 ? 0 : c]; };
  // Behind a DequantizeLinear only an int32 bias is a quantizer's form; its
  // integers are the accumulator's only at the accumulator's scale (in f32,
  // as quantizers compute it) with zero point 0.
  if (const onnx::NodeProto *p = g.getProducer(name);
      p && p->op_type() == "DequantizeLinear") {
    const HostTensor *q = g.lookupConstant(p->input(0));
    if (!q || !q->elementType.isSignlessInteger(32) || q->size() != outputs)
      return std::nullopt;
    const HostTensor *scale =
        p->input_size() > 1 ? g.lookupConstant(p->input(1)) : nullptr;
    const HostTensor *zp = p->input_size() > 2 && !p->input(2).empty()
                               ? g.lookupConstant(p->input(2))
                               : nullptr;
    auto atAccumulatorScale = [&](int64_t c) {
      double s = scale->floats[scale->size() == 1 ? 0 : c];
      double expected = static_cast<float>(xScale * wScale(c));
      return std::abs(s - expected) <= 1e-6 * expected &&
             (!zp || zp->ints[zp->size() == 1 ? 0 : c] == 0);
    };
    if (scale && scale->isFloat() &&
        llvm::all_of(llvm::seq<int64_t>(0, outputs), atAccumulatorScale))
      return q->ints;
  }
  const HostTensor *b = g.lookupConstant(name);
  if (!b || !b->isFloat() || b->size() != outputs)
    return std::nullopt;
  std::vector<int64_t> bias;
  for (int64_t c = 0; c < outputs; ++c)
    bias.push_back(static_cast<int64_t>(
        std::nearbyint(b->floats[c] / (xScale * wScale(c)))));
  return bias;
}

FailureOr<bool> mlir::prune::onnx_import::tryConvertQdqConv(GraphImporter &g) {
  const onnx::NodeProto &conv = g.getNode();
  std::optional<Dequantized> x = matchDequantize(g, conv.input(0));
  std::optional<Dequantized> w = matchDequantize(g, conv.input(1));
  if (!x || !w || x->quantized->host || !w->quantized->host ||
      x->scales.size() != 1 || g.getIntAttr("group", 1) != 1 ||
      x->quantized->shape.size() != 4)
    return false;
  const HostTensor &weight = *w->quantized->host;
  int64_t out = weight.shape[0];
  bool perChannel = w->scales.size() == static_cast<size_t>(out) &&
                    GraphImporter::getIntAttr(*w->node, "axis", 1) == 0;
  if ((w->scales.size() != 1 && !perChannel) ||
      llvm::any_of(w->zeroPoints, [](int64_t z) { return z != 0; }))
    return false;
  std::optional<Requantize> y = matchRequantize(g, conv.output(0));
  std::optional<std::vector<int64_t>> bias =
      getInt32Bias(g, 2, out, x->scales[0], w->scales);
  if (!y || !bias)
    return false;
  ImportedValue &in = *x->quantized;
  FailureOr<WindowedInput> windowed =
      getWindowedInput(g, in, {weight.shape[2], weight.shape[3]});
  if (failed(windowed))
    return failure();
  const Window *window = &windowed->window;
  Value xv = windowed->input;
  SmallVector<int64_t> outShape = {in.shape[0], out, window->output[0],
                                   window->output[1]};
  Value result = emitInt8Conv(
      g, xv, *window, weight, std::move(*bias), x->zeroPoints[0],
      getRequantScales(x->scales[0], w->scales, y->scale), y->zeroPoint,
      y->relu != nullptr, outShape, w->node->input(0));
  if (y->relu)
    g.fuseConsumer(*y->relu);
  g.fuseConsumer(*y->quantize);
  g.setOutput(0, result, outShape, /*channelsLast=*/true);
  if (y->offsetUint8)
    g.markOffsetUint8Output(0);
  return true;
}

FailureOr<bool>
mlir::prune::onnx_import::tryConvertQdqMatMul(GraphImporter &g) {
  const onnx::NodeProto &node = g.getNode();
  bool isGemm = node.op_type() == "Gemm";
  if (isGemm &&
      (g.getIntAttr("transA", 0) || g.getFloatAttr("alpha", 1.0) != 1.0 ||
       g.getFloatAttr("beta", 1.0) != 1.0))
    return false;
  std::optional<Dequantized> x = matchDequantize(g, node.input(0));
  std::optional<Dequantized> w = matchDequantize(g, node.input(1));
  if (!x || !w || x->quantized->host || !w->quantized->host ||
      x->scales.size() != 1 || w->quantized->shape.size() != 2)
    return false;
  HostTensor weight = *w->quantized->host;
  if (isGemm && g.getIntAttr("transB", 0))
    weight = weight.transposed({1, 0});
  int64_t k = weight.shape[0], n = weight.shape[1];
  // Per output column: axis 1 of a [K, N] weight, axis 0 of Gemm's [N, K].
  int64_t columnAxis = isGemm && g.getIntAttr("transB", 0) ? 0 : 1;
  bool perColumn = w->scales.size() == static_cast<size_t>(n) &&
                   GraphImporter::getIntAttr(*w->node, "axis", 1) == columnAxis;
  if ((w->scales.size() != 1 && !perColumn) ||
      llvm::any_of(w->zeroPoints, [](int64_t z) { return z != 0; }))
    return false;
  std::optional<Requantize> y = matchRequantize(g, node.output(0));
  std::optional<std::vector<int64_t>> bias =
      isGemm ? getInt32Bias(g, 2, n, x->scales[0], w->scales)
             : std::vector<int64_t>();
  if (!y || !bias)
    return false;
  OpBuilder &b = g.getBuilder();
  Location loc = g.getLoc();
  Type i8 = b.getIntegerType(8);
  ImportedValue &in = *x->quantized;
  Value xv = g.getOnnxLayout(in);
  if (!xv)
    return failure();
  int64_t rows = getProductOrUnknown(ArrayRef<int64_t>(in.shape).drop_back());
  Value x3 = g.reshape(xv, {1, rows, k});
  Value w3 = g.reshape(g.materialize(weight, w->node->input(0)), {1, k, n});
  if (!x3 || !w3)
    return failure();
  Value acc = tosa::MatMulOp::create(
      b, loc, g.getTensorType({1, rows, n}, b.getI32Type()), x3, w3,
      g.getZeroPoint(i8, x->zeroPoints[0]), g.getZeroPoint(i8, 0));
  if (!bias->empty()) {
    Value bv = g.materialize(
        HostTensor::getInt(b.getI32Type(), {1, 1, n}, std::move(*bias)),
        w->node->input(0) + "_b");
    acc = tosa::AddOp::create(b, loc, acc.getType(), acc, bv);
  }
  Value y3 = requantizeToInt8(
      g, acc, getRequantScales(x->scales[0], w->scales, y->scale),
      y->zeroPoint);
  if (y->relu)
    y3 = tosa::ClampOp::create(b, loc, y3.getType(), y3,
                               b.getIntegerAttr(i8, y->zeroPoint),
                               b.getIntegerAttr(i8, 127));
  SmallVector<int64_t> shape(in.shape.begin(), in.shape.end());
  shape.back() = n;
  Value result = g.reshape(y3, shape);
  if (!result)
    return failure();
  if (y->relu)
    g.fuseConsumer(*y->relu);
  g.fuseConsumer(*y->quantize);
  g.setOutput(0, result, shape);
  if (y->offsetUint8)
    g.markOffsetUint8Output(0);
  return true;
}

void mlir::prune::onnx_import::registerQuantConverters(ConverterTable &table) {
  table["QuantizeLinear"] = convertQuantizeLinear;
  table["DequantizeLinear"] = convertDequantizeLinear;
  table["QLinearMatMul"] = convertQLinearMatMul;
  table["QLinearConv"] = convertQLinearConv;
}
