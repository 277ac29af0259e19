//===- Passes.td - mlir-prune passes -----------------------*- tablegen -*-===//
//
// The passes of mlir-prune. Each pass is a thin driver over the public
// mechanism in include/Prune/{Analysis,Pruning}; the options, their meaning
// and the report format are described in docs/DESIGN.md.
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_TRANSFORMS_PASSES
#define PRUNE_TRANSFORMS_PASSES

include "mlir/Pass/PassBase.td"

def PruneWeights : Pass<"prune-weights", "ModuleOp"> {
  let summary = "Zero the least important weights of a model (magnitude or "
                "Wanda), optionally re-fitting the kept ones";
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

    With calibration statistics (`stats=PATH`, from `prune-instrument`):
    `criterion=wanda` scores a weight by abs(w) * sqrt(sumSquares[input
    feature]) (Wanda); unstructured selection then keeps the same fraction of
    every output row (the layer's, or with `scope=global` all layers' target),
    structured patterns score their units by the L2 norm of these scores.
    `method=reconstruct` keeps the chosen mask and re-solves each output
    row's kept weights S to reproduce the dense row on the calibration
    inputs: w_S = (G_SS + lambda I)^-1 G_S: w_dense with the input Gram
    matrix G and lambda = 0.01 * mean(diag(G)) (SparseGPT's damping).
    Statistics observed beside a reference model (`prune-instrument
    {reference-func=...}`, which adds C = X^T R) make it sequential: the
    layer is first refit to the reference's outputs on its own inputs,
    w* = (G + lambda I)^-1 C w, the mask is chosen on w*, and the kept
    weights solve (G_SS + lambda I) w_S = (C w)_S; scripts/prune_sequential.py
    drives this layer by layer. `method=obs` is SparseGPT: column by
    column, it chooses weights by their optimal-brain-surgeon saliency
    w^2 / [H^-1]_ii (H = G + lambda I) and moves each pruned weight's error
    onto the later columns of its row through the Cholesky factor of H^-1
    (lazily, 128 columns at a time); the kept weights are also re-solved as
    `method=reconstruct` does, and whichever reproduces the layer's outputs
    better on the calibration data stays. Every pattern keeps its exact
    counts; a reference in the statistics refits the layer first.
    `reference-weights=FILE.npz` serves gradual pruning, where a layer is
    already sparse when it is pruned again toward a higher target: the file
    holds the reference (dense) model's weights (IR layout). The layer's
    zeros stay zero; its other weights are first solved by least squares,
    with those zeros, to reproduce the reference layer's outputs, the mask
    grows by the smallest of them, and the kept ones are solved again.
    `allocation=owl` gives each layer its own sparsity around the target
    (OWL: fewer zeros where more weights are outliers), with the total
    number of zeros of the target. A statistics file that does not match the
    model (missing layer, other width) is an error naming the layer and the
    file.

    With `criterion=scores scores=FILE.npz` the importance of every weight
    comes from outside, e.g. Taylor scores abs(w * dL/dw) accumulated in a
    training loop: the file holds one array per layer, keyed by the layer
    name the report prints, and the scores replace magnitudes in every
    pattern (blocks and channels: the L2 norm of their scores), with
    `sparsity`, `threshold`, `scope` and `method=reconstruct` as usual. An
    array has either exactly the weight constant's shape (IR layout) or the
    framework's shape of the weight (framework layout): [out, in] for a
    matmul, [out, in, KH, KW] (OIHW) for a convolution whose IR weight is
    OHWI, [C*M, 1, KH, KW] for a depthwise one (HWCM in TOSA); a framework
    array is mapped onto the constant through the weight's (output, input)
    view. The layout is decided per layer by the array's shape; when both
    shapes are equal but order the elements differently (a square weight
    stored transposed) the pass stops unless `scores-layout=ir|framework`
    says which. A weight that is already zero scores 0. A file that cannot
    be read, a selected layer without an array, a wrong shape, a non-finite
    or negative score is an error naming the layer and the file, and
    nothing changes; a key that names no layer is a warning.

    A structured pattern that does not fit a layer (a grayscale first
    convolution has 3x3x1 = 9 inputs, which 2:4 groups do not tile) skips
    that layer with a warning and prunes the rest; with `strict=true` it is
    an error and nothing is pruned.

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
    Option<"pattern", "pattern", "mlir::prune::PrunePattern",
           /*default=*/"mlir::prune::PrunePattern()",
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
    Option<"criterion", "criterion", "mlir::prune::WeightCriterion",
           /*default=*/"mlir::prune::WeightCriterion::Magnitude",
           "How weights are scored",
           [{::llvm::cl::values(
             clEnumValN(mlir::prune::WeightCriterion::Magnitude, "magnitude",
                        "abs(w)"),
             clEnumValN(mlir::prune::WeightCriterion::Wanda, "wanda",
                        "abs(w) times the L2 norm of its input feature "
                        "(needs stats); unstructured: compared within each "
                        "output row"),
             clEnumValN(mlir::prune::WeightCriterion::Scores, "scores",
                        "importance given per weight in the scores= file "
                        "(e.g. Taylor scores abs(w * dL/dw))"))}]>,
    Option<"scores", "scores", "std::string", /*default=*/"\"\"",
           "criterion=scores: .npz file with one non-negative importance "
           "array per layer, keyed by layer name">,
    Option<"scoresLayout", "scores-layout", "mlir::prune::ScoresLayout",
           /*default=*/"mlir::prune::ScoresLayout::Auto",
           "criterion=scores: how each array is laid out",
           [{::llvm::cl::values(
             clEnumValN(mlir::prune::ScoresLayout::Auto, "auto",
                        "decided per layer by the array's shape"),
             clEnumValN(mlir::prune::ScoresLayout::IR, "ir",
                        "the weight constant's own shape and order"),
             clEnumValN(mlir::prune::ScoresLayout::Framework, "framework",
                        "[out, in] for a matmul, OIHW for a convolution"))}]>,
    Option<"referenceWeights", "reference-weights", "std::string",
           /*default=*/"\"\"",
           "method=reconstruct: .npz with the reference (dense) model's "
           "weights of each layer (IR layout, keyed by layer name) when the "
           "layer's own are already pruned (gradual pruning): the layer's "
           "zeros stay zero, so masks only grow, and the kept weights are "
           "fit to the reference layer's outputs (on the reference's "
           "inputs when the statistics were observed beside it)">,
    Option<"method", "method", "mlir::prune::WeightMethod",
           /*default=*/"mlir::prune::WeightMethod::Mask",
           "What happens to the kept weights",
           [{::llvm::cl::values(
             clEnumValN(mlir::prune::WeightMethod::Mask, "mask",
                        "nothing: pruned weights are zeroed"),
             clEnumValN(mlir::prune::WeightMethod::Reconstruct, "reconstruct",
                        "re-solve each output row's kept weights by least "
                        "squares on the calibration Gram matrix (needs "
                        "stats)"),
             clEnumValN(mlir::prune::WeightMethod::Obs, "obs",
                        "SparseGPT's optimal brain surgeon: choose weights "
                        "by w^2 / [H^-1]_ii and update the kept ones column "
                        "by column through the inverse Hessian, then keep "
                        "that or the least-squares re-solve, whichever fits "
                        "the calibration data better (needs stats and a "
                        "sparsity target)"))}]>,
    Option<"allocation", "allocation", "mlir::prune::SparsityAllocation",
           /*default=*/"mlir::prune::SparsityAllocation::Uniform",
           "How the sparsity target is split over the layers",
           [{::llvm::cl::values(
             clEnumValN(mlir::prune::SparsityAllocation::Uniform, "uniform",
                        "every layer gets the target"),
             clEnumValN(mlir::prune::SparsityAllocation::Owl, "owl",
                        "OWL: layers with more outlier weights (Wanda score "
                        "above owl-m times the layer's mean) are pruned "
                        "less, within target +- owl-lambda, with the total "
                        "number of zeros kept (needs stats and sparsity)"))}]>,
    Option<"owlM", "owl-m", "double", /*default=*/"5.0",
           "allocation=owl: a weight is an outlier when its Wanda score "
           "exceeds this times its layer's mean score">,
    Option<"owlLambda", "owl-lambda", "double", /*default=*/"0.08",
           "allocation=owl: layer sparsities span target - owl-lambda .. "
           "target + owl-lambda before they are shifted to the total">,
    Option<"biasCorrection", "bias-correction", "bool",
           /*default=*/"false",
           "After pruning, shift each layer's bias so that its mean output "
           "over the calibration samples is the dense layer's (on the "
           "reference's inputs when the statistics were observed beside "
           "it); needs stats of version 3">,
    Option<"stats", "stats", "std::string", /*default=*/"\"\"",
           "Calibration statistics file written by libPruneRuntime.so "
           "(see prune-instrument)">,
    Option<"report", "report", "std::string", /*default=*/"\"\"",
           "Write a JSON report of what was pruned to this path">,
    Option<"showProgress", "progress", "bool", /*default=*/"true",
           "Print a progress line on stderr when refitting the kept weights "
           "takes more than a few seconds">,
    Option<"strict", "strict", "bool", /*default=*/"false",
           "A structured pattern that does not fit a layer is an error (and "
           "nothing is pruned) instead of a warning that skips the layer">,
  ];
  let statistics = [
    Statistic<"numLayersPruned", "layers-pruned", "Number of layers pruned">,
    Statistic<"numLayersSkipped", "layers-skipped",
              "Number of layers left alone">,
    Statistic<"numWeightsZeroed", "weights-zeroed",
              "Number of weights newly set to zero">,
  ];
}

def PruneNeurons : Pass<"prune-neurons", "ModuleOp"> {
  let summary = "Remove dead, inactive or unimportant neurons; shapes shrink";
  let description = [{
    Removes output neurons (output channels) of layers together with
    everything that only served them: the producer's weight rows and bias
    entries, the activations between the layers (through reshapes,
    transposes, elementwise ops and activations, in TOSA and linalg) and the
    input columns (input channels) of the layers that read them. The
    tensors of a layer's neurons form a group (NeuronGroups.h); a residual
    add pulls the other summand's layer into the same group, and such
    coupled layers lose the same neurons together. A group that reaches
    something the pass cannot shrink - the function's results (the last
    layer is never shrunk), a concat, a reduction over the neurons, a
    function argument - is left alone with a `missed` remark.

    `mode=dead` (default) is exact: it removes neurons whose output, where
    the next layers read it, is a constant - all-zero incoming weights, or
    an upper bound <= 0 before a ReLU by interval analysis over the declared
    input ranges (`prune.range` on function arguments) - and neurons that
    nobody reads (all-zero outgoing weights). A nonzero constant is folded
    into the next layer's bias (b' = b + c * W[:, k]); when that layer has
    no constant bias the neuron stays.

    `mode=activity stats=PATH threshold=T` removes neurons whose mean
    absolute activity on the calibration data is below T. With `fold=mean`
    (default) each removed neuron's mean activity times its outgoing weights
    is folded into the next bias, so the next layer sees the neuron's average
    instead of zero; `fold=none` just drops it (classic activity trimming).

    `mode=importance ratio=R` removes round(R * n) neurons of each layer
    (of all layers with `scope=global`) with the smallest `norm=l1|l2` norm
    of their incoming weights. No layer loses all of its neurons.
    With `scores=FILE.npz` the importance of each neuron comes from outside
    instead (e.g. the sum of abs(w * dL/dw) over its incoming weights,
    accumulated in a training loop): one 1-D array per layer, keyed by the
    layer name, with exactly one non-negative value per output neuron
    (channel). Coupled layers (one group through a residual add) rank their
    shared neurons by the sum of their layers' scores, and every layer of
    such a group needs an array. A file that cannot be read, a layer
    without an array, a wrong length, a non-finite or negative value is an
    error naming the layer and the file, and nothing changes; a key that
    names no layer is a warning.

    `method=reconstruct stats=PATH` (with `mode=importance`) also re-solves
    the layers that read the removed neurons: their remaining weights and
    their bias are fit by least squares, on the calibration statistics of
    their inputs, to reproduce their outputs before the removal (channel
    pruning by reconstruction, He et al. 2017; ThiNet). Without `scores=`
    the neurons are chosen by that refit too: greedily, each step removing
    the neuron (head) whose loss the readers' refit makes up for best, by
    the optimal brain surgeon's closed form (at most 64 steps per layer). A
    reader the statistics do not describe is an error; a group whose
    readers cannot be refit (shared or non-float weights, columns that do
    not pair with the neurons) is left alone. `scope=global` is not
    supported with it.

    Example, `--prune-neurons` on a layer whose second neuron has zero
    incoming weights and a negative bias before a ReLU:

    ```mlir
    %w1 = "tosa.const"() <{values = dense<[[1.0, 2.0], [0.0, 0.0]]> ...
    %b1 = "tosa.const"() <{values = dense<[[0.5, -1.0]]> : tensor<1x2xf32>}>
    ...  : tensor<1x?x2xf32> ... tosa.clamp ... tensor<?x2xf32>
    %w2 = "tosa.const"() <{values = dense<[[3.0, 4.0]]> : tensor<1x2xf32>}>
    ```
    becomes
    ```mlir
    %w1 = "tosa.const"() <{values = dense<[[1.0, 2.0]]> ...
    %b1 = "tosa.const"() <{values = dense<0.5> : tensor<1x1xf32>}>
    ...  : tensor<1x?x1xf32> ... tosa.clamp ... tensor<?x1xf32>
    %w2 = "tosa.const"() <{values = dense<3.0> : tensor<1x1xf32>}>
    ```

    Remarks in the `prune-neurons` category say, per layer, how many neurons
    went and why, or why the layer was left alone; `report=PATH` writes the
    JSON report with neurons, parameters and FLOPs before and after.
  }];
  let options = [
    Option<"mode", "mode", "mlir::prune::NeuronMode",
           /*default=*/"mlir::prune::NeuronMode::Dead",
           "Which neurons to remove",
           [{::llvm::cl::values(
             clEnumValN(mlir::prune::NeuronMode::Dead, "dead",
                        "constant or unread neurons (exact)"),
             clEnumValN(mlir::prune::NeuronMode::Activity, "activity",
                        "neurons with low mean activity on calibration data"),
             clEnumValN(mlir::prune::NeuronMode::Importance, "importance",
                        "neurons with the smallest incoming-weight norms"))}]>,
    Option<"method", "method", "mlir::prune::NeuronMethod",
           /*default=*/"mlir::prune::NeuronMethod::Mask",
           "What happens to the layers that read removed neurons "
           "(mode=importance)",
           [{::llvm::cl::values(
             clEnumValN(mlir::prune::NeuronMethod::Mask, "mask",
                        "nothing: they lose those inputs"),
             clEnumValN(mlir::prune::NeuronMethod::Reconstruct, "reconstruct",
                        "their other weights and bias are re-solved by least "
                        "squares on the calibration statistics (needs stats), "
                        "and the neurons are chosen by what that leaves"))}]>,
    Option<"stats", "stats", "std::string", /*default=*/"\"\"",
           "Calibration statistics file (mode=activity, "
           "method=reconstruct)">,
    Option<"scores", "scores", "std::string", /*default=*/"\"\"",
           "mode=importance: .npz file with one non-negative importance per "
           "output neuron of each layer, keyed by layer name, instead of "
           "incoming-weight norms">,
    Option<"threshold", "threshold", "double", /*default=*/"-1.0",
           "Remove neurons whose mean absolute activity is below this "
           "(mode=activity; -1: not set)">,
    Option<"fold", "fold", "mlir::prune::NeuronFold",
           /*default=*/"mlir::prune::NeuronFold::Mean",
           "What replaces a neuron removed for low activity",
           [{::llvm::cl::values(
             clEnumValN(mlir::prune::NeuronFold::Mean, "mean",
                        "its mean activity, folded into the next bias"),
             clEnumValN(mlir::prune::NeuronFold::None, "none",
                        "nothing (zero)"))}]>,
    Option<"ratio", "ratio", "double", /*default=*/"-1.0",
           "Fraction of neurons to remove, in [0, 1) (mode=importance; "
           "-1: not set)">,
    Option<"norm", "norm", "mlir::prune::NeuronNorm",
           /*default=*/"mlir::prune::NeuronNorm::L2",
           "Norm of a neuron's incoming weights (mode=importance)",
           [{::llvm::cl::values(
             clEnumValN(mlir::prune::NeuronNorm::L1, "l1", "sum of |w|"),
             clEnumValN(mlir::prune::NeuronNorm::L2, "l2",
                        "square root of the sum of w^2"))}]>,
    Option<"scope", "scope", "mlir::prune::PruneScope",
           /*default=*/"mlir::prune::PruneScope::Layer",
           "Whether the ratio holds per layer or over all layers",
           [{::llvm::cl::values(
             clEnumValN(mlir::prune::PruneScope::Layer, "layer",
                        "each layer loses the ratio"),
             clEnumValN(mlir::prune::PruneScope::Global, "global",
                        "the smallest norms across all layers"))}]>,
    Option<"layers", "layers", "std::string", /*default=*/"\"\"",
           "Remove neurons only of layers whose name matches this regular "
           "expression">,
    Option<"report", "report", "std::string", /*default=*/"\"\"",
           "Write a JSON report of what was removed to this path">,
    Option<"summary", "summary", "bool", /*default=*/"true",
           "Print one line to stderr: neurons removed, parameters and FLOPs "
           "before and after">,
  ];
  let statistics = [
    Statistic<"numLayersShrunk", "layers-shrunk", "Number of layers shrunk">,
    Statistic<"numLayersSkipped", "layers-skipped",
              "Number of layers left alone">,
    Statistic<"numNeuronsRemoved", "neurons-removed",
              "Number of neurons removed">,
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
    estimated time of a call (nanoseconds per stored value of each format
    and per column of the call, measured with bench/sparse_bench.py and
    bench/format_cost_bench.py), if it beats dense. The rates are those of
    the host CPU's kind (`cost-model=host`: AVX-512 or AVX2); `avx2` or
    `avx512` pins them, as tests and cross-compilation need.

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
    Option<"objective", "objective", "mlir::prune::SparseObjective",
           /*default=*/"mlir::prune::SparseObjective::Time",
           "What format=auto minimizes",
           [{::llvm::cl::values(
             clEnumValN(mlir::prune::SparseObjective::Time, "time",
                        "the estimated time of a call (the cost model)"),
             clEnumValN(mlir::prune::SparseObjective::Size, "size",
                        "the bytes of the packed weight (values, positions "
                        "and coordinates)"))}]>,
    Option<"costModel", "cost-model", "mlir::prune::SparseCostTarget",
           /*default=*/"mlir::prune::SparseCostTarget::Host",
           "Whose measured rates format=auto uses",
           [{::llvm::cl::values(
             clEnumValN(mlir::prune::SparseCostTarget::Host, "host",
                        "the host CPU's kind (avx512 with AVX-512F, else "
                        "avx2)"),
             clEnumValN(mlir::prune::SparseCostTarget::AVX2, "avx2",
                        "an AVX2 x86 CPU's"),
             clEnumValN(mlir::prune::SparseCostTarget::AVX512, "avx512",
                        "an AVX-512 x86 CPU's"))}]>,
    Option<"cacheBytes", "cache-bytes", "int64_t", /*default=*/"-1",
           "With format=auto, a dense weight of at most this many bytes is "
           "estimated at the rate of one that stays in cache between calls, "
           "a larger one at the streaming rate (0: none is; -1: the cost "
           "model's own: 1 MiB for avx2; for avx512 cached up to 16 MiB "
           "and streamed from 64 MiB). At a batch dense rates have no "
           "cache term">,
    Option<"threads", "threads", "int64_t", /*default=*/"1",
           "With format=auto, the threads the code will run on "
           "(prune-compile's threads): kernels it splits across them are "
           "estimated at their one-thread time over threads">,
    Option<"minParallelIterations", "min-parallel-iterations", "int64_t",
           /*default=*/"mlir::prune::kDefaultMinParallelIterations",
           "With threads > 1, the smallest dense kernel (iterations of its "
           "static loops) that is split (prune-compile's option of that "
           "name)">,
    Option<"minParallelSparseWork", "min-parallel-sparse-work", "int64_t",
           /*default=*/"mlir::prune::kDefaultMinParallelSparseWork",
           "With threads > 1, the smallest sparse kernel at one column "
           "(stored values) that is split (prune-compile's option of that "
           "name); at a batch every one is">,
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
    docs/DESIGN.md (splits are `scf.if` on `arith.cmpf` of a feature against a
    constant, nodes carry `prune.counts`).

    Exact rules, always applied, never change what the IR computes:
    * a condition that folds to a constant, or that the conditions above it
      on the path (`x[f] <= 5` then `x[f] <= 7`) or the declared input ranges
      (`prune.range` on function arguments) decide, keeps only the side that
      can be taken;
    * a split whose two sides compute the same result becomes that result
      (the class counts of both sides are summed);
    * in neural-network IR, a dataflow branch that provably computes zero
      (a `tosa.matmul` / `tosa.conv2d` / linalg contraction or a product
      with an all-zero weight, as prune-weights leaves them, and what only
      moves, clamps or adds such zeros) is removed: an add (`tosa.add`,
      `arith.addf`, `linalg.add`; `sub` with the zero on the right) merging
      it into another value becomes that value when the types agree (never
      when the add broadcasts, also not at run time: a dynamic size must
      provably be the other operand's), a zero that still reaches another op
      (concat, return...) becomes a zero constant if its shape is static,
      and the ops left unused are erased. This assumes finite values
      (x * 0 == 0) and identifies -0.0 with +0.0 (x + 0 == x).

    ```mlir
    %r = tosa.matmul %x, %zero_w, %zp, %zp : ... -> tensor<1x4x8xf32>
    %y = tosa.add %h, %r : (tensor<1x4x8xf32>, tensor<1x4x8xf32>) -> tensor<1x4x8xf32>
    ```
    becomes `%h` in place of `%y`, the matmul and the weight gone.

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
    `ccp_alpha=A`, also at the alphas of its pruning path). Impurity is each
    node's `prune.impurity` (the training criterion in the library's own
    arithmetic, as the importer writes it; `criterion=auto`, the default),
    or computed from `prune.counts` (`criterion=gini` or `entropy`; also
    `auto` when a node has no `prune.impurity`). Weights are `prune.weight`,
    else the counts' sum. Regression and boosted trees (`prune.value`)
    collapse to the node's value. `ccp-path=FILE` writes each tree's
    pruning path (alphas, impurities, node counts) as JSON.

    Each removed split gets a `passed` remark naming the rule and why, each
    tree one with its node count and depth before and after, each removed
    dataflow branch one saying what became of it and why, and each zero
    branch that had to stay a `missed` one (category `prune-branches`).
    `report=PATH` writes them as JSON.
  }];
  let dependentDialects = ["::mlir::arith::ArithDialect",
                           "::mlir::tosa::TosaDialect"];
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
           /*default=*/"mlir::prune::ImpurityCriterion::Auto",
           "Impurity measure of min-gain and ccp-alpha",
           [{::llvm::cl::values(
             clEnumValN(mlir::prune::ImpurityCriterion::Auto, "auto",
                        "Each node's prune.impurity, else Gini from counts"),
             clEnumValN(mlir::prune::ImpurityCriterion::Gini, "gini",
                        "Gini impurity"),
             clEnumValN(mlir::prune::ImpurityCriterion::Entropy, "entropy",
                        "Shannon entropy (bits)"))}]>,
    Option<"report", "report", "std::string", /*default=*/"\"\"",
           "Write a JSON report (nodes and depth per tree) to this path">,
    Option<"ccpPath", "ccp-path", "std::string", /*default=*/"\"\"",
           "Write each tree's cost-complexity pruning path (alphas, "
           "impurities, node counts) as JSON to this path">,
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
    Statistic<"numZeroBranches", "zero-branches-removed",
              "Dataflow branches removed because they compute zero">,
    Statistic<"numDataflowOpsErased", "zero-branch-ops-erased",
              "Ops erased with the zero dataflow branches">,
  ];
}

def PruneScalarizeTrees : Pass<"prune-scalarize-trees", "ModuleOp"> {
  let summary = "Inline decision trees and make scalar leaves scalars";
  let description = [{
    Code-generation preparation for decision trees (`prune-compile` runs it
    before bufferization). Calls to functions holding a tree (tree node
    attributes on an `scf.if` or a leaf's terminator) are inlined, and a
    `tensor.extract` of an `scf.if` result moves into both sides of the
    split, so that a tree whose leaves yield `tensor<1xf32>` constants and
    whose caller reads their one element becomes branches over scalars:

    ```mlir
    %r = scf.if %le -> (tensor<1xf32>) { scf.yield %a ... } else { scf.yield %b ... }
    %v = tensor.extract %r[%c0] : tensor<1xf32>
    ```
    becomes, after folding the extracts of constants,
    ```mlir
    %v = arith.select %le, %a0, %b0 : f32
    ```
    With tensor leaves, ownership-based deallocation would copy the leaf's
    constant buffer at every return of every tree. Leaves that stay tensors
    (a random forest's class probabilities, read whole) become vectors when
    they have at most 64 elements: the splits yield vector constants, and
    the tree's result is written into a tensor once.

    `speculate=N`: a split with scalar results whose sides hold at most N
    pure ops each (after the rewrites above: the last levels of a tree)
    runs both sides and selects, trading a few compares for a branch that
    mispredicts half of the time.
  }];
  let dependentDialects = ["::mlir::arith::ArithDialect",
                           "::mlir::tensor::TensorDialect",
                           "::mlir::scf::SCFDialect",
                           "::mlir::vector::VectorDialect"];
  let options = [
    Option<"speculate", "speculate", "int64_t", /*default=*/"4",
           "Run both sides of a split with at most this many pure ops per "
           "side and select (0: keep every branch)">,
  ];
}

def PruneNameLayers : Pass<"prune-name-layers", "ModuleOp"> {
  let summary = "Record each layer's name in a prune.layer attribute";
  let description = [{
    Names every layer (every op with a constant weight) the way every pass
    and report of mlir-prune names it - its `prune.layer` attribute, else
    the `NameLoc` in its location, else `<function>#<k>` - and records the
    name on the op: a `prune.layer` attribute, and a `NameLoc` around its
    location. Printing without `--mlir-print-debuginfo` drops locations;
    the attribute keeps the name, so a pipeline of several `prune-opt`
    runs, a statistics file and a report all agree on names. The pruning
    passes record the names they use themselves; `prune-compile` runs this
    pass first, so that names survive the TOSA lowering (which keeps
    locations but not attributes).

    ```mlir
    %y = tosa.matmul %x, %w, %zp, %zp : (...) -> tensor<1x?x128xf32> loc("fc1")
    ```
    becomes
    ```mlir
    %y = tosa.matmul %x, %w, %zp, %zp {prune.layer = "fc1"} : (...) -> tensor<1x?x128xf32> loc("fc1")
    ```
  }];
  let dependentDialects = ["::mlir::prune::PruneDialect"];
}

def PruneInstrument : Pass<"prune-instrument", "ModuleOp"> {
  let summary = "Observe every layer's input and output for calibration";
  let description = [{
    Puts a `prune.observe` op on the input and on the output of every weight
    consumer (the layers of `prune-weights`, named the same way), so that the
    compiled model, run on calibration data with libPruneRuntime.so, writes
    the statistics file `output` (format in Runtime/StatisticsFormat.h) when
    it exits.

    The input is the consumer's data operand, its feature dimension the one
    the weight's input (reduction) dimension pairs with. The output is the
    consumer's result followed through reshapes, a bias (an add or subtract
    of a constant, a multiply by one) and an elementwise activation
    (`tosa.clamp`, `tosa.sigmoid`, `tosa.tanh`, `tosa.erf`, element-wise
    `linalg.generic`): the value the next layer reads.

    ```mlir
    %y = tosa.matmul %x, %w, %zp, %zp : (...) -> tensor<1x?x128xf32> loc("fc1")
    ```
    becomes
    ```mlir
    prune.observe input %x layer "fc1" dim 2 to "PATH" : tensor<1x?x64xf32>
    %y = tosa.matmul %x, %w, %zp, %zp : (...) -> tensor<1x?x128xf32> loc("fc1")
    prune.observe output %y layer "fc1" dim 2 to "PATH" : tensor<1x?x128xf32>
    ```

    2-D NHWC convolutions (`tosa.conv2d`, `linalg.conv_2d_nhwc_hwcf`) are
    observed with an `im2col` window: every output position is a sample
    whose features are its patch (kh, kw, c), the columns of the weight's
    (output, input) view. Other convolutions (depthwise, 3-D, transposed,
    NCHW) are not instrumented yet and get a warning, as do layers whose
    input is not f32/f64 or whose widths do not match their weight. Each
    instrumented layer gets a `passed` remark (category `prune-instrument`).
    Lower the probes with `prune-lower-observe` before bufferization.

    With `reference-func=F` the layers of function `F` are a reference model
    (typically the dense model beside a partly pruned copy of it, both in
    one module): their inputs are observed with role `reference` and their
    outputs not at all. Calling `F` on a batch before the model on the same
    batch gives each layer of the model the cross matrix X^T R, which
    `prune-weights{method=reconstruct}` uses to fit the layer to the
    reference's outputs (sequential reconstruction). Layers are matched by
    name; 2-D convolutions pair their im2col patches. Layers without a
    location name are named `<function>#<k>`: with `model-func=G` the
    reference's `F#k` is observed as `G#k`, the same layer of the model.
  }];
  let dependentDialects = ["::mlir::prune::PruneDialect"];
  let options = [
    Option<"output", "output", "std::string", /*default=*/"\"\"",
           "Statistics file the instrumented model writes at exit (required)">,
    Option<"referenceFunc", "reference-func", "std::string",
           /*default=*/"\"\"",
           "Function whose layers are observed as the reference model">,
    Option<"modelFunc", "model-func", "std::string", /*default=*/"\"\"",
           "With reference-func: the model function whose unnamed layers "
           "(<function>#<k>) the reference's unnamed layers pair with">,
    Option<"layers", "layers", "std::string", /*default=*/"\"\"",
           "Instrument only layers whose name matches this regular "
           "expression (sequential pruning observes one layer per run)">,
  ];
  let statistics = [
    Statistic<"numLayersInstrumented", "layers-instrumented",
              "Number of layers instrumented">,
    Statistic<"numLayersSkipped", "layers-skipped",
              "Number of layers not instrumented">,
  ];
}

def PruneLowerObserve : Pass<"prune-lower-observe", "ModuleOp"> {
  let summary = "Lower prune.observe to calls of libPruneRuntime.so";
  let description = [{
    Replaces every `prune.observe` by a call of the runtime's
    `prune_observe_f32` / `prune_observe_f64` (declared with
    `llvm.emit_c_interface`, so they link to `_mlir_ciface_prune_observe_*`),
    passing the statistics path and layer name as i8 memref globals and the
    observed tensor as an unranked memref (`bufferization.to_buffer`
    `read_only`). Runs on tensors, before bufferization; the result goes
    through the stock pipelines (`tosa-to-linalg-pipeline`, `sparsifier`)
    and runs with `mlir-runner -shared-libs=...,libPruneRuntime.so`.

    ```mlir
    prune.observe input %x layer "fc1" dim 1 to "s.stats" : tensor<?x64xf32>
    ```
    becomes
    ```mlir
    %p = memref.get_global @__prune_str_0 : memref<7xi8>
    ...
    %m = bufferization.to_buffer %x read_only : tensor<?x64xf32> to memref<?x64xf32, strided<[?, ?], offset: ?>>
    %u = memref.cast %m : memref<?x64xf32, strided<[?, ?], offset: ?>> to memref<*xf32>
    call @prune_observe_f32(%pc, %lc, %c0_i64, %c1_i64, %u) : (memref<?xi8>, memref<?xi8>, i64, i64, memref<*xf32>) -> ()
    ```
  }];
  let dependentDialects = [
    "::mlir::arith::ArithDialect",
    "::mlir::bufferization::BufferizationDialect",
    "::mlir::func::FuncDialect",
    "::mlir::memref::MemRefDialect",
  ];
}

#endif // PRUNE_TRANSFORMS_PASSES
