//===- DataflowPruning.h - Remove dataflow branches that compute zero -*- C++ -*-===//
//
// The neural-network half of prune-branches' exact rules. After prune-weights
// a layer may be left with an all-zero weight; the branch of the dataflow
// graph that computes with it then yields zeros, whatever the input.
// ZeroValueAnalysis (Analysis/ZeroValueAnalysis.h) proves which tensors are
// all zero, and `removeZeroBranches` deletes such branches: an add that merges
// a zero branch into another value becomes that value, a zero computed from
// nonzero inputs becomes a zero constant, and the ops left without users are
// erased.
//
// Like every rewrite that relies on x * 0 == 0, this assumes finite values
// (no NaN or infinity reaches a product with the zero); x + 0 == x also
// identifies -0.0 with +0.0. Only floating-point tensors and scalars are
// analysed (quantized zeros are zero points, not 0).
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_PRUNING_DATAFLOWPRUNING_H
#define PRUNE_PRUNING_DATAFLOWPRUNING_H

#include "Prune/Analysis/ZeroValueAnalysis.h"

#include "mlir/IR/Operation.h"
#include "mlir/IR/PatternMatch.h"
#include "llvm/ADT/DenseMap.h"

#include <string>

namespace mlir::prune {

/// What happened to one zero dataflow branch.
struct ZeroBranchRemoval {
  /// The op that merged the branch (a folded add) or produced the zero (a
  /// product replaced by a constant).
  Location loc;
  std::string function;
  /// "tosa.add", "tosa.matmul"...
  std::string op;
  /// "merge-folded": the merge now forwards its other operand;
  /// "replaced-by-zero": the zero value is now a constant;
  /// "replaced-by-bias": a convolution by an all-zero weight now only adds
  /// its bias to a zero constant.
  std::string action;
  std::string why;
  /// Ops erased because they only fed the removed branch (the merge or
  /// product itself included).
  int64_t opsErased = 0;
};

/// A zero branch that stays, and why (e.g. a broadcasting add, whose result
/// type differs from its other operand's).
struct ZeroBranchKept {
  Location loc;
  std::string function;
  std::string op;
  std::string why;
};

struct ZeroBranchResult {
  SmallVector<ZeroBranchRemoval> removed;
  SmallVector<ZeroBranchKept> kept;
  int64_t opsErased() const;
};

/// Removes the dataflow branches under `root` that provably compute zero:
///  - `tosa.add`, `arith.addf`, `linalg.add` with a zero operand, and
///    `tosa.sub`, `arith.subf`, `linalg.sub` with a zero right-hand side,
///    are replaced by the other operand when its type is the result type
///    (never when the add broadcasts; for tosa ops with dynamic sizes, only
///    where the zero's sizes provably equal the other operand's, since tosa
///    broadcasts a size of 1 at run time);
///  - a computed zero (see ZeroValueAnalysis) of static shape still used by
///    an op that does not itself yield zero (concat, return, a call...) is
///    replaced by a zero constant;
///  - a TOSA convolution by an all-zero weight (or of an all-zero input)
///    with a nonzero bias, static shapes, becomes `tosa.add` of a zero
///    constant and the bias reshaped to broadcast over the channels;
///  - ops that are then unused and free of side effects are erased.
ZeroBranchResult removeZeroBranches(Operation *root, RewriterBase &rewriter);

} // namespace mlir::prune

#endif // PRUNE_PRUNING_DATAFLOWPRUNING_H
