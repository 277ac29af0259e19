//===- Calibration.h - Calibrate, prune and evaluate in process -*- C++ -*-===//
//
// The library behind prune-calibrate. A model in the project's IR runs on
// numpy data in this process (CompiledModel.h): instrumented, it gives the
// calibration statistics that prune-weights reads; pruned, its top-1 accuracy
// on labelled data. Sequential pruning and the search for the sparsity that
// keeps accuracy within a budget are built from these steps.
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_DRIVER_CALIBRATION_H
#define PRUNE_DRIVER_CALIBRATION_H

#include "Prune/Calibration/Statistics.h"
#include "Prune/Driver/CompiledModel.h"
#include "Prune/Support/Progress.h"

#include "llvm/Support/JSON.h"

#include <algorithm>
#include <functional>
#include <optional>

namespace mlir::prune {

/// Samples for a model's entry: one array per argument, in argument order,
/// samples along the first axis, and optional integer labels.
struct ModelData {
  std::vector<HostArray> inputs;
  std::optional<HostArray> labels;
  int64_t samples = 0;
  std::string path;

  /// Keeps the first `count` samples (of every array).
  void keepFirst(int64_t count) {
    samples = std::min(samples, count);
    for (HostArray &input : inputs)
      input.shape[0] = samples;
    if (labels)
      labels->shape[0] = samples;
  }
};

/// Reads `path` (.npz keyed by the arguments' `prune.name`s, else `arg0`,
/// `arg1`, ...; optional `labels`; or a .npy file for a one-argument entry)
/// and checks every array against `signature`: rank, element type, the
/// static dimensions after the first, one sample count. With
/// `requireLabels`, `labels` must be there: one integer per sample. Errors
/// name the argument and both shapes.
llvm::Expected<ModelData> loadModelData(llvm::StringRef path,
                                        const EntrySignature &signature,
                                        bool requireLabels);

/// How the driver runs a model.
struct RunOptions {
  std::string entry = "forward";
  /// Samples per call when the entry's batch is dynamic.
  int64_t batchSize = 64;
  /// prune-compile options for every build (the model's own `threads`,
  /// formats, ...). c-interface is set by the driver.
  std::string compileOptions = "sparse=false";
  Progress *progress = nullptr;
};

/// CompiledModel::compile with prune-compile options given as text
/// (`sparse=false threads=2`); an error names options that do not parse.
llvm::Expected<std::unique_ptr<CompiledModel>>
compileModel(ModuleOp module, ArrayRef<std::string> entries,
             llvm::StringRef options);

/// Whether every argument of `signature` takes any number of samples.
bool hasDynamicBatch(const EntrySignature &signature);

/// Samples per call for `signature`: its static batch (every argument with a
/// static first dimension must agree), else `options.batchSize`. Fails if the
/// static batch is larger than the data.
llvm::Expected<int64_t> getChunkSize(const EntrySignature &signature,
                                     int64_t samples,
                                     const RunOptions &options);

/// Calibration statistics of `model`'s layers on `data` (prune-instrument,
/// then every sample through the JIT-compiled model). With `reference`
/// (the dense model), each layer is also paired with the same layer of the
/// reference on the same samples (X^T R, sequential reconstruction). With
/// `layers`, only layers whose name matches are observed.
llvm::Expected<CalibrationStatistics>
collectStatistics(ModuleOp model, const ModelData &data,
                  const RunOptions &options, ModuleOp reference = nullptr,
                  llvm::StringRef layers = "");

/// The argmax over the last dimension of `model`'s first result, for every
/// sample that is fed (a static batch leaves a partial last chunk out).
llvm::Expected<std::vector<int64_t>>
predictTop1(ModuleOp model, const ModelData &data, const RunOptions &options);

/// Top-1 accuracy (in [0, 1]) of `model`'s first result (argmax over its
/// last dimension) against `data.labels`.
llvm::Expected<double> evaluateTop1(ModuleOp model, const ModelData &data,
                                    const RunOptions &options);

/// A file in the system's temporary folder, removed with the object: how
/// the driver hands files to passes and reads their reports back.
class TemporaryFile {
public:
  /// Creates an empty file named `<prefix>-*.<suffix>`.
  static llvm::Expected<std::unique_ptr<TemporaryFile>>
  create(llvm::StringRef prefix, llvm::StringRef suffix);
  ~TemporaryFile();

  llvm::StringRef getPath() const { return path; }

protected:
  TemporaryFile() = default;
  llvm::Error createFile(llvm::StringRef prefix, llvm::StringRef suffix);

private:
  llvm::SmallString<128> path;
};

/// Statistics written once to a temporary file, which passes read through
/// `stats=PATH`. Runs that prune the same model several times (the sparsity
/// search) share one.
class TemporaryStatisticsFile : public TemporaryFile {
public:
  static llvm::Expected<std::unique_ptr<TemporaryStatisticsFile>>
  create(const CalibrationStatistics &statistics);

private:
  TemporaryStatisticsFile() = default;
};

/// An .npz of a model's float weights, one array per layer keyed by its
/// name, in IR layout: prune-weights{reference-weights=}.
class TemporaryWeightsFile : public TemporaryFile {
public:
  static llvm::Expected<std::unique_ptr<TemporaryWeightsFile>>
  create(ModuleOp model);

private:
  TemporaryWeightsFile() = default;
};

/// Checks the spelling of prune-weights `options` as the pass parser does
/// (names and values, not their combination).
llvm::Error checkPruneWeightsOptions(MLIRContext *context,
                                     llvm::StringRef options);

/// Runs prune-weights with `options` on `model` (in place), handing it
/// `statistics` (may be null). Returns the pass's JSON report. Fails, with the
/// pass's diagnostics, if the pass does (and `model` is then unchanged).
llvm::Expected<llvm::json::Object>
runPruneWeights(ModuleOp model, llvm::StringRef options,
                const TemporaryStatisticsFile *statistics);

/// Runs the textual pass pipeline `pipeline` (passes on the module, without
/// the `builtin.module(...)` anchor) on `module`; on failure the error holds
/// the diagnostics. Warnings and remarks go to the context's usual handler.
llvm::Error runPassPipeline(ModuleOp module, llvm::StringRef pipeline);

/// A copy of `module` whose `dense_resource` weights are copies too: pruning
/// writes weights in place, and a plain clone shares them with the original.
OwningOpRef<ModuleOp> cloneWithOwnWeights(ModuleOp module);

/// prune-weights options as `key=value` words, for the driver to edit.
struct PruneOptionTokens {
  std::vector<std::pair<std::string, std::string>> entries;

  /// Splits `options` at spaces; `stats=` and `report=` are refused (the
  /// driver sets them).
  static llvm::Expected<PruneOptionTokens> parse(llvm::StringRef options);
  std::optional<std::string> get(llvm::StringRef key) const;
  void set(llvm::StringRef key, llvm::StringRef value);
  void erase(llvm::StringRef key);
  std::string str() const;
  /// Whether the options read calibration statistics, as prune-weights
  /// decides it (getPruneWeightsOptionNeedingStatistics).
  bool needStatistics() const;
};

/// Statistics of the sequential run's layers, for the report.
struct SequentialStep {
  std::string layer;
  double sparsity = 0;
  int64_t elements = 0, nonzerosBefore = 0, nonzerosAfter = 0;
  /// prune-weights' "reconstruct_target": "reference" when the layer was
  /// fit to the dense model's outputs.
  std::string reconstructTarget;
  std::optional<double> maskError, finalError;
  double calibrateSeconds = 0, pruneSeconds = 0;
};

/// Prunes `model` layer by layer (in place): prune-weights{`options`} on
/// the dense model decides each layer's count (a dry run, with the dense
/// statistics when the options need them); then, in program order, each
/// layer is calibrated on the inputs it sees with the layers before it
/// pruned, beside the dense model's (X^T R), and pruned and refit to the
/// dense model's outputs (`method` reconstruct or obs). One compile per
/// layer. `dense` is the unpruned model (not modified).
///
/// With `referenceWeights` (the dense model's, for the later rounds of
/// gradual pruning, where `model` is already pruned), each observed layer
/// keeps its zeros and is refit with the dense layer's weights
/// (prune-weights{reference-weights=}), so every round is fit to the dense
/// model's outputs and masks only grow.
llvm::Expected<std::vector<SequentialStep>>
pruneSequentially(ModuleOp model, ModuleOp dense, llvm::StringRef options,
                  const ModelData &data, const RunOptions &runOptions,
                  const TemporaryStatisticsFile *denseStatistics,
                  const TemporaryWeightsFile *referenceWeights = nullptr);

} // namespace mlir::prune

#endif // PRUNE_DRIVER_CALIBRATION_H
