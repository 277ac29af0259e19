//===- ValueFlowOpInterface.h - How values flow through an op ---*- C++ -*-===//
//
// The op interface that the weight, neuron, zero-value and interval analyses
// ask instead of switching on op kinds (ValueFlowOpInterface.td), and the
// answers it gives.
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_INTERFACES_VALUEFLOWOPINTERFACE_H
#define PRUNE_INTERFACES_VALUEFLOWOPINTERFACE_H

#include "Prune/Interfaces/Interval.h"
#include "Prune/Interfaces/StridedLayout.h"

#include "mlir/IR/OpDefinition.h"
#include "mlir/IR/Value.h"
#include "llvm/ADT/SmallVector.h"

#include <optional>
#include <string>
#include <utility>

namespace mlir::prune {

/// What an op computes per element.
enum class ElementwiseKind {
  /// Not an elementwise op, or nothing the rules look for.
  None,
  Add,
  Sub,
  Mul,
  Maximum,
  Minimum,
  /// An activation: clamp (ReLU), sigmoid, tanh, erf.
  Activation,
  /// Another unary map (negate, abs, exp, casts).
  Unary,
  /// A general elementwise body (linalg.generic without reductions).
  Map,
};

/// How the index on a marked value's neuron axis relates to the index on the
/// value the propagation came from. Attention splits a projection's outputs
/// C into heads [H, D]: one index of the H axis is D neurons (`multiply`),
/// and merging H with D back is the reverse (`divide`). Merging H with an
/// outer dimension (the batch: [B, H, T, D] -> [B * H, T, D]) keeps the
/// neurons as the inner part of the merged axis (`mergedOuter`).
struct NeuronAxisScale {
  int64_t multiply = 1, divide = 1;
  /// Set: the axis is the neuron axis merged with an outer dimension;
  /// cleared: split back out. Unset: as on the incoming value.
  std::optional<bool> mergedOuter;
};

/// Where the neurons of a layer go through one op.
struct NeuronPropagation {
  enum class Role { None, Producer, Consumer };

  /// Every operand and result value that carries the neurons, with the axis
  /// that indexes them.
  SmallVector<std::pair<Value, int64_t>> marks;
  /// For layers: whether the op produces the neurons (they are its output
  /// channels) or consumes them (they are its input channels), with its
  /// weight operand and, for consumers, the operand that reads them.
  Role role = Role::None;
  unsigned weightOperand = 0;
  unsigned dataOperand = 0;
  /// Why the neurons cannot pass this op; empty when they can.
  std::string failureReason;

  static NeuronPropagation failure(std::string reason) {
    NeuronPropagation result;
    result.failureReason = std::move(reason);
    return result;
  }
  void mark(Value value, int64_t axis) { marks.push_back({value, axis}); }
  /// Marks `value` with an index scale relative to the incoming value.
  void markScaled(Value value, int64_t axis, NeuronAxisScale scale) {
    mark(value, axis);
    scales.push_back({value, scale});
  }
  /// The scale of `value` (the identity unless markScaled said otherwise).
  NeuronAxisScale getScaleOf(Value value) const {
    for (auto [marked, scale] : scales)
      if (marked == value)
        return scale;
    return {};
  }
  SmallVector<std::pair<Value, NeuronAxisScale>> scales;

  /// The axis that carries the neurons on `value` one to one (index k is
  /// neuron k), if they pass the op and reach it so; not for regrouped
  /// marks (heads), which only neuron groups follow.
  std::optional<int64_t> getAxisOf(Value value) const {
    if (!failureReason.empty())
      return std::nullopt;
    NeuronAxisScale scale = getScaleOf(value);
    if (scale.multiply != 1 || scale.divide != 1 || scale.mergedOuter)
      return std::nullopt;
    for (auto [marked, axis] : marks)
      if (marked == value)
        return axis;
    return std::nullopt;
  }
};

/// When an op's results are all zero.
struct ZeroRule {
  enum class Kind {
    /// The op gives no rule.
    None,
    /// Zero when every value of `operands` is.
    AllZero,
    /// Zero when one factor of `operands` is and every `addend` is.
    Product,
  };
  Kind kind = Kind::None;
  SmallVector<Value> operands;
  SmallVector<Value> addends;
  /// AllZero: the reason to give instead of the operands' (e.g. "linalg.fill
  /// with zero"); the result is then no computed zero.
  std::string reason;

  static ZeroRule allZero(ArrayRef<Value> operands, std::string reason = "") {
    return {Kind::AllZero, SmallVector<Value>(operands), {},
            std::move(reason)};
  }
  static ZeroRule product(ArrayRef<Value> factors,
                          ArrayRef<Value> addends = {}) {
    return {Kind::Product, SmallVector<Value>(factors),
            SmallVector<Value>(addends), ""};
  }
};

} // namespace mlir::prune

#include "Prune/Interfaces/ValueFlowOpInterface.h.inc"

#endif // PRUNE_INTERFACES_VALUEFLOWOPINTERFACE_H
