//===- ScaledSelection.cpp - Select weights on Wanda-scaled scores --------===//
//
// Scores that multiply magnitudes by a per-column factor are not element
// keys, so they take this plain path: scores are materialized (one float per
// unit), then selected. Ties are broken by position, as in magnitude
// selection. Given scores (criterion=scores) come here only for per-row
// selection; otherwise they take the radix select of WeightPruning.cpp.
//
//===----------------------------------------------------------------------===//

#include "WeightSelection.h"

#include <algorithm>
#include <cmath>

using namespace mlir;
using namespace mlir::prune;
using namespace mlir::prune::selection;

/// Zeros the round(F * cols) lowest-scoring weights of every row of the
/// (output, input) view (lower columns first among ties); with a count for
/// the layer, that count spread over the rows, earlier rows taking one more.
static void pruneRowsScaled(const LayerToPrune &layer, double sparsity,
                            std::optional<int64_t> zeroUnits) {
  const WeightView &view = *layer.view;
  int64_t perRow = std::llround(sparsity * view.cols), extraRows = 0;
  if (zeroUnits && view.rows > 0) {
    perRow = *zeroUnits / view.rows;
    extraRows = *zeroUnits % view.rows;
  }
  if (perRow == 0 && extraRows == 0)
    return;
  std::vector<std::pair<float, int64_t>> row(view.cols);
  for (int64_t r = 0; r < view.rows; ++r) {
    int64_t zeros = perRow + (r < extraRows);
    for (int64_t c = 0; c < view.cols; ++c) {
      int64_t index = view.linearIndex(r, c);
      row[c] = {scaledScore(layer, index, c), index};
    }
    std::stable_sort(row.begin(), row.end(),
                     [](auto &a, auto &b) { return a.first < b.first; });
    for (int64_t j = 0; j < zeros; ++j)
      layer.buffer->setZero(row[j].second);
  }
}

namespace {
/// One unit (element, block or row of the view) of a scaled selection.
struct ScaledUnit {
  float score;
  uint32_t layer;
  int64_t unit;
};
} // namespace

/// Unstructured, blocks and channels on scaled scores: units are scored
/// (blocks and rows by the L2 norm of their scaled magnitudes), then the
/// lowest-scoring are zeroed, in ascending order (earlier layers and units
/// first among ties), while they fit in the target (or below a threshold).
static void pruneUnitsScaled(ArrayRef<LayerToPrune> layers,
                             const PruneTarget &target) {
  using Kind = PrunePattern::Kind;
  const PrunePattern &pattern = target.pattern;
  std::vector<ScaledUnit> units;
  int64_t elements = 0, unitSize = 1;
  auto unitShape = [&](const WeightView &view, int64_t &rows, int64_t &cols) {
    rows = pattern.kind == Kind::Block ? pattern.blockRows : 1;
    cols = pattern.kind == Kind::Block     ? pattern.blockCols
           : pattern.kind == Kind::Channel ? view.cols
                                           : 1;
  };
  for (auto [l, layer] : llvm::enumerate(layers)) {
    const WeightView &view = *layer.view;
    int64_t rows, cols;
    unitShape(view, rows, cols);
    unitSize = rows * cols;
    elements += view.rows * view.cols;
    int64_t u = 0;
    for (int64_t r0 = 0; r0 < view.rows; r0 += rows)
      for (int64_t c0 = 0; c0 < view.cols; c0 += cols, ++u) {
        double sumOfSquares = 0;
        for (int64_t r = r0; r < r0 + rows; ++r)
          for (int64_t c = c0; c < c0 + cols; ++c) {
            double m = scaledScore(layer, view.linearIndex(r, c), c);
            sumOfSquares += m * m;
          }
        units.push_back({float(std::sqrt(sumOfSquares)), uint32_t(l), u});
      }
  }
  auto zeroUnit = [&](const ScaledUnit &unit) {
    const LayerToPrune &layer = layers[unit.layer];
    const WeightView &view = *layer.view;
    int64_t rows, cols;
    unitShape(view, rows, cols);
    int64_t perRow = view.cols / cols;
    int64_t r0 = (unit.unit / perRow) * rows, c0 = (unit.unit % perRow) * cols;
    for (int64_t r = r0; r < r0 + rows; ++r)
      for (int64_t c = c0; c < c0 + cols; ++c)
        layer.buffer->setZero(view.linearIndex(r, c));
  };
  if (target.threshold) {
    for (const ScaledUnit &unit : units)
      if (unit.score < *target.threshold)
        zeroUnit(unit);
    return;
  }
  // One layer: a whole number of units; several: a number of elements.
  int64_t budget =
      layers.size() == 1
          ? (target.zeroUnits
                 ? *target.zeroUnits
                 : std::llround(*target.sparsity * double(units.size()))) *
                unitSize
          : std::llround(*target.sparsity * double(elements));
  std::stable_sort(units.begin(), units.end(),
                   [](auto &a, auto &b) { return a.score < b.score; });
  for (const ScaledUnit &unit : units) {
    const WeightView &view = *layers[unit.layer].view;
    int64_t rows, cols;
    unitShape(view, rows, cols);
    if (rows * cols > budget)
      break;
    budget -= rows * cols;
    zeroUnit(unit);
  }
}

void selection::pruneLayersScaled(ArrayRef<LayerToPrune> layers,
                               const PruneTarget &target) {
  using Kind = PrunePattern::Kind;
  if (target.pattern.kind == Kind::NOfM) {
    for (const LayerToPrune &layer : layers)
      pruneNOfM(layer, target.pattern);
    return;
  }
  if (target.perRow && target.sparsity &&
      target.pattern.kind == Kind::Unstructured) {
    for (const LayerToPrune &layer : layers)
      pruneRowsScaled(layer, *target.sparsity, target.zeroUnits);
    return;
  }
  pruneUnitsScaled(layers, target);
}

