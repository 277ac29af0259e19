//===- VectorizeDense.cpp - The prune-vectorize-dense pass ----------------===//
//
// Tiles and vectorizes the dense linalg ops of a function on tensors, before
// the sparsifier would lower them to scalar loops. With threads=N, a large
// op is first split into N chunks by an scf.forall (a parallel loop once
// bufferized). Each op is tiled with
// scf::tileUsingSCF so that a tile fits a few vector registers, and each tile
// is vectorized by linalg::vectorize with the tile sizes as vector sizes
// (masked where a dimension is dynamic or not a multiple of the tile). The
// resulting vector.contract ops are lowered with the requested strategy here,
// since the sparsifier's own convert-vector-to-llvm would pick `dot`.
// Convolutions' tiles are narrowed and fused with their neighbors by the
// functions of ConvTiles.cpp; DenseContractionLowering.cpp completes the
// contraction lowerings.
//
//===----------------------------------------------------------------------===//

#include "Prune/Codegen/Passes.h"

#include "mlir/Conversion/VectorToSCF/VectorToSCF.h"
#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/SCF/Transforms/TileUsingInterface.h"
#include "mlir/Dialect/SCF/Transforms/Transforms.h"
#include "mlir/Dialect/SparseTensor/IR/SparseTensor.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/Dialect/Vector/Transforms/LoweringPatterns.h"
#include "mlir/Dialect/Vector/Transforms/VectorRewritePatterns.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "mlir/Transforms/LoopInvariantCodeMotionUtils.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/MathExtras.h"

namespace mlir::prune {
#define GEN_PASS_DEF_PRUNEVECTORIZEDENSE
#include "Prune/Codegen/Passes.h.inc"
} // namespace mlir::prune

using namespace mlir;

namespace {

/// True if linalg::vectorize may turn `op`, if it is a named contraction,
/// into one vector.contract that ExtendContractOperands can complete: its
/// operands have the element type of its result, or narrower ones of the same
/// kind that its body sign-extends (arith.extsi, arith.extf: i8 x i8 -> i32,
/// bf16 x bf16 -> f32). The contract leaves that extension implicit; an
/// unsigned one (cast_unsigned, arith.extui) would be lost, so such ops are
/// vectorized from their body, which extends explicitly.
static bool isSignedOrUniformContraction(linalg::LinalgOp op) {
  if (op.getNumDpsInits() != 1)
    return false;
  Type result = getElementTypeOrSelf(op.getDpsInits().front().getType());
  for (Type operand : op->getOperandTypes()) {
    Type element = getElementTypeOrSelf(operand);
    if (element != result &&
        (isa<FloatType>(element) != isa<FloatType>(result) ||
         element.getIntOrFloatBitWidth() > result.getIntOrFloatBitWidth()))
      return false;
  }
  return llvm::none_of(op.getBlock()->getOperations(), [](Operation &inner) {
    return isa<CastOpInterface>(inner) &&
           !isa<arith::ExtSIOp, arith::ExtFOp>(inner);
  });
}

/// The tile of a loop vectorized along its lanes, of static `range`, at most
/// `width`: the widest of `width` and the powers of two below it, down to 4,
/// whose last tile (peeled, so static) is a power of two wide, so that no
/// tile is an odd vector such as vector<12xf32>, which LLVM legalizes
/// poorly: a 3x3 convolution of 12 channels at 28x28, batch 64, took 8.7 ms
/// in vector<12> tiles, 5.5 ms in 8 + 4 (16 channels: 6.3 ms). `width`
/// where none is.
static int64_t chooseLaneTile(int64_t range, int64_t width) {
  if (ShapedType::isDynamic(range))
    return width;
  for (int64_t tile = width; tile >= 4;
       tile = static_cast<int64_t>(llvm::PowerOf2Ceil(tile) / 2)) {
    int64_t last = range % tile;
    if (last == 0 || llvm::isPowerOf2_64(last))
      return tile;
  }
  return width;
}

/// The loop that walks the input's innermost dimension when `op` only
/// copies a 32-bit input into its output (linalg.transpose, or a generic
/// that yields its input) and that loop is not the output's innermost one:
/// a transpose of the two innermost dimensions, which prune-sparse-batch-
/// inner puts around every sparse product at a batch.
static std::optional<int64_t> getTransposedInputLoop(linalg::LinalgOp op) {
  if (op.getNumDpsInputs() != 1 || op.getNumDpsInits() != 1 ||
      op.getNumLoops() != op.getNumParallelLoops() || op.getNumLoops() < 2)
    return std::nullopt;
  Block *body = op.getBlock();
  auto yield = cast<linalg::YieldOp>(body->getTerminator());
  if (body->getOperations().size() != 1 || yield.getNumOperands() != 1 ||
      yield.getOperand(0) != body->getArgument(0))
    return std::nullopt;
  OpOperand *input = op.getDpsInputOperand(0);
  auto type = dyn_cast<RankedTensorType>(input->get().getType());
  AffineMap inputMap = op.getMatchingIndexingMap(input);
  AffineMap outputMap = op.getMatchingIndexingMap(op.getDpsInitOperand(0));
  if (!type || type.getElementTypeBitWidth() != 32 || type.getRank() < 2 ||
      !inputMap.isPermutation() || !outputMap.isIdentity())
    return std::nullopt;
  int64_t inner = inputMap.getDimPosition(inputMap.getNumResults() - 1);
  if (inner == static_cast<int64_t>(op.getNumLoops()) - 1)
    return std::nullopt;
  return inner;
}

/// Tiles `op` by `sizes` (0: that loop is not tiled) into loops of
/// `loopType`, just before `op`, and replaces `op` with the tiled result.
static FailureOr<scf::SCFTilingResult>
tileAndReplace(RewriterBase &rewriter, Operation *op, ArrayRef<int64_t> sizes,
               scf::SCFTilingOptions::LoopType loopType) {
  scf::SCFTilingOptions options;
  options.setLoopType(loopType);
  options.setTileSizes(getAsIndexOpFoldResult(op->getContext(), sizes));
  rewriter.setInsertionPoint(op);
  FailureOr<scf::SCFTilingResult> tiled =
      scf::tileUsingSCF(rewriter, cast<TilingInterface>(op), options);
  if (succeeded(tiled))
    rewriter.replaceOp(op, tiled->replacements);
  return tiled;
}

/// Set by PruneVectorizeDensePass::tile on the tiles it makes, read and
/// removed when they are vectorized: the vector sizes, and whether a named
/// contraction becomes one vector.contract.
static constexpr StringLiteral kVectorSizesAttr = "prune.vector_sizes";
static constexpr StringLiteral kNamedContractionAttr =
    "prune.named_contraction";

/// The ops a convolution's tiles compute besides it: the producer of its
/// init (getFusableConvAccumulator) and its elementwise consumer
/// (getFusableConvEpilogue); either may be null. The flags say which of them
/// the convolution's tiles took.
struct ConvFusion {
  linalg::LinalgOp accumulator;
  linalg::GenericOp epilogue;
  bool accumulatorFused = false, epilogueFused = false;
};

/// Tiles the loops of a convolution's output - those of its epilogue, if
/// `fusion` has one - by `outputSizes` into loops of `loopType`, with the
/// convolution and its accumulator's producer fused into them, and erases
/// the fused ops once unused. Returns the tiled convolution and the loops,
/// outermost first, or failure with nothing changed.
static FailureOr<std::pair<linalg::LinalgOp, SmallVector<LoopLikeOpInterface>>>
fuseIntoOutputTiles(RewriterBase &rewriter, linalg::LinalgOp op,
                    const ConvFusion &fusion, ArrayRef<int64_t> outputSizes,
                    scf::SCFTilingOptions::LoopType loopType) {
  linalg::LinalgOp accumulator = fusion.accumulator;
  linalg::LinalgOp epilogue = fusion.epilogue;
  // Users before their producers.
  SmallVector<Operation *> fused;
  for (linalg::LinalgOp member : {epilogue, op, accumulator})
    if (member)
      fused.push_back(member);
  // With an epilogue, the epilogue is the consumer and the convolution is
  // fused into it as the producer of its input; the accumulator's producer
  // is fused as the convolution's destination either way. The output's
  // loops are the convolution's leading ones (its reductions follow, whole).
  Operation *consumer = fused.front();
  SmallVector<int64_t> consumerSizes(outputSizes);
  if (!epilogue)
    consumerSizes.resize(op.getNumLoops(), 0);
  scf::SCFTileAndFuseOptions options;
  options.tilingOptions.setLoopType(loopType);
  options.tilingOptions.setTileSizes(
      getAsIndexOpFoldResult(op->getContext(), consumerSizes));
  options.setFusionControlFn(
      [&](tensor::ExtractSliceOp, OpResult producer, bool isDestination)
          -> std::optional<scf::SCFTileAndFuseOptions::ControlFnResult> {
        bool wanted = producer.getOwner() == op.getOperation()
                          ? !isDestination
                          : producer.getOwner() == accumulator;
        if (!wanted)
          return std::nullopt;
        return scf::SCFTileAndFuseOptions::ControlFnResult{};
      });
  rewriter.setInsertionPoint(consumer);
  FailureOr<scf::SCFTileAndFuseResult> result =
      scf::tileConsumerAndFuseProducersUsingSCF(
          rewriter, cast<TilingInterface>(consumer), options);
  if (failed(result))
    return failure();
  bool complete = llvm::all_of(fused, [&](Operation *member) {
    return member == consumer || result->fusedProducers.contains(member);
  });
  auto *tiledConv = llvm::find_if(result->tiledAndFusedOps, [](Operation *t) {
    return isa<linalg::Conv2DNhwcHwcfOp, linalg::DepthwiseConv2DNhwcHwcOp>(t);
  });
  if (!complete || tiledConv == result->tiledAndFusedOps.end()) {
    // Nothing uses the loop nest yet: drop it.
    if (!result->loops.empty())
      rewriter.eraseOp(result->loops.front());
    return failure();
  }
  for (OpResult value : consumer->getResults())
    rewriter.replaceAllUsesWith(value, result->replacements.lookup(value));
  // With a dynamic batch the loop bounds are tensor.dim ops of a fused op's
  // result, which canonicalization folds to its init's; an op still used so
  // goes later, as dead code.
  for (Operation *member : fused)
    if (member->use_empty())
      rewriter.eraseOp(member);
  return std::make_pair(cast<linalg::LinalgOp>(*tiledConv),
                        SmallVector<LoopLikeOpInterface>(result->loops));
}

struct PruneVectorizeDensePass
    : public prune::impl::PruneVectorizeDenseBase<PruneVectorizeDensePass> {
  using Base::Base;

  LogicalResult initialize(MLIRContext *ctx) override {
    RewritePatternSet patterns(ctx);
    affine::AffineMinOp::getCanonicalizationPatterns(patterns, ctx);
    affine::AffineApplyOp::getCanonicalizationPatterns(patterns, ctx);
    tensor::ExtractSliceOp::getCanonicalizationPatterns(patterns, ctx);
    tensor::CastOp::getCanonicalizationPatterns(patterns, ctx);
    scf::ForOp::getCanonicalizationPatterns(patterns, ctx);
    ctx->getOrLoadDialect<tensor::TensorDialect>()->getCanonicalizationPatterns(
        patterns);
    ctx->getOrLoadDialect<linalg::LinalgDialect>()->getCanonicalizationPatterns(
        patterns);
    staticTilePatterns = FrozenRewritePatternSet(std::move(patterns));
    return success();
  }
  void runOnOperation() override;

private:
  /// Makes the slices of peeled loops static (see runOnOperation).
  FrozenRewritePatternSet staticTilePatterns;

  /// Tile (= vector) size of each loop of `op`.
  SmallVector<int64_t> chooseTileSizes(linalg::LinalgOp op) const;
  /// Splits `op` into `threads` chunks of one parallel loop with an
  /// scf.forall and returns the op inside it, or returns `op` unchanged.
  /// A convolution's `fusion` is split with it where it can be, and then
  /// names the ops inside the scf.forall.
  linalg::LinalgOp splitAcrossThreads(RewriterBase &rewriter,
                                      linalg::LinalgOp op,
                                      ConvFusion *fusion = nullptr);
  /// Tiles `op` and marks its tiles for vectorizeTile; false if `op` is left
  /// as it was. With `fusion`, its ops are computed in `op`'s tiles where
  /// they are still `op`'s init producer and user.
  bool tile(RewriterBase &rewriter, linalg::LinalgOp op,
            ConvFusion *fusion = nullptr);
  /// Tiles a convolution's parallel loops (those of its epilogue, if any)
  /// with the convolution and its accumulator's producer fused, then the
  /// tiled convolution's reduction loops; the loops made, outermost first,
  /// or failure with nothing changed.
  FailureOr<SmallVector<LoopLikeOpInterface>>
  tileFused(RewriterBase &rewriter, linalg::LinalgOp op, ConvFusion &fusion,
            ArrayRef<int64_t> sizes);
  /// Vectorizes a tile that `tile` marked.
  void vectorizeTile(RewriterBase &rewriter, linalg::LinalgOp tile);
};

SmallVector<int64_t>
PruneVectorizeDensePass::chooseTileSizes(linalg::LinalgOp op) const {
  unsigned numLoops = op.getNumLoops();
  SmallVector<int64_t> sizes(numLoops, 1);
  // The loop whose tile is the vector's lanes (laneWidth of them), if any.
  std::optional<int64_t> laneLoop;
  int64_t laneWidth = vectorWidth;
  if (tileSizes.empty() && isa<linalg::DepthwiseConv2DNhwcHwcOp>(op)) {
    // (n, oh, ow, c, kh, kw): a tile is `rows` output columns of one output
    // row times `vector-width` channels, over one filter row, so that
    // narrowConvTile makes it 1-D; the accumulators are as many as
    // a matmul tile's.
    sizes[2] = rows;
    sizes[3] = vectorWidth;
    sizes[5] = op.getStaticLoopRanges()[5];
    laneLoop = 3;
  } else if (tileSizes.empty() && isa<linalg::Conv2DNhwcHwcfOp>(op)) {
    // (n, oh, ow, f, kh, kw, c): a tile is up to `rows` output columns of
    // one output row times `vector-width` filters, over one filter tap and
    // up to `vector-width` channels, so that narrowConvTile makes it 1-D:
    // per channel, one broadcast input element per column and one filter
    // vector, as in a matmul tile. The columns are split evenly (7 as 4 + 3,
    // not 6 + 1, whose tile would load the filter for one column). One tap
    // per tile: with all of them, the input elements that neighboring taps
    // share would be broadcast once and kept, more than the registers hold.
    SmallVector<int64_t> ranges = op.getStaticLoopRanges();
    int64_t columns = ranges[2];
    // Fewer channels than a vector (an RGB stem): each broadcast input
    // element feeds two vectors of filters over half the columns, so a tile
    // loads 0.75 values per FMA instead of 1.1 with as many accumulators.
    // ResNet-18's 7x7 stem: 2.53 -> 2.30 ms at batch 1 (AVX-512 EPYC).
    int64_t columnTile = rows;
    int64_t channels = ranges[6], filters = ranges[3];
    if (!ShapedType::isDynamic(channels) && channels < vectorWidth &&
        !ShapedType::isDynamic(filters) && filters >= 2 * vectorWidth &&
        rows >= 2) {
      laneWidth = 2 * vectorWidth;
      columnTile = rows / 2;
    }
    sizes[2] = ShapedType::isDynamic(columns)
                   ? columnTile
                   : llvm::divideCeil(columns,
                                      llvm::divideCeil(columns, columnTile));
    sizes[3] = laneWidth;
    sizes[6] = vectorWidth;
    laneLoop = 3;
  } else if (std::optional<int64_t> transposed;
             tileSizes.empty() && vectorWidth == 16 &&
             (transposed = getTransposedInputLoop(op))) {
    // A transpose: 16 x 16 tiles, read as 16 rows of the input and written
    // as 16 rows of the output through one vector.transpose, which becomes
    // register shuffles (shuffle_16x16) instead of 16 single-element loads
    // per output vector: a 64 x 1024 f32 transpose took 24 us, not 178.
    SmallVector<int64_t> ranges = op.getStaticLoopRanges();
    sizes[*transposed] = chooseLaneTile(ranges[*transposed], vectorWidth);
    laneLoop = numLoops - 1;
  } else if (!tileSizes.empty()) {
    // Explicit sizes apply to the innermost loops.
    unsigned n = std::min<unsigned>(numLoops, tileSizes.size());
    for (unsigned i = 0; i < n; ++i)
      sizes[numLoops - n + i] = tileSizes[tileSizes.size() - n + i];
  } else {
    SmallVector<utils::IteratorType> iterators = op.getIteratorTypesArray();
    SmallVector<int64_t> loopRanges = op.getStaticLoopRanges();
    bool isReduction = op.getNumReductionLoops() > 0;
    unsigned parallelSeen = 0;
    bool reductionSeen = false;
    for (int64_t d = numLoops - 1; d >= 0; --d) {
      if (linalg::isParallelIterator(iterators[d])) {
        // `rows` goes to the second innermost parallel loop that is not of
        // size 1 (a batch of one leaves it to the next loop out).
        if (parallelSeen == 1 && loopRanges[d] == 1)
          continue;
        if (parallelSeen == 0) {
          // A parallel innermost loop with a reduction outside it is a
          // packed weight's panel: its tile takes up to panel-width lanes
          // (rows x two AVX-512 vectors: ResNet-18's gathered layer4 3x3 at
          // 1.06-1.22x oneDNN instead of 1.25-1.33x, side by side).
          if (isReduction && d == static_cast<int64_t>(numLoops) - 1 &&
              panelWidth > 0)
            laneWidth = panelWidth;
          sizes[d] = laneWidth;
          laneLoop = d;
        } else if (parallelSeen == 1 && isReduction)
          sizes[d] = rows;
        ++parallelSeen;
      } else if (!reductionSeen) {
        // The reduction is vectorized when it is the innermost loop (its
        // elements are contiguous); behind a parallel loop (a packed
        // weight's k) it stays a loop around rows x vector-width tiles.
        sizes[d] = d == static_cast<int64_t>(numLoops) - 1 ? vectorWidth : 1;
        reductionSeen = true;
      }
    }
  }
  // A tile never exceeds a static loop range.
  SmallVector<int64_t> ranges = op.getStaticLoopRanges();
  if (laneLoop)
    sizes[*laneLoop] = chooseLaneTile(ranges[*laneLoop], laneWidth);
  for (auto [size, range] : llvm::zip_equal(sizes, ranges))
    if (!ShapedType::isDynamic(range))
      size = std::max<int64_t>(1, std::min(size, range));
  return sizes;
}

linalg::LinalgOp PruneVectorizeDensePass::splitAcrossThreads(
    RewriterBase &rewriter, linalg::LinalgOp op, ConvFusion *fusion) {
  if (threads <= 1 || op.getNumLoops() == 0)
    return op;
  SmallVector<int64_t> ranges = op.getStaticLoopRanges();
  // An iteration of a contraction or convolution is one vector lane of an
  // FMA; one of any other op (elementwise, transpose, a softmax's or a
  // LayerNorm's reduction) loads and stores memory or calls exp, tens of
  // times the work: such ops pay for a fork at fewer iterations.
  int64_t threshold = linalg::isaContractionOpInterface(op) ||
                              linalg::isaConvolutionOpInterface(op)
                          ? minParallelIterations
                          : minParallelElementwiseIterations;
  // Counted up to the threshold only, so the product cannot overflow.
  int64_t iterations = 1;
  for (int64_t range : ranges)
    if (!ShapedType::isDynamic(range) && iterations < threshold)
      iterations *= range;
  if (iterations < threshold)
    return op;
  // The largest static parallel loop that splits into at least two chunks.
  // Chunks are whole numbers of tiles where they divide the loop; else equal
  // chunks (their last tiles are peeled at a static size); only where neither
  // divides does the last chunk get a dynamic size, whose masked tiles compute
  // with a multiply and an add instead of an FMA (so threads=N would differ
  // from threads=1 in the last bit). Dynamic loops (a batch of unknown size)
  // are not split.
  SmallVector<int64_t> tiles = chooseTileSizes(op);
  SmallVector<utils::IteratorType> iterators = op.getIteratorTypesArray();
  int64_t bestLoop = -1, bestChunk = 0, bestRange = 0;
  bool bestIsStatic = false;
  for (auto [d, range] : llvm::enumerate(ranges)) {
    if (!linalg::isParallelIterator(iterators[d]) ||
        ShapedType::isDynamic(range))
      continue;
    int64_t even = llvm::divideCeil(range, threads);
    int64_t chunk = llvm::alignTo(even, tiles[d]);
    if (range % chunk != 0 && range % even == 0)
      chunk = even;
    if (chunk >= range)
      continue;
    bool isStatic = range % chunk == 0;
    if (std::make_pair(isStatic, range) <=
        std::make_pair(bestIsStatic, bestRange))
      continue;
    bestLoop = d;
    bestChunk = chunk;
    bestRange = range;
    bestIsStatic = isStatic;
  }
  if (bestLoop < 0)
    return op;

  SmallVector<int64_t> sizes(op.getNumLoops(), 0);
  sizes[bestLoop] = bestChunk;
  // A convolution's chunks compute their slices of its accumulator and
  // epilogue too; inside the scf.forall they are again a convolution's
  // producer and user, for its tiles to take.
  if (fusion && (fusion->accumulator || fusion->epilogue)) {
    auto split = fuseIntoOutputTiles(
        rewriter, op, *fusion,
        ArrayRef(sizes).take_front(op.getNumParallelLoops()),
        scf::SCFTilingOptions::LoopType::ForallOp);
    if (succeeded(split)) {
      ++numSplit;
      linalg::LinalgOp chunk = split->first;
      fusion->accumulator = prune::getFusableConvAccumulator(chunk);
      fusion->epilogue = prune::getFusableConvEpilogue(chunk);
      return chunk;
    }
  }
  FailureOr<scf::SCFTilingResult> tiled = tileAndReplace(
      rewriter, op, sizes, scf::SCFTilingOptions::LoopType::ForallOp);
  if (failed(tiled))
    return op;
  ++numSplit;
  return cast<linalg::LinalgOp>(tiled->tiledOps.front());
}

FailureOr<SmallVector<LoopLikeOpInterface>>
PruneVectorizeDensePass::tileFused(RewriterBase &rewriter, linalg::LinalgOp op,
                                   ConvFusion &fusion,
                                   ArrayRef<int64_t> sizes) {
  // The fused ops iterate the convolution's output, whose loops are the
  // convolution's leading, parallel ones in order (its reductions follow):
  // their tiles take those sizes.
  unsigned outputRank = op.getNumParallelLoops();
  SmallVector<int64_t> reductionSizes(sizes);
  SmallVector<utils::IteratorType> iterators = op.getIteratorTypesArray();
  for (auto [d, iterator] : llvm::enumerate(iterators)) {
    bool parallel = linalg::isParallelIterator(iterator);
    if (parallel != (d < outputRank))
      return failure();
    if (parallel)
      reductionSizes[d] = 0;
  }
  ArrayRef<int64_t> outputSizes = sizes.take_front(outputRank);
  SmallVector<linalg::LinalgOp, 2> extras;
  for (linalg::LinalgOp extra :
       {fusion.accumulator, linalg::LinalgOp(fusion.epilogue)})
    if (extra) {
      extra->setAttr(kVectorSizesAttr,
                     rewriter.getDenseI64ArrayAttr(outputSizes));
      extras.push_back(extra);
    }
  auto fused = fuseIntoOutputTiles(rewriter, op, fusion, outputSizes,
                                   scf::SCFTilingOptions::LoopType::ForOp);
  if (failed(fused)) {
    for (linalg::LinalgOp extra : extras)
      extra->removeAttr(kVectorSizesAttr);
    return failure();
  }
  fusion.accumulatorFused = fusion.accumulator != nullptr;
  fusion.epilogueFused = fusion.epilogue != nullptr;

  auto [tiledConv, loops] = std::move(*fused);
  FailureOr<scf::SCFTilingResult> tiled =
      tileAndReplace(rewriter, tiledConv, reductionSizes,
                     scf::SCFTilingOptions::LoopType::ForOp);
  // Left whole, the tile is still correct; it stays scalar.
  if (succeeded(tiled))
    llvm::append_range(loops, tiled->loops);
  return loops;
}

bool PruneVectorizeDensePass::tile(RewriterBase &rewriter, linalg::LinalgOp op,
                                   ConvFusion *fusion) {
  // Upstream's vectorizer builds invalid vector.broadcast ops for
  // linalg.index in tiles with unit dimensions (MLIR 22); such ops are index
  // computations, not layers, so they stay scalar.
  if (!op.getBlock()->getOps<linalg::IndexOp>().empty())
    return false;
  // A 0-d op (a scalar in a tensor) has no loop to tile or vectorize.
  if (op.getNumLoops() == 0)
    return false;
  SmallVector<int64_t> sizes = chooseTileSizes(op);
  // Do not tile an op whose tiles would stay scalar. The check runs on the
  // whole op, with vector sizes covering its static loop ranges (and the
  // tile sizes for dynamic ones, which are masked either way).
  SmallVector<int64_t> wholeOpSizes(sizes);
  for (auto [size, range] :
       llvm::zip_equal(wholeOpSizes, op.getStaticLoopRanges()))
    if (!ShapedType::isDynamic(range))
      size = range;
  // A 2-D convolution fails it; its tiles are narrowed to 1-D ones before
  // they are vectorized (vectorizeTile).
  if (!isa<linalg::DepthwiseConv2DNhwcHwcOp, linalg::Conv2DNhwcHwcfOp>(op) &&
      failed(linalg::vectorizeOpPrecondition(
          op, wholeOpSizes, SmallVector<bool>(wholeOpSizes.size(), false))))
    return false;

  // A named contraction becomes one vector.contract, which the outer-product
  // lowering turns into register tiles; ExtendContractOperands completes one
  // with narrower operands (quantized i8 x i8 -> i32). One whose body extends
  // unsigned is vectorized from its body instead.
  bool createNamedContraction = isSignedOrUniformContraction(op);

  // The tiles are vectorized once the function's slices are static (see
  // runOnOperation); until then they carry their vector sizes, which
  // tiling and peeling copy from `op` to every tile they make.
  op->setAttr(kVectorSizesAttr, rewriter.getDenseI64ArrayAttr(sizes));
  if (createNamedContraction)
    op->setAttr(kNamedContractionAttr, rewriter.getUnitAttr());
  SmallVector<LoopLikeOpInterface> loops;
  FailureOr<SmallVector<LoopLikeOpInterface>> fusedLoops = failure();
  if (fusion) {
    // Only what is still the init's producer and the only user (a split
    // across threads puts a slice between them).
    ConvFusion still;
    if (fusion->accumulator &&
        op.getDpsInits()[0].getDefiningOp() == fusion->accumulator)
      still.accumulator = fusion->accumulator;
    if (fusion->epilogue && op->hasOneUse() &&
        *op->user_begin() == fusion->epilogue)
      still.epilogue = fusion->epilogue;
    if (still.accumulator || still.epilogue) {
      fusedLoops = tileFused(rewriter, op, still, sizes);
      fusion->accumulatorFused = still.accumulatorFused;
      fusion->epilogueFused = still.epilogueFused;
    }
  }
  if (succeeded(fusedLoops)) {
    loops = std::move(*fusedLoops);
  } else {
    FailureOr<scf::SCFTilingResult> tiled = tileAndReplace(
        rewriter, op, sizes, scf::SCFTilingOptions::LoopType::ForOp);
    if (failed(tiled)) {
      op->removeAttr(kVectorSizesAttr);
      op->removeAttr(kNamedContractionAttr);
      return false;
    }
    loops = std::move(tiled->loops);
  }

  // Partial last tiles are peeled so that every tile vectorizes unmasked.
  prune::peelTileLoops(rewriter, loops);
  return true;
}

void PruneVectorizeDensePass::vectorizeTile(RewriterBase &rewriter,
                                            linalg::LinalgOp tile) {
  auto sizes = tile->getAttrOfType<DenseI64ArrayAttr>(kVectorSizesAttr);
  bool createNamedContraction = tile->hasAttr(kNamedContractionAttr);
  tile->removeAttr(kVectorSizesAttr);
  tile->removeAttr(kNamedContractionAttr);
  if (isa<linalg::DepthwiseConv2DNhwcHwcOp, linalg::Conv2DNhwcHwcfOp>(tile)) {
    // The 1-D convolution's loops - the 2-D ones but the output row and the
    // filter row, (n, ow, c, kw) or (n, ow, f, kw, c) - are vectorized at
    // their static sizes (upstream unrolls the filter taps and output
    // columns); a dynamic size (a remainder inside a remainder) is masked to
    // the tile's. A tile that does not narrow stays a linalg op, which is
    // still correct.
    FailureOr<linalg::LinalgOp> narrowed =
        prune::narrowConvTile(rewriter, tile);
    if (failed(narrowed))
      return;
    SmallVector<int64_t> convSizes;
    for (auto [d, size] : llvm::enumerate(sizes.asArrayRef()))
      if (d != 1 && d != 4)
        convSizes.push_back(size);
    for (auto [size, range] :
         llvm::zip_equal(convSizes, narrowed->getStaticLoopRanges()))
      if (!ShapedType::isDynamic(range))
        size = range;
    rewriter.setInsertionPoint(*narrowed);
    FailureOr<linalg::VectorizationResult> vectorized =
        linalg::vectorize(rewriter, *narrowed, convSizes,
                          SmallVector<bool>(convSizes.size(), false));
    if (succeeded(vectorized))
      rewriter.replaceOp(*narrowed, vectorized->replacements);
    return;
  }
  // A tile whose loop ranges are static (every tile of a peeled loop, its
  // last one included) is vectorized at exactly that size, unmasked.
  SmallVector<int64_t> vectorSizes(sizes.asArrayRef());
  for (auto [size, range] :
       llvm::zip_equal(vectorSizes, tile.getStaticLoopRanges()))
    if (!ShapedType::isDynamic(range))
      size = range;
  // linalg::vectorize reads one scalable flag per vector size (MLIR 22); an
  // empty list leaves the flags undefined.
  SmallVector<bool> fixedLength(vectorSizes.size(), false);
  rewriter.setInsertionPoint(tile);
  FailureOr<linalg::VectorizationResult> vectorized = linalg::vectorize(
      rewriter, tile, vectorSizes, fixedLength,
      /*vectorizeNDExtract=*/false,
      /*flatten1DDepthwiseConv=*/false,
      /*assumeDynamicDimsMatchVecSizes=*/false, createNamedContraction);
  if (failed(vectorized))
    return; // Still correct: the tile stays a (smaller) linalg op.
  if (tile->getNumResults() > 0)
    rewriter.replaceOp(tile, vectorized->replacements);
  else
    rewriter.eraseOp(tile);
}

void PruneVectorizeDensePass::runOnOperation() {
  func::FuncOp func = getOperation();
  std::optional<vector::VectorContractLowering> contractLowering =
      llvm::StringSwitch<std::optional<vector::VectorContractLowering>>(
          contractionLowering)
          .Case("outerproduct", vector::VectorContractLowering::OuterProduct)
          .Case("dot", vector::VectorContractLowering::Dot)
          .Case("parallelarith", vector::VectorContractLowering::ParallelArith)
          .Default(std::nullopt);
  if (!contractLowering) {
    func.emitError() << "prune-vectorize-dense: contraction-lowering must be "
                        "outerproduct, dot or parallelarith, not '"
                     << contractionLowering << "'";
    return signalPassFailure();
  }
  if (vectorWidth < 1 || rows < 1 ||
      llvm::any_of(tileSizes, [](int64_t s) { return s < 1; })) {
    func.emitError() << "prune-vectorize-dense: vector-width, rows and "
                        "tile-sizes must be positive";
    return signalPassFailure();
  }
  if (threads < 1) {
    func.emitError() << "prune-vectorize-dense: threads must be positive";
    return signalPassFailure();
  }

  SmallVector<linalg::LinalgOp> candidates;
  func.walk([&](linalg::LinalgOp op) {
    if (op.hasPureTensorSemantics() &&
        !sparse_tensor::hasAnySparseOperandOrResult(op))
      candidates.push_back(op);
  });
  IRRewriter rewriter(&getContext());
  // The producer of a convolution's accumulator is tiled with it, or on its
  // own where it cannot be (the convolution was split across threads).
  auto isFusedIntoUser = [&](linalg::LinalgOp op) {
    if (!tileSizes.empty() || !op->hasOneUse())
      return false;
    auto user = dyn_cast<linalg::LinalgOp>(*op->user_begin());
    return user && prune::getFusableConvAccumulator(user) == op;
  };
  auto count = [&](bool vectorized) {
    ++(vectorized ? numVectorized : numLeftScalar);
  };
  // An epilogue fused into its convolution is erased before its turn in
  // `candidates` comes; no other candidate can have its address.
  llvm::SmallPtrSet<Operation *, 8> fusedEpilogues;
  for (linalg::LinalgOp op : candidates) {
    if (fusedEpilogues.contains(op) || isFusedIntoUser(op))
      continue;
    ConvFusion fusion;
    if (tileSizes.empty()) {
      fusion.accumulator = prune::getFusableConvAccumulator(op);
      fusion.epilogue = prune::getFusableConvEpilogue(op);
    }
    linalg::GenericOp epilogue = fusion.epilogue;
    op = splitAcrossThreads(rewriter, op, &fusion);
    count(tile(rewriter, op, &fusion));
    // What the tiles did not take is tiled on its own: an accumulator here,
    // an epilogue here only if the split moved it into its scf.forall (else
    // it is a candidate still to come).
    if (fusion.accumulator && !fusion.accumulatorFused)
      count(tile(rewriter, splitAcrossThreads(rewriter, fusion.accumulator)));
    else if (fusion.accumulator)
      count(true);
    bool epilogueMoved = fusion.epilogue != epilogue;
    if (fusion.epilogue && (fusion.epilogueFused || epilogueMoved))
      count(fusion.epilogueFused || tile(rewriter, fusion.epilogue));
    if (epilogue && (fusion.epilogueFused || epilogueMoved))
      fusedEpilogues.insert(epilogue);
  }
  // Peeling leaves tile sizes constant but slices typed dynamic; made static
  // first, the tiles vectorize without masks (a masked contract is lowered
  // one element at a time).
  if (failed(applyPatternsGreedily(func, staticTilePatterns)))
    return signalPassFailure();
  SmallVector<linalg::LinalgOp> tiles;
  func.walk([&](linalg::LinalgOp tile) {
    if (tile->hasAttr(kVectorSizesAttr))
      tiles.push_back(tile);
  });
  for (linalg::LinalgOp tile : tiles)
    vectorizeTile(rewriter, tile);

  // Clean up the vector code and lower contractions the way we want them.
  MLIRContext *ctx = &getContext();
  RewritePatternSet patterns(ctx);
  vector::populateVectorReductionToContractPatterns(patterns);
  prune::populateDenseContractionLoweringPatterns(patterns);
  vector::populateVectorContractLoweringPatterns(patterns, *contractLowering);
  vector::populateVectorTransferPermutationMapLoweringPatterns(patterns);
  vector::populateVectorMaskLoweringPatternsForSideEffectingOps(patterns);
  vector::populateVectorOuterProductLoweringPatterns(patterns);
  // A transpose tile's 16 x 16 vector.transpose becomes shuffles (others
  // element by element, as upstream's default lowering would later).
  vector::populateVectorTransposeLoweringPatterns(
      patterns, vector::VectorTransposeLowering::Shuffle16x16);
  // Reductions that are not contractions (sums, max), masked or not.
  vector::populateVectorMultiReductionLoweringPatterns(
      patterns, vector::VectorMultiReductionLowering::InnerReduction);
  vector::populateSinkVectorOpsPatterns(patterns);
  vector::TransferReadOp::getCanonicalizationPatterns(patterns, ctx);
  vector::TransferWriteOp::getCanonicalizationPatterns(patterns, ctx);
  tensor::populateFoldTensorSubsetIntoVectorTransferPatterns(patterns);
  // A narrowed depthwise tile writes its 1-D result into its 2-D slice,
  // itself inserted into the output: merged, the write folds into the
  // output, where its reads of the accumulator are, so that
  // loop-invariant-subset hoisting keeps the accumulator in registers
  // across the filter rows.
  tensor::populateMergeConsecutiveInsertExtractSlicePatterns(patterns);
  scf::ForOp::getCanonicalizationPatterns(patterns, ctx);
  affine::AffineMinOp::getCanonicalizationPatterns(patterns, ctx);
  // Peeled main loops have constant tile sizes: static slices, and masks
  // that are all true and disappear.
  affine::AffineApplyOp::getCanonicalizationPatterns(patterns, ctx);
  tensor::ExtractSliceOp::getCanonicalizationPatterns(patterns, ctx);
  tensor::InsertSliceOp::getCanonicalizationPatterns(patterns, ctx);
  tensor::DimOp::getCanonicalizationPatterns(patterns, ctx);
  tensor::CastOp::getCanonicalizationPatterns(patterns, ctx);
  vector::CreateMaskOp::getCanonicalizationPatterns(patterns, ctx);
  vector::MaskOp::getCanonicalizationPatterns(patterns, ctx);
  if (failed(applyPatternsGreedily(func, std::move(patterns))))
    return signalPassFailure();

  // Accumulator tiles that every reduction iteration reads and writes back
  // move out of the reduction loop, so they live in registers across it.
  // Innermost loops first; hoisting replaces the loop it works on.
  SmallVector<scf::ForOp> loops;
  func.walk([&](scf::ForOp loop) { loops.push_back(loop); });
  for (scf::ForOp loop : loops)
    (void)hoistLoopInvariantSubsets(rewriter, loop);

  // n-D transfers become 1-D ones, fully unrolled, while still on tensors.
  // Left n-D, the sparsifier's convert-vector-to-scf would stage them
  // through stack buffers allocated inside the loops, which overflows the
  // stack on large batches.
  RewritePatternSet unroll(ctx);
  populateVectorToSCFConversionPatterns(
      unroll,
      VectorTransferToSCFOptions().enableFullUnroll().enableLowerTensors());
  vector::populateVectorMaskOpLoweringPatterns(unroll);
  vector::populateVectorTransferDropUnitDimsPatterns(unroll);
  vector::populateCastAwayVectorLeadingOneDimPatterns(unroll);
  vector::TransferReadOp::getCanonicalizationPatterns(unroll, ctx);
  vector::TransferWriteOp::getCanonicalizationPatterns(unroll, ctx);
  if (failed(applyPatternsGreedily(func, std::move(unroll))))
    return signalPassFailure();
}

} // namespace
