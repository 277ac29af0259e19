//===- TosaModels.cpp - Pruning interfaces for TOSA's other ops -----------===//
//
// External models of ValueFlowOpInterface for the TOSA ops values pass
// through between layers: layout ops (transpose, reshape), elementwise ops
// with numpy-style broadcasting, pooling and data movement. The layers are
// in TosaLayerModels.cpp.
//
//===----------------------------------------------------------------------===//

#include "ModelUtils.h"

#include "Prune/Interfaces/ExternalModels.h"
#include "Prune/Interfaces/ValueFlowOpInterface.h"

#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/IR/DialectRegistry.h"

#include <cmath>

using namespace mlir;
using namespace mlir::prune;

static std::optional<double> getFloatValue(Attribute attr) {
  if (auto f = dyn_cast_or_null<FloatAttr>(attr))
    return f.getValueAsDouble();
  return std::nullopt;
}

//===----------------------------------------------------------------------===//
// Layout ops
//===----------------------------------------------------------------------===//

namespace {
struct TransposeFlowModel
    : public LayoutFlowModel<TransposeFlowModel, tosa::TransposeOp> {
  LogicalResult applyToLayout(Operation *op, StridedLayout &layout,
                              std::string &error) const {
    ArrayRef<int32_t> perms = cast<tosa::TransposeOp>(op).getPerms();
    layout = layout.permute(SmallVector<int64_t>(perms.begin(), perms.end()));
    return success();
  }
  NeuronPropagation propagateNeurons(Operation *op,
                                     std::optional<unsigned> operandIndex,
                                     std::optional<unsigned> resultIndex,
                                     int64_t axis) const {
    auto transpose = cast<tosa::TransposeOp>(op);
    ArrayRef<int32_t> perms = transpose.getPerms();
    NeuronPropagation result;
    if (operandIndex) {
      for (auto [i, p] : llvm::enumerate(perms))
        if (p == axis)
          result.mark(transpose.getResult(), i);
      result.mark(transpose.getInput1(), axis);
      return result;
    }
    result.mark(transpose.getInput1(), perms[axis]);
    result.mark(transpose.getResult(), axis);
    return result;
  }
  SmallVector<std::pair<unsigned, int64_t>>
  getResultDimSources(Operation *op, unsigned resultDim) const {
    return {{0, cast<tosa::TransposeOp>(op).getPerms()[resultDim]}};
  }
};

/// How a reshape from `from` to `to` that does not keep dimension `axis` as
/// one dimension moves it, when the dimensions before and after the changed
/// ones stay: split into consecutive dimensions, or merged with neighbours.
namespace {
struct AxisRegroup {
  int64_t axis;
  NeuronAxisScale scale;
};
} // namespace

static std::optional<AxisRegroup> regroupAxis(ArrayRef<int64_t> from,
                                              ArrayRef<int64_t> to,
                                              int64_t axis,
                                              bool dynamicDimsMatch) {
  // Dimensions kept before and after the changed ones; a dynamic one on
  // both sides may be the same batch, or not ([B, H] -> [B * H]).
  auto same = [&](int64_t a, int64_t b) {
    return a == b && (dynamicDimsMatch || !ShapedType::isDynamic(a));
  };
  int64_t prefix = 0;
  while (prefix < (int64_t)std::min(from.size(), to.size()) && prefix != axis &&
         same(from[prefix], to[prefix]))
    ++prefix;
  int64_t suffix = 0;
  while (suffix < (int64_t)std::min(from.size(), to.size()) - prefix &&
         (int64_t)from.size() - 1 - suffix != axis &&
         same(from[from.size() - 1 - suffix], to[to.size() - 1 - suffix]))
    ++suffix;
  int64_t fromEnd = from.size() - suffix, toEnd = to.size() - suffix;
  if (axis < prefix || axis >= fromEnd)
    return std::nullopt;
  auto staticProduct = [](ArrayRef<int64_t> dims) -> std::optional<int64_t> {
    int64_t p = 1;
    for (int64_t d : dims) {
      if (ShapedType::isDynamic(d))
        return std::nullopt;
      p *= d;
    }
    return p;
  };
  if (fromEnd - prefix == 1 && toEnd - prefix >= 2) {
    // `axis` splits into to[prefix, toEnd).
    ArrayRef<int64_t> parts = to.slice(prefix, toEnd - prefix);
    if (!ShapedType::isDynamic(from[axis])) {
      // Heads: [.., C] -> [.., H, D]: the outermost part indexes blocks.
      std::optional<int64_t> inner = staticProduct(parts.drop_front());
      if (!inner || staticProduct(parts) != from[axis])
        return std::nullopt;
      return AxisRegroup{prefix, {*inner, 1, std::nullopt}};
    }
    // A batch-merged axis [B * H] -> [B, H]: the neurons are the inner part.
    if (parts.size() == 2 && ShapedType::isDynamic(parts[0]) &&
        !ShapedType::isDynamic(parts[1]))
      return AxisRegroup{prefix + 1, {1, 1, false}};
    return std::nullopt;
  }
  if (toEnd - prefix == 1 && fromEnd - prefix >= 2) {
    ArrayRef<int64_t> parts = from.slice(prefix, fromEnd - prefix);
    if (axis == prefix) {
      // [.., H, D] -> [.., C]: each output index is 1/D of a head.
      std::optional<int64_t> inner = staticProduct(parts.drop_front());
      if (!inner)
        return std::nullopt;
      return AxisRegroup{prefix, {1, *inner, std::nullopt}};
    }
    if (axis == fromEnd - 1 && parts.size() == 2)
      // [B, H] -> [B * H]: the neurons become the inner part.
      return AxisRegroup{prefix, {1, 1, true}};
  }
  return std::nullopt;
}

static std::optional<AxisRegroup>
regroupAxis(ArrayRef<int64_t> from, ArrayRef<int64_t> to, int64_t axis) {
  if (std::optional<AxisRegroup> regroup = regroupAxis(from, to, axis, true))
    return regroup;
  return regroupAxis(from, to, axis, false);
}

struct ReshapeFlowModel
    : public LayoutFlowModel<ReshapeFlowModel, tosa::ReshapeOp> {
  LogicalResult applyToLayout(Operation *op, StridedLayout &layout,
                              std::string &error) const {
    return applyReshapeToLayout(op, layout, error);
  }
  NeuronPropagation propagateNeurons(Operation *op,
                                     std::optional<unsigned> operandIndex,
                                     std::optional<unsigned> resultIndex,
                                     int64_t axis) const {
    auto reshape = cast<tosa::ReshapeOp>(op);
    auto inType = getRankedType(reshape.getInput1());
    auto outType = getRankedType(reshape.getResult());
    if (operandIndex && *operandIndex != 0)
      return NeuronPropagation::failure(
          "the neurons reach the shape of a tosa.reshape");
    bool forward = operandIndex.has_value();
    std::optional<int64_t> mapped =
        forward ? mapReshapeAxis(inType.getShape(), outType.getShape(), axis)
                : mapReshapeAxis(outType.getShape(), inType.getShape(), axis);
    if (!mapped) {
      std::optional<AxisRegroup> regroup =
          forward ? regroupAxis(inType.getShape(), outType.getShape(), axis)
                  : regroupAxis(outType.getShape(), inType.getShape(), axis);
      if (!regroup)
        return NeuronPropagation::failure(
            "tosa.reshape merges the neuron axis with other dimensions");
      NeuronPropagation result;
      Value from = forward ? reshape.getInput1() : reshape.getResult();
      Value to = forward ? reshape.getResult() : reshape.getInput1();
      result.mark(from, axis);
      result.markScaled(to, regroup->axis, regroup->scale);
      return result;
    }
    NeuronPropagation result;
    result.mark(reshape.getInput1(), forward ? axis : *mapped);
    result.mark(reshape.getResult(), forward ? *mapped : axis);
    return result;
  }
  SmallVector<std::pair<unsigned, int64_t>>
  getResultDimSources(Operation *op, unsigned resultDim) const {
    // With one dynamic dimension on each side and equal static products,
    // the dynamic sizes are equal.
    auto reshape = cast<tosa::ReshapeOp>(op);
    auto type = getRankedType(reshape.getResult());
    auto inputType = getRankedType(reshape.getInput1());
    if (!inputType || !type.isDynamicDim(resultDim) ||
        type.getNumDynamicDims() != 1 || inputType.getNumDynamicDims() != 1 ||
        staticProduct(type.getShape()) != staticProduct(inputType.getShape()))
      return {};
    for (unsigned i = 0; i < inputType.getRank(); ++i)
      if (inputType.isDynamicDim(i))
        return {{0, i}};
    return {};
  }
};
} // namespace

//===----------------------------------------------------------------------===//
// Elementwise ops
//===----------------------------------------------------------------------===//

namespace {
/// What one elementwise op computes; ops without a specialization only
/// carry neurons. `arity`: how many leading operands have the result's
/// dimensions (0: no rule for them).
template <typename OpTy>
struct ElementwiseFacts {
  static constexpr ElementwiseKind kind = ElementwiseKind::None;
  static constexpr int arity = 0;
  static ZeroRule zeroRule(OpTy) { return {}; }
  static Interval interval(OpTy, ArrayRef<Interval>) { return {}; }
};

template <typename OpTy, ElementwiseKind Kind>
struct BinaryFacts {
  static constexpr ElementwiseKind kind = Kind;
  static constexpr int arity = 2;
  static ZeroRule zeroRule(OpTy op) {
    return getBinaryZeroRule(Kind, op->getOperand(0), op->getOperand(1));
  }
  static Interval interval(OpTy, ArrayRef<Interval> x) {
    return getBinaryInterval(Kind, x[0], x[1]);
  }
};
template <>
struct ElementwiseFacts<tosa::AddOp>
    : BinaryFacts<tosa::AddOp, ElementwiseKind::Add> {};
template <>
struct ElementwiseFacts<tosa::SubOp>
    : BinaryFacts<tosa::SubOp, ElementwiseKind::Sub> {};
template <>
struct ElementwiseFacts<tosa::MulOp>
    : BinaryFacts<tosa::MulOp, ElementwiseKind::Mul> {};
template <>
struct ElementwiseFacts<tosa::MaximumOp>
    : BinaryFacts<tosa::MaximumOp, ElementwiseKind::Maximum> {};
template <>
struct ElementwiseFacts<tosa::MinimumOp>
    : BinaryFacts<tosa::MinimumOp, ElementwiseKind::Minimum> {};

template <>
struct ElementwiseFacts<tosa::ClampOp> {
  static constexpr ElementwiseKind kind = ElementwiseKind::Activation;
  static constexpr int arity = 1;
  static ZeroRule zeroRule(tosa::ClampOp clamp) {
    // clamp(0) is 0 when 0 lies in [min, max] (relu: [0, max]).
    std::optional<double> lo = getFloatValue(clamp.getMinValAttr());
    std::optional<double> hi = getFloatValue(clamp.getMaxValAttr());
    if (lo && hi && *lo <= 0.0 && *hi >= 0.0)
      return ZeroRule::allZero({clamp.getInput()});
    return {};
  }
  static Interval interval(tosa::ClampOp clamp, ArrayRef<Interval> x) {
    std::optional<double> lo = getFloatValue(clamp.getMinValAttr());
    std::optional<double> hi = getFloatValue(clamp.getMaxValAttr());
    if (!lo || !hi)
      return {};
    return interval::clamp(x[0], *lo, *hi);
  }
};

/// Unary maps: `ZeroPreserving` says f(0) == 0. No interval rule unless
/// the op gives one.
template <typename OpTy, ElementwiseKind Kind, bool ZeroPreserving>
struct UnaryFacts {
  static constexpr ElementwiseKind kind = Kind;
  static constexpr int arity = 1;
  static ZeroRule zeroRule(OpTy op) {
    if constexpr (ZeroPreserving)
      return ZeroRule::allZero({op->getOperand(0)});
    return {};
  }
  static Interval interval(OpTy, ArrayRef<Interval>) { return {}; }
};
template <>
struct ElementwiseFacts<tosa::SigmoidOp>
    : UnaryFacts<tosa::SigmoidOp, ElementwiseKind::Activation, false> {
  static Interval interval(tosa::SigmoidOp, ArrayRef<Interval> x) {
    return interval::monotone(
        x[0], [](double v) { return 1.0 / (1.0 + std::exp(-v)); });
  }
};
template <>
struct ElementwiseFacts<tosa::TanhOp>
    : UnaryFacts<tosa::TanhOp, ElementwiseKind::Activation, true> {
  static Interval interval(tosa::TanhOp, ArrayRef<Interval> x) {
    return interval::monotone(x[0], [](double v) { return std::tanh(v); });
  }
};
template <>
struct ElementwiseFacts<tosa::ErfOp>
    : UnaryFacts<tosa::ErfOp, ElementwiseKind::Activation, false> {};
template <>
struct ElementwiseFacts<tosa::ExpOp>
    : UnaryFacts<tosa::ExpOp, ElementwiseKind::Unary, false> {
  static Interval interval(tosa::ExpOp, ArrayRef<Interval> x) {
    return interval::monotone(x[0], [](double v) { return std::exp(v); });
  }
};
template <>
struct ElementwiseFacts<tosa::NegateOp>
    : UnaryFacts<tosa::NegateOp, ElementwiseKind::Unary, true> {
  static Interval interval(tosa::NegateOp, ArrayRef<Interval> x) {
    return interval::negate(x[0]);
  }
};
template <>
struct ElementwiseFacts<tosa::AbsOp>
    : UnaryFacts<tosa::AbsOp, ElementwiseKind::Unary, true> {};
template <>
struct ElementwiseFacts<tosa::CastOp>
    : UnaryFacts<tosa::CastOp, ElementwiseKind::Unary, true> {
  static Interval interval(tosa::CastOp, ArrayRef<Interval> x) {
    return x[0];
  }
};

/// Elementwise ops with numpy-style broadcasting of size-1 dimensions.
template <typename OpTy>
struct ElementwiseFlowModel
    : public ValueFlowOpInterface::ExternalModel<ElementwiseFlowModel<OpTy>,
                                                 OpTy> {
  using Facts = ElementwiseFacts<OpTy>;

  Value getValueSource(Operation *op) const {
    if constexpr (std::is_same_v<OpTy, tosa::CastOp>)
      return op->getOperand(0);
    return {};
  }
  /// A widening float cast (TFLite's float16 weights, stored f16 and cast
  /// to f32) holds its input's elements exactly, in the same places: the
  /// weight behind it is the layer's.
  Value getLayoutSource(Operation *op) const {
    if constexpr (std::is_same_v<OpTy, tosa::CastOp>) {
      auto from = dyn_cast<FloatType>(getElementTypeOrSelf(op->getOperand(0)));
      auto to = dyn_cast<FloatType>(getElementTypeOrSelf(op->getResult(0)));
      if (from && to && from.getWidth() < to.getWidth() &&
          APFloat::isRepresentableAsNormalIn(from.getFloatSemantics(),
                                             to.getFloatSemantics()))
        return op->getOperand(0);
    }
    return {};
  }
  LogicalResult applyToLayout(Operation *op, StridedLayout &layout,
                              std::string &error) const {
    if (getLayoutSource(op))
      return success(); // the same elements in the same places
    error = "'" + op->getName().getStringRef().str() + "' is not a layout op";
    return failure();
  }
  NeuronPropagation propagateNeurons(Operation *op,
                                     std::optional<unsigned> operandIndex,
                                     std::optional<unsigned> resultIndex,
                                     int64_t axis) const {
    auto resultType = getRankedType(op->getResult(0));
    NeuronPropagation result;
    result.mark(op->getResult(0), axis);
    for (Value operand : op->getOperands()) {
      auto type = getRankedType(operand);
      // Scalars, zero points and shifts of a different rank broadcast, as
      // does a size of 1 on the neuron axis.
      if (!type || type.getRank() != resultType.getRank())
        continue;
      if (type.getDimSize(axis) == 1 && resultType.getDimSize(axis) != 1)
        continue;
      result.mark(operand, axis);
    }
    return result;
  }
  ZeroRule getZeroRule(Operation *op) const {
    return Facts::zeroRule(cast<OpTy>(op));
  }
  Interval inferInterval(Operation *op, ArrayRef<Interval> operands) const {
    return Facts::interval(cast<OpTy>(op), operands);
  }
  SmallVector<std::pair<unsigned, int64_t>>
  getResultDimSources(Operation *op, unsigned resultDim) const {
    int64_t rank = getRankedType(op->getResult(0)).getRank();
    SmallVector<std::pair<unsigned, int64_t>> sources;
    for (unsigned i = 0; i < unsigned(Facts::arity); ++i) {
      auto type = getRankedType(op->getOperand(i));
      if (!type || type.getRank() != rank)
        return {};
      sources.push_back({i, resultDim});
    }
    return sources;
  }
  ElementwiseKind getElementwiseKind(Operation *op) const {
    return Facts::kind;
  }
  bool isElementwiseIn(Operation *op, unsigned operandIndex) const {
    return op->getOperand(operandIndex).getType() ==
           op->getResult(0).getType();
  }
};
} // namespace

//===----------------------------------------------------------------------===//
// Pooling and data movement
//===----------------------------------------------------------------------===//

namespace {
template <typename OpTy>
struct PoolFlowModel
    : public ValueFlowOpInterface::ExternalModel<PoolFlowModel<OpTy>, OpTy> {
  NeuronPropagation propagateNeurons(Operation *op,
                                     std::optional<unsigned> operandIndex,
                                     std::optional<unsigned> resultIndex,
                                     int64_t axis) const {
    // Pooling works per channel (NHWC).
    if (axis != 3)
      return NeuronPropagation::failure(
          "the neurons reach a spatial dimension of '" +
          op->getName().getStringRef().str() + "'");
    NeuronPropagation result;
    result.mark(op->getOperand(0), 3);
    result.mark(op->getResult(0), 3);
    return result;
  }
  ZeroRule getZeroRule(Operation *op) const {
    // The max of zeros is zero; an average also subtracts zero points.
    if constexpr (std::is_same_v<OpTy, tosa::MaxPool2dOp>)
      return ZeroRule::allZero({op->getOperand(0)});
    return {};
  }
  Interval inferInterval(Operation *op, ArrayRef<Interval> operands) const {
    if constexpr (std::is_same_v<OpTy, tosa::MaxPool2dOp>)
      return operands[0];
    return {};
  }
};

/// Ops that gather elements of their data operands (the other operands are
/// shapes, offsets or multiples): their result is zero when the data is.
template <typename OpTy>
struct DataMovementFlowModel
    : public ValueFlowOpInterface::ExternalModel<DataMovementFlowModel<OpTy>,
                                                 OpTy> {
  ZeroRule getZeroRule(Operation *op) const {
    if constexpr (std::is_same_v<OpTy, tosa::ConcatOp>)
      return ZeroRule::allZero(
          SmallVector<Value>(cast<tosa::ConcatOp>(op).getInput1()));
    return ZeroRule::allZero({op->getOperand(0)});
  }
};
/// tosa.reduce_*: neurons on any axis but the reduced one pass through (a
/// global average pool sums over H and W and keeps the channels); reducing
/// over the neurons themselves (a LayerNorm's mean) mixes them.
template <typename OpTy>
struct ReduceFlowModel
    : public ValueFlowOpInterface::ExternalModel<ReduceFlowModel<OpTy>, OpTy> {
  NeuronPropagation propagateNeurons(Operation *op,
                                     std::optional<unsigned> operandIndex,
                                     std::optional<unsigned> resultIndex,
                                     int64_t axis) const {
    auto reduce = cast<OpTy>(op);
    if (static_cast<int64_t>(reduce.getAxis()) == axis)
      return NeuronPropagation::failure(
          "'" + op->getName().getStringRef().str() +
          "' reduces over the neurons (as a LayerNorm or a channel mean "
          "does), so each output depends on all of them");
    NeuronPropagation result;
    result.mark(reduce.getInput(), axis);
    result.mark(reduce.getOutput(), axis);
    return result;
  }
};
} // namespace

//===----------------------------------------------------------------------===//
// Registration
//===----------------------------------------------------------------------===//

/// Attaches the elementwise model to every TOSA op that broadcasts its
/// operands elementwise (and to cast, negate and mul, which have zero points
/// or shifts besides their data).
template <typename... OpTys>
static void attachElementwiseModels(MLIRContext *ctx) {
  (
      [&] {
        if constexpr (OpTys::template hasTrait<
                          OpTrait::ResultsBroadcastableShape>() ||
                      std::is_same_v<OpTys, tosa::CastOp> ||
                      std::is_same_v<OpTys, tosa::NegateOp> ||
                      std::is_same_v<OpTys, tosa::MulOp>)
          OpTys::template attachInterface<ElementwiseFlowModel<OpTys>>(*ctx);
      }(),
      ...);
}

void prune::registerTosaValueFlowExternalModels(DialectRegistry &registry) {
  registry.addExtension(+[](MLIRContext *ctx, tosa::TosaDialect *dialect) {
    tosa::TransposeOp::attachInterface<TransposeFlowModel>(*ctx);
    tosa::ReshapeOp::attachInterface<ReshapeFlowModel>(*ctx);
    tosa::MaxPool2dOp::attachInterface<PoolFlowModel<tosa::MaxPool2dOp>>(*ctx);
    tosa::AvgPool2dOp::attachInterface<PoolFlowModel<tosa::AvgPool2dOp>>(*ctx);
    tosa::ConcatOp::attachInterface<DataMovementFlowModel<tosa::ConcatOp>>(
        *ctx);
    tosa::SliceOp::attachInterface<DataMovementFlowModel<tosa::SliceOp>>(*ctx);
    tosa::TileOp::attachInterface<DataMovementFlowModel<tosa::TileOp>>(*ctx);
    tosa::ReverseOp::attachInterface<DataMovementFlowModel<tosa::ReverseOp>>(
        *ctx);
    tosa::ReduceSumOp::attachInterface<ReduceFlowModel<tosa::ReduceSumOp>>(
        *ctx);
    tosa::ReduceMaxOp::attachInterface<ReduceFlowModel<tosa::ReduceMaxOp>>(
        *ctx);
    tosa::ReduceMinOp::attachInterface<ReduceFlowModel<tosa::ReduceMinOp>>(
        *ctx);
    tosa::ReduceProductOp::attachInterface<
        ReduceFlowModel<tosa::ReduceProductOp>>(*ctx);
    attachElementwiseModels<
#define GET_OP_LIST
#include "mlir/Dialect/Tosa/IR/TosaOps.cpp.inc"
        >(ctx);
  });
}
