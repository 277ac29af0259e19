//===- PruneDialect.h - The prune dialect -----------------------*- C++ -*-===//
//
// The `prune` dialect, its op (prune.observe) and helpers to read the
// attributes it verifies (prune.counts, prune.value, prune.impurity and
// prune.weight on decision-tree nodes, prune.range on function arguments).
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_DIALECT_PRUNEDIALECT_H
#define PRUNE_DIALECT_PRUNEDIALECT_H

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/Dialect.h"
#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#include <optional>
#include <utility>

#include "Prune/Dialect/PruneDialect.h.inc"
#include "Prune/Dialect/PruneEnums.h.inc"

#define GET_OP_CLASSES
#include "Prune/Dialect/PruneOps.h.inc"

namespace mlir::prune {

/// The class counts of a decision-tree node (`prune.counts`), or null.
DenseF64ArrayAttr getNodeCounts(Operation *op);
/// Sets (or, with an empty array, removes) `prune.counts` on `op`.
void setNodeCounts(Operation *op, ArrayRef<double> counts);

/// The prediction of a regression or boosted tree node (`prune.value`), or
/// null.
DenseF64ArrayAttr getNodeValue(Operation *op);
/// The training impurity (`prune.impurity`) and weighted sample count
/// (`prune.weight`) of a decision-tree node, if recorded.
std::optional<double> getNodeImpurity(Operation *op);
std::optional<double> getNodeWeight(Operation *op);
/// The library's node number of a decision-tree node (`prune.node`), if
/// recorded.
std::optional<int64_t> getNodeNumber(Operation *op);
/// Whether `op` is a decision-tree node: it carries prune.counts or
/// prune.value.
bool isTreeNode(Operation *op);
/// Replaces the node attributes of `to` (prune.counts, prune.value,
/// prune.impurity, prune.weight, prune.node) by those of `from` (none if
/// null).
void copyNodeAttrs(Operation *from, Operation *to);

/// The declared range [LO, HI] of argument `index` of a function
/// (`prune.range`), if any.
std::optional<std::pair<double, double>> getArgumentRange(Operation *funcOp,
                                                          unsigned index);

} // namespace mlir::prune

#endif // PRUNE_DIALECT_PRUNEDIALECT_H
