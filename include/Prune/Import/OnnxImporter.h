//===- OnnxImporter.h - ONNX models to TOSA ---------------------*- C++ -*-===//
//
// Imports an ONNX model (a file written by torch.onnx.export, tf2onnx or an
// ONNX quantizer) as a module in the project's model form (docs/DESIGN.md,
// "Model form"): one public `func.func @forward` whose arguments and results
// are the graph's inputs and outputs in order, each argument named by a
// `prune.name` attribute; a TOSA body with a NameLoc per op taken from the
// ONNX node name; weights as `tosa.const`, `dense_resource` when large.
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_IMPORT_ONNXIMPORTER_H
#define PRUNE_IMPORT_ONNXIMPORTER_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OwningOpRef.h"
#include "mlir/Support/LLVM.h"

#include <cstdint>
#include <optional>

namespace mlir::prune {

struct OnnxImportOptions {
  /// Fixes a dynamic first dimension of every graph input to this size.
  std::optional<int64_t> batch;
  /// Constants of at least this many bytes become `dense_resource` blobs;
  /// smaller ones stay `dense` so that they read in the IR.
  int64_t resourceThresholdBytes = 4096;
};

/// Returns the imported module, or null after emitting errors (an unreadable
/// file, an unsupported opset, every unsupported operator at once, missing
/// external data, shapes the importer cannot represent) through the
/// context's diagnostic engine.
OwningOpRef<ModuleOp> importOnnxFile(StringRef path, MLIRContext *context,
                                     const OnnxImportOptions &options);

/// Registers what an imported module needs (tosa, tensor, arith, func).
void registerOnnxImportDialects(DialectRegistry &registry);

} // namespace mlir::prune

#endif // PRUNE_IMPORT_ONNXIMPORTER_H
