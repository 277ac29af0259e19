//===- Interval.h - Closed ranges of real values ----------------*- C++ -*-===//
//
// The value ranges that the interval analysis (Analysis/NeuronIntervals.h)
// carries, and the arithmetic that ops' `inferInterval` (ValueFlowOpInterface)
// is written with. Bounds are doubles; [-inf, inf] means nothing is known.
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_INTERFACES_INTERVAL_H
#define PRUNE_INTERFACES_INTERVAL_H

#include <algorithm>
#include <limits>

namespace mlir::prune {

/// A closed range of real values; [-inf, inf] when nothing is known.
struct Interval {
  double lo = -std::numeric_limits<double>::infinity();
  double hi = std::numeric_limits<double>::infinity();

  static Interval point(double v) { return {v, v}; }
  /// The neutral element of `hull`.
  static Interval empty() {
    return {std::numeric_limits<double>::infinity(),
            -std::numeric_limits<double>::infinity()};
  }
  bool isPoint() const { return lo == hi; }
  /// The smallest interval containing both.
  Interval hull(const Interval &other) const {
    return {std::min(lo, other.lo), std::max(hi, other.hi)};
  }
  bool operator==(const Interval &other) const {
    return lo == other.lo && hi == other.hi;
  }
};

namespace interval {
inline Interval add(Interval a, Interval b) {
  return {a.lo + b.lo, a.hi + b.hi};
}
inline Interval sub(Interval a, Interval b) {
  return {a.lo - b.hi, a.hi - b.lo};
}
/// 0 * inf is 0 here: a zero factor contributes nothing whatever the other.
inline double mulBound(double a, double b) {
  return (a == 0 || b == 0) ? 0.0 : a * b;
}
inline Interval mul(Interval a, Interval b) {
  double p[] = {mulBound(a.lo, b.lo), mulBound(a.lo, b.hi),
                mulBound(a.hi, b.lo), mulBound(a.hi, b.hi)};
  return {*std::min_element(p, p + 4), *std::max_element(p, p + 4)};
}
inline Interval maximum(Interval a, Interval b) {
  return {std::max(a.lo, b.lo), std::max(a.hi, b.hi)};
}
inline Interval minimum(Interval a, Interval b) {
  return {std::min(a.lo, b.lo), std::min(a.hi, b.hi)};
}
inline Interval negate(Interval a) { return mul(a, Interval::point(-1.0)); }
inline Interval clamp(Interval a, double lo, double hi) {
  return {std::clamp(a.lo, lo, hi), std::clamp(a.hi, lo, hi)};
}
/// The image of `a` under a non-decreasing function.
template <typename Fn>
Interval monotone(Interval a, Fn fn) {
  return {fn(a.lo), fn(a.hi)};
}
} // namespace interval

} // namespace mlir::prune

#endif // PRUNE_INTERFACES_INTERVAL_H
