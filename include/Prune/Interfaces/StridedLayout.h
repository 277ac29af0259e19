//===- StridedLayout.h - Element layouts through transposes and reshapes -*- C++ -*-===//
//
// Weights reach their layers through transposes and reshapes (torch-mlir and
// the TFLite importer put them around every Linear layer). A StridedLayout
// says where each element of such a view lives in the constant: layout ops
// (ValueFlowOpInterface::applyToLayout) permute it or reshape it without
// moving data, as numpy's no-copy views do.
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_INTERFACES_STRIDEDLAYOUT_H
#define PRUNE_INTERFACES_STRIDEDLAYOUT_H

#include "mlir/Support/LLVM.h"
#include "llvm/ADT/SmallVector.h"

#include <optional>
#include <string>

namespace mlir {
class Operation;
} // namespace mlir

namespace mlir::prune {

/// A tensor whose element at multi-index i is the constant's element at
/// linear index sum(i[d] * strides[d]).
struct StridedLayout {
  SmallVector<int64_t> sizes;
  SmallVector<int64_t> strides;

  static StridedLayout getRowMajor(ArrayRef<int64_t> shape);
  /// The layout of the transposed tensor (result dim i is dim perm[i]).
  StridedLayout permute(ArrayRef<int64_t> perm) const;
  /// The layout of the tensor reshaped to `newShape` without moving data;
  /// fails when the reshape would need a copy.
  FailureOr<StridedLayout> reshape(ArrayRef<int64_t> newShape) const;
  /// Offsets of every combination of `dims` (row-major over `dims`).
  SmallVector<int64_t> enumerateOffsets(ArrayRef<int64_t> dims) const;
};

/// Reshapes `layout` to the static shape of `reshapeOp`'s result (a
/// reshape on a weight's path); fails, saying why in `error`, for dynamic
/// shapes and for reshapes that would need a copy.
LogicalResult applyReshapeToLayout(Operation *reshapeOp, StridedLayout &layout,
                                   std::string &error);

/// Maps `axis` of a reshape from shape `from` to the axis of shape `to` that
/// holds the same index (the dimension and all inner ones stay whole).
std::optional<int64_t> mapReshapeAxis(ArrayRef<int64_t> from,
                                      ArrayRef<int64_t> to, int64_t axis);

} // namespace mlir::prune

#endif // PRUNE_INTERFACES_STRIDEDLAYOUT_H
