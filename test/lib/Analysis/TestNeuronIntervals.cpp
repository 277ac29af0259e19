//===- TestNeuronIntervals.cpp - Print each neuron's bounds ---------------===//
//
// `test-prune-neuron-intervals` puts a remark on every layer whose neuron
// group can shrink: the interval of each neuron where each consuming layer
// reads it, from the declared input ranges (`prune.range`).
//
//===----------------------------------------------------------------------===//

#include "../TestPasses.h"

#include "Prune/Analysis/NeuronIntervals.h"
#include "Prune/Interfaces/ExternalModels.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/Pass.h"

using namespace mlir;
using namespace mlir::prune;

namespace {
struct TestNeuronIntervalsPass
    : public PassWrapper<TestNeuronIntervalsPass, OperationPass<ModuleOp>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(TestNeuronIntervalsPass)

  StringRef getArgument() const final { return "test-prune-neuron-intervals"; }
  StringRef getDescription() const final {
    return "Print the interval of every neuron where the next layers read it";
  }
  void getDependentDialects(DialectRegistry &registry) const override {
    registerPruneExternalModels(registry);
  }

  void runOnOperation() override {
    SmallVector<WeightUse, 0> uses = collectWeightUses(getOperation());
    llvm::DenseMap<Operation *, std::string> layerNames;
    llvm::DenseMap<Operation *, const WeightUse *> views;
    for (const WeightUse &use : uses) {
      layerNames[use.consumer] = use.layerName;
      views[use.consumer] = &use;
    }
    llvm::DenseMap<Value, std::vector<Interval>> known;
    for (const WeightUse &use : uses) {
      NeuronGroup group =
          buildNeuronGroup(use.consumer, use.weightOperand, layerNames);
      if (!group.isPrunable())
        continue;
      std::vector<std::vector<Interval>> intervals =
          computeNeuronIntervals(group, known, views);
      InFlightDiagnostic diag = use.consumer->emitRemark();
      diag << "group '" << group.getName() << "'";
      for (auto [consumer, atConsumer] :
           llvm::zip(group.consumers, intervals)) {
        diag << "; at '" << consumer.layerName << "':";
        for (const Interval &interval : atConsumer)
          diag << " [" << interval.lo << ", " << interval.hi << "]";
      }
    }
  }
};
} // namespace

void mlir::prune::test::registerTestNeuronIntervalsPass() {
  PassRegistration<TestNeuronIntervalsPass>();
}
