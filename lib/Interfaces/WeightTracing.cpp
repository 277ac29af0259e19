//===- WeightTracing.cpp - Find a layer's constant weight -----------------===//
//
// Models exported with their weights as arguments of a private helper (one
// call per layer, or a shared body called once) keep the constant in the
// caller; following the single call site finds it. A function with more than
// one caller could receive different constants, so it is not followed.
//
//===----------------------------------------------------------------------===//

#include "Prune/Interfaces/WeightTracing.h"

#include "mlir/IR/Matchers.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/Interfaces/CallInterfaces.h"
#include "mlir/Interfaces/FunctionInterfaces.h"

using namespace mlir;
using namespace mlir::prune;

/// The single call of `func` if it is a private function with a body called
/// from exactly one place, with one operand per argument.
static CallOpInterface getSingleCall(FunctionOpInterface func) {
  if (!func || !func.isPrivate() || func.isExternal() || !func->getParentOp())
    return {};
  Operation *symbolTable =
      SymbolTable::getNearestSymbolTable(func->getParentOp());
  if (!symbolTable)
    return {};
  std::optional<SymbolTable::UseRange> uses =
      SymbolTable::getSymbolUses(func, symbolTable);
  if (!uses || !llvm::hasSingleElement(*uses))
    return {};
  auto call = dyn_cast<CallOpInterface>(uses->begin()->getUser());
  if (!call || call.getArgOperands().size() != func.getNumArguments())
    return {};
  return call;
}

/// The operand that the single call of a private function passes to its
/// entry-block argument `arg`, or null.
static Value getSingleCallerOperand(BlockArgument arg) {
  auto func =
      dyn_cast_or_null<FunctionOpInterface>(arg.getOwner()->getParentOp());
  if (!func || arg.getOwner() != &func.getFunctionBody().front())
    return {};
  CallOpInterface call = getSingleCall(func);
  return call ? call.getArgOperands()[arg.getArgNumber()] : Value();
}

Value prune::getCalleeArgument(OpOperand &use) {
  auto call = dyn_cast<CallOpInterface>(use.getOwner());
  if (!call)
    return {};
  auto func = dyn_cast_or_null<FunctionOpInterface>(
      call.resolveCallable());
  if (!func || getSingleCall(func) != call)
    return {};
  for (auto [index, operand] : llvm::enumerate(call.getArgOperandsMutable()))
    if (&operand == &use)
      return func.getArgument(index);
  return {};
}

Operation *prune::traceToConstant(Value value,
                                  SmallVectorImpl<Operation *> &chain) {
  chain.clear();
  // Calls can nest; each step moves strictly outwards, so this ends.
  for (unsigned steps = 0; steps < 1024; ++steps) {
    Operation *def = value.getDefiningOp();
    if (!def) {
      value = getSingleCallerOperand(cast<BlockArgument>(value));
      if (!value)
        return nullptr;
      continue;
    }
    if (auto flow = dyn_cast<ValueFlowOpInterface>(def)) {
      if (Value source = flow.getLayoutSource()) {
        chain.push_back(def);
        value = source;
        continue;
      }
    }
    ElementsAttr attr;
    if (matchPattern(def, m_Constant(&attr)) &&
        isa<RankedTensorType>(attr.getType()))
      return def;
    return nullptr;
  }
  return nullptr;
}

std::optional<unsigned> prune::getWeightOperandIndex(Operation *op) {
  auto layer = dyn_cast<PrunableLayerOpInterface>(op);
  if (!layer)
    return std::nullopt;
  std::optional<unsigned> found;
  SmallVector<Operation *> chain;
  for (unsigned index : layer.getWeightOperandCandidates()) {
    if (!traceToConstant(op->getOperand(index), chain))
      continue;
    // Two constant operands: a constant computation, not a layer.
    if (found)
      return std::nullopt;
    found = index;
  }
  return found;
}

std::optional<WeightedLayer> prune::getWeightedLayer(Operation *op) {
  std::optional<unsigned> index = getWeightOperandIndex(op);
  if (!index)
    return std::nullopt;
  return WeightedLayer{cast<PrunableLayerOpInterface>(op), *index};
}
