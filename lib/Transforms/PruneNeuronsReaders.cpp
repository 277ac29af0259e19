//===- PruneNeuronsReaders.cpp - The layers method=reconstruct refits -----===//
//
// A reader's weights are read and written through its (output, input) view
// (Reconstruction.h's readViewValues / writeViewValues), so the columns are
// the input features its statistics were gathered on.
//
//===----------------------------------------------------------------------===//

#include "PruneNeuronsReaders.h"

#include "Prune/Pruning/Reconstruction.h"
#include "Prune/Support/WeightStorage.h"

using namespace mlir;
using namespace mlir::prune;

FailureOr<GroupReaders> prune::collectGroupReaders(
    const NeuronGroup &group,
    const llvm::DenseMap<Operation *, const WeightUse *> &weightUses,
    const CalibrationStatistics &statistics, StringRef statsPath,
    std::string &skipReason) {
  GroupReaders readers;
  if (group.consumers.empty()) {
    skipReason = "method=reconstruct: no layer reads its neurons";
    return GroupReaders();
  }
  for (const GroupContraction &consumer : group.consumers) {
    auto leaveAlone = [&](const Twine &why) {
      skipReason = ("method=reconstruct cannot refit layer '" +
                    consumer.layerName + "', which reads them: " + why)
                       .str();
      return GroupReaders();
    };
    const WeightUse *use = weightUses.lookup(consumer.op);
    if (!use)
      return leaveAlone("it shares its weight with another layer");
    if (!use->view || use->view->cols % group.numNeurons != 0)
      return leaveAlone("its weight columns do not pair with the neurons");
    const WeightView &view = *use->view;
    std::string error;
    FailureOr<WeightBuffer> weights =
        WeightBuffer::get(use->value, use->zeroPoint, error);
    if (failed(weights) || !weights->isFloat())
      return leaveAlone("its weight is not a dense floating-point constant");

    auto mismatch = [&]() -> InFlightDiagnostic {
      return consumer.op->emitOpError()
             << "prune-neurons: stats=" << statsPath << " ";
    };
    const LayerStatistics *layer = statistics.lookup(consumer.layerName);
    if (!layer)
      return mismatch() << "has no layer '" << consumer.layerName
                        << "' (method=reconstruct refits every layer that "
                           "reads removed neurons)";
    if (layer->inFeatures != view.cols ||
        layer->gram.size() != static_cast<size_t>(view.cols * view.cols))
      return mismatch() << "gives layer '" << consumer.layerName << "' "
                        << layer->inFeatures
                        << " input features, its weight has " << view.cols;
    if (layer->samples == 0)
      return mismatch() << "has no calibration samples of layer '"
                        << consumer.layerName << "'";
    if (layer->inputSum.size() != layer->inFeatures)
      return mismatch() << "has no input sums of layer '" << consumer.layerName
                        << "' (a file older than version 3); rerun "
                           "prune-calibrate --stats";

    // Fewer samples than inputs: the refit reproduces them exactly (up to
    // the damping), which says little about other data.
    if (layer->samples < static_cast<uint64_t>(view.cols))
      consumer.op->emitWarning()
          << "prune-neurons: stats=" << statsPath << " has " << layer->samples
          << " calibration samples of layer '" << consumer.layerName
          << "' for its " << view.cols
          << " inputs: its refit can match them exactly and may not hold on "
             "other data (calibrate on more samples; each output position "
             "of a convolution counts as one)";

    NeuronReader reader;
    reader.rows = view.rows;
    reader.cols = view.cols;
    reader.weights = readViewValues(*weights, view);
    reader.gram = layer->gram;
    reader.inputSum = layer->inputSum;
    reader.samples = layer->samples;
    // A reader without a constant bias is refit through its weights only.
    std::string noBias;
    FailureOr<BiasSlot> bias = findBias(consumer.op, consumer.weightOperand,
                                        view.rows, consumer.layerName, noBias);
    std::optional<BiasSlot> slot;
    if (succeeded(bias)) {
      FailureOr<std::vector<double>> biasValues =
          readFloatConstant(bias->constantOp, error);
      if (succeeded(biasValues) &&
          biasValues->size() == static_cast<size_t>(view.rows)) {
        reader.bias = std::move(*biasValues);
        slot = *bias;
      }
    }
    readers.problems.push_back(std::move(reader));
    readers.biases.push_back(slot);
  }
  return readers;
}

void prune::applyReaderRefits(
    const NeuronGroup &group, const GroupReaders &readers,
    ArrayRef<ReaderRefit> refits,
    const llvm::DenseMap<Operation *, const WeightUse *> &weightUses) {
  for (auto [consumer, refit, bias] :
       llvm::zip_equal(group.consumers, refits, readers.biases)) {
    const WeightUse &use = *weightUses.lookup(consumer.op);
    std::string error;
    FailureOr<WeightBuffer> buffer =
        WeightBuffer::get(use.value, use.zeroPoint, error);
    assert(succeeded(buffer) && "readers' weights were read as floats");
    writeViewValues(*buffer, *use.view, refit.weights);
    setConstantValue(use.constantOp, buffer->commit());
    if (bias)
      addToBias(*bias, refit.biasDelta);
  }
}
