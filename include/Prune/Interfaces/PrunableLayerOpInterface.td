//===- PrunableLayerOpInterface.td - What a prunable layer is -*- tablegen -*-===//
//
// The one description of a layer: an op that contracts a data operand with
// a weight. Every pass asks it (through WeightAnalysis and the neuron,
// zero-value and interval analyses) instead of knowing op kinds; supporting
// a new layer op is one external model (ExternalModels.h).
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_INTERFACES_PRUNABLELAYEROPINTERFACE
#define PRUNE_INTERFACES_PRUNABLELAYEROPINTERFACE

include "mlir/IR/OpBase.td"

def PrunableLayerOpInterface : OpInterface<"PrunableLayerOpInterface"> {
  let description = [{
    A layer multiplies a data operand by a weight and accumulates along
    reduction dimensions: a matmul, a convolution, a contraction-like
    `linalg.generic`. The weight is whichever candidate operand traces back
    to a constant (`getWeightOperandIndex` in WeightTracing.h); the methods
    that take `weightOperand` answer for that choice.

    The weight's (output, input) view is the 2-D matrix that pruning
    patterns work on: its rows are the output neurons (channels), its
    columns the reduction, window positions outermost and input channels
    innermost, so that consecutive columns walk the input channels (the
    dimension N:M groups run along).
  }];
  let cppNamespace = "::mlir::prune";

  let methods = [
    InterfaceMethod<[{
        The operands that can hold the layer's weight. Empty when this op is
        not a layer (a `linalg.generic` whose body does not multiply and
        accumulate, a pooling op).
      }],
      "::llvm::SmallVector<unsigned>", "getWeightOperandCandidates", (ins)>,
    InterfaceMethod<[{
        How the dimensions of weight operand `weightOperand` split into the
        (output, input) view; fails, saying why in `error`, when they do not
        split (a dimension indexed by an expression).
      }],
      "::mlir::FailureOr<::mlir::prune::WeightDimensions>",
      "getWeightDimensions",
      (ins "unsigned":$weightOperand, "std::string &":$error)>,
    InterfaceMethod<[{
        The operand that weight operand `weightOperand` multiplies: the
        layer's input.
      }],
      "unsigned", "getDataOperand", (ins "unsigned":$weightOperand)>,
    InterfaceMethod<[{
        The axis of the result that indexes the layer's output neurons, or
        why there is none that prune-neurons can shrink.
      }],
      "::mlir::FailureOr<int64_t>", "getNeuronAxis",
      (ins "unsigned":$weightOperand, "std::string &":$reason)>,
    InterfaceMethod<[{
        Where the layer reads its input features and writes its output
        features (for calibration probes), or why they cannot be observed.
      }],
      "::mlir::FailureOr<::mlir::prune::LayerFeatures>", "getLayerFeatures",
      (ins "unsigned":$weightOperand, "std::string &":$reason)>,
    InterfaceMethod<[{
        The operand holding the weight's zero point (quantized layers), if
        any.
      }],
      "std::optional<unsigned>", "getWeightZeroPointOperand",
      (ins "unsigned":$weightOperand), "",
      [{ return std::nullopt; }]>,
    InterfaceMethod<[{
        The operand holding a per-output-channel bias that the op adds to its
        products, if any.
      }],
      "std::optional<unsigned>", "getBiasOperand", (ins), "",
      [{ return std::nullopt; }]>,
    InterfaceMethod<[{
        Whether some products read implicit zero padding instead of the
        input (a padded convolution).
      }],
      "bool", "readsZeroPadding", (ins), "",
      [{ return false; }]>,
    InterfaceMethod<[{
        How output channels are grouped over input channels (1 group for a
        dense layer; one per input channel for a depthwise convolution).
      }],
      "::mlir::prune::LayerGroups", "getGroups", (ins), "",
      [{ return {}; }]>,
    InterfaceMethod<[{
        Multiply-accumulates of one execution, dynamic sizes counted as 1.
      }],
      "int64_t", "getMultiplyAccumulateCount", (ins)>,
  ];
}

#endif // PRUNE_INTERFACES_PRUNABLELAYEROPINTERFACE
