// bandwidth.c - one thread's memory read bandwidth, for roofline fractions.
//
// Sums a 512 MiB float array (written once first, so its pages exist) in
// 64-byte vectors with four accumulators (clang -O3 -march=native); prints
// the best of 7 passes in GB/s. This is
// the read stream a sparse or dense kernel's weights are, from DRAM.
//
// Usage: bandwidth [MiB]
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now_s(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec + t.tv_nsec * 1e-9;
}

int main(int argc, char **argv) {
  size_t mib = argc > 1 ? (size_t)atoll(argv[1]) : 512;
  size_t n = mib * 1024 * 1024 / sizeof(float);
  float *a = aligned_alloc(64, n * sizeof(float));
  for (size_t i = 0; i < n; ++i)
    a[i] = (float)(i & 7);
  double best = 1e30;
  float total = 0;
  typedef float v16 __attribute__((vector_size(64)));
  for (int pass = 0; pass < 7; ++pass) {
    // Four independent vector accumulators: the adds never wait on memory.
    v16 acc0 = {0}, acc1 = {0}, acc2 = {0}, acc3 = {0};
    const v16 *v = (const v16 *)a;
    double t0 = now_s();
    for (size_t i = 0; i + 4 <= n / 16; i += 4) {
      acc0 += v[i];
      acc1 += v[i + 1];
      acc2 += v[i + 2];
      acc3 += v[i + 3];
    }
    double t = now_s() - t0;
    v16 acc = acc0 + acc1 + acc2 + acc3;
    for (int j = 0; j < 16; ++j)
      total += acc[j];
    if (t < best)
      best = t;
  }
  printf("%.2f\n", n * sizeof(float) / best / 1e9);
  return total == 0.5f; // keeps the sums alive
}
