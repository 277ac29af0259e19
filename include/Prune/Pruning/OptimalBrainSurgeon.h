//===- OptimalBrainSurgeon.h - SparseGPT's OBS pruning ---------*- C++ -*-===//
//
// What `prune-weights{method=obs}` does: prune and update a layer's weights
// together with the optimal brain surgeon, in the column-by-column form of
// SparseGPT (Frantar & Alistarh, 2023). With H = X^T X + lambda I (the
// calibration Gram matrix, damped like method=reconstruct) and U the upper
// Cholesky factor of H^-1 (H^-1 = U^T U), the columns of the (output, input)
// view are visited in order; pruning the weights of column i in some rows
// costs w^2 / U_ii^2 each (the OBS saliency, Wanda's (|w| ||x||)^2 when H is
// diagonal) and moves the error (w - q) / U_ii onto the later columns of the
// same rows through row i of U. Updates inside a batch of 128 columns are
// applied at once; the later columns get them as one matrix product at the
// end of the batch (lazy batching).
//
// Which weights go, per pattern:
//  - unstructured: a selection over the saliencies of the starting weights
//    (per layer) fixes how many weights each column loses, so that exactly
//    the target count is zeroed; when the sweep reaches a column, that many
//    of its rows with the lowest saliencies of the updated weights lose it;
//  - N:M: at the first column of every group of M, each row drops the M - N
//    weights whose removal together costs least (the multi-weight OBS cost;
//    SparseGPT's M - N lowest single saliencies when there are more than 70
//    such sets);
//  - block:RxC: as unstructured, per column of blocks, with an RxC block's
//    saliency the sum of its weights';
//  - channel: a whole output row cannot be compensated (its other weights go
//    too), so rows are zeroed by their output energy w^T H w and the other
//    rows stay.
// With a global scope the split of the target over the layers is the one
// magnitude makes (method=mask's cut); OBS saliencies are single-weight,
// per-layer output errors and split it badly (measured on the shipped
// models).
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_PRUNING_OPTIMALBRAINSURGEON_H
#define PRUNE_PRUNING_OPTIMALBRAINSURGEON_H

#include "Prune/Pruning/WeightPruning.h"

#include <optional>
#include <vector>

namespace mlir::prune {

/// One float layer to prune with OBS.
struct ObsLayer {
  WeightBuffer *buffer;
  const WeightView *view;
  /// The weights OBS starts from and measures against, row-major over the
  /// view (the dense weights, or their refit to a reference model).
  ArrayRef<double> weights;
  /// X^T X of the layer's calibration inputs, cols x cols, row-major.
  ArrayRef<double> gram;
  /// With a sparsity target: the exact number of zero units (elements,
  /// blocks, rows) of this layer instead of round(F * units) (per-layer
  /// allocations). Ignored with a global selection and with N:M.
  std::optional<int64_t> zeroUnits;
};

/// What OBS did to one layer, as relative output errors on the calibration
/// data against the starting weights (Reconstruction.h's
/// relativeOutputError).
struct ObsOutcome {
  /// The starting weights with OBS's final mask and no update.
  double maskOnlyError = 0.0;
  /// The pruned and updated weights.
  double error = 0.0;
};

/// Prunes `layers` with OBS to `target` (a sparsity or an N:M pattern; not a
/// threshold) and writes the result into their buffers. `global`: the
/// layers together reach round(F * total elements) zeros, split over them
/// by magnitude as prune-weights' scope=global does. Layers run on the
/// context's thread pool; the result does not depend on the number of
/// threads. Every pattern must have been checked with
/// `PrunePattern::checkApplicable`.
std::vector<ObsOutcome> pruneLayersObs(MLIRContext *context,
                                       ArrayRef<ObsLayer> layers,
                                       const PruneTarget &target, bool global);

} // namespace mlir::prune

#endif // PRUNE_PRUNING_OPTIMALBRAINSURGEON_H
