//===- PruneWeights.cpp - The prune-weights pass --------------------------===//
//
// Zeros the lowest-magnitude weights of a model. The pass checks its options,
// finds the weights (WeightAnalysis), checks that the pattern applies to
// every selected layer, and only then prunes (WeightPruning) - so a bad option
// or a pattern that does not fit changes nothing. It reports what it did
// through remarks, statistics and an optional JSON report.
//
//===----------------------------------------------------------------------===//

#include "Prune/Analysis/WeightAnalysis.h"
#include "Prune/Pruning/WeightPruning.h"
#include "Prune/Transforms/Passes.h"
#include "Prune/Support/Report.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/IR/Remarks.h"
#include "mlir/Interfaces/FunctionInterfaces.h"
#include "llvm/Support/Regex.h"

namespace mlir::prune {
#define GEN_PASS_DEF_PRUNEWEIGHTS
#include "Prune/Transforms/Passes.h.inc"
} // namespace mlir::prune

using namespace mlir;
using namespace mlir::prune;

namespace {

/// A weight and what the pass decided for it.
struct LayerRecord {
  WeightUse use;
  std::optional<WeightBuffer> buffer;
  /// Why the layer is left alone, or empty.
  std::string skipReason;
  int64_t nonzerosBefore = 0;
  int64_t nonzerosAfter = 0;
};

static StringRef getFunctionName(Operation *op) {
  if (auto func = op->getParentOfType<FunctionOpInterface>())
    return func.getName();
  return "";
}

/// Replaces the value of a weight constant.
static void setConstantValue(Operation *constantOp, ElementsAttr value) {
  if (auto tosaConst = dyn_cast<tosa::ConstOp>(constantOp))
    return tosaConst.setValuesAttr(value);
  cast<arith::ConstantOp>(constantOp).setValueAttr(cast<TypedAttr>(value));
}

struct PruneWeightsPass
    : public prune::impl::PruneWeightsBase<PruneWeightsPass> {
  using Base::Base;

  void runOnOperation() override;

private:
  /// Turns the options into a target, or reports what is wrong with them.
  FailureOr<PruneTarget> parseTarget();
  /// Decides, for each layer, whether it is pruned; fails (after reporting
  /// every offending layer) if the pattern cannot apply to a selected one.
  LogicalResult selectLayers(MutableArrayRef<LayerRecord> records,
                             const PrunePattern &pattern);
  void emitRemarks(ArrayRef<LayerRecord> records, const PrunePattern &pattern);
  LogicalResult writeReport(ArrayRef<LayerRecord> records,
                            const PrunePattern &pattern);
};

} // namespace

FailureOr<PruneTarget> PruneWeightsPass::parseTarget() {
  auto fail = [&](StringRef option, const Twine &message) {
    // At the module's location, without the op dump a module would bring.
    emitError(getOperation().getLoc())
        << "prune-weights: invalid option '" << option << "': " << message;
    return failure();
  };
  PruneTarget target;
  std::string error;
  FailureOr<PrunePattern> parsedPattern = PrunePattern::parse(pattern, error);
  if (failed(parsedPattern))
    return fail("pattern=" + pattern, error);
  target.pattern = *parsedPattern;

  // Checked first: the N:M branch below returns early.
  llvm::Regex layerRegex(layers);
  if (!layers.empty() && !layerRegex.isValid(error))
    return fail("layers=" + layers, "invalid regular expression: " + error);

  bool hasSparsity = sparsity != -1.0;
  bool hasThreshold = threshold != -1.0;
  if (hasSparsity && !(sparsity >= 0.0 && sparsity < 1.0))
    return fail("sparsity=" + std::to_string(sparsity),
                "expected a fraction in [0, 1)");
  if (hasThreshold && !(threshold >= 0.0))
    return fail("threshold=" + std::to_string(threshold),
                "expected a non-negative magnitude");
  if (target.pattern.kind == PrunePattern::Kind::NOfM) {
    double implied = target.pattern.impliedSparsity();
    if (hasThreshold)
      return fail("threshold", "pattern=" + pattern +
                                   " fixes which weights are zeroed; a "
                                   "threshold cannot be combined with it");
    if (hasSparsity && std::abs(sparsity - implied) > 1e-9)
      return fail("sparsity=" + std::to_string(sparsity),
                  "pattern=" + pattern + " fixes the sparsity at " +
                      std::to_string(implied));
    return target;
  }
  if (hasSparsity == hasThreshold)
    return fail(hasSparsity ? "sparsity" : "sparsity/threshold",
                hasSparsity ? "give either sparsity or threshold, not both"
                            : "one of sparsity=F or threshold=T is required");
  if (hasSparsity)
    target.sparsity = sparsity;
  else
    target.threshold = threshold;

  return target;
}

LogicalResult
PruneWeightsPass::selectLayers(MutableArrayRef<LayerRecord> records,
                               const PrunePattern &pattern) {
  llvm::Regex layerRegex(layers);
  bool patternFits = true;
  for (LayerRecord &record : records) {
    const WeightUse &use = record.use;
    if (!layers.empty() && !layerRegex.match(use.layerName)) {
      record.skipReason = "its name does not match layers='" + layers + "'";
      continue;
    }
    if (!use.skipReason.empty()) {
      record.skipReason = use.skipReason;
      continue;
    }
    if (!isa<tosa::ConstOp, arith::ConstantOp>(use.constantOp)) {
      record.skipReason = "its constant is a '" +
                          use.constantOp->getName().getStringRef().str() +
                          "', not tosa.const or arith.constant";
      continue;
    }
    std::string error;
    FailureOr<WeightBuffer> buffer =
        WeightBuffer::get(use.value, use.zeroPoint, error);
    if (failed(buffer)) {
      record.skipReason = error;
      continue;
    }
    record.buffer = std::move(*buffer);
    std::string misfit = pattern.checkApplicable(
        use.view ? &*use.view : nullptr, use.viewError);
    if (!misfit.empty()) {
      use.consumer->emitOpError()
          << "prune-weights: pattern=" << pattern.str()
          << " cannot apply to layer '" << use.layerName << "': " << misfit;
      patternFits = false;
    }
  }
  return success(patternFits);
}

void PruneWeightsPass::runOnOperation() {
  FailureOr<PruneTarget> target = parseTarget();
  if (failed(target))
    return signalPassFailure();

  SmallVector<LayerRecord, 0> records;
  for (WeightUse &use : collectWeightUses(getOperation()))
    records.push_back(LayerRecord{std::move(use)});
  if (failed(selectLayers(records, target->pattern)))
    return signalPassFailure();

  SmallVector<LayerToPrune> selected;
  for (LayerRecord &record : records) {
    if (!record.buffer)
      continue;
    record.nonzerosBefore = record.buffer->countNonZeros();
    selected.push_back(
        {&*record.buffer, record.use.view ? &*record.use.view : nullptr});
  }
  if (scope == PruneScope::Global) {
    pruneLayers(selected, *target);
  } else {
    for (const LayerToPrune &layer : selected)
      pruneLayers(layer, *target);
  }

  for (LayerRecord &record : records) {
    if (!record.buffer) {
      ++numLayersSkipped;
      continue;
    }
    record.nonzerosAfter = record.buffer->countNonZeros();
    ++numLayersPruned;
    numWeightsZeroed += record.nonzerosBefore - record.nonzerosAfter;
    if (record.buffer->isModified())
      setConstantValue(record.use.constantOp, record.buffer->commit());
  }
  emitRemarks(records, target->pattern);
  if (failed(writeReport(records, target->pattern)))
    return signalPassFailure();
}

void PruneWeightsPass::emitRemarks(ArrayRef<LayerRecord> records,
                                   const PrunePattern &pattern) {
  for (const LayerRecord &record : records) {
    auto opts = remark::RemarkOpts::name(record.buffer ? "LayerPruned"
                                                       : "LayerSkipped")
                    .category(getArgument())
                    .subCategory(record.use.layerName)
                    .function(getFunctionName(record.use.consumer));
    Location loc = record.use.consumer->getLoc();
    if (!record.buffer) {
      remark::missed(loc, opts)
          << remark::reason("layer '{0}' left alone: {1}",
                            record.use.layerName, record.skipReason);
      continue;
    }
    remark::passed(loc, opts)
        << remark::add("layer '{0}' pruned ({1}): {2} -> {3} nonzeros of {4}",
                       record.use.layerName, pattern.str(),
                       record.nonzerosBefore, record.nonzerosAfter,
                       record.buffer->size());
  }
}

LogicalResult PruneWeightsPass::writeReport(ArrayRef<LayerRecord> records,
                                            const PrunePattern &pattern) {
  if (report.empty())
    return success();
  ReportWriter writer(getArgument());
  for (const LayerRecord &record : records) {
    const WeightUse &use = record.use;
    ReportLayer layer;
    layer.name = use.layerName;
    layer.op = use.consumer->getName().getStringRef().str();
    layer.shape = llvm::to_vector(
        cast<ShapedType>(use.value.getType()).getShape());
    layer.elements = cast<ShapedType>(use.value.getType()).getNumElements();
    layer.pattern = pattern.str();
    if (record.buffer) {
      layer.nonzerosBefore = record.nonzerosBefore;
      layer.nonzerosAfter = record.nonzerosAfter;
    } else {
      layer.skipReason = record.skipReason;
    }
    writer.addLayer(std::move(layer));
  }
  std::string error;
  if (failed(writer.write(report, error))) {
    emitError(getOperation().getLoc()) << "prune-weights: " << error;
    return failure();
  }
  return success();
}
