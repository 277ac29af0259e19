//===- OnnxLogicOps.cpp - Booleans: Where, Not, And, Or -------------------===//
//
// Comparisons of computed tensors (OnnxMathOps.cpp) give booleans held as
// 0/1 floats (ImportedValue::booleanInFloat); these operators read them:
// torch.where(x > 0, a, b), masks combined with ~, &, | and ^. On constants
// they fold on the host, as the shape arithmetic around attention masks
// does.
//
//===----------------------------------------------------------------------===//

#include "GraphImporter.h"

#include "mlir/Dialect/Tosa/IR/TosaOps.h"

#include <cmath>
#include <limits>

using namespace mlir;
using namespace mlir::prune::onnx_import;

/// Where(cond, x, y) of constants (masks computed from shapes, a causal
/// mask sliced from a registered buffer) folds on the host.
static LogicalResult foldWhere(GraphImporter &g, const HostTensor &c,
                               const HostTensor &x, const HostTensor &y) {
  auto s1 = broadcastShapes(c.shape, x.shape);
  auto shape = succeeded(s1) ? broadcastShapes(*s1, y.shape) : s1;
  if (failed(shape) || llvm::is_contained(*shape, kUnknown))
    return g.emitError() << "operand shapes do not broadcast";
  if (c.isFloat())
    return g.emitError() << "the condition is " << c.elementType
                         << ", not bool";
  if (x.isFloat() != y.isFloat())
    return g.emitError() << "the values are " << x.elementType << " and "
                         << y.elementType;
  HostTensor cond = c.broadcastTo(*shape);
  HostTensor r = x.broadcastTo(*shape);
  HostTensor onFalse = y.broadcastTo(*shape);
  for (int64_t i = 0; i < r.size(); ++i) {
    if (cond.ints[i] == kUnknown) {
      if (!r.isFloat())
        r.ints[i] = kUnknown;
      continue;
    }
    if (!cond.ints[i]) {
      if (r.isFloat())
        r.floats[i] = onFalse.floats[i];
      else
        r.ints[i] = onFalse.ints[i];
    }
  }
  g.setConstantOutput(0, std::move(r));
  return success();
}

/// The float type computed booleans among `values` are held in, or null
/// when every boolean is constant.
static Type getBooleanFloatType(ArrayRef<ImportedValue *> values) {
  for (ImportedValue *v : values)
    if (v->booleanInFloat)
      return v->elementType;
  return nullptr;
}

/// A boolean operand as 0/1 in `floatType`, in the given rank and layout:
/// a constant converts on the host. Fails after an error for an i1 tensor
/// that is neither.
static Value getBooleanOperand(GraphImporter &g, ImportedValue &v,
                               Type floatType, int64_t rank,
                               bool channelsLast) {
  if (v.booleanInFloat)
    return g.getOperandInLayout(v, rank, channelsLast);
  if (!v.host || !v.elementType.isInteger(1)) {
    g.emitError() << "expected a boolean operand, not " << v.elementType;
    return nullptr;
  }
  FailureOr<ImportedValue> asFloat = g.castTo(v, floatType);
  return succeeded(asFloat) ? g.getOperandInLayout(*asFloat, rank, channelsLast)
                            : nullptr;
}

/// Where as tosa.select in its operands' common layout and rank; the
/// condition, held as 0/1, is compared with 1/2 inside the fused loop.
static LogicalResult convertWhere(GraphImporter &g) {
  ImportedValue &c = g.getInput(0), &x = g.getInput(1), &y = g.getInput(2);
  if (c.host && x.host && y.host)
    return foldWhere(g, *c.host, *x.host, *y.host);
  if (x.elementType != y.elementType)
    return g.emitError() << "the values are " << x.elementType << " and "
                         << y.elementType;
  if (!isa<FloatType>(x.elementType) || x.booleanInFloat || y.booleanInFloat)
    return g.emitError() << "only float values are supported";
  auto s1 = broadcastShapes(c.shape, x.shape);
  auto shape = succeeded(s1) ? broadcastShapes(*s1, y.shape) : s1;
  if (failed(shape))
    return g.emitError() << "operand shapes do not broadcast";
  int64_t rank = shape->size();
  bool channelsLast =
      rank == 4 && (c.channelsLast || x.channelsLast || y.channelsLast);
  Type conditionType = c.booleanInFloat ? c.elementType : x.elementType;
  Value held = getBooleanOperand(g, c, conditionType, rank, channelsLast);
  Value onTrue = held ? g.getOperandInLayout(x, rank, channelsLast) : nullptr;
  Value onFalse =
      onTrue ? g.getOperandInLayout(y, rank, channelsLast) : nullptr;
  if (!onFalse)
    return failure();
  OpBuilder &b = g.getBuilder();
  Location loc = g.getLoc();
  auto heldType = cast<RankedTensorType>(held.getType());
  Value cond = tosa::GreaterOp::create(
      b, loc, g.getTensorType(heldType.getShape(), b.getI1Type()), held,
      g.getScalar(0.5, conditionType, rank));
  Value result = tosa::SelectOp::create(
      b, loc,
      g.getTensorType(GraphImporter::getLayoutShape(*shape, channelsLast),
                      x.elementType),
      cond, onTrue, onFalse);
  g.setOutput(0, result, *shape, channelsLast);
  return success();
}

namespace {
enum class LogicKind { And, Or, Xor };
} // namespace

/// And, Or and Xor of booleans: on 0/1 floats min, max and |a - b|, or
/// folded on the host.
template <LogicKind kind> static LogicalResult convertLogic(GraphImporter &g) {
  ImportedValue &a = g.getInput(0), &b = g.getInput(1);
  auto shape = broadcastShapes(a.shape, b.shape);
  if (failed(shape))
    return g.emitError() << "operand shapes do not broadcast";
  Type floatType = getBooleanFloatType({&a, &b});
  if (!floatType) {
    if (!a.host || !b.host || a.shape != b.shape || a.host->hasUnknowns() ||
        b.host->hasUnknowns())
      return g.emitError() << "only booleans computed by comparisons, and "
                              "constants of one shape, are supported";
    HostTensor r = *a.host;
    for (auto [p, q] : llvm::zip_equal(r.ints, b.host->ints))
      p = kind == LogicKind::And  ? p && q
          : kind == LogicKind::Or ? p || q
                                  : bool(p) != bool(q);
    g.setConstantOutput(0, std::move(r));
    return success();
  }
  int64_t rank = shape->size();
  bool channelsLast = rank == 4 && (a.channelsLast || b.channelsLast);
  Value lhs = getBooleanOperand(g, a, floatType, rank, channelsLast);
  Value rhs =
      lhs ? getBooleanOperand(g, b, floatType, rank, channelsLast) : nullptr;
  if (!rhs)
    return failure();
  OpBuilder &builder = g.getBuilder();
  Location loc = g.getLoc();
  auto type = g.getTensorType(
      GraphImporter::getLayoutShape(*shape, channelsLast), floatType);
  Value result;
  switch (kind) {
  case LogicKind::And:
    result = tosa::MinimumOp::create(builder, loc, type, lhs, rhs);
    break;
  case LogicKind::Or:
    result = tosa::MaximumOp::create(builder, loc, type, lhs, rhs);
    break;
  case LogicKind::Xor:
    result = tosa::AbsOp::create(
        builder, loc, type, tosa::SubOp::create(builder, loc, type, lhs, rhs));
    break;
  }
  g.setOutput(0, result, *shape, channelsLast);
  g.markBooleanInFloatOutput(0);
  return success();
}

/// Not: 1 - a on 0/1 floats, or folded on the host.
static LogicalResult convertNot(GraphImporter &g) {
  ImportedValue &in = g.getInput(0);
  if (!in.booleanInFloat) {
    if (!in.host || !in.elementType.isInteger(1) || in.host->hasUnknowns())
      return g.emitError() << "only booleans are supported";
    HostTensor r = *in.host;
    for (int64_t &v : r.ints)
      v = !v;
    g.setConstantOutput(0, std::move(r));
    return success();
  }
  Value value = in.channelsLast ? in.value : g.getOnnxLayout(in);
  if (!value)
    return failure();
  auto type = cast<RankedTensorType>(value.getType());
  g.setOutput(0,
              tosa::SubOp::create(
                  g.getBuilder(), g.getLoc(), type,
                  g.getScalar(1.0, in.elementType, type.getRank()), value),
              in.shape, in.channelsLast);
  g.markBooleanInFloatOutput(0);
  return success();
}

/// A test of each element of a float tensor, held as 0/1 in its type:
/// `holds` on the host for a constant, else `build` gives the i1 tensor of
/// the value (in its layout), or of its complement with `complement` (the
/// select then swaps 1 and 0, with no i1 op between).
static LogicalResult convertFloatTest(
    GraphImporter &g, function_ref<bool(double)> holds,
    function_ref<Value(Value value, RankedTensorType i1Type)> build,
    bool complement = false) {
  ImportedValue &in = g.getInput(0);
  if (!isa<FloatType>(in.elementType))
    return g.emitError() << "only float tensors are supported";
  OpBuilder &b = g.getBuilder();
  if (in.host) {
    std::vector<int64_t> bits;
    for (double v : in.host->floats)
      bits.push_back(holds(v));
    g.setConstantOutput(
        0, HostTensor::getInt(b.getI1Type(), in.host->shape, std::move(bits)));
    return success();
  }
  Value value = in.channelsLast ? in.value : g.getOnnxLayout(in);
  if (!value)
    return failure();
  auto type = cast<RankedTensorType>(value.getType());
  int64_t rank = type.getRank();
  Value test = build(value, type.clone(b.getI1Type()));
  g.setOutput(0,
              tosa::SelectOp::create(
                  b, g.getLoc(), type, test,
                  g.getScalar(complement ? 0.0 : 1.0, in.elementType, rank),
                  g.getScalar(complement ? 1.0 : 0.0, in.elementType, rank)),
              in.shape, in.channelsLast);
  g.markBooleanInFloatOutput(0);
  return success();
}

/// Not x == x.
static LogicalResult convertIsNaN(GraphImporter &g) {
  return convertFloatTest(
      g, [](double v) { return std::isnan(v); },
      [&](Value x, RankedTensorType i1Type) -> Value {
        return tosa::EqualOp::create(g.getBuilder(), g.getLoc(), i1Type, x, x);
      },
      /*complement=*/true);
}

/// x == +inf and/or x == -inf (detect_positive, detect_negative): |x| ==
/// inf for both signs, else x == the one infinity.
static LogicalResult convertIsInf(GraphImporter &g) {
  bool positive = g.getIntAttr("detect_positive", 1);
  bool negative = g.getIntAttr("detect_negative", 1);
  if (!positive && !negative)
    return g.emitError() << "detect_positive=0 and detect_negative=0 detect "
                            "nothing";
  double inf = std::numeric_limits<double>::infinity();
  return convertFloatTest(
      g,
      [&](double v) { return std::isinf(v) && (v > 0 ? positive : negative); },
      [&](Value x, RankedTensorType i1Type) -> Value {
        OpBuilder &b = g.getBuilder();
        auto type = cast<RankedTensorType>(x.getType());
        Value compared =
            positive && negative
                ? Value(tosa::AbsOp::create(b, g.getLoc(), type, x))
                : x;
        return tosa::EqualOp::create(b, g.getLoc(), i1Type, compared,
                                     g.getScalar(positive ? inf : -inf,
                                                 type.getElementType(),
                                                 type.getRank()));
      });
}

void mlir::prune::onnx_import::registerLogicConverters(ConverterTable &table) {
  table["Where"] = convertWhere;
  table["And"] = convertLogic<LogicKind::And>;
  table["Or"] = convertLogic<LogicKind::Or>;
  table["Xor"] = convertLogic<LogicKind::Xor>;
  table["Not"] = convertNot;
  table["IsNaN"] = convertIsNaN;
  table["IsInf"] = convertIsInf;
}
