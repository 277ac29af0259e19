//===- NeuronIntervals.cpp - Bounds on each neuron's value ----------------===//
//
// Intervals are evaluated per neuron over the group's ops in program order,
// with the producers' weight rows applied to the input intervals and every
// other op's own rule.
//
//===----------------------------------------------------------------------===//

#include "Prune/Analysis/NeuronIntervals.h"

#include "Prune/Dialect/PruneDialect.h"
#include "Prune/Interfaces/PrunableLayerOpInterface.h"
#include "Prune/Interfaces/ValueFlowOpInterface.h"

#include "mlir/IR/Matchers.h"
#include "mlir/Interfaces/DestinationStyleOpInterface.h"
#include "mlir/Interfaces/FunctionInterfaces.h"

#include <cmath>

using namespace mlir;
using namespace mlir::prune;

std::optional<Interval> prune::getDeclaredRange(Value value) {
  while (Operation *def = value.getDefiningOp()) {
    auto flow = dyn_cast<ValueFlowOpInterface>(def);
    value = flow ? flow.getValueSource() : Value();
    if (!value)
      return std::nullopt;
  }
  auto arg = cast<BlockArgument>(value);
  auto func =
      dyn_cast_or_null<FunctionOpInterface>(arg.getOwner()->getParentOp());
  if (!func || arg.getOwner() != &func.getFunctionBody().front())
    return std::nullopt;
  std::optional<std::pair<double, double>> range =
      getArgumentRange(func, arg.getArgNumber());
  if (!range)
    return std::nullopt;
  return Interval{range->first, range->second};
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
  Interval evaluateDepthwise(Operation *op, int64_t k);

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
    if (!isConstantTensorOp(def))
      continue;
    std::string error;
    FailureOr<std::vector<double>> values = readFloatConstant(def, error);
    if (failed(values))
      continue;
    std::vector<Interval> hulls(group.numNeurons, Interval::empty());
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
    auto layer = cast<PrunableLayerOpInterface>(producer.op);
    Value input =
        producer.op->getOperand(layer.getDataOperand(producer.weightOperand));
    data.padded = layer.readsZeroPadding();
    {
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
  FloatAttr scalar;
  if (matchPattern(value, m_Constant(&scalar)))
    return Interval::point(scalar.getValueAsDouble());
  // A broadcast constant: any of its elements may meet the neuron.
  if (isConstantTensorOp(def)) {
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

/// The classic bound on the rounding error a float32 sum of `terms` products
/// accumulates, (n + 2) * 2^-23 * sum |w| |x| (`magnitude`), in any order.
static double getRoundingMargin(int64_t terms, double magnitude) {
  return (terms + 2) * 0x1p-23 * magnitude;
}

Interval NeuronEvaluator::evaluateContraction(Operation *op, int64_t k) {
  // What the products are added to: a bias, or the init a
  // destination-style op accumulates into.
  Interval init = Interval::point(0.0);
  auto layer = cast<PrunableLayerOpInterface>(op);
  if (std::optional<unsigned> bias = layer.getBiasOperand())
    init = operandInterval(op->getOperand(*bias), k);
  else if (auto dps = dyn_cast<DestinationStyleOpInterface>(op);
           dps && dps.getNumDpsInits() == 1)
    init = operandInterval(dps.getDpsInitOperand(0)->get(), k);
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
    Interval term = interval::mul(Interval::point(w), x);
    sum = interval::add(sum, term);
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
  double margin = getRoundingMargin(terms, magnitude);
  if (positiveHi && !sum.isPoint())
    sum.hi += margin;
  if (negativeLo && !sum.isPoint())
    sum.lo -= margin;
  return interval::add(sum, init);
}

/// A depthwise convolution the neurons pass through (channel k reads only
/// channel k): its bias plus taps times the input, bounded with the hull of
/// the channel's taps. A dead channel (input 0, zero padding alike) stays a
/// point: the bias.
Interval NeuronEvaluator::evaluateDepthwise(Operation *op, int64_t k) {
  const WeightUse *use = views.lookup(op);
  auto taps = use ? constants.find(use->constantOp) : constants.end();
  if (taps == constants.end())
    return {};
  auto layer = cast<PrunableLayerOpInterface>(op);
  int64_t numTaps = cast<ShapedType>(use->constantOp->getResult(0).getType())
                        .getNumElements() /
                    group.numNeurons;
  Interval x = operandInterval(
      op->getOperand(layer.getDataOperand(use->weightOperand)), k);
  if (layer.readsZeroPadding())
    x = x.hull(Interval::point(0.0));
  Interval sum = interval::mul(Interval::point(double(numTaps)),
                               interval::mul(taps->second[k], x));
  // Float rounding of the sum, as in evaluateContraction (sum |w| |x| is
  // the larger end's magnitude: every tap is bounded alike).
  if (!sum.isPoint()) {
    double margin = getRoundingMargin(
        numTaps, std::max(std::abs(sum.lo), std::abs(sum.hi)));
    sum = {sum.lo - margin, sum.hi + margin};
  }
  Interval bias = Interval::point(0.0);
  if (std::optional<unsigned> index = layer.getBiasOperand())
    bias = operandInterval(op->getOperand(*index), k);
  return interval::add(sum, bias);
}

Interval NeuronEvaluator::evaluateOp(Operation *op, int64_t k) {
  if (isConstantTensorOp(op)) {
    auto it = constants.find(op);
    if (it == constants.end())
      return {};
    return it->second[k];
  }
  if (llvm::any_of(group.producers, [&](const GroupContraction &p) {
        return p.op == op;
      }))
    return evaluateContraction(op, k);
  if (auto layer = dyn_cast<PrunableLayerOpInterface>(op)) {
    LayerGroups groups = layer.getGroups();
    if (groups.groups == group.numNeurons && groups.outputsPerGroup == 1)
      return evaluateDepthwise(op, k);
  }
  auto flow = dyn_cast<ValueFlowOpInterface>(op);
  if (!flow)
    return {};
  SmallVector<Interval> operands;
  for (Value operand : op->getOperands())
    operands.push_back(operandInterval(operand, k));
  return flow.inferInterval(operands);
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
