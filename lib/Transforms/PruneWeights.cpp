//===- PruneWeights.cpp - The prune-weights pass --------------------------===//
//
// Zeros the least important weights of a model. The pass checks its options,
// finds the weights (WeightAnalysis), checks that the pattern applies to
// every selected layer and that the calibration statistics (stats=) match
// them, and only then prunes (WeightPruning) - so a bad option, a pattern
// that does not fit or a statistics file of another model changes nothing.
// With statistics it scores by Wanda, reconstructs kept weights or prunes
// with the optimal brain surgeon (SparseGPT) on request, splits the target
// over the layers by OWL on request, and measures each layer's output error
// on the calibration data. With a scores file (criterion=scores) the
// importance of each weight comes from outside, checked against every
// selected layer before anything is pruned (PruneWeightsInputs.cpp).
// It reports what it did through remarks, statistics and a JSON report.
//
//===----------------------------------------------------------------------===//

#include "Prune/Analysis/WeightAnalysis.h"
#include "Prune/Calibration/Instrumentation.h"
#include "Prune/Calibration/Statistics.h"
#include "Prune/Pruning/LayerAllocation.h"
#include "Prune/Pruning/NeuronPruning.h"
#include "Prune/Pruning/OptimalBrainSurgeon.h"
#include "Prune/Pruning/Reconstruction.h"
#include "Prune/Pruning/WeightPruning.h"
#include "PrunePassBase.h"
#include "PruneWeightsInputs.h"

#include "Prune/Support/Diagnostics.h"
#include "Prune/Support/Progress.h"
#include "Prune/Transforms/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/IR/Threading.h"
#include "mlir/Interfaces/FunctionInterfaces.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/Regex.h"

#include <cmath>
#include <mutex>

namespace mlir::prune {
#define GEN_PASS_DEF_PRUNEWEIGHTS
#include "Prune/Transforms/Passes.h.inc"
} // namespace mlir::prune

using namespace mlir;
using namespace mlir::prune;

namespace {

/// X^T T of the layer's reconstruction target: X^T R beside a reference,
/// else the Gram matrix (T = X, the layer's own inputs); centered with
/// bias-correction.
static ArrayRef<double> getTargetCross(const WeightRecord &record) {
  if (!record.centeredCross.empty())
    return record.centeredCross;
  return record.stats->crossGram.empty() ? ArrayRef(record.stats->gram)
                                         : ArrayRef(record.stats->crossGram);
}

/// X^T X of the layer's inputs, centered with bias-correction.
static ArrayRef<double> getGram(const WeightRecord &record) {
  return record.centeredGram.empty() ? ArrayRef(record.stats->gram)
                                     : ArrayRef(record.centeredGram);
}

/// The mean output the bias correction restores is the target's (the
/// reference's inputs beside a reference, else the layer's own).
static ArrayRef<double> getTargetSum(const LayerStatistics &stats) {
  return stats.referenceSum.empty() ? ArrayRef(stats.inputSum)
                                    : ArrayRef(stats.referenceSum);
}

/// The bias that bias correction shifts on `record`, given statistics with
/// input sums of the view's width; else none, with the reason in `reason`.
static std::optional<BiasSlot> findCorrectableBias(const WeightRecord &record,
                                                   std::string &reason) {
  const LayerStatistics *stats = record.stats;
  if (!record.use.view || !stats || record.dense.empty() ||
      stats->samples == 0 ||
      stats->inputSum.size() != static_cast<size_t>(record.use.view->cols) ||
      (!stats->crossGram.empty() &&
       stats->referenceSum.size() != stats->inputSum.size())) {
    reason = "no input sums in the statistics (version 3)";
    return std::nullopt;
  }
  FailureOr<BiasSlot> bias =
      findBias(record.use.consumer, record.use.weightOperand,
               record.use.view->rows, record.use.layerName, reason);
  if (failed(bias))
    return std::nullopt;
  return *bias;
}

/// Centers the statistics of `record` for least squares with an intercept.
static void centerStatistics(WeightRecord &record) {
  const LayerStatistics &stats = *record.stats;
  size_t n = stats.inputSum.size();
  double samples = static_cast<double>(stats.samples);
  ArrayRef<double> targetSum = getTargetSum(stats);
  ArrayRef<double> cross = getTargetCross(record);
  record.centeredGram.resize(n * n);
  record.centeredCross.resize(n * n);
  for (size_t i = 0; i < n; ++i)
    for (size_t j = 0; j < n; ++j) {
      record.centeredGram[i * n + j] =
          stats.gram[i * n + j] -
          stats.inputSum[i] * stats.inputSum[j] / samples;
      record.centeredCross[i * n + j] =
          cross[i * n + j] - stats.inputSum[i] * targetSum[j] / samples;
    }
}

struct PruneWeightsPass
    : public PrunePassBase<prune::impl::PruneWeightsBase, PruneWeightsPass> {
  using PrunePassBase::PrunePassBase;

  SmallVector<OptionValueCheck> getTypedOptions() {
    return {describeOption(sparsity),    describeOption(threshold),
            describeOption(pattern),     describeOption(scope),
            describeOption(criterion),   describeOption(method),
            describeOption(strict),      describeOption(allocation),
            describeOption(owlM),        describeOption(owlLambda),
            describeOption(scoresLayout)};
  }

  void runOnOperation() override;

  /// The first option that needs stats=, or "".
  StringRef optionNeedingStatistics() const {
    if (criterion == WeightCriterion::Wanda)
      return "criterion=wanda";
    if (method == WeightMethod::Reconstruct)
      return "method=reconstruct";
    if (method == WeightMethod::Obs)
      return "method=obs";
    if (allocation == SparsityAllocation::Owl)
      return "allocation=owl";
    if (biasCorrection)
      return "bias-correction";
    return "";
  }
  bool needsStatistics() const { return !optionNeedingStatistics().empty(); }

private:
  /// Turns the options into a target, or reports what is wrong with them.
  FailureOr<PruneTarget> parseTarget();
  /// Decides, for each layer, whether it is pruned. A layer the pattern
  /// cannot apply to is left alone with a warning, or with strict=true the
  /// pass fails after reporting every such layer.
  LogicalResult selectLayers(MutableArrayRef<WeightRecord> records,
                             const PrunePattern &pattern);
  /// Warns when no layer is pruned although the module has layers: their
  /// weights are not constants, or none can be pruned (else the run says
  /// nothing: remarks are off by default).
  void warnIfNothingToPrune(ArrayRef<WeightRecord> records);
  /// Reads stats= and attaches each selected layer's record; fails (after
  /// reporting every mismatch) if the file does not fit the model.
  LogicalResult attachStatistics(MutableArrayRef<WeightRecord> records,
                                 CalibrationStatistics &calibration);
  /// Measures a pruned layer's output error and, for methods that update
  /// weights, refits its kept weights.
  void measureAndReconstruct(WeightRecord &record);
  /// Methods that write new values into the kept weights.
  bool updatesWeights() const { return method != WeightMethod::Mask; }
  /// bias-correction: shifts each pruned layer's bias by the difference of
  /// the dense and pruned layers' mean outputs on the calibration data.
  void correctBiases(MutableArrayRef<WeightRecord> records);
  /// allocation=owl: gives every selected layer its number of zero units.
  void allocateLayerSparsities(MutableArrayRef<WeightRecord> records,
                               const PruneTarget &target);
  /// method=obs: prunes and updates every selected layer.
  void pruneWithObs(MutableArrayRef<WeightRecord> records,
                    const PruneTarget &target);
};

} // namespace

FailureOr<std::string>
mlir::prune::getPruneWeightsOptionNeedingStatistics(StringRef options) {
  PruneWeightsPass pass;
  if (failed(pass.initializeOptions(
          options, [](const Twine &) { return failure(); })))
    return failure();
  return pass.optionNeedingStatistics().str();
}

FailureOr<PruneTarget> PruneWeightsPass::parseTarget() {
  auto fail = [&](StringRef option, const Twine &message) {
    // At the module's location, without the op dump a module would bring.
    return emitOptionError(getOperation().getLoc(), getArgument(), option,
                           message);
  };
  PruneTarget target;
  std::string error;
  target.pattern = pattern;
  if (needsStatistics() && stats.empty())
    return fail(optionNeedingStatistics(),
                "needs calibration statistics: stats=PATH (written by a "
                "model instrumented with prune-instrument)");
  // Wanda compares weights within each output row (per layer); across
  // layers (scope=global) its scores share one threshold.
  target.perRow =
      criterion == WeightCriterion::Wanda && scope == PruneScope::Layer;

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
  if (criterion == WeightCriterion::Scores && scores.empty())
    return fail("criterion=scores",
                "needs a scores file: scores=FILE.npz (one importance array "
                "per layer, keyed by layer name)");
  if (criterion != WeightCriterion::Scores && !scores.empty())
    return fail("scores=" + scores,
                "is read only with criterion=scores; add criterion=scores to "
                "rank weights by the file's importance");
  if (!referenceWeights.empty() && method != WeightMethod::Reconstruct)
    return fail("reference-weights=" + referenceWeights,
                "is read only with method=reconstruct (the refit and "
                "re-solve toward a reference model)");
  if (criterion != WeightCriterion::Scores &&
      scoresLayout != ScoresLayout::Auto)
    return fail("scores-layout", "only applies to criterion=scores");
  if (method == WeightMethod::Obs && criterion == WeightCriterion::Scores)
    return fail("criterion=scores",
                "method=obs scores weights itself (w^2 / [H^-1]_ii); use "
                "method=reconstruct to re-solve the weights the scores keep");
  if (method == WeightMethod::Obs) {
    if (criterion == WeightCriterion::Wanda)
      return fail("criterion=wanda",
                  "method=obs scores weights itself (w^2 / [H^-1]_ii, which "
                  "is Wanda's score squared when inputs are uncorrelated); "
                  "leave criterion at magnitude");
    if (hasThreshold)
      return fail("threshold", "method=obs needs a sparsity target "
                               "(sparsity=F or an N:M pattern), not a "
                               "threshold");
  }
  if (!(owlM > 0.0))
    return fail("owl-m=" + std::to_string(owlM),
                "expected a positive multiple of the mean score");
  if (!(owlLambda >= 0.0 && owlLambda < 1.0))
    return fail("owl-lambda=" + std::to_string(owlLambda),
                "expected a fraction in [0, 1)");
  if (allocation == SparsityAllocation::Owl) {
    using Kind = PrunePattern::Kind;
    if (target.pattern.kind == Kind::NOfM ||
        target.pattern.kind == Kind::Channel)
      return fail("allocation=owl",
                  "pattern=" + target.pattern.str() +
                      " cannot be split unevenly over layers; OWL needs "
                      "pattern=unstructured or block:RxC");
    if (!hasSparsity)
      return fail("allocation=owl",
                  "needs a sparsity target to split over the layers: "
                  "sparsity=F" +
                      std::string(hasThreshold ? ", not threshold=T" : ""));
    if (scope == PruneScope::Global)
      return fail("allocation=owl",
                  "gives every layer its own sparsity; scope=global (one "
                  "cut over all layers) cannot be combined with it");
  }
  if (target.pattern.kind == PrunePattern::Kind::NOfM) {
    double implied = target.pattern.impliedSparsity();
    if (hasThreshold)
      return fail("threshold", "pattern=" + target.pattern.str() +
                                   " fixes which weights are zeroed; a "
                                   "threshold cannot be combined with it");
    if (hasSparsity && std::abs(sparsity - implied) > 1e-9)
      return fail("sparsity=" + std::to_string(sparsity),
                  "pattern=" + target.pattern.str() + " fixes the sparsity at " +
                      std::to_string(implied));
    return target;
  }
  if (hasSparsity == hasThreshold)
    return fail(hasSparsity ? "sparsity" : "sparsity/threshold",
                hasSparsity ? "give either sparsity or threshold, not both"
                            : "one of sparsity=F (in [0, 1)) or threshold=T "
                              "(>= 0) is required (-1, the default of both, "
                              "means not given)");
  if (hasSparsity)
    target.sparsity = sparsity;
  else
    target.threshold = threshold;

  return target;
}

LogicalResult
PruneWeightsPass::selectLayers(MutableArrayRef<WeightRecord> records,
                               const PrunePattern &pattern) {
  llvm::Regex layerRegex(layers);
  std::vector<std::string> names;
  for (const WeightRecord &record : records)
    names.push_back(record.use.layerName);
  warnIfNoLayerMatches(getOperation().getLoc(), getArgument(), layers, names);
  bool patternFits = true;
  // Layers the pattern does not fit, with the reason, for one warning.
  SmallVector<std::pair<const WeightUse *, std::string>> misfits;
  for (WeightRecord &record : records) {
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
    if (misfit.empty())
      continue;
    if (strict) {
      use.consumer->emitOpError()
          << "prune-weights: pattern=" << pattern.str()
          << " cannot apply to layer '" << use.layerName << "': " << misfit;
      patternFits = false;
      continue;
    }
    // The common case is one odd layer, such as a grayscale first
    // convolution (3x3x1 = 9 inputs): prune the others.
    record.buffer.reset();
    record.skipReason = "pattern=" + pattern.str() + " does not fit: " + misfit;
    misfits.push_back({&use, std::move(misfit)});
  }
  // One warning, not one per layer: N:M patterns misfit every depthwise
  // convolution of a MobileNet (18 of them in MobileNetV2).
  if (!misfits.empty()) {
    const auto &[use, misfit] = misfits.front();
    InFlightDiagnostic warning = use->consumer->emitWarning();
    warning << "prune-weights: pattern=" << pattern.str()
            << " cannot apply to layer '" << use->layerName << "': " << misfit
            << "; the layer ";
    if (misfits.size() > 1) {
      constexpr size_t kNamed = 3;
      warning << "and " << misfits.size() - 1
              << " other(s) the pattern does not fit (";
      for (size_t i = 1; i < std::min(misfits.size(), kNamed + 1); ++i)
        warning << (i > 1 ? ", '" : "'") << misfits[i].first->layerName
                << "'";
      warning << (misfits.size() > kNamed + 1 ? ", ..." : "")
              << ") are left alone (strict=true makes this an error; the "
                 "report gives each one's reason)";
    } else {
      warning << "is left alone (strict=true makes this an error)";
    }
  }
  return success(patternFits);
}

void PruneWeightsPass::warnIfNothingToPrune(ArrayRef<WeightRecord> records) {
  // layers= names the layers; its own warning covers a regex that matches
  // none, as selectLayers' covers layers the pattern does not fit.
  if (!layers.empty() || llvm::any_of(records, [](const WeightRecord &r) {
        return r.buffer.has_value() ||
               StringRef(r.skipReason).starts_with("pattern=");
      }))
    return;
  SmallVector<FunctionWithoutWeights> withoutWeights =
      findFunctionsWithoutWeights(getOperation(), {});
  if (records.empty() && withoutWeights.empty())
    return; // No layers at all (a tree model): nothing to say.
  InFlightDiagnostic warning = mlir::emitWarning(getOperation().getLoc());
  warning << "prune-weights: no layer is pruned: ";
  if (!records.empty())
    warning << records.size() << " layer(s) with a constant weight, none "
            << "prunable (layer '" << records.front().use.layerName
            << "': " << records.front().skipReason << ")";
  else
    warning << "no layer has a constant weight, e.g. "
            << withoutWeights.front().example;
  warning << "; --remarks-filter=prune-weights says why for each";
}

void PruneWeightsPass::runOnOperation() {
  FailureOr<PruneTarget> target = parseTarget();
  if (failed(target))
    return signalPassFailure();

  SmallVector<WeightUse, 0> uses = collectWeightUses(getOperation());
  emitNoWeightRemarks(getOperation(), uses, getArgument());
  recordLayerNames(getOperation());
  SmallVector<WeightRecord, 0> records;
  for (WeightUse &use : uses)
    records.push_back(WeightRecord{std::move(use)});
  if (failed(selectLayers(records, target->pattern)))
    return signalPassFailure();
  warnIfNothingToPrune(records);
  CalibrationStatistics calibration;
  if (!stats.empty() && failed(attachStatistics(records, calibration)))
    return signalPassFailure();
  if (criterion == WeightCriterion::Scores &&
      failed(attachScores(getOperation(), scores, scoresLayout, records)))
    return signalPassFailure();
  if (!referenceWeights.empty() &&
      failed(attachReferenceWeights(getOperation(), referenceWeights, records)))
    return signalPassFailure();

  // With bias correction, the solves fit outputs up to their mean, which the
  // bias then restores (correctBiases).
  if (biasCorrection)
    for (WeightRecord &record : records) {
      if (!record.buffer)
        continue;
      record.bias = findCorrectableBias(record, record.biasSkipReason);
      if (record.bias && updatesWeights())
        centerStatistics(record);
    }

  // Layers are independent here, so count them on the thread pool.
  parallelForEach(&getContext(), records, [](WeightRecord &record) {
    if (record.buffer)
      record.nonzerosBefore = record.buffer->countNonZeros();
  });
  // Sequential reconstruction: with a reference in the statistics the layer
  // is refit to it first, and the mask is chosen on the refit weights. With
  // reference-weights= and zeros already in the layer, the mask grows from
  // those zeros instead, and the weights it chooses among are the
  // least-squares fit with them, on this layer's inputs.
  if (updatesWeights())
    parallelForEach(&getContext(), records, [&](WeightRecord &record) {
      if (!record.stats || record.dense.empty() ||
          (record.stats->crossGram.empty() && record.currentZeros.empty()))
        return;
      const WeightView &view = *record.use.view;
      ArrayRef<double> cross = getTargetCross(record);
      record.refit =
          refitToReference(view, record.dense, getGram(record), cross);
      if (record.currentZeros.empty()) {
        writeViewValues(*record.buffer, view, record.refit);
        return;
      }
      writeViewValues(*record.buffer, view, record.dense);
      for (int64_t index : record.currentZeros)
        record.buffer->setZero(index);
      reconstructLayer(&getContext(), *record.buffer, view, record.dense,
                       getGram(record), cross);
    });
  if (allocation == SparsityAllocation::Owl)
    allocateLayerSparsities(records, *target);
  if (method == WeightMethod::Obs)
    pruneWithObs(records, *target);

  SmallVector<LayerToPrune> selected;
  SmallVector<const WeightRecord *> selectedRecords;
  for (WeightRecord &record : records) {
    if (!record.buffer || method == WeightMethod::Obs)
      continue;
    selected.push_back({&*record.buffer,
                        record.use.view ? &*record.use.view : nullptr,
                        record.columnScale, record.elementScores});
    selectedRecords.push_back(&record);
  }
  if (scope == PruneScope::Global) {
    pruneLayers(selected, *target);
  } else if (allocation == SparsityAllocation::Owl) {
    // Every layer with its own count.
    parallelFor(&getContext(), 0, selected.size(), [&](size_t i) {
      PruneTarget layerTarget = *target;
      layerTarget.zeroUnits = selectedRecords[i]->zeroUnits;
      pruneLayers(selected[i], layerTarget);
    });
  } else {
    pruneEachLayer(&getContext(), selected, *target);
  }

  // Output errors need real values: integer weights get none. Layers are
  // independent; reconstructing a large model's takes minutes (ResNet-50's
  // 3x3 layers solve a 2304-weight system per output channel).
  SmallVector<WeightRecord *> measured;
  for (WeightRecord &record : records)
    if (record.buffer && record.stats && !record.dense.empty())
      measured.push_back(&record);
  Progress progress("prune-weights", showProgress && updatesWeights(),
                    /*delaySeconds=*/5.0);
  progress.start("reconstructing", measured.size(), "layers");
  // A row's solve costs about k^3 for its k kept weights: the ETA weighs
  // the layers by it.
  std::vector<double> cost(measured.size());
  double totalCost = 0.0;
  for (auto [i, record] : llvm::enumerate(measured)) {
    double kept = double(record->buffer->countNonZeros()) /
                  double(std::max<int64_t>(record->use.view->rows, 1));
    cost[i] = double(record->use.view->rows) * kept * kept * kept + 1.0;
    totalCost += cost[i];
  }
  std::mutex progressMutex;
  int64_t layersDone = 0;
  double costDone = 0.0;
  parallelFor(&getContext(), 0, measured.size(), [&](size_t i) {
    measureAndReconstruct(*measured[i]);
    std::lock_guard<std::mutex> lock(progressMutex);
    costDone += cost[i];
    progress.update(++layersDone, costDone / totalCost);
  });
  progress.finish();

  if (biasCorrection)
    correctBiases(records);

  for (WeightRecord &record : records) {
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
  PruneWeightsOutputOptions output{criterion, method, biasCorrection, scores,
                                   report};
  emitPruneWeightsRemarks(records, target->pattern, output);
  if (failed(writePruneWeightsReport(getOperation(), records, target->pattern,
                                     output)))
    return signalPassFailure();
}

/// The mask's output error and, for methods that update weights, the damped
/// least-squares fit of the kept weights and its error.
void PruneWeightsPass::measureAndReconstruct(WeightRecord &record) {
  const WeightView &view = *record.use.view;
  ArrayRef<double> reference =
      record.refit.empty() ? record.dense : record.refit;
  // OBS measured its mask and its sweep itself.
  if (method != WeightMethod::Obs) {
    record.maskError =
        relativeOutputError(*record.buffer, view, reference, getGram(record));
    record.finalError = record.maskError;
  }
  if (!updatesWeights())
    return;
  // Both methods end with the exact damped least-squares solve of the kept
  // weights. After OBS it usually improves on the sweep's one-way updates
  // for the mask the sweep chose, but its damping (lambda ||w||^2) can
  // cost more than it gains: OBS keeps whichever reproduces the outputs
  // better on the calibration data.
  std::vector<double> swept;
  if (record.sweepError)
    swept = readViewValues(*record.buffer, view);
  reconstructLayer(&getContext(), *record.buffer, view, record.dense,
                   getGram(record), getTargetCross(record));
  record.finalError =
      relativeOutputError(*record.buffer, view, reference, getGram(record));
  if (record.sweepError && *record.sweepError < *record.finalError) {
    writeViewValues(*record.buffer, view, swept);
    record.finalError = record.sweepError;
  }
}

void PruneWeightsPass::correctBiases(MutableArrayRef<WeightRecord> records) {
  for (WeightRecord &record : records) {
    if (!record.buffer || !record.bias)
      continue;
    const WeightView &view = *record.use.view;
    const LayerStatistics &stats = *record.stats;
    ArrayRef<double> targetSum = getTargetSum(stats);
    std::vector<double> pruned = readViewValues(*record.buffer, view);
    std::vector<double> delta(view.rows, 0.0);
    double totalShift = 0.0;
    for (int64_t o = 0; o < view.rows; ++o) {
      for (int64_t c = 0; c < view.cols; ++c) {
        int64_t i = o * view.cols + c;
        delta[o] +=
            targetSum[c] * record.dense[i] - stats.inputSum[c] * pruned[i];
      }
      delta[o] /= static_cast<double>(stats.samples);
      totalShift += std::abs(delta[o]);
    }
    addToBias(*record.bias, delta);
    record.biasShift = totalShift / static_cast<double>(view.rows);
  }
}

void PruneWeightsPass::allocateLayerSparsities(
    MutableArrayRef<WeightRecord> records, const PruneTarget &target) {
  const PrunePattern &pattern = target.pattern;
  SmallVector<WeightRecord *> selected;
  std::vector<AllocationLayer> layers;
  for (WeightRecord &record : records) {
    if (!record.buffer)
      continue;
    const WeightView &view = *record.use.view;
    // Units as prune-weights prunes them: elements, or whole blocks.
    record.units =
        pattern.kind == PrunePattern::Kind::Block
            ? (view.rows / pattern.blockRows) * (view.cols / pattern.blockCols)
            : record.buffer->size();
    selected.push_back(&record);
    layers.push_back(
        {&*record.buffer, &view, record.stats->sumSquares, record.units});
  }
  OwlParameters parameters;
  parameters.sparsity = *target.sparsity;
  parameters.outlierMultiple = owlM;
  parameters.lambda = owlLambda;
  std::vector<LayerShare> shares = allocateOwl(layers, parameters);
  for (auto [record, share] : llvm::zip_equal(selected, shares)) {
    record->outlierRatio = share.outlierRatio;
    record->zeroUnits = share.zeroUnits;
  }
}

void PruneWeightsPass::pruneWithObs(MutableArrayRef<WeightRecord> records,
                                    const PruneTarget &target) {
  SmallVector<WeightRecord *> selected;
  std::vector<ObsLayer> layers;
  for (WeightRecord &record : records) {
    if (!record.buffer)
      continue;
    selected.push_back(&record);
    layers.push_back({&*record.buffer, &*record.use.view,
                      record.refit.empty() ? record.dense : record.refit,
                      record.stats->gram, record.zeroUnits});
  }
  std::vector<ObsOutcome> outcomes = pruneLayersObs(
      &getContext(), layers, target, scope == PruneScope::Global);
  for (auto [record, outcome] : llvm::zip_equal(selected, outcomes)) {
    record->maskError = outcome.maskOnlyError;
    record->sweepError = outcome.error;
  }
}

LogicalResult
PruneWeightsPass::attachStatistics(MutableArrayRef<WeightRecord> records,
                                   CalibrationStatistics &calibration) {
  llvm::Expected<CalibrationStatistics> loaded =
      readCalibrationStatistics(stats);
  if (!loaded)
    return emitOptionError(getOperation().getLoc(), getArgument(),
                           "stats=" + stats,
                           llvm::toString(loaded.takeError()));
  calibration = std::move(*loaded);
  // A file of another model fits none of the layers: one error, rather than
  // one per layer.
  const WeightRecord *firstLayer = nullptr;
  bool anyLayerRecorded = false;
  for (const WeightRecord &record : records) {
    if (!record.buffer)
      continue;
    firstLayer = firstLayer ? firstLayer : &record;
    anyLayerRecorded |= calibration.lookup(record.use.layerName) != nullptr;
  }
  if (firstLayer && !anyLayerRecorded && !calibration.layers.empty()) {
    StringRef recorded = calibration.layers.begin()->getKey();
    for (const auto &entry : calibration.layers)
      recorded = std::min(recorded, entry.getKey());
    return emitOptionError(
        getOperation().getLoc(), getArgument(), "stats=" + stats,
        llvm::formatv("the file records none of this model's layers (it "
                      "has {0}, such as '{1}'; the model has '{2}'): is it "
                      "another model's?",
                      calibration.layers.size(), recorded,
                      firstLayer->use.layerName)
            .str());
  }
  bool fits = true;
  for (WeightRecord &record : records) {
    if (!record.buffer)
      continue;
    const WeightUse &use = record.use;
    auto mismatch = [&] { return emitLayerMismatch(use, fits); };
    if (!use.view) {
      // Without a layout the file cannot be checked, nor used.
      if (needsStatistics())
        mismatch() << "cannot use calibration statistics: its (output, "
                      "input) layout is unknown: "
                   << use.viewError;
      continue;
    }
    const LayerStatistics *layerStats = calibration.lookup(use.layerName);
    std::string notObservable;
    if (!layerStats && failed(findLayerProbes(use, notObservable))) {
      // prune-instrument could not observe this layer (it warned then).
      // Statistics that only measure errors: prune it without one.
      if (!needsStatistics())
        continue;
      // Otherwise leave it alone rather than refuse the file of the same
      // model.
      use.consumer->emitWarning()
          << "prune-weights: layer '" << use.layerName
          << "' has no calibration statistics (prune-instrument cannot "
             "observe it: "
          << notObservable << "); the layer is left alone";
      record.buffer.reset();
      record.skipReason = "no calibration statistics: prune-instrument "
                          "cannot observe it: " +
                          notObservable;
      continue;
    }
    if (!layerStats) {
      mismatch() << "has no record in statistics file '" << stats << "'";
      continue;
    }
    if (layerStats->inFeatures != use.view->cols) {
      mismatch() << "has " << use.view->cols
                 << " input features but statistics file '" << stats
                 << "' records " << layerStats->inFeatures;
      continue;
    }
    if (layerStats->outFeatures != 0 &&
        layerStats->outFeatures != use.view->rows) {
      mismatch() << "has " << use.view->rows
                 << " outputs but statistics file '" << stats
                 << "' records " << layerStats->outFeatures;
      continue;
    }
    if (layerStats->samples == 0 && needsStatistics()) {
      mismatch() << "has no calibration samples in statistics file '" << stats
                 << "'";
      continue;
    }
    if (updatesWeights() && !record.buffer->isFloat()) {
      mismatch() << "has integer weights; method="
                 << (method == WeightMethod::Obs ? "obs" : "reconstruct")
                 << " needs float weights";
      continue;
    }
    record.stats = layerStats;
    if (criterion == WeightCriterion::Wanda)
      for (double sumSquares : layerStats->sumSquares)
        record.columnScale.push_back(std::sqrt(sumSquares));
    if (record.buffer->isFloat())
      record.dense = readViewValues(*record.buffer, *use.view);
  }
  return success(fits);
}
