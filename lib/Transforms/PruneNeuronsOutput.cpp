//===- PruneNeuronsOutput.cpp - What prune-neurons tells the user ---------===//
//
// prune-neurons' remarks, JSON report and summary line, from its records of
// the neuron groups (PruneNeuronsRecords.h).
//
//===----------------------------------------------------------------------===//

#include "PruneNeuronsRecords.h"

#include "Prune/Support/Diagnostics.h"
#include "Prune/Support/Report.h"

#include "mlir/IR/Remarks.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/raw_ostream.h"

#include <array>

using namespace mlir;
using namespace mlir::prune;

void prune::printNeuronSummary(StringRef pass, ArrayRef<GroupRecord> records,
                               const ModelCost &before,
                               const ModelCost &after) {
  int64_t removed = 0, neurons = 0, shrunk = 0, leftAlone = 0;
  for (const GroupRecord &record : records) {
    neurons += record.group.numNeurons;
    removed += record.numRemoved();
    shrunk += record.numRemoved() > 0;
    leftAlone += !record.skipReason.empty() && !record.deselected;
  }
  // One line, as the result of a long run is otherwise only in remarks and
  // the report. Counted here: pass statistics read 0 in LLVM builds without
  // statistics (Debian's).
  llvm::errs() << pass << ": removed " << removed << " of " << neurons
               << " neurons in " << shrunk << " of " << records.size()
               << " layers; parameters " << before.parameters << " -> "
               << after.parameters << ", FLOPs " << before.flops << " -> "
               << after.flops;
  // Why a layer cannot shrink (its neurons are model outputs, or reach a
  // reshape that mixes them) is otherwise only in the remarks.
  if (leftAlone)
    llvm::errs() << "; " << leftAlone << " layer" << (leftAlone > 1 ? "s" : "")
                 << " left alone (--remarks-filter=" << pass << " says why)";
  llvm::errs() << "\n";
}

/// How many of a record's neurons go for each reason.
static std::array<unsigned, kNumReasons>
countReasons(const GroupRecord &record) {
  std::array<unsigned, kNumReasons> counts = {};
  for (const auto &reason : record.removed)
    if (reason)
      ++counts[(unsigned)*reason];
  return counts;
}

/// "3 dead, 1 unused" for a record.
static std::string describeRemovals(const GroupRecord &record) {
  std::array<unsigned, kNumReasons> counts = countReasons(record);
  SmallVector<std::string> parts;
  for (unsigned r = 0; r < kNumReasons; ++r)
    if (counts[r])
      parts.push_back(std::to_string(counts[r]) + " " + kReasonNames[r]);
  if (int64_t block = record.group.neuronsPerBlock; block > 1 && !parts.empty())
    parts.push_back("whole heads of " + std::to_string(block));
  return parts.empty() ? "none removable" : llvm::join(parts, ", ");
}

void prune::emitNeuronRemarks(StringRef pass, ArrayRef<GroupRecord> records) {
  for (const GroupRecord &record : records) {
    const NeuronGroup &group = record.group;
    std::string name = group.getName();
    Operation *anchor = group.producers.front().op;
    bool shrunk = record.skipReason.empty() && record.numRemoved() > 0;
    auto opts =
        remark::RemarkOpts::name(shrunk ? "LayerShrunk" : "LayerLeftAlone")
            .category(pass)
            .subCategory(name)
            .function(getParentFunctionName(anchor));
    if (!record.skipReason.empty()) {
      remark::missed(anchor->getLoc(), opts) << remark::reason(
          "layer '{0}' left alone: {1}", name, record.skipReason);
      continue;
    }
    std::string notes =
        record.notes.empty() ? "" : "; " + llvm::join(record.notes, "; ");
    if (!shrunk) {
      remark::missed(anchor->getLoc(), opts)
          << remark::reason("layer '{0}' keeps its {1} neurons{2}", name,
                            group.numNeurons, notes);
      continue;
    }
    remark::passed(anchor->getLoc(), opts) << remark::add(
        "layer '{0}': {1} -> {2} neurons ({3}){4}", name, group.numNeurons,
        record.kept.size(), describeRemovals(record), notes);
  }
}

LogicalResult prune::writeNeuronReport(StringRef path, StringRef pass,
                                       ArrayRef<GroupRecord> records,
                                       const ModelCost &before,
                                       const ModelCost &after, NeuronMode mode,
                                       NeuronMethod method, StringRef scores,
                                       Location loc) {
  static const char *modeNames[] = {"dead", "activity", "importance"};
  ReportWriter writer(pass);
  int64_t neuronsBefore = 0, neuronsAfter = 0;
  for (const GroupRecord &record : records) {
    const NeuronGroup &group = record.group;
    ReportLayer layer;
    layer.name = group.getName();
    layer.op = group.producers.front().op->getName().getStringRef().str();
    layer.shape = record.weightShape;
    layer.elements = record.weightElements;
    layer.pattern = "neurons";
    layer.skipReason = record.skipReason;
    if (record.skipReason.empty()) {
      layer.nonzerosBefore = record.nonzerosBefore;
      layer.nonzerosAfter = record.nonzerosAfter;
      int64_t kept = record.kept.size();
      layer.extra["neurons_before"] = group.numNeurons;
      layer.extra["neurons_after"] = kept;
      layer.extra["neurons_removed"] = group.numNeurons - kept;
      if (group.neuronsPerBlock > 1)
        layer.extra["neurons_per_head"] = group.neuronsPerBlock;
      llvm::json::Object reasons;
      std::array<unsigned, kNumReasons> counts = countReasons(record);
      for (unsigned r = 0; r < kNumReasons; ++r)
        if (counts[r])
          reasons[kReasonNames[r]] = counts[r];
      layer.extra["removed"] = std::move(reasons);
      int64_t folded = 0;
      for (const auto &folds : record.folds)
        folded = std::max<int64_t>(folded, folds.size());
      layer.extra["folded_into_bias"] = folded;
      llvm::json::Array consumers;
      for (const GroupContraction &consumer : group.consumers)
        consumers.push_back(consumer.layerName);
      layer.extra["consumers"] = std::move(consumers);
      if (!record.refits.empty()) {
        llvm::json::Array errors;
        for (const ReaderRefit &refit : record.refits)
          errors.push_back(refit.relativeError);
        layer.extra["refit_relative_errors"] = std::move(errors);
      }
      if (!record.notes.empty())
        layer.extra["notes"] = llvm::join(record.notes, "; ");
      neuronsBefore += group.numNeurons;
      neuronsAfter += kept;
    }
    writer.addLayer(std::move(layer));
  }
  llvm::json::Object &extra = writer.getExtra();
  extra["mode"] = modeNames[(unsigned)mode];
  if (method == NeuronMethod::Reconstruct)
    extra["method"] = "reconstruct";
  if (!scores.empty()) {
    extra["criterion"] = "scores";
    extra["scores"] = scores;
  }
  extra["neurons_before"] = neuronsBefore;
  extra["neurons_after"] = neuronsAfter;
  extra["parameters_before"] = before.parameters;
  extra["parameters_after"] = after.parameters;
  extra["flops_before"] = before.flops;
  extra["flops_after"] = after.flops;
  return writer.writeOrEmitError(path, loc);
}
