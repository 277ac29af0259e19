//===- WeightPruning.cpp - Choose and zero low-importance weights ---------===//
//
// Units (elements, blocks, rows) are scored, then the lowest-scoring ones are
// zeroed. The selection is a weighted radix select on the scores' float bit
// patterns (non-negative floats order like their bits): one histogram pass
// over the high 16 bits, one over the low 16 bits of the bucket that holds
// the cut, then one pass that zeros. No copy of the scores is made for
// unstructured pruning, which is what keeps 100M-weight models cheap.
//
//===----------------------------------------------------------------------===//

#include "Prune/Pruning/WeightPruning.h"

#include "mlir/IR/BuiltinDialect.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/MathExtras.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numeric>

using namespace mlir;
using namespace mlir::prune;

//===----------------------------------------------------------------------===//
// PrunePattern
//===----------------------------------------------------------------------===//

/// Parses a positive decimal integer.
static bool parsePositive(StringRef text, int64_t &value) {
  return !text.getAsInteger(10, value) && value > 0;
}

FailureOr<PrunePattern> PrunePattern::parse(StringRef spec,
                                            std::string &error) {
  PrunePattern pattern;
  if (spec == "unstructured")
    return pattern;
  if (spec == "channel") {
    pattern.kind = Kind::Channel;
    return pattern;
  }
  if (spec.consume_front("block:")) {
    auto [rows, cols] = spec.split('x');
    if (!parsePositive(rows, pattern.blockRows) ||
        !parsePositive(cols, pattern.blockCols)) {
      error = "expected 'block:RxC' with positive integers R and C";
      return failure();
    }
    pattern.kind = Kind::Block;
    return pattern;
  }
  auto [n, m] = spec.split(':');
  if (!m.empty() || spec.contains(':')) {
    if (!parsePositive(n, pattern.n) || !parsePositive(m, pattern.m)) {
      error = "expected 'N:M' with positive integers N and M";
      return failure();
    }
    if (pattern.n > pattern.m) {
      error = "N:M needs N <= M";
      return failure();
    }
    pattern.kind = Kind::NOfM;
    return pattern;
  }
  error = "expected one of 'unstructured', 'N:M', 'block:RxC', 'channel'";
  return failure();
}

std::string PrunePattern::str() const {
  switch (kind) {
  case Kind::Unstructured:
    return "unstructured";
  case Kind::Channel:
    return "channel";
  case Kind::NOfM:
    return std::to_string(n) + ":" + std::to_string(m);
  case Kind::Block:
    return "block:" + std::to_string(blockRows) + "x" +
           std::to_string(blockCols);
  }
  llvm_unreachable("unknown pattern kind");
}

std::string PrunePattern::checkApplicable(const WeightView *view,
                                          StringRef viewError) const {
  if (kind == Kind::Unstructured)
    return "";
  if (!view)
    return ("its (output, input) layout is unknown: " + viewError).str();
  std::string shape =
      std::to_string(view->rows) + "x" + std::to_string(view->cols);
  if (kind == Kind::NOfM && view->cols % m != 0)
    return "its input dimension (" + std::to_string(view->cols) +
           " in the " + shape + " (output, input) view) is not a multiple of " +
           std::to_string(m);
  if (kind == Kind::Block &&
      (view->rows % blockRows != 0 || view->cols % blockCols != 0))
    return "blocks of " + std::to_string(blockRows) + "x" +
           std::to_string(blockCols) + " do not tile its " + shape +
           " (output, input) view";
  return "";
}

//===----------------------------------------------------------------------===//
// WeightBuffer
//===----------------------------------------------------------------------===//

static float halfToFloat(uint16_t h) {
  uint32_t sign = uint32_t(h & 0x8000) << 16;
  uint32_t exponent = (h >> 10) & 0x1f;
  uint32_t mantissa = h & 0x3ff;
  uint32_t bits;
  if (exponent == 0) {
    if (mantissa == 0) {
      bits = sign;
    } else { // Subnormal: renormalize.
      exponent = 127 - 15 + 1;
      while (!(mantissa & 0x400)) {
        mantissa <<= 1;
        --exponent;
      }
      bits = sign | (exponent << 23) | ((mantissa & 0x3ff) << 13);
    }
  } else if (exponent == 0x1f) {
    bits = sign | 0x7f800000 | (mantissa << 13);
  } else {
    bits = sign | ((exponent + 127 - 15) << 23) | (mantissa << 13);
  }
  float f;
  std::memcpy(&f, &bits, sizeof(f));
  return f;
}

static float bfloatToFloat(uint16_t b) {
  uint32_t bits = uint32_t(b) << 16;
  float f;
  std::memcpy(&f, &bits, sizeof(f));
  return f;
}

template <typename T>
static T load(const char *p) {
  T value;
  std::memcpy(&value, p, sizeof(T));
  return value;
}

/// Calls `fn` with a loader that turns element bytes into abs(w - zp).
template <typename Fn>
static void withMagnitudeLoader(WeightBuffer::ElementKind kind, int64_t zp,
                                Fn &&fn) {
  using K = WeightBuffer::ElementKind;
  auto integer = [zp](auto value) {
    return double(std::abs(int64_t(value) - zp));
  };
  switch (kind) {
  case K::F16:
    return fn([](const char *p) { return std::fabs(halfToFloat(load<uint16_t>(p))); });
  case K::BF16:
    return fn([](const char *p) { return std::fabs(bfloatToFloat(load<uint16_t>(p))); });
  case K::F32:
    return fn([](const char *p) { return std::fabs(load<float>(p)); });
  case K::F64:
    return fn([](const char *p) { return std::fabs(load<double>(p)); });
  case K::I8:
    return fn([=](const char *p) { return integer(load<int8_t>(p)); });
  case K::I16:
    return fn([=](const char *p) { return integer(load<int16_t>(p)); });
  case K::I32:
    return fn([=](const char *p) { return integer(load<int32_t>(p)); });
  case K::I64:
    return fn([=](const char *p) { return integer(load<int64_t>(p)); });
  }
}

static FailureOr<WeightBuffer::ElementKind> classifyElementType(Type type) {
  using K = WeightBuffer::ElementKind;
  if (type.isF16())
    return K::F16;
  if (type.isBF16())
    return K::BF16;
  if (type.isF32())
    return K::F32;
  if (type.isF64())
    return K::F64;
  if (auto integer = dyn_cast<IntegerType>(type)) {
    // Unsigned storage would need its own loaders; quantized models use
    // signless or signed integers.
    if (integer.isUnsigned())
      return failure();
    switch (integer.getWidth()) {
    case 8:
      return K::I8;
    case 16:
      return K::I16;
    case 32:
      return K::I32;
    case 64:
      return K::I64;
    default:
      return failure();
    }
  }
  return failure();
}

FailureOr<WeightBuffer> WeightBuffer::get(ElementsAttr value,
                                          int64_t zeroPoint,
                                          std::string &error) {
  auto type = cast<ShapedType>(value.getType());
  FailureOr<ElementKind> kind = classifyElementType(type.getElementType());
  if (failed(kind)) {
    llvm::raw_string_ostream os(error);
    os << "element type " << type.getElementType() << " is not supported";
    return failure();
  }
  WeightBuffer buffer;
  buffer.original = value;
  buffer.kind = *kind;
  buffer.numElements = type.getNumElements();
  buffer.elementBytes = type.getElementTypeBitWidth() / 8;
  buffer.zeroPoint = zeroPoint;
  if (auto dense = dyn_cast<DenseElementsAttr>(value)) {
    buffer.data = dense.getRawData();
    buffer.isSplat = dense.isSplat();
    return buffer;
  }
  if (auto resource = dyn_cast<DenseResourceElementsAttr>(value)) {
    AsmResourceBlob *blob = resource.getRawHandle().getBlob();
    if (!blob) {
      error = "its dense_resource blob '" +
              resource.getRawHandle().getKey().str() + "' has no data";
      return failure();
    }
    buffer.data = blob->getData();
    if (int64_t(buffer.data.size()) != buffer.numElements * buffer.elementBytes) {
      error = "its dense_resource blob holds " +
              std::to_string(buffer.data.size()) + " bytes, expected " +
              std::to_string(buffer.numElements * buffer.elementBytes);
      return failure();
    }
    if (blob->isMutable())
      buffer.inPlace = blob->getMutableData();
    return buffer;
  }
  error = "its constant storage is neither dense nor dense_resource";
  return failure();
}

double WeightBuffer::magnitude(int64_t i) const {
  double result = 0;
  withMagnitudeLoader(kind, zeroPoint, [&](auto loadMagnitude) {
    result = loadMagnitude(elementPtr(i));
  });
  return result;
}

void WeightBuffer::forEachMagnitude(
    function_ref<void(int64_t, float)> fn) const {
  withMagnitudeLoader(kind, zeroPoint, [&](auto loadMagnitude) {
    if (isSplat) {
      float value = loadMagnitude(data.data());
      for (int64_t i = 0; i < numElements; ++i)
        fn(i, value);
      return;
    }
    const char *p = data.data();
    for (int64_t i = 0; i < numElements; ++i, p += elementBytes)
      fn(i, loadMagnitude(p));
  });
}

int64_t WeightBuffer::countNonZeros() const {
  int64_t count = 0;
  forEachMagnitude([&](int64_t, float m) { count += m != 0.0f; });
  return count;
}

char *WeightBuffer::makeWritable(int64_t i) {
  if (!modified) {
    modified = true;
    if (inPlace.empty()) {
      // Copy on first write; a splat is expanded to every element.
      copy.resize(numElements * elementBytes);
      for (int64_t j = 0; j < (isSplat ? numElements : 1); ++j)
        std::memcpy(copy.data() + j * (isSplat ? elementBytes : 0),
                    data.data(),
                    isSplat ? elementBytes : copy.size());
      isSplat = false;
      data = copy;
    }
  }
  char *base = inPlace.empty() ? copy.data() : inPlace.data();
  return base + i * elementBytes;
}

void WeightBuffer::setZero(int64_t i) {
  if (isZero(i))
    return;
  char *p = makeWritable(i);
  // The zero point of a float weight is 0.0, whose bits are all zero.
  int64_t zp = zeroPoint;
  switch (kind) {
  case ElementKind::I8:
    *reinterpret_cast<int8_t *>(p) = int8_t(zp);
    return;
  case ElementKind::I16: {
    int16_t v = zp;
    std::memcpy(p, &v, sizeof(v));
    return;
  }
  case ElementKind::I32: {
    int32_t v = zp;
    std::memcpy(p, &v, sizeof(v));
    return;
  }
  case ElementKind::I64:
    std::memcpy(p, &zp, sizeof(zp));
    return;
  default:
    std::memset(p, 0, elementBytes);
    return;
  }
}

ElementsAttr WeightBuffer::commit() {
  if (!modified || !inPlace.empty())
    return original;
  if (auto resource = dyn_cast<DenseResourceElementsAttr>(original)) {
    // The blob could not be written in place: give the resource a new blob
    // with the same name, so every use of the resource sees the weights.
    DenseResourceElementsHandle handle = resource.getRawHandle();
    AsmResourceBlob blob = HeapAsmResourceBlob::allocateAndCopyWithAlign(
        copy, handle.getBlob()->getDataAlignment());
    DenseResourceElementsHandle::getManagerInterface(
        resource.getContext())
        .update(handle.getKey(), std::move(blob));
    copy = {};
    return original;
  }
  auto result = DenseElementsAttr::getFromRawBuffer(
      cast<ShapedType>(original.getType()), copy);
  copy = {};
  return result;
}

//===----------------------------------------------------------------------===//
// Units and their scores
//===----------------------------------------------------------------------===//

namespace {
/// The units one layer is pruned in: elements (scored by magnitude on the
/// fly), or blocks / rows (scored by L2 norm, scores kept).
class LayerUnits {
public:
  LayerUnits(const LayerToPrune &layer, const PrunePattern &pattern)
      : buffer(*layer.buffer), view(layer.view), pattern(pattern) {
    using Kind = PrunePattern::Kind;
    if (pattern.kind == Kind::Unstructured || buffer.size() == 0) {
      numUnits = buffer.size();
      return;
    }
    unitRows = pattern.kind == Kind::Block ? pattern.blockRows : 1;
    unitCols = pattern.kind == Kind::Block ? pattern.blockCols : view->cols;
    unitsPerRow = view->cols / unitCols;
    numUnits = (view->rows / unitRows) * unitsPerRow;
    scores.resize(numUnits);
    for (int64_t u = 0; u < numUnits; ++u) {
      double sumOfSquares = 0;
      forEachElementOfUnit(u, [&](int64_t i) {
        double m = buffer.magnitude(i);
        sumOfSquares += m * m;
      });
      scores[u] = std::sqrt(sumOfSquares);
    }
  }

  int64_t size() const { return numUnits; }
  int64_t unitSize() const {
    return scores.empty() ? 1 : unitRows * unitCols;
  }

  void forEachScore(function_ref<void(int64_t, float)> fn) const {
    if (scores.empty())
      return buffer.forEachMagnitude(fn);
    for (int64_t u = 0; u < numUnits; ++u)
      fn(u, scores[u]);
  }

  void zero(int64_t unit) {
    if (scores.empty())
      return buffer.setZero(unit);
    forEachElementOfUnit(unit, [&](int64_t i) { buffer.setZero(i); });
  }

private:
  template <typename Fn>
  void forEachElementOfUnit(int64_t unit, Fn fn) const {
    int64_t row0 = (unit / unitsPerRow) * unitRows;
    int64_t col0 = (unit % unitsPerRow) * unitCols;
    for (int64_t r = row0; r < row0 + unitRows; ++r)
      for (int64_t c = col0; c < col0 + unitCols; ++c)
        fn(view->linearIndex(r, c));
  }

  WeightBuffer &buffer;
  const WeightView *view;
  const PrunePattern &pattern;
  int64_t numUnits = 0;
  int64_t unitRows = 1, unitCols = 1, unitsPerRow = 1;
  std::vector<float> scores;
};
} // namespace

static uint32_t scoreKey(float score) {
  uint32_t bits;
  std::memcpy(&bits, &score, sizeof(bits));
  return bits;
}

/// Where the selection cuts: every unit whose key is below `key`, then units
/// whose key equals `key`, in order, while they fit in `tieBudget` elements.
struct SelectionCut {
  uint32_t key = 0;
  int64_t tieBudget = 0;
};

/// Finds the cut that selects the lowest-scoring units covering `target`
/// elements, with two histogram passes.
static SelectionCut findCut(ArrayRef<LayerUnits *> layers, int64_t target) {
  std::vector<int64_t> histogram(1 << 16);
  for (LayerUnits *layer : layers) {
    int64_t size = layer->unitSize();
    layer->forEachScore(
        [&](int64_t, float s) { histogram[scoreKey(s) >> 16] += size; });
  }
  int64_t below = 0;
  uint32_t high = 0;
  for (; high < histogram.size(); ++high) {
    if (below + histogram[high] >= target)
      break;
    below += histogram[high];
  }
  std::fill(histogram.begin(), histogram.end(), 0);
  for (LayerUnits *layer : layers) {
    int64_t size = layer->unitSize();
    layer->forEachScore([&](int64_t, float s) {
      uint32_t key = scoreKey(s);
      if ((key >> 16) == high)
        histogram[key & 0xffff] += size;
    });
  }
  uint32_t low = 0;
  for (; low < histogram.size(); ++low) {
    if (below + histogram[low] >= target)
      break;
    below += histogram[low];
  }
  return {(high << 16) | low, target - below};
}

static void pruneToSparsity(ArrayRef<LayerUnits *> layers, double sparsity) {
  int64_t elements = 0, units = 0;
  for (LayerUnits *layer : layers) {
    elements += layer->size() * layer->unitSize();
    units += layer->size();
  }
  // One layer: a whole number of units. Several layers may have units of
  // different sizes, so the target is in elements.
  int64_t target = layers.size() == 1
                       ? std::llround(sparsity * units) * layers[0]->unitSize()
                       : std::llround(sparsity * elements);
  if (target == 0)
    return;
  SelectionCut cut = findCut(layers, target);
  // Zeroing while scanning is safe: a unit's score is read before the unit
  // is written, and writes never change another unit's score.
  for (LayerUnits *layer : layers) {
    int64_t size = layer->unitSize();
    layer->forEachScore([&](int64_t unit, float s) {
      uint32_t key = scoreKey(s);
      if (key < cut.key) {
        layer->zero(unit);
      } else if (key == cut.key && cut.tieBudget >= size) {
        cut.tieBudget -= size;
        layer->zero(unit);
      }
    });
  }
}

static void pruneBelowThreshold(ArrayRef<LayerUnits *> layers,
                                double threshold) {
  for (LayerUnits *layer : layers)
    layer->forEachScore([&](int64_t unit, float s) {
      if (s < threshold)
        layer->zero(unit);
    });
}

/// In every group of M consecutive weights along each row's input
/// dimension, zeros the M - N smallest (earlier ones first among ties).
static void pruneNOfM(const LayerToPrune &layer, const PrunePattern &pattern) {
  const WeightView &view = *layer.view;
  SmallVector<std::pair<double, int64_t>> group(pattern.m);
  for (int64_t r = 0; r < view.rows; ++r) {
    for (int64_t c0 = 0; c0 < view.cols; c0 += pattern.m) {
      for (int64_t j = 0; j < pattern.m; ++j) {
        int64_t index = view.linearIndex(r, c0 + j);
        group[j] = {layer.buffer->magnitude(index), index};
      }
      std::stable_sort(group.begin(), group.end(),
                       [](auto &a, auto &b) { return a.first < b.first; });
      for (int64_t j = 0; j < pattern.m - pattern.n; ++j)
        layer.buffer->setZero(group[j].second);
    }
  }
}

void prune::pruneLayers(ArrayRef<LayerToPrune> layers,
                        const PruneTarget &target) {
  if (target.pattern.kind == PrunePattern::Kind::NOfM) {
    for (const LayerToPrune &layer : layers)
      pruneNOfM(layer, target.pattern);
    return;
  }
  // Scores index units through the layout, so keep units alive in place.
  std::vector<std::unique_ptr<LayerUnits>> units;
  SmallVector<LayerUnits *> unitPtrs;
  for (const LayerToPrune &layer : layers) {
    units.push_back(std::make_unique<LayerUnits>(layer, target.pattern));
    unitPtrs.push_back(units.back().get());
  }
  if (target.threshold)
    return pruneBelowThreshold(unitPtrs, *target.threshold);
  pruneToSparsity(unitPtrs, *target.sparsity);
}
