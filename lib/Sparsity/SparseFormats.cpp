//===- SparseFormats.cpp - Profile weights and choose their format --------===//
//
// The first half of prune-sparsify's mechanism: how sparse a weight is in
// each layout (nonzeros, nonzero blocks, N:M groups), what each format
// stores, and the cost model that picks the format. Packing and rewriting
// are in SparseWeights.cpp.
//
//===----------------------------------------------------------------------===//

#include "Prune/Sparsity/SparseWeights.h"
#include "Prune/Support/HostCpu.h"

#include "llvm/Support/FormatVariadic.h"

#include <cmath>
#include <cstring>
#include <limits>

using namespace mlir;
using namespace mlir::prune;

StringRef prune::stringifySparseFormat(SparseFormat format) {
  switch (format) {
  case SparseFormat::Auto:
    return "auto";
  case SparseFormat::Dense:
    return "dense";
  case SparseFormat::CSR:
    return "csr";
  case SparseFormat::BSR:
    return "bsr";
  case SparseFormat::NM:
    return "nm";
  }
  llvm_unreachable("unknown sparse format");
}

std::string SparseLayout::str() const {
  switch (format) {
  case SparseFormat::BSR:
    return llvm::formatv("bsr:{0}x{1}", blockRows, blockCols).str();
  case SparseFormat::NM:
    return llvm::formatv("{0}:{1}", n, m).str();
  default:
    return stringifySparseFormat(format).str();
  }
}

unsigned prune::getNarrowIndexWidth(int64_t maxValue) {
  for (unsigned width : {8u, 16u, 32u})
    if (uint64_t(maxValue) < (uint64_t(1) << width))
      return width;
  return 64;
}

//===----------------------------------------------------------------------===//
// Profiling
//===----------------------------------------------------------------------===//

namespace {
/// The nonzero mask of a weight's (out, in) view, row-major.
struct NonzeroMask {
  int64_t rows, cols;
  std::vector<bool> bits;
  bool at(int64_t r, int64_t c) const { return bits[r * cols + c]; }
};
} // namespace

static NonzeroMask getNonzeroMask(const WeightBuffer &buffer,
                                  const WeightView &view) {
  NonzeroMask mask{view.rows, view.cols, {}};
  mask.bits.resize(view.rows * view.cols);
  for (int64_t r = 0; r < view.rows; ++r)
    for (int64_t c = 0; c < view.cols; ++c)
      mask.bits[r * view.cols + c] = !buffer.isZero(view.linearIndex(r, c));
  return mask;
}

static int64_t countNonzeroBlocks(const NonzeroMask &mask, int64_t blockRows,
                                  int64_t blockCols) {
  int64_t count = 0;
  for (int64_t br = 0; br < mask.rows; br += blockRows)
    for (int64_t bc = 0; bc < mask.cols; bc += blockCols) {
      bool any = false;
      for (int64_t r = br; r < br + blockRows && !any; ++r)
        for (int64_t c = bc; c < bc + blockCols && !any; ++c)
          any = mask.at(r, c);
      count += any;
    }
  return count;
}

WeightSparsityProfile prune::profileWeight(const WeightBuffer &buffer,
                                           const WeightView &view,
                                           double minBlockFill) {
  WeightSparsityProfile profile;
  profile.rows = view.rows;
  profile.cols = view.cols;
  profile.elementBytes = buffer.getElementByteWidth();
  NonzeroMask mask = getNonzeroMask(buffer, view);
  profile.nonzeros = llvm::count(mask.bits, true);
  if (profile.nonzeros == 0)
    return profile;

  // Block size: the largest area whose nonzero blocks are full enough; ties
  // go to the squarer block.
  // Blocks of one row or column crash the sparsifier's block demapping on
  // MLIR 22 (a level of size 1), so both sides are at least 2.
  static constexpr int64_t kBlockSizes[] = {2, 4, 8, 16, 32};
  for (int64_t blockRows : kBlockSizes) {
    for (int64_t blockCols : kBlockSizes) {
      int64_t area = blockRows * blockCols;
      if (view.rows % blockRows || view.cols % blockCols)
        continue;
      // The sparsifier folds a block level of size 1 into a constant and
      // then fails on the non-invertible map: keep >= 2 blocks per dim.
      if (view.rows / blockRows < 2 || view.cols / blockCols < 2)
        continue;
      int64_t bestArea = profile.blockRows * profile.blockCols;
      if (area < bestArea)
        continue;
      if (area == bestArea &&
          std::abs(blockRows - blockCols) >=
              std::abs(profile.blockRows - profile.blockCols))
        continue;
      int64_t blocks = countNonzeroBlocks(mask, blockRows, blockCols);
      if (double(profile.nonzeros) < minBlockFill * double(blocks * area))
        continue;
      profile.blockRows = blockRows;
      profile.blockCols = blockCols;
      profile.nonzeroBlocks = blocks;
    }
  }

  // 2:4 along the input dimension.
  if (view.cols % 4 == 0) {
    int64_t mostPerGroup = 0;
    for (int64_t r = 0; r < view.rows; ++r)
      for (int64_t c = 0; c < view.cols; c += 4)
        mostPerGroup = std::max<int64_t>(
            mostPerGroup, mask.at(r, c) + mask.at(r, c + 1) +
                              mask.at(r, c + 2) + mask.at(r, c + 3));
    if (mostPerGroup <= 2) {
      profile.nmN = 2;
      profile.nmM = 4;
    }
  }
  return profile;
}

//===----------------------------------------------------------------------===//
// Layouts and the cost model
//===----------------------------------------------------------------------===//

FailureOr<SparseLayout>
prune::getSparseLayout(const WeightSparsityProfile &profile,
                       SparseFormat format, std::string &why) {
  SparseLayout layout;
  layout.format = format;
  int64_t eb = profile.elementBytes;
  switch (format) {
  case SparseFormat::Auto:
    llvm_unreachable("auto is not a layout");
  case SparseFormat::Dense:
    layout.storedValues = profile.elements();
    layout.bytes = profile.elements() * eb;
    return layout;
  case SparseFormat::CSR: {
    // An all-zero weight would need zero-sized value and coordinate buffers,
    // whose subviews MLIR 22's vector lowering rejects ("offset 0 is
    // out-of-bounds"); prune-branches removes such branches instead.
    if (profile.nonzeros == 0) {
      why = "it has no nonzeros (prune-branches removes all-zero branches)";
      return failure();
    }
    // A filter is CSR over its own shape: one row per (out, window...)
    // position, the input channels compressed.
    int64_t rows = profile.rows, cols = profile.cols;
    if (profile.isFilter()) {
      layout.filterShape = profile.filterShape;
      cols = profile.filterShape.back();
      rows = profile.elements() / cols;
    }
    layout.posWidth = getNarrowIndexWidth(profile.nonzeros);
    layout.crdWidth = getNarrowIndexWidth(cols - 1);
    layout.storedValues = profile.nonzeros;
    layout.bytes = (rows + 1) * layout.posWidth / 8 +
                   profile.nonzeros * (layout.crdWidth / 8 + eb);
    return layout;
  }
  case SparseFormat::BSR: {
    if (profile.isFilter()) {
      why = "convolution filters are packed as CSR over input channels only";
      return failure();
    }
    if (!profile.hasBlocks()) {
      why = profile.nonzeros == 0
                ? "it has no nonzeros"
                : llvm::formatv("no block size (2x2 to 32x32, at least 2 "
                                "blocks per side, dividing "
                                "{0}x{1}) has nonzero blocks >= {2}% full",
                                profile.rows, profile.cols,
                                int(kDefaultMinBlockFill * 100))
                      .str();
      return failure();
    }
    layout.blockRows = profile.blockRows;
    layout.blockCols = profile.blockCols;
    layout.posWidth = getNarrowIndexWidth(profile.nonzeroBlocks);
    layout.crdWidth = getNarrowIndexWidth(profile.cols / profile.blockCols - 1);
    layout.storedValues =
        profile.nonzeroBlocks * profile.blockRows * profile.blockCols;
    layout.bytes =
        (profile.rows / profile.blockRows + 1) * layout.posWidth / 8 +
        profile.nonzeroBlocks *
            (layout.crdWidth / 8 + profile.blockRows * profile.blockCols * eb);
    return layout;
  }
  case SparseFormat::NM:
    if (profile.isFilter()) {
      why = "convolution filters are packed as CSR over input channels only";
      return failure();
    }
    if (!profile.hasNOfM()) {
      why = "some group of 4 consecutive input weights has more than 2 "
            "nonzeros";
      return failure();
    }
    layout.n = profile.nmN;
    layout.m = profile.nmM;
    layout.posWidth = 8;
    // Coordinates as wide as the input dimension needs, not the 8 bits the
    // in-group offsets 0..M-1 would fit: 8-bit coordinates on a
    // structured[2, 4] level gave wrong results for K >= 1024 on MLIR 22.
    layout.crdWidth = getNarrowIndexWidth(profile.cols - 1);
    layout.storedValues = profile.rows * (profile.cols / layout.m) * layout.n;
    layout.bytes = layout.storedValues * (layout.crdWidth / 8 + eb);
    return layout;
  }
  llvm_unreachable("unknown sparse format");
}

StringRef prune::stringifySparseCostTarget(SparseCostTarget target) {
  switch (target) {
  case SparseCostTarget::Host:
    return "host";
  case SparseCostTarget::AVX2:
    return "avx2";
  case SparseCostTarget::AVX512:
    return "avx512";
  }
  llvm_unreachable("unknown cost target");
}

// The rates of an AVX2 machine (an AMD EPYC with AVX2, 2 cores).
//
// One column, streamed: calibrated on an AVX-512 machine with
// `/usr/bin/python3 bench/sparse_bench.py`
// (bench/README.md; it prints these constants): medians over sparsities of
// the cold-cache thread CPU time of a 4096x4096 f32 layer at batch 1, one
// thread, divided by the values each format stores; sparse kernels compiled
// by --sparsifier with vl=0 (scalar loops beat vl=16's gathers on this AMD
// EPYC), dense by the all-dense annotated kernel with vl=16. Measured
// 2026-11-23 (medians, range over 50-95%): dense 0.23 ns per element
// (0.21-0.27), CSR 0.62 ns per nonzero (0.50-0.74), BSR 4x4 0.27 ns per
// stored value (0.25-0.32), 2:4 0.63 ns per stored value (50% only). So CSR
// pays off above about 63% sparsity, BSR above about 15%, 2:4 never. On the
// AVX2 machine the 4096x4096 layer (threads_bench.py) took 0.31 ns per dense
// element and 0.82 per CSR nonzero: the same ratio, so the constants stay.
// A weight that stays in cache between calls is another regime at one
// column: measured with bench/e2e_bench.py (2026-12-06, one thread, the
// Fashion-MNIST MLP 784-256-128-10 at batch 1, 0.94 MB of weights), dense
// took 0.018 ms for 235k weights, 0.077 ns each, while CSR at 70/80/90% took
// 0.040/0.027/0.016 ms, 0.57-0.68 ns per nonzero: about the streaming
// constant. Charged at 0.23 there, CSR was picked at 70% and 80% and ran
// 1.5-2x slower than dense; at 0.077 the break-even is 88%. Weights up to
// 1 MiB (the largest measured this way: 784x256, 0.8 MB) get the cached
// rate, larger ones the streaming rate (a step: sizes between were not
// measured on this machine).
//
// More than one column per call is another regime: prune-compile vectorizes
// dense layers across the batch, and its CSR and BSR products put the batch
// innermost. Calibrated with `/usr/bin/python3 bench/format_cost_bench.py`
// (one thread, 2026-12-06; 1024x1024 and 4096x4096 layers at 50-95%
// sparsity, unstructured and 4x4 blocks; it prints these fits), in ns per
// column of a call:
//   batch 8:  dense 0.055 per MAC; CSR 0.49 per nonzero + 6.5 per output row
//             (the row term of the free fit came out negative; the batch-64
//             one is kept); BSR 0.128 per stored value + 0.5 per output row;
//   batch 64: dense 0.044 per MAC; CSR 0.144 + 6.5; BSR 0.108 + 6.7.
// So at batch 64 CSR pays off from about 75% sparsity and BSR from 60%; at
// batch 8 CSR from about 89%, BSR from 55%. On two threads dense scales
// less than the sparse kernels (4096x4096, batch 8: dense 1.39x, CSR and
// BSR 1.9x), so these one-thread rates err toward dense there.
// Convolution filters go through their own CSR loops: a 3x3 256->256
// convolution at 14x14, batch 8 (1568 columns), took 0.65 ns per nonzero and
// column plus 4 ns per output channel, tap and column (90% and 97%; a 1x1
// one fits the same line), against the dense convolution's 0.045 per MAC:
// CSR pays off only above about 95% sparsity there. With the matmul rates,
// format=auto had picked CSR for it at 90%, which ran 1.8x slower than dense.
static void setAVX2Rates(SparsifyCostModel &model) {
  model.denseCache = {int64_t(1) << 20, int64_t(1) << 20};
  model.nsPerDenseElement = 0.23;
  model.nsPerDenseElementCached = 0.077;
  model.nsPerCsrNonzero = 0.62;
  model.nsPerBsrElement = 0.27;
  model.nsPerNmElement = 0.63;
  // Dense per MAC (no cache term measured); CSR per nonzero and per output
  // row; BSR per stored value and per output row.
  model.batch8 = {0.055, 0.49, 6.5, 0.128, 0.5};
  model.batch64 = {0.044, 0.144, 6.5, 0.108, 6.7};
  model.nsPerFilterCsrValue = 0.65;
  model.nsPerFilterCsrRowTap = 4.0;
}

// The rates of an AVX-512 machine (an AMD EPYC with Zen 4's AVX-512, 2
// cores, 2 MiB L2 per core, 32 MiB L3), measured with
// `/usr/bin/python3 bench/format_cost_bench.py --batches 1,8,64 --threads 1`
// (2026-12-06, results in bench/results/format_cost_bench_avx512_*) on
// 1024x1024, 2048x2048 and 4096x4096 layers (4, 16 and 64 MiB), 50-95%
// sparse, unstructured and 4x4 blocks, after prune-vectorize-sparse stopped
// masking the batch-8 sparse kernels. In ns:
//   batch 1, dense per element: 0.0515 at 4 MiB (in cache between calls),
//     0.058-0.0816 at 16 MiB (two runs), 0.174 at 64 MiB (streamed): the
//     cached rate up to 16 MiB, the streaming one from 64 MiB, log2 between.
//     On two threads the 16 MiB weight ran at the cached rate (0.104 ms per
//     call), and with the ramp starting at 4 MiB, BSR at 80% was picked and
//     took 1.24x dense's time;
//     CSR 0.78 per nonzero (0.66-0.82); BSR 4x4 0.45 per stored value
//     (0.30 up to 16 MiB, 0.34-0.49 at 64 MiB: the larger, so BSR is not
//     chosen where dense in cache beats it). 2:4 is not remeasured here; the
//     AVX2 machine's rate against this machine's faster dense code never
//     picks it.
//   batch 8, per column: dense 0.0255 per MAC, remeasured (2026-12-07,
//     `--shapes 1024x1024,2048x2048,4096x4096 --batches 8`) after
//     prune-pack-dense-weights' row blocks: 0.034 at 4 MiB, 0.021 at 16 MiB,
//     0.0255 at 64 MiB in that run (before them 0.0193, 0.0411 and 0.0428: the
//     kernel read a tile's 8 rows from 8 cache lines per k, which lost the
//     16 MiB weight's speed; batch 8 now has no cache term); CSR 0.118-0.147
//     per nonzero, rising as the layer is denser (the free fit's row term was
//     negative), taken at 0.15 so 70% of 4096x4096 (CSR 5.91 ms, dense 5.74)
//     stays dense; BSR 0.058-0.086 per stored value, taken at 0.086.
//   batch 64, per column: dense 0.021 per MAC at every size (the kernel is
//     bound by arithmetic there); CSR 0.0517 per nonzero + 7.82 per output
//     row; BSR 0.0421 per stored value + 5.03 per output row.
// Remeasured (2026-12-07, `--shapes 1024x1024,256x1024,1024x256,2048x2048,
// 4096x4096 --batches 8,64 --sparsities 0.7,0.8,0.9,0.95`) once the
// transposes around a sparse product at a batch (prune-sparse-batch-inner)
// became 16 x 16 shuffle tiles instead of a load per element, and with
// two-vector weight panels in dense: the "per output row" terms had been
// those transposes (a 1024 -> 256 layer at 90%, batch 64: CSR 0.123 ->
// 0.086 ms, 256 -> 1024: 0.258 -> 0.095), and the non-square shapes show
// them to scale with the input features, not the rows: the old fit kept
// 1024 -> 256 dense at 95% (5.8x slower than CSR). Two runs; the sparse
// rates are the larger of their fits, so that doubtful layers stay dense
// (4096x4096 at 70%, batch 64, ran 0.88x dense in one run and 1.05x in the
// other). Per column:
//   batch 8: dense 0.0188 per MAC (0.0187 in the second run); CSR 0.123
//     per nonzero (0.071-0.120 over the shapes and sparsities; the free
//     fits' row terms were negative); BSR 0.086 per stored value;
//   batch 64: dense 0.0187 per MAC (0.0184); CSR 0.0571 per nonzero + 1.53
//     per output row (0.0531 + 0.43 in the first run); BSR 0.0464 per
//     stored value + 1.84 per output row (0.0434 + 1.84, 0.0464 + 0).
// So at one column CSR pays off from 78% sparsity on streamed weights and
// 93% on cached ones; at batch 8 from 85%; at batch 64 from about 70%.
// Convolution filters keep the AVX2 machine's CSR rates (not remeasured):
// dense convolutions are faster here, so they err toward dense.
static void setAVX512Rates(SparsifyCostModel &model) {
  model.denseCache = {int64_t(16) << 20, int64_t(64) << 20};
  model.nsPerDenseElement = 0.174;
  model.nsPerDenseElementCached = 0.0515;
  model.nsPerCsrNonzero = 0.78;
  model.nsPerBsrElement = 0.45;
  model.nsPerNmElement = 0.63;
  model.batch8 = {0.0188, 0.123, 0.0, 0.086, 0.0};
  model.batch64 = {0.0187, 0.0571, 1.53, 0.0464, 1.84};
  model.nsPerFilterCsrValue = 0.65;
  model.nsPerFilterCsrRowTap = 4.0;
}

SparsifyCostModel::SparsifyCostModel(SparseCostTarget requested)
    : target(requested) {
  if (target == SparseCostTarget::Host)
    target =
        hostHasAVX512() ? SparseCostTarget::AVX512 : SparseCostTarget::AVX2;
  if (target == SparseCostTarget::AVX512)
    setAVX512Rates(*this);
  else
    setAVX2Rates(*this);
}

void SparsifyCostModel::setCacheBytes(int64_t bytes) {
  denseCache = {bytes, bytes};
}

double
SparsifyCostModel::CacheRange::getStreamingFraction(int64_t bytes) const {
  if (bytes <= cachedBytes)
    return 0.0;
  if (bytes >= streamingBytes)
    return 1.0;
  return std::log2(double(bytes) / double(cachedBytes)) /
         std::log2(double(streamingBytes) / double(cachedBytes));
}

SparsifyCostModel::BatchRates
SparsifyCostModel::getBatchRates(std::optional<int64_t> columns) const {
  if (!columns || *columns <= 8)
    return batch8;
  if (*columns >= 64) {
    // Measured beyond 64 columns (one thread, 90% unstructured, ns per
    // stored value and column): a 512 -> 128 layer 0.185 at 64 columns, 0.25
    // at 256, 0.32 at 1024, 0.46 at 2048 (dense flat at 0.017-0.018 per
    // MAC), a 1024 -> 1024 one 0.075, 0.097, 0.168 at 64, 256, 1024: each
    // stored value reads its input row across the columns, and past the
    // cache it comes from memory. The 64-column rates extrapolated picked
    // CSR for a transformer's 512 -> 128 layers at 2048 columns, which ran
    // 2.5x slower than dense. Those were measured with a load per element
    // in the transposes around the sparse product; with 16 x 16 shuffle
    // tiles (2026-12-08, `format_cost_bench.py --shapes 128x512,1024x1024,
    // 256x1024 --batches 256,2048 --sparsities 0.7,0.9`) the fits are CSR
    // 0.0476 per value + 0.67 per row at 256 columns and 0.0636 + 2.62 at
    // 2048 (BSR 0.0416 + 0.66, 0.0594 + 2.85) against 0.0571 + 1.53 at 64:
    // 1.1-1.3x over five doublings, so 5% per doubling (the 512 -> 128
    // layer at 90%, 2048 columns: CSR 1.83x faster than dense; at 70%
    // 1.33x slower, and estimated slower).
    BatchRates rates = batch64;
    double growth = 1.0 + sparseGrowthPerColumnDoubling *
                              std::log2(double(*columns) / 64.0);
    rates.nsPerCsrValue *= growth;
    rates.nsPerBsrValue *= growth;
    return rates;
  }
  double t = std::log2(double(*columns) / 8.0) / 3.0;
  auto mix = [&](double at8, double at64) { return at8 + t * (at64 - at8); };
  return {mix(batch8.nsPerDenseMac, batch64.nsPerDenseMac),
          mix(batch8.nsPerCsrValue, batch64.nsPerCsrValue),
          mix(batch8.nsPerCsrRow, batch64.nsPerCsrRow),
          mix(batch8.nsPerBsrValue, batch64.nsPerBsrValue),
          mix(batch8.nsPerBsrRow, batch64.nsPerBsrRow)};
}

// Threads (format_cost_bench.py --threads 2 against --threads 1 on the
// AVX-512 EPYC, 2026-12-07): kernels that prune-compile splits gained 1.4-1.8x
// (dense) and 1.2-2x (CSR, BSR) from a second thread; charging them 1/threads
// of their time errs toward dense where dense gains less. A kernel that is
// not split gains nothing: 1024x1024 at 95%, 52k nonzeros below
// min-parallel-sparse-work, took 0.042 ms in CSR on one thread and on two,
// while dense went from 0.054 to 0.032 ms, and the one-thread estimate had
// picked CSR.
bool SparsifyCostModel::isSplit(const WeightSparsityProfile &profile,
                                const SparseLayout &layout,
                                std::optional<int64_t> columns) const {
  if (threads <= 1)
    return false;
  if (layout.format == SparseFormat::Dense)
    return profile.elements() * columns.value_or(1) >= minParallelDenseWork;
  return columns != 1 || layout.storedValues >= minParallelSparseWork;
}

double
SparsifyCostModel::estimateNanoseconds(const WeightSparsityProfile &profile,
                                       const SparseLayout &layout,
                                       std::optional<int64_t> columns) const {
  double ns = estimateOneThread(profile, layout, columns);
  return isSplit(profile, layout, columns) ? ns / double(threads) : ns;
}

double
SparsifyCostModel::estimateOneThread(const WeightSparsityProfile &profile,
                                     const SparseLayout &layout,
                                     std::optional<int64_t> columns) const {
  if (columns != 1) {
    // Per column of the call.
    BatchRates rates = getBatchRates(columns);
    switch (layout.format) {
    case SparseFormat::Dense:
      return rates.nsPerDenseMac * profile.elements();
    case SparseFormat::CSR:
      if (profile.isFilter()) {
        int64_t taps = 1;
        for (int64_t size :
             ArrayRef(profile.filterShape).drop_front().drop_back())
          taps *= size;
        return nsPerFilterCsrValue * layout.storedValues +
               nsPerFilterCsrRowTap * profile.rows * taps;
      }
      return rates.nsPerCsrValue * layout.storedValues +
             rates.nsPerCsrRow * profile.rows;
    case SparseFormat::BSR:
      return rates.nsPerBsrValue * layout.storedValues +
             rates.nsPerBsrRow * profile.rows;
    default:
      return std::numeric_limits<double>::infinity();
    }
  }
  switch (layout.format) {
  case SparseFormat::Auto:
    llvm_unreachable("auto is not a layout");
  case SparseFormat::Dense:
    return (nsPerDenseElementCached +
            denseCache.getStreamingFraction(
                std::max(layout.bytes, workingSetBytes)) *
                (nsPerDenseElement - nsPerDenseElementCached)) *
           profile.elements();
  case SparseFormat::CSR:
    return nsPerCsrNonzero * layout.storedValues;
  case SparseFormat::BSR:
    return nsPerBsrElement * layout.storedValues;
  case SparseFormat::NM:
    return nsPerNmElement * layout.storedValues;
  }
  llvm_unreachable("unknown sparse format");
}

/// The column counts a dynamic batch is judged at: a sparse format must be
/// estimated faster than dense at each. Sparse kernels gain most over dense
/// at few columns, where dense rereads its weight per column; at many, dense
/// runs at its arithmetic rate (the digits MLP at 90%, batch 450: CSR was
/// estimated 1.7x faster from the 8-column rates and ran 1.15x slower).
static constexpr int64_t kDynamicBatchColumns[] = {8, 64, 512};

/// chooseSparseFormat at `columns`; `columnsText` names them in reasons.
static FormatChoice chooseAt(const WeightSparsityProfile &profile,
                             SparseFormat requested,
                             const SparsifyCostModel &model,
                             std::optional<int64_t> columns,
                             StringRef columnsText);

FormatChoice prune::chooseSparseFormat(const WeightSparsityProfile &profile,
                                       SparseFormat requested,
                                       const SparsifyCostModel &model,
                                       std::optional<int64_t> columns) {
  if (columns || requested != SparseFormat::Auto ||
      model.objective != SparseObjective::Time)
    return chooseAt(profile, requested, model, columns,
                    columns == 1 ? ""
                    : columns
                        ? llvm::formatv(" per column of {0}", *columns).str()
                        : " per column of a dynamic batch");
  std::optional<FormatChoice> first;
  for (int64_t n : kDynamicBatchColumns) {
    FormatChoice choice = chooseAt(
        profile, requested, model, n,
        llvm::formatv(" per column of a dynamic batch, at {0}", n).str());
    if (first && choice.layout.format == first->layout.format)
      continue;
    if (!first && choice.layout.format != SparseFormat::Dense) {
      first = choice;
      continue;
    }
    if (!first)
      return choice; // dense already at the fewest columns
    std::string why;
    // A different sparse format is fastest at more columns: neither is
    // known to beat dense at every batch.
    if (choice.layout.format != SparseFormat::Dense)
      choice.layout = *getSparseLayout(profile, SparseFormat::Dense, why);
    choice.reason = first->layout.str() + " is estimated fastest at " +
                    std::to_string(kDynamicBatchColumns[0]) +
                    " columns of a dynamic batch, but " + choice.reason;
    return choice;
  }
  return *first;
}

static FormatChoice chooseAt(const WeightSparsityProfile &profile,
                             SparseFormat requested,
                             const SparsifyCostModel &model,
                             std::optional<int64_t> columns,
                             StringRef columnsText) {
  std::string why;
  SparseLayout dense = *getSparseLayout(profile, SparseFormat::Dense, why);
  std::string sparsity =
      llvm::formatv("{0:F1}% sparse", profile.sparsity() * 100).str();

  if (requested != SparseFormat::Auto) {
    FailureOr<SparseLayout> layout = getSparseLayout(profile, requested, why);
    if (failed(layout))
      return {dense, "format=" + stringifySparseFormat(requested).str() +
                         " cannot hold it: " + why};
    return {*layout, "format=" + stringifySparseFormat(requested).str() +
                         " requested (" + sparsity + ")"};
  }

  if (profile.sparsity() < model.minSparsity)
    return {dense, llvm::formatv("{0}, below min-sparsity={1}", sparsity,
                                 model.minSparsity)
                       .str()};
  if (model.objective == SparseObjective::Size) {
    std::optional<SparseLayout> smallest;
    std::string sizes = llvm::formatv("dense {0} B", dense.bytes).str();
    for (SparseFormat format :
         {SparseFormat::CSR, SparseFormat::BSR, SparseFormat::NM}) {
      FailureOr<SparseLayout> layout = getSparseLayout(profile, format, why);
      if (failed(layout))
        continue;
      sizes += llvm::formatv(", {0} {1} B", layout->str(), layout->bytes).str();
      if (!smallest || layout->bytes < smallest->bytes)
        smallest = *layout;
    }
    if (!smallest || smallest->bytes >= dense.bytes)
      return {dense, sparsity + ", no sparse format is smaller than dense (" +
                         sizes + ")"};
    return {*smallest, llvm::formatv("{0}, {1} is smallest ({2})", sparsity,
                                     smallest->str(), sizes)
                           .str()};
  }
  double denseNs = model.estimateNanoseconds(profile, dense, columns);
  std::optional<SparseLayout> best;
  double bestNs = 0;
  std::string estimates = llvm::formatv("dense {0:F1} ns", denseNs).str();
  for (SparseFormat format :
       {SparseFormat::CSR, SparseFormat::BSR, SparseFormat::NM}) {
    FailureOr<SparseLayout> layout = getSparseLayout(profile, format, why);
    if (failed(layout))
      continue;
    double ns = model.estimateNanoseconds(profile, *layout, columns);
    if (std::isinf(ns))
      continue;
    estimates += llvm::formatv(", {0} {1:F1} ns", layout->str(), ns).str();
    if (!best || ns < bestNs) {
      best = *layout;
      bestNs = ns;
    }
  }
  std::string perColumn = columnsText.str();
  if (!best || bestNs >= denseNs)
    return {dense, sparsity +
                       ", no sparse format is estimated faster than "
                       "dense (" +
                       estimates + perColumn + ")"};
  if (bestNs * model.minEstimatedSpeedup > denseNs)
    return {dense,
            llvm::formatv("{0}, {1} is estimated only {2:F2}x faster than "
                          "dense, under the {3:F2}x margin ({4}{5})",
                          sparsity, best->str(), denseNs / bestNs,
                          model.minEstimatedSpeedup, estimates, perColumn)
                .str()};
  return {*best,
          llvm::formatv("{0}, {1} is estimated fastest ({2}{3}); {4} of {5} "
                        "dense bytes",
                        sparsity, best->str(), estimates, perColumn,
                        best->bytes, dense.bytes)
              .str()};
}
