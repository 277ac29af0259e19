//===- ZeroValueAnalysis.cpp - Which tensors are provably all zero --------===//
//
// Reasons name the op that first made a zero, so a removal can say why
// ("tosa.matmul 'fc2' multiplies by an all-zero operand #1"); ops that only
// move or clamp zeros pass their operand's reason on.
//
//===----------------------------------------------------------------------===//

#include "Prune/Analysis/ZeroValueAnalysis.h"

#include "Prune/Interfaces/ValueFlowOpInterface.h"
#include "Prune/Support/Diagnostics.h"
#include "Prune/Support/WeightStorage.h"

#include "mlir/Analysis/DataFlow/Utils.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/TypeUtilities.h"
#include "llvm/Support/FormatVariadic.h"

using namespace mlir;
using namespace mlir::prune;

ZeroValue ZeroValue::join(const ZeroValue &lhs, const ZeroValue &rhs) {
  if (lhs.isUninitialized())
    return rhs;
  if (rhs.isUninitialized())
    return lhs;
  if (lhs.isZero() && rhs.isZero()) {
    ZeroValue result = lhs;
    result.computed = lhs.computed || rhs.computed;
    return result;
  }
  return maybeNonzero();
}

void ZeroValue::print(raw_ostream &os) const {
  switch (state) {
  case State::Uninitialized:
    os << "<uninitialized>";
    return;
  case State::MaybeNonzero:
    os << "maybe nonzero";
    return;
  case State::Zero:
    os << (computed ? "computed zero" : "zero") << " (" << reason << ")";
    return;
  }
}

static bool hasFloatElements(Value value) {
  return isa<FloatType>(getElementTypeOrSelf(value.getType()));
}

/// What the zero rule of `op` says about its results, or nothing yet when
/// an operand it reads is not known.
static std::optional<ZeroValue>
applyZeroRule(Operation *op, const ZeroRule &rule,
              function_ref<const ZeroValue &(Value)> lookup) {
  auto isKnown = [&](Value v) { return !lookup(v).isUninitialized(); };
  auto isZero = [&](Value v) { return lookup(v).isZero(); };
  switch (rule.kind) {
  case ZeroRule::Kind::None:
    return ZeroValue::maybeNonzero();
  case ZeroRule::Kind::AllZero: {
    if (rule.operands.empty() || !llvm::all_of(rule.operands, isKnown))
      return rule.operands.empty() ? std::optional(ZeroValue::maybeNonzero())
                                   : std::nullopt;
    if (!llvm::all_of(rule.operands, isZero))
      return ZeroValue::maybeNonzero();
    if (!rule.reason.empty())
      return ZeroValue::zero(rule.reason, /*computed=*/false);
    // Prefer the reason of a computed zero.
    Value from = rule.operands.front();
    for (Value operand : rule.operands)
      if (lookup(operand).isComputed())
        from = operand;
    const ZeroValue &fact = lookup(from);
    return ZeroValue::zero(fact.getReason().str(), fact.isComputed());
  }
  case ZeroRule::Kind::Product: {
    if (!llvm::all_of(rule.operands, isKnown) ||
        !llvm::all_of(rule.addends, isKnown))
      return std::nullopt;
    auto zeroFactor = llvm::find_if(rule.operands, isZero);
    // Accumulators and biases are added, so they must be zero too.
    if (zeroFactor == rule.operands.end() ||
        !llvm::all_of(rule.addends, isZero))
      return ZeroValue::maybeNonzero();
    bool otherFactorNonzero =
        llvm::any_of(rule.operands, [&](Value v) { return !isZero(v); });
    if (!otherFactorNonzero) {
      const ZeroValue &fact = lookup(*zeroFactor);
      return ZeroValue::zero(fact.getReason().str(), fact.isComputed());
    }
    return ZeroValue::zero(
        llvm::formatv("{0} multiplies by an all-zero operand #{1}",
                      describeOp(op), getOperandIndex(op, *zeroFactor))
            .str(),
        /*computed=*/true);
  }
  }
  llvm_unreachable("unknown zero rule");
}

LogicalResult ZeroValueDataFlowAnalysis::visitOperation(
    Operation *op, ArrayRef<const ZeroValueLattice *> operands,
    ArrayRef<ZeroValueLattice *> results) {
  auto update = [&](const ZeroValue &value) {
    for (auto [result, lattice] : llvm::zip(op->getResults(), results)) {
      ZeroValue stored =
          hasFloatElements(result) ? value : ZeroValue::maybeNonzero();
      propagateIfChanged(lattice, lattice->join(stored));
    }
  };
  Attribute constant;
  if (op->getNumResults() == 1 &&
      matchPattern(op->getResult(0), m_Constant(&constant))) {
    update(isAllZeroFloatConstant(constant)
               ? ZeroValue::zero("constant is all zero", /*computed=*/false)
               : ZeroValue::maybeNonzero());
    return success();
  }
  auto flow = dyn_cast<ValueFlowOpInterface>(op);
  if (!flow) {
    update(ZeroValue::maybeNonzero());
    return success();
  }
  llvm::DenseMap<Value, const ZeroValue *> operandValues;
  for (auto [operand, lattice] : llvm::zip(op->getOperands(), operands))
    operandValues[operand] = &lattice->getValue();
  static const ZeroValue unknown = ZeroValue::maybeNonzero();
  auto lookup = [&](Value value) -> const ZeroValue & {
    auto it = operandValues.find(value);
    return it == operandValues.end() ? unknown : *it->second;
  };
  if (std::optional<ZeroValue> value =
          applyZeroRule(op, flow.getZeroRule(), lookup))
    update(*value);
  return success();
}

void ZeroValueDataFlowAnalysis::setToEntryState(ZeroValueLattice *lattice) {
  propagateIfChanged(lattice, lattice->join(ZeroValue::maybeNonzero()));
}

ZeroValueAnalysis::ZeroValueAnalysis(Operation *root) {
  DataFlowSolver solver;
  dataflow::loadBaselineAnalyses(solver);
  solver.load<ZeroValueDataFlowAnalysis>();
  if (failed(solver.initializeAndRun(root)))
    return;
  root->walk([&](Operation *op) {
    auto record = [&](Value value) {
      const ZeroValueLattice *lattice =
          solver.lookupState<ZeroValueLattice>(value);
      if (lattice && lattice->getValue().isZero() && hasFloatElements(value))
        facts[value] = lattice->getValue();
    };
    for (Value result : op->getResults())
      record(result);
    for (Region &region : op->getRegions())
      for (Block &block : region)
        for (BlockArgument arg : block.getArguments())
          record(arg);
  });
}

bool ZeroValueAnalysis::isComputedZero(Value value) const {
  auto it = facts.find(value);
  return it != facts.end() && it->second.isComputed();
}

StringRef ZeroValueAnalysis::getReason(Value value) const {
  auto it = facts.find(value);
  return it != facts.end() ? it->second.getReason() : StringRef();
}
