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

def PruneSparsify : Pass<"prune-sparsify", "ModuleOp"> {
  let summary = "Pack sparse weights into sparse_tensor constants";
  let description = [{
    For every weight (see prune-weights) whose consumer is a linalg op on
    tensors with a 2-D (output, input) weight - `linalg.matmul`,
    `linalg.batch_matmul` with a unit batch, `linalg.matvec`, contraction
    `linalg.generic`s, i.e. what `tosa-to-linalg-pipeline` makes of
    `tosa.matmul` and fully connected layers - chooses a storage format,
    packs the weight at compile time into position / coordinate / value
    constants with the narrowest index widths the shape allows, assembles
    them into a `sparse_tensor` encoded [out, in] tensor, and rewrites the
    consumer into a `linalg.generic` over that tensor. MLIR's `--sparsifier`
    then generates sparse loops; no dense-to-sparse conversion happens at
    run time. Convolution filters ([F, KH, KW, C] of
    `linalg.conv_2d_nhwc_fhwc`, what `tosa.conv2d` lowers to) keep their
    shape and their conv op and are packed as CSR over the input channels
    (output channel and window dimensions dense, channels compressed).

    Formats: `csr` (dense rows, compressed columns), `bsr` (RxC blocks, the
    block size detected from the zero pattern), `nm` (2:4 structured along
    the input dimension, `structured[2, 4]`, with coordinates as wide as the
    input dimension needs: 8-bit ones were reported wrong for K >= 1024 on
    MLIR 22), `dense` (left alone). A forced format that cannot hold a
    weight (no block pattern, not 2:4, a conv filter and bsr/nm) leaves it
    dense with a remark. `format=auto` keeps layers less sparse than
    `min-sparsity` dense and otherwise takes the format with the smallest
    estimated matrix-vector time (nanoseconds per stored value of each
    format, calibrated with bench/sparse_bench.py), if it beats dense.

    Example, `--prune-sparsify="format=csr"` on a 3x4 weight with 3 nonzeros:

    ```mlir
    %w = arith.constant dense<[[1.0, 0.0], [0.0, 0.0], [0.0, 3.0], ...]>
           : tensor<4x3xf32>
    %y = linalg.matmul ins(%x, %w : tensor<2x4xf32>, tensor<4x3xf32>)
                       outs(%init : tensor<2x3xf32>) -> tensor<2x3xf32>
    ```
    becomes
    ```mlir
    %pos = arith.constant dense<[0, 1, 1, 2]> : tensor<4xi8>
    %crd = arith.constant dense<[0, 2]> : tensor<2xi8>
    %val = arith.constant dense<[1.0, 3.0]> : tensor<2xf32>
    %w = sparse_tensor.assemble (%pos, %crd), %val
           : (tensor<4xi8>, tensor<2xi8>), tensor<2xf32>
           to tensor<3x4xf32, #sparse_tensor.encoding<{
                map = (d0, d1) -> (d0 : dense, d1 : compressed),
                posWidth = 8, crdWidth = 8}>>
    %y = linalg.generic {indexing_maps = [(i, j, k) -> (i, k),
                                          (i, j, k) -> (j, k),
                                          (i, j, k) -> (i, j)], ...}
           ins(%x, %w : ...) outs(%init : tensor<2x3xf32>) {...}
    ```

    Every layer gets a remark in the `prune-sparsify` category: `passed`
    with its format and bytes, or `missed` with why it stays dense. The
    report (`report=PATH`) gives each layer's format, bytes before and
    after, index widths and the reason.

    Compile the result with `--sparsifier="enable-runtime-library=false"`:
    with the runtime library, every call wraps the assembled weights in a new
    runtime storage object that is never freed.
  }];
  let options = [
    Option<"format", "format", "mlir::prune::SparseFormat",
           /*default=*/"mlir::prune::SparseFormat::Auto",
           "Storage format of every weight, or auto to choose per layer",
           [{::llvm::cl::values(
             clEnumValN(mlir::prune::SparseFormat::Auto, "auto",
                        "choose per layer from sparsity, shape and pattern"),
             clEnumValN(mlir::prune::SparseFormat::CSR, "csr",
                        "compressed sparse rows"),
             clEnumValN(mlir::prune::SparseFormat::BSR, "bsr",
                        "block sparse rows, block size from the weights"),
             clEnumValN(mlir::prune::SparseFormat::NM, "nm",
                        "N:M structured (2:4)"),
             clEnumValN(mlir::prune::SparseFormat::Dense, "dense",
                        "leave every weight dense (report only)"))}]>,
    Option<"minSparsity", "min-sparsity", "double", /*default=*/"0.5",
           "With format=auto, layers with a smaller fraction of zeros stay "
           "dense">,
    Option<"report", "report", "std::string", /*default=*/"\"\"",
           "Write a JSON report of each layer's format to this path">,
  ];
  let dependentDialects = [
    "mlir::arith::ArithDialect",
    "mlir::linalg::LinalgDialect",
    "mlir::sparse_tensor::SparseTensorDialect",
  ];
  let statistics = [
    Statistic<"numLayersSparse", "layers-sparse",
              "Number of layers packed into a sparse format">,
    Statistic<"numLayersDense", "layers-dense", "Number of layers left dense">,
  ];
}

def PruneBranches : Pass<"prune-branches", "ModuleOp"> {
  let summary = "Remove decision-tree splits and dead branches";
  let description = [{
    Works on `scf.if` branches, in particular on decision trees in the form of
    DESIGN.md (splits are `scf.if` on `arith.cmpf` of a feature against a
    constant, nodes carry `prune.counts`).

    Exact rules, always applied, never change what the IR computes:
    * a condition that folds to a constant, or that the conditions above it
      on the path (`x[f] <= 5` then `x[f] <= 7`) or the declared input ranges
      (`prune.range` on function arguments) decide, keeps only the side that
      can be taken;
    * a split whose two sides compute the same result becomes that result
      (the class counts of both sides are summed).

    ```mlir
    %le5 = arith.cmpf ole, %f, %c5 : f32
    %r = scf.if %le5 -> (tensor<2xf32>) {
      %le7 = arith.cmpf ole, %f, %c7 : f32
      %s = scf.if %le7 -> (tensor<2xf32>) { scf.yield %a ... }
                             else { scf.yield %b ... }
      scf.yield %s : tensor<2xf32>
    } else { ... }
    ```
    becomes, since `x <= 5` implies `x <= 7`,
    ```mlir
    %r = scf.if %le5 -> (tensor<2xf32>) { scf.yield %a ... } else { ... }
    ```

    Approximate rules, on trees with `prune.counts`, turn splits into leaves
    predicting their normalized counts: `min-gain=G` (bottom up, a split whose
    children are leaves and whose weighted impurity decrease
    N_t/N * (I(t) - N_l/N_t I(l) - N_r/N_t I(r)) is below G), `min-samples=N`
    (a split reached by fewer than N training samples) and `ccp-alpha=A`
    (minimal cost-complexity pruning; the same tree as scikit-learn's
    `ccp_alpha=A`). Impurity is `criterion=gini` (default) or `entropy`;
    use the criterion the tree was trained with.

    Each removed split gets a `passed` remark naming the rule and why, each
    tree one with its node count and depth before and after (category
    `prune-branches`). `report=PATH` writes them as JSON.
  }];
  let dependentDialects = ["::mlir::arith::ArithDialect"];
  let options = [
    Option<"minGain", "min-gain", "double", /*default=*/"-1.0",
           "Collapse splits whose weighted impurity decrease is below this "
           "(-1: off)">,
    Option<"minSamples", "min-samples", "double", /*default=*/"0.0",
           "Collapse splits reached by fewer training samples (0: off)">,
    Option<"ccpAlpha", "ccp-alpha", "double", /*default=*/"0.0",
           "Minimal cost-complexity pruning parameter, as scikit-learn's "
           "ccp_alpha (0: off)">,
    Option<"criterion", "criterion", "mlir::prune::ImpurityCriterion",
           /*default=*/"mlir::prune::ImpurityCriterion::Gini",
           "Impurity measure of min-gain and ccp-alpha",
           [{::llvm::cl::values(
             clEnumValN(mlir::prune::ImpurityCriterion::Gini, "gini",
                        "Gini impurity"),
             clEnumValN(mlir::prune::ImpurityCriterion::Entropy, "entropy",
                        "Shannon entropy (bits)"))}]>,
    Option<"report", "report", "std::string", /*default=*/"\"\"",
           "Write a JSON report (nodes and depth per tree) to this path">,
  ];
  let statistics = [
    Statistic<"numConstant", "splits-constant",
              "Splits whose condition folded to a constant">,
    Statistic<"numUnreachable", "splits-unreachable",
              "Splits with a side no input can reach">,
    Statistic<"numSameResult", "splits-same-result",
              "Splits whose two sides compute the same result">,
    Statistic<"numCollapsed", "splits-collapsed",
              "Splits turned into leaves by min-gain, min-samples or ccp-alpha">,
  ];
}

#endif // PRUNE_TRANSFORMS_PASSES
