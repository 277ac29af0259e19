//===- NOfMSelection.cpp - Keep N of every M weights ----------------------===//
//
// One routine for every N:M selection: any group size, any element type,
// splats, plain magnitudes, Wanda-scaled or given scores. Each weight is ranked
// in its group by (score, position), and the M - N lowest go. The weight is
// copied (or a splat expanded) only at the first element that changes, so
// a layer that already satisfies the pattern costs no copy.
//
//===----------------------------------------------------------------------===//

#include "WeightSelection.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

using namespace mlir;
using namespace mlir::prune;

template <typename Element, typename ScoreFn>
static void zeroLowestInGroups(WeightBuffer &buffer, const WeightView &view,
                               int64_t m, int64_t drop, Element element,
                               ScoreFn scoreOf) {
  using S = typename Element::Storage;
  using Score = decltype(scoreOf(S(), int64_t(), int64_t()));
  CopyOnWriteZeroer<Element> weights(buffer, element);
  SmallVector<Score, 32> scores(m);
  SmallVector<int64_t, 32> indices(m), order(m);
  // (score, position) is a strict order.
  auto less = [&](int64_t a, int64_t b) {
    return scores[a] < scores[b] || (scores[a] == scores[b] && a < b);
  };
  for (int64_t r = 0; r < view.rows; ++r) {
    for (int64_t c0 = 0; c0 < view.cols; c0 += m) {
      for (int64_t j = 0; j < m; ++j) {
        indices[j] = view.linearIndex(r, c0 + j);
        scores[j] = scoreOf(weights.load(indices[j]), c0 + j, indices[j]);
      }
      if (m <= 32) {
        // Small groups (2:4 above all): rank each weight, no sort.
        for (int64_t j = 0; j < m; ++j) {
          int64_t rank = 0;
          for (int64_t k = 0; k < m; ++k)
            rank += less(k, j);
          if (rank < drop)
            weights.zero(indices[j]);
        }
        continue;
      }
      std::iota(order.begin(), order.end(), 0);
      std::nth_element(order.begin(), order.begin() + drop, order.end(), less);
      for (int64_t j = 0; j < drop; ++j)
        weights.zero(indices[order[j]]);
    }
  }
}

void selection::pruneNOfM(const LayerToPrune &layer,
                       const PrunePattern &pattern) {
  WeightBuffer &buffer = *layer.buffer;
  const WeightView &view = *layer.view;
  int64_t m = pattern.m, drop = pattern.m - pattern.n;
  if (drop == 0 || buffer.size() == 0)
    return;
  buffer.visitElements([&](auto element) {
    using Element = decltype(element);
    using S = typename Element::Storage;
    if (!layer.elementScores.empty()) {
      ArrayRef<float> given = layer.elementScores;
      return zeroLowestInGroups(
          buffer, view, m, drop, element, [&](S v, int64_t, int64_t index) {
            return selection::givenScore(element.isZero(v), given[index]);
          });
    }
    if (!layer.columnScale.empty()) {
      ArrayRef<double> scale = layer.columnScale;
      return zeroLowestInGroups(buffer, view, m, drop, element,
                                [&](S v, int64_t col, int64_t) {
                                  return element.magnitude(v) * scale[col];
                                });
    }
    // Float keys order like the magnitudes for f32, f16 and bf16; doubles
    // and integers compare exact magnitudes (NaN counts as largest).
    if constexpr (keyOrdersExactly<Element>)
      zeroLowestInGroups(
          buffer, view, m, drop, element,
          [element](S v, int64_t, int64_t) { return element.key(v); });
    else
      zeroLowestInGroups(buffer, view, m, drop, element,
                         [element](S v, int64_t, int64_t) {
                           double magnitude = element.magnitude(v);
                           return std::isnan(magnitude)
                                      ? std::numeric_limits<double>::infinity()
                                      : magnitude;
                         });
  });
}
