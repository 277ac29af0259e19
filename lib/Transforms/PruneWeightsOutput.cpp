//===- PruneWeightsOutput.cpp - prune-weights' remarks and report ---------===//
//
// What prune-weights tells about each layer: a remark (pruned, with its
// nonzeros and output errors, or left alone and why) and the JSON report's
// layer records.
//
//===----------------------------------------------------------------------===//

#include "PruneWeightsInputs.h"

#include "Prune/Support/Diagnostics.h"
#include "Prune/Support/Report.h"

#include "mlir/IR/Remarks.h"
#include "llvm/Support/FormatVariadic.h"

using namespace mlir;
using namespace mlir::prune;

void prune::emitPruneWeightsRemarks(ArrayRef<WeightRecord> records,
                                    const PrunePattern &pattern,
                                    const PruneWeightsOutputOptions &options) {
  for (const WeightRecord &record : records) {
    auto opts =
        remark::RemarkOpts::name(record.buffer ? "LayerPruned" : "LayerSkipped")
            .category(kPassName)
            .subCategory(record.use.layerName)
            .function(getParentFunctionName(record.use.consumer));
    Location loc = record.use.consumer->getLoc();
    if (!record.buffer) {
      remark::missed(loc, opts)
          << remark::reason("layer '{0}' left alone: {1}", record.use.layerName,
                            record.skipReason);
      continue;
    }
    std::string error;
    if (record.finalError)
      error = llvm::formatv(", output error on calibration data {0:e2}",
                            *record.finalError);
    if (record.finalError && options.updatesWeights())
      error += llvm::formatv(
          " (mask only {0:e2}{1}){2}", *record.maskError,
          record.sweepError
              ? llvm::formatv(", OBS sweep {0:e2}", *record.sweepError).str()
              : std::string(),
          record.stats->crossGram.empty() ? ""
                                          : ", fit to the reference model");
    if (record.biasShift)
      error += llvm::formatv(", bias shifted by {0:e2} on average",
                             *record.biasShift);
    else if (options.biasCorrection && !record.biasSkipReason.empty())
      error += ", bias not corrected: " + record.biasSkipReason;
    if (record.zeroUnits && record.units > 0)
      error += llvm::formatv(", target sparsity {0:f4} (OWL, outlier ratio "
                             "{1:e2})",
                             double(*record.zeroUnits) / double(record.units),
                             *record.outlierRatio);
    remark::passed(loc, opts) << remark::add(
        "layer '{0}' pruned ({1}): {2} -> {3} nonzeros of "
        "{4}{5}",
        record.use.layerName, pattern.str(), record.nonzerosBefore,
        record.nonzerosAfter, record.buffer->size(), error);
  }
}

LogicalResult
prune::writePruneWeightsReport(ModuleOp module, ArrayRef<WeightRecord> records,
                               const PrunePattern &pattern,
                               const PruneWeightsOutputOptions &options) {
  if (options.report.empty())
    return success();
  ReportWriter writer(kPassName);
  for (const WeightRecord &record : records) {
    const WeightUse &use = record.use;
    ReportLayer layer;
    layer.name = use.layerName;
    layer.op = use.consumer->getName().getStringRef().str();
    layer.shape =
        llvm::to_vector(cast<ShapedType>(use.value.getType()).getShape());
    layer.elements = cast<ShapedType>(use.value.getType()).getNumElements();
    layer.pattern = pattern.str();
    if (record.buffer) {
      layer.nonzerosBefore = record.nonzerosBefore;
      layer.nonzerosAfter = record.nonzerosAfter;
      // With calibration data: how the layer was pruned and the relative
      // squared output error it makes on the calibration inputs.
      if (options.criterion == WeightCriterion::Scores) {
        layer.extra["criterion"] = "scores";
        layer.extra["scores_layout"] = record.scoresLayoutName;
      }
      if (record.finalError) {
        layer.extra["criterion"] =
            options.method == WeightMethod::Obs            ? "obs"
            : options.criterion == WeightCriterion::Wanda  ? "wanda"
            : options.criterion == WeightCriterion::Scores ? "scores"
                                                           : "magnitude";
        layer.extra["method"] = options.method == WeightMethod::Obs ? "obs"
                                : options.method == WeightMethod::Reconstruct
                                    ? "reconstruct"
                                    : "mask";
        layer.extra["calibration_output_error"] = *record.finalError;
        if (record.biasShift)
          layer.extra["bias_shift_mean_abs"] = *record.biasShift;
        else if (!record.biasSkipReason.empty())
          layer.extra["bias_correction_skipped"] = record.biasSkipReason;
      }
      if (record.zeroUnits && record.units > 0) {
        layer.extra["target_sparsity"] =
            double(*record.zeroUnits) / double(record.units);
        layer.extra["outlier_ratio"] = *record.outlierRatio;
      }
      if (record.sweepError)
        layer.extra["calibration_output_error_obs_sweep"] = *record.sweepError;
      if (record.maskError && options.updatesWeights()) {
        layer.extra["calibration_output_error_mask_only"] = *record.maskError;
        layer.extra["reconstruct_target"] =
            record.stats->crossGram.empty() ? "dense" : "reference";
      }
    } else {
      layer.skipReason = record.skipReason;
    }
    writer.addLayer(std::move(layer));
  }
  if (options.criterion == WeightCriterion::Scores) {
    writer.getExtra()["criterion"] = "scores";
    writer.getExtra()["scores"] = options.scores;
  }
  return writer.writeOrEmitError(options.report, module.getLoc());
}
