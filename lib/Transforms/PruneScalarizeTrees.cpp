//===- PruneScalarizeTrees.cpp - The prune-scalarize-trees pass -----------===//
//
// Prepares decision trees for code generation. Every call to a function that
// holds a decision tree (an scf.if or terminator with tree node attributes)
// is inlined into its caller, and a `tensor.extract` of an `scf.if` result
// moves into both sides of the split (the split gets a scalar result beside
// its tensor results). Canonicalization then folds the extracts of leaf
// constants to scalar constants, drops the tensor results nothing reads any
// more and turns the innermost splits into selects: a boosted tree whose
// leaves yield tensor<1xf32> becomes branches over scalars, with no buffer
// per leaf or per call once bufferized (ownership-based deallocation would
// otherwise clone the leaf's constant buffer at every return).
//
//===----------------------------------------------------------------------===//

#include "Prune/Analysis/TreeAnalysis.h"
#include "Prune/Dialect/PruneDialect.h"
#include "Prune/Transforms/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/Dominance.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "mlir/Transforms/InliningUtils.h"
#include "llvm/ADT/SetVector.h"

namespace mlir::prune {
#define GEN_PASS_DEF_PRUNESCALARIZETREES
#include "Prune/Transforms/Passes.h.inc"
} // namespace mlir::prune

using namespace mlir;
using namespace mlir::prune;

namespace {

/// tensor.extract %r[%i] of %r = scf.if ... -> scf.if with one more (scalar)
/// result: each side extracts from what it yields.
struct SinkExtractIntoSplit : public OpRewritePattern<tensor::ExtractOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(tensor::ExtractOp extract,
                                PatternRewriter &rewriter) const override {
    auto result = dyn_cast<OpResult>(extract.getTensor());
    auto split = result ? dyn_cast<scf::IfOp>(result.getOwner()) : nullptr;
    if (!split || split.getElseRegion().empty())
      return failure();
    // The indices are needed inside the split.
    DominanceInfo dominance;
    for (Value index : extract.getIndices())
      if (!dominance.properlyDominates(index, split))
        return failure();
    SmallVector<Type> types(split.getResultTypes());
    types.push_back(extract.getType());
    rewriter.setInsertionPoint(split);
    auto scalarSplit =
        scf::IfOp::create(rewriter, split.getLoc(), types, split.getCondition(),
                          /*addThenBlock=*/false, /*addElseBlock=*/false);
    scalarSplit->setDiscardableAttrs(split->getDiscardableAttrDictionary());
    for (unsigned r = 0; r < 2; ++r) {
      Region &region = scalarSplit->getRegion(r);
      rewriter.inlineRegionBefore(split->getRegion(r), region, region.end());
      auto yield = cast<scf::YieldOp>(region.front().getTerminator());
      rewriter.setInsertionPoint(yield);
      Value element = tensor::ExtractOp::create(
          rewriter, extract.getLoc(),
          yield.getOperand(result.getResultNumber()), extract.getIndices());
      rewriter.modifyOpInPlace(
          yield, [&] { yield.getResultsMutable().append(element); });
    }
    rewriter.replaceOp(extract, scalarSplit.getResults().back());
    rewriter.replaceOp(split, scalarSplit.getResults().drop_back());
    return success();
  }
};

/// The most elements a split's tensor result may have to become a vector.
constexpr int64_t kMaxVectorLeafElements = 64;

/// A small static tensor result of a tree split, every side yielding a
/// constant or another split's result (a random forest's class
/// probabilities, tensor<10xf64>) -> a vector result: the leaves become
/// vector constants, a nested split's result is read as a vector (the read
/// folds away where that split is rewritten too, before or after), and the
/// split's tensor is the vector written into an empty tensor. Split by split,
/// the tree then yields registers: with tensors, one-shot bufferization
/// analyzed every leaf's buffer, and a 50-tree forest of 15k nodes did not
/// compile in 500 s.
struct VectorizeSplitResult : public OpRewritePattern<scf::IfOp> {
  using OpRewritePattern::OpRewritePattern;

  /// Whether the tree that yields result `index` of `split` (through the
  /// splits around it) has its result read element by element: those trees
  /// become scalars (SinkExtractIntoSplit), which a vector would stop.
  static bool isExtracted(scf::IfOp split, unsigned index) {
    Value result = split->getResult(index);
    while (result.hasOneUse()) {
      OpOperand &use = *result.getUses().begin();
      auto yield = dyn_cast<scf::YieldOp>(use.getOwner());
      auto parent = yield ? dyn_cast<scf::IfOp>(yield->getParentOp()) : nullptr;
      if (!parent || !isTreeNode(parent))
        break;
      result = parent->getResult(use.getOperandNumber());
    }
    return llvm::any_of(result.getUsers(), llvm::IsaPred<tensor::ExtractOp>);
  }

  /// The first result of `split` that can become a vector.
  static std::optional<unsigned> findResult(scf::IfOp split) {
    if (split.getElseRegion().empty() || !isTreeNode(split))
      return std::nullopt;
    for (auto [i, type] : llvm::enumerate(split.getResultTypes())) {
      auto tensorType = dyn_cast<RankedTensorType>(type);
      if (!tensorType || !tensorType.hasStaticShape() ||
          tensorType.getRank() == 0 || tensorType.getEncoding() ||
          tensorType.getNumElements() > kMaxVectorLeafElements ||
          !tensorType.getElementType().isIntOrFloat())
        continue;
      auto isLeafOrSplit = [&](scf::YieldOp yield) {
        Operation *def = yield.getOperand(i).getDefiningOp();
        return def && (isa<scf::IfOp, vector::TransferWriteOp>(def) ||
                       matchPattern(def, m_Constant()));
      };
      if (isLeafOrSplit(split.thenYield()) &&
          isLeafOrSplit(split.elseYield()) && !isExtracted(split, i))
        return i;
    }
    return std::nullopt;
  }

  LogicalResult matchAndRewrite(scf::IfOp split,
                                PatternRewriter &rewriter) const override {
    std::optional<unsigned> index = findResult(split);
    if (!index)
      return failure();
    auto tensorType = cast<RankedTensorType>(split.getResultTypes()[*index]);
    auto vectorType =
        VectorType::get(tensorType.getShape(), tensorType.getElementType());
    SmallVector<Type> types(split.getResultTypes());
    types[*index] = vectorType;
    Location loc = split.getLoc();
    rewriter.setInsertionPoint(split);
    auto vectorSplit =
        scf::IfOp::create(rewriter, loc, types, split.getCondition(),
                          /*addThenBlock=*/false, /*addElseBlock=*/false);
    vectorSplit->setDiscardableAttrs(split->getDiscardableAttrDictionary());
    Value zero = arith::ConstantOp::create(
        rewriter, loc, rewriter.getZeroAttr(tensorType.getElementType()));
    SmallVector<Value> origin(tensorType.getRank(),
                              arith::ConstantIndexOp::create(rewriter, loc, 0));
    SmallVector<bool> inBounds(tensorType.getRank(), true);
    for (unsigned r = 0; r < 2; ++r) {
      Region &region = vectorSplit->getRegion(r);
      rewriter.inlineRegionBefore(split->getRegion(r), region, region.end());
      auto yield = cast<scf::YieldOp>(region.front().getTerminator());
      Value leaf = yield.getOperand(*index);
      rewriter.setInsertionPoint(yield);
      Value vector;
      DenseElementsAttr constant;
      if (matchPattern(leaf, m_Constant(&constant)))
        vector = arith::ConstantOp::create(rewriter, loc, vectorType,
                                           constant.reshape(vectorType));
      else
        vector = vector::TransferReadOp::create(rewriter, loc, vectorType, leaf,
                                                origin, zero, inBounds);
      rewriter.modifyOpInPlace(yield,
                               [&] { yield->setOperand(*index, vector); });
    }
    rewriter.setInsertionPointAfter(vectorSplit);
    Value empty = tensor::EmptyOp::create(rewriter, loc, tensorType.getShape(),
                                          tensorType.getElementType());
    Value tensor = vector::TransferWriteOp::create(
                       rewriter, loc, vectorSplit.getResult(*index), empty,
                       origin, inBounds)
                       .getResult();
    SmallVector<Value> replacements(vectorSplit.getResults());
    replacements[*index] = tensor;
    rewriter.replaceOp(split, replacements);
    return success();
  }
};

/// A split with scalar results whose two sides are at most `maxOps` pure
/// ops each: both sides run before it and selects pick the results (no
/// branch to mispredict; the deepest levels of a tree cost a few compares).
struct SpeculateSmallSplit : public OpRewritePattern<scf::IfOp> {
  SpeculateSmallSplit(MLIRContext *context, int64_t maxOps)
      : OpRewritePattern(context), maxOps(maxOps) {}

  LogicalResult matchAndRewrite(scf::IfOp split,
                                PatternRewriter &rewriter) const override {
    if (split.getElseRegion().empty() || split->getNumResults() == 0)
      return failure();
    for (Type type : split.getResultTypes())
      if (!type.isIntOrIndexOrFloat())
        return failure();
    for (Region *region : {&split.getThenRegion(), &split.getElseRegion()}) {
      Block &block = region->front();
      if (static_cast<int64_t>(block.getOperations().size()) - 1 > maxOps)
        return failure();
      for (Operation &op : block.without_terminator())
        if (!isPure(&op) || op.getNumRegions() != 0)
          return failure();
    }
    SmallVector<Value> sides[2];
    for (unsigned r = 0; r < 2; ++r) {
      Block &block = split->getRegion(r).front();
      auto yield = cast<scf::YieldOp>(block.getTerminator());
      sides[r] = llvm::to_vector(yield.getOperands());
      rewriter.eraseOp(yield);
      rewriter.inlineBlockBefore(&block, split);
    }
    SmallVector<Value> results;
    for (auto [a, b] : llvm::zip(sides[0], sides[1]))
      results.push_back(arith::SelectOp::create(rewriter, split.getLoc(),
                                                split.getCondition(), a, b));
    rewriter.replaceOp(split, results);
    return success();
  }

  int64_t maxOps;
};

/// Whether `func` holds a decision tree.
static bool holdsTree(func::FuncOp func) {
  return func
      .walk([](Operation *op) {
        return isTreeNode(op) ? WalkResult::interrupt() : WalkResult::advance();
      })
      .wasInterrupted();
}

struct PruneScalarizeTreesPass
    : public prune::impl::PruneScalarizeTreesBase<PruneScalarizeTreesPass> {
  using Base::Base;

  void runOnOperation() override;
};

} // namespace

void PruneScalarizeTreesPass::runOnOperation() {
  ModuleOp module = getOperation();
  SymbolTable symbols(module);
  InlinerInterface interface(&getContext());
  // Callers first see their trees inlined; a tree calls nothing, so one
  // sweep inlines every tree call.
  // Only functions holding trees, or calling them, change; a module
  // without trees is left exactly as it is.
  SmallVector<func::CallOp> calls;
  llvm::SetVector<Operation *> touched;
  module.walk([&](func::CallOp call) {
    auto callee = symbols.lookup<func::FuncOp>(call.getCallee());
    if (callee && !callee.isExternal() && holdsTree(callee)) {
      calls.push_back(call);
      touched.insert(call->getParentOfType<func::FuncOp>());
    }
  });
  module.walk([&](func::FuncOp func) {
    if (holdsTree(func))
      touched.insert(func);
  });
  if (touched.empty())
    return;
  auto clone = [](OpBuilder &builder, Region *src, Block *inlineBlock,
                  Block *postBlock, IRMapping &mapper,
                  bool shouldCloneInlinedRegion) {
    Region *insertRegion = inlineBlock->getParent();
    src->cloneInto(insertRegion, postBlock->getIterator(), mapper);
  };
  for (func::CallOp call : calls) {
    auto callee = symbols.lookup<func::FuncOp>(call.getCallee());
    if (failed(inlineCall(interface, clone, call,
                          cast<CallableOpInterface>(callee.getOperation()),
                          &callee.getBody())))
      continue;
    call.erase();
  }
  RewritePatternSet patterns(&getContext());
  patterns.add<SinkExtractIntoSplit, VectorizeSplitResult>(&getContext());
  if (speculate > 0)
    patterns.add<SpeculateSmallSplit>(&getContext(), speculate);
  scf::IfOp::getCanonicalizationPatterns(patterns, &getContext());
  tensor::ExtractOp::getCanonicalizationPatterns(patterns, &getContext());
  vector::TransferReadOp::getCanonicalizationPatterns(patterns, &getContext());
  FrozenRewritePatternSet frozen(std::move(patterns));
  for (Operation *func : touched)
    if (failed(applyPatternsGreedily(func, frozen)))
      return signalPassFailure();
}
