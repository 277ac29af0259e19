//===- PruneNeuronsRecords.h - What prune-neurons decided -------*- C++ -*-===//
//
// Internal to lib/Transforms: prune-neurons' record of each neuron group
// (what goes and why, what is folded or refit), which the pass fills in
// PruneNeurons.cpp and PruneNeuronsOutput.cpp turns into its remarks, its
// JSON report and its summary line.
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_LIB_TRANSFORMS_PRUNENEURONSRECORDS_H
#define PRUNE_LIB_TRANSFORMS_PRUNENEURONSRECORDS_H

#include "PruneNeuronsReaders.h"

#include "Prune/Analysis/NeuronGroups.h"
#include "Prune/Pruning/NeuronPruning.h"
#include "Prune/Transforms/Passes.h"

#include "llvm/ADT/SmallVector.h"

#include <optional>
#include <string>
#include <vector>

namespace mlir::prune {

/// Why a neuron goes.
enum class RemovalReason { Dead, Constant, Unused, Inactive, Unimportant };
inline constexpr unsigned kNumReasons = 5;
inline constexpr const char *kReasonNames[kNumReasons] = {
    "dead", "constant", "unused", "inactive", "unimportant"};

/// A group and what the pass decided for it.
struct GroupRecord {
  NeuronGroup group;
  /// Why the group is left alone, or empty.
  std::string skipReason;
  Operation *skipOp = nullptr;
  /// Left alone because `layers=` does not select it.
  bool deselected = false;
  /// Per neuron: the reason it goes, if it does.
  std::vector<std::optional<RemovalReason>> removed;
  /// Per consumer: (neuron, value) pairs to fold into its bias.
  std::vector<std::vector<std::pair<int64_t, double>>> folds;
  std::vector<BiasSlot> biases;
  /// method=reconstruct: the consumers as least-squares problems, and what
  /// they become.
  GroupReaders readers;
  std::vector<ReaderRefit> refits;
  /// Notes for the remark (e.g. constant neurons kept).
  SmallVector<std::string> notes;
  std::vector<int64_t> kept;
  SmallVector<int64_t> weightShape;
  int64_t weightElements = 0;
  int64_t nonzerosBefore = 0, nonzerosAfter = 0;

  int64_t numRemoved() const {
    return llvm::count_if(removed, [](auto r) { return r.has_value(); });
  }
};

/// One line on stderr: neurons removed, layers shrunk, parameters and FLOPs
/// before and after.
void printNeuronSummary(StringRef pass, ArrayRef<GroupRecord> records,
                        const ModelCost &before, const ModelCost &after);

/// One remark per group: shrunk (how many neurons go, and why) or left
/// alone (and why).
void emitNeuronRemarks(StringRef pass, ArrayRef<GroupRecord> records);

/// Writes the JSON report (docs/DESIGN.md section 8) to `path`; fails after
/// an error at `loc` if it cannot.
LogicalResult writeNeuronReport(StringRef path, StringRef pass,
                                ArrayRef<GroupRecord> records,
                                const ModelCost &before, const ModelCost &after,
                                NeuronMode mode, NeuronMethod method,
                                StringRef scores, Location loc);

} // namespace mlir::prune

#endif // PRUNE_LIB_TRANSFORMS_PRUNENEURONSRECORDS_H
