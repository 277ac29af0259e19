//===- LinalgUtils.h - What linalg indexing maps say about layers -*- C++ -*-===//
//
// The linalg facts behind the linalg external models, for code that works on
// linalg layers directly (prune-sparsify rewrites them).
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_INTERFACES_LINALGUTILS_H
#define PRUNE_INTERFACES_LINALGUTILS_H

#include "mlir/Dialect/Linalg/IR/LinalgInterfaces.h"
#include "llvm/ADT/DenseSet.h"

namespace mlir::prune {

/// Whether `op` can be a layer: on tensors, with a reduction loop and at
/// least two tensor inputs, a multiply-accumulate body, not pooling.
bool isLinalgLayer(linalg::LinalgOp op);

/// The loops that an input of `op` other than `weight` indexes directly (a
/// bare dimension in its indexing map). For a convolution these are the
/// channel loops: window loops only appear inside expressions such as
/// `oh + kh`.
llvm::SmallDenseSet<unsigned> getDirectlyIndexedLoops(linalg::LinalgOp op,
                                                      OpOperand &weight);

} // namespace mlir::prune

#endif // PRUNE_INTERFACES_LINALGUTILS_H
