/*===- PruneRuntime.h - Calibration runtime (C ABI) ----------------*- C -*-===//
//
// libPruneRuntime.so: what instrumented models call to accumulate calibration
// statistics (include/Prune/Runtime/StatisticsFormat.h has the file format).
// Plain C ABI, no MLIR: compiled models load it with
// `mlir-runner -shared-libs=.../libPruneRuntime.so` or link it ahead of time.
//
// `prune-lower-observe` turns every `prune.observe` op into a call of
// `_mlir_ciface_prune_observe_[im2col_]f32/f64` (the `llvm.emit_c_interface` form: the
// strings are 1-D i8 memrefs, the observed tensor an unranked memref). The
// plain functions take the same data as pointers, sizes and strides, for C
// callers. Every index of the observed array except `feature_dim` is one
// sample; `role` 0 observes a layer's input (sum of squares and Gram matrix
// of its features), 1 its output (activity of each output neuron), 2 the
// same layer's input in a reference model on the same samples, observed
// before the model's: each later input row is paired with the oldest
// waiting reference row, for the cross matrix X^T R. Unpaired rows make the
// file an error.
//
// Statistics are kept per output path and layer name, and every path is
// written when the process exits (a static destructor; also on dlclose) or
// when `prune_runtime_write` is called. A layer whose width changes between
// calls is an error: its file is not written and the reason goes to stderr.
//
//===----------------------------------------------------------------------===*/

#ifndef PRUNE_RUNTIME_PRUNERUNTIME_H
#define PRUNE_RUNTIME_PRUNERUNTIME_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Observes the `rank`-dimensional strided array `data` (element (i0, i1, ...)
/// at data[sum(i_d * strides[d])]) as samples of layer `layer`.
void prune_observe_f32(const char *path, int64_t pathLength, const char *layer,
                       int64_t layerLength, int64_t role, int64_t featureDim,
                       int64_t rank, const float *data, const int64_t *sizes,
                       const int64_t *strides);
void prune_observe_f64(const char *path, int64_t pathLength, const char *layer,
                       int64_t layerLength, int64_t role, int64_t featureDim,
                       int64_t rank, const double *data, const int64_t *sizes,
                       const int64_t *strides);

/// Observes the NHWC input `data` of a 2-D convolution: every output
/// position is a sample whose features are its window's im2col column
/// (kh, kw, c); padding reads zeros. `window` holds KH, KW, SH, SW, PT, PB,
/// PL, PR, DH, DW (kernel, strides, paddings top/bottom/left/right,
/// dilations). `role` is 0 (the layer's input) or 2 (a reference's).
void prune_observe_im2col_f32(const char *path, int64_t pathLength,
                              const char *layer, int64_t layerLength,
                              int64_t role, const int64_t *window, int64_t rank,
                              const float *data, const int64_t *sizes,
                              const int64_t *strides);
void prune_observe_im2col_f64(const char *path, int64_t pathLength,
                              const char *layer, int64_t layerLength,
                              int64_t role, const int64_t *window, int64_t rank,
                              const double *data, const int64_t *sizes,
                              const int64_t *strides);

/// MLIR's C interface of a 1-D memref and of an unranked memref.
typedef struct {
  char *allocated;
  char *aligned;
  int64_t offset;
  int64_t sizes[1];
  int64_t strides[1];
} PruneStringMemRef;
typedef struct {
  int64_t rank;
  void *descriptor;
} PruneUnrankedMemRef;

void _mlir_ciface_prune_observe_f32(PruneStringMemRef *path,
                                    PruneStringMemRef *layer, int64_t role,
                                    int64_t featureDim,
                                    PruneUnrankedMemRef *data);
void _mlir_ciface_prune_observe_f64(PruneStringMemRef *path,
                                    PruneStringMemRef *layer, int64_t role,
                                    int64_t featureDim,
                                    PruneUnrankedMemRef *data);

void _mlir_ciface_prune_observe_im2col_f32(
    PruneStringMemRef *path, PruneStringMemRef *layer, int64_t role,
    int64_t kh, int64_t kw, int64_t sh, int64_t sw, int64_t pt, int64_t pb,
    int64_t pl, int64_t pr, int64_t dh, int64_t dw, PruneUnrankedMemRef *data);
void _mlir_ciface_prune_observe_im2col_f64(
    PruneStringMemRef *path, PruneStringMemRef *layer, int64_t role,
    int64_t kh, int64_t kw, int64_t sh, int64_t sw, int64_t pt, int64_t pb,
    int64_t pl, int64_t pr, int64_t dh, int64_t dw, PruneUnrankedMemRef *data);

/// Writes every statistics file now (they are written again at exit if more
/// samples arrive). Returns 0 on success, the number of files that failed.
int prune_runtime_write(void);

/// Hands the statistics gathered for `path` to the caller, as the bytes of
/// the file that would be written, and forgets them (nothing is written for
/// `path` at exit). In-process drivers (prune-calibrate) use this instead of
/// a file. Returns 0 and sets `*bytes` (allocated with malloc; the caller
/// frees it) and `*size`; or returns 1 with `*bytes` a malloc'd,
/// NUL-terminated error message (nothing observed for `path`, a width that
/// changed, unpaired reference samples).
int prune_runtime_take(const char *path, int64_t pathLength, char **bytes,
                       int64_t *size);

#ifdef __cplusplus
}
#endif

#endif /* PRUNE_RUNTIME_PRUNERUNTIME_H */
