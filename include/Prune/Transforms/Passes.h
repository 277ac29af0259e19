//===- Passes.h - mlir-prune passes -----------------------------*- C++ -*-===//
//
// Declarations and registration of the mlir-prune passes (generated from
// Passes.td) and the option types they share.
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_TRANSFORMS_PASSES_H
#define PRUNE_TRANSFORMS_PASSES_H

#include "Prune/Sparsity/SparseWeights.h"
#include "Prune/Pruning/BranchPruning.h"
#include "Prune/Pruning/WeightPruning.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/Pass.h"

namespace mlir::prune {

/// Whether a pruning target holds per layer or over all layers at once.
enum class PruneScope { Layer, Global };

/// Which neurons prune-neurons removes.
enum class NeuronMode { Dead, Activity, Importance };
/// What replaces a neuron removed for low activity.
enum class NeuronFold { Mean, None };
/// Norm of a neuron's incoming weights.
enum class NeuronNorm { L1, L2 };
/// What happens to the layers that read removed neurons.
enum class NeuronMethod {
  /// Nothing: they lose those input columns.
  Mask,
  /// Their other weights and bias are re-solved on calibration data, and
  /// (without scores=) the neurons are chosen by what that leaves
  /// (NeuronReconstruction.h).
  Reconstruct,
};

/// How weights are scored.
enum class WeightCriterion {
  /// abs(w).
  Magnitude,
  /// abs(w) * ||X_j||_2, the L2 norm of the weight's input feature over the
  /// calibration samples (Wanda, Sun et al. 2023).
  Wanda,
  /// Importance given per weight in a file (`scores=FILE.npz`), e.g.
  /// Taylor scores abs(w * dL/dw) accumulated in a training loop.
  Scores,
};

/// How the arrays of a scores file are laid out.
enum class ScoresLayout {
  /// Per layer, from the array's shape (ambiguous shapes are an error).
  Auto,
  /// Exactly the constant's shape and element order.
  IR,
  /// The framework's: [out, in] for a matmul, OIHW for a convolution.
  Framework,
};

/// What happens to the kept weights once the mask is chosen.
enum class WeightMethod {
  /// Nothing: pruned weights are zeroed, kept ones stay.
  Mask,
  /// Each output row's kept weights are re-solved to reproduce the dense row
  /// on the calibration inputs (see Reconstruction.h).
  Reconstruct,
  /// SparseGPT's optimal brain surgeon: weights are chosen and the kept ones
  /// updated column by column through the inverse Hessian
  /// (OptimalBrainSurgeon.h).
  Obs,
};

/// How a sparsity target is split over the layers.
enum class SparsityAllocation {
  /// Every layer gets the target.
  Uniform,
  /// Layers with more outliers get less (OWL; LayerAllocation.h).
  Owl,
};

#define GEN_PASS_DECL
#include "Prune/Transforms/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "Prune/Transforms/Passes.h.inc"

/// The first of prune-weights' `options` (as in --prune-weights="...") that
/// reads calibration statistics (stats=), such as "method=reconstruct", or
/// "" if none does; failure if the options do not parse. Drivers that
/// gather statistics for prune-weights ask it rather than keep their own
/// list.
FailureOr<std::string> getPruneWeightsOptionNeedingStatistics(StringRef options);

} // namespace mlir::prune

#endif // PRUNE_TRANSFORMS_PASSES_H
