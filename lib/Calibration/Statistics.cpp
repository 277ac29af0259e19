//===- Statistics.cpp - Calibration statistics of a model's layers --------===//
//
// Reads and writes the statistics file of Statistics.h. The reader checks
// every size against the bytes that are left before allocating, so a
// truncated or corrupt file is an error naming the file and the record, never
// a huge allocation or a read past the end. The writer goes through a
// temporary file, so a failed write leaves no half-written file behind.
//
//===----------------------------------------------------------------------===//

#include "Prune/Calibration/Statistics.h"

#include "Prune/Runtime/StatisticsFormat.h"

#include "llvm/Support/Endian.h"
#include "llvm/Support/EndianStream.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

#include <cstring>

using namespace mlir::prune;
using namespace llvm;

static constexpr StringLiteral kMagic = PRUNE_STATS_MAGIC;
static_assert(kMagic.size() == PRUNE_STATS_MAGIC_SIZE);
static constexpr uint32_t kVersion = PRUNE_STATS_VERSION;

namespace {
/// A little-endian cursor over the file's bytes that fails instead of
/// reading past the end.
class Cursor {
public:
  explicit Cursor(StringRef bytes) : bytes(bytes) {}

  size_t remaining() const { return bytes.size() - pos; }
  bool atEnd() const { return pos == bytes.size(); }

  bool readU32(uint32_t &value) { return readScalar(value); }
  bool readU64(uint64_t &value) { return readScalar(value); }
  bool readBytes(size_t size, StringRef &out) {
    if (remaining() < size)
      return false;
    out = bytes.substr(pos, size);
    pos += size;
    return true;
  }
  bool readDoubles(uint64_t count, std::vector<double> &out) {
    if (count > remaining() / sizeof(double))
      return false;
    out.resize(count);
    for (double &value : out) {
      uint64_t bits =
          support::endian::read64le(bytes.data() + pos);
      std::memcpy(&value, &bits, sizeof(value));
      pos += sizeof(double);
    }
    return true;
  }

private:
  template <typename T>
  bool readScalar(T &value) {
    if (remaining() < sizeof(T))
      return false;
    value = support::endian::read<T, llvm::endianness::little>(bytes.data() +
                                                               pos);
    pos += sizeof(T);
    return true;
  }

  StringRef bytes;
  size_t pos = 0;
};
} // namespace

Expected<CalibrationStatistics>
mlir::prune::readCalibrationStatistics(StringRef path) {
  ErrorOr<std::unique_ptr<MemoryBuffer>> file =
      MemoryBuffer::getFile(path, /*IsText=*/false,
                            /*RequiresNullTerminator=*/false);
  if (!file)
    return createStringError(
        inconvertibleErrorCode(),
        "statistics file '" + path +
            "': cannot be read: " + file.getError().message());
  return parseCalibrationStatistics((*file)->getBuffer(), path);
}

Expected<CalibrationStatistics>
mlir::prune::parseCalibrationStatistics(StringRef bytes, StringRef source) {
  auto fail = [&](const Twine &message) {
    return createStringError(inconvertibleErrorCode(),
                             "statistics file '" + source + "': " + message);
  };
  Cursor cursor(bytes);

  StringRef magic;
  if (!cursor.readBytes(kMagic.size(), magic) || magic != kMagic)
    return fail("not a statistics file (no \"PRUNSTAT\" magic)");
  uint32_t version, numLayers;
  if (!cursor.readU32(version))
    return fail("truncated header");
  if (version < PRUNE_STATS_OLDEST_VERSION || version > kVersion)
    return fail("unsupported version " + Twine(version) + " (expected " +
                Twine(PRUNE_STATS_OLDEST_VERSION) + " to " + Twine(kVersion) +
                ")");
  if (!cursor.readU32(numLayers))
    return fail("truncated header");

  CalibrationStatistics stats;
  for (uint32_t i = 0; i < numLayers; ++i) {
    auto truncated = [&](StringRef what) {
      return fail("record " + Twine(i) + " is truncated (" + what + ")");
    };
    LayerStatistics layer;
    uint32_t nameLength;
    StringRef name;
    if (!cursor.readU32(nameLength) || !cursor.readBytes(nameLength, name))
      return truncated("name");
    layer.name = name.str();
    if (!cursor.readU64(layer.samples) || !cursor.readU32(layer.inFeatures) ||
        !cursor.readU32(layer.outFeatures))
      return fail("record " + Twine(i) + " ('" + name + "') is truncated");
    auto truncatedLayer = [&](StringRef what) {
      return fail("record " + Twine(i) + " ('" + name + "') is truncated (" +
                  what + ")");
    };
    uint64_t in = layer.inFeatures, out = layer.outFeatures;
    if (!cursor.readDoubles(in, layer.sumSquares))
      return truncatedLayer("sumSquares");
    if (!cursor.readDoubles(in * in, layer.gram))
      return truncatedLayer("gram");
    if (!cursor.readDoubles(out, layer.activityMean) ||
        !cursor.readDoubles(out, layer.activityMeanAbs) ||
        !cursor.readDoubles(out, layer.activityFracPositive) ||
        !cursor.readDoubles(out, layer.activityMax))
      return truncatedLayer("activity");
    if (version >= 2) {
      uint32_t hasReference;
      if (!cursor.readU32(hasReference))
        return truncatedLayer("hasReference");
      if (hasReference > 1)
        return fail("record " + Twine(i) + " ('" + name +
                    "') has an invalid hasReference flag " +
                    Twine(hasReference));
      if (hasReference && !cursor.readDoubles(in * in, layer.crossGram))
        return truncatedLayer("crossGram");
      if (version >= 3 &&
          (!cursor.readDoubles(in, layer.inputSum) ||
           (hasReference && !cursor.readDoubles(in, layer.referenceSum))))
        return truncatedLayer("sums");
    }
    if (!stats.layers.try_emplace(layer.name, std::move(layer)).second)
      return fail("layer '" + name + "' appears twice");
  }
  if (!cursor.atEnd())
    return fail(Twine(cursor.remaining()) +
                " trailing bytes after the last record");
  return stats;
}

static void writeU32(raw_ostream &os, uint32_t value) {
  support::endian::write<uint32_t>(os, value, llvm::endianness::little);
}

static void writeDoubles(raw_ostream &os, ArrayRef<double> values) {
  for (double value : values)
    support::endian::write<double>(os, value, llvm::endianness::little);
}

Error mlir::prune::writeCalibrationStatistics(
    const CalibrationStatistics &stats, StringRef path) {
  // Checked before anything is written: the format has no room for vectors
  // whose sizes disagree with the record's widths.
  for (const auto &entry : stats.layers) {
    const LayerStatistics &layer = entry.second;
    uint64_t in = layer.inFeatures, out = layer.outFeatures;
    if (layer.sumSquares.size() != in || layer.gram.size() != in * in ||
        layer.activityMean.size() != out ||
        layer.activityMeanAbs.size() != out ||
        layer.activityFracPositive.size() != out ||
        layer.activityMax.size() != out ||
        (!layer.crossGram.empty() && layer.crossGram.size() != in * in) ||
        (!layer.inputSum.empty() && layer.inputSum.size() != in) ||
        (!layer.referenceSum.empty() &&
         (layer.crossGram.empty() || layer.referenceSum.size() != in)))
      return createStringError(inconvertibleErrorCode(),
                               "statistics of layer '" + layer.name +
                                   "' have vectors whose sizes do not match "
                                   "its widths (in " +
                                   Twine(in) + ", out " + Twine(out) + ")");
  }
  // Sorted by name, so the same statistics always give the same bytes.
  std::vector<const LayerStatistics *> layers;
  for (const auto &entry : stats.layers)
    layers.push_back(&entry.second);
  llvm::sort(layers, [](auto *a, auto *b) { return a->name < b->name; });

  return writeToOutput(path, [&](raw_ostream &os) -> Error {
    os << kMagic;
    writeU32(os, kVersion);
    writeU32(os, layers.size());
    for (const LayerStatistics *layer : layers) {
      writeU32(os, layer->name.size());
      os << layer->name;
      support::endian::write<uint64_t>(os, layer->samples,
                                       llvm::endianness::little);
      writeU32(os, layer->inFeatures);
      writeU32(os, layer->outFeatures);
      writeDoubles(os, layer->sumSquares);
      writeDoubles(os, layer->gram);
      writeDoubles(os, layer->activityMean);
      writeDoubles(os, layer->activityMeanAbs);
      writeDoubles(os, layer->activityFracPositive);
      writeDoubles(os, layer->activityMax);
      writeU32(os, layer->crossGram.empty() ? 0 : 1);
      writeDoubles(os, layer->crossGram);
      // Sums unknown (older files) are written as zeros.
      std::vector<double> zeros(layer->inFeatures, 0.0);
      writeDoubles(os, layer->inputSum.empty() ? ArrayRef(zeros)
                                               : ArrayRef(layer->inputSum));
      if (!layer->crossGram.empty())
        writeDoubles(os, layer->referenceSum.empty()
                             ? ArrayRef(zeros)
                             : ArrayRef(layer->referenceSum));
    }
    return Error::success();
  });
}
