//===- LinalgModels.cpp - Pruning interfaces for linalg ops ---------------===//
//
// External models of PrunableLayerOpInterface and ValueFlowOpInterface for
// every linalg structured op. Everything comes from the indexing maps and
// iterator types, so named contractions and convolutions and generics are
// treated alike:
//  - a layer is an op on tensors with a reduction loop and at least two
//    tensor inputs whose body multiplies and accumulates (named ops do;
//    a generic must have a contraction body); pooling ops are not layers;
//  - a reduction loop that another input indexes directly is an input
//    channel; one that only appears inside an expression (`oh + kh`) is a
//    window position;
//  - the neurons are the parallel loop that the weight and the output index
//    and no other input does;
//  - an input whose payload argument the body never reads carries only a
//    shape (a pooling window) and never makes a result zero.
//
//===----------------------------------------------------------------------===//

#include "ModelUtils.h"
#include "Prune/Interfaces/ExternalModels.h"
#include "Prune/Interfaces/LinalgUtils.h"
#include "Prune/Interfaces/PrunableLayerOpInterface.h"
#include "Prune/Interfaces/ValueFlowOpInterface.h"
#include "Prune/Interfaces/WeightTracing.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/Matchers.h"

using namespace mlir;
using namespace mlir::prune;

llvm::SmallDenseSet<unsigned>
prune::getDirectlyIndexedLoops(linalg::LinalgOp op, OpOperand &weight) {
  llvm::SmallDenseSet<unsigned> loops;
  for (OpOperand *input : op.getDpsInputOperands()) {
    if (input == &weight)
      continue;
    for (AffineExpr expr : op.getMatchingIndexingMap(input).getResults())
      if (auto dim = dyn_cast<AffineDimExpr>(expr))
        loops.insert(dim.getPosition());
  }
  return loops;
}

bool prune::isLinalgLayer(linalg::LinalgOp op) {
  if (!op.hasPureTensorSemantics())
    return false;
  // Pooling ops reduce over a shape-only window tensor: no weights there.
  if (op->getName().getStringRef().starts_with("linalg.pooling_"))
    return false;
  if (op.getNumReductionLoops() == 0)
    return false;
  // A linalg.generic is a layer only when its body multiplies and
  // accumulates; other reductions (distances to constant centroids, max of
  // sums...) take constants that are not weights.
  if (auto generic = dyn_cast<linalg::GenericOp>(op.getOperation());
      generic && !linalg::detail::isContractionBody(
                     *generic.getBlock(), [](Operation *mul, Operation *add) {
                       return (isa<arith::MulFOp>(mul) &&
                               isa<arith::AddFOp>(add)) ||
                              (isa<arith::MulIOp>(mul) &&
                               isa<arith::AddIOp>(add));
                     }))
    return false;
  unsigned tensorInputs =
      llvm::count_if(op.getDpsInputOperands(), [](OpOperand *operand) {
        return isa<RankedTensorType>(operand->get().getType());
      });
  return tensorInputs >= 2;
}

static std::optional<int64_t> findDimPosition(AffineMap map, unsigned loop) {
  return map.getResultPosition(getAffineDimExpr(loop, map.getContext()));
}

//===----------------------------------------------------------------------===//
// Layers
//===----------------------------------------------------------------------===//

namespace {
template <typename OpTy>
struct LinalgLayerModel
    : public PrunableLayerOpInterface::ExternalModel<LinalgLayerModel<OpTy>,
                                                     OpTy> {
  SmallVector<unsigned> getWeightOperandCandidates(Operation *op) const {
    auto linalgOp = cast<linalg::LinalgOp>(op);
    SmallVector<unsigned> candidates;
    if (!isLinalgLayer(linalgOp))
      return candidates;
    for (OpOperand *operand : linalgOp.getDpsInputOperands())
      if (isa<RankedTensorType>(operand->get().getType()))
        candidates.push_back(operand->getOperandNumber());
    return candidates;
  }

  FailureOr<WeightDimensions> getWeightDimensions(Operation *op,
                                                  unsigned weightOperand,
                                                  std::string &error) const {
    auto linalgOp = cast<linalg::LinalgOp>(op);
    OpOperand &weight = op->getOpOperand(weightOperand);
    AffineMap weightMap = linalgOp.getMatchingIndexingMap(&weight);
    SmallVector<utils::IteratorType> iterators =
        linalgOp.getIteratorTypesArray();
    llvm::SmallDenseSet<unsigned> channelLoops =
        getDirectlyIndexedLoops(linalgOp, weight);
    WeightDimensions dims;
    for (auto [d, expr] : llvm::enumerate(weightMap.getResults())) {
      auto dim = dyn_cast<AffineDimExpr>(expr);
      if (!dim) {
        error = "weight dimension " + std::to_string(d) +
                " is indexed by a compound expression";
        return failure();
      }
      if (iterators[dim.getPosition()] == utils::IteratorType::parallel)
        dims.outputDims.push_back(d);
      else if (channelLoops.contains(dim.getPosition()))
        dims.channelDims.push_back(d);
      else
        dims.windowDims.push_back(d);
    }
    return dims;
  }

  unsigned getDataOperand(Operation *op, unsigned weightOperand) const {
    // The last tensor input besides the weight.
    unsigned data = 0;
    for (OpOperand *input : cast<linalg::LinalgOp>(op).getDpsInputOperands())
      if (input->getOperandNumber() != weightOperand &&
          isa<RankedTensorType>(input->get().getType()))
        data = input->getOperandNumber();
    return data;
  }

  FailureOr<int64_t> getNeuronAxis(Operation *op, unsigned weightOperand,
                                   std::string &reason) const {
    auto linalgOp = cast<linalg::LinalgOp>(op);
    SmallVector<utils::IteratorType> iterators =
        linalgOp.getIteratorTypesArray();
    AffineMap outputMap =
        linalgOp.getMatchingIndexingMap(linalgOp.getDpsInitOperand(0));
    OpOperand &weight = op->getOpOperand(weightOperand);
    AffineMap weightMap = linalgOp.getMatchingIndexingMap(&weight);
    std::optional<int64_t> found;
    for (auto [position, expr] : llvm::enumerate(outputMap.getResults())) {
      auto dim = dyn_cast<AffineDimExpr>(expr);
      if (!dim || iterators[dim.getPosition()] != utils::IteratorType::parallel)
        continue;
      if (!weightMap.getResultPosition(expr))
        continue;
      bool inOtherInput =
          llvm::any_of(linalgOp.getDpsInputOperands(), [&](OpOperand *input) {
            return input != &weight && linalgOp.getMatchingIndexingMap(input)
                                           .getResultPosition(expr)
                                           .has_value();
          });
      if (inOtherInput)
        continue;
      if (found) {
        reason = "its weight has several output dimensions";
        return failure();
      }
      found = position;
    }
    if (!found) {
      reason = "no output dimension of '" +
               op->getName().getStringRef().str() +
               "' comes from its weight alone";
      return failure();
    }
    return *found;
  }

  FailureOr<LayerFeatures> getLayerFeatures(Operation *op,
                                            unsigned weightOperand,
                                            std::string &reason) const {
    if constexpr (std::is_same_v<OpTy, linalg::Conv2DNhwcHwcfOp>) {
      // Weight [KH, KW, C, F]; padding is a separate op before it.
      auto conv = cast<linalg::Conv2DNhwcHwcfOp>(op);
      if (weightOperand != 1 || conv->getNumResults() != 1) {
        reason = kConvNotInstrumented.str();
        return failure();
      }
      auto weightType = cast<RankedTensorType>(conv.getInputs()[1].getType());
      int64_t kh = weightType.getDimSize(0), kw = weightType.getDimSize(1);
      if (ShapedType::isDynamic(kh) || ShapedType::isDynamic(kw)) {
        reason = "its kernel size is dynamic";
        return failure();
      }
      SmallVector<int64_t> strides(conv.getStrides().getValues<int64_t>());
      SmallVector<int64_t> dilations(conv.getDilations().getValues<int64_t>());
      return LayerFeatures{0,
                           3,
                           3,
                           {kh, kw, strides[0], strides[1], 0, 0, 0, 0,
                            dilations[0], dilations[1]}};
    }
    return getMatmulLikeFeatures(cast<linalg::LinalgOp>(op), weightOperand,
                                 reason);
  }

  std::optional<unsigned> getWeightZeroPointOperand(Operation *op,
                                                    unsigned weightOperand) const {
    // ins(lhs, rhs, lhs_zp, rhs_zp): each side's zero point is a scalar.
    if constexpr (std::is_same_v<OpTy, linalg::QuantizedMatmulOp> ||
                  std::is_same_v<OpTy, linalg::QuantizedBatchMatmulOp>)
      return weightOperand + 2;
    return std::nullopt;
  }

  int64_t getMultiplyAccumulateCount(Operation *op) const {
    return staticProduct(cast<linalg::LinalgOp>(op).getStaticLoopRanges());
  }

private:
  /// One data input whose features are a dimension; loops of size 1 do not
  /// count, so a batched matmul with batch 1 is a layer.
  static FailureOr<LayerFeatures>
  getMatmulLikeFeatures(linalg::LinalgOp op, unsigned weightIndex,
                        std::string &reason) {
    OpOperand &weight = op->getOpOperand(weightIndex);
    OpOperand *data = nullptr;
    for (OpOperand *input : op.getDpsInputOperands()) {
      if (input == &weight || !isa<RankedTensorType>(input->get().getType()))
        continue;
      if (data) {
        reason = "it has more than one data input";
        return failure();
      }
      data = input;
    }
    if (!data || op->getNumResults() != 1) {
      reason = "it needs exactly one data input and one result";
      return failure();
    }
    SmallVector<int64_t> loopSizes = op.getStaticLoopRanges();
    SmallVector<utils::IteratorType> iterators = op.getIteratorTypesArray();
    AffineMap weightMap = op.getMatchingIndexingMap(&weight);
    AffineMap dataMap = op.getMatchingIndexingMap(data);
    AffineMap resultMap = op.getIndexingMapMatchingResult(op->getResult(0));
    std::optional<unsigned> inputLoop, outputLoop, anyInput, anyOutput;
    for (AffineExpr expr : weightMap.getResults()) {
      auto dim = dyn_cast<AffineDimExpr>(expr);
      if (!dim) {
        reason = "its weight is indexed by a compound expression";
        return failure();
      }
      unsigned loop = dim.getPosition();
      bool isReduction = iterators[loop] == utils::IteratorType::reduction;
      if (isReduction && !findDimPosition(dataMap, loop)) {
        reason = kConvNotInstrumented.str();
        return failure();
      }
      (isReduction ? anyInput : anyOutput) = loop;
      if (loopSizes[loop] == 1)
        continue;
      std::optional<unsigned> &slot = isReduction ? inputLoop : outputLoop;
      if (slot) {
        reason = isReduction ? "its weight has more than one input dimension"
                             : "its weight has more than one output dimension "
                               "(batched weights)";
        return failure();
      }
      slot = loop;
    }
    if (!inputLoop)
      inputLoop = anyInput;
    if (!outputLoop)
      outputLoop = anyOutput;
    std::optional<int64_t> inputDim, resultDim;
    if (inputLoop)
      inputDim = findDimPosition(dataMap, *inputLoop);
    if (outputLoop)
      resultDim = findDimPosition(resultMap, *outputLoop);
    if (!inputDim || !resultDim) {
      reason = "its input or output features are not a dimension of its data "
               "input or result";
      return failure();
    }
    return LayerFeatures{data->getOperandNumber(), *inputDim, *resultDim, {}};
  }
};
} // namespace

//===----------------------------------------------------------------------===//
// Value flow
//===----------------------------------------------------------------------===//

/// Add or Sub when `op`'s body is `yield(addf(in0, in1))` (either order) or
/// `yield(subf(in0, in1))` over two inputs, else None.
static ElementwiseKind getBinaryBodyKind(linalg::LinalgOp op) {
  if (op.getNumDpsInputs() != 2 || op.getNumDpsInits() != 1 ||
      op.getNumReductionLoops() != 0)
    return ElementwiseKind::None;
  Block *body = op.getBlock();
  if (body->getOperations().size() != 2 ||
      !isa<arith::AddFOp, arith::SubFOp>(body->front()) ||
      body->getTerminator()->getOperand(0) != body->front().getResult(0))
    return ElementwiseKind::None;
  auto argNumber = [&](Value v) -> int {
    auto arg = dyn_cast<BlockArgument>(v);
    return arg && arg.getOwner() == body && arg.getArgNumber() < 2
               ? int(arg.getArgNumber())
               : -1;
  };
  int lhs = argNumber(body->front().getOperand(0));
  int rhs = argNumber(body->front().getOperand(1));
  if (lhs < 0 || rhs < 0 || lhs == rhs)
    return ElementwiseKind::None;
  if (isa<arith::AddFOp>(body->front()))
    return ElementwiseKind::Add;
  return lhs == 0 ? ElementwiseKind::Sub : ElementwiseKind::None;
}

/// For an op that only copies its one input, possibly with permuted indices
/// (linalg.transpose, linalg.copy, and the transposing generics torch-mlir
/// writes for aten.t / permute): result dimension i is input dimension
/// perm[i].
static std::optional<SmallVector<int64_t>>
getCopyPermutation(linalg::LinalgOp op) {
  if (!op.hasPureTensorSemantics() || op.hasIndexSemantics() ||
      op.getNumDpsInputs() != 1 || op.getNumDpsInits() != 1 ||
      op.getNumReductionLoops() != 0 || op->getNumResults() != 1)
    return std::nullopt;
  OpOperand *input = op.getDpsInputOperand(0);
  Block *body = op.getBlock();
  if (!isa<RankedTensorType>(input->get().getType()) ||
      body->getOperations().size() != 1 ||
      body->getTerminator()->getOperand(0) !=
          op.getMatchingBlockArgument(input))
    return std::nullopt;
  AffineMap inputMap = op.getMatchingIndexingMap(input);
  AffineMap resultMap = op.getIndexingMapMatchingResult(op->getResult(0));
  if (!inputMap.isPermutation() || !resultMap.isPermutation())
    return std::nullopt;
  SmallVector<int64_t> perm;
  for (unsigned i = 0; i < resultMap.getNumResults(); ++i)
    perm.push_back(*inputMap.getResultPosition(resultMap.getResult(i)));
  return perm;
}

/// Evaluates an elementwise body on operand intervals through the body ops'
/// own interval rules.
static Interval evaluateBody(linalg::LinalgOp op,
                             ArrayRef<Interval> operandIntervals) {
  Block *body = op.getBlock();
  llvm::DenseMap<Value, Interval> values;
  for (OpOperand &operand : op->getOpOperands())
    if (BlockArgument arg = op.getMatchingBlockArgument(&operand))
      values[arg] = operandIntervals[operand.getOperandNumber()];
  auto get = [&](Value v) -> Interval {
    auto it = values.find(v);
    if (it != values.end())
      return it->second;
    FloatAttr scalar;
    if (matchPattern(v, m_Constant(&scalar)))
      return Interval::point(scalar.getValueAsDouble());
    return {};
  };
  for (Operation &inner : body->without_terminator()) {
    if (inner.getNumResults() != 1)
      return {};
    Interval result;
    if (auto flow = dyn_cast<ValueFlowOpInterface>(&inner)) {
      SmallVector<Interval> operands;
      for (Value operand : inner.getOperands())
        operands.push_back(get(operand));
      result = flow.inferInterval(operands);
    }
    values[inner.getResult(0)] = result;
  }
  return get(body->getTerminator()->getOperand(0));
}

namespace {
template <typename OpTy>
struct LinalgFlowModel
    : public ValueFlowOpInterface::ExternalModel<LinalgFlowModel<OpTy>, OpTy> {
  Value getLayoutSource(Operation *op) const {
    auto linalgOp = cast<linalg::LinalgOp>(op);
    if (!getCopyPermutation(linalgOp))
      return {};
    return linalgOp.getDpsInputOperand(0)->get();
  }
  Value getValueSource(Operation *op) const { return getLayoutSource(op); }
  LogicalResult applyToLayout(Operation *op, StridedLayout &layout,
                              std::string &error) const {
    if (std::optional<SmallVector<int64_t>> perm =
            getCopyPermutation(cast<linalg::LinalgOp>(op))) {
      layout = layout.permute(*perm);
      return success();
    }
    error = "'" + op->getName().getStringRef().str() + "' is not a layout op";
    return failure();
  }

  /// Every operand (and result) indexed by the loop that indexes the neurons
  /// where they arrive carries them; a contraction whose weight has that
  /// loop produces them (parallel) or consumes them (reduction).
  NeuronPropagation propagateNeurons(Operation *op,
                                     std::optional<unsigned> operandIndex,
                                     std::optional<unsigned> resultIndex,
                                     int64_t axis) const {
    auto linalgOp = cast<linalg::LinalgOp>(op);
    std::string name = op->getName().getStringRef().str();
    if (!linalgOp.hasPureTensorSemantics())
      return NeuronPropagation::failure("'" + name +
                                        "' does not work on tensors");
    if (linalgOp.hasIndexSemantics())
      return NeuronPropagation::failure("'" + name + "' uses loop indices");
    OpOperand *reached = resultIndex ? linalgOp.getDpsInitOperand(*resultIndex)
                                     : &op->getOpOperand(*operandIndex);
    if (!linalgOp.isDpsInput(reached) && !linalgOp.isDpsInit(reached))
      return NeuronPropagation::failure(
          "the neurons reach a non-tensor operand of '" + name + "'");
    AffineExpr expr = linalgOp.getMatchingIndexingMap(reached).getResult(axis);
    auto dim = dyn_cast<AffineDimExpr>(expr);
    std::string compound =
        "'" + name + "' indexes the neuron axis with a compound expression";
    if (!dim)
      return NeuronPropagation::failure(compound);
    bool isReduction = linalgOp.getIteratorTypesArray()[dim.getPosition()] ==
                       utils::IteratorType::reduction;
    std::optional<unsigned> weightOperand = getWeightOperandIndex(op);
    if (isReduction && !weightOperand)
      return NeuronPropagation::failure("'" + name +
                                        "' reduces over the neurons");
    NeuronPropagation result;
    for (OpOperand &operand : op->getOpOperands()) {
      if (!linalgOp.isDpsInput(&operand) && !linalgOp.isDpsInit(&operand))
        continue;
      if (!isa<RankedTensorType>(operand.get().getType()))
        continue;
      AffineMap map = linalgOp.getMatchingIndexingMap(&operand);
      for (AffineExpr resultExpr : map.getResults())
        if (!isa<AffineDimExpr>(resultExpr) &&
            resultExpr.isFunctionOfDim(dim.getPosition()))
          return NeuronPropagation::failure(compound);
      std::optional<unsigned> position = map.getResultPosition(expr);
      if (!position)
        continue;
      result.mark(operand.get(), *position);
      if (linalgOp.isDpsInit(&operand))
        result.mark(linalgOp.getTiedOpResult(&operand), *position);
    }
    if (!weightOperand)
      return result;
    AffineMap weightMap =
        linalgOp.getMatchingIndexingMap(&op->getOpOperand(*weightOperand));
    if (!weightMap.getResultPosition(expr))
      return result; // The contraction just carries the neurons (a batch).
    result.weightOperand = *weightOperand;
    if (!isReduction) {
      result.role = NeuronPropagation::Role::Producer;
      return result;
    }
    for (OpOperand *input : linalgOp.getDpsInputOperands()) {
      if (input->getOperandNumber() != *weightOperand &&
          linalgOp.getMatchingIndexingMap(input).getResultPosition(expr)) {
        result.role = NeuronPropagation::Role::Consumer;
        result.dataOperand = input->getOperandNumber();
        return result;
      }
    }
    return NeuronPropagation::failure("no input of '" + name +
                                      "' reads the neurons");
  }

  ZeroRule getZeroRule(Operation *op) const {
    auto linalgOp = cast<linalg::LinalgOp>(op);
    if (!linalgOp.hasPureTensorSemantics())
      return {};
    if (auto fill = dyn_cast<linalg::FillOp>(op))
      return ZeroRule::allZero({fill.value()}, "linalg.fill with zero");
    SmallVector<Value> inputs = linalgOp.getDpsInputs();
    if constexpr (std::is_same_v<OpTy, linalg::MulOp>)
      return ZeroRule::product(inputs);
    if constexpr (std::is_same_v<OpTy, linalg::AddOp> ||
                  std::is_same_v<OpTy, linalg::SubOp>)
      return ZeroRule::allZero(inputs);
    if (std::is_same_v<OpTy, linalg::BroadcastOp> ||
        getCopyPermutation(linalgOp))
      return ZeroRule::allZero({inputs.front()});
    // Contractions and convolutions accumulate products into their init.
    if (linalgOp.getNumDpsInputs() != 2 || linalgOp.getNumDpsInits() != 1 ||
        !(linalg::isaContractionOpInterface(linalgOp) ||
          linalg::isaConvolutionOpInterface(linalgOp)))
      return {};
    // An input the body never reads (a pooling window) carries only its
    // shape: it is no factor, and what remains is reduced into the init
    // without a product (sum, max, min of zeros is zero).
    SmallVector<Value> read;
    for (OpOperand *input : linalgOp.getDpsInputOperands())
      if (linalgOp.payloadUsesValueFromOperand(input))
        read.push_back(input->get());
    Value init = linalgOp.getDpsInitOperand(0)->get();
    if (read.size() != inputs.size()) {
      read.push_back(init);
      return ZeroRule::allZero(read);
    }
    return ZeroRule::product(inputs, {init});
  }

  Interval inferInterval(Operation *op, ArrayRef<Interval> operands) const {
    auto linalgOp = cast<linalg::LinalgOp>(op);
    if (linalgOp.getNumReductionLoops() != 0)
      return {};
    return evaluateBody(linalgOp, operands);
  }

  ElementwiseKind getElementwiseKind(Operation *op) const {
    auto linalgOp = cast<linalg::LinalgOp>(op);
    if (ElementwiseKind kind = getBinaryBodyKind(linalgOp);
        kind != ElementwiseKind::None)
      return kind;
    if (isa<linalg::GenericOp>(op) && linalgOp.getNumReductionLoops() == 0 &&
        op->getNumResults() == 1 &&
        linalgOp.getIndexingMapMatchingResult(op->getResult(0)).isIdentity())
      return ElementwiseKind::Map;
    return ElementwiseKind::None;
  }

  bool isElementwiseIn(Operation *op, unsigned operandIndex) const {
    auto linalgOp = cast<linalg::LinalgOp>(op);
    OpOperand &operand = op->getOpOperand(operandIndex);
    return linalgOp.getNumReductionLoops() == 0 &&
           linalgOp.isDpsInput(&operand) &&
           linalgOp.getMatchingIndexingMap(&operand).isIdentity() &&
           op->getNumResults() == 1 &&
           linalgOp.getIndexingMapMatchingResult(op->getResult(0))
               .isIdentity();
  }
};
} // namespace

template <typename... OpTys>
static void attachLinalgModels(MLIRContext *ctx) {
  (OpTys::template attachInterface<LinalgLayerModel<OpTys>>(*ctx), ...);
  (OpTys::template attachInterface<LinalgFlowModel<OpTys>>(*ctx), ...);
}

void prune::registerLinalgExternalModels(DialectRegistry &registry) {
  registry.addExtension(+[](MLIRContext *ctx, linalg::LinalgDialect *dialect) {
    attachLinalgModels<
#define GET_OP_LIST
#include "mlir/Dialect/Linalg/IR/LinalgStructuredOps.cpp.inc"
        >(ctx);
  });
}
