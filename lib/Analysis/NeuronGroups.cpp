//===- NeuronGroups.cpp - Neurons of a layer and what carries them --------===//
//
// Group discovery is a worklist over (value, axis) marks: marking a value
// visits its defining op and all its users, and each op says which of its
// other operands and results carry the same neurons on which axis
// (ValueFlowOpInterface). An op without a rule stops the group with the op's
// name as the reason, so a group either covers every use of the neurons or
// is left alone.
//
//===----------------------------------------------------------------------===//

#include "Prune/Analysis/NeuronGroups.h"

#include "mlir/IR/Matchers.h"
#include "mlir/Interfaces/ControlFlowInterfaces.h"
#include "mlir/Interfaces/FunctionInterfaces.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/ADT/StringExtras.h"

using namespace mlir;
using namespace mlir::prune;

std::string NeuronGroup::getName() const {
  SmallVector<std::string> names;
  for (const GroupContraction &producer : producers)
    names.push_back(producer.layerName);
  return llvm::join(names, "+");
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
  /// Marks `value` with the incoming value's index scale combined with
  /// `scale`.
  void mark(Value value, int64_t axis, NeuronAxisScale scale = {});
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
  void addContraction(Operation *op, unsigned weightOperand, bool isProducer,
                      unsigned dataOperand);

  NeuronGroup &group;
  const llvm::DenseMap<Operation *, std::string> &layerNames;
  SmallVector<Value> worklist;
  llvm::SetVector<Operation *> producerOps, consumerOps;
  llvm::DenseMap<Operation *, std::pair<unsigned, unsigned>> contractionOperands;
  /// The index scale of the value being visited.
  int64_t currentPerIndex = 1;
  bool currentMerged = false;
};
} // namespace

void GroupBuilder::mark(Value value, int64_t axis, NeuronAxisScale scale) {
  Operation *where = value.getDefiningOp()
                         ? value.getDefiningOp()
                         : value.getParentBlock()->getParentOp();
  auto type = dyn_cast<RankedTensorType>(value.getType());
  if (!type || axis < 0 || axis >= type.getRank())
    return fail(where, "a value carrying the neurons is not a ranked tensor");
  int64_t perIndex = currentPerIndex * scale.multiply;
  bool merged = scale.mergedOuter.value_or(currentMerged);
  if (perIndex % scale.divide != 0 ||
      group.numNeurons % (perIndex / scale.divide) != 0)
    return fail(where, "the neurons are regrouped into blocks that do not "
                       "divide them");
  perIndex /= scale.divide;
  int64_t indices = group.numNeurons / perIndex;
  int64_t size = type.getDimSize(axis);
  bool fits = merged ? ShapedType::isDynamic(size) || size % indices == 0
                     : size == indices;
  if (!fits)
    return fail(where, "a value carrying the neurons has " + Twine(size) +
                           " elements on the neuron axis, expected " +
                           Twine(indices));
  auto [it, inserted] = group.axes.insert({value, axis});
  if (!inserted) {
    if (it->second != axis || group.getNeuronsPerIndex(value) != perIndex ||
        group.mergedOuter.contains(value) != merged)
      fail(where, "the neurons reach the same value on two different axes");
    return;
  }
  if (perIndex != 1)
    group.neuronsPerIndex[value] = perIndex;
  if (merged)
    group.mergedOuter.insert(value);
  worklist.push_back(value);
}

void GroupBuilder::run(Operation *producer, unsigned weightOperand,
                       int64_t axis) {
  // A group that fails here has no neurons (numNeurons stays 0).
  auto resultType =
      dyn_cast<RankedTensorType>(producer->getResult(0).getType());
  if (!resultType)
    return fail(producer, "its result is unranked");
  if (resultType.isDynamicDim(axis))
    return fail(producer, "the neuron dimension is dynamic");
  group.numNeurons = resultType.getDimSize(axis);
  mark(producer->getResult(0), axis);
  while (!worklist.empty() && group.failure.empty()) {
    Value value = worklist.pop_back_val();
    int64_t valueAxis = group.axes.lookup(value);
    currentPerIndex = group.getNeuronsPerIndex(value);
    currentMerged = group.mergedOuter.contains(value);
    visitDefinition(value, valueAxis);
    for (OpOperand &use : value.getUses())
      visitUse(use, valueAxis);
  }
  if (!group.failure.empty())
    return;

  for (auto [value, perIndex] : group.neuronsPerIndex) {
    if (perIndex > group.neuronsPerBlock &&
        perIndex % group.neuronsPerBlock == 0)
      group.neuronsPerBlock = perIndex;
    else if (group.neuronsPerBlock % perIndex != 0)
      return fail(value.getDefiningOp(), "the neurons are regrouped in blocks "
                                         "of different sizes");
  }

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
        traceToConstant(op->getOperand(weightOperand));
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

void GroupBuilder::visitOp(Operation *op, std::optional<unsigned> operandIndex,
                           std::optional<unsigned> resultIndex, int64_t axis) {
  StringRef name = op->getName().getStringRef();
  if (isConstantTensorOp(op)) {
    std::string error;
    FailureOr<DenseElementsAttr> dense = getDenseConstant(op, error);
    if (failed(dense))
      return fail(op, "a constant carrying the neurons cannot be read: " +
                          error);
    unsigned width = dense->getElementType().getIntOrFloatBitWidth();
    if (width % 8 != 0)
      return fail(op, "a constant carrying the neurons has " + Twine(width) +
                          "-bit elements");
    if (currentMerged)
      return fail(op, "a constant carries the neurons merged with another "
                      "dimension");
    return mark(op->getResult(0), axis);
  }
  if (op->hasTrait<OpTrait::ReturnLike>() &&
      isa_and_nonnull<FunctionOpInterface>(op->getParentOp()))
    return fail(op, "the neurons are results of the function (model outputs "
                    "are never shrunk)");
  auto flow = dyn_cast<ValueFlowOpInterface>(op);
  if (!flow)
    return fail(op, "the neurons reach '" + name +
                        "', which prune-neurons does not know how to shrink");
  NeuronPropagation propagation =
      flow.propagateNeurons(operandIndex, resultIndex, axis);
  if (!propagation.failureReason.empty())
    return fail(op, propagation.failureReason);
  for (auto [value, valueAxis] : propagation.marks)
    mark(value, valueAxis, propagation.getScaleOf(value));
  if (propagation.role != NeuronPropagation::Role::None &&
      (currentPerIndex != 1 || currentMerged))
    return fail(op, "a layer reads the neurons grouped in heads");
  if (propagation.role != NeuronPropagation::Role::None)
    addContraction(op, propagation.weightOperand,
                   propagation.role == NeuronPropagation::Role::Producer,
                   propagation.dataOperand);
}

NeuronGroup prune::buildNeuronGroup(
    Operation *producer, unsigned weightOperand,
    const llvm::DenseMap<Operation *, std::string> &layerNames) {
  NeuronGroup group;
  std::string reason;
  FailureOr<int64_t> axis = cast<PrunableLayerOpInterface>(producer)
                                .getNeuronAxis(weightOperand, reason);
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

