//===- Int8Exactness.h - When f32 computes an int8 layer exactly -*- C++ -*-===//
//
// A product of int8 values is an integer of magnitude at most 2^14, and f32
// represents every integer below 2^24: a layer of int8 inputs and weights
// summed in f32 rounds nowhere, in any order of its sums, while every
// partial sum stays below 2^24. For one output channel that holds when
//
//   |bias| + max|x - zp| * sum of the channel's |w|  <  2^24.
//
// The ONNX importer checks it for grouped int8 convolutions, which it
// computes in f32; prune-int8-layers-in-f32 for the layers it rewrites to
// f32 (splitting a layer's reduction into chunks where the whole fails).
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_SUPPORT_INT8EXACTNESS_H
#define PRUNE_SUPPORT_INT8EXACTNESS_H

#include <algorithm>
#include <cstdint>

namespace mlir::prune {

/// Integers of magnitude below this are exact in f32 (a 24-bit significand).
constexpr int64_t kExactF32IntegerLimit = int64_t(1) << 24;

/// The largest |x - zeroPoint| over int8 inputs x.
inline int64_t getMaxCenteredInt8(int64_t zeroPoint) {
  return std::max(127 - zeroPoint, zeroPoint + 128);
}

} // namespace mlir::prune

#endif // PRUNE_SUPPORT_INT8EXACTNESS_H
