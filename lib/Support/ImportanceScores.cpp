//===- ImportanceScores.cpp - Importance arrays given from outside --------===//
//
// Values are converted to float once, here, so that every selection routine
// sees one element type; anything that would make a ranking meaningless
// (NaN, infinities, negative importance) is refused with the element that
// shows it.
//
//===----------------------------------------------------------------------===//

#include "Prune/Support/ImportanceScores.h"

#include "Prune/Support/ElementCodec.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FormatVariadic.h"

#include <cmath>
#include <cstring>
#include <limits>

using namespace mlir;
using namespace mlir::prune;

llvm::Expected<ImportanceScores>
prune::readImportanceScores(llvm::StringRef path) {
  llvm::Expected<std::vector<HostArray>> arrays = readNumpyFile(path);
  if (!arrays)
    return arrays.takeError();
  if (arrays->size() == 1 && arrays->front().name.empty())
    return llvm::createStringError(
        "'" + path.str() +
        "' is a single .npy array; a scores file is an .npz archive with "
        "one array per layer, keyed by layer name (np.savez(path, "
        "**{name: scores}))");
  ImportanceScores scores;
  scores.path = path.str();
  scores.arrays = std::move(*arrays);
  for (auto [i, array] : llvm::enumerate(scores.arrays))
    scores.byName[array.name] = i;
  return scores;
}

template <typename T> static T loadElement(const char *data, int64_t i) {
  T value;
  std::memcpy(&value, data + i * sizeof(T), sizeof(T));
  return value;
}

std::optional<std::vector<float>>
prune::getImportanceValues(const HostArray &array, std::string &error) {
  int64_t n = array.numElements();
  const char *data = array.data();
  std::vector<double> values(n);
  for (int64_t i = 0; i < n; ++i) {
    switch (array.kind) {
    case HostElementKind::F32:
      values[i] = loadElement<float>(data, i);
      break;
    case HostElementKind::F64:
      values[i] = loadElement<double>(data, i);
      break;
    case HostElementKind::F16:
      values[i] = halfToFloat(loadElement<uint16_t>(data, i));
      break;
    case HostElementKind::I64:
      values[i] = double(loadElement<int64_t>(data, i));
      break;
    case HostElementKind::I32:
      values[i] = loadElement<int32_t>(data, i);
      break;
    case HostElementKind::I16:
      values[i] = loadElement<int16_t>(data, i);
      break;
    case HostElementKind::I8:
      values[i] = loadElement<int8_t>(data, i);
      break;
    case HostElementKind::U8:
      values[i] = loadElement<uint8_t>(data, i);
      break;
    case HostElementKind::Bool:
      error = "has dtype bool; importance is a number per element";
      return std::nullopt;
    }
  }
  std::vector<float> result(n);
  for (int64_t i = 0; i < n; ++i) {
    double v = values[i];
    if (!std::isfinite(v) ||
        std::abs(v) > double(std::numeric_limits<float>::max())) {
      error =
          llvm::formatv("has a non-finite value ({0}) at flat index {1}", v, i);
      return std::nullopt;
    }
    if (v < 0) {
      error = llvm::formatv("has a negative value ({0}) at flat index {1}; "
                            "importance is non-negative (save abs() of "
                            "signed scores such as w * grad)",
                            v, i);
      return std::nullopt;
    }
    result[i] = float(v);
  }
  return result;
}

std::string prune::formatShape(llvm::ArrayRef<int64_t> shape) {
  std::string text = "[";
  for (auto [i, size] : llvm::enumerate(shape))
    text += (i ? ", " : "") + std::to_string(size);
  return text + "]";
}
