//===- Instrumentation.h - Calibration probes on a model's layers -*- C++ -*-===//
//
// The mechanism behind prune-instrument and prune-lower-observe: where a
// layer's input and output are (and which dimension holds their features),
// and how `prune.observe` becomes a call of libPruneRuntime.so.
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_CALIBRATION_INSTRUMENTATION_H
#define PRUNE_CALIBRATION_INSTRUMENTATION_H

#include "Prune/Analysis/WeightAnalysis.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Value.h"

#include <string>

namespace mlir::prune {

/// Where to observe one layer. `input` is the consumer's data operand and
/// `inputFeatureDim` the dimension that pairs with the weight's input
/// (column) dimension; `output` is the consumer's result after reshapes,
/// bias and activation, `outputFeatureDim` the dimension of its neurons.
struct LayerProbes {
  Value input;
  int64_t inputFeatureDim = 0;
  Value output;
  int64_t outputFeatureDim = 0;
  /// The ops the output was followed through (for remarks), in order.
  SmallVector<Operation *> outputChain;
  /// For 2-D convolutions: the window (KH, KW, SH, SW, PT, PB, PL, PR, DH,
  /// DW) whose im2col columns are the input features (prune.observe's
  /// `im2col`); empty for matmul-like layers.
  SmallVector<int64_t> im2col;
};

/// Finds the probes of `use`'s layer. Fails with `error` saying why when
/// the layer cannot be instrumented (convolutions other than 2-D NHWC ones,
/// batched weights, widths that do not match the weight's (output, input)
/// view, non-float inputs).
FailureOr<LayerProbes> findLayerProbes(const WeightUse &use,
                                       std::string &error);

/// Runtime entry points that `prune.observe` lowers to.
constexpr StringLiteral kObserveF32Function = "prune_observe_f32";
constexpr StringLiteral kObserveF64Function = "prune_observe_f64";
constexpr StringLiteral kObserveIm2colF32Function = "prune_observe_im2col_f32";
constexpr StringLiteral kObserveIm2colF64Function = "prune_observe_im2col_f64";

/// Replaces every `prune.observe` in `module` by a call of the runtime (see
/// prune-lower-observe). Fails, with a diagnostic on the op, if a runtime
/// function name is taken by a function of another type.
LogicalResult lowerObserveOps(ModuleOp module);

} // namespace mlir::prune

#endif // PRUNE_CALIBRATION_INSTRUMENTATION_H
