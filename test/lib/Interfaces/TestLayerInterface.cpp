//===- TestLayerInterface.cpp - Print what PrunableLayerOpInterface says --===//
//
// `test-prune-layer-interface` puts a remark on every op that implements
// PrunableLayerOpInterface and has weight candidates: the candidates, the
// weight found, and for it the (output, input) dimensions, the neuron axis,
// the data operand, the input and output feature axes, the zero point and
// bias operands, the groups and the multiply-accumulate count. A new layer
// op's external model is tested through it.
//
//===----------------------------------------------------------------------===//

#include "../TestPasses.h"

#include "Prune/Interfaces/ExternalModels.h"
#include "Prune/Interfaces/WeightTracing.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/Pass.h"
#include "llvm/ADT/StringExtras.h"

using namespace mlir;
using namespace mlir::prune;

static std::string join(ArrayRef<int64_t> values) {
  return "[" +
         llvm::join(llvm::map_range(
                        values, [](int64_t v) { return std::to_string(v); }),
                    ", ") +
         "]";
}

namespace {
struct TestLayerInterfacePass
    : public PassWrapper<TestLayerInterfacePass, OperationPass<ModuleOp>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(TestLayerInterfacePass)

  StringRef getArgument() const final { return "test-prune-layer-interface"; }
  StringRef getDescription() const final {
    return "Print what PrunableLayerOpInterface says about every layer";
  }
  void getDependentDialects(DialectRegistry &registry) const override {
    registerPruneExternalModels(registry);
  }

  void runOnOperation() override {
    getOperation()->walk([&](PrunableLayerOpInterface layer) {
      SmallVector<unsigned> candidates = layer.getWeightOperandCandidates();
      if (candidates.empty())
        return;
      InFlightDiagnostic diag = layer->emitRemark();
      diag << "candidates "
           << join(SmallVector<int64_t>(candidates.begin(), candidates.end()));
      std::optional<unsigned> weight = getWeightOperandIndex(layer);
      if (!weight) {
        diag << ", no constant weight";
        return;
      }
      diag << ", weight #" << *weight << ", data #"
           << layer.getDataOperand(*weight);
      std::string error;
      FailureOr<WeightDimensions> dims =
          layer.getWeightDimensions(*weight, error);
      if (succeeded(dims))
        diag << ", output dims " << join(dims->outputDims) << " window dims "
             << join(dims->windowDims) << " channel dims "
             << join(dims->channelDims);
      else
        diag << ", no dims: " << error;
      std::string reason;
      FailureOr<int64_t> axis = layer.getNeuronAxis(*weight, reason);
      if (succeeded(axis))
        diag << ", neuron axis " << *axis;
      else
        diag << ", no neuron axis: " << reason;
      reason.clear();
      FailureOr<LayerFeatures> features =
          layer.getLayerFeatures(*weight, reason);
      if (succeeded(features)) {
        diag << ", features in #" << features->dataOperand << " axis "
             << features->inputAxis << " out axis " << features->outputAxis;
        if (!features->im2col.empty())
          diag << " im2col " << join(features->im2col);
      } else {
        diag << ", no features: " << reason;
      }
      if (std::optional<unsigned> zp = layer.getWeightZeroPointOperand(*weight))
        diag << ", zero point #" << *zp;
      if (std::optional<unsigned> bias = layer.getBiasOperand())
        diag << ", bias #" << *bias;
      if (layer.readsZeroPadding())
        diag << ", padded";
      LayerGroups groups = layer.getGroups();
      if (groups.groups != 1)
        diag << ", " << groups.groups << " groups of "
             << groups.outputsPerGroup;
      diag << ", " << layer.getMultiplyAccumulateCount() << " MACs";
    });
  }
};
} // namespace

void mlir::prune::test::registerTestLayerInterfacePass() {
  PassRegistration<TestLayerInterfacePass>();
}
