//===- ValueFlowOpInterface.td - How values flow through an op -*- tablegen -*-===//
//
// What the analyses of mlir-prune need to know about the ops values pass
// through on their way between layers: layout ops, elementwise maps,
// pooling, casts, and the layers themselves. Ops of dialects mlir-prune
// does not own get it through external models (ExternalModels.h).
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_INTERFACES_VALUEFLOWOPINTERFACE
#define PRUNE_INTERFACES_VALUEFLOWOPINTERFACE

include "mlir/IR/OpBase.td"

def ValueFlowOpInterface : OpInterface<"ValueFlowOpInterface"> {
  let description = [{
    How the values of an op's tensor operands reach its results, in the
    terms the pruning analyses reason in:

    * layout: the op only rearranges its source's elements (a transpose, a
      reshape); weights are found through such chains, and a strided view of
      the constant follows them;
    * neurons: which axis of which other operands and results carries the
      neurons (output channels) of a layer once they reach the op on one
      axis; shrinking a layer shrinks all of them together;
    * zeros: when the result is all zero because operands are (a product
      with one all-zero factor, or an op that maps zeros to zeros);
    * intervals: the range of the result given the ranges of the operands;
    * dimensions: which operand dimensions a result dimension's size comes
      from (tosa broadcasts size-1 dimensions at run time).

    Operands that only carry a shape (a pooling window, a reshape's shape, a
    zero point) never take part in the zero or interval rules.
  }];
  let cppNamespace = "::mlir::prune";

  let methods = [
    InterfaceMethod<[{
        The operand whose elements this op only rearranges (transpose,
        reshape), or null.
      }],
      "::mlir::Value", "getLayoutSource", (ins), "",
      [{ return {}; }]>,
    InterfaceMethod<[{
        Updates `layout`, the strided view of the layout source's elements,
        to the view of this op's result; fails (saying why in `error`) when
        the result is no strided view of the source.
      }],
      "::mlir::LogicalResult", "applyToLayout",
      (ins "::mlir::prune::StridedLayout &":$layout,
           "std::string &":$error), "",
      [{ error = "'" + $_op->getName().getStringRef().str() +
                 "' is not a layout op";
         return ::mlir::failure(); }]>,
    InterfaceMethod<[{
        The operand whose element values the result holds unchanged, only
        rearranged or converted (layout ops, casts), or null. A declared
        input range (`prune.range`) holds through such ops.
      }],
      "::mlir::Value", "getValueSource", (ins), "",
      [{ return {}; }]>,
    InterfaceMethod<[{
        The neurons of a layer reach this op on `axis` of operand
        `operandIndex` (or of result `resultIndex`): returns every operand
        and result that carries them and on which axis, whether the op is a
        layer that produces or consumes them, or why they cannot pass.
      }],
      "::mlir::prune::NeuronPropagation", "propagateNeurons",
      (ins "std::optional<unsigned>":$operandIndex,
           "std::optional<unsigned>":$resultIndex, "int64_t":$axis), "",
      [{ return ::mlir::prune::NeuronPropagation::failure(
             "the neurons reach '" + $_op->getName().getStringRef().str() +
             "', which prune-neurons does not know how to shrink"); }]>,
    InterfaceMethod<[{
        When the op's results are all zero: a product is zero when one factor
        is (and every addend is), other rules when all their data operands
        are.
      }],
      "::mlir::prune::ZeroRule", "getZeroRule", (ins), "",
      [{ return {}; }]>,
    InterfaceMethod<[{
        The range of the op's (first) result given the ranges of its
        operands, one per operand in order; [-inf, inf] when unknown.
      }],
      "::mlir::prune::Interval", "inferInterval",
      (ins "::llvm::ArrayRef<::mlir::prune::Interval>":$operands), "",
      [{ return {}; }]>,
    InterfaceMethod<[{
        The (operand, dimension) pairs whose sizes dimension `resultDim` of
        the result takes (several for broadcasting elementwise ops, where a
        size of 1 broadcasts); empty when the op does not say.
      }],
      "::llvm::SmallVector<std::pair<unsigned, int64_t>>",
      "getResultDimSources", (ins "unsigned":$resultDim), "",
      [{ return {}; }]>,
    InterfaceMethod<[{
        What the op computes per element, for rules that look for biases and
        activations after a layer.
      }],
      "::mlir::prune::ElementwiseKind", "getElementwiseKind", (ins), "",
      [{ return ::mlir::prune::ElementwiseKind::None; }]>,
    InterfaceMethod<[{
        Whether each element of the result depends on the same-index element
        of operand `operandIndex` only (and on other operands).
      }],
      "bool", "isElementwiseIn", (ins "unsigned":$operandIndex), "",
      [{ return false; }]>,
  ];
}

#endif // PRUNE_INTERFACES_VALUEFLOWOPINTERFACE
