//===- ParallelThresholds.h - When kernels split across threads -*- C++ -*-===//
//
// The defaults of the thresholds below which prune-compile keeps a kernel on
// one thread. prune-vectorize-dense splits dense ops by them, and
// prune-sparsify's cost model estimates with them, so both take them from
// here (the measurements behind each are in prune-compile's option help,
// Pipelines.h).
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_SUPPORT_PARALLELTHRESHOLDS_H
#define PRUNE_SUPPORT_PARALLELTHRESHOLDS_H

#include <cstdint>

namespace mlir::prune {

/// Contractions and convolutions: iterations of their static loops.
constexpr int64_t kDefaultMinParallelIterations = int64_t(1) << 19;
/// Other dense ops (elementwise, transposes, reductions).
constexpr int64_t kDefaultMinParallelElementwiseIterations = int64_t(1) << 16;
/// Sparse kernels at batch 1: stored nonzeros times the loops that do not
/// index the weight.
constexpr int64_t kDefaultMinParallelSparseWork = int64_t(1) << 16;

} // namespace mlir::prune

#endif // PRUNE_SUPPORT_PARALLELTHRESHOLDS_H
