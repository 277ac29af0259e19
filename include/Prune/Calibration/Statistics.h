//===- Statistics.h - Calibration statistics of a model's layers -*- C++ -*-===//
//
// What `prune-instrument` + libPruneRuntime.so measure on calibration data and
// what the pruning passes read back (`stats=PATH`). One record per layer,
// keyed by the layer name of WeightAnalysis.h (the consumer's NameLoc or
// `<function>#<k>`), so that the instrumented and the pruned model agree on
// names as long as they come from the same model text.
//
// The file format is described once, in C, in Runtime/StatisticsFormat.h,
// which the runtime library that writes it shares.
//
// Input features are ordered as the columns of WeightView (WeightAnalysis.h).
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_CALIBRATION_STATISTICS_H
#define PRUNE_CALIBRATION_STATISTICS_H

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <cstdint>
#include <string>
#include <vector>

namespace mlir::prune {

/// Statistics of one layer over the calibration samples.
struct LayerStatistics {
  std::string name;
  uint64_t samples = 0;
  uint32_t inFeatures = 0;
  uint32_t outFeatures = 0;
  std::vector<double> sumSquares;           // [inFeatures]
  std::vector<double> gram;                 // [inFeatures * inFeatures]
  std::vector<double> activityMean;         // [outFeatures]
  std::vector<double> activityMeanAbs;      // [outFeatures]
  std::vector<double> activityFracPositive; // [outFeatures]
  std::vector<double> activityMax;          // [outFeatures]
  /// X^T R against the reference model's input R, or empty when the layer
  /// was not observed beside a reference.
  std::vector<double> crossGram; // [inFeatures * inFeatures] or empty
  /// Sum of each input feature over the samples, and of the reference's
  /// (with a reference); empty in files older than version 3.
  std::vector<double> inputSum;     // [inFeatures] or empty
  std::vector<double> referenceSum; // [inFeatures] or empty
};

/// Statistics of a whole model, by layer name.
struct CalibrationStatistics {
  llvm::StringMap<LayerStatistics> layers;

  const LayerStatistics *lookup(llvm::StringRef layerName) const {
    auto it = layers.find(layerName);
    return it == layers.end() ? nullptr : &it->second;
  }
};

/// Reads a statistics file. Errors name the file and what is wrong with it
/// (missing, bad magic, unsupported version, truncated record).
llvm::Expected<CalibrationStatistics>
readCalibrationStatistics(llvm::StringRef path);

/// Parses the bytes of a statistics file (as libPruneRuntime's
/// prune_runtime_take hands them over); errors name `source`.
llvm::Expected<CalibrationStatistics>
parseCalibrationStatistics(llvm::StringRef bytes, llvm::StringRef source);

/// Writes `stats` to `path` in the format above (used by tests and tools; the
/// runtime library writes the same bytes from C).
llvm::Error writeCalibrationStatistics(const CalibrationStatistics &stats,
                                       llvm::StringRef path);

} // namespace mlir::prune

#endif // PRUNE_CALIBRATION_STATISTICS_H
