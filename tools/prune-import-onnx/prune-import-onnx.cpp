//===- prune-import-onnx.cpp - ONNX model to the project's TOSA form ------===//
//
//   prune-import-onnx MODEL.onnx [-o OUT.mlir] [--batch=N] [--emit-bytecode]
//
// Writes nothing unless the whole model imports and verifies; errors name
// the node (its ONNX name is the op's location) and list every unsupported
// operator at once.
//
//===----------------------------------------------------------------------===//

#include "Prune/Import/OnnxImporter.h"

#include "mlir/Bytecode/BytecodeWriter.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Support/FileUtilities.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/ToolOutputFile.h"
#include "llvm/Support/raw_ostream.h"

#include <chrono>

using namespace mlir;
namespace cl = llvm::cl;

static cl::OptionCategory importCategory("prune-import-onnx options");
static cl::opt<std::string> inputPath(cl::Positional, cl::Required,
                                      cl::desc("<model.onnx>"),
                                      cl::cat(importCategory));
static cl::opt<std::string> outputPath("o",
                                       cl::desc("Output file (default: "
                                                "stdout)"),
                                       cl::value_desc("file"), cl::init("-"),
                                       cl::cat(importCategory));
static cl::opt<int64_t>
    batch("batch",
          cl::desc("Fix a dynamic first dimension of every input to N"),
          cl::value_desc("N"), cl::init(0), cl::cat(importCategory));
static cl::opt<bool> emitBytecode("emit-bytecode",
                                  cl::desc("Write MLIR bytecode, not text"),
                                  cl::cat(importCategory));
static cl::opt<int64_t> resourceThreshold(
    "resource-threshold",
    cl::desc("Constants of at least this many bytes become dense_resource "
             "blobs"),
    cl::value_desc("bytes"), cl::init(4096), cl::cat(importCategory));
static cl::opt<bool> quiet("quiet", cl::desc("No summary line on stderr"),
                           cl::cat(importCategory));

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  // Only this tool's options in --help, not every option LLVM's libraries
  // register.
  cl::HideUnrelatedOptions(importCategory);
  cl::ParseCommandLineOptions(
      argc, argv,
      "prune-import-onnx: imports an ONNX model as a TOSA module for "
      "mlir-prune\n");
  if (batch.getNumOccurrences() && batch <= 0) {
    llvm::errs() << "prune-import-onnx: error: --batch must be positive\n";
    return 1;
  }
  auto start = std::chrono::steady_clock::now();
  DialectRegistry registry;
  prune::registerOnnxImportDialects(registry);
  MLIRContext context(registry);
  context.loadAllAvailableDialects();
  // "MODEL.onnx: node '/conv1/Conv': error: Conv: ..." - the node's ONNX
  // name is what the user can find in Netron or the exporter's graph.
  ScopedDiagnosticHandler handler(&context, [&](Diagnostic &diag) {
    llvm::raw_ostream &os = llvm::errs();
    os << inputPath << ": ";
    if (auto name = dyn_cast<NameLoc>(diag.getLocation()))
      os << "node '" << name.getName().getValue() << "': ";
    switch (diag.getSeverity()) {
    case DiagnosticSeverity::Error:
      os << "error: ";
      break;
    case DiagnosticSeverity::Warning:
      os << "warning: ";
      break;
    default:
      os << "note: ";
      break;
    }
    os << diag << "\n";
    return success();
  });

  prune::OnnxImportOptions options;
  if (batch > 0)
    options.batch = batch;
  options.resourceThresholdBytes = resourceThreshold;
  OwningOpRef<ModuleOp> module =
      prune::importOnnxFile(inputPath, &context, options);
  if (!module)
    return 1;

  std::string error;
  std::unique_ptr<llvm::ToolOutputFile> output =
      openOutputFile(outputPath, &error);
  if (!output) {
    llvm::errs() << "prune-import-onnx: error: " << error << "\n";
    return 1;
  }
  if (emitBytecode) {
    if (failed(writeBytecodeToFile(*module, output->os()))) {
      llvm::errs() << "prune-import-onnx: error: cannot write bytecode\n";
      return 1;
    }
  } else {
    // Locations carry the ONNX node names that reports use as layer names.
    module->print(output->os(), OpPrintingFlags().enableDebugInfo());
    output->os() << "\n";
  }
  output->os().flush();
  if (output->os().has_error()) {
    llvm::errs() << "prune-import-onnx: error: cannot write '" << outputPath
                 << "'\n";
    output->os().clear_error();
    return 1;
  }
  output->keep();

  if (!quiet) {
    int64_t ops = 0, weights = 0, layers = 0;
    module->walk([&](Operation *op) {
      StringRef name = op->getName().getStringRef();
      if (name.starts_with("tosa.") && name != "tosa.const" &&
          name != "tosa.const_shape")
        ++ops;
      if (name == "tosa.conv2d" || name == "tosa.depthwise_conv2d" ||
          name == "tosa.transpose_conv2d" || name == "tosa.matmul")
        ++layers;
      if (name == "tosa.const")
        if (auto type = dyn_cast<ShapedType>(op->getResult(0).getType()))
          if (type.getNumElements() > 1)
            weights += type.getNumElements();
    });
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
            .count();
    llvm::errs() << llvm::formatv(
        "prune-import-onnx: {0}: {1} TOSA ops, {2} matmul/conv layers, {3} "
        "constant elements, {4:F2} s\n",
        inputPath, ops, layers, weights, seconds);
  }
  return 0;
}
