//===- ModelData.cpp - Numpy data matched to a model's arguments ----------===//

#include "ChunkFeeder.h"
#include "Prune/Driver/Calibration.h"

#include "mlir/IR/BuiltinTypeInterfaces.h"
#include "llvm/ADT/StringSet.h"

#include <cmath>
#include <optional>

using namespace mlir;
using namespace mlir::prune;

static bool isInteger(HostElementKind kind) {
  return kind == HostElementKind::I64 || kind == HostElementKind::I32 ||
         kind == HostElementKind::I16 || kind == HostElementKind::I8 ||
         kind == HostElementKind::U8;
}

/// The first element of a float array that is NaN or infinite.
static std::optional<int64_t> findNonFinite(const HostArray &array) {
  int64_t n = array.numElements();
  auto scan = [&](auto *values) -> std::optional<int64_t> {
    for (int64_t i = 0; i < n; ++i)
      if (!std::isfinite(values[i]))
        return i;
    return std::nullopt;
  };
  if (array.kind == HostElementKind::F32)
    return scan(reinterpret_cast<const float *>(array.data()));
  if (array.kind == HostElementKind::F64)
    return scan(reinterpret_cast<const double *>(array.data()));
  return std::nullopt;
}

llvm::Expected<ModelData> mlir::prune::loadModelData(
    llvm::StringRef path, const EntrySignature &signature, bool requireLabels) {
  llvm::Expected<std::vector<HostArray>> arrays = readNumpyFile(path);
  if (!arrays)
    return arrays.takeError();
  ModelData data;
  data.path = path.str();
  const auto &arguments = signature.arguments;
  // A .npy file is the only argument.
  if (arrays->size() == 1 && (*arrays)[0].name.empty()) {
    if (arguments.size() != 1)
      return llvm::createStringError(
          path + ": a .npy file holds one array, but @" + signature.name +
          " takes " + llvm::Twine(arguments.size()) +
          " arguments; give an .npz file keyed by their names");
    (*arrays)[0].name = arguments[0].name;
  }
  llvm::StringMap<HostArray *> byName;
  // Listed before arrays are moved out (with their names) below.
  std::string keys;
  for (HostArray &array : *arrays) {
    byName[array.name] = &array;
    keys += (keys.empty() ? "" : ", ") + array.name;
  }
  llvm::StringSet<> used;
  for (auto [i, argument] : llvm::enumerate(arguments)) {
    std::string positional = "arg" + std::to_string(i);
    HostArray *array = byName.lookup(argument.name);
    if (!array)
      array = byName.lookup(positional);
    if (!array)
      return llvm::createStringError(
          path + ": no array for argument '" + argument.name + "' of @" +
          signature.name + " (looked for keys '" + argument.name + "' and '" +
          positional + "'; the file has: " + keys + ")");
    used.insert(array->name);
    auto mismatch = [&](const llvm::Twine &what) {
      return llvm::createStringError(
          path + ": array '" + array->name + "' (" + array->describe() +
          ") does not fit argument '" + argument.name + "' (" +
          argument.describe() + "): " + what);
    };
    if (array->kind != argument.kind)
      return mismatch(llvm::Twine("its dtype is ") + numpyName(array->kind) +
                      ", the argument's element type " +
                      mlirName(argument.kind) + " wants " +
                      numpyName(argument.kind) + " (convert it with .astype)");
    if (array->shape.size() != argument.shape.size() || array->shape.empty())
      return mismatch("its rank is " + llvm::Twine(array->shape.size()) +
                      ", expected " + llvm::Twine(argument.shape.size()) +
                      " (samples along the first axis)");
    for (size_t d = 1; d < argument.shape.size(); ++d)
      if (!ShapedType::isDynamic(argument.shape[d]) &&
          argument.shape[d] != array->shape[d])
        return mismatch("dimension " + llvm::Twine(d) + " is " +
                        llvm::Twine(array->shape[d]) + ", expected " +
                        llvm::Twine(argument.shape[d]));
    // One NaN spreads through every statistic of the layers it reaches.
    if (std::optional<int64_t> bad = findNonFinite(*array)) {
      int64_t perSample = array->numElements() / array->shape[0];
      return mismatch("element " + llvm::Twine(*bad) + " (sample " +
                      llvm::Twine(*bad / perSample) + ") is NaN or infinite");
    }
    if (i == 0)
      data.samples = array->shape[0];
    else if (array->shape[0] != data.samples)
      return mismatch("it has " + llvm::Twine(array->shape[0]) +
                      " samples, argument '" + arguments[0].name + "' has " +
                      llvm::Twine(data.samples));
    data.inputs.push_back(std::move(*array));
  }
  if (HostArray *labels = byName.lookup("labels")) {
    if (!isInteger(labels->kind) || labels->shape.size() != 1 ||
        labels->shape[0] != data.samples)
      return llvm::createStringError(
          path + ": 'labels' is " + labels->describe() +
          "; expected one integer class per sample (" +
          llvm::Twine(data.samples) + ")");
    // A label no class can match would count as a miss, silently.
    int64_t classes = ShapedType::kDynamic;
    if (!signature.results.empty() && signature.results[0].shape.size() == 2)
      classes = signature.results[0].shape[1];
    for (int64_t i = 0; i < labels->shape[0]; ++i) {
      int64_t label = getIntegerElement(*labels, i);
      if (label < 0 || (!ShapedType::isDynamic(classes) && label >= classes))
        return llvm::createStringError(
            path + ": label " + llvm::Twine(label) + " of sample " +
            llvm::Twine(i) + " is not a class of @" + signature.name +
            (ShapedType::isDynamic(classes)
                 ? llvm::Twine(" (labels are at least 0)")
                 : " (its first result scores classes 0 to " +
                       llvm::Twine(classes - 1) + ")"));
    }
    data.labels = std::move(*labels);
  } else if (requireLabels) {
    return llvm::createStringError(path +
                                   ": no 'labels' array (one integer class per "
                                   "sample) to measure accuracy with");
  }
  if (data.samples == 0)
    return llvm::createStringError(path + ": no samples");
  return data;
}

bool mlir::prune::hasDynamicBatch(const EntrySignature &signature) {
  return llvm::all_of(signature.arguments, [](const TensorSignature &arg) {
    return !arg.shape.empty() && ShapedType::isDynamic(arg.shape.front());
  });
}

llvm::Expected<int64_t>
mlir::prune::getChunkSize(const EntrySignature &signature, int64_t samples,
                          const RunOptions &options) {
  int64_t staticBatch = ShapedType::kDynamic;
  for (const TensorSignature &argument : signature.arguments) {
    int64_t batch = argument.shape.empty() ? 1 : argument.shape.front();
    if (ShapedType::isDynamic(batch))
      continue;
    if (!ShapedType::isDynamic(staticBatch) && staticBatch != batch)
      return llvm::createStringError(
          "@" + signature.name +
          "'s arguments have different static batches (" +
          llvm::Twine(staticBatch) + " and " + llvm::Twine(batch) + ")");
    staticBatch = batch;
  }
  if (ShapedType::isDynamic(staticBatch))
    return std::min(samples, std::max<int64_t>(options.batchSize, 1));
  if (staticBatch > samples)
    return llvm::createStringError(
        "@" + signature.name + " takes a static batch of " +
        llvm::Twine(staticBatch) + " samples but the data has " +
        llvm::Twine(samples));
  return staticBatch;
}

llvm::Error
ChunkFeeder::forEach(llvm::function_ref<llvm::Error(ArrayRef<const HostArray *>,
                                                    int64_t, int64_t)>
                         fn) const {
  // The whole data in one call needs no copy.
  if (chunk == data.samples) {
    SmallVector<const HostArray *> arguments;
    for (const HostArray &input : data.inputs)
      arguments.push_back(&input);
    return fn(arguments, 0, chunk);
  }
  std::vector<HostArray> chunks(data.inputs.size());
  for (auto [input, piece] : llvm::zip(data.inputs, chunks)) {
    piece.kind = input.kind;
    piece.shape = input.shape;
    piece.shape[0] = chunk;
    piece.allocate();
  }
  SmallVector<const HostArray *> arguments;
  for (HostArray &piece : chunks)
    arguments.push_back(&piece);
  for (int64_t start = 0; start < usedSamples(); start += chunk) {
    int64_t count = std::min(chunk, data.samples - start);
    // Copied, not viewed: compiled code may write into its arguments.
    for (auto [input, piece] : llvm::zip(data.inputs, chunks)) {
      int64_t rowBytes = input.numBytes() / data.samples;
      piece.shape[0] = count;
      std::memcpy(piece.data(), input.data() + start * rowBytes,
                  count * rowBytes);
    }
    if (llvm::Error error = fn(arguments, start, count))
      return error;
  }
  return llvm::Error::success();
}
