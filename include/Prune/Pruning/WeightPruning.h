//===- WeightPruning.h - Choose and zero low-importance weights -*- C++ -*-===//
//
// The mechanism behind prune-weights, usable without the pass: parse a
// sparsity pattern, get typed mutable access to a weight constant's elements,
// and zero the least important units (elements, N:M groups, blocks or rows)
// of one layer or of many layers at once (global scope).
//
// Selection is exact and deterministic: with a sparsity target, exactly
// round(F * n) elements end up zero (weights that are already zero count),
// and ties are broken by position (earlier elements are zeroed first). It is
// a two-pass radix select over the scores' float bit patterns, so it needs no
// copy of the weights, and every pass over a layer is a loop typed on the
// element type. A weight is written once: in place when its storage is
// mutable (dense_resource blobs parsed from text), else into one new buffer
// that becomes the resource's blob (blobs mmapped from bytecode).
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_PRUNING_WEIGHTPRUNING_H
#define PRUNE_PRUNING_WEIGHTPRUNING_H

#include "Prune/Analysis/WeightAnalysis.h"

#include "mlir/IR/AsmState.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/Support/LLVM.h"

#include <optional>
#include <string>
#include <vector>

namespace mlir::prune {

/// Which units are scored and zeroed together.
struct PrunePattern {
  enum class Kind { Unstructured, NOfM, Block, Channel };
  Kind kind = Kind::Unstructured;
  /// N:M: keep `n` of every `m` consecutive weights along the input dim.
  int64_t n = 0, m = 0;
  /// block:RxC: blocks of `blockRows` x `blockCols` of the (out, in) view.
  int64_t blockRows = 0, blockCols = 0;

  /// Parses `unstructured`, `N:M`, `block:RxC` or `channel`. On failure,
  /// `error` says what is wrong.
  static FailureOr<PrunePattern> parse(StringRef spec, std::string &error);
  std::string str() const;
  /// The sparsity an N:M pattern implies.
  double impliedSparsity() const { return double(m - n) / double(m); }
  /// Returns why this pattern cannot apply to a weight with `view` (null
  /// when the view is unknown, `viewError` saying why), or "" if it can.
  std::string checkApplicable(const WeightView *view,
                              StringRef viewError) const;
};

/// Typed, mutable access to the elements of one weight constant. Integer
/// weights are measured and zeroed relative to their zero point. Writes go
/// into the resource blob in place (mutable dense_resource blobs) or into
/// one new aligned buffer, made on the first write (dense attributes,
/// immutable blobs such as those mmapped by the bytecode reader); `commit`
/// publishes them.
class WeightBuffer {
public:
  enum class ElementKind { F16, BF16, F32, F64, I8, I16, I32, I64 };

  /// Returns a buffer for `value`, or failure with `error` set when its
  /// element type or storage is not supported.
  static FailureOr<WeightBuffer> get(ElementsAttr value, int64_t zeroPoint,
                                     std::string &error);

  int64_t size() const { return numElements; }
  ElementKind getElementKind() const { return kind; }
  /// abs(w - zeroPoint) of element `i`.
  double magnitude(int64_t i) const;
  bool isZero(int64_t i) const { return magnitude(i) == 0.0; }
  /// Sets element `i` to the zero point.
  void setZero(int64_t i);
  /// Whether the elements are floats (value/setValue work).
  bool isFloat() const {
    return kind == ElementKind::F16 || kind == ElementKind::BF16 ||
           kind == ElementKind::F32 || kind == ElementKind::F64;
  }
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
  /// Calls `fn(index, magnitude)` for every element, in order; the type
  /// dispatch happens once, outside the loop.
  void forEachMagnitude(function_ref<void(int64_t, float)> fn) const;
  bool isModified() const { return modified; }
  /// Returns the attribute holding the written values: a new dense
  /// attribute, or the original dense_resource attribute whose blob now
  /// holds them (the new buffer is handed to the resource, not copied).
  ElementsAttr commit();

  MLIRContext *getContext() const { return original.getContext(); }
  /// Raw access for the typed loops of WeightPruning.cpp.
  /// The bytes reads come from (one element when `isSplatStorage`).
  ArrayRef<char> getReadData() const { return data; }
  bool isSplatStorage() const { return isSplat; }
  int64_t getZeroPoint() const { return zeroPoint; }
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
  char *makeWritable(int64_t i) { return makeWritable().data() + i * elementBytes; }

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

/// How weights are scored.
enum class WeightCriterion {
  /// abs(w).
  Magnitude,
  /// abs(w) * ||X_j||_2, the L2 norm of the weight's input feature over the
  /// calibration samples (Wanda, Sun et al. 2023).
  Wanda,
};

/// What happens to the kept weights once the mask is chosen.
enum class WeightMethod {
  /// Nothing: pruned weights are zeroed, kept ones stay.
  Mask,
  /// Each output row's kept weights are re-solved to reproduce the dense row
  /// on the calibration inputs (see Reconstruction.h).
  Reconstruct,
};

/// What to prune: a pattern with a sparsity target or a threshold.
struct PruneTarget {
  PrunePattern pattern;
  /// Fraction of weights to make zero, in [0, 1).
  std::optional<double> sparsity;
  /// Instead of `sparsity`: zero units whose score is below this.
  std::optional<double> threshold;
  /// Unstructured with a sparsity target: reach it in every output row of
  /// the (output, input) view (round(F * cols) zeros per row) instead of
  /// over the whole layer; Wanda compares weights within rows.
  bool perRow = false;
};

/// One layer to prune: its buffer and (for structured patterns, per-row
/// selection and column scales) its view.
struct LayerToPrune {
  WeightBuffer *buffer;
  const WeightView *view;
  /// Factor of each input feature (view column) that magnitudes are
  /// multiplied by to give scores (Wanda: the feature's L2 norm); empty
  /// scores plain magnitudes.
  ArrayRef<double> columnScale = {};
};

/// Zeros the least important units of `layers` as one selection (global
/// scope). Per-layer scope calls this once per layer. The pattern must have
/// been checked with `PrunePattern::checkApplicable` for each layer.
void pruneLayers(ArrayRef<LayerToPrune> layers, const PruneTarget &target);

/// Per-layer scope: prunes each layer on its own, on the context's thread
/// pool when multithreading is enabled (each layer's buffer is touched by
/// one thread only). The result does not depend on the number of threads.
void pruneEachLayer(MLIRContext *context, ArrayRef<LayerToPrune> layers,
                    const PruneTarget &target);

} // namespace mlir::prune

#endif // PRUNE_PRUNING_WEIGHTPRUNING_H
