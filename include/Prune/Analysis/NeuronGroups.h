//===- NeuronGroups.h - Neurons of a layer and what carries them -*- C++ -*-===//
//
// Removing output neuron k of a layer removes index k of one axis from every
// tensor that carries the layer's outputs: the producer's weight rows and bias
// entries, the activations between the layers, and the input columns (input
// channels) of the next layers' weights. A NeuronGroup is that set of tensors,
// found by propagating "axis a of value v indexes the neurons" through the IR
// until it is closed: each op says where the neurons go through it
// (ValueFlowOpInterface::propagateNeurons: transposes, reshapes, elementwise
// ops with broadcast constants, linalg ops with projected-permutation maps,
// and layers, which produce or consume them). Residual adds pull the other
// summand's layer into the group, so coupled layers shrink together;
// anything the propagation does not understand (concat, reductions over the
// neuron axis, function results, calls) makes the group unprunable, with the
// reason. NeuronIntervals.h bounds the neurons' values.
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_ANALYSIS_NEURONGROUPS_H
#define PRUNE_ANALYSIS_NEURONGROUPS_H

#include "Prune/Analysis/WeightAnalysis.h"
#include "Prune/Support/WeightStorage.h"

#include "mlir/IR/Operation.h"
#include "mlir/IR/Value.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/MapVector.h"
#include "llvm/ADT/SmallVector.h"

#include <string>

namespace mlir::prune {

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
  /// Values whose axis index is several neurons (an attention head's D
  /// projections): how many; absent means 1.
  llvm::DenseMap<Value, int64_t> neuronsPerIndex;
  /// Values whose neuron axis is merged with an outer dimension (the batch
  /// times the heads); only the inner part shrinks.
  llvm::DenseSet<Value> mergedOuter;
  /// The neurons that must be removed together (1; D for heads).
  int64_t neuronsPerBlock = 1;

  /// How many neurons one index of `value`'s neuron axis stands for.
  int64_t getNeuronsPerIndex(Value value) const {
    auto it = neuronsPerIndex.find(value);
    return it == neuronsPerIndex.end() ? 1 : it->second;
  }
  /// The ops defining those values, in program order.
  SmallVector<Operation *> ops;
  /// Non-empty when the group cannot shrink; `failureOp` is where.
  std::string failure;
  Operation *failureOp = nullptr;

  bool isPrunable() const { return failure.empty(); }
  /// "fc1", or "fc1+fc1b" for coupled layers.
  std::string getName() const;
};

/// Builds the group of the output neurons of `producer` (a weight consumer
/// whose weight is operand `weightOperand`). `layerNames` names the known
/// weight consumers.
NeuronGroup
buildNeuronGroup(Operation *producer, unsigned weightOperand,
                 const llvm::DenseMap<Operation *, std::string> &layerNames);

} // namespace mlir::prune

#endif // PRUNE_ANALYSIS_NEURONGROUPS_H
