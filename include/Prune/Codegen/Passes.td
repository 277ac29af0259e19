//===- Passes.td - mlir-prune code generation passes -------*- tablegen -*-===//
//
// Passes that prune-compile runs around upstream's TOSA lowering and the
// sparsifier: they prepare a model for code generation (TOSA target
// environment, C interface) and make dense layers tiled and vectorized, so
// that dense code is an honest baseline for sparse code.
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_CODEGEN_PASSES
#define PRUNE_CODEGEN_PASSES

include "mlir/Pass/PassBase.td"

def PruneAttachTosaTargetEnv : Pass<"prune-attach-tosa-target-env",
                                    "ModuleOp"> {
  let summary = "Give a TOSA module a permissive tosa.target_env if it has none";
  let description = [{
    `tosa-validate` (run by `tosa-to-linalg-pipeline`) checks every TOSA op
    against the module's `tosa.target_env`, and without one it assumes level
    8K with no extensions, which rejects dynamic dimensions (a dynamic batch
    size, as torch-mlir exports it). A model is not a conformance test, so a
    module that has TOSA ops and no target environment gets one that allows
    everything TOSA 1.0 can express: level `none`, the `pro_int` and
    `pro_fp` profiles and every extension. A module that already has a
    `tosa.target_env` keeps it (the user asked for those checks), and a
    module without TOSA ops is left alone.

    ```mlir
    module {
      func.func @f(%x: tensor<?x4xf32>) -> tensor<?x4xf32> { ... tosa ... }
    }
    ```
    becomes
    ```mlir
    module attributes {tosa.target_env = #tosa.target_env<
        specification_version = "1.0", level = none,
        profiles = [pro_int, pro_fp], extensions = [int16, ..., dynamic]>} {
      ...
    }
    ```
  }];
  let dependentDialects = ["tosa::TosaDialect"];
}

def PruneStripTosaTargetEnv : Pass<"prune-strip-tosa-target-env",
                                   "ModuleOp"> {
  let summary = "Drop the module's tosa.target_env once TOSA is lowered";
  let description = [{
    The `tosa.target_env` module attribute outlives the TOSA ops it
    describes, and tools that do not load the TOSA dialect (`mlir-runner`,
    `mlir-translate`) cannot parse it. Run after TOSA is lowered; the pass
    fails if TOSA ops are left, since the attribute still matters then.

    ```mlir
    module attributes {tosa.target_env = #tosa.target_env<...>} { ... }
    ```
    becomes
    ```mlir
    module { ... }
    ```
  }];
}

def PruneApproximateMath : Pass<"prune-approximate-math"> {
  let summary = "Replace f32 math functions by polynomial approximations";
  let description = [{
    `math.erf`, `math.exp`, `math.tanh` and the like have no vector
    instruction: lowered as they are, a vector of them becomes one libm call
    per element (`erff`, `expf`). In a transformer at batch 1 that is most
    of the time: the GELU's `erff` took 41% and softmax's `expf` 5% of the
    Fashion-MNIST ViT's time (`expf` 10% at batch 64, once `erff` was gone). This pass applies upstream's polynomial
    approximations (`populateMathPolynomialApproximationPatterns`, the ones
    IREE uses), which are vector arithmetic, to the f32 ops named in `ops`,
    except exp, which gets our own (`populateAccurateExpApproximationPatterns`):
    within 1.01 ulp of the exact value over the whole f32 range, never more
    than one ulp from libm's `expf`, with NaN, infinities, overflow and
    subnormal results as libm's (upstream's is off by up to 6.4e-6
    relative). The default is erf and tanh (the GELU's) and exp on vectors
    (softmax's); a scalar exp stays a libm call, as fast as the polynomial,
    so that a boosted-tree ensemble's sigmoid keeps matching XGBoost bit for
    bit (its `1 - p` cancels: one ulp of `p` can be 6.4e-6 of `1 - p`).
    Naming `ops` approximates exactly those, scalars too.
    `prune-compile{approximate-math=false}` keeps every libm call.

    ```mlir
    %g = math.erf %x : vector<16xf32>
    ```
    becomes a clamp, a rational polynomial in `%x` and a select on its sign,
    all on `vector<16xf32>`.
  }];
  let options = [
    ListOption<"ops", "ops", "std::string",
               "Math ops to approximate, by mnemonic (erf, exp, tanh, log, "
               "log1p, log2, expm1, atan, atan2, asin, acos, sin, cos, cbrt, "
               "rsqrt); empty: erf, tanh, and exp on vectors">,
  ];
  let dependentDialects = ["arith::ArithDialect", "math::MathDialect",
                           "vector::VectorDialect"];
  let statistics = [
    Statistic<"numApproximated", "ops-approximated",
              "Number of math ops replaced by polynomial approximations">,
  ];
}

def PruneEmitCInterface : Pass<"prune-emit-c-interface", "ModuleOp"> {
  let summary = "Request MLIR's C interface for every public function";
  let description = [{
    Sets the `llvm.emit_c_interface` unit attribute on every public
    `func.func` with a body, so that `convert-func-to-llvm` also emits
    `_mlir_ciface_<name>`, which takes and returns memrefs as pointers to
    descriptors (`StridedMemRefType` in `mlir/ExecutionEngine/CRunnerUtils.h`)
    and is callable from C and C++ in an ahead-of-time build.

    ```mlir
    func.func @forward(%x: tensor<?x64xf32>) -> tensor<?x10xf32>
    ```
    becomes
    ```mlir
    func.func @forward(%x: tensor<?x64xf32>) -> tensor<?x10xf32>
        attributes {llvm.emit_c_interface}
    ```
  }];
}

def PruneFuseElementwise : Pass<"prune-fuse-elementwise", "func::FuncOp"> {
  let summary = "Fuse elementwise linalg ops, keeping them out of sparse "
                "contraction kernels";
  let description = [{
    Upstream's `linalg-fuse-elementwise-ops` (same patterns, same
    single-use rule), except that a dense elementwise producer is not fused
    into a linalg op that reduces over a `sparse_tensor` operand (a pruned
    layer after `prune-sparsify`). Fused there, the producer (the previous
    layer's bias and activation) is recomputed for every stored weight
    instead of once per element, and the sparsifier must express its body
    in sparse iteration: it cannot express some (`arith.cmpf` +
    `arith.select`, the ReLU torch-mlir and hand-written models use), and a
    kernel it rejects stays a linalg op on sparse tensors that later fails
    with "failed to legalize unresolved materialization".

    ```mlir
    %r = linalg.generic {...} ins(%h) {   // ReLU: cmpf + select
    %y = linalg.generic {...} ins(%r, %W : tensor<1x16xf32>,
                                  tensor<16x16xf32, #CSR>) {...}
    ```
    stays two ops (`linalg-fuse-elementwise-ops` makes one).

    Nor is a producer fused into a consumer whose fused operand is not
    indexed by one of its loops (of size other than 1), unless the producer
    only casts: fused, it would be computed again for every iteration of
    that loop. The GELU before a dense fully connected layer ran once per
    output column, and once per vector lane of the broadcast; in the
    Fashion-MNIST transformer at batch 1 that was three quarters of the
    time (0.49 ms per call; 0.12 ms unfused, on an AVX2 EPYC).

    Beyond the one-use rule, a cheap elementwise producer (at most two
    arithmetic ops and one input of its full size, the others broadcast)
    fuses into each of its consumers when all are dense `linalg.generic`s
    that would not compute it again per iteration, so that it is never
    stored: LayerNorm's `x - mean`, read by the variance's square and by
    the normalization. A residual sum `x + y` stays, as each consumer would
    read two tensors instead of one. Dense `linalg.reduce` ops become
    `linalg.generic`s, into which the square then fuses.
  }];
  let dependentDialects = ["linalg::LinalgDialect", "tensor::TensorDialect"];
}

def PruneFoldSparseUnitDims : Pass<"prune-fold-sparse-unit-dims",
                                   "func::FuncOp"> {
  let summary = "Drop the unit loops of sparse kernels that index no sparse "
                "operand";
  let description = [{
    Upstream's `linalg-fold-unit-extent-dims` (reassociative reshapes),
    restricted to linalg ops with a `sparse_tensor` operand and to the loops
    of static size 1 that index none of the sparse operands; named ops are
    generalized first. A batch-1 layer after `prune-sparsify` iterates
    (batch, rows, columns); the sparsifier parallelizes only its outermost
    loop, which is the batch of one. Without it, the outermost loop is the
    rows of the weight. `prune-compile{threads=N}` runs it for N > 1.

    ```mlir
    %y = linalg.generic {(b, i, j): (b, j), (i, j), (b, i)}
        ins(%x, %W : tensor<1x64xf32>, tensor<32x64xf32, #CSR>) ...
    ```
    becomes a generic over (i, j) on `tensor.collapse_shape`s of `%x` and
    the output, and a `tensor.expand_shape` of its result.

    A kernel whose work - the nonzeros its sparse operand stores (the static
    size of the values that `sparse_tensor.assemble` takes, else the
    operand's element count) times the sizes of the loops that do not index
    it - is under `min-work` keeps its unit loops: its parallel loop is then
    the batch of one, which canonicalization erases, and it runs on one
    thread, where a fork and join would cost more than it saves.
  }];
  let options = [
    Option<"minWork", "min-work", "int64_t", /*default=*/"0",
           "Kernels of fewer multiply-adds keep their unit loops (and stay "
           "on one thread)">,
  ];
  let dependentDialects = ["linalg::LinalgDialect", "tensor::TensorDialect"];
}

def PrunePackDenseWeights : Pass<"prune-pack-dense-weights", "func::FuncOp"> {
  let summary = "Pack constant matmul weights into column panels";
  let description = [{
    A dense fully connected layer after the TOSA lowering is a
    `linalg.batch_matmul` (batch 1) or `linalg.matmul` whose right operand is
    a constant [K, N] weight, usually a `linalg.transpose` of the stored
    [N, K] one. Read as [K, N], a tile of 16 output columns walks the weight
    down its rows, one 64-byte piece per row and a page apart. This pass
    stores the weight at compile time as panels of `vector-width` columns,
    [N / w, K, w], each panel contiguous, and rewrites the product as a
    `linalg.generic` over (batch, panel, rows, column-in-panel, k) on a
    [.., M, N / w, w] view of the output: at batch 1 the panels stream from
    memory, at larger batches one panel serves every row tile while it is in
    cache. Panels are `panel-width` columns wide where `N` is a multiple of
    it (two AVX-512 vectors: prune-vectorize-dense's tiles of such a panel
    load two weight vectors per broadcast row element, not one), else
    `vector-width`; `N` must be a multiple of `w`; the weight constant must
    have no other use. A product of M > 1 rows (M static, a multiple of `rows` or
    below it) whose tile rows take more than `row-block-min-bytes` reads its
    left operand as row blocks [.., M / r, K, r], a transpose made on every
    call: the r rows of a tile then take their elements of one k from one
    cache line instead of r lines that do not stay in L1.

    ```mlir
    %t = linalg.transpose ins(%w : tensor<256x784xf32>) ... permutation = [1, 0]
    %b = tensor.expand_shape %t [[0, 1], [2]] ... into tensor<1x784x256xf32>
    %y = linalg.batch_matmul ins(%x, %b : tensor<1x1x784xf32>, ...)
    ```
    becomes a `linalg.generic` reading `arith.constant ... :
    tensor<16x784x16xf32>` and writing a `tensor.expand_shape` of the
    output to `tensor<1x1x16x16xf32>`.
  }];
  let options = [
    Option<"vectorWidth", "vector-width", "int64_t", /*default=*/"16",
           "Columns per panel (the vector length of the dense tiles)">,
    Option<"panelWidth", "panel-width", "int64_t", /*default=*/"0",
           "Columns per panel where N is a multiple of it (else "
           "vector-width); 0: vector-width">,
    Option<"rows", "rows", "int64_t", /*default=*/"8",
           "Rows of a dense matmul tile (prune-vectorize-dense's rows): a "
           "product of more rows may read its left operand as blocks of this "
           "many rows, [.., M / rows, K, rows]; 0: never">,
    Option<"rowBlockMinBytes", "row-block-min-bytes", "int64_t",
           /*default=*/"32768",
           "Row blocks only where a tile's rows (rows x K elements) take more "
           "bytes than this: rows that fit the L1 cache are read as they are">,
  ];
  let dependentDialects = ["arith::ArithDialect", "linalg::LinalgDialect",
                           "tensor::TensorDialect"];
  let statistics = [
    Statistic<"numPacked", "weights-packed",
              "Number of matmul weights packed into panels">,
  ];
}

def PruneGroupConvolutions
    : Pass<"prune-group-convolutions", "func::FuncOp"> {
  let summary = "Compute a grouped convolution's per-group tosa.conv2d ops "
                "in one loop over the groups";
  let description = [{
    TOSA has no grouped convolution: converters (prune-import-onnx, TFLite's
    legalization) write one `tosa.conv2d` per group on a channel slice of
    the input, concatenated. RegNet-Y-400MF has 600 of them; compiled op by
    op, one-shot bufferization's conflict analysis ran for over 500 s. This
    pass rewrites each such `tosa.concat` on the channel axis whose operands
    are `tosa.conv2d`s of equal geometry on consecutive, equal channel
    slices of one input, with float constant weights and biases, into

    ```mlir
    %padded = tensor.pad %x ...                       // when pad != 0
    %filters = arith.constant ... : tensor<GxKHxKWxCgxFgxf32>  // HWCF per group
    %acc = linalg.broadcast ins(%bias : tensor<G*Fg>) ...
    %y = scf.forall (%g) in (G) shared_outs(%o = %acc) {
      // the group's input channels, filter and output channels
      %c = linalg.conv_2d_nhwc_hwcf ins(%xg, %wg) outs(%og)
      ... parallel_insert_slice %c into %o
    }
    ```

    so that the model's size in ops no longer grows with the groups, and
    each group's convolution takes the dense convolution paths
    (`prune-conv-to-matmul`, `prune-vectorize-dense`). The filters are
    stacked once at compile time. Groups compile dense: `prune-sparsify`
    runs later, on linalg, and sees no per-group weight. Run before the
    TOSA lowering (`prune-compile` does, for the CPU).
  }];
  let dependentDialects = ["arith::ArithDialect", "linalg::LinalgDialect",
                           "scf::SCFDialect", "tensor::TensorDialect"];
  let statistics = [
    Statistic<"numGrouped", "convolutions-grouped",
              "Number of grouped convolutions computed in one loop">,
    Statistic<"numGroups", "groups",
              "Number of per-group convolutions they replaced">,
  ];
}

def PruneInt8LayersInF32 : Pass<"prune-int8-layers-in-f32", "func::FuncOp"> {
  let summary = "Compute int8 convolutions and matmuls in f32 where every "
                "partial sum is provably an integer below 2^24";
  let description = [{
    An int8 `tosa.conv2d` or `tosa.matmul` (i8 operands, i32 accumulator)
    lowers to a linalg op of mixed element types, which prune-compile's
    dense paths take poorly or not at all: a convolution stays a scalar loop
    nest, a matmul multiplies in i32 lanes. In f32 the same layer is exact
    whenever every partial sum is an integer of magnitude below 2^24:
    products of i8 values are exact, and sums of such integers round
    nowhere, in any order. For a constant weight (zero point 0) and bias the
    pass proves, for every output channel f,

    ```
    |bias[f]| + max|x - input_zp| * sum of f's |w| < 2^24
    ```

    and rewrites the layer as `tosa.cast` of the input to f32, minus the
    input zero point, the f32 `tosa.conv2d` (padding x - zp with zeros, as
    the integer convolution skips padded positions) or `tosa.matmul` (a B of
    one batch), and `tosa.cast` back to i32. Where the bound fails, the
    reduction (the input's last dimension: a convolution's channels, a
    matmul's K) is split into the fewest equal chunks for which it holds,
    each converted to i32 and added in i32. A layer for which single
    channels fail is left as it is. The result is bit-identical. Run before
    the TOSA lowering (`prune-compile` does, for the CPU).
  }];
  let statistics = [
    Statistic<"numRewritten", "layers-in-f32",
              "Number of int8 layers computed in f32">,
    Statistic<"numChunked", "layers-chunked",
              "Number of them split into chunks of their reduction">,
    Statistic<"numLeft", "layers-left",
              "Number of int8 layers whose bound fails for single channels">,
  ];
}

def PruneConvToMatmul : Pass<"prune-conv-to-matmul", "func::FuncOp"> {
  let summary = "Rewrite dense 2-D convolutions as a window gather and one "
                "matmul, or leave small ones for direct vectorization";
  let description = [{
    Upstream's vectorizer handles 1-D convolutions only, so a
    `linalg.conv_2d_nhwc_fhwc` (the TOSA lowering of `tosa.conv2d`) or
    `linalg.conv_2d_nhwc_hwcf` would stay a scalar loop nest of seven loops.
    This pass rewrites each such convolution on dense tensors as

    1. the windows of one (already padded) input image gathered into a
       [1, OH, OW, KH, KW, C] tensor, one strided `tensor.extract_slice` and
       `linalg.copy` per window position, copies that vectorize along the
       channels (a 1x1 convolution of stride 1 reads its input as it is);
    2. one `linalg.matmul` of the windows, viewed as [OH*OW, KH*KW*C], with
       the filter as [KH*KW*C, F], accumulating into the image's slice of
       the convolution's own output (the bias the TOSA lowering broadcasts
       into it).

    A batch of more than one image is an `scf.forall` over the images:
    windows of the whole batch would be a buffer allocated and faulted in on
    every call, and per image they stay in cache. `prune-compile` runs the
    loop in order on one thread and as an OpenMP loop with `threads=N`.

    The matmul is then a fully connected layer to the passes after it:
    `prune-pack-dense-weights` packs a constant filter into panels and
    `prune-vectorize-dense` tiles it into register tiles. A constant filter
    becomes a constant of the new shape (no copy of a `dense_resource`
    blob); an FHWC filter is read through a `linalg.transpose`, which those
    passes fold at compile time. Convolutions with a sparse operand (a
    filter `prune-sparsify` made sparse) are the sparsifier's and are left
    alone, as are quantized convolutions (`_q` ops) and ones whose input,
    filter or output have dynamic dimensions other than the batch.
    Unlike upstream's `rewriteInIm2Col`, the gather is made of slices and
    copies that `prune-vectorize-dense` vectorizes, not an element-wise
    `tensor.extract` per window element.

    ```mlir
    %y = linalg.conv_2d_nhwc_fhwc {dilations = dense<1> : tensor<2xi64>,
                                   strides = dense<1> : tensor<2xi64>}
        ins(%x, %w : tensor<?x30x30x16xf32>, tensor<32x3x3x16xf32>)
        outs(%b : tensor<?x28x28x32xf32>) -> tensor<?x28x28x32xf32>
    ```
    becomes, inside `scf.forall (%n) in (%batch) shared_outs(%o = %b)`,
    nine `linalg.copy` ops into a `tensor<1x28x28x3x3x16xf32>`, and
    ```mlir
    %m = linalg.matmul ins(%windows, %wt : tensor<784x144xf32>,
                                           tensor<144x32xf32>)
                       outs(%image_out : tensor<784x32xf32>)
    ```
    whose result, expanded to [1, 28, 28, 32], is inserted into `%o` at
    image `%n`.

    A convolution whose filter takes at most `max-direct-filter-bytes`, and
    whose window is more than a 1x1 of stride 1, is not gathered: it stays a
    convolution, `linalg.conv_2d_nhwc_hwcf` (an FHWC filter is read through
    a `linalg.transpose` to HWCF, folded at compile time), which
    `prune-vectorize-dense` tiles directly, each register tile reading its
    windows where they are in the input. Gathered, the windows are KH * KW
    times the image (49 times for a 7x7 stem of 3 channels), a copy as long
    as the matmul of few channels; the matmul wins for large filters, whose
    packed panels stay in cache while a direct tile streams the whole filter
    per output row tile. In the example above the filter takes 18 KiB, so
    with the default it stays a convolution.
  }];
  let options = [
    Option<"maxDirectFilterBytes", "max-direct-filter-bytes", "int64_t",
           /*default=*/"163840",
           "Largest filter (in bytes) of a convolution left for direct "
           "vectorization; 0 gathers every convolution">,
  ];
  let dependentDialects = ["arith::ArithDialect", "linalg::LinalgDialect",
                           "scf::SCFDialect", "tensor::TensorDialect"];
  let statistics = [
    Statistic<"numRewritten", "convolutions-rewritten",
              "Number of convolutions rewritten as a window gather and a "
              "matmul">,
    Statistic<"numDirect", "convolutions-direct",
              "Number of convolutions left for direct vectorization">,
  ];
}

def PrunePrepareDepthwise : Pass<"prune-prepare-depthwise", "func::FuncOp"> {
  let summary = "Put depthwise convolutions in the form prune-vectorize-dense "
                "vectorizes, with their bias in the accumulator";
  let description = [{
    Upstream vectorizes a depthwise convolution only in its 1-D form
    (`linalg.depthwise_conv_1d_nwc_wc`: per output column and filter tap,
    one vector FMA along the channels), and the TOSA lowering writes every
    `tosa.depthwise_conv2d` as a 2-D convolution with a channel multiplier
    (`linalg.depthwise_conv_2d_nhwc_hwcm`) into a zero-filled accumulator,
    followed by an elementwise add of the bias. Left so, it is a scalar nest
    of seven loops and two more passes over the output. This pass rewrites,
    on dense tensors:

    1. a `depthwise_conv_2d_nhwc_hwcm` whose multiplier is 1 (MobileNets,
       PyTorch's `groups=channels`) as a `depthwise_conv_2d_nhwc_hwc` on the
       collapsed filter and output; the elementwise ops that read its result
       through the expansion back to 5-D are collapsed to 4-D with it
       (upstream's reshape-by-collapsing fusion), and so is the fill of its
       accumulator, so that their innermost dimension is the channels, not
       the unit multiplier;
    2. an elementwise `arith.addf` of such a convolution's result (its only
       use) and another operand, when the convolution accumulates into a
       zero fill: the other operand (the bias) is broadcast into the
       accumulator instead, and the add goes away. The sum is the same up to
       rounding (the bias is added first rather than last);
    3. then a multiplier-free convolution of a zero-padded input (the TOSA
       lowering pads the whole input, a copy made on every call) is split
       into a convolution of the output's interior, whose windows read no
       padding and so read the input where it is, and one of each border
       strip (rows above and below, columns left and right), each reading a
       slice of the padded input that upstream's
       `ExtractSliceOfPadTensorSwapPattern` turns into a padded slice of the
       input. The whole padded input is no longer built. When the
       accumulator is the bias broadcast, each piece broadcasts the bias into
       its own slice of the output, and when the convolution's only user is
       an elementwise op (its activation), each piece applies it to its own
       result; the pieces are then assembled in an empty tensor. The output
       is so written once, not by a broadcast, the convolution and the
       activation in turn.

    `prune-vectorize-dense` then tiles the convolution into one output row
    of `rows` columns times `vector-width` channels over one filter row,
    narrows each tile to the 1-D form (upstream's
    `DownscaleDepthwiseConv2DNhwcHwcOp`) and vectorizes it. Multipliers
    other than 1 and quantized convolutions are left alone.

    ```mlir
    %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x8x8x4x1xf32>)
    %c = linalg.depthwise_conv_2d_nhwc_hwcm ins(%x, %w : tensor<1x10x10x4xf32>,
                                           tensor<3x3x4x1xf32>) outs(%f ...)
    %y = linalg.generic {...} ins(%bias, %c ...) { arith.addf }
    ```
    becomes a broadcast of `%bias` into a `tensor<1x8x8x4xf32>` and one
    `linalg.depthwise_conv_2d_nhwc_hwc` accumulating into it.
  }];
  let dependentDialects = ["linalg::LinalgDialect", "tensor::TensorDialect"];
  let statistics = [
    Statistic<"numPrepared", "depthwise-convolutions",
              "Number of depthwise convolutions in the multiplier-free form">,
    Statistic<"numBiasesFolded", "biases-folded",
              "Number of bias adds folded into a depthwise accumulator">,
    Statistic<"numPaddingsPeeled", "paddings-peeled",
              "Number of depthwise convolutions split into an interior "
              "reading the unpadded input and padded border strips">,
  ];
}

def PruneFoldWeightTransposes : Pass<"prune-fold-weight-transposes",
                                     "func::FuncOp"> {
  let summary = "Transpose constant weights at compile time";
  let description = [{
    ONNX and torch store a fully connected layer's weight as [out, in] and
    the TOSA lowering reads it through a `linalg.transpose` that runs on every
    call: for a 4096x4096 layer, 64 MiB read and written in scalar order
    before the matrix product starts. This pass replaces each
    `linalg.transpose` of a constant that has no other use by a constant
    holding the transposed elements (a `dense_resource` blob when the input
    was one, a `dense` attribute otherwise; splats stay splats), so the
    contraction reads [in, out] weights directly.

    ```mlir
    %w = arith.constant dense_resource<fc1> : tensor<256x784xf32>
    %t = linalg.transpose ins(%w : tensor<256x784xf32>)
             outs(%e : tensor<784x256xf32>) permutation = [1, 0]
    ```
    becomes `%t = arith.constant dense_resource<fc1_transposed> :
    tensor<784x256xf32>`.
  }];
  let dependentDialects = ["arith::ArithDialect"];
  let statistics = [
    Statistic<"numFolded", "transposes-folded",
              "Number of linalg.transpose ops of constants folded">,
  ];
}

def PruneFillPadBorders : Pass<"prune-fill-pad-borders", "func::FuncOp"> {
  let summary = "Lower tensor.pad to a copy into its interior and fills of "
                "its borders";
  let description = [{
    A `tensor.pad` bufferizes to a fill of the whole padded buffer followed
    by a copy of the source over its interior: the interior is written
    twice. This pass rewrites each `tensor.pad` of a constant value with
    static shapes into a `linalg.copy` of the source into the interior of a
    `tensor.empty` and one `linalg.fill` per border strip (low and high
    padding of each padded dimension, over the interior of the dimensions
    before it and the whole of those after it); bufferized, all write one
    buffer in place, and `prune-vectorize-dense` vectorizes the copy and the
    fills. A convolution's zero-padded input at batch 64
    (64x28x28x16 -> 64x30x30x16) took 0.47 ms as a pad and 0.24 ms so
    (AVX2 EPYC). Pads of a computed value, dynamic shapes or `nofold` stay.

    ```mlir
    %p = tensor.pad %x low[0, 1, 1, 0] high[0, 1, 1, 0] { ... yield %zero }
        : tensor<64x28x28x16xf32> to tensor<64x30x30x16xf32>
    ```
    becomes a `linalg.copy` of `%x` into `[0, 1, 1, 0] [64, 28, 28, 16]` and
    fills of the top and bottom rows (`[64, 1, 30, 16]`) and of the left and
    right columns of the interior rows (`[64, 28, 1, 16]`).
  }];
  let dependentDialects = ["linalg::LinalgDialect", "tensor::TensorDialect"];
  let statistics = [
    Statistic<"numRewritten", "pads-rewritten",
              "Number of tensor.pad ops rewritten as a copy and border fills">,
  ];
}

def PruneFuseImageLoops : Pass<"prune-fuse-image-loops", "func::FuncOp"> {
  let summary = "Move a convolution's bias fill and elementwise epilogue "
                "into its loop over images";
  let description = [{
    `prune-conv-to-matmul` computes a convolution one image at a time, in an
    `scf.forall` over the batch whose shared output is the convolution's
    accumulator. The TOSA lowering fills that accumulator with the bias in a
    pass over the whole batch's output, and the activation (or residual add
    and activation) after the convolution is another pass over it: at batch
    32 a MobileNetV2 expansion's output (12 MiB) leaves the cache between
    the three. This pass fuses, with upstream's tile-and-fuse utilities, the
    producer of the loop's shared output (an all-parallel linalg op used
    only by the loop) and its result's one consumer (an all-parallel
    `linalg.generic` reading it elementwise) into the loop, so that each
    image's output is filled, accumulated and activated while in cache; the
    whole-batch accumulator is then an image-sized tensor inside the loop.

    ```mlir
    %bias = linalg.generic ... outs(%empty) -> tensor<32x32x32x96xf32>
    %conv = scf.forall (%n) in (32) shared_outs(%o = %bias) { ...matmul... }
    %relu6 = linalg.generic ... ins(%conv) outs(%empty2)
    ```
    becomes one `scf.forall` whose body fills one image's accumulator, runs
    the matmul and the clamp, and inserts the clamped image into the
    result.
  }];
  let dependentDialects = ["linalg::LinalgDialect", "scf::SCFDialect",
                           "tensor::TensorDialect"];
  let statistics = [
    Statistic<"numAccumulators", "accumulators-fused",
              "Number of accumulator producers fused into a loop">,
    Statistic<"numEpilogues", "epilogues-fused",
              "Number of elementwise consumers fused into a loop">,
  ];
}

def PruneSparseBatchInner : Pass<"prune-sparse-batch-inner", "func::FuncOp"> {
  let summary = "Make the batch the innermost loop of sparse matrix products";
  let description = [{
    A pruned layer after `prune-sparsify` computes y[b, o] = sum_r x[b, r] *
    W[o, r] with W sparse by rows. The sparsifier iterates batch, rows, then
    the row's nonzeros, gathering x[b, r] one element at a time; at a batch
    of 64 that loses to the dense layer. This pass rewrites such a generic
    (one 2-D sparse input indexed by an output loop and the one reduction
    loop, one dense input, batch loops of a size other than 1) as
    yT[o, b] = sum_r W[o, r] * xT[r, b] on transposed activations: for each
    row and each nonzero w, one contiguous vector update
    yT[o, :] += w * xT[r, :], and the rows are the outermost loop (the one
    `threads` parallelizes). The transposes of x and y are dense ops.
  }];
  let dependentDialects = ["linalg::LinalgDialect", "tensor::TensorDialect"];
  let statistics = [
    Statistic<"numRewritten", "kernels-rewritten",
              "Number of sparse matrix products given an inner batch loop">,
  ];
}

def PruneVectorizeSparse : Pass<"prune-vectorize-sparse", "func::FuncOp"> {
  let summary = "Vectorize the loops of sparse kernels, choosing who "
                "vectorizes loops that gather";
  let description = [{
    Upstream's sparse vectorization (`populateSparseVectorizationPatterns`,
    what `sparse-vectorization` and the sparsifier's `vl` option run) applied
    loop by loop to the innermost loops that the sparsifier emitted, after
    sparsification. A loop that reads a dense operand through the
    coordinates of a sparse one (a CSR row times a vector: `x[crd[j]]`)
    becomes a `vector.gather` upstream, which on CPUs with microcoded gathers
    (AMD before Zen 4) costs more than it saves. `gathers` says who
    vectorizes those loops:

    - `vector`: upstream, with `vector.gather`;
    - `llvm`: they stay scalar here, with their floating-point sums marked
      `reassoc` and `contract` (when `reassociate` is set), so that LLVM's
      loop vectorizer, which knows the target's cost of a gather, keeps
      several partial sums and fuses products into FMAs. Without the flags
      a scalar sum waits on one add per nonzero;
    - `auto`: `vector` on hosts with AVX-512, `llvm` otherwise.

    Loops that need no gather (a row of a CSR weight times a batch of
    transposed activations, which `prune-sparse-batch-inner` makes
    contiguous) are vectorized here in every mode.

    `prune-compile` runs it after the sparsifier with `vl` lanes and
    `sparse-gathers`; the sparsifier itself then runs with vl=0.

    ```mlir
    %s = scf.for %j = %lo to %hi step %c1 iter_args(%acc = %init) -> (f32) {
      %c = memref.load %crd[%j] : memref<?xi16>
      %i = arith.index_cast %c : i16 to index
      %x = memref.load %X[%i] : memref<1024xf32>
      %v = memref.load %vals[%j] : memref<?xf32>
      %p = arith.mulf %v, %x : f32
      %a = arith.addf %acc, %p : f32
      scf.yield %a : f32
    } {"Emitted from" = "linalg.generic"}
    ```
    with `gathers=llvm` keeps the loop, with `arith.mulf %v, %x
    fastmath<reassoc,contract>` and the same on the `arith.addf`.
  }];
  let options = [
    Option<"vectorLength", "vector-length", "unsigned", /*default=*/"16",
           "Lanes per vector (0 leaves every loop scalar)">,
    Option<"gathers", "gathers", "std::string", /*default=*/"\"auto\"",
           "Who vectorizes loops that gather: auto, vector (upstream's "
           "vector.gather) or llvm (LLVM's loop vectorizer)">,
    Option<"reassociate", "reassociate", "bool", /*default=*/"true",
           "With gathers=llvm, let LLVM reassociate the sums of those loops "
           "and contract their products into FMAs">,
  ];
  let dependentDialects = ["vector::VectorDialect", "scf::SCFDialect",
                           "arith::ArithDialect", "memref::MemRefDialect"];
}

def PruneVectorizeDense : Pass<"prune-vectorize-dense", "func::FuncOp"> {
  let summary = "Tile and vectorize dense linalg ops on tensors";
  let description = [{
    Upstream's sparsifier lowers every dense linalg op it meets to scalar
    loops (`convert-linalg-to-loops`), which makes dense layers several times
    slower than they need to be and any sparse-versus-dense speedup
    meaningless. This pass runs before the sparsifier, on tensors, and
    handles the linalg ops whose operands are all dense (ops with a
    `sparse_tensor` encoding are the sparsifier's):

    1. every loop of the op is tiled (`scf::tileUsingSCF`): the innermost
       parallel loop and, for reductions, the innermost reduction loop by
       `vector-width`, the next parallel loop by `rows`, the others by 1
       (`tile-sizes` overrides this, aligned to the innermost loops);
    2. loops whose last tile may be partial (a dynamic batch, a size the
       tile does not divide) are peeled, and each tile is vectorized
       (`linalg::vectorize`) with the tile sizes as vector sizes: main loops
       without masks, the peeled remainder masked;
    3. `vector.contract` is lowered with `contraction-lowering`, other
       reductions to inner reductions, loop-invariant accumulators are
       hoisted, and n-D transfers are unrolled to 1-D ones on tensors (left
       n-D, later lowering stages them through stack buffers allocated
       inside loops).

    A multiplier-free 2-D depthwise convolution (`prune-prepare-depthwise`
    makes them) is tiled into one output row of `rows` columns times
    `vector-width` channels over one filter row instead, and a
    `conv_2d_nhwc_hwcf` (what `prune-conv-to-matmul` leaves for direct
    vectorization) into one output row of at most `rows` columns (split
    evenly) times `vector-width` filters over one filter tap and
    `vector-width` channels (with fewer channels than `vector-width`, as in
    an RGB stem, and at least twice `vector-width` filters: half of `rows`
    columns times twice `vector-width` filters, so that each broadcast
    input element feeds two filter vectors); each tile is narrowed to the
    1-D form before it is vectorized (per channel, one FMA per output column
    and filter vector). The producer of such a convolution's accumulator
    (the bias broadcast into its output) and its elementwise consumer (a
    ReLU) are computed in its tiles, so that each accumulator tile starts and is
    activated in registers. The vector lanes' tile is a power of two whose
    last (peeled) tile is one too: 12 channels as 8 + 4, not one
    vector<12xf32>. Ops that cannot be vectorized are left untouched
    (other convolutions stay scalar loops).

    With `threads=N` (N > 1), a contraction or convolution of at least
    `min-parallel-iterations` (2^19) iterations, or another op of at least
    `min-parallel-elementwise-iterations` (2^16), is first
    split into N chunks of its largest static parallel loop (each a multiple
    of that loop's tile size) by an `scf.forall`, whose body is then tiled
    and vectorized as above (a convolution's chunks take their slices of its
    accumulator's producer and its epilogue along); `prune-compile{threads=N}` turns the
    `scf.forall` into an OpenMP parallel loop after bufferization.

    ```mlir
    %y = linalg.matvec ins(%A, %x : tensor<64x64xf32>, tensor<64xf32>)
                       outs(%y0 : tensor<64xf32>) -> tensor<64xf32>
    ```
    becomes (`vector-width=16`) two `scf.for` loops over 16x16 tiles whose
    bodies read `vector<16x16xf32>` and `vector<16xf32>` slices and combine
    them with vector arithmetic.
  }];
  let options = [
    Option<"vectorWidth", "vector-width", "int64_t", /*default=*/"16",
           "Elements per vector along the innermost parallel and reduction "
           "loops (16 f32 = one AVX-512 register)">,
    Option<"rows", "rows", "int64_t", /*default=*/"8",
           "Tile size of the second innermost parallel loop of a "
           "contraction (rows of a matmul kept in registers)">,
    Option<"panelWidth", "panel-width", "int64_t", /*default=*/"0",
           "Lanes of a register tile of a contraction whose innermost loop "
           "is parallel (a weight packed in panels by "
           "prune-pack-dense-weights: at most its panel's columns); 0: "
           "vector-width">,
    ListOption<"tileSizes", "tile-sizes", "int64_t",
               "Explicit tile (= vector) sizes for the innermost loops of "
               "every op, overriding vector-width and rows">,
    Option<"contractionLowering", "contraction-lowering", "std::string",
           /*default=*/"\"outerproduct\"",
           "How vector.contract is lowered: outerproduct, dot or "
           "parallelarith">,
    Option<"threads", "threads", "int64_t", /*default=*/"1",
           "Split each large op into this many scf.forall iterations along "
           "its largest static parallel loop (1: no scf.forall)">,
    Option<"minParallelIterations", "min-parallel-iterations", "int64_t",
           /*default=*/"mlir::prune::kDefaultMinParallelIterations",
           "With threads > 1, contractions and convolutions of fewer "
           "iterations (counting static loops) stay on one thread: forking "
           "costs more than they take">,
    Option<"minParallelElementwiseIterations",
           "min-parallel-elementwise-iterations", "int64_t",
           /*default=*/"mlir::prune::kDefaultMinParallelElementwiseIterations",
           "With threads > 1, the same threshold for every other op "
           "(elementwise ops, transposes, reductions such as a softmax's), "
           "whose iterations each load and store memory">,
  ];
  let dependentDialects = [
    "affine::AffineDialect", "arith::ArithDialect", "linalg::LinalgDialect",
    "scf::SCFDialect", "tensor::TensorDialect", "vector::VectorDialect"
  ];
  let statistics = [
    Statistic<"numVectorized", "ops-vectorized",
              "Number of linalg ops tiled and vectorized">,
    Statistic<"numLeftScalar", "ops-left-scalar",
              "Number of dense linalg ops that could not be vectorized">,
    Statistic<"numSplit", "ops-split-across-threads",
              "Number of linalg ops split into an scf.forall (threads > 1)">,
  ];
}

def PruneSliceLeadingZeroWrites
    : Pass<"prune-slice-leading-zero-writes", "func::FuncOp"> {
  let summary = "Write rank-reduced vectors at the origin of a tensor "
                "through a slice, so that bufferization copies what it "
                "must";
  let description = [{
    Works around LLVM 22's one-shot bufferization of `vector.transfer_write`:
    a write of a vector of lower rank than its tensor, at index 0 in every
    dimension, is taken for a write of the whole tensor (the check zips the
    tensor's leading dimensions with the vector's, which cover its trailing
    ones), so when the write cannot happen in place the new buffer is not
    initialised with the tensor's other elements. `prune-vectorize-dense`
    writes such vectors (the first tile of a row of a reduction's output),
    and a zero fill CSE shares between two reductions then needs the copy:
    a LayerNorm over [2, 6, 8] read stale memory (0.34 off, growing with
    every call of a library that keeps its buffers).

    Each such write of a tensor with static shape, at constant indices 0
    and a minor identity map, writes instead into the rank-reduced slice of
    the trailing dimensions it covers, inserted back; a write of the same
    rank as its slice is checked right. Bufferized in place, the slice is a
    subview of the same buffer.

    ```mlir
    %w = vector.transfer_write %v, %t[%c0, %c0] {in_bounds = [true]}
        : vector<4xf32>, tensor<2x6xf32>
    ```
    becomes
    ```mlir
    %row = tensor.extract_slice %t[0, 0] [1, 6] [1, 1]
        : tensor<2x6xf32> to tensor<6xf32>
    %r = vector.transfer_write %v, %row[%c0] {in_bounds = [true]}
        : vector<4xf32>, tensor<6xf32>
    %w = tensor.insert_slice %r into %t[0, 0] [1, 6] [1, 1]
        : tensor<6xf32> into tensor<2x6xf32>
    ```
  }];
  let dependentDialects = ["tensor::TensorDialect"];
}

#endif // PRUNE_CODEGEN_PASSES
