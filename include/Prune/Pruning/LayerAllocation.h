//===- LayerAllocation.h - How sparse each layer is made -------*- C++ -*-===//
//
// What `prune-weights{allocation=owl}` does before any weight is chosen:
// split one sparsity target S over the selected layers unevenly, by OWL
// (Outlier Weighed Layerwise sparsity, Yin et al. 2023). A layer's outlier
// ratio D_l is the fraction of its weights whose Wanda score |w| * ||x_j||
// exceeds M times the layer's mean score; layers with more outliers are
// pruned less:
//
//   s_l = S + lambda - 2 lambda (D_l - min D) / (max D - min D)
//
// (S for every layer when all ratios are equal), then every s_l is shifted
// by one amount (as OWL shifts its ratios to their mean) and clipped to
// [0, 1] so that sum_l s_l n_l = S * sum_l n_l, and turned into whole
// counts: each layer gets floor(s_l n_l) zero units and the remainder up to
// round(S * sum_l n_l) goes to the largest fractional parts (earlier layers
// first among ties). The counts therefore add up exactly.
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_PRUNING_LAYERALLOCATION_H
#define PRUNE_PRUNING_LAYERALLOCATION_H

#include "Prune/Pruning/WeightPruning.h"

#include <vector>

namespace mlir::prune {

/// One layer to allocate a sparsity to.
struct AllocationLayer {
  const WeightBuffer *buffer;
  const WeightView *view;
  /// Per input feature (view column): the sum of squares over the
  /// calibration samples (Statistics.h).
  ArrayRef<double> sumSquares;
  /// How many units the layer is pruned in (elements, or blocks).
  int64_t units;
};

/// OWL's parameters.
struct OwlParameters {
  /// The sparsity over all layers, in [0, 1).
  double sparsity;
  /// A weight is an outlier when its score exceeds this times the mean.
  double outlierMultiple = 5.0;
  /// Layer sparsities span S - lambda .. S + lambda before the shift.
  double lambda = 0.08;
};

/// What one layer gets.
struct LayerShare {
  /// D_l: the fraction of the layer's weights that are outliers.
  double outlierRatio = 0.0;
  /// How many of its units become zero.
  int64_t zeroUnits = 0;
};

/// Splits round(S * total units) zero units over `layers` by OWL, no layer
/// beyond a sparsity of (1 + S) / 2 (half the target's density kept).
std::vector<LayerShare> allocateOwl(ArrayRef<AllocationLayer> layers,
                                    const OwlParameters &parameters);

} // namespace mlir::prune

#endif // PRUNE_PRUNING_LAYERALLOCATION_H
