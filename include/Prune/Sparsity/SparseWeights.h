//===- SparseWeights.h - Pack weights into sparse_tensor constants -*- C++ -*-===//
//
// The mechanism behind prune-sparsify, usable without the pass: measure the
// zero pattern of a weight's 2-D (output, input) view, choose a storage format
// (dense, CSR, BSR, N:M) with a simple cost model, pack the weight at compile
// time into position / coordinate / value constants assembled into a
// `sparse_tensor` encoded tensor, and rewrite the weight's linalg consumer so
// that it reads the sparse tensor, which MLIR's sparsifier turns into sparse
// loops.
//
// The packed tensor is always 2-D, rows = output features, columns = input
// features (row-major CSR over (out, in) is the fast sparse matrix-vector
// form); the consumer's indexing map for it is (outLoop, inLoop), so unit
// dimensions of the original operand (the batch dimension of a tosa.matmul
// weight) disappear.
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_SPARSITY_SPARSEWEIGHTS_H
#define PRUNE_SPARSITY_SPARSEWEIGHTS_H

#include "Prune/Analysis/WeightAnalysis.h"
#include "Prune/Pruning/WeightPruning.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Support/LLVM.h"

#include <string>

namespace mlir::prune {

/// Storage formats of a weight. `Auto` asks `chooseSparseFormat` to pick.
enum class SparseFormat { Auto, Dense, CSR, BSR, NM };

/// `auto`, `dense`, `csr`, `bsr` or `nm`.
StringRef stringifySparseFormat(SparseFormat format);

/// The zero pattern of one weight, measured on its (output, input) view.
struct WeightSparsityProfile {
  int64_t rows = 0;
  int64_t cols = 0;
  int64_t nonzeros = 0;
  int64_t elementBytes = 4;
  /// The largest block size RxC (R divides rows, C divides cols, R and C in
  /// 2..32, at least 2 blocks along each dimension)
  /// whose nonzero blocks are on average at least `minBlockFill` full, or
  /// 0x0 when there is none; `nonzeroBlocks` counts blocks of that size that
  /// hold a nonzero.
  int64_t blockRows = 0;
  int64_t blockCols = 0;
  int64_t nonzeroBlocks = 0;
  /// N:M when every group of M consecutive weights along the input dimension
  /// holds at most N nonzeros (only M = 4 is looked for); 0:0 otherwise.
  int64_t nmN = 0;
  int64_t nmM = 0;

  int64_t elements() const { return rows * cols; }
  double sparsity() const {
    return elements() ? 1.0 - double(nonzeros) / double(elements()) : 0.0;
  }
  bool hasBlocks() const { return blockRows * blockCols > 1; }
  bool hasNOfM() const { return nmM > 0; }
};

/// Nonzero blocks must be at least this full for a block size to count.
constexpr double kDefaultMinBlockFill = 0.75;

/// Measures the zero pattern of `buffer` through `view`.
WeightSparsityProfile
profileWeight(const WeightBuffer &buffer, const WeightView &view,
              double minBlockFill = kDefaultMinBlockFill);

/// A concrete storage layout: format, block or N:M shape, index widths and
/// the bytes it takes (positions + coordinates + values).
struct SparseLayout {
  SparseFormat format = SparseFormat::Dense;
  int64_t blockRows = 1, blockCols = 1;
  int64_t n = 0, m = 0;
  /// Bit widths of positions and coordinates (8, 16, 32 or 64).
  unsigned posWidth = 64, crdWidth = 64;
  int64_t bytes = 0;

  /// `dense`, `csr`, `bsr:4x4`, `2:4`.
  std::string str() const;
};

/// The narrowest of 8/16/32/64 bits that holds every value in [0, maxValue].
unsigned getNarrowIndexWidth(int64_t maxValue);

/// The layout of storing the profiled weight in `format` (not Auto), or
/// failure with `why` set when the format cannot hold it (no block pattern,
/// not N:M).
FailureOr<SparseLayout> getSparseLayout(const WeightSparsityProfile &profile,
                                        SparseFormat format, std::string &why);

/// Whether the N:M (`structured[N, M]`) level compiles correctly with the
/// installed sparsifier; `getSparseLayout` refuses N:M otherwise.
bool isNOfMSupported();

/// The policy of `format=auto`.
struct SparsifyCostModel {
  /// Layers less sparse than this stay dense.
  double minSparsity = 0.5;
};

/// A format decision and the human-readable reason for it.
struct FormatChoice {
  SparseLayout layout;
  std::string reason;
};

/// Picks the layout of one weight. A forced format (not Auto) is used when it
/// can hold the weight, else the weight stays dense and the reason says why.
/// Auto keeps layers below `model.minSparsity` dense and otherwise takes the
/// eligible format with the fewest bytes (a first cost model: the sparse
/// kernels are memory bound), provided it is smaller than dense.
FormatChoice chooseSparseFormat(const WeightSparsityProfile &profile,
                                SparseFormat requested,
                                const SparsifyCostModel &model);

/// Returns why `consumer` cannot read its weight operand `weightOperand` as a
/// 2-D (out, in) sparse tensor, or "" if it can: it must be a linalg op on
/// tensors (not quantized) whose weight operand has exactly one non-unit
/// output dimension and one non-unit reduction dimension.
std::string checkSparsifiableConsumer(Operation *consumer,
                                      unsigned weightOperand);

/// Builds, before `builder`'s insertion point, the packed constants of the
/// weight and the `sparse_tensor.assemble` of them into a
/// `tensor<rows x cols x T, #enc>`, and returns that value.
Value buildSparseWeight(OpBuilder &builder, Location loc,
                        const WeightBuffer &buffer, const WeightView &view,
                        const SparseLayout &layout, Type elementType);

/// Rewrites `consumer` (checked with `checkSparsifiableConsumer`) into a
/// linalg.generic that reads `sparseWeight` ([out, in]) instead of its weight
/// operand, and erases the weight's now dead constant and layout ops.
FailureOr<Operation *> replaceWeightWithSparse(RewriterBase &rewriter,
                                               Operation *consumer,
                                               unsigned weightOperand,
                                               Value sparseWeight);

} // namespace mlir::prune

#endif // PRUNE_SPARSITY_SPARSEWEIGHTS_H
