//===- TosaModels.cpp - Pruning interfaces for TOSA ops -------------------===//
//
// External models of PrunableLayerOpInterface (tosa.matmul and the four
// convolutions) and ValueFlowOpInterface (the same, plus layout, elementwise,
// pooling and data-movement ops) for the TOSA dialect.
//
// Layouts TOSA fixes: tosa.matmul is [N, H, K] x [N, K, W] -> [N, H, W];
// convolutions are NHWC (NDHWC) with weights [OC, KH, KW, IC]
// ([OC, KD, KH, KW, IC]); a depthwise weight is [KH, KW, C, M], output
// channel c * M + m reading input channel c.
//
//===----------------------------------------------------------------------===//

#include "Prune/Interfaces/ExternalModels.h"
#include "Prune/Interfaces/PrunableLayerOpInterface.h"
#include "Prune/Interfaces/ValueFlowOpInterface.h"
#include "Prune/Interfaces/WeightTracing.h"

#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/Matchers.h"

#include <cmath>

using namespace mlir;
using namespace mlir::prune;

static RankedTensorType getRankedType(Value value) {
  return dyn_cast<RankedTensorType>(value.getType());
}

/// The product of `shape`, dynamic sizes counted as 1.
static int64_t staticProduct(ArrayRef<int64_t> shape) {
  int64_t product = 1;
  for (int64_t size : shape)
    product *= ShapedType::isDynamic(size) ? 1 : size;
  return product;
}

static std::optional<double> getFloatValue(Attribute attr) {
  if (auto f = dyn_cast_or_null<FloatAttr>(attr))
    return f.getValueAsDouble();
  return std::nullopt;
}

//===----------------------------------------------------------------------===//
// Layers
//===----------------------------------------------------------------------===//

namespace {
struct MatMulLayerModel
    : public PrunableLayerOpInterface::ExternalModel<MatMulLayerModel,
                                                     tosa::MatMulOp> {
  SmallVector<unsigned> getWeightOperandCandidates(Operation *op) const {
    return {0, 1};
  }
  FailureOr<WeightDimensions> getWeightDimensions(Operation *op,
                                                  unsigned weightOperand,
                                                  std::string &error) const {
    // a: [N, H, K], b: [N, K, W]; K is the reduction.
    if (weightOperand == 1)
      return WeightDimensions{{0, 2}, {}, {1}};
    return WeightDimensions{{0, 1}, {}, {2}};
  }
  unsigned getDataOperand(Operation *op, unsigned weightOperand) const {
    return weightOperand == 1 ? 0 : 1;
  }
  FailureOr<int64_t> getNeuronAxis(Operation *op, unsigned weightOperand,
                                   std::string &reason) const {
    if (weightOperand != 1) {
      reason = "its weight is the left operand of tosa.matmul";
      return failure();
    }
    return 2;
  }
  FailureOr<LayerFeatures> getLayerFeatures(Operation *op,
                                            unsigned weightOperand,
                                            std::string &reason) const {
    if (weightOperand == 1)
      return LayerFeatures{0, 2, 2, {}};
    return LayerFeatures{1, 1, 1, {}};
  }
  std::optional<unsigned> getWeightZeroPointOperand(Operation *op,
                                                    unsigned weightOperand) const {
    return weightOperand == 1 ? 3 : 2;
  }
  LayerGroups getGroups(Operation *op) const { return {}; }
  int64_t getMultiplyAccumulateCount(Operation *op) const {
    auto matmul = cast<tosa::MatMulOp>(op);
    int64_t k = getRankedType(matmul.getA()).getDimSize(2);
    return staticProduct(getRankedType(matmul.getResult()).getShape()) *
           (ShapedType::isDynamic(k) ? 1 : k);
  }
};

/// What differs between the TOSA convolutions.
template <typename OpTy>
struct ConvTraits;
template <>
struct ConvTraits<tosa::Conv2DOp> {
  // [OC, KH, KW, IC]
  static WeightDimensions dims() { return {{0}, {1, 2}, {3}}; }
  static constexpr int64_t channelAxis = 3;
};
template <>
struct ConvTraits<tosa::Conv3DOp> {
  // [OC, KD, KH, KW, IC]
  static WeightDimensions dims() { return {{0}, {1, 2, 3}, {4}}; }
  static constexpr int64_t channelAxis = 4;
};
template <>
struct ConvTraits<tosa::TransposeConv2DOp> {
  // [OC, KH, KW, IC]
  static WeightDimensions dims() { return {{0}, {1, 2}, {3}}; }
  static constexpr int64_t channelAxis = 3;
};
template <>
struct ConvTraits<tosa::DepthwiseConv2DOp> {
  // [KH, KW, C, M]: each output channel reads one input channel, so the
  // reduction is the window alone.
  static WeightDimensions dims() { return {{2, 3}, {0, 1}, {}}; }
  static constexpr int64_t channelAxis = 3;
};

template <typename OpTy>
struct ConvLayerModel
    : public PrunableLayerOpInterface::ExternalModel<ConvLayerModel<OpTy>,
                                                     OpTy> {
  SmallVector<unsigned> getWeightOperandCandidates(Operation *op) const {
    return {1};
  }
  FailureOr<WeightDimensions> getWeightDimensions(Operation *op,
                                                  unsigned weightOperand,
                                                  std::string &error) const {
    return ConvTraits<OpTy>::dims();
  }
  unsigned getDataOperand(Operation *op, unsigned weightOperand) const {
    return 0;
  }
  FailureOr<int64_t> getNeuronAxis(Operation *op, unsigned weightOperand,
                                   std::string &reason) const {
    return ConvTraits<OpTy>::channelAxis;
  }
  FailureOr<LayerFeatures> getLayerFeatures(Operation *op,
                                            unsigned weightOperand,
                                            std::string &reason) const {
    if constexpr (std::is_same_v<OpTy, tosa::Conv2DOp>) {
      // Every output position is a sample whose features are its patch.
      auto conv = cast<tosa::Conv2DOp>(op);
      auto weightType = getRankedType(conv.getWeight());
      int64_t kh = weightType.getDimSize(1), kw = weightType.getDimSize(2);
      if (ShapedType::isDynamic(kh) || ShapedType::isDynamic(kw)) {
        reason = "its kernel size is dynamic";
        return failure();
      }
      ArrayRef<int64_t> stride = conv.getStride(), pad = conv.getPad(),
                        dilation = conv.getDilation();
      return LayerFeatures{0,
                           3,
                           3,
                           {kh, kw, stride[0], stride[1], pad[0], pad[1],
                            pad[2], pad[3], dilation[0], dilation[1]}};
    }
    reason = "only 2-D NHWC convolutions (tosa.conv2d, "
             "linalg.conv_2d_nhwc_hwcf) are instrumented yet";
    return failure();
  }
  std::optional<unsigned> getWeightZeroPointOperand(Operation *op,
                                                    unsigned weightOperand) const {
    return 4;
  }
  std::optional<unsigned> getBiasOperand(Operation *op) const { return 2; }
  bool readsZeroPadding(Operation *op) const {
    auto conv = cast<OpTy>(op);
    if constexpr (std::is_same_v<OpTy, tosa::TransposeConv2DOp>)
      return llvm::any_of(conv.getOutPad(), [](int64_t p) { return p != 0; });
    else
      return llvm::any_of(conv.getPad(), [](int64_t p) { return p != 0; });
  }
  LayerGroups getGroups(Operation *op) const {
    if constexpr (std::is_same_v<OpTy, tosa::DepthwiseConv2DOp>) {
      auto weight = getRankedType(op->getOperand(1));
      return {weight.getDimSize(2), weight.getDimSize(3)};
    }
    return {};
  }
  int64_t getMultiplyAccumulateCount(Operation *op) const {
    auto weight = getRankedType(op->getOperand(1));
    int64_t perOutput =
        std::is_same_v<OpTy, tosa::DepthwiseConv2DOp>
            ? staticProduct(weight.getShape().take_front(2))
            : staticProduct(weight.getShape().drop_front());
    return staticProduct(getRankedType(op->getResult(0)).getShape()) *
           perOutput;
  }
};
} // namespace

//===----------------------------------------------------------------------===//
// Value flow through layers
//===----------------------------------------------------------------------===//

namespace {
struct MatMulFlowModel
    : public ValueFlowOpInterface::ExternalModel<MatMulFlowModel,
                                                 tosa::MatMulOp> {
  NeuronPropagation propagateNeurons(Operation *op,
                                     std::optional<unsigned> operandIndex,
                                     std::optional<unsigned> resultIndex,
                                     int64_t axis) const {
    auto matmul = cast<tosa::MatMulOp>(op);
    std::optional<unsigned> weightOperand = getWeightOperandIndex(op);
    if (!weightOperand || *weightOperand != 1)
      return NeuronPropagation::failure(
          "tosa.matmul has no constant right-hand weight");
    bool producerRole = (resultIndex && axis == 2) ||
                        (operandIndex == 1u && axis == 2);
    bool consumerRole = (operandIndex == 0u && axis == 2) ||
                        (operandIndex == 1u && axis == 1);
    NeuronPropagation result;
    result.weightOperand = 1;
    if (producerRole) {
      result.mark(matmul.getResult(), 2);
      result.mark(matmul.getB(), 2);
      result.role = NeuronPropagation::Role::Producer;
      return result;
    }
    if (consumerRole) {
      result.mark(matmul.getA(), 2);
      result.mark(matmul.getB(), 1);
      result.role = NeuronPropagation::Role::Consumer;
      return result;
    }
    return NeuronPropagation::failure(
        "the neurons reach a batch or row dimension of tosa.matmul");
  }
  ZeroRule getZeroRule(Operation *op) const {
    auto matmul = cast<tosa::MatMulOp>(op);
    return ZeroRule::product({matmul.getA(), matmul.getB()});
  }
  SmallVector<std::pair<unsigned, int64_t>>
  getResultDimSources(Operation *op, unsigned resultDim) const {
    // Batch and rows come from `a`, columns from `b`.
    if (resultDim < 2)
      return {{0, resultDim}};
    return {{1, 2}};
  }
};

template <typename OpTy>
struct ConvFlowModel
    : public ValueFlowOpInterface::ExternalModel<ConvFlowModel<OpTy>, OpTy> {
  NeuronPropagation propagateNeurons(Operation *op,
                                     std::optional<unsigned> operandIndex,
                                     std::optional<unsigned> resultIndex,
                                     int64_t axis) const {
    if constexpr (!std::is_same_v<OpTy, tosa::Conv2DOp>) {
      return NeuronPropagation::failure(
          "the neurons reach '" + op->getName().getStringRef().str() +
          "', which prune-neurons does not know how to shrink");
    } else {
      auto conv = cast<tosa::Conv2DOp>(op);
      bool producerRole = (resultIndex && axis == 3) ||
                          (operandIndex == 1u && axis == 0) ||
                          (operandIndex == 2u && axis == 0);
      bool consumerRole = (operandIndex == 0u && axis == 3) ||
                          (operandIndex == 1u && axis == 3);
      NeuronPropagation result;
      result.weightOperand = 1;
      if (producerRole) {
        result.mark(conv.getResult(), 3);
        result.mark(conv.getWeight(), 0);
        // A bias of one element broadcasts over the channels.
        if (getRankedType(conv.getBias()).getDimSize(0) ==
            getRankedType(conv.getResult()).getDimSize(3))
          result.mark(conv.getBias(), 0);
        result.role = NeuronPropagation::Role::Producer;
        return result;
      }
      if (consumerRole) {
        result.mark(conv.getInput(), 3);
        result.mark(conv.getWeight(), 3);
        result.role = NeuronPropagation::Role::Consumer;
        return result;
      }
      return NeuronPropagation::failure(
          "the neurons reach a spatial dimension of tosa.conv2d");
    }
  }
  ZeroRule getZeroRule(Operation *op) const {
    // The zero points only carry the quantization, not data.
    return ZeroRule::product({op->getOperand(0), op->getOperand(1)},
                             {op->getOperand(2)});
  }
};
} // namespace

//===----------------------------------------------------------------------===//
// Layout ops
//===----------------------------------------------------------------------===//

namespace {
struct TransposeFlowModel
    : public ValueFlowOpInterface::ExternalModel<TransposeFlowModel,
                                                 tosa::TransposeOp> {
  Value getLayoutSource(Operation *op) const {
    return cast<tosa::TransposeOp>(op).getInput1();
  }
  Value getValueSource(Operation *op) const { return getLayoutSource(op); }
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
  ZeroRule getZeroRule(Operation *op) const {
    return ZeroRule::allZero({op->getOperand(0)});
  }
  Interval inferInterval(Operation *op, ArrayRef<Interval> operands) const {
    return operands[0];
  }
  SmallVector<std::pair<unsigned, int64_t>>
  getResultDimSources(Operation *op, unsigned resultDim) const {
    return {{0, cast<tosa::TransposeOp>(op).getPerms()[resultDim]}};
  }
};

struct ReshapeFlowModel
    : public ValueFlowOpInterface::ExternalModel<ReshapeFlowModel,
                                                 tosa::ReshapeOp> {
  Value getLayoutSource(Operation *op) const {
    return cast<tosa::ReshapeOp>(op).getInput1();
  }
  Value getValueSource(Operation *op) const { return getLayoutSource(op); }
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
    if (!mapped)
      return NeuronPropagation::failure(
          "tosa.reshape merges the neuron axis with other dimensions");
    NeuronPropagation result;
    result.mark(reshape.getInput1(), forward ? axis : *mapped);
    result.mark(reshape.getResult(), forward ? *mapped : axis);
    return result;
  }
  ZeroRule getZeroRule(Operation *op) const {
    return ZeroRule::allZero({op->getOperand(0)});
  }
  Interval inferInterval(Operation *op, ArrayRef<Interval> operands) const {
    return operands[0];
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
/// carry neurons.
template <typename OpTy>
struct ElementwiseFacts {
  static constexpr ElementwiseKind kind = ElementwiseKind::None;
  static ZeroRule zeroRule(OpTy) { return {}; }
  static Interval interval(OpTy, ArrayRef<Interval>) { return {}; }
};

template <typename OpTy, ElementwiseKind Kind>
struct BinaryFacts {
  static constexpr ElementwiseKind kind = Kind;
  static ZeroRule zeroRule(OpTy op) {
    if constexpr (Kind == ElementwiseKind::Mul)
      return ZeroRule::product({op->getOperand(0), op->getOperand(1)});
    else
      return ZeroRule::allZero({op->getOperand(0), op->getOperand(1)});
  }
  static Interval interval(OpTy, ArrayRef<Interval> x) {
    switch (Kind) {
    case ElementwiseKind::Add:
      return interval::add(x[0], x[1]);
    case ElementwiseKind::Sub:
      return interval::sub(x[0], x[1]);
    case ElementwiseKind::Mul:
      return interval::mul(x[0], x[1]);
    case ElementwiseKind::Maximum:
      return interval::maximum(x[0], x[1]);
    case ElementwiseKind::Minimum:
      return interval::minimum(x[0], x[1]);
    default:
      return {};
    }
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

/// Unary maps: `ZeroPreserving` says f(0) == 0.
template <typename OpTy, ElementwiseKind Kind, bool ZeroPreserving>
struct UnaryFacts {
  static constexpr ElementwiseKind kind = Kind;
  static ZeroRule zeroRule(OpTy op) {
    if constexpr (ZeroPreserving)
      return ZeroRule::allZero({op->getOperand(0)});
    return {};
  }
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
    : UnaryFacts<tosa::ErfOp, ElementwiseKind::Activation, false> {
  static Interval interval(tosa::ErfOp, ArrayRef<Interval>) { return {}; }
};
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
    : UnaryFacts<tosa::AbsOp, ElementwiseKind::Unary, true> {
  static Interval interval(tosa::AbsOp, ArrayRef<Interval>) { return {}; }
};
template <>
struct ElementwiseFacts<tosa::CastOp>
    : UnaryFacts<tosa::CastOp, ElementwiseKind::Unary, true> {
  static Interval interval(tosa::CastOp, ArrayRef<Interval> x) {
    return x[0];
  }
};

/// Whether `OpTy` has a unary or binary rule for its result dimensions
/// (which operand sizes they take).
template <typename OpTy>
constexpr int dimSourceArity() {
  if constexpr (std::is_same_v<OpTy, tosa::AddOp> ||
                std::is_same_v<OpTy, tosa::SubOp> ||
                std::is_same_v<OpTy, tosa::MulOp> ||
                std::is_same_v<OpTy, tosa::MaximumOp> ||
                std::is_same_v<OpTy, tosa::MinimumOp>)
    return 2;
  if constexpr (std::is_same_v<OpTy, tosa::ClampOp> ||
                std::is_same_v<OpTy, tosa::NegateOp> ||
                std::is_same_v<OpTy, tosa::AbsOp> ||
                std::is_same_v<OpTy, tosa::TanhOp> ||
                std::is_same_v<OpTy, tosa::CastOp> ||
                std::is_same_v<OpTy, tosa::SigmoidOp> ||
                std::is_same_v<OpTy, tosa::ExpOp>)
    return 1;
  return 0;
}

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
    constexpr int arity = dimSourceArity<OpTy>();
    int64_t rank = getRankedType(op->getResult(0)).getRank();
    SmallVector<std::pair<unsigned, int64_t>> sources;
    for (unsigned i = 0; i < unsigned(arity); ++i) {
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

void prune::registerTosaExternalModels(DialectRegistry &registry) {
  registry.addExtension(+[](MLIRContext *ctx, tosa::TosaDialect *dialect) {
    tosa::MatMulOp::attachInterface<MatMulLayerModel>(*ctx);
    tosa::MatMulOp::attachInterface<MatMulFlowModel>(*ctx);
    tosa::Conv2DOp::attachInterface<ConvLayerModel<tosa::Conv2DOp>>(*ctx);
    tosa::Conv2DOp::attachInterface<ConvFlowModel<tosa::Conv2DOp>>(*ctx);
    tosa::Conv3DOp::attachInterface<ConvLayerModel<tosa::Conv3DOp>>(*ctx);
    tosa::Conv3DOp::attachInterface<ConvFlowModel<tosa::Conv3DOp>>(*ctx);
    tosa::DepthwiseConv2DOp::attachInterface<
        ConvLayerModel<tosa::DepthwiseConv2DOp>>(*ctx);
    tosa::DepthwiseConv2DOp::attachInterface<
        ConvFlowModel<tosa::DepthwiseConv2DOp>>(*ctx);
    tosa::TransposeConv2DOp::attachInterface<
        ConvLayerModel<tosa::TransposeConv2DOp>>(*ctx);
    tosa::TransposeConv2DOp::attachInterface<
        ConvFlowModel<tosa::TransposeConv2DOp>>(*ctx);

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
    attachElementwiseModels<
#define GET_OP_LIST
#include "mlir/Dialect/Tosa/IR/TosaOps.cpp.inc"
        >(ctx);
  });
}
