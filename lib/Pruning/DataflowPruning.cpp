//===- DataflowPruning.cpp - Remove dataflow branches that compute zero ---===//
//
// ZeroValueAnalysis is one forward walk: ops are visited defs before uses and
// each transfer rule looks only at facts already known for the operands, so
// no fixpoint is needed (values flowing around loops are never proved zero).
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
#include "Prune/Support/WeightStorage.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/IR/LinalgInterfaces.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/Dialect/Tosa/Utils/ConversionUtils.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "mlir/IR/Matchers.h"
#include "mlir/Interfaces/FunctionInterfaces.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/Support/FormatVariadic.h"

#include <cstring>

using namespace mlir;
using namespace mlir::prune;

//===----------------------------------------------------------------------===//
// Zero constants
//===----------------------------------------------------------------------===//

//===----------------------------------------------------------------------===//
// ZeroValueAnalysis
//===----------------------------------------------------------------------===//

static bool hasFloatElements(Value value) {
  return isa<FloatType>(getElementTypeOrSelf(value.getType()));
}

/// "tosa.matmul 'fc2'" (the first NameLoc in the op's location) or
/// "tosa.matmul".
static std::string describeOp(Operation *op) {
  std::string name;
  op->getLoc()->walk([&](Location loc) {
    if (auto named = dyn_cast<NameLoc>(loc)) {
      name = named.getName().str();
      return WalkResult::interrupt();
    }
    return WalkResult::advance();
  });
  std::string text = op->getName().getStringRef().str();
  if (!name.empty())
    text += " '" + name + "'";
  return text;
}

static unsigned getOperandIndex(Operation *op, Value operand) {
  for (OpOperand &use : op->getOpOperands())
    if (use.get() == operand)
      return use.getOperandNumber();
  return 0;
}

ZeroValueAnalysis::ZeroValueAnalysis(Operation *root) {
  root->walk<WalkOrder::PreOrder>([&](Operation *op) { visit(op); });
}

bool ZeroValueAnalysis::isComputedZero(Value value) const {
  auto it = facts.find(value);
  return it != facts.end() && it->second.computed;
}

StringRef ZeroValueAnalysis::getReason(Value value) const {
  auto it = facts.find(value);
  return it != facts.end() ? StringRef(it->second.reason) : StringRef();
}

void ZeroValueAnalysis::setZero(Value value, std::string reason,
                                bool computed) {
  if (!hasFloatElements(value) || facts.count(value))
    return;
  facts[value] = Fact{std::move(reason), computed};
}

void ZeroValueAnalysis::propagate(Operation *op, Value from) {
  Fact fact = facts.lookup(from);
  for (Value result : op->getResults())
    setZero(result, fact.reason, fact.computed);
}

/// The transfer rules: constants, products (one all-zero factor suffices;
/// the result is a computed zero when another factor is not zero), then ops
/// that yield zero when all their data operands are zero.
void ZeroValueAnalysis::visit(Operation *op) {
  // Constants.
  Attribute constant;
  if (op->getNumResults() == 1 &&
      matchPattern(op->getResult(0), m_Constant(&constant))) {
    if (isAllZeroFloatConstant(constant))
      setZero(op->getResult(0), "constant is all zero", /*computed=*/false);
    return;
  }

  // Products: the result is zero when one factor is, whatever the others.
  auto product = [&](ArrayRef<Value> factors, ArrayRef<Value> alsoZero) {
    Value zeroFactor;
    for (Value factor : factors)
      if (isZero(factor)) {
        zeroFactor = factor;
        break;
      }
    if (!zeroFactor)
      return;
    // Accumulators and biases are added, so they must be zero too.
    for (Value addend : alsoZero)
      if (!isZero(addend))
        return;
    bool otherFactorNonzero = llvm::any_of(
        factors, [&](Value factor) { return !isZero(factor); });
    std::string reason =
        otherFactorNonzero
            ? llvm::formatv("{0} multiplies by an all-zero operand #{1}",
                            describeOp(op), getOperandIndex(op, zeroFactor))
                  .str()
            : facts.lookup(zeroFactor).reason;
    bool computed = otherFactorNonzero || isComputedZero(zeroFactor);
    for (Value result : op->getResults())
      setZero(result, reason, computed);
  };

  if (auto matmul = dyn_cast<tosa::MatMulOp>(op))
    return product({matmul.getA(), matmul.getB()}, {});
  if (auto conv = dyn_cast<tosa::Conv2DOp>(op))
    return product({conv.getInput(), conv.getWeight()}, {conv.getBias()});
  if (auto conv = dyn_cast<tosa::Conv3DOp>(op))
    return product({conv.getInput(), conv.getWeight()}, {conv.getBias()});
  if (auto conv = dyn_cast<tosa::DepthwiseConv2DOp>(op))
    return product({conv.getInput(), conv.getWeight()}, {conv.getBias()});
  if (auto conv = dyn_cast<tosa::TransposeConv2DOp>(op))
    return product({conv.getInput(), conv.getWeight()}, {conv.getBias()});
  if (auto mul = dyn_cast<tosa::MulOp>(op))
    return product({mul.getInput1(), mul.getInput2()}, {});
  if (auto mul = dyn_cast<arith::MulFOp>(op))
    return product({mul.getLhs(), mul.getRhs()}, {});
  if (auto linalgOp = dyn_cast<linalg::LinalgOp>(op)) {
    if (!linalgOp.hasPureTensorSemantics())
      return;
    if (auto fill = dyn_cast<linalg::FillOp>(op)) {
      if (isZero(fill.value()))
        setZero(op->getResult(0), "linalg.fill with zero", false);
      return;
    }
    SmallVector<Value> inputs = linalgOp.getDpsInputs();
    // Elementwise product: linalg.mul.
    if (isa<linalg::MulOp>(op))
      return product(inputs, {});
    // Contractions and convolutions accumulate into their init.
    if (linalgOp.getNumDpsInputs() == 2 && linalgOp.getNumDpsInits() == 1 &&
        (linalg::isaContractionOpInterface(linalgOp) ||
         linalg::isaConvolutionOpInterface(linalgOp)))
      return product(inputs, {linalgOp.getDpsInitOperand(0)->get()});
    // Sums of zeros and moves of zeros.
    if (isa<linalg::AddOp, linalg::SubOp>(op) &&
        llvm::all_of(inputs, [&](Value v) { return isZero(v); }))
      return propagate(op, inputs.front());
    if (isa<linalg::TransposeOp, linalg::BroadcastOp, linalg::CopyOp>(op) &&
        isZero(inputs.front()))
      return propagate(op, inputs.front());
    return;
  }

  // Ops whose result is zero when all their (data) operands are.
  auto allZero = [&](ArrayRef<Value> operands) {
    if (operands.empty() ||
        !llvm::all_of(operands, [&](Value v) { return isZero(v); }))
      return;
    // Prefer the reason of a computed zero.
    Value from = operands.front();
    for (Value operand : operands)
      if (isComputedZero(operand))
        from = operand;
    propagate(op, from);
  };
  if (auto add = dyn_cast<tosa::AddOp>(op))
    return allZero({add.getInput1(), add.getInput2()});
  if (auto sub = dyn_cast<tosa::SubOp>(op))
    return allZero({sub.getInput1(), sub.getInput2()});
  if (auto max = dyn_cast<tosa::MaximumOp>(op))
    return allZero({max.getInput1(), max.getInput2()});
  if (auto min = dyn_cast<tosa::MinimumOp>(op))
    return allZero({min.getInput1(), min.getInput2()});
  if (isa<arith::AddFOp, arith::SubFOp, arith::MaximumFOp, arith::MinimumFOp,
          arith::MaxNumFOp, arith::MinNumFOp>(op))
    return allZero({op->getOperand(0), op->getOperand(1)});
  if (auto clamp = dyn_cast<tosa::ClampOp>(op)) {
    // clamp(0) is 0 when 0 lies in [min, max] (relu: [0, max]).
    auto min = dyn_cast<FloatAttr>(clamp.getMinValAttr());
    auto max = dyn_cast<FloatAttr>(clamp.getMaxValAttr());
    if (min && max && min.getValueAsDouble() <= 0.0 &&
        max.getValueAsDouble() >= 0.0)
      return allZero({clamp.getInput()});
    return;
  }
  if (auto negate = dyn_cast<tosa::NegateOp>(op))
    return allZero({negate.getInput1()});
  if (auto concat = dyn_cast<tosa::ConcatOp>(op))
    return allZero(SmallVector<Value>(concat.getInput1()));
  if (auto concat = dyn_cast<tensor::ConcatOp>(op))
    return allZero(SmallVector<Value>(concat.getInputs()));
  // Unary zero-preserving maps and moves of data: the first operand is the
  // data, the others (shapes, permutations, offsets) are not.
  if (isa<arith::NegFOp, arith::ExtFOp, arith::TruncFOp, tosa::ReshapeOp,
          tosa::TransposeOp, tosa::SliceOp, tosa::TileOp, tosa::ReverseOp,
          tosa::AbsOp, tosa::TanhOp, tosa::MaxPool2dOp, tosa::CastOp,
          tensor::CollapseShapeOp, tensor::ExpandShapeOp, tensor::CastOp,
          tensor::ReshapeOp, tensor::ExtractSliceOp, tensor::ExtractOp>(op))
    return allZero({op->getOperand(0)});
}

//===----------------------------------------------------------------------===//
// removeZeroBranches
//===----------------------------------------------------------------------===//

int64_t ZeroBranchResult::opsErased() const {
  int64_t total = 0;
  for (const ZeroBranchRemoval &removal : removed)
    total += removal.opsErased;
  return total;
}

static std::string getFunctionName(Operation *op) {
  if (auto func = op->getParentOfType<FunctionOpInterface>())
    return func.getName().str();
  return "";
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

/// Follows dimension `dim` of `value` back through ops that keep it: unary
/// elementwise ops, broadcasting binary ops where the other operand's size is
/// 1, tosa.matmul (batch and rows from `a`, columns from `b`),
/// tosa.transpose, and tosa.reshape with one dynamic dimension on each side
/// and equal static products (so the dynamic sizes are equal).
static DimSource getDimSource(Value value, unsigned dim, unsigned depth = 0) {
  DimSource self{value, dim};
  Operation *op = value.getDefiningOp();
  auto type = dyn_cast<RankedTensorType>(value.getType());
  if (!op || !type || depth > 256)
    return self;
  auto follow = [&](Value operand, unsigned operandDim) {
    return getDimSource(operand, operandDim, depth + 1);
  };
  auto rankOf = [](Value v) {
    auto t = dyn_cast<RankedTensorType>(v.getType());
    return t ? t.getRank() : int64_t(-1);
  };
  if (isa<tosa::ClampOp, tosa::NegateOp, tosa::AbsOp, tosa::TanhOp,
          tosa::CastOp, tosa::SigmoidOp, tosa::ExpOp>(op) &&
      rankOf(op->getOperand(0)) == type.getRank())
    return follow(op->getOperand(0), dim);
  if (isa<tosa::AddOp, tosa::SubOp, tosa::MulOp, tosa::MaximumOp,
          tosa::MinimumOp>(op)) {
    Value lhs = op->getOperand(0), rhs = op->getOperand(1);
    if (rankOf(lhs) != type.getRank() || rankOf(rhs) != type.getRank())
      return self;
    int64_t lhsSize = cast<RankedTensorType>(lhs.getType()).getDimSize(dim);
    int64_t rhsSize = cast<RankedTensorType>(rhs.getType()).getDimSize(dim);
    if (rhsSize == 1)
      return follow(lhs, dim);
    if (lhsSize == 1)
      return follow(rhs, dim);
    DimSource fromLhs = follow(lhs, dim);
    return fromLhs == follow(rhs, dim) ? fromLhs : self;
  }
  if (auto matmul = dyn_cast<tosa::MatMulOp>(op))
    return dim < 2 ? follow(matmul.getA(), dim) : follow(matmul.getB(), 2);
  if (auto transpose = dyn_cast<tosa::TransposeOp>(op))
    return follow(transpose.getInput1(), transpose.getPerms()[dim]);
  if (auto reshape = dyn_cast<tosa::ReshapeOp>(op)) {
    auto inputType = dyn_cast<RankedTensorType>(reshape.getInput1().getType());
    if (!inputType || type.getDynamicDimIndex(dim) != 0 ||
        type.getNumDynamicDims() != 1 || inputType.getNumDynamicDims() != 1)
      return self;
    auto staticProduct = [](RankedTensorType t) {
      int64_t product = 1;
      for (int64_t size : t.getShape())
        if (!ShapedType::isDynamic(size))
          product *= size;
      return product;
    };
    if (staticProduct(type) != staticProduct(inputType))
      return self;
    for (unsigned i = 0; i < inputType.getRank(); ++i)
      if (inputType.isDynamicDim(i))
        return follow(reshape.getInput1(), i);
  }
  return self;
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
  bool isAdd = isa<tosa::AddOp, arith::AddFOp, linalg::AddOp>(op);
  bool isSub = isa<tosa::SubOp, arith::SubFOp, linalg::SubOp>(op);
  if (!isAdd && !isSub)
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

/// For a TOSA convolution whose product is zero (all-zero weight or input)
/// but whose bias is not, with static shapes: why it computes only its bias.
static std::optional<std::string>
getBiasOnlyReason(Operation *op, const ZeroValueAnalysis &zeros) {
  if (!isa<tosa::Conv2DOp, tosa::Conv3DOp, tosa::DepthwiseConv2DOp,
           tosa::TransposeConv2DOp>(op))
    return std::nullopt;
  Value input = op->getOperand(0), weight = op->getOperand(1),
        bias = op->getOperand(2);
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
                       describeOp(op), zero == weight ? 1 : 0,
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
    if (auto linalgOp = dyn_cast<linalg::LinalgOp>(merge);
        linalgOp && !linalgOp.hasPureTensorSemantics())
      continue;
    if (kept.getType() == merge->getResult(0).getType() &&
        isa<tosa::AddOp, tosa::SubOp>(merge) && !broadcastsInto(zero, kept)) {
      // tosa broadcasts at run time: a dynamic size of `kept` may be 1
      // where the zero's is not.
      result.kept.push_back(
          {merge->getLoc(), getFunctionName(merge),
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
          {merge->getLoc(), getFunctionName(merge),
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
                              getFunctionName(merge),
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
          {producer->getLoc(), getFunctionName(producer),
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
                              getFunctionName(producer),
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
    ZeroBranchRemoval removal{loc, getFunctionName(conv),
                              conv->getName().getStringRef().str(),
                              "replaced-by-bias", why, 0};
    rewriter.replaceAllUsesWith(conv->getResult(0), sum);
    removal.opsErased = eraseIfDead(conv, rewriter, erasedOps);
    result.removed.push_back(std::move(removal));
  }
  return result;
}
