//===- Passes.td - mlir-prune passes -----------------------*- tablegen -*-===//
//
// The passes of mlir-prune. Each pass is a thin driver over the public
// mechanism in include/Prune/{Analysis,Pruning}; the options, their meaning
// and the report format are fixed in DESIGN.md.
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_TRANSFORMS_PASSES
#define PRUNE_TRANSFORMS_PASSES

include "mlir/Pass/PassBase.td"

def PruneWeights : Pass<"prune-weights", "ModuleOp"> {
  let summary = "Zero the lowest-magnitude weights of a model";
  let description = [{
    Finds every weight of the module - a constant tensor (`tosa.const` or
    `arith.constant`, dense or `dense_resource`) that reaches the weight
    operand of a contraction (`tosa.matmul`, `tosa.conv2d`, `tosa.conv3d`,
    `tosa.depthwise_conv2d`, `tosa.transpose_conv2d`, linalg matmul / matvec /
    convolution ops and `linalg.generic` contractions), possibly through
    transposes and reshapes - and sets its least important weights to zero
    (to the zero point for integer weights): W' = W * 1{|W| >= tau}.

    Exactly one of `sparsity` and `threshold` is given, except for `N:M`
    patterns, whose sparsity is 1 - N/M. With `sparsity=F`, exactly
    round(F * n) weights of each layer (of all layers with `scope=global`)
    end up zero; weights that are already zero count, so running the pass
    twice changes nothing the second time. Ties are broken by position.

    Patterns work on each weight's 2-D (output, input) view:
    `unstructured` scores single weights by magnitude; `N:M` keeps the N
    largest of every M consecutive weights along the input dimension;
    `block:RxC` scores RxC blocks by L2 norm; `channel` scores whole output
    rows by L2 norm.

    Example, `--prune-weights="sparsity=0.5"`:

    ```mlir
    %w = "tosa.const"() <{values = dense<[[1.0, -4.0], [0.5, 3.0]]>
                          : tensor<2x2xf32>}> : () -> tensor<2x2xf32>
    ```
    becomes
    ```mlir
    %w = "tosa.const"() <{values = dense<[[0.0, -4.0], [0.0, 3.0]]>
                          : tensor<2x2xf32>}> : () -> tensor<2x2xf32>
    ```

    Layers left alone (not matching `layers`, unsupported element type, a
    constant also used as a non-weight) get a `missed` remark saying why;
    pruned layers get a `passed` remark with their nonzero counts. Both are
    in the `prune-weights` remark category (`--remarks-filter=prune-weights`).
  }];
  let options = [
    Option<"sparsity", "sparsity", "double", /*default=*/"-1.0",
           "Fraction of weights to make zero, in [0, 1) (-1: not set)">,
    Option<"threshold", "threshold", "double", /*default=*/"-1.0",
           "Zero every weight (block, channel) whose magnitude (L2 norm) is "
           "below this, instead of a sparsity target (-1: not set)">,
    Option<"pattern", "pattern", "std::string", /*default=*/"\"unstructured\"",
           "Sparsity pattern: unstructured, N:M (e.g. 2:4), block:RxC "
           "(e.g. block:4x4) or channel">,
    Option<"scope", "scope", "mlir::prune::PruneScope",
           /*default=*/"mlir::prune::PruneScope::Layer",
           "Whether the sparsity target holds per layer or over all layers",
           [{::llvm::cl::values(
             clEnumValN(mlir::prune::PruneScope::Layer, "layer",
                        "each layer reaches the target"),
             clEnumValN(mlir::prune::PruneScope::Global, "global",
                        "one threshold across all layers"))}]>,
    Option<"layers", "layers", "std::string", /*default=*/"\"\"",
           "Prune only layers whose name matches this regular expression">,
    Option<"report", "report", "std::string", /*default=*/"\"\"",
           "Write a JSON report of what was pruned to this path">,
  ];
  let statistics = [
    Statistic<"numLayersPruned", "layers-pruned", "Number of layers pruned">,
    Statistic<"numLayersSkipped", "layers-skipped",
              "Number of layers left alone">,
    Statistic<"numWeightsZeroed", "weights-zeroed",
              "Number of weights newly set to zero">,
  ];
}

#endif // PRUNE_TRANSFORMS_PASSES
