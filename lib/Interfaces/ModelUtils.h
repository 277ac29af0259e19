//===- ModelUtils.h - Small helpers of the external models ------*- C++ -*-===//
//
// Internal to lib/Interfaces.
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_LIB_INTERFACES_MODELUTILS_H
#define PRUNE_LIB_INTERFACES_MODELUTILS_H

#include "Prune/Interfaces/ValueFlowOpInterface.h"

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Value.h"

namespace mlir::prune {

inline RankedTensorType getRankedType(Value value) {
  return dyn_cast<RankedTensorType>(value.getType());
}

/// The shape of `value`, or none when it is unranked: sizes that are not
/// known count as 1 in staticProduct.
inline ArrayRef<int64_t> getKnownShape(Value value) {
  if (auto type = getRankedType(value))
    return type.getShape();
  return {};
}

/// Why a convolution's input features are not described for calibration.
static constexpr StringLiteral kConvNotInstrumented =
    "only 2-D NHWC convolutions (tosa.conv2d, linalg.conv_2d_nhwc_hwcf) are "
    "instrumented yet";

/// The product of `shape`, dynamic sizes counted as 1.
inline int64_t staticProduct(ArrayRef<int64_t> shape) {
  int64_t product = 1;
  for (int64_t size : shape)
    product *= ShapedType::isDynamic(size) ? 1 : size;
  return product;
}

/// The zero rule of a binary elementwise op of `kind`: a product is zero
/// when one factor is, a sum, difference, max or min when both operands are.
inline ZeroRule getBinaryZeroRule(ElementwiseKind kind, Value lhs, Value rhs) {
  if (kind == ElementwiseKind::Mul)
    return ZeroRule::product({lhs, rhs});
  return ZeroRule::allZero({lhs, rhs});
}

/// The result interval of a binary elementwise op of `kind`.
inline Interval getBinaryInterval(ElementwiseKind kind, Interval lhs,
                                  Interval rhs) {
  switch (kind) {
  case ElementwiseKind::Add:
    return interval::add(lhs, rhs);
  case ElementwiseKind::Sub:
    return interval::sub(lhs, rhs);
  case ElementwiseKind::Mul:
    return interval::mul(lhs, rhs);
  case ElementwiseKind::Maximum:
    return interval::maximum(lhs, rhs);
  case ElementwiseKind::Minimum:
    return interval::minimum(lhs, rhs);
  default:
    return {};
  }
}

/// What every layout op (transpose, reshape) says besides its layout and
/// neuron rules: its source is operand 0, whose values it keeps; zeros stay
/// zeros and ranges stay ranges.
template <typename Model, typename OpTy>
struct LayoutFlowModel
    : public ValueFlowOpInterface::ExternalModel<Model, OpTy> {
  Value getLayoutSource(Operation *op) const { return op->getOperand(0); }
  Value getValueSource(Operation *op) const { return op->getOperand(0); }
  ZeroRule getZeroRule(Operation *op) const {
    return ZeroRule::allZero({op->getOperand(0)});
  }
  Interval inferInterval(Operation *op, ArrayRef<Interval> operands) const {
    return operands[0];
  }
};

} // namespace mlir::prune

#endif // PRUNE_LIB_INTERFACES_MODELUTILS_H
