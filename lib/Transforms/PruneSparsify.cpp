//===- PruneSparsify.cpp - The prune-sparsify pass ------------------------===//
//
// Packs sparse weights into sparse_tensor constants. The pass finds the
// weights (WeightAnalysis), decides for every layer whether and how it can be
// packed (SparseWeights: consumer check, profile, cost model), then packs and
// rewrites the chosen ones. Every layer gets a remark and a report entry
// saying its format, its bytes before and after, and why.
//
//===----------------------------------------------------------------------===//

#include "Prune/Analysis/WeightAnalysis.h"
#include "Prune/Pruning/WeightPruning.h"
#include "Prune/Sparsity/SparseWeights.h"
#include "Prune/Support/Report.h"
#include "PrunePassBase.h"

#include "Prune/Support/Diagnostics.h"
#include "Prune/Transforms/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/SparseTensor/IR/SparseTensor.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/IR/Remarks.h"
#include "mlir/Interfaces/FunctionInterfaces.h"
#include "llvm/Support/FormatVariadic.h"

namespace mlir::prune {
#define GEN_PASS_DEF_PRUNESPARSIFY
#include "Prune/Transforms/Passes.h.inc"
} // namespace mlir::prune

using namespace mlir;
using namespace mlir::prune;

namespace {

/// A weight and the format chosen for it.
struct LayerRecord {
  WeightUse use;
  std::optional<WeightBuffer> buffer;
  std::optional<WeightSparsityProfile> profile;
  SparseLayout layout;
  /// Why the layer has the format it has (or cannot be packed at all).
  std::string reason;
  /// Whether the layer could not be considered (unsupported consumer...).
  bool skipped = false;
  int64_t denseBytes = 0;
  int64_t nonzeros = 0;
  /// The consumer's name, location and function, kept for remarks and the
  /// report because a rewritten consumer is replaced.
  std::string consumerName;
  std::optional<Location> consumerLoc;
  std::string functionName;
};

struct PruneSparsifyPass
    : public PrunePassBase<prune::impl::PruneSparsifyBase, PruneSparsifyPass> {
  using PrunePassBase::PrunePassBase;

  SmallVector<OptionValueCheck> getTypedOptions() {
    return {describeOption(format),
            describeOption(minSparsity),
            describeOption(objective),
            describeOption(costModel),
            describeOption(cacheBytes),
            describeOption(threads),
            describeOption(minParallelIterations),
            describeOption(minParallelSparseWork)};
  }

  void runOnOperation() override;

private:
  /// Fills in the format of a layer, or why it cannot be packed.
  void chooseLayerFormat(LayerRecord &record, const SparsifyCostModel &model);
  void emitRemarks(ArrayRef<LayerRecord> records);
  LogicalResult writeReport(ArrayRef<LayerRecord> records,
                            const SparsifyCostModel &model);
};

} // namespace

/// The bytes of a weight stored dense (an int or float element type).
static int64_t getDenseBytes(ShapedType type) {
  return type.getNumElements() * ((type.getElementTypeBitWidth() + 7) / 8);
}

void PruneSparsifyPass::chooseLayerFormat(LayerRecord &record,
                                          const SparsifyCostModel &model) {
  const WeightUse &use = record.use;
  record.consumerName = use.consumer->getName().getStringRef().str();
  record.consumerLoc = use.consumer->getLoc();
  record.functionName = getParentFunctionName(use.consumer).str();
  auto type = cast<ShapedType>(use.value.getType());
  auto skip = [&](const Twine &why) {
    record.skipped = true;
    record.reason = why.str();
  };
  if (!type.getElementType().isIntOrFloat())
    return skip("its element type is not an integer or float");
  record.denseBytes = getDenseBytes(type);
  record.layout.bytes = record.denseBytes;
  if (type.getNumElements() == 0)
    return skip("it has no elements");
  if (!use.skipReason.empty())
    return skip(use.skipReason);
  if (!isa<tosa::ConstOp, arith::ConstantOp>(use.constantOp))
    return skip("its constant is a '" +
                use.constantOp->getName().getStringRef() +
                "', not tosa.const or arith.constant");
  std::string error;
  FailureOr<WeightBuffer> buffer =
      WeightBuffer::get(use.value, use.zeroPoint, error);
  if (failed(buffer))
    return skip(error);
  record.buffer = std::move(*buffer);
  record.nonzeros = record.buffer->countNonZeros();
  if (use.zeroPoint != 0)
    return skip("its zero point is " + Twine(use.zeroPoint) +
                ", not an implicit zero");
  if (use.numConsumers > 1)
    return skip("the constant feeds several consumers");
  if (!use.view)
    return skip("no (out, in) view: " + use.viewError);
  std::string unsupported;
  FailureOr<SparseOperandKind> kind =
      getSparseOperandKind(use.consumer, use.weightOperand, unsupported);
  if (failed(kind))
    return skip(unsupported);

  record.profile = profileWeight(*record.buffer, *use.view);
  if (*kind == SparseOperandKind::Filter)
    record.profile->filterShape = llvm::to_vector(
        cast<ShapedType>(use.consumer->getOperand(use.weightOperand).getType())
            .getShape());
  FormatChoice choice =
      chooseSparseFormat(*record.profile, format, model,
                         getWeightReuse(use.consumer, use.weightOperand));
  record.layout = choice.layout;
  record.reason = choice.reason;
}

void PruneSparsifyPass::runOnOperation() {
  auto reject = [&](StringRef name, const auto &value, StringRef expected) {
    (void)emitOptionError(getOperation().getLoc(), getArgument(),
                          (name + "=" + Twine(value)).str(), expected);
    signalPassFailure();
  };
  if (!(minSparsity >= 0.0 && minSparsity <= 1.0))
    return reject("min-sparsity", std::to_string(minSparsity),
                  "expected a fraction in [0, 1]");
  if (cacheBytes < -1)
    return reject("cache-bytes", cacheBytes,
                  "expected a byte count >= 0, or -1 for the cost model's own");
  if (threads < 1)
    return reject("threads", threads, "expected at least 1");
  if (minParallelIterations < 1)
    return reject("min-parallel-iterations", minParallelIterations,
                  "expected at least 1");
  if (minParallelSparseWork < 0)
    return reject("min-parallel-sparse-work", minParallelSparseWork,
                  "expected at least 0");

  SmallVector<WeightUse, 0> uses = collectWeightUses(getOperation());
  emitNoWeightRemarks(getOperation(), uses, getArgument());
  recordLayerNames(getOperation());
  SmallVector<LayerRecord, 0> records;
  for (WeightUse &use : uses)
    records.push_back(LayerRecord{std::move(use)});
  SparsifyCostModel model(costModel);
  model.minSparsity = minSparsity;
  if (cacheBytes >= 0)
    model.setCacheBytes(cacheBytes);
  model.threads = threads;
  model.minParallelDenseWork = minParallelIterations;
  model.minParallelSparseWork = minParallelSparseWork;
  model.objective = objective;
  for (const LayerRecord &record : records) {
    auto type = cast<ShapedType>(record.use.value.getType());
    if (type.getElementType().isIntOrFloat())
      model.workingSetBytes += getDenseBytes(type);
  }
  for (LayerRecord &record : records)
    chooseLayerFormat(record, model);

  IRRewriter rewriter(&getContext());
  for (LayerRecord &record : records) {
    if (record.skipped || record.layout.format == SparseFormat::Dense) {
      // A format the user asked for and did not get is worth a warning;
      // format=auto's choices are in the remarks and the report.
      if (format != SparseFormat::Auto && format != SparseFormat::Dense)
        record.use.consumer->emitWarning()
            << getArgument() << ": format=" << stringifySparseFormat(format)
            << " not applied to layer '" << record.use.layerName
            << "', which stays dense: " << record.reason;
      ++numLayersDense;
      continue;
    }
    Operation *consumer = record.use.consumer;
    rewriter.setInsertionPoint(consumer);
    Value sparse = buildSparseWeight(
        rewriter, consumer->getLoc(), *record.buffer, *record.use.view,
        record.layout,
        cast<ShapedType>(record.use.value.getType()).getElementType());
    FailureOr<Operation *> rewritten = replaceWeightWithSparse(
        rewriter, consumer, record.use.weightOperand, sparse);
    if (failed(rewritten)) {
      consumer->emitOpError()
          << "prune-sparsify: cannot rewrite layer '" << record.use.layerName
          << "' to read its sparse weight";
      return signalPassFailure();
    }
    // A named op becomes a generic: the layer keeps its name.
    recordLayerName(*rewritten, record.use.layerName);
    ++numLayersSparse;
  }
  emitRemarks(records);
  if (failed(writeReport(records, model)))
    return signalPassFailure();
}

void PruneSparsifyPass::emitRemarks(ArrayRef<LayerRecord> records) {
  for (const LayerRecord &record : records) {
    bool isSparse =
        !record.skipped && record.layout.format != SparseFormat::Dense;
    auto opts = remark::RemarkOpts::name(isSparse ? "LayerSparsified"
                                                  : "LayerLeftDense")
                    .category(getArgument())
                    .subCategory(record.use.layerName)
                    .function(record.functionName);
    Location loc = *record.consumerLoc;
    if (!isSparse) {
      remark::missed(loc, opts) << remark::reason(
          "layer '{0}' left dense: {1}", record.use.layerName, record.reason);
      continue;
    }
    remark::passed(loc, opts) << remark::add(
        "layer '{0}' -> {1}, {2} -> {3} bytes (pos i{4}, crd i{5}): {6}",
        record.use.layerName, record.layout.str(), record.denseBytes,
        record.layout.bytes, record.layout.posWidth, record.layout.crdWidth,
        record.reason);
  }
}

LogicalResult PruneSparsifyPass::writeReport(ArrayRef<LayerRecord> records,
                                             const SparsifyCostModel &model) {
  if (report.empty())
    return success();
  ReportWriter writer(getArgument());
  int64_t totalBefore = 0, totalAfter = 0;
  for (const LayerRecord &record : records) {
    const WeightUse &use = record.use;
    auto type = cast<ShapedType>(use.value.getType());
    ReportLayer layer;
    layer.name = use.layerName;
    layer.op = record.consumerName;
    layer.shape = llvm::to_vector(type.getShape());
    layer.elements = type.getNumElements();
    if (record.buffer) {
      layer.nonzerosBefore = record.nonzeros;
      layer.nonzerosAfter = record.nonzeros;
    }
    layer.pattern = "unstructured";
    if (const auto &profile = record.profile) {
      if (profile->hasNOfM())
        layer.pattern = llvm::formatv("{0}:{1}", profile->nmN, profile->nmM);
      else if (profile->hasBlocks())
        layer.pattern = llvm::formatv("block:{0}x{1}", profile->blockRows,
                                      profile->blockCols);
    }
    if (record.skipped)
      layer.skipReason = record.reason;
    bool isSparse =
        !record.skipped && record.layout.format != SparseFormat::Dense;
    layer.status = isSparse ? "sparsified" : "kept dense";
    layer.extra["format"] = isSparse ? record.layout.str() : "dense";
    layer.extra["bytes_before"] = record.denseBytes;
    layer.extra["bytes_after"] = record.layout.bytes;
    if (isSparse)
      layer.extra["stored_values"] = record.layout.storedValues;
    layer.extra["reason"] = record.reason;
    if (record.profile)
      layer.extra["sparsity"] = record.profile->sparsity();
    if (isSparse) {
      layer.extra["pos_width"] = int64_t(record.layout.posWidth);
      layer.extra["crd_width"] = int64_t(record.layout.crdWidth);
    }
    totalBefore += record.denseBytes;
    totalAfter += record.layout.bytes;
    writer.addLayer(std::move(layer));
  }
  writer.getExtra()["bytes_before"] = totalBefore;
  writer.getExtra()["bytes_after"] = totalAfter;
  writer.getExtra()["cost_model"] =
      stringifySparseCostTarget(model.target).str();
  return writer.writeOrEmitError(report, getOperation().getLoc());
}
