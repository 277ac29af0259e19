// Runs a compiled model's @forward (C interface) on a raw float32 input file
// and prints one predicted class per row (argmax of the [rows, classes]
// result), then, on stderr, "first_ms", the median of REPS timed calls, and
// the call count. Built from the same source for prune-compile's CPU and GPU
// targets, so the bundle can compare their predictions on the device.
//
//   -DRANK=4 -DDIMS=1,28,28   the input is [rows, DIMS...], rank RANK
//   -DFREE_RESULT=_mlir_memref_to_llvm_free   for target=gpu results
//
// Usage: bench_model INPUT.bin ROWS [BATCH [REPS]]
//   predictions for all ROWS (in calls of BATCH rows, default ROWS), then
//   REPS (default 50) timed calls on the first BATCH rows.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#ifdef FREE_RESULT
void FREE_RESULT(void *);
#else
#define FREE_RESULT free
#endif

static const int64_t kDims[] = {DIMS};
enum { kRank = RANK };

typedef struct {
  float *allocated;
  float *aligned;
  int64_t offset;
  int64_t sizes[RANK];
  int64_t strides[RANK];
} Input;

typedef struct {
  float *allocated;
  float *aligned;
  int64_t offset;
  int64_t sizes[2];
  int64_t strides[2];
} Result;

void _mlir_ciface_forward(Result *result, Input *input);

static double now_ms(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static Input make_input(float *x, int64_t rows) {
  Input in = {x, x, 0, {0}, {0}};
  in.sizes[0] = rows;
  for (int i = 1; i < kRank; ++i)
    in.sizes[i] = kDims[i - 1];
  in.strides[kRank - 1] = 1;
  for (int i = kRank - 2; i >= 0; --i)
    in.strides[i] = in.strides[i + 1] * in.sizes[i + 1];
  return in;
}

static int cmp(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: %s INPUT.bin ROWS [BATCH [REPS]]\n", argv[0]);
    return 2;
  }
  int64_t rows = atoll(argv[2]);
  int64_t batch = argc > 3 ? atoll(argv[3]) : rows;
  int reps = argc > 4 ? atoi(argv[4]) : 50;
  int64_t features = 1;
  for (int i = 1; i < kRank; ++i)
    features *= kDims[i - 1];
  float *x = malloc(sizeof(float) * features * rows);
  FILE *f = fopen(argv[1], "rb");
  if (!f || fread(x, sizeof(float) * features, rows, f) != (size_t)rows) {
    fprintf(stderr, "error: cannot read %lld rows of %lld floats from %s\n",
            (long long)rows, (long long)features, argv[1]);
    return 2;
  }
  fclose(f);

  double first_ms = 0;
  for (int64_t start = 0; start < rows; start += batch) {
    int64_t n = rows - start < batch ? rows - start : batch;
    Input in = make_input(x + start * features, n);
    Result r;
    double t0 = now_ms();
    _mlir_ciface_forward(&r, &in);
    if (start == 0)
      first_ms = now_ms() - t0;
    if (r.sizes[0] != n) {
      fprintf(stderr, "error: result has %lld rows, expected %lld\n",
              (long long)r.sizes[0], (long long)n);
      return 1;
    }
    for (int64_t i = 0; i < n; ++i) {
      const float *row = r.aligned + r.offset + i * r.strides[0];
      int64_t best = 0;
      for (int64_t c = 1; c < r.sizes[1]; ++c)
        if (row[c * r.strides[1]] > row[best * r.strides[1]])
          best = c;
      printf("%lld\n", (long long)best);
    }
    FREE_RESULT(r.allocated);
  }

  double *times = malloc(sizeof(double) * (reps > 0 ? reps : 1));
  Input in = make_input(x, batch < rows ? batch : rows);
  for (int i = 0; i < reps; ++i) {
    Result r;
    double t0 = now_ms();
    _mlir_ciface_forward(&r, &in);
    times[i] = now_ms() - t0;
    FREE_RESULT(r.allocated);
  }
  qsort(times, reps, sizeof(double), cmp);
  fprintf(stderr, "first_ms %.4f median_ms %.4f calls %d batch %lld\n",
          first_ms, reps > 0 ? times[reps / 2] : 0.0, reps,
          (long long)in.sizes[0]);
  free(times);
  free(x);
  return 0;
}
