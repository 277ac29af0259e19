//===- PruneCompileGpu.cpp - Lowering of models to NVIDIA GPUs ------------===//
//
// Builds the GPU half of prune-compile (target=gpu, and prune-compile-gpu)
// from MLIR's own GPU paths: the sparsifier's GPU code generation (cuSPARSE
// calls or outlined kernels) for sparse layers, parallel loops mapped to
// blocks and threads for dense ones, GPU-to-NVVM, and gpu-module-to-binary,
// which embeds PTX or a fatbin in the host module. It follows upstream's
// buildSparsifier with a GPU triple, with these differences:
//  - no sparse runtime library (enable-runtime-library=false): sparse
//    weights stay compile-time buffers, and the host code needs nothing of
//    MLIR at run time, only libPruneCudaRuntime.so;
//  - mode=cusparse also parallelizes the outer loops, so that sparse ops
//    cuSPARSE does not cover become kernels instead of host loops;
//  - dense linalg ops become kernels too (prune-gpu-map-parallel-loops and
//    upstream's convert-parallel-loops-to-gpu), instead of host loops;
//  - every host buffer is CUDA managed memory (MLIR's generic allocation
//    functions, implemented by the runtime), the caller's arguments are
//    copied into such buffers, and weights are uploaded once per process
//    (prune-gpu-resident-constants), so kernels and any host code left read
//    the same buffers without a copy per kernel;
//  - buffers are freed (ownership-based deallocation), so that a model can
//    be called many times;
//  - prune-gpu-launch-grid runs right after the kernels are outlined, so they
//    launch on enough blocks to fill the GPU instead of one;
//  - prune-gpu-row-parallel first turns layers y = x * W^T (prune-sparsify's
//    form) into (W * x^T)^T, so their kernels split W's rows over threads
//    rather than the batch (a single thread at batch 1).
//
//===----------------------------------------------------------------------===//

#include "Prune/Pipelines/GpuLowering.h"

#include "Prune/Codegen/Passes.h"
#include "Prune/GpuLowering/Passes.h"
#include "Prune/Pipelines/Pipelines.h"

#include "mlir/Conversion/Passes.h"
#include "mlir/Dialect/Arith/Transforms/Passes.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/GPU/Transforms/Passes.h"
#include "mlir/Dialect/Linalg/Passes.h"
#include "mlir/Dialect/Math/Transforms/Passes.h"
#include "mlir/Dialect/MemRef/Transforms/Passes.h"
#include "mlir/Dialect/SparseTensor/Pipelines/Passes.h"
#include "mlir/Dialect/SparseTensor/Transforms/Passes.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Transforms/Passes.h"

#include "llvm/Support/Regex.h"

using namespace mlir;
using namespace mlir::prune;

namespace {

/// Fails on the first op that mlir-translate cannot turn into LLVM IR: the
/// lowering passes leave ops they do not know (e.g. TOSA that was not lowered
/// first) in place, which would otherwise go unnoticed until translation.
struct CheckLoweredPass
    : public PassWrapper<CheckLoweredPass, OperationPass<ModuleOp>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(CheckLoweredPass)

  StringRef getArgument() const final { return "prune-gpu-check-lowered"; }
  void runOnOperation() override {
    WalkResult result = getOperation().walk([](Operation *op) {
      StringRef dialect = op->getName().getDialectNamespace();
      if (dialect == "builtin" || dialect == "llvm" ||
          isa<gpu::BinaryOp, gpu::LaunchFuncOp>(op))
        return WalkResult::advance();
      op->emitOpError() << "is not lowered by prune-compile-gpu (it takes "
                           "linalg / tensor / arith / scf / func with "
                           "sparse_tensor weights; lower TOSA first)";
      return WalkResult::interrupt();
    });
    if (result.wasInterrupted())
      signalPassFailure();
  }
};

} // namespace

/// The first invalid option, or an empty string.
static std::string validate(const PruneGpuLoweringOptions &options) {
  if (!llvm::Regex("^sm_[0-9]+[af]?$").match(options.gpuChip))
    return "prune-compile-gpu: gpu-chip='" + options.gpuChip +
           "' is not an NVIDIA architecture like sm_90";
  if (options.threads < 1 || options.threads > 1024)
    return "prune-compile-gpu: threads=" + std::to_string(options.threads) +
           " is outside [1, 1024]";
  if (options.blocks < 0)
    return "prune-compile-gpu: blocks=" + std::to_string(options.blocks) +
           " is negative";
  if (options.sms < 1)
    return "prune-compile-gpu: sms=" + std::to_string(options.sms) +
           " is not positive";
  return "";
}

/// prune-approximate-math for every function whose NVVM lowering would call
/// libdevice (__nv_expf, ...); math-expand-ops reduces the rest (tanh, powf,
/// rsqrt) to these or to instructions first.
static PruneApproximateMathOptions approximateAllMath() {
  PruneApproximateMathOptions approximate;
  approximate.ops = {"erf",  "exp",   "expm1", "tanh", "log", "log1p", "log2",
                     "atan", "atan2", "asin",  "acos", "sin", "cos",   "cbrt"};
  return approximate;
}

static StringRef formatName(GpuBinaryFormat format) {
  switch (format) {
  case GpuBinaryFormat::Isa:
    return "isa";
  case GpuBinaryFormat::Fatbin:
    return "fatbin";
  case GpuBinaryFormat::Bin:
    return "bin";
  }
  llvm_unreachable("unknown GPU binary format");
}

void mlir::prune::buildPruneGpuLoweringPipeline(
    OpPassManager &pm, const PruneGpuLoweringOptions &options) {
  std::string invalid = validate(options);
  if (!invalid.empty()) {
    pm.addPass(createPipelineOptionErrorPass(invalid));
    return;
  }

  // Upstream's sparsifier options, for the projections it provides.
  sparse_tensor::SparsifierOptions sparsifier;
  sparsifier.enableRuntimeLibrary = false;
  sparsifier.reassociateFPReductions = options.reassociateFPReductions;
  sparsifier.parallelization = SparseParallelizationStrategy::kDenseOuterLoop;
  bool libgen = options.mode == GpuSparseMode::CuSparse;

  // 0. Layers in prune-sparsify's x * W^T form would be parallel over the
  //    batch only; writing their result transposed makes them parallel over
  //    W's rows. Before fusion, which folds the transposes into neighbours.
  if (options.rowParallel)
    pm.addPass(createPruneGpuRowParallel());

  // 1. Named ops become generic ops, which the sparsifier works on, and
  //    elementwise producers/consumers fuse into them - as on the CPU, not
  //    into sparse layers (upstream's fusion also folds reshapes into them,
  //    which the sparsifier then cannot parallelize).
  pm.addNestedPass<func::FuncOp>(createLinalgGeneralizeNamedOpsPass());
  pm.addNestedPass<func::FuncOp>(createPruneFuseElementwise());

  // 2. Sparse code (cuSPARSE calls with libgen; parallel outer loops
  //    otherwise, which become kernels in step 4) and bufferization. Copies
  //    between buffers become linalg.copy, which step 4 runs on the GPU
  //    (memref.copy would be a host memcpy).
  pm.addPass(createSparsificationAndBufferizationPass(
      getBufferizationOptionsWithLinalgCopies(),
      sparsifier.sparsificationOptions(), sparsifier.createSparseDeallocs,
      /*enableRuntimeLibrary=*/false, sparsifier.enableBufferInitialization,
      /*vectorLength=*/0, /*enableVLAVectorization=*/false,
      /*enableSIMDIndex32=*/false, /*enableGPULibgen=*/libgen,
      sparsifier.sparsificationOptions().sparseEmitStrategy,
      sparsifier.sparsificationOptions().parallelizationStrategy));
  pm.addPass(createStorageSpecifierToLLVMPass());
  pm.addNestedPass<func::FuncOp>(createCanonicalizerPass());

  // 3. Buffers kernels can address: the caller's arguments are copied into
  //    managed memory, every buffer is freed once dead, and weights are read
  //    through copies uploaded once (after deallocation, which would
  //    otherwise free what the runtime keeps).
  if (options.dense) {
    pm.addPass(createPruneGpuCopyArguments());
    addBufferDeallocationPasses(pm);
    pm.addPass(createPruneGpuResidentConstants());
  }

  // 4. Parallel loops become kernels in a gpu.module, with host code that
  //    copies their buffers to the device and back; then the grid is sized
  //    while the kernels are still gpu.func (their loops recognizable). Then
  //    dense ops, as parallel loops tiled into blocks of `threads`, their
  //    reductions accumulating in registers.
  pm.addPass(createSparseGPUCodegenPass(static_cast<unsigned>(options.threads),
                                        /*enableRT=*/false));
  PruneGpuLaunchGridOptions grid;
  grid.sms = static_cast<unsigned>(options.sms);
  grid.blocks = static_cast<unsigned>(options.blocks);
  pm.addPass(createPruneGpuLaunchGrid(grid));
  if (options.dense) {
    pm.addNestedPass<func::FuncOp>(createConvertLinalgToParallelLoopsPass());
    pm.addNestedPass<func::FuncOp>(createPruneGpuPromoteAccumulators());
    PruneGpuMapParallelLoopsOptions map;
    map.blockSize = static_cast<unsigned>(options.threads);
    pm.addNestedPass<func::FuncOp>(createPruneGpuMapParallelLoops(map));
    pm.addNestedPass<func::FuncOp>(createConvertParallelLoopToGpuPass());
    pm.addPass(createGpuKernelOutliningPass());
  }
  //    The kernels to NVVM. Math functions become polynomials first: their
  //    NVVM lowering calls libdevice, which only a CUDA toolkit provides.
  pm.addNestedPass<gpu::GPUModuleOp>(createStripDebugInfoPass());
  pm.addNestedPass<gpu::GPUModuleOp>(math::createMathExpandOpsPass());
  pm.addNestedPass<gpu::GPUModuleOp>(
      createPruneApproximateMath(approximateAllMath()));
  pm.addNestedPass<gpu::GPUModuleOp>(createLowerAffinePass());
  pm.addNestedPass<gpu::GPUModuleOp>(createSCFToControlFlowPass());
  pm.addNestedPass<gpu::GPUModuleOp>(createConvertGpuOpsToNVVMOps());
  //    What is left of libdevice (fma, floor, sqrt: one instruction each)
  //    gets bodies; with a toolkit given, the rest may be linked from it.
  PruneGpuDefineLibdeviceOptions libdevice;
  libdevice.allowUndefined = !options.cudaPath.empty();
  pm.addNestedPass<gpu::GPUModuleOp>(createPruneGpuDefineLibdevice(libdevice));

  // 5. Host code to LLVM, as in upstream's sparsifier.
  addSparsifierHostLoweringPasses(pm, sparsifier);

  // 6. Target attributes, host launches to mgpu* calls, and the kernels to
  //    PTX (isa) or through ptxas/fatbinary to a cubin/fatbin, embedded as a
  //    global in the host module.
  GpuNVVMAttachTargetOptions target;
  target.triple = options.gpuTriple;
  target.chip = options.gpuChip;
  target.features = options.gpuFeatures;
  //    Host buffers through MLIR's generic allocation functions, which
  //    libPruneCudaRuntime.so implements with managed memory; before
  //    gpu-to-llvm, which would call malloc.
  if (options.dense) {
    FinalizeMemRefToLLVMConversionPassOptions memrefToLLVM;
    memrefToLLVM.useGenericFunctions = true;
    pm.addPass(createFinalizeMemRefToLLVMConversionPass(memrefToLLVM));
  }
  pm.addPass(createGpuNVVMAttachTarget(target));
  pm.addPass(createGpuToLLVMConversionPass());
  GpuModuleToBinaryPassOptions binary;
  binary.compilationTarget = formatName(options.gpuFormat).str();
  binary.toolkitPath = options.cudaPath;
  pm.addPass(createGpuModuleToBinaryPass(binary));

  // 7. Whatever is left to LLVM.
  pm.addPass(createConvertToLLVMPass());
  pm.addPass(createReconcileUnrealizedCastsPass());
  pm.addPass(std::make_unique<CheckLoweredPass>());
}

void mlir::prune::registerPruneGpuLowering() {
  registerPruneGpuLoweringPasses();
  PassPipelineRegistration<PruneGpuLoweringOptions>(
      "prune-compile-gpu",
      "Compile a model on tensors with sparse_tensor weights for an NVIDIA "
      "GPU: MLIR's sparsifier GPU paths (cuSPARSE or generated kernels), "
      "launch grids sized to the GPU, PTX or fatbin embedded in LLVM-dialect "
      "host code that calls libPruneCudaRuntime.so",
      buildPruneGpuLoweringPipeline);
}
