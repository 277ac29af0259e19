//===- DenseContractionLowering.cpp - vector.contract lowerings ----------===//
//
// Patterns that complete what upstream's vector.contract lowerings leave
// out for prune-vectorize-dense's tiles: contracts whose operands are
// narrower than their accumulator (quantized i8 x i8 -> i32), and contracts
// whose reductions all have size 1 (a packed weight's tile, one k at a
// time), which become one vector.fma.
//
//===----------------------------------------------------------------------===//

#include "Prune/Codegen/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/PatternMatch.h"

using namespace mlir;

namespace {

/// Extends the operands of a vector.contract whose operand element types are
/// narrower than its accumulator's (sign-extending integers), so that
/// upstream's contraction lowering, which gives up on mixed types for
/// contracts with more than three loops (MLIR 22), applies.
struct ExtendContractOperands : public OpRewritePattern<vector::ContractionOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(vector::ContractionOp contract,
                                PatternRewriter &rewriter) const override {
    Type acc = getElementTypeOrSelf(contract.getAccType());
    auto needsExtension = [&](Value v) {
      return getElementTypeOrSelf(v.getType()) != acc;
    };
    if (!needsExtension(contract.getLhs()) &&
        !needsExtension(contract.getRhs()))
      return failure();
    for (Value operand : {contract.getLhs(), contract.getRhs()}) {
      Type element = getElementTypeOrSelf(operand.getType());
      if (element != acc &&
          (isa<FloatType>(element) != isa<FloatType>(acc) ||
           element.getIntOrFloatBitWidth() >= acc.getIntOrFloatBitWidth()))
        return failure();
    }
    // The extensions go before a vector.mask, whose region holds the
    // contract alone.
    auto maskable = cast<vector::MaskableOpInterface>(contract.getOperation());
    rewriter.setInsertionPoint(maskable.isMasked() ? maskable.getMaskingOp()
                                                   : contract.getOperation());
    auto extend = [&](Value v) -> Value {
      if (!needsExtension(v))
        return v;
      Type type = cast<VectorType>(v.getType()).clone(acc);
      if (isa<FloatType>(acc))
        return arith::ExtFOp::create(rewriter, contract.getLoc(), type, v);
      return arith::ExtSIOp::create(rewriter, contract.getLoc(), type, v);
    };
    Value lhs = extend(contract.getLhs());
    Value rhs = extend(contract.getRhs());
    rewriter.modifyOpInPlace(contract, [&] {
      contract.getLhsMutable().assign(lhs);
      contract.getRhsMutable().assign(rhs);
    });
    return success();
  }
};

/// Lowers a float vector.contract whose reduction dimensions all have size 1
/// (a tile of a packed weight: rows x columns accumulators, k one at a time)
/// to a broadcast of each operand to the accumulator's shape and one
/// vector.fma. Upstream's lowerings handle it as a reduction per element
/// (dot) or not at all (outer product wants a matmul or matvec form).
struct UnitReductionContractToFMA
    : public OpRewritePattern<vector::ContractionOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(vector::ContractionOp contract,
                                PatternRewriter &rewriter) const override {
    auto accType = dyn_cast<VectorType>(contract.getAccType());
    if (!accType || !isa<FloatType>(accType.getElementType()) ||
        contract.getKind() != vector::CombiningKind::ADD ||
        cast<vector::MaskableOpInterface>(contract.getOperation()).isMasked() ||
        getElementTypeOrSelf(contract.getLhsType()) !=
            accType.getElementType() ||
        getElementTypeOrSelf(contract.getRhsType()) != accType.getElementType())
      return failure();
    if (!isa<VectorType>(contract.getLhs().getType()) ||
        !isa<VectorType>(contract.getRhs().getType()))
      return failure();
    SmallVector<AffineMap> maps = contract.getIndexingMapsArray();
    SmallVector<int64_t> iterationSizes(maps[0].getNumDims(), 1);
    SmallVector<Value, 3> operands = {contract.getLhs(), contract.getRhs(),
                                      contract.getAcc()};
    for (auto [map, operand] : llvm::zip(maps, operands))
      for (auto [i, expr] : llvm::enumerate(map.getResults()))
        iterationSizes[cast<AffineDimExpr>(expr).getPosition()] =
            cast<VectorType>(operand.getType()).getDimSize(i);
    SmallVector<vector::IteratorType> iterators =
        contract.getIteratorTypesArray();
    for (auto [size, iterator] : llvm::zip(iterationSizes, iterators))
      if (iterator == vector::IteratorType::reduction && size != 1)
        return failure();
    // Position of each iteration dimension in the accumulator.
    AffineMap accMap = maps[2];
    Location loc = contract.getLoc();
    auto toAccShape = [&](Value operand, AffineMap map) -> Value {
      // Keep the parallel dimensions (all in the accumulator), in the order
      // of the accumulator, then broadcast over the ones it lacks.
      SmallVector<int64_t> kept;   // operand dims that are parallel
      SmallVector<int64_t> accPos; // their positions in the accumulator
      for (auto [i, expr] : llvm::enumerate(map.getResults())) {
        unsigned dim = cast<AffineDimExpr>(expr).getPosition();
        if (iterators[dim] == vector::IteratorType::reduction)
          continue;
        kept.push_back(i);
        accPos.push_back(*accMap.getResultPosition(expr));
      }
      auto operandType = cast<VectorType>(operand.getType());
      SmallVector<int64_t> keptShape;
      for (int64_t i : kept)
        keptShape.push_back(operandType.getDimSize(i));
      // Dropping the unit reduction dims is a shape_cast (they are unit).
      Value squeezed = vector::ShapeCastOp::create(
          rewriter, loc, VectorType::get(keptShape, accType.getElementType()),
          operand);
      // Order them as in the accumulator.
      SmallVector<int64_t> order = llvm::to_vector(
          llvm::seq<int64_t>(0, static_cast<int64_t>(kept.size())));
      llvm::sort(order,
                 [&](int64_t a, int64_t b) { return accPos[a] < accPos[b]; });
      if (!llvm::is_sorted(order))
        squeezed = vector::TransposeOp::create(rewriter, loc, squeezed, order);
      // Broadcast: missing accumulator dims go in front, then a transpose
      // puts every dim at its accumulator position.
      SmallVector<int64_t> present(accType.getRank(), -1);
      SmallVector<int64_t> sortedPos;
      for (int64_t o : order)
        sortedPos.push_back(accPos[o]);
      SmallVector<int64_t> broadcastShape, fromBroadcast;
      for (int64_t p = 0; p < accType.getRank(); ++p)
        if (!llvm::is_contained(sortedPos, p)) {
          broadcastShape.push_back(accType.getDimSize(p));
          fromBroadcast.push_back(p);
        }
      for (int64_t p : sortedPos) {
        broadcastShape.push_back(accType.getDimSize(p));
        fromBroadcast.push_back(p);
      }
      Value wide = vector::BroadcastOp::create(
          rewriter, loc,
          VectorType::get(broadcastShape, accType.getElementType()), squeezed);
      // fromBroadcast[i] is the accumulator position of broadcast dim i.
      SmallVector<int64_t> permutation(accType.getRank());
      for (auto [i, p] : llvm::enumerate(fromBroadcast))
        permutation[p] = i;
      if (!llvm::is_sorted(fromBroadcast))
        wide = vector::TransposeOp::create(rewriter, loc, wide, permutation);
      return wide;
    };
    Value lhs = toAccShape(contract.getLhs(), maps[0]);
    Value rhs = toAccShape(contract.getRhs(), maps[1]);
    rewriter.replaceOpWithNewOp<vector::FMAOp>(contract, lhs, rhs,
                                               contract.getAcc());
    return success();
  }
};

} // namespace

void mlir::prune::populateDenseContractionLoweringPatterns(
    RewritePatternSet &patterns) {
  MLIRContext *ctx = patterns.getContext();
  patterns.add<ExtendContractOperands>(ctx);
  // Before upstream's lowerings, which would take a unit-reduction contract
  // one element at a time.
  patterns.add<UnitReductionContractToFMA>(ctx, /*benefit=*/2);
}
