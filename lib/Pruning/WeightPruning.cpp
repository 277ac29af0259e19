//===- WeightPruning.cpp - Choose and zero low-importance weights ---------===//
//
// Units (elements, blocks, rows) are scored, then the lowest-scoring ones are
// zeroed. The selection is a weighted radix select on the scores' float bit
// patterns (non-negative floats order like their bits): one histogram pass
// over the high 16 bits, one over the low 16 bits of the bucket that holds
// the cut, then one pass that zeros. No copy of the scores is made for
// unstructured pruning, which is what keeps 100M-weight models cheap.
//
// Every pass over a weight is a loop compiled for its element type (the
// type switch runs once per layer, not per element), and the zeroing pass is
// also the copy: a weight whose blob cannot be written in place is written
// once, into one new buffer that becomes the resource's blob. Layers are
// independent except through a global cut, so they run on the context's
// thread pool; results do not depend on the number of threads. Scores given
// from outside (criterion=scores) are materialized, one float per unit, and
// take the same select. N:M groups (NOfMSelection.cpp) and Wanda-scaled
// scores (ScaledSelection.cpp) have their own files.
//
//===----------------------------------------------------------------------===//

#include "WeightSelection.h"

#include "mlir/IR/Threading.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <mutex>

using namespace mlir;
using namespace mlir::prune;

/// Calls `fn(key)` for every element of `buffer`, in order, in a loop typed
/// on the element type.
template <typename Fn>
static void forEachElementKey(const WeightBuffer &buffer, Fn &&fn) {
  buffer.visitElements([&](auto element) {
    using S = typename decltype(element)::Storage;
    const char *p = buffer.getReadData().data();
    int64_t n = buffer.size();
    if (buffer.isSplatStorage()) {
      uint32_t key = n > 0 ? element.key(loadAt<S>(p, 0)) : 0;
      for (int64_t i = 0; i < n; ++i)
        fn(key);
      return;
    }
    for (int64_t i = 0; i < n; ++i)
      fn(element.key(loadAt<S>(p, i)));
  });
}

/// Zeros every element whose key `select` picks. `select` is called once per
/// element, in order (it may keep state, such as a tie budget). Nothing is
/// written, and no buffer made, until the first element that changes; from
/// there, one fused pass copies and zeros (into the new buffer, or in place).
template <typename Select>
static void zeroElementsWhere(WeightBuffer &buffer, Select &select) {
  int64_t n = buffer.size();
  if (buffer.isSplatStorage()) {
    // One element stands for all: expand only if one must change.
    buffer.visitElements([&](auto element) {
      using S = typename decltype(element)::Storage;
      uint32_t key =
          n > 0 ? element.key(loadAt<S>(buffer.getReadData().data(), 0)) : 0;
      char *out = nullptr;
      for (int64_t i = 0; i < n; ++i) {
        if (!select(key) || key == 0)
          continue;
        if (!out)
          out = buffer.makeWritable().data();
        storeAt<S>(out, i, element.zero());
      }
    });
    return;
  }
  buffer.visitElements([&](auto element) {
    using S = typename decltype(element)::Storage;
    const char *in = buffer.getReadData().data();
    int64_t i = 0, zeros = 0;
    for (; i < n; ++i) {
      uint32_t key = element.key(loadAt<S>(in, i));
      if (select(key) && key != 0)
        break;
      zeros += key == 0;
    }
    if (i == n) {
      buffer.setKnownNonZeros(n - zeros);
      return;
    }
    char *out = buffer.beginOverwrite().data();
    if (out != in)
      std::memcpy(out, in, i * sizeof(S));
    storeAt<S>(out, i++, element.zero());
    ++zeros;
    // Blocks without a key on which `select` keeps state (a tie at the cut)
    // take a branch-free loop the compiler vectorizes; the rare others go
    // element by element. Zeros already there are left as they are (-0.0
    // stays -0.0), as setZero does.
    constexpr int64_t blockSize = 1024;
    const S zero = element.zero();
    while (i < n) {
      int64_t end = std::min(n, i + blockSize);
      // A local copy: stores through `out` may alias `select`, which would
      // keep the compiler from vectorizing.
      const Select stateless = select;
      int64_t stateful = 0;
      for (int64_t j = i; j < end; ++j)
        stateful += stateless.isStateful(element.key(loadAt<S>(in, j)));
      if (!stateful) {
        int64_t blockZeros = 0;
        for (int64_t j = i; j < end; ++j) {
          S value = loadAt<S>(in, j);
          uint32_t key = element.key(value);
          bool zeroIt = stateless.isBelow(key) & (key != 0);
          storeAt<S>(out, j, zeroIt ? zero : value);
          blockZeros += zeroIt | (key == 0);
        }
        zeros += blockZeros;
        i = end;
        continue;
      }
      for (; i < end; ++i) {
        S value = loadAt<S>(in, i);
        uint32_t key = element.key(value);
        bool zeroIt = select(key) && key != 0;
        storeAt<S>(out, i, zeroIt ? zero : value);
        zeros += zeroIt || key == 0;
      }
    }
    buffer.endOverwrite();
    buffer.setKnownNonZeros(n - zeros);
  });
}

namespace {
/// The units one layer is pruned in: elements (scored by magnitude on the
/// fly, or by their given scores, kept), or blocks / rows (scored by the L2
/// norm of their magnitudes or given scores, kept).
class LayerUnits {
public:
  LayerUnits(const LayerToPrune &layer, const PrunePattern &pattern)
      : buffer(*layer.buffer), view(layer.view) {
    using Kind = PrunePattern::Kind;
    ArrayRef<float> given = layer.elementScores;
    if (pattern.kind == Kind::Unstructured || buffer.size() == 0) {
      numUnits = buffer.size();
      if (given.empty() || numUnits == 0)
        return;
      // Given scores: one unit per element, in storage order.
      unitsAreElements = true;
      scores.resize(numUnits);
      buffer.visitElements([&](auto element) {
        using S = typename decltype(element)::Storage;
        const char *in = buffer.getReadData().data();
        bool splat = buffer.isSplatStorage();
        for (int64_t i = 0; i < numUnits; ++i)
          scores[i] = selection::givenScore(
              element.isZero(loadAt<S>(in, splat ? 0 : i)), given[i]);
      });
      return;
    }
    unitRows = pattern.kind == Kind::Block ? pattern.blockRows : 1;
    unitCols = pattern.kind == Kind::Block ? pattern.blockCols : view->cols;
    unitsPerRow = view->cols / unitCols;
    numUnits = (view->rows / unitRows) * unitsPerRow;
    scores.resize(numUnits);
    buffer.visitElements([&](auto element) {
      using S = typename decltype(element)::Storage;
      const char *in = buffer.getReadData().data();
      bool splat = buffer.isSplatStorage();
      for (int64_t u = 0; u < numUnits; ++u) {
        double sumOfSquares = 0;
        bool anyNonZero = false;
        forEachElementOfUnit(u, [&](int64_t i) {
          S value = loadAt<S>(in, splat ? 0 : i);
          double m =
              given.empty()
                  ? element.magnitude(value)
                  : selection::givenScore(element.isZero(value), given[i]);
          anyNonZero |= !element.isZero(value);
          sumOfSquares += m * m;
        });
        scores[u] = std::sqrt(sumOfSquares);
        // A unit with a nonzero weight ranks after every all-zero unit,
        // also when its given scores are 0 or its squares underflow.
        if (!given.empty() && anyNonZero)
          scores[u] = selection::givenScore(false, scores[u]);
      }
    });
  }

  int64_t size() const { return numUnits; }
  int64_t unitSize() const {
    return scores.empty() || unitsAreElements ? 1 : unitRows * unitCols;
  }

  /// Calls `fn(key)` for every unit's score, in order.
  template <typename Fn>
  void forEachKey(Fn &&fn) const {
    if (scores.empty())
      return forEachElementKey(buffer, fn);
    for (float score : scores)
      fn(floatBits(score));
  }

  /// Zeros every unit whose score's key `select` picks (called once per
  /// unit, in order).
  template <typename Select>
  void zeroWhere(Select &select) {
    if (scores.empty())
      return zeroElementsWhere(buffer, select);
    buffer.visitElements([&](auto element) {
      CopyOnWriteZeroer<decltype(element)> weights(buffer, element);
      for (int64_t u = 0; u < numUnits; ++u) {
        if (!select(floatBits(scores[u])))
          continue;
        forEachElementOfUnit(u, [&](int64_t i) { weights.zero(i); });
      }
    });
  }

private:
  template <typename Fn>
  void forEachElementOfUnit(int64_t unit, Fn fn) const {
    if (unitsAreElements)
      return fn(unit);
    int64_t row0 = (unit / unitsPerRow) * unitRows;
    int64_t col0 = (unit % unitsPerRow) * unitCols;
    for (int64_t r = row0; r < row0 + unitRows; ++r)
      for (int64_t c = col0; c < col0 + unitCols; ++c)
        fn(view->linearIndex(r, c));
  }

  WeightBuffer &buffer;
  const WeightView *view;
  int64_t numUnits = 0;
  int64_t unitRows = 1, unitCols = 1, unitsPerRow = 1;
  /// Unstructured with given scores: unit i is storage element i.
  bool unitsAreElements = false;
  std::vector<float> scores;
};

// Selectors decide, unit by unit in order, which units to zero. For the
// typed loops they also say which keys they decide on without state
// (`isBelow`), so that blocks holding none of the others can be vectorized.

/// Picks every unit whose key is below `key`, then units whose key equals
/// `key`, in order, while they fit in `tieBudget` elements.
struct CutSelector {
  uint32_t key = 0;
  int64_t tieBudget = 0;
  int64_t unitSize = 1;
  bool isStateful(uint32_t unitKey) const { return unitKey == key; }
  bool isBelow(uint32_t unitKey) const { return unitKey < key; }
  bool operator()(uint32_t unitKey) {
    if (unitKey < key)
      return true;
    if (unitKey == key && tieBudget >= unitSize) {
      tieBudget -= unitSize;
      return true;
    }
    return false;
  }
};

/// Picks every unit whose score is below `threshold`.
struct ThresholdSelector {
  double threshold;
  bool isStateful(uint32_t) const { return false; }
  bool isBelow(uint32_t unitKey) const {
    return bitsToFloat(unitKey) < threshold;
  }
  bool operator()(uint32_t unitKey) const { return isBelow(unitKey); }
};
} // namespace

/// Adds every unit's weight (its element count) to `histogram[bucket(key)]`
/// for the units whose key `filter` accepts, over all `layers`: each layer
/// on the thread pool with its own histogram, merged under a lock.
template <typename Filter, typename Bucket>
static void addKeyHistogram(MLIRContext *context,
                            ArrayRef<LayerUnits *> layers,
                            std::vector<int64_t> &histogram, Filter filter,
                            Bucket bucket) {
  std::mutex mutex;
  parallelForEach(context, layers, [&](LayerUnits *layer) {
    std::vector<int64_t> local(histogram.size());
    int64_t size = layer->unitSize();
    layer->forEachKey([&](uint32_t key) {
      if (filter(key))
        local[bucket(key)] += size;
    });
    std::lock_guard<std::mutex> lock(mutex);
    for (size_t b = 0; b < local.size(); ++b)
      histogram[b] += local[b];
  });
}

/// Finds the cut that selects the lowest-scoring units covering `target`
/// elements, with two histogram passes: the high 16 bits of the keys, then
/// the low 16 bits within the bucket that holds the cut. `tiedElements` is
/// set to the number of elements whose key is the cut's.
static CutSelector findCut(MLIRContext *context, ArrayRef<LayerUnits *> layers,
                           int64_t target, int64_t &tiedElements) {
  std::vector<int64_t> histogram(1 << 16);
  addKeyHistogram(
      context, layers, histogram, [](uint32_t) { return true; },
      [](uint32_t key) { return key >> 16; });
  int64_t below = 0;
  uint32_t high = 0;
  for (; high < histogram.size(); ++high) {
    if (below + histogram[high] >= target)
      break;
    below += histogram[high];
  }
  std::fill(histogram.begin(), histogram.end(), 0);
  addKeyHistogram(
      context, layers, histogram,
      [high](uint32_t key) { return (key >> 16) == high; },
      [](uint32_t key) { return key & 0xffff; });
  uint32_t low = 0;
  for (; low < histogram.size(); ++low) {
    if (below + histogram[low] >= target)
      break;
    below += histogram[low];
  }
  CutSelector cut;
  cut.key = (high << 16) | low;
  cut.tieBudget = target - below;
  tiedElements = histogram[low];
  return cut;
}

static void pruneToSparsity(MLIRContext *context, ArrayRef<LayerUnits *> layers,
                            double sparsity, std::optional<int64_t> zeroUnits) {
  int64_t elements = 0, units = 0;
  for (LayerUnits *layer : layers) {
    elements += layer->size() * layer->unitSize();
    units += layer->size();
  }
  // One layer: a whole number of units. Several layers may have units of
  // different sizes, so the target is in elements.
  int64_t target =
      layers.size() == 1
          ? (zeroUnits ? *zeroUnits : std::llround(sparsity * units)) *
                layers[0]->unitSize()
          : std::llround(sparsity * elements);
  if (target == 0)
    return;
  int64_t tiedElements = 0;
  CutSelector cut = findCut(context, layers, target, tiedElements);
  // Zeroing while scanning is safe: a unit's score is read before the unit
  // is written, and writes never change another unit's score. The tie
  // budget carries over from layer to layer, so layers are independent only
  // when it takes no tie or every tie; otherwise they go in order.
  if (cut.tieBudget == 0 || cut.tieBudget >= tiedElements) {
    int64_t budget =
        cut.tieBudget == 0 ? 0 : std::numeric_limits<int64_t>::max();
    parallelForEach(context, layers, [&](LayerUnits *layer) {
      CutSelector layerCut = cut;
      layerCut.tieBudget = budget;
      layerCut.unitSize = layer->unitSize();
      layer->zeroWhere(layerCut);
    });
    return;
  }
  for (LayerUnits *layer : layers) {
    cut.unitSize = layer->unitSize();
    layer->zeroWhere(cut);
  }
}

static void pruneBelowThreshold(MLIRContext *context,
                                ArrayRef<LayerUnits *> layers,
                                double threshold) {
  parallelForEach(context, layers, [&](LayerUnits *layer) {
    ThresholdSelector select{threshold};
    layer->zeroWhere(select);
  });
}

void prune::pruneLayers(ArrayRef<LayerToPrune> layers,
                        const PruneTarget &target) {
  if (llvm::any_of(layers, [](const LayerToPrune &layer) {
        return !layer.columnScale.empty();
      }))
    return selection::pruneLayersScaled(layers, target);
  // Given scores within each output row: the plain per-row path.
  if (target.perRow && target.sparsity &&
      target.pattern.kind == PrunePattern::Kind::Unstructured &&
      llvm::any_of(layers, [](const LayerToPrune &layer) {
        return !layer.elementScores.empty();
      }))
    return selection::pruneLayersScaled(layers, target);
  if (target.pattern.kind == PrunePattern::Kind::NOfM) {
    for (const LayerToPrune &layer : layers)
      selection::pruneNOfM(layer, target.pattern);
    return;
  }
  // Scores index units through the layout, so keep units alive in place.
  std::vector<std::unique_ptr<LayerUnits>> units;
  SmallVector<LayerUnits *> unitPtrs;
  if (layers.empty())
    return;
  MLIRContext *context = layers.front().buffer->getContext();
  units.resize(layers.size());
  parallelFor(context, 0, layers.size(), [&](size_t i) {
    units[i] = std::make_unique<LayerUnits>(layers[i], target.pattern);
  });
  for (const std::unique_ptr<LayerUnits> &layerUnits : units)
    unitPtrs.push_back(layerUnits.get());
  if (target.threshold)
    return pruneBelowThreshold(context, unitPtrs, *target.threshold);
  pruneToSparsity(context, unitPtrs, *target.sparsity, target.zeroUnits);
}

void prune::pruneEachLayer(MLIRContext *context,
                           ArrayRef<LayerToPrune> layers,
                           const PruneTarget &target) {
  parallelForEach(context, layers, [&](const LayerToPrune &layer) {
    pruneLayers(layer, target);
  });
}
