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
// transpose is folded into the packing.
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
};

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
  int64_t w = vectorWidth;
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
  // The output viewed as [.., M, N / w, w].
  int64_t rank = initType.getRank();
  SmallVector<ReassociationIndices> outGroups;
  for (int64_t d = 0; d + 1 < rank; ++d)
    outGroups.push_back({d});
  outGroups.push_back({rank - 1, rank});
  SmallVector<int64_t> viewShape(initType.getShape().drop_back());
  viewShape.append({n / w, w});
  auto viewType = RankedTensorType::get(viewShape, element);
  SmallVector<OpFoldResult> viewSizes;
  for (int64_t d = 0; d + 1 < rank; ++d)
    viewSizes.push_back(
        initType.isDynamicDim(d)
            ? OpFoldResult(
                  tensor::DimOp::create(rewriter, loc, init, d).getResult())
            : OpFoldResult(rewriter.getIndexAttr(initType.getDimSize(d))));
  viewSizes.push_back(rewriter.getIndexAttr(n / w));
  viewSizes.push_back(rewriter.getIndexAttr(w));
  Value view = tensor::ExpandShapeOp::create(rewriter, loc, viewType, init,
                                             outGroups, viewSizes);

  // Loops (batch,) panel, rows, k, column in panel: panels outside rows, so
  // that one panel serves every row tile of a batch while it is in cache;
  // the column innermost, so that a tile is rows x vector-width
  // accumulators updated by one weight vector per row and k.
  MLIRContext *ctx = rewriter.getContext();
  auto d = [&](unsigned i) { return getAffineDimExpr(i, ctx); };
  SmallVector<AffineMap> maps;
  SmallVector<utils::IteratorType> iterators;
  auto parallel = utils::IteratorType::parallel;
  auto reduction = utils::IteratorType::reduction;
  if (batched) {
    // (b, p, m, k, c)
    maps = {AffineMap::get(5, 0, {d(0), d(2), d(3)}, ctx),
            AffineMap::get(5, 0, {d(1), d(3), d(4)}, ctx),
            AffineMap::get(5, 0, {d(0), d(2), d(1), d(4)}, ctx)};
    iterators = {parallel, parallel, parallel, reduction, parallel};
  } else {
    // (p, m, k, c)
    maps = {AffineMap::get(4, 0, {d(1), d(2)}, ctx),
            AffineMap::get(4, 0, {d(0), d(2), d(3)}, ctx),
            AffineMap::get(4, 0, {d(1), d(0), d(3)}, ctx)};
    iterators = {parallel, parallel, reduction, parallel};
  }
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
