//===- CalibrationSession.h - What one prune-calibrate run prunes -*- C++
//-*-===//
//
// The state of a prune-calibrate run (the dense model, its data, the
// statistics) and the strategies built on lib/Driver: prune once (one shot
// or layer by layer), prune in rounds (--steps), choose the sparsity that
// keeps accuracy within --max-drop, and meet a --budget.
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_TOOLS_PRUNECALIBRATE_CALIBRATIONSESSION_H
#define PRUNE_TOOLS_PRUNECALIBRATE_CALIBRATIONSESSION_H

#include "Prune/Driver/Budget.h"
#include "Prune/Driver/Calibration.h"

#include "llvm/Support/FormatVariadic.h"

namespace mlir::prune {

/// "+0.50" or "-1.10": a change of accuracy in points, signed.
inline std::string formatPointChange(double points) {
  return (points >= 0 ? "+" : "") + llvm::formatv("{0:f2}", points).str();
}

/// Why --steps cannot run: no sparsity to step toward (said by the tool
/// before calibrating, and by pruneInSteps to its other callers).
inline constexpr llvm::StringLiteral kStepsNeedSparsity =
    "--steps prunes toward a sparsity target: give sparsity=F (or let "
    "--budget or --max-drop choose it)";

struct CalibrationSession {
  CalibrationSession(ModuleOp dense, const ModelData &data, Progress &progress)
      : dense(dense), data(data), progress(progress) {}

  /// The unpruned model: the reference of sequential pruning and the source
  /// of every search point (never modified).
  ModuleOp dense;
  const ModelData &data;
  /// Labelled data that accuracy is measured on; null without --val.
  const ModelData *validation = nullptr;
  Progress &progress;
  RunOptions runOptions;
  bool sequential = false;
  /// The dense model's statistics, for options that read them (may be null).
  const TemporaryStatisticsFile *denseStatistics = nullptr;
  /// Top-1 (percent) of the dense model on `validation`.
  double denseAccuracy = 0;

  /// Prunes `model` with prune-weights `options`, sequentially (refit to
  /// the dense model's outputs) with --sequential. With `referenceWeights`
  /// (the dense model's, when `model` is already pruned), every layer keeps
  /// its zeros and is fit to the dense layer (prune-weights'
  /// reference-weights=). Per-layer results go into `record`.
  llvm::Expected<OwningOpRef<ModuleOp>>
  prune(OwningOpRef<ModuleOp> model, llvm::StringRef options,
        llvm::json::Object &record,
        const TemporaryWeightsFile *referenceWeights = nullptr);

  /// Prunes `model` to `tokens`' sparsity in `steps` rounds on the cubic
  /// schedule s_k = s (1 - (1 - k/K)^3) (Zhu & Gupta): after the first,
  /// each round keeps every layer's zeros and solves the kept weights toward
  /// the dense model's outputs, on the inputs the previous layers leave
  /// (--sequential). One object per round goes into `rounds` (sparsity,
  /// size, accuracy).
  llvm::Expected<OwningOpRef<ModuleOp>>
  pruneInSteps(OwningOpRef<ModuleOp> model, const PruneOptionTokens &tokens,
               int64_t steps, llvm::json::Object &record,
               llvm::json::Array &rounds);

  /// Prunes `model` with `tokens`, in `steps` rounds when steps > 1 (the
  /// rounds go into `record`).
  llvm::Expected<OwningOpRef<ModuleOp>>
  pruneModel(OwningOpRef<ModuleOp> model, const PruneOptionTokens &tokens,
             int64_t steps, llvm::json::Object &record);

  /// pruneModel on a copy of the dense model.
  llvm::Expected<OwningOpRef<ModuleOp>>
  pruneCopy(const PruneOptionTokens &tokens, int64_t steps,
            llvm::json::Object &record) {
    return pruneModel(cloneWithOwnWeights(dense), tokens, steps, record);
  }

  /// Accuracy in percent: top-1 on --val, else agreement with the dense
  /// model's top-1 on the calibration data.
  llvm::Expected<double> score(ModuleOp model);
  llvm::StringRef scoreName() const {
    return validation ? "top-1" : "agreement";
  }

  /// --max-drop: the highest sparsity whose top-1 stays within `maxDrop`
  /// points of the dense model's. Records the curve in `report`; null when
  /// no sparsity tried keeps the budget.
  llvm::Expected<OwningOpRef<ModuleOp>>
  searchSparsity(const PruneOptionTokens &tokens, double maxDrop, int64_t steps,
                 llvm::json::Object &report);

  /// --budget: the most accurate of a few pruning plans (scope, whether the
  /// first and last layers are pruned) at the lowest sparsity meeting
  /// `budget`. Records every plan in `report`; null when none can meet it.
  llvm::Expected<OwningOpRef<ModuleOp>>
  meetBudget(const Budget &budget, const DeployOptions &deploy,
             const PruneOptionTokens &tokens, int64_t steps,
             llvm::json::Object &report);

private:
  /// The dense model's top-1 on the calibration data (the agreement score
  /// without --val); made on first use.
  std::vector<int64_t> densePredictions;
};

} // namespace mlir::prune

#endif // PRUNE_TOOLS_PRUNECALIBRATE_CALIBRATIONSESSION_H
