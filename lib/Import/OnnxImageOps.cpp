//===- OnnxImageOps.cpp - Padding and resizing images ---------------------===//
//
// Operators that change an image's spatial size: Pad, Resize, DepthToSpace
// and SpaceToDepth. They keep
// the layout their input has (NHWC after a convolution), so a Conv -> Resize
// -> Conv decoder moves no data between layouts.
//
//===----------------------------------------------------------------------===//

#include "GraphImporter.h"

#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/Dialect/Tosa/Utils/ConversionUtils.h"

#include <cmath>

using namespace mlir;
using namespace mlir::prune::onnx_import;

/// Pads `x` (in its layout; `padding` holds each dimension's before and
/// after) with copies of its own border: mirrored without the edge
/// (reflect, torch's ReflectionPad2d) or the edge repeated (edge,
/// ReplicationPad2d). Each padded dimension becomes a concat of a slice
/// (reversed, or tiled), the input and another slice.
static Value padWithBorder(GraphImporter &g, Value x, ArrayRef<int64_t> padding,
                           bool reflect) {
  OpBuilder &b = g.getBuilder();
  Location loc = g.getLoc();
  auto sliceAlong = [&](Value v, int64_t axis, int64_t start, int64_t size) {
    auto type = cast<RankedTensorType>(v.getType());
    SmallVector<int64_t> starts(type.getRank(), 0);
    SmallVector<int64_t> sizes(type.getShape());
    starts[axis] = start;
    sizes[axis] = size;
    return g.slice(v, starts, sizes);
  };
  // The `count` values beyond one end, in the order they are laid out.
  auto border = [&](Value v, int64_t axis, int64_t count, bool atStart) {
    int64_t n = cast<RankedTensorType>(v.getType()).getDimSize(axis);
    if (reflect) {
      Value mirrored = sliceAlong(v, axis, atStart ? 1 : n - 1 - count, count);
      if (count == 1)
        return mirrored;
      return Value(
          tosa::ReverseOp::create(b, loc, mirrored.getType(), mirrored, axis));
    }
    Value edge = sliceAlong(v, axis, atStart ? 0 : n - 1, 1);
    if (count == 1)
      return edge;
    auto type = cast<RankedTensorType>(edge.getType());
    SmallVector<int64_t> multiples(type.getRank(), 1), shape(type.getShape());
    multiples[axis] = shape[axis] = count;
    return Value(tosa::TileOp::create(
        b, loc, g.getTensorType(shape, type.getElementType()), edge,
        g.getConstShape(multiples)));
  };
  for (int64_t axis = 0; axis < int64_t(padding.size()) / 2; ++axis) {
    int64_t before = padding[2 * axis], after = padding[2 * axis + 1];
    if (before == 0 && after == 0)
      continue;
    SmallVector<Value> pieces;
    if (before)
      pieces.push_back(border(x, axis, before, /*atStart=*/true));
    pieces.push_back(x);
    if (after)
      pieces.push_back(border(x, axis, after, /*atStart=*/false));
    auto type = cast<RankedTensorType>(x.getType());
    SmallVector<int64_t> shape(type.getShape());
    shape[axis] += before + after;
    x = tosa::ConcatOp::create(
        b, loc, g.getTensorType(shape, type.getElementType()), pieces, axis);
  }
  return x;
}

/// Pad with constant pads: constant (torch exports AvgPool2d(2, 2) with an
/// all-zero Pad before it), reflect and edge; in the input's layout.
static LogicalResult convertPad(GraphImporter &g) {
  ImportedValue &in = g.getInput(0);
  int64_t rank = in.shape.size();
  std::string mode = g.getStringAttr("mode", "constant");
  if (mode != "constant" && mode != "reflect" && mode != "edge")
    return g.emitError() << "mode '" << mode
                         << "' is not supported (constant, reflect, edge)";
  SmallVector<int64_t> pads = g.getIntsAttr("pads");
  if (g.hasInput(1)) {
    auto p = getIntsInput(g, 1, "pads");
    if (failed(p))
      return failure();
    pads = *p;
  }
  if (g.hasInput(3)) {
    // Opset 18: the pads of the listed axes only.
    FailureOr<SmallVector<int64_t>> axes = getIntsInput(g, 3, "axes");
    if (failed(axes))
      return failure();
    int64_t count = axes->size();
    if (static_cast<int64_t>(pads.size()) != 2 * count)
      return g.emitError() << "expected " << 2 * count << " pads for "
                           << count << " axes, got " << pads.size();
    SmallVector<int64_t> full(2 * rank, 0);
    for (auto [i, axis] : llvm::enumerate(*axes)) {
      if (axis < -rank || axis >= rank)
        return g.emitError() << "axis " << axis << " is out of range";
      int64_t d = axis < 0 ? axis + rank : axis;
      full[d] = pads[i];
      full[d + rank] = pads[i + count];
    }
    pads = std::move(full);
  }
  if (static_cast<int64_t>(pads.size()) != 2 * rank)
    return g.emitError() << "expected " << 2 * rank << " pads, got "
                         << pads.size();
  if (llvm::all_of(pads, [](int64_t p) { return p == 0; })) {
    ImportedValue v = in;
    v.onnxLayoutCache = v.channelsLastCache = nullptr;
    g.setOutput(0, std::move(v));
    return success();
  }
  // Negative pads crop: a slice first, then the positive ones pad it.
  SmallVector<int64_t> inShape = in.shape, cropBegin(rank, 0);
  bool crops = false;
  for (int64_t d = 0; d < rank; ++d) {
    int64_t begin = std::max<int64_t>(-pads[d], 0);
    int64_t end = std::max<int64_t>(-pads[d + rank], 0);
    if (!begin && !end)
      continue;
    if (inShape[d] == kUnknown || begin + end >= inShape[d])
      return g.emitError() << "cropping " << begin << " and " << end
                           << " of dimension " << d << " (of "
                           << (inShape[d] == kUnknown
                                   ? std::string("dynamic size")
                                   : std::to_string(inShape[d]))
                           << ") is not supported";
    inShape[d] -= begin + end;
    cropBegin[d] = begin;
    pads[d] = std::max<int64_t>(pads[d], 0);
    pads[d + rank] = std::max<int64_t>(pads[d + rank], 0);
    crops = true;
  }
  double value = g.getFloatAttr("value", 0.0);
  if (g.hasInput(2)) {
    const HostTensor *c = g.getConstantInput(2);
    if (!c || c->size() != 1)
      return g.emitError() << "the pad value must be a constant scalar";
    value = c->getAsDouble(0);
  }
  SmallVector<int64_t> shape;
  for (int64_t d = 0; d < rank; ++d) {
    if (inShape[d] == kUnknown && (pads[d] || pads[d + rank]))
      return g.emitError() << "padding the dynamic dimension " << d
                           << " is not supported";
    if (mode == "reflect" && inShape[d] != kUnknown &&
        std::max(pads[d], pads[d + rank]) >= inShape[d])
      return g.emitError() << "reflect padding of " << pads[d] << " and "
                           << pads[d + rank] << " needs more than "
                           << inShape[d] << " values in dimension " << d;
    shape.push_back(inShape[d] == kUnknown
                        ? kUnknown
                        : inShape[d] + pads[d] + pads[d + rank]);
  }
  bool channelsLast = in.channelsLast;
  Value x = channelsLast ? in.value : g.getOnnxLayout(in);
  if (!x)
    return failure();
  static constexpr int64_t kFromNhwc[] = {0, 2, 3, 1};
  if (crops) {
    SmallVector<int64_t> begin, size;
    for (int64_t d = 0; d < rank; ++d) {
      int64_t onnxDim = channelsLast ? kFromNhwc[d] : d;
      begin.push_back(cropBegin[onnxDim]);
      size.push_back(inShape[onnxDim]);
    }
    x = g.slice(x, begin, size);
    if (llvm::all_of(pads, [](int64_t p) { return p == 0; })) {
      g.setOutput(0, x, shape, channelsLast);
      return success();
    }
  }
  SmallVector<int64_t> padding;
  for (int64_t d = 0; d < rank; ++d) {
    int64_t onnxDim = channelsLast ? kFromNhwc[d] : d;
    padding.push_back(pads[onnxDim]);
    padding.push_back(pads[onnxDim + rank]);
  }
  Value result =
      mode != "constant"
          ? padWithBorder(g, x, padding, /*reflect=*/mode == "reflect")
          : tosa::PadOp::create(g.getBuilder(), g.getLoc(),
                                g.getTensorType(GraphImporter::getLayoutShape(
                                                    shape, channelsLast),
                                                in.elementType),
                                x, g.getConstShape(padding),
                                g.getScalar(value, in.elementType, 1));
  g.setOutput(0, result, shape, channelsLast);
  return success();
}

/// A scale factor as a fraction num/den (den <= 64), or failure when the
/// float is not such a fraction.
static FailureOr<std::pair<int64_t, int64_t>> getScaleFraction(double scale) {
  for (int64_t den = 1; den <= 64; ++den) {
    auto num = static_cast<int64_t>(std::llround(scale * double(den)));
    if (num > 0 && static_cast<float>(double(num) / double(den)) ==
                       static_cast<float>(scale))
      return std::make_pair(num, den);
  }
  return failure();
}

/// Resize with mode=linear on H and W (F.interpolate's bilinear, and
/// upsampling in FPN and DeepLab heads) as tosa.resize BILINEAR. TOSA maps
/// output pixel o to the input coordinate (o * scale_d + offset) / scale_n
/// and clamps at the edges, as ONNX Runtime does; each of ONNX's coordinate
/// transformations is such a map:
///   half_pixel:    (o + 1/2) / s - 1/2 = (2q o + q - p) / 2p for s = p/q
///   asymmetric:    o / s               = q o / p
///   align_corners: o (in - 1) / (out - 1)
static LogicalResult convertLinearResize(GraphImporter &g, ImportedValue &in,
                                         ArrayRef<int64_t> outSize,
                                         ArrayRef<double> scales,
                                         StringRef coordinates) {
  SmallVector<int64_t> scale, offset, border;
  for (int64_t d = 0; d < 2; ++d) {
    int64_t from = in.shape[2 + d], to = outSize[d];
    int64_t num = to, den = from; // the scale out/in, without scales=
    if (!scales.empty()) {
      FailureOr<std::pair<int64_t, int64_t>> fraction =
          getScaleFraction(scales[2 + d]);
      if (failed(fraction))
        return g.emitError() << "the scale " << scales[2 + d]
                             << " is not a fraction with a denominator of "
                                "at most 64";
      std::tie(num, den) = *fraction;
    }
    int64_t scaleN, scaleD, off;
    bool alignCorners = coordinates == "align_corners";
    if ((alignCorners || coordinates == "pytorch_half_pixel") &&
        (to == 1 || from == 1)) {
      // A single output pixel reads input 0 (align_corners and
      // pytorch_half_pixel say so); from a single input pixel every output
      // does, which the identity map gives after clamping.
      scaleN = scaleD = 1;
      off = 0;
    } else if (alignCorners) {
      scaleN = to - 1;
      scaleD = from - 1;
      off = 0;
    } else if (coordinates == "asymmetric") {
      scaleN = num;
      scaleD = den;
      off = 0;
    } else if (coordinates == "half_pixel" ||
               coordinates == "pytorch_half_pixel") {
      scaleN = 2 * num;
      scaleD = 2 * den;
      off = den - num;
    } else {
      return g.emitError() << "mode=linear with coordinate "
                              "transformation '"
                           << coordinates
                           << "' is not supported (half_pixel, "
                              "pytorch_half_pixel, align_corners, asymmetric)";
    }
    scale.append({scaleN, scaleD});
    offset.push_back(off);
    // TOSA checks out - 1 == ((in - 1) scale_n - offset + border) / scale_d.
    border.push_back((to - 1) * scaleD - (from - 1) * scaleN + off);
  }
  Value x = g.getChannelsLast(in);
  if (!x)
    return failure();
  SmallVector<int64_t> shape = {in.shape[0], in.shape[1], outSize[0],
                                outSize[1]};
  Value result = tosa::ResizeOp::create(
      g.getBuilder(), g.getLoc(),
      g.getTensorType(GraphImporter::getLayoutShape(shape, true),
                      in.elementType),
      x, g.getConstShape(scale), g.getConstShape(offset),
      g.getConstShape(border), tosa::ResizeMode::BILINEAR);
  g.setOutput(0, result, shape, /*channelsLast=*/true);
  return success();
}

/// Resize as torch exports F.interpolate(scale_factor=k, mode="nearest"):
/// nearest, asymmetric coordinates, floor; whole scale factors on the
/// spatial dimensions. Each pixel repeats k times: reshape to
/// [.., H, 1, W, 1, ..], tile, reshape back (in the input's layout).
static LogicalResult convertResize(GraphImporter &g) {
  ImportedValue &in = g.getInput(0);
  std::string mode = g.getStringAttr("mode", "nearest");
  std::string coordinates =
      g.getStringAttr("coordinate_transformation_mode", "half_pixel");
  std::string rounding = g.getStringAttr("nearest_mode", "round_prefer_floor");
  if (mode != "linear" &&
      (mode != "nearest" || coordinates != "asymmetric" || rounding != "floor"))
    return g.emitError() << "only mode=linear, and mode=nearest with "
                            "asymmetric coordinates and floor rounding "
                            "(F.interpolate's nearest), are supported, not "
                            "mode="
                         << mode << " " << coordinates << " " << rounding;
  if (in.shape.size() != 4 || in.shape[2] == kUnknown ||
      in.shape[3] == kUnknown)
    return g.emitError() << "only 4-D inputs with static spatial sizes are "
                            "supported";
  if (mode == "linear") {
    if (g.getIntAttr("antialias", 0))
      return g.emitError() << "antialias=1 is not supported";
    if (!g.getIntsAttr("axes").empty())
      return g.emitError() << "the axes attribute is not supported";
    if (!isa<FloatType>(in.elementType))
      return g.emitError() << "mode=linear of integers is not "
                              "supported";
    SmallVector<double> scales;
    SmallVector<int64_t> outSize;
    if (const HostTensor *s = g.getConstantInput(2); s && s->size() == 4) {
      scales.assign(s->floats.begin(), s->floats.end());
      for (int64_t d = 2; d < 4; ++d)
        outSize.push_back(
            static_cast<int64_t>(std::floor(double(in.shape[d]) * scales[d])));
    } else if (const HostTensor *s = g.getConstantInput(3);
               s && s->size() == 4 && s->ints[2] != kUnknown &&
               s->ints[3] != kUnknown) {
      // F.interpolate(size=...) of a dynamic batch: the sizes start with
      // the input's own (unknown) batch and channels.
      for (int64_t d = 0; d < 2; ++d)
        if (s->ints[d] != kUnknown && s->ints[d] != in.shape[d])
          return g.emitError() << "only the spatial dimensions may be "
                                  "resized";
      outSize = {s->ints[2], s->ints[3]};
    } else {
      return g.emitError() << "the scales or sizes must be constant";
    }
    if ((!scales.empty() && (scales[0] != 1.0 || scales[1] != 1.0)) ||
        llvm::any_of(outSize, [](int64_t n) { return n < 1; }))
      return g.emitError() << "only the spatial dimensions may be "
                              "resized, to at least one pixel";
    return convertLinearResize(g, in, outSize, scales, coordinates);
  }
  SmallVector<int64_t> factors;
  if (const HostTensor *scales = g.getConstantInput(2);
      scales && scales->size() == 4) {
    for (double f : scales->floats)
      factors.push_back(static_cast<int64_t>(f));
    for (auto [f, d] : llvm::zip(factors, scales->floats))
      if (f != d)
        factors.clear();
  } else if (const HostTensor *sizes = g.getConstantInput(3);
             sizes && sizes->size() == 4) {
    for (int64_t d = 0; d < 4; ++d) {
      int64_t from = in.shape[d], to = sizes->ints[d];
      if (from == kUnknown || to == kUnknown) {
        factors.push_back(from == to ? 1 : 0);
        continue;
      }
      factors.push_back(to % from == 0 ? to / from : 0);
    }
  }
  if (factors.size() != 4 || factors[0] != 1 || factors[1] != 1 ||
      factors[2] < 1 || factors[3] < 1)
    return g.emitError() << "only whole, constant scale factors on the "
                            "spatial dimensions are supported";
  int64_t fh = factors[2], fw = factors[3];
  SmallVector<int64_t> shape = {in.shape[0], in.shape[1], in.shape[2] * fh,
                                in.shape[3] * fw};
  bool channelsLast = in.channelsLast;
  Value x = channelsLast ? in.value : g.getOnnxLayout(in);
  if (!x)
    return failure();
  // The spatial dimensions in the value's layout: H, W at 1, 2 (NHWC) or
  // 2, 3 (NCHW).
  int64_t h = channelsLast ? 1 : 2;
  auto layoutShape = GraphImporter::getLayoutShape(in.shape, channelsLast);
  SmallVector<int64_t> spread(layoutShape.begin(), layoutShape.end());
  spread.insert(spread.begin() + h + 2, 1);
  spread.insert(spread.begin() + h + 1, 1);
  SmallVector<int64_t> multiples(6, 1);
  multiples[h + 1] = fh;
  multiples[h + 3] = fw;
  SmallVector<int64_t> tiled = spread;
  tiled[h + 1] = fh;
  tiled[h + 3] = fw;
  Value spreadValue = g.reshape(x, spread);
  if (!spreadValue)
    return failure();
  Value tile = tosa::TileOp::create(g.getBuilder(), g.getLoc(),
                                    g.getTensorType(tiled, in.elementType),
                                    spreadValue, g.getConstShape(multiples));
  Value result =
      g.reshape(tile, GraphImporter::getLayoutShape(shape, channelsLast));
  if (!result)
    return failure();
  g.setOutput(0, result, shape, channelsLast);
  return success();
}

namespace {
/// A static NCHW image and the blocksize DepthToSpace / SpaceToDepth move.
struct BlockedImage {
  int64_t n, c, h, w, block;
};
} // namespace

static FailureOr<BlockedImage> getBlockedImage(GraphImporter &g,
                                               ImportedValue &in) {
  int64_t block = g.getIntAttr("blocksize", 0);
  if (in.shape.size() != 4)
    return g.emitError() << "only 4-D inputs are supported";
  if (block < 1)
    return g.emitError() << "blocksize must be positive, not " << block;
  BlockedImage image{in.shape[0], in.shape[1], in.shape[2], in.shape[3], block};
  if (image.c == kUnknown || image.h == kUnknown || image.w == kUnknown)
    return g.emitError() << "dynamic channel or spatial dimensions are not "
                            "supported";
  return image;
}

/// Defines output 0 as `in` (ONNX layout) reshaped to `split`, transposed by
/// `perms` and reshaped to `shape`.
static LogicalResult defineRearranged(GraphImporter &g, ImportedValue &in,
                                      ArrayRef<int64_t> split,
                                      ArrayRef<int32_t> perms,
                                      ArrayRef<int64_t> shape) {
  Value r = g.getOnnxLayout(in);
  r = r ? g.reshape(r, split) : nullptr;
  r = r ? g.transpose(r, perms) : nullptr;
  r = r ? g.reshape(r, shape) : nullptr;
  if (!r)
    return failure();
  g.setOutput(0, r, shape);
  return success();
}

/// DepthToSpace (torch's pixel_shuffle, the upsampler of super-resolution
/// networks, writes mode=CRD) and SpaceToDepth, as ONNX defines them: a
/// reshape to 6-D, a transpose and a reshape back, in the ONNX layout.
static LogicalResult convertDepthToSpace(GraphImporter &g) {
  ImportedValue &in = g.getInput(0);
  FailureOr<BlockedImage> image = getBlockedImage(g, in);
  if (failed(image))
    return failure();
  auto [n, c, h, w, b] = *image;
  std::string mode = g.getStringAttr("mode", "DCR");
  if (mode != "DCR" && mode != "CRD")
    return g.emitError() << "unknown mode '" << mode << "' (DCR, CRD)";
  if (c % (b * b))
    return g.emitError() << c << " channels do not split into blocks of " << b
                         << "x" << b;
  int64_t depth = c / (b * b);
  SmallVector<int64_t> shape = {n, depth, h * b, w * b};
  if (mode == "DCR")
    return defineRearranged(g, in, {n, b, b, depth, h, w}, {0, 3, 4, 1, 5, 2},
                            shape);
  return defineRearranged(g, in, {n, depth, b, b, h, w}, {0, 1, 4, 2, 5, 3},
                          shape);
}

static LogicalResult convertSpaceToDepth(GraphImporter &g) {
  ImportedValue &in = g.getInput(0);
  FailureOr<BlockedImage> image = getBlockedImage(g, in);
  if (failed(image))
    return failure();
  auto [n, c, h, w, b] = *image;
  if (h % b || w % b)
    return g.emitError() << "a " << h << "x" << w
                         << " image does not split into blocks of " << b << "x"
                         << b;
  return defineRearranged(g, in, {n, c, h / b, b, w / b, b}, {0, 3, 5, 1, 2, 4},
                          {n, c * b * b, h / b, w / b});
}

void mlir::prune::onnx_import::registerImageConverters(ConverterTable &table) {
  table["Resize"] = convertResize;
  table["Pad"] = convertPad;
  table["DepthToSpace"] = convertDepthToSpace;
  table["SpaceToDepth"] = convertSpaceToDepth;
}
