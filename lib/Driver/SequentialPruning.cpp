//===- SequentialPruning.cpp - Prune layer by layer against the dense model
//-===//
//
// SparseGPT's sequential order with the dense model as the target: the dry
// run of prune-weights on the dense model fixes how many weights each layer
// keeps (the global selection's split, with scope=global); then each layer
// in program order is observed with only the layers before it pruned, beside
// the dense model on the same samples, and pruned with its own count and
// refit to the dense model's outputs (X^T R).
//
//===----------------------------------------------------------------------===//

#include "Prune/Analysis/WeightAnalysis.h"
#include "Prune/Driver/Calibration.h"
#include "Prune/Support/WeightStorage.h"
#include "Prune/Transforms/Passes.h"

#include "mlir/IR/AsmState.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/Regex.h"

using namespace mlir;
using namespace mlir::prune;

OwningOpRef<ModuleOp> mlir::prune::cloneWithOwnWeights(ModuleOp module) {
  OwningOpRef<ModuleOp> copy = module.clone();
  copy->walk([](Operation *op) {
    for (NamedAttribute attribute : op->getAttrs()) {
      auto resource = dyn_cast<DenseResourceElementsAttr>(attribute.getValue());
      if (!resource || !resource.getRawHandle().getBlob())
        continue;
      const AsmResourceBlob *blob = resource.getRawHandle().getBlob();
      op->setAttr(attribute.getName(),
                  DenseResourceElementsAttr::get(
                      resource.getType(), resource.getRawHandle().getKey(),
                      HeapAsmResourceBlob::allocateAndCopyWithAlign(
                          blob->getData(), blob->getDataAlignment(),
                          /*dataIsMutable=*/true)));
    }
  });
  return copy;
}

llvm::Expected<PruneOptionTokens>
PruneOptionTokens::parse(llvm::StringRef options) {
  PruneOptionTokens tokens;
  llvm::SmallVector<llvm::StringRef> words;
  options.split(words, ' ', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef word : words) {
    auto [key, value] = word.split('=');
    if (key.empty())
      return llvm::createStringError("malformed prune-weights option '" + word +
                                     "'");
    if (key == "stats" || key == "report")
      return llvm::createStringError(
          "prune-weights option '" + key +
          "=' is set by prune-calibrate; leave it out (the "
          "statistics come from --data, the report is "
          "--report)");
    tokens.entries.push_back({key.str(), value.str()});
  }
  return tokens;
}

std::optional<std::string> PruneOptionTokens::get(llvm::StringRef key) const {
  for (const auto &[k, v] : entries)
    if (k == key)
      return v;
  return std::nullopt;
}

void PruneOptionTokens::set(llvm::StringRef key, llvm::StringRef value) {
  for (auto &[k, v] : entries)
    if (k == key) {
      v = value.str();
      return;
    }
  entries.push_back({key.str(), value.str()});
}

void PruneOptionTokens::erase(llvm::StringRef key) {
  llvm::erase_if(entries,
                 [&](const auto &entry) { return entry.first == key; });
}

std::string PruneOptionTokens::str() const {
  std::string text;
  for (const auto &[k, v] : entries)
    text += (text.empty() ? "" : " ") + k + "=" + v;
  return text;
}

bool PruneOptionTokens::needStatistics() const {
  // Options that do not parse fail later, in prune-weights, with its message.
  FailureOr<std::string> option = getPruneWeightsOptionNeedingStatistics(str());
  return succeeded(option) && !option->empty();
}

/// A number from a JSON object, if there.
static std::optional<double> getNumber(const llvm::json::Object &object,
                                       llvm::StringRef key) {
  if (const llvm::json::Value *value = object.get(key))
    return value->getAsNumber();
  return std::nullopt;
}

llvm::Expected<std::unique_ptr<TemporaryWeightsFile>>
TemporaryWeightsFile::create(ModuleOp model) {
  std::vector<HostArray> arrays;
  for (const WeightUse &use : collectWeightUses(model)) {
    std::string error;
    FailureOr<WeightBuffer> buffer =
        WeightBuffer::get(use.value, use.zeroPoint, error);
    if (failed(buffer) || !buffer->isFloat())
      continue;
    HostArray &array = arrays.emplace_back();
    array.name = use.layerName;
    array.kind = HostElementKind::F32;
    array.shape =
        llvm::to_vector(cast<ShapedType>(use.value.getType()).getShape());
    array.allocate();
    auto *out = reinterpret_cast<float *>(array.data());
    for (int64_t i = 0; i < buffer->size(); ++i)
      out[i] = float(buffer->value(i));
  }
  if (arrays.empty())
    return llvm::createStringError("the model has no float weight");
  std::unique_ptr<TemporaryWeightsFile> file(new TemporaryWeightsFile());
  if (llvm::Error error = file->createFile("prune-calibrate-weights", "npz"))
    return std::move(error);
  std::vector<const HostArray *> pointers;
  for (const HostArray &array : arrays)
    pointers.push_back(&array);
  if (llvm::Error error = writeNumpyArchive(file->getPath(), pointers))
    return std::move(error);
  return file;
}

llvm::Expected<std::vector<SequentialStep>>
mlir::prune::pruneSequentially(ModuleOp model, ModuleOp dense,
                               llvm::StringRef options, const ModelData &data,
                               const RunOptions &runOptions,
                               const TemporaryStatisticsFile *denseStatistics,
                               const TemporaryWeightsFile *referenceWeights) {
  llvm::Expected<PruneOptionTokens> tokens = PruneOptionTokens::parse(options);
  if (!tokens)
    return tokens.takeError();
  std::string method = tokens->get("method").value_or("mask");
  if (method != "reconstruct" && method != "obs")
    return llvm::createStringError(
        "--sequential refits each layer to the dense model: it "
        "needs method=reconstruct or method=obs in --prune");
  std::optional<std::string> pattern = tokens->get("pattern");
  bool nOfM = pattern && llvm::Regex("^[0-9]+:[0-9]+$").match(*pattern);

  // 1. The dry run on a copy of the dense model fixes every layer's count:
  //    masks only, so that the count is the selection's (a re-solve may
  //    zero more, for inputs that are never active).
  //    Growing masks, the counts still come from the dense model: a
  //    higher target zeros at least as many weights of every layer, and the
  //    refit weights' magnitudes are not comparable across layers.
  OwningOpRef<ModuleOp> plan = cloneWithOwnWeights(dense);
  PruneOptionTokens planTokens = *tokens;
  planTokens.set("method", "mask");
  llvm::Expected<llvm::json::Object> planReport =
      runPruneWeights(*plan, planTokens.str(),
                      planTokens.needStatistics() ? denseStatistics : nullptr);
  if (!planReport)
    return planReport.takeError();
  struct PlannedLayer {
    std::string name;
    double sparsity;
  };
  std::vector<PlannedLayer> planned;
  if (const llvm::json::Array *layers = planReport->getArray("layers"))
    for (const llvm::json::Value &value : *layers) {
      const llvm::json::Object *layer = value.getAsObject();
      if (!layer)
        continue;
      std::optional<double> after = getNumber(*layer, "nonzeros_after");
      std::optional<double> elements = getNumber(*layer, "elements");
      std::optional<llvm::StringRef> name = layer->getString("name");
      if (!after || !elements || !name || *elements == 0)
        continue;
      planned.push_back({name->str(), (*elements - *after) / *elements});
    }
  if (planned.empty())
    return llvm::createStringError("prune-weights{" + tokens->str() +
                                   "} prunes no layer of this model");

  // 2. Layer by layer: the per-layer options drop what the plan decided.
  PruneOptionTokens layerTokens = *tokens;
  for (llvm::StringRef key : {"sparsity", "threshold", "scope", "layers",
                              "allocation", "owl-m", "owl-lambda"})
    layerTokens.erase(key);
  std::vector<SequentialStep> steps;
  Progress *progress = runOptions.progress;
  RunOptions quiet = runOptions;
  quiet.progress = nullptr;
  if (progress)
    progress->start("sequential pruning", planned.size(), "layers");
  for (auto [i, layer] : llvm::enumerate(planned)) {
    SequentialStep step;
    step.layer = layer.name;
    step.sparsity = layer.sparsity;
    double begin = progress ? progress->elapsed() : 0.0;
    std::string regex = "^" + llvm::Regex::escape(layer.name) + "$";
    llvm::Expected<CalibrationStatistics> statistics =
        collectStatistics(model, data, quiet, dense, regex);
    if (!statistics)
      return statistics.takeError();
    double calibrated = progress ? progress->elapsed() : 0.0;
    PruneOptionTokens stepTokens = layerTokens;
    stepTokens.set("layers", regex);
    if (!statistics->lookup(layer.name)) {
      // prune-instrument cannot observe this layer (it warned why): its
      // weights are masked by magnitude with the planned count, not refit.
      stepTokens.set("method", "mask");
      for (llvm::StringRef key : {"criterion", "scores", "scores-layout"})
        stepTokens.erase(key);
      step.reconstructTarget = "none (not observable)";
    }
    if (!nOfM)
      stepTokens.set("sparsity",
                     llvm::formatv("{0:e16}", layer.sparsity).str());
    // Growing masks: the X^T R refit assumes the layer's weights are the
    // reference's; the dense weights are handed over instead, and the
    // layer's zeros stay zero.
    if (referenceWeights && statistics->lookup(layer.name))
      stepTokens.set("reference-weights", referenceWeights->getPath());
    // The tool's own line counts the layers.
    stepTokens.set("progress", "false");
    llvm::Expected<std::unique_ptr<TemporaryStatisticsFile>> statisticsFile =
        TemporaryStatisticsFile::create(*statistics);
    if (!statisticsFile)
      return statisticsFile.takeError();
    llvm::Expected<llvm::json::Object> report =
        runPruneWeights(model, stepTokens.str(), statisticsFile->get());
    if (!report)
      return report.takeError();
    if (const llvm::json::Array *layers = report->getArray("layers"))
      for (const llvm::json::Value &value : *layers) {
        const llvm::json::Object *entry = value.getAsObject();
        if (!entry || entry->getString("name") != layer.name)
          continue;
        step.finalError = getNumber(*entry, "calibration_output_error");
        step.elements = getNumber(*entry, "elements").value_or(0);
        step.nonzerosBefore = getNumber(*entry, "nonzeros_before").value_or(0);
        step.nonzerosAfter = getNumber(*entry, "nonzeros_after").value_or(0);
        if (std::optional<llvm::StringRef> target =
                entry->getString("reconstruct_target"))
          step.reconstructTarget = target->str();
        step.maskError =
            getNumber(*entry, "calibration_output_error_mask_only");
      }
    double pruned = progress ? progress->elapsed() : 0.0;
    step.calibrateSeconds = calibrated - begin;
    step.pruneSeconds = pruned - calibrated;
    steps.push_back(std::move(step));
    if (progress)
      progress->update(i + 1);
  }
  if (progress)
    progress->finish();
  return steps;
}
