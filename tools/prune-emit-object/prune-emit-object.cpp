//===- prune-emit-object.cpp - LLVM-dialect MLIR to a native object file --===//
//
// The last step of an ahead-of-time build in one process: parses a module in
// the LLVM dialect (what prune-compile emits), translates it to LLVM IR,
// optimizes it at -O3 (huge functions' loop nests outlined first, see
// OutlineLoops.h) and writes an object file for the host CPU (what
// `clang -O3 -march=native` does). Going through LLVM IR text instead costs
// minutes for a model with large weights: a 4096x4096 layer is 16M floats
// that mlir-translate prints and clang parses back one by one, where here
// they stay bytes.
//
//   prune-emit-object MODEL.llvm.mlir -o MODEL.o [-O=3] [--pic=true]
//                     [--max-loops-per-function=N]
//   clang-22 -shared MODEL.o -o MODEL.so
//
//===----------------------------------------------------------------------===//

#include "Prune/Support/OutlineLoops.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Target/LLVMIR/Dialect/All.h"
#include "mlir/Target/LLVMIR/Export.h"

#include "llvm/ExecutionEngine/Orc/JITTargetMachineBuilder.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/LegacyPassManager.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Support/ToolOutputFile.h"
#include "llvm/Target/TargetMachine.h"

using namespace mlir;

static llvm::cl::opt<std::string> inputFile(llvm::cl::Positional,
                                            llvm::cl::desc("<input .mlir>"),
                                            llvm::cl::Required);
static llvm::cl::opt<std::string> outputFile("o",
                                             llvm::cl::desc("Output object"),
                                             llvm::cl::value_desc("file"),
                                             llvm::cl::Required);
static llvm::cl::opt<unsigned>
    optLevel("O", llvm::cl::desc("LLVM optimization level (0-3)"),
             llvm::cl::init(3));
static llvm::cl::opt<unsigned> maxLoopsPerFunction(
    "max-loops-per-function",
    llvm::cl::desc("Outline the loop nests of functions with more loops, "
                   "which LLVM's loop analyses take minutes over (0: never)"),
    llvm::cl::init(prune::kMaxLoopsPerFunction));
static llvm::cl::opt<bool>
    pic("pic", llvm::cl::desc("Position-independent code (for -shared)"),
        llvm::cl::init(true));

static int fail(const llvm::Twine &message) {
  llvm::errs() << "prune-emit-object: " << message << "\n";
  return 1;
}

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  llvm::cl::ParseCommandLineOptions(
      argc, argv, "LLVM-dialect MLIR to a native object file\n");
  llvm::InitializeNativeTarget();
  llvm::InitializeNativeTargetAsmPrinter();

  DialectRegistry registry;
  registerAllToLLVMIRTranslations(registry);
  MLIRContext context(registry);
  context.loadAllAvailableDialects();
  llvm::SourceMgr sourceMgr;
  OwningOpRef<ModuleOp> module =
      parseSourceFile<ModuleOp>(inputFile, sourceMgr, &context);
  if (!module)
    return fail("cannot parse " + inputFile);

  // The host CPU and its features, as -march=native.
  auto builder = llvm::orc::JITTargetMachineBuilder::detectHost();
  if (!builder)
    return fail(llvm::toString(builder.takeError()));
  builder->setRelocationModel(pic ? llvm::Reloc::PIC_ : llvm::Reloc::Static);
  builder->setCodeGenOptLevel(optLevel >= 3 ? llvm::CodeGenOptLevel::Aggressive
                              : optLevel == 0 ? llvm::CodeGenOptLevel::None
                                              : llvm::CodeGenOptLevel::Default);
  auto machine = builder->createTargetMachine();
  if (!machine)
    return fail(llvm::toString(machine.takeError()));

  llvm::LLVMContext llvmContext;
  std::unique_ptr<llvm::Module> llvmModule =
      translateModuleToLLVMIR(*module, llvmContext);
  if (!llvmModule)
    return fail("cannot translate " + inputFile + " to LLVM IR");
  module = nullptr; // the MLIR copy of the weights is no longer needed
  llvmModule->setTargetTriple((*machine)->getTargetTriple());
  llvmModule->setDataLayout((*machine)->createDataLayout());

  auto optimize =
      prune::makeModelOptimizer(optLevel, machine->get(), maxLoopsPerFunction);
  if (llvm::Error error = optimize(llvmModule.get()))
    return fail(llvm::toString(std::move(error)));

  std::error_code ec;
  llvm::ToolOutputFile out(outputFile, ec, llvm::sys::fs::OF_None);
  if (ec)
    return fail("cannot write " + outputFile + ": " + ec.message());
  llvm::legacy::PassManager codegen;
  if ((*machine)->addPassesToEmitFile(codegen, out.os(), nullptr,
                                      llvm::CodeGenFileType::ObjectFile))
    return fail("the target cannot emit object files");
  codegen.run(*llvmModule);
  out.keep();
  return 0;
}
