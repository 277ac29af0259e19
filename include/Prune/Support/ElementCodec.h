//===- ElementCodec.h - Typed access to packed weight elements --*- C++ -*-===//
//
// How each element type a weight can have is read, scored and zeroed, for
// the typed loops over raw constant storage (WeightStorage.h and the
// selection code of Pruning/). `visitElementType` switches on the type once
// and hands an element description to a generic lambda, so every loop over
// a layer is compiled for its element type instead of dispatching per
// element.
//
// `key` is the bit pattern of an element's magnitude rounded to float:
// non-negative floats order like their bits, so selection can run on
// integers, and every type (and every layer of a global selection) shares
// one key space. `magnitude` is exact (doubles and wide integers keep their
// precision). Integer (quantized) weights are measured from, and zeroed to,
// their zero point.
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_SUPPORT_ELEMENTCODEC_H
#define PRUNE_SUPPORT_ELEMENTCODEC_H

#include "mlir/IR/Types.h"
#include "mlir/Support/LLVM.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <type_traits>
#include <utility>

namespace mlir::prune {

/// The element types weights are stored in.
enum class ElementKind { F16, BF16, F32, F64, I8, I16, I32, I64 };

/// The kind of `type`, or failure for types weights cannot have here
/// (unsigned and sub-byte integers, other float formats).
FailureOr<ElementKind> classifyElementType(Type type);

inline bool isFloatKind(ElementKind kind) {
  return kind == ElementKind::F16 || kind == ElementKind::BF16 ||
         kind == ElementKind::F32 || kind == ElementKind::F64;
}

inline uint32_t floatBits(float f) {
  uint32_t bits;
  std::memcpy(&bits, &f, sizeof(bits));
  return bits;
}

inline float bitsToFloat(uint32_t bits) {
  float f;
  std::memcpy(&f, &bits, sizeof(f));
  return f;
}

/// IEEE half to float, exactly (subnormals renormalized).
float halfToFloat(uint16_t h);

/// Element `i` of a packed little-endian array. memcpy keeps unaligned
/// storage legal and compiles to a plain (vectorizable) load.
template <typename T>
inline T loadAt(const char *base, int64_t i) {
  T value;
  std::memcpy(&value, base + i * int64_t(sizeof(T)), sizeof(T));
  return value;
}

template <typename T>
inline void storeAt(char *base, int64_t i, T value) {
  std::memcpy(base + i * int64_t(sizeof(T)), &value, sizeof(T));
}

struct F32Element {
  // Bits, not float: the hot loops stay in integer registers.
  using Storage = uint32_t;
  uint32_t key(uint32_t v) const { return v & 0x7fffffffu; }
  double magnitude(uint32_t v) const { return bitsToFloat(key(v)); }
  double value(uint32_t v) const { return bitsToFloat(v); }
  bool isZero(uint32_t v) const { return key(v) == 0; }
  uint32_t zero() const { return 0; }
};

struct F64Element {
  using Storage = double;
  uint32_t key(double v) const { return floatBits(float(std::fabs(v))); }
  double magnitude(double v) const { return std::fabs(v); }
  double value(double v) const { return v; }
  bool isZero(double v) const { return v == 0.0; }
  double zero() const { return 0.0; }
};

struct F16Element {
  using Storage = uint16_t;
  uint32_t key(uint16_t v) const { return floatBits(halfToFloat(v & 0x7fff)); }
  double magnitude(uint16_t v) const { return halfToFloat(v & 0x7fff); }
  double value(uint16_t v) const { return halfToFloat(v); }
  bool isZero(uint16_t v) const { return (v & 0x7fff) == 0; }
  uint16_t zero() const { return 0; }
};

struct BF16Element {
  using Storage = uint16_t;
  uint32_t key(uint16_t v) const { return (uint32_t(v) << 16) & 0x7fffffffu; }
  double magnitude(uint16_t v) const { return bitsToFloat(key(v)); }
  double value(uint16_t v) const { return bitsToFloat(uint32_t(v) << 16); }
  bool isZero(uint16_t v) const { return (v & 0x7fff) == 0; }
  uint16_t zero() const { return 0; }
};

template <typename T>
struct IntElement {
  using Storage = T;
  int64_t zeroPoint;
  uint32_t key(T v) const { return floatBits(float(magnitude(v))); }
  double magnitude(T v) const {
    return double(std::abs(int64_t(v) - zeroPoint));
  }
  double value(T v) const { return double(v); }
  bool isZero(T v) const { return int64_t(v) == zeroPoint; }
  T zero() const { return T(zeroPoint); }
};

/// Whether the float key order is the exact magnitude order for `Element`
/// (f32, f16, bf16); f64 and integers compare exact magnitudes.
template <typename Element>
constexpr bool keyOrdersExactly =
    std::is_same_v<Element, F32Element> ||
    std::is_same_v<Element, F16Element> || std::is_same_v<Element, BF16Element>;

/// Calls `fn` with the element description of `kind`; the switch runs once
/// and `fn`'s loops are compiled for each type.
template <typename Fn>
void visitElementType(ElementKind kind, int64_t zeroPoint, Fn &&fn) {
  using K = ElementKind;
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

} // namespace mlir::prune

#endif // PRUNE_SUPPORT_ELEMENTCODEC_H
