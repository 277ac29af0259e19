//===- Diagnostics.h - What the passes say and how ---------------*- C++ -*-===//
//
// The wording shared by every pass: how an op is named in a message, which
// function it is in, and how a bad option is reported (one error line at the
// module's location, naming the pass and the option, so that the pass
// changes nothing).
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_SUPPORT_DIAGNOSTICS_H
#define PRUNE_SUPPORT_DIAGNOSTICS_H

#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/Operation.h"
#include "mlir/Support/LLVM.h"

#include <string>
#include <vector>

namespace mlir::prune {

/// The first NameLoc in `loc` (also inside fused and call-site locations),
/// or "".
std::string getNameFromLocation(Location loc);

/// "tosa.matmul 'fc2'" (the op's name and the name in its location) or
/// "tosa.matmul".
std::string describeOp(Operation *op);

/// The index of the first operand of `op` that is `operand`.
unsigned getOperandIndex(Operation *op, Value operand);

/// The name of the function `op` is in, or "" outside functions.
StringRef getParentFunctionName(Operation *op);

/// Warns, at `loc`, when the `layers=` regular expression `regex` matches
/// none of `layerNames`, naming the layers there are: a selection that
/// selects nothing is almost always a typo or a stale name. Returns whether
/// it warned.
bool warnIfNoLayerMatches(Location loc, StringRef pass, StringRef regex,
                          ArrayRef<std::string> layerNames);

/// Reports a bad pass option: "<pass>: invalid option '<option>': <message>"
/// at `loc`. Returns failure, for `return emitOptionError(...)`.
LogicalResult emitOptionError(Location loc, StringRef pass, StringRef option,
                              const Twine &message);

} // namespace mlir::prune

#endif // PRUNE_SUPPORT_DIAGNOSTICS_H
