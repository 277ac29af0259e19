//===- Report.cpp - JSON reports of the pruning passes --------------------===//
//
// Built with llvm::json so that escaping and number formatting are LLVM's.
//
//===----------------------------------------------------------------------===//

#include "Prune/Support/Report.h"

#include "mlir/Support/LogicalResult.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/ToolOutputFile.h"

using namespace mlir;
using namespace mlir::prune;

llvm::json::Value ReportWriter::toJSON() const {
  llvm::json::Array layerArray;
  int64_t totalElements = 0, totalBefore = 0, totalAfter = 0;
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
  llvm::json::Object root{
      {"pass", passName},
      {"layers", std::move(layerArray)},
      {"total",
       llvm::json::Object{{"elements", totalElements},
                          {"nonzeros_before", totalBefore},
                          {"nonzeros_after", totalAfter}}},
  };
  for (const auto &[key, value] : extra)
    root[key] = value;
  return root;
}

LogicalResult ReportWriter::write(StringRef path, std::string &error) const {
  llvm::Error result =
      llvm::writeToOutput(path, [&](llvm::raw_ostream &os) -> llvm::Error {
        os << llvm::formatv("{0:2}", toJSON()) << "\n";
        return llvm::Error::success();
      });
  if (result) {
    error = "cannot write report '" + path.str() +
            "': " + llvm::toString(std::move(result));
    return failure();
  }
  return success();
}
