//===- Budget.h - Size and speed budgets of a pruned model -------*- C++
//-*-===//
//
// What `prune-calibrate --budget=` measures: the nonzero weights of a model,
// the FLOPs of those weights, the bytes its weights take once prune-compile
// has packed them (prune-sparsify's report), or its latency once compiled.
// The search that meets a budget (tools/prune-calibrate) prunes, measures
// with these functions and compares against a Budget.
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_DRIVER_BUDGET_H
#define PRUNE_DRIVER_BUDGET_H

#include "Prune/Driver/Calibration.h"

#include <optional>

namespace mlir::prune {

/// A requirement on a pruned model: `kind:value`, e.g. `params:50000`,
/// `bytes:2MiB`, `flops:50%` (of the dense model), `latency:0.5` (ms).
struct Budget {
  enum class Kind { Params, Bytes, Flops, Latency };
  Kind kind = Kind::Params;
  /// The limit, in the kind's unit (weights, bytes, FLOPs, milliseconds);
  /// with `percentOfDense`, the percentage.
  double value = 0;
  bool percentOfDense = false;

  /// Parses `kind:value`. Values are plain or scientific numbers with an
  /// optional suffix: k, M, G (10^3, 10^6, 10^9), KiB, MiB, GiB (2^10 ...),
  /// or `%` of the dense model's measure; `latency:` takes milliseconds
  /// (an optional `ms` suffix).
  static llvm::Expected<Budget> parse(llvm::StringRef spec);

  llvm::StringRef getKindName() const;
  /// The absolute limit, given the dense model's measure.
  double getLimit(double denseMeasure) const;
  /// "flops <= 2.03e6 (50% of dense)", for messages.
  std::string describe(double denseMeasure) const;
  /// Whether measuring needs a build of the model (bytes, latency).
  bool needsBuild() const {
    return kind == Kind::Bytes || kind == Kind::Latency;
  }
};

/// What a budget can measure of a model.
struct ModelFootprint {
  /// Elements and nonzeros of every weight (WeightAnalysis' layers).
  int64_t weights = 0, nonzeros = 0;
  /// 2 x multiply-adds of every layer per sample, dense and counting only
  /// nonzero weights (the work a sparse kernel does; dynamic dimensions
  /// count as 1).
  int64_t denseFlops = 0, flops = 0;
  /// Bytes of the weights in the deployed build (prune-sparsify's
  /// `bytes_after`: packed values and narrow indices, dense weights whole).
  std::optional<int64_t> bytes;
  /// Median milliseconds per call of the deployed build.
  std::optional<double> latencyMs;

  /// The measure a budget of `kind` compares.
  double get(Budget::Kind kind) const;
  llvm::json::Object toJSON() const;
};

/// How to build and time the deployed model.
struct DeployOptions {
  /// prune-compile options of the deployed build ("": prune-compile's
  /// defaults, sparse formats chosen by format=auto).
  std::string compileOptions;
  /// Samples per call when timing (the entry's static batch wins).
  int64_t latencyBatch = 1;
  /// Timed calls: at least this many, and at least `minSeconds` in all.
  int64_t minCalls = 20;
  double minSeconds = 0.3;
};

/// Measures `model`: weights, nonzeros and FLOPs always; bytes for a bytes
/// budget (one prune-compile lowering); latency for a latency budget (the
/// build JIT-compiled and timed on the first samples of `data`).
llvm::Expected<ModelFootprint>
measureFootprint(ModuleOp model, Budget::Kind kind, const ModelData &data,
                 const RunOptions &runOptions, const DeployOptions &deploy);

} // namespace mlir::prune

#endif // PRUNE_DRIVER_BUDGET_H
