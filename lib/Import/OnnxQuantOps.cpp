//===- OnnxQuantOps.cpp - QuantizeLinear, DequantizeLinear, QLinear* -----===//
//
// Quantized models import to TOSA integer arithmetic: QLinearMatMul and
// QLinearConv become int8 `tosa.matmul` / `tosa.conv2d` with their zero
// points, accumulating in i32, followed by `tosa.rescale` to the output's
// scale and zero point. QuantizeLinear and DequantizeLinear on activations
// become the float <-> int8 conversions they define; on constants (the
// weights of a QDQ model) they fold on the host.
//
//===----------------------------------------------------------------------===//

#include "GraphImporter.h"

#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/Dialect/Tosa/Utils/QuantUtils.h"

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
};
} // namespace

static FailureOr<QuantParams> getQuantParams(GraphImporter &g, int scaleIndex,
                                             int zpIndex, Type fallback) {
  FailureOr<const HostTensor *> scale =
      g.requireConstantInput(scaleIndex, "scale");
  if (failed(scale))
    return failure();
  QuantParams p;
  p.scales = (*scale)->floats;
  p.storageType = fallback;
  if (g.hasInput(zpIndex)) {
    FailureOr<const HostTensor *> zp =
        g.requireConstantInput(zpIndex, "zero point");
    if (failed(zp))
      return failure();
    p.zeroPoints.assign((*zp)->ints.begin(), (*zp)->ints.end());
    p.storageType = (*zp)->elementType;
  }
  if (p.zeroPoints.empty())
    p.zeroPoints.assign(p.scales.size(), 0);
  if (!p.storageType.isInteger(8) || p.storageType.isUnsignedInteger()) {
    g.emitError() << "only int8 quantization is supported (uint8 models: "
                     "re-quantize with QuantType.QInt8)";
    return failure();
  }
  return p;
}

/// The element-of-`i` parameter index for per-channel parameters along
/// `axis` of `shape`.
static int64_t channelOf(int64_t i, ArrayRef<int64_t> shape, int64_t axis) {
  int64_t inner = 1;
  for (size_t d = axis + 1; d < shape.size(); ++d)
    inner *= shape[d];
  return (i / inner) % shape[axis];
}

static LogicalResult convertDequantizeLinear(GraphImporter &g) {
  ImportedValue &in = g.getInput(0);
  FailureOr<QuantParams> q = getQuantParams(g, 1, 2, in.elementType);
  if (failed(q))
    return failure();
  Type f32 = g.getBuilder().getF32Type();
  int64_t rank = in.shape.size();
  int64_t axis = g.getIntAttr("axis", 1);
  if (axis < 0)
    axis += rank;
  bool perChannel = q->scales.size() > 1;
  if (in.host) {
    HostTensor t = HostTensor::getFloat(f32, in.shape, {});
    for (int64_t i = 0; i < in.host->size(); ++i) {
      int64_t c = perChannel ? channelOf(i, in.shape, axis) : 0;
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
  if (!g.hasInput(2))
    return g.emitError() << "a zero point input is required (it fixes the "
                            "quantized type)";
  FailureOr<QuantParams> q = getQuantParams(g, 1, 2, in.elementType);
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
  return success();
}

/// tosa.rescale of an i32 accumulator to i8 with `scales` (one per output
/// channel, the last dimension of `acc`, or one for all).
static Value rescaleToInt8(GraphImporter &g, Value acc, ArrayRef<double> scales,
                           int64_t outputZp) {
  OpBuilder &b = g.getBuilder();
  Location loc = g.getLoc();
  SmallVector<int64_t> multipliers, shifts;
  for (double s : scales) {
    int32_t multiplier, shift;
    tosa::computeMultiplierAndShift(s, multiplier, shift, 32);
    multipliers.push_back(multiplier);
    shifts.push_back(shift);
  }
  int64_t n = scales.size();
  Value m = g.materialize(
      HostTensor::getInt(b.getI32Type(), {n},
                         {multipliers.begin(), multipliers.end()}),
      "multiplier");
  Value s = g.materialize(HostTensor::getInt(b.getIntegerType(8), {n},
                                             {shifts.begin(), shifts.end()}),
                          "shift");
  auto type = g.getTensorType(cast<RankedTensorType>(acc.getType()).getShape(),
                              b.getIntegerType(8));
  return tosa::RescaleOp::create(
      b, loc, type, acc, m, s, g.getZeroPoint(b.getI32Type()),
      g.getZeroPoint(b.getIntegerType(8), outputZp), b.getBoolAttr(true),
      tosa::RoundingModeAttr::get(b.getContext(),
                                  tosa::RoundingMode::DOUBLE_ROUND),
      b.getBoolAttr(n > 1), b.getBoolAttr(false), b.getBoolAttr(false));
}

static LogicalResult convertQLinearMatMul(GraphImporter &g) {
  ImportedValue &a = g.getInput(0);
  ImportedValue &bIn = g.getInput(3);
  FailureOr<QuantParams> qa = getQuantParams(g, 1, 2, a.elementType);
  FailureOr<QuantParams> qb = getQuantParams(g, 4, 5, bIn.elementType);
  FailureOr<QuantParams> qy = getQuantParams(g, 6, 7, a.elementType);
  if (failed(qa) || failed(qb) || failed(qy))
    return failure();
  if (bIn.shape.size() != 2 || qa->scales.size() != 1)
    return g.emitError() << "QLinearMatMul is supported with a 2-D weight "
                            "and per-tensor input scale";
  OpBuilder &b = g.getBuilder();
  Location loc = g.getLoc();
  int64_t k = bIn.shape[0], n = bIn.shape[1];
  Value x = g.getOnnxLayout(a);
  Value w = g.getOnnxLayout(bIn);
  if (!x || !w)
    return failure();
  int64_t rows = 1;
  for (int64_t d : ArrayRef<int64_t>(a.shape).drop_back())
    rows = rows == kUnknown || d == kUnknown ? kUnknown : rows * d;
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
  SmallVector<double> scales;
  for (double sb : qb->scales)
    scales.push_back(qa->scales[0] * sb / qy->scales[0]);
  Value y3 = rescaleToInt8(g, acc, scales, qy->zeroPoints[0]);
  SmallVector<int64_t> shape(a.shape.begin(), a.shape.end());
  shape.back() = n;
  Value y = g.reshape(y3, shape);
  if (!y)
    return failure();
  g.setOutput(0, y, shape);
  return success();
}

static LogicalResult convertQLinearConv(GraphImporter &g) {
  ImportedValue &in = g.getInput(0);
  if (in.shape.size() != 4)
    return g.emitError() << "only 2-D QLinearConv is supported";
  FailureOr<QuantParams> qx = getQuantParams(g, 1, 2, in.elementType);
  FailureOr<const HostTensor *> w = g.requireConstantInput(3, "weight");
  if (failed(qx) || failed(w))
    return failure();
  FailureOr<QuantParams> qw = getQuantParams(g, 4, 5, (*w)->elementType);
  FailureOr<QuantParams> qy = getQuantParams(g, 6, 7, in.elementType);
  if (failed(qw) || failed(qy))
    return failure();
  if (g.getIntAttr("group", 1) != 1)
    return g.emitError() << "grouped QLinearConv is not supported";
  if (llvm::any_of(qw->zeroPoints, [](int64_t z) { return z != 0; }))
    return g.emitError() << "weight zero points other than 0 are not "
                            "supported (symmetric weights, as quantizers "
                            "write them)";
  const HostTensor &weight = **w;
  int64_t out = weight.shape[0];
  std::vector<int64_t> bias(out, 0);
  if (g.hasInput(8)) {
    FailureOr<const HostTensor *> bt = g.requireConstantInput(8, "bias");
    if (failed(bt))
      return failure();
    bias = (*bt)->ints;
  }
  SmallVector<int64_t> strides = g.getIntsAttr("strides");
  SmallVector<int64_t> pads = g.getIntsAttr("pads");
  SmallVector<int64_t> dilations = g.getIntsAttr("dilations");
  if (strides.empty())
    strides = {1, 1};
  if (pads.empty())
    pads = {0, 0, 0, 0};
  if (dilations.empty())
    dilations = {1, 1};
  if (g.getStringAttr("auto_pad", "NOTSET") != "NOTSET")
    return g.emitError() << "auto_pad is not supported on QLinearConv";
  SmallVector<int64_t> outShape = {in.shape[0], out, 0, 0};
  for (int d = 0; d < 2; ++d) {
    int64_t extent = (weight.shape[2 + d] - 1) * dilations[d] + 1;
    int64_t span = in.shape[2 + d] + pads[d] + pads[d + 2] - extent;
    if (span % strides[d])
      return g.emitError() << "QLinearConv windows that do not tile the "
                              "padded input are not supported";
    outShape[2 + d] = span / strides[d] + 1;
  }
  OpBuilder &b = g.getBuilder();
  Location loc = g.getLoc();
  Value x = g.getChannelsLast(in);
  if (!x)
    return failure();
  Type i8 = b.getIntegerType(8);
  Value wv =
      g.materialize(weight.transposed({0, 2, 3, 1}), g.getNode().input(3));
  Value bv =
      g.materialize(HostTensor::getInt(b.getI32Type(), {out}, std::move(bias)),
                    g.getNode().input(3) + "_b");
  auto accType = g.getTensorType(GraphImporter::getLayoutShape(outShape, true),
                                 b.getI32Type());
  Value acc = tosa::Conv2DOp::create(
      b, loc, accType, x, wv, bv, g.getZeroPoint(i8, qx->zeroPoints[0]),
      g.getZeroPoint(i8, 0),
      b.getDenseI64ArrayAttr({pads[0], pads[2], pads[1], pads[3]}),
      b.getDenseI64ArrayAttr(strides), b.getDenseI64ArrayAttr(dilations),
      TypeAttr::get(b.getI32Type()));
  SmallVector<double> scales;
  for (double sw : qw->scales)
    scales.push_back(qx->scales[0] * sw / qy->scales[0]);
  Value y = rescaleToInt8(g, acc, scales, qy->zeroPoints[0]);
  g.setOutput(0, y, outShape, /*channelsLast=*/true);
  return success();
}

void mlir::prune::onnx_import::registerQuantConverters(ConverterTable &table) {
  table["QuantizeLinear"] = convertQuantizeLinear;
  table["DequantizeLinear"] = convertDequantizeLinear;
  table["QLinearMatMul"] = convertQLinearMatMul;
  table["QLinearConv"] = convertQLinearConv;
}
