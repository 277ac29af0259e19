// bandwidth.c - memory read bandwidth, for roofline fractions and for how
// far a memory-bound kernel can scale with threads.
//
// Sums a float array of MiB (512 by default; written once first, so its
// pages exist) in 64-byte vectors (clang -O3 -march=native); prints the best
// of the passes in GB/s. This is the read stream a sparse or dense kernel's
// weights are, from DRAM.
//
// With THREADS > 1 (built with -fopenmp) each thread sums its own share of
// the array, and each share is read as STREAMS interleaved sequential
// streams (a dense batch-1 layer reads its weight panels so): one thread
// with 4 streams reads as fast as prune-compile's 4096x4096 matvec does,
// where one stream is slower.
//
// Usage: bandwidth [MiB] [THREADS] [STREAMS]   (defaults 512 1 1)
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#ifdef _OPENMP
#include <omp.h>
#endif

static double now_s(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec + t.tv_nsec * 1e-9;
}

typedef float v16 __attribute__((vector_size(64)));

// Sums vectors [lo, hi) of `v` as `streams` sequential streams, four
// independent accumulators per step so that the adds never wait on memory.
static float sum_share(const v16 *v, size_t lo, size_t hi, int streams) {
  size_t len = (hi - lo) / (size_t)streams / 4 * 4;
  v16 acc0 = {0}, acc1 = {0}, acc2 = {0}, acc3 = {0};
  for (size_t i = 0; i < len; i += 4)
    for (int s = 0; s < streams; ++s) {
      const v16 *p = v + lo + (size_t)s * len + i;
      acc0 += p[0];
      acc1 += p[1];
      acc2 += p[2];
      acc3 += p[3];
    }
  v16 acc = acc0 + acc1 + acc2 + acc3;
  float total = 0;
  for (int j = 0; j < 16; ++j)
    total += acc[j];
  return total;
}

int main(int argc, char **argv) {
  size_t mib = argc > 1 ? (size_t)atoll(argv[1]) : 512;
  int threads = argc > 2 ? atoi(argv[2]) : 1;
  int streams = argc > 3 ? atoi(argv[3]) : 1;
  if (threads < 1 || streams < 1) {
    fprintf(stderr, "bandwidth: THREADS and STREAMS must be positive\n");
    return 2;
  }
#ifndef _OPENMP
  if (threads > 1) {
    fprintf(stderr, "bandwidth: THREADS > 1 needs a build with -fopenmp\n");
    return 2;
  }
#endif
  size_t n = mib * 1024 * 1024 / sizeof(float);
  float *a = aligned_alloc(64, n * sizeof(float));
  for (size_t i = 0; i < n; ++i)
    a[i] = (float)(i & 7);
  const v16 *v = (const v16 *)a;
  size_t vectors = n / 16;
  double best = 1e30;
  float total = 0;
  for (int pass = 0; pass < 7; ++pass) {
    double t0 = now_s();
    float sum = 0;
#pragma omp parallel num_threads(threads) reduction(+ : sum)
    {
      int id = 0, count = 1;
#ifdef _OPENMP
      id = omp_get_thread_num();
      count = omp_get_num_threads();
#endif
      sum += sum_share(v, vectors * id / count, vectors * (id + 1) / count,
                       streams);
    }
    double t = now_s() - t0;
    total += sum;
    if (t < best)
      best = t;
  }
  printf("%.2f\n", n * sizeof(float) / best / 1e9);
  return total == 0.5f; // keeps the sums alive
}
