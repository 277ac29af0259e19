//===- PruneOps.td - Operations of the prune dialect -------*- tablegen -*-===//
//
// `prune.observe`: the calibration probe that `prune-instrument` puts on a
// layer's input and output and `prune-lower-observe` turns into a call of
// libPruneRuntime.so.
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_DIALECT_PRUNEOPS
#define PRUNE_DIALECT_PRUNEOPS

include "Prune/Dialect/PruneDialect.td"
include "mlir/IR/EnumAttr.td"
include "mlir/IR/OpBase.td"
include "mlir/Interfaces/SideEffectInterfaces.td"

def Prune_ObserveRole : I32EnumAttr<"ObserveRole",
    "which side of a layer a prune.observe op watches", [
      I32EnumAttrCase<"Input", 0, "input">,
      I32EnumAttrCase<"Output", 1, "output">,
      I32EnumAttrCase<"Reference", 2, "reference">
    ]> {
  let cppNamespace = "::mlir::prune";
}

def Prune_ObserveOp : Op<Prune_Dialect, "observe",
                         [MemoryEffects<[MemWrite]>]> {
  let summary = "Record a layer's input or output for calibration statistics";
  let description = [{
    Every index of `value` except `feature_dim` is one sample of layer
    `layer`; dimension `feature_dim` holds its features. With role `input`
    the features are the layer's input features in the column order of its
    weight's (output, input) view: the runtime accumulates their sums of
    squares and Gram matrix. With role `output` they are the layer's output
    neurons after its bias and activation: the runtime accumulates their
    activity. With role `reference` they are the input features of the same
    layer in a reference model (e.g. the dense model beside a partly pruned
    one), observed on the same samples before the layer's own input: the
    runtime pairs the two sample by sample and accumulates X^T R.
    Statistics go to the file `output` when the program exits
    (format: include/Prune/Calibration/Statistics.h).

    With `im2col = array<i64: KH, KW, SH, SW, PT, PB, PL, PR, DH, DW>` the
    value is the NHWC input of a 2-D convolution (kernel KH x KW, strides,
    paddings top/bottom/left/right, dilations; `feature_dim` = 3, role
    `input` or `reference`): every output position is a sample whose features are the
    window's im2col column (kh, kw, c), the column order of the weight's
    (output, input) view; padding reads zeros.

    The op writes to state outside the IR (the runtime's accumulators), so it
    is never folded away; it does not change `value`.

    ```mlir
    prune.observe input %x layer "fc1" dim 2 to "fc.stats" : tensor<1x?x64xf32>
    prune.observe output %y layer "fc1" dim 1 to "fc.stats" : tensor<?x128xf32>
    ```
  }];
  let arguments = (ins RankedTensorOf<[F32, F64]>:$value,
                       Prune_ObserveRole:$role,
                       StrAttr:$layer,
                       I64Attr:$feature_dim,
                       StrAttr:$output,
                       OptionalAttr<DenseI64ArrayAttr>:$im2col);
  let assemblyFormat = [{
    $role $value `layer` $layer `dim` $feature_dim `to` $output attr-dict
    `:` type($value)
  }];
  let hasVerifier = 1;
}

#endif // PRUNE_DIALECT_PRUNEOPS
