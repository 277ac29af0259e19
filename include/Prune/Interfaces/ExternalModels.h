//===- ExternalModels.h - Attach the pruning interfaces to upstream ops -*- C++ -*-===//
//
// mlir-prune does not own the dialects models are written in, so it attaches
// PrunableLayerOpInterface and ValueFlowOpInterface to their ops through
// external models, one file per dialect (lib/Interfaces/*Models.cpp), as
// upstream does for BufferizableOpInterface. Every pass of mlir-prune
// registers them in `getDependentDialects`, so they are there in prune-opt
// and in the stock mlir-opt with the plugin; C++ users of the analyses call
// `registerPruneExternalModels` on their registry.
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_INTERFACES_EXTERNALMODELS_H
#define PRUNE_INTERFACES_EXTERNALMODELS_H

namespace mlir {
class DialectRegistry;

namespace prune {

/// TOSA: matmul and convolutions (layers; TosaLayerModels.cpp), and layout,
/// elementwise, pooling and data-movement ops (TosaModels.cpp).
void registerTosaLayerExternalModels(DialectRegistry &registry);
void registerTosaValueFlowExternalModels(DialectRegistry &registry);
/// linalg: every structured op (named contractions and convolutions,
/// contraction-like generics as layers; elementwise, pooling, fill...).
void registerLinalgExternalModels(DialectRegistry &registry);
/// arith and math: the scalar ops of linalg bodies, and tensor arith.
void registerArithExternalModels(DialectRegistry &registry);
/// tensor: reshapes, casts, slices, empty and dim.
void registerTensorExternalModels(DialectRegistry &registry);

/// All of the above.
void registerPruneExternalModels(DialectRegistry &registry);

} // namespace prune
} // namespace mlir

#endif // PRUNE_INTERFACES_EXTERNALMODELS_H
