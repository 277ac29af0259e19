//===- NeuronIntervals.h - Bounds on each neuron's value --------*- C++ -*-===//
//
// Bounds each neuron of a NeuronGroup where the next layers read it, by
// interval arithmetic from declared input ranges (`prune.range` on function
// arguments) through the producers' weights, biases and activations. A
// neuron whose interval is a point is a constant; one that is [0, 0] after
// a ReLU is dead. Each op's rule is its `inferInterval`
// (ValueFlowOpInterface); layers are evaluated here, with their weights.
//
// The evaluation is per neuron over the group's ops in program order, which
// does not fit a dataflow lattice over values: a value carries one interval
// per neuron, and the groups are small.
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_ANALYSIS_NEURONINTERVALS_H
#define PRUNE_ANALYSIS_NEURONINTERVALS_H

#include "Prune/Analysis/NeuronGroups.h"
#include "Prune/Interfaces/Interval.h"

#include "llvm/ADT/DenseMap.h"

#include <optional>
#include <vector>

namespace mlir::prune {

/// Neuron intervals where each consumer reads them:
/// result[c][k] bounds neuron k as read by `group.consumers[c]`.
/// `known` holds the intervals of values computed by upstream groups
/// (consumer data operands, per feature); inputs that trace to a function
/// argument with `prune.range` get its range; everything else is unbounded.
/// `views` gives the (output, input) view of each producer's weight.
std::vector<std::vector<Interval>> computeNeuronIntervals(
    const NeuronGroup &group,
    const llvm::DenseMap<Value, std::vector<Interval>> &known,
    const llvm::DenseMap<Operation *, const WeightUse *> &views);

/// The declared range of `value` if it is a function argument with
/// `prune.range`, possibly through ops that keep element values (layout ops,
/// casts).
std::optional<Interval> getDeclaredRange(Value value);

} // namespace mlir::prune

#endif // PRUNE_ANALYSIS_NEURONINTERVALS_H
