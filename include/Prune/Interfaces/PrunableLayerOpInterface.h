//===- PrunableLayerOpInterface.h - What a prunable layer is ----*- C++ -*-===//
//
// The op interface that describes a layer (PrunableLayerOpInterface.td) and
// the answers it gives.
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_INTERFACES_PRUNABLELAYEROPINTERFACE_H
#define PRUNE_INTERFACES_PRUNABLELAYEROPINTERFACE_H

#include "mlir/IR/OpDefinition.h"
#include "llvm/ADT/SmallVector.h"

#include <optional>
#include <string>

namespace mlir::prune {

/// How the dimensions of a layer's weight operand map onto its (output,
/// input) view. Columns enumerate `windowDims` then `channelDims`
/// (row-major over each list), so input channels are innermost.
struct WeightDimensions {
  SmallVector<int64_t> outputDims;
  SmallVector<int64_t> windowDims;
  SmallVector<int64_t> channelDims;
};

/// Where a layer reads its input features and writes its output features.
struct LayerFeatures {
  /// The data operand and its dimension that pairs with the weight's input
  /// (column) dimension.
  unsigned dataOperand = 0;
  int64_t inputAxis = 0;
  /// The result dimension of the output neurons.
  int64_t outputAxis = 0;
  /// 2-D convolutions: the window (KH, KW, SH, SW, PT, PB, PL, PR, DH, DW)
  /// whose im2col columns are the input features; empty otherwise.
  SmallVector<int64_t> im2col;
};

/// How a convolution groups its channels.
struct LayerGroups {
  /// 1: every output channel reads every input channel. For a depthwise
  /// convolution, the number of input channels.
  int64_t groups = 1;
  /// Output channels per group (a depthwise convolution's multiplier).
  int64_t outputsPerGroup = 0;
};

} // namespace mlir::prune

#include "Prune/Interfaces/PrunableLayerOpInterface.h.inc"

#endif // PRUNE_INTERFACES_PRUNABLELAYEROPINTERFACE_H
