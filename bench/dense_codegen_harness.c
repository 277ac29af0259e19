// dense_codegen_harness.c - time one compiled dense kernel against oneDNN.
//
// bench/dense_codegen_bench.py compiles `@kernel(%A, %B, %C) -> C + A * B`
// (linalg.matvec or linalg.matmul on row-major f32 tensors) into a shared
// library with MLIR's C interface and runs this harness on it. The harness
// fills A and B with random numbers, checks one call against a plain C
// reference, times `reps` calls (median of per-call times, output buffer
// reused) and, when built with -DWITH_DNNL, times dnnl_sgemm on the same data.
// ABI `result`: the kernel returns its result memref through the first
// pointer (MLIR's C interface for a function with a result; the harness says
// whether that is the C buffer it passed or a fresh allocation, which would
// add an allocation and page faults to every call, and frees the latter).
// ABI `inplace`: the kernel has no result and writes into C (prune-compile
// drops a result that is the buffer of an argument).
//
// Usage: harness LIB.so M K N REPS ABI   (N = 1: matvec y[M] += A[MxK] x[K];
//                                         ABI = result | inplace)

#include <dlfcn.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#ifdef WITH_DNNL
#include <dnnl.h>
#endif

typedef struct { float *allocated, *aligned; int64_t offset, sizes[1], strides[1]; } MemRef1D;
typedef struct { float *allocated, *aligned; int64_t offset, sizes[2], strides[2]; } MemRef2D;

static double now_ms(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1e3 + t.tv_nsec * 1e-6;
}

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

static MemRef1D ref1(float *p, int64_t n) { MemRef1D m = {p, p, 0, {n}, {1}}; return m; }
static MemRef2D ref2(float *p, int64_t r, int64_t c) { MemRef2D m = {p, p, 0, {r, c}, {c, 1}}; return m; }

static float *aligned_floats(int64_t n) {
  float *p = aligned_alloc(64, ((n * sizeof(float) + 63) / 64) * 64);
  if (!p) { perror("aligned_alloc"); exit(1); }
  return p;
}

/// Calls the kernel once on A, B, C; returns the result's data pointer and
/// sets *fresh if it is not C (then *owned is the pointer to free).
static float *call_kernel(void *fn, int inplace, float *A, float *B, float *C,
                          int64_t M, int64_t K, int64_t N, int *fresh, void **owned) {
  *fresh = 0;
  *owned = NULL;
  if (N == 1) {
    MemRef2D a = ref2(A, M, K);
    MemRef1D b = ref1(B, K), c = ref1(C, M), r;
    if (inplace) {
      ((void (*)(MemRef2D *, MemRef1D *, MemRef1D *))fn)(&a, &b, &c);
      return C;
    }
    ((void (*)(MemRef1D *, MemRef2D *, MemRef1D *, MemRef1D *))fn)(&r, &a, &b, &c);
    *fresh = r.allocated != C;
    *owned = *fresh ? r.allocated : NULL;
    return r.aligned + r.offset;
  }
  MemRef2D a = ref2(A, M, K), b = ref2(B, K, N), c = ref2(C, M, N), r;
  if (inplace) {
    ((void (*)(MemRef2D *, MemRef2D *, MemRef2D *))fn)(&a, &b, &c);
    return C;
  }
  ((void (*)(MemRef2D *, MemRef2D *, MemRef2D *, MemRef2D *))fn)(&r, &a, &b, &c);
  *fresh = r.allocated != C;
  *owned = *fresh ? r.allocated : NULL;
  return r.aligned + r.offset;
}

int main(int argc, char **argv) {
  if (argc != 7) { fprintf(stderr, "usage: %s LIB.so M K N REPS result|inplace\n", argv[0]); return 2; }
  int inplace = strcmp(argv[6], "inplace") == 0;
  int64_t M = atoll(argv[2]), K = atoll(argv[3]), N = atoll(argv[4]);
  int reps = atoi(argv[5]);
  void *lib = dlopen(argv[1], RTLD_NOW);
  if (!lib) { fprintf(stderr, "%s\n", dlerror()); return 1; }
  void *fn = dlsym(lib, "_mlir_ciface_kernel");
  if (!fn) { fprintf(stderr, "no _mlir_ciface_kernel in %s\n", argv[1]); return 1; }

  float *A = aligned_floats(M * K), *B = aligned_floats(K * N), *C = aligned_floats(M * N);
  float *ref = calloc(M * N, sizeof(float));
  srand(1);
  for (int64_t i = 0; i < M * K; ++i) A[i] = (float)rand() / RAND_MAX - 0.5f;
  for (int64_t i = 0; i < K * N; ++i) B[i] = (float)rand() / RAND_MAX - 0.5f;
  for (int64_t i = 0; i < M; ++i)
    for (int64_t k = 0; k < K; ++k)
      for (int64_t j = 0; j < N; ++j) ref[i * N + j] += A[i * K + k] * B[k * N + j];

  // One call into a zeroed C: check the numbers and who owns the result.
  memset(C, 0, M * N * sizeof(float));
  int fresh_output;
  void *owned;
  float *result = call_kernel(fn, inplace, A, B, C, M, K, N, &fresh_output, &owned);
  double max_err = 0;
  for (int64_t i = 0; i < M * N; ++i) max_err = fmax(max_err, fabs(result[i] - ref[i]));
  printf("max_abs_error %.3g\n", max_err);
  printf("output %s\n", fresh_output ? "freshly allocated per call" : "written into the caller's buffer");
  if (max_err > 1e-3 * sqrt((double)K)) { fprintf(stderr, "wrong result\n"); return 1; }
  free(owned);

  double *times = malloc(reps * sizeof(double));
  for (int r = 0; r < reps; ++r) {
    double t0 = now_ms();
    int fresh;
    call_kernel(fn, inplace, A, B, C, M, K, N, &fresh, &owned);
    free(owned);
    times[r] = now_ms() - t0;
  }
  qsort(times, reps, sizeof(double), cmp_double);
  printf("kernel_ms %.4f\n", times[reps / 2]);

#ifdef WITH_DNNL
  for (int r = 0; r < reps; ++r) {
    double t0 = now_ms();
    // Row-major C[MxN] = A[MxK] B[KxN] + C.
    if (dnnl_sgemm('N', 'N', M, N, K, 1.0f, A, K, B, N, 1.0f, C, N) != dnnl_success) {
      fprintf(stderr, "dnnl_sgemm failed\n");
      return 1;
    }
    times[r] = now_ms() - t0;
  }
  qsort(times, reps, sizeof(double), cmp_double);
  printf("dnnl_ms %.4f\n", times[reps / 2]);
#endif
  return 0;
}
