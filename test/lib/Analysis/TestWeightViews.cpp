//===- TestWeightViews.cpp - Print the weights WeightAnalysis finds -------===//
//
// `test-prune-weight-views` puts a remark on every layer with a constant
// weight: its name, weight operand, constant, zero point and (output, input)
// view (rows x cols, with the first offsets of each side), or why the view
// or the layer cannot be used; and on every function whose layers have no
// constant weight.
//
//===----------------------------------------------------------------------===//

#include "../TestPasses.h"

#include "Prune/Analysis/WeightAnalysis.h"
#include "Prune/Interfaces/ExternalModels.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/Pass.h"
#include "llvm/ADT/StringExtras.h"

using namespace mlir;
using namespace mlir::prune;

namespace {
struct TestWeightViewsPass
    : public PassWrapper<TestWeightViewsPass, OperationPass<ModuleOp>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(TestWeightViewsPass)

  StringRef getArgument() const final { return "test-prune-weight-views"; }
  StringRef getDescription() const final {
    return "Print the weights that WeightAnalysis finds and their views";
  }
  void getDependentDialects(DialectRegistry &registry) const override {
    registerPruneExternalModels(registry);
  }

  void runOnOperation() override {
    SmallVector<WeightUse, 0> uses = collectWeightUses(getOperation());
    auto firstOffsets = [](ArrayRef<int64_t> offsets) {
      std::string text = llvm::join(
          llvm::map_range(offsets.take_front(4),
                          [](int64_t o) { return std::to_string(o); }),
          ", ");
      return offsets.size() > 4 ? text + ", ..." : text;
    };
    for (const WeightUse &use : uses) {
      InFlightDiagnostic diag = use.consumer->emitRemark();
      diag << "layer '" << use.layerName << "' weight operand #"
           << use.weightOperand << " from '"
           << use.constantOp->getName().getStringRef() << "' "
           << use.value.getType() << ", zero point " << use.zeroPoint;
      if (use.view)
        diag << ", view " << use.view->rows << "x" << use.view->cols
             << " rows [" << firstOffsets(use.view->rowOffsets) << "] cols ["
             << firstOffsets(use.view->colOffsets) << "]";
      else
        diag << ", no view: " << use.viewError;
      if (!use.skipReason.empty())
        diag << ", left alone: " << use.skipReason;
    }
    for (FunctionWithoutWeights &entry :
         findFunctionsWithoutWeights(getOperation(), uses))
      entry.function->emitRemark()
          << "no constant weights in @" << entry.function.getName() << ": "
          << entry.numLayers << " layer(s), e.g. " << entry.example << " ("
          << entry.numLayersWithWeights << " with one)";
  }
};
} // namespace

void mlir::prune::test::registerTestWeightViewsPass() {
  PassRegistration<TestWeightViewsPass>();
}
