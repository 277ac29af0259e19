//===- WeightStorage.h - Read and write constant tensors --------*- C++ -*-===//
//
// The one place that reads and writes the elements of constant tensors:
// `dense` (splat or not) and `dense_resource` attributes of `tosa.const` and
// `arith.constant`, for every element type a weight can have (f32, f16,
// bf16, f64, i8, i16, i32, i64; sub-byte and unsigned integers are refused
// with a reason, which the passes turn into a remark).
//
// `WeightBuffer` is typed, mutable access for the pruning loops: writes go
// into a dense_resource blob in place when the blob is mutable (blobs parsed
// from text), else into one new aligned buffer made on the first write
// (dense attributes, blobs mmapped by the bytecode reader); `commit`
// publishes them. The free functions read whole constants (as doubles or as
// a dense attribute) and replace a constant's value, keeping its storage
// kind.
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_SUPPORT_WEIGHTSTORAGE_H
#define PRUNE_SUPPORT_WEIGHTSTORAGE_H

#include "Prune/Support/ElementCodec.h"

#include "mlir/IR/AsmState.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/Operation.h"
#include "mlir/Support/LLVM.h"

#include <optional>
#include <string>
#include <vector>

namespace mlir::prune {

/// Typed, mutable access to the elements of one weight constant. Integer
/// weights are measured and zeroed relative to their zero point.
class WeightBuffer {
public:
  /// Returns a buffer for `value`, or failure with `error` set when its
  /// element type or storage is not supported.
  static FailureOr<WeightBuffer> get(ElementsAttr value, int64_t zeroPoint,
                                     std::string &error);

  int64_t size() const { return numElements; }
  /// abs(w - zeroPoint) of element `i`.
  double magnitude(int64_t i) const;
  bool isZero(int64_t i) const { return magnitude(i) == 0.0; }
  /// Sets element `i` to the zero point.
  void setZero(int64_t i);
  /// Whether the elements are floats (value/setValue work).
  bool isFloat() const { return isFloatKind(kind); }
  /// The value of float element `i`.
  double value(int64_t i) const;
  /// Sets float element `i` to `v` (rounded to the element type).
  void setValue(int64_t i, double v);
  int64_t countNonZeros() const;
  /// The storage bytes of one element (its bit pattern, little endian as in
  /// dense attributes); used to copy kept elements into a packed form.
  ArrayRef<char> getElementBytes(int64_t i) const {
    return ArrayRef<char>(elementPtr(i), elementBytes);
  }
  int64_t getElementByteWidth() const { return elementBytes; }
  bool isModified() const { return modified; }
  /// Returns the attribute holding the written values: a new dense
  /// attribute, or the original dense_resource attribute whose blob now
  /// holds them (the new buffer is handed to the resource, not copied).
  ElementsAttr commit();

  MLIRContext *getContext() const { return original.getContext(); }
  /// Calls `fn` with this buffer's element description (ElementCodec.h).
  template <typename Fn>
  void visitElements(Fn &&fn) const {
    visitElementType(kind, zeroPoint, std::forward<Fn>(fn));
  }
  /// Raw access for typed loops.
  /// The bytes reads come from (one element when `isSplatStorage`).
  ArrayRef<char> getReadData() const { return data; }
  bool isSplatStorage() const { return isSplat; }
  /// Returns every element's bytes, writable, copying them first unless the
  /// storage may be written in place.
  MutableArrayRef<char> makeWritable();
  /// Returns a buffer that the caller fills with every element's new value
  /// while reading the old ones from `getReadData()` (it may be the same
  /// memory: read element i before writing it). No copy is made; splats
  /// must be made writable first. `endOverwrite` switches reads to it.
  MutableArrayRef<char> beginOverwrite();
  void endOverwrite();
  /// Records the nonzero count a typed loop found, so that `countNonZeros`
  /// need not scan again.
  void setKnownNonZeros(int64_t count) { knownNonZeros = count; }

private:
  WeightBuffer() = default;
  const char *elementPtr(int64_t i) const {
    return data.data() + (isSplat ? 0 : i * elementBytes);
  }
  char *makeWritable(int64_t i) {
    return makeWritable().data() + i * elementBytes;
  }

  ElementsAttr original;
  ElementKind kind = ElementKind::F32;
  int64_t numElements = 0;
  int64_t elementBytes = 4;
  int64_t zeroPoint = 0;
  bool isSplat = false;
  bool modified = false;
  /// Where reads come from: the attribute's storage, the blob, or
  /// `written`.
  ArrayRef<char> data;
  /// The new buffer for dense attributes and immutable blobs, made on the
  /// first write; it becomes the resource's blob on commit.
  std::optional<AsmResourceBlob> written;
  /// The blob's own bytes when the blob may be written in place.
  MutableArrayRef<char> inPlace;
  /// The number of nonzeros, once known and until the next write.
  mutable std::optional<int64_t> knownNonZeros;
};

/// Reads a weight's elements and zeros chosen ones, making the buffer
/// writable (and expanding a splat) only at the first element that actually
/// changes, so a layer left as it is costs no copy.
template <typename Element>
class CopyOnWriteZeroer {
  using S = typename Element::Storage;

public:
  CopyOnWriteZeroer(WeightBuffer &buffer, Element element)
      : buffer(buffer), element(element), in(buffer.getReadData().data()),
        splat(buffer.isSplatStorage()) {}

  S load(int64_t i) const { return loadAt<S>(in, splat ? 0 : i); }

  void zero(int64_t i) {
    if (element.isZero(load(i)))
      return;
    if (!out) {
      out = buffer.makeWritable().data();
      in = out;
      splat = false;
    }
    storeAt<S>(out, i, element.zero());
  }

private:
  WeightBuffer &buffer;
  Element element;
  const char *in;
  bool splat;
  char *out = nullptr;
};

/// Whether `op` is a constant op (ConstantLike) with one ranked tensor
/// result: `tosa.const`, a tensor `arith.constant`...
bool isConstantTensorOp(Operation *op);

/// The value of a constant op (`tosa.const`, `arith.constant`, any
/// ConstantLike op) as elements, or failure with `error` when it is not a
/// constant tensor.
FailureOr<ElementsAttr> getConstantElements(Operation *constantOp,
                                            std::string &error);

/// The value of a constant op as a dense attribute: the attribute itself, or
/// for `dense_resource` a dense copy of the blob's bytes (`isResource` set).
/// Fails, with `error`, for other attributes and for resources without data
/// or of sub-byte elements.
FailureOr<DenseElementsAttr> getDenseConstant(Operation *constantOp,
                                              std::string &error,
                                              bool *isResource = nullptr);

/// Reads a float constant's elements as doubles (row-major); fails with
/// `error` when the constant is not a dense or dense_resource float tensor.
FailureOr<std::vector<double>> readFloatConstant(Operation *constantOp,
                                                 std::string &error);

/// Whether every element of the constant `value` (dense or dense_resource,
/// float elements, or a float scalar) is +0.0 or -0.0.
bool isAllZeroFloatConstant(Attribute value);

/// Replaces the value of a constant op (tosa.const or arith.constant) and
/// retypes its result.
void setConstantValue(Operation *constantOp, ElementsAttr value);

/// Replaces the value of a constant op by `value`; with `asResource` (the
/// old value was a dense_resource) a non-splat value becomes a new blob
/// under the old resource's name, so the constant stays dense_resource.
void setConstantValue(Operation *constantOp, DenseElementsAttr value,
                      bool asResource);

/// For each index k of `axis` of a row-major `shape`, calls `fn(k, linear)`
/// for every element whose index along `axis` is k.
void forEachAlongAxis(ArrayRef<int64_t> shape, int64_t axis,
                      function_ref<void(int64_t, int64_t)> fn);

/// Keeps the indices `kept` of `axis` of a dense constant.
DenseElementsAttr sliceAlongAxis(DenseElementsAttr attr, int64_t axis,
                                 ArrayRef<int64_t> kept);

} // namespace mlir::prune

#endif // PRUNE_SUPPORT_WEIGHTSTORAGE_H
