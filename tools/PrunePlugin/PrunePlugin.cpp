//===- PrunePlugin.cpp - mlir-prune as a plugin for mlir-opt --------------===//
//
// Exposes the mlir-prune passes, pipelines and dialects to the stock
// mlir-opt through MLIR's pass and dialect plugin interfaces.
//
//===----------------------------------------------------------------------===//

#include "Prune/InitPrune.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/Tools/Plugins/DialectPlugin.h"
#include "mlir/Tools/Plugins/PassPlugin.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/Compiler.h"

extern "C" LLVM_ATTRIBUTE_WEAK ::mlir::PassPluginLibraryInfo
mlirGetPassPluginInfo() {
  return {MLIR_PLUGIN_API_VERSION, "PrunePasses", LLVM_VERSION_STRING,
          []() { mlir::prune::registerPrunePassesAndPipelines(); }};
}

extern "C" LLVM_ATTRIBUTE_WEAK ::mlir::DialectPluginLibraryInfo
mlirGetDialectPluginInfo() {
  return {MLIR_PLUGIN_API_VERSION, "PruneDialects", LLVM_VERSION_STRING,
          [](mlir::DialectRegistry *registry) {
            mlir::prune::registerPruneDialects(*registry);
          }};
}
