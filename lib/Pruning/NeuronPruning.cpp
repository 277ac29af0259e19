//===- NeuronPruning.cpp - Remove neurons and fold constants --------------===//
//
// Shrinking works in place: constants get sliced attributes, tosa.reshape
// gets a new shape operand, and every other op of the group keeps its
// operation and only has its result types narrowed. In-place retyping keeps
// the values of other groups valid, so a weight that is both one group's
// input columns and another group's output rows shrinks twice, once per axis.
//
//===----------------------------------------------------------------------===//

#include "Prune/Pruning/NeuronPruning.h"

#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/Dialect/Tosa/Utils/ConversionUtils.h"
#include "mlir/IR/ImplicitLocOpBuilder.h"
#include "mlir/IR/AsmState.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "mlir/IR/Matchers.h"
#include "mlir/Interfaces/FunctionInterfaces.h"

using namespace mlir;
using namespace mlir::prune;

static RankedTensorType withDimSize(Type type, int64_t axis, int64_t size) {
  auto tensorType = cast<RankedTensorType>(type);
  SmallVector<int64_t> shape(tensorType.getShape());
  shape[axis] = size;
  return tensorType.clone(shape);
}

void prune::shrinkNeuronGroup(const NeuronGroup &group,
                              ArrayRef<int64_t> kept) {
  for (Operation *op : group.ops) {
    for (Value result : op->getResults()) {
      auto it = group.axes.find(result);
      if (it == group.axes.end())
        continue;
      int64_t axis = it->second;
      // The kept indices of this value's axis: one per kept head where an
      // index is a head's neurons (the kept neurons are whole heads).
      int64_t perIndex = group.getNeuronsPerIndex(result);
      SmallVector<int64_t> keptIndices;
      for (int64_t k : kept)
        if (k % perIndex == 0)
          keptIndices.push_back(k / perIndex);
      if (isConstantTensorOp(op)) {
        // Readable: the analysis checked every constant of the group.
        std::string error;
        bool isResource;
        DenseElementsAttr attr = *getDenseConstant(op, error, &isResource);
        setConstantValue(op, sliceAlongAxis(attr, axis, keptIndices),
                         isResource);
        continue;
      }
      auto type = cast<RankedTensorType>(result.getType());
      int64_t size = static_cast<int64_t>(keptIndices.size());
      if (group.mergedOuter.contains(result)) {
        // [outer * indices]: a dynamic size stays dynamic.
        int64_t old = type.getDimSize(axis);
        size = ShapedType::isDynamic(old)
                   ? old
                   : old / (group.numNeurons / perIndex) * size;
      }
      RankedTensorType newType = withDimSize(type, axis, size);
      result.setType(newType);
      if (auto expand = dyn_cast<tensor::ExpandShapeOp>(op)) {
        SmallVector<int64_t> staticShape(expand.getStaticOutputShape());
        staticShape[axis] = size;
        expand.setStaticOutputShape(staticShape);
      }
      if (auto reshape = dyn_cast<tosa::ReshapeOp>(op)) {
        // The shape operand says -1 where the result is dynamic.
        ImplicitLocOpBuilder builder(op->getLoc(), op);
        Value oldShape = reshape.getShape();
        Value newShape = tosa::getTosaConstShape(
            builder, tosa::convertFromMlirShape(newType.getShape()));
        reshape.getShapeMutable().assign(newShape);
        if (Operation *def = oldShape.getDefiningOp(); def && def->use_empty())
          def->erase();
      }
    }
  }
}

//===----------------------------------------------------------------------===//
// Folding removed constant neurons into the next bias
//===----------------------------------------------------------------------===//

/// A constant whose only non-unit dimension (if any) is `axis` of size `n`.
static bool isBiasVector(Value value, int64_t axis, int64_t n) {
  auto type = dyn_cast<RankedTensorType>(value.getType());
  if (!type || !type.hasStaticShape() || axis >= type.getRank())
    return false;
  for (int64_t d = 0; d < type.getRank(); ++d)
    if (type.getDimSize(d) != (d == axis ? n : 1))
      return false;
  Operation *def = value.getDefiningOp();
  std::string error;
  FailureOr<DenseElementsAttr> attr =
      isConstantTensorOp(def) ? getDenseConstant(def, error)
                              : FailureOr<DenseElementsAttr>(failure());
  return succeeded(attr) && isa<FloatType>(attr->getElementType()) &&
         value.hasOneUse();
}

/// Where the neurons on `axis` of `value` are on `op`'s operand
/// `otherIndex`, if `op` carries them there.
static std::optional<int64_t> getAxisOnOperand(ValueFlowOpInterface op,
                                               Value value, int64_t axis,
                                               unsigned otherIndex) {
  for (OpOperand &operand : op->getOpOperands()) {
    if (operand.get() != value)
      continue;
    NeuronPropagation propagation =
        op.propagateNeurons(operand.getOperandNumber(), {}, axis);
    if (!propagation.failureReason.empty())
      return std::nullopt;
    if (std::optional<int64_t> otherAxis =
            propagation.getAxisOf(op->getOperand(otherIndex)))
      return otherAxis;
  }
  return std::nullopt;
}

FailureOr<BiasSlot> prune::findBias(Operation *op, unsigned weightOperand,
                                    int64_t outputs, StringRef layerName,
                                    std::string &reason) {
  std::string name = "layer '" + layerName.str() + "'";
  auto layer = dyn_cast<PrunableLayerOpInterface>(op);
  if (!layer) {
    reason = name + " is not a layer op";
    return failure();
  }
  if (std::optional<unsigned> bias = layer.getBiasOperand()) {
    if (!isBiasVector(op->getOperand(*bias), 0, outputs)) {
      reason = name + " has no per-channel constant bias of its own";
      return failure();
    }
    return BiasSlot{op->getOperand(*bias).getDefiningOp(), 0};
  }
  FailureOr<int64_t> axis = layer.getNeuronAxis(weightOperand, reason);
  if (failed(axis))
    return failure();
  Value value = op->getResult(0);
  int64_t valueAxis = *axis;
  // The single reader of each value on the way; size queries do not count.
  auto getSingleReader = [](Value v) -> Operation * {
    Operation *reader = nullptr;
    for (Operation *user : v.getUsers()) {
      if (isa<tensor::DimOp>(user))
        continue;
      if (reader)
        return nullptr;
      reader = user;
    }
    return reader;
  };
  // Through layout ops that keep the neurons' axis to the add of a bias.
  while (Operation *user = getSingleReader(value)) {
    auto flow = dyn_cast<ValueFlowOpInterface>(user);
    if (!flow)
      break;
    if (flow.getLayoutSource() == value) {
      std::optional<int64_t> resultAxis =
          flow.propagateNeurons(0, {}, valueAxis).getAxisOf(user->getResult(0));
      if (!resultAxis)
        break;
      value = user->getResult(0);
      valueAxis = *resultAxis;
      continue;
    }
    if (flow.getElementwiseKind() != ElementwiseKind::Add ||
        user->getNumOperands() < 2)
      break;
    unsigned otherIndex = user->getOperand(0) == value ? 1 : 0;
    Value other = user->getOperand(otherIndex);
    // The bias's own axis for the neurons, as the add carries them.
    std::optional<int64_t> biasAxis =
        getAxisOnOperand(flow, value, valueAxis, otherIndex);
    if (biasAxis && isBiasVector(other, *biasAxis, outputs))
      return BiasSlot{other.getDefiningOp(), *biasAxis};
    break;
  }
  reason = name + " has no constant bias added to its output";
  return failure();
}

FailureOr<BiasSlot> prune::findFoldableBias(const GroupContraction &consumer,
                                            const WeightUse &use,
                                            int64_t numInputs,
                                            std::string &reason) {
  Operation *op = consumer.op;
  if (!use.view || use.view->cols % numInputs != 0) {
    reason = "layer '" + consumer.layerName +
             "' does not pair its weight columns with the neurons";
    return failure();
  }
  // Zero padding meets a constant input channel only inside the image.
  auto layer = cast<PrunableLayerOpInterface>(op);
  if (layer.getBiasOperand() && layer.readsZeroPadding()) {
    reason = "layer '" + consumer.layerName + "' is a padded convolution";
    return failure();
  }
  return findBias(op, consumer.weightOperand, use.view->rows,
                  consumer.layerName, reason);
}

void prune::addToBias(const BiasSlot &bias, ArrayRef<double> delta) {
  std::string error;
  std::vector<double> biasValues = *readFloatConstant(bias.constantOp, error);
  for (auto [value, d] : llvm::zip_equal(biasValues, delta))
    value += d;
  // Accumulated in double, rounded once to the bias element type.
  bool isResource;
  DenseElementsAttr old =
      *getDenseConstant(bias.constantOp, error, &isResource);
  auto floatType = cast<FloatType>(old.getElementType());
  SmallVector<APFloat> converted;
  for (double v : biasValues) {
    APFloat f(v);
    bool lost;
    f.convert(floatType.getFloatSemantics(), APFloat::rmNearestTiesToEven,
              &lost);
    converted.push_back(f);
  }
  setConstantValue(bias.constantOp,
                   DenseElementsAttr::get(old.getType(), converted), isResource);
}

void prune::foldIntoBias(const BiasSlot &bias, const WeightUse &use,
                         int64_t numInputs,
                         ArrayRef<std::pair<int64_t, double>> constantInputs) {
  if (constantInputs.empty())
    return;
  const WeightView &view = *use.view;
  std::string error;
  std::vector<double> weights = *readFloatConstant(use.constantOp, error);
  std::vector<double> delta(view.rows, 0.0);
  for (int64_t o = 0; o < view.rows; ++o)
    for (auto [k, value] : constantInputs)
      for (int64_t c = k; c < view.cols; c += numInputs)
        delta[o] += value * weights[view.linearIndex(o, c)];
  addToBias(bias, delta);
}

//===----------------------------------------------------------------------===//
// Cost
//===----------------------------------------------------------------------===//

ModelCost prune::computeModelCost(Operation *root) {
  ModelCost cost;
  root->walk([&](Operation *op) {
    if (isConstantTensorOp(op)) {
      auto type = cast<RankedTensorType>(op->getResult(0).getType());
      if (type.hasStaticShape() && isa<FloatType>(type.getElementType()) &&
          type.getNumElements() > 1)
        cost.parameters += type.getNumElements();
      return;
    }
    if (std::optional<WeightedLayer> weighted = getWeightedLayer(op))
      cost.flops += 2 * weighted->layer.getMultiplyAccumulateCount();
  });
  return cost;
}
