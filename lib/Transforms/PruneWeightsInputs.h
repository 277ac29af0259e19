//===- PruneWeightsInputs.h - Per-layer file inputs -------------*- C++ -*-===//
//
// Internal to lib/Transforms: the record prune-weights keeps of every layer,
// and the files given as options that fill it in - importance scores
// (scores=, in IR or framework layout) and a reference model's weights
// (reference-weights=). Each file is checked against every layer that needs
// it before the pass changes anything. Also what the pass tells about the
// records at the end: remarks and the report (PruneWeightsOutput.cpp).
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_LIB_TRANSFORMS_PRUNEWEIGHTSINPUTS_H
#define PRUNE_LIB_TRANSFORMS_PRUNEWEIGHTSINPUTS_H

#include "Prune/Analysis/WeightAnalysis.h"
#include "Prune/Calibration/Statistics.h"
#include "Prune/Pruning/NeuronPruning.h"
#include "Prune/Pruning/PrunePattern.h"
#include "Prune/Support/WeightStorage.h"
#include "Prune/Transforms/Passes.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"

#include <optional>
#include <string>
#include <vector>

namespace mlir::prune {

/// The pass's name, which its diagnostics and report start with.
constexpr llvm::StringLiteral kPassName = "prune-weights";

/// A weight and what the pass decided for it.
struct WeightRecord {
  WeightUse use;
  std::optional<WeightBuffer> buffer;
  /// Why the layer is left alone, or empty.
  std::string skipReason;
  int64_t nonzerosBefore = 0;
  int64_t nonzerosAfter = 0;
  /// Calibration statistics of the layer (with stats=).
  const LayerStatistics *stats = nullptr;
  /// Wanda: the L2 norm of each input feature.
  std::vector<double> columnScale;
  /// criterion=scores: each weight's importance, in storage order, and the
  /// layout the file gave it in ("ir" or "framework").
  std::vector<float> elementScores;
  StringRef scoresLayoutName;
  /// The dense (output, input) view before pruning (with stats=); with
  /// reference-weights=, the reference's.
  std::vector<double> dense;
  /// reference-weights=: the storage indices of the layer's own zeros,
  /// which stay zero.
  std::vector<int64_t> currentZeros;
  /// Sequential reconstruction (statistics with a reference): the dense rows
  /// refit to the reference's outputs on this layer's inputs, which the mask
  /// is chosen on and errors are measured against.
  std::vector<double> refit;
  /// Relative output error on the calibration data after masking, and
  /// after reconstruction (or OBS's updates).
  std::optional<double> maskError, finalError;
  /// method=obs: the error after the sweep's own updates, before the final
  /// solve.
  std::optional<double> sweepError;
  /// allocation=owl: the layer's outlier ratio and its number of zero units.
  std::optional<double> outlierRatio;
  std::optional<int64_t> zeroUnits;
  int64_t units = 0;
  /// bias-correction with a bias to shift: the Gram matrix and the target
  /// cross term of the centered inputs (X^T X - s s^T / n), so that the
  /// least-squares solves fit the outputs up to their mean, which the bias
  /// shift then matches: least squares with an intercept.
  std::vector<double> centeredGram, centeredCross;
  /// bias-correction: the bias to shift, found before pruning (or why there
  /// is none), and the mean |shift| of its entries.
  std::optional<BiasSlot> bias;
  std::string biasSkipReason;
  std::optional<double> biasShift;
};

/// "prune-weights: layer 'NAME' ..." on the layer's op, for a file (stats=,
/// scores=, reference-weights=) that does not fit it; clears `fits`.
InFlightDiagnostic emitLayerMismatch(const WeightUse &use, bool &fits);

/// Reads `path` (scores=) and gives each selected layer (with a buffer) its
/// scores in storage order; fails, after reporting every layer the file
/// does not fit, if the file cannot be read or does not fit the model.
LogicalResult attachScores(ModuleOp module, StringRef path,
                           ScoresLayout scoresLayout,
                           MutableArrayRef<WeightRecord> records);

/// Reads `path` (reference-weights=) into the `dense` view of every layer
/// with statistics, and records the layer's own zeros; fails, after
/// reporting every mismatch, if the file does not fit the model.
LogicalResult attachReferenceWeights(ModuleOp module, StringRef path,
                                     MutableArrayRef<WeightRecord> records);

/// The options prune-weights' remarks and report describe.
struct PruneWeightsOutputOptions {
  WeightCriterion criterion;
  WeightMethod method;
  bool biasCorrection;
  std::string scores, report;
  bool updatesWeights() const { return method != WeightMethod::Mask; }
};

/// One remark per layer: pruned (nonzeros before and after, output errors
/// on the calibration data, bias and OWL notes) or left alone and why.
void emitPruneWeightsRemarks(ArrayRef<WeightRecord> records,
                             const PrunePattern &pattern,
                             const PruneWeightsOutputOptions &options);

/// Writes the JSON report (report=) of every layer; nothing without one.
LogicalResult writePruneWeightsReport(ModuleOp module,
                                      ArrayRef<WeightRecord> records,
                                      const PrunePattern &pattern,
                                      const PruneWeightsOutputOptions &options);

} // namespace mlir::prune

#endif // PRUNE_LIB_TRANSFORMS_PRUNEWEIGHTSINPUTS_H
