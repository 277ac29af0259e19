// dnnl_gemm.c - time oneDNN's sgemm for one fully connected layer.
//
// y[M x N] = x[M x K] * W^T with W stored [N x K] (the ONNX / torch layout),
// random data, `reps` timed calls after one warm-up; prints the median in ms.
// Threads come from OMP_NUM_THREADS (Debian's libdnnl uses OpenMP).
//
// Usage: dnnl_gemm M K N REPS
#include <dnnl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now_ms(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1e3 + t.tv_nsec * 1e-6;
}

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

int main(int argc, char **argv) {
  if (argc != 5) {
    fprintf(stderr, "usage: %s M K N REPS\n", argv[0]);
    return 2;
  }
  int64_t M = atoll(argv[1]), K = atoll(argv[2]), N = atoll(argv[3]);
  int reps = atoi(argv[4]);
  float *x = malloc(M * K * sizeof(float)), *w = malloc(N * K * sizeof(float));
  float *y = calloc(M * N, sizeof(float));
  for (int64_t i = 0; i < M * K; ++i) x[i] = (float)(rand() / (double)RAND_MAX) - 0.5f;
  for (int64_t i = 0; i < N * K; ++i) w[i] = (float)(rand() / (double)RAND_MAX) - 0.5f;
  double *times = malloc(reps * sizeof(double));
  for (int r = -1; r < reps; ++r) {
    double t0 = now_ms();
    if (dnnl_sgemm('N', 'T', M, N, K, 1.0f, x, K, w, K, 0.0f, y, N) !=
        dnnl_success) {
      fprintf(stderr, "dnnl_sgemm failed\n");
      return 1;
    }
    if (r >= 0)
      times[r] = now_ms() - t0;
  }
  qsort(times, reps, sizeof(double), cmp_double);
  printf("%.4f\n", times[reps / 2]);
  return 0;
}
