//===- RowParallel.cpp - The prune-gpu-row-parallel pass ------------------===//
//
// A pruned fully connected layer y = x * W^T with W sparse by rows makes the
// sparsifier parallelize over the batch (one GPU thread per sample). Writing
// the result transposed makes W's rows the outer, parallel loop instead.
//
//===----------------------------------------------------------------------===//

#include "Prune/GpuLowering/Passes.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/SparseTensor/IR/SparseTensor.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/Remarks.h"

namespace mlir::prune {
#define GEN_PASS_DEF_PRUNEGPUROWPARALLEL
#include "Prune/GpuLowering/Passes.h.inc"
} // namespace mlir::prune

using namespace mlir;

namespace {

/// A 2-D sparse tensor stored by rows: identity dimension-to-level map,
/// level 0 dense (CSR, or dense-by-rows blocks of it).
bool isSparseByRows(Type type) {
  auto enc = sparse_tensor::getSparseTensorEncoding(type);
  return enc && enc.getLvlRank() == 2 && enc.isIdentity() &&
         enc.isDenseLvl(0);
}

bool isDenseTensor(Type type) {
  auto ranked = dyn_cast<RankedTensorType>(type);
  return ranked && ranked.getRank() == 2 &&
         !sparse_tensor::getSparseTensorEncoding(type);
}

/// y(i, j) += f(x(i, k), W(j, k)) with W sparse by rows, x and y dense.
bool isBatchOuterLayer(linalg::GenericOp op) {
  if (op.getNumDpsInputs() != 2 || op.getNumDpsInits() != 1 ||
      !op.hasPureTensorSemantics() || op.getNumLoops() != 3)
    return false;
  SmallVector<utils::IteratorType> iterators = op.getIteratorTypesArray();
  if (iterators[0] != utils::IteratorType::parallel ||
      iterators[1] != utils::IteratorType::parallel ||
      iterators[2] != utils::IteratorType::reduction)
    return false;
  MLIRContext *ctx = op.getContext();
  AffineExpr d0, d1, d2;
  bindDims(ctx, d0, d1, d2);
  SmallVector<AffineMap> maps = op.getIndexingMapsArray();
  if (maps[0] != AffineMap::get(3, 0, {d0, d2}, ctx) ||
      maps[1] != AffineMap::get(3, 0, {d1, d2}, ctx) ||
      maps[2] != AffineMap::get(3, 0, {d0, d1}, ctx))
    return false;
  if (!isDenseTensor(op.getDpsInputs()[0].getType()) ||
      !isSparseByRows(op.getDpsInputs()[1].getType()) ||
      !isDenseTensor(op.getDpsInits()[0].getType()))
    return false;
  // A batch known to be larger than W's row count already gives more
  // parallel iterations; a dynamic batch is taken to be small (inference).
  auto out = cast<RankedTensorType>(op.getDpsInits()[0].getType());
  return out.isDynamicDim(0) || out.isDynamicDim(1) ||
         out.getDimSize(0) <= out.getDimSize(1);
}

Value transpose2D(OpBuilder &builder, Location loc, Value value) {
  SmallVector<OpFoldResult> sizes =
      tensor::getMixedSizes(builder, loc, value);
  std::swap(sizes[0], sizes[1]);
  Value empty = tensor::EmptyOp::create(
      builder, loc, sizes, cast<RankedTensorType>(value.getType()).getElementType());
  return linalg::TransposeOp::create(builder, loc, value, empty,
                                     ArrayRef<int64_t>{1, 0})
      .getResult()[0];
}

struct PruneGpuRowParallelPass
    : public prune::impl::PruneGpuRowParallelBase<PruneGpuRowParallelPass> {
  using Base::Base;

  void runOnOperation() override {
    SmallVector<linalg::GenericOp> layers;
    getOperation().walk([&](linalg::GenericOp op) {
      if (isBatchOuterLayer(op))
        layers.push_back(op);
    });
    for (linalg::GenericOp op : layers)
      rewrite(op);
  }

  void rewrite(linalg::GenericOp op) {
    OpBuilder builder(op);
    Location loc = op.getLoc();
    MLIRContext *ctx = op.getContext();
    AffineExpr d0, d1, d2;
    bindDims(ctx, d0, d1, d2);
    // Loops (j, i, k): x(i, k), W(j, k), y^T(j, i).
    SmallVector<AffineMap> maps = {AffineMap::get(3, 0, {d1, d2}, ctx),
                                   AffineMap::get(3, 0, {d0, d2}, ctx),
                                   AffineMap::get(3, 0, {d0, d1}, ctx)};
    Value initT = transpose2D(builder, loc, op.getDpsInits()[0]);
    auto transposed = linalg::GenericOp::create(
        builder, loc, TypeRange{initT.getType()}, op.getDpsInputs(),
        ValueRange{initT}, maps, op.getIteratorTypesArray());
    IRMapping mapping;
    op.getRegion().cloneInto(&transposed.getRegion(), mapping);
    Value result = transpose2D(builder, loc, transposed.getResult(0));
    op.getResult(0).replaceAllUsesWith(result);
    op.erase();

    auto opts = remark::RemarkOpts::name("RowParallel").category(getArgument());
    remark::passed(loc, opts) << remark::add(
        "y = x * W^T computed as (W * x^T)^T: parallel over W's {0} rows",
        cast<RankedTensorType>(transposed.getResult(0).getType())
            .getDimSize(0));
  }
};

} // namespace
