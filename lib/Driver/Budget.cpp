//===- Budget.cpp - Size and speed budgets of a pruned model --------------===//
//
// Weights, nonzeros and FLOPs come from the analyses on the model as it is;
// bytes from the deployed build's prune-sparsify report, so a budget in bytes
// counts exactly what prune-compile would store (packed values, narrow
// indices, dense layers whole); latency from the deployed build, JIT-compiled
// and timed in this process.
//
//===----------------------------------------------------------------------===//

#include "Prune/Driver/Budget.h"

#include "Prune/Analysis/WeightAnalysis.h"
#include "Prune/Interfaces/PrunableLayerOpInterface.h"
#include "Prune/Interfaces/WeightTracing.h"

#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/MemoryBuffer.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>

using namespace mlir;
using namespace mlir::prune;

//===----------------------------------------------------------------------===//
// Budget
//===----------------------------------------------------------------------===//

llvm::Expected<Budget> Budget::parse(llvm::StringRef spec) {
  auto [kindName, valueText] = spec.split(':');
  auto fail = [&](const llvm::Twine &why) {
    return llvm::createStringError("--budget=" + spec + ": " + why);
  };
  Budget budget;
  if (kindName == "params")
    budget.kind = Kind::Params;
  else if (kindName == "bytes")
    budget.kind = Kind::Bytes;
  else if (kindName == "flops")
    budget.kind = Kind::Flops;
  else if (kindName == "latency")
    budget.kind = Kind::Latency;
  else
    return fail("expected params:N, bytes:N, flops:N or latency:MS");
  valueText = valueText.trim();
  if (valueText.empty())
    return fail("no value after '" + kindName + ":'");

  // The number, then its unit.
  std::string text = valueText.str();
  char *end = nullptr;
  double number = std::strtod(text.c_str(), &end);
  llvm::StringRef unit = llvm::StringRef(end).trim();
  if (end == text.c_str() || !std::isfinite(number) || number <= 0)
    return fail("'" + valueText + "' is not a positive number");
  double scale = 1;
  if (unit == "%") {
    if (number >= 100)
      return fail("a percentage of the dense model must be below 100%");
    budget.percentOfDense = true;
  } else if (budget.kind == Kind::Latency) {
    if (!unit.empty() && unit != "ms")
      return fail("latency is in milliseconds (e.g. latency:0.5 or "
                  "latency:0.5ms), not '" +
                  unit + "'");
  } else if (unit == "k" || unit == "K") {
    scale = 1e3;
  } else if (unit == "M") {
    scale = 1e6;
  } else if (unit == "G") {
    scale = 1e9;
  } else if (unit == "KiB") {
    scale = 1024.0;
  } else if (unit == "MiB") {
    scale = 1024.0 * 1024.0;
  } else if (unit == "GiB") {
    scale = 1024.0 * 1024.0 * 1024.0;
  } else if (!unit.empty() && !(budget.kind == Kind::Bytes && unit == "B")) {
    return fail("unknown unit '" + unit +
                "' (k, M, G, KiB, MiB, GiB or % of the dense model)");
  }
  budget.value = number * scale;
  return budget;
}

llvm::StringRef Budget::getKindName() const {
  switch (kind) {
  case Kind::Params:
    return "params";
  case Kind::Bytes:
    return "bytes";
  case Kind::Flops:
    return "flops";
  case Kind::Latency:
    return "latency";
  }
  llvm_unreachable("unknown budget kind");
}

double Budget::getLimit(double denseMeasure) const {
  return percentOfDense ? denseMeasure * value / 100.0 : value;
}

std::string Budget::describe(double denseMeasure) const {
  double limit = getLimit(denseMeasure);
  std::string text =
      kind == Kind::Latency
          ? llvm::formatv("latency <= {0:f4} ms", limit).str()
          : llvm::formatv("{0} <= {1}", getKindName(), int64_t(limit)).str();
  if (percentOfDense) {
    // 50, 12.5: no trailing zeros.
    std::string percent = llvm::formatv("{0:f6}", value).str();
    percent.erase(percent.find_last_not_of('0') + 1);
    if (percent.back() == '.')
      percent.pop_back();
    text += " (" + percent + "% of dense)";
  }
  return text;
}

//===----------------------------------------------------------------------===//
// Measuring
//===----------------------------------------------------------------------===//

double ModelFootprint::get(Budget::Kind kind) const {
  switch (kind) {
  case Budget::Kind::Params:
    return double(nonzeros);
  case Budget::Kind::Flops:
    return double(flops);
  case Budget::Kind::Bytes:
    return bytes ? double(*bytes) : NAN;
  case Budget::Kind::Latency:
    return latencyMs ? *latencyMs : NAN;
  }
  llvm_unreachable("unknown budget kind");
}

llvm::json::Object ModelFootprint::toJSON() const {
  llvm::json::Object object{{"weights", weights},
                            {"params", nonzeros},
                            {"flops", flops},
                            {"dense_flops", denseFlops}};
  if (bytes)
    object["bytes"] = *bytes;
  if (latencyMs)
    object["latency_ms"] = *latencyMs;
  return object;
}

/// Weights, nonzeros and FLOPs. A constant shared by several layers is
/// counted once, with its first layer's work times the number of layers.
static void countWeights(ModuleOp model, ModelFootprint &footprint) {
  for (const WeightUse &use : collectWeightUses(model)) {
    int64_t elements = cast<ShapedType>(use.value.getType()).getNumElements();
    std::string error;
    FailureOr<WeightBuffer> buffer =
        WeightBuffer::get(use.value, use.zeroPoint, error);
    // A weight the analyses cannot read counts as dense.
    int64_t nonzeros = succeeded(buffer) ? buffer->countNonZeros() : elements;
    int64_t macs = 0;
    if (std::optional<WeightedLayer> layer = getWeightedLayer(use.consumer))
      macs = layer->layer.getMultiplyAccumulateCount() * use.numConsumers;
    footprint.weights += elements;
    footprint.nonzeros += nonzeros;
    footprint.denseFlops += 2 * macs;
    if (elements > 0)
      footprint.flops += int64_t(std::llround(
          2.0 * double(macs) * double(nonzeros) / double(elements)));
  }
}

/// The bytes prune-sparsify reports for the deployed build.
static llvm::Expected<int64_t> measureBytes(ModuleOp model,
                                            const DeployOptions &deploy) {
  llvm::Expected<std::unique_ptr<TemporaryFile>> reportFile =
      TemporaryFile::create("prune-calibrate", "json");
  if (!reportFile)
    return reportFile.takeError();
  llvm::StringRef reportPath = (*reportFile)->getPath();
  OwningOpRef<ModuleOp> copy = cloneWithOwnWeights(model);
  std::string options =
      deploy.compileOptions + " sparse-report=" + reportPath.str();
  if (llvm::Error error =
          runPassPipeline(*copy, "prune-compile{" + options + "}"))
    return std::move(error);
  auto buffer = llvm::MemoryBuffer::getFile(reportPath);
  llvm::Expected<llvm::json::Value> report =
      buffer ? llvm::json::parse((*buffer)->getBuffer())
             : llvm::Expected<llvm::json::Value>(llvm::createStringError(
                   "the deployed build wrote no prune-sparsify report "
                   "(bytes need sparse=true in --deploy-options)"));
  if (!report)
    return report.takeError();
  const llvm::json::Object *object = report->getAsObject();
  std::optional<int64_t> bytes =
      object ? object->getInteger("bytes_after") : std::nullopt;
  if (!bytes)
    return llvm::createStringError(
        "prune-sparsify's report has no 'bytes_after'");
  return *bytes;
}

/// Median milliseconds of one call of the deployed build on the first
/// samples of `data`.
static llvm::Expected<double> measureLatency(ModuleOp model,
                                             const ModelData &data,
                                             const RunOptions &runOptions,
                                             const DeployOptions &deploy) {
  llvm::Expected<std::unique_ptr<CompiledModel>> compiled =
      compileModel(model, {runOptions.entry}, deploy.compileOptions);
  if (!compiled)
    return compiled.takeError();
  const EntrySignature &signature = (*compiled)->getSignature(runOptions.entry);
  RunOptions timing = runOptions;
  timing.batchSize = deploy.latencyBatch;
  llvm::Expected<int64_t> chunk = getChunkSize(signature, data.samples, timing);
  if (!chunk)
    return chunk.takeError();
  // Every call runs on the first samples, copied once: compiled code may
  // write into its arguments.
  int64_t count = std::min(*chunk, data.samples);
  std::vector<HostArray> inputs;
  SmallVector<const HostArray *> arguments;
  for (const HostArray &input : data.inputs) {
    HostArray &first = inputs.emplace_back();
    first.kind = input.kind;
    first.shape = input.shape;
    first.shape[0] = count;
    first.allocate();
    std::memcpy(first.data(), input.data(), first.numBytes());
  }
  for (const HostArray &input : inputs)
    arguments.push_back(&input);

  using Clock = std::chrono::steady_clock;
  std::vector<double> milliseconds;
  Clock::time_point begin = Clock::now();
  // Three warm-up calls, then the timed ones.
  for (int64_t call = -3;; ++call) {
    Clock::time_point start = Clock::now();
    if (llvm::Error error =
            (*compiled)->call(runOptions.entry, arguments, nullptr))
      return std::move(error);
    std::chrono::duration<double, std::milli> took = Clock::now() - start;
    if (call >= 0)
      milliseconds.push_back(took.count());
    std::chrono::duration<double> total = Clock::now() - begin;
    if (int64_t(milliseconds.size()) >= deploy.minCalls &&
        total.count() >= deploy.minSeconds)
      break;
  }
  std::nth_element(milliseconds.begin(),
                   milliseconds.begin() + milliseconds.size() / 2,
                   milliseconds.end());
  return milliseconds[milliseconds.size() / 2];
}

llvm::Expected<ModelFootprint> mlir::prune::measureFootprint(
    ModuleOp model, Budget::Kind kind, const ModelData &data,
    const RunOptions &runOptions, const DeployOptions &deploy) {
  ModelFootprint footprint;
  countWeights(model, footprint);
  if (kind == Budget::Kind::Bytes) {
    llvm::Expected<int64_t> bytes = measureBytes(model, deploy);
    if (!bytes)
      return bytes.takeError();
    footprint.bytes = *bytes;
  }
  if (kind == Budget::Kind::Latency) {
    llvm::Expected<double> latency =
        measureLatency(model, data, runOptions, deploy);
    if (!latency)
      return latency.takeError();
    footprint.latencyMs = *latency;
  }
  return footprint;
}
