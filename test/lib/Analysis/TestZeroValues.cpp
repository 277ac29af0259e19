//===- TestZeroValues.cpp - Print the values proved all zero --------------===//
//
// `test-prune-zero-values` runs ZeroValueAnalysis and puts a remark on every
// op with a result proved all zero: whether the zero is computed (a product
// with an all-zero factor) or cheap (a constant), and why.
//
//===----------------------------------------------------------------------===//

#include "../TestPasses.h"

#include "Prune/Analysis/ZeroValueAnalysis.h"
#include "Prune/Interfaces/ExternalModels.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/Pass.h"

using namespace mlir;
using namespace mlir::prune;

namespace {
struct TestZeroValuesPass
    : public PassWrapper<TestZeroValuesPass, OperationPass<ModuleOp>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(TestZeroValuesPass)

  StringRef getArgument() const final { return "test-prune-zero-values"; }
  StringRef getDescription() const final {
    return "Print the values that ZeroValueAnalysis proves all zero";
  }
  void getDependentDialects(DialectRegistry &registry) const override {
    registerPruneExternalModels(registry);
  }

  void runOnOperation() override {
    ZeroValueAnalysis zeros(getOperation());
    getOperation()->walk([&](Operation *op) {
      for (OpResult result : op->getResults())
        if (zeros.isZero(result))
          op->emitRemark()
              << "result #" << result.getResultNumber() << " is "
              << (zeros.isComputedZero(result) ? "a computed zero"
                                               : "zero")
              << ": " << zeros.getReason(result);
    });
  }
};
} // namespace

void mlir::prune::test::registerTestZeroValuesPass() {
  PassRegistration<TestZeroValuesPass>();
}
