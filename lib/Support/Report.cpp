//===- Report.cpp - JSON reports of the pruning passes --------------------===//
//
// Built with llvm::json so that escaping and number formatting are LLVM's.
//
//===----------------------------------------------------------------------===//

#include "Prune/Support/Report.h"

#include "mlir/Support/LogicalResult.h"
#include "mlir/IR/Diagnostics.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/ToolOutputFile.h"

#include <mutex>

using namespace mlir;
using namespace mlir::prune;

llvm::json::Value ReportWriter::toJSON() const {
  llvm::json::Array layerArray;
  int64_t totalElements = 0, totalBefore = 0, totalAfter = 0;
  int64_t leftAloneElements = 0, leftAloneLayers = 0;
  for (const ReportLayer &layer : layers) {
    llvm::json::Object object{
        {"name", layer.name},
        {"op", layer.op},
        {"shape", llvm::json::Array(layer.shape)},
        {"elements", layer.elements},
        {"pattern", layer.pattern},
    };
    if (layer.nonzerosBefore && layer.nonzerosAfter) {
      object["nonzeros_before"] = *layer.nonzerosBefore;
      object["nonzeros_after"] = *layer.nonzerosAfter;
      totalElements += layer.elements;
      totalBefore += *layer.nonzerosBefore;
      totalAfter += *layer.nonzerosAfter;
    } else {
      leftAloneElements += layer.elements;
      ++leftAloneLayers;
    }
    object["status"] = !layer.skipReason.empty() ? "skipped"
                       : layer.status.empty() ? "pruned"
                                              : layer.status;
    if (!layer.skipReason.empty())
      object["reason"] = layer.skipReason;
    for (const auto &[key, value] : layer.extra)
      object[key] = value;
    layerArray.push_back(std::move(object));
  }
  llvm::json::Object total{{"elements", totalElements},
                           {"nonzeros_before", totalBefore},
                           {"nonzeros_after", totalAfter}};
  // The totals count the layers pruned; say what they leave out (a
  // MobileNet's depthwise convolutions, left dense: its weights were 44%
  // zero where the totals said 50%).
  if (leftAloneLayers) {
    total["layers_left_alone"] = leftAloneLayers;
    total["elements_left_alone"] = leftAloneElements;
  }
  llvm::json::Object root{
      {"pass", passName},
      {"layers", std::move(layerArray)},
      {"total", std::move(total)},
  };
  for (const auto &[key, value] : extra)
    root[key] = value;
  return root;
}

/// Adds `from` into `into`: numbers are summed, lists appended, objects
/// merged key by key; anything else takes `from`'s value.
static void accumulate(llvm::json::Value &into, const llvm::json::Value &from) {
  if (std::optional<int64_t> a = into.getAsInteger())
    if (std::optional<int64_t> b = from.getAsInteger()) {
      into = *a + *b;
      return;
    }
  if (std::optional<double> a = into.getAsNumber())
    if (std::optional<double> b = from.getAsNumber()) {
      into = *a + *b;
      return;
    }
  if (llvm::json::Array *a = into.getAsArray())
    if (const llvm::json::Array *b = from.getAsArray()) {
      for (const llvm::json::Value &element : *b)
        a->push_back(element);
      return;
    }
  if (llvm::json::Object *a = into.getAsObject())
    if (const llvm::json::Object *b = from.getAsObject()) {
      for (const auto &[key, value] : *b) {
        if (llvm::json::Value *existing = a->get(key))
          accumulate(*existing, value);
        else
          (*a)[key] = value;
      }
      return;
    }
  into = from;
}

/// The reports written so far by this process, by absolute path.
static llvm::StringMap<llvm::json::Object> &getWrittenReports() {
  static llvm::StringMap<llvm::json::Object> reports;
  return reports;
}

LogicalResult ReportWriter::write(StringRef path, std::string &error) const {
  static std::mutex mutex;
  std::lock_guard<std::mutex> lock(mutex);
  SmallString<256> absolute(path);
  (void)llvm::sys::fs::make_absolute(absolute);
  llvm::json::Value report = toJSON();
  auto &written = getWrittenReports();
  auto it = written.find(absolute);
  if (it != written.end() &&
      it->second.getString("pass") == StringRef(passName)) {
    llvm::json::Value merged = llvm::json::Object(it->second);
    accumulate(merged, report);
    report = std::move(merged);
  }
  llvm::Error result =
      llvm::writeToOutput(path, [&](llvm::raw_ostream &os) -> llvm::Error {
        os << llvm::formatv("{0:2}", report) << "\n";
        return llvm::Error::success();
      });
  if (result) {
    error = "cannot write report '" + path.str() +
            "': " + llvm::toString(std::move(result));
    return failure();
  }
  written[absolute] = std::move(*report.getAsObject());
  return success();
}

LogicalResult ReportWriter::writeOrEmitError(StringRef path,
                                             Location loc) const {
  std::string error;
  if (succeeded(write(path, error)))
    return success();
  emitError(loc) << passName << ": " << error;
  return failure();
}
