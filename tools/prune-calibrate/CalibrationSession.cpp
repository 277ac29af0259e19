//===- CalibrationSession.cpp - What one prune-calibrate run prunes -------===//
//
// Searches prune copies of the dense model: it is never modified, so every
// point starts from the same weights, and calibration statistics of the dense
// model are gathered once and shared. Results print as tables on stdout and
// go into the JSON report.
//
//===----------------------------------------------------------------------===//

#include "CalibrationSession.h"

#include "Prune/Analysis/WeightAnalysis.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/Regex.h"

#include <cmath>

using namespace mlir;
using namespace mlir::prune;

static std::string formatSparsity(double sparsity) {
  return llvm::formatv("{0:f6}", sparsity).str();
}

llvm::Expected<OwningOpRef<ModuleOp>>
CalibrationSession::prune(OwningOpRef<ModuleOp> model, llvm::StringRef options,
                          llvm::json::Object &record,
                          const TemporaryWeightsFile *referenceWeights) {
  double begin = progress.elapsed();
  if (sequential) {
    llvm::Expected<std::vector<SequentialStep>> steps =
        pruneSequentially(*model, dense, options, data, runOptions,
                          denseStatistics, referenceWeights);
    if (!steps)
      return steps.takeError();
    llvm::json::Array layers;
    for (const SequentialStep &step : *steps) {
      // The plan's count of zeros, and what the layer has: a re-solve also
      // zeros the weights of inputs that are never active.
      double sparsity = step.elements ? 1.0 - double(step.nonzerosAfter) /
                                                  double(step.elements)
                                      : 0.0;
      llvm::json::Object layer{{"name", step.layer},
                               {"sparsity", sparsity},
                               {"planned_sparsity", step.sparsity},
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
    std::string passOptions = options.str();
    if (referenceWeights)
      passOptions += " reference-weights=" + referenceWeights->getPath().str();
    if (!progress.isEnabled())
      passOptions += " progress=false";
    llvm::Expected<llvm::json::Object> passReport =
        runPruneWeights(*model, passOptions, denseStatistics);
    if (!passReport)
      return passReport.takeError();
    if (llvm::json::Value *layers = passReport->get("layers"))
      record["layers"] = std::move(*layers);
    if (llvm::json::Value *total = passReport->get("total"))
      record["total"] = std::move(*total);
  }
  record["prune_s"] = progress.elapsed() - begin;
  return model;
}

llvm::Expected<double> CalibrationSession::score(ModuleOp model) {
  if (validation) {
    llvm::Expected<double> accuracy =
        evaluateTop1(model, *validation, runOptions);
    if (!accuracy)
      return accuracy.takeError();
    return *accuracy * 100.0;
  }
  if (densePredictions.empty()) {
    llvm::Expected<std::vector<int64_t>> predictions =
        predictTop1(dense, data, runOptions);
    if (!predictions)
      return predictions.takeError();
    densePredictions = std::move(*predictions);
  }
  llvm::Expected<std::vector<int64_t>> predictions =
      predictTop1(model, data, runOptions);
  if (!predictions)
    return predictions.takeError();
  int64_t agreeing = 0;
  for (auto [predicted, dense] :
       llvm::zip_equal(*predictions, densePredictions))
    agreeing += predicted == dense;
  return 100.0 * double(agreeing) / double(densePredictions.size());
}

llvm::Expected<OwningOpRef<ModuleOp>> CalibrationSession::pruneInSteps(
    OwningOpRef<ModuleOp> model, const PruneOptionTokens &tokens, int64_t steps,
    llvm::json::Object &record, llvm::json::Array &rounds) {
  double target = 0;
  std::optional<std::string> sparsity = tokens.get("sparsity");
  if (!sparsity || !llvm::to_float(*sparsity, target))
    return llvm::createStringError(kStepsNeedSparsity);
  if (tokens.get("method") != "reconstruct")
    return llvm::createStringError(
        "--steps grows each round's masks and re-solves the kept weights "
        "toward the dense model: it needs method=reconstruct");
  // After round 1 every layer keeps its zeros and is fit to the dense
  // model's outputs: the dense weights go to prune-weights
  // (reference-weights=), once for all rounds.
  llvm::Expected<std::unique_ptr<TemporaryWeightsFile>> denseWeights =
      TemporaryWeightsFile::create(dense);
  if (!denseWeights)
    return denseWeights.takeError();
  std::optional<int64_t> denseNonzeros;
  for (int64_t k = 1; k <= steps; ++k) {
    double begin = progress.elapsed();
    double fraction = 1.0 - double(k) / double(steps);
    double roundSparsity = target * (1.0 - fraction * fraction * fraction);
    PruneOptionTokens round = tokens;
    round.set("sparsity", formatSparsity(roundSparsity));
    // Bias correction adds the gap to the dense model's mean output to each
    // layer's current bias: in every round the corrections would add up
    // (the digits MLP at 95% in four rounds: 67.8% top-1), so only the last
    // round corrects, from the dense biases the earlier rounds keep.
    if (k < steps)
      round.erase("bias-correction");
    llvm::json::Object roundRecord;
    llvm::Expected<OwningOpRef<ModuleOp>> pruned =
        prune(std::move(model), round.str(), roundRecord,
              k > 1 ? denseWeights->get() : nullptr);
    if (!pruned)
      return pruned.takeError();
    model = std::move(*pruned);
    llvm::Expected<ModelFootprint> footprint =
        measureFootprint(*model, Budget::Kind::Params, data, runOptions, {});
    if (!footprint)
      return footprint.takeError();
    llvm::Expected<double> accuracy = score(*model);
    if (!accuracy)
      return accuracy.takeError();
    llvm::outs() << llvm::formatv(
        "  round {0}/{1}: sparsity {2:f4}, {3} nonzero weights, {4} FLOPs, "
        "{5} {6:f2}%\n",
        k, steps, roundSparsity, footprint->nonzeros, footprint->flops,
        scoreName(), *accuracy);
    llvm::outs().flush();
    llvm::json::Object roundJson = footprint->toJSON();
    roundJson["round"] = k;
    roundJson["sparsity"] = roundSparsity;
    roundJson[validation ? "top1" : "agreement"] = *accuracy;
    roundJson["seconds"] = progress.elapsed() - begin;
    rounds.push_back(std::move(roundJson));
    // The layers and totals of the last round, counted from the dense
    // model.
    if (k == 1)
      if (const llvm::json::Object *total = roundRecord.getObject("total"))
        denseNonzeros = total->getInteger("nonzeros_before");
    if (k == steps) {
      record = std::move(roundRecord);
      if (llvm::json::Object *total = record.getObject("total"))
        if (denseNonzeros)
          (*total)["nonzeros_before"] = *denseNonzeros;
    }
  }
  return model;
}

llvm::Expected<OwningOpRef<ModuleOp>>
CalibrationSession::pruneModel(OwningOpRef<ModuleOp> model,
                               const PruneOptionTokens &tokens, int64_t steps,
                               llvm::json::Object &record) {
  if (steps <= 1)
    return prune(std::move(model), tokens.str(), record);
  llvm::json::Array rounds;
  llvm::Expected<OwningOpRef<ModuleOp>> pruned =
      pruneInSteps(std::move(model), tokens, steps, record, rounds);
  if (pruned)
    record["rounds"] = std::move(rounds);
  return pruned;
}

//===----------------------------------------------------------------------===//
// --max-drop
//===----------------------------------------------------------------------===//

/// The sparsities the search tries first, then refines between.
static constexpr double kSearchGrid[] = {0.3, 0.5,  0.6, 0.7,
                                         0.8, 0.85, 0.9, 0.95};

llvm::Expected<OwningOpRef<ModuleOp>>
CalibrationSession::searchSparsity(const PruneOptionTokens &tokens,
                                   double maxDrop, int64_t steps,
                                   llvm::json::Object &report) {
  // The grid from below until accuracy leaves the budget, then bisection
  // between the last point inside and the first outside. Every point prunes
  // a fresh copy and compiles it once to score it.
  double floor = denseAccuracy - maxDrop;
  llvm::outs() << llvm::formatv("dense top-1 {0:f2}% on {1} samples; "
                                "budget: at least {2:f2}%\n",
                                denseAccuracy, validation->samples, floor);
  llvm::outs() << "  sparsity   top-1     drop   within budget\n";
  llvm::json::Array curve;
  std::optional<double> best, bestAccuracy;
  OwningOpRef<ModuleOp> bestModel;
  llvm::json::Object bestRecord;
  auto tryPoint = [&](double sparsity) -> llvm::Expected<bool> {
    PruneOptionTokens point = tokens;
    point.set("sparsity", formatSparsity(sparsity));
    llvm::json::Object record;
    llvm::Expected<OwningOpRef<ModuleOp>> model =
        pruneCopy(point, steps, record);
    if (!model)
      return model.takeError();
    llvm::Expected<double> accuracy = score(**model);
    if (!accuracy)
      return accuracy.takeError();
    bool within = *accuracy >= floor - 1e-9;
    curve.push_back(llvm::json::Object{{"sparsity", sparsity},
                                       {"top1", *accuracy},
                                       {"within_budget", within}});
    llvm::outs() << llvm::formatv(
        "  {0,8:f4}  {1,6:f2}%  {2,6:f2}   {3}\n", sparsity, *accuracy,
        denseAccuracy - *accuracy, within ? "yes" : "no");
    llvm::outs().flush();
    if (within && (!best || sparsity > *best)) {
      best = sparsity;
      bestAccuracy = *accuracy;
      bestModel = std::move(*model);
      bestRecord = std::move(record);
    }
    return within;
  };
  double inside = 0.0, outside = 1.0;
  for (double sparsity : kSearchGrid) {
    llvm::Expected<bool> within = tryPoint(sparsity);
    if (!within)
      return within.takeError();
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
      return within.takeError();
    (*within ? inside : outside) = middle;
  }
  llvm::json::Object search{{"metric", "top1"},
                            {"validation", validation->path},
                            {"validation_samples", validation->samples},
                            {"dense_top1", denseAccuracy},
                            {"max_drop", maxDrop},
                            {"curve", std::move(curve)},
                            {"chosen_sparsity", best ? *best : 0.0}};
  report["search"] = std::move(search);
  if (best) {
    llvm::outs() << llvm::formatv("chosen sparsity {0:f4}", *best);
    // Of the pruned layers; the model's share counts the others as dense.
    // (The report's total has every count when it has the left-alone ones.)
    const llvm::json::Object *total = bestRecord.getObject("total");
    if (std::optional<int64_t> left =
            total ? total->getInteger("elements_left_alone") : std::nullopt) {
      int64_t elements = *total->getInteger("elements");
      int64_t zeros = elements - *total->getInteger("nonzeros_after");
      llvm::outs() << llvm::formatv(
          " of the pruned layers; {0:f4} of all weights, with {1} layer(s) "
          "left alone ({2} weights) counted dense",
          double(zeros) / double(elements + *left),
          *total->getInteger("layers_left_alone"), *left);
    }
    llvm::outs() << "\n";
    for (auto &[key, value] : bestRecord)
      report[key] = std::move(value);
    // As a run with a given sparsity reports it.
    report["validation"] = llvm::json::Object{{"file", validation->path},
                                              {"samples", validation->samples},
                                              {"dense_top1", denseAccuracy},
                                              {"pruned_top1", *bestAccuracy}};
  }
  return bestModel;
}

//===----------------------------------------------------------------------===//
// --budget
//===----------------------------------------------------------------------===//

/// A measure as the tables print it: milliseconds with three decimals,
/// counts whole.
static std::string formatMeasure(Budget::Kind kind, double value) {
  if (kind == Budget::Kind::Latency)
    return llvm::formatv("{0:f4} ms", value).str();
  return std::to_string(int64_t(std::llround(value)));
}

namespace {
/// One way of pruning that the budget search tries.
struct BudgetPlan {
  std::string name;
  PruneOptionTokens tokens;
  /// Structured: whole output channels are zeroed, then prune-neurons
  /// removes them (mode=dead: their constant outputs fold into the next
  /// bias), so tensor shapes and dense FLOPs shrink.
  bool removeNeurons = false;
};
} // namespace

/// The plans: the given scope, or each layer alone and all layers at once;
/// every layer, or all but the first and the last (which pruning hurts most
/// for the least size: the first sees few inputs, the last writes the
/// result), unless --prune names the layers itself.
static std::vector<BudgetPlan> getBudgetPlans(ModuleOp dense,
                                              const PruneOptionTokens &tokens) {
  std::vector<std::string> scopes;
  if (std::optional<std::string> scope = tokens.get("scope"))
    scopes.push_back(*scope);
  else
    scopes = {"layer", "global"};
  // `^(name|name...)$` over some of the model's layers.
  SmallVector<NamedLayer> layers = collectNamedLayers(dense);
  auto matchLayers = [](ArrayRef<NamedLayer> some) {
    llvm::SmallVector<std::string> names;
    for (const NamedLayer &layer : some)
      names.push_back(llvm::Regex::escape(layer.name));
    return "^(" + llvm::join(names, "|") + ")$";
  };
  std::vector<std::pair<std::string, std::string>> layerSets = {{"all", ""}};
  if (!tokens.get("layers") && layers.size() >= 3)
    layerSets.push_back(
        {"inner", matchLayers(ArrayRef(layers).drop_front().drop_back())});
  std::vector<BudgetPlan> plans;
  for (const std::string &scope : scopes)
    for (const auto &[setName, regex] : layerSets) {
      BudgetPlan plan{"scope=" + scope + " layers=" + setName, tokens};
      plan.tokens.set("scope", scope);
      if (!regex.empty())
        plan.tokens.set("layers", regex);
      plans.push_back(std::move(plan));
    }
  // Channels of every layer but the last (whose outputs are the model's),
  // the same fraction of each, unless --prune chose a pattern or layers.
  if (!tokens.get("pattern") && !tokens.get("layers") && layers.size() >= 2) {
    BudgetPlan plan{"channels (neurons removed)", tokens, true};
    plan.tokens.set("pattern", "channel");
    plan.tokens.set("scope", "layer");
    plan.tokens.set("layers", matchLayers(ArrayRef(layers).drop_back()));
    plans.push_back(std::move(plan));
  }
  return plans;
}

llvm::Expected<OwningOpRef<ModuleOp>>
CalibrationSession::meetBudget(const Budget &budget,
                               const DeployOptions &deploy,
                               const PruneOptionTokens &tokens, int64_t steps,
                               llvm::json::Object &report) {
  Budget::Kind kind = budget.kind;
  auto measure = [&](ModuleOp model) -> llvm::Expected<double> {
    llvm::Expected<ModelFootprint> footprint =
        measureFootprint(model, kind, data, runOptions, deploy);
    if (!footprint)
      return footprint.takeError();
    return footprint->get(kind);
  };
  llvm::Expected<ModelFootprint> denseFootprint =
      measureFootprint(dense, kind, data, runOptions, deploy);
  if (!denseFootprint)
    return denseFootprint.takeError();
  double denseMeasure = denseFootprint->get(kind);
  double limit = budget.getLimit(denseMeasure);
  llvm::json::Object budgetReport{{"kind", budget.getKindName()},
                                  {"limit", limit},
                                  {"dense", denseFootprint->toJSON()},
                                  {"score", scoreName()}};
  if (budget.percentOfDense)
    budgetReport["percent_of_dense"] = budget.value;
  // Measured already (top-1), or by definition (agreement with itself).
  double denseScore = validation ? denseAccuracy : 100.0;
  llvm::outs() << llvm::formatv("dense: {0} {1}, {2} {3:f2}%; budget: {4}\n",
                                budget.getKindName(),
                                formatMeasure(kind, denseMeasure), scoreName(),
                                denseScore, budget.describe(denseMeasure));
  budgetReport["dense_score"] = denseScore;
  if (denseMeasure <= limit) {
    llvm::errs() << "prune-calibrate: warning: the dense model already meets "
                    "the budget; the output is the dense model\n";
    report["budget"] = std::move(budgetReport);
    return cloneWithOwnWeights(dense);
  }

  llvm::outs() << llvm::formatv("  {0,-34} {1,8} {2,14} {3,9}\n", "plan",
                                "sparsity", budget.getKindName(), scoreName());
  llvm::json::Array planReports;
  std::optional<double> bestScore;
  OwningOpRef<ModuleOp> bestModel;
  llvm::json::Object bestRecord;
  for (const BudgetPlan &plan : getBudgetPlans(dense, tokens)) {
    // The sparsity is found on dry runs that only mask (the counts a
    // method keeps are the mask's), then the plan prunes for real once.
    PruneOptionTokens dryRun = plan.tokens;
    dryRun.erase("method");
    auto measureAt = [&](double sparsity) -> llvm::Expected<double> {
      OwningOpRef<ModuleOp> copy = cloneWithOwnWeights(dense);
      PruneOptionTokens point = dryRun;
      point.set("sparsity", formatSparsity(sparsity));
      llvm::Expected<llvm::json::Object> passReport =
          runPruneWeights(*copy, point.str(),
                          point.needStatistics() ? denseStatistics : nullptr);
      if (!passReport)
        return passReport.takeError();
      return measure(*copy);
    };
    llvm::json::Object planReport{{"plan", plan.name},
                                  {"prune_options", plan.tokens.str()}};
    // A structured plan keeps channels: prune-neurons leaves a layer whose
    // channels would all go alone.
    double maxSparsity = plan.removeNeurons ? 0.9 : 0.99;
    llvm::Expected<double> atMost = measureAt(maxSparsity);
    if (!atMost)
      return atMost.takeError();
    if (*atMost > limit) {
      llvm::outs() << llvm::formatv(
          "  {0,-34} cannot meet the budget ({1} {2} at sparsity {3})\n",
          plan.name, budget.getKindName(), formatMeasure(kind, *atMost),
          maxSparsity);
      planReport["feasible"] = false;
      planReports.push_back(std::move(planReport));
      continue;
    }
    // About 0.0002 of sparsity; latency, timed at every point, to 0.008.
    int iterations = budget.kind == Budget::Kind::Latency ? 7 : 12;
    double low = 0.0, high = maxSparsity;
    progress.start("budget: " + plan.name, iterations, "points");
    for (int i = 0; i < iterations; ++i) {
      double middle = 0.5 * (low + high);
      llvm::Expected<double> value = measureAt(middle);
      if (!value)
        return value.takeError();
      (*value <= limit ? high : low) = middle;
      progress.update(i + 1);
    }
    progress.finish(llvm::formatv("sparsity {0:f4}", high).str());

    // The real pruning at `sparsity`, measured.
    OwningOpRef<ModuleOp> model;
    llvm::json::Object record;
    double sparsity = high, value = 0;
    auto pruneAt =
        [&](double at, OwningOpRef<ModuleOp> &pruned,
            llvm::json::Object &prunedRecord) -> llvm::Expected<double> {
      PruneOptionTokens point = plan.tokens;
      point.set("sparsity", formatSparsity(at));
      llvm::Expected<OwningOpRef<ModuleOp>> result =
          pruneCopy(point, steps, prunedRecord);
      if (!result)
        return result.takeError();
      pruned = std::move(*result);
      if (plan.removeNeurons)
        if (llvm::Error error = runPassPipeline(
                *pruned, progress.isEnabled() ? "prune-neurons"
                                              : "prune-neurons{summary=false}"))
          return std::move(error);
      return measure(*pruned);
    };
    // A method whose counts differ from the mask's (OBS over all layers)
    // may need a little more.
    for (int attempt = 0;; ++attempt) {
      llvm::Expected<double> measured = pruneAt(sparsity, model, record);
      if (!measured)
        return measured.takeError();
      value = *measured;
      if (value <= limit || attempt == 3 || sparsity >= maxSparsity)
        break;
      sparsity = std::min(maxSparsity, sparsity + 0.005);
    }
    // A re-solve that zeros more (inputs never active) or prune-neurons
    // removing the zeroed channels lands well under the limit: a few real
    // steps give the budget back, the first as if the measure were
    // proportional to density, then bisecting.
    std::optional<double> failing;
    for (int step = 0; step < 3 && value < 0.9 * limit; ++step) {
      double next = failing
                        ? 0.5 * (*failing + sparsity)
                        : std::max(0.0, 1.0 - (1.0 - sparsity) * limit / value);
      if (next >= sparsity - 1e-4)
        break;
      OwningOpRef<ModuleOp> candidate;
      llvm::json::Object candidateRecord;
      llvm::Expected<double> measured =
          pruneAt(next, candidate, candidateRecord);
      if (!measured)
        return measured.takeError();
      if (*measured > limit) {
        failing = next;
        continue;
      }
      sparsity = next;
      value = *measured;
      model = std::move(candidate);
      record = std::move(candidateRecord);
    }
    llvm::Expected<double> planScore = score(*model);
    if (!planScore)
      return planScore.takeError();
    bool meets = value <= limit;
    llvm::outs() << llvm::formatv("  {0,-34} {1,8:f4} {2,14} {3,8:f2}%{4}\n",
                                  plan.name, sparsity,
                                  formatMeasure(kind, value), *planScore,
                                  meets ? "" : "  (misses the budget)");
    llvm::outs().flush();
    planReport["feasible"] = true;
    planReport["sparsity"] = sparsity;
    planReport["measure"] = value;
    planReport["meets_budget"] = meets;
    planReport["score"] = *planScore;
    if (llvm::json::Value *rounds = record.get("rounds"))
      planReport["rounds"] = *rounds;
    planReports.push_back(std::move(planReport));
    if (meets && (!bestScore || *planScore > *bestScore)) {
      bestScore = *planScore;
      bestModel = std::move(model);
      bestRecord = std::move(record);
      budgetReport["chosen_plan"] = plan.name;
      budgetReport["chosen_sparsity"] = sparsity;
      budgetReport["chosen_prune_options"] = plan.tokens.str();
    }
  }
  budgetReport["plans"] = std::move(planReports);
  if (bestScore) {
    budgetReport["chosen_score"] = *bestScore;
    llvm::outs() << llvm::formatv("chosen: {0} at sparsity {1:f4}, {2} "
                                  "{3:f2}% ({4} points)\n",
                                  *budgetReport.getString("chosen_plan"),
                                  *budgetReport.getNumber("chosen_sparsity"),
                                  scoreName(), *bestScore,
                                  formatPointChange(*bestScore - denseScore));
    for (auto &[key, value] : bestRecord)
      report[key] = std::move(value);
  }
  report["budget"] = std::move(budgetReport);
  return bestModel;
}
