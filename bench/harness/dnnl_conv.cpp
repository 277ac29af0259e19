// dnnl_conv.cpp - time oneDNN's forward convolution on given data.
//
// Reads the input (NHWC), the weights (OHWI, or [C, KH, KW] with groups = C
// for a depthwise convolution) and the bias as raw f32 files, runs one
// inference convolution with zero padding, writes the output (NHWC) so the
// caller can compare it with its own, and prints the median time of `reps`
// calls after one warm-up for two memory layouts of the activations:
//   nhwc_ms  source and destination NHWC (the layout the caller passes);
//   any_ms   source and destination in the layout oneDNN prefers (blocked,
//            e.g. nChw8c), the way an engine keeps them between its layers;
//            the reorders to and from it are not timed.
// Weights are always reordered once, untimed, into oneDNN's preferred layout.
// Threads come from OMP_NUM_THREADS (Debian's libdnnl uses OpenMP).
//
// Usage: dnnl_conv N H W C F KH KW STRIDE PAD DEPTHWISE REPS X W B Y
#include <oneapi/dnnl/dnnl.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <unordered_map>
#include <vector>

using namespace dnnl;
using tag = memory::format_tag;
using dt = memory::data_type;

static std::vector<float> readFloats(const char *path, size_t count) {
  std::vector<float> data(count);
  FILE *f = std::fopen(path, "rb");
  if (!f || std::fread(data.data(), sizeof(float), count, f) != count) {
    std::fprintf(stderr, "dnnl_conv: cannot read %zu floats from %s\n", count,
                 path);
    std::exit(1);
  }
  std::fclose(f);
  return data;
}

/// Median milliseconds of `reps` executions of `conv` after one warm-up.
static double timeConv(const primitive &conv,
                       const std::unordered_map<int, memory> &args,
                       stream &strm, int reps) {
  std::vector<double> times;
  for (int r = -1; r < reps; ++r) {
    auto t0 = std::chrono::steady_clock::now();
    conv.execute(strm, args);
    strm.wait();
    std::chrono::duration<double, std::milli> elapsed =
        std::chrono::steady_clock::now() - t0;
    if (r >= 0)
      times.push_back(elapsed.count());
  }
  std::sort(times.begin(), times.end());
  return times[times.size() / 2];
}

int main(int argc, char **argv) {
  if (argc != 16) {
    std::fprintf(stderr,
                 "usage: %s N H W C F KH KW STRIDE PAD DEPTHWISE REPS "
                 "X W B Y\n",
                 argv[0]);
    return 2;
  }
  memory::dim n = std::atoll(argv[1]), h = std::atoll(argv[2]),
              w = std::atoll(argv[3]), c = std::atoll(argv[4]),
              f = std::atoll(argv[5]), kh = std::atoll(argv[6]),
              kw = std::atoll(argv[7]), stride = std::atoll(argv[8]),
              pad = std::atoll(argv[9]);
  bool depthwise = std::atoi(argv[10]) != 0;
  int reps = std::atoi(argv[11]);
  memory::dim oh = (h + 2 * pad - kh) / stride + 1;
  memory::dim ow = (w + 2 * pad - kw) / stride + 1;

  engine eng(engine::kind::cpu, 0);
  stream strm(eng);
  memory::dims srcDims = {n, c, h, w}, dstDims = {n, f, oh, ow};
  memory::dims weightDims =
      depthwise ? memory::dims{c, 1, 1, kh, kw} : memory::dims{f, c, kh, kw};
  memory::desc userSrc(srcDims, dt::f32, tag::nhwc);
  memory::desc userDst(dstDims, dt::f32, tag::nhwc);
  memory::desc userWeights(weightDims, dt::f32,
                           depthwise ? tag::goihw : tag::ohwi);
  memory::desc biasDesc({f}, dt::f32, tag::a);

  std::vector<float> x = readFloats(argv[12], n * h * w * c);
  std::vector<float> weights =
      readFloats(argv[13], f * kh * kw * (depthwise ? 1 : c));
  std::vector<float> bias = readFloats(argv[14], f);
  memory srcMem(userSrc, eng, x.data());
  memory userWeightsMem(userWeights, eng, weights.data());
  memory biasMem(biasDesc, eng, bias.data());
  memory dstMem(userDst, eng);

  auto makeConv = [&](const memory::desc &src, const memory::desc &dst) {
    memory::desc anyWeights(weightDims, dt::f32, tag::any);
    convolution_forward::desc desc(
        prop_kind::forward_inference, algorithm::convolution_direct, src,
        anyWeights, biasDesc, dst, {stride, stride}, {pad, pad}, {pad, pad});
    return convolution_forward::primitive_desc(desc, eng);
  };
  auto reorderWeights = [&](const convolution_forward::primitive_desc &pd) {
    memory packed(pd.weights_desc(), eng);
    reorder(userWeightsMem, packed).execute(strm, userWeightsMem, packed);
    strm.wait();
    return packed;
  };

  // NHWC activations: also the output that the caller checks.
  auto nhwcPd = makeConv(userSrc, userDst);
  memory nhwcWeights = reorderWeights(nhwcPd);
  convolution_forward nhwcConv(nhwcPd);
  double nhwcMs = timeConv(nhwcConv,
                           {{DNNL_ARG_SRC, srcMem},
                            {DNNL_ARG_WEIGHTS, nhwcWeights},
                            {DNNL_ARG_BIAS, biasMem},
                            {DNNL_ARG_DST, dstMem}},
                           strm, reps);

  // oneDNN's preferred activation layout, reordered outside the timing.
  auto anyPd = makeConv(memory::desc(srcDims, dt::f32, tag::any),
                        memory::desc(dstDims, dt::f32, tag::any));
  memory anyWeights = reorderWeights(anyPd);
  memory anySrc(anyPd.src_desc(), eng), anyDst(anyPd.dst_desc(), eng);
  reorder(srcMem, anySrc).execute(strm, srcMem, anySrc);
  strm.wait();
  double anyMs = timeConv(convolution_forward(anyPd),
                          {{DNNL_ARG_SRC, anySrc},
                           {DNNL_ARG_WEIGHTS, anyWeights},
                           {DNNL_ARG_BIAS, biasMem},
                           {DNNL_ARG_DST, anyDst}},
                          strm, reps);

  FILE *out = std::fopen(argv[15], "wb");
  size_t count = n * oh * ow * f;
  if (!out || std::fwrite(dstMem.get_data_handle(), sizeof(float), count,
                          out) != count) {
    std::fprintf(stderr, "dnnl_conv: cannot write %s\n", argv[15]);
    return 1;
  }
  std::fclose(out);
  std::printf("nhwc_ms %.4f\nany_ms %.4f\nimpl %s\n", nhwcMs, anyMs,
              nhwcPd.impl_info_str());
  return 0;
}
