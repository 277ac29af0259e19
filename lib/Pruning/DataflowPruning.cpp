//===- DataflowPruning.cpp - Remove dataflow branches that compute zero ---===//
//
// removeZeroBranches first folds the merges (the common residual/skip form
// `add(x, branch)`; with dynamic sizes only where a small dimension-source
// analysis proves tosa will not broadcast the zero), then turns the
// remaining computed zeros at the branch boundary into constants and the
// convolutions left with only a bias into that bias, and erases what became
// dead after each rewrite so that every removal can say how many ops went
// with it.
//
//===----------------------------------------------------------------------===//

#include "Prune/Pruning/DataflowPruning.h"

#include "Prune/Analysis/WeightAnalysis.h"
#include "Prune/Support/Diagnostics.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/Dialect/Tosa/Utils/ConversionUtils.h"
#include "mlir/IR/Matchers.h"
#include "mlir/Interfaces/DestinationStyleOpInterface.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/Support/FormatVariadic.h"

using namespace mlir;
using namespace mlir::prune;

//===----------------------------------------------------------------------===//
// removeZeroBranches
//===----------------------------------------------------------------------===//

int64_t ZeroBranchResult::opsErased() const {
  int64_t total = 0;
  for (const ZeroBranchRemoval &removal : removed)
    total += removal.opsErased;
  return total;
}


/// Erases `op` if it is unused and free of side effects, then its operands'
/// producers that this leaves dead. Returns how many ops were erased.
static int64_t eraseIfDead(Operation *op, RewriterBase &rewriter,
                           DenseSet<Operation *> &erasedOps) {
  llvm::SetVector<Operation *> worklist;
  worklist.insert(op);
  int64_t erased = 0;
  while (!worklist.empty()) {
    Operation *candidate = worklist.pop_back_val();
    if (!isOpTriviallyDead(candidate))
      continue;
    for (Value operand : candidate->getOperands())
      if (Operation *def = operand.getDefiningOp())
        worklist.insert(def);
    erasedOps.insert(candidate);
    rewriter.eraseOp(candidate);
    ++erased;
  }
  return erased;
}

/// A dynamic dimension named by where its size comes from: dimension `dim`
/// of `source` (a function argument or an op result the rules below do not
/// see through). Two dimensions with the same source have equal sizes.
using DimSource = std::pair<Value, unsigned>;

/// Follows dimension `dim` of `value` back through the ops that say which
/// operand dimensions it takes (ValueFlowOpInterface::getResultDimSources):
/// where several operands could give it, a size of 1 broadcasts, and the
/// others must agree.
static DimSource getDimSource(Value value, unsigned dim, unsigned depth = 0) {
  DimSource self{value, dim};
  Operation *op = value.getDefiningOp();
  auto flow = dyn_cast_or_null<ValueFlowOpInterface>(op);
  if (!flow || !isa<RankedTensorType>(value.getType()) || depth > 256)
    return self;
  SmallVector<std::pair<unsigned, int64_t>> sources =
      flow.getResultDimSources(dim);
  auto sizeOf = [&](std::pair<unsigned, int64_t> source) {
    return cast<RankedTensorType>(op->getOperand(source.first).getType())
        .getDimSize(source.second);
  };
  // Operands of size 1 broadcast, unless every one does.
  SmallVector<std::pair<unsigned, int64_t>> sized;
  for (auto source : sources)
    if (sizeOf(source) != 1)
      sized.push_back(source);
  if (sized.empty() && !sources.empty())
    sized.push_back(sources.front());
  std::optional<DimSource> found;
  for (auto [operand, operandDim] : sized) {
    DimSource next = getDimSource(op->getOperand(operand), operandDim, depth + 1);
    if (found && *found != next)
      return self;
    found = next;
  }
  return found.value_or(self);
}

/// Whether `zero` broadcasts into `kept` (whose type is the merge's result
/// type): each dimension of `zero` is 1, or, where `kept`'s is dynamic, has
/// provably the same size. Static sizes the verifier already matched.
static bool broadcastsInto(Value zero, Value kept) {
  auto zeroType = dyn_cast<RankedTensorType>(zero.getType());
  auto keptType = dyn_cast<RankedTensorType>(kept.getType());
  if (!zeroType || !keptType)
    return !isa<ShapedType>(kept.getType()); // scalars
  if (zeroType.getRank() != keptType.getRank())
    return false;
  for (unsigned dim = 0; dim < keptType.getRank(); ++dim) {
    if (!keptType.isDynamicDim(dim) || zeroType.getDimSize(dim) == 1)
      continue;
    if (getDimSource(zero, dim) != getDimSource(kept, dim))
      return false;
  }
  return true;
}

/// For a merge (add, or sub with the zero on the right) with a zero operand:
/// the index of the operand to keep.
static std::optional<unsigned> getKeptOperandOfMerge(Operation *op,
                                                     const ZeroValueAnalysis &zeros) {
  auto flow = dyn_cast<ValueFlowOpInterface>(op);
  if (!flow || op->getNumOperands() < 2)
    return std::nullopt;
  ElementwiseKind kind = flow.getElementwiseKind();
  bool isAdd = kind == ElementwiseKind::Add;
  if (!isAdd && kind != ElementwiseKind::Sub)
    return std::nullopt;
  Value lhs = op->getOperand(0), rhs = op->getOperand(1);
  if (zeros.isZero(lhs) && zeros.isZero(rhs))
    return std::nullopt; // the merge itself is zero
  if (zeros.isZero(rhs))
    return 0;
  if (isAdd && zeros.isZero(lhs))
    return 1;
  return std::nullopt;
}

/// For a layer with a per-channel bias operand (the TOSA convolutions) whose
/// product is zero (all-zero weight or input) but whose bias is not, with
/// static shapes: why it computes only its bias.
static std::optional<std::string>
getBiasOnlyReason(Operation *op, const ZeroValueAnalysis &zeros) {
  auto layer = dyn_cast<PrunableLayerOpInterface>(op);
  std::optional<unsigned> biasIndex =
      layer ? layer.getBiasOperand() : std::nullopt;
  if (!biasIndex)
    return std::nullopt;
  std::optional<unsigned> weightIndex = getWeightOperandIndex(op);
  unsigned weightOperand =
      weightIndex ? *weightIndex : layer.getWeightOperandCandidates().front();
  Value input = op->getOperand(layer.getDataOperand(weightOperand));
  Value weight = op->getOperand(weightOperand);
  Value bias = op->getOperand(*biasIndex);
  auto resultType = dyn_cast<RankedTensorType>(op->getResult(0).getType());
  auto biasType = dyn_cast<RankedTensorType>(bias.getType());
  if (!resultType || !resultType.hasStaticShape() || !biasType ||
      !biasType.hasStaticShape() || !isa<FloatType>(resultType.getElementType()) ||
      biasType.getElementType() != resultType.getElementType() ||
      zeros.isZero(bias))
    return std::nullopt;
  Value zero = zeros.isZero(weight) ? weight : input;
  if (!zeros.isZero(zero))
    return std::nullopt;
  return llvm::formatv("{0} multiplies by an all-zero operand #{1} ({2}): "
                       "only its bias remains",
                       describeOp(op), getOperandIndex(op, zero),
                       zeros.getReason(zero))
      .str();
}

ZeroBranchResult mlir::prune::removeZeroBranches(Operation *root,
                                                 RewriterBase &rewriter) {
  ZeroBranchResult result;
  ZeroValueAnalysis zeros(root);
  // Ops erased so far: a later candidate may have fed an earlier branch.
  DenseSet<Operation *> erasedOps;

  // 1. Merges forward their other operand.
  SmallVector<Operation *> merges;
  SmallVector<std::pair<Operation *, std::string>> biasOnly;
  root->walk([&](Operation *op) {
    if (getKeptOperandOfMerge(op, zeros))
      merges.push_back(op);
    else if (std::optional<std::string> why = getBiasOnlyReason(op, zeros))
      biasOnly.push_back({op, *why});
  });
  for (Operation *merge : merges) {
    if (erasedOps.contains(merge))
      continue;
    unsigned keep = *getKeptOperandOfMerge(merge, zeros);
    Value kept = merge->getOperand(keep);
    Value zero = merge->getOperand(1 - keep);
    if (auto dps = dyn_cast<DestinationStyleOpInterface>(merge);
        dps && !dps.hasPureTensorSemantics())
      continue;
    if (kept.getType() == merge->getResult(0).getType() &&
        merge->hasTrait<OpTrait::ResultsBroadcastableShape>() &&
        !broadcastsInto(zero, kept)) {
      // tosa broadcasts at run time: a dynamic size of `kept` may be 1
      // where the zero's is not.
      result.kept.push_back(
          {merge->getLoc(), getParentFunctionName(merge).str(),
           merge->getName().getStringRef().str(),
           llvm::formatv("operand #{0} is zero ({1}), but its dynamic sizes "
                         "are not provably those of operand #{2}: {3} may "
                         "broadcast it",
                         1 - keep, zeros.getReason(zero), keep,
                         merge->getName().getStringRef())
               .str()});
      continue;
    }
    if (kept.getType() != merge->getResult(0).getType()) {
      result.kept.push_back(
          {merge->getLoc(), getParentFunctionName(merge).str(),
           merge->getName().getStringRef().str(),
           llvm::formatv("operand #{0} is zero ({1}), but {2} broadcasts: its "
                         "result type {3} is not operand #{4}'s type {5}",
                         1 - keep, zeros.getReason(zero),
                         merge->getName().getStringRef(),
                         merge->getResult(0).getType(), keep, kept.getType())
               .str()});
      continue;
    }
    ZeroBranchRemoval removal{merge->getLoc(),
                              getParentFunctionName(merge).str(),
                              merge->getName().getStringRef().str(),
                              "merge-folded",
                              llvm::formatv("operand #{0} is zero: {1}",
                                            1 - keep, zeros.getReason(zero))
                                  .str(),
                              0};
    rewriter.replaceAllUsesWith(merge->getResult(0), kept);
    removal.opsErased = eraseIfDead(merge, rewriter, erasedOps);
    result.removed.push_back(std::move(removal));
  }

  // 2. Computed zeros that reach an op not yielding zero become constants.
  // The analysis still holds: folding merges changed no value.
  SmallVector<std::pair<Operation *, unsigned>> boundary;
  root->walk([&](Operation *op) {
    for (Value value : op->getResults()) {
      if (!zeros.isComputedZero(value))
        continue;
      bool escapes = llvm::any_of(value.getUsers(), [&](Operation *user) {
        return llvm::none_of(user->getResults(),
                             [&](Value r) { return zeros.isZero(r); });
      });
      if (escapes)
        boundary.push_back({op, cast<OpResult>(value).getResultNumber()});
    }
  });
  for (auto [producer, resultNumber] : boundary) {
    if (erasedOps.contains(producer))
      continue;
    Value value = producer->getResult(resultNumber);
    auto type = dyn_cast<RankedTensorType>(value.getType());
    bool isScalar = isa<FloatType>(value.getType());
    if (!isScalar && (!type || !type.hasStaticShape())) {
      result.kept.push_back(
          {producer->getLoc(), getParentFunctionName(producer).str(),
           producer->getName().getStringRef().str(),
           llvm::formatv("its result is zero ({0}), but of dynamic shape {1}: "
                         "no constant can replace it",
                         zeros.getReason(value), value.getType())
               .str()});
      continue;
    }
    rewriter.setInsertionPoint(producer);
    Value constant;
    if (isScalar) {
      constant = arith::ConstantOp::create(
          rewriter, producer->getLoc(), value.getType(),
          rewriter.getFloatAttr(value.getType(), 0.0));
    } else {
      auto zeroAttr = DenseElementsAttr::get(
          type, rewriter.getFloatAttr(type.getElementType(), 0.0));
      if (isa<tosa::TosaOp>(producer))
        constant = tosa::ConstOp::create(rewriter, producer->getLoc(), type,
                                         zeroAttr);
      else
        constant = arith::ConstantOp::create(rewriter, producer->getLoc(),
                                             type, zeroAttr);
    }
    ZeroBranchRemoval removal{producer->getLoc(),
                              getParentFunctionName(producer).str(),
                              producer->getName().getStringRef().str(),
                              "replaced-by-zero",
                              zeros.getReason(value).str(), 0};
    rewriter.replaceAllUsesWith(value, constant);
    removal.opsErased = eraseIfDead(producer, rewriter, erasedOps);
    result.removed.push_back(std::move(removal));
  }

  // 3. A convolution left with only its bias becomes a zero constant plus
  // the bias reshaped to broadcast along the channel (last) dimension.
  for (auto &[conv, why] : biasOnly) {
    if (erasedOps.contains(conv))
      continue;
    Location loc = conv->getLoc();
    auto type = cast<RankedTensorType>(conv->getResult(0).getType());
    Value bias = conv->getOperand(2);
    int64_t biasSize = cast<RankedTensorType>(bias.getType()).getNumElements();
    SmallVector<int64_t> broadcastShape(type.getRank(), 1);
    broadcastShape.back() = biasSize;
    rewriter.setInsertionPoint(conv);
    Value zero = tosa::ConstOp::create(
        rewriter, loc, type,
        DenseElementsAttr::get(type,
                               rewriter.getFloatAttr(type.getElementType(), 0.0)));
    ImplicitLocOpBuilder builder(loc, rewriter);
    Value shape = tosa::getTosaConstShape(builder, broadcastShape);
    Value reshaped = tosa::ReshapeOp::create(
        rewriter, loc, RankedTensorType::get(broadcastShape, type.getElementType()),
        bias, shape);
    Value sum = tosa::AddOp::create(rewriter, loc, type, zero, reshaped);
    ZeroBranchRemoval removal{loc, getParentFunctionName(conv).str(),
                              conv->getName().getStringRef().str(),
                              "replaced-by-bias", why, 0};
    rewriter.replaceAllUsesWith(conv->getResult(0), sum);
    removal.opsErased = eraseIfDead(conv, rewriter, erasedOps);
    result.removed.push_back(std::move(removal));
  }
  return result;
}
