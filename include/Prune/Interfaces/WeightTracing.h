//===- WeightTracing.h - Find a layer's constant weight ---------*- C++ -*-===//
//
// A layer's weight is the candidate operand (PrunableLayerOpInterface) that
// traces back to a constant through layout ops (ValueFlowOpInterface), and
// through the call of a private function that has a single call site.
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_INTERFACES_WEIGHTTRACING_H
#define PRUNE_INTERFACES_WEIGHTTRACING_H

#include "Prune/Interfaces/PrunableLayerOpInterface.h"
#include "Prune/Interfaces/ValueFlowOpInterface.h"

#include "mlir/IR/Operation.h"

#include <optional>

namespace mlir::prune {

/// Follows `value` back through layout ops, and from an argument of a
/// private function into its single caller, to a constant tensor. Returns the
/// constant op and fills `chain` with the layout ops, innermost (next to the
/// constant) last; null when the value does not come from a constant.
Operation *traceToConstant(Value value, SmallVectorImpl<Operation *> &chain);
inline Operation *traceToConstant(Value value) {
  SmallVector<Operation *> chain;
  return traceToConstant(value, chain);
}

/// The entry-block argument of the callee that receives `use`, when `use`
/// is an argument of a call to a private function called only there; null
/// otherwise.
Value getCalleeArgument(OpOperand &use);

/// Returns the operand index of `op` that is its weight, if `op` is a layer
/// and exactly one of its candidate operands traces back to a constant.
std::optional<unsigned> getWeightOperandIndex(Operation *op);

/// The layer interface of `op` if it is a layer with a constant weight, and
/// that weight's operand index.
struct WeightedLayer {
  PrunableLayerOpInterface layer;
  unsigned weightOperand;
};
std::optional<WeightedLayer> getWeightedLayer(Operation *op);

} // namespace mlir::prune

#endif // PRUNE_INTERFACES_WEIGHTTRACING_H
