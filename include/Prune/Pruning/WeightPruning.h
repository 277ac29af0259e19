//===- WeightPruning.h - Choose and zero low-importance weights -*- C++ -*-===//
//
// The mechanism behind prune-weights, usable without the pass: zero the
// least important units (elements, N:M groups, blocks or rows; PrunePattern.h)
// of one layer or of many layers at once (global scope). Weights are read and
// written through WeightBuffer (Support/WeightStorage.h).
//
// Selection is exact and deterministic: with a sparsity target, exactly
// round(F * n) elements end up zero (weights that are already zero count),
// and ties are broken by position (earlier elements are zeroed first). It is
// a two-pass radix select over the scores' float bit patterns, so it needs no
// copy of the weights, and every pass over a layer is a loop typed on the
// element type. A weight is written once: in place when its storage is
// mutable (dense_resource blobs parsed from text), else into one new buffer
// that becomes the resource's blob (blobs mmapped from bytecode).
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_PRUNING_WEIGHTPRUNING_H
#define PRUNE_PRUNING_WEIGHTPRUNING_H

#include "Prune/Analysis/WeightAnalysis.h"
#include "Prune/Pruning/PrunePattern.h"
#include "Prune/Support/WeightStorage.h"

#include "mlir/Support/LLVM.h"

#include <optional>

namespace mlir::prune {

/// What to prune: a pattern with a sparsity target or a threshold.
struct PruneTarget {
  PrunePattern pattern;
  /// Fraction of weights to make zero, in [0, 1).
  std::optional<double> sparsity;
  /// Instead of `sparsity`: zero units whose score is below this.
  std::optional<double> threshold;
  /// With `sparsity`, for one layer: exactly this many zero units (elements,
  /// blocks, rows) instead of round(F * units); per-row selection spreads
  /// them over the rows, earlier rows taking one more. Set by per-layer
  /// allocations (LayerAllocation.h), which choose counts, not fractions.
  std::optional<int64_t> zeroUnits;
  /// Unstructured with a sparsity target: reach it in every output row of
  /// the (output, input) view (round(F * cols) zeros per row) instead of
  /// over the whole layer; Wanda compares weights within rows.
  bool perRow = false;
};

/// One layer to prune: its buffer and (for structured patterns, per-row
/// selection and column scales) its view.
struct LayerToPrune {
  WeightBuffer *buffer;
  const WeightView *view;
  /// Factor of each input feature (view column) that magnitudes are
  /// multiplied by to give scores (Wanda: the feature's L2 norm); empty
  /// scores plain magnitudes.
  ArrayRef<double> columnScale = {};
  /// Importance of each weight given from outside (criterion=scores),
  /// indexed like the weight's storage (row-major over the constant's
  /// shape), finite and non-negative; replaces the magnitude wherever
  /// magnitudes are used (blocks and rows: the L2 norm of their elements'
  /// scores). A weight that is already zero scores 0 whatever it is given,
  /// and a nonzero weight scores more than every zero one, so weights
  /// already zero count towards the target first. Empty: magnitudes.
  /// Exclusive with `columnScale`.
  ArrayRef<float> elementScores = {};
};

/// Zeros the least important units of `layers` as one selection (global
/// scope). Per-layer scope calls this once per layer. The pattern must have
/// been checked with `PrunePattern::checkApplicable` for each layer.
void pruneLayers(ArrayRef<LayerToPrune> layers, const PruneTarget &target);

/// Per-layer scope: prunes each layer on its own, on the context's thread
/// pool when multithreading is enabled (each layer's buffer is touched by
/// one thread only). The result does not depend on the number of threads.
void pruneEachLayer(MLIRContext *context, ArrayRef<LayerToPrune> layers,
                    const PruneTarget &target);

} // namespace mlir::prune

#endif // PRUNE_PRUNING_WEIGHTPRUNING_H
