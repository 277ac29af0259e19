//===- digits_aot.cpp - Call an ahead-of-time compiled model from C++ -----===//
//
// Runs the digits MLP (examples/digits_mlp.mlir) compiled into a shared
// library by scripts/build_aot.sh on a CSV split (64 features, label last)
// and prints each prediction and the accuracy; with --repeat N it also times
// N calls on the whole split.
//
// Build and run (from the repository root):
//   scripts/build_aot.sh examples/digits_mlp.mlir build/libdigits_mlp.so
//   clang++-22 -O2 examples/aot/digits_aot.cpp -Lbuild -ldigits_mlp \
//     -Wl,-rpath,$PWD/build -o build/digits_aot
//   build/digits_aot examples/digits_test.csv
//
// The model's entry point is MLIR's C interface of
//   func.func @forward(%x: tensor<?x64xf32>) -> tensor<?x10xf32>
// i.e. `_mlir_ciface_forward(result, input)` with both memrefs passed as
// pointers to descriptors laid out like StridedMemRefType<float, 2> in
// mlir/ExecutionEngine/CRunnerUtils.h (declared here, so that nothing of MLIR
// is needed to build or run this program). The input stays the caller's; it
// must be contiguous and row-major at offset 0 (the model ignores `offset`
// and `strides`), with 64 features (shapes are not checked). The result
// buffer is allocated by the model with malloc on every call and belongs to
// the caller, who frees `allocated` (not `aligned`); the model frees its
// intermediate buffers itself before returning. (A library built with
// prune-compile{cache-buffers=true} allocates through libPruneBufferCache.so
// instead: free its results with _mlir_memref_to_llvm_free, not free.)
//
//===----------------------------------------------------------------------===//

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

/// A rank-2 f32 memref descriptor (MLIR's StridedMemRefType<float, 2>).
struct MemRef2D {
  float *allocated;
  float *aligned;
  int64_t offset;
  int64_t sizes[2];
  int64_t strides[2];
};

extern "C" void _mlir_ciface_forward(MemRef2D *result, MemRef2D *input);

namespace {

constexpr int64_t kFeatures = 64;
constexpr int64_t kClasses = 10;

/// Reads rows of 64 features and a label; `#` lines are comments.
bool loadCsv(const char *path, std::vector<float> &features,
             std::vector<int> &labels) {
  std::ifstream in(path);
  if (!in)
    return false;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#')
      continue;
    std::stringstream fields(line);
    std::string field;
    std::vector<float> row;
    while (std::getline(fields, field, ','))
      row.push_back(std::stof(field));
    if (row.size() != kFeatures + 1) {
      std::fprintf(stderr, "error: %s: a row has %zu fields, not %lld\n", path,
                   row.size(), (long long)kFeatures + 1);
      return false;
    }
    features.insert(features.end(), row.begin(), row.end() - 1);
    labels.push_back(static_cast<int>(row.back()));
  }
  return true;
}

/// Calls the model on `n` rows; returns the result descriptor (caller frees).
MemRef2D forward(std::vector<float> &features, int64_t n) {
  MemRef2D input{features.data(), features.data(), 0, {n, kFeatures},
                 {kFeatures, 1}};
  MemRef2D result;
  _mlir_ciface_forward(&result, &input);
  return result;
}

} // namespace

int main(int argc, char **argv) {
  if (argc != 2 && !(argc == 4 && std::string(argv[2]) == "--repeat")) {
    std::fprintf(stderr, "usage: %s SPLIT.csv [--repeat N]\n", argv[0]);
    return 2;
  }
  std::vector<float> features;
  std::vector<int> labels;
  if (!loadCsv(argv[1], features, labels)) {
    std::fprintf(stderr, "error: cannot read %s\n", argv[1]);
    return 1;
  }
  int64_t n = static_cast<int64_t>(labels.size());

  MemRef2D logits = forward(features, n);
  if (logits.sizes[0] != n || logits.sizes[1] != kClasses) {
    std::fprintf(stderr, "error: result is %lldx%lld, expected %lldx%lld\n",
                 (long long)logits.sizes[0], (long long)logits.sizes[1],
                 (long long)n, (long long)kClasses);
    return 1;
  }
  int correct = 0;
  for (int64_t i = 0; i < n; ++i) {
    const float *row = logits.aligned + logits.offset + i * logits.strides[0];
    int best = 0;
    for (int c = 1; c < kClasses; ++c)
      if (row[c * logits.strides[1]] > row[best * logits.strides[1]])
        best = c;
    std::printf("%d\n", best);
    correct += best == labels[i];
  }
  std::free(logits.allocated);
  std::printf("accuracy: %.4f (%d/%lld)\n", double(correct) / n, correct,
              (long long)n);

  if (argc == 4) {
    int repeat = std::atoi(argv[3]);
    auto start = std::chrono::steady_clock::now();
    for (int r = 0; r < repeat; ++r)
      std::free(forward(features, n).allocated);
    std::chrono::duration<double, std::milli> took =
        std::chrono::steady_clock::now() - start;
    std::printf("%d calls on %lld samples: %.4f ms per call\n", repeat,
                (long long)n, took.count() / repeat);
  }
  return 0;
}
