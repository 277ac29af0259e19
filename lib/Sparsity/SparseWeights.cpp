//===- SparseWeights.cpp - Pack weights into sparse_tensor constants ------===//
//
// Profiling, format choice, compile-time packing and consumer rewriting for
// prune-sparsify. Packing happens here, in the compiler: the positions,
// coordinates and values become `arith.constant`s that
// `sparse_tensor.assemble` wraps without copying, so the compiled program
// never converts a big dense constant to sparse at run time.
//
//===----------------------------------------------------------------------===//

#include "Prune/Sparsity/SparseWeights.h"

#include "Prune/Interfaces/LinalgUtils.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Dialect/SparseTensor/IR/SparseTensor.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/Transforms/RegionUtils.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "llvm/Support/FormatVariadic.h"

#include <cstring>

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
            mostPerGroup,
            mask.at(r, c) + mask.at(r, c + 1) + mask.at(r, c + 2) +
                mask.at(r, c + 3));
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
                : llvm::formatv("no block size (2x2 to 32x32, at least 2 blocks per side, dividing "
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
    layout.bytes = (profile.rows / profile.blockRows + 1) * layout.posWidth / 8 +
                   profile.nonzeroBlocks *
                       (layout.crdWidth / 8 +
                        profile.blockRows * profile.blockCols * eb);
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

// Calibrated with `/usr/bin/python3 bench/sparse_bench.py` (bench/README.md;
// it prints these constants): medians over sparsities of the cold-cache
// thread CPU time of a 4096x4096 f32 layer at batch 1, one thread, divided
// by the values each format stores; sparse kernels compiled by --sparsifier
// with vl=0 (scalar loops beat vl=16's gathers on this AMD EPYC), dense by
// the all-dense annotated kernel with vl=16. Measured 2026-11-23 (medians,
// range over 50-95%): dense 0.23 ns per element (0.21-0.27), CSR 0.62 ns per
// nonzero (0.50-0.74), BSR 4x4 0.27 ns per stored value (0.25-0.32), 2:4
// 0.63 ns per stored value (50% only). So CSR pays off above about 63%
// sparsity, BSR above about 15%, 2:4 never on this CPU.
SparsifyCostModel::SparsifyCostModel()
    : nsPerDenseElement(0.23), nsPerCsrNonzero(0.62), nsPerBsrElement(0.27),
      nsPerNmElement(0.63) {}

double
SparsifyCostModel::estimateNanoseconds(const WeightSparsityProfile &profile,
                                       const SparseLayout &layout) const {
  switch (layout.format) {
  case SparseFormat::Auto:
    llvm_unreachable("auto is not a layout");
  case SparseFormat::Dense:
    return nsPerDenseElement * profile.elements();
  case SparseFormat::CSR:
    return nsPerCsrNonzero * layout.storedValues;
  case SparseFormat::BSR:
    return nsPerBsrElement * layout.storedValues;
  case SparseFormat::NM:
    return nsPerNmElement * layout.storedValues;
  }
  llvm_unreachable("unknown sparse format");
}

FormatChoice prune::chooseSparseFormat(const WeightSparsityProfile &profile,
                                       SparseFormat requested,
                                       const SparsifyCostModel &model) {
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
  double denseNs = model.estimateNanoseconds(profile, dense);
  std::optional<SparseLayout> best;
  double bestNs = 0;
  std::string estimates =
      llvm::formatv("dense {0:F1} ns", denseNs).str();
  for (SparseFormat format :
       {SparseFormat::CSR, SparseFormat::BSR, SparseFormat::NM}) {
    FailureOr<SparseLayout> layout = getSparseLayout(profile, format, why);
    if (failed(layout))
      continue;
    double ns = model.estimateNanoseconds(profile, *layout);
    estimates += llvm::formatv(", {0} {1:F1} ns", layout->str(), ns).str();
    if (!best || ns < bestNs) {
      best = *layout;
      bestNs = ns;
    }
  }
  if (!best || bestNs >= denseNs)
    return {dense, sparsity + ", no sparse format is estimated faster than "
                              "dense (" + estimates + ")"};
  return {*best,
          llvm::formatv("{0}, {1} is estimated fastest ({2}); {3} of {4} "
                        "dense bytes",
                        sparsity, best->str(), estimates, best->bytes,
                        dense.bytes)
              .str()};
}

//===----------------------------------------------------------------------===//
// Consumers
//===----------------------------------------------------------------------===//

namespace {
/// The loops that index the non-unit output and input dims of a weight.
struct WeightLoops {
  unsigned outLoop, inLoop;
};
} // namespace

/// The consumer's weight operand, checked to be a static dense tensor of a
/// linalg op on tensors, indexed by plain loops.
static FailureOr<std::pair<linalg::LinalgOp, AffineMap>>
getWeightAccess(Operation *consumer, unsigned weightOperand,
                std::string &why) {
  auto linalgOp = dyn_cast<linalg::LinalgOp>(consumer);
  if (!linalgOp) {
    why = "its consumer '" + consumer->getName().getStringRef().str() +
          "' is not a linalg op (lower TOSA first: tosa-to-linalg-pipeline)";
    return failure();
  }
  if (!linalgOp.hasPureTensorSemantics()) {
    why = "its consumer works on buffers, not tensors";
    return failure();
  }
  if (consumer->getName().getStringRef().starts_with("linalg.quantized_") ||
      consumer->getName().getStringRef().ends_with("_q")) {
    why = "its consumer is quantized (a zero point is not an implicit zero)";
    return failure();
  }
  OpOperand &weight = consumer->getOpOperand(weightOperand);
  auto type = dyn_cast<RankedTensorType>(weight.get().getType());
  if (!type || !type.hasStaticShape() || type.getEncoding()) {
    why = "its weight operand is not a static dense tensor";
    return failure();
  }
  AffineMap map = linalgOp.getMatchingIndexingMap(&weight);
  for (auto [d, expr] : llvm::enumerate(map.getResults())) {
    if (!isa<AffineDimExpr>(expr)) {
      why = "its weight dimension " + std::to_string(d) +
            " is indexed by a compound expression";
      return failure();
    }
  }
  return std::make_pair(linalgOp, map);
}

static FailureOr<WeightLoops> getWeightLoops(Operation *consumer,
                                             unsigned weightOperand,
                                             std::string &why) {
  auto access = getWeightAccess(consumer, weightOperand, why);
  if (failed(access))
    return failure();
  auto [linalgOp, map] = *access;
  auto type = cast<RankedTensorType>(consumer->getOperand(weightOperand)
                                         .getType());
  SmallVector<utils::IteratorType> iterators =
      linalgOp.getIteratorTypesArray();
  SmallVector<unsigned> outLoops, inLoops;
  for (auto [d, expr] : llvm::enumerate(map.getResults())) {
    unsigned loop = cast<AffineDimExpr>(expr).getPosition();
    if (type.getDimSize(d) == 1)
      continue;
    if (iterators[loop] == utils::IteratorType::parallel)
      outLoops.push_back(loop);
    else
      inLoops.push_back(loop);
  }
  if (outLoops.size() != 1 || inLoops.size() != 1) {
    why = llvm::formatv("its weight has {0} non-unit output and {1} non-unit "
                        "input dimensions",
                        outLoops.size(), inLoops.size())
              .str();
    return failure();
  }
  // The [out, in] map drops the weight's unit dimensions: their loops must
  // still be sized by another operand indexing them directly (the batch of a
  // tosa.matmul is; the window of a 1x1 convolution, only seen inside
  // `oh + kh`, is not).
  OpOperand &weight = consumer->getOpOperand(weightOperand);
  for (auto [d, expr] : llvm::enumerate(map.getResults())) {
    unsigned loop = cast<AffineDimExpr>(expr).getPosition();
    if (type.getDimSize(d) != 1 || loop == outLoops[0] || loop == inLoops[0])
      continue;
    bool sized = llvm::any_of(linalgOp->getOpOperands(), [&](OpOperand &o) {
      if (&o == &weight)
        return false;
      return llvm::any_of(
          linalgOp.getMatchingIndexingMap(&o).getResults(),
          [&](AffineExpr e) {
            auto dim = dyn_cast<AffineDimExpr>(e);
            return dim && dim.getPosition() == loop;
          });
    });
    if (!sized) {
      why = "its weight's unit dimension " + std::to_string(d) +
            " indexes a loop no other operand sizes";
      return failure();
    }
  }
  return WeightLoops{outLoops[0], inLoops[0]};
}

/// Whether the weight is a filter: dimension 0 an output loop, every other
/// dimension a reduction loop, the window loops (which other inputs only see
/// inside expressions such as `oh + kh`) before the channel loops (which an
/// input indexes directly). That order makes the (out, in) view that the
/// weight analysis builds the filter's own row-major order.
static LogicalResult checkFilter(Operation *consumer, unsigned weightOperand,
                                 std::string &why) {
  auto access = getWeightAccess(consumer, weightOperand, why);
  if (failed(access))
    return failure();
  auto [linalgOp, map] = *access;
  SmallVector<utils::IteratorType> iterators =
      linalgOp.getIteratorTypesArray();
  llvm::SmallDenseSet<unsigned> channelLoops = getDirectlyIndexedLoops(
      linalgOp, consumer->getOpOperand(weightOperand));
  if (map.getNumResults() < 3) {
    why = "its weight is not a filter (rank < 3)";
    return failure();
  }
  bool seenChannel = false;
  for (auto [d, expr] : llvm::enumerate(map.getResults())) {
    unsigned loop = cast<AffineDimExpr>(expr).getPosition();
    bool parallel = iterators[loop] == utils::IteratorType::parallel;
    if ((d == 0) != parallel) {
      why = "its filter's output dimension is not its first and only "
            "parallel dimension (e.g. conv_2d_nhwc_hwcf; use the fhwc form)";
      return failure();
    }
    if (d == 0)
      continue;
    bool channel = channelLoops.contains(loop);
    if (seenChannel && !channel) {
      why = "its filter's input-channel dimension is not its last";
      return failure();
    }
    seenChannel |= channel;
  }
  if (!seenChannel) {
    why = "its filter has no input-channel dimension";
    return failure();
  }
  return success();
}

FailureOr<SparseOperandKind>
prune::getSparseOperandKind(Operation *consumer, unsigned weightOperand,
                            std::string &why) {
  std::string matrixWhy, filterWhy;
  if (succeeded(getWeightLoops(consumer, weightOperand, matrixWhy)))
    return SparseOperandKind::Matrix;
  if (succeeded(checkFilter(consumer, weightOperand, filterWhy)))
    return SparseOperandKind::Filter;
  why = matrixWhy;
  if (filterWhy != matrixWhy && !StringRef(filterWhy).contains("rank < 3"))
    why += "; as a filter: " + filterWhy;
  return failure();
}

std::string prune::checkSparsifiableConsumer(Operation *consumer,
                                             unsigned weightOperand) {
  std::string why;
  (void)getSparseOperandKind(consumer, weightOperand, why);
  return why;
}

//===----------------------------------------------------------------------===//
// Packing
//===----------------------------------------------------------------------===//

/// A 1-D constant of unsigned `width`-bit integers.
static Value buildIndexConstant(OpBuilder &builder, Location loc,
                                ArrayRef<int64_t> values, unsigned width) {
  auto type = RankedTensorType::get({int64_t(values.size())},
                                    builder.getIntegerType(width));
  std::vector<char> raw(values.size() * width / 8);
  for (auto [i, value] : llvm::enumerate(values)) {
    uint64_t v = value;
    std::memcpy(raw.data() + i * width / 8, &v, width / 8); // little endian
  }
  auto attr = DenseElementsAttr::getFromRawBuffer(type, raw);
  return arith::ConstantOp::create(builder, loc, type, attr);
}

static sparse_tensor::SparseTensorEncodingAttr
getEncoding(MLIRContext *ctx, const SparseLayout &layout) {
  using namespace sparse_tensor;
  LevelType dense = *buildLevelType(LevelFormat::Dense, true, true);
  LevelType compressed = *buildLevelType(LevelFormat::Compressed, true, true);
  AffineExpr i = getAffineDimExpr(0, ctx), j = getAffineDimExpr(1, ctx);
  switch (layout.format) {
  case SparseFormat::CSR: {
    SmallVector<LevelType> levels(std::max<size_t>(2, layout.filterShape.size()),
                                  dense);
    levels.back() = compressed;
    return SparseTensorEncodingAttr::get(ctx, levels, {}, {},
                                         layout.posWidth, layout.crdWidth);
  }
  case SparseFormat::BSR: {
    AffineMap map = AffineMap::get(
        2, 0,
        {i.floorDiv(layout.blockRows), j.floorDiv(layout.blockCols),
         i % layout.blockRows, j % layout.blockCols},
        ctx);
    return SparseTensorEncodingAttr::get(
        ctx, {dense, compressed, dense, dense}, map, {}, layout.posWidth,
        layout.crdWidth);
  }
  case SparseFormat::NM: {
    LevelType structured =
        *buildLevelType(LevelFormat::NOutOfM, true, true, layout.n, layout.m);
    AffineMap map =
        AffineMap::get(2, 0, {i, j.floorDiv(layout.m), j % layout.m}, ctx);
    return SparseTensorEncodingAttr::get(ctx, {dense, dense, structured}, map,
                                         {}, layout.posWidth,
                                         layout.crdWidth);
  }
  default:
    llvm_unreachable("not a sparse layout");
  }
}

Value prune::buildSparseWeight(OpBuilder &builder, Location loc,
                               const WeightBuffer &buffer,
                               const WeightView &view,
                               const SparseLayout &layout, Type elementType) {
  int64_t eb = buffer.getElementByteWidth();
  SmallVector<int64_t> positions = {0}, coordinates;
  std::vector<char> values;
  auto appendValue = [&](int64_t r, int64_t c) {
    ArrayRef<char> bytes = buffer.getElementBytes(view.linearIndex(r, c));
    values.insert(values.end(), bytes.begin(), bytes.end());
  };
  auto isNonzero = [&](int64_t r, int64_t c) {
    return !buffer.isZero(view.linearIndex(r, c));
  };

  SmallVector<Value> levels;
  switch (layout.format) {
  case SparseFormat::CSR:
    if (!layout.filterShape.empty()) {
      // Rows of the filter's [rows, channels] view, row-major like the
      // (out, in) view, whose columns run over (window..., channel).
      int64_t channels = layout.filterShape.back();
      int64_t rowsPerOut = view.cols / channels;
      for (int64_t r = 0; r < view.rows * rowsPerOut; ++r) {
        int64_t out = r / rowsPerOut, base = (r % rowsPerOut) * channels;
        for (int64_t c = 0; c < channels; ++c) {
          if (!isNonzero(out, base + c))
            continue;
          coordinates.push_back(c);
          appendValue(out, base + c);
        }
        positions.push_back(coordinates.size());
      }
      break;
    }
    for (int64_t r = 0; r < view.rows; ++r) {
      for (int64_t c = 0; c < view.cols; ++c) {
        if (!isNonzero(r, c))
          continue;
        coordinates.push_back(c);
        appendValue(r, c);
      }
      positions.push_back(coordinates.size());
    }
    break;
  case SparseFormat::BSR: {
    int64_t br = layout.blockRows, bc = layout.blockCols;
    for (int64_t r0 = 0; r0 < view.rows; r0 += br) {
      for (int64_t c0 = 0; c0 < view.cols; c0 += bc) {
        bool any = false;
        for (int64_t r = r0; r < r0 + br && !any; ++r)
          for (int64_t c = c0; c < c0 + bc && !any; ++c)
            any = isNonzero(r, c);
        if (!any)
          continue;
        coordinates.push_back(c0 / bc);
        for (int64_t r = r0; r < r0 + br; ++r)
          for (int64_t c = c0; c < c0 + bc; ++c)
            appendValue(r, c);
      }
      positions.push_back(coordinates.size());
    }
    break;
  }
  case SparseFormat::NM: {
    // Each group of M stores exactly N entries in increasing coordinate
    // order; groups with fewer nonzeros are padded with explicit zeros.
    std::vector<char> zero(eb, 0);
    for (int64_t r = 0; r < view.rows; ++r) {
      for (int64_t c0 = 0; c0 < view.cols; c0 += layout.m) {
        SmallVector<int64_t> kept;
        for (int64_t k = 0; k < layout.m; ++k)
          if (isNonzero(r, c0 + k))
            kept.push_back(k);
        for (int64_t k = 0; int64_t(kept.size()) < layout.n; ++k)
          if (!llvm::is_contained(kept, k))
            kept.push_back(k);
        llvm::sort(kept);
        for (int64_t k : kept) {
          coordinates.push_back(k);
          if (isNonzero(r, c0 + k))
            appendValue(r, c0 + k);
          else
            values.insert(values.end(), zero.begin(), zero.end());
        }
      }
    }
    break;
  }
  default:
    llvm_unreachable("not a sparse layout");
  }

  if (layout.format != SparseFormat::NM)
    levels.push_back(
        buildIndexConstant(builder, loc, positions, layout.posWidth));
  levels.push_back(
      buildIndexConstant(builder, loc, coordinates, layout.crdWidth));
  auto valuesType = RankedTensorType::get({int64_t(values.size()) / eb},
                                          elementType);
  Value valuesConst = arith::ConstantOp::create(
      builder, loc, valuesType,
      DenseElementsAttr::getFromRawBuffer(valuesType, values));
  SmallVector<int64_t> shape = {view.rows, view.cols};
  if (!layout.filterShape.empty())
    shape = layout.filterShape;
  auto sparseType = RankedTensorType::get(
      shape, elementType, getEncoding(builder.getContext(), layout));
  return sparse_tensor::AssembleOp::create(builder, loc, sparseType, levels,
                                           valuesConst);
}

//===----------------------------------------------------------------------===//
// Rewriting the consumer
//===----------------------------------------------------------------------===//

/// Erases `value`'s defining op and, transitively, its operands' defining
/// ops, as long as they are dead.
static void eraseDeadProducers(RewriterBase &rewriter, Value value) {
  SmallVector<Operation *> worklist;
  if (Operation *def = value.getDefiningOp())
    worklist.push_back(def);
  while (!worklist.empty()) {
    Operation *op = worklist.pop_back_val();
    if (!isOpTriviallyDead(op))
      continue;
    for (Value operand : op->getOperands())
      if (Operation *def = operand.getDefiningOp())
        worklist.push_back(def);
    rewriter.eraseOp(op);
  }
}

FailureOr<Operation *> prune::replaceWeightWithSparse(RewriterBase &rewriter,
                                                      Operation *consumer,
                                                      unsigned weightOperand,
                                                      Value sparseWeight) {
  std::string why;
  FailureOr<SparseOperandKind> kind =
      getSparseOperandKind(consumer, weightOperand, why);
  if (failed(kind))
    return failure();
  if (*kind == SparseOperandKind::Filter) {
    Value denseWeight = consumer->getOperand(weightOperand);
    if (cast<ShapedType>(sparseWeight.getType()).getShape() !=
        cast<ShapedType>(denseWeight.getType()).getShape())
      return failure();
    rewriter.modifyOpInPlace(
        consumer, [&] { consumer->setOperand(weightOperand, sparseWeight); });
    eraseDeadProducers(rewriter, denseWeight);
    return consumer;
  }
  FailureOr<WeightLoops> loops = getWeightLoops(consumer, weightOperand, why);
  if (failed(loops))
    return failure();
  rewriter.setInsertionPoint(consumer);
  linalg::GenericOp generic = dyn_cast<linalg::GenericOp>(consumer);
  if (!generic) {
    FailureOr<linalg::GenericOp> generalized = linalg::generalizeNamedOp(
        rewriter, cast<linalg::LinalgOp>(consumer));
    if (failed(generalized))
      return failure();
    generic = *generalized;
  }
  Value denseWeight = generic->getOperand(weightOperand);
  SmallVector<AffineMap> maps = generic.getIndexingMapsArray();
  MLIRContext *ctx = rewriter.getContext();
  maps[weightOperand] =
      AffineMap::get(maps[weightOperand].getNumDims(), 0,
                     {getAffineDimExpr(loops->outLoop, ctx),
                      getAffineDimExpr(loops->inLoop, ctx)},
                     ctx);
  rewriter.modifyOpInPlace(generic, [&] {
    generic->setOperand(weightOperand, sparseWeight);
    generic.setIndexingMapsAttr(rewriter.getAffineMapArrayAttr(maps));
  });
  eraseDeadProducers(rewriter, denseWeight);
  return generic.getOperation();
}
