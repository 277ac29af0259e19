//===- CompilePreconditions.h - What prune-compile cannot lower -*- C++ -*-===//
//
// Input that upstream's lowerings inside prune-compile crash on instead of
// rejecting (quantized element types, unranked TOSA operands) is found before
// any of them runs and reported at the op that carries it, so that
// prune-compile fails with a diagnostic rather than a segmentation fault.
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_PIPELINES_COMPILEPRECONDITIONS_H
#define PRUNE_PIPELINES_COMPILEPRECONDITIONS_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/Pass.h"

namespace mlir::prune {

/// Emits an error on every op of `module` that prune-compile cannot lower:
///  - an op with an operand or result of quantized element type
///    (`!quant.uniform<...>`, as older TFLite-to-TOSA converters write):
///    the TOSA lowering takes the storage type (i8) with explicit zero
///    points and `tosa.rescale`;
///  - a TOSA op with an unranked tensor operand that shape inference cannot
///    rank (it comes from a function argument or a non-TOSA op): the TOSA
///    lowering and `tosa-infer-shapes` need ranks.
/// Fails if there was one.
LogicalResult checkCompilePreconditions(ModuleOp module);

/// A pass that runs checkCompilePreconditions, first in prune-compile.
std::unique_ptr<Pass> createCheckCompilePreconditionsPass();

} // namespace mlir::prune

#endif // PRUNE_PIPELINES_COMPILEPRECONDITIONS_H
