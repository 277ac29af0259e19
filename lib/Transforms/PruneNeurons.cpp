//===- PruneNeurons.cpp - The prune-neurons pass --------------------------===//
//
// Removes output neurons of layers; shapes shrink. The pass checks its
// options, builds the neuron group of every layer (NeuronGroups), decides
// per group which neurons go (exact dead/unused analysis, calibration
// activity, weight-norm importance, importance given in a scores file, or
// what the readers' least-squares refit leaves), and only then rewrites:
// first every fold into a next layer's bias and every refit of a reader
// (computed on the original weights), then every shrink. Decisions never depend
// on rewritten IR, so the order of the groups does not matter. What it
// decided per group (PruneNeuronsRecords.h) becomes remarks, the report and
// the summary line in PruneNeuronsOutput.cpp.
//
//===----------------------------------------------------------------------===//

#include "Prune/Analysis/NeuronGroups.h"
#include "Prune/Analysis/NeuronIntervals.h"
#include "Prune/Analysis/WeightAnalysis.h"
#include "Prune/Calibration/Statistics.h"
#include "Prune/Pruning/NeuronPruning.h"
#include "Prune/Pruning/NeuronReconstruction.h"
#include "PruneNeuronsRecords.h"
#include "PrunePassBase.h"

#include "Prune/Support/Diagnostics.h"
#include "Prune/Support/ImportanceScores.h"
#include "Prune/Transforms/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/IR/Matchers.h"
#include "mlir/Interfaces/FunctionInterfaces.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/Regex.h"

#include <cmath>
#include <numeric>

namespace mlir::prune {
#define GEN_PASS_DEF_PRUNENEURONS
#include "Prune/Transforms/Passes.h.inc"
} // namespace mlir::prune

using namespace mlir;
using namespace mlir::prune;

namespace {

static int64_t countNonZeros(Operation *constantOp) {
  std::string error;
  FailureOr<std::vector<double>> values = readFloatConstant(constantOp, error);
  if (failed(values))
    return 0;
  return llvm::count_if(*values, [](double v) { return v != 0.0; });
}

struct PruneNeuronsPass
    : public PrunePassBase<prune::impl::PruneNeuronsBase, PruneNeuronsPass> {
  using PrunePassBase::PrunePassBase;

  SmallVector<OptionValueCheck> getTypedOptions() {
    return {describeOption(mode),      describeOption(method),
            describeOption(threshold), describeOption(fold),
            describeOption(ratio),     describeOption(norm),
            describeOption(scope)};
  }

  void runOnOperation() override;

private:
  LogicalResult checkOptions();
  /// Consumers' biases for folding; fails with the reason if one has none.
  LogicalResult findBiases(GroupRecord &record, std::string &reason);
  void decideDead(GroupRecord &record,
                  const std::vector<std::vector<Interval>> &intervals);
  LogicalResult decideActivity(GroupRecord &record);
  /// scores=: each neuron's importance, summed over the group's layers;
  /// fails, naming the layer and the file, when the file does not fit.
  FailureOr<std::vector<double>> givenNeuronScores(const GroupRecord &record);
  /// Records why groups are left alone; decides dead and activity groups
  /// and gathers reconstruct's readers.
  LogicalResult screenGroups(std::vector<GroupRecord> &records);
  /// Warns about arrays of scores= that name no layer.
  void warnUnknownScoreArrays(ModuleOp module,
                              ArrayRef<NamedLayer> namedLayers);
  /// mode=importance: ranks neurons (by norms, scores or reconstruction)
  /// per layer or over all layers and marks the removed ones.
  LogicalResult decideByImportance(std::vector<GroupRecord> &records);
  /// Refits, folds into biases and shrinks the groups as decided.
  void applyDecisions(std::vector<GroupRecord> &records);

  std::optional<CalibrationStatistics> statistics;
  std::optional<ImportanceScores> importanceScores;
  llvm::DenseMap<Operation *, const WeightUse *> weightUses;
};

} // namespace

LogicalResult PruneNeuronsPass::checkOptions() {
  auto fail = [&](StringRef option, const Twine &message) {
    return emitOptionError(getOperation().getLoc(), getArgument(), option,
                           message);
  };
  std::string error;
  llvm::Regex layerRegex(layers);
  if (!layers.empty() && !layerRegex.isValid(error))
    return fail("layers=" + layers, "invalid regular expression: " + error);

  bool isActivity = mode == NeuronMode::Activity;
  bool isImportance = mode == NeuronMode::Importance;
  bool isReconstruct = method == NeuronMethod::Reconstruct;
  if (isReconstruct && !isImportance)
    return fail("method", "only applies to mode=importance");
  if (!isActivity && !isReconstruct && !stats.empty())
    return fail("stats", "only mode=activity and method=reconstruct read "
                         "calibration statistics");
  if (isReconstruct && stats.empty())
    return fail("stats", "method=reconstruct needs stats=PATH (prune-calibrate "
                         "--stats writes it)");
  if (isReconstruct && scope == PruneScope::Global)
    return fail("scope", "method=reconstruct removes a ratio of each layer's "
                         "neurons; scope=global is not supported with it");
  if (isReconstruct && norm != NeuronNorm::L2)
    return fail("norm", "ranks neurons by their incoming weights; with "
                        "method=reconstruct the readers' refit ranks them");
  if (!isActivity && threshold != -1.0)
    return fail("threshold", "only applies to mode=activity");
  if (!isActivity && fold != NeuronFold::Mean)
    return fail("fold", "only applies to mode=activity");
  if (!isImportance && !scores.empty())
    return fail("scores=" + scores,
                "is read only with mode=importance (it ranks neurons by the "
                "file's importance instead of incoming-weight norms)");
  if (!scores.empty() && norm != NeuronNorm::L2)
    return fail("norm", "ranks neurons by their incoming weights; with "
                        "scores= the file ranks them");
  if (!isImportance && ratio != -1.0)
    return fail("ratio", "only applies to mode=importance");
  if (!isImportance && (norm != NeuronNorm::L2 || scope != PruneScope::Layer))
    return fail(norm != NeuronNorm::L2 ? "norm" : "scope",
                "only applies to mode=importance");
  if (isActivity) {
    if (stats.empty())
      return fail("stats", "mode=activity needs stats=PATH");
    if (threshold == -1.0)
      return fail("threshold", "mode=activity needs threshold=T (>= 0; -1, "
                               "the default, means not given)");
    if (!(threshold >= 0.0))
      return fail("threshold=" + std::to_string(threshold),
                  "expected a non-negative activity");
  }
  if (!stats.empty()) {
    llvm::Expected<CalibrationStatistics> read =
        readCalibrationStatistics(stats);
    if (!read)
      return fail("stats=" + stats, llvm::toString(read.takeError()));
    statistics = std::move(*read);
  }
  if (isImportance) {
    if (ratio == -1.0)
      return fail("ratio", "mode=importance needs ratio=R");
    if (!(ratio >= 0.0 && ratio < 1.0))
      return fail("ratio=" + std::to_string(ratio),
                  "expected a fraction in [0, 1)");
    if (!scores.empty()) {
      llvm::Expected<ImportanceScores> read = readImportanceScores(scores);
      if (!read)
        return fail("scores=" + scores, llvm::toString(read.takeError()));
      importanceScores = std::move(*read);
    }
  }
  return success();
}

LogicalResult PruneNeuronsPass::findBiases(GroupRecord &record,
                                           std::string &reason) {
  if (!record.biases.empty())
    return success();
  SmallVector<BiasSlot> biases;
  for (const GroupContraction &consumer : record.group.consumers) {
    const WeightUse *use = weightUses.lookup(consumer.op);
    if (!use) {
      reason = "layer '" + consumer.layerName +
               "' shares its weight with another layer";
      return failure();
    }
    FailureOr<BiasSlot> bias =
        findFoldableBias(consumer, *use, record.group.numNeurons, reason);
    if (failed(bias))
      return failure();
    biases.push_back(*bias);
  }
  record.biases.assign(biases.begin(), biases.end());
  return success();
}

/// Values of each neuron's slice of `constantOp` along `axis`: whether every
/// element of the slice is zero.
static std::vector<bool> zeroSlices(Operation *constantOp, int64_t axis,
                                    int64_t n) {
  std::vector<bool> zero(n, false);
  std::string error;
  FailureOr<std::vector<double>> values = readFloatConstant(constantOp, error);
  if (failed(values))
    return zero;
  zero.assign(n, true);
  auto shape =
      cast<RankedTensorType>(constantOp->getResult(0).getType()).getShape();
  forEachAlongAxis(shape, axis, [&](int64_t k, int64_t linear) {
    if ((*values)[linear] != 0.0)
      zero[k] = false;
  });
  return zero;
}

void PruneNeuronsPass::decideDead(
    GroupRecord &record, const std::vector<std::vector<Interval>> &intervals) {
  const NeuronGroup &group = record.group;
  int64_t n = group.numNeurons;
  std::vector<bool> unused(n, !group.consumers.empty());
  for (const GroupContraction &consumer : group.consumers) {
    std::vector<bool> zero =
        zeroSlices(consumer.weightConstant, consumer.weightAxis, n);
    for (int64_t k = 0; k < n; ++k)
      unused[k] = unused[k] && zero[k];
  }
  int64_t keptConstants = 0;
  std::string foldReason;
  for (int64_t k = 0; k < n; ++k) {
    if (unused[k]) {
      record.removed[k] = RemovalReason::Unused;
      continue;
    }
    bool constant = true, zero = true;
    for (const std::vector<Interval> &atConsumer : intervals) {
      constant = constant && atConsumer[k].isPoint();
      zero = zero && atConsumer[k] == Interval::point(0.0);
    }
    if (!constant || intervals.empty())
      continue;
    if (zero) {
      record.removed[k] = RemovalReason::Dead;
      continue;
    }
    if (failed(findBiases(record, foldReason))) {
      ++keptConstants;
      continue;
    }
    record.removed[k] = RemovalReason::Constant;
    for (size_t c = 0; c < intervals.size(); ++c)
      record.folds[c].push_back({k, intervals[c][k].lo});
  }
  if (keptConstants)
    record.notes.push_back(std::to_string(keptConstants) +
                           " constant neuron(s) kept: " + foldReason);
  else if (record.numRemoved() == 0)
    record.notes.push_back("none is unread or provably constant where the "
                           "next layers read it (mode=dead removes only "
                           "those)");
}

LogicalResult PruneNeuronsPass::decideActivity(GroupRecord &record) {
  const NeuronGroup &group = record.group;
  if (group.producers.size() != 1) {
    record.skipReason = "coupled layers have no statistics of their sum";
    return success();
  }
  const GroupContraction &producer = group.producers.front();
  const LayerStatistics *layer = statistics->lookup(producer.layerName);
  if (!layer) {
    producer.op->emitOpError()
        << "prune-neurons: stats=" << stats << " has no layer '"
        << producer.layerName << "'";
    return failure();
  }
  if (layer->outFeatures != group.numNeurons ||
      layer->activityMeanAbs.size() != layer->outFeatures ||
      layer->activityMean.size() != layer->outFeatures) {
    producer.op->emitOpError()
        << "prune-neurons: stats=" << stats << " gives layer '"
        << producer.layerName << "' " << layer->outFeatures
        << " output neurons, the model has " << group.numNeurons;
    return failure();
  }
  std::string reason;
  if (fold == NeuronFold::Mean && failed(findBiases(record, reason))) {
    record.skipReason = "cannot fold mean activities (" + reason +
                        "); fold=none drops neurons without folding";
    return success();
  }
  for (int64_t k = 0; k < group.numNeurons; ++k) {
    if (!(layer->activityMeanAbs[k] < threshold))
      continue;
    record.removed[k] = RemovalReason::Inactive;
    if (fold == NeuronFold::Mean)
      for (auto &folds : record.folds)
        folds.push_back({k, layer->activityMean[k]});
  }
  return success();
}

FailureOr<std::vector<double>>
PruneNeuronsPass::givenNeuronScores(const GroupRecord &record) {
  const NeuronGroup &group = record.group;
  std::vector<double> sums(group.numNeurons, 0.0);
  bool fits = true;
  for (const GroupContraction &producer : group.producers) {
    auto mismatch = [&]() -> InFlightDiagnostic {
      fits = false;
      return producer.op->emitOpError()
             << "prune-neurons: layer '" << producer.layerName << "' ";
    };
    const HostArray *array = importanceScores->lookup(producer.layerName);
    if (!array) {
      mismatch() << "has no scores in '" << scores
                 << "' (every pruned layer, also each layer coupled to it, "
                    "needs an array keyed by its name; layers=REGEX "
                    "restricts the pass to some layers)";
      continue;
    }
    if (array->shape.size() != 1 || array->shape[0] != group.numNeurons) {
      mismatch() << "has scores of shape " << formatShape(array->shape)
                 << " in '" << scores << "', expected one per output neuron: ["
                 << group.numNeurons << "]";
      continue;
    }
    std::string error;
    std::optional<std::vector<float>> values =
        getImportanceValues(*array, error);
    if (!values) {
      mismatch() << "scores in '" << scores << "' " << error;
      continue;
    }
    for (int64_t k = 0; k < group.numNeurons; ++k)
      sums[k] += (*values)[k];
  }
  if (!fits)
    return failure();
  return sums;
}

/// Norm of each neuron's incoming weights over all producers of the group.
static std::vector<double> incomingNorms(const NeuronGroup &group,
                                         NeuronNorm norm) {
  std::vector<double> sums(group.numNeurons, 0.0);
  for (const GroupContraction &producer : group.producers) {
    std::string error;
    FailureOr<std::vector<double>> values =
        readFloatConstant(producer.weightConstant, error);
    if (failed(values))
      continue;
    auto shape =
        cast<RankedTensorType>(producer.weightConstant->getResult(0).getType())
            .getShape();
    forEachAlongAxis(shape, producer.weightAxis, [&](int64_t k, int64_t i) {
      double w = (*values)[i];
      sums[k] += norm == NeuronNorm::L1 ? std::abs(w) : w * w;
    });
  }
  if (norm == NeuronNorm::L2)
    for (double &s : sums)
      s = std::sqrt(s);
  return sums;
}

/// Builds one record per group: coupled layers share theirs.
static std::vector<GroupRecord>
buildGroupRecords(ArrayRef<NamedLayer> namedLayers) {
  llvm::DenseMap<Operation *, std::string> layerNames;
  for (const NamedLayer &layer : namedLayers)
    layerNames[layer.op] = layer.name;
  std::vector<GroupRecord> records;
  llvm::DenseSet<Operation *> grouped;
  for (const NamedLayer &layer : namedLayers) {
    if (grouped.contains(layer.op))
      continue;
    GroupRecord record;
    record.group = buildNeuronGroup(layer.op, layer.weightOperand, layerNames);
    for (const GroupContraction &producer : record.group.producers)
      grouped.insert(producer.op);
    records.push_back(std::move(record));
  }
  return records;
}

LogicalResult
PruneNeuronsPass::screenGroups(std::vector<GroupRecord> &records) {
  llvm::Regex layerRegex(layers);
  llvm::DenseMap<Value, std::vector<Interval>> known;
  for (GroupRecord &record : records) {
    NeuronGroup &group = record.group;
    record.removed.assign(group.numNeurons, std::nullopt);
    record.folds.assign(group.consumers.size(), {});
    if (!group.isPrunable()) {
      record.skipReason = group.failure;
      record.skipOp = group.failureOp;
      continue;
    }
    if (group.neuronsPerBlock > 1 && mode != NeuronMode::Importance) {
      record.skipReason =
          "its neurons are used in blocks of " +
          std::to_string(group.neuronsPerBlock) +
          " (attention heads), which mode=dead and mode=activity do not "
          "remove; mode=importance removes whole heads";
      continue;
    }
    // Bounds flow downstream even through layers that are left alone.
    std::vector<std::vector<Interval>> intervals;
    if (mode == NeuronMode::Dead) {
      intervals = computeNeuronIntervals(group, known, weightUses);
      for (auto [c, consumer] : llvm::enumerate(group.consumers))
        known[consumer.op->getOperand(consumer.dataOperand)] = intervals[c];
    }
    if (!layers.empty()) {
      for (const GroupContraction &producer : group.producers)
        if (!layerRegex.match(producer.layerName)) {
          record.skipReason = "its name does not match layers='" + layers + "'";
          record.deselected = true;
        }
      if (!record.skipReason.empty())
        continue;
    }
    if (mode == NeuronMode::Importance && !importanceScores) {
      // Norms of quantized weights would need their zero points and scales.
      for (const GroupContraction &producer : group.producers) {
        std::string error;
        if (failed(readFloatConstant(producer.weightConstant, error)))
          record.skipReason = "the weight of layer '" + producer.layerName +
                              "' is not a dense floating-point constant";
      }
      if (!record.skipReason.empty())
        continue;
    }
    if (mode == NeuronMode::Dead)
      decideDead(record, intervals);
    else if (mode == NeuronMode::Activity && failed(decideActivity(record)))
      return failure();
    else if (method == NeuronMethod::Reconstruct) {
      FailureOr<GroupReaders> readers = collectGroupReaders(
          group, weightUses, *statistics, stats, record.skipReason);
      if (failed(readers))
        return failure();
      record.readers = std::move(*readers);
    }
  }
  return success();
}

void PruneNeuronsPass::warnUnknownScoreArrays(
    ModuleOp module, ArrayRef<NamedLayer> namedLayers) {
  // Keys that name no layer: a file of another model, or framework names
  // rather than the report's. Layers that need scores are checked later.
  llvm::StringSet<> names;
  for (const NamedLayer &layer : namedLayers)
    names.insert(layer.name);
  for (const HostArray &array : importanceScores->arrays)
    if (!names.contains(array.name))
      emitWarning(module.getLoc())
          << getArgument() << ": scores file '" << scores << "' has array '"
          << array.name
          << "', which names no layer of the model (layer names are the "
             "ones report= prints); it is ignored";
}

LogicalResult
PruneNeuronsPass::decideByImportance(std::vector<GroupRecord> &records) {
  // Importance per group, checked for every group before any is decided.
  std::vector<std::vector<double>> importance(records.size());
  bool fits = true;
  for (auto [g, record] : llvm::enumerate(records)) {
    if (!record.skipReason.empty())
      continue;
    if (!importanceScores) {
      if (method == NeuronMethod::Mask)
        importance[g] = incomingNorms(record.group, norm);
      continue;
    }
    FailureOr<std::vector<double>> given = givenNeuronScores(record);
    if (failed(given)) {
      fits = false;
      continue;
    }
    importance[g] = std::move(*given);
  }
  if (!fits)
    return failure();

  // Candidates (norm, group, first neuron), smallest first; ties by
  // position. A candidate is a block of neurons removed together (one
  // neuron, or an attention head), scored by its neurons' mean norm.
  struct Candidate {
    double norm;
    size_t group;
    int64_t neuron;
  };
  std::vector<Candidate> pool;
  auto select = [&](std::vector<Candidate> &candidates, int64_t count) {
    llvm::stable_sort(candidates, [](const Candidate &a, const Candidate &b) {
      return a.norm < b.norm;
    });
    for (const Candidate &candidate : candidates) {
      GroupRecord &record = records[candidate.group];
      int64_t block = record.group.neuronsPerBlock;
      if (count < block)
        continue;
      // No layer loses all of its neurons.
      if (record.numRemoved() + block >= record.group.numNeurons)
        continue;
      for (int64_t k = 0; k < block; ++k)
        record.removed[candidate.neuron + k] = RemovalReason::Unimportant;
      count -= block;
    }
  };
  for (auto [g, record] : llvm::enumerate(records)) {
    if (!record.skipReason.empty())
      continue;
    if (method == NeuronMethod::Reconstruct && !importanceScores) {
      NeuronRemoval removal = removeNeuronsByReconstruction(
          record.readers.problems, record.group.numNeurons,
          record.group.neuronsPerBlock,
          std::llround(ratio * record.group.numNeurons));
      for (int64_t k : removal.removed)
        record.removed[k] = RemovalReason::Unimportant;
      record.refits = std::move(removal.refits);
      continue;
    }
    const std::vector<double> &norms = importance[g];
    int64_t block = record.group.neuronsPerBlock;
    std::vector<Candidate> candidates;
    for (int64_t k = 0; k < record.group.numNeurons; k += block) {
      double sum = 0.0;
      for (int64_t j = 0; j < block; ++j)
        sum += norms[k + j];
      candidates.push_back({sum / block, g, k});
    }
    if (scope == PruneScope::Layer)
      select(candidates, std::llround(ratio * record.group.numNeurons));
    else
      llvm::append_range(pool, candidates);
  }
  if (scope == PruneScope::Global) {
    int64_t total = 0;
    for (const GroupRecord &record : records)
      if (record.skipReason.empty())
        total += record.group.numNeurons;
    select(pool, std::llround(ratio * total));
  }
  return success();
}

/// A layer keeps at least one neuron (exact modes: the first one).
static void keepOneNeuronPerLayer(std::vector<GroupRecord> &records) {
  for (GroupRecord &record : records) {
    if (!record.skipReason.empty() || record.group.numNeurons == 0)
      continue;
    if (record.numRemoved() == record.group.numNeurons) {
      record.removed[0].reset();
      for (auto &folds : record.folds)
        llvm::erase_if(folds, [](auto &f) { return f.first == 0; });
      record.notes.push_back("neuron 0 kept so that the layer is not empty");
    }
  }
}

void PruneNeuronsPass::applyDecisions(std::vector<GroupRecord> &records) {
  for (GroupRecord &record : records) {
    const NeuronGroup &group = record.group;
    if (const WeightUse *use = weightUses.lookup(group.producers.front().op)) {
      auto type = cast<RankedTensorType>(use->value.getType());
      record.weightShape = llvm::to_vector(type.getShape());
      record.weightElements = type.getNumElements();
      record.nonzerosBefore = countNonZeros(use->constantOp);
    }
    for (int64_t k = 0; k < group.numNeurons; ++k)
      if (!record.removed[k])
        record.kept.push_back(k);
  }
  // Refits of readers chosen by scores, now that the choice is made.
  if (method == NeuronMethod::Reconstruct && importanceScores) {
    for (GroupRecord &record : records) {
      if (!record.skipReason.empty())
        continue;
      std::vector<int64_t> removed;
      for (int64_t k = 0; k < record.group.numNeurons; ++k)
        if (record.removed[k])
          removed.push_back(k);
      record.refits = refitNeuronReaders(record.readers.problems,
                                         record.group.numNeurons, removed);
    }
  }
  // Folds and refits read the original weights, so all of them go before
  // any shrink.
  for (GroupRecord &record : records) {
    if (!record.skipReason.empty())
      continue;
    if (record.numRemoved() > 0 && !record.refits.empty()) {
      applyReaderRefits(record.group, record.readers, record.refits,
                        weightUses);
      for (auto [consumer, refit] :
           llvm::zip_equal(record.group.consumers, record.refits))
        record.notes.push_back(llvm::formatv(
            "'{0}' refit ({1:P2} relative output error on the calibration "
            "data)",
            consumer.layerName, refit.relativeError));
    }
    for (auto [c, folds] : llvm::enumerate(record.folds)) {
      if (folds.empty())
        continue;
      const GroupContraction &consumer = record.group.consumers[c];
      foldIntoBias(record.biases[c], *weightUses.lookup(consumer.op),
                   record.group.numNeurons, folds);
    }
  }
  for (GroupRecord &record : records) {
    if (!record.skipReason.empty()) {
      ++numLayersSkipped;
      continue;
    }
    int64_t removed = record.numRemoved();
    if (removed == 0)
      continue;
    shrinkNeuronGroup(record.group, record.kept);
    ++numLayersShrunk;
    numNeuronsRemoved += removed;
  }
  for (GroupRecord &record : records)
    if (const WeightUse *use =
            weightUses.lookup(record.group.producers.front().op))
      record.nonzerosAfter = countNonZeros(use->constantOp);
}

void PruneNeuronsPass::runOnOperation() {
  if (failed(checkOptions()))
    return signalPassFailure();
  ModuleOp module = getOperation();
  ModelCost before = computeModelCost(module);

  SmallVector<WeightUse, 0> uses = collectWeightUses(module);
  emitNoWeightRemarks(module, uses, getArgument());
  recordLayerNames(module);
  for (const WeightUse &use : uses)
    weightUses[use.consumer] = &use;
  // Names of every weight consumer, also those sharing a constant.
  SmallVector<NamedLayer> namedLayers = collectNamedLayers(module);
  std::vector<GroupRecord> records = buildGroupRecords(namedLayers);

  std::vector<std::string> names;
  for (const GroupRecord &record : records)
    for (const GroupContraction &producer : record.group.producers)
      names.push_back(producer.layerName);
  warnIfNoLayerMatches(module.getLoc(), getArgument(), layers, names);
  // Dead and activity decide here, group by group; importance decides
  // below, over all groups at once.
  if (failed(screenGroups(records)))
    return signalPassFailure();
  if (importanceScores)
    warnUnknownScoreArrays(module, namedLayers);
  if (mode == NeuronMode::Importance && failed(decideByImportance(records)))
    return signalPassFailure();
  keepOneNeuronPerLayer(records);
  applyDecisions(records);

  ModelCost after = computeModelCost(module);
  emitNeuronRemarks(getArgument(), records);
  if (!report.empty() &&
      failed(writeNeuronReport(report, getArgument(), records, before, after,
                               mode, method, scores, module.getLoc())))
    return signalPassFailure();
  if (summary)
    printNeuronSummary(getArgument(), records, before, after);
}
