//===- CudaDriver.h - The CUDA driver, opened at run time -------*- C++ -*-===//
//
// Internal to libPruneCudaRuntime.so: the CUDA driver API declared here
// (values from cuda.h, CUDA 12/13 ABI) and opened with dlopen, error
// reporting, the device's primary context, and optional profiling. Shared by
// CudaRuntime.cpp (modules, kernels, streams, memory) and CuSparseRuntime.cpp.
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_LIB_GPURUNTIME_CUDADRIVER_H
#define PRUNE_LIB_GPURUNTIME_CUDADRIVER_H

#include <dlfcn.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#define MGPU_EXPORT extern "C" __attribute__((visibility("default")))

namespace prune::cuda {

//===----------------------------------------------------------------------===//
// CUDA driver API, declared here (values from cuda.h, CUDA 12/13 ABI).
//===----------------------------------------------------------------------===//

using CUresult = int;
using CUdevice = int;
using CUdeviceptr = unsigned long long;
using CUcontext = struct CUctx_st *;
using CUmodule = struct CUmod_st *;
using CUfunction = struct CUfunc_st *;
using CUstream = struct CUstream_st *;
using CUevent = struct CUevent_st *;

constexpr CUresult CUDA_SUCCESS = 0;
constexpr CUresult CUDA_ERROR_DEINITIALIZED = 4;
constexpr unsigned CU_STREAM_NON_BLOCKING = 0x1;
constexpr unsigned CU_EVENT_DISABLE_TIMING = 0x2;
constexpr unsigned CU_MEM_ATTACH_GLOBAL = 0x1;
constexpr int CU_JIT_ERROR_LOG_BUFFER = 5;
constexpr int CU_JIT_ERROR_LOG_BUFFER_SIZE_BYTES = 6;
constexpr int CU_JIT_OPTIMIZATION_LEVEL = 7;
constexpr int CU_FUNC_ATTRIBUTE_MAX_DYNAMIC_SHARED_SIZE_BYTES = 8;

/// The driver entry points we use. Names are the ABI symbols cuda.h maps the
/// API names to (cuMemAlloc -> cuMemAlloc_v2, ...).
struct Driver {
  CUresult (*cuInit)(unsigned);
  CUresult (*cuGetErrorName)(CUresult, const char **);
  CUresult (*cuDeviceGet)(CUdevice *, int);
  CUresult (*cuDevicePrimaryCtxRetain)(CUcontext *, CUdevice);
  CUresult (*cuCtxPushCurrent)(CUcontext);
  CUresult (*cuCtxPopCurrent)(CUcontext *);
  CUresult (*cuModuleLoadData)(CUmodule *, const void *);
  CUresult (*cuModuleLoadDataEx)(CUmodule *, const void *, unsigned, int *,
                                 void **);
  CUresult (*cuModuleUnload)(CUmodule);
  CUresult (*cuModuleGetFunction)(CUfunction *, CUmodule, const char *);
  CUresult (*cuFuncSetAttribute)(CUfunction, int, int);
  CUresult (*cuLaunchKernel)(CUfunction, unsigned, unsigned, unsigned,
                             unsigned, unsigned, unsigned, unsigned, CUstream,
                             void **, void **);
  CUresult (*cuStreamCreate)(CUstream *, unsigned);
  CUresult (*cuStreamDestroy)(CUstream);
  CUresult (*cuStreamSynchronize)(CUstream);
  CUresult (*cuStreamWaitEvent)(CUstream, CUevent, unsigned);
  CUresult (*cuEventCreate)(CUevent *, unsigned);
  CUresult (*cuEventDestroy)(CUevent);
  CUresult (*cuEventSynchronize)(CUevent);
  CUresult (*cuEventRecord)(CUevent, CUstream);
  CUresult (*cuEventElapsedTime)(float *, CUevent, CUevent);
  CUresult (*cuMemAlloc)(CUdeviceptr *, size_t);
  CUresult (*cuMemAllocManaged)(CUdeviceptr *, size_t, unsigned);
  CUresult (*cuMemFree)(CUdeviceptr);
  CUresult (*cuMemcpyAsync)(CUdeviceptr, CUdeviceptr, size_t, CUstream);
  CUresult (*cuMemsetD32Async)(CUdeviceptr, unsigned, size_t, CUstream);
  CUresult (*cuMemsetD16Async)(CUdeviceptr, unsigned short, size_t, CUstream);
  CUresult (*cuMemHostRegister)(void *, size_t, unsigned);
  CUresult (*cuMemHostUnregister)(void *);
};

/// Opens `names` in order with dlopen; null (after saying which libraries
/// were tried) when none loads.
inline void *openLibrary(const char *what, const char *const *names) {
  for (const char *const *name = names; *name; ++name)
    if (void *handle = dlopen(*name, RTLD_NOW | RTLD_GLOBAL))
      return handle;
  std::fprintf(stderr, "PruneCudaRuntime: cannot load the %s (", what);
  for (const char *const *name = names; *name; ++name)
    std::fprintf(stderr, "%s%s", name == names ? "" : ", ", *name);
  std::fprintf(stderr, "): %s\n", dlerror());
  return nullptr;
}

/// Looks `symbol` up; clears `ok` (after saying so) when it is missing.
template <typename Fn>
inline void bind(void *library, const char *libraryName, Fn &fn, const char *symbol,
          bool &ok) {
  fn = reinterpret_cast<Fn>(dlsym(library, symbol));
  if (!fn) {
    std::fprintf(stderr, "PruneCudaRuntime: %s has no symbol %s\n",
                 libraryName, symbol);
    ok = false;
  }
}

/// Nothing sensible can run without the library: exit, but from outside the
/// loader's static initialization, so that MLIR's global destructors, which
/// call mgpuModuleUnload, find the loader finished (and a null driver).
template <typename T>
inline const T &orExit(const T *loaded) {
  if (!loaded)
    std::exit(EXIT_FAILURE);
  return *loaded;
}

/// The CUDA driver, or null when it cannot be loaded.
inline const Driver *tryDriver() {
  static const Driver *instance = []() -> const Driver * {
    static const char *const names[] = {"libcuda.so.1", "libcuda.so", nullptr};
    void *lib = openLibrary("CUDA driver", names);
    if (!lib)
      return nullptr;
    static Driver d;
    bool ok = true;
    const char *n = "libcuda.so.1";
    bind(lib, n, d.cuInit, "cuInit", ok);
    bind(lib, n, d.cuGetErrorName, "cuGetErrorName", ok);
    bind(lib, n, d.cuDeviceGet, "cuDeviceGet", ok);
    bind(lib, n, d.cuDevicePrimaryCtxRetain, "cuDevicePrimaryCtxRetain", ok);
    bind(lib, n, d.cuCtxPushCurrent, "cuCtxPushCurrent_v2", ok);
    bind(lib, n, d.cuCtxPopCurrent, "cuCtxPopCurrent_v2", ok);
    bind(lib, n, d.cuModuleLoadData, "cuModuleLoadData", ok);
    bind(lib, n, d.cuModuleLoadDataEx, "cuModuleLoadDataEx", ok);
    bind(lib, n, d.cuModuleUnload, "cuModuleUnload", ok);
    bind(lib, n, d.cuModuleGetFunction, "cuModuleGetFunction", ok);
    bind(lib, n, d.cuFuncSetAttribute, "cuFuncSetAttribute", ok);
    bind(lib, n, d.cuLaunchKernel, "cuLaunchKernel", ok);
    bind(lib, n, d.cuStreamCreate, "cuStreamCreate", ok);
    bind(lib, n, d.cuStreamDestroy, "cuStreamDestroy_v2", ok);
    bind(lib, n, d.cuStreamSynchronize, "cuStreamSynchronize", ok);
    bind(lib, n, d.cuStreamWaitEvent, "cuStreamWaitEvent", ok);
    bind(lib, n, d.cuEventCreate, "cuEventCreate", ok);
    bind(lib, n, d.cuEventDestroy, "cuEventDestroy_v2", ok);
    bind(lib, n, d.cuEventSynchronize, "cuEventSynchronize", ok);
    bind(lib, n, d.cuEventRecord, "cuEventRecord", ok);
    bind(lib, n, d.cuEventElapsedTime, "cuEventElapsedTime", ok);
    bind(lib, n, d.cuMemAlloc, "cuMemAlloc_v2", ok);
    bind(lib, n, d.cuMemAllocManaged, "cuMemAllocManaged", ok);
    bind(lib, n, d.cuMemFree, "cuMemFree_v2", ok);
    bind(lib, n, d.cuMemcpyAsync, "cuMemcpyAsync", ok);
    bind(lib, n, d.cuMemsetD32Async, "cuMemsetD32Async", ok);
    bind(lib, n, d.cuMemsetD16Async, "cuMemsetD16Async", ok);
    bind(lib, n, d.cuMemHostRegister, "cuMemHostRegister_v2", ok);
    bind(lib, n, d.cuMemHostUnregister, "cuMemHostUnregister", ok);
    return ok ? &d : nullptr;
  }();
  return instance;
}

inline const Driver &driver() { return orExit(tryDriver()); }

inline void reportDriverError(CUresult result, const char *expr) {
  const char *name = nullptr;
  if (driver().cuGetErrorName(result, &name) == CUDA_SUCCESS && name)
    std::fprintf(stderr, "'%s' failed with '%s'\n", expr, name);
  else
    std::fprintf(stderr, "'%s' failed with CUresult %d\n", expr, result);
}

/// For releasing resources: an error is reported and execution goes on.
#define CUDA_REPORT_IF_ERROR(expr)                                             \
  do {                                                                         \
    CUresult result_ = (expr);                                                 \
    if (result_ != CUDA_SUCCESS)                                               \
      reportDriverError(result_, #expr);                                       \
  } while (false)

/// For everything results depend on: the generated code cannot check
/// errors, so going on would print wrong numbers; report and exit instead.
#define CUDA_CHECK(expr)                                                       \
  do {                                                                         \
    CUresult result_ = (expr);                                                 \
    if (result_ != CUDA_SUCCESS) {                                             \
      reportDriverError(result_, #expr);                                       \
      std::exit(EXIT_FAILURE);                                                 \
    }                                                                          \
  } while (false)

inline thread_local int32_t defaultDevice = 0;

/// The primary context of the default device, or null (after saying why).
inline CUcontext tryPrimaryContext() {
  static CUcontext context = []() -> CUcontext {
    CUresult result = driver().cuInit(0);
    if (result != CUDA_SUCCESS) {
      reportDriverError(result, "cuInit(0)");
      return nullptr;
    }
    CUdevice device = 0;
    result = driver().cuDeviceGet(&device, defaultDevice);
    if (result != CUDA_SUCCESS) {
      reportDriverError(result, "cuDeviceGet(&device, defaultDevice)");
      return nullptr;
    }
    CUcontext ctx = nullptr;
    result = driver().cuDevicePrimaryCtxRetain(&ctx, device);
    if (result != CUDA_SUCCESS) {
      reportDriverError(result, "cuDevicePrimaryCtxRetain(&ctx, device)");
      return nullptr;
    }
    return ctx;
  }();
  return context;
}

/// Makes the primary context of the default device current while alive.
/// Without a usable device the program exits: the generated code has no way
/// to notice failed launches and would print garbage.
class ScopedContext {
public:
  ScopedContext() {
    CUcontext context = tryPrimaryContext();
    if (!context) {
      std::fprintf(stderr, "PruneCudaRuntime: no usable CUDA device\n");
      std::exit(EXIT_FAILURE);
    }
    CUDA_CHECK(driver().cuCtxPushCurrent(context));
  }
  ~ScopedContext() { CUDA_REPORT_IF_ERROR(driver().cuCtxPopCurrent(nullptr)); }
};

//===----------------------------------------------------------------------===//
// PRUNE_CUDA_PROFILE=1: GPU time of kernel launches and cuSPARSE calls,
// measured with events on their stream (which serializes them with the
// host), summed per kind and printed at exit. For benchmarks that need the
// compute time of generated code apart from its copies.
//===----------------------------------------------------------------------===//

struct ProfileTotals {
  long count[2] = {0, 0};
  double ms[2] = {0, 0};
};
enum ProfileKind { ProfileKernel = 0, ProfileCuSparse = 1 };

inline ProfileTotals *profile() {
  static ProfileTotals *totals = []() -> ProfileTotals * {
    const char *env = std::getenv("PRUNE_CUDA_PROFILE");
    if (!env || !*env || *env == '0')
      return nullptr;
    std::atexit([] {
      ProfileTotals *t = profile();
      std::fprintf(stderr,
                   "prune-cuda-profile: kernels %ld %.6f ms, cusparse %ld "
                   "%.6f ms\n",
                   t->count[ProfileKernel], t->ms[ProfileKernel],
                   t->count[ProfileCuSparse], t->ms[ProfileCuSparse]);
    });
    return new ProfileTotals();
  }();
  return totals;
}

/// Times the GPU work between construction and destruction on `stream`
/// when profiling is on; a no-op otherwise.
class ProfileScope {
public:
  ProfileScope(ProfileKind kind, CUstream stream)
      : kind(kind), stream(stream), totals(profile()) {
    if (!totals)
      return;
    CUDA_CHECK(driver().cuEventCreate(&start, 0));
    CUDA_CHECK(driver().cuEventCreate(&stop, 0));
    CUDA_CHECK(driver().cuEventRecord(start, stream));
  }
  ~ProfileScope() {
    if (!totals)
      return;
    CUDA_CHECK(driver().cuEventRecord(stop, stream));
    CUDA_CHECK(driver().cuEventSynchronize(stop));
    float ms = 0;
    CUDA_CHECK(driver().cuEventElapsedTime(&ms, start, stop));
    totals->count[kind] += 1;
    totals->ms[kind] += ms;
    CUDA_REPORT_IF_ERROR(driver().cuEventDestroy(start));
    CUDA_REPORT_IF_ERROR(driver().cuEventDestroy(stop));
  }

private:
  ProfileKind kind;
  CUstream stream;
  ProfileTotals *totals;
  CUevent start = nullptr, stop = nullptr;
};

} // namespace prune::cuda

#endif // PRUNE_LIB_GPURUNTIME_CUDADRIVER_H
