//===- prune-calibrate.cpp - Calibrate and prune a model in process -------===//
//
//   prune-calibrate MODEL.mlir --data=CALIB.npz [--entry=forward]
//       --stats=OUT.stats                                   statistics only
//     | --prune="<prune-weights options>" [--sequential] -o OUT.mlir
//       [--val=VAL.npz --max-drop=POINTS [--metric=top1]]   choose the sparsity
//     | --budget=params:N|bytes:N|flops:N|latency:MS [--prune=...] -o OUT.mlir
//       [--val=VAL.npz] [--deploy-options=...] [--latency-batch=B]
//       [--steps=K] [--report=R.json]
//
// A thin driver over lib/Driver (Calibration.h, Budget.h); the strategies
// are in CalibrationSession.h. Every output is written at the end, through
// temporary files, so a failure leaves nothing behind.
//
//===----------------------------------------------------------------------===//

#include "CalibrationSession.h"
#include "Prune/InitPrune.h"

#include "mlir/IR/MLIRContext.h"
#include "mlir/InitAllPasses.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Support/FileUtilities.h"
#include "llvm/ADT/StringSet.h"
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
static cl::opt<std::string> budgetSpec(
    "budget",
    cl::desc("Prune until the model fits: params:N (nonzero weights), "
             "bytes:N (packed weights of the deployed build), flops:N (of "
             "nonzero weights, per sample) or latency:MS (deployed build); "
             "N may end in k, M, G, KiB, MiB, GiB or % (of the dense "
             "model). Tries a few plans and keeps the most accurate"),
    cl::value_desc("kind:value"), cl::cat(category));
static cl::opt<std::string> deployOptions(
    "deploy-options", cl::init(""),
    cl::desc("prune-compile options of the deployed build that bytes: and "
             "latency: budgets measure (default: prune-compile's, with "
             "sparse-objective=size for bytes:)"),
    cl::value_desc("options"), cl::cat(category));
static cl::opt<int64_t>
    latencyBatch("latency-batch", cl::init(1),
                 cl::desc("Samples per call when a latency: budget is timed"),
                 cl::cat(category));
static cl::opt<int64_t>
    steps("steps", cl::init(1),
          cl::desc("Prune in K rounds toward the sparsity (cubic schedule), "
                   "each starting from the previous round's model, keeping "
                   "its zeros, and refit to the dense model's outputs"),
          cl::value_desc("K"), cl::cat(category));
static cl::opt<bool> quiet("quiet", cl::desc("No progress line"),
                           cl::cat(category));

static int fail(const llvm::Twine &message) {
  // After the tables on stdout that the message may refer to.
  llvm::outs().flush();
  llvm::errs() << "prune-calibrate: error: " << message << "\n";
  return 1;
}

static int fail(llvm::Error error) {
  return fail(llvm::toString(std::move(error)));
}

/// Checks the combination of options; empty if they fit.
static std::string checkOptions() {
  const std::string &statsPath = *statsPathOption;
  bool prunes = !pruneOptions.empty() || !budgetSpec.empty();
  if (statsPath.empty() && !prunes)
    return "nothing to do: give --stats=FILE and/or --prune=\"<prune-weights "
           "options>\" -o OUT.mlir (or --budget=... -o OUT.mlir)";
  if (prunes && outputPath.empty())
    return (pruneOptions.empty() ? "--budget" : "--prune") +
           std::string(" needs -o OUT.mlir");
  if (!prunes && !outputPath.empty())
    return "-o is the pruned model: it needs --prune or --budget";
  if (sequential && !prunes)
    return "--sequential needs --prune or --budget";
  if (!valPath.empty() && !prunes)
    return "--val measures the accuracy of --prune or --budget; give one";
  // Unset is -1; given, it must be a number of points (not NaN).
  if (maxDrop.getNumOccurrences() && !(maxDrop >= 0))
    return "--max-drop must be at least 0 (percentage points), not " +
           llvm::formatv("{0}", maxDrop.getValue()).str();
  if (!budgetSpec.empty() && maxDrop >= 0)
    return "--budget and --max-drop both choose the sparsity; give one";
  if (steps < 1)
    return "--steps must be at least 1";
  if (steps > 1 && !prunes)
    return "--steps needs --prune or --budget";
  if (latencyBatch < 1)
    return "--latency-batch must be positive";
  if (valPath.empty() && maxDrop >= 0)
    return "--max-drop needs --val (the labelled data it measures on)";
  if (metric != "top1")
    return "--metric=" + metric + " is not supported (top1)";
  if (batchSize < 1)
    return "--batch-size must be positive";
  return "";
}

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
  // Every calibration step instruments and prunes the model again, so a
  // layer that cannot be observed would warn once per step, each time with
  // the op printed: each warning is printed once, as one line.
  context.printOpOnDiagnostic(false);
  llvm::StringSet<> warned;
  ScopedDiagnosticHandler warnOnce(&context, [&](Diagnostic &diag) {
    if (diag.getSeverity() != DiagnosticSeverity::Warning)
      return failure();
    std::string line;
    llvm::raw_string_ostream os(line);
    os << diag.getLocation() << ": warning: " << diag;
    if (warned.insert(line).second)
      llvm::errs() << line << "\n";
    return success();
  });
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
  std::optional<Budget> budget;
  if (!budgetSpec.empty()) {
    llvm::Expected<Budget> parsed = Budget::parse(budgetSpec);
    if (!parsed)
      return fail(parsed.takeError());
    budget = *parsed;
  }
  if (!pruneOptions.empty() || budget) {
    // A budget without --prune re-fits the kept weights.
    llvm::Expected<PruneOptionTokens> parsed = PruneOptionTokens::parse(
        pruneOptions.empty() ? std::string("method=reconstruct")
                             : std::string(pruneOptions));
    if (!parsed)
      return fail(parsed.takeError());
    tokens = std::move(*parsed);
    bool fixed = tokens->get("sparsity") || tokens->get("threshold");
    llvm::StringRef chooser = budget ? "--budget" : "--max-drop";
    if ((maxDrop >= 0 || budget) && fixed)
      return fail(chooser + " chooses the sparsity: leave sparsity= and "
                            "threshold= out of --prune");
    std::optional<std::string> pattern = tokens->get("pattern");
    bool fixedPattern = pattern && llvm::StringRef(*pattern).contains(':') &&
                        !llvm::StringRef(*pattern).starts_with("block");
    if ((maxDrop >= 0 || budget || steps > 1) && fixedPattern)
      return fail(
          (steps > 1 && maxDrop < 0 && !budget ? "--steps" : chooser.str()) +
          " has nothing to choose: pattern=" + *pattern +
          " fixes the sparsity");
    if (steps > 1 && tokens->get("threshold"))
      return fail("--steps prunes toward a sparsity, not a threshold");
    // Said before calibrating, not after it.
    if (!pruneOptions.empty())
      if (llvm::Error error = checkPruneWeightsOptions(&context, tokens->str()))
        return fail(std::move(error));
    if (maxDrop < 0 && !budget && !fixed && !fixedPattern)
      return fail(steps > 1 ? kStepsNeedSparsity
                            : "--prune needs sparsity=F or threshold=T (or an "
                              "N:M pattern), or --max-drop or --budget to "
                              "choose it");
  }

  Progress progress("prune-calibrate", !quiet);
  RunOptions runOptions;
  runOptions.entry = entry;
  runOptions.batchSize = batchSize;
  runOptions.compileOptions = compileOptions;
  runOptions.progress = &progress;
  // A static batch takes whole chunks: the samples of each file it feeds.
  auto countUsedSamples =
      [&](const ModelData &file) -> llvm::Expected<int64_t> {
    llvm::Expected<int64_t> chunk =
        getChunkSize(*signature, file.samples, runOptions);
    if (!chunk)
      return llvm::createStringError(file.path + ": " +
                                     llvm::toString(chunk.takeError()));
    int64_t used = hasDynamicBatch(*signature) ? file.samples
                                               : file.samples / *chunk * *chunk;
    if (used != file.samples)
      llvm::errs() << "prune-calibrate: warning: @" << entry
                   << " takes a static batch of " << *chunk << "; the last "
                   << file.samples % *chunk << " of " << file.samples
                   << " samples of " << file.path << " are not used\n";
    return used;
  };
  llvm::Expected<int64_t> chunk =
      getChunkSize(*signature, data->samples, runOptions);
  if (!chunk)
    return fail(dataPath + ": " + llvm::toString(chunk.takeError()));
  llvm::Expected<int64_t> usedSamples = countUsedSamples(*data);
  if (!usedSamples)
    return fail(usedSamples.takeError());
  // Validation counts only what it scores, in every line and report.
  if (validation) {
    llvm::Expected<int64_t> used = countUsedSamples(*validation);
    if (!used)
      return fail(used.takeError());
    validation->keepFirst(*used);
  }

  llvm::json::Object report{{"tool", "prune-calibrate"},
                            {"model", modelPath},
                            {"entry", entry},
                            {"data", dataPath},
                            {"samples", data->samples},
                            {"samples_used", *usedSamples},
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

  CalibrationSession session(*dense, *data, progress);
  session.validation = validation ? &*validation : nullptr;
  session.runOptions = runOptions;
  session.sequential = sequential;
  session.denseStatistics = statisticsFile.get();
  // The dense model's accuracy, which --val compares against.
  if (validation) {
    llvm::Expected<double> accuracy =
        evaluateTop1(*dense, *validation, runOptions);
    if (!accuracy)
      return fail(accuracy.takeError());
    session.denseAccuracy = *accuracy * 100.0;
  }

  OwningOpRef<ModuleOp> pruned;
  if (tokens) {
    report["prune_options"] = tokens->str();
    report["sequential"] = bool(sequential);
    report["steps"] = int64_t(steps);
  }
  if (budget) {
    DeployOptions deploy;
    // A bytes budget packs each weight in its smallest format.
    deploy.compileOptions = deployOptions.getNumOccurrences() == 0 &&
                                    budget->kind == Budget::Kind::Bytes
                                ? std::string("sparse-objective=size")
                                : std::string(deployOptions);
    deploy.latencyBatch = latencyBatch;
    llvm::Expected<OwningOpRef<ModuleOp>> chosen =
        session.meetBudget(*budget, deploy, *tokens, steps, report);
    if (!chosen)
      return fail(chosen.takeError());
    if (!*chosen)
      return fail("no plan meets " + budgetSpec +
                  " (the table above says how close each came); nothing "
                  "is written");
    pruned = std::move(*chosen);
    // The chosen plan's accuracy, where the one-pruning run reports it.
    const llvm::json::Object *budgetReport = report.getObject("budget");
    std::optional<double> chosenScore =
        budgetReport ? budgetReport->getNumber("chosen_score") : std::nullopt;
    if (validation && chosenScore)
      report["validation"] =
          llvm::json::Object{{"file", valPath},
                             {"samples", validation->samples},
                             {"dense_top1", session.denseAccuracy},
                             {"pruned_top1", *chosenScore}};
  } else if (tokens && maxDrop >= 0) {
    llvm::Expected<OwningOpRef<ModuleOp>> chosen =
        session.searchSparsity(*tokens, maxDrop, steps, report);
    if (!chosen)
      return fail(chosen.takeError());
    pruned = std::move(*chosen);
    if (!pruned) {
      llvm::errs() << "prune-calibrate: warning: no sparsity tried kept "
                      "top-1 within the budget; the output is the dense "
                      "model\n";
      pruned = cloneWithOwnWeights(*dense);
    }
  } else if (tokens) {
    // One pruning: the original is pruned in place, keeping its resource
    // names.
    llvm::json::Object record;
    llvm::Expected<OwningOpRef<ModuleOp>> model =
        session.pruneModel(std::move(original), *tokens, steps, record);
    if (!model)
      return fail(model.takeError());
    pruned = std::move(*model);
    for (auto &[key, value] : record)
      report[key] = std::move(value);
    if (validation) {
      // Without --max-drop: the accuracy this pruning keeps.
      llvm::Expected<double> accuracy = session.score(*pruned);
      if (!accuracy)
        return fail(accuracy.takeError());
      llvm::outs() << llvm::formatv(
          "top-1 on {0} samples of {1}: dense {2:f2}%, pruned {3:f2}% "
          "({4} points)\n",
          validation->samples, valPath, session.denseAccuracy, *accuracy,
          formatPointChange(*accuracy - session.denseAccuracy));
      report["validation"] =
          llvm::json::Object{{"file", valPath},
                             {"samples", validation->samples},
                             {"dense_top1", session.denseAccuracy},
                             {"pruned_top1", *accuracy}};
    }
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
