//===- TosaLayerModels.cpp - Pruning interfaces for TOSA layers -----------===//
//
// External models of PrunableLayerOpInterface and ValueFlowOpInterface for
// the TOSA layers: tosa.matmul and the four convolutions. The ops values
// pass through between layers are in TosaModels.cpp.
//
// Layouts TOSA fixes: tosa.matmul is [N, H, K] x [N, K, W] -> [N, H, W];
// convolutions are NHWC (NDHWC) with weights [OC, KH, KW, IC]
// ([OC, KD, KH, KW, IC]); a depthwise weight is [KH, KW, C, M], output
// channel c * M + m reading input channel c.
//
//===----------------------------------------------------------------------===//

#include "ModelUtils.h"

#include "Prune/Interfaces/ExternalModels.h"
#include "Prune/Interfaces/PrunableLayerOpInterface.h"
#include "Prune/Interfaces/ValueFlowOpInterface.h"
#include "Prune/Interfaces/WeightTracing.h"

#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/IR/DialectRegistry.h"

using namespace mlir;
using namespace mlir::prune;

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
  int64_t getMultiplyAccumulateCount(Operation *op) const {
    auto matmul = cast<tosa::MatMulOp>(op);
    ArrayRef<int64_t> a = getKnownShape(matmul.getA());
    return staticProduct(getKnownShape(matmul.getResult())) *
           (a.size() == 3 ? staticProduct(a.take_back()) : 1);
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
    if constexpr (std::is_same_v<OpTy, tosa::DepthwiseConv2DOp>) {
      if (getGroups(op).outputsPerGroup == 1) {
        reason = "a depthwise convolution's channels are its input's; they "
                 "are removed with the layer that produces them";
        return failure();
      }
    }
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
    reason = kConvNotInstrumented.str();
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
    ArrayRef<int64_t> weight = getKnownShape(op->getOperand(1));
    int64_t perOutput = std::is_same_v<OpTy, tosa::DepthwiseConv2DOp>
                            ? staticProduct(weight.take_front(2))
                            : staticProduct(weight.drop_front(
                                  std::min<size_t>(weight.size(), 1)));
    return staticProduct(getKnownShape(op->getResult(0))) * perOutput;
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
    if (!weightOperand && axis == 0) {
      // A product of activations (attention's scores and mix): batch entry
      // i of each operand makes batch entry i of the result.
      NeuronPropagation result;
      result.mark(matmul.getA(), 0);
      result.mark(matmul.getB(), 0);
      result.mark(matmul.getResult(), 0);
      return result;
    }
    if (!weightOperand)
      return NeuronPropagation::failure(
          "the neurons reach a tosa.matmul of two activations (attention's "
          "q x k^T or scores x v), which has no weight to shrink with them");
    if (*weightOperand != 1)
      return NeuronPropagation::failure(
          "the neurons reach a tosa.matmul whose constant is its left-hand "
          "operand");
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

/// Every TOSA convolution: a product of input and filter, plus the bias.
template <typename Model, typename OpTy>
struct ConvFlowModelBase
    : public ValueFlowOpInterface::ExternalModel<Model, OpTy> {
  ZeroRule getZeroRule(Operation *op) const {
    // The zero points only carry the quantization, not data.
    return ZeroRule::product({op->getOperand(0), op->getOperand(1)},
                             {op->getOperand(2)});
  }
};

/// tosa.conv3d, tosa.transpose_conv2d: the neurons stop at them.
template <typename OpTy>
struct ConvFlowModel : public ConvFlowModelBase<ConvFlowModel<OpTy>, OpTy> {
  NeuronPropagation propagateNeurons(Operation *op,
                                     std::optional<unsigned> operandIndex,
                                     std::optional<unsigned> resultIndex,
                                     int64_t axis) const {
    return NeuronPropagation::failure("'" +
                                      op->getName().getStringRef().str() +
                                      "' is not supported by prune-neurons");
  }
};

/// tosa.depthwise_conv2d with a channel multiplier of 1 filters each channel
/// alone: a neuron passes through it (input channel c is output channel c),
/// taking its filter (weight [KH, KW, C, 1] axis 2) and bias along. With a
/// larger multiplier one input channel feeds several outputs.
struct DepthwiseConv2DFlowModel
    : public ConvFlowModelBase<DepthwiseConv2DFlowModel,
                               tosa::DepthwiseConv2DOp> {
  NeuronPropagation propagateNeurons(Operation *op,
                                     std::optional<unsigned> operandIndex,
                                     std::optional<unsigned> resultIndex,
                                     int64_t axis) const {
    auto conv = cast<tosa::DepthwiseConv2DOp>(op);
    auto weightType = getRankedType(conv.getWeight());
    if (!weightType || weightType.getDimSize(3) != 1)
      return NeuronPropagation::failure(
          "tosa.depthwise_conv2d has a channel multiplier other than 1, so "
          "an input channel feeds several output channels");
    bool onChannels = ((resultIndex || operandIndex == 0u) && axis == 3) ||
                      (operandIndex == 1u && axis == 2) ||
                      (operandIndex == 2u && axis == 0);
    if (!onChannels)
      return NeuronPropagation::failure(
          "the neurons reach a spatial dimension of tosa.depthwise_conv2d");
    NeuronPropagation result;
    result.mark(conv.getInput(), 3);
    result.mark(conv.getResult(), 3);
    result.mark(conv.getWeight(), 2);
    if (getRankedType(conv.getBias()).getDimSize(0) ==
        getRankedType(conv.getResult()).getDimSize(3))
      result.mark(conv.getBias(), 0);
    return result;
  }
};

/// tosa.conv2d produces neurons on its output channels and consumes them on
/// its input channels.
struct Conv2DFlowModel
    : public ConvFlowModelBase<Conv2DFlowModel, tosa::Conv2DOp> {
  NeuronPropagation propagateNeurons(Operation *op,
                                     std::optional<unsigned> operandIndex,
                                     std::optional<unsigned> resultIndex,
                                     int64_t axis) const {
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
};
} // namespace

//===----------------------------------------------------------------------===//
// Registration
//===----------------------------------------------------------------------===//

void prune::registerTosaLayerExternalModels(DialectRegistry &registry) {
  registry.addExtension(+[](MLIRContext *ctx, tosa::TosaDialect *dialect) {
    tosa::MatMulOp::attachInterface<MatMulLayerModel>(*ctx);
    tosa::MatMulOp::attachInterface<MatMulFlowModel>(*ctx);
    tosa::Conv2DOp::attachInterface<ConvLayerModel<tosa::Conv2DOp>>(*ctx);
    tosa::Conv2DOp::attachInterface<Conv2DFlowModel>(*ctx);
    tosa::Conv3DOp::attachInterface<ConvLayerModel<tosa::Conv3DOp>>(*ctx);
    tosa::Conv3DOp::attachInterface<ConvFlowModel<tosa::Conv3DOp>>(*ctx);
    tosa::DepthwiseConv2DOp::attachInterface<
        ConvLayerModel<tosa::DepthwiseConv2DOp>>(*ctx);
    tosa::DepthwiseConv2DOp::attachInterface<DepthwiseConv2DFlowModel>(*ctx);
    tosa::TransposeConv2DOp::attachInterface<
        ConvLayerModel<tosa::TransposeConv2DOp>>(*ctx);
    tosa::TransposeConv2DOp::attachInterface<
        ConvFlowModel<tosa::TransposeConv2DOp>>(*ctx);
  });
}
