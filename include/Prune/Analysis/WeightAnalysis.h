//===- WeightAnalysis.h - Find the weights of a model in IR -----*- C++ -*-===//
//
// A weight is a constant tensor (tosa.const or arith.constant, dense or
// dense_resource) that reaches the weight operand of a layer
// (PrunableLayerOpInterface), possibly through layout ops such as transposes
// and reshapes (ValueFlowOpInterface) and into a private function's single
// call. This file finds those constants, names the layer each one belongs
// to, and describes how the constant's elements map onto the layer's 2-D
// (output, input) view, which structured pruning patterns (N:M, blocks,
// channels) are defined on.
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_ANALYSIS_WEIGHTANALYSIS_H
#define PRUNE_ANALYSIS_WEIGHTANALYSIS_H

#include "Prune/Interfaces/WeightTracing.h"
#include "Prune/Support/Diagnostics.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/Operation.h"
#include "mlir/Interfaces/FunctionInterfaces.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallVector.h"

#include <optional>
#include <string>

namespace mlir::prune {

/// The 2-D (rows = output neurons/channels, cols = reduction/input features)
/// view of a weight constant. Element (r, c) of the view is the constant's
/// element at row-major linear index `rowOffsets[r] + colOffsets[c]`.
/// Columns are ordered with spatial (window) reduction dimensions outermost
/// and input-channel dimensions innermost, so that consecutive columns walk
/// the input-channel dimension (the one N:M groups run along).
struct WeightView {
  int64_t rows = 0;
  int64_t cols = 0;
  SmallVector<int64_t> rowOffsets;
  SmallVector<int64_t> colOffsets;
  /// Sizes of the window (spatial) dimensions the columns enumerate first,
  /// outermost first (KH, KW of a 2-D convolution; empty for a matmul); the
  /// remaining cols / product(windowShape) columns are input channels.
  SmallVector<int64_t> windowShape;

  int64_t linearIndex(int64_t row, int64_t col) const {
    return rowOffsets[row] + colOffsets[col];
  }

  /// The weight's shape as frameworks hold it: [rows, cols] for a matmul,
  /// [rows, channels, window...] for a convolution (OIHW, OIDHW; a
  /// depthwise convolution's [C*M, 1, KH, KW]).
  SmallVector<int64_t> getFrameworkShape() const;
  /// For each element of the framework shape (row-major), the constant's
  /// linear index it is (column of [row, channel, window] = window *
  /// channels + channel).
  SmallVector<int64_t> getFrameworkToStorage() const;
};

/// One weight constant and the consumer it feeds. A constant feeding several
/// consumers appears once, with its first consumer.
struct WeightUse {
  /// The layer that consumes the weight (tosa.matmul, linalg.matmul...).
  Operation *consumer = nullptr;
  /// The consumer's weight operand.
  unsigned weightOperand = 0;
  /// The constant op (tosa.const or arith.constant) holding the weight.
  Operation *constantOp = nullptr;
  /// The constant's value.
  ElementsAttr value;
  /// Layer name: the consumer's NameLoc or `<function>#<k>`.
  std::string layerName;
  /// How many layers read the constant (`consumer` is the first).
  unsigned numConsumers = 1;
  /// The integer zero point of quantized weights (0 when absent).
  int64_t zeroPoint = 0;
  /// The (output, input) view, when the path from the constant to the
  /// consumer keeps a strided layout and the consumer's dimensions can be
  /// classified; otherwise `viewError` says why.
  std::optional<WeightView> view;
  std::string viewError;
  /// Why the weight must be left alone (empty when it may be pruned).
  std::string skipReason;
};

/// Returns the layer name of a weight consumer: its `prune.layer` attribute,
/// else the first NameLoc found in its location (also inside fused and
/// call-site locations), else `<function>#<index>`.
std::string getLayerName(Operation *consumer, unsigned indexInFunction);

/// Records `name` on a layer so that it survives printing without
/// locations and lowerings that keep only locations: a `prune.layer`
/// attribute (unless it has one) and a NameLoc around its location (unless
/// its location already names it).
void recordLayerName(Operation *consumer, StringRef name);

/// A layer (an op whose weight operand comes from a constant) and its name.
struct NamedLayer {
  Operation *op;
  unsigned weightOperand;
  std::string name;
};

/// Every layer under `root` in pre-order, layers that share a constant
/// included, each with the name getLayerName gives it (`<function>#<k>`
/// counts in this order).
SmallVector<NamedLayer> collectNamedLayers(Operation *root);

/// recordLayerName for every layer under `root`. The passes that name
/// layers call it, so that their output keeps the names they used.
void recordLayerNames(Operation *root);

/// Walks `root` and returns every weight constant in order of first use.
SmallVector<WeightUse, 0> collectWeightUses(Operation *root);

/// A function with layers that have no constant weight, and an example of
/// why.
struct FunctionWithoutWeights {
  FunctionOpInterface function;
  /// Its layers (ops with weight candidates) without a constant weight, the
  /// first one's description, e.g. "'tosa.matmul' operand #1 is argument #2
  /// of @f", and how many of its layers do have one.
  int64_t numLayers = 0;
  std::string example;
  int64_t numLayersWithWeights = 0;
};

/// The functions under `root` that contain layers without a weight in
/// `uses`: their weights are arguments or computed values, so the pruning
/// passes cannot see them.
SmallVector<FunctionWithoutWeights>
findFunctionsWithoutWeights(Operation *root, ArrayRef<WeightUse> uses);

/// Emits a `missed` remark of category `pass` on every function that
/// findFunctionsWithoutWeights finds ("no constant weights found in @f:
/// ...", or "2 of 5 layers in @f have no constant weight: ..."), so that a
/// pass that leaves layers alone says why.
void emitNoWeightRemarks(Operation *root, ArrayRef<WeightUse> uses,
                         StringRef pass);


} // namespace mlir::prune

#endif // PRUNE_ANALYSIS_WEIGHTANALYSIS_H
