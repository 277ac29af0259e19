//===- HostTensor.h - Constant tensors held by the ONNX importer -*- C++
//-*-===//
//
// The importer keeps every constant it knows (initializers, Constant nodes,
// results of shape arithmetic) on the host, so that shape computations fold
// and weights can be permuted or have a BatchNorm folded in before they
// become IR. Integer tensors may hold `kUnknown` entries: the values of
// dimensions that are dynamic (the batch), which the importer carries
// through Shape -> Gather -> Concat -> Reshape chains.
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_LIB_IMPORT_HOSTTENSOR_H
#define PRUNE_LIB_IMPORT_HOSTTENSOR_H

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/Support/LLVM.h"
#include "llvm/ADT/SmallVector.h"

#include <cstdint>
#include <string>
#include <vector>

namespace onnx {
class TensorProto;
} // namespace onnx

namespace mlir::prune::onnx_import {

/// An integer element whose value is a dynamic dimension.
constexpr int64_t kUnknown = ShapedType::kDynamic;

int64_t getNumElements(ArrayRef<int64_t> shape);

/// The product of `dims`, kUnknown if any is.
int64_t getProductOrUnknown(ArrayRef<int64_t> dims);

/// `dims` as messages write a shape: [8, 1], '?' for kUnknown.
std::string formatShape(ArrayRef<int64_t> dims);

/// The index along `axis` of the row-major element `linear` of `shape`
/// (which per-channel parameter applies to it).
inline int64_t getIndexAlongAxis(int64_t linear, ArrayRef<int64_t> shape,
                                 int64_t axis) {
  int64_t inner = 1;
  for (size_t d = axis + 1; d < shape.size(); ++d)
    inner *= shape[d];
  return (linear / inner) % shape[axis];
}

struct HostTensor {
  /// f16, bf16, f32, f64, i1, i8, ui8, i16, i32 or i64.
  Type elementType;
  SmallVector<int64_t> shape;
  /// Float elements (when elementType is a float type).
  std::vector<double> floats;
  /// Integer elements otherwise, possibly kUnknown.
  std::vector<int64_t> ints;

  bool isFloat() const { return isa<FloatType>(elementType); }
  int64_t size() const { return getNumElements(shape); }
  bool hasUnknowns() const;
  double getAsDouble(int64_t i) const {
    return isFloat() ? floats[i] : static_cast<double>(ints[i]);
  }

  static HostTensor getFloat(Type type, ArrayRef<int64_t> shape,
                             std::vector<double> values);
  static HostTensor getInt(Type type, ArrayRef<int64_t> shape,
                           std::vector<int64_t> values);

  /// The same elements in another shape (same count).
  HostTensor reshaped(ArrayRef<int64_t> newShape) const;
  /// This tensor repeated along `newShape` by numpy's broadcasting rules
  /// (aligned on the right; `newShape` is a broadcast of `shape`).
  HostTensor broadcastTo(ArrayRef<int64_t> newShape) const;
  /// Elements permuted: result dim i is input dim perms[i].
  HostTensor transposed(ArrayRef<int64_t> perms) const;
  /// Elements gathered along `axis` at `indices` (negative ones wrap).
  HostTensor gathered(int64_t axis, ArrayRef<int64_t> indices) const;
  /// The elements as `type` (float <-> int rounds toward zero as ONNX Cast).
  HostTensor castTo(Type type) const;

  /// The elements as an attribute of type `tensor<shape x elementType>`:
  /// `dense` below `resourceThresholdBytes`, else `dense_resource` named
  /// after `nameHint`. Fails (returns null) when an element is unknown.
  ElementsAttr toAttribute(MLIRContext *context, StringRef nameHint,
                           int64_t resourceThresholdBytes) const;
};

/// Converts an ONNX element type (TensorProto::DataType) to MLIR's, or
/// returns null for types the importer does not handle.
Type convertElementType(MLIRContext *context, int onnxType);

/// The name of ONNX element type `onnxType` (FLOAT8E4M3FN, ...) for messages.
std::string getOnnxTypeName(int onnxType);

/// Reads `proto` (inline, raw or external data; external files are
/// resolved against `modelDir`). On failure returns false with `error`.
bool readTensor(const onnx::TensorProto &proto, MLIRContext *context,
                StringRef modelDir, HostTensor &result, std::string &error);

} // namespace mlir::prune::onnx_import

#endif // PRUNE_LIB_IMPORT_HOSTTENSOR_H
