//===- PruneCompile.cpp - The prune-compile pipeline ----------------------===//
//
// Lowers a model - any mix of tosa, linalg, tensor, scf, arith and func - to
// the LLVM dialect, for mlir-runner or mlir-translate --mlir-to-llvmir. The
// stages are upstream's TOSA lowering, our prune-sparsify, our tiling and
// vectorization of what stays dense, and upstream's sparsifier (sparse code
// generation, bufferization, lowering to LLVM). Input the upstream lowerings
// would crash on is rejected first (CompilePreconditions.h), and output that
// is not all LLVM dialect is an error at the op left.
//
//===----------------------------------------------------------------------===//

#include "Prune/Pipelines/Pipelines.h"

#include "Prune/Codegen/Passes.h"
#include "Prune/Pipelines/CompilePreconditions.h"
#include "Prune/Support/HostCpu.h"
#include "Prune/Transforms/OptionSpelling.h"
#include "Prune/Transforms/Passes.h"

#include "mlir/Conversion/Passes.h"
#include "mlir/Conversion/SCFToOpenMP/SCFToOpenMP.h"
#include "mlir/Conversion/TosaToArith/TosaToArith.h"
#include "mlir/Conversion/TosaToLinalg/TosaToLinalg.h"
#include "mlir/Conversion/TosaToSCF/TosaToSCF.h"
#include "mlir/Conversion/TosaToTensor/TosaToTensor.h"
#include "mlir/Dialect/Arith/Transforms/Passes.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/Bufferization/Pipelines/Passes.h"
#include "mlir/Dialect/Bufferization/Transforms/Passes.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Passes.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/MemRef/Transforms/Passes.h"
#include "mlir/Dialect/OpenMP/OpenMPDialect.h"
#include "mlir/Dialect/SCF/Transforms/Passes.h"
#include "mlir/Dialect/SparseTensor/Pipelines/Passes.h"
#include "mlir/Dialect/SparseTensor/Transforms/Passes.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Tosa/Transforms/Passes.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Transforms/Passes.h"

using namespace mlir;
using namespace mlir::prune;

namespace {

/// Fails with `message` when run. A pipeline builder cannot report errors
/// itself, so a bad or unsupported option becomes a pipeline of this one
/// pass; nothing is emitted because the pipeline fails.
struct PipelineOptionErrorPass
    : public PassWrapper<PipelineOptionErrorPass, OperationPass<ModuleOp>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(PipelineOptionErrorPass)

  explicit PipelineOptionErrorPass(std::string message)
      : message(std::move(message)) {}
  StringRef getArgument() const final { return "prune-compile-option-error"; }
  void runOnOperation() override {
    // Not op->emitError(): that would print the whole module as a note.
    emitError(getOperation().getLoc()) << message;
    signalPassFailure();
  }

  std::string message;
};

/// Drops function results that are the buffer of an argument, in public
/// functions too (upstream's drop-equivalent-buffer-results keeps public
/// signatures as they are): destination-passing style, `outs(%y)` returned,
/// where the caller passed that buffer in and has it. Kept, such a result is
/// a buffer the function does not own, and buffer deallocation would return
/// a fresh copy of it on every call. (An argument returned as it is was
/// copied before bufferization: CopyReturnedArgumentsPass.)
struct DropEquivalentResultsPass
    : public PassWrapper<DropEquivalentResultsPass, OperationPass<ModuleOp>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(DropEquivalentResultsPass)

  StringRef getArgument() const final {
    return "prune-compile-drop-equivalent-results";
  }
  void runOnOperation() override {
    // Upstream's mechanism, applied with every function made private for the
    // time being.
    SmallVector<func::FuncOp> madePrivate;
    for (auto func : getOperation().getOps<func::FuncOp>())
      if (func.isPublic() && !func.isExternal()) {
        func.setPrivate();
        madePrivate.push_back(func);
      }
    LogicalResult result =
        bufferization::dropEquivalentBufferResults(getOperation());
    for (func::FuncOp func : madePrivate)
      func.setPublic();
    if (failed(result))
      signalPassFailure();
  }
};

/// A public function that returns an argument tensor as it is (a model
/// whose input is also an output: ONNX's Identity) returns a copy of it.
/// Bufferized as it is, the result would be the argument's buffer, which
/// DropEquivalentResultsPass drops: the C interface would lose a result and
/// the others would shift into its slot (a new user's logits came back in
/// the input's place).
struct CopyReturnedArgumentsPass
    : public PassWrapper<CopyReturnedArgumentsPass, OperationPass<ModuleOp>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(CopyReturnedArgumentsPass)

  StringRef getArgument() const final {
    return "prune-compile-copy-returned-arguments";
  }
  void getDependentDialects(DialectRegistry &registry) const override {
    registry.insert<bufferization::BufferizationDialect>();
  }
  void runOnOperation() override {
    for (auto func : getOperation().getOps<func::FuncOp>()) {
      if (!func.isPublic() || func.isExternal())
        continue;
      func.walk([](func::ReturnOp ret) {
        OpBuilder builder(ret);
        for (OpOperand &operand : ret->getOpOperands()) {
          Value value = operand.get();
          while (auto cast = value.getDefiningOp<tensor::CastOp>())
            value = cast.getSource();
          auto type = dyn_cast<RankedTensorType>(operand.get().getType());
          if (!type || !isa<BlockArgument>(value) ||
              !isa<RankedTensorType>(value.getType()))
            continue;
          operand.set(bufferization::AllocTensorOp::create(
              builder, ret.getLoc(), type, ValueRange(), operand.get()));
        }
      });
    }
  }
};

/// Erases the deallocations the input made itself: a model that frees its
/// tensors (`bufferization.dealloc_tensor`, as upstream's sparse integration
/// tests do) has memref.dealloc ops once bufferized, which ownership-based
/// deallocation refuses ("memory free side-effect on MemRef value not
/// supported"). It frees every buffer it tracks itself, those included.
struct DropInputDeallocationsPass
    : public PassWrapper<DropInputDeallocationsPass, OperationPass<ModuleOp>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(DropInputDeallocationsPass)

  StringRef getArgument() const final {
    return "prune-compile-drop-input-deallocations";
  }
  void runOnOperation() override {
    getOperation().walk([](memref::DeallocOp dealloc) { dealloc.erase(); });
  }
};

/// Fails on the first op that is not in the LLVM dialect once the pipeline
/// has run: a stage that leaves an op it cannot convert (a vector.contract
/// the vector lowering gave up on, an op of a dialect nothing lowers)
/// otherwise succeeds, and the module fails later, in mlir-translate or
/// mlir-runner, far from the cause. Casts between LLVM and other types are
/// reported only when nothing else is left, since such an op keeps them.
struct CheckLoweredToLLVMPass
    : public PassWrapper<CheckLoweredToLLVMPass, OperationPass<ModuleOp>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(CheckLoweredToLLVMPass)

  StringRef getArgument() const final { return "prune-compile-check-lowered"; }
  void runOnOperation() override {
    auto findFirst = [&](bool includeCasts) -> Operation * {
      Operation *found = nullptr;
      getOperation().walk([&](Operation *op) {
        if (isa<ModuleOp>(op) ||
            isa_and_nonnull<LLVM::LLVMDialect, omp::OpenMPDialect>(
                op->getDialect()) ||
            (!includeCasts && isa<UnrealizedConversionCastOp>(op)))
          return WalkResult::advance();
        found = op;
        return WalkResult::interrupt();
      });
      return found;
    };
    Operation *left = findFirst(/*includeCasts=*/false);
    if (!left)
      left = findFirst(/*includeCasts=*/true);
    if (!left)
      return;
    left->emitOpError()
        << "is left after prune-compile's lowering to the LLVM dialect";
    signalPassFailure();
  }
};

/// Marks the module's function definitions dso_local: calls between them
/// (the C interface's wrapper calling the model) then bind to this library's
/// own definitions. Without it, in a shared library, a call to `forward`
/// went through the PLT to whichever `forward` the dynamic linker found
/// first: a second model loaded in the same process, or an application
/// function of that name.
struct BindFunctionsLocallyPass
    : public PassWrapper<BindFunctionsLocallyPass, OperationPass<ModuleOp>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(BindFunctionsLocallyPass)

  StringRef getArgument() const final {
    return "prune-compile-bind-functions-locally";
  }
  void runOnOperation() override {
    getOperation().walk([](LLVM::LLVMFuncOp func) {
      if (!func.isExternal())
        func.setDsoLocal(true);
    });
  }
};

} // namespace

/// Rows of a register tile of `vector-width` (16 f32) columns for the host
/// CPU, which is where prune-emit-object and `clang -march=native` target:
/// with AVX-512, 8 rows are 8 of its 32 registers; with 16 AVX2 registers,
/// 6 rows of two vectors are 12 accumulators, leaving room for the operands
/// (8 rows spill; measured on an AVX2 EPYC: the Fashion-MNIST CNN at batch
/// 64 takes 34 ms instead of 45).
static int64_t hostRegisterTileRows() { return hostHasAVX512() ? 8 : 6; }

/// Columns of a packed weight's panel for the host CPU: with AVX-512, two
/// vectors, so that a matmul tile of 8 rows holds 16 of the 32 registers
/// and loads 10 values per 16 FMAs instead of 9 per 8 (AVX2's 16-element
/// vector is two registers already).
static int64_t hostPanelWidth(int64_t vectorWidth) {
  return hostHasAVX512() ? 2 * vectorWidth : vectorWidth;
}

/// Why `options` cannot be compiled, or an empty string.
static std::string checkOptions(const PruneCompileOptions &options) {
  StringRef lowering = options.contractionLowering;
  if (lowering != "outerproduct" && lowering != "dot" &&
      lowering != "parallelarith")
    return "contraction-lowering must be outerproduct, dot or parallelarith, "
           "not '" +
           lowering.str() + "'";
  if (options.vectorWidth < 1)
    return "vector-width must be at least 1";
  if (options.rows < 0)
    return "rows must be 0 (from the host CPU) or at least 1";
  if (options.panelWidth < 0)
    return "panel-width must be 0 (from the host CPU) or at least 1";
  if (llvm::any_of(options.tileSizes, [](int64_t s) { return s < 1; }))
    return "tile-sizes must all be at least 1";
  if (options.vl < -1)
    return "vl must be -1 (vector-width), 0 (scalar) or a vector length";
  StringRef gathers = options.sparseGathers;
  if (gathers != "auto" && gathers != "vector" && gathers != "llvm")
    return "sparse-gathers must be auto, vector or llvm, not '" +
           gathers.str() + "'";
  if (!(options.minSparsity >= 0.0 && options.minSparsity <= 1.0))
    return "min-sparsity must be in [0, 1]";
  if (options.threads < 1 || options.threads > 1024)
    return "threads must be in [1, 1024]";
  if (options.sparseCacheBytes < -1)
    return "sparse-cache-bytes must be -1 (the cost model's) or at least 0";
  if (options.minParallelSparseWork < 0)
    return "min-parallel-sparse-work must be at least 0";
  if (options.minParallelIterations < 1)
    return "min-parallel-iterations must be at least 1";
  if (options.minParallelElementwiseIterations < 1)
    return "min-parallel-elementwise-iterations must be at least 1";
  if (options.target == CompileTarget::Gpu) {
    if (options.threads != 1)
      return "threads is for target=cpu (host threads); target=gpu takes "
             "gpu-threads (threads per block)";
    if (options.cacheBuffers)
      return "cache-buffers is for target=cpu; with target=gpu, "
             "libPruneCudaRuntime.so allocates the buffers";
    // Ownership-based deallocation fails on the sparsifier's cuSPARSE ops
    // (gpu.create_csr, gpu.spmv: no memory effects declared), and without
    // it every call would leak its buffers.
    if (options.gpuMode == GpuSparseMode::CuSparse)
      return "gpu-mode=cusparse is not supported with target=gpu yet "
             "(MLIR's buffer deallocation rejects the cuSPARSE ops); use "
             "gpu-mode=kernels, or prune-compile-gpu for sparse layers alone";
  }
  return "";
}

void mlir::prune::addSparsifierHostLoweringPasses(
    OpPassManager &pm, const sparse_tensor::SparsifierOptions &options) {
  // convert-vector-to-llvm runs twice on purpose: math and complex lowering
  // can produce vector ops.
  pm.addNestedPass<func::FuncOp>(createConvertLinalgToLoopsPass());
  pm.addNestedPass<func::FuncOp>(createConvertVectorToSCFPass());
  pm.addNestedPass<func::FuncOp>(memref::createExpandReallocPass());
  pm.addPass(memref::createExpandStridedMetadataPass());
  pm.addPass(createLowerAffinePass());
  pm.addNestedPass<func::FuncOp>(createSCFToControlFlowPass());
  pm.addPass(
      createConvertVectorToLLVMPass(options.convertVectorToLLVMOptions()));
  pm.addNestedPass<func::FuncOp>(createConvertComplexToStandardPass());
  pm.addNestedPass<func::FuncOp>(arith::createArithExpandOpsPass());
  pm.addNestedPass<func::FuncOp>(createConvertMathToLLVMPass());
  pm.addPass(createConvertMathToLibmPass());
  pm.addPass(createConvertComplexToLibm());
  pm.addPass(
      createConvertVectorToLLVMPass(options.convertVectorToLLVMOptions()));
}

std::unique_ptr<Pass>
mlir::prune::createPipelineOptionErrorPass(std::string message) {
  return std::make_unique<PipelineOptionErrorPass>(std::move(message));
}

bufferization::OneShotBufferizationOptions
mlir::prune::getBufferizationOptionsWithLinalgCopies() {
  bufferization::OneShotBufferizationOptions options =
      getBufferizationOptionsForSparsification(/*analysisOnly=*/false);
  options.memCpyFn = [](OpBuilder &b, Location loc, Value from, Value to) {
    linalg::CopyOp::create(b, loc, from, to);
    return success();
  };
  return options;
}

void mlir::prune::addBufferDeallocationPasses(OpPassManager &pm) {
  // A result that is the buffer of an argument (destination-passing style:
  // `outs(%y)` returned) is dropped from the signature, the caller already
  // has it; kept, deallocation would return a fresh copy of it on every
  // call, since a function does not own its arguments.
  pm.addPass(std::make_unique<DropEquivalentResultsPass>());
  pm.addPass(std::make_unique<DropInputDeallocationsPass>());
  bufferization::buildBufferDeallocationPipeline(pm);
  // Deallocation may clone a buffer it cannot prove it owns (a branch
  // yielding either of two constants); clones become alloc + copy.
  pm.addPass(createConvertBufferizationToMemRefPass());
  pm.addPass(createCanonicalizerPass());
}

/// upstream's buildSparsifier (mlir/lib/Dialect/SparseTensor/Pipelines/
/// SparseTensorPipelines.cpp, LLVM 22) without GPU code generation, with
/// buffer deallocation after bufferization when `deallocate` is set, and
/// allocations through MLIR's generic functions when `cacheBuffers` is.
static void addSparsifierWithDeallocation(
    OpPassManager &pm, const sparse_tensor::SparsifierOptions &options,
    const PruneVectorizeSparseOptions &vectorizeSparse, bool deallocate,
    int64_t threads, bool cacheBuffers) {
  pm.addNestedPass<func::FuncOp>(createLinalgGeneralizeNamedOpsPass());
  // Upstream's elementwise fusion, except into sparse layers (a ReLU fused
  // there is recomputed per weight, or not sparsified at all).
  pm.addNestedPass<func::FuncOp>(createPruneFuseElementwise());
  // A result assembled from slices (prune-prepare-depthwise's pieces of a
  // peeled convolution) is computed where it is inserted, not in a buffer of
  // its own then copied.
  pm.addPass(bufferization::createEmptyTensorEliminationPass());
  // Right before bufferization: an upstream bug skips the copy an
  // out-of-place rank-reduced write at the origin needs.
  pm.addNestedPass<func::FuncOp>(createPruneSliceLeadingZeroWrites());
  // Copies between buffers (a padded activation's interior, a slice that
  // cannot be written in place) become linalg.copy loops, which LLVM
  // vectorizes along the contiguous dimension, instead of memref.copy, which
  // is a call to the runtime's generic element-by-element memrefCopy when
  // either side is strided.
  pm.addPass(std::make_unique<CopyReturnedArgumentsPass>());
  pm.addPass(createSparsificationAndBufferizationPass(
      getBufferizationOptionsWithLinalgCopies(),
      options.sparsificationOptions(), options.createSparseDeallocs,
      options.enableRuntimeLibrary, options.enableBufferInitialization,
      options.vectorLength,
      /*enableVLAVectorization=*/options.armSVE,
      /*enableSIMDIndex32=*/options.force32BitVectorIndices,
      options.enableGPULibgen,
      options.sparsificationOptions().sparseEmitStrategy,
      options.sparsificationOptions().parallelizationStrategy));
  // Sparse loops are vectorized here, loop by loop, rather than by the
  //    sparsifier (vectorLength 0 above), which would gather in every loop
  //    that reads through coordinates.
  pm.addNestedPass<func::FuncOp>(createPruneVectorizeSparse(vectorizeSparse));
  pm.addPass(createStorageSpecifierToLLVMPass());
  // CSE first: bufferization copies a slice written in place onto itself
  //    through two identical subviews (prune-conv-to-matmul's window copies,
  //    a loop over images); merged, canonicalization erases the self-copy.
  pm.addNestedPass<func::FuncOp>(createCSEPass());
  pm.addNestedPass<func::FuncOp>(createCanonicalizerPass());
  if (deallocate)
    addBufferDeallocationPasses(pm);
  // Threads: the scf.forall of split dense ops and the scf.parallel outer
  //    loops of sparse kernels become OpenMP parallel loops on `threads`
  //    threads, once buffers are memrefs (and deallocated) and before SCF
  //    is lowered to branches.
  if (threads > 1) {
    pm.addNestedPass<func::FuncOp>(createForallToParallelLoopPass());
    ConvertSCFToOpenMPPassOptions openmp;
    openmp.numThreads = static_cast<unsigned>(threads);
    pm.addPass(createConvertSCFToOpenMPPass(openmp));
    // The conversion wraps each loop body in a memref.alloca_scope, a region
    //    of one block, which SCF-to-CF would break into several; bodies
    //    without allocas (all of ours) are inlined back by its
    //    canonicalization.
    pm.addPass(createCanonicalizerPass());
  } else {
    // On one thread, the scf.forall loops over images that
    //    prune-conv-to-matmul makes run in order.
    pm.addNestedPass<func::FuncOp>(createForallToForLoopPass());
  }
  // The rest as upstream.
  addSparsifierHostLoweringPasses(pm, options);
  if (cacheBuffers) {
    // Before convert-to-llvm, whose memref patterns call malloc and free.
    FinalizeMemRefToLLVMConversionPassOptions memrefToLLVM;
    memrefToLLVM.useGenericFunctions = true;
    pm.addPass(createFinalizeMemRefToLLVMConversionPass(memrefToLLVM));
  }
  pm.addPass(createConvertToLLVMPass());
  pm.addPass(createReconcileUnrealizedCastsPass());
  pm.addPass(std::make_unique<CheckLoweredToLLVMPass>());
  pm.addPass(std::make_unique<BindFunctionsLocallyPass>());
}

/// target=gpu after prune-sparsify: weights transposed once at compile
/// time, as on the CPU, sparse layers made 2-D, then the GPU lowering
/// (PruneCompileGpu.cpp).
static void addGpuBackEnd(OpPassManager &pm,
                          const PruneCompileOptions &options) {
  PruneGpuLoweringOptions gpu;
  gpu.gpuChip = options.gpuChip;
  gpu.gpuFeatures = options.gpuFeatures;
  gpu.gpuFormat = options.gpuFormat;
  gpu.cudaPath = options.cudaPath;
  gpu.mode = options.gpuMode;
  gpu.threads = options.gpuThreads;
  gpu.reassociateFPReductions = options.reassociateFPReductions;
  gpu.dense = true;
  pm.addNestedPass<func::FuncOp>(createPruneFoldWeightTransposes());
  //    Sparse layers as the 2-D products the GPU lowering parallelizes
  //    (prune-gpu-row-parallel, cuSPARSE): the importers' unit batch
  //    dimension of batched matmuls goes.
  if (options.sparse)
    pm.addNestedPass<func::FuncOp>(createPruneFoldSparseUnitDims());
  if (options.emitCInterface)
    pm.addPass(createPruneEmitCInterface());
  buildPruneGpuLoweringPipeline(pm, gpu);
}

void mlir::prune::buildPruneCompilePipeline(
    OpPassManager &pm, const PruneCompileOptions &options) {
  std::string error = checkOptions(options);
  if (!error.empty()) {
    pm.addPass(createPipelineOptionErrorPass("prune-compile: " + error));
    return;
  }

  // 0. Input that upstream's TOSA lowering would crash on (quantized types,
  //    unranked operands) is rejected before it runs. The unranked values
  //    left are results that shape inference ranks, which it does at once:
  //    the canonicalization and decompositions that upstream's pipeline runs
  //    before its own tosa-infer-shapes crash on them too.
  //    Layer names go into locations, which the lowerings keep (the
  //    prune.layer attribute they drop), for prune-sparsify's report.
  //    Calibration probes (prune-instrument) become runtime calls while the
  //    model is still on tensors; bufferization cannot handle them later.
  pm.addPass(createCheckCompilePreconditionsPass());
  pm.addNestedPass<func::FuncOp>(tosa::createTosaInferShapesPass());
  pm.addPass(createPruneNameLayers());
  pm.addPass(createPruneLowerObserve());
  //    Decision trees are inlined into their callers and leaves read one
  //    element at a time become scalars (prune-scalarize-trees), so that no
  //    buffer is made per leaf or per tree call.
  pm.addPass(createPruneScalarizeTrees());
  //    A grouped convolution, written as one tosa.conv2d per group, becomes
  //    one loop over its groups (prune-group-convolutions): op by op,
  //    hundreds of groups take bufferization minutes. The GPU back end maps
  //    its own loops and keeps them as they are.
  //    An int8 convolution or matmul whose partial sums provably stay
  //    integers under 2^24 is computed in f32 (prune-int8-layers-in-f32),
  //    exactly: the dense paths take one element type, and i8 x i8 -> i32
  //    would stay a scalar loop nest or i32 lanes.
  if (options.target != CompileTarget::Gpu) {
    pm.addNestedPass<func::FuncOp>(createPruneGroupConvolutions());
    pm.addNestedPass<func::FuncOp>(createPruneInt8LayersInF32());
  }

  // 1. TOSA to linalg / tensor / arith / scf. tosa-to-linalg-pipeline runs
  //    tosa-validate first, which rejects dynamic dimensions unless the
  //    module's target environment allows them: a module with none gets a
  //    permissive one. Control flow and reshapes/slices/constants are not
  //    covered by tosa-to-linalg and follow. The target environment is
  //    dropped last because mlir-runner and mlir-translate cannot parse it.
  //    Elementwise arith on whole tensors (e.g. averaging the trees of an
  //    ensemble) becomes linalg here so that it bufferizes and vectorizes.
  pm.addPass(createPruneAttachTosaTargetEnv());
  tosa::addTosaToLinalgPasses(pm, TosaToLinalgOptions(),
                              TosaToLinalgNamedOptions());
  pm.addNestedPass<func::FuncOp>(createTosaToSCFPass());
  pm.addNestedPass<func::FuncOp>(createTosaToTensorPass());
  // tosa.rescale (every int8 model) lowers to tosa.apply_scale, which
  // tosa-to-arith only expands on request.
  TosaToArithPassOptions toArith;
  toArith.includeApplyRescale = true;
  pm.addNestedPass<func::FuncOp>(createTosaToArithPass(toArith));
  pm.addNestedPass<func::FuncOp>(createConvertElementwiseToLinalgPass());
  // Canonicalization also erases the tosa.const_shape ops that the
  // reshape lowering leaves dead.
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createPruneStripTosaTargetEnv());

  // 2. prune-sparsify: pruned weights become sparse_tensor constants. It
  //    needs linalg (the weight consumers are linalg ops by now) and must
  //    precede dense vectorization, which leaves sparse ops alone.
  if (options.sparse) {
    PruneSparsifyOptions sparsify;
    sparsify.format = options.sparseFormat;
    sparsify.minSparsity = options.minSparsity;
    sparsify.cacheBytes = options.sparseCacheBytes;
    sparsify.costModel = options.sparseCostModel;
    sparsify.threads = options.threads;
    sparsify.minParallelIterations = options.minParallelIterations;
    sparsify.minParallelSparseWork = options.minParallelSparseWork;
    sparsify.objective = options.sparseObjective;
    sparsify.report = options.sparseReport;
    pm.addPass(createPruneSparsify(sparsify));
  }

  if (options.target == CompileTarget::Gpu)
    return addGpuBackEnd(pm, options);

  if (options.sparse) {
    // With threads, the sparsifier parallelizes the outermost loop of each
    //    sparse kernel: a batch of one is dropped so that the weight's rows
    //    are that loop, in kernels large enough to gain from a second thread.
    if (options.threads > 1) {
      PruneFoldSparseUnitDimsOptions fold;
      fold.minWork = options.minParallelSparseWork;
      pm.addNestedPass<func::FuncOp>(createPruneFoldSparseUnitDims(fold));
    }
    // At a batch, sparse products iterate rows, nonzeros, then the batch
    //    (on transposed activations): one vector update per nonzero.
    pm.addNestedPass<func::FuncOp>(createPruneSparseBatchInner());
  }

  // 3. Dense ops: convolutions become a gather of their input windows and a
  //    matmul (upstream vectorizes only 1-D convolutions), so that they
  //    take the path of fully connected layers, except those with small
  //    filters, whose tiles are narrowed to 1-D convolutions and vectorized
  //    in place (no gather); depthwise ones lose their
  //    unit channel multiplier and accumulate into their bias, so that
  //    their tiles narrow to vectorizable 1-D ones; matmul weights are packed
  //    into column panels, and other
  //    weights that the TOSA lowering transposes on every call ([out, in] ->
  //    [in, out]) are transposed once, here, at compile time; then fuse
  //    elementwise chains (bias + activation) so that
  //    they are vectorized once - but not into sparse layers, where the
  //    sparsifier would recompute them per weight or fail on them -,
  //    compute a gathered convolution's bias fill and activation in its
  //    loop over images, while each image's output is in cache, and
  //    turn pads into a copy and border fills (the interior written once);
  //    then tile and vectorize on tensors - the
  //    sparsifier would otherwise lower them to scalar loops. Hoisting moves
  //    accumulators that are read and written in every reduction iteration
  //    out of the loop, so they stay in registers.
  if (options.vectorizeDense) {
    int64_t rows = options.rows > 0 ? options.rows : hostRegisterTileRows();
    PrunePackDenseWeightsOptions pack;
    int64_t panelWidth = options.panelWidth > 0
                             ? options.panelWidth
                             : hostPanelWidth(options.vectorWidth);
    pack.vectorWidth = options.vectorWidth;
    pack.panelWidth = panelWidth;
    pack.rows = rows;
    PruneConvToMatmulOptions convToMatmul;
    convToMatmul.maxDirectFilterBytes = options.maxDirectFilterBytes;
    pm.addNestedPass<func::FuncOp>(createPruneConvToMatmul(convToMatmul));
    pm.addNestedPass<func::FuncOp>(createPrunePrepareDepthwise());
    pm.addNestedPass<func::FuncOp>(createPrunePackDenseWeights(pack));
    pm.addNestedPass<func::FuncOp>(createPruneFoldWeightTransposes());
    pm.addNestedPass<func::FuncOp>(createPruneFuseElementwise());
    pm.addNestedPass<func::FuncOp>(createPruneFuseImageLoops());
    pm.addNestedPass<func::FuncOp>(createPruneFillPadBorders());
    PruneVectorizeDenseOptions vectorize;
    vectorize.vectorWidth = options.vectorWidth;
    vectorize.rows = rows;
    vectorize.panelWidth = panelWidth;
    vectorize.tileSizes = llvm::to_vector(options.tileSizes);
    vectorize.contractionLowering = options.contractionLowering;
    vectorize.threads = options.threads;
    vectorize.minParallelIterations = options.minParallelIterations;
    vectorize.minParallelElementwiseIterations =
        options.minParallelElementwiseIterations;
    pm.addNestedPass<func::FuncOp>(createPruneVectorizeDense(vectorize));
    pm.addPass(createCanonicalizerPass());
    pm.addPass(createCSEPass());
  }

  //    Math functions without a vector instruction (GELU's erf and tanh)
  //    become polynomials, which stay vector code; lowered as they are,
  //    each vector element is a libm call.
  if (options.approximateMath)
    pm.addNestedPass<func::FuncOp>(createPruneApproximateMath());

  // 4. The C interface must be requested before func-to-llvm (inside the
  //    sparsifier) runs.
  if (options.emitCInterface)
    pm.addPass(createPruneEmitCInterface());

  // 5. Sparse code generation, bufferization and lowering to LLVM: upstream's
  //    sparsifier pipeline (buildSparsifier, CPU part), which handles dense
  //    code as well - what we vectorized is vector ops on tensors by now.
  //    It is spelled out here for one addition: upstream's pipeline frees no
  //    buffer it allocates, so every call of a model would leak its
  //    intermediate activations (and pay fresh page faults for them).
  //    Ownership-based deallocation runs once sparse storage is plain
  //    memrefs; a function's result is handed to the caller, who frees it.
  sparse_tensor::SparsifierOptions sparsifier;
  sparsifier.vectorLength = 0;
  PruneVectorizeSparseOptions vectorizeSparse;
  vectorizeSparse.vectorLength =
      options.vl >= 0 ? options.vl : static_cast<int32_t>(options.vectorWidth);
  vectorizeSparse.gathers = options.sparseGathers;
  vectorizeSparse.reassociate = options.reassociateFPReductions;
  sparsifier.enableRuntimeLibrary = options.enableRuntimeLibrary;
  sparsifier.reassociateFPReductions = options.reassociateFPReductions;
  if (options.threads > 1)
    sparsifier.parallelization = SparseParallelizationStrategy::kDenseOuterLoop;
  addSparsifierWithDeallocation(pm, sparsifier, vectorizeSparse,
                                options.deallocate, options.threads,
                                options.cacheBuffers);
}

/// The options whose values are checked before MLIR's parser, which reports
/// a bad enum value as "Cannot find option named 'X'!" without the valid
/// ones.
static SmallVector<OptionValueCheck>
getTypedOptions(PruneCompileOptions &options) {
  return {describeOption(options.target),
          describeOption(options.gpuFormat),
          describeOption(options.gpuMode),
          describeOption(options.gpuThreads),
          describeOption(options.sparse),
          describeOption(options.sparseFormat),
          describeOption(options.minSparsity),
          describeOption(options.sparseCacheBytes),
          describeOption(options.sparseCostModel),
          describeOption(options.sparseObjective),
          describeOption(options.vectorWidth),
          describeOption(options.rows),
          describeOption(options.tileSizes),
          describeOption(options.maxDirectFilterBytes),
          describeOption(options.vectorizeDense),
          describeOption(options.approximateMath),
          describeOption(options.vl),
          describeOption(options.enableRuntimeLibrary),
          describeOption(options.reassociateFPReductions),
          describeOption(options.deallocate),
          describeOption(options.threads),
          describeOption(options.minParallelIterations),
          describeOption(options.minParallelElementwiseIterations),
          describeOption(options.minParallelSparseWork),
          describeOption(options.cacheBuffers),
          describeOption(options.emitCInterface)};
}

void mlir::prune::registerPrunePipelines() {
  // PassPipelineRegistration, with the option names and values checked
  // first.
  registerPassPipeline(
      "prune-compile",
      "Compile a model (tosa / linalg / tensor / scf / arith / func) to the "
      "LLVM dialect: TOSA lowering, prune-sparsify, tiled and vectorized "
      "dense code, upstream's sparsifier",
      [](OpPassManager &pm, StringRef text,
         function_ref<LogicalResult(const Twine &)> errorHandler) {
        PruneCompileOptions options;
        if (failed(checkOptionSpelling("prune-compile", options, text,
                                       getTypedOptions(options),
                                       errorHandler)) ||
            failed(options.parseFromString(text)))
          return failure();
        buildPruneCompilePipeline(pm, options);
        return success();
      },
      [](function_ref<void(const ::mlir::detail::PassOptions &)>
             optionsHandler) { optionsHandler(PruneCompileOptions()); });
}
