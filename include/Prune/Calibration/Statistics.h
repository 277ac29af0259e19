//===- Statistics.h - Calibration statistics of a model's layers -*- C++ -*-===//
//
// What `prune-instrument` + libPruneRuntime.so measure on calibration data and
// what the pruning passes read back (`stats=PATH`). One record per layer,
// keyed by the layer name of WeightAnalysis.h (the consumer's NameLoc or
// `<function>#<k>`), so that the instrumented and the pruned model agree on
// names as long as they come from the same model text.
//
// File format (all integers and floats little-endian):
//
//   char[8]  magic "PRUNSTAT"
//   u32      version (= 2; version 1 files, which lack the reference block,
//            are read too)
//   u32      number of layers
//   per layer:
//     u32    name length, then the name's bytes (no terminator)
//     u64    samples: rows of the layer's input observed (one per sample and
//            spatial position for convolutions)
//     u32    in:  width of the layer's 2-D (output, input) view's input side
//     u32    out: number of output neurons / channels
//     f64[in]      sumSquares[j]  = sum over samples of x_j^2 (Wanda norms are
//                                   their square roots)
//     f64[in*in]   gram[i*in + j] = sum over samples of x_i x_j (row-major,
//                                   full symmetric matrix)
//     f64[out]     activityMean[k], activityMeanAbs[k],
//     f64[out]     activityFracPositive[k], activityMax[k]: over samples, of
//     f64[out]     the neuron's output after the layer's trailing bias and
//     f64[out]     activation (the value the next layer reads)
//     u32    hasReference (version 2 only): 1 if the layer's input was paired,
//            sample by sample, with the same layer's input in a reference
//            model (prune-instrument{reference-func=...}), else 0; then, if 1:
//     f64[in*in]   crossGram[i*in + j] = sum over samples of x_i r_j, where r
//                  is the reference model's input of the layer on the same
//                  sample (X^T R; sequential reconstruction fits the pruned
//                  layer to the reference layer's outputs R w through it)
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

/// Writes `stats` to `path` in the format above (used by tests and tools; the
/// runtime library writes the same bytes from C).
llvm::Error writeCalibrationStatistics(const CalibrationStatistics &stats,
                                       llvm::StringRef path);

} // namespace mlir::prune

#endif // PRUNE_CALIBRATION_STATISTICS_H
