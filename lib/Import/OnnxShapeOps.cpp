//===- OnnxShapeOps.cpp - Data movement and shape arithmetic -------------===//
//
// Operators that move data (Reshape, Transpose, Concat, Slice, Gather...)
// and the shape arithmetic exporters emit around them (Shape, Gather,
// Unsqueeze, Concat of shape pieces). On constants every one of them folds
// on the host; a Shape of a value with a dynamic batch yields kUnknown for
// that entry, which a Reshape target may contain once.
//
//===----------------------------------------------------------------------===//

#include "GraphImporter.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/Dialect/Tosa/Utils/ConversionUtils.h"

#include <onnx/onnx_pb.h>

using namespace mlir;
using namespace mlir::prune::onnx_import;

static int64_t normalizeAxis(int64_t axis, int64_t rank) {
  return axis < 0 ? axis + rank : axis;
}

/// Defines output 0 as `in` reshaped to `shape` (ONNX layout).
static LogicalResult defineReshaped(GraphImporter &g, ImportedValue &in,
                                    ArrayRef<int64_t> shape) {
  if (in.host && !in.value) {
    g.setConstantOutput(0, in.host->reshaped(shape));
    return success();
  }
  Value v = g.getOnnxLayout(in);
  Value r = v ? g.reshape(v, shape) : nullptr;
  if (!r)
    return failure();
  g.setOutput(0, r, shape);
  return success();
}

static LogicalResult convertReshape(GraphImporter &g) {
  ImportedValue &in = g.getInput(0);
  const HostTensor *target = g.getConstantInput(1);
  if (!target)
    return g.emitError() << "the target shape must be computable at import "
                            "time";
  bool allowZero = g.getIntAttr("allowzero", 0);
  SmallVector<int64_t> shape;
  int64_t inferred = -1;
  for (auto [i, value] : llvm::enumerate(target->ints)) {
    int64_t d = value;
    if (d == 0 && !allowZero) {
      if (i >= in.shape.size())
        return g.emitError() << "target dimension " << i
                             << " copies a dimension the input lacks";
      d = in.shape[i];
    }
    if (d == -1)
      inferred = i;
    shape.push_back(d);
  }
  int64_t inputKnown = 1;
  int64_t inputDynamic = llvm::count(in.shape, kUnknown);
  for (int64_t d : in.shape)
    inputKnown *= d == kUnknown ? 1 : d;
  if (inferred >= 0) {
    // Dynamic entries of the target come from Shape of a value whose only
    // dynamic dimension is the batch; one on each side cancels.
    int64_t targetKnown = 1, targetDynamic = 0;
    for (auto [i, d] : llvm::enumerate(shape))
      if (static_cast<int64_t>(i) != inferred)
        d == kUnknown ? ++targetDynamic : targetKnown *= d;
    if (inputDynamic == targetDynamic && inputDynamic <= 1 && targetKnown)
      shape[inferred] = inputKnown / targetKnown;
    else
      shape[inferred] = kUnknown;
  }
  // The output's dynamic dimension is the batch alone only where the one
  // dynamic input dimension keeps the same known rest: [B, 4, 16] ->
  // [-1, 64], not [B, 4, 16] -> [-1, 16] (4B) or [B * 4, 16] (computed from
  // Shape, unknown too).
  int64_t outputKnown = 1;
  int64_t outputDynamic = llvm::count(shape, kUnknown);
  for (int64_t d : shape)
    outputKnown *= d == kUnknown ? 1 : d;
  bool merged = outputDynamic && !(inputDynamic == 1 && outputDynamic == 1 &&
                                   inputKnown == outputKnown);
  if (failed(defineReshaped(g, in, shape)))
    return failure();
  if (merged)
    g.markBatchMergedOutput(0);
  return success();
}

static LogicalResult convertFlatten(GraphImporter &g) {
  ImportedValue &in = g.getInput(0);
  int64_t rank = in.shape.size();
  int64_t axis = normalizeAxis(g.getIntAttr("axis", 1), rank);
  bool merged = false;
  auto product = [&](int64_t from, int64_t to) {
    int64_t p = 1;
    bool dynamic = false;
    for (int64_t i = from; i < to; ++i) {
      if (in.shape[i] == kUnknown)
        dynamic = true;
      else
        p *= in.shape[i];
    }
    // The batch times other dimensions is not the batch.
    merged |= dynamic && (p != 1 || llvm::count(in.shape, kUnknown) > 1);
    return dynamic ? kUnknown : p;
  };
  SmallVector<int64_t> shape = {product(0, axis), product(axis, rank)};
  if (failed(defineReshaped(g, in, shape)))
    return failure();
  if (merged)
    g.markBatchMergedOutput(0);
  return success();
}

static LogicalResult convertSqueeze(GraphImporter &g) {
  ImportedValue &in = g.getInput(0);
  int64_t rank = in.shape.size();
  FailureOr<SmallVector<int64_t>> axesOr = g.getAxes(1);
  if (failed(axesOr))
    return failure();
  SmallVector<int64_t> axes = std::move(*axesOr);
  SmallVector<int64_t> shape;
  for (int64_t i = 0; i < rank; ++i) {
    bool listed = llvm::any_of(
        axes, [&](int64_t a) { return normalizeAxis(a, rank) == i; });
    if (axes.empty() ? in.shape[i] == 1 : listed) {
      if (in.shape[i] != 1)
        return g.emitError() << "cannot squeeze dimension " << i << " of size "
                             << in.shape[i];
      continue;
    }
    shape.push_back(in.shape[i]);
  }
  return defineReshaped(g, in, shape);
}

static LogicalResult convertUnsqueeze(GraphImporter &g) {
  ImportedValue &in = g.getInput(0);
  FailureOr<SmallVector<int64_t>> axesOr = g.getAxes(1);
  if (failed(axesOr))
    return failure();
  SmallVector<int64_t> axes = std::move(*axesOr);
  int64_t rank = in.shape.size() + axes.size();
  for (int64_t &a : axes)
    a = normalizeAxis(a, rank);
  SmallVector<int64_t> shape;
  auto dims = in.shape.begin();
  for (int64_t i = 0; i < rank; ++i)
    shape.push_back(llvm::is_contained(axes, i) ? 1 : *dims++);
  return defineReshaped(g, in, shape);
}

static LogicalResult convertTranspose(GraphImporter &g) {
  ImportedValue &in = g.getInput(0);
  int64_t rank = in.shape.size();
  SmallVector<int64_t> perms = g.getIntsAttr("perm");
  if (perms.empty())
    for (int64_t i = rank - 1; i >= 0; --i)
      perms.push_back(i);
  SmallVector<int64_t> shape;
  for (int64_t p : perms)
    shape.push_back(in.shape[p]);
  if (in.host && !in.value) {
    g.setConstantOutput(0, in.host->transposed(perms));
    return success();
  }
  // On a channels-last value, compose with NHWC -> NCHW.
  SmallVector<int32_t> layoutPerms;
  Value source = in.channelsLast ? in.value : g.getOnnxLayout(in);
  if (!source)
    return failure();
  static constexpr int32_t kFromNhwc[] = {0, 3, 1, 2};
  for (int64_t p : perms)
    layoutPerms.push_back(in.channelsLast ? kFromNhwc[p]
                                          : static_cast<int32_t>(p));
  g.setOutput(0, g.transpose(source, layoutPerms), shape);
  return success();
}

static LogicalResult convertConcat(GraphImporter &g) {
  int n = g.getNode().input_size();
  int64_t rank = g.getInput(0).shape.size();
  int64_t axis = normalizeAxis(g.getIntAttr("axis", 0), rank);
  SmallVector<int64_t> shape = g.getInput(0).shape;
  shape[axis] = 0;
  bool allConstant = true, allChannelsLast = rank == 4;
  for (int i = 0; i < n; ++i) {
    ImportedValue &v = g.getInput(i);
    if (v.shape.size() != static_cast<size_t>(rank))
      return g.emitError() << "inputs have different ranks";
    int64_t d = v.shape[axis];
    shape[axis] =
        shape[axis] == kUnknown || d == kUnknown ? kUnknown : shape[axis] + d;
    allConstant &= v.host.has_value();
    allChannelsLast &= v.channelsLast;
  }
  if (allConstant) {
    HostTensor r = *g.getInput(0).host;
    r.shape = shape;
    r.floats.clear();
    r.ints.clear();
    // Row-major concatenation: for each outer index, append each input's
    // slab.
    int64_t outer = 1;
    for (int64_t i = 0; i < axis; ++i)
      outer *= shape[i];
    for (int64_t o = 0; o < outer; ++o)
      for (int i = 0; i < n; ++i) {
        const HostTensor &t = *g.getInput(i).host;
        int64_t slab = t.size() / std::max<int64_t>(outer, 1);
        if (t.isFloat())
          r.floats.insert(r.floats.end(), t.floats.begin() + o * slab,
                          t.floats.begin() + (o + 1) * slab);
        else
          r.ints.insert(r.ints.end(), t.ints.begin() + o * slab,
                        t.ints.begin() + (o + 1) * slab);
      }
    g.setConstantOutput(0, std::move(r));
    return success();
  }
  static constexpr int32_t kNhwcPosition[] = {0, 3, 1, 2};
  SmallVector<Value> operands;
  for (int i = 0; i < n; ++i) {
    ImportedValue &v = g.getInput(i);
    Value value = allChannelsLast ? v.value : g.getOnnxLayout(v);
    if (!value)
      return failure();
    operands.push_back(value);
  }
  int32_t layoutAxis = allChannelsLast ? kNhwcPosition[axis] : axis;
  auto type =
      g.getTensorType(GraphImporter::getLayoutShape(shape, allChannelsLast),
                      g.getInput(0).elementType);
  Value result = tosa::ConcatOp::create(g.getBuilder(), g.getLoc(), type,
                                        operands, layoutAxis);
  g.setOutput(0, result, shape, allChannelsLast);
  return success();
}

FailureOr<SmallVector<int64_t>>
mlir::prune::onnx_import::getIntsInput(GraphImporter &g, int i,
                                       StringRef what) {
  FailureOr<const HostTensor *> t = g.requireConstantInput(i, what);
  if (failed(t))
    return failure();
  if ((*t)->hasUnknowns()) {
    g.emitError() << "the " << what << " input depends on a dynamic dimension";
    return failure();
  }
  return SmallVector<int64_t>((*t)->ints.begin(), (*t)->ints.end());
}

namespace {
/// What a Slice takes of one axis: `count` elements from `first`, `step`
/// apart.
struct SliceRange {
  int64_t first, count;
};
} // namespace

/// ONNX's clamping: starts and ends to [0, dim] going forward, to
/// [0, dim - 1] and [-1, dim - 1] going backward; negative ones count from
/// the end.
static SliceRange resolveSliceRange(int64_t start, int64_t end, int64_t step,
                                    int64_t dim) {
  auto wrap = [&](int64_t v) { return v < 0 ? v + dim : v; };
  if (step > 0) {
    int64_t first = std::clamp<int64_t>(wrap(start), 0, dim);
    int64_t last = std::clamp<int64_t>(wrap(end), 0, dim);
    return {first, std::max<int64_t>(0, llvm::divideCeil(last - first, step))};
  }
  int64_t first = std::clamp<int64_t>(wrap(start), 0, dim - 1);
  int64_t last = std::clamp<int64_t>(wrap(end), -1, dim - 1);
  return {first, std::max<int64_t>(0, llvm::divideCeil(first - last, -step))};
}

/// Every `stride`-th element along `axis` of `v` (of `shape`, updated),
/// from the first: the leading (count - 1) * stride elements reshaped to
/// [.., count - 1, stride, ..] keep the first of each row, and the last
/// element follows.
static Value takeEveryKth(GraphImporter &g, Value v, int64_t axis,
                          int64_t stride, SmallVectorImpl<int64_t> &shape) {
  int64_t count = (shape[axis] - 1) / stride + 1;
  if (stride == 1 || count == 1)
    return v;
  OpBuilder &b = g.getBuilder();
  Location loc = g.getLoc();
  Type element = cast<RankedTensorType>(v.getType()).getElementType();
  int64_t rank = shape.size();
  SmallVector<int64_t> head(shape.begin(), shape.end()), zeros(rank, 0);
  head[axis] = (count - 1) * stride;
  SmallVector<int64_t> split(shape.begin(), shape.begin() + axis);
  split.append({count - 1, stride});
  split.append(shape.begin() + axis + 1, shape.end());
  Value rows = g.reshape(g.slice(v, zeros, head), split);
  if (!rows)
    return nullptr;
  SmallVector<int64_t> firstOfRow = split;
  firstOfRow[axis + 1] = 1;
  head[axis] = count - 1;
  rows = g.reshape(g.slice(rows, SmallVector<int64_t>(rank + 1, 0), firstOfRow),
                   head);
  if (!rows)
    return nullptr;
  SmallVector<int64_t> lastStart(rank, 0), lastSize(shape.begin(), shape.end());
  lastStart[axis] = shape[axis] - 1;
  lastSize[axis] = 1;
  Value last = g.slice(v, lastStart, lastSize);
  shape[axis] = count;
  return tosa::ConcatOp::create(b, loc, g.getTensorType(shape, element),
                                ValueRange{rows, last},
                                b.getI32IntegerAttr(axis));
}

static LogicalResult convertSlice(GraphImporter &g) {
  ImportedValue &in = g.getInput(0);
  int64_t rank = in.shape.size();
  SmallVector<int64_t> starts, ends, axes, steps;
  if (g.getOpsetVersion() < 10) {
    starts = g.getIntsAttr("starts");
    ends = g.getIntsAttr("ends");
    axes = g.getIntsAttr("axes");
  } else {
    auto s = getIntsInput(g, 1, "starts");
    auto e = getIntsInput(g, 2, "ends");
    if (failed(s) || failed(e))
      return failure();
    starts = *s;
    ends = *e;
    if (g.hasInput(3)) {
      auto a = getIntsInput(g, 3, "axes");
      if (failed(a))
        return failure();
      axes = *a;
    }
    if (g.hasInput(4)) {
      auto st = getIntsInput(g, 4, "steps");
      if (failed(st))
        return failure();
      steps = *st;
    }
  }
  if (axes.empty())
    for (int64_t i = 0; i < static_cast<int64_t>(starts.size()); ++i)
      axes.push_back(i);
  // Constants slice on the host with any step (torch.onnx's F.pad writes
  // its pads through a Slice of step -1 that reverses them).
  if (in.host && !in.value) {
    HostTensor t = *in.host;
    for (auto [i, rawAxis] : llvm::enumerate(axes)) {
      int64_t axis = normalizeAxis(rawAxis, rank);
      int64_t step = steps.empty() ? 1 : steps[i];
      if (step == 0)
        return g.emitError() << "a Slice step is 0";
      SliceRange range =
          resolveSliceRange(starts[i], ends[i], step, t.shape[axis]);
      SmallVector<int64_t> idx;
      for (int64_t k = 0; k < range.count; ++k)
        idx.push_back(range.first + k * step);
      t = t.gathered(axis, idx);
    }
    g.setConstantOutput(0, std::move(t));
    return success();
  }
  // The contiguous span of each sliced axis first; a step other than 1
  // (x[:, ::2], torch.flip's -1) then takes its elements from the span.
  SmallVector<int64_t> begin(rank, 0), size(in.shape.begin(), in.shape.end());
  SmallVector<std::pair<int64_t, int64_t>> stepped; // (axis, step)
  for (auto [i, rawAxis] : llvm::enumerate(axes)) {
    int64_t axis = normalizeAxis(rawAxis, rank);
    int64_t step = steps.empty() ? 1 : steps[i];
    if (step == 0)
      return g.emitError() << "a Slice step is 0";
    int64_t dim = in.shape[axis];
    if (dim == kUnknown) {
      if (step == 1 && starts[i] == 0 && ends[i] >= (int64_t(1) << 62))
        continue; // the whole dynamic dimension
      return g.emitError() << "slicing the dynamic dimension " << axis
                           << " is not supported; import with --batch=N";
    }
    SliceRange range = resolveSliceRange(starts[i], ends[i], step, dim);
    size[axis] = range.count ? (range.count - 1) * std::abs(step) + 1 : 0;
    // Backward, the span ends at the first element taken.
    begin[axis] = step > 0 ? range.first
                           : range.first - std::max<int64_t>(size[axis] - 1, 0);
    if (step != 1)
      stepped.push_back({axis, step});
    if (size[axis] == 0)
      return g.emitError() << "the slice of dimension " << axis
                           << " is empty, which is not supported";
  }
  Value v = g.getOnnxLayout(in);
  if (!v)
    return failure();
  OpBuilder &b = g.getBuilder();
  Location loc = g.getLoc();
  Value result = g.slice(v, begin, size);
  for (auto [axis, step] : stepped) {
    if (step < 0)
      result = tosa::ReverseOp::create(b, loc, result.getType(), result,
                                       b.getI32IntegerAttr(axis));
    result = takeEveryKth(g, result, axis, std::abs(step), size);
    if (!result)
      return failure();
  }
  g.setOutput(0, result, size);
  return success();
}

/// Split into consecutive pieces along `axis`: sizes from the `split` input
/// (opset 13+) or attribute, else equal pieces, one per output (the last
/// smaller where opset 18's num_outputs does not divide the dimension).
static LogicalResult convertSplit(GraphImporter &g) {
  ImportedValue &in = g.getInput(0);
  int64_t rank = in.shape.size();
  int64_t axis = normalizeAxis(g.getIntAttr("axis", 0), rank);
  int64_t dim = in.shape[axis];
  if (dim == kUnknown)
    return g.emitError() << "splitting the dynamic dimension " << axis
                         << " is not supported; import with --batch=N";
  int64_t outputs = g.getNode().output_size();
  SmallVector<int64_t> sizes;
  if (g.hasInput(1)) {
    FailureOr<SmallVector<int64_t>> split = getIntsInput(g, 1, "split sizes");
    if (failed(split))
      return failure();
    sizes = *split;
  } else if (g.hasAttr("split")) {
    sizes = g.getIntsAttr("split");
  } else {
    int64_t piece = llvm::divideCeil(dim, outputs);
    for (int64_t i = 0; i < outputs; ++i)
      sizes.push_back(std::max<int64_t>(0, std::min(piece, dim - i * piece)));
  }
  int64_t total = 0;
  for (int64_t size : sizes)
    total += size;
  if (static_cast<int64_t>(sizes.size()) != outputs || total != dim ||
      llvm::any_of(sizes, [](int64_t size) { return size < 0; }))
    return g.emitError() << "the split sizes do not cover dimension " << axis
                         << " (" << dim << ") with " << outputs << " outputs";
  int64_t offset = 0;
  for (auto [i, size] : llvm::enumerate(sizes)) {
    SmallVector<int64_t> shape(in.shape.begin(), in.shape.end());
    shape[axis] = size;
    if (in.host && !in.value) {
      SmallVector<int64_t> idx;
      for (int64_t k = 0; k < size; ++k)
        idx.push_back(offset + k);
      g.setConstantOutput(i, in.host->gathered(axis, idx));
    } else {
      Value v = g.getOnnxLayout(in);
      if (!v)
        return failure();
      SmallVector<int64_t> begin(rank, 0);
      begin[axis] = offset;
      Value piece = g.slice(v, begin, shape);
      g.setOutput(i, piece, shape);
    }
    offset += size;
  }
  return success();
}

/// Gather of rows of a constant 2-D table at computed indices: the
/// embedding lookup of token ids (BERT's input_ids, int64). tosa.gather of
/// the table as [1, V, D] at the indices as int32, negative ones counted
/// from the end, flattened to [1, n].
static LogicalResult convertTableGather(GraphImporter &g, ImportedValue &table,
                                        ImportedValue &ids, int64_t axis) {
  if (!table.host || table.shape.size() != 2 || axis != 0 ||
      !isa<FloatType>(table.elementType))
    return g.emitError() << "at computed indices only the rows of a "
                            "constant 2-D float table (an embedding) are "
                            "supported";
  if (!isa<IntegerType>(ids.elementType))
    return g.emitError() << "the indices are " << ids.elementType
                         << ", not integers";
  int64_t rows = table.shape[0], columns = table.shape[1];
  Value indices = g.getOnnxLayout(ids);
  if (!indices)
    return failure();
  OpBuilder &b = g.getBuilder();
  Location loc = g.getLoc();
  auto idsType = cast<RankedTensorType>(indices.getType());
  int64_t rank = idsType.getRank();
  Type i32 = b.getI32Type();
  auto i32Type = g.getTensorType(idsType.getShape(), i32);
  if (!ids.elementType.isInteger(32))
    indices = tosa::CastOp::create(b, loc, i32Type, indices);
  Value negative = tosa::GreaterOp::create(
      b, loc, g.getTensorType(idsType.getShape(), b.getI1Type()),
      g.getScalar(0, i32, rank), indices);
  Value wrapped = tosa::AddOp::create(b, loc, i32Type, indices,
                                      g.getScalar(rows, i32, rank));
  indices = tosa::SelectOp::create(b, loc, i32Type, negative, wrapped, indices);
  int64_t count = getProductOrUnknown(ids.shape);
  Value flat = g.reshape(indices, {1, count});
  Value values = g.materialize(table.host->reshaped({1, rows, columns}),
                               g.getNode().input(0));
  if (!flat || !values)
    return failure();
  Value gathered = tosa::GatherOp::create(
      b, loc, g.getTensorType({1, count, columns}, table.elementType), values,
      flat);
  SmallVector<int64_t> shape(ids.shape);
  shape.push_back(columns);
  Value result = g.reshape(gathered, shape);
  if (!result)
    return failure();
  g.setOutput(0, result, shape);
  return success();
}

static LogicalResult convertGather(GraphImporter &g) {
  ImportedValue &data = g.getInput(0);
  int64_t rank = data.shape.size();
  int64_t axis = normalizeAxis(g.getIntAttr("axis", 0), rank);
  if (ImportedValue &ids = g.getInput(1); !ids.host)
    return convertTableGather(g, data, ids, axis);
  FailureOr<const HostTensor *> indicesOr =
      g.requireConstantInput(1, "indices");
  if (failed(indicesOr))
    return failure();
  const HostTensor &indices = **indicesOr;
  SmallVector<int64_t> shape(data.shape.begin(), data.shape.begin() + axis);
  llvm::append_range(shape, indices.shape);
  shape.append(data.shape.begin() + axis + 1, data.shape.end());
  if (data.host && !data.value) {
    g.setConstantOutput(
        0, data.host->gathered(axis, indices.ints).reshaped(shape));
    return success();
  }
  if (data.shape[axis] == kUnknown)
    return g.emitError() << "gathering along a dynamic dimension is not "
                            "supported";
  // Constant indices into activations: one slice per index, concatenated.
  Value v = g.getOnnxLayout(data);
  if (!v)
    return failure();
  SmallVector<Value> pieces;
  for (int64_t index : indices.ints) {
    if (index < 0)
      index += data.shape[axis];
    SmallVector<int64_t> begin(rank, 0),
        size(data.shape.begin(), data.shape.end());
    begin[axis] = index;
    size[axis] = 1;
    pieces.push_back(g.slice(v, begin, size));
  }
  Value gathered = pieces.front();
  if (pieces.size() > 1) {
    SmallVector<int64_t> joined(data.shape.begin(), data.shape.end());
    joined[axis] = pieces.size();
    gathered = tosa::ConcatOp::create(g.getBuilder(), g.getLoc(),
                                      g.getTensorType(joined, data.elementType),
                                      pieces, axis);
  }
  Value result = g.reshape(gathered, shape);
  if (!result)
    return failure();
  g.setOutput(0, result, shape);
  return success();
}

static LogicalResult convertShape(GraphImporter &g) {
  ImportedValue &in = g.getInput(0);
  int64_t rank = in.shape.size();
  int64_t start = normalizeAxis(g.getIntAttr("start", 0), rank);
  int64_t end =
      g.hasAttr("end") ? normalizeAxis(g.getIntAttr("end", rank), rank) : rank;
  start = std::clamp<int64_t>(start, 0, rank);
  end = std::clamp<int64_t>(end, start, rank);
  std::vector<int64_t> dims(in.shape.begin() + start, in.shape.begin() + end);
  int64_t n = dims.size();
  g.setConstantOutput(
      0, HostTensor::getInt(g.getBuilder().getI64Type(), {n}, std::move(dims)));
  return success();
}

void mlir::prune::onnx_import::registerShapeConverters(ConverterTable &table) {
  table["Reshape"] = convertReshape;
  table["Flatten"] = convertFlatten;
  table["Squeeze"] = convertSqueeze;
  table["Unsqueeze"] = convertUnsqueeze;
  table["Transpose"] = convertTranspose;
  table["Concat"] = convertConcat;
  table["Slice"] = convertSlice;
  table["Split"] = convertSplit;
  table["Gather"] = convertGather;
  table["Shape"] = convertShape;
}
