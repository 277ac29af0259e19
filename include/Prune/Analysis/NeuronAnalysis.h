//===- NeuronAnalysis.h - Neurons of a layer and what reads them -*- C++ -*-===//
//
// Removing output neuron k of a layer removes index k of one axis from every
// tensor that carries the layer's outputs: the producer's weight rows and bias
// entries, the activations between the layers, and the input columns (input
// channels) of the next layers' weights. A NeuronGroup is that set of tensors,
// found by propagating "axis a of value v indexes the neurons" through the IR
// (transposes, reshapes, tensor.collapse_shape/expand_shape, elementwise ops
// with broadcast constants, linalg ops with projected-permutation maps) until
// it is closed. Residual adds pull the
// other summand's layer into the group, so coupled layers shrink together;
// anything the propagation does not understand (concat, reductions over the
// neuron axis, function results, calls) makes the group unprunable, with the
// reason.
//
// The analysis also bounds each neuron's value where the next layers read it
// (interval arithmetic from declared input ranges, `prune.range`), which finds
// neurons whose output is a constant.
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_ANALYSIS_NEURONANALYSIS_H
#define PRUNE_ANALYSIS_NEURONANALYSIS_H

#include "Prune/Analysis/WeightAnalysis.h"
#include "Prune/Support/WeightStorage.h"

#include "mlir/IR/Operation.h"
#include "mlir/IR/Value.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/MapVector.h"
#include "llvm/ADT/SmallVector.h"

#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace mlir::prune {

/// A closed range of real values; [-inf, inf] when nothing is known.
struct Interval {
  double lo = -std::numeric_limits<double>::infinity();
  double hi = std::numeric_limits<double>::infinity();

  static Interval point(double v) { return {v, v}; }
  bool isPoint() const { return lo == hi; }
  bool isBounded() const {
    return lo != -std::numeric_limits<double>::infinity() &&
           hi != std::numeric_limits<double>::infinity();
  }
  /// The smallest interval containing both.
  Interval hull(const Interval &other) const;
  bool operator==(const Interval &other) const {
    return lo == other.lo && hi == other.hi;
  }
};

/// A contraction of a group: it either produces the neurons (they are its
/// output features) or consumes them (they are its input features).
struct GroupContraction {
  Operation *op = nullptr;
  std::string layerName;
  /// The operand that is the weight, and the constant it comes from.
  unsigned weightOperand = 0;
  Operation *weightConstant = nullptr;
  /// The constant's axis that indexes the group's neurons.
  int64_t weightAxis = 0;
  /// Consumers only: the operand that reads the neurons.
  unsigned dataOperand = 0;
};

/// Every tensor that shrinks when neurons of a layer are removed.
struct NeuronGroup {
  int64_t numNeurons = 0;
  /// Producers in program order (more than one for coupled layers).
  SmallVector<GroupContraction> producers;
  SmallVector<GroupContraction> consumers;
  /// Every value whose type loses the removed neurons, with the axis that
  /// indexes them.
  llvm::MapVector<Value, int64_t> axes;
  /// The ops defining those values, in program order.
  SmallVector<Operation *> ops;
  /// Non-empty when the group cannot shrink; `failureOp` is where.
  std::string failure;
  Operation *failureOp = nullptr;

  bool isPrunable() const { return failure.empty(); }
  /// "fc1", or "fc1+fc1b" for coupled layers.
  std::string getName() const;
};

/// The output axis of a contraction's result that indexes its output
/// neurons, or a reason why there is none.
FailureOr<int64_t> getOutputNeuronAxis(Operation *contraction,
                                       unsigned weightOperand,
                                       std::string &reason);

/// Builds the group of the output neurons of `producer` (a weight consumer
/// whose weight is operand `weightOperand`). `layerNames` names the known
/// weight consumers.
NeuronGroup
buildNeuronGroup(Operation *producer, unsigned weightOperand,
                 const llvm::DenseMap<Operation *, std::string> &layerNames);

/// Neuron intervals where each consumer reads them:
/// result[c][k] bounds neuron k as read by `group.consumers[c]`.
/// `known` holds the intervals of values computed by upstream groups
/// (consumer data operands, per feature); inputs that trace to a function
/// argument with `prune.range` get its range; everything else is unbounded.
/// `views` gives the (output, input) view of each producer's weight.
std::vector<std::vector<Interval>> computeNeuronIntervals(
    const NeuronGroup &group, const llvm::DenseMap<Value, std::vector<Interval>> &known,
    const llvm::DenseMap<Operation *, const WeightUse *> &views);

/// Maps `axis` of a reshape from shape `from` to the axis of shape `to` that
/// holds the same index (the dimension and all inner ones stay whole).
std::optional<int64_t> mapReshapeAxis(ArrayRef<int64_t> from,
                                      ArrayRef<int64_t> to, int64_t axis);

/// The declared range of `value` if it is a function argument with
/// `prune.range`, possibly through reshapes, transposes and casts.
std::optional<Interval> getDeclaredRange(Value value);

} // namespace mlir::prune

#endif // PRUNE_ANALYSIS_NEURONANALYSIS_H
