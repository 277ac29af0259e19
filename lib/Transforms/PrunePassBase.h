//===- PrunePassBase.h - What every mlir-prune transform pass shares -*- C++ -*-===//
//
// Internal to lib/Transforms. Sits between a pass and its TableGen base:
//
//   struct PruneWeightsPass
//       : PrunePassBase<impl::PruneWeightsBase, PruneWeightsPass> {
//     using PrunePassBase::PrunePassBase;
//     SmallVector<OptionValueCheck> getTypedOptions() {
//       return {describeOption(sparsity), ...};
//     }
//   };
//
// and gives the pass the two things all of them need: the op interfaces'
// external models as dependent registrations (the passes ask them about
// every layer, and a dialect loaded later would come without them), and
// option spelling checked before MLIR's parser (OptionSpelling.h).
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_LIB_TRANSFORMS_PRUNEPASSBASE_H
#define PRUNE_LIB_TRANSFORMS_PRUNEPASSBASE_H

#include "Prune/Transforms/OptionSpelling.h"

#include "Prune/Interfaces/ExternalModels.h"

namespace mlir::prune {

template <template <typename> class GeneratedBase, typename DerivedT>
class PrunePassBase : public GeneratedBase<DerivedT> {
  using Generated = GeneratedBase<DerivedT>;

public:
  using Generated::Generated;

  void getDependentDialects(DialectRegistry &registry) const override {
    Generated::getDependentDialects(registry);
    registerPruneExternalModels(registry);
  }

  LogicalResult initializeOptions(
      StringRef options,
      function_ref<LogicalResult(const Twine &)> errorHandler) override {
    if (failed(checkOptionSpelling(
            *this, options, static_cast<DerivedT *>(this)->getTypedOptions(),
            errorHandler)))
      return failure();
    return Generated::initializeOptions(options, errorHandler);
  }

  /// The options whose values are checked too (enums, numbers, booleans,
  /// patterns); a pass with typed options hides this.
  SmallVector<OptionValueCheck> getTypedOptions() { return {}; }
};

} // namespace mlir::prune

#endif // PRUNE_LIB_TRANSFORMS_PRUNEPASSBASE_H
