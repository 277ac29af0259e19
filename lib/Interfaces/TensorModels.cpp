//===- TensorModels.cpp - Pruning interfaces for tensor ops ---------------===//
//
// External models of ValueFlowOpInterface for the tensor dialect: the
// reshapes that weights and activations pass through, casts and slices that
// move zeros, and the shape ops a shrinking layer must keep consistent.
//
//===----------------------------------------------------------------------===//

#include "ModelUtils.h"

#include "Prune/Interfaces/ExternalModels.h"
#include "Prune/Interfaces/ValueFlowOpInterface.h"

#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/DialectRegistry.h"

using namespace mlir;
using namespace mlir::prune;

namespace {
/// tensor.collapse_shape and tensor.expand_shape.
template <typename OpTy>
struct ReassociativeReshapeFlowModel
    : public LayoutFlowModel<ReassociativeReshapeFlowModel<OpTy>, OpTy> {
  static constexpr bool isCollapse =
      std::is_same_v<OpTy, tensor::CollapseShapeOp>;

  LogicalResult applyToLayout(Operation *op, StridedLayout &layout,
                              std::string &error) const {
    return applyReshapeToLayout(op, layout, error);
  }
  NeuronPropagation propagateNeurons(Operation *op,
                                     std::optional<unsigned> operandIndex,
                                     std::optional<unsigned> resultIndex,
                                     int64_t axis) const {
    std::string name = op->getName().getStringRef().str();
    if (operandIndex && *operandIndex != 0)
      return NeuronPropagation::failure("the neurons reach a size operand of '" +
                                        name + "'");
    // The neurons' dimension must be alone in its reassociation group (with
    // unit dimensions at most).
    SmallVector<ReassociationIndices> groups =
        cast<OpTy>(op).getReassociationIndices();
    Value wideValue = isCollapse ? op->getOperand(0) : op->getResult(0);
    Value narrowValue = isCollapse ? op->getResult(0) : op->getOperand(0);
    auto wide = cast<RankedTensorType>(wideValue.getType());
    bool fromWide = isCollapse == operandIndex.has_value();
    std::optional<std::pair<int64_t, int64_t>> mapped; // (wide, narrow)
    for (auto [g, dims] : llvm::enumerate(groups)) {
      bool contains = fromWide ? llvm::is_contained(dims, axis)
                               : (int64_t)g == axis;
      if (!contains)
        continue;
      SmallVector<int64_t> nonUnit;
      for (int64_t d : dims)
        if (wide.getDimSize(d) != 1)
          nonUnit.push_back(d);
      if (nonUnit.size() == 1 && (!fromWide || nonUnit[0] == axis))
        mapped = std::make_pair(nonUnit[0], (int64_t)g);
    }
    if (!mapped)
      return NeuronPropagation::failure(
          "'" + name + "' merges the neuron axis with other dimensions");
    NeuronPropagation result;
    result.mark(wideValue, mapped->first);
    result.mark(narrowValue, mapped->second);
    return result;
  }
};

/// Ops whose result holds elements of their first operand (the others are
/// shapes, offsets or indices).
template <typename OpTy>
struct DataMovementFlowModel
    : public ValueFlowOpInterface::ExternalModel<DataMovementFlowModel<OpTy>,
                                                 OpTy> {
  Value getValueSource(Operation *op) const {
    if constexpr (std::is_same_v<OpTy, tensor::CastOp>)
      return op->getOperand(0);
    return {};
  }
  ZeroRule getZeroRule(Operation *op) const {
    if constexpr (std::is_same_v<OpTy, tensor::ConcatOp>)
      return ZeroRule::allZero(
          SmallVector<Value>(cast<tensor::ConcatOp>(op).getInputs()));
    return ZeroRule::allZero({op->getOperand(0)});
  }
};

struct EmptyFlowModel
    : public ValueFlowOpInterface::ExternalModel<EmptyFlowModel,
                                                 tensor::EmptyOp> {
  NeuronPropagation propagateNeurons(Operation *op,
                                     std::optional<unsigned> operandIndex,
                                     std::optional<unsigned> resultIndex,
                                     int64_t axis) const {
    NeuronPropagation result;
    result.mark(op->getResult(0), axis);
    return result;
  }
};

struct DimFlowModel
    : public ValueFlowOpInterface::ExternalModel<DimFlowModel, tensor::DimOp> {
  NeuronPropagation propagateNeurons(Operation *op,
                                     std::optional<unsigned> operandIndex,
                                     std::optional<unsigned> resultIndex,
                                     int64_t axis) const {
    // Querying another dimension's size is unaffected by the neurons.
    std::optional<int64_t> index = cast<tensor::DimOp>(op).getConstantIndex();
    if (index && *index != axis)
      return {};
    return NeuronPropagation::failure(
        "tensor.dim queries the size of the neuron axis");
  }
};
} // namespace

void prune::registerTensorExternalModels(DialectRegistry &registry) {
  registry.addExtension(+[](MLIRContext *ctx, tensor::TensorDialect *dialect) {
    tensor::CollapseShapeOp::attachInterface<
        ReassociativeReshapeFlowModel<tensor::CollapseShapeOp>>(*ctx);
    tensor::ExpandShapeOp::attachInterface<
        ReassociativeReshapeFlowModel<tensor::ExpandShapeOp>>(*ctx);
    tensor::CastOp::attachInterface<DataMovementFlowModel<tensor::CastOp>>(
        *ctx);
    tensor::ReshapeOp::attachInterface<
        DataMovementFlowModel<tensor::ReshapeOp>>(*ctx);
    tensor::ExtractSliceOp::attachInterface<
        DataMovementFlowModel<tensor::ExtractSliceOp>>(*ctx);
    tensor::ExtractOp::attachInterface<
        DataMovementFlowModel<tensor::ExtractOp>>(*ctx);
    tensor::ConcatOp::attachInterface<DataMovementFlowModel<tensor::ConcatOp>>(
        *ctx);
    tensor::EmptyOp::attachInterface<EmptyFlowModel>(*ctx);
    tensor::DimOp::attachInterface<DimFlowModel>(*ctx);
  });
}
