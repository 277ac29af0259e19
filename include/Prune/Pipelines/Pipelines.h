//===- Pipelines.h - mlir-prune pass pipelines ------------------*- C++ -*-===//
//
// The named pipelines of mlir-prune: their options and reusable builders, so
// that a C++ driver can build the same pipeline the command line gets.
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_PIPELINES_PIPELINES_H
#define PRUNE_PIPELINES_PIPELINES_H

#include "Prune/Pipelines/GpuLowering.h"
#include "Prune/Sparsity/SparseWeights.h"
#include "Prune/Support/ParallelThresholds.h"

#include "mlir/Dialect/Bufferization/Transforms/OneShotAnalysis.h"
#include "mlir/Dialect/SparseTensor/Pipelines/Passes.h"
#include "mlir/Pass/Pass.h"
#include "mlir/Pass/PassOptions.h"

namespace mlir {
class OpPassManager;
namespace prune {

/// Where prune-compile's code runs.
enum class CompileTarget { Cpu, Gpu };

/// Options of the `prune-compile` pipeline.
struct PruneCompileOptions : public PassPipelineOptions<PruneCompileOptions> {
  PassOptions::Option<CompileTarget> target{
      *this, "target",
      llvm::cl::desc("cpu: host code (vectorized, optionally threaded); gpu: "
                     "host code with the kernels embedded for an NVIDIA GPU "
                     "(the gpu-* options), calling libPruneCudaRuntime.so"),
      llvm::cl::init(CompileTarget::Cpu),
      llvm::cl::values(clEnumValN(CompileTarget::Cpu, "cpu", "the host CPU"),
                       clEnumValN(CompileTarget::Gpu, "gpu", "an NVIDIA GPU"))};

  PassOptions::Option<std::string> gpuChip{
      *this, "gpu-chip",
      llvm::cl::desc("target=gpu: NVIDIA architecture (sm_ + digits)"),
      llvm::cl::init("sm_90")};

  PassOptions::Option<std::string> gpuFeatures{
      *this, "gpu-features",
      llvm::cl::desc("target=gpu: PTX features (e.g. +ptx80)"),
      llvm::cl::init("")};

  PassOptions::Option<GpuBinaryFormat> gpuFormat{
      *this, "gpu-format",
      llvm::cl::desc("target=gpu: what is embedded; isa (PTX, compiled by the "
                     "driver when loaded) needs no CUDA toolkit"),
      llvm::cl::init(GpuBinaryFormat::Isa), gpuBinaryFormatValues()};

  PassOptions::Option<std::string> cudaPath{
      *this, "cuda-path",
      llvm::cl::desc("target=gpu: CUDA toolkit for gpu-format=fatbin/bin"),
      llvm::cl::init("")};

  PassOptions::Option<GpuSparseMode> gpuMode{
      *this, "gpu-mode",
      llvm::cl::desc("target=gpu: how sparse layers run (cusparse is not "
                     "supported with target=gpu yet: buffer deallocation "
                     "rejects the cuSPARSE ops; prune-compile-gpu has it)"),
      llvm::cl::init(GpuSparseMode::Kernels), gpuSparseModeValues()};

  PassOptions::Option<int32_t> gpuThreads{
      *this, "gpu-threads",
      llvm::cl::desc("target=gpu: threads per block of generated kernels "
                     "(1-1024)"),
      llvm::cl::init(256)};

  PassOptions::Option<bool> sparse{
      *this, "sparse",
      llvm::cl::desc("Run prune-sparsify after TOSA lowering, packing pruned "
                     "weights into sparse_tensor constants (false: all "
                     "dense)"),
      llvm::cl::init(true)};

  PassOptions::Option<SparseFormat> sparseFormat{
      *this, "sparse-format",
      llvm::cl::desc("prune-sparsify's format: storage format of every "
                     "weight, or auto to choose per layer"),
      llvm::cl::init(SparseFormat::Auto),
      llvm::cl::values(
          clEnumValN(SparseFormat::Auto, "auto",
                     "choose per layer from sparsity, shape and pattern"),
          clEnumValN(SparseFormat::CSR, "csr", "compressed sparse rows"),
          clEnumValN(SparseFormat::BSR, "bsr", "block sparse rows"),
          clEnumValN(SparseFormat::NM, "nm", "N:M structured (2:4)"),
          clEnumValN(SparseFormat::Dense, "dense", "every weight dense"))};

  PassOptions::Option<double> minSparsity{
      *this, "min-sparsity",
      llvm::cl::desc("prune-sparsify's min-sparsity: with sparse-format=auto, "
                     "layers with a smaller fraction of zeros stay dense"),
      llvm::cl::init(0.5)};

  PassOptions::Option<int64_t> sparseCacheBytes{
      *this, "sparse-cache-bytes",
      llvm::cl::desc("prune-sparsify's cache-bytes: with sparse-format=auto, "
                     "dense weights of at most this many bytes are estimated "
                     "at the in-cache rate (0: none; -1: the cost model's)"),
      llvm::cl::init(-1)};

  PassOptions::Option<SparseCostTarget> sparseCostModel{
      *this, "sparse-cost-model",
      llvm::cl::desc("prune-sparsify's cost-model: whose measured rates "
                     "sparse-format=auto uses"),
      llvm::cl::init(SparseCostTarget::Host),
      llvm::cl::values(
          clEnumValN(SparseCostTarget::Host, "host",
                     "the host CPU's kind (avx512 with AVX-512F, else avx2)"),
          clEnumValN(SparseCostTarget::AVX2, "avx2", "an AVX2 x86 CPU's"),
          clEnumValN(SparseCostTarget::AVX512, "avx512",
                     "an AVX-512 x86 CPU's"))};

  PassOptions::Option<SparseObjective> sparseObjective{
      *this, "sparse-objective",
      llvm::cl::desc("prune-sparsify's objective: what sparse-format=auto "
                     "minimizes"),
      llvm::cl::init(SparseObjective::Time),
      llvm::cl::values(clEnumValN(SparseObjective::Time, "time",
                                  "the estimated time of a call"),
                       clEnumValN(SparseObjective::Size, "size",
                                  "the bytes of the packed weights"))};

  PassOptions::Option<std::string> sparseReport{
      *this, "sparse-report",
      llvm::cl::desc("prune-sparsify's report: write the JSON report of each "
                     "layer's format to this path")};

  PassOptions::Option<int64_t> vectorWidth{
      *this, "vector-width",
      llvm::cl::desc("Vector length (elements) of dense tiles; 16 f32 fill "
                     "one AVX-512 register"),
      llvm::cl::init(16)};

  PassOptions::Option<int64_t> rows{
      *this, "rows",
      llvm::cl::desc("Rows of a dense matmul tile (second innermost "
                     "parallel loop); 0: from the host CPU, 8 with AVX-512 "
                     "(32 vector registers), else 6 (6 rows of two AVX2 "
                     "vectors: 12 accumulators of 16 registers)"),
      llvm::cl::init(0)};

  PassOptions::Option<int64_t> panelWidth{
      *this, "panel-width",
      llvm::cl::desc("Columns of a packed constant weight's panels, and "
                     "lanes of their matmul tiles, where the weight's "
                     "columns are a multiple of it (else vector-width); 0: "
                     "from the host CPU, two vectors (2 x vector-width) "
                     "with AVX-512, else vector-width"),
      llvm::cl::init(0)};

  PassOptions::ListOption<int64_t> tileSizes{
      *this, "tile-sizes",
      llvm::cl::desc("Explicit tile sizes of the innermost loops of every "
                     "dense op (overrides vector-width and rows)")};

  PassOptions::Option<int64_t> maxDirectFilterBytes{
      *this, "max-direct-filter-bytes",
      llvm::cl::desc("Convolutions whose filter takes at most this many "
                     "bytes are vectorized directly, the others as a window "
                     "gather and a matmul (prune-conv-to-matmul); 0: all "
                     "gathered"),
      llvm::cl::init(163840)};

  PassOptions::Option<std::string> contractionLowering{
      *this, "contraction-lowering",
      llvm::cl::desc("Lowering of dense vector.contract: outerproduct, dot "
                     "or parallelarith"),
      llvm::cl::init("outerproduct")};

  PassOptions::Option<bool> vectorizeDense{
      *this, "vectorize-dense",
      llvm::cl::desc("Tile and vectorize dense linalg ops (off: the "
                     "sparsifier's scalar loops)"),
      llvm::cl::init(true)};

  PassOptions::Option<bool> approximateMath{
      *this, "approximate-math",
      llvm::cl::desc("Replace f32 erf and tanh (GELU) and vector exp "
                     "(softmax) by polynomial approximations, which are "
                     "vector code, exp within an ulp of libm's (off: one "
                     "libm call per vector element)"),
      llvm::cl::init(true)};

  PassOptions::Option<int32_t> vl{
      *this, "vl",
      llvm::cl::desc("Vector length of sparse loops "
                     "(prune-vectorize-sparse's vector-length; -1: "
                     "vector-width, 0: scalar)"),
      llvm::cl::init(-1)};

  PassOptions::Option<std::string> sparseGathers{
      *this, "sparse-gathers",
      llvm::cl::desc("Who vectorizes sparse loops that read through "
                     "coordinates (a CSR row times a vector): vector "
                     "(MLIR's vector.gather), llvm (LLVM's loop vectorizer, "
                     "after their sums are marked reassociable when "
                     "reassociate-fp-reductions is set) or auto (vector with "
                     "AVX-512, llvm otherwise); prune-vectorize-sparse's "
                     "gathers"),
      llvm::cl::init("auto")};

  PassOptions::Option<bool> enableRuntimeLibrary{
      *this, "enable-runtime-library",
      llvm::cl::desc("Sparse tensors through MLIR's sparse runtime library "
                     "(libmlir_c_runner_utils) instead of generated code"),
      llvm::cl::init(false)};

  PassOptions::Option<bool> reassociateFPReductions{
      *this, "reassociate-fp-reductions",
      llvm::cl::desc("Let LLVM reassociate floating-point vector "
                     "reductions (tree instead of sequential sums), and the "
                     "scalar sums of sparse loops left to its vectorizer "
                     "(sparse-gathers=llvm)"),
      llvm::cl::init(true)};

  PassOptions::Option<bool> deallocate{
      *this, "deallocate",
      llvm::cl::desc("Free intermediate buffers before each function returns "
                     "(upstream's sparsifier frees none); results belong to "
                     "the caller either way"),
      llvm::cl::init(true)};

  PassOptions::Option<int64_t> threads{
      *this, "threads",
      llvm::cl::desc("Threads of the compiled code: N > 1 splits large dense "
                     "ops and the outer loop of sparse kernels into OpenMP "
                     "parallel loops (the program then needs libomp); 1 is "
                     "single-threaded code without OpenMP"),
      llvm::cl::init(1)};

  PassOptions::Option<int64_t> minParallelIterations{
      *this, "min-parallel-iterations",
      llvm::cl::desc("With threads > 1, dense contractions and convolutions "
                     "of fewer iterations stay on one thread "
                     "(prune-vectorize-dense's "
                     "min-parallel-iterations). At 2^17 the batch-1 ViT "
                     "ran slower on two threads than on one; at the "
                     "default 2^19 as fast, and the batch-1 ResNet-18 and "
                     "MobileNetV2 13% and 11% faster than at 2^20"),
      llvm::cl::init(kDefaultMinParallelIterations)};

  PassOptions::Option<int64_t> minParallelElementwiseIterations{
      *this, "min-parallel-elementwise-iterations",
      llvm::cl::desc("With threads > 1, the same threshold for dense ops "
                     "that are neither contractions nor convolutions "
                     "(elementwise, transposes, a softmax's or LayerNorm's "
                     "reductions), whose iterations each move memory: the "
                     "batch-64 ViT's 65536-element ones, serial, took a "
                     "third of its time on two threads"),
      llvm::cl::init(kDefaultMinParallelElementwiseIterations)};

  PassOptions::Option<int64_t> minParallelSparseWork{
      *this, "min-parallel-sparse-work",
      llvm::cl::desc("With threads > 1, sparse kernels at batch 1 of fewer "
                     "multiply-adds (stored nonzeros times the loops that do "
                     "not index the weight) stay on one thread "
                     "(prune-fold-sparse-unit-dims' min-work). The 90% "
                     "Fashion-MNIST MLP's layers (128 to 20k nonzeros) took "
                     "twice as long on two threads as on one"),
      llvm::cl::init(kDefaultMinParallelSparseWork)};

  PassOptions::Option<bool> cacheBuffers{
      *this, "cache-buffers",
      llvm::cl::desc("Allocate through MLIR's generic allocation functions "
                     "(_mlir_memref_to_llvm_alloc / _free), which "
                     "libPruneBufferCache.so implements by keeping each "
                     "call's buffers for the next: no page faults on every "
                     "call. The code must then be linked with that library "
                     "(python/mlir_prune/aot.py does)"),
      llvm::cl::init(false)};

  PassOptions::Option<bool> emitCInterface{
      *this, "c-interface",
      llvm::cl::desc("Emit _mlir_ciface_<name> wrappers for every public "
                     "function, for ahead-of-time builds"),
      llvm::cl::init(false)};
};

/// Adds the prune-compile passes to `pm` (anchored on builtin.module): any
/// mix of tosa / linalg / tensor / scf / arith / func to the LLVM dialect.
void buildPruneCompilePipeline(OpPassManager &pm,
                               const PruneCompileOptions &options);

/// A pass that fails with `message`: a pipeline builder cannot report an
/// error itself, so an invalid option becomes a pipeline of this one pass,
/// and nothing is emitted.
std::unique_ptr<Pass> createPipelineOptionErrorPass(std::string message);

/// One-shot bufferization as upstream's sparsifier sets it up, except that
/// copies between buffers become linalg.copy (loops the later stages
/// vectorize, or run as GPU kernels) instead of memref.copy (a host
/// memcpy, or MLIR's generic memrefCopy for strided buffers).
bufferization::OneShotBufferizationOptions
getBufferizationOptionsWithLinalgCopies();

/// Adds ownership-based buffer deallocation after bufferization: every
/// buffer a function allocates is freed once dead, except its results, which
/// the caller frees. Results that are an argument's buffer are dropped from
/// the signature first (the caller has them). Shared by prune-compile's CPU
/// and GPU targets.
void addBufferDeallocationPasses(OpPassManager &pm);

/// Adds upstream sparsifier's host lowering after bufferization (loops,
/// vector, memref metadata, affine, scf, math and complex) up to
/// convert-vector-to-llvm; callers add their final conversions to LLVM.
/// Shared by prune-compile and the GPU lowering.
void addSparsifierHostLoweringPasses(
    OpPassManager &pm, const sparse_tensor::SparsifierOptions &options);

/// Registers `prune-compile` with the global pipeline registry.
void registerPrunePipelines();

} // namespace prune
} // namespace mlir

#endif // PRUNE_PIPELINES_PIPELINES_H
