//===- WeightSelection.h - Selection routines shared by prune-weights -*- C++ -*-===//
//
// Internal to lib/Pruning: the selection routines that WeightPruning.cpp
// dispatches to. Magnitude selection (a radix select over float keys) lives
// in WeightPruning.cpp, N:M groups in NOfMSelection.cpp (for every score),
// and the Wanda-scaled selections of units and rows in ScaledSelection.cpp.
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_LIB_PRUNING_WEIGHTSELECTION_H
#define PRUNE_LIB_PRUNING_WEIGHTSELECTION_H

#include "Prune/Pruning/WeightPruning.h"

#include <algorithm>
#include <limits>

namespace mlir::prune::selection {

/// The score of a weight given a score from outside (`given`): 0 when the
/// weight is already zero, else `given` but at least the smallest positive
/// float, so that a nonzero weight scored 0 still ranks after every weight
/// that is already zero (which must count first towards the target).
inline float givenScore(bool weightIsZero, float given) {
  if (weightIsZero)
    return 0.0f;
  return std::max(given, std::numeric_limits<float>::denorm_min());
}

/// A weight's score on the scaled path: its given score (elementScores),
/// or its magnitude times its column's scale (Wanda).
inline float scaledScore(const LayerToPrune &layer, int64_t index,
                         int64_t col) {
  double magnitude = layer.buffer->magnitude(index);
  if (!layer.elementScores.empty())
    return givenScore(magnitude == 0.0, layer.elementScores[index]);
  return float(magnitude * layer.columnScale[col]);
}

/// In every group of M consecutive weights along each row's input dimension,
/// zeros the M - N lowest-scoring (earlier ones first among ties). The score
/// is the magnitude, times the column's scale when the layer has scales, or
/// the given score (LayerToPrune::elementScores).
void pruneNOfM(const LayerToPrune &layer, const PrunePattern &pattern);

/// Prunes layers with column scales (Wanda), or per output row with given
/// scores: rows, units or N:M groups.
void pruneLayersScaled(ArrayRef<LayerToPrune> layers,
                       const PruneTarget &target);

} // namespace mlir::prune::selection

#endif // PRUNE_LIB_PRUNING_WEIGHTSELECTION_H
