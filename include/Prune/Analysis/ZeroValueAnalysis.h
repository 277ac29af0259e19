//===- ZeroValueAnalysis.h - Which tensors are provably all zero -*- C++ -*-===//
//
// After prune-weights a layer may be left with an all-zero weight; what it
// computes is then zero whatever the input. This analysis proves which
// floating-point values are all zero, on upstream's sparse forward dataflow
// framework: constants, products with an all-zero factor (one factor
// suffices, accumulators and biases must be zero too), and ops that map
// zeros to zeros, each op's rule coming from its ValueFlowOpInterface
// (`getZeroRule`). Control flow (scf.if, loops, calls of private functions)
// joins the values that reach a block argument or result.
//
// Like every rewrite that relies on x * 0 == 0, the analysis assumes finite
// values (no NaN or infinity reaches a product with the zero). Only
// floating-point tensors and scalars are analysed (quantized zeros are zero
// points, not 0).
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_ANALYSIS_ZEROVALUEANALYSIS_H
#define PRUNE_ANALYSIS_ZEROVALUEANALYSIS_H

#include "mlir/Analysis/DataFlow/SparseAnalysis.h"
#include "llvm/ADT/DenseMap.h"

#include <string>

namespace mlir::prune {

/// What is known about one value: nothing yet, provably all zero (and why),
/// or possibly nonzero.
class ZeroValue {
public:
  enum class State { Uninitialized, Zero, MaybeNonzero };

  ZeroValue() = default;
  static ZeroValue zero(std::string reason, bool computed) {
    ZeroValue value;
    value.state = State::Zero;
    value.reason = std::move(reason);
    value.computed = computed;
    return value;
  }
  static ZeroValue maybeNonzero() {
    ZeroValue value;
    value.state = State::MaybeNonzero;
    return value;
  }

  bool isUninitialized() const { return state == State::Uninitialized; }
  bool isZero() const { return state == State::Zero; }
  /// Zero because a product multiplied a nonzero input by an all-zero one
  /// (directly or through ops that only move zeros): real computation that a
  /// constant can replace. Zeros that are cheap already (constants,
  /// linalg.fill) are not.
  bool isComputed() const { return computed; }
  /// "tosa.matmul 'fc2' multiplies by an all-zero operand #1", or "".
  StringRef getReason() const { return reason; }

  /// Zero only when both are; the first one's reason is kept.
  static ZeroValue join(const ZeroValue &lhs, const ZeroValue &rhs);
  bool operator==(const ZeroValue &other) const {
    return state == other.state && computed == other.computed &&
           reason == other.reason;
  }
  void print(raw_ostream &os) const;

private:
  State state = State::Uninitialized;
  bool computed = false;
  std::string reason;
};

class ZeroValueLattice : public dataflow::Lattice<ZeroValue> {
public:
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(ZeroValueLattice)
  using Lattice::Lattice;
};

/// The transfer functions: ops' zero rules (ValueFlowOpInterface) and
/// all-zero constants. A result stays uninitialized until every operand its
/// rule reads is known.
class ZeroValueDataFlowAnalysis
    : public dataflow::SparseForwardDataFlowAnalysis<ZeroValueLattice> {
public:
  using SparseForwardDataFlowAnalysis::SparseForwardDataFlowAnalysis;

  LogicalResult visitOperation(Operation *op,
                               ArrayRef<const ZeroValueLattice *> operands,
                               ArrayRef<ZeroValueLattice *> results) override;
  void setToEntryState(ZeroValueLattice *lattice) override;
};

/// The zero values under an op: runs the analysis once and keeps the facts,
/// which stay valid while rewrites only remove or forward values.
class ZeroValueAnalysis {
public:
  explicit ZeroValueAnalysis(Operation *root);

  /// Whether every element of `value` is provably zero.
  bool isZero(Value value) const { return facts.count(value); }
  /// See ZeroValue::isComputed.
  bool isComputedZero(Value value) const;
  /// Why `value` is zero, or "" when it is not.
  StringRef getReason(Value value) const;

private:
  llvm::DenseMap<Value, ZeroValue> facts;
};

} // namespace mlir::prune

#endif // PRUNE_ANALYSIS_ZEROVALUEANALYSIS_H
