//===- Report.h - JSON reports of the pruning passes ------------*- C++ -*-===//
//
// Every pruning pass given `report=PATH` writes the JSON report described in
// docs/DESIGN.md: the pass name, one entry per layer and the totals. Passes
// add their own fields to a layer through `extra`.
//
// A path written again by the same pass in the same process (prune-opt
// --split-input-file runs the pass once per split) accumulates: the layers
// of the later run are appended, and numbers, lists and objects of the
// totals and pass fields are added up.
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_SUPPORT_REPORT_H
#define PRUNE_SUPPORT_REPORT_H

#include "mlir/IR/Location.h"
#include "mlir/Support/LLVM.h"
#include "llvm/Support/JSON.h"

#include <optional>
#include <string>
#include <vector>

namespace mlir::prune {

/// One layer of a report.
struct ReportLayer {
  std::string name;
  std::string op;
  SmallVector<int64_t> shape;
  int64_t elements = 0;
  std::optional<int64_t> nonzerosBefore;
  std::optional<int64_t> nonzerosAfter;
  std::string pattern;
  /// Why the layer was left alone, or empty.
  std::string skipReason;
  /// What the pass did to the layer, for passes that do more than prune;
  /// empty gives "pruned", or "skipped" with a skip reason.
  std::string status;
  /// Pass-specific fields (format, bytes, neurons removed...).
  llvm::json::Object extra;
};

/// Collects layers and writes the report.
class ReportWriter {
public:
  explicit ReportWriter(StringRef passName) : passName(passName.str()) {}

  void addLayer(ReportLayer layer) { layers.push_back(std::move(layer)); }
  /// Pass-specific top-level fields.
  llvm::json::Object &getExtra() { return extra; }

  llvm::json::Value toJSON() const;
  /// Writes the report to `path` atomically (through a temporary file), so a
  /// failure leaves no half-written report behind, merged with what this
  /// pass wrote to the same path earlier in this process.
  LogicalResult write(StringRef path, std::string &error) const;
  /// Writes the report, or emits an error at `loc` naming the pass.
  LogicalResult writeOrEmitError(StringRef path, Location loc) const;

private:
  std::string passName;
  std::vector<ReportLayer> layers;
  llvm::json::Object extra;
};

} // namespace mlir::prune

#endif // PRUNE_SUPPORT_REPORT_H
