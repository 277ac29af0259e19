//===- WeightStorage.cpp - Read and write constant tensors ----------------===//
//
// WeightBuffer reads the attribute's own bytes (no copy) and writes at most
// once: in place into a mutable blob, or into one new buffer that becomes
// the value on commit. Large new buffers ask for transparent huge pages. The
// whole-constant readers are written on top of the same storage access, so
// dense, splat and dense_resource constants read alike everywhere.
//
//===----------------------------------------------------------------------===//

#include "Prune/Support/WeightStorage.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/IR/BuiltinDialect.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "mlir/IR/Matchers.h"
#include "llvm/ADT/APFloat.h"
#include "llvm/Support/MathExtras.h"

#include <algorithm>
#include <cstddef>

#ifdef __linux__
#include <sys/mman.h>
#endif

using namespace mlir;
using namespace mlir::prune;

//===----------------------------------------------------------------------===//
// WeightBuffer
//===----------------------------------------------------------------------===//

FailureOr<WeightBuffer> WeightBuffer::get(ElementsAttr value,
                                          int64_t zeroPoint,
                                          std::string &error) {
  auto type = cast<ShapedType>(value.getType());
  FailureOr<ElementKind> kind = classifyElementType(type.getElementType());
  if (failed(kind)) {
    llvm::raw_string_ostream os(error);
    os << "element type " << type.getElementType() << " is not supported";
    return failure();
  }
  WeightBuffer buffer;
  buffer.original = value;
  buffer.kind = *kind;
  buffer.numElements = type.getNumElements();
  buffer.elementBytes = type.getElementTypeBitWidth() / 8;
  buffer.zeroPoint = zeroPoint;
  if (auto dense = dyn_cast<DenseElementsAttr>(value)) {
    buffer.data = dense.getRawData();
    buffer.isSplat = dense.isSplat();
    return buffer;
  }
  if (auto resource = dyn_cast<DenseResourceElementsAttr>(value)) {
    AsmResourceBlob *blob = resource.getRawHandle().getBlob();
    if (!blob) {
      error = "its dense_resource blob '" +
              resource.getRawHandle().getKey().str() + "' has no data";
      return failure();
    }
    buffer.data = blob->getData();
    if (int64_t(buffer.data.size()) != buffer.numElements * buffer.elementBytes) {
      error = "its dense_resource blob holds " +
              std::to_string(buffer.data.size()) + " bytes, expected " +
              std::to_string(buffer.numElements * buffer.elementBytes);
      return failure();
    }
    if (blob->isMutable())
      buffer.inPlace = blob->getMutableData();
    return buffer;
  }
  error = "its constant storage is neither dense nor dense_resource";
  return failure();
}

double WeightBuffer::magnitude(int64_t i) const {
  double result = 0;
  visitElements([&](auto element) {
    using S = typename decltype(element)::Storage;
    result = element.magnitude(loadAt<S>(elementPtr(i), 0));
  });
  return result;
}

int64_t WeightBuffer::countNonZeros() const {
  if (knownNonZeros)
    return *knownNonZeros;
  int64_t zeros = 0;
  visitElements([&](auto element) {
    using S = typename decltype(element)::Storage;
    const char *p = data.data();
    if (isSplat) {
      zeros = numElements > 0 && element.isZero(loadAt<S>(p, 0)) ? numElements
                                                                 : 0;
      return;
    }
    for (int64_t i = 0; i < numElements; ++i)
      zeros += element.isZero(loadAt<S>(p, i));
  });
  knownNonZeros = numElements - zeros;
  return *knownNonZeros;
}

/// The alignment of a new buffer: the blob's own for resources (the printer
/// writes it out, so it must not change), else the allocator's default.
static size_t getBufferAlignment(ElementsAttr original, int64_t elementBytes) {
  if (auto resource = dyn_cast<DenseResourceElementsAttr>(original))
    if (AsmResourceBlob *blob = resource.getRawHandle().getBlob())
      return std::max<size_t>(blob->getDataAlignment(), 1);
  return std::max<size_t>(alignof(std::max_align_t), elementBytes);
}

/// Allocates the bytes of a new blob. Large ones ask for transparent huge
/// pages: with 4 KiB pages, first-touch page faults on a new 64 MiB layer
/// took most of the pass's time (perf: the fused copy-and-zero loop's store).
static AsmResourceBlob allocateBlob(size_t size, size_t alignment) {
#ifdef __linux__
  constexpr size_t hugePage = size_t(2) << 20;
  if (size >= 4 * hugePage && alignment <= hugePage) {
    size_t rounded = llvm::alignTo(size, hugePage);
    if (void *p = std::aligned_alloc(hugePage, rounded)) {
      (void)::madvise(p, rounded, MADV_HUGEPAGE);
      return AsmResourceBlob(
          ArrayRef<char>(static_cast<char *>(p), size), alignment,
          [](void *data, size_t, size_t) { std::free(data); },
          /*dataIsMutable=*/true);
    }
  }
#endif
  return HeapAsmResourceBlob::allocate(size, alignment,
                                       /*dataIsMutable=*/true);
}

MutableArrayRef<char> WeightBuffer::beginOverwrite() {
  assert(!isSplat && "make a splat writable before overwriting it");
  knownNonZeros.reset();
  if (!inPlace.empty())
    return inPlace;
  if (!written) {
    // Uninitialized: the caller writes every element.
    written = allocateBlob(numElements * elementBytes,
                           getBufferAlignment(original, elementBytes));
  }
  return written->getMutableData();
}

void WeightBuffer::endOverwrite() {
  modified = true;
  if (inPlace.empty())
    data = written->getData();
}

MutableArrayRef<char> WeightBuffer::makeWritable() {
  knownNonZeros.reset();
  if (!inPlace.empty() || written) {
    modified = true;
    return inPlace.empty() ? written->getMutableData() : inPlace;
  }
  bool wasSplat = isSplat;
  isSplat = false;
  MutableArrayRef<char> out = beginOverwrite();
  if (wasSplat) {
    // A splat holds one element; expand it to all.
    for (int64_t i = 0; i < numElements; ++i)
      std::memcpy(out.data() + i * elementBytes, data.data(), elementBytes);
  } else if (!out.empty()) {
    std::memcpy(out.data(), data.data(), out.size());
  }
  endOverwrite();
  return out;
}

void WeightBuffer::setZero(int64_t i) {
  if (isZero(i))
    return;
  char *base = makeWritable().data();
  visitElements([&](auto element) {
    using S = typename decltype(element)::Storage;
    storeAt<S>(base, i, element.zero());
  });
}

double WeightBuffer::value(int64_t i) const {
  assert(isFloat() && "value() of an integer weight");
  double result = 0;
  visitElements([&](auto element) {
    using S = typename decltype(element)::Storage;
    result = element.value(loadAt<S>(elementPtr(i), 0));
  });
  return result;
}

void WeightBuffer::setValue(int64_t i, double v) {
  assert(isFloat() && "setValue() of an integer weight");
  char *p = makeWritable(i);
  switch (kind) {
  case ElementKind::F16:
  case ElementKind::BF16: {
    llvm::APFloat value(v);
    bool losesInfo;
    value.convert(kind == ElementKind::F16 ? llvm::APFloat::IEEEhalf()
                                           : llvm::APFloat::BFloat(),
                  llvm::APFloat::rmNearestTiesToEven, &losesInfo);
    storeAt<uint16_t>(p, 0, value.bitcastToAPInt().getZExtValue());
    return;
  }
  case ElementKind::F32:
    storeAt<float>(p, 0, float(v));
    return;
  default:
    storeAt<double>(p, 0, v);
    return;
  }
}

ElementsAttr WeightBuffer::commit() {
  if (!modified || !inPlace.empty())
    return original;
  // Handed over, not copied; `data` keeps pointing at the same bytes.
  AsmResourceBlob blob = std::move(*written);
  written.reset();
  if (auto resource = dyn_cast<DenseResourceElementsAttr>(original)) {
    // The blob could not be written in place: give the resource the new
    // blob under the same name, so every use of the resource sees the
    // weights. The old blob (an mmapped file region, for bytecode) is
    // released.
    DenseResourceElementsHandle::getManagerInterface(resource.getContext())
        .update(resource.getRawHandle().getKey(), std::move(blob));
    return original;
  }
  // Dense attributes are uniqued in the context, which copies the bytes.
  return DenseElementsAttr::getFromRawBuffer(
      cast<ShapedType>(original.getType()), blob.getData());
}

//===----------------------------------------------------------------------===//
// Whole constants
//===----------------------------------------------------------------------===//

bool prune::isConstantTensorOp(Operation *op) {
  return op && op->hasTrait<OpTrait::ConstantLike>() &&
         op->getNumResults() == 1 &&
         isa<RankedTensorType>(op->getResult(0).getType());
}

FailureOr<ElementsAttr> prune::getConstantElements(Operation *constantOp,
                                                   std::string &error) {
  ElementsAttr value;
  if (!matchPattern(constantOp, m_Constant(&value))) {
    error = "'" + constantOp->getName().getStringRef().str() +
            "' is not a constant tensor";
    return failure();
  }
  return value;
}

FailureOr<DenseElementsAttr> prune::getDenseConstant(Operation *constantOp,
                                                     std::string &error,
                                                     bool *isResource) {
  if (isResource)
    *isResource = false;
  Attribute value;
  if (!matchPattern(constantOp, m_Constant(&value))) {
    error = "'" + constantOp->getName().getStringRef().str() +
            "' is not a constant";
    return failure();
  }
  if (auto dense = dyn_cast<DenseElementsAttr>(value))
    return dense;
  auto resource = dyn_cast<DenseResourceElementsAttr>(value);
  if (!resource) {
    error = "'" + constantOp->getName().getStringRef().str() +
            "' holds neither a dense nor a dense_resource tensor";
    return failure();
  }
  ShapedType type = resource.getType();
  const AsmResourceBlob *blob = resource.getRawHandle().getBlob();
  Type elementType = type.getElementType();
  if (!blob || !elementType.isIntOrFloat() ||
      elementType.getIntOrFloatBitWidth() % 8 != 0 ||
      blob->getData().size() != size_t(type.getNumElements()) *
                                    elementType.getIntOrFloatBitWidth() / 8) {
    error = "dense_resource constant '" +
            resource.getRawHandle().getKey().str() +
            "' has no data, or data that does not fit its type";
    return failure();
  }
  if (isResource)
    *isResource = true;
  return DenseElementsAttr::getFromRawBuffer(type, blob->getData());
}

FailureOr<std::vector<double>> prune::readFloatConstant(Operation *constantOp,
                                                        std::string &error) {
  FailureOr<ElementsAttr> value = getConstantElements(constantOp, error);
  if (failed(value))
    return failure();
  if (!isa<FloatType>(value->getElementType())) {
    error = "the constant's element type is not floating point";
    return failure();
  }
  FailureOr<WeightBuffer> buffer = WeightBuffer::get(*value, 0, error);
  if (failed(buffer))
    return failure();
  std::vector<double> values(buffer->size());
  buffer->visitElements([&](auto element) {
    using S = typename decltype(element)::Storage;
    const char *p = buffer->getReadData().data();
    bool splat = buffer->isSplatStorage();
    for (int64_t i = 0, e = buffer->size(); i < e; ++i)
      values[i] = element.value(loadAt<S>(p, splat ? 0 : i));
  });
  return values;
}

bool prune::isAllZeroFloatConstant(Attribute value) {
  if (auto scalar = dyn_cast<FloatAttr>(value))
    return scalar.getValue().isZero();
  auto elements = dyn_cast<ElementsAttr>(value);
  if (!elements || !isa<FloatType>(elements.getElementType()))
    return false;
  std::string error;
  FailureOr<WeightBuffer> buffer = WeightBuffer::get(elements, 0, error);
  return succeeded(buffer) && buffer->countNonZeros() == 0;
}

void prune::setConstantValue(Operation *constantOp, ElementsAttr value) {
  if (auto tosaConst = dyn_cast<tosa::ConstOp>(constantOp))
    tosaConst.setValuesAttr(value);
  else
    cast<arith::ConstantOp>(constantOp).setValueAttr(cast<TypedAttr>(value));
  constantOp->getResult(0).setType(value.getType());
}

void prune::setConstantValue(Operation *constantOp, DenseElementsAttr value,
                             bool asResource) {
  ElementsAttr attr = value;
  if (asResource && !value.isSplat()) {
    DenseResourceElementsAttr old;
    matchPattern(constantOp, m_Constant(&old));
    ArrayRef<char> raw = value.getRawData();
    attr = DenseResourceElementsAttr::get(
        value.getType(), old.getRawHandle().getKey(),
        HeapAsmResourceBlob::allocateAndCopyWithAlign(
            raw, std::max<size_t>(
                     1, value.getElementType().getIntOrFloatBitWidth() / 8)));
  }
  setConstantValue(constantOp, attr);
}

void prune::forEachAlongAxis(ArrayRef<int64_t> shape, int64_t axis,
                             function_ref<void(int64_t, int64_t)> fn) {
  int64_t inner = 1, outer = 1;
  for (int64_t d = axis + 1; d < (int64_t)shape.size(); ++d)
    inner *= shape[d];
  for (int64_t d = 0; d < axis; ++d)
    outer *= shape[d];
  int64_t size = shape[axis];
  for (int64_t o = 0; o < outer; ++o)
    for (int64_t k = 0; k < size; ++k)
      for (int64_t i = 0; i < inner; ++i)
        fn(k, (o * size + k) * inner + i);
}

DenseElementsAttr prune::sliceAlongAxis(DenseElementsAttr attr, int64_t axis,
                                        ArrayRef<int64_t> kept) {
  SmallVector<int64_t> newShape(attr.getType().getShape());
  newShape[axis] = kept.size();
  auto newType = cast<RankedTensorType>(attr.getType().clone(newShape));
  if (attr.isSplat())
    return attr.resizeSplat(newType);
  ArrayRef<int64_t> shape = attr.getType().getShape();
  int64_t inner = 1, outer = 1;
  for (int64_t d = axis + 1; d < (int64_t)shape.size(); ++d)
    inner *= shape[d];
  for (int64_t d = 0; d < axis; ++d)
    outer *= shape[d];
  size_t width = attr.getElementType().getIntOrFloatBitWidth() / 8;
  ArrayRef<char> raw = attr.getRawData();
  std::vector<char> buffer;
  buffer.reserve(outer * kept.size() * inner * width);
  size_t chunk = inner * width;
  for (int64_t o = 0; o < outer; ++o)
    for (int64_t k : kept) {
      const char *begin = raw.data() + ((o * shape[axis] + k) * inner) * width;
      buffer.insert(buffer.end(), begin, begin + chunk);
    }
  return DenseElementsAttr::getFromRawBuffer(newType, buffer);
}
