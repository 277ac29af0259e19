//===- ModelUtils.h - Small helpers of the external models ------*- C++ -*-===//
//
// Internal to lib/Interfaces.
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_LIB_INTERFACES_MODELUTILS_H
#define PRUNE_LIB_INTERFACES_MODELUTILS_H

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Value.h"

namespace mlir::prune {

inline RankedTensorType getRankedType(Value value) {
  return dyn_cast<RankedTensorType>(value.getType());
}

/// The product of `shape`, dynamic sizes counted as 1.
inline int64_t staticProduct(ArrayRef<int64_t> shape) {
  int64_t product = 1;
  for (int64_t size : shape)
    product *= ShapedType::isDynamic(size) ? 1 : size;
  return product;
}

} // namespace mlir::prune

#endif // PRUNE_LIB_INTERFACES_MODELUTILS_H
