//===- OnnxDynamicQuantOps.cpp - DynamicQuantizeLinear, *Integer ---------===//
//
// ONNX Runtime's dynamic quantization (quantize_dynamic: DynamicQuantizeLinear
// of the activations, MatMulInteger or ConvInteger with int8 or uint8
// weights, a Cast to float and the scales' product) is computed in f32:
// DynamicQuantizeLinear as its definition (min and max over the tensor,
// scale and zero point, rounded and saturated), its outputs integers held
// in f32 (ImportedValue::integerInFloat), and MatMulInteger / ConvInteger as
// the float MatMul / Conv of (a - a_zp) and the constant (b - b_zp), exact
// while the sums stay under 2^24 and rounded like float beyond. The weights
// are then f32 constants of layers like any other, for the pruning passes.
//
//===----------------------------------------------------------------------===//

#include "GraphImporter.h"

#include "mlir/Dialect/Tosa/IR/TosaOps.h"

#include <onnx/onnx_pb.h>

using namespace mlir;
using namespace mlir::prune::onnx_import;

/// round half to even of f32 `v` (its magnitude under 2^31), as f32: TOSA's
/// f32 -> i32 cast rounds so.
static Value roundToIntegerF32(GraphImporter &g, Value v) {
  auto type = cast<RankedTensorType>(v.getType());
  Value i32 = tosa::CastOp::create(g.getBuilder(), g.getLoc(),
                                   type.clone(g.getBuilder().getI32Type()), v);
  return tosa::CastOp::create(g.getBuilder(), g.getLoc(), type, i32);
}

static LogicalResult convertDynamicQuantizeLinear(GraphImporter &g) {
  ImportedValue &in = g.getInput(0);
  if (in.host || !in.elementType.isF32())
    return g.emitError() << "DynamicQuantizeLinear is supported on computed "
                            "f32 tensors";
  Value x = in.channelsLast ? in.value : g.getOnnxLayout(in);
  if (!x)
    return failure();
  OpBuilder &b = g.getBuilder();
  Location loc = g.getLoc();
  Type f32 = b.getF32Type();
  auto type = cast<RankedTensorType>(x.getType());
  int64_t rank = type.getRank();
  // The range over every element, widened to hold 0.
  Value lo = x, hi = x;
  SmallVector<int64_t> shape(type.getShape());
  for (int64_t axis = 0; axis < rank; ++axis) {
    shape[axis] = 1;
    auto reduced = g.getTensorType(shape, f32);
    auto axisAttr = b.getI32IntegerAttr(axis);
    lo = tosa::ReduceMinOp::create(b, loc, reduced, lo, axisAttr);
    hi = tosa::ReduceMaxOp::create(b, loc, reduced, hi, axisAttr);
  }
  Value zero = g.getScalar(0.0, f32, rank);
  auto scalarType = cast<RankedTensorType>(lo.getType());
  lo = tosa::MinimumOp::create(b, loc, scalarType, lo, zero);
  hi = tosa::MaximumOp::create(b, loc, scalarType, hi, zero);
  // scale = (max - min) / 255, zero point = saturate(round(-min / scale)).
  Value range = tosa::SubOp::create(b, loc, scalarType, hi, lo);
  Value scale = g.mul(range, g.getScalar(1.0 / 255.0, f32, rank));
  Value inverse = tosa::ReciprocalOp::create(b, loc, scalarType, scale);
  Value negated = tosa::SubOp::create(b, loc, scalarType, zero, lo);
  auto saturate = [&](Value v) -> Value {
    return tosa::ClampOp::create(b, loc, v.getType(), v, b.getF32FloatAttr(0),
                                 b.getF32FloatAttr(255));
  };
  Value zp = saturate(roundToIntegerF32(g, g.mul(negated, inverse)));
  // y = saturate(round(x / scale) + zero point).
  Value scaled = roundToIntegerF32(g, g.mul(x, inverse));
  Value y = saturate(tosa::AddOp::create(b, loc, type, scaled, zp));
  g.setOutput(0, y, in.shape, in.channelsLast);
  g.markIntegerInFloatOutput(0);
  Value scaleScalar = g.reshape(scale, {});
  Value zpScalar = g.reshape(zp, {});
  if (!scaleScalar || !zpScalar)
    return failure();
  g.setOutput(1, scaleScalar, {});
  g.setOutput(2, zpScalar, {});
  g.markIntegerInFloatOutput(2);
  return success();
}

/// Input 0 of MatMulInteger or ConvInteger, held in f32 as
/// DynamicQuantizeLinear writes it, minus its zero point (input `zpIndex`:
/// DynamicQuantizeLinear's, a constant scalar, or absent), in its layout.
static FailureOr<ImportedValue> getCenteredInput(GraphImporter &g,
                                                 int zpIndex) {
  ImportedValue a = g.getInput(0);
  if (!a.integerInFloat)
    return g.emitError() << "input A is supported as the output of "
                            "DynamicQuantizeLinear (ONNX Runtime's dynamic "
                            "quantization)";
  Value x = a.channelsLast ? a.value : g.getOnnxLayout(a);
  if (!x)
    return failure();
  int64_t rank = a.shape.size();
  Type f32 = g.getBuilder().getF32Type();
  if (g.hasInput(zpIndex)) {
    ImportedValue &azp = g.getInput(zpIndex);
    bool scalar =
        azp.shape.empty() || (azp.shape.size() == 1 && azp.shape[0] == 1);
    Value zp;
    if (azp.host && azp.host->size() == 1)
      zp = g.getScalar(static_cast<double>(azp.host->ints[0]), f32, rank);
    else if (azp.integerInFloat && scalar)
      zp = g.expandRank(g.reshape(g.getOnnxLayout(azp), {}), rank);
    else
      return g.emitError() << "the zero point of A must be a scalar";
    if (!zp)
      return failure();
    x = tosa::SubOp::create(g.getBuilder(), g.getLoc(), x.getType(), x, zp);
  }
  ImportedValue centered;
  centered.value = x;
  centered.shape = a.shape;
  centered.elementType = f32;
  centered.channelsLast = a.channelsLast;
  return centered;
}

/// The constant int8 or uint8 weight (input 1) minus its zero points (input
/// `zpIndex`, per tensor or one per index of `axis`), as an f32 constant.
static FailureOr<ImportedValue> getCenteredWeight(GraphImporter &g,
                                                  int zpIndex, int64_t axis) {
  FailureOr<const HostTensor *> weight =
      g.requireConstantInput(1, "weight (B)");
  if (failed(weight))
    return failure();
  const HostTensor &w = **weight;
  if (!w.elementType.isInteger(8) || w.shape.size() < 2)
    return g.emitError() << "the weight must be an int8 or uint8 tensor of "
                            "rank 2 or more";
  std::vector<int64_t> zeroPoints(1, 0);
  if (g.hasInput(zpIndex)) {
    FailureOr<const HostTensor *> zp =
        g.requireConstantInput(zpIndex, "weight's zero point");
    if (failed(zp))
      return failure();
    if ((*zp)->size() != 1 && (*zp)->size() != w.shape[axis])
      return g.emitError() << "the weight's zero point must be per tensor or "
                              "one per index of axis "
                           << axis;
    zeroPoints = (*zp)->ints;
  }
  HostTensor centered =
      HostTensor::getFloat(g.getBuilder().getF32Type(), w.shape, {});
  for (int64_t i = 0; i < w.size(); ++i) {
    int64_t c =
        zeroPoints.size() == 1 ? 0 : getIndexAlongAxis(i, w.shape, axis);
    centered.floats.push_back(w.ints[i] - zeroPoints[c]);
  }
  ImportedValue v;
  v.shape = centered.shape;
  v.elementType = centered.elementType;
  v.host = std::move(centered);
  return v;
}

/// Runs the float converter `convert` on the operands centered on their
/// zero points (the weight's per index of `weightAxis`); its output holds
/// integers in f32. `readsBias`: `convert` reads input 2 as a bias (Conv),
/// where the integer op has A's zero point; it gets zeros.
static LogicalResult convertIntegerAsFloat(GraphImporter &g,
                                           Converter convert,
                                           int64_t weightAxis, bool readsBias) {
  FailureOr<ImportedValue> a = getCenteredInput(g, 2);
  if (failed(a))
    return failure();
  FailureOr<ImportedValue> b = getCenteredWeight(g, 3, weightAxis);
  if (failed(b))
    return failure();
  int64_t outputs = b->shape[0];
  g.overrideInput(0, std::move(*a));
  g.overrideInput(1, std::move(*b));
  if (readsBias) {
    ImportedValue zeros;
    zeros.shape = {outputs};
    zeros.elementType = g.getBuilder().getF32Type();
    zeros.host = HostTensor::getFloat(zeros.elementType, zeros.shape,
                                      std::vector<double>(outputs, 0.0));
    g.overrideInput(2, std::move(zeros));
  }
  LogicalResult result = convert(g);
  g.clearInputOverrides();
  if (failed(result))
    return failure();
  g.markIntegerInFloatOutput(0);
  return success();
}

static LogicalResult convertMatMulInteger(GraphImporter &g) {
  int64_t rank = g.hasInput(1) ? g.getInput(1).shape.size() : 2;
  return convertIntegerAsFloat(g, convertFloatMatMul, rank - 1,
                               /*readsBias=*/false);
}

static LogicalResult convertConvInteger(GraphImporter &g) {
  if (g.getInput(0).shape.size() != 4)
    return g.emitError() << "only 2-D ConvInteger (rank-4 input) is supported";
  return convertIntegerAsFloat(g, convertFloatConv, 0, /*readsBias=*/true);
}

void mlir::prune::onnx_import::registerDynamicQuantConverters(
    ConverterTable &table) {
  table["DynamicQuantizeLinear"] = convertDynamicQuantizeLinear;
  table["MatMulInteger"] = convertMatMulInteger;
  table["ConvInteger"] = convertConvInteger;
}
