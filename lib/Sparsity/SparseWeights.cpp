//===- SparseWeights.cpp - Pack weights into sparse_tensor constants ------===//
//
// Compile-time packing and consumer rewriting for prune-sparsify (the format
// is chosen in SparseFormats.cpp). Packing happens here, in the compiler:
// the positions, coordinates and values become `arith.constant`s that
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
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "mlir/Transforms/RegionUtils.h"
#include "llvm/Support/FormatVariadic.h"

#include <cstring>

using namespace mlir;
using namespace mlir::prune;

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

std::optional<int64_t> prune::getWeightReuse(Operation *consumer,
                                            unsigned weightOperand) {
  auto linalgOp = dyn_cast<linalg::LinalgOp>(consumer);
  if (!linalgOp)
    return std::nullopt;
  AffineMap weightMap =
      linalgOp.getMatchingIndexingMap(&consumer->getOpOperand(weightOperand));
  SmallVector<int64_t> ranges = linalgOp.getStaticLoopRanges();
  SmallVector<utils::IteratorType> iterators =
      linalgOp.getIteratorTypesArray();
  int64_t reuse = 1;
  for (auto [loop, range] : llvm::enumerate(ranges)) {
    if (iterators[loop] != utils::IteratorType::parallel ||
        weightMap.isFunctionOfDim(loop))
      continue;
    if (ShapedType::isDynamic(range))
      return std::nullopt;
    reuse *= range;
  }
  return reuse;
}
