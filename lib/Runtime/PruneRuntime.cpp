//===- PruneRuntime.cpp - Calibration runtime -----------------------------===//
//
// Accumulates, per statistics file and layer, what prune-weights and
// prune-neurons read: sample count, per-feature sums of squares, the Gram
// matrix X^T X of the layer's input and the activity of its output neurons.
// When the same layer of a reference model is observed on the same samples
// first (role 2), its input rows R wait in a queue and each input row is
// paired with the oldest one, for the cross matrix X^T R.
//
// The Gram matrix is the expensive part (in^2 multiply-adds per sample), so
// input rows are gathered into a block of samples and added with one
// symmetric rank-k update per block, in double precision: OpenBLAS's DSYRK
// where the build found it (about twice Eigen's speed on AVX-512), else
// Eigen's blocked SYRK kernel. A 4096-wide layer over 10k samples is a few
// seconds (bench/calibration_bench.py).
//
// No MLIR here: the library is loaded by mlir-runner or linked into an
// ahead-of-time compiled model.
//
//===----------------------------------------------------------------------===//

#include "Prune/Runtime/PruneRuntime.h"
#include "Prune/Runtime/StatisticsFormat.h"

#ifdef PRUNE_RUNTIME_OPENBLAS
#include <cblas.h>
#else
#include <Eigen/Core>
#endif

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace {

/// Statistics of one layer.
struct LayerAccumulator {
  int64_t in = -1, out = -1;
  uint64_t samples = 0;
  std::vector<double> sumSquares;
  /// Sum of each input feature, and of the reference's (bias correction).
  std::vector<double> sum, referenceSum;
  /// Lower triangle of X^T X (column-major, in x in).
  std::vector<double> gram;
  /// Input rows not yet added to `gram`: `in` values per sample.
  std::vector<double> pending;
  int64_t pendingCapacity = 0;
  int64_t pendingCount = 0;

  /// Reference rows not yet paired with an input row (`in` values each,
  /// from `referenceNext` on), the paired rows of the pending block, and the
  /// column-major cross matrix X^T R. Empty unless a reference was observed.
  bool hasReference = false;
  std::vector<double> referenceQueue;
  size_t referenceNext = 0;
  uint64_t referenceSamples = 0;
  uint64_t pairedSamples = 0;
  std::vector<double> pendingReference;
  std::vector<double> cross;

  uint64_t outSamples = 0;
  std::vector<double> outSum, outSumAbs, outMax;
  std::vector<uint64_t> outPositive;

  void flushPending() {
    if (pendingCount == 0)
      return;
    // gram += P P^T, P = pending as an (in x pendingCount) matrix whose
    // columns are samples.
#ifdef PRUNE_RUNTIME_OPENBLAS
    cblas_dsyrk(CblasColMajor, CblasLower, CblasNoTrans, in, pendingCount,
                1.0, pending.data(), in, 1.0, gram.data(), in);
#else
    Eigen::Map<Eigen::MatrixXd> g(gram.data(), in, in);
    Eigen::Map<const Eigen::MatrixXd> p(pending.data(), in, pendingCount);
    g.selfadjointView<Eigen::Lower>().rankUpdate(p);
#endif
    if (hasReference) {
      // cross += P R^T over the block's paired rows.
#ifdef PRUNE_RUNTIME_OPENBLAS
      cblas_dgemm(CblasColMajor, CblasNoTrans, CblasTrans, in, in,
                  pendingCount, 1.0, pending.data(), in,
                  pendingReference.data(), in, 1.0, cross.data(), in);
#else
      Eigen::Map<Eigen::MatrixXd> c(cross.data(), in, in);
      Eigen::Map<const Eigen::MatrixXd> r(pendingReference.data(), in,
                                          pendingCount);
      c.noalias() += p * r.transpose();
#endif
    }
    pendingCount = 0;
  }
};

/// One statistics file: its layers by name, and the first error, if any.
struct StatisticsFile {
  std::map<std::string, LayerAccumulator> layers;
  std::string error;
  bool dirty = false;
};

/// Samples per rank-k update: large enough for the kernel to run at full
/// speed, small enough that the block stays a few MiB.
static int64_t blockSamples(int64_t width) {
  return std::clamp<int64_t>((int64_t(1) << 21) / std::max<int64_t>(width, 1),
                             64, 1024);
}

class Registry {
public:
  ~Registry() { writeAll(); }

  template <typename T>
  void observe(const char *pathData, int64_t pathLength, const char *layerData,
               int64_t layerLength, int64_t role, int64_t featureDim,
               int64_t rank, const T *data, const int64_t *sizes,
               const int64_t *strides) {
    std::lock_guard<std::mutex> lock(mutex);
    std::string path(pathData, pathLength), name(layerData, layerLength);
    StatisticsFile &file = files[path];
    if (!file.error.empty())
      return;
    auto fail = [&](const std::string &message) {
      file.error = "layer '" + name + "': " + message;
    };
    if (rank < 1 || featureDim < 0 || featureDim >= rank)
      return fail("feature dimension " + std::to_string(featureDim) +
                  " out of range for rank " + std::to_string(rank));
    if (role != PRUNE_OBSERVE_INPUT && role != PRUNE_OBSERVE_OUTPUT &&
        role != PRUNE_OBSERVE_REFERENCE)
      return fail("unknown role " + std::to_string(role));
    int64_t width = sizes[featureDim];
    int64_t rows = 1;
    for (int64_t d = 0; d < rank; ++d)
      if (d != featureDim)
        rows *= sizes[d];
    LayerAccumulator *found =
        role == PRUNE_OBSERVE_OUTPUT
            ? getLayer(file, name, 1, width)
            : getInputSide(file, name, role == PRUNE_OBSERVE_REFERENCE, width);
    if (!found)
      return;
    LayerAccumulator &layer = *found;
    if (rows == 0 || width == 0) {
      (role == PRUNE_OBSERVE_OUTPUT        ? layer.outSamples
       : role == PRUNE_OBSERVE_REFERENCE ? layer.referenceSamples
                                         : layer.samples) += rows;
      return;
    }
    forEachSample(rank, featureDim, sizes, strides, [&](int64_t base) {
      const T *row = data + base;
      int64_t stride = strides[featureDim];
      if (role == PRUNE_OBSERVE_INPUT)
        addInputSample(layer, row, stride);
      else if (role == PRUNE_OBSERVE_OUTPUT)
        addOutputSample(layer, row, stride);
      else
        addReferenceSample(layer, row, stride);
    });
  }

  /// Observes the NHWC input of a 2-D convolution: every output position
  /// is a sample whose features are its window's im2col column (kh, kw, c);
  /// padding reads zeros. `window` is KH, KW, SH, SW, PT, PB, PL, PR, DH, DW.
  template <typename T>
  void observeIm2col(const char *pathData, int64_t pathLength,
                     const char *layerData, int64_t layerLength, int64_t role,
                     const int64_t *window, int64_t rank, const T *data,
                     const int64_t *sizes, const int64_t *strides) {
    std::lock_guard<std::mutex> lock(mutex);
    std::string path(pathData, pathLength), name(layerData, layerLength);
    StatisticsFile &file = files[path];
    if (!file.error.empty())
      return;
    if (rank != 4) {
      file.error = "layer '" + name + "': im2col needs an NHWC input";
      return;
    }
    if (role != 0 && role != 2) {
      file.error = "layer '" + name + "': im2col observes an input (role 0) "
                   "or a reference (role 2), not role " + std::to_string(role);
      return;
    }
    int64_t kh = window[0], kw = window[1], sh = window[2], sw = window[3];
    int64_t pt = window[4], pb = window[5], pl = window[6], pr = window[7];
    int64_t dh = window[8], dw = window[9];
    int64_t n = sizes[0], h = sizes[1], w = sizes[2], c = sizes[3];
    auto outputSize = [](int64_t in, int64_t before, int64_t after,
                         int64_t k, int64_t stride, int64_t dilation) {
      int64_t span = in + before + after - dilation * (k - 1) - 1;
      return span < 0 ? int64_t(0) : span / stride + 1;
    };
    int64_t oh = outputSize(h, pt, pb, kh, sh, dh);
    int64_t ow = outputSize(w, pl, pr, kw, sw, dw);
    LayerAccumulator *layer =
        getInputSide(file, name, role == 2, kh * kw * c);
    if (!layer)
      return;
    std::vector<double> patch(kh * kw * c);
    for (int64_t b = 0; b < n; ++b)
      for (int64_t y = 0; y < oh; ++y)
        for (int64_t x = 0; x < ow; ++x) {
          double *out = patch.data();
          for (int64_t i = 0; i < kh; ++i)
            for (int64_t j = 0; j < kw; ++j, out += c) {
              int64_t iy = y * sh - pt + i * dh, ix = x * sw - pl + j * dw;
              if (iy < 0 || iy >= h || ix < 0 || ix >= w) {
                std::fill(out, out + c, 0.0);
                continue;
              }
              const T *pixel =
                  data + b * strides[0] + iy * strides[1] + ix * strides[2];
              for (int64_t k = 0; k < c; ++k)
                out[k] = pixel[k * strides[3]];
            }
          if (role == 2)
            addReferenceSample(*layer, patch.data(), 1);
          else
            addInputSample(*layer, patch.data(), 1);
        }
  }

  int writeAll() {
    std::lock_guard<std::mutex> lock(mutex);
    int failures = 0;
    for (auto &[path, file] : files) {
      // Samples that did not pair make the file as wrong as a bad call.
      if (file.error.empty() && file.dirty)
        file.error = findUnpairedReference(file);
      if (!file.error.empty()) {
        std::fprintf(stderr,
                     "prune runtime: statistics file '%s' not written: %s\n",
                     path.c_str(), file.error.c_str());
        file.error += " (reported)";
        ++failures;
        continue;
      }
      if (!file.dirty)
        continue;
      if (!write(path, file)) {
        ++failures;
        continue;
      }
      file.dirty = false;
    }
    return failures;
  }

  /// Hands over `path`'s statistics as file bytes and forgets them; on
  /// failure returns false with the reason in `bytes`.
  bool take(const std::string &path, std::string &bytes) {
    std::lock_guard<std::mutex> lock(mutex);
    auto it = files.find(path);
    if (it == files.end()) {
      bytes = "nothing was observed for '" + path + "'";
      return false;
    }
    StatisticsFile &file = it->second;
    if (file.error.empty())
      file.error = findUnpairedReference(file);
    bool ok = file.error.empty();
    bytes = ok ? serialize(file) : file.error;
    files.erase(it);
    return ok;
  }

private:
  /// The accumulator of `name`'s input side, for its own input or, with
  /// `reference`, a reference model's (set up for pairing on first use);
  /// null, with the file marked failed, if the width changed or the
  /// reference came after unpaired input samples.
  LayerAccumulator *getInputSide(StatisticsFile &file, const std::string &name,
                                 bool reference, int64_t width) {
    LayerAccumulator *layer = getLayer(file, name, 0, width);
    if (!layer || !reference || layer->hasReference)
      return layer;
    if (layer->samples != 0) {
      file.error = "layer '" + name + "': its reference was first observed "
                   "after " + std::to_string(layer->samples) +
                   " unpaired input samples; observe the reference model "
                   "first, on the same samples";
      return nullptr;
    }
    layer->hasReference = true;
    layer->pendingReference.assign(layer->pending.size(), 0.0);
    layer->cross.assign(width * width, 0.0);
    layer->referenceSum.assign(width, 0.0);
    return layer;
  }

  /// The accumulator of `name`, set up for `width` features on side `role`
  /// on first use; null (and the file marked failed) if the width changed.
  LayerAccumulator *getLayer(StatisticsFile &file, const std::string &name,
                             int64_t role, int64_t width) {
    LayerAccumulator &layer = file.layers[name];
    int64_t &known = role == 0 ? layer.in : layer.out;
    if (known >= 0 && known != width) {
      file.error = "layer '" + name + "': " +
                   (role == 0 ? "input" : "output") + " width changed from " +
                   std::to_string(known) + " to " + std::to_string(width);
      return nullptr;
    }
    if (known < 0)
      initialize(layer, role, width);
    file.dirty = true;
    return &layer;
  }

  static void initialize(LayerAccumulator &layer, int64_t role,
                         int64_t width) {
    if (role == 0) {
      layer.in = width;
      layer.sumSquares.assign(width, 0.0);
      layer.sum.assign(width, 0.0);
      layer.gram.assign(width * width, 0.0);
      layer.pendingCapacity = blockSamples(width);
      layer.pending.assign(width * layer.pendingCapacity, 0.0);
      return;
    }
    layer.out = width;
    layer.outSum.assign(width, 0.0);
    layer.outSumAbs.assign(width, 0.0);
    layer.outMax.assign(width, -std::numeric_limits<double>::infinity());
    layer.outPositive.assign(width, 0);
  }

  /// Calls `fn(offset)` with the element offset of feature 0 of every
  /// sample, walking all dimensions except the feature dimension.
  template <typename Fn>
  static void forEachSample(int64_t rank, int64_t featureDim,
                            const int64_t *sizes, const int64_t *strides,
                            Fn fn) {
    std::vector<int64_t> index(rank, 0);
    while (true) {
      int64_t offset = 0;
      for (int64_t d = 0; d < rank; ++d)
        offset += index[d] * strides[d];
      fn(offset);
      int64_t d = rank - 1;
      for (; d >= 0; --d) {
        if (d == featureDim)
          continue;
        if (++index[d] < sizes[d])
          break;
        index[d] = 0;
      }
      if (d < 0)
        return;
    }
  }

  /// Why a layer's input and reference samples do not pair one to one, or
  /// empty.
  static std::string findUnpairedReference(const StatisticsFile &file) {
    for (auto &[name, layer] : file.layers)
      if (layer.hasReference && (layer.referenceSamples != layer.samples ||
                                 layer.pairedSamples != layer.samples))
        return "layer '" + name + "': " + std::to_string(layer.samples) +
               " input samples, " + std::to_string(layer.referenceSamples) +
               " reference samples, " + std::to_string(layer.pairedSamples) +
               " paired; the reference model must see the same samples, "
               "before the model";
    return "";
  }

  template <typename T>
  static void addReferenceSample(LayerAccumulator &layer, const T *row,
                                 int64_t stride) {
    for (int64_t j = 0; j < layer.in; ++j) {
      double r = row[j * stride];
      layer.referenceQueue.push_back(r);
      layer.referenceSum[j] += r;
    }
    ++layer.referenceSamples;
  }

  template <typename T>
  static void addInputSample(LayerAccumulator &layer, const T *row,
                             int64_t stride) {
    double *column = layer.pending.data() + layer.pendingCount * layer.in;
    for (int64_t j = 0; j < layer.in; ++j) {
      double x = row[j * stride];
      column[j] = x;
      layer.sum[j] += x;
      layer.sumSquares[j] += x * x;
    }
    // Pair the row with the oldest waiting reference row; one without a
    // partner is counted and reported when the file is written.
    if (layer.hasReference &&
        layer.referenceNext < layer.referenceQueue.size()) {
      std::copy_n(layer.referenceQueue.begin() + layer.referenceNext,
                  layer.in,
                  layer.pendingReference.begin() +
                      layer.pendingCount * layer.in);
      layer.referenceNext += layer.in;
      ++layer.pairedSamples;
      if (layer.referenceNext == layer.referenceQueue.size()) {
        layer.referenceQueue.clear();
        layer.referenceNext = 0;
      }
    } else if (layer.hasReference) {
      std::fill_n(layer.pendingReference.begin() +
                      layer.pendingCount * layer.in,
                  layer.in, 0.0);
    }
    ++layer.samples;
    if (++layer.pendingCount == layer.pendingCapacity)
      layer.flushPending();
  }

  template <typename T>
  static void addOutputSample(LayerAccumulator &layer, const T *row,
                              int64_t stride) {
    for (int64_t k = 0; k < layer.out; ++k) {
      double y = row[k * stride];
      layer.outSum[k] += y;
      layer.outSumAbs[k] += std::fabs(y);
      layer.outPositive[k] += y > 0.0;
      layer.outMax[k] = std::max(layer.outMax[k], y);
    }
    ++layer.outSamples;
  }

  static void putU32(std::string &bytes, uint32_t value) {
    for (int i = 0; i < 4; ++i)
      bytes.push_back(char((value >> (8 * i)) & 0xff));
  }
  static void putU64(std::string &bytes, uint64_t value) {
    for (int i = 0; i < 8; ++i)
      bytes.push_back(char((value >> (8 * i)) & 0xff));
  }
  static void putF64(std::string &bytes, double value) {
    uint64_t bits;
    std::memcpy(&bits, &value, sizeof(bits));
    putU64(bytes, bits);
  }
  static void putF64s(std::string &bytes, const double *values, size_t n) {
    // The file is little-endian, like every host this runs on; the bulk
    // copy keeps writing a 4096-wide Gram matrix (128 MiB) fast.
    static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__,
                  "the statistics file is little-endian");
    bytes.append(reinterpret_cast<const char *>(values), n * sizeof(double));
  }

  /// The bytes of `file` in the format of StatisticsFormat.h.
  static std::string serialize(StatisticsFile &file) {
    std::string bytes = PRUNE_STATS_MAGIC;
    size_t expected = 16;
    for (auto &[name, layer] : file.layers)
      expected += 28 + name.size() +
                  8 * (std::max<int64_t>(layer.in, 0) *
                           (std::max<int64_t>(layer.in, 0) + 1) +
                       4 * std::max<int64_t>(layer.out, 0)) +
                  8 * std::max<int64_t>(layer.in, 0) +
                  (layer.hasReference ? 8 * layer.in * (layer.in + 1) : 0);
    bytes.reserve(expected);
    putU32(bytes, PRUNE_STATS_VERSION);
    putU32(bytes, file.layers.size());
    for (auto &[name, layer] : file.layers) {
      layer.flushPending();
      int64_t in = std::max<int64_t>(layer.in, 0);
      int64_t out = std::max<int64_t>(layer.out, 0);
      putU32(bytes, name.size());
      bytes += name;
      // A layer observed only at its output counts samples there.
      putU64(bytes, layer.in >= 0 ? layer.samples : layer.outSamples);
      putU32(bytes, in);
      putU32(bytes, out);
      putF64s(bytes, layer.sumSquares.data(), in);
      // Row i of the full matrix: the lower triangle holds (i, j) for j <= i
      // at column-major gram[j * in + i], and (j, i) beyond.
      std::vector<double> row(in);
      for (int64_t i = 0; i < in; ++i) {
        for (int64_t j = 0; j < in; ++j)
          row[j] = i >= j ? layer.gram[j * in + i] : layer.gram[i * in + j];
        putF64s(bytes, row.data(), in);
      }
      double n = layer.outSamples ? double(layer.outSamples) : 1.0;
      for (int64_t k = 0; k < out; ++k)
        putF64(bytes, layer.outSum[k] / n);
      for (int64_t k = 0; k < out; ++k)
        putF64(bytes, layer.outSumAbs[k] / n);
      for (int64_t k = 0; k < out; ++k)
        putF64(bytes, double(layer.outPositive[k]) / n);
      for (int64_t k = 0; k < out; ++k)
        putF64(bytes, layer.outSamples ? layer.outMax[k] : 0.0);
      putU32(bytes, layer.hasReference ? 1 : 0);
      if (layer.hasReference) {
        // Row i of X^T R is column-major cross[j * in + i].
        for (int64_t i = 0; i < in; ++i) {
          for (int64_t j = 0; j < in; ++j)
            row[j] = layer.cross[j * in + i];
          putF64s(bytes, row.data(), in);
        }
      }
      // Version 3: the inputs' sums, then the reference's.
      putF64s(bytes, layer.sum.data(), in);
      if (layer.hasReference)
        putF64s(bytes, layer.referenceSum.data(), in);
    }
    return bytes;
  }

  /// Writes `file` in the format of Statistics.h, through a temporary file
  /// renamed into place.
  static bool write(const std::string &path, StatisticsFile &file) {
    std::string bytes = serialize(file);
    std::string temporary = path + ".tmp";
    FILE *stream = std::fopen(temporary.c_str(), "wb");
    bool ok = stream &&
              std::fwrite(bytes.data(), 1, bytes.size(), stream) ==
                  bytes.size();
    if (stream && std::fclose(stream) != 0)
      ok = false;
    if (ok && std::rename(temporary.c_str(), path.c_str()) != 0)
      ok = false;
    if (!ok) {
      std::remove(temporary.c_str());
      std::fprintf(stderr,
                   "prune runtime: cannot write statistics file '%s'\n",
                   path.c_str());
    }
    return ok;
  }

  std::mutex mutex;
  std::map<std::string, StatisticsFile> files;
};

/// Constructed on first use, destroyed (and written) at exit or dlclose.
Registry registry;

/// A ranked memref descriptor behind an unranked one: allocated, aligned,
/// offset, sizes[rank], strides[rank].
template <typename T>
struct RankedView {
  const T *data;
  const int64_t *sizes;
  const int64_t *strides;

  explicit RankedView(PruneUnrankedMemRef *memref) {
    struct Header {
      T *allocated;
      T *aligned;
      int64_t offset;
    };
    auto *header = static_cast<Header *>(memref->descriptor);
    data = header->aligned + header->offset;
    sizes = reinterpret_cast<const int64_t *>(header + 1);
    strides = sizes + memref->rank;
  }
};

template <typename T>
void observeMemRef(PruneStringMemRef *path, PruneStringMemRef *layer,
                   int64_t role, int64_t featureDim,
                   PruneUnrankedMemRef *data) {
  RankedView<T> view(data);
  registry.observe(path->aligned + path->offset, path->sizes[0],
                   layer->aligned + layer->offset, layer->sizes[0], role,
                   featureDim, data->rank, view.data, view.sizes,
                   view.strides);
}

template <typename T>
void observeIm2colMemRef(PruneStringMemRef *path, PruneStringMemRef *layer,
                         int64_t role, const int64_t *window,
                         PruneUnrankedMemRef *data) {
  RankedView<T> view(data);
  registry.observeIm2col(path->aligned + path->offset, path->sizes[0],
                         layer->aligned + layer->offset, layer->sizes[0], role,
                         window, data->rank, view.data, view.sizes,
                         view.strides);
}

} // namespace

extern "C" {

void prune_observe_f32(const char *path, int64_t pathLength, const char *layer,
                       int64_t layerLength, int64_t role, int64_t featureDim,
                       int64_t rank, const float *data, const int64_t *sizes,
                       const int64_t *strides) {
  registry.observe(path, pathLength, layer, layerLength, role, featureDim,
                   rank, data, sizes, strides);
}

void prune_observe_f64(const char *path, int64_t pathLength, const char *layer,
                       int64_t layerLength, int64_t role, int64_t featureDim,
                       int64_t rank, const double *data, const int64_t *sizes,
                       const int64_t *strides) {
  registry.observe(path, pathLength, layer, layerLength, role, featureDim,
                   rank, data, sizes, strides);
}

void _mlir_ciface_prune_observe_f32(PruneStringMemRef *path,
                                    PruneStringMemRef *layer, int64_t role,
                                    int64_t featureDim,
                                    PruneUnrankedMemRef *data) {
  observeMemRef<float>(path, layer, role, featureDim, data);
}

void _mlir_ciface_prune_observe_f64(PruneStringMemRef *path,
                                    PruneStringMemRef *layer, int64_t role,
                                    int64_t featureDim,
                                    PruneUnrankedMemRef *data) {
  observeMemRef<double>(path, layer, role, featureDim, data);
}

void prune_observe_im2col_f32(const char *path, int64_t pathLength,
                              const char *layer, int64_t layerLength,
                              int64_t role, const int64_t *window, int64_t rank,
                              const float *data, const int64_t *sizes,
                              const int64_t *strides) {
  registry.observeIm2col(path, pathLength, layer, layerLength, role, window,
                         rank, data, sizes, strides);
}

void prune_observe_im2col_f64(const char *path, int64_t pathLength,
                              const char *layer, int64_t layerLength,
                              int64_t role, const int64_t *window, int64_t rank,
                              const double *data, const int64_t *sizes,
                              const int64_t *strides) {
  registry.observeIm2col(path, pathLength, layer, layerLength, role, window,
                         rank, data, sizes, strides);
}

#define PRUNE_IM2COL_CIFACE(SUFFIX, T)                                         \
  void _mlir_ciface_prune_observe_im2col_##SUFFIX(                             \
      PruneStringMemRef *path, PruneStringMemRef *layer, int64_t role,         \
      int64_t kh, int64_t kw, int64_t sh, int64_t sw, int64_t pt, int64_t pb, \
      int64_t pl, int64_t pr, int64_t dh, int64_t dw,                          \
      PruneUnrankedMemRef *data) {                                             \
    int64_t window[10] = {kh, kw, sh, sw, pt, pb, pl, pr, dh, dw};             \
    observeIm2colMemRef<T>(path, layer, role, window, data);                   \
  }
PRUNE_IM2COL_CIFACE(f32, float)
PRUNE_IM2COL_CIFACE(f64, double)
#undef PRUNE_IM2COL_CIFACE

int prune_runtime_write(void) { return registry.writeAll(); }

int prune_runtime_take(const char *path, int64_t pathLength, char **bytes,
                       int64_t *size) {
  std::string taken;
  bool ok = registry.take(std::string(path, pathLength), taken);
  // The error message is NUL-terminated; the bytes need not be.
  *bytes = static_cast<char *>(std::malloc(taken.size() + 1));
  if (!*bytes)
    return 1;
  std::memcpy(*bytes, taken.c_str(), taken.size() + 1);
  *size = int64_t(taken.size());
  return ok ? 0 : 1;
}

} // extern "C"
