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

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
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
  int64_t size = kept.size();
  for (Operation *op : group.ops) {
    for (Value result : op->getResults()) {
      auto it = group.axes.find(result);
      if (it == group.axes.end())
        continue;
      int64_t axis = it->second;
      if (isa<tosa::ConstOp, arith::ConstantOp>(op)) {
        // Readable: the analysis checked every constant of the group.
        std::string error;
        bool isResource;
        DenseElementsAttr attr = *getDenseConstant(op, error, &isResource);
        setConstantValue(op, sliceAlongAxis(attr, axis, kept), isResource);
        continue;
      }
      RankedTensorType newType = withDimSize(result.getType(), axis, size);
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
      def && isa<tosa::ConstOp, arith::ConstantOp>(def)
          ? getDenseConstant(def, error)
          : FailureOr<DenseElementsAttr>(failure());
  return succeeded(attr) && isa<FloatType>(attr->getElementType()) &&
         value.hasOneUse();
}

/// Whether a linalg op's body is `yield(addf(in0, in1))`.
static bool isLinalgAdd(linalg::LinalgOp op) {
  if (op.getNumDpsInputs() != 2 || op.getNumDpsInits() != 1 ||
      op.getNumReductionLoops() != 0)
    return false;
  Block *body = op.getBlock();
  if (body->getOperations().size() != 2)
    return false;
  auto addOp = dyn_cast<arith::AddFOp>(body->front());
  if (!addOp || body->getTerminator()->getOperand(0) != addOp.getResult())
    return false;
  auto isInputArg = [&](Value v) {
    auto arg = dyn_cast<BlockArgument>(v);
    return arg && arg.getOwner() == body && arg.getArgNumber() < 2;
  };
  return isInputArg(addOp.getLhs()) && isInputArg(addOp.getRhs()) &&
         addOp.getLhs() != addOp.getRhs();
}

FailureOr<BiasSlot> prune::findFoldableBias(const GroupContraction &consumer,
                                            const WeightUse &use,
                                            int64_t numInputs,
                                            std::string &reason) {
  Operation *op = consumer.op;
  std::string name = "layer '" + consumer.layerName + "'";
  if (!use.view || use.view->cols % numInputs != 0) {
    reason = name + " does not pair its weight columns with the neurons";
    return failure();
  }
  int64_t outputs = use.view->rows;
  if (auto conv = dyn_cast<tosa::Conv2DOp>(op)) {
    // Zero padding meets a constant input channel only inside the image.
    if (llvm::any_of(conv.getPad(), [](int64_t p) { return p != 0; })) {
      reason = name + " is a padded convolution";
      return failure();
    }
    if (!isBiasVector(conv.getBias(), 0, outputs)) {
      reason = name + " has no per-channel constant bias of its own";
      return failure();
    }
    return BiasSlot{conv.getBias().getDefiningOp(), 0};
  }
  if (!isa<tosa::MatMulOp, linalg::LinalgOp>(op)) {
    reason = name + " is a '" + op->getName().getStringRef().str() + "'";
    return failure();
  }
  FailureOr<int64_t> axis =
      getOutputNeuronAxis(op, consumer.weightOperand, reason);
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
  while (Operation *user = getSingleReader(value)) {
    if (auto reshape = dyn_cast<tosa::ReshapeOp>(user)) {
      std::optional<int64_t> mapped = mapReshapeAxis(
          cast<RankedTensorType>(value.getType()).getShape(),
          reshape.getType().getShape(), valueAxis);
      if (!mapped)
        break;
      value = reshape.getResult();
      valueAxis = *mapped;
      continue;
    }
    if (auto addOp = dyn_cast<tosa::AddOp>(user)) {
      Value other = addOp.getInput1() == value ? addOp.getInput2()
                                               : addOp.getInput1();
      if (isBiasVector(other, valueAxis, outputs))
        return BiasSlot{other.getDefiningOp(), valueAxis};
      break;
    }
    if (auto linalgOp = dyn_cast<linalg::LinalgOp>(user);
        linalgOp && isLinalgAdd(linalgOp)) {
      OpOperand *reached = linalgOp.getDpsInputOperand(0);
      OpOperand *other = linalgOp.getDpsInputOperand(1);
      if (reached->get() != value)
        std::swap(reached, other);
      AffineExpr expr =
          linalgOp.getMatchingIndexingMap(reached).getResult(valueAxis);
      std::optional<unsigned> position =
          linalgOp.getMatchingIndexingMap(other).getResultPosition(expr);
      if (position && isBiasVector(other->get(), *position, outputs))
        return BiasSlot{other->get().getDefiningOp(), *position};
      break;
    }
    break;
  }
  reason = name + " has no constant bias added to its output";
  return failure();
}

void prune::foldIntoBias(const BiasSlot &bias, const WeightUse &use,
                         int64_t numInputs,
                         ArrayRef<std::pair<int64_t, double>> constantInputs) {
  if (constantInputs.empty())
    return;
  const WeightView &view = *use.view;
  std::string error;
  std::vector<double> weights =
      *readFloatConstant(use.constantOp, error);
  std::vector<double> biasValues = *readFloatConstant(bias.constantOp, error);
  // Accumulate in double, then round once to the bias element type.
  for (int64_t o = 0; o < view.rows; ++o) {
    double delta = 0.0;
    for (auto [k, value] : constantInputs)
      for (int64_t c = k; c < view.cols; c += numInputs)
        delta += value * weights[view.linearIndex(o, c)];
    biasValues[o] += delta;
  }
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

//===----------------------------------------------------------------------===//
// Cost
//===----------------------------------------------------------------------===//

static int64_t staticOrOne(int64_t size) {
  return ShapedType::isDynamic(size) ? 1 : size;
}

static int64_t productOf(ArrayRef<int64_t> shape) {
  int64_t product = 1;
  for (int64_t size : shape)
    product *= staticOrOne(size);
  return product;
}

ModelCost prune::computeModelCost(Operation *root) {
  ModelCost cost;
  root->walk([&](Operation *op) {
    if (isa<tosa::ConstOp, arith::ConstantOp>(op)) {
      auto type = dyn_cast<RankedTensorType>(op->getResult(0).getType());
      if (type && type.hasStaticShape() &&
          isa<FloatType>(type.getElementType()) && type.getNumElements() > 1)
        cost.parameters += type.getNumElements();
      return;
    }
    if (!getWeightOperandIndex(op))
      return;
    auto resultType = dyn_cast<RankedTensorType>(op->getResult(0).getType());
    if (!resultType)
      return;
    int64_t reduction = 1;
    if (auto matmul = dyn_cast<tosa::MatMulOp>(op)) {
      reduction = staticOrOne(
          cast<RankedTensorType>(matmul.getA().getType()).getDimSize(2));
    } else if (isa<tosa::Conv2DOp, tosa::Conv3DOp, tosa::TransposeConv2DOp>(
                   op)) {
      auto weight = cast<RankedTensorType>(op->getOperand(1).getType());
      reduction = productOf(weight.getShape().drop_front());
    } else if (isa<tosa::DepthwiseConv2DOp>(op)) {
      auto weight = cast<RankedTensorType>(op->getOperand(1).getType());
      reduction = productOf(weight.getShape().take_front(2));
    } else if (auto linalgOp = dyn_cast<linalg::LinalgOp>(op)) {
      cost.flops += 2 * productOf(linalgOp.getStaticLoopRanges());
      return;
    }
    cost.flops += 2 * productOf(resultType.getShape()) * reduction;
  });
  return cost;
}
