//===- ConvGeometry.h - ONNX windows as TOSA pads, strides, crops -*- C++
//-*-===//
//
// The 2-D window of a Conv, QLinearConv or pool: ONNX's attributes
// (kernel_shape, strides, dilations, pads, auto_pad, ceil_mode) resolved to
// TOSA's pad [top, bottom, left, right], stride and dilation. TOSA wants the
// windows to end exactly at the padded input's end where ONNX rounds down;
// the rows and columns no window reads come off the end padding first, then
// off the input (`crop`).
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_LIB_IMPORT_CONVGEOMETRY_H
#define PRUNE_LIB_IMPORT_CONVGEOMETRY_H

#include "GraphImporter.h"

namespace mlir::prune::onnx_import {

struct Window {
  SmallVector<int64_t, 2> kernel, stride, dilation;
  SmallVector<int64_t, 4> pad; // top, bottom, left, right
  SmallVector<int64_t, 2> crop, output;
};

/// Resolves the current node's window attributes for an input of spatial
/// size `inputHW` and a kernel of `kernel`; fails after an error at the node.
FailureOr<Window> resolveWindow(GraphImporter &g, ArrayRef<int64_t> inputHW,
                                ArrayRef<int64_t> kernel,
                                bool ceilMode = false);

/// `x` (NHWC) without the rows and columns `w.crop` drops.
Value cropInput(GraphImporter &g, Value x, const Window &w);

/// The window of the current node over `in` (rank 4, NCHW shape) and `in`
/// as the windowed op reads it: NHWC, cropped.
struct WindowedInput {
  Window window;
  Value input;
};
FailureOr<WindowedInput> getWindowedInput(GraphImporter &g, ImportedValue &in,
                                          ArrayRef<int64_t> kernel,
                                          bool ceilMode = false);

/// Drops the kernel taps of `w` (over an input of spatial size `inputHW`,
/// after the crop) that read only padding, for every output: the atrous
/// convolutions of DeepLab's ASPP (dilation 12-36) on a small feature map
/// are mostly such taps, and a convolution with zero padding gets nothing
/// from them. The kernel shrinks to the taps [first, last] of each
/// dimension, returned, and the pads shrink with it.
SmallVector<std::pair<int64_t, int64_t>, 2>
trimPaddingTaps(Window &w, ArrayRef<int64_t> inputHW);

} // namespace mlir::prune::onnx_import

#endif // PRUNE_LIB_IMPORT_CONVGEOMETRY_H
