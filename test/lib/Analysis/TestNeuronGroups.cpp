//===- TestNeuronGroups.cpp - Print the neuron group of every layer -------===//
//
// `test-prune-neuron-groups` puts a remark on every layer with a constant
// weight: the group of its output neurons (how many, which layers produce
// and consume them and on which weight axis, how many values shrink with
// them), or why the group cannot shrink and where.
//
//===----------------------------------------------------------------------===//

#include "../TestPasses.h"

#include "Prune/Analysis/NeuronGroups.h"
#include "Prune/Interfaces/ExternalModels.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/Pass.h"

using namespace mlir;
using namespace mlir::prune;

namespace {
struct TestNeuronGroupsPass
    : public PassWrapper<TestNeuronGroupsPass, OperationPass<ModuleOp>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(TestNeuronGroupsPass)

  StringRef getArgument() const final { return "test-prune-neuron-groups"; }
  StringRef getDescription() const final {
    return "Print the neuron group of every layer";
  }
  void getDependentDialects(DialectRegistry &registry) const override {
    registerPruneExternalModels(registry);
  }

  void runOnOperation() override {
    llvm::DenseMap<Operation *, std::string> layerNames;
    for (const WeightUse &use : collectWeightUses(getOperation()))
      layerNames[use.consumer] = use.layerName;
    getOperation()->walk([&](Operation *op) {
      std::optional<unsigned> weight = getWeightOperandIndex(op);
      if (!weight)
        return;
      NeuronGroup group = buildNeuronGroup(op, *weight, layerNames);
      InFlightDiagnostic diag = op->emitRemark();
      diag << "group '" << group.getName() << "'";
      if (!group.isPrunable()) {
        diag << " cannot shrink at '"
             << group.failureOp->getName().getStringRef()
             << "': " << group.failure;
        return;
      }
      diag << ": " << group.numNeurons << " neurons, " << group.axes.size()
           << " values";
      auto print = [&](StringRef role, ArrayRef<GroupContraction> list) {
        for (const GroupContraction &contraction : list) {
          diag << "; " << role << " '" << contraction.layerName
               << "' weight axis " << contraction.weightAxis;
          if (role == "consumer")
            diag << " data operand #" << contraction.dataOperand;
        }
      };
      print("producer", group.producers);
      print("consumer", group.consumers);
    });
  }
};
} // namespace

void mlir::prune::test::registerTestNeuronGroupsPass() {
  PassRegistration<TestNeuronGroupsPass>();
}
