//===- OnnxNNOps.cpp - Gemm, MatMul, convolutions, BatchNorm, pooling -----===//
//
// Layers import in the forms the project's passes know (docs/DESIGN.md):
// a Gemm or MatMul with a constant weight is `tosa.matmul` of the
// activations reshaped to 1 x rows x in with the weight `[out, in]`
// transposed and reshaped to 1 x in x out; a Conv is `tosa.conv2d` (or
// `tosa.depthwise_conv2d`) on NHWC with its weight permuted to OHWI on the
// host. A BatchNormalization that is the only reader of a Conv is folded
// into the Conv's weight and bias.
//
//===----------------------------------------------------------------------===//

#include "ConvGeometry.h"
#include "GraphImporter.h"

#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/Dialect/Tosa/Utils/ConversionUtils.h"

#include <cmath>
#include <onnx/onnx_pb.h>

using namespace mlir;
using namespace mlir::prune::onnx_import;

/// a [n, m, k] x b [n, k, p] -> [n, m, p] with tosa.matmul.
static Value createMatmul(GraphImporter &g, Value a, Value b) {
  auto ta = cast<RankedTensorType>(a.getType());
  auto tb = cast<RankedTensorType>(b.getType());
  int64_t n =
      ta.getDimSize(0) == kUnknown ? tb.getDimSize(0) : ta.getDimSize(0);
  auto type = g.getTensorType({n, ta.getDimSize(1), tb.getDimSize(2)},
                              ta.getElementType());
  return tosa::MatMulOp::create(g.getBuilder(), g.getLoc(), type, a, b,
                                g.getZeroPoint(ta.getElementType()),
                                g.getZeroPoint(tb.getElementType()));
}

/// x [..., m, k] times a 2-D `weight` [k, n] (already in that orientation)
/// as one tosa.matmul over all rows; returns [..., m, n].
static Value matmulRows(GraphImporter &g, Value x, ArrayRef<int64_t> xShape,
                        Value weight) {
  auto wType = cast<RankedTensorType>(weight.getType());
  int64_t k = wType.getDimSize(0), n = wType.getDimSize(1);
  int64_t rows = getProductOrUnknown(xShape.drop_back());
  Value x3 = g.reshape(x, {1, rows, k});
  Value w3 = g.reshape(weight, {1, k, n});
  if (!x3 || !w3)
    return nullptr;
  Value y3 = createMatmul(g, x3, w3);
  SmallVector<int64_t> shape(xShape.drop_back());
  shape.push_back(n);
  return g.reshape(y3, shape);
}

/// A weight operand `[out, in]` (Gemm with transB) as `[in, out]`: the
/// constant stays in the framework's orientation and a tosa.transpose
/// turns it, the form the weight analysis traces.
static Value getWeight(GraphImporter &g, int index, bool transposed,
                       double scale) {
  ImportedValue &w = g.getInput(index);
  Value value;
  if (w.host && scale != 1.0) {
    HostTensor t = *w.host;
    for (double &v : t.floats)
      v *= scale;
    value = g.materialize(t, g.getNode().input(index));
  } else if (w.host && !w.value) {
    w.value = g.materialize(*w.host, g.getNode().input(index));
    value = w.value;
  } else {
    value = g.getOnnxLayout(w);
    if (value && scale != 1.0)
      value = g.mul(value, g.getScalar(scale, w.elementType, 2));
  }
  if (!value || !transposed)
    return value;
  return g.transpose(value, {1, 0});
}

static LogicalResult convertGemm(GraphImporter &g) {
  FailureOr<bool> quantized = tryConvertQdqMatMul(g);
  if (failed(quantized) || *quantized)
    return quantized;
  ImportedValue &a = g.getInput(0);
  ImportedValue &b = g.getInput(1);
  if (a.shape.size() != 2 || b.shape.size() != 2)
    return g.emitError() << "Gemm operands must be 2-D";
  if (!isa<FloatType>(a.elementType))
    return g.emitError() << "only float Gemm is supported (quantized models "
                            "use QLinearMatMul or the QDQ form)";
  double alpha = g.getFloatAttr("alpha", 1.0);
  double beta = g.getFloatAttr("beta", 1.0);
  Value x = g.getOnnxLayout(a);
  if (!x)
    return failure();
  if (g.getIntAttr("transA", 0))
    x = g.transpose(x, {1, 0});
  SmallVector<int64_t> xShape = {a.shape[0], a.shape[1]};
  if (g.getIntAttr("transA", 0))
    std::swap(xShape[0], xShape[1]);
  int64_t bk = b.shape[g.getIntAttr("transB", 0) ? 1 : 0];
  if (xShape[1] != kUnknown && bk != kUnknown && xShape[1] != bk)
    return g.emitError() << "the operands' inner dimensions differ ("
                         << xShape[1] << " and " << bk << ")";
  Value w = getWeight(g, 1, g.getIntAttr("transB", 0), alpha);
  Value y = w ? matmulRows(g, x, xShape, w) : nullptr;
  if (!y)
    return failure();
  auto yType = cast<RankedTensorType>(y.getType());
  if (g.hasInput(2) && beta != 0.0) {
    ImportedValue &c = g.getInput(2);
    Value bias;
    if (c.host) {
      HostTensor t = *c.host;
      for (double &v : t.floats)
        v *= beta;
      SmallVector<int64_t> shape(2 - std::min<size_t>(2, t.shape.size()), 1);
      llvm::append_range(shape, t.shape);
      bias = g.materialize(t.reshaped(shape), g.getNode().input(2));
    } else {
      bias = g.expandRank(g.getOnnxLayout(c), 2);
      if (bias && beta != 1.0)
        bias = g.mul(bias, g.getScalar(beta, c.elementType, 2));
    }
    if (!bias)
      return failure();
    y = tosa::AddOp::create(g.getBuilder(), g.getLoc(), yType, y, bias);
  }
  g.setOutput(0, y, yType.getShape());
  return success();
}

static LogicalResult convertMatMul(GraphImporter &g) {
  FailureOr<bool> quantized = tryConvertQdqMatMul(g);
  if (failed(quantized) || *quantized)
    return quantized;
  return convertFloatMatMul(g);
}

LogicalResult mlir::prune::onnx_import::convertFloatMatMul(GraphImporter &g) {
  ImportedValue &a = g.getInput(0);
  ImportedValue &b = g.getInput(1);
  if (!isa<FloatType>(a.elementType))
    return g.emitError() << "only float MatMul is supported (quantized models "
                            "use QLinearMatMul or the QDQ form)";
  if (a.shape.size() < 2 || b.shape.size() < 2)
    return g.emitError() << "1-D MatMul operands are not supported";
  int64_t m = a.shape[a.shape.size() - 2], k = a.shape.back();
  int64_t n = b.shape.back();
  int64_t bk = b.shape[b.shape.size() - 2];
  if (k != kUnknown && bk != kUnknown && k != bk)
    return g.emitError() << "the operands' inner dimensions differ (" << k
                         << " and " << bk << ")";
  ArrayRef<int64_t> batchA = ArrayRef(a.shape).drop_back(2);
  ArrayRef<int64_t> batchB = ArrayRef(b.shape).drop_back(2);
  bool bIsMatrix = llvm::all_of(batchB, [](int64_t d) { return d == 1; });

  Value x = g.getOnnxLayout(a);
  if (!x)
    return failure();
  if (bIsMatrix) {
    // A layer: every row of `a` times one weight matrix.
    Value w = getWeight(g, 1, /*transposed=*/false, 1.0);
    if (w && !batchB.empty())
      w = g.reshape(w, {k, n});
    Value y = w ? matmulRows(g, x, a.shape, w) : nullptr;
    if (!y)
      return failure();
    SmallVector<int64_t> shape(a.shape.begin(), a.shape.end());
    shape.back() = n;
    if (batchB.size() > batchA.size())
      return g.emitError() << "the weight has more batch dimensions than the "
                              "input";
    g.setOutput(0, y, shape);
    return success();
  }
  // Batched product of activations (attention).
  auto batch = broadcastShapes(batchA, batchB);
  if (failed(batch) || ArrayRef<int64_t>(*batch) != batchA ||
      batchA.size() != batchB.size())
    return g.emitError() << "MatMul with broadcast batch dimensions is not "
                            "supported";
  int64_t count = getProductOrUnknown(*batch);
  Value y3 = nullptr;
  Value a3 = g.reshape(x, {count, m, k});
  Value bValue = g.getOnnxLayout(b);
  Value b3 = bValue ? g.reshape(bValue, {count, k, n}) : nullptr;
  if (a3 && b3)
    y3 = createMatmul(g, a3, b3);
  SmallVector<int64_t> shape(*batch);
  shape.push_back(m);
  shape.push_back(n);
  Value y = y3 ? g.reshape(y3, shape) : nullptr;
  if (!y)
    return failure();
  g.setOutput(0, y, shape);
  return success();
}

/// The constant bias input `index` of a layer with `outputs` channels, or
/// zeros when the input is absent.
static FailureOr<std::vector<double>> getFloatBias(GraphImporter &g, int index,
                                                   int64_t outputs) {
  if (!g.hasInput(index))
    return std::vector<double>(outputs, 0.0);
  FailureOr<const HostTensor *> b = g.requireConstantInput(index, "bias");
  if (failed(b))
    return failure();
  if ((*b)->size() != outputs || !(*b)->isFloat()) {
    g.emitError() << "the bias has " << (*b)->size() << " elements for "
                  << outputs << " output channels";
    return failure();
  }
  return (*b)->floats;
}

/// Folds a following BatchNormalization (when it is the conv's only
/// reader and its parameters are constants) into `weight` (OIHW) and
/// `bias`, and marks it imported.
static void foldFollowingBatchNorm(GraphImporter &g, HostTensor &weight,
                                   std::vector<double> &bias) {
  const onnx::NodeProto *bn = g.getSoleConsumer();
  if (!bn || bn->op_type() != "BatchNormalization" || bn->output_size() > 1 ||
      bn->input_size() < 5)
    return;
  const HostTensor *params[4];
  for (int i = 0; i < 4; ++i)
    if (!(params[i] = g.lookupConstant(bn->input(i + 1))))
      return;
  double epsilon = 1e-5;
  for (const onnx::AttributeProto &a : bn->attribute())
    if (a.name() == "epsilon")
      epsilon = a.f();
  int64_t out = weight.shape[0];
  int64_t perChannel = weight.size() / out;
  for (int64_t o = 0; o < out; ++o) {
    double scale =
        params[0]->floats[o] / std::sqrt(params[3]->floats[o] + epsilon);
    for (int64_t i = 0; i < perChannel; ++i)
      weight.floats[o * perChannel + i] *= scale;
    bias[o] = (bias[o] - params[2]->floats[o]) * scale + params[1]->floats[o];
  }
  g.fuseConsumer(*bn);
}

static LogicalResult convertConv(GraphImporter &g) {
  FailureOr<bool> quantized = tryConvertQdqConv(g);
  if (failed(quantized) || *quantized)
    return quantized;
  return convertFloatConv(g);
}

LogicalResult mlir::prune::onnx_import::convertFloatConv(GraphImporter &g) {
  ImportedValue &in = g.getInput(0);
  if (in.shape.size() != 4)
    return g.emitError() << "only 1-D and 2-D convolutions (rank-3 or rank-4 "
                            "input) are supported; this input has rank "
                         << in.shape.size();
  if (!isa<FloatType>(in.elementType))
    return g.emitError() << "only float Conv is supported (quantized models "
                            "use QLinearConv or the QDQ form)";
  FailureOr<const HostTensor *> w = g.requireConstantInput(1, "weight");
  if (failed(w))
    return failure();
  HostTensor weight = **w;
  int64_t groups = g.getIntAttr("group", 1);
  int64_t channels = in.shape[1], out = weight.shape[0];
  int64_t groupChannels = weight.shape[1];
  if (channels != kUnknown && groupChannels * groups != channels)
    return g.emitError() << "the weight's " << groupChannels
                         << " input channels x " << groups
                         << " groups do not match the input's " << channels
                         << " channels";
  FailureOr<std::vector<double>> biasOr = getFloatBias(g, 2, out);
  if (failed(biasOr))
    return failure();
  std::vector<double> bias = std::move(*biasOr);
  foldFollowingBatchNorm(g, weight, bias);

  FailureOr<WindowedInput> windowed =
      getWindowedInput(g, in, {weight.shape[2], weight.shape[3]});
  if (failed(windowed))
    return failure();
  Window *window = &windowed->window;
  Value x = windowed->input;
  // Taps that read only zero padding add nothing.
  auto inputType = cast<RankedTensorType>(x.getType());
  auto kept = trimPaddingTaps(
      *window, {inputType.getDimSize(1), inputType.getDimSize(2)});
  for (auto [axis, taps] : llvm::enumerate(kept))
    if (taps.second - taps.first + 1 != weight.shape[2 + axis])
      weight = weight.gathered(2 + axis, llvm::to_vector(llvm::seq<int64_t>(
                                             taps.first, taps.second + 1)));

  OpBuilder &b = g.getBuilder();
  Location loc = g.getLoc();
  Type element = in.elementType;
  SmallVector<int64_t> outShape = {in.shape[0], out, window->output[0],
                                   window->output[1]};
  auto resultType = g.getTensorType(
      GraphImporter::getLayoutShape(outShape, /*channelsLast=*/true), element);
  Value biasValue = g.materialize(HostTensor::getFloat(element, {out}, bias),
                                  g.getNode().input(1) + "_b");
  auto pad = b.getDenseI64ArrayAttr(window->pad);
  auto stride = b.getDenseI64ArrayAttr(window->stride);
  auto dilation = b.getDenseI64ArrayAttr(window->dilation);
  auto accType = TypeAttr::get(element);
  Value zp = g.getZeroPoint(element);
  StringRef weightName = g.getNode().input(1);

  Value result;
  if (groups == 1) {
    Value wv = g.materialize(weight.transposed({0, 2, 3, 1}), weightName);
    result = tosa::Conv2DOp::create(b, loc, resultType, x, wv, biasValue, zp,
                                    zp, pad, stride, dilation, accType);
  } else if (groups == channels && groupChannels == 1) {
    // Depthwise: [C*M, 1, KH, KW] -> [KH, KW, C, M].
    int64_t multiplier = out / channels;
    HostTensor hwcm =
        weight
            .reshaped({channels, multiplier, weight.shape[2], weight.shape[3]})
            .transposed({2, 3, 0, 1});
    Value wv = g.materialize(hwcm, weightName);
    result =
        tosa::DepthwiseConv2DOp::create(b, loc, resultType, x, wv, biasValue,
                                        zp, zp, pad, stride, dilation, accType);
  } else {
    // Grouped (ResNeXt, RegNet, ShuffleNet): one tosa.conv2d per group on
    // its slice of the input channels, concatenated. Each is a layer of its
    // own to the passes.
    if (out % groups != 0)
      return g.emitError() << out << " output channels do not split into "
                           << groups << " groups";
    int64_t groupOutputs = out / groups;
    auto inType = cast<RankedTensorType>(x.getType());
    SmallVector<int64_t> sliceShape(inType.getShape());
    sliceShape[3] = groupChannels;
    SmallVector<int64_t> groupShape = {outShape[0], window->output[0],
                                       window->output[1], groupOutputs};
    SmallVector<Value> pieces;
    HostTensor ohwi = weight.transposed({0, 2, 3, 1});
    for (int64_t group = 0; group < groups; ++group) {
      Value slice = g.slice(x, {0, 0, 0, group * groupChannels}, sliceShape);
      SmallVector<int64_t> rows;
      for (int64_t o = 0; o < groupOutputs; ++o)
        rows.push_back(group * groupOutputs + o);
      Value wv = g.materialize(ohwi.gathered(0, rows),
                               weightName.str() + "_g" + std::to_string(group));
      Value bv = g.materialize(
          HostTensor::getFloat(
              element, {groupOutputs},
              std::vector<double>(bias.begin() + group * groupOutputs,
                                  bias.begin() + (group + 1) * groupOutputs)),
          weightName.str() + "_b");
      pieces.push_back(tosa::Conv2DOp::create(
          b, loc, g.getTensorType(groupShape, element), slice, wv, bv, zp, zp,
          pad, stride, dilation, accType));
    }
    result = tosa::ConcatOp::create(b, loc, resultType, pieces, 3);
  }
  g.setOutput(0, result, outShape, /*channelsLast=*/true);
  return success();
}

static LogicalResult convertConvTranspose(GraphImporter &g) {
  ImportedValue &in = g.getInput(0);
  if (in.shape.size() != 4 || !isa<FloatType>(in.elementType))
    return g.emitError() << "only float 2-D ConvTranspose is supported";
  if (g.getIntAttr("group", 1) != 1)
    return g.emitError() << "grouped ConvTranspose is not supported";
  if (g.hasAttr("output_shape"))
    return g.emitError() << "the output_shape attribute is not supported; "
                            "re-export with explicit pads";
  for (int64_t d : g.getIntsAttr("dilations"))
    if (d != 1)
      return g.emitError() << "dilated ConvTranspose is not supported";
  FailureOr<const HostTensor *> w = g.requireConstantInput(1, "weight");
  if (failed(w))
    return failure();
  const HostTensor &weight = **w; // [IC, OC, KH, KW]
  int64_t out = weight.shape[1];
  FailureOr<std::vector<double>> biasOr = getFloatBias(g, 2, out);
  if (failed(biasOr))
    return failure();
  std::vector<double> bias = std::move(*biasOr);
  SmallVector<int64_t> strides = g.getIntsAttr("strides");
  SmallVector<int64_t> pads = g.getIntsAttr("pads");
  SmallVector<int64_t> outputPadding = g.getIntsAttr("output_padding");
  if (strides.empty())
    strides = {1, 1};
  if (pads.empty())
    pads = {0, 0, 0, 0};
  if (outputPadding.empty())
    outputPadding = {0, 0};
  if (g.getStringAttr("auto_pad", "NOTSET") != "NOTSET")
    return g.emitError() << "auto_pad is not supported on ConvTranspose";
  if (in.shape[2] == kUnknown || in.shape[3] == kUnknown)
    return g.emitError() << "dynamic spatial dimensions are not supported";
  SmallVector<int64_t> outPad = {-pads[0], -pads[2] + outputPadding[0],
                                 -pads[1], -pads[3] + outputPadding[1]};
  int64_t kh = weight.shape[2], kw = weight.shape[3];
  SmallVector<int64_t> outShape = {
      in.shape[0], out,
      (in.shape[2] - 1) * strides[0] + outPad[0] + outPad[1] + kh,
      (in.shape[3] - 1) * strides[1] + outPad[2] + outPad[3] + kw};
  Value x = g.getChannelsLast(in);
  if (!x)
    return failure();
  OpBuilder &b = g.getBuilder();
  Type element = in.elementType;
  Value wv =
      g.materialize(weight.transposed({1, 2, 3, 0}), g.getNode().input(1));
  Value bv = g.materialize(HostTensor::getFloat(element, {out}, bias),
                           g.getNode().input(1) + "_b");
  Value zp = g.getZeroPoint(element);
  auto resultType =
      g.getTensorType(GraphImporter::getLayoutShape(outShape, true), element);
  Value result = tosa::TransposeConv2DOp::create(
      b, g.getLoc(), resultType, x, wv, bv, zp, zp,
      b.getDenseI64ArrayAttr(outPad), b.getDenseI64ArrayAttr(strides),
      TypeAttr::get(element));
  g.setOutput(0, result, outShape, /*channelsLast=*/true);
  return success();
}

/// BatchNormalization that could not be folded: y = x * s + t per channel.
static LogicalResult convertBatchNormalization(GraphImporter &g) {
  ImportedValue &in = g.getInput(0);
  const HostTensor *params[4];
  for (int i = 0; i < 4; ++i) {
    FailureOr<const HostTensor *> p =
        g.requireConstantInput(i + 1, i == 0   ? "scale"
                                      : i == 1 ? "bias"
                                      : i == 2 ? "mean"
                                               : "var");
    if (failed(p))
      return failure();
    params[i] = *p;
  }
  if (g.getIntAttr("training_mode", 0))
    return g.emitError() << "training-mode BatchNormalization is not "
                            "supported; export the model in eval mode";
  double epsilon = g.getFloatAttr("epsilon", 1e-5);
  int64_t rank = in.shape.size();
  int64_t channels = params[0]->size();
  std::vector<double> scale(channels), shift(channels);
  for (int64_t c = 0; c < channels; ++c) {
    scale[c] = params[0]->floats[c] / std::sqrt(params[3]->floats[c] + epsilon);
    shift[c] = params[1]->floats[c] - params[2]->floats[c] * scale[c];
  }
  SmallVector<int64_t> paramShape(rank, 1);
  paramShape[1] = channels;
  auto makeOperand = [&](std::vector<double> values) {
    ImportedValue v;
    v.shape = paramShape;
    v.elementType = in.elementType;
    v.host =
        HostTensor::getFloat(in.elementType, paramShape, std::move(values));
    return v;
  };
  ImportedValue s = makeOperand(scale), t = makeOperand(shift);
  bool channelsLast = in.channelsLast;
  Value x = g.getOperandInLayout(in, rank, channelsLast);
  Value sv = g.getOperandInLayout(s, rank, channelsLast);
  Value tv = g.getOperandInLayout(t, rank, channelsLast);
  if (!x || !sv || !tv)
    return failure();
  Value scaled = g.mul(x, sv);
  Value y = tosa::AddOp::create(g.getBuilder(), g.getLoc(), scaled.getType(),
                                scaled, tv);
  g.setOutput(0, y, in.shape, channelsLast);
  return success();
}

namespace {
enum class PoolKind { Max, Average };
} // namespace

static LogicalResult convertPool(GraphImporter &g, PoolKind kind) {
  ImportedValue &in = g.getInput(0);
  if (in.shape.size() != 4 || !isa<FloatType>(in.elementType))
    return g.emitError() << "only float 2-D pooling is supported";
  if (g.getNode().output_size() > 1 && !g.getNode().output(1).empty())
    return g.emitError() << "the Indices output is not supported";
  SmallVector<int64_t> kernel = g.getIntsAttr("kernel_shape");
  if (kernel.size() == 1) // a 1-D pool on its height-1 view
    kernel.insert(kernel.begin(), 1);
  if (kernel.size() != 2)
    return g.emitError() << "only 1-D and 2-D pooling is supported";
  for (int64_t d : g.getIntsAttr("dilations"))
    if (d != 1)
      return g.emitError() << "dilated pooling is not supported";
  bool ceilMode = g.getIntAttr("ceil_mode", 0);
  // ceil_mode's extra window overhangs the input; ONNX Runtime and torch
  // leave the overhang out of an average's count even with
  // count_include_pad, which counts only the declared padding.
  bool countPad =
      kind == PoolKind::Average && g.getIntAttr("count_include_pad", 0);
  bool autoPad = g.getStringAttr("auto_pad", "NOTSET").rfind("SAME", 0) == 0;
  SmallVector<int64_t> declared = g.getIntsAttr("pads");
  bool declaredPads =
      autoPad || llvm::any_of(declared, [](int64_t p) { return p != 0; });
  if (ceilMode && countPad && declaredPads && autoPad)
    return g.emitError() << "ceil_mode with count_include_pad over auto_pad "
                            "padding is not supported";
  FailureOr<WindowedInput> windowed = getWindowedInput(g, in, kernel, ceilMode);
  if (failed(windowed))
    return failure();
  const Window *window = &windowed->window;
  // With ceil_mode, the window's pads are the declared ones plus the
  // overhang at the end, which the count leaves out (TOSA's padding).
  SmallVector<int64_t> overhang(4, 0);
  if (ceilMode && countPad && declaredPads) {
    // ONNX pads: [top, left, bottom, right]; the window's: top, bottom,
    // left, right.
    SmallVector<int64_t> counted = {declared[0], declared[2], declared[1],
                                    declared[3]};
    for (int i = 0; i < 4; ++i)
      overhang[i] = window->pad[i] - counted[i];
    if (overhang[0] != 0 || overhang[2] != 0 || overhang[1] < 0 ||
        overhang[3] < 0)
      return g.emitError() << "ceil_mode with count_include_pad over these "
                              "pads is not supported";
  }
  Value x = windowed->input;
  OpBuilder &b = g.getBuilder();
  Location loc = g.getLoc();
  SmallVector<int64_t> outShape = {in.shape[0], in.shape[1], window->output[0],
                                   window->output[1]};
  auto resultType = g.getTensorType(
      GraphImporter::getLayoutShape(outShape, true), in.elementType);
  SmallVector<int64_t> pad(window->pad.begin(), window->pad.end());
  Value result;
  if (kind == PoolKind::Max) {
    result = tosa::MaxPool2dOp::create(
        b, loc, resultType, x, b.getDenseI64ArrayAttr(kernel),
        b.getDenseI64ArrayAttr(window->stride), b.getDenseI64ArrayAttr(pad));
  } else {
    if (countPad && declaredPads) {
      // TOSA's average leaves padding out of the count; pad explicitly.
      auto type = cast<RankedTensorType>(x.getType());
      SmallVector<int64_t> padded(type.getShape());
      padded[1] += pad[0] + pad[1] - overhang[0] - overhang[1];
      padded[2] += pad[2] + pad[3] - overhang[2] - overhang[3];
      x = tosa::PadOp::create(
          b, loc, g.getTensorType(padded, in.elementType), x,
          g.getConstShape({0, 0, pad[0] - overhang[0], pad[1] - overhang[1],
                           pad[2] - overhang[2], pad[3] - overhang[3], 0, 0}),
          g.getScalar(0.0, in.elementType, 1));
      pad = overhang;
    }
    Value zp = g.getZeroPoint(in.elementType);
    result = tosa::AvgPool2dOp::create(
        b, loc, resultType, x, zp, zp, b.getDenseI64ArrayAttr(kernel),
        b.getDenseI64ArrayAttr(window->stride), b.getDenseI64ArrayAttr(pad),
        TypeAttr::get(in.elementType));
  }
  g.setOutput(0, result, outShape, /*channelsLast=*/true);
  return success();
}

template <PoolKind kind> static LogicalResult convertPoolOp(GraphImporter &g) {
  return convertPool(g, kind);
}

template <PoolKind kind>
static LogicalResult convertGlobalPool(GraphImporter &g) {
  ImportedValue &in = g.getInput(0);
  if (in.shape.size() != 4 || !isa<FloatType>(in.elementType))
    return g.emitError() << "only float 2-D pooling is supported";
  if (in.shape[2] == kUnknown || in.shape[3] == kUnknown)
    return g.emitError() << "dynamic spatial dimensions are not supported";
  Value x = g.getChannelsLast(in);
  if (!x)
    return failure();
  OpBuilder &b = g.getBuilder();
  Location loc = g.getLoc();
  for (int32_t axis : {1, 2}) {
    auto type = cast<RankedTensorType>(x.getType());
    SmallVector<int64_t> shape(type.getShape());
    shape[axis] = 1;
    auto resultType = g.getTensorType(shape, in.elementType);
    if (kind == PoolKind::Max)
      x = tosa::ReduceMaxOp::create(b, loc, resultType, x,
                                    b.getI32IntegerAttr(axis));
    else
      x = tosa::ReduceSumOp::create(b, loc, resultType, x,
                                    b.getI32IntegerAttr(axis));
  }
  if (kind == PoolKind::Average)
    x = g.mul(
        x, g.getScalar(1.0 / (in.shape[2] * in.shape[3]), in.elementType, 4));
  g.setOutput(0, x, {in.shape[0], in.shape[1], 1, 1}, /*channelsLast=*/true);
  return success();
}

/// A 1-D Conv or pool ([N, C, L], Conv1d, MaxPool1d) runs `convert2D` on
/// a view of height 1: the input as [N, C, 1, L], a constant weight as
/// [O, C/g, 1, K] (window attributes of one dimension are lifted by
/// resolveWindow), and its result back to [N, O, L'].
static LogicalResult convert1DAs2D(GraphImporter &g, Converter convert2D) {
  ImportedValue &in = g.getInput(0);
  if (in.shape.size() != 3)
    return convert2D(g);
  ImportedValue lifted;
  lifted.shape = {in.shape[0], in.shape[1], 1, in.shape[2]};
  lifted.elementType = in.elementType;
  if (in.host && !in.value) {
    lifted.host = in.host->reshaped(lifted.shape);
  } else {
    Value onnx = g.getOnnxLayout(in);
    lifted.value = onnx ? g.reshape(onnx, lifted.shape) : nullptr;
    if (!lifted.value)
      return failure();
  }
  g.overrideInput(0, std::move(lifted));
  if (const HostTensor *w = g.getConstantInput(1); w && w->shape.size() == 3) {
    ImportedValue weight;
    weight.shape = {w->shape[0], w->shape[1], 1, w->shape[2]};
    weight.elementType = w->elementType;
    weight.host = w->reshaped(weight.shape);
    g.overrideInput(1, std::move(weight));
  }
  LogicalResult result = convert2D(g);
  g.clearInputOverrides();
  if (failed(result))
    return failure();
  StringRef name = g.getOutputName(0);
  ImportedValue *out = g.lookupValue(name);
  Value onnx = g.getOnnxLayout(*out);
  SmallVector<int64_t> shape = {out->shape[0], out->shape[1], out->shape[3]};
  Value lowered = onnx ? g.reshape(onnx, shape) : nullptr;
  if (!lowered)
    return failure();
  ImportedValue v;
  v.value = lowered;
  v.shape = shape;
  v.elementType = out->elementType;
  g.redefine(name, std::move(v));
  return success();
}

template <Converter convert2D>
static LogicalResult convertUpTo2D(GraphImporter &g) {
  return convert1DAs2D(g, convert2D);
}

void mlir::prune::onnx_import::registerNNConverters(ConverterTable &table) {
  table["Gemm"] = convertGemm;
  table["MatMul"] = convertMatMul;
  table["Conv"] = convertUpTo2D<convertConv>;
  table["ConvTranspose"] = convertConvTranspose;
  table["BatchNormalization"] = convertBatchNormalization;
  table["MaxPool"] = convertUpTo2D<convertPoolOp<PoolKind::Max>>;
  table["AveragePool"] = convertUpTo2D<convertPoolOp<PoolKind::Average>>;
  table["GlobalAveragePool"] =
      convertUpTo2D<convertGlobalPool<PoolKind::Average>>;
  table["GlobalMaxPool"] = convertUpTo2D<convertGlobalPool<PoolKind::Max>>;
}
