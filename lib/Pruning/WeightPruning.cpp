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
// thread pool; results do not depend on the number of threads.
//
//===----------------------------------------------------------------------===//

#include "Prune/Pruning/WeightPruning.h"

#include "mlir/IR/BuiltinDialect.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "mlir/IR/Threading.h"
#include "llvm/ADT/APFloat.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/MathExtras.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <mutex>
#include <numeric>
#include <type_traits>

#ifdef __linux__
#include <sys/mman.h>
#endif

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
// Element types
//===----------------------------------------------------------------------===//

static uint32_t floatBits(float f) {
  uint32_t bits;
  std::memcpy(&bits, &f, sizeof(bits));
  return bits;
}

static float bitsToFloat(uint32_t bits) {
  float f;
  std::memcpy(&f, &bits, sizeof(f));
  return f;
}

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
  return bitsToFloat(bits);
}

/// Element `i` of a packed little-endian array. memcpy keeps unaligned
/// storage legal and compiles to a plain (vectorizable) load.
template <typename T>
static T loadAt(const char *base, int64_t i) {
  T value;
  std::memcpy(&value, base + i * int64_t(sizeof(T)), sizeof(T));
  return value;
}

template <typename T>
static void storeAt(char *base, int64_t i, T value) {
  std::memcpy(base + i * int64_t(sizeof(T)), &value, sizeof(T));
}

/// Reads a weight's elements and zeros chosen ones, making the buffer
/// writable (and expanding a splat) only at the first element that actually
/// changes, so a layer left as it is costs no copy.
template <typename Element>
class CopyOnWriteZeroer {
  using S = typename Element::Storage;

public:
  CopyOnWriteZeroer(WeightBuffer &buffer, Element element)
      : buffer(buffer), element(element), in(buffer.getReadData().data()),
        splat(buffer.isSplatStorage()) {}

  S load(int64_t i) const { return loadAt<S>(in, splat ? 0 : i); }

  void zero(int64_t i) {
    if (element.isZero(load(i)))
      return;
    if (!out) {
      out = buffer.makeWritable().data();
      in = out;
      splat = false;
    }
    storeAt<S>(out, i, element.zero());
  }

private:
  WeightBuffer &buffer;
  Element element;
  const char *in;
  bool splat;
  char *out = nullptr;
};

namespace {
// How each element type is read, scored and zeroed. `key` is the bit pattern
// of the element's magnitude rounded to float: non-negative floats order
// like their bits, so selection runs on integers, and every type (and every
// layer of a global selection) shares one key space. `magnitude` is exact
// (doubles and wide integers keep their precision); structured scores and
// N:M groups use it. `isZero` is key == 0, cheaper.
struct F32Element {
  // Bits, not float: the hot loops stay in integer registers.
  using Storage = uint32_t;
  uint32_t key(uint32_t v) const { return v & 0x7fffffffu; }
  double magnitude(uint32_t v) const { return bitsToFloat(key(v)); }
  bool isZero(uint32_t v) const { return key(v) == 0; }
  uint32_t zero() const { return 0; }
};

struct F64Element {
  using Storage = double;
  uint32_t key(double v) const { return floatBits(float(std::fabs(v))); }
  double magnitude(double v) const { return std::fabs(v); }
  bool isZero(double v) const { return v == 0.0; }
  double zero() const { return 0.0; }
};

struct F16Element {
  using Storage = uint16_t;
  uint32_t key(uint16_t v) const { return floatBits(halfToFloat(v & 0x7fff)); }
  double magnitude(uint16_t v) const { return halfToFloat(v & 0x7fff); }
  bool isZero(uint16_t v) const { return (v & 0x7fff) == 0; }
  uint16_t zero() const { return 0; }
};

struct BF16Element {
  using Storage = uint16_t;
  uint32_t key(uint16_t v) const { return (uint32_t(v) << 16) & 0x7fffffffu; }
  double magnitude(uint16_t v) const { return bitsToFloat(key(v)); }
  bool isZero(uint16_t v) const { return (v & 0x7fff) == 0; }
  uint16_t zero() const { return 0; }
};

/// Integer weights are measured from, and zeroed to, their zero point.
template <typename T>
struct IntElement {
  using Storage = T;
  int64_t zeroPoint;
  uint32_t key(T v) const { return floatBits(float(magnitude(v))); }
  double magnitude(T v) const {
    return double(std::abs(int64_t(v) - zeroPoint));
  }
  bool isZero(T v) const { return int64_t(v) == zeroPoint; }
  T zero() const { return T(zeroPoint); }
};
} // namespace

/// Calls `fn` with the element description of `kind`; the switch runs once
/// and `fn`'s loops are compiled for each type.
template <typename Fn>
static void visitElementType(WeightBuffer::ElementKind kind, int64_t zeroPoint,
                             Fn &&fn) {
  using K = WeightBuffer::ElementKind;
  switch (kind) {
  case K::F16:
    return fn(F16Element{});
  case K::BF16:
    return fn(BF16Element{});
  case K::F32:
    return fn(F32Element{});
  case K::F64:
    return fn(F64Element{});
  case K::I8:
    return fn(IntElement<int8_t>{zeroPoint});
  case K::I16:
    return fn(IntElement<int16_t>{zeroPoint});
  case K::I32:
    return fn(IntElement<int32_t>{zeroPoint});
  case K::I64:
    return fn(IntElement<int64_t>{zeroPoint});
  }
}

template <typename Fn>
static void visitElementType(const WeightBuffer &buffer, Fn &&fn) {
  visitElementType(buffer.getElementKind(), buffer.getZeroPoint(),
                   std::forward<Fn>(fn));
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

//===----------------------------------------------------------------------===//
// WeightBuffer
//===----------------------------------------------------------------------===//

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
  visitElementType(*this, [&](auto element) {
    using S = typename decltype(element)::Storage;
    result = element.magnitude(loadAt<S>(elementPtr(i), 0));
  });
  return result;
}

void WeightBuffer::forEachMagnitude(
    function_ref<void(int64_t, float)> fn) const {
  visitElementType(*this, [&](auto element) {
    using S = typename decltype(element)::Storage;
    const char *p = data.data();
    if (isSplat) {
      float value = bitsToFloat(element.key(loadAt<S>(p, 0)));
      for (int64_t i = 0; i < numElements; ++i)
        fn(i, value);
      return;
    }
    for (int64_t i = 0; i < numElements; ++i)
      fn(i, bitsToFloat(element.key(loadAt<S>(p, i))));
  });
}

int64_t WeightBuffer::countNonZeros() const {
  if (knownNonZeros)
    return *knownNonZeros;
  int64_t zeros = 0;
  visitElementType(*this, [&](auto element) {
    using S = typename decltype(element)::Storage;
    const char *p = data.data();
    if (isSplat) {
      zeros = numElements > 0 && element.isZero(loadAt<S>(p, 0)) ? numElements
                                                                 : 0;
      return;
    }
    for (int64_t i = 0; i < numElements; ++i)
      zeros += element.isZero(loadAt<S>(p, i));
  });
  knownNonZeros = numElements - zeros;
  return *knownNonZeros;
}

/// The alignment of a new buffer: the blob's own for resources (the printer
/// writes it out, so it must not change), else the allocator's default.
static size_t getBufferAlignment(ElementsAttr original, int64_t elementBytes) {
  if (auto resource = dyn_cast<DenseResourceElementsAttr>(original))
    if (AsmResourceBlob *blob = resource.getRawHandle().getBlob())
      return std::max<size_t>(blob->getDataAlignment(), 1);
  return std::max<size_t>(alignof(std::max_align_t), elementBytes);
}

/// Allocates the bytes of a new blob. Large ones ask for transparent huge
/// pages: with 4 KiB pages, first-touch page faults on a new 64 MiB layer
/// took most of the pass's time (perf: the fused copy-and-zero loop's store).
static AsmResourceBlob allocateBlob(size_t size, size_t alignment) {
#ifdef __linux__
  constexpr size_t hugePage = size_t(2) << 20;
  if (size >= 4 * hugePage && alignment <= hugePage) {
    size_t rounded = llvm::alignTo(size, hugePage);
    if (void *p = std::aligned_alloc(hugePage, rounded)) {
      (void)::madvise(p, rounded, MADV_HUGEPAGE);
      return AsmResourceBlob(
          ArrayRef<char>(static_cast<char *>(p), size), alignment,
          [](void *data, size_t, size_t) { std::free(data); },
          /*dataIsMutable=*/true);
    }
  }
#endif
  return HeapAsmResourceBlob::allocate(size, alignment,
                                       /*dataIsMutable=*/true);
}

MutableArrayRef<char> WeightBuffer::beginOverwrite() {
  assert(!isSplat && "make a splat writable before overwriting it");
  knownNonZeros.reset();
  if (!inPlace.empty())
    return inPlace;
  if (!written) {
    // Uninitialized: the caller writes every element.
    written = allocateBlob(numElements * elementBytes,
                           getBufferAlignment(original, elementBytes));
  }
  return written->getMutableData();
}

void WeightBuffer::endOverwrite() {
  modified = true;
  if (inPlace.empty())
    data = written->getData();
}

MutableArrayRef<char> WeightBuffer::makeWritable() {
  knownNonZeros.reset();
  if (!inPlace.empty() || written) {
    modified = true;
    return inPlace.empty() ? written->getMutableData() : inPlace;
  }
  bool wasSplat = isSplat;
  isSplat = false;
  MutableArrayRef<char> out = beginOverwrite();
  if (wasSplat) {
    // A splat holds one element; expand it to all.
    for (int64_t i = 0; i < numElements; ++i)
      std::memcpy(out.data() + i * elementBytes, data.data(), elementBytes);
  } else if (!out.empty()) {
    std::memcpy(out.data(), data.data(), out.size());
  }
  endOverwrite();
  return out;
}

void WeightBuffer::setZero(int64_t i) {
  if (isZero(i))
    return;
  char *base = makeWritable().data();
  visitElementType(*this, [&](auto element) {
    using S = typename decltype(element)::Storage;
    storeAt<S>(base, i, element.zero());
  });
}

double WeightBuffer::value(int64_t i) const {
  assert(isFloat() && "value() of an integer weight");
  const char *p = elementPtr(i);
  switch (kind) {
  case ElementKind::F16:
    return halfToFloat(loadAt<uint16_t>(p, 0));
  case ElementKind::BF16:
    return bitsToFloat(uint32_t(loadAt<uint16_t>(p, 0)) << 16);
  case ElementKind::F32:
    return bitsToFloat(loadAt<uint32_t>(p, 0));
  default:
    return loadAt<double>(p, 0);
  }
}

void WeightBuffer::setValue(int64_t i, double v) {
  assert(isFloat() && "setValue() of an integer weight");
  char *p = makeWritable(i);
  switch (kind) {
  case ElementKind::F16:
  case ElementKind::BF16: {
    llvm::APFloat value(v);
    bool losesInfo;
    value.convert(kind == ElementKind::F16 ? llvm::APFloat::IEEEhalf()
                                           : llvm::APFloat::BFloat(),
                  llvm::APFloat::rmNearestTiesToEven, &losesInfo);
    storeAt<uint16_t>(p, 0, value.bitcastToAPInt().getZExtValue());
    return;
  }
  case ElementKind::F32:
    storeAt<float>(p, 0, float(v));
    return;
  default:
    storeAt<double>(p, 0, v);
    return;
  }
}

ElementsAttr WeightBuffer::commit() {
  if (!modified || !inPlace.empty())
    return original;
  // Handed over, not copied; `data` keeps pointing at the same bytes.
  AsmResourceBlob blob = std::move(*written);
  written.reset();
  if (auto resource = dyn_cast<DenseResourceElementsAttr>(original)) {
    // The blob could not be written in place: give the resource the new
    // blob under the same name, so every use of the resource sees the
    // weights. The old blob (an mmapped file region, for bytecode) is
    // released.
    DenseResourceElementsHandle::getManagerInterface(resource.getContext())
        .update(resource.getRawHandle().getKey(), std::move(blob));
    return original;
  }
  // Dense attributes are uniqued in the context, which copies the bytes.
  return DenseElementsAttr::getFromRawBuffer(
      cast<ShapedType>(original.getType()), blob.getData());
}

//===----------------------------------------------------------------------===//
// Units and their scores
//===----------------------------------------------------------------------===//

/// Calls `fn(key)` for every element of `buffer`, in order, in a loop typed
/// on the element type.
template <typename Fn>
static void forEachElementKey(const WeightBuffer &buffer, Fn &&fn) {
  visitElementType(buffer, [&](auto element) {
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
    visitElementType(buffer, [&](auto element) {
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
  visitElementType(buffer, [&](auto element) {
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
/// fly), or blocks / rows (scored by L2 norm, scores kept).
class LayerUnits {
public:
  LayerUnits(const LayerToPrune &layer, const PrunePattern &pattern)
      : buffer(*layer.buffer), view(layer.view) {
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
    visitElementType(buffer, [&](auto element) {
      using S = typename decltype(element)::Storage;
      const char *in = buffer.getReadData().data();
      bool splat = buffer.isSplatStorage();
      for (int64_t u = 0; u < numUnits; ++u) {
        double sumOfSquares = 0;
        forEachElementOfUnit(u, [&](int64_t i) {
          double m = element.magnitude(loadAt<S>(in, splat ? 0 : i));
          sumOfSquares += m * m;
        });
        scores[u] = std::sqrt(sumOfSquares);
      }
    });
  }

  int64_t size() const { return numUnits; }
  int64_t unitSize() const {
    return scores.empty() ? 1 : unitRows * unitCols;
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
    visitElementType(buffer, [&](auto element) {
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

static void pruneToSparsity(MLIRContext *context,
                            ArrayRef<LayerUnits *> layers, double sparsity) {
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

/// pruneNOfM for any group size and storage: element by element, a buffer
/// made on the first write.
static void pruneNOfMGeneric(const LayerToPrune &layer,
                             const PrunePattern &pattern) {
  WeightBuffer &buffer = *layer.buffer;
  const WeightView &view = *layer.view;
  int64_t m = pattern.m, drop = pattern.m - pattern.n;
  if (drop == 0 || buffer.size() == 0)
    return;
  visitElementType(buffer, [&](auto element) {
    CopyOnWriteZeroer<decltype(element)> weights(buffer, element);
    SmallVector<double, 16> magnitudes(m);
    SmallVector<int64_t, 16> indices(m), order(m);
    // (magnitude, position) is a strict order; NaN counts as largest.
    auto less = [&](int64_t a, int64_t b) {
      return magnitudes[a] < magnitudes[b] ||
             (magnitudes[a] == magnitudes[b] && a < b);
    };
    for (int64_t r = 0; r < view.rows; ++r) {
      for (int64_t c0 = 0; c0 < view.cols; c0 += m) {
        for (int64_t j = 0; j < m; ++j) {
          indices[j] = view.linearIndex(r, c0 + j);
          double magnitude = element.magnitude(weights.load(indices[j]));
          magnitudes[j] = std::isnan(magnitude)
                              ? std::numeric_limits<double>::infinity()
                              : magnitude;
        }
        if (m <= 16) {
          // Small groups: rank each weight among the group (no sort).
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
        std::nth_element(order.begin(), order.begin() + drop, order.end(),
                         less);
        for (int64_t j = 0; j < drop; ++j)
          weights.zero(indices[order[j]]);
      }
    }
  });
}

/// pruneNOfM's loop for groups of at most 32 weights (`FixedM` when not
/// 0: the compiler unrolls 2:4), when every element of the weight lies in
/// the view once and the storage is not a splat. Each weight is ranked in
/// its group by (score, position); the `drop` lowest go. The first group
/// that changes is found read-only, so an unchanged weight gets no buffer;
/// then one pass writes every element (kept value or zero point), into the
/// new buffer or in place.
template <int64_t FixedM, typename Element, typename ScoreFn>
static void pruneNOfMTyped(WeightBuffer &buffer, const WeightView &view,
                           int64_t groupSize, int64_t drop, Element element,
                           ScoreFn scoreOf) {
  using S = typename Element::Storage;
  using Score = decltype(scoreOf(S()));
  const int64_t m = FixedM ? FixedM : groupSize;
  const char *in = buffer.getReadData().data();
  Score scores[32];
  S values[32];
  int64_t indices[32];
  // Bit j of the result: element j of the group becomes zero.
  auto evaluateGroup = [&](int64_t r, int64_t c0) {
    int64_t rowOffset = view.rowOffsets[r];
    const int64_t *colOffsets = view.colOffsets.data() + c0;
    for (int64_t j = 0; j < m; ++j) {
      indices[j] = rowOffset + colOffsets[j];
      values[j] = loadAt<S>(in, indices[j]);
      scores[j] = scoreOf(values[j]);
    }
    uint32_t mask = 0;
    for (int64_t j = 0; j < m; ++j) {
      int64_t rank = 0;
      for (int64_t k = 0; k < m; ++k)
        rank += scores[k] < scores[j] || (scores[k] == scores[j] && k < j);
      mask |= uint32_t(rank < drop && !element.isZero(values[j])) << j;
    }
    return mask;
  };
  bool changes = false;
  for (int64_t r = 0; r < view.rows && !changes; ++r)
    for (int64_t c0 = 0; c0 < view.cols && !changes; c0 += m)
      changes = evaluateGroup(r, c0) != 0;
  if (!changes)
    return;
  char *out = buffer.beginOverwrite().data();
  const S zero = element.zero();
  int64_t zeros = 0;
  for (int64_t r = 0; r < view.rows; ++r) {
    for (int64_t c0 = 0; c0 < view.cols; c0 += m) {
      uint32_t mask = evaluateGroup(r, c0);
      for (int64_t j = 0; j < m; ++j) {
        bool zeroIt = (mask >> j) & 1;
        storeAt<S>(out, indices[j], zeroIt ? zero : values[j]);
        zeros += zeroIt || element.isZero(values[j]);
      }
    }
  }
  buffer.endOverwrite();
  buffer.setKnownNonZeros(buffer.size() - zeros);
}

/// In every group of M consecutive weights along each row's input
/// dimension, zeros the M - N smallest (earlier ones first among ties).
static void pruneNOfM(const LayerToPrune &layer, const PrunePattern &pattern) {
  WeightBuffer &buffer = *layer.buffer;
  const WeightView &view = *layer.view;
  int64_t m = pattern.m, drop = pattern.m - pattern.n;
  bool fast = drop > 0 && m <= 32 && !buffer.isSplatStorage() &&
              view.rows * view.cols == buffer.size() && buffer.size() > 0;
  if (fast) {
    visitElementType(buffer, [&](auto element) {
      using Element = decltype(element);
      using S = typename Element::Storage;
      // Scores must order like the exact magnitudes: the float key does
      // for f32, f16 and bf16; doubles and integers use the magnitude
      // (NaN counts as largest).
      auto exactMagnitude = [element](S v) {
        double magnitude = element.magnitude(v);
        return std::isnan(magnitude) ? std::numeric_limits<double>::infinity()
                                     : magnitude;
      };
      auto key = [element](S v) { return element.key(v); };
      auto run = [&](auto scoreOf) {
        if (m == 4)
          pruneNOfMTyped<4>(buffer, view, m, drop, element, scoreOf);
        else
          pruneNOfMTyped<0>(buffer, view, m, drop, element, scoreOf);
      };
      if constexpr (std::is_same_v<Element, F32Element> ||
                    std::is_same_v<Element, F16Element> ||
                    std::is_same_v<Element, BF16Element>)
        run(key);
      else
        run(exactMagnitude);
    });
    return;
  }
  pruneNOfMGeneric(layer, pattern);
}

//===----------------------------------------------------------------------===//
// Scaled scores (Wanda)
//===----------------------------------------------------------------------===//

// Scores that multiply magnitudes by a per-column factor are not element
// keys, so they take this plain path: scores are materialized (one float per
// unit), then selected. Ties are broken by position, as above.

/// Zeros the round(F * cols) lowest-scoring weights of every row of the
/// (output, input) view (lower columns first among ties).
static void pruneRowsScaled(const LayerToPrune &layer, double sparsity) {
  const WeightView &view = *layer.view;
  int64_t perRow = std::llround(sparsity * view.cols);
  if (perRow == 0)
    return;
  std::vector<std::pair<float, int64_t>> row(view.cols);
  for (int64_t r = 0; r < view.rows; ++r) {
    for (int64_t c = 0; c < view.cols; ++c) {
      int64_t index = view.linearIndex(r, c);
      row[c] = {float(layer.buffer->magnitude(index) * layer.columnScale[c]),
                index};
    }
    std::stable_sort(row.begin(), row.end(),
                     [](auto &a, auto &b) { return a.first < b.first; });
    for (int64_t j = 0; j < perRow; ++j)
      layer.buffer->setZero(row[j].second);
  }
}

/// N:M on scaled scores: in every group of M consecutive weights of a row,
/// zeros the M - N lowest (earlier ones first among ties).
static void pruneNOfMScaled(const LayerToPrune &layer,
                            const PrunePattern &pattern) {
  const WeightView &view = *layer.view;
  SmallVector<std::pair<double, int64_t>> group(pattern.m);
  for (int64_t r = 0; r < view.rows; ++r) {
    for (int64_t c0 = 0; c0 < view.cols; c0 += pattern.m) {
      for (int64_t j = 0; j < pattern.m; ++j) {
        int64_t index = view.linearIndex(r, c0 + j);
        group[j] = {layer.buffer->magnitude(index) * layer.columnScale[c0 + j],
                    index};
      }
      std::stable_sort(group.begin(), group.end(),
                       [](auto &a, auto &b) { return a.first < b.first; });
      for (int64_t j = 0; j < pattern.m - pattern.n; ++j)
        layer.buffer->setZero(group[j].second);
    }
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
            double m = layer.buffer->magnitude(view.linearIndex(r, c)) *
                       layer.columnScale[c];
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
          ? std::llround(*target.sparsity * double(units.size())) * unitSize
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

static void pruneLayersScaled(ArrayRef<LayerToPrune> layers,
                              const PruneTarget &target) {
  using Kind = PrunePattern::Kind;
  if (target.pattern.kind == Kind::NOfM) {
    for (const LayerToPrune &layer : layers)
      pruneNOfMScaled(layer, target.pattern);
    return;
  }
  if (target.perRow && target.sparsity &&
      target.pattern.kind == Kind::Unstructured) {
    for (const LayerToPrune &layer : layers)
      pruneRowsScaled(layer, *target.sparsity);
    return;
  }
  pruneUnitsScaled(layers, target);
}

void prune::pruneLayers(ArrayRef<LayerToPrune> layers,
                        const PruneTarget &target) {
  if (llvm::any_of(layers, [](const LayerToPrune &layer) {
        return !layer.columnScale.empty();
      }))
    return pruneLayersScaled(layers, target);
  if (target.pattern.kind == PrunePattern::Kind::NOfM) {
    for (const LayerToPrune &layer : layers)
      pruneNOfM(layer, target.pattern);
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
  pruneToSparsity(context, unitPtrs, *target.sparsity);
}

void prune::pruneEachLayer(MLIRContext *context,
                           ArrayRef<LayerToPrune> layers,
                           const PruneTarget &target) {
  parallelForEach(context, layers, [&](const LayerToPrune &layer) {
    pruneLayers(layer, target);
  });
}
