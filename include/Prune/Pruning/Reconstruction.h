//===- Reconstruction.h - Re-solving kept weights on calibration data -*- C++ -*-===//
//
// What `prune-weights{method=reconstruct}` does after the mask is chosen:
// every output row's kept weights are re-solved, by damped least squares on
// the calibration statistics (Statistics.h), to reproduce the layer's dense
// outputs (the SparseGPT/OBS family, with an exact solve per row instead of
// SparseGPT's approximate column sweep).
//
// Two targets:
//  - one shot: the dense row on the same inputs X (Gram matrix G = X^T X);
//  - sequential: the reference model's outputs R w on the inputs X this
//    layer sees once earlier layers are pruned (cross matrix C = X^T R).
//    The layer is first refit to the reference on X without a mask, and the
//    mask is chosen on that refit, so earlier layers' errors are compensated
//    instead of copied.
//
// All matrices are row-major doubles; views are WeightAnalysis.h's
// (output, input) views of float weights.
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_PRUNING_RECONSTRUCTION_H
#define PRUNE_PRUNING_RECONSTRUCTION_H

#include "Prune/Pruning/WeightPruning.h"

#include <vector>

namespace mlir::prune {

/// The values of a float weight's (output, input) view, row-major.
std::vector<double> readViewValues(const WeightBuffer &buffer,
                                   const WeightView &view);

/// Writes row-major `values` into a float weight's (output, input) view.
void writeViewValues(WeightBuffer &buffer, const WeightView &view,
                     ArrayRef<double> values);

/// The damping of every solve: lambda = 0.01 * mean(diag(G)) (SparseGPT's),
/// or 0 when the layer's inputs were all zero.
double reconstructionDamping(const WeightView &view, ArrayRef<double> gram);

/// The unmasked rows that best reproduce the reference's outputs on the
/// layer's own inputs: w*_r = (G + lambda I)^-1 C w_r for every row r of
/// `dense`, with `gram` = X^T X and `cross` = X^T R (cols x cols). Returns
/// `dense` unchanged when the inputs were all zero.
std::vector<double> refitToReference(const WeightView &view,
                                     ArrayRef<double> dense,
                                     ArrayRef<double> gram,
                                     ArrayRef<double> cross);

/// Re-solves the kept (nonzero) weights of every output row r of a float
/// weight:
///   w_S = argmin ||X w_S - T w_r||^2 + lambda ||w_S||^2
///       = (G_SS + lambda I)^-1 (X^T T)_S: w_r,
/// where w_r = dense[r, :] and `target` = X^T T is `gram` itself (T = X:
/// reproduce the dense row on the same inputs) or the cross matrix X^T R
/// (T = R: reproduce the reference model's outputs). One Cholesky
/// factorization per row (Eigen's LLT; LDLT if that fails), the rows on
/// `context`'s threads. Pruned weights stay zero. A layer whose inputs were
/// all zero keeps the masked weights.
void reconstructLayer(MLIRContext *context, WeightBuffer &buffer,
                      const WeightView &view, ArrayRef<double> dense,
                      ArrayRef<double> gram, ArrayRef<double> target);

/// The squared error the current weights make against `dense` on the
/// calibration inputs, relative to the dense output's energy:
/// sum_r (w_r - d_r)^T G (w_r - d_r) / sum_r d_r^T G d_r.
double relativeOutputError(const WeightBuffer &buffer, const WeightView &view,
                           ArrayRef<double> dense, ArrayRef<double> gram);

/// The same for row-major `values` of the view instead of a buffer.
double relativeOutputError(ArrayRef<double> values, const WeightView &view,
                           ArrayRef<double> dense, ArrayRef<double> gram);

} // namespace mlir::prune

#endif // PRUNE_PRUNING_RECONSTRUCTION_H
