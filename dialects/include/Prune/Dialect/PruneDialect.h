//===- PruneDialect.h - The prune dialect -----------------------*- C++ -*-===//
//
// The `prune` dialect and helpers to read the attributes it verifies
// (prune.counts on decision-tree nodes, prune.range on function arguments).
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_DIALECT_PRUNEDIALECT_H
#define PRUNE_DIALECT_PRUNEDIALECT_H

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/Dialect.h"

#include <optional>
#include <utility>

#include "Prune/Dialect/PruneDialect.h.inc"

namespace mlir::prune {

/// The class counts of a decision-tree node (`prune.counts`), or null.
DenseF64ArrayAttr getNodeCounts(Operation *op);
/// Sets (or, with an empty array, removes) `prune.counts` on `op`.
void setNodeCounts(Operation *op, ArrayRef<double> counts);

/// The declared range [LO, HI] of argument `index` of a function
/// (`prune.range`), if any.
std::optional<std::pair<double, double>> getArgumentRange(Operation *funcOp,
                                                          unsigned index);

} // namespace mlir::prune

#endif // PRUNE_DIALECT_PRUNEDIALECT_H
