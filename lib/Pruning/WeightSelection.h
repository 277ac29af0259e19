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

namespace mlir::prune::selection {

/// In every group of M consecutive weights along each row's input dimension,
/// zeros the M - N lowest-scoring (earlier ones first among ties). The score
/// is the magnitude, times the column's scale when the layer has scales.
void pruneNOfM(const LayerToPrune &layer, const PrunePattern &pattern);

/// Prunes layers with column scales (Wanda): rows, units or N:M groups.
void pruneLayersScaled(ArrayRef<LayerToPrune> layers,
                       const PruneTarget &target);

} // namespace mlir::prune::selection

#endif // PRUNE_LIB_PRUNING_WEIGHTSELECTION_H
