//===- prune-opt.cpp - The mlir-prune optimizer driver --------------------===//
//
// mlir-opt with every upstream dialect, extension and pass, plus mlir-prune's
// own passes and pipelines.
//
//===----------------------------------------------------------------------===//

#include "Prune/InitPrune.h"
#include "TestPasses.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/InitAllDialects.h"
#include "mlir/InitAllExtensions.h"
#include "mlir/InitAllPasses.h"
#include "mlir/Target/LLVMIR/Dialect/All.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"

int main(int argc, char **argv) {
  mlir::registerAllPasses();
  mlir::prune::registerPrunePassesAndPipelines();
  mlir::prune::test::registerPruneTestPasses();

  mlir::DialectRegistry registry;
  mlir::registerAllDialects(registry);
  mlir::registerAllExtensions(registry);
  // gpu-module-to-binary (prune-compile-gpu) translates kernels to LLVM IR.
  mlir::registerAllGPUToLLVMIRTranslations(registry);
  mlir::prune::registerPruneDialects(registry);

  return mlir::asMainReturnCode(mlir::MlirOptMain(
      argc, argv, "mlir-prune: prune trained models and compile them\n",
      registry));
}
