//===- ConvGeometry.cpp - ONNX windows as TOSA pads, strides, crops -------===//

#include "ConvGeometry.h"

#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/Dialect/Tosa/Utils/ConversionUtils.h"

using namespace mlir;
using namespace mlir::prune::onnx_import;

FailureOr<Window> mlir::prune::onnx_import::resolveWindow(
    GraphImporter &g, ArrayRef<int64_t> inputHW, ArrayRef<int64_t> kernel,
    bool ceilMode) {
  Window w;
  w.kernel.assign(kernel.begin(), kernel.end());
  SmallVector<int64_t> strides = g.getIntsAttr("strides");
  SmallVector<int64_t> dilations = g.getIntsAttr("dilations");
  SmallVector<int64_t> pads = g.getIntsAttr("pads");
  if (strides.empty())
    strides = {1, 1};
  if (dilations.empty())
    dilations = {1, 1};
  if (pads.empty())
    pads = {0, 0, 0, 0};
  // A 1-D window runs as a 2-D one of height 1 (convert1DAs2D).
  if (strides.size() == 1)
    strides.insert(strides.begin(), 1);
  if (dilations.size() == 1)
    dilations.insert(dilations.begin(), 1);
  if (pads.size() == 2)
    pads = {0, pads[0], 0, pads[1]};
  if (strides.size() != 2 || dilations.size() != 2 || pads.size() != 4) {
    g.emitError() << "only 2-D windows are supported";
    return failure();
  }
  w.stride.assign(strides.begin(), strides.end());
  w.dilation.assign(dilations.begin(), dilations.end());
  std::string autoPad = g.getStringAttr("auto_pad", "NOTSET");
  for (int d = 0; d < 2; ++d) {
    int64_t in = inputHW[d];
    if (in == kUnknown) {
      g.emitError() << "dynamic spatial dimensions are not supported";
      return failure();
    }
    int64_t extent = (kernel[d] - 1) * w.dilation[d] + 1;
    int64_t before = pads[d], after = pads[d + 2];
    if (autoPad == "VALID") {
      before = after = 0;
    } else if (autoPad == "SAME_UPPER" || autoPad == "SAME_LOWER") {
      int64_t out = (in + w.stride[d] - 1) / w.stride[d];
      int64_t total =
          std::max<int64_t>(0, (out - 1) * w.stride[d] + extent - in);
      before = autoPad == "SAME_UPPER" ? total / 2 : total - total / 2;
      after = total - before;
    } else if (autoPad != "NOTSET") {
      g.emitError() << "unknown auto_pad '" << autoPad << "'";
      return failure();
    }
    int64_t span = in + before + after - extent;
    if (span < 0) {
      g.emitError() << "the window is larger than the padded input";
      return failure();
    }
    int64_t rem = span % w.stride[d];
    int64_t crop = 0;
    if (rem && ceilMode) {
      after += w.stride[d] - rem; // one more window, as ceil_mode asks
    } else if (rem) {
      // TOSA wants the windows to end exactly at the padded input's end;
      // ONNX drops the rows no window reaches. Drop them from the padding,
      // then from the input.
      int64_t fromPad = std::min(rem, after);
      after -= fromPad;
      crop = rem - fromPad;
    }
    w.pad.push_back(before);
    w.pad.push_back(after);
    w.crop.push_back(crop);
    w.output.push_back((in - crop + before + after - extent) / w.stride[d] + 1);
  }
  return w;
}

Value mlir::prune::onnx_import::cropInput(GraphImporter &g, Value x,
                                          const Window &w) {
  if (w.crop[0] == 0 && w.crop[1] == 0)
    return x;
  auto type = cast<RankedTensorType>(x.getType());
  SmallVector<int64_t> size(type.getShape());
  size[1] -= w.crop[0];
  size[2] -= w.crop[1];
  return g.slice(x, {0, 0, 0, 0}, size);
}

FailureOr<WindowedInput>
mlir::prune::onnx_import::getWindowedInput(GraphImporter &g, ImportedValue &in,
                                           ArrayRef<int64_t> kernel,
                                           bool ceilMode) {
  FailureOr<Window> window =
      resolveWindow(g, {in.shape[2], in.shape[3]}, kernel, ceilMode);
  if (failed(window))
    return failure();
  Value x = g.getChannelsLast(in);
  if (!x)
    return failure();
  return WindowedInput{*window, cropInput(g, x, *window)};
}

SmallVector<std::pair<int64_t, int64_t>, 2>
mlir::prune::onnx_import::trimPaddingTaps(Window &w,
                                          ArrayRef<int64_t> inputHW) {
  SmallVector<std::pair<int64_t, int64_t>, 2> kept;
  for (int d = 0; d < 2; ++d) {
    int64_t kernel = w.kernel[d], stride = w.stride[d];
    int64_t dilation = w.dilation[d], in = inputHW[d];
    int64_t &before = w.pad[2 * d], &after = w.pad[2 * d + 1];
    auto readsInput = [&](int64_t tap) {
      for (int64_t o = 0; o < w.output[d]; ++o) {
        int64_t at = o * stride + tap * dilation - before;
        if (at >= 0 && at < in)
          return true;
      }
      return false;
    };
    int64_t first = 0, last = kernel - 1;
    // The padding before must stay >= 0, and so must the padding after
    // that keeps the output size.
    while (first < last && !readsInput(first) &&
           (first + 1) * dilation <= before)
      ++first;
    while (last > first && !readsInput(last))
      --last;
    int64_t newBefore = before - first * dilation;
    int64_t newAfter =
        (w.output[d] - 1) * stride + last * dilation + 1 - in - before;
    while (newAfter < 0 && last < kernel - 1)
      newAfter =
          (w.output[d] - 1) * stride + ++last * dilation + 1 - in - before;
    kept.push_back({first, last});
    if (first == 0 && last == kernel - 1)
      continue;
    before = newBefore;
    after = newAfter;
    w.kernel[d] = last - first + 1;
  }
  return kept;
}
