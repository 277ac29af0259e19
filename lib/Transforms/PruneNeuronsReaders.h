//===- PruneNeuronsReaders.h - What method=reconstruct refits --*- C++ -*-===//
//
// Internal to lib/Transforms: for prune-neurons{method=reconstruct}, the
// layers that read a neuron group's neurons as the least-squares problems
// NeuronReconstruction.h solves (their weights, their bias if any, their
// calibration statistics), checked against the statistics file before the
// pass changes anything; and the writing of the refit weights and bias
// shifts back into them.
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_LIB_TRANSFORMS_PRUNENEURONSREADERS_H
#define PRUNE_LIB_TRANSFORMS_PRUNENEURONSREADERS_H

#include "Prune/Analysis/NeuronGroups.h"
#include "Prune/Analysis/WeightAnalysis.h"
#include "Prune/Calibration/Statistics.h"
#include "Prune/Pruning/NeuronPruning.h"
#include "Prune/Pruning/NeuronReconstruction.h"

#include "llvm/ADT/DenseMap.h"

#include <optional>
#include <string>
#include <vector>

namespace mlir::prune {

/// A group's consumers as refit problems, in the group's consumer order.
struct GroupReaders {
  std::vector<NeuronReader> problems;
  /// Each consumer's constant bias, if it has one the refit may shift.
  std::vector<std::optional<BiasSlot>> biases;
};

/// The readers of `group`, from their weights (`weightUses`) and the
/// calibration statistics read from `statsPath`. When a consumer cannot be
/// refit (a weight shared with another layer, columns that do not pair with
/// the neurons, a non-float weight), returns no readers and sets
/// `skipReason`. Fails, after an error on the consumer naming `statsPath`,
/// when the statistics do not describe a consumer; warns when they have
/// fewer samples than its inputs.
FailureOr<GroupReaders> collectGroupReaders(
    const NeuronGroup &group,
    const llvm::DenseMap<Operation *, const WeightUse *> &weightUses,
    const CalibrationStatistics &statistics, StringRef statsPath,
    std::string &skipReason);

/// Writes each consumer's refit weights into its weight constant and adds
/// its bias shift to its bias.
void applyReaderRefits(
    const NeuronGroup &group, const GroupReaders &readers,
    ArrayRef<ReaderRefit> refits,
    const llvm::DenseMap<Operation *, const WeightUse *> &weightUses);

} // namespace mlir::prune

#endif // PRUNE_LIB_TRANSFORMS_PRUNENEURONSREADERS_H
