//===- CompiledModel.h - A model compiled and run in process ----*- C++ -*-===//
//
// What prune-calibrate runs models with: a module lowered by prune-compile
// (with C interfaces) and JIT-compiled by MLIR's ExecutionEngine, whose
// public tensor functions are called on host arrays. Calibration probes
// (prune.observe) call libPruneRuntime in this process, so statistics stay
// in memory (prune_runtime_take).
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_DRIVER_COMPILEDMODEL_H
#define PRUNE_DRIVER_COMPILEDMODEL_H

#include "Prune/Support/NumpyArchive.h"
#include "Prune/Pipelines/Pipelines.h"

#include "mlir/IR/BuiltinOps.h"
#include "llvm/ADT/StringMap.h"

#include <memory>

namespace mlir {
class DialectRegistry;
class ExecutionEngine;
namespace prune {

/// Everything a driver's context needs: upstream's dialects and extensions,
/// mlir-prune's, and the translations to LLVM IR the JIT uses.
void registerDriverDialects(DialectRegistry &registry);

/// One tensor argument or result of a function.
struct TensorSignature {
  /// The argument's `prune.name`, else `arg<i>` (`result<i>` for results).
  std::string name;
  HostElementKind kind = HostElementKind::F32;
  /// ShapedType::kDynamic for `?`.
  SmallVector<int64_t> shape;

  /// "?x784xf32", for messages.
  std::string describe() const;
};

/// The tensor signature of a public function.
struct EntrySignature {
  std::string name;
  std::vector<TensorSignature> arguments, results;
};

/// The signature of `entry` in `module`; fails (with `error` saying why) if
/// there is no such public function or it takes or returns anything but
/// ranked tensors of the element types of HostElementKind.
FailureOr<EntrySignature> getEntrySignature(ModuleOp module, StringRef entry,
                                            std::string &error);

class CompiledModel {
public:
  ~CompiledModel();

  /// Lowers a clone of `module` with prune-compile (`options`, plus
  /// c-interface=true) and JIT-compiles it. `entries` are the functions
  /// callers will call.
  static llvm::Expected<std::unique_ptr<CompiledModel>>
  compile(ModuleOp module, ArrayRef<std::string> entries,
          const PruneCompileOptions &options);

  /// Calls `entry` on `arguments` (shapes checked against its signature) and
  /// appends its results to `results`, or frees them if `results` is null.
  llvm::Error call(StringRef entry, ArrayRef<const HostArray *> arguments,
                   std::vector<HostArray> *results);

  const EntrySignature &getSignature(StringRef entry) const {
    return signatures.find(entry)->second;
  }

private:
  CompiledModel() = default;

  std::unique_ptr<ExecutionEngine> engine;
  llvm::StringMap<EntrySignature> signatures;
  /// Rank of every result of the lowered entry (some results of a function
  /// may be dropped by bufferization; such entries are refused).
  llvm::StringMap<SmallVector<int64_t>> loweredResultRanks;
};

} // namespace prune
} // namespace mlir

#endif // PRUNE_DRIVER_COMPILEDMODEL_H
