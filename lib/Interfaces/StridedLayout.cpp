//===- StridedLayout.cpp - Element layouts through transposes and reshapes ===//

#include "Prune/Interfaces/StridedLayout.h"

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Operation.h"
#include "llvm/ADT/STLExtras.h"

using namespace mlir;
using namespace mlir::prune;

StridedLayout StridedLayout::getRowMajor(ArrayRef<int64_t> shape) {
  StridedLayout layout;
  layout.sizes.assign(shape.begin(), shape.end());
  layout.strides.resize(shape.size());
  int64_t stride = 1;
  for (int64_t d = shape.size() - 1; d >= 0; --d) {
    layout.strides[d] = stride;
    stride *= shape[d];
  }
  return layout;
}

StridedLayout StridedLayout::permute(ArrayRef<int64_t> perm) const {
  StridedLayout result;
  for (int64_t p : perm) {
    result.sizes.push_back(sizes[p]);
    result.strides.push_back(strides[p]);
  }
  return result;
}

/// Each group of old dimensions that maps onto a group of new ones must be
/// contiguous; unit dimensions are free.
FailureOr<StridedLayout>
StridedLayout::reshape(ArrayRef<int64_t> newShape) const {
  SmallVector<int64_t> oldSizes, oldStrides;
  for (auto [size, stride] : llvm::zip(sizes, strides)) {
    if (size == 1)
      continue;
    oldSizes.push_back(size);
    oldStrides.push_back(stride);
  }
  SmallVector<int64_t> newSizes, newDimOf;
  for (auto [d, size] : llvm::enumerate(newShape)) {
    if (size == 1)
      continue;
    newSizes.push_back(size);
    newDimOf.push_back(d);
  }
  SmallVector<int64_t> newStrides(newSizes.size(), 0);
  size_t oi = 0, oj = 1, ni = 0, nj = 1;
  while (ni < newSizes.size() && oi < oldSizes.size()) {
    int64_t np = newSizes[ni], op = oldSizes[oi];
    while (np != op) {
      if (np < op) {
        if (nj >= newSizes.size())
          return failure();
        np *= newSizes[nj++];
      } else {
        if (oj >= oldSizes.size())
          return failure();
        op *= oldSizes[oj++];
      }
    }
    for (size_t ok = oi; ok + 1 < oj; ++ok)
      if (oldStrides[ok] != oldSizes[ok + 1] * oldStrides[ok + 1])
        return failure();
    newStrides[nj - 1] = oldStrides[oj - 1];
    for (size_t nk = nj - 1; nk > ni; --nk)
      newStrides[nk - 1] = newStrides[nk] * newSizes[nk];
    ni = nj++;
    oi = oj++;
  }
  if (ni != newSizes.size() || oi != oldSizes.size())
    return failure();

  StridedLayout result;
  result.sizes.assign(newShape.begin(), newShape.end());
  result.strides.assign(newShape.size(), 0);
  for (auto [i, d] : llvm::enumerate(newDimOf))
    result.strides[d] = newStrides[i];
  return result;
}

SmallVector<int64_t>
StridedLayout::enumerateOffsets(ArrayRef<int64_t> dims) const {
  SmallVector<int64_t> offsets = {0};
  for (int64_t d : dims) {
    SmallVector<int64_t> next;
    next.reserve(offsets.size() * sizes[d]);
    for (int64_t base : offsets)
      for (int64_t i = 0; i < sizes[d]; ++i)
        next.push_back(base + i * strides[d]);
    offsets = std::move(next);
  }
  return offsets;
}

LogicalResult prune::applyReshapeToLayout(Operation *reshapeOp,
                                          StridedLayout &layout,
                                          std::string &error) {
  std::string name = reshapeOp->getName().getStringRef().str();
  auto resultType =
      dyn_cast<RankedTensorType>(reshapeOp->getResult(0).getType());
  if (!resultType || !resultType.hasStaticShape()) {
    error = "'" + name + "' on the weight path has a dynamic result shape";
    return failure();
  }
  FailureOr<StridedLayout> reshaped = layout.reshape(resultType.getShape());
  if (failed(reshaped)) {
    error = "'" + name +
            "' on the weight path reorders elements in a way that is not a "
            "strided view";
    return failure();
  }
  layout = *reshaped;
  return success();
}

std::optional<int64_t> prune::mapReshapeAxis(ArrayRef<int64_t> from,
                                            ArrayRef<int64_t> to,
                                            int64_t axis) {
  auto innerProduct = [](ArrayRef<int64_t> shape,
                         int64_t d) -> std::optional<int64_t> {
    int64_t product = 1;
    for (int64_t i = d + 1; i < (int64_t)shape.size(); ++i) {
      if (ShapedType::isDynamic(shape[i]))
        return std::nullopt;
      product *= shape[i];
    }
    return product;
  };
  std::optional<int64_t> inner = innerProduct(from, axis);
  if (!inner || ShapedType::isDynamic(from[axis]))
    return std::nullopt;
  for (int64_t d = 0; d < (int64_t)to.size(); ++d)
    if (to[d] == from[axis] && innerProduct(to, d) == inner)
      return d;
  return std::nullopt;
}
