//===- SparseWeights.h - Pack weights into sparse_tensor constants -*- C++
//-*-===//
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
#include "Prune/Support/ParallelThresholds.h"
#include "Prune/Support/WeightStorage.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Support/LLVM.h"

#include <string>

namespace mlir::prune {

/// Storage formats of a weight. `Auto` asks `chooseSparseFormat` to pick.
enum class SparseFormat { Auto, Dense, CSR, BSR, NM };

/// `auto`, `dense`, `csr`, `bsr` or `nm`.
StringRef stringifySparseFormat(SparseFormat format);

/// What `format=auto` minimizes: estimated time, or bytes.
enum class SparseObjective { Time, Size };

/// Whose measured rates `format=auto` uses. Sparse and dense kernels do not
/// speed up alike with the vector unit (dense per MAC is about twice as fast
/// with AVX-512's 16 lanes, CSR is not), so the rates are per machine kind;
/// `Host` takes the host CPU's, as prune-compile's register tiles do.
enum class SparseCostTarget { Host, AVX2, AVX512 };

/// `host`, `avx2` or `avx512`.
StringRef stringifySparseCostTarget(SparseCostTarget target);

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
  /// Set for a convolution filter (see `getSparseOperandKind`): the shape of
  /// the consumer's filter operand, whose last dimension is the input channel.
  SmallVector<int64_t> filterShape;

  int64_t elements() const { return rows * cols; }
  double sparsity() const {
    return elements() ? 1.0 - double(nonzeros) / double(elements()) : 0.0;
  }
  bool hasBlocks() const { return blockRows * blockCols > 1; }
  bool hasNOfM() const { return nmM > 0; }
  bool isFilter() const { return !filterShape.empty(); }
};

/// Nonzero blocks must be at least this full for a block size to count.
constexpr double kDefaultMinBlockFill = 0.75;

/// Measures the zero pattern of `buffer` through `view`.
WeightSparsityProfile profileWeight(const WeightBuffer &buffer,
                                    const WeightView &view,
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
  /// Values stored, explicit zeros inside blocks and N:M groups included.
  int64_t storedValues = 0;
  /// Non-empty for a convolution filter: CSR over the filter's own shape,
  /// every dimension dense but the last (input channels), compressed.
  SmallVector<int64_t> filterShape;

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

/// The policy of `format=auto`: an estimate of one call's time in each
/// format, per stored unit, with rates measured on one machine of each kind
/// (`SparseCostTarget`; the constants and how they were measured are in
/// SparseFormats.cpp). Sparse kernels are not bound by bytes alone: CSR pays
/// an indirect load of the input per nonzero, BSR one per block, N:M a
/// position computation per kept weight, so the model charges a measured
/// cost per stored value of each format.
struct SparsifyCostModel {
  /// The rates of `target` (`Host`: of the host CPU's kind).
  explicit SparsifyCostModel(SparseCostTarget target = SparseCostTarget::Host);

  /// The machine kind whose rates these are (never `Host`).
  SparseCostTarget target;
  /// Layers less sparse than this stay dense.
  double minSparsity = 0.5;
  /// A sparse format is chosen for time only when estimated at least this
  /// many times faster than dense: the rates come from other shapes, and a
  /// near tie measured the other way (a 128x512 layer at 64 columns: CSR
  /// estimated 1.03x faster, ran 1.07x slower).
  double minEstimatedSpeedup = 1.1;
  /// Beyond 64 columns a sparse kernel's rate per stored value and column
  /// grows by this fraction per doubling of the columns (each stored value
  /// reads its input row across all columns, which stops fitting in cache;
  /// SparseFormats.cpp, getBatchRates).
  double sparseGrowthPerColumnDoubling = 0.05;
  /// Size: the smallest eligible layout instead of the fastest (a model
  /// shipped to a small device, or a bytes budget).
  SparseObjective objective = SparseObjective::Time;
  /// Where a dense weight's rate moves from its cached value to its
  /// streaming one: a weight of at most `cachedBytes` stays in cache from
  /// one call to the next, one of at least `streamingBytes` is streamed; in
  /// between the rate moves in log2 of the bytes (caches are not a step).
  struct CacheRange {
    int64_t cachedBytes, streamingBytes;
    /// 0 at or below `cachedBytes`, 1 at or above `streamingBytes`.
    double getStreamingFraction(int64_t bytes) const;
  };
  /// At one column. With more, the dense kernel is bound by arithmetic and
  /// its rate has no cache term (BatchRates).
  CacheRange denseCache;
  /// The dense bytes of every weight a call reads. A weight stays in cache
  /// between calls only if they all do, so its rate is that of the larger
  /// of its own bytes and these (the wide MLP 1024-4096-4096-1024: its
  /// 16 MiB layers, read in the same call as its 64 MiB one, stream).
  int64_t workingSetBytes = 0;
  /// Sets the range to a step at `bytes` (prune-sparsify's cache-bytes).
  void setCacheBytes(int64_t bytes);

  /// One column per call (a matrix-vector product): nanoseconds per weight
  /// element of the dense vectorized kernel, streamed and cached.
  double nsPerDenseElement;
  double nsPerDenseElementCached;
  /// Nanoseconds per stored nonzero of CSR.
  double nsPerCsrNonzero;
  /// Nanoseconds per stored element (R*C per block) of BSR.
  double nsPerBsrElement;
  /// Nanoseconds per stored element (N per group of M) of N:M.
  double nsPerNmElement;
  /// With more than one column per call (a batch, a convolution's output
  /// positions, or a batch unknown at compile time): nanoseconds per column
  /// of a call, measured at 8 and 64 columns (bench/format_cost_bench.py)
  /// and interpolated in log2 of the columns between them (outside, the
  /// nearer set). chooseSparseFormat judges a dynamic batch at 8, 64 and
  /// 512 columns: a sparse format must win at each. N:M is not calibrated
  /// there and is not chosen.
  struct BatchRates {
    /// Dense per multiply-accumulate.
    double nsPerDenseMac;
    double nsPerCsrValue, nsPerCsrRow;
    double nsPerBsrValue, nsPerBsrRow;
  };
  BatchRates batch8, batch64;
  /// A convolution filter's CSR kernel, per stored value and column and per
  /// output channel, filter tap and column (its loops differ from a
  /// matmul's).
  double nsPerFilterCsrValue;
  double nsPerFilterCsrRowTap;

  /// The threads the compiled code runs on (prune-compile's `threads`) and
  /// the smallest kernels prune-compile splits across them: a dense one of
  /// at least `minParallelDenseWork` iterations of its static loops
  /// (min-parallel-iterations), a sparse one at one column of at least
  /// `minParallelSparseWork` stored values (min-parallel-sparse-work; at a
  /// batch every sparse kernel's rows are split). A split kernel is charged
  /// its one-thread time over `threads`, one that is not all of it.
  int64_t threads = 1;
  int64_t minParallelDenseWork = kDefaultMinParallelIterations;
  int64_t minParallelSparseWork = kDefaultMinParallelSparseWork;

  /// The batch rates at `columns` (more than one, or nullopt).
  BatchRates getBatchRates(std::optional<int64_t> columns) const;

  /// The estimated nanoseconds of one call of the layer with `layout` on
  /// `columns` columns (input rows of a batch; nullopt: not known at compile
  /// time, taken as more than one).
  double estimateNanoseconds(const WeightSparsityProfile &profile,
                             const SparseLayout &layout,
                             std::optional<int64_t> columns = 1) const;

private:
  /// The same on one thread.
  double estimateOneThread(const WeightSparsityProfile &profile,
                           const SparseLayout &layout,
                           std::optional<int64_t> columns) const;
  /// Whether prune-compile splits the layer's kernel across threads.
  bool isSplit(const WeightSparsityProfile &profile, const SparseLayout &layout,
               std::optional<int64_t> columns) const;
};

/// A format decision and the human-readable reason for it.
struct FormatChoice {
  SparseLayout layout;
  std::string reason;
};

/// Picks the layout of one weight. A forced format (not Auto) is used when it
/// can hold the weight, else the weight stays dense and the reason says why.
/// Auto keeps layers below `model.minSparsity` dense and otherwise takes the
/// eligible format with the smallest estimated time (with
/// `SparseObjective::Size`, the fewest bytes), provided it beats dense.
FormatChoice chooseSparseFormat(const WeightSparsityProfile &profile,
                                SparseFormat requested,
                                const SparsifyCostModel &model,
                                std::optional<int64_t> columns = 1);

/// How many times a call of `consumer` reads each element of its weight:
/// the product of the parallel loops the weight does not index (batch rows,
/// output positions of a convolution); nullopt when one is dynamic.
std::optional<int64_t> getWeightReuse(Operation *consumer,
                                      unsigned weightOperand);

/// How a consumer reads a packed weight.
enum class SparseOperandKind {
  /// A 2-D (out, in) matrix; the consumer becomes a linalg.generic whose map
  /// for it is (outLoop, inLoop): matmul, batch_matmul with a unit batch,
  /// matvec, contraction generics.
  Matrix,
  /// A convolution filter kept in the consumer's own shape and indexing map
  /// ([F, KH, KW, C] of linalg.conv_2d_nhwc_fhwc), stored as CSR over its
  /// last dimension: the output-channel and window dimensions dense, the
  /// input channels compressed. The consumer itself is unchanged.
  Filter,
};

/// How `consumer` can read its weight operand `weightOperand` packed, or
/// failure with `why` set: it must be a linalg op on tensors (not quantized)
/// with a static weight indexed by plain loops, and either exactly one
/// non-unit output and one non-unit reduction dimension (Matrix), or one
/// leading output dimension followed by reduction dimensions whose
/// input-channel dimensions come last (Filter).
FailureOr<SparseOperandKind> getSparseOperandKind(Operation *consumer,
                                                  unsigned weightOperand,
                                                  std::string &why);

/// Returns why `consumer` cannot read its weight operand packed, or "".
std::string checkSparsifiableConsumer(Operation *consumer,
                                      unsigned weightOperand);

/// Builds, before `builder`'s insertion point, the packed constants of the
/// weight and the `sparse_tensor.assemble` of them into a
/// `tensor<rows x cols x T, #enc>` (a filter: `tensor<filterShape x T, #enc>`),
/// and returns that value.
Value buildSparseWeight(OpBuilder &builder, Location loc,
                        const WeightBuffer &buffer, const WeightView &view,
                        const SparseLayout &layout, Type elementType);

/// Makes `consumer` read `sparseWeight` instead of its weight operand: a
/// Matrix consumer becomes a linalg.generic reading it as [out, in], a Filter
/// consumer only swaps the operand. Erases the weight's now dead constant and
/// layout ops.
FailureOr<Operation *> replaceWeightWithSparse(RewriterBase &rewriter,
                                               Operation *consumer,
                                               unsigned weightOperand,
                                               Value sparseWeight);

} // namespace mlir::prune

#endif // PRUNE_SPARSITY_SPARSEWEIGHTS_H
