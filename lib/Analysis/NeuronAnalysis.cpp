//===- NeuronAnalysis.cpp - Neurons of a layer and what reads them --------===//
//
// Group discovery is a worklist over (value, axis) marks: marking a value
// visits its defining op and all its users, and each op rule says which of
// its other operands and results carry the same neurons on which axis. The
// rules are deliberately few (see the header); an op without one stops the
// group with the op's name as the reason, so a group either covers every use
// of the neurons or is left alone.
//
// Intervals are evaluated per neuron over the group's ops in program order,
// with the producers' weight rows applied to the input intervals.
//
//===----------------------------------------------------------------------===//

#include "Prune/Analysis/NeuronAnalysis.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/IR/AsmState.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "mlir/IR/Matchers.h"
#include "mlir/Interfaces/FunctionInterfaces.h"
#include "mlir/Dialect/Traits.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/ADT/StringExtras.h"

#include <cmath>

using namespace mlir;
using namespace mlir::prune;

Interval Interval::hull(const Interval &other) const {
  return {std::min(lo, other.lo), std::max(hi, other.hi)};
}

std::string NeuronGroup::getName() const {
  SmallVector<std::string> names;
  for (const GroupContraction &producer : producers)
    names.push_back(producer.layerName);
  return llvm::join(names, "+");
}

//===----------------------------------------------------------------------===//
// Axis rules
//===----------------------------------------------------------------------===//

std::optional<int64_t> prune::mapReshapeAxis(ArrayRef<int64_t> from,
                                            ArrayRef<int64_t> to,
                                            int64_t axis) {
  auto innerProduct = [](ArrayRef<int64_t> shape,
                         int64_t d) -> std::optional<int64_t> {
    int64_t product = 1;
    for (int64_t i = d + 1; i < (int64_t)shape.size(); ++i) {
      if (ShapedType::isDynamic(shape[i]))
        return std::nullopt;
      product *= shape[i];
    }
    return product;
  };
  std::optional<int64_t> inner = innerProduct(from, axis);
  if (!inner || ShapedType::isDynamic(from[axis]))
    return std::nullopt;
  for (int64_t d = 0; d < (int64_t)to.size(); ++d)
    if (to[d] == from[axis] && innerProduct(to, d) == inner)
      return d;
  return std::nullopt;
}

static bool isConstantOp(Operation *op) {
  return isa<tosa::ConstOp, arith::ConstantOp>(op);
}

/// Ops that only move elements: a weight reaches its contraction through
/// them.
static Value getLayoutSource(Operation *op) {
  if (auto transpose = dyn_cast<tosa::TransposeOp>(op))
    return transpose.getInput1();
  if (auto reshape = dyn_cast<tosa::ReshapeOp>(op))
    return reshape.getInput1();
  if (auto transpose = dyn_cast<linalg::TransposeOp>(op))
    return transpose.getInput();
  if (isa<tensor::CollapseShapeOp, tensor::ExpandShapeOp>(op))
    return op->getOperand(0);
  return {};
}

static Operation *traceWeightConstant(Value value) {
  while (Operation *def = value.getDefiningOp()) {
    if (Value source = getLayoutSource(def)) {
      value = source;
      continue;
    }
    return isConstantOp(def) ? def : nullptr;
  }
  return nullptr;
}

FailureOr<int64_t> prune::getOutputNeuronAxis(Operation *contraction,
                                              unsigned weightOperand,
                                              std::string &reason) {
  if (isa<tosa::MatMulOp>(contraction)) {
    if (weightOperand != 1) {
      reason = "its weight is the left operand of tosa.matmul";
      return failure();
    }
    return 2;
  }
  if (isa<tosa::Conv2DOp>(contraction))
    return 3;
  auto linalgOp = dyn_cast<linalg::LinalgOp>(contraction);
  if (!linalgOp) {
    reason = "'" + contraction->getName().getStringRef().str() +
             "' is not supported by prune-neurons";
    return failure();
  }
  // The output neurons are the parallel loop that the weight and the output
  // index but no other input does.
  SmallVector<utils::IteratorType> iterators =
      linalgOp.getIteratorTypesArray();
  AffineMap outputMap =
      linalgOp.getMatchingIndexingMap(linalgOp.getDpsInitOperand(0));
  OpOperand &weight = contraction->getOpOperand(weightOperand);
  AffineMap weightMap = linalgOp.getMatchingIndexingMap(&weight);
  std::optional<int64_t> found;
  for (auto [position, expr] : llvm::enumerate(outputMap.getResults())) {
    auto dim = dyn_cast<AffineDimExpr>(expr);
    if (!dim || iterators[dim.getPosition()] != utils::IteratorType::parallel)
      continue;
    if (!weightMap.getResultPosition(expr))
      continue;
    bool inOtherInput = llvm::any_of(
        linalgOp.getDpsInputOperands(), [&](OpOperand *input) {
          return input != &weight &&
                 linalgOp.getMatchingIndexingMap(input)
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
             contraction->getName().getStringRef().str() +
             "' comes from its weight alone";
    return failure();
  }
  return *found;
}

namespace {
/// Builds one group by propagating neuron-axis marks to a fixed point.
class GroupBuilder {
public:
  GroupBuilder(NeuronGroup &group,
               const llvm::DenseMap<Operation *, std::string> &layerNames)
      : group(group), layerNames(layerNames) {}

  void run(Operation *producer, unsigned weightOperand, int64_t axis);

private:
  void mark(Value value, int64_t axis);
  void fail(Operation *op, const Twine &reason) {
    if (!group.failure.empty())
      return;
    group.failure = reason.str();
    group.failureOp = op;
  }
  void visitDefinition(Value value, int64_t axis);
  void visitUse(OpOperand &use, int64_t axis);
  /// Applies the rule of `op`, reached through operand `operandIndex` (or
  /// result `resultIndex`) at `axis`.
  void visitOp(Operation *op, std::optional<unsigned> operandIndex,
               std::optional<unsigned> resultIndex, int64_t axis);
  void visitElementwise(Operation *op, int64_t axis);
  void visitLinalg(linalg::LinalgOp op, std::optional<unsigned> operandIndex,
                   std::optional<unsigned> resultIndex, int64_t axis);
  void addContraction(Operation *op, unsigned weightOperand, bool isProducer,
                      unsigned dataOperand);

  NeuronGroup &group;
  const llvm::DenseMap<Operation *, std::string> &layerNames;
  SmallVector<Value> worklist;
  llvm::SetVector<Operation *> producerOps, consumerOps;
  llvm::DenseMap<Operation *, std::pair<unsigned, unsigned>> contractionOperands;
};
} // namespace

void GroupBuilder::mark(Value value, int64_t axis) {
  auto type = dyn_cast<RankedTensorType>(value.getType());
  if (!type || axis < 0 || axis >= type.getRank()) {
    fail(value.getDefiningOp() ? value.getDefiningOp()
                               : value.getParentBlock()->getParentOp(),
         "a value carrying the neurons is not a ranked tensor");
    return;
  }
  if (type.getDimSize(axis) != group.numNeurons) {
    fail(value.getDefiningOp() ? value.getDefiningOp()
                               : value.getParentBlock()->getParentOp(),
         "a value carrying the neurons has " +
             Twine(type.getDimSize(axis)) + " elements on the neuron axis, " +
             "expected " + Twine(group.numNeurons));
    return;
  }
  auto [it, inserted] = group.axes.insert({value, axis});
  if (!inserted) {
    if (it->second != axis)
      fail(value.getDefiningOp() ? value.getDefiningOp()
                                 : value.getParentBlock()->getParentOp(),
           "the neurons reach the same value on two different axes");
    return;
  }
  worklist.push_back(value);
}

void GroupBuilder::run(Operation *producer, unsigned weightOperand,
                       int64_t axis) {
  auto resultType = cast<RankedTensorType>(producer->getResult(0).getType());
  group.numNeurons = resultType.getDimSize(axis);
  if (ShapedType::isDynamic(group.numNeurons))
    return fail(producer, "the neuron dimension is dynamic");
  mark(producer->getResult(0), axis);
  while (!worklist.empty() && group.failure.empty()) {
    Value value = worklist.pop_back_val();
    int64_t valueAxis = group.axes.lookup(value);
    visitDefinition(value, valueAxis);
    for (OpOperand &use : value.getUses())
      visitUse(use, valueAxis);
  }
  if (!group.failure.empty())
    return;

  // Program order, which interval evaluation and the rewrite rely on.
  llvm::SetVector<Operation *> ops;
  Block *block = producer->getBlock();
  for (auto &[value, valueAxis] : group.axes) {
    Operation *def = value.getDefiningOp();
    if (def->getBlock() != block)
      return fail(def, "the layers span several blocks");
    ops.insert(def);
  }
  group.ops = ops.takeVector();
  llvm::sort(group.ops,
             [](Operation *a, Operation *b) { return a->isBeforeInBlock(b); });

  auto makeContraction = [&](Operation *op) -> GroupContraction {
    GroupContraction contraction;
    contraction.op = op;
    contraction.layerName = layerNames.lookup(op);
    auto [weightOperand, dataOperand] = contractionOperands.lookup(op);
    contraction.weightOperand = weightOperand;
    contraction.dataOperand = dataOperand;
    contraction.weightConstant =
        traceWeightConstant(op->getOperand(weightOperand));
    if (contraction.weightConstant)
      contraction.weightAxis =
          group.axes.lookup(contraction.weightConstant->getResult(0));
    return contraction;
  };
  SmallVector<Operation *> sortedProducers(producerOps.begin(),
                                           producerOps.end());
  SmallVector<Operation *> sortedConsumers(consumerOps.begin(),
                                           consumerOps.end());
  for (auto *list : {&sortedProducers, &sortedConsumers})
    llvm::sort(*list, [](Operation *a, Operation *b) {
      return a->isBeforeInBlock(b);
    });
  for (Operation *op : sortedProducers)
    group.producers.push_back(makeContraction(op));
  for (Operation *op : sortedConsumers)
    group.consumers.push_back(makeContraction(op));
  for (Operation *op : producerOps)
    if (consumerOps.contains(op))
      return fail(op, "a layer both produces and reads the same neurons");
  for (auto *list : {&group.producers, &group.consumers})
    for (const GroupContraction &contraction : *list)
      if (!contraction.weightConstant)
        return fail(contraction.op, "the weight of '" +
                                        contraction.op->getName()
                                            .getStringRef() +
                                        "' is not a constant");
}

void GroupBuilder::visitDefinition(Value value, int64_t axis) {
  if (auto arg = dyn_cast<BlockArgument>(value)) {
    Operation *parent = arg.getOwner()->getParentOp();
    return fail(parent, "the neurons are mixed with argument #" +
                            Twine(arg.getArgNumber()) + " of '" +
                            parent->getName().getStringRef() +
                            "' (e.g. a residual connection from the input)");
  }
  Operation *def = value.getDefiningOp();
  visitOp(def, std::nullopt, cast<OpResult>(value).getResultNumber(), axis);
}

void GroupBuilder::visitUse(OpOperand &use, int64_t axis) {
  visitOp(use.getOwner(), use.getOperandNumber(), std::nullopt, axis);
}

void GroupBuilder::addContraction(Operation *op, unsigned weightOperand,
                                  bool isProducer, unsigned dataOperand) {
  (isProducer ? producerOps : consumerOps).insert(op);
  contractionOperands[op] = {weightOperand, dataOperand};
}

void GroupBuilder::visitElementwise(Operation *op, int64_t axis) {
  auto resultType = cast<RankedTensorType>(op->getResult(0).getType());
  mark(op->getResult(0), axis);
  for (Value operand : op->getOperands()) {
    auto type = dyn_cast<RankedTensorType>(operand.getType());
    // Scalars, zero points and shifts of a different rank broadcast.
    if (!type || type.getRank() != resultType.getRank())
      continue;
    if (type.getDimSize(axis) == 1 && group.numNeurons != 1)
      continue;
    mark(operand, axis);
  }
}

void GroupBuilder::visitLinalg(linalg::LinalgOp op,
                               std::optional<unsigned> operandIndex,
                               std::optional<unsigned> resultIndex,
                               int64_t axis) {
  Operation *raw = op.getOperation();
  if (!op.hasPureTensorSemantics())
    return fail(raw, "'" + raw->getName().getStringRef() +
                         "' does not work on tensors");
  if (op.hasIndexSemantics())
    return fail(raw, "'" + raw->getName().getStringRef() +
                         "' uses loop indices");
  OpOperand *reached = resultIndex
                           ? op.getDpsInitOperand(*resultIndex)
                           : &raw->getOpOperand(*operandIndex);
  if (!op.isDpsInput(reached) && !op.isDpsInit(reached))
    return fail(raw, "the neurons reach a non-tensor operand of '" +
                         raw->getName().getStringRef() + "'");
  AffineExpr expr = op.getMatchingIndexingMap(reached).getResult(axis);
  auto dim = dyn_cast<AffineDimExpr>(expr);
  if (!dim)
    return fail(raw, "'" + raw->getName().getStringRef() +
                         "' indexes the neuron axis with a compound "
                         "expression");
  bool isReduction = op.getIteratorTypesArray()[dim.getPosition()] ==
                     utils::IteratorType::reduction;
  std::optional<unsigned> weightOperand = getWeightOperandIndex(raw);
  if (isReduction && !weightOperand)
    return fail(raw, "'" + raw->getName().getStringRef() +
                         "' reduces over the neurons");
  // Every operand (and result) indexed by this loop carries the neurons.
  for (OpOperand &operand : raw->getOpOperands()) {
    if (!op.isDpsInput(&operand) && !op.isDpsInit(&operand))
      continue;
    if (!isa<RankedTensorType>(operand.get().getType()))
      continue;
    AffineMap map = op.getMatchingIndexingMap(&operand);
    std::optional<unsigned> position = map.getResultPosition(expr);
    bool usedInCompound = false;
    for (AffineExpr result : map.getResults())
      if (!isa<AffineDimExpr>(result) && result.isFunctionOfDim(dim.getPosition()))
        usedInCompound = true;
    if (usedInCompound)
      return fail(raw, "'" + raw->getName().getStringRef() +
                           "' indexes the neuron axis with a compound "
                           "expression");
    if (!position)
      continue;
    mark(operand.get(), *position);
    if (op.isDpsInit(&operand))
      mark(op.getTiedOpResult(&operand), *position);
  }
  if (!weightOperand)
    return;
  AffineMap weightMap =
      op.getMatchingIndexingMap(&raw->getOpOperand(*weightOperand));
  if (!weightMap.getResultPosition(expr))
    return; // The contraction just carries the neurons along (a batch dim).
  if (!isReduction) {
    addContraction(raw, *weightOperand, /*isProducer=*/true, 0);
    return;
  }
  for (OpOperand *input : op.getDpsInputOperands())
    if (input->getOperandNumber() != *weightOperand &&
        op.getMatchingIndexingMap(input).getResultPosition(expr))
      return addContraction(raw, *weightOperand, /*isProducer=*/false,
                            input->getOperandNumber());
  fail(raw, "no input of '" + raw->getName().getStringRef() +
                "' reads the neurons");
}

void GroupBuilder::visitOp(Operation *op, std::optional<unsigned> operandIndex,
                           std::optional<unsigned> resultIndex, int64_t axis) {
  StringRef name = op->getName().getStringRef();
  if (isConstantOp(op)) {
    std::string error;
    FailureOr<DenseElementsAttr> dense = getDenseConstant(op, error);
    if (failed(dense))
      return fail(op, "a constant carrying the neurons cannot be read: " +
                          error);
    DenseElementsAttr attr = *dense;
    unsigned width = attr.getElementType().getIntOrFloatBitWidth();
    if (width % 8 != 0)
      return fail(op, "a constant carrying the neurons has " + Twine(width) +
                          "-bit elements");
    return mark(op->getResult(0), axis);
  }
  if (auto empty = dyn_cast<tensor::EmptyOp>(op))
    return mark(empty.getResult(), axis);
  // Querying another dimension's size is unaffected by the neurons.
  if (auto dimOp = dyn_cast<tensor::DimOp>(op)) {
    std::optional<int64_t> index = dimOp.getConstantIndex();
    if (index && *index != axis)
      return;
    return fail(op, "tensor.dim queries the size of the neuron axis");
  }

  if (auto reshape = dyn_cast<tosa::ReshapeOp>(op)) {
    auto inType = cast<RankedTensorType>(reshape.getInput1().getType());
    auto outType = cast<RankedTensorType>(reshape.getType());
    if (operandIndex && *operandIndex != 0)
      return fail(op, "the neurons reach the shape of a tosa.reshape");
    bool forward = operandIndex.has_value();
    std::optional<int64_t> mapped =
        forward ? mapReshapeAxis(inType.getShape(), outType.getShape(), axis)
                : mapReshapeAxis(outType.getShape(), inType.getShape(), axis);
    if (!mapped)
      return fail(op, "tosa.reshape merges the neuron axis with other "
                      "dimensions");
    mark(reshape.getInput1(), forward ? axis : *mapped);
    mark(reshape.getResult(), forward ? *mapped : axis);
    return;
  }
  if (isa<tensor::CollapseShapeOp, tensor::ExpandShapeOp>(op)) {
    if (operandIndex && *operandIndex != 0)
      return fail(op, "the neurons reach a size operand of '" + name + "'");
    // The neurons' dimension must be alone in its reassociation group
    // (with unit dimensions at most).
    bool collapse = isa<tensor::CollapseShapeOp>(op);
    SmallVector<ReassociationIndices> groups =
        collapse ? cast<tensor::CollapseShapeOp>(op).getReassociationIndices()
                 : cast<tensor::ExpandShapeOp>(op).getReassociationIndices();
    auto wide = cast<RankedTensorType>(
        (collapse ? op->getOperand(0) : op->getResult(0)).getType());
    bool fromWide = collapse == operandIndex.has_value();
    std::optional<std::pair<int64_t, int64_t>> mapped; // (wide, narrow)
    for (auto [g, dims] : llvm::enumerate(groups)) {
      bool contains = fromWide ? llvm::is_contained(dims, axis)
                               : (int64_t)g == axis;
      if (!contains)
        continue;
      SmallVector<int64_t> nonUnit;
      for (int64_t d : dims)
        if (wide.getDimSize(d) != 1)
          nonUnit.push_back(d);
      if (nonUnit.size() == 1 && (!fromWide || nonUnit[0] == axis))
        mapped = std::make_pair(nonUnit[0], (int64_t)g);
    }
    if (!mapped)
      return fail(op, "'" + name + "' merges the neuron axis with other "
                      "dimensions");
    Value wideValue = collapse ? op->getOperand(0) : op->getResult(0);
    Value narrowValue = collapse ? op->getResult(0) : op->getOperand(0);
    mark(wideValue, mapped->first);
    mark(narrowValue, mapped->second);
    return;
  }
  if (auto transpose = dyn_cast<tosa::TransposeOp>(op)) {
    ArrayRef<int32_t> perms = transpose.getPerms();
    if (operandIndex) {
      for (auto [i, p] : llvm::enumerate(perms))
        if (p == axis)
          mark(transpose.getResult(), i);
      return mark(transpose.getInput1(), axis);
    }
    mark(transpose.getInput1(), perms[axis]);
    return mark(transpose.getResult(), axis);
  }
  if (auto matmul = dyn_cast<tosa::MatMulOp>(op)) {
    std::optional<unsigned> weightOperand = getWeightOperandIndex(op);
    if (!weightOperand || *weightOperand != 1)
      return fail(op, "tosa.matmul has no constant right-hand weight");
    bool producerRole = (resultIndex && axis == 2) ||
                        (operandIndex == 1u && axis == 2);
    bool consumerRole = (operandIndex == 0u && axis == 2) ||
                        (operandIndex == 1u && axis == 1);
    if (producerRole) {
      mark(matmul.getResult(), 2);
      mark(matmul.getB(), 2);
      return addContraction(op, 1, /*isProducer=*/true, 0);
    }
    if (consumerRole) {
      mark(matmul.getA(), 2);
      mark(matmul.getB(), 1);
      return addContraction(op, 1, /*isProducer=*/false, 0);
    }
    return fail(op, "the neurons reach a batch or row dimension of "
                    "tosa.matmul");
  }
  if (auto conv = dyn_cast<tosa::Conv2DOp>(op)) {
    bool producerRole = (resultIndex && axis == 3) ||
                        (operandIndex == 1u && axis == 0) ||
                        (operandIndex == 2u && axis == 0);
    bool consumerRole = (operandIndex == 0u && axis == 3) ||
                        (operandIndex == 1u && axis == 3);
    if (producerRole) {
      mark(conv.getResult(), 3);
      mark(conv.getWeight(), 0);
      if (cast<RankedTensorType>(conv.getBias().getType()).getDimSize(0) != 1 ||
          group.numNeurons == 1)
        mark(conv.getBias(), 0);
      return addContraction(op, 1, /*isProducer=*/true, 0);
    }
    if (consumerRole) {
      mark(conv.getInput(), 3);
      mark(conv.getWeight(), 3);
      return addContraction(op, 1, /*isProducer=*/false, 0);
    }
    return fail(op, "the neurons reach a spatial dimension of tosa.conv2d");
  }
  if (isa<tosa::MaxPool2dOp, tosa::AvgPool2dOp>(op)) {
    if (axis != 3)
      return fail(op, "the neurons reach a spatial dimension of '" + name +
                          "'");
    mark(op->getOperand(0), 3);
    return mark(op->getResult(0), 3);
  }
  if (isa<tosa::CastOp, tosa::NegateOp, tosa::MulOp>(op) ||
      (isa<tosa::TosaDialect>(op->getDialect()) &&
       op->hasTrait<OpTrait::ResultsBroadcastableShape>() &&
       op->getNumResults() == 1))
    return visitElementwise(op, axis);
  if (auto linalgOp = dyn_cast<linalg::LinalgOp>(op))
    return visitLinalg(linalgOp, operandIndex, resultIndex, axis);
  if (isa<func::ReturnOp>(op))
    return fail(op, "the neurons are results of the function (model outputs "
                    "are never shrunk)");
  fail(op, "the neurons reach '" + name +
               "', which prune-neurons does not know how to shrink");
}

NeuronGroup prune::buildNeuronGroup(
    Operation *producer, unsigned weightOperand,
    const llvm::DenseMap<Operation *, std::string> &layerNames) {
  NeuronGroup group;
  std::string reason;
  FailureOr<int64_t> axis =
      getOutputNeuronAxis(producer, weightOperand, reason);
  if (failed(axis)) {
    group.failure = reason;
    group.failureOp = producer;
    GroupContraction contraction;
    contraction.op = producer;
    contraction.layerName = layerNames.lookup(producer);
    group.producers.push_back(contraction);
    return group;
  }
  GroupBuilder builder(group, layerNames);
  builder.run(producer, weightOperand, *axis);
  if (group.producers.empty()) {
    GroupContraction contraction;
    contraction.op = producer;
    contraction.layerName = layerNames.lookup(producer);
    group.producers.push_back(contraction);
  }
  return group;
}

//===----------------------------------------------------------------------===//
// Intervals
//===----------------------------------------------------------------------===//

static Interval add(Interval a, Interval b) { return {a.lo + b.lo, a.hi + b.hi}; }
static Interval sub(Interval a, Interval b) { return {a.lo - b.hi, a.hi - b.lo}; }
static double mulBound(double a, double b) {
  // 0 * inf is 0 here: a zero factor contributes nothing whatever the other.
  return (a == 0 || b == 0) ? 0.0 : a * b;
}
static Interval mul(Interval a, Interval b) {
  double p[] = {mulBound(a.lo, b.lo), mulBound(a.lo, b.hi),
                mulBound(a.hi, b.lo), mulBound(a.hi, b.hi)};
  return {*std::min_element(p, p + 4), *std::max_element(p, p + 4)};
}
static Interval maximum(Interval a, Interval b) {
  return {std::max(a.lo, b.lo), std::max(a.hi, b.hi)};
}
static Interval minimum(Interval a, Interval b) {
  return {std::min(a.lo, b.lo), std::min(a.hi, b.hi)};
}
template <typename Fn> static Interval monotone(Interval a, Fn fn) {
  return {fn(a.lo), fn(a.hi)};
}
static double sigmoid(double x) { return 1.0 / (1.0 + std::exp(-x)); }

static std::optional<double> getFloatAttrValue(Attribute attr) {
  if (auto f = dyn_cast_or_null<FloatAttr>(attr))
    return f.getValueAsDouble();
  return std::nullopt;
}

std::optional<Interval> prune::getDeclaredRange(Value value) {
  while (Operation *def = value.getDefiningOp()) {
    if (isa<tosa::ReshapeOp, tosa::TransposeOp, tosa::CastOp,
            tensor::CastOp, tensor::CollapseShapeOp, tensor::ExpandShapeOp>(
            def)) {
      value = def->getOperand(0);
      continue;
    }
    return std::nullopt;
  }
  auto arg = cast<BlockArgument>(value);
  auto func =
      dyn_cast_or_null<FunctionOpInterface>(arg.getOwner()->getParentOp());
  if (!func || arg.getOwner() != &func.getFunctionBody().front())
    return std::nullopt;
  auto range = func.getArgAttrOfType<DenseF64ArrayAttr>(arg.getArgNumber(),
                                                         "prune.range");
  if (!range || range.size() != 2)
    return std::nullopt;
  return Interval{range[0], range[1]};
}

namespace {
/// Evaluates one neuron's interval through the group's ops.
class NeuronEvaluator {
public:
  NeuronEvaluator(const NeuronGroup &group,
                  const llvm::DenseMap<Value, std::vector<Interval>> &known,
                  const llvm::DenseMap<Operation *, const WeightUse *> &views);

  /// Intervals of neuron `k` at each consumer's data operand.
  std::vector<Interval> evaluate(int64_t k);

private:
  Interval operandInterval(Value value, int64_t k);
  Interval evaluateOp(Operation *op, int64_t k);
  Interval evaluateContraction(Operation *op, int64_t k);
  Interval evaluateLinalgBody(linalg::LinalgOp op, int64_t k);

  const NeuronGroup &group;
  const llvm::DenseMap<Value, std::vector<Interval>> &known;
  const llvm::DenseMap<Operation *, const WeightUse *> &views;
  llvm::DenseMap<Value, Interval> current;
  /// Constants carrying the neurons: per constant, the hull of each neuron's
  /// slice (computed once: a weight can be large).
  llvm::DenseMap<Operation *, std::vector<Interval>> constants;
  /// Broadcast constants: the hull of all their elements.
  llvm::DenseMap<Operation *, Interval> broadcastConstants;
  /// Per producer: the weight values (view order) and input intervals.
  struct ProducerData {
    const WeightUse *use = nullptr;
    std::vector<double> weights;
    std::vector<Interval> inputs; // per input feature; empty: unbounded
    int64_t features = 0;
    bool padded = false;
  };
  llvm::DenseMap<Operation *, ProducerData> producers;
};
} // namespace

NeuronEvaluator::NeuronEvaluator(
    const NeuronGroup &group,
    const llvm::DenseMap<Value, std::vector<Interval>> &known,
    const llvm::DenseMap<Operation *, const WeightUse *> &views)
    : group(group), known(known), views(views) {
  for (auto &[value, axis] : group.axes) {
    Operation *def = value.getDefiningOp();
    if (!isConstantOp(def))
      continue;
    std::string error;
    FailureOr<std::vector<double>> values = readFloatConstant(def, error);
    if (failed(values))
      continue;
    std::vector<Interval> hulls(
        group.numNeurons, Interval{std::numeric_limits<double>::infinity(),
                                   -std::numeric_limits<double>::infinity()});
    auto shape = cast<RankedTensorType>(value.getType()).getShape();
    forEachAlongAxis(shape, axis, [&](int64_t k, int64_t linear) {
      hulls[k] = hulls[k].hull(Interval::point((*values)[linear]));
    });
    constants[def] = std::move(hulls);
  }
  for (const GroupContraction &producer : group.producers) {
    ProducerData data;
    data.use = views.lookup(producer.op);
    if (!data.use || !data.use->view)
      continue;
    std::string error;
    FailureOr<std::vector<double>> weights =
        readFloatConstant(data.use->constantOp, error);
    if (failed(weights))
      continue;
    data.weights = std::move(*weights);
    Value input = isa<tosa::MatMulOp, tosa::Conv2DOp>(producer.op)
                      ? producer.op->getOperand(0)
                      : Value();
    if (auto linalgOp = dyn_cast<linalg::LinalgOp>(producer.op))
      for (OpOperand *operand : linalgOp.getDpsInputOperands())
        if (operand->getOperandNumber() != producer.weightOperand)
          input = operand->get();
    if (auto conv = dyn_cast<tosa::Conv2DOp>(producer.op))
      data.padded = llvm::any_of(conv.getPad(), [](int64_t p) { return p; });
    if (input) {
      auto it = known.find(input);
      if (it != known.end()) {
        data.inputs = it->second;
      } else if (std::optional<Interval> range = getDeclaredRange(input)) {
        data.inputs.assign(1, *range);
      }
    }
    producers[producer.op] = std::move(data);
  }
}

Interval NeuronEvaluator::operandInterval(Value value, int64_t k) {
  auto it = current.find(value);
  if (it != current.end())
    return it->second;
  Operation *def = value.getDefiningOp();
  if (!def)
    return {};
  // A broadcast constant: any of its elements may meet the neuron.
  if (isConstantOp(def)) {
    auto cached = broadcastConstants.find(def);
    if (cached != broadcastConstants.end())
      return cached->second;
    std::string error;
    FailureOr<std::vector<double>> values = readFloatConstant(def, error);
    Interval hull;
    if (succeeded(values) && !values->empty()) {
      auto [lo, hi] = std::minmax_element(values->begin(), values->end());
      hull = {*lo, *hi};
    }
    broadcastConstants[def] = hull;
    return hull;
  }
  return {};
}

Interval NeuronEvaluator::evaluateContraction(Operation *op, int64_t k) {
  Interval init = Interval::point(0.0);
  if (auto conv = dyn_cast<tosa::Conv2DOp>(op))
    init = operandInterval(conv.getBias(), k);
  if (auto linalgOp = dyn_cast<linalg::LinalgOp>(op))
    init = operandInterval(linalgOp.getDpsInitOperand(0)->get(), k);
  auto it = producers.find(op);
  if (it == producers.end() || it->second.weights.empty())
    return {};
  ProducerData &data = it->second;
  const WeightView &view = *data.use->view;
  if (view.rows != group.numNeurons)
    return {};
  Interval sum = Interval::point(0.0);
  double magnitude = 0.0;
  int64_t terms = 0;
  bool positiveHi = false, negativeLo = false;
  bool unbounded = false;
  int64_t features = data.inputs.size();
  for (int64_t c = 0; c < view.cols; ++c) {
    double w = data.weights[view.linearIndex(k, c)];
    if (w == 0.0)
      continue;
    if (features == 0 || view.cols % features != 0) {
      unbounded = true;
      break;
    }
    // Channels are the innermost columns of a view.
    Interval x = data.inputs[features == 1 ? 0 : c % features];
    if (data.padded)
      x = x.hull(Interval::point(0.0));
    Interval term = mul(Interval::point(w), x);
    sum = add(sum, term);
    positiveHi = positiveHi || term.hi > 0.0;
    negativeLo = negativeLo || term.lo < 0.0;
    magnitude += std::abs(w) * std::max(std::abs(x.lo), std::abs(x.hi));
    ++terms;
  }
  if (unbounded)
    return {};
  // The model sums in float32, in its own order. Rounding is monotone and 0
  // is exact, so a sum of terms that are all <= 0 stays <= 0 (and >= 0 for
  // terms >= 0); otherwise widen that side by the classic bound on the
  // accumulated rounding error, (n + 2) * 2^-23 * sum |w| |x|.
  // A point stays a point: the neuron is constant whatever the rounding
  // (its value is then folded up to float rounding).
  double margin = (terms + 2) * 0x1p-23 * magnitude;
  if (positiveHi && !sum.isPoint())
    sum.hi += margin;
  if (negativeLo && !sum.isPoint())
    sum.lo -= margin;
  return add(sum, init);
}

Interval NeuronEvaluator::evaluateLinalgBody(linalg::LinalgOp op, int64_t k) {
  Block *body = op.getBlock();
  llvm::DenseMap<Value, Interval> values;
  for (OpOperand &operand : op->getOpOperands()) {
    BlockArgument arg = op.getMatchingBlockArgument(&operand);
    if (!arg)
      continue;
    Value v = operand.get();
    if (isa<RankedTensorType>(v.getType())) {
      values[arg] = operandInterval(v, k);
      continue;
    }
    Attribute attr;
    if (matchPattern(v, m_Constant(&attr)))
      if (std::optional<double> scalar = getFloatAttrValue(attr))
        values[arg] = Interval::point(*scalar);
  }
  auto get = [&](Value v) -> Interval {
    auto it = values.find(v);
    if (it != values.end())
      return it->second;
    Attribute attr;
    if (matchPattern(v, m_Constant(&attr)))
      if (std::optional<double> scalar = getFloatAttrValue(attr))
        return Interval::point(*scalar);
    return {};
  };
  // Comparison results: [1,1] true, [0,0] false, [0,1] unknown.
  for (Operation &inner : body->without_terminator()) {
    if (inner.getNumResults() != 1)
      return {};
    Value r = inner.getResult(0);
    Interval result;
    if (isa<arith::AddFOp>(inner))
      result = add(get(inner.getOperand(0)), get(inner.getOperand(1)));
    else if (isa<arith::SubFOp>(inner))
      result = sub(get(inner.getOperand(0)), get(inner.getOperand(1)));
    else if (isa<arith::MulFOp>(inner))
      result = mul(get(inner.getOperand(0)), get(inner.getOperand(1)));
    else if (isa<arith::MaximumFOp, arith::MaxNumFOp>(inner))
      result = maximum(get(inner.getOperand(0)), get(inner.getOperand(1)));
    else if (isa<arith::MinimumFOp, arith::MinNumFOp>(inner))
      result = minimum(get(inner.getOperand(0)), get(inner.getOperand(1)));
    else if (isa<arith::NegFOp>(inner))
      result = mul(get(inner.getOperand(0)), Interval::point(-1.0));
    else if (isa<math::TanhOp>(inner))
      result = monotone(get(inner.getOperand(0)),
                        [](double x) { return std::tanh(x); });
    else if (isa<math::ExpOp>(inner))
      result = monotone(get(inner.getOperand(0)),
                        [](double x) { return std::exp(x); });
    else if (auto cst = dyn_cast<arith::ConstantOp>(inner)) {
      if (std::optional<double> v = getFloatAttrValue(cst.getValue()))
        result = Interval::point(*v);
    } else if (auto cmp = dyn_cast<arith::CmpFOp>(inner)) {
      Interval a = get(cmp.getLhs()), b = get(cmp.getRhs());
      result = {0.0, 1.0};
      using P = arith::CmpFPredicate;
      switch (cmp.getPredicate()) {
      case P::OGT: case P::UGT: case P::OGE: case P::UGE: {
        bool strict = cmp.getPredicate() == P::OGT ||
                      cmp.getPredicate() == P::UGT;
        if (strict ? a.lo > b.hi : a.lo >= b.hi)
          result = Interval::point(1.0);
        else if (strict ? a.hi <= b.lo : a.hi < b.lo)
          result = Interval::point(0.0);
        break;
      }
      case P::OLT: case P::ULT: case P::OLE: case P::ULE: {
        bool strict = cmp.getPredicate() == P::OLT ||
                      cmp.getPredicate() == P::ULT;
        if (strict ? a.hi < b.lo : a.hi <= b.lo)
          result = Interval::point(1.0);
        else if (strict ? a.lo >= b.hi : a.lo > b.hi)
          result = Interval::point(0.0);
        break;
      }
      default:
        break;
      }
    } else if (auto select = dyn_cast<arith::SelectOp>(inner)) {
      Interval c = get(select.getCondition());
      Interval t = get(select.getTrueValue()), f = get(select.getFalseValue());
      result = c == Interval::point(1.0)   ? t
               : c == Interval::point(0.0) ? f
                                           : t.hull(f);
    }
    values[r] = result;
  }
  return get(body->getTerminator()->getOperand(0));
}

Interval NeuronEvaluator::evaluateOp(Operation *op, int64_t k) {
  auto arg = [&](unsigned i) { return operandInterval(op->getOperand(i), k); };
  if (isConstantOp(op)) {
    auto it = constants.find(op);
    if (it == constants.end())
      return {};
    return it->second[k];
  }
  if (llvm::any_of(group.producers, [&](const GroupContraction &p) {
        return p.op == op;
      }))
    return evaluateContraction(op, k);
  if (isa<tosa::ReshapeOp, tosa::TransposeOp, tosa::CastOp,
          tensor::CollapseShapeOp, tensor::ExpandShapeOp>(op))
    return arg(0);
  if (isa<tosa::AddOp>(op))
    return add(arg(0), arg(1));
  if (isa<tosa::SubOp>(op))
    return sub(arg(0), arg(1));
  if (auto mulOp = dyn_cast<tosa::MulOp>(op))
    return mul(arg(0), arg(1));
  if (isa<tosa::MaximumOp>(op))
    return maximum(arg(0), arg(1));
  if (isa<tosa::MinimumOp>(op))
    return minimum(arg(0), arg(1));
  if (isa<tosa::NegateOp>(op))
    return mul(arg(0), Interval::point(-1.0));
  if (auto clamp = dyn_cast<tosa::ClampOp>(op)) {
    std::optional<double> lo = getFloatAttrValue(clamp.getMinValAttr());
    std::optional<double> hi = getFloatAttrValue(clamp.getMaxValAttr());
    if (!lo || !hi)
      return {};
    Interval x = arg(0);
    return {std::clamp(x.lo, *lo, *hi), std::clamp(x.hi, *lo, *hi)};
  }
  if (isa<tosa::SigmoidOp>(op))
    return monotone(arg(0), sigmoid);
  if (isa<tosa::TanhOp>(op))
    return monotone(arg(0), [](double x) { return std::tanh(x); });
  if (isa<tosa::ExpOp>(op))
    return monotone(arg(0), [](double x) { return std::exp(x); });
  if (isa<tosa::MaxPool2dOp>(op))
    return arg(0);
  if (auto linalgOp = dyn_cast<linalg::LinalgOp>(op))
    if (linalgOp.getNumReductionLoops() == 0)
      return evaluateLinalgBody(linalgOp, k);
  return {};
}

std::vector<Interval> NeuronEvaluator::evaluate(int64_t k) {
  current.clear();
  for (Operation *op : group.ops)
    for (Value result : op->getResults())
      if (group.axes.count(result))
        current[result] = evaluateOp(op, k);
  std::vector<Interval> atConsumers;
  for (const GroupContraction &consumer : group.consumers)
    atConsumers.push_back(
        operandInterval(consumer.op->getOperand(consumer.dataOperand), k));
  return atConsumers;
}

std::vector<std::vector<Interval>> prune::computeNeuronIntervals(
    const NeuronGroup &group,
    const llvm::DenseMap<Value, std::vector<Interval>> &known,
    const llvm::DenseMap<Operation *, const WeightUse *> &views) {
  NeuronEvaluator evaluator(group, known, views);
  std::vector<std::vector<Interval>> result(
      group.consumers.size(), std::vector<Interval>(group.numNeurons));
  for (int64_t k = 0; k < group.numNeurons; ++k) {
    std::vector<Interval> atConsumers = evaluator.evaluate(k);
    for (size_t c = 0; c < atConsumers.size(); ++c)
      result[c][k] = atConsumers[c];
  }
  return result;
}
