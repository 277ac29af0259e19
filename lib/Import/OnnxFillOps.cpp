//===- OnnxFillOps.cpp - Tensors made from shapes and values --------------===//
//
// Operators that make a tensor from a shape, a value or a repetition:
// Constant, ConstantOfShape (torch's zeros_like / ones_like / full_like),
// Range, Expand and Tile. On constants they fold on the host; a shape
// holding the dynamic batch makes a splat of the run-time batch size, which
// a dimension that merges the batch with another cannot use
// (ImportedValue::batchMerged).
//
//===----------------------------------------------------------------------===//

#include "GraphImporter.h"

#include "mlir/Dialect/Tosa/IR/TosaOps.h"

using namespace mlir;
using namespace mlir::prune::onnx_import;

/// Why a tensor of a dynamic size cannot be built at the batch size.
static constexpr StringLiteral kBatchMergedMessage =
    "the dynamic dimension may be the batch times another size (a Reshape, "
    "Flatten or Shape arithmetic before it merged them), which a tensor "
    "built at the batch size would not match; import with --batch=N";

static LogicalResult convertConstant(GraphImporter &g) {
  OpBuilder &b = g.getBuilder();
  if (g.hasAttr("value")) {
    FailureOr<HostTensor> t = g.getTensorAttr("value");
    if (failed(t))
      return failure();
    g.setConstantOutput(0, std::move(*t));
  } else if (g.hasAttr("value_float")) {
    g.setConstantOutput(
        0, HostTensor::getFloat(b.getF32Type(), {},
                                {g.getFloatAttr("value_float", 0)}));
  } else if (g.hasAttr("value_int")) {
    g.setConstantOutput(0, HostTensor::getInt(b.getI64Type(), {},
                                              {g.getIntAttr("value_int", 0)}));
  } else if (g.hasAttr("value_ints")) {
    SmallVector<int64_t> v = g.getIntsAttr("value_ints");
    g.setConstantOutput(0,
                        HostTensor::getInt(b.getI64Type(), {int64_t(v.size())},
                                           {v.begin(), v.end()}));
  } else {
    return g.emitError() << "only value, value_float, value_int and "
                            "value_ints constants are supported";
  }
  return success();
}

/// ConstantOfShape: a constant, or, when the shape holds the dynamic batch
/// (torch's zeros_like / ones_like / full_like of a batched value), a
/// splat of the run-time batch size. Booleans are held in float then, as
/// computed ones are (ImportedValue::booleanInFloat).
static LogicalResult convertConstantOfShape(GraphImporter &g) {
  FailureOr<const HostTensor *> shapeInput = g.requireConstantInput(0, "shape");
  if (failed(shapeInput))
    return failure();
  HostTensor value =
      HostTensor::getFloat(g.getBuilder().getF32Type(), {1}, {0.0});
  if (g.hasAttr("value")) {
    FailureOr<HostTensor> t = g.getTensorAttr("value");
    if (failed(t))
      return failure();
    value = *t;
  }
  if ((*shapeInput)->hasUnknowns()) {
    if (g.getInput(0).batchMerged)
      return g.emitError() << kBatchMergedMessage;
    SmallVector<int64_t> shape((*shapeInput)->ints.begin(),
                               (*shapeInput)->ints.end());
    bool boolean = value.elementType.isInteger(1);
    Type type = boolean ? g.getBuilder().getF32Type() : value.elementType;
    Value splat = isa<FloatType>(type) || boolean
                      ? g.splatToBatch(value.getAsDouble(0), type, shape)
                      : nullptr;
    if (!splat)
      return g.emitError() << "a " << value.elementType
                           << " tensor of the dynamic batch size is not "
                              "supported (float and bool are); import with "
                              "--batch=N";
    g.setOutput(0, splat, shape);
    if (boolean)
      g.markBooleanInFloatOutput(0);
    return success();
  }
  auto shapeOr = getIntsInput(g, 0, "shape");
  if (failed(shapeOr))
    return failure();
  HostTensor r;
  r.elementType = value.elementType;
  r.shape = *shapeOr;
  int64_t n = r.size();
  if (value.isFloat())
    r.floats.assign(n, value.floats[0]);
  else
    r.ints.assign(n, value.ints[0]);
  g.setConstantOutput(0, std::move(r));
  return success();
}

static LogicalResult convertRange(GraphImporter &g) {
  const HostTensor *start = g.getConstantInput(0);
  const HostTensor *limit = g.getConstantInput(1);
  const HostTensor *delta = g.getConstantInput(2);
  if (!start || !limit || !delta || start->hasUnknowns() ||
      limit->hasUnknowns() || delta->hasUnknowns())
    return g.emitError() << "Range is supported on known constants only";
  double s = start->getAsDouble(0), l = limit->getAsDouble(0),
         d = delta->getAsDouble(0);
  int64_t n =
      std::max<int64_t>(0, static_cast<int64_t>(std::ceil((l - s) / d)));
  HostTensor r;
  r.elementType = start->elementType;
  r.shape = {n};
  for (int64_t i = 0; i < n; ++i) {
    if (r.isFloat())
      r.floats.push_back(s + i * d);
    else
      r.ints.push_back(static_cast<int64_t>(s + i * d));
  }
  g.setConstantOutput(0, std::move(r));
  return success();
}

static LogicalResult convertExpand(GraphImporter &g) {
  ImportedValue &in = g.getInput(0);
  const HostTensor *target = g.getConstantInput(1);
  if (!target)
    return g.emitError() << "the target shape must be a constant";
  auto shape = broadcastShapes(in.shape, target->ints);
  if (failed(shape))
    return g.emitError() << "the target shape does not broadcast";
  int64_t rank = shape->size();
  SmallVector<int64_t> inShape(rank - in.shape.size(), 1);
  llvm::append_range(inShape, in.shape);
  // Static dimensions tile; a dynamic one (the batch: a class token
  // expanded to every sample) is a broadcasting add to zeros of the
  // run-time size.
  SmallVector<int64_t> multiples, tiledShape;
  bool toBatch = false;
  for (int64_t i = 0; i < rank; ++i) {
    if (inShape[i] == (*shape)[i] || (*shape)[i] == kUnknown) {
      toBatch |= inShape[i] != (*shape)[i];
      multiples.push_back(1);
    } else {
      multiples.push_back((*shape)[i]);
    }
    tiledShape.push_back(inShape[i] == kUnknown ? kUnknown
                                                : inShape[i] * multiples[i]);
  }
  if (in.host && !in.value && !toBatch) {
    HostTensor t = in.host->reshaped(inShape);
    for (int64_t i = 0; i < rank; ++i)
      if (multiples[i] != 1)
        t = t.gathered(i, SmallVector<int64_t>(multiples[i], 0));
    g.setConstantOutput(0, std::move(t));
    return success();
  }
  Value v = g.expandRank(g.getOnnxLayout(in), rank);
  if (!v)
    return failure();
  OpBuilder &b = g.getBuilder();
  Location loc = g.getLoc();
  if (llvm::any_of(multiples, [](int64_t m) { return m != 1; }))
    v = tosa::TileOp::create(b, loc,
                             g.getTensorType(tiledShape, in.elementType), v,
                             g.getConstShape(multiples));
  if (toBatch) {
    if (in.batchMerged || g.getInput(1).batchMerged)
      return g.emitError() << kBatchMergedMessage;
    Value zeros = isa<FloatType>(in.elementType)
                      ? g.splatToBatch(0.0, in.elementType, *shape)
                      : nullptr;
    if (!zeros)
      return g.emitError() << "expanding to a dynamic dimension needs a float "
                              "tensor and an input with a dynamic batch; "
                              "import with --batch=N";
    v = tosa::AddOp::create(b, loc, zeros.getType(), zeros, v);
  }
  g.setOutput(0, v, *shape);
  return success();
}

/// x.repeat(...): tosa.tile by constant repeats (on the host for a constant
/// input). A dynamic dimension repeats once.
static LogicalResult convertTile(GraphImporter &g) {
  ImportedValue &in = g.getInput(0);
  FailureOr<SmallVector<int64_t>> repeats = getIntsInput(g, 1, "repeats");
  if (failed(repeats))
    return failure();
  int64_t rank = in.shape.size();
  if (static_cast<int64_t>(repeats->size()) != rank)
    return g.emitError() << "repeats has " << repeats->size()
                         << " entries for a rank-" << rank << " input";
  SmallVector<int64_t> shape;
  for (auto [d, repeat] : llvm::zip_equal(in.shape, *repeats)) {
    if (repeat < 1)
      return g.emitError() << "repeats must be at least 1";
    if (d == kUnknown && repeat != 1)
      return g.emitError() << "repeating the dynamic dimension is not "
                              "supported; import with --batch=N";
    shape.push_back(d == kUnknown ? kUnknown : d * repeat);
  }
  if (in.host && !in.value) {
    HostTensor t = *in.host;
    for (int64_t i = 0; i < rank; ++i) {
      SmallVector<int64_t> indices;
      for (int64_t r = 0; r < (*repeats)[i]; ++r)
        for (int64_t k = 0; k < in.shape[i]; ++k)
          indices.push_back(k);
      t = t.gathered(i, indices);
    }
    g.setConstantOutput(0, std::move(t));
    return success();
  }
  Value v = g.getOnnxLayout(in);
  if (!v)
    return failure();
  g.setOutput(0,
              tosa::TileOp::create(g.getBuilder(), g.getLoc(),
                                   g.getTensorType(shape, in.elementType), v,
                                   g.getConstShape(*repeats)),
              shape);
  return success();
}

void mlir::prune::onnx_import::registerFillConverters(ConverterTable &table) {
  table["Constant"] = convertConstant;
  table["ConstantOfShape"] = convertConstantOfShape;
  table["Range"] = convertRange;
  table["Expand"] = convertExpand;
  table["Tile"] = convertTile;
}
