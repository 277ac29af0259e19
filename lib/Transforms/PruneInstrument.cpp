//===- PruneInstrument.cpp - The prune-instrument pass --------------------===//
//
// Puts a `prune.observe` probe on the input and output of every layer
// (WeightAnalysis's weight consumers, with their layer names), so that the
// compiled model writes calibration statistics when run. Layers that cannot
// be observed get a warning saying why; the others a remark. The layers of
// the `reference-func` function are observed at their input only, as the
// reference of the same-named layers elsewhere.
//
//===----------------------------------------------------------------------===//

#include "Prune/Calibration/Instrumentation.h"
#include "Prune/Dialect/PruneDialect.h"
#include "PrunePassBase.h"

#include "Prune/Support/Diagnostics.h"
#include "Prune/Transforms/Passes.h"

#include "mlir/IR/Remarks.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/Interfaces/FunctionInterfaces.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Regex.h"

namespace mlir::prune {
#define GEN_PASS_DEF_PRUNEINSTRUMENT
#include "Prune/Transforms/Passes.h.inc"
} // namespace mlir::prune

using namespace mlir;
using namespace mlir::prune;

namespace {
struct PruneInstrumentPass
    : public PrunePassBase<prune::impl::PruneInstrumentBase,
                           PruneInstrumentPass> {
  using PrunePassBase::PrunePassBase;

  void runOnOperation() override;
};
} // namespace

void PruneInstrumentPass::runOnOperation() {
  ModuleOp module = getOperation();
  if (output.empty()) {
    emitError(module.getLoc())
        << getArgument() << ": option 'output' is required: the statistics "
        << "file the instrumented model writes";
    return signalPassFailure();
  }
  // A second pass would observe every sample twice.
  WalkResult instrumented = module.walk([](ObserveOp op) {
    op.emitOpError() << "prune-instrument: the module is already instrumented";
    return WalkResult::interrupt();
  });
  if (instrumented.wasInterrupted())
    return signalPassFailure();
  auto isFunction = [&](StringRef name) {
    return isa_and_nonnull<FunctionOpInterface>(
        SymbolTable::lookupSymbolIn(module, name));
  };
  if (!referenceFunc.empty() && !isFunction(referenceFunc)) {
    (void)emitOptionError(module.getLoc(), getArgument(),
                          "reference-func=" + referenceFunc,
                          "the module has no function of that name");
    return signalPassFailure();
  }

  if (!modelFunc.empty() && (referenceFunc.empty() || !isFunction(modelFunc))) {
    (void)emitOptionError(module.getLoc(), getArgument(),
                          "model-func=" + modelFunc,
                          referenceFunc.empty()
                              ? "it needs reference-func"
                              : "the module has no function of that name");
    return signalPassFailure();
  }

  llvm::Regex layerRegex(layers);
  std::string regexError;
  if (!layers.empty() && !layerRegex.isValid(regexError)) {
    (void)emitOptionError(module.getLoc(), getArgument(), "layers=" + layers,
                          "invalid regular expression: " + regexError);
    return signalPassFailure();
  }

  SmallVector<WeightUse, 0> uses = collectWeightUses(module);
  emitNoWeightRemarks(module, uses, getArgument());
  auto inReference = [&](const WeightUse &use) {
    return !referenceFunc.empty() &&
           getParentFunctionName(use.consumer) == referenceFunc;
  };
  // A reference layer without a location name, `F#k`, is the model's `G#k`.
  std::string unnamedPrefix = referenceFunc + "#";
  llvm::StringSet<> modelLayers;
  for (WeightUse &use : uses) {
    if (!inReference(use)) {
      modelLayers.insert(use.layerName);
      recordLayerName(use.consumer, use.layerName);
    }
    else if (!modelFunc.empty() &&
             StringRef(use.layerName).starts_with(unnamedPrefix))
      use.layerName =
          modelFunc + "#" + use.layerName.substr(unnamedPrefix.size());
  }
  std::vector<std::string> names;
  for (const WeightUse &use : uses)
    names.push_back(use.layerName);
  warnIfNoLayerMatches(module.getLoc(), getArgument(), layers, names);
  for (const WeightUse &use : uses) {
    if (!layers.empty() && !layerRegex.match(use.layerName))
      continue;
    bool isReference = inReference(use);
    auto opts = remark::RemarkOpts::name("LayerInstrumented")
                    .category(getArgument())
                    .subCategory(use.layerName)
                    .function(getParentFunctionName(use.consumer));
    std::string error;
    FailureOr<LayerProbes> probes = findLayerProbes(use, error);
    if (failed(probes)) {
      use.consumer->emitWarning()
          << "prune-instrument: layer '" << use.layerName
          << "' not instrumented: " << error;
      ++numLayersSkipped;
      continue;
    }
    if (isReference && !modelLayers.contains(use.layerName)) {
      use.consumer->emitWarning()
          << "prune-instrument: reference layer '" << use.layerName
          << "' not instrumented: no layer of that name outside @"
          << referenceFunc;
      ++numLayersSkipped;
      continue;
    }
    OpBuilder builder(use.consumer);
    if (isReference) {
      ObserveOp::create(
          builder, use.consumer->getLoc(), probes->input,
          ObserveRole::Reference, use.layerName, probes->inputFeatureDim,
          output,
          probes->im2col.empty()
              ? DenseI64ArrayAttr()
              : builder.getDenseI64ArrayAttr(probes->im2col));
      ++numLayersInstrumented;
      remark::passed(use.consumer->getLoc(), opts)
          << remark::add("layer '{0}' instrumented as a reference: {1} input "
                         "features in dimension {2}{3}",
                         use.layerName, use.view->cols,
                         probes->inputFeatureDim,
                         probes->im2col.empty() ? "" : " (im2col)");
      continue;
    }
    ObserveOp::create(
        builder, use.consumer->getLoc(), probes->input, ObserveRole::Input,
        use.layerName, probes->inputFeatureDim, output,
        probes->im2col.empty() ? DenseI64ArrayAttr()
                               : builder.getDenseI64ArrayAttr(probes->im2col));
    builder.setInsertionPointAfterValue(probes->output);
    ObserveOp::create(builder, probes->output.getLoc(), probes->output,
                      ObserveRole::Output, use.layerName,
                      probes->outputFeatureDim, output,
                      /*im2col=*/DenseI64ArrayAttr());
    ++numLayersInstrumented;

    std::string after;
    for (Operation *op : probes->outputChain)
      after += (after.empty() ? "" : ", ") + op->getName().getStringRef().str();
    remark::passed(use.consumer->getLoc(), opts)
        << remark::add("layer '{0}' instrumented: {1} input features in "
                       "dimension {2}{6}, {3} outputs in dimension {4}{5}",
                       use.layerName, use.view->cols, probes->inputFeatureDim,
                       use.view->rows, probes->outputFeatureDim,
                       after.empty() ? std::string(" of its result")
                                     : " after " + after,
                       probes->im2col.empty() ? "" : " (im2col)");
  }
}
