//===- Calibration.cpp - Statistics and accuracy in process ---------------===//
//
// Statistics: the model (and, for sequential pruning, the dense reference
// beside it, its symbols renamed) is instrumented by prune-instrument, its
// probes lowered to libPruneRuntime calls, compiled once and run on every
// chunk of the data; the runtime hands the statistics over in memory. The
// reference runs first on each chunk, so each layer's inputs pair with the
// reference's on the same samples.
//
//===----------------------------------------------------------------------===//

#include "Prune/Driver/Calibration.h"
#include "ChunkFeeder.h"

#include "Prune/Runtime/PruneRuntime.h"

#include "mlir/IR/SymbolTable.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Process.h"

#include <atomic>
#include <cstdlib>

using namespace mlir;
using namespace mlir::prune;

/// The prefix of the reference model's symbols in a combined module.
static constexpr llvm::StringLiteral kReferencePrefix = "prune_reference_";

llvm::Error mlir::prune::runPassPipeline(ModuleOp module,
                                         llvm::StringRef pipeline) {
  std::string diagnostics;
  ScopedDiagnosticHandler handler(module.getContext(), [&](Diagnostic &diag) {
    if (diag.getSeverity() != DiagnosticSeverity::Error)
      return failure();
    // One line per error (the caller prefixes "error:"), without the op
    // dump MLIR attaches to op errors.
    llvm::raw_string_ostream os(diagnostics);
    os << diag.getLocation() << ": " << diag << "\n";
    for (const Diagnostic &note : diag.getNotes())
      if (!llvm::StringRef(note.str()).starts_with("see current operation"))
        os << note.getLocation() << ": note: " << note << "\n";
    return success();
  });
  PassManager pm(module.getContext(), ModuleOp::getOperationName());
  std::string parseError;
  llvm::raw_string_ostream errorStream(parseError);
  if (failed(parsePassPipeline(pipeline, pm, errorStream)))
    return llvm::createStringError("invalid pipeline '" + pipeline +
                                   "': " + parseError);
  if (failed(pm.run(module)))
    return llvm::createStringError(llvm::StringRef(diagnostics).rtrim());
  return llvm::Error::success();
}

llvm::Expected<std::unique_ptr<CompiledModel>>
mlir::prune::compileModel(ModuleOp module, ArrayRef<std::string> entries,
                          llvm::StringRef options) {
  PruneCompileOptions compileOptions;
  std::string error;
  llvm::raw_string_ostream errorStream(error);
  if (failed(compileOptions.parseFromString(options, errorStream)))
    return llvm::createStringError("invalid prune-compile options '" + options +
                                   "': " + error);
  return CompiledModel::compile(module, entries, compileOptions);
}

llvm::Expected<CalibrationStatistics>
mlir::prune::collectStatistics(ModuleOp model, const ModelData &data,
                               const RunOptions &options, ModuleOp reference,
                               llvm::StringRef layers) {
  // A key the runtime files statistics under; never written to disk.
  static std::atomic<int> counter = 0;
  std::string key = "prune-calibrate-" +
                    std::to_string(llvm::sys::Process::getProcessId()) + "-" +
                    std::to_string(counter++);
  OwningOpRef<ModuleOp> instrumented = model.clone();
  std::vector<std::string> entries = {options.entry};
  std::string instrumentOptions = "output=" + key;
  if (reference) {
    OwningOpRef<ModuleOp> renamed = reference.clone();
    SymbolTable symbols(*renamed);
    for (Operation &op : llvm::make_early_inc_range(*renamed->getBody())) {
      auto name =
          op.getAttrOfType<StringAttr>(SymbolTable::getSymbolAttrName());
      if (name && failed(symbols.rename(
                      &op, (kReferencePrefix + name.getValue()).str())))
        return llvm::createStringError("cannot rename the reference's @" +
                                       name.getValue());
    }
    for (Operation &op : llvm::make_early_inc_range(*renamed->getBody()))
      op.moveBefore(instrumented->getBody(), instrumented->getBody()->end());
    std::string referenceEntry = (kReferencePrefix + options.entry).str();
    entries.insert(entries.begin(), referenceEntry);
    instrumentOptions +=
        " reference-func=" + referenceEntry + " model-func=" + options.entry;
  }
  if (!layers.empty())
    instrumentOptions += " layers=" + layers.str();
  if (llvm::Error error = runPassPipeline(
          *instrumented,
          "prune-instrument{" + instrumentOptions + "},prune-lower-observe"))
    return std::move(error);

  Progress *progress = options.progress;
  if (progress)
    progress->start("compiling the instrumented model", 0, "");
  llvm::Expected<std::unique_ptr<CompiledModel>> compiled =
      compileModel(*instrumented, entries, options.compileOptions);
  if (!compiled)
    return compiled.takeError();
  if (progress)
    progress->finish();

  const EntrySignature &signature = (*compiled)->getSignature(options.entry);
  llvm::Expected<int64_t> chunk =
      getChunkSize(signature, data.samples, options);
  if (!chunk)
    return chunk.takeError();
  ChunkFeeder feeder{data, *chunk, hasDynamicBatch(signature)};
  if (progress)
    progress->start("calibrating", feeder.usedSamples(), "samples");
  llvm::Error runError =
      feeder.forEach([&](ArrayRef<const HostArray *> arguments, int64_t first,
                         int64_t count) -> llvm::Error {
        for (const std::string &entry : entries)
          if (llvm::Error error =
                  (*compiled)->call(entry, arguments, /*results=*/nullptr))
            return error;
        if (progress)
          progress->update(first + count);
        return llvm::Error::success();
      });
  // Taken even after an error, so nothing is written at exit.
  char *bytes = nullptr;
  int64_t size = 0;
  int failed = prune_runtime_take(key.data(), key.size(), &bytes, &size);
  std::string taken =
      bytes ? std::string(bytes, failed ? std::strlen(bytes) : size_t(size))
            : std::string("out of memory");
  std::free(bytes);
  if (runError)
    return std::move(runError);
  // No probe at all (every selected layer unobservable): no statistics.
  if (failed && llvm::StringRef(taken).starts_with("nothing was observed"))
    return CalibrationStatistics();
  if (failed)
    return llvm::createStringError("calibration failed: " + taken);
  if (progress)
    progress->finish();
  return parseCalibrationStatistics(taken, "<in memory>");
}

llvm::Expected<std::vector<int64_t>>
mlir::prune::predictTop1(ModuleOp model, const ModelData &data,
                         const RunOptions &options) {
  llvm::Expected<std::unique_ptr<CompiledModel>> compiled =
      compileModel(model, {options.entry}, options.compileOptions);
  if (!compiled)
    return compiled.takeError();
  const EntrySignature &signature = (*compiled)->getSignature(options.entry);
  if (signature.results.empty())
    return llvm::createStringError("@" + options.entry +
                                   " has no result to score");
  llvm::Expected<int64_t> chunk =
      getChunkSize(signature, data.samples, options);
  if (!chunk)
    return chunk.takeError();
  ChunkFeeder feeder{data, *chunk, hasDynamicBatch(signature)};
  std::vector<int64_t> predictions;
  llvm::Error error =
      feeder.forEach([&](ArrayRef<const HostArray *> arguments, int64_t,
                         int64_t count) -> llvm::Error {
        std::vector<HostArray> results;
        if (llvm::Error error =
                (*compiled)->call(options.entry, arguments, &results))
          return error;
        const HostArray &scores = results.front();
        if (scores.shape.size() != 2 || scores.shape[0] != count ||
            (scores.kind != HostElementKind::F32 &&
             scores.kind != HostElementKind::F64))
          return llvm::createStringError(
              "@" + options.entry + "'s first result is " + scores.describe() +
              "; top-1 needs float scores of shape " + llvm::Twine(count) +
              "xC");
        int64_t classes = scores.shape[1];
        for (int64_t i = 0; i < count; ++i) {
          int64_t best = 0;
          double bestScore = -INFINITY;
          for (int64_t c = 0; c < classes; ++c) {
            double score = scores.kind == HostElementKind::F32
                               ? reinterpret_cast<const float *>(
                                     scores.data())[i * classes + c]
                               : reinterpret_cast<const double *>(
                                     scores.data())[i * classes + c];
            if (score > bestScore) {
              bestScore = score;
              best = c;
            }
          }
          predictions.push_back(best);
        }
        return llvm::Error::success();
      });
  if (error)
    return std::move(error);
  return predictions;
}

llvm::Expected<double> mlir::prune::evaluateTop1(ModuleOp model,
                                                 const ModelData &data,
                                                 const RunOptions &options) {
  if (!data.labels)
    return llvm::createStringError(data.path +
                                   ": no 'labels' to measure accuracy with");
  llvm::Expected<std::vector<int64_t>> predictions =
      predictTop1(model, data, options);
  if (!predictions)
    return predictions.takeError();
  int64_t correct = 0;
  for (auto [i, predicted] : llvm::enumerate(*predictions))
    correct += predicted == getIntegerElement(*data.labels, i);
  return double(correct) / double(predictions->size());
}

llvm::Error TemporaryFile::createFile(llvm::StringRef prefix,
                                      llvm::StringRef suffix) {
  if (std::error_code ec =
          llvm::sys::fs::createTemporaryFile(prefix, suffix, path))
    return llvm::createStringError("cannot create a temporary file: " +
                                   ec.message());
  return llvm::Error::success();
}

llvm::Expected<std::unique_ptr<TemporaryFile>>
TemporaryFile::create(llvm::StringRef prefix, llvm::StringRef suffix) {
  std::unique_ptr<TemporaryFile> file(new TemporaryFile());
  if (llvm::Error error = file->createFile(prefix, suffix))
    return std::move(error);
  return file;
}

TemporaryFile::~TemporaryFile() {
  if (!path.empty())
    llvm::sys::fs::remove(path);
}

llvm::Expected<std::unique_ptr<TemporaryStatisticsFile>>
TemporaryStatisticsFile::create(const CalibrationStatistics &statistics) {
  std::unique_ptr<TemporaryStatisticsFile> file(new TemporaryStatisticsFile());
  if (llvm::Error error = file->createFile("prune-calibrate", "stats"))
    return std::move(error);
  if (llvm::Error error =
          writeCalibrationStatistics(statistics, file->getPath()))
    return std::move(error);
  return file;
}

llvm::Error mlir::prune::checkPruneWeightsOptions(MLIRContext *context,
                                                  llvm::StringRef options) {
  PassManager pm(context, ModuleOp::getOperationName());
  std::string parseError;
  llvm::raw_string_ostream errorStream(parseError);
  if (failed(parsePassPipeline("prune-weights{" + options.str() + "}", pm,
                               errorStream)))
    return llvm::createStringError(
        "invalid prune-weights options '" + options.str() +
        "': " + llvm::StringRef(parseError).split('\n').first);
  return llvm::Error::success();
}

llvm::Expected<llvm::json::Object>
mlir::prune::runPruneWeights(ModuleOp model, llvm::StringRef options,
                             const TemporaryStatisticsFile *statistics) {
  // The user's options alone first, so that an error names only what they
  // wrote (not the report and statistics files added below).
  if (llvm::Error error = checkPruneWeightsOptions(model.getContext(), options))
    return std::move(error);
  // The pass writes its report through a file.
  llvm::Expected<std::unique_ptr<TemporaryFile>> reportFile =
      TemporaryFile::create("prune-calibrate", "json");
  if (!reportFile)
    return reportFile.takeError();
  llvm::StringRef reportPath = (*reportFile)->getPath();
  std::string passOptions = options.str() + " report=" + reportPath.str();
  if (statistics)
    passOptions += " stats=" + statistics->getPath().str();
  if (llvm::Error error =
          runPassPipeline(model, "prune-weights{" + passOptions + "}"))
    return std::move(error);
  auto buffer = llvm::MemoryBuffer::getFile(reportPath);
  if (!buffer)
    return llvm::createStringError("prune-weights wrote no report");
  llvm::Expected<llvm::json::Value> report =
      llvm::json::parse((*buffer)->getBuffer());
  if (!report)
    return report.takeError();
  if (!report->getAsObject())
    return llvm::createStringError(
        "prune-weights' report is not a JSON object");
  return std::move(*report->getAsObject());
}
