//===- PackDenseWeights.cpp - The prune-pack-dense-weights pass -----------===//
//
// Stores the constant [K, N] weight of a dense matmul (the TOSA lowering of
// a fully connected layer: a batch-1 linalg.batch_matmul, or linalg.matmul)
// as column panels [N / w, K, w] at compile time, and rewrites the product
// as a linalg.generic over (batch, panel, rows, column, k) that writes a
// [.., M, N / w, w] view of the output. Each panel is contiguous, so the
// tiles prune-vectorize-dense makes stream the weight instead of walking
// down its rows a page apart, and with panels as an outer loop one panel
// serves all row tiles of a batch while it is in cache. The stored weight
// may be [N, K] behind a linalg.transpose (ONNX and torch layout); the
// transpose is folded into the packing. Long rows of a batch are read as
// row blocks [M / r, K, r] (chooseRowBlock).
//
//===----------------------------------------------------------------------===//

#include "Prune/Codegen/Passes.h"

#include "Prune/Support/WeightStorage.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/SparseTensor/IR/SparseTensor.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/AsmState.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "mlir/IR/PatternMatch.h"

#include <cstring>

namespace mlir::prune {
#define GEN_PASS_DEF_PRUNEPACKDENSEWEIGHTS
#include "Prune/Codegen/Passes.h.inc"
} // namespace mlir::prune

using namespace mlir;

namespace {

/// Where a matmul's weight comes from: a constant holding [K, N] (or [N, K]
/// when `transposed`), and the ops between it and the matmul, which die with
/// the rewrite.
struct WeightSource {
  Operation *constant = nullptr;
  bool transposed = false;
  SmallVector<Operation *> chain; // consumer first
};

/// Follows `value` ([1, K, N] for a batch matmul, [K, N] otherwise) through
/// a unit-batch expand_shape and a [1, 0] transpose to a constant; every
/// value on the way must have this one use.
static std::optional<WeightSource> traceWeight(Value value, bool batched) {
  WeightSource source;
  if (!value.hasOneUse())
    return std::nullopt;
  if (batched) {
    auto expand = value.getDefiningOp<tensor::ExpandShapeOp>();
    if (!expand || expand.getReassociationIndices().size() != 2 ||
        expand.getReassociationIndices()[0].size() != 2 ||
        expand.getResultType().getDimSize(0) != 1)
      return std::nullopt;
    source.chain.push_back(expand);
    value = expand.getSrc();
    if (!value.hasOneUse())
      return std::nullopt;
  }
  if (auto transpose = value.getDefiningOp<linalg::TransposeOp>()) {
    if (!transpose.hasPureTensorSemantics() ||
        transpose.getPermutation() != ArrayRef<int64_t>{1, 0})
      return std::nullopt;
    source.chain.push_back(transpose);
    source.transposed = true;
    value = transpose.getInput();
    if (!value.hasOneUse())
      return std::nullopt;
  }
  Operation *constant = value.getDefiningOp();
  if (!constant || !prune::isConstantTensorOp(constant))
    return std::nullopt;
  source.constant = constant;
  return source;
}

/// Packs the row-major [K, N] (or [N, K] when `transposed`) elements `in` of
/// `width` bytes into panels [N / w, K, w].
static void packPanels(ArrayRef<char> in, MutableArrayRef<char> out, int64_t k,
                       int64_t n, int64_t w, bool transposed, int64_t width) {
  char *dst = out.data();
  for (int64_t panel = 0; panel < n / w; ++panel)
    for (int64_t row = 0; row < k; ++row)
      for (int64_t col = 0; col < w; ++col, dst += width) {
        int64_t column = panel * w + col;
        int64_t index = transposed ? column * k + row : row * n + column;
        std::memcpy(dst, in.data() + index * width, width);
      }
}

/// `value` ([.., M, N]) with M split into [M / rows, rows] where `rows` is
/// not 0 and N into [N / columns, columns] where `columns` is not 0, and the
/// groups that collapse it back.
static std::pair<Value, SmallVector<ReassociationIndices>>
splitLastTwo(RewriterBase &rewriter, Location loc, Value value, int64_t rows,
             int64_t columns) {
  auto type = cast<RankedTensorType>(value.getType());
  int64_t rank = type.getRank();
  SmallVector<ReassociationIndices> groups;
  SmallVector<int64_t> shape;
  for (int64_t d = 0; d < rank; ++d) {
    int64_t size = type.getDimSize(d);
    int64_t block = d == rank - 2 ? rows : d == rank - 1 ? columns : 0;
    ReassociationIndices group = {int64_t(shape.size())};
    if (block) {
      group.push_back(int64_t(shape.size()) + 1);
      shape.append({size / block, block});
    } else {
      shape.push_back(size);
    }
    groups.push_back(group);
  }
  Value expanded = tensor::ExpandShapeOp::create(
      rewriter, loc, RankedTensorType::get(shape, type.getElementType()), value,
      groups);
  return {expanded, groups};
}

/// `value` ([.., M, K], M a multiple of `block`) as row blocks
/// [.., M / block, K, block]: an expand_shape and a transpose.
static Value packRowBlocks(RewriterBase &rewriter, Location loc, Value value,
                           int64_t block) {
  Value blocks = splitLastTwo(rewriter, loc, value, block, 0).first;
  // [.., M / block, block, K] -> [.., M / block, K, block]
  int64_t rank = cast<RankedTensorType>(blocks.getType()).getRank();
  SmallVector<int64_t> permutation = llvm::to_vector(llvm::seq<int64_t>(rank));
  std::swap(permutation[rank - 2], permutation[rank - 1]);
  SmallVector<OpFoldResult> sizes =
      tensor::getMixedSizes(rewriter, loc, blocks);
  std::swap(sizes[rank - 2], sizes[rank - 1]);
  Value init = tensor::EmptyOp::create(rewriter, loc, sizes,
                                       getElementTypeOrSelf(blocks.getType()));
  return linalg::TransposeOp::create(rewriter, loc, blocks, init, permutation)
      .getResult()[0];
}

struct PrunePackDenseWeightsPass
    : public prune::impl::PrunePackDenseWeightsBase<PrunePackDenseWeightsPass> {
  using Base::Base;

  void runOnOperation() override {
    SmallVector<linalg::LinalgOp> candidates;
    getOperation().walk([&](linalg::LinalgOp op) {
      if (isa<linalg::BatchMatmulOp, linalg::MatmulOp>(op))
        candidates.push_back(op);
    });
    IRRewriter rewriter(&getContext());
    for (linalg::LinalgOp op : candidates)
      if (succeeded(pack(rewriter, op)))
        ++numPacked;
  }

private:
  LogicalResult pack(RewriterBase &rewriter, linalg::LinalgOp op);
  /// The rows of `lhs`'s row blocks (`rowBytes` per row), or 0 where it is
  /// read as it is.
  int64_t chooseRowBlock(Value lhs, int64_t rowBytes) const;
};

// A tile's rows x vector-width accumulators take one element of each of its
// rows per k: in [M, K] a row apart, a cache line each. Read from row blocks
// [M / r, K, r] of the tile's r rows, they share one line and the block
// streams. Measured on the AVX-512 EPYC (r = 8, side by side with the rows
// read as they are): 2048x2048 at batch 8 1.18-1.70x in three runs,
// 4096x4096 5.37 -> 3.13 ms (two threads: 1.44x, 1.53x), 1.05-1.10x at
// batch 64; the wide MLP (1024-4096-4096-1024) 1.53x at batch 8. Where the
// r rows fit L1 (r x K x 4 bytes up to 32 KiB) the transpose is a pass over
// the rows that gains nothing: 784x256 and 64x64 layers at batch 64 ran
// 0.94x and 0.85x, the Fashion-MNIST MLP 0.95x (0.80x on two threads, where
// the transposes of its 50k-element inputs stay serial). A dynamic row
// count, or one that is neither below r nor a multiple of it, is read as it
// is.
int64_t PrunePackDenseWeightsPass::chooseRowBlock(Value lhs,
                                                  int64_t rowBytes) const {
  auto type = cast<RankedTensorType>(lhs.getType());
  int64_t m = type.getDimSize(type.getRank() - 2);
  if (rows < 1 || ShapedType::isDynamic(m) || m == 1 ||
      std::min<int64_t>(m, rows) * rowBytes <= rowBlockMinBytes)
    return 0;
  if (m <= rows)
    return m;
  return m % rows == 0 ? rows : 0;
}

LogicalResult PrunePackDenseWeightsPass::pack(RewriterBase &rewriter,
                                              linalg::LinalgOp op) {
  bool batched = isa<linalg::BatchMatmulOp>(op);
  if (!op.hasPureTensorSemantics() || sparse_tensor::hasAnySparseOperand(op) ||
      op.getNumDpsInputs() != 2 || op.getNumDpsInits() != 1)
    return failure();
  if (auto matmul = dyn_cast<linalg::MatmulOp>(op.getOperation()))
    if (matmul.hasUserDefinedMaps())
      return failure();
  if (auto matmul = dyn_cast<linalg::BatchMatmulOp>(op.getOperation()))
    if (matmul.hasUserDefinedMaps())
      return failure();
  Value lhs = op.getDpsInputs()[0], rhs = op.getDpsInputs()[1];
  Value init = op.getDpsInits()[0];
  auto rhsType = cast<RankedTensorType>(rhs.getType());
  auto initType = cast<RankedTensorType>(init.getType());
  Type element = initType.getElementType();
  // Float products of one element type: the body below is mulf + addf.
  if (!isa<FloatType>(element) ||
      getElementTypeOrSelf(lhs.getType()) != element ||
      rhsType.getElementType() != element || !rhsType.hasStaticShape() ||
      element.getIntOrFloatBitWidth() % 8 != 0)
    return failure();
  int64_t k = rhsType.getDimSize(rhsType.getRank() - 2);
  int64_t n = rhsType.getDimSize(rhsType.getRank() - 1);
  int64_t w = panelWidth > 0 && n % panelWidth == 0 ? panelWidth : vectorWidth;
  if (w < 2 || n % w != 0 || (batched && rhsType.getDimSize(0) != 1))
    return failure();
  std::optional<WeightSource> source = traceWeight(rhs, batched);
  if (!source)
    return failure();

  std::string error;
  bool isResource = false;
  FailureOr<DenseElementsAttr> dense =
      prune::getDenseConstant(source->constant, error, &isResource);
  if (failed(dense) || dense->isSplat())
    return failure();
  ArrayRef<char> in = dense->getRawData();
  int64_t width = element.getIntOrFloatBitWidth() / 8;
  if (static_cast<int64_t>(in.size()) != k * n * width)
    return failure();
  auto packedType = RankedTensorType::get({n / w, k, w}, element);
  TypedAttr packed;
  if (isResource) {
    AsmResourceBlob blob =
        HeapAsmResourceBlob::allocate(in.size(), alignof(uint64_t));
    packPanels(in, blob.getMutableData(), k, n, w, source->transposed, width);
    packed =
        DenseResourceElementsAttr::get(packedType, "packed", std::move(blob));
  } else {
    std::vector<char> out(in.size());
    packPanels(in, out, k, n, w, source->transposed, width);
    packed = DenseElementsAttr::getFromRawBuffer(packedType, out);
  }

  Location loc = op.getLoc();
  rewriter.setInsertionPoint(op);
  Value weight = arith::ConstantOp::create(rewriter, loc, packedType, packed);
  int64_t rowBlock = chooseRowBlock(lhs, k * width);
  if (rowBlock)
    lhs = packRowBlocks(rewriter, loc, lhs, rowBlock);

  // The output viewed as [.., M, N / w, w], or [.., M / r, r, N / w, w]
  // with row blocks of r.
  auto [view, outGroups] = splitLastTwo(rewriter, loc, init, rowBlock, w);
  Type viewType = view.getType();

  // Loops (batch,) panel, rows (row block, row in block), k, column in
  // panel: panels outside rows, so that one panel serves every row tile of a
  // batch while it is in cache; the column innermost, so that a tile is rows
  // x vector-width accumulators updated by one weight vector per row and k.
  MLIRContext *ctx = rewriter.getContext();
  unsigned numDims = (batched ? 1 : 0) + (rowBlock ? 2 : 1) + 3;
  SmallVector<AffineExpr> dims;
  for (unsigned i = 0; i < numDims; ++i)
    dims.push_back(getAffineDimExpr(i, ctx));
  ArrayRef<AffineExpr> rest(dims);
  SmallVector<AffineExpr> batch;
  if (batched) {
    batch.push_back(rest.front());
    rest = rest.drop_front();
  }
  AffineExpr panel = rest[0], reduced = rest[rest.size() - 2],
             column = rest.back();
  ArrayRef<AffineExpr> rowDims = rest.slice(1, rowBlock ? 2 : 1);
  SmallVector<AffineExpr> lhsExprs(batch), outExprs(batch);
  if (rowBlock)
    lhsExprs.append({rowDims[0], reduced, rowDims[1]});
  else
    lhsExprs.append({rowDims[0], reduced});
  llvm::append_range(outExprs, rowDims);
  outExprs.append({panel, column});
  SmallVector<AffineMap> maps = {
      AffineMap::get(numDims, 0, lhsExprs, ctx),
      AffineMap::get(numDims, 0, {panel, reduced, column}, ctx),
      AffineMap::get(numDims, 0, outExprs, ctx)};
  SmallVector<utils::IteratorType> iterators(numDims,
                                             utils::IteratorType::parallel);
  iterators[numDims - 2] = utils::IteratorType::reduction;
  auto generic = linalg::GenericOp::create(
      rewriter, loc, TypeRange{viewType}, ValueRange{lhs, weight},
      ValueRange{view}, maps, iterators,
      [&](OpBuilder &b, Location nested, ValueRange args) {
        Value product = arith::MulFOp::create(b, nested, args[0], args[1]);
        Value sum = arith::AddFOp::create(b, nested, args[2], product);
        linalg::YieldOp::create(b, nested, sum);
      });
  generic->setDiscardableAttrs(op->getDiscardableAttrDictionary());
  Value result = tensor::CollapseShapeOp::create(
      rewriter, loc, initType, generic.getResult(0), outGroups);
  rewriter.replaceOp(op, result);
  for (Operation *dead : source->chain)
    rewriter.eraseOp(dead);
  rewriter.eraseOp(source->constant);
  return success();
}

} // namespace
