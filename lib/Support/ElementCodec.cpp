//===- ElementCodec.cpp - Typed access to packed weight elements ----------===//

#include "Prune/Support/ElementCodec.h"

#include "mlir/IR/BuiltinTypes.h"

using namespace mlir;
using namespace mlir::prune;

float prune::halfToFloat(uint16_t h) {
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

FailureOr<ElementKind> prune::classifyElementType(Type type) {
  using K = ElementKind;
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
    // signless or signed integers. Sub-byte integers are packed.
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
