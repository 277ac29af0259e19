//===- OnnxMathOps.cpp - Elementwise operators ----------------------------===//
//
// Elementwise operators keep a channels-last operand channels-last (their
// other operand is broadcast in that layout), so a CNN's bias adds,
// activations and residual adds need no transposes. Constant operands fold
// on the host, which is how shape arithmetic (Shape -> Mul -> Concat)
// becomes constants.
//
//===----------------------------------------------------------------------===//

#include "GraphImporter.h"

#include "mlir/Dialect/Tosa/IR/TosaOps.h"

#include <cmath>
#include <limits>
#include <onnx/onnx_pb.h>

using namespace mlir;
using namespace mlir::prune::onnx_import;

//===----------------------------------------------------------------------===//
// Binary elementwise
//===----------------------------------------------------------------------===//

namespace {
enum class BinaryKind {
  Add,
  Sub,
  Mul,
  Div,
  Pow,
  Equal,
  Less,
  LessOrEqual,
  Greater,
  GreaterOrEqual,
  Max,
  Min
};
} // namespace

static double foldFloat(BinaryKind kind, double a, double b) {
  switch (kind) {
  case BinaryKind::Add:
    return a + b;
  case BinaryKind::Sub:
    return a - b;
  case BinaryKind::Mul:
    return a * b;
  case BinaryKind::Div:
    return a / b;
  case BinaryKind::Pow:
    return std::pow(a, b);
  case BinaryKind::Equal:
    return a == b;
  case BinaryKind::Less:
    return a < b;
  case BinaryKind::LessOrEqual:
    return a <= b;
  case BinaryKind::Greater:
    return a > b;
  case BinaryKind::GreaterOrEqual:
    return a >= b;
  case BinaryKind::Max:
    return std::max(a, b);
  case BinaryKind::Min:
    return std::min(a, b);
  }
  llvm_unreachable("binary kind");
}

static int64_t foldInt(BinaryKind kind, int64_t a, int64_t b) {
  if (a == kUnknown || b == kUnknown)
    return kUnknown;
  switch (kind) {
  case BinaryKind::Add:
    return a + b;
  case BinaryKind::Sub:
    return a - b;
  case BinaryKind::Mul:
    return a * b;
  case BinaryKind::Div:
    return b == 0 ? 0 : a / b;
  case BinaryKind::Pow:
    return static_cast<int64_t>(std::pow(a, b));
  case BinaryKind::Equal:
    return a == b;
  case BinaryKind::Less:
    return a < b;
  case BinaryKind::LessOrEqual:
    return a <= b;
  case BinaryKind::Greater:
    return a > b;
  case BinaryKind::GreaterOrEqual:
    return a >= b;
  case BinaryKind::Max:
    return std::max(a, b);
  case BinaryKind::Min:
    return std::min(a, b);
  }
  llvm_unreachable("binary kind");
}

static bool isComparison(BinaryKind kind) {
  return kind == BinaryKind::Equal || kind == BinaryKind::Less ||
         kind == BinaryKind::LessOrEqual || kind == BinaryKind::Greater ||
         kind == BinaryKind::GreaterOrEqual;
}

/// Whether `kind` with `other` as one operand can turn the batch into
/// another size (x * 4 can, x * 1 and x + 0 cannot; comparisons give no
/// size).
static bool changesUnknown(BinaryKind kind, int64_t other) {
  switch (kind) {
  case BinaryKind::Mul:
  case BinaryKind::Div:
    return other != 1;
  case BinaryKind::Add:
  case BinaryKind::Sub:
    return other != 0;
  case BinaryKind::Max:
  case BinaryKind::Min:
  case BinaryKind::Pow:
    return true;
  default:
    return false;
  }
}

/// Evaluates a binary operator on two host tensors with broadcasting.
/// `mergedBatch` is set when an unknown entry (the batch) is combined into
/// another unknown size (Shape arithmetic computing batch x heads).
static HostTensor foldBinary(BinaryKind kind, const HostTensor &a,
                             const HostTensor &b, ArrayRef<int64_t> shape,
                             Type boolType, bool &mergedBatch) {
  int64_t rank = shape.size();
  auto index = [&](const HostTensor &t, ArrayRef<int64_t> pos) {
    int64_t linear = 0;
    int64_t offset = rank - t.shape.size();
    for (int64_t d = 0; d < static_cast<int64_t>(t.shape.size()); ++d)
      linear = linear * t.shape[d] + (t.shape[d] == 1 ? 0 : pos[d + offset]);
    return linear;
  };
  HostTensor r;
  r.shape.assign(shape.begin(), shape.end());
  r.elementType = isComparison(kind) ? boolType : a.elementType;
  int64_t n = getNumElements(shape);
  SmallVector<int64_t> pos(rank, 0);
  for (int64_t i = 0; i < n; ++i) {
    int64_t ia = index(a, pos), ib = index(b, pos);
    if (a.isFloat()) {
      double v = foldFloat(kind, a.floats[ia], b.getAsDouble(ib));
      if (isComparison(kind))
        r.ints.push_back(static_cast<int64_t>(v));
      else
        r.floats.push_back(v);
    } else {
      int64_t x = a.ints[ia], y = b.ints[ib];
      mergedBatch |=
          (x == kUnknown && (y == kUnknown || changesUnknown(kind, y))) ||
          (y == kUnknown && changesUnknown(kind, x));
      r.ints.push_back(foldInt(kind, x, y));
    }
    for (int64_t d = rank - 1; d >= 0; --d) {
      if (++pos[d] < shape[d])
        break;
      pos[d] = 0;
    }
  }
  return r;
}

/// The value of a constant scalar (any shape of one element), if `t` is one.
static std::optional<double> getScalarValue(const HostTensor *t) {
  if (!t || t->size() != 1 || t->hasUnknowns())
    return std::nullopt;
  return t->getAsDouble(0);
}

/// A comparison with a computed operand: tosa.equal or greater(_equal)
/// (Less swaps the operands), then a select of 1 and 0. The booleans are
/// held as 0/1 floats (ImportedValue::booleanInFloat) in the operands' float
/// type, or f32 for integers (ArgMax's indices); a constant operand takes
/// the computed one's type.
static LogicalResult convertComparison(GraphImporter &g, BinaryKind kind,
                                       ArrayRef<int64_t> shape) {
  ImportedValue a = g.getInput(0), b = g.getInput(1);
  Type type = a.host ? b.elementType : a.elementType;
  // Computed int64 (token ids: `ids != 0`) is compared in int32.
  if (type.isInteger(64))
    type = g.getBuilder().getI32Type();
  if (!isa<FloatType>(type) && !type.isInteger(32) && !type.isInteger(16) &&
      !type.isInteger(8))
    return g.emitError() << "comparisons of computed " << type
                         << " tensors are not supported";
  // A constant operand takes the computed one's type.
  for (ImportedValue *v : {&a, &b}) {
    if (!v->host && !v->elementType.isInteger(64))
      continue;
    // Narrowed to int32, a larger constant would wrap and compare wrongly.
    if (v->host && type.isInteger(32) && !v->host->isFloat())
      for (int64_t value : v->host->ints)
        if (value != kUnknown && (value < std::numeric_limits<int32_t>::min() ||
                                  value > std::numeric_limits<int32_t>::max()))
          return g.emitError()
                 << "the constant operand holds " << value
                 << ", outside int32's range, in which computed int64 "
                    "tensors are compared";
    FailureOr<ImportedValue> converted = g.castTo(*v, type);
    if (failed(converted))
      return failure();
    *v = std::move(*converted);
  }
  if (a.elementType != b.elementType)
    return g.emitError() << "the operands are " << a.elementType << " and "
                         << b.elementType;
  int64_t rank = shape.size();
  bool channelsLast = rank == 4 && (a.channelsLast || b.channelsLast);
  Value lhs = g.getOperandInLayout(a, rank, channelsLast);
  Value rhs = lhs ? g.getOperandInLayout(b, rank, channelsLast) : nullptr;
  if (!rhs)
    return failure();
  if (kind == BinaryKind::Less || kind == BinaryKind::LessOrEqual)
    std::swap(lhs, rhs);
  OpBuilder &builder = g.getBuilder();
  Location loc = g.getLoc();
  SmallVector<int64_t> layoutShape =
      GraphImporter::getLayoutShape(shape, channelsLast);
  auto i1Type = g.getTensorType(layoutShape, builder.getI1Type());
  Value result;
  if (kind == BinaryKind::Equal)
    result = tosa::EqualOp::create(builder, loc, i1Type, lhs, rhs);
  else if (kind == BinaryKind::Greater || kind == BinaryKind::Less)
    result = tosa::GreaterOp::create(builder, loc, i1Type, lhs, rhs);
  else
    result = tosa::GreaterEqualOp::create(builder, loc, i1Type, lhs, rhs);
  Type heldType = isa<FloatType>(type) ? type : builder.getF32Type();
  result = tosa::SelectOp::create(
      builder, loc, g.getTensorType(layoutShape, heldType), result,
      g.getScalar(1.0, heldType, rank), g.getScalar(0.0, heldType, rank));
  g.setOutput(0, result, shape, channelsLast);
  g.markBooleanInFloatOutput(0);
  return success();
}

static LogicalResult convertBinary(GraphImporter &g, BinaryKind kind) {
  ImportedValue &a = g.getInput(0);
  ImportedValue &b = g.getInput(1);
  auto shape = broadcastShapes(a.shape, b.shape);
  if (failed(shape))
    return g.emitError() << "operand shapes do not broadcast";
  if (a.host && b.host) {
    bool mergedBatch = false;
    g.setConstantOutput(0, foldBinary(kind, *a.host, *b.host, *shape,
                                      g.getBuilder().getI1Type(), mergedBatch));
    if (mergedBatch)
      g.markBatchMergedOutput(0);
    return success();
  }
  if (isComparison(kind))
    return convertComparison(g, kind, *shape);
  // Integer sums, products and bounds (position ids from a mask); ONNX's
  // integer Div truncates and Pow has no TOSA integer form.
  if (!isa<FloatType>(a.elementType) &&
      (kind == BinaryKind::Div || kind == BinaryKind::Pow))
    return g.emitError() << "only float tensors are supported";

  int64_t rank = shape->size();
  bool channelsLast = rank == 4 && (a.channelsLast || b.channelsLast);
  Type elementType = a.elementType;
  auto resultType = g.getTensorType(
      GraphImporter::getLayoutShape(*shape, channelsLast), elementType);
  OpBuilder &builder = g.getBuilder();
  Location loc = g.getLoc();
  Value lhs = g.getOperandInLayout(a, rank, channelsLast);
  if (!lhs)
    return failure();
  // TOSA adds integers in int32 only; ONNX's int8 Add wraps around.
  if (auto held = dyn_cast<IntegerType>(getElementTypeOrSelf(lhs.getType()));
      held && held.getWidth() < 32)
    return g.emitError() << "arithmetic on computed " << a.elementType
                         << " tensors is not supported (quantized sums are "
                            "supported as DequantizeLinear, Add, "
                            "QuantizeLinear)";

  // Constant right operands that have cheaper exact forms.
  std::optional<double> scalar =
      b.host ? getScalarValue(&*b.host) : std::nullopt;
  if (kind == BinaryKind::Pow && scalar && *scalar == 1.0) {
    g.setOutput(0, lhs, *shape, channelsLast);
    return success();
  }
  if (kind == BinaryKind::Pow && scalar && *scalar == 2.0) {
    g.setOutput(0, g.mul(lhs, lhs), *shape, channelsLast);
    return success();
  }
  Value rhs;
  if (kind == BinaryKind::Div && b.host) {
    // x / c as x * (1/c): TOSA has no float division.
    HostTensor reciprocal = *b.host;
    for (double &v : reciprocal.floats)
      v = 1.0 / v;
    ImportedValue r;
    r.shape = b.shape;
    r.elementType = b.elementType;
    r.host = std::move(reciprocal);
    rhs = g.getOperandInLayout(r, rank, channelsLast);
    kind = BinaryKind::Mul;
  } else {
    rhs = g.getOperandInLayout(b, rank, channelsLast);
  }
  if (!rhs)
    return failure();

  Value result;
  switch (kind) {
  case BinaryKind::Add:
    result = tosa::AddOp::create(builder, loc, resultType, lhs, rhs);
    break;
  case BinaryKind::Sub:
    result = tosa::SubOp::create(builder, loc, resultType, lhs, rhs);
    break;
  case BinaryKind::Mul:
    result = g.mul(lhs, rhs);
    break;
  case BinaryKind::Div: {
    Value inverse =
        tosa::ReciprocalOp::create(builder, loc, rhs.getType(), rhs);
    result = g.mul(lhs, inverse);
    break;
  }
  case BinaryKind::Pow:
    result = tosa::PowOp::create(builder, loc, resultType, lhs, rhs);
    break;
  case BinaryKind::Max:
    result = tosa::MaximumOp::create(builder, loc, resultType, lhs, rhs);
    break;
  case BinaryKind::Min:
    result = tosa::MinimumOp::create(builder, loc, resultType, lhs, rhs);
    break;
  default:
    llvm_unreachable("handled above");
  }
  g.setOutput(0, result, *shape, channelsLast);
  return success();
}

template <BinaryKind kind>
static LogicalResult convertBinaryOp(GraphImporter &g) {
  return convertBinary(g, kind);
}

//===----------------------------------------------------------------------===//
// Unary elementwise
//===----------------------------------------------------------------------===//

/// Defines output 0 as `build(input)` in the input's layout, or folds it on
/// the host with `fold` when the input is constant.
static LogicalResult
convertUnary(GraphImporter &g, function_ref<double(double)> fold,
             function_ref<Value(Value input, Type type)> build) {
  ImportedValue &in = g.getInput(0);
  if (in.host && in.host->isFloat() && fold) {
    HostTensor t = *in.host;
    for (double &v : t.floats)
      v = fold(v);
    g.setConstantOutput(0, std::move(t));
    return success();
  }
  if (!isa<FloatType>(in.elementType))
    return g.emitError() << "only float tensors are supported";
  Value value = in.channelsLast ? in.value : g.getOnnxLayout(in);
  if (!value)
    return failure();
  Value result = build(value, value.getType());
  if (!result)
    return failure();
  g.setOutput(0, result, in.shape, in.channelsLast);
  return success();
}

/// A TOSA unary op, folded on the host with `fold` for a constant input
/// (shape arithmetic: F.interpolate's Floor of its scaled sizes).
template <typename OpTy, double (*fold)(double)>
static LogicalResult convertSimpleUnary(GraphImporter &g) {
  return convertUnary(g, fold, [&](Value v, Type type) -> Value {
    return OpTy::create(g.getBuilder(), g.getLoc(), type, v);
  });
}

static double foldSigmoid(double x) { return 1.0 / (1.0 + std::exp(-x)); }
static double foldTanh(double x) { return std::tanh(x); }
static double foldErf(double x) { return std::erf(x); }
static double foldExp(double x) { return std::exp(x); }
static double foldLog(double x) { return std::log(x); }
static double foldAbs(double x) { return std::fabs(x); }
static double foldReciprocal(double x) { return 1.0 / x; }
static double foldFloor(double x) { return std::floor(x); }
static double foldCeil(double x) { return std::ceil(x); }

/// ONNX rounds halves to even. down = floor(x) and x - down are exact, so
/// the tie test is too (floor(x + 0.5) is not: 0.49999997 + 0.5 rounds to
/// 1 in f32); down is odd when down - 2 floor(down / 2) is 1.
static LogicalResult convertRound(GraphImporter &g) {
  return convertUnary(
      g, [](double x) { return std::nearbyint(x); },
      [&](Value v, Type type) -> Value {
        OpBuilder &b = g.getBuilder();
        Location loc = g.getLoc();
        auto tensorType = cast<RankedTensorType>(type);
        auto i1Type = tensorType.clone(b.getI1Type());
        auto scalar = [&](double c) {
          return g.getScalar(c, tensorType.getElementType(),
                             tensorType.getRank());
        };
        Value down = tosa::FloorOp::create(b, loc, type, v);
        Value fraction = tosa::SubOp::create(b, loc, type, v, down);
        Value halfDown =
            tosa::FloorOp::create(b, loc, type, g.mul(down, scalar(0.5)));
        Value odd = tosa::SubOp::create(b, loc, type, down,
                                        g.mul(halfDown, scalar(2.0)));
        Value overHalf =
            tosa::GreaterOp::create(b, loc, i1Type, fraction, scalar(0.5));
        Value isHalf =
            tosa::EqualOp::create(b, loc, i1Type, fraction, scalar(0.5));
        Value tieStep =
            tosa::SelectOp::create(b, loc, type, isHalf, odd, scalar(0.0));
        Value step = tosa::SelectOp::create(b, loc, type, overHalf, scalar(1.0),
                                            tieStep);
        Value rounded = tosa::AddOp::create(b, loc, type, down, step);
        // -1 + 1 is +0: a zero keeps x's sign (x * 0), as ONNX Runtime's.
        Value zero =
            tosa::EqualOp::create(b, loc, i1Type, rounded, scalar(0.0));
        return tosa::SelectOp::create(b, loc, type, zero, g.mul(v, scalar(0.0)),
                                      rounded);
      });
}

static Value createClamp(GraphImporter &g, Value v, double lo, double hi) {
  auto type = cast<RankedTensorType>(v.getType());
  auto floatType = cast<FloatType>(type.getElementType());
  OpBuilder &b = g.getBuilder();
  auto bound = [&](double x) {
    double limit =
        APFloat::getLargest(floatType.getFloatSemantics()).convertToDouble();
    return b.getFloatAttr(floatType, std::clamp(x, -limit, limit));
  };
  return tosa::ClampOp::create(b, g.getLoc(), type, v, bound(lo), bound(hi));
}

static LogicalResult convertRelu(GraphImporter &g) {
  return convertUnary(
      g, [](double x) { return std::max(x, 0.0); },
      [&](Value v, Type) {
        return createClamp(g, v, 0.0, std::numeric_limits<double>::max());
      });
}

static LogicalResult convertClip(GraphImporter &g) {
  double lo = -std::numeric_limits<double>::max();
  double hi = std::numeric_limits<double>::max();
  if (g.getOpsetVersion() < 11) {
    lo = g.getFloatAttr("min", lo);
    hi = g.getFloatAttr("max", hi);
  }
  for (int i : {1, 2}) {
    if (!g.hasInput(i))
      continue;
    std::optional<double> bound = getScalarValue(g.getConstantInput(i));
    if (!bound)
      return g.emitError() << "the " << (i == 1 ? "min" : "max")
                           << " bound must be a constant scalar";
    (i == 1 ? lo : hi) = *bound;
  }
  return convertUnary(
      g, [&](double x) { return std::clamp(x, lo, hi); },
      [&](Value v, Type) { return createClamp(g, v, lo, hi); });
}

static LogicalResult convertSqrt(GraphImporter &g) {
  return convertUnary(
      g, [](double x) { return std::sqrt(x); },
      [&](Value v, Type type) -> Value {
        int64_t rank = cast<RankedTensorType>(type).getRank();
        Value half = g.getScalar(0.5, getElementTypeOrSelf(type), rank);
        return tosa::PowOp::create(g.getBuilder(), g.getLoc(), type, v, half);
      });
}

static LogicalResult convertNeg(GraphImporter &g) {
  return convertUnary(
      g, [](double x) { return -x; },
      [&](Value v, Type type) -> Value {
        Type element = getElementTypeOrSelf(type);
        return tosa::NegateOp::create(g.getBuilder(), g.getLoc(), type, v,
                                      g.getZeroPoint(element),
                                      g.getZeroPoint(element));
      });
}

/// y = x * alpha + beta (TOSA has no fused scale-and-shift).
static Value createAffine(GraphImporter &g, Value x, double alpha,
                          double beta) {
  auto type = cast<RankedTensorType>(x.getType());
  int64_t rank = type.getRank();
  Type element = type.getElementType();
  Value scaled = alpha == 1.0 ? x : g.mul(x, g.getScalar(alpha, element, rank));
  if (beta == 0.0)
    return scaled;
  return tosa::AddOp::create(g.getBuilder(), g.getLoc(), type, scaled,
                             g.getScalar(beta, element, rank));
}

static LogicalResult convertHardSigmoid(GraphImporter &g) {
  double alpha = g.getFloatAttr("alpha", 0.2),
         beta = g.getFloatAttr("beta", 0.5);
  return convertUnary(
      g, [&](double x) { return std::clamp(alpha * x + beta, 0.0, 1.0); },
      [&](Value v, Type) {
        return createClamp(g, createAffine(g, v, alpha, beta), 0.0, 1.0);
      });
}

static LogicalResult convertHardSwish(GraphImporter &g) {
  return convertUnary(
      g, [](double x) { return x * std::clamp(x / 6 + 0.5, 0.0, 1.0); },
      [&](Value v, Type) {
        return g.mul(
            v, createClamp(g, createAffine(g, v, 1.0 / 6, 0.5), 0.0, 1.0));
      });
}

static LogicalResult convertLeakyRelu(GraphImporter &g) {
  double alpha = g.getFloatAttr("alpha", 0.01);
  return convertUnary(
      g, [&](double x) { return x >= 0 ? x : alpha * x; },
      [&](Value v, Type type) -> Value {
        // max(x, a*x) for a <= 1, min(x, a*x) above: exact either way.
        Value scaled = createAffine(g, v, alpha, 0.0);
        if (alpha <= 1.0)
          return tosa::MaximumOp::create(g.getBuilder(), g.getLoc(), type, v,
                                         scaled);
        return tosa::MinimumOp::create(g.getBuilder(), g.getLoc(), type, v,
                                       scaled);
      });
}

/// select(x > 0, x, negative) in x's layout.
static Value selectPositive(GraphImporter &g, Value x, Value negative) {
  auto type = cast<RankedTensorType>(x.getType());
  OpBuilder &b = g.getBuilder();
  Value zero = g.getScalar(0.0, type.getElementType(), type.getRank());
  Value positive = tosa::GreaterOp::create(b, g.getLoc(),
                                           type.clone(b.getI1Type()), x, zero);
  return tosa::SelectOp::create(b, g.getLoc(), type, positive, x, negative);
}

static LogicalResult convertElu(GraphImporter &g) {
  double alpha = g.getFloatAttr("alpha", 1.0);
  return convertUnary(
      g, [&](double x) { return x > 0 ? x : alpha * (std::exp(x) - 1); },
      [&](Value v, Type type) {
        Value e = tosa::ExpOp::create(g.getBuilder(), g.getLoc(), type, v);
        return selectPositive(g, v, createAffine(g, e, alpha, -alpha));
      });
}

/// gamma * elu_alpha(x), with SELU's self-normalizing constants by default.
static LogicalResult convertSelu(GraphImporter &g) {
  double alpha = g.getFloatAttr("alpha", 1.67326319217681884765625);
  double gamma = g.getFloatAttr("gamma", 1.05070102214813232421875);
  return convertUnary(
      g,
      [&](double x) { return gamma * (x > 0 ? x : alpha * (std::exp(x) - 1)); },
      [&](Value v, Type type) {
        Value e = tosa::ExpOp::create(g.getBuilder(), g.getLoc(), type, v);
        Value elu = selectPositive(g, v, createAffine(g, e, alpha, -alpha));
        return createAffine(g, elu, gamma, 0.0);
      });
}

/// x above 0, else alpha * (exp(x / alpha) - 1).
static LogicalResult convertCelu(GraphImporter &g) {
  double alpha = g.getFloatAttr("alpha", 1.0);
  if (alpha == 0.0)
    return g.emitError() << "alpha must not be 0";
  return convertUnary(
      g,
      [&](double x) { return x > 0 ? x : alpha * (std::exp(x / alpha) - 1); },
      [&](Value v, Type type) {
        Value e = tosa::ExpOp::create(g.getBuilder(), g.getLoc(), type,
                                      createAffine(g, v, 1.0 / alpha, 0.0));
        return selectPositive(g, v, createAffine(g, e, alpha, -alpha));
      });
}

static LogicalResult convertSoftplus(GraphImporter &g) {
  return convertUnary(
      g,
      [](double x) {
        return std::max(x, 0.0) + std::log1p(std::exp(-std::abs(x)));
      },
      [&](Value v, Type type) -> Value {
        // max(x, 0) + log(1 + exp(-|x|)): no overflow for large x.
        OpBuilder &b = g.getBuilder();
        Location loc = g.getLoc();
        Value negAbs =
            createAffine(g, tosa::AbsOp::create(b, loc, type, v), -1.0, 0.0);
        Value e = tosa::ExpOp::create(b, loc, type, negAbs);
        Value l =
            tosa::LogOp::create(b, loc, type, createAffine(g, e, 1.0, 1.0));
        Value relu = createClamp(g, v, 0.0, std::numeric_limits<double>::max());
        return tosa::AddOp::create(b, loc, type, relu, l);
      });
}

static LogicalResult convertPRelu(GraphImporter &g) {
  ImportedValue &x = g.getInput(0);
  ImportedValue &slope = g.getInput(1);
  auto shape = broadcastShapes(x.shape, slope.shape);
  if (failed(shape) || ArrayRef<int64_t>(*shape) != ArrayRef<int64_t>(x.shape))
    return g.emitError() << "the slope must broadcast to the input's shape";
  if (!isa<FloatType>(x.elementType))
    return g.emitError() << "only float tensors are supported";
  int64_t rank = x.shape.size();
  bool channelsLast = x.channelsLast;
  Value xv = g.getOperandInLayout(x, rank, channelsLast);
  Value sv = g.getOperandInLayout(slope, rank, channelsLast);
  if (!xv || !sv)
    return failure();
  g.setOutput(0, selectPositive(g, xv, g.mul(xv, sv)), x.shape, channelsLast);
  return success();
}

/// Identity and Dropout (inference): output 0 is input 0.
LogicalResult mlir::prune::onnx_import::convertIdentity(GraphImporter &g) {
  ImportedValue v = g.getInput(0);
  v.onnxLayoutCache = v.channelsLastCache = nullptr;
  g.setOutput(0, std::move(v));
  return success();
}

/// Cast to bool of a computed number: x != 0, held as 0/1 floats
/// (ImportedValue::booleanInFloat) like a comparison's result.
static LogicalResult convertToBoolean(GraphImporter &g, ImportedValue &in) {
  Value value = in.channelsLast ? in.value : g.getOnnxLayout(in);
  if (!value)
    return failure();
  auto valueType = cast<RankedTensorType>(value.getType());
  int64_t rank = valueType.getRank();
  OpBuilder &b = g.getBuilder();
  Location loc = g.getLoc();
  Type heldType =
      isa<FloatType>(in.elementType) ? in.elementType : b.getF32Type();
  Value zero = tosa::EqualOp::create(
      b, loc, g.getTensorType(valueType.getShape(), b.getI1Type()), value,
      g.getScalar(0.0, in.elementType, rank));
  Value result = tosa::SelectOp::create(
      b, loc, g.getTensorType(valueType.getShape(), heldType), zero,
      g.getScalar(0.0, heldType, rank), g.getScalar(1.0, heldType, rank));
  g.setOutput(0, result, in.shape, in.channelsLast);
  g.markBooleanInFloatOutput(0);
  return success();
}

static LogicalResult convertCast(GraphImporter &g) {
  ImportedValue &in = g.getInput(0);
  Type to = convertElementType(g.getContext(), g.getIntAttr("to", 0));
  if (!to)
    return g.emitError() << "unsupported target type "
                         << getOnnxTypeName(g.getIntAttr("to", 0));
  if (in.host) {
    g.setConstantOutput(0, in.host->castTo(to));
    return success();
  }
  if ((in.integerInFloat && to.isF32()) ||
      (in.booleanInFloat && to == in.elementType)) {
    // The held integers, or 0/1 booleans, already are the floats a Cast
    // gives.
    ImportedValue v = in;
    v.integerInFloat = v.booleanInFloat = false;
    v.onnxLayoutCache = v.channelsLastCache = nullptr;
    g.setOutput(0, std::move(v));
    return success();
  }
  if (in.booleanInFloat && to.isInteger(1))
    return convertIdentity(g); // still held in float
  // uint8 held offset or in f32 stays held so: a Cast to uint8 moves it.
  if (to == in.elementType ||
      ((in.offsetUint8 || in.integerInFloat) && to.isUnsignedInteger(8)))
    return convertIdentity(g);
  if (in.elementType.isInteger(1))
    return g.emitError() << "casting computed " << in.elementType << " to "
                         << to
                         << " is not supported (booleans are held as 0/1 "
                            "floats)";
  // tosa.cast has no int64 -> float or bool: computed int64 goes through
  // int32, as it is compared (values beyond int32's range wrap; masks and
  // token ids do not reach them).
  ImportedValue source = in;
  if (in.elementType.isInteger(64) && !to.isInteger(32)) {
    FailureOr<ImportedValue> narrowed =
        g.castTo(in, g.getBuilder().getI32Type());
    if (failed(narrowed))
      return failure();
    source = std::move(*narrowed);
  }
  if (to.isInteger(1))
    return convertToBoolean(g, source);
  Value value = source.channelsLast ? source.value : g.getOnnxLayout(source);
  if (!value)
    return failure();
  auto valueType = cast<RankedTensorType>(value.getType());
  OpBuilder &b = g.getBuilder();
  Location loc = g.getLoc();
  // A float (or held boolean) becomes int64 through int32 (tosa.cast has
  // no float -> int64): mask.long(), a bucket index; values beyond int32's
  // range do not survive.
  Type integerType = to;
  if (isa<FloatType>(in.elementType) && to.isInteger(64))
    integerType = b.getI32Type();
  if (isa<FloatType>(in.elementType) && isa<IntegerType>(to)) {
    // ONNX truncates toward zero (C's conversion); tosa.cast rounds to
    // nearest. Truncated first, the value is an integer either way.
    int64_t rank = valueType.getRank();
    Value nonNegative = tosa::GreaterEqualOp::create(
        b, loc, g.getTensorType(valueType.getShape(), b.getI1Type()), value,
        g.getScalar(0.0, in.elementType, rank));
    value =
        tosa::SelectOp::create(b, loc, valueType, nonNegative,
                               tosa::FloorOp::create(b, loc, valueType, value),
                               tosa::CeilOp::create(b, loc, valueType, value));
  }
  for (Type step : {integerType, to})
    if (getElementTypeOrSelf(value.getType()) != step)
      value = tosa::CastOp::create(
          b, loc, g.getTensorType(valueType.getShape(), step), value);
  g.setOutput(0, value, in.shape, in.channelsLast);
  return success();
}

void mlir::prune::onnx_import::registerMathConverters(ConverterTable &table) {
  table["Add"] = convertBinaryOp<BinaryKind::Add>;
  table["Sub"] = convertBinaryOp<BinaryKind::Sub>;
  table["Mul"] = convertBinaryOp<BinaryKind::Mul>;
  table["Div"] = convertBinaryOp<BinaryKind::Div>;
  table["Pow"] = convertBinaryOp<BinaryKind::Pow>;
  table["Max"] = convertBinaryOp<BinaryKind::Max>;
  table["Min"] = convertBinaryOp<BinaryKind::Min>;
  table["Equal"] = convertBinaryOp<BinaryKind::Equal>;
  table["Less"] = convertBinaryOp<BinaryKind::Less>;
  table["LessOrEqual"] = convertBinaryOp<BinaryKind::LessOrEqual>;
  table["Greater"] = convertBinaryOp<BinaryKind::Greater>;
  table["GreaterOrEqual"] = convertBinaryOp<BinaryKind::GreaterOrEqual>;
  table["Relu"] = convertRelu;
  table["Clip"] = convertClip;
  table["Sqrt"] = convertSqrt;
  table["Neg"] = convertNeg;
  table["Sigmoid"] = convertSimpleUnary<tosa::SigmoidOp, foldSigmoid>;
  table["Tanh"] = convertSimpleUnary<tosa::TanhOp, foldTanh>;
  table["Erf"] = convertSimpleUnary<tosa::ErfOp, foldErf>;
  table["Exp"] = convertSimpleUnary<tosa::ExpOp, foldExp>;
  table["Log"] = convertSimpleUnary<tosa::LogOp, foldLog>;
  table["Abs"] = convertSimpleUnary<tosa::AbsOp, foldAbs>;
  table["Reciprocal"] = convertSimpleUnary<tosa::ReciprocalOp, foldReciprocal>;
  table["Floor"] = convertSimpleUnary<tosa::FloorOp, foldFloor>;
  table["Ceil"] = convertSimpleUnary<tosa::CeilOp, foldCeil>;
  table["Round"] = convertRound;
  table["Identity"] = convertIdentity;
  table["Dropout"] = convertIdentity;
  table["Cast"] = convertCast;
  table["HardSigmoid"] = convertHardSigmoid;
  table["HardSwish"] = convertHardSwish;
  table["LeakyRelu"] = convertLeakyRelu;
  table["PRelu"] = convertPRelu;
  table["Elu"] = convertElu;
  table["Selu"] = convertSelu;
  table["Celu"] = convertCelu;
  table["Softplus"] = convertSoftplus;
}
