//===- prune-calibrate.cpp - Calibrate and prune a model in process -------===//
//
//   prune-calibrate MODEL.mlir --data=CALIB.npz [--entry=forward]
//       --stats=OUT.stats                                   statistics only
//     | --prune="<prune-weights options>" [--sequential] -o OUT.mlir
//       [--val=VAL.npz --max-drop=POINTS [--metric=top1]]   choose the sparsity
//       [--report=R.json]
//
// A thin driver over lib/Driver (Calibration.h). Every output is written at
// the end, through temporary files, so a failure leaves nothing behind.
//
//===----------------------------------------------------------------------===//

#include "Prune/Driver/Calibration.h"
#include "Prune/InitPrune.h"

#include "mlir/IR/MLIRContext.h"
#include "mlir/InitAllPasses.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Support/FileUtilities.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/ToolOutputFile.h"

using namespace mlir;
using namespace mlir::prune;
namespace cl = llvm::cl;

static cl::OptionCategory category("prune-calibrate options");

static cl::opt<std::string> modelPath(cl::Positional, cl::Required,
                                      cl::desc("<model.mlir>"),
                                      cl::cat(category));
static cl::opt<std::string>
    dataPath("data", cl::Required,
             cl::desc("Calibration samples: .npz keyed by the entry's "
                      "argument names (prune.name, else arg0, arg1, ...) or "
                      ".npy for a one-argument entry; samples along axis 0"),
             cl::value_desc("file"), cl::cat(category));
static cl::opt<std::string> entry("entry", cl::init("forward"),
                                  cl::desc("The model's entry function"),
                                  cl::cat(category));
static cl::opt<int64_t>
    batchSize("batch-size", cl::init(64),
              cl::desc("Samples per call when the entry's batch is dynamic "
                       "(a static batch B is fed in chunks of B)"),
              cl::cat(category));
/// --stats: constructed in main, after LLVM's own -stats (statistics of
/// passes) is renamed to -llvm-stats; the contract's spelling wins.
static cl::opt<std::string> *statsPathOption;

static cl::opt<std::string>
    pruneOptions("prune",
                 cl::desc("Prune with prune-weights and these options "
                          "(statistics are handed over; omit stats=)"),
                 cl::value_desc("options"), cl::cat(category));
static cl::opt<bool>
    sequential("sequential",
               cl::desc("Prune layer by layer, each refit to the dense "
                        "model's outputs on the inputs it sees once the "
                        "layers before it are pruned (method=reconstruct or "
                        "obs)"),
               cl::cat(category));
static cl::opt<std::string> outputPath("o", cl::desc("Pruned model"),
                                       cl::value_desc("file"),
                                       cl::cat(category));
static cl::opt<std::string>
    valPath("val",
            cl::desc("Choose the sparsity on this labelled data (.npz with "
                     "the inputs and 'labels'): the highest whose accuracy "
                     "stays within --max-drop of the dense model's"),
            cl::value_desc("file"), cl::cat(category));
static cl::opt<double>
    maxDrop("max-drop", cl::init(-1.0),
            cl::desc("With --val: the accuracy (percentage points) the "
                     "pruned model may lose"),
            cl::cat(category));
static cl::opt<std::string>
    metric("metric", cl::init("top1"),
           cl::desc("With --val: the accuracy metric (top1: argmax of the "
                    "first result against 'labels')"),
           cl::cat(category));
static cl::opt<std::string> reportPath("report",
                                       cl::desc("Write a JSON report"),
                                       cl::value_desc("file"),
                                       cl::cat(category));
static cl::opt<std::string> compileOptions(
    "compile-options", cl::init("sparse=false"),
    cl::desc("prune-compile options of the builds that run the model"),
    cl::cat(category));
static cl::opt<bool> quiet("quiet", cl::desc("No progress line"),
                           cl::cat(category));

static int fail(const llvm::Twine &message) {
  llvm::errs() << "prune-calibrate: error: " << message << "\n";
  return 1;
}

static int fail(llvm::Error error) {
  return fail(llvm::toString(std::move(error)));
}

/// Checks the combination of options; empty if they fit.
static std::string checkOptions() {
  const std::string &statsPath = *statsPathOption;
  if (statsPath.empty() && pruneOptions.empty())
    return "nothing to do: give --stats=FILE and/or --prune=\"<prune-weights "
           "options>\" -o OUT.mlir";
  if (!pruneOptions.empty() && outputPath.empty())
    return "--prune needs -o OUT.mlir";
  if (pruneOptions.empty() && !outputPath.empty())
    return "-o is the pruned model: it needs --prune";
  if (sequential && pruneOptions.empty())
    return "--sequential needs --prune";
  if (!valPath.empty() && pruneOptions.empty())
    return "--val chooses the sparsity of --prune; give --prune too";
  if (valPath.empty() && maxDrop >= 0)
    return "--max-drop needs --val (the labelled data it measures on)";
  if (metric != "top1")
    return "--metric=" + metric + " is not supported (top1)";
  if (batchSize < 1)
    return "--batch-size must be positive";
  return "";
}

/// The sparsities the search tries first, then refines between.
static constexpr double kSearchGrid[] = {0.3, 0.5,  0.6, 0.7,
                                         0.8, 0.85, 0.9, 0.95};

namespace {
struct SearchPoint {
  double sparsity;
  double accuracy;
  bool withinBudget;
};
} // namespace

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  registerAllPasses();
  registerPrunePassesAndPipelines();
  cl::HideUnrelatedOptions(category);
  if (cl::Option *llvmStats = cl::getRegisteredOptions().lookup("stats"))
    llvmStats->setArgStr("llvm-stats");
  cl::opt<std::string> statsPath(
      "stats",
      cl::desc("Write the calibration statistics (prune-weights' and "
               "prune-neurons' stats=) to this file"),
      cl::value_desc("file"), cl::cat(category));
  statsPathOption = &statsPath;
  cl::ParseCommandLineOptions(
      argc, argv,
      "prune-calibrate: calibrate a model on numpy data in process (MLIR's "
      "ExecutionEngine), then write its statistics, prune it (one shot or "
      "layer by layer), or choose its sparsity on validation data\n");
  std::string optionError = checkOptions();
  if (!optionError.empty())
    return fail(optionError);

  DialectRegistry registry;
  registerDriverDialects(registry);
  MLIRContext context(registry);
  context.loadAllAvailableDialects();
  // Pruning one layer per step is serial; the JIT and the runtime use the
  // cores.
  llvm::SourceMgr sourceMgr;
  SourceMgrDiagnosticHandler diagnostics(sourceMgr, &context);
  // `original` is pruned in place when one pruning is asked for, so the
  // output keeps the model's resource names; `dense`, a copy with its own
  // weights, is the reference and the source of every search point.
  OwningOpRef<ModuleOp> original =
      parseSourceFile<ModuleOp>(modelPath, sourceMgr, &context);
  if (!original)
    return fail("cannot parse model '" + modelPath + "'");
  OwningOpRef<ModuleOp> dense = cloneWithOwnWeights(*original);
  std::string error;
  FailureOr<EntrySignature> signature = getEntrySignature(*dense, entry, error);
  if (failed(signature))
    return fail(modelPath + ": " + error);

  llvm::Expected<ModelData> data =
      loadModelData(dataPath, *signature, /*requireLabels=*/false);
  if (!data)
    return fail(data.takeError());
  std::optional<ModelData> validation;
  if (!valPath.empty()) {
    llvm::Expected<ModelData> loaded =
        loadModelData(valPath, *signature, /*requireLabels=*/true);
    if (!loaded)
      return fail(loaded.takeError());
    validation = std::move(*loaded);
  }
  std::optional<PruneOptionTokens> tokens;
  if (!pruneOptions.empty()) {
    llvm::Expected<PruneOptionTokens> parsed =
        PruneOptionTokens::parse(pruneOptions);
    if (!parsed)
      return fail(parsed.takeError());
    tokens = std::move(*parsed);
    bool fixed = tokens->get("sparsity") || tokens->get("threshold");
    if (maxDrop >= 0 && fixed)
      return fail("--max-drop chooses the sparsity: leave sparsity= and "
                  "threshold= out of --prune");
    if (maxDrop >= 0 && tokens->get("pattern") &&
        llvm::StringRef(*tokens->get("pattern")).contains(':') &&
        !llvm::StringRef(*tokens->get("pattern")).starts_with("block"))
      return fail("--val has nothing to choose: pattern=" +
                  *tokens->get("pattern") + " fixes the sparsity");
  }

  Progress progress("prune-calibrate", !quiet);
  RunOptions runOptions;
  runOptions.entry = entry;
  runOptions.batchSize = batchSize;
  runOptions.compileOptions = compileOptions;
  runOptions.progress = &progress;
  llvm::Expected<int64_t> chunk =
      getChunkSize(*signature, data->samples, runOptions);
  if (!chunk)
    return fail(dataPath + ": " + llvm::toString(chunk.takeError()));
  bool dynamicBatch = hasDynamicBatch(*signature);
  int64_t usedSamples =
      dynamicBatch ? data->samples : data->samples / *chunk * *chunk;
  if (usedSamples != data->samples)
    llvm::errs() << "prune-calibrate: warning: @" << entry
                 << " takes a static batch of " << *chunk << "; the last "
                 << data->samples % *chunk << " of " << data->samples
                 << " samples are not used\n";

  llvm::json::Object report{{"tool", "prune-calibrate"},
                            {"model", modelPath},
                            {"entry", entry},
                            {"data", dataPath},
                            {"samples", data->samples},
                            {"samples_used", usedSamples},
                            {"batch", *chunk}};
  llvm::json::Object timings;

  // Dense statistics: for --stats, and for options that read them.
  std::optional<CalibrationStatistics> statistics;
  bool needDenseStatistics =
      !statsPath.empty() || (tokens && tokens->needStatistics());
  if (needDenseStatistics) {
    double begin = progress.elapsed();
    llvm::Expected<CalibrationStatistics> collected =
        collectStatistics(*dense, *data, runOptions);
    if (!collected)
      return fail(collected.takeError());
    if (collected->layers.empty())
      return fail(modelPath + ": no layer of @" + entry +
                  " can be observed (prune-instrument's warnings say why)");
    statistics = std::move(*collected);
    timings["statistics_s"] = progress.elapsed() - begin;
    report["layers_observed"] = int64_t(statistics->layers.size());
  }
  // Written once for every prune-weights run that reads them.
  std::unique_ptr<TemporaryStatisticsFile> statisticsFile;
  if (statistics && tokens) {
    llvm::Expected<std::unique_ptr<TemporaryStatisticsFile>> file =
        TemporaryStatisticsFile::create(*statistics);
    if (!file)
      return fail(file.takeError());
    statisticsFile = std::move(*file);
  }

  // The dense model's accuracy, which --val compares against.
  double denseAccuracy = 0.0;
  if (validation) {
    llvm::Expected<double> accuracy =
        evaluateTop1(*dense, *validation, runOptions);
    if (!accuracy)
      return fail(accuracy.takeError());
    denseAccuracy = *accuracy;
  }

  // Prunes `model` (the original, or a copy of the dense model) with
  // `options`.
  auto prune =
      [&](OwningOpRef<ModuleOp> model, llvm::StringRef options,
          llvm::json::Object &record) -> llvm::Expected<OwningOpRef<ModuleOp>> {
    double begin = progress.elapsed();
    if (sequential) {
      llvm::Expected<std::vector<SequentialStep>> steps = pruneSequentially(
          *model, *dense, options, *data, runOptions, statisticsFile.get());
      if (!steps)
        return steps.takeError();
      llvm::json::Array layers;
      for (const SequentialStep &step : *steps) {
        llvm::json::Object layer{{"name", step.layer},
                                 {"sparsity", step.sparsity},
                                 {"elements", step.elements},
                                 {"nonzeros_before", step.nonzerosBefore},
                                 {"nonzeros_after", step.nonzerosAfter},
                                 {"calibrate_s", step.calibrateSeconds},
                                 {"prune_s", step.pruneSeconds}};
        if (step.finalError)
          layer["calibration_output_error"] = *step.finalError;
        if (step.maskError)
          layer["calibration_output_error_mask_only"] = *step.maskError;
        if (!step.reconstructTarget.empty())
          layer["reconstruct_target"] = step.reconstructTarget;
        layers.push_back(std::move(layer));
      }
      record["layers"] = std::move(layers);
    } else {
      llvm::Expected<llvm::json::Object> passReport =
          runPruneWeights(*model, options, statisticsFile.get());
      if (!passReport)
        return passReport.takeError();
      if (llvm::json::Value *layers = passReport->get("layers"))
        record["layers"] = std::move(*layers);
      if (llvm::json::Value *total = passReport->get("total"))
        record["total"] = std::move(*total);
    }
    record["prune_s"] = progress.elapsed() - begin;
    return model;
  };

  OwningOpRef<ModuleOp> pruned;
  bool search = maxDrop >= 0;
  if (tokens && !search) {
    llvm::json::Object record;
    llvm::Expected<OwningOpRef<ModuleOp>> model =
        prune(std::move(original), tokens->str(), record);
    if (!model)
      return fail(model.takeError());
    pruned = std::move(*model);
    report["prune_options"] = tokens->str();
    report["sequential"] = bool(sequential);
    for (auto &[key, value] : record)
      report[key] = std::move(value);
    if (validation) {
      // Without --max-drop: the accuracy this pruning keeps.
      llvm::Expected<double> accuracy =
          evaluateTop1(*pruned, *validation, runOptions);
      if (!accuracy)
        return fail(accuracy.takeError());
      llvm::outs() << llvm::formatv(
          "top-1 on {0} samples of {1}: dense {2:f2}%, pruned {3:f2}% "
          "({4:+f2} points)\n",
          validation->samples, valPath, denseAccuracy * 100.0,
          *accuracy * 100.0, (*accuracy - denseAccuracy) * 100.0);
      report["validation"] =
          llvm::json::Object{{"file", valPath},
                             {"samples", validation->samples},
                             {"dense_top1", denseAccuracy * 100.0},
                             {"pruned_top1", *accuracy * 100.0}};
    }
  } else if (tokens) {
    // Choose the sparsity: the grid from below until accuracy leaves the
    // budget, then bisection between the last point inside and the first
    // outside. Statistics are gathered once; every point prunes a fresh copy
    // and compiles it once to score it.
    double floor = denseAccuracy * 100.0 - maxDrop;
    llvm::outs() << llvm::formatv("dense top-1 {0:f2}% on {1} samples; "
                                  "budget: at least {2:f2}%\n",
                                  denseAccuracy * 100.0, validation->samples,
                                  floor);
    llvm::outs() << "  sparsity   top-1     drop   within budget\n";
    std::vector<SearchPoint> curve;
    std::optional<double> best;
    OwningOpRef<ModuleOp> bestModel;
    llvm::json::Object bestRecord;
    auto tryPoint = [&](double sparsity) -> llvm::Expected<bool> {
      PruneOptionTokens point = *tokens;
      point.set("sparsity", llvm::formatv("{0:f6}", sparsity).str());
      llvm::json::Object record;
      llvm::Expected<OwningOpRef<ModuleOp>> model =
          prune(cloneWithOwnWeights(*dense), point.str(), record);
      if (!model)
        return model.takeError();
      llvm::Expected<double> accuracy =
          evaluateTop1(**model, *validation, runOptions);
      if (!accuracy)
        return accuracy.takeError();
      bool within = *accuracy * 100.0 >= floor - 1e-9;
      curve.push_back({sparsity, *accuracy * 100.0, within});
      llvm::outs() << llvm::formatv("  {0,8:f4}  {1,6:f2}%  {2,6:f2}   {3}\n",
                                    sparsity, *accuracy * 100.0,
                                    denseAccuracy * 100.0 - *accuracy * 100.0,
                                    within ? "yes" : "no");
      llvm::outs().flush();
      if (within && (!best || sparsity > *best)) {
        best = sparsity;
        bestModel = std::move(*model);
        bestRecord = std::move(record);
      }
      return within;
    };
    double inside = 0.0, outside = 1.0;
    for (double sparsity : kSearchGrid) {
      llvm::Expected<bool> within = tryPoint(sparsity);
      if (!within)
        return fail(within.takeError());
      if (!*within) {
        outside = sparsity;
        break;
      }
      inside = sparsity;
    }
    for (int step = 0; step < 3 && outside < 1.0; ++step) {
      double middle = 0.5 * (inside + outside);
      llvm::Expected<bool> within = tryPoint(middle);
      if (!within)
        return fail(within.takeError());
      (*within ? inside : outside) = middle;
    }
    llvm::json::Array points;
    for (const SearchPoint &point : curve)
      points.push_back(
          llvm::json::Object{{"sparsity", point.sparsity},
                             {"top1", point.accuracy},
                             {"within_budget", point.withinBudget}});
    llvm::json::Object search{{"metric", "top1"},
                              {"validation", valPath},
                              {"validation_samples", validation->samples},
                              {"dense_top1", denseAccuracy * 100.0},
                              {"max_drop", double(maxDrop)},
                              {"curve", std::move(points)}};
    if (best) {
      search["chosen_sparsity"] = *best;
      llvm::outs() << llvm::formatv("chosen sparsity {0:f4}\n", *best);
      pruned = std::move(bestModel);
      for (auto &[key, value] : bestRecord)
        report[key] = std::move(value);
    } else {
      search["chosen_sparsity"] = 0.0;
      llvm::errs() << "prune-calibrate: warning: no sparsity tried kept "
                      "top-1 within the budget; the output is the dense "
                      "model\n";
      pruned = cloneWithOwnWeights(*dense);
    }
    report["prune_options"] = tokens->str();
    report["sequential"] = bool(sequential);
    report["search"] = std::move(search);
  }
  timings["total_s"] = progress.elapsed();
  report["timings"] = std::move(timings);

  // Outputs, each through a temporary file kept only when all succeed.
  std::vector<std::unique_ptr<llvm::ToolOutputFile>> outputs;
  auto open = [&](llvm::StringRef path) -> llvm::raw_ostream * {
    std::string message;
    std::unique_ptr<llvm::ToolOutputFile> file = openOutputFile(path, &message);
    if (!file) {
      fail(message);
      return nullptr;
    }
    outputs.push_back(std::move(file));
    return &outputs.back()->os();
  };
  if (!statsPath.empty()) {
    if (llvm::Error error = writeCalibrationStatistics(*statistics, statsPath))
      return fail(std::move(error));
  }
  if (pruned) {
    llvm::raw_ostream *os = open(outputPath);
    if (!os)
      return 1;
    // Layer names are locations: keep them for the next tool.
    OpPrintingFlags flags;
    flags.enableDebugInfo(/*enable=*/true, /*prettyForm=*/false);
    pruned->print(*os, flags);
  }
  if (!reportPath.empty()) {
    llvm::raw_ostream *os = open(reportPath);
    if (!os)
      return 1;
    *os << llvm::formatv("{0:2}", llvm::json::Value(std::move(report))) << "\n";
  }
  for (auto &output : outputs)
    output->keep();
  return 0;
}
