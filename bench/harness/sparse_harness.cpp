//===- sparse_harness.cpp - Time MLIR-compiled kernels against oneDNN -----===//
//
// The timing side of bench/sparse_bench.py. Loads the layer's dense weight
// W[M][K] (raw little-endian f32), makes a random input X[K][N], and times
// each MLIR-compiled kernel (a .so exporting `_mlir_ciface_kernel(x, y)` over
// memref descriptors, compiled with `llvm.emit_c_interface`, or
// `_mlir_ciface_kernel_w(w, x, y)` for a kernel that reads W from a buffer,
// w being W's row-major elements as a 1-D memref) and oneDNN's
// `dnnl_sgemm` on the same data. Runs are interleaved (round r times every
// kernel once, in a rotated order) so that drift of a shared machine hits
// all kernels alike; each sample averages enough calls to last about 2 ms and
// the medians of thread CPU time (and of wall time) are reported (with --cold BYTES: one call per sample, after
// writing BYTES of other memory to evict the caches). Every kernel's answer
// is checked against a
// double-precision reference before timing. Also measures the machine's
// memory bandwidth with STREAM-like copy and triad loops.
//
// Output: one JSON object per line (`{"kind": "stream", ...}`,
// `{"kind": "kernel", ...}`), read by sparse_bench.py.
//
//===----------------------------------------------------------------------===//

#include <oneapi/dnnl/dnnl.h>

#include <dlfcn.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <random>
#include <string>
#include <vector>

namespace {

template <int Rank> struct MemRef {
  float *allocated;
  float *aligned;
  int64_t offset;
  int64_t sizes[Rank];
  int64_t strides[Rank];
};

using Kernel1D = void (*)(MemRef<1> *, MemRef<1> *);
using Kernel2D = void (*)(MemRef<2> *, MemRef<2> *);
// Kernels that read the weight from a buffer: (w as 1-D, x, y).
using KernelW1D = void (*)(MemRef<1> *, MemRef<1> *, MemRef<1> *);
using KernelW2D = void (*)(MemRef<1> *, MemRef<2> *, MemRef<2> *);

double now() {
  return std::chrono::duration<double>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

/// CPU time of the calling thread: on a machine shared with other jobs,
/// wall time also counts the slices in which this thread was descheduled,
/// which penalizes long kernels more than short ones. oneDNN with
/// OMP_NUM_THREADS=1 and the MLIR kernels both run on the calling thread.
double threadCpuNow() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + 1e-9 * ts.tv_nsec;
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  size_t n = v.size();
  return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

/// STREAM-like copy (a = b) and triad (a = b + s*c) over arrays much larger
/// than the caches; bytes counted as STREAM does (no write-allocate).
void measureBandwidth(size_t n, int reps) {
  std::vector<double> a(n, 1.0), b(n, 2.0), c(n, 0.5);
  double bestCopy = 1e30, bestTriad = 1e30;
  for (int r = 0; r < reps; ++r) {
    double t0 = threadCpuNow();
    for (size_t i = 0; i < n; ++i)
      a[i] = b[i];
    double t1 = threadCpuNow();
    for (size_t i = 0; i < n; ++i)
      a[i] = b[i] + 3.0 * c[i];
    double t2 = threadCpuNow();
    bestCopy = std::min(bestCopy, t1 - t0);
    bestTriad = std::min(bestTriad, t2 - t1);
    b[r % n] += a[(r * 7) % n]; // keep the loops observable
  }
  std::printf("{\"kind\": \"stream\", \"array_bytes\": %zu, "
              "\"copy_gbs\": %.3f, \"triad_gbs\": %.3f}\n",
              n * sizeof(double), 2.0 * n * 8 / bestCopy / 1e9,
              3.0 * n * 8 / bestTriad / 1e9);
}

struct Candidate {
  std::string name;
  void *handle = nullptr;
  void *fn = nullptr; // null: oneDNN
  bool weightArg = false; // kernel_w(w, x, y) instead of kernel(x, y)
  int64_t inner = 1;
  std::vector<double> samples;     // thread CPU seconds per call
  std::vector<double> wallSamples; // wall seconds per call
  double maxRelError = 0;
};

} // namespace

int main(int argc, char **argv) {
  int64_t M = 0, K = 0, N = 1;
  int rounds = 15;
  size_t streamElems = 0;
  size_t flushBytes = 0; // --cold: evict caches before every timed call
  std::string weightPath;
  std::vector<std::pair<std::string, std::string>> libs; // name, path
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    auto next = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "harness: %s needs a value\n", arg.c_str());
        std::exit(2);
      }
      return argv[++i];
    };
    if (arg == "--m")
      M = std::stoll(next());
    else if (arg == "--k")
      K = std::stoll(next());
    else if (arg == "--n")
      N = std::stoll(next());
    else if (arg == "--weight")
      weightPath = next();
    else if (arg == "--rounds")
      rounds = std::stoi(next());
    else if (arg == "--stream")
      streamElems = std::stoull(next());
    else if (arg == "--cold")
      flushBytes = std::stoull(next());
    else {
      size_t eq = arg.find('=');
      if (eq == std::string::npos) {
        std::fprintf(stderr, "harness: expected NAME=LIB.so, got '%s'\n",
                     arg.c_str());
        return 2;
      }
      libs.emplace_back(arg.substr(0, eq), arg.substr(eq + 1));
    }
  }
  if (streamElems)
    measureBandwidth(streamElems, 10);
  if (M <= 0 || K <= 0 || N <= 0 || weightPath.empty())
    return streamElems ? 0 : 2;

  std::vector<float> W(M * K);
  {
    std::ifstream in(weightPath, std::ios::binary);
    in.read(reinterpret_cast<char *>(W.data()), W.size() * sizeof(float));
    if (!in) {
      std::fprintf(stderr, "harness: cannot read %lld floats from %s\n",
                   (long long)W.size(), weightPath.c_str());
      return 2;
    }
  }
  std::mt19937 gen(42);
  std::uniform_real_distribution<float> dist(-1.0f, 1.0f);
  std::vector<float> X(K * N), Y(M * N);
  for (float &x : X)
    x = dist(gen);
  std::vector<double> ref(M * N, 0.0);
  for (int64_t m = 0; m < M; ++m)
    for (int64_t k = 0; k < K; ++k) {
      double w = W[m * K + k];
      if (w == 0)
        continue;
      for (int64_t n = 0; n < N; ++n)
        ref[m * N + n] += w * X[k * N + n];
    }
  double refScale = 0;
  for (double r : ref)
    refScale = std::max(refScale, std::abs(r));

  std::vector<Candidate> cands;
  for (auto &[name, path] : libs) {
    Candidate c;
    c.name = name;
    c.handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!c.handle) {
      std::fprintf(stderr, "harness: %s\n", dlerror());
      return 1;
    }
    c.fn = dlsym(c.handle, "_mlir_ciface_kernel");
    if (!c.fn) {
      c.fn = dlsym(c.handle, "_mlir_ciface_kernel_w");
      c.weightArg = true;
    }
    if (!c.fn) {
      std::fprintf(stderr, "harness: %s has no _mlir_ciface_kernel[_w]\n",
                   path.c_str());
      return 1;
    }
    cands.push_back(std::move(c));
  }
  {
    Candidate c;
    c.name = "onednn";
    cands.push_back(std::move(c));
  }

  MemRef<1> x1{X.data(), X.data(), 0, {K}, {1}};
  MemRef<1> y1{Y.data(), Y.data(), 0, {M}, {1}};
  MemRef<2> x2{X.data(), X.data(), 0, {K, N}, {N, 1}};
  MemRef<2> y2{Y.data(), Y.data(), 0, {M, N}, {N, 1}};
  MemRef<1> w1{W.data(), W.data(), 0, {M * K}, {1}};
  auto call = [&](Candidate &c) {
    if (c.weightArg) {
      if (N == 1)
        reinterpret_cast<KernelW1D>(c.fn)(&w1, &x1, &y1);
      else
        reinterpret_cast<KernelW2D>(c.fn)(&w1, &x2, &y2);
    } else if (!c.fn) {
      dnnl_sgemm('N', 'N', M, N, K, 1.0f, W.data(), K, X.data(), N, 0.0f,
                 Y.data(), N);
    } else if (N == 1) {
      reinterpret_cast<Kernel1D>(c.fn)(&x1, &y1);
    } else {
      reinterpret_cast<Kernel2D>(c.fn)(&x2, &y2);
    }
  };

  // Check answers (the output is poisoned first so that a kernel that writes
  // nothing cannot pass), then choose how many calls make a ~2 ms sample.
  bool ok = true;
  for (Candidate &c : cands) {
    std::fill(Y.begin(), Y.end(), std::nanf(""));
    call(c);
    double err = 0;
    for (int64_t i = 0; i < M * N; ++i) {
      double d = std::abs(double(Y[i]) - ref[i]);
      err = std::isnan(Y[i]) ? INFINITY : std::max(err, d);
    }
    c.maxRelError = refScale > 0 ? err / refScale : err;
    if (!(c.maxRelError <= 1e-5)) {
      std::fprintf(stderr, "harness: %s answer differs: max |y - ref| / "
                   "max |ref| = %g\n", c.name.c_str(), c.maxRelError);
      ok = false;
    }
    double t0 = now();
    int calls = 0;
    while (now() - t0 < 0.02 && calls < 100000) {
      call(c);
      ++calls;
    }
    double per = (now() - t0) / calls;
    c.inner = std::max<int64_t>(1, int64_t(0.002 / per));
  }

  // Cold mode: before each (single, timed) call, write a buffer larger than
  // the caches, so that the weights come from memory as in a model whose
  // other layers evicted them.
  std::vector<char> flush(flushBytes);
  volatile char sink = 0;
  for (int r = 0; r < rounds; ++r) {
    for (size_t j = 0; j < cands.size(); ++j) {
      Candidate &c = cands[(j + r) % cands.size()];
      int64_t inner = c.inner;
      if (flushBytes) {
        std::memset(flush.data(), r + 1, flush.size());
        sink = sink + flush[(r * 4099) % flush.size()];
        inner = 1;
      }
      double t0 = now(), c0 = threadCpuNow();
      for (int64_t i = 0; i < inner; ++i)
        call(c);
      c.samples.push_back((threadCpuNow() - c0) / inner);
      c.wallSamples.push_back((now() - t0) / inner);
    }
  }
  for (Candidate &c : cands) {
    std::vector<double> s = c.samples;
    std::sort(s.begin(), s.end());
    std::printf("{\"kind\": \"kernel\", \"name\": \"%s\", \"m\": %lld, "
                "\"k\": %lld, \"n\": %lld, \"median_s\": %.9g, "
                "\"min_s\": %.9g, \"max_s\": %.9g, \"median_wall_s\": %.9g, "
                "\"calls_per_sample\": %lld, "
                "\"samples\": %zu, \"max_rel_error\": %.3g}\n",
                c.name.c_str(), (long long)M, (long long)K, (long long)N,
                median(s), s.front(), s.back(), median(c.wallSamples),
                (long long)c.inner, s.size(), c.maxRelError);
  }
  return ok ? 0 : 1;
}
