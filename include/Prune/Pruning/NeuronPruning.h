//===- NeuronPruning.h - Remove neurons and fold constants ------*- C++ -*-===//
//
// The mechanism behind prune-neurons, usable without the pass: shrink a
// NeuronGroup (NeuronGroups.h) to the neurons it keeps, fold the
// contribution of removed constant-valued neurons into the biases of the
// layers that read them, and measure a model's parameters and FLOPs.
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_PRUNING_NEURONPRUNING_H
#define PRUNE_PRUNING_NEURONPRUNING_H

#include "Prune/Analysis/NeuronGroups.h"

#include "mlir/Support/LLVM.h"

#include <string>
#include <utility>

namespace mlir::prune {

/// Removes every neuron of `group` whose index is not in `kept` (ascending):
/// slices the constants that carry the neurons (weight rows, biases, input
/// columns of the next layers), rebuilds the shapes of reshapes and retypes
/// every other value of the group in place. `kept` must not be empty.
void shrinkNeuronGroup(const NeuronGroup &group, ArrayRef<int64_t> kept);

/// The constant a contraction's output is biased by: added right after it
/// (through reshapes), or its own bias operand (tosa.conv2d).
struct BiasSlot {
  Operation *constantOp = nullptr;
  /// The constant's axis indexed by the contraction's output neurons.
  int64_t axis = 0;
};

/// Finds the constant bias of the layer `op` (its bias operand, or a constant
/// added to its output through layout ops), whose `outputs` entries are its
/// output neurons, or says why there is none.
FailureOr<BiasSlot> findBias(Operation *op, unsigned weightOperand,
                             int64_t outputs, StringRef layerName,
                             std::string &reason);

/// Adds `delta` (one value per output neuron) to the bias, rounding once to
/// its element type.
void addToBias(const BiasSlot &bias, ArrayRef<double> delta);

/// Finds the bias of a consumer into which the contribution of constant
/// input features can be folded exactly (not a padded convolution's, where
/// the padding does not carry the constant), or says why there is none.
FailureOr<BiasSlot> findFoldableBias(const GroupContraction &consumer,
                                     const WeightUse &use, int64_t numInputs,
                                     std::string &reason);

/// Adds sum_k value_k * W[o, k] to bias entry o of the consumer, for the
/// (neuron k, value_k) pairs in `constantInputs`: what the removed neurons
/// contributed. `use` is the consumer's weight (its view pairs outputs with
/// input features; input channels are its innermost columns).
void foldIntoBias(const BiasSlot &bias, const WeightUse &use,
                  int64_t numInputs,
                  ArrayRef<std::pair<int64_t, double>> constantInputs);

/// Size and work of a model, to compare before and after pruning.
struct ModelCost {
  /// Elements of every floating-point constant tensor with more than one
  /// element (weights and biases).
  int64_t parameters = 0;
  /// 2 x multiply-adds of every weight consumer, per sample: dynamic
  /// dimensions count as 1.
  int64_t flops = 0;
};
ModelCost computeModelCost(Operation *root);

} // namespace mlir::prune

#endif // PRUNE_PRUNING_NEURONPRUNING_H
