//===- GraphImporterIR.cpp - The IR a converter builds --------------------===//
//
// GraphImporter's helpers for building TOSA: constants and scalars, the two
// layouts of a value (ONNX's NCHW, the channels-last NHWC convolutions
// want), the batch size and splats of it, reshapes, slices, transposes and
// the elementwise product every converter uses. GraphImporter.cpp walks the
// graph; these build what a converter writes for one node.
//
//===----------------------------------------------------------------------===//

#include "GraphImporter.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/Dialect/Tosa/Utils/ConversionUtils.h"

using namespace mlir;
using namespace mlir::prune;
using namespace mlir::prune::onnx_import;

RankedTensorType GraphImporter::getTensorType(ArrayRef<int64_t> shape,
                                              Type elementType) {
  return RankedTensorType::get(shape, elementType);
}

Value GraphImporter::materialize(const HostTensor &t, StringRef nameHint) {
  if (t.hasUnknowns()) {
    emitError() << "'" << nameHint
                << "' depends on a dynamic dimension and cannot be a tensor "
                   "here; import with --batch=N";
    return nullptr;
  }
  ElementsAttr attr =
      t.toAttribute(getContext(), nameHint, options.resourceThresholdBytes);
  return tosa::ConstOp::create(builder, loc, attr.getType(), attr);
}

Value GraphImporter::getOnnxLayout(ImportedValue &v) {
  if (!v.value && v.host) {
    // Initializers are named after themselves; their first user's location
    // would mislead.
    v.value = materialize(*v.host, "constant");
  }
  if (!v.channelsLast || !v.value)
    return v.value;
  if (!v.onnxLayoutCache) {
    // [N,1,1,C] in NHWC has the bytes of [N,C,1,1]: a reshape suffices.
    if (v.shape[2] == 1 && v.shape[3] == 1)
      v.onnxLayoutCache = reshape(v.value, v.shape);
    else
      v.onnxLayoutCache = transpose(v.value, {0, 3, 1, 2});
  }
  return v.onnxLayoutCache;
}

Value GraphImporter::getChannelsLast(ImportedValue &v) {
  if (v.channelsLast)
    return v.value;
  if (!v.channelsLastCache) {
    if (v.host && !v.value) {
      v.channelsLastCache =
          materialize(v.host->transposed({0, 2, 3, 1}), "constant");
    } else {
      Value onnx = getOnnxLayout(v);
      if (!onnx)
        return nullptr;
      v.channelsLastCache = transpose(onnx, {0, 2, 3, 1});
    }
  }
  return v.channelsLastCache;
}

SmallVector<int64_t> GraphImporter::getLayoutShape(ArrayRef<int64_t> shape,
                                                   bool channelsLast) {
  if (!channelsLast)
    return SmallVector<int64_t>(shape.begin(), shape.end());
  return {shape[0], shape[2], shape[3], shape[1]};
}

Value GraphImporter::getOperandInLayout(ImportedValue &v, int64_t rank,
                                        bool channelsLast) {
  if (v.host && !v.value) {
    SmallVector<int64_t> shape(rank - v.shape.size(), 1);
    llvm::append_range(shape, v.shape);
    HostTensor t = v.host->reshaped(shape);
    if (channelsLast)
      t = t.transposed({0, 2, 3, 1});
    return materialize(t, "constant");
  }
  if (!channelsLast)
    return expandRank(getOnnxLayout(v), rank);
  if (v.shape.size() == 4)
    return getChannelsLast(v);
  Value onnx = expandRank(getOnnxLayout(v), 4);
  return onnx ? transpose(onnx, {0, 2, 3, 1}) : nullptr;
}

FailureOr<ImportedValue> GraphImporter::castTo(const ImportedValue &v,
                                               Type type) {
  ImportedValue converted = v;
  if (v.elementType == type)
    return converted;
  converted.elementType = type;
  converted.onnxLayoutCache = converted.channelsLastCache = nullptr;
  if (v.host) {
    converted.host = v.host->castTo(type);
    converted.value = nullptr;
    return converted;
  }
  ImportedValue source = v;
  Value value = source.channelsLast ? source.value : getOnnxLayout(source);
  if (!value)
    return failure();
  auto shape = cast<RankedTensorType>(value.getType()).getShape();
  converted.value =
      tosa::CastOp::create(builder, loc, getTensorType(shape, type), value);
  return converted;
}

Value GraphImporter::getScalar(double v, Type type, int64_t rank) {
  HostTensor t;
  t.elementType = type;
  t.shape.assign(rank, 1);
  if (isa<FloatType>(type))
    t.floats = {v};
  else
    t.ints = {static_cast<int64_t>(v)};
  return materialize(t, "scalar");
}

Value GraphImporter::getBatchSize() {
  if (batchSize)
    return batchSize;
  for (BlockArgument arg : entryBlock->getArguments()) {
    auto type = cast<RankedTensorType>(arg.getType());
    if (type.getRank() == 0 || !type.isDynamicDim(0))
      continue;
    OpBuilder::InsertionGuard guard(builder);
    builder.setInsertionPointToStart(entryBlock);
    batchSize = tensor::DimOp::create(builder, arg.getLoc(), arg, 0);
    return batchSize;
  }
  return nullptr;
}

Value GraphImporter::splatToBatch(double value, Type elementType,
                                  ArrayRef<int64_t> shape) {
  Value batch = getBatchSize();
  if (!batch)
    return nullptr;
  SmallVector<Value> sizes(llvm::count(shape, kUnknown), batch);
  TypedAttr attr = isa<FloatType>(elementType)
                       ? TypedAttr(builder.getFloatAttr(elementType, value))
                       : TypedAttr(builder.getIntegerAttr(
                             elementType, static_cast<int64_t>(value)));
  Value scalar = arith::ConstantOp::create(builder, loc, attr);
  return tensor::SplatOp::create(
      builder, loc, getTensorType(shape, elementType), scalar, sizes);
}

Value GraphImporter::getConstShape(ArrayRef<int64_t> shape) {
  auto type = tosa::shapeType::get(getContext(), shape.size());
  auto attr = DenseIntElementsAttr::get(
      RankedTensorType::get({static_cast<int64_t>(shape.size())},
                            builder.getIndexType()),
      shape);
  return tosa::ConstShapeOp::create(builder, loc, type, attr);
}

Value GraphImporter::getZeroPoint(Type type, int64_t value) {
  return *tosa::createZeroPointTensor(builder, loc, type, value);
}

Value GraphImporter::reshape(Value v, ArrayRef<int64_t> shape) {
  auto type = cast<RankedTensorType>(v.getType());
  if (type.getShape() == shape)
    return v;
  SmallVector<int64_t> target(shape.begin(), shape.end());
  if (llvm::count(target, kUnknown) > 1) {
    emitError() << "the result shape has more than one dynamic dimension, "
                   "which a reshape cannot express; import with --batch=N";
    return nullptr;
  }
  for (int64_t &d : target)
    if (d == kUnknown)
      d = -1;
  return tosa::ReshapeOp::create(builder, loc,
                                 getTensorType(shape, type.getElementType()), v,
                                 getConstShape(target));
}

Value GraphImporter::slice(Value v, ArrayRef<int64_t> begin,
                           ArrayRef<int64_t> size) {
  auto type = cast<RankedTensorType>(v.getType());
  return tosa::SliceOp::create(
      builder, loc, getTensorType(size, type.getElementType()), v,
      getConstShape(begin), getConstShape(tosa::convertFromMlirShape(size)));
}

Value GraphImporter::transpose(Value v, ArrayRef<int32_t> perms) {
  auto type = cast<RankedTensorType>(v.getType());
  SmallVector<int64_t> shape;
  for (int32_t p : perms)
    shape.push_back(type.getDimSize(p));
  return tosa::TransposeOp::create(builder, loc,
                                   getTensorType(shape, type.getElementType()),
                                   v, builder.getDenseI32ArrayAttr(perms));
}

Value GraphImporter::expandRank(Value v, int64_t rank) {
  if (!v)
    return nullptr;
  auto type = cast<RankedTensorType>(v.getType());
  if (type.getRank() >= rank)
    return v;
  SmallVector<int64_t> shape(rank - type.getRank(), 1);
  llvm::append_range(shape, type.getShape());
  return reshape(v, shape);
}

Value GraphImporter::mul(Value a, Value b) {
  auto ta = cast<RankedTensorType>(a.getType());
  auto tb = cast<RankedTensorType>(b.getType());
  auto shape = broadcastShapes(ta.getShape(), tb.getShape());
  HostTensor shift = HostTensor::getInt(builder.getIntegerType(8), {1}, {0});
  return tosa::MulOp::create(builder, loc,
                             getTensorType(*shape, ta.getElementType()), a, b,
                             materialize(shift, "shift"));
}
