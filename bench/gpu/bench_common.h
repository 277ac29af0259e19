// bench_common.h - shared by the GPU layer benchmarks: the 4096x4096 weight
// generated on the device's host (nothing large travels in the bundle), the
// CSR form, the reference check and the timing loop.
#ifndef BENCH_GPU_COMMON_H
#define BENCH_GPU_COMMON_H

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum { kRows = 4096, kCols = 4096 };

/// Deterministic xorshift64*: the same weights on every machine and run.
static uint64_t rngState;
static void rngSeed(uint64_t seed) { rngState = seed * 2654435761u + 1; }
static uint64_t rngNext(void) {
  rngState ^= rngState >> 12;
  rngState ^= rngState << 25;
  rngState ^= rngState >> 27;
  return rngState * 2685821657736338717ull;
}
/// Uniform in [-1, 1).
static float rngUniform(void) {
  return (float)((rngNext() >> 40) * (1.0 / 8388608.0) - 1.0);
}

/// A kRows x kCols weight with each entry kept with probability
/// 1 - sparsity (unstructured pruning), in CSR with 32-bit indices, and the
/// same matrix dense row-major.
typedef struct {
  int32_t *pos; // kRows + 1
  int32_t *crd; // nnz
  float *val;   // nnz
  int64_t nnz;
  float *dense; // kRows * kCols, or NULL
} Weight;

static Weight makeWeight(double sparsity, int withDense) {
  Weight w;
  w.pos = malloc(sizeof(int32_t) * (kRows + 1));
  int64_t capacity = (int64_t)((1.0 - sparsity) * kRows * kCols * 1.05) + 4096;
  w.crd = malloc(sizeof(int32_t) * capacity);
  w.val = malloc(sizeof(float) * capacity);
  w.dense = withDense ? calloc((size_t)kRows * kCols, sizeof(float)) : NULL;
  rngSeed((uint64_t)(sparsity * 1e6) + 17);
  uint64_t keep = sparsity <= 0 ? UINT64_MAX
                                : (uint64_t)((1.0 - sparsity) * 18446744073709551615.0);
  int64_t nnz = 0;
  w.pos[0] = 0;
  for (int i = 0; i < kRows; ++i) {
    for (int j = 0; j < kCols; ++j) {
      if (rngNext() > keep)
        continue;
      if (nnz == capacity) {
        capacity *= 2;
        w.crd = realloc(w.crd, sizeof(int32_t) * capacity);
        w.val = realloc(w.val, sizeof(float) * capacity);
      }
      float v = rngUniform();
      w.crd[nnz] = j;
      w.val[nnz] = v;
      if (w.dense)
        w.dense[(size_t)i * kCols + j] = v;
      ++nnz;
    }
    w.pos[i + 1] = (int32_t)nnz;
  }
  w.nnz = nnz;
  return w;
}

static void freeWeight(Weight *w) {
  free(w->pos);
  free(w->crd);
  free(w->val);
  free(w->dense);
}

/// x: kCols x batch, row-major (feature-major activations).
static float *makeInput(int batch) {
  float *x = malloc(sizeof(float) * kCols * batch);
  rngSeed(4242);
  for (int64_t i = 0; i < (int64_t)kCols * batch; ++i)
    x[i] = rngUniform();
  return x;
}

/// Largest |y - W x| over every 64th row (all batch columns), relative to
/// the row's sum of |w| |x| (so it is comparable across sparsities).
static double checkResult(const Weight *w, const float *x, const float *y,
                          int batch) {
  double worst = 0;
  for (int i = 0; i < kRows; i += 64) {
    for (int b = 0; b < batch; ++b) {
      double ref = 0, scale = 1e-30;
      for (int32_t p = w->pos[i]; p < w->pos[i + 1]; ++p) {
        double t = (double)w->val[p] * x[(size_t)w->crd[p] * batch + b];
        ref += t;
        scale += fabs(t);
      }
      double err = fabs(ref - y[(size_t)i * batch + b]) / scale;
      if (err > worst)
        worst = err;
    }
  }
  return worst;
}

static double nowMs(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1e3 + t.tv_nsec * 1e-6;
}

static int compareDouble(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

/// Times `reps` calls of `run(ctx)` after `warmup` untimed ones; reports the
/// median and the minimum in milliseconds.
static void timeCalls(void (*run)(void *), void *ctx, int warmup, int reps,
                      double *median, double *minimum) {
  for (int i = 0; i < warmup; ++i)
    run(ctx);
  double *t = malloc(sizeof(double) * reps);
  for (int i = 0; i < reps; ++i) {
    double start = nowMs();
    run(ctx);
    t[i] = nowMs() - start;
  }
  qsort(t, reps, sizeof(double), compareDouble);
  *median = t[reps / 2];
  *minimum = t[0];
  free(t);
}

/// One CSV line: impl,batch,sparsity,nnz,median_ms,min_ms,reps,max_rel_err.
static void report(const char *impl, int batch, double sparsity, int64_t nnz,
                   double median, double minimum, int reps, double err) {
  printf("%s,%d,%.2f,%ld,%.4f,%.4f,%d,%.2e\n", impl, batch, sparsity,
         (long)nnz, median, minimum, reps, err);
  fflush(stdout);
}

/// Sparsities from argv[first..], or the default sweep.
static int parseSparsities(int argc, char **argv, int first, double *out) {
  static const double sweep[] = {0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99};
  int n = 0;
  for (int i = first; i < argc && n < 32; ++i)
    out[n++] = atof(argv[i]);
  if (n)
    return n;
  for (size_t i = 0; i < sizeof(sweep) / sizeof(sweep[0]); ++i)
    out[n++] = sweep[i];
  return n;
}

#endif // BENCH_GPU_COMMON_H
