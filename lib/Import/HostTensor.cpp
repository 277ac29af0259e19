//===- HostTensor.cpp - Constant tensors held by the ONNX importer --------===//

#include "HostTensor.h"

#include "mlir/IR/AsmState.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinDialect.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "llvm/ADT/APFloat.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Endian.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <cmath>
#include <cstring>
#include <onnx/onnx_pb.h>

using namespace mlir;
using namespace mlir::prune::onnx_import;

int64_t mlir::prune::onnx_import::getNumElements(ArrayRef<int64_t> shape) {
  int64_t n = 1;
  for (int64_t d : shape)
    n *= d;
  return n;
}

int64_t mlir::prune::onnx_import::getProductOrUnknown(ArrayRef<int64_t> dims) {
  int64_t n = 1;
  for (int64_t d : dims) {
    if (d == kUnknown)
      return kUnknown;
    n *= d;
  }
  return n;
}

std::string mlir::prune::onnx_import::formatShape(ArrayRef<int64_t> dims) {
  std::string text = "[";
  for (auto [i, d] : llvm::enumerate(dims))
    text += (i ? ", " : "") + (d == kUnknown ? "?" : std::to_string(d));
  return text + "]";
}

bool HostTensor::hasUnknowns() const {
  return llvm::is_contained(ints, kUnknown);
}

HostTensor HostTensor::getFloat(Type type, ArrayRef<int64_t> shape,
                                std::vector<double> values) {
  HostTensor t;
  t.elementType = type;
  t.shape.assign(shape.begin(), shape.end());
  t.floats = std::move(values);
  return t;
}

HostTensor HostTensor::getInt(Type type, ArrayRef<int64_t> shape,
                              std::vector<int64_t> values) {
  HostTensor t;
  t.elementType = type;
  t.shape.assign(shape.begin(), shape.end());
  t.ints = std::move(values);
  return t;
}

HostTensor HostTensor::reshaped(ArrayRef<int64_t> newShape) const {
  HostTensor t = *this;
  t.shape.assign(newShape.begin(), newShape.end());
  return t;
}

/// Row-major strides of `shape`.
static SmallVector<int64_t> getStrides(ArrayRef<int64_t> shape) {
  SmallVector<int64_t> strides(shape.size(), 1);
  for (int64_t i = static_cast<int64_t>(shape.size()) - 2; i >= 0; --i)
    strides[i] = strides[i + 1] * shape[i + 1];
  return strides;
}

/// Copies elements so that result element at multi-index r comes from
/// the source element at sum(r[i] * sourceStrides[i]) + offsets.
template <typename T>
static std::vector<T> remap(const std::vector<T> &in,
                            ArrayRef<int64_t> resultShape,
                            ArrayRef<int64_t> sourceStrides,
                            function_ref<int64_t(int64_t, int64_t)> index) {
  int64_t n = getNumElements(resultShape);
  std::vector<T> out(n);
  SmallVector<int64_t> pos(resultShape.size(), 0);
  for (int64_t linear = 0; linear < n; ++linear) {
    int64_t src = 0;
    for (size_t d = 0; d < pos.size(); ++d)
      src += index(d, pos[d]) * sourceStrides[d];
    out[linear] = in[src];
    for (int64_t d = static_cast<int64_t>(pos.size()) - 1; d >= 0; --d) {
      if (++pos[d] < resultShape[d])
        break;
      pos[d] = 0;
    }
  }
  return out;
}

/// `source`'s elements remapped (remap) into a tensor of `resultShape`.
static HostTensor remapTensor(
    const HostTensor &source, ArrayRef<int64_t> resultShape,
    ArrayRef<int64_t> sourceStrides,
    function_ref<int64_t(int64_t, int64_t)> index = [](int64_t, int64_t i) {
      return i;
    }) {
  HostTensor t;
  t.elementType = source.elementType;
  t.shape.assign(resultShape.begin(), resultShape.end());
  if (source.isFloat())
    t.floats = remap(source.floats, t.shape, sourceStrides, index);
  else
    t.ints = remap(source.ints, t.shape, sourceStrides, index);
  return t;
}

HostTensor HostTensor::transposed(ArrayRef<int64_t> perms) const {
  SmallVector<int64_t> strides = getStrides(shape);
  SmallVector<int64_t> resultShape, sourceStrides;
  for (int64_t p : perms) {
    resultShape.push_back(shape[p]);
    sourceStrides.push_back(strides[p]);
  }
  return remapTensor(*this, resultShape, sourceStrides);
}

HostTensor HostTensor::broadcastTo(ArrayRef<int64_t> newShape) const {
  // Strides of this tensor along the new dimensions: 0 where it repeats.
  SmallVector<int64_t> ownStrides = getStrides(shape);
  SmallVector<int64_t> strides(newShape.size(), 0);
  int64_t offset = newShape.size() - shape.size();
  for (int64_t d = 0; d < static_cast<int64_t>(shape.size()); ++d)
    if (shape[d] != 1)
      strides[d + offset] = ownStrides[d];
  return remapTensor(*this, newShape, strides);
}

HostTensor HostTensor::gathered(int64_t axis, ArrayRef<int64_t> indices) const {
  SmallVector<int64_t> strides = getStrides(shape);
  SmallVector<int64_t> resultShape(shape);
  resultShape[axis] = indices.size();
  auto index = [&](int64_t d, int64_t i) {
    if (d != axis)
      return i;
    int64_t k = indices[i];
    return k < 0 ? k + shape[axis] : k;
  };
  return remapTensor(*this, resultShape, strides, index);
}

HostTensor HostTensor::castTo(Type type) const {
  HostTensor t;
  t.elementType = type;
  t.shape = shape;
  if (isa<FloatType>(type)) {
    if (isFloat())
      t.floats = floats;
    else
      t.floats.assign(ints.begin(), ints.end());
    return t;
  }
  unsigned width = type.getIntOrFloatBitWidth();
  if (isFloat()) {
    for (double v : floats)
      t.ints.push_back(width == 1 ? v != 0.0 : static_cast<int64_t>(v));
    return t;
  }
  for (int64_t v : ints)
    t.ints.push_back(v == kUnknown || width != 1 ? v : v != 0);
  return t;
}

/// Appends `v` as `type`'s little-endian storage bytes.
static void appendFloat(std::vector<char> &bytes, FloatType type, double v) {
  if (type.isF32()) {
    float f = static_cast<float>(v);
    const char *p = reinterpret_cast<const char *>(&f);
    bytes.insert(bytes.end(), p, p + sizeof(f));
    return;
  }
  if (type.isF64()) {
    const char *p = reinterpret_cast<const char *>(&v);
    bytes.insert(bytes.end(), p, p + sizeof(v));
    return;
  }
  llvm::APFloat f(v);
  bool lost;
  f.convert(type.getFloatSemantics(), llvm::APFloat::rmNearestTiesToEven,
            &lost);
  uint64_t bits = f.bitcastToAPInt().getZExtValue();
  unsigned width = type.getWidth() / 8;
  for (unsigned i = 0; i < width; ++i)
    bytes.push_back(static_cast<char>((bits >> (8 * i)) & 0xff));
}

ElementsAttr HostTensor::toAttribute(MLIRContext *context, StringRef nameHint,
                                     int64_t resourceThresholdBytes) const {
  if (hasUnknowns())
    return nullptr;
  auto type = RankedTensorType::get(shape, elementType);
  if (elementType.isInteger(1)) {
    SmallVector<bool> bits(ints.begin(), ints.end());
    return DenseElementsAttr::get(type, bits);
  }
  std::vector<char> bytes;
  unsigned width = elementType.getIntOrFloatBitWidth() / 8;
  bytes.reserve(size() * width);
  if (auto floatType = dyn_cast<FloatType>(elementType)) {
    for (double v : floats)
      appendFloat(bytes, floatType, v);
  } else {
    for (int64_t v : ints)
      for (unsigned i = 0; i < width; ++i)
        bytes.push_back(
            static_cast<char>((static_cast<uint64_t>(v) >> (8 * i)) & 0xff));
  }
  if (static_cast<int64_t>(bytes.size()) < resourceThresholdBytes ||
      size() == 1)
    return DenseElementsAttr::getFromRawBuffer(type, bytes);
  // Resource keys are identifiers in the printed IR.
  std::string key;
  for (char c : nameHint)
    key.push_back(llvm::isAlnum(c) ? c : '_');
  if (key.empty() || llvm::isDigit(key[0]))
    key.insert(0, "w_");
  return DenseResourceElementsAttr::get(
      type, key, HeapAsmResourceBlob::allocateAndCopyWithAlign(bytes, width));
}

std::string mlir::prune::onnx_import::getOnnxTypeName(int onnxType) {
  // Types newer than the libonnx the importer is built with have no name
  // there.
  static constexpr StringLiteral kNewer[] = {
      "FLOAT8E4M3FN", "FLOAT8E4M3FNUZ", "FLOAT8E5M2", "FLOAT8E5M2FNUZ",
      "UINT4",        "INT4",           "FLOAT4E2M1"};
  if (onnx::TensorProto::DataType_IsValid(onnxType))
    return onnx::TensorProto::DataType_Name(
        static_cast<onnx::TensorProto::DataType>(onnxType));
  if (onnxType >= 17 && onnxType < 17 + int(std::size(kNewer)))
    return kNewer[onnxType - 17].str();
  return "type " + std::to_string(onnxType);
}

Type mlir::prune::onnx_import::convertElementType(MLIRContext *context,
                                                  int onnxType) {
  Builder b(context);
  switch (onnxType) {
  case onnx::TensorProto::FLOAT:
    return b.getF32Type();
  case onnx::TensorProto::FLOAT16:
    return b.getF16Type();
  case onnx::TensorProto::BFLOAT16:
    return b.getBF16Type();
  case onnx::TensorProto::DOUBLE:
    return b.getF64Type();
  case onnx::TensorProto::BOOL:
    return b.getI1Type();
  case onnx::TensorProto::INT8:
    return b.getIntegerType(8);
  case onnx::TensorProto::UINT8:
    return b.getIntegerType(8, /*isSigned=*/false);
  case onnx::TensorProto::INT16:
    return b.getIntegerType(16);
  case onnx::TensorProto::INT32:
    return b.getI32Type();
  case onnx::TensorProto::INT64:
    return b.getI64Type();
  default:
    return nullptr;
  }
}

/// Decodes `count` little-endian elements of `type` from `raw`.
static void decodeRaw(StringRef raw, Type type, HostTensor &t) {
  unsigned width = type.getIntOrFloatBitWidth();
  unsigned bytes = std::max(1u, width / 8);
  int64_t count = raw.size() / bytes;
  auto bitsAt = [&](int64_t i) {
    uint64_t v = 0;
    for (unsigned k = 0; k < bytes; ++k)
      v |= static_cast<uint64_t>(static_cast<uint8_t>(raw[i * bytes + k]))
           << (8 * k);
    return v;
  };
  if (auto floatType = dyn_cast<FloatType>(type)) {
    t.floats.reserve(count);
    for (int64_t i = 0; i < count; ++i) {
      llvm::APFloat f(floatType.getFloatSemantics(),
                      llvm::APInt(width, bitsAt(i)));
      bool lost;
      f.convert(llvm::APFloat::IEEEdouble(), llvm::APFloat::rmNearestTiesToEven,
                &lost);
      t.floats.push_back(f.convertToDouble());
    }
    return;
  }
  t.ints.reserve(count);
  for (int64_t i = 0; i < count; ++i) {
    uint64_t v = bitsAt(i);
    t.ints.push_back(type.isUnsignedInteger() || width == 1
                         ? static_cast<int64_t>(v)
                         : llvm::SignExtend64(v, width));
  }
}

/// readTensor's decoding, from whichever of the proto's fields holds the
/// data.
static bool decodeTensor(const onnx::TensorProto &proto, MLIRContext *context,
                         StringRef modelDir, HostTensor &result,
                         std::string &error);

bool mlir::prune::onnx_import::readTensor(const onnx::TensorProto &proto,
                                          MLIRContext *context,
                                          StringRef modelDir,
                                          HostTensor &result,
                                          std::string &error) {
  if (!decodeTensor(proto, context, modelDir, result, error))
    return false;
  // INT64_MIN is kUnknown here, a dynamic dimension's value; a constant
  // holding it (ONNX's Slice "to the beginning" backward, as the standard
  // suggests) reads as INT64_MIN + 1, which every index clamps alike.
  for (int64_t &v : result.ints)
    if (v == kUnknown)
      v = kUnknown + 1;
  return true;
}

static bool decodeTensor(const onnx::TensorProto &proto, MLIRContext *context,
                         StringRef modelDir, HostTensor &result,
                         std::string &error) {
  Type type = convertElementType(context, proto.data_type());
  if (!type) {
    error = "tensor '" + proto.name() + "' has unsupported element type " +
            getOnnxTypeName(proto.data_type());
    return false;
  }
  result = HostTensor();
  result.elementType = type;
  for (int64_t d : proto.dims()) {
    if (d < 0) {
      error = "tensor '" + proto.name() + "' has a negative dimension";
      return false;
    }
    result.shape.push_back(d);
  }
  int64_t count = result.size();
  unsigned width = std::max(1u, type.getIntOrFloatBitWidth() / 8);

  if (proto.data_location() == onnx::TensorProto::EXTERNAL) {
    std::string location;
    int64_t offset = 0, length = -1;
    for (const auto &entry : proto.external_data()) {
      if (entry.key() == "location")
        location = entry.value();
      else if (entry.key() == "offset")
        offset = std::stoll(entry.value());
      else if (entry.key() == "length")
        length = std::stoll(entry.value());
    }
    // ONNX requires the location to be relative to the model's folder and
    // inside it; anything else could read any file the user can.
    bool escapes = location.empty() || llvm::sys::path::is_absolute(location);
    for (auto it = llvm::sys::path::begin(location),
              end = llvm::sys::path::end(location);
         it != end; ++it)
      escapes |= *it == "..";
    if (escapes) {
      error = "tensor '" + proto.name() + "': external data location '" +
              location + "' must be a relative path inside the model's folder";
      return false;
    }
    SmallString<256> path(modelDir);
    llvm::sys::path::append(path, location);
    auto buffer = llvm::MemoryBuffer::getFile(path, /*IsText=*/false,
                                              /*RequiresNullTerminator=*/false);
    if (!buffer) {
      error = "tensor '" + proto.name() + "' keeps its data in '" + location +
              "', which cannot be read (" + path.str().str() + ": " +
              buffer.getError().message() + ")";
      return false;
    }
    if (length < 0)
      length = count * width;
    if (offset < 0 ||
        offset + length > static_cast<int64_t>((*buffer)->getBufferSize()) ||
        length != count * width) {
      error = "tensor '" + proto.name() + "': external data in '" + location +
              "' is shorter than its " + std::to_string(count) + " elements";
      return false;
    }
    decodeRaw((*buffer)->getBuffer().substr(offset, length), type, result);
    return true;
  }

  if (proto.has_raw_data()) {
    if (static_cast<int64_t>(proto.raw_data().size()) != count * width) {
      error = "tensor '" + proto.name() + "' has " +
              std::to_string(proto.raw_data().size()) + " data bytes for " +
              std::to_string(count) + " elements";
      return false;
    }
    decodeRaw(proto.raw_data(), type, result);
    return true;
  }

  // Typed fields.
  if (type.isF32()) {
    result.floats.assign(proto.float_data().begin(), proto.float_data().end());
  } else if (type.isF64()) {
    result.floats.assign(proto.double_data().begin(),
                         proto.double_data().end());
  } else if (type.isInteger(64)) {
    result.ints.assign(proto.int64_data().begin(), proto.int64_data().end());
  } else if (isa<FloatType>(type)) {
    // f16 and bf16 bit patterns in int32_data.
    for (int32_t bits : proto.int32_data()) {
      llvm::APFloat f(cast<FloatType>(type).getFloatSemantics(),
                      llvm::APInt(16, static_cast<uint16_t>(bits)));
      bool lost;
      f.convert(llvm::APFloat::IEEEdouble(), llvm::APFloat::rmNearestTiesToEven,
                &lost);
      result.floats.push_back(f.convertToDouble());
    }
  } else {
    result.ints.assign(proto.int32_data().begin(), proto.int32_data().end());
  }
  int64_t have = result.isFloat() ? result.floats.size() : result.ints.size();
  if (have != count) {
    error = "tensor '" + proto.name() + "' has " + std::to_string(have) +
            " values for " + std::to_string(count) + " elements";
    return false;
  }
  return true;
}
