//===- PruneCompile.cpp - The prune-compile pipeline ----------------------===//
//
// Lowers a model - any mix of tosa, linalg, tensor, scf, arith and func - to
// the LLVM dialect, for mlir-runner or mlir-translate --mlir-to-llvmir. The
// stages are upstream's TOSA lowering, our prune-sparsify, our tiling and
// vectorization of what stays dense, and upstream's sparsifier (sparse code
// generation, bufferization, lowering to LLVM).
//
//===----------------------------------------------------------------------===//

#include "Prune/Pipelines/Pipelines.h"

#include "Prune/Codegen/Passes.h"
#include "Prune/Transforms/Passes.h"

#include "mlir/Conversion/TosaToArith/TosaToArith.h"
#include "mlir/Conversion/TosaToLinalg/TosaToLinalg.h"
#include "mlir/Conversion/TosaToSCF/TosaToSCF.h"
#include "mlir/Conversion/TosaToTensor/TosaToTensor.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/Passes.h"
#include "mlir/Dialect/SparseTensor/Pipelines/Passes.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Transforms/Passes.h"

using namespace mlir;
using namespace mlir::prune;

namespace {

/// Fails with `message` when run. The pipeline builder cannot report errors
/// itself, so an unsupported option becomes a pass that says so; nothing is
/// emitted because the pipeline stops there.
struct ReportUnsupportedPass
    : public PassWrapper<ReportUnsupportedPass, OperationPass<ModuleOp>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(ReportUnsupportedPass)

  explicit ReportUnsupportedPass(std::string message)
      : message(std::move(message)) {}
  StringRef getArgument() const final { return "prune-compile-unsupported"; }
  void runOnOperation() override {
    getOperation().emitError() << message;
    signalPassFailure();
  }

  std::string message;
};

} // namespace

void mlir::prune::buildPruneCompilePipeline(
    OpPassManager &pm, const PruneCompileOptions &options) {
  if (options.target == CompileTarget::GPU) {
    pm.addPass(std::make_unique<ReportUnsupportedPass>(
        "prune-compile: target=gpu is not supported yet; use target=cpu"));
    return;
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
  pm.addNestedPass<func::FuncOp>(createTosaToArithPass());
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
    sparsify.report = options.sparseReport;
    pm.addPass(createPruneSparsify(sparsify));
  }

  // 3. Dense ops: fuse elementwise chains (bias + activation) first so that
  //    they are vectorized once, then tile and vectorize on tensors - the
  //    sparsifier would otherwise lower them to scalar loops. Hoisting moves
  //    accumulators that are read and written in every reduction iteration
  //    out of the loop, so they stay in registers.
  if (options.vectorizeDense) {
    pm.addNestedPass<func::FuncOp>(createLinalgElementwiseOpFusionPass());
    PruneVectorizeDenseOptions vectorize;
    vectorize.vectorWidth = options.vectorWidth;
    vectorize.rows = options.rows;
    vectorize.tileSizes = llvm::to_vector(options.tileSizes);
    vectorize.contractionLowering = options.contractionLowering;
    pm.addNestedPass<func::FuncOp>(createPruneVectorizeDense(vectorize));
    pm.addNestedPass<func::FuncOp>(createLoopInvariantSubsetHoistingPass());
    pm.addPass(createCanonicalizerPass());
    pm.addPass(createCSEPass());
  }

  // 4. The C interface must be requested before func-to-llvm (inside the
  //    sparsifier) runs.
  if (options.emitCInterface)
    pm.addPass(createPruneEmitCInterface());

  // 5. Sparse code generation, bufferization and lowering to LLVM. The
  //    sparsifier handles dense code as well: what we vectorized is vector
  //    ops on tensors by now, which it bufferizes and lowers.
  sparse_tensor::SparsifierOptions sparsifier;
  sparsifier.vectorLength =
      options.vl >= 0 ? options.vl : static_cast<int32_t>(options.vectorWidth);
  sparsifier.enableRuntimeLibrary = options.enableRuntimeLibrary;
  sparsifier.reassociateFPReductions = options.reassociateFPReductions;
  sparse_tensor::buildSparsifier(pm, sparsifier);
}

void mlir::prune::registerPrunePipelines() {
  PassPipelineRegistration<PruneCompileOptions>(
      "prune-compile",
      "Compile a model (tosa / linalg / tensor / scf / arith / func) to the "
      "LLVM dialect: TOSA lowering, prune-sparsify, tiled and vectorized "
      "dense code, upstream's sparsifier",
      buildPruneCompilePipeline);
}
