//===- OnnxNormOps.cpp - LayerNormalization, InstanceNormalization --------===//
//
// Normalizations in TOSA: mean and variance over the normalized dimensions by
// reduce_sum times 1/N, rsqrt of the variance plus epsilon, then the
// per-element (LayerNormalization) or per-channel (InstanceNormalization)
// scale and bias.
//
//===----------------------------------------------------------------------===//

#include "GraphImporter.h"

#include "mlir/Dialect/Tosa/IR/TosaOps.h"

#include <onnx/onnx_pb.h>

using namespace mlir;
using namespace mlir::prune::onnx_import;

/// (x - mean) / sqrt(variance + epsilon) over `axes` of `in` (ONNX layout),
/// or null after an error.
static Value normalizeOver(GraphImporter &g, ImportedValue &in,
                           ArrayRef<int64_t> axes, double epsilon) {
  FailureOr<int64_t> count = countOverAxes(in.shape, axes);
  if (failed(count)) {
    g.emitError() << "normalizing over a dynamic dimension is not supported";
    return nullptr;
  }
  Value x = g.getOnnxLayout(in);
  if (!x)
    return nullptr;
  OpBuilder &b = g.getBuilder();
  Location loc = g.getLoc();
  int64_t rank = in.shape.size();
  Type type = x.getType();
  Type element = in.elementType;
  Value invCount = g.getScalar(1.0 / *count, element, rank);
  Value mean = g.mul(reduceOverAxes(g, x, axes, /*max=*/false), invCount);
  Value centered = tosa::SubOp::create(b, loc, type, x, mean);
  Value squares = g.mul(centered, centered);
  Value variance =
      g.mul(reduceOverAxes(g, squares, axes, /*max=*/false), invCount);
  Value shifted = tosa::AddOp::create(b, loc, variance.getType(), variance,
                                      g.getScalar(epsilon, element, rank));
  Value inverseStd = tosa::RsqrtOp::create(b, loc, shifted.getType(), shifted);
  return g.mul(centered, inverseStd);
}

/// Sets output 0 to the normalized `y` times input 1 plus input 2 (each
/// optional), `asOperand` putting them in `y`'s rank; fails on a null `y`
/// (its error emitted) or operand.
static LogicalResult setScaledOutput(GraphImporter &g, Value y,
                                     function_ref<Value(Value)> asOperand) {
  if (!y)
    return failure();
  for (int i : {1, 2}) {
    if (!g.hasInput(i))
      continue;
    Value param = g.getOnnxLayoutInput(i);
    param = param ? asOperand(param) : nullptr;
    if (!param)
      return failure();
    y = i == 1 ? g.mul(y, param)
               : tosa::AddOp::create(g.getBuilder(), g.getLoc(), y.getType(),
                                     y, param)
                     .getResult();
  }
  g.setOutput(0, y, g.getInput(0).shape);
  return success();
}

static LogicalResult convertLayerNormalization(GraphImporter &g) {
  ImportedValue &in = g.getInput(0);
  int64_t rank = in.shape.size();
  int64_t axis = g.getIntAttr("axis", -1);
  if (axis < 0)
    axis += rank;
  SmallVector<int64_t> axes;
  for (int64_t a = axis; a < rank; ++a)
    axes.push_back(a);
  Value y = normalizeOver(g, in, axes, g.getFloatAttr("epsilon", 1e-5));
  // Scale and bias broadcast from the right.
  return setScaledOutput(g, y, [&](Value param) {
    return g.expandRank(param, rank);
  });
}

/// InstanceNormalization (also nn.GroupNorm, which torch.onnx writes as a
/// reshape to [N, G, -1], this with unit scale, a reshape back and the
/// affine Mul and Add): per sample and channel over the other dimensions,
/// then scale[c] and B[c].
static LogicalResult convertInstanceNormalization(GraphImporter &g) {
  ImportedValue &in = g.getInput(0);
  int64_t rank = in.shape.size();
  if (rank < 3)
    return g.emitError() << "InstanceNormalization needs a rank of 3 or more";
  SmallVector<int64_t> axes;
  for (int64_t a = 2; a < rank; ++a)
    axes.push_back(a);
  Value y = normalizeOver(g, in, axes, g.getFloatAttr("epsilon", 1e-5));
  // scale and B are [C]: per channel, axis 1.
  SmallVector<int64_t> paramShape(rank, 1);
  paramShape[1] = in.shape[1];
  return setScaledOutput(g, y, [&](Value param) {
    return g.reshape(param, paramShape);
  });
}

void mlir::prune::onnx_import::registerNormConverters(ConverterTable &table) {
  table["LayerNormalization"] = convertLayerNormalization;
  table["InstanceNormalization"] = convertInstanceNormalization;
}
