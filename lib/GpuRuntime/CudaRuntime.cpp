//===- CudaRuntime.cpp - The mgpu* runtime for GPU code built by mlir-prune ===//
//
// MLIR's GPU lowering (gpu-to-llvm) turns gpu.launch_func, gpu.alloc,
// gpu.memcpy, gpu.spmv, ... into calls to `mgpu*` functions. Upstream provides
// them in libmlir_cuda_runtime.so, which Debian does not ship and which would
// drag MLIR's build of the CUDA toolkit along. This is our own implementation
// of exactly the functions MLIR 22's lowering declares (test/GpuRuntime checks
// the emitted `declare`s against this library's exports), with no dependency
// on MLIR, LLVM or the CUDA headers:
//
//  - the CUDA driver (libcuda.so.1) and cuSPARSE (libcusparse.so.12) are
//    opened with dlopen at first use and their few entry points declared
//    here, so the library builds on a machine without CUDA and an executable
//    linked against it starts on a machine without a GPU (and says so);
//  - signatures follow MLIR 22's GPUToLLVM (mgpuMemAlloc takes an
//    isHostShared flag, mgpuLaunchKernel a parameter count, mgpuModuleLoad
//    the blob size), semantics follow upstream's CudaRuntimeWrappers.cpp:
//    cuSPARSE ops compute C = 1 * op(A) * op(B) + 1 * C, the handle is one
//    process-wide cuSPARSE handle (mgpuCreateSparseEnv, or created on first
//    use);
//  - unlike upstream, cuSPARSE calls run on the stream the generated code
//    passes (cusparseSetStream), so they are ordered with the copies around
//    them on that stream.
//
// Errors are reported on stderr as "'call' failed with 'NAME'" like upstream;
// unlike upstream, an error in anything results depend on ends the program
// (exit status 1), since the generated code cannot check and would go on
// printing wrong numbers. Errors while releasing resources are only reported.
// MLIR unloads modules from a global destructor, which may run after the
// driver has shut down: CUDA_ERROR_DEINITIALIZED there is not reported.
//
//===----------------------------------------------------------------------===//

#include <dlfcn.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#define MGPU_EXPORT extern "C" __attribute__((visibility("default")))

namespace {

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
void *openLibrary(const char *what, const char *const *names) {
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
void bind(void *library, const char *libraryName, Fn &fn, const char *symbol,
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
const T &orExit(const T *loaded) {
  if (!loaded)
    std::exit(EXIT_FAILURE);
  return *loaded;
}

/// The CUDA driver, or null when it cannot be loaded.
const Driver *tryDriver() {
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

const Driver &driver() { return orExit(tryDriver()); }

void reportDriverError(CUresult result, const char *expr) {
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

thread_local int32_t defaultDevice = 0;

/// The primary context of the default device, or null (after saying why).
CUcontext tryPrimaryContext() {
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

ProfileTotals *profile() {
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

} // namespace

//===----------------------------------------------------------------------===//
// Modules, kernels, streams, events, memory.
//===----------------------------------------------------------------------===//

/// gpu-format=fatbin / bin: a cubin or fatbin blob of `size` bytes.
MGPU_EXPORT CUmodule mgpuModuleLoad(void *data, size_t /*size*/) {
  ScopedContext scopedContext;
  CUmodule module = nullptr;
  CUDA_CHECK(driver().cuModuleLoadData(&module, data));
  return module;
}

/// gpu-format=isa: PTX text, compiled by the driver's JIT at load time.
MGPU_EXPORT CUmodule mgpuModuleLoadJIT(void *data, int optLevel) {
  ScopedContext scopedContext;
  CUmodule module = nullptr;
  char log[4096] = {0};
  int options[] = {CU_JIT_ERROR_LOG_BUFFER, CU_JIT_ERROR_LOG_BUFFER_SIZE_BYTES,
                   CU_JIT_OPTIMIZATION_LEVEL};
  void *values[] = {log, reinterpret_cast<void *>(sizeof(log)),
                    reinterpret_cast<void *>(static_cast<intptr_t>(optLevel))};
  CUresult result =
      driver().cuModuleLoadDataEx(&module, data, 3, options, values);
  if (result != CUDA_SUCCESS) {
    std::fprintf(stderr, "PTX JIT compilation failed: '%s'\n", log);
    reportDriverError(result, "cuModuleLoadDataEx");
    std::exit(EXIT_FAILURE);
  }
  return module;
}

MGPU_EXPORT void mgpuModuleUnload(CUmodule module) {
  if (!tryDriver() || !module)
    return;
  CUresult result = driver().cuModuleUnload(module);
  // Called from a global destructor, possibly after the driver shut down.
  if (result != CUDA_SUCCESS && result != CUDA_ERROR_DEINITIALIZED)
    reportDriverError(result, "cuModuleUnload(module)");
}

MGPU_EXPORT CUfunction mgpuModuleGetFunction(CUmodule module,
                                             const char *name) {
  ScopedContext scopedContext;
  CUfunction function = nullptr;
  CUDA_CHECK(driver().cuModuleGetFunction(&function, module, name));
  return function;
}

/// Sizes are intptr_t (MLIR's index) rather than CUDA's unsigned int.
MGPU_EXPORT void mgpuLaunchKernel(CUfunction function, intptr_t gridX,
                                  intptr_t gridY, intptr_t gridZ,
                                  intptr_t blockX, intptr_t blockY,
                                  intptr_t blockZ, int32_t smem,
                                  CUstream stream, void **params, void **extra,
                                  size_t /*paramsCount*/) {
  ScopedContext scopedContext;
  if (smem > 0)
    CUDA_CHECK(driver().cuFuncSetAttribute(
        function, CU_FUNC_ATTRIBUTE_MAX_DYNAMIC_SHARED_SIZE_BYTES, smem));
  if (std::getenv("PRUNE_CUDA_DEBUG"))
    std::fprintf(stderr, "launch grid=%ld,%ld,%ld block=%ld,%ld,%ld smem=%d\n",
                 (long)gridX, (long)gridY, (long)gridZ, (long)blockX,
                 (long)blockY, (long)blockZ, smem);
  ProfileScope timed(ProfileKernel, stream);
  CUDA_CHECK(driver().cuLaunchKernel(
      function, gridX, gridY, gridZ, blockX, blockY, blockZ, smem, stream,
      params, extra));
}

MGPU_EXPORT CUstream mgpuStreamCreate() {
  ScopedContext scopedContext;
  CUstream stream = nullptr;
  CUDA_CHECK(driver().cuStreamCreate(&stream, CU_STREAM_NON_BLOCKING));
  return stream;
}

MGPU_EXPORT void mgpuStreamDestroy(CUstream stream) {
  ScopedContext scopedContext;
  CUDA_REPORT_IF_ERROR(driver().cuStreamDestroy(stream));
}

MGPU_EXPORT void mgpuStreamSynchronize(CUstream stream) {
  ScopedContext scopedContext;
  CUDA_CHECK(driver().cuStreamSynchronize(stream));
}

MGPU_EXPORT void mgpuStreamWaitEvent(CUstream stream, CUevent event) {
  ScopedContext scopedContext;
  CUDA_CHECK(driver().cuStreamWaitEvent(stream, event, 0));
}

MGPU_EXPORT CUevent mgpuEventCreate() {
  ScopedContext scopedContext;
  CUevent event = nullptr;
  CUDA_CHECK(driver().cuEventCreate(&event, CU_EVENT_DISABLE_TIMING));
  return event;
}

MGPU_EXPORT void mgpuEventDestroy(CUevent event) {
  ScopedContext scopedContext;
  CUDA_REPORT_IF_ERROR(driver().cuEventDestroy(event));
}

MGPU_EXPORT void mgpuEventSynchronize(CUevent event) {
  ScopedContext scopedContext;
  CUDA_CHECK(driver().cuEventSynchronize(event));
}

MGPU_EXPORT void mgpuEventRecord(CUevent event, CUstream stream) {
  ScopedContext scopedContext;
  CUDA_CHECK(driver().cuEventRecord(event, stream));
}

/// `isHostShared` (gpu.alloc host_shared) asks for managed memory.
MGPU_EXPORT void *mgpuMemAlloc(uint64_t sizeBytes, CUstream /*stream*/,
                               bool isHostShared) {
  ScopedContext scopedContext;
  CUdeviceptr ptr = 0;
  if (sizeBytes == 0)
    return nullptr;
  if (isHostShared)
    CUDA_CHECK(
        driver().cuMemAllocManaged(&ptr, sizeBytes, CU_MEM_ATTACH_GLOBAL));
  else
    CUDA_CHECK(driver().cuMemAlloc(&ptr, sizeBytes));
  return reinterpret_cast<void *>(ptr);
}

MGPU_EXPORT void mgpuMemFree(void *ptr, CUstream /*stream*/) {
  if (!ptr)
    return;
  ScopedContext scopedContext;
  CUDA_REPORT_IF_ERROR(driver().cuMemFree(reinterpret_cast<CUdeviceptr>(ptr)));
}

MGPU_EXPORT void mgpuMemcpy(void *dst, void *src, size_t sizeBytes,
                            CUstream stream) {
  ScopedContext scopedContext;
  CUDA_CHECK(driver().cuMemcpyAsync(
      reinterpret_cast<CUdeviceptr>(dst), reinterpret_cast<CUdeviceptr>(src),
      sizeBytes, stream));
}

MGPU_EXPORT void mgpuMemset32(void *dst, unsigned int value, size_t count,
                              CUstream stream) {
  ScopedContext scopedContext;
  CUDA_CHECK(driver().cuMemsetD32Async(
      reinterpret_cast<CUdeviceptr>(dst), value, count, stream));
}

MGPU_EXPORT void mgpuMemset16(void *dst, unsigned short value, size_t count,
                              CUstream stream) {
  ScopedContext scopedContext;
  CUDA_CHECK(driver().cuMemsetD16Async(
      reinterpret_cast<CUdeviceptr>(dst), value, count, stream));
}

MGPU_EXPORT void mgpuMemHostRegister(void *ptr, uint64_t sizeBytes) {
  ScopedContext scopedContext;
  CUDA_CHECK(driver().cuMemHostRegister(ptr, sizeBytes, 0));
}

MGPU_EXPORT void mgpuMemHostUnregister(void *ptr) {
  ScopedContext scopedContext;
  CUDA_CHECK(driver().cuMemHostUnregister(ptr));
}

namespace {
/// A ranked memref descriptor: {allocated, aligned, offset, sizes[rank],
/// strides[rank]}.
struct MemRefDescriptor {
  char *allocated;
  char *aligned;
  int64_t offset;
  int64_t sizesAndStrides[1];
};
} // namespace

/// Registers a densely packed memref (`descriptor` of rank `rank`).
MGPU_EXPORT void mgpuMemHostRegisterMemRef(int64_t rank, void *descriptor,
                                           int64_t elementSizeBytes) {
  auto *desc = static_cast<MemRefDescriptor *>(descriptor);
  int64_t elements = 1;
  for (int64_t i = 0; i < rank; ++i)
    elements *= desc->sizesAndStrides[i];
  mgpuMemHostRegister(desc->aligned + desc->offset * elementSizeBytes,
                      elements * elementSizeBytes);
}

MGPU_EXPORT void mgpuMemHostUnregisterMemRef(int64_t /*rank*/,
                                             void *descriptor,
                                             int64_t elementSizeBytes) {
  auto *desc = static_cast<MemRefDescriptor *>(descriptor);
  mgpuMemHostUnregister(desc->aligned + desc->offset * elementSizeBytes);
}

MGPU_EXPORT void mgpuSetDefaultDevice(int32_t device) {
  defaultDevice = device;
}

#ifdef PRUNE_CUDA_RUNTIME_CUSPARSE

//===----------------------------------------------------------------------===//
// cuSPARSE (libcusparse.so.12), declared here (values from cusparse.h and
// library_types.h, CUDA 12/13 ABI).
//===----------------------------------------------------------------------===//

namespace {

using cusparseStatus_t = int;
using cusparseHandle_t = void *;
using Descr = void *; // cusparse{Sp,Dn}MatDescr_t, DnVecDescr_t, SpGEMMDescr_t

constexpr int CUSPARSE_INDEX_BASE_ZERO = 0;
constexpr int CUSPARSE_ORDER_ROW = 2;
constexpr int CUSPARSE_SPMV_ALG_DEFAULT = 0;
constexpr int CUSPARSE_SPMM_ALG_DEFAULT = 0;
constexpr int CUSPARSE_SDDMM_ALG_DEFAULT = 0;
constexpr int CUSPARSE_SPGEMM_DEFAULT = 0;

// cudaDataType values.
constexpr int CUDA_R_32F = 0, CUDA_R_64F = 1, CUDA_R_16F = 2, CUDA_C_32F = 4,
              CUDA_C_64F = 5, CUDA_C_16F = 6, CUDA_R_16BF = 14,
              CUDA_C_16BF = 15;

struct CuSparse {
  cusparseStatus_t (*create)(cusparseHandle_t *);
  cusparseStatus_t (*destroy)(cusparseHandle_t);
  cusparseStatus_t (*setStream)(cusparseHandle_t, CUstream);
  const char *(*getErrorString)(cusparseStatus_t);
  cusparseStatus_t (*createDnVec)(Descr *, int64_t, void *, int);
  cusparseStatus_t (*destroyDnVec)(Descr);
  cusparseStatus_t (*createDnMat)(Descr *, int64_t, int64_t, int64_t, void *,
                                  int, int);
  cusparseStatus_t (*destroyDnMat)(Descr);
  cusparseStatus_t (*createCoo)(Descr *, int64_t, int64_t, int64_t, void *,
                                void *, void *, int, int, int);
  cusparseStatus_t (*createCsr)(Descr *, int64_t, int64_t, int64_t, void *,
                                void *, void *, int, int, int, int);
  cusparseStatus_t (*createCsc)(Descr *, int64_t, int64_t, int64_t, void *,
                                void *, void *, int, int, int, int);
  cusparseStatus_t (*createBsr)(Descr *, int64_t, int64_t, int64_t, int64_t,
                                int64_t, void *, void *, void *, int, int, int,
                                int, int);
  cusparseStatus_t (*destroySpMat)(Descr);
  cusparseStatus_t (*spMVBufferSize)(cusparseHandle_t, int, const void *,
                                     Descr, Descr, const void *, Descr, int,
                                     int, size_t *);
  cusparseStatus_t (*spMV)(cusparseHandle_t, int, const void *, Descr, Descr,
                           const void *, Descr, int, int, void *);
  cusparseStatus_t (*spMMBufferSize)(cusparseHandle_t, int, int, const void *,
                                     Descr, Descr, const void *, Descr, int,
                                     int, size_t *);
  cusparseStatus_t (*spMM)(cusparseHandle_t, int, int, const void *, Descr,
                           Descr, const void *, Descr, int, int, void *);
  cusparseStatus_t (*sddmmBufferSize)(cusparseHandle_t, int, int, const void *,
                                      Descr, Descr, const void *, Descr, int,
                                      int, size_t *);
  cusparseStatus_t (*sddmm)(cusparseHandle_t, int, int, const void *, Descr,
                            Descr, const void *, Descr, int, int, void *);
  cusparseStatus_t (*spGEMMCreateDescr)(Descr *);
  cusparseStatus_t (*spGEMMDestroyDescr)(Descr);
  cusparseStatus_t (*spGEMMWorkEstimation)(cusparseHandle_t, int, int,
                                           const void *, Descr, Descr,
                                           const void *, Descr, int, int,
                                           Descr, size_t *, void *);
  cusparseStatus_t (*spGEMMCompute)(cusparseHandle_t, int, int, const void *,
                                    Descr, Descr, const void *, Descr, int,
                                    int, Descr, size_t *, void *);
  cusparseStatus_t (*spGEMMCopy)(cusparseHandle_t, int, int, const void *,
                                 Descr, Descr, const void *, Descr, int, int,
                                 Descr);
  cusparseStatus_t (*spMatGetSize)(Descr, int64_t *, int64_t *, int64_t *);
  cusparseStatus_t (*csrSetPointers)(Descr, void *, void *, void *);
};

const CuSparse &cusparse() {
  static const CuSparse *instance = []() -> const CuSparse * {
    static const char *const names[] = {"libcusparse.so.12", "libcusparse.so",
                                        nullptr};
    void *lib = openLibrary("cuSPARSE library", names);
    if (!lib)
      return nullptr;
    static CuSparse s;
    bool ok = true;
    const char *n = "libcusparse";
    bind(lib, n, s.create, "cusparseCreate", ok);
    bind(lib, n, s.destroy, "cusparseDestroy", ok);
    bind(lib, n, s.setStream, "cusparseSetStream", ok);
    bind(lib, n, s.getErrorString, "cusparseGetErrorString", ok);
    bind(lib, n, s.createDnVec, "cusparseCreateDnVec", ok);
    bind(lib, n, s.destroyDnVec, "cusparseDestroyDnVec", ok);
    bind(lib, n, s.createDnMat, "cusparseCreateDnMat", ok);
    bind(lib, n, s.destroyDnMat, "cusparseDestroyDnMat", ok);
    bind(lib, n, s.createCoo, "cusparseCreateCoo", ok);
    bind(lib, n, s.createCsr, "cusparseCreateCsr", ok);
    bind(lib, n, s.createCsc, "cusparseCreateCsc", ok);
    bind(lib, n, s.createBsr, "cusparseCreateBsr", ok);
    bind(lib, n, s.destroySpMat, "cusparseDestroySpMat", ok);
    bind(lib, n, s.spMVBufferSize, "cusparseSpMV_bufferSize", ok);
    bind(lib, n, s.spMV, "cusparseSpMV", ok);
    bind(lib, n, s.spMMBufferSize, "cusparseSpMM_bufferSize", ok);
    bind(lib, n, s.spMM, "cusparseSpMM", ok);
    bind(lib, n, s.sddmmBufferSize, "cusparseSDDMM_bufferSize", ok);
    bind(lib, n, s.sddmm, "cusparseSDDMM", ok);
    bind(lib, n, s.spGEMMCreateDescr, "cusparseSpGEMM_createDescr", ok);
    bind(lib, n, s.spGEMMDestroyDescr, "cusparseSpGEMM_destroyDescr", ok);
    bind(lib, n, s.spGEMMWorkEstimation, "cusparseSpGEMM_workEstimation", ok);
    bind(lib, n, s.spGEMMCompute, "cusparseSpGEMM_compute", ok);
    bind(lib, n, s.spGEMMCopy, "cusparseSpGEMM_copy", ok);
    bind(lib, n, s.spMatGetSize, "cusparseSpMatGetSize", ok);
    bind(lib, n, s.csrSetPointers, "cusparseCsrSetPointers", ok);
    return ok ? &s : nullptr;
  }();
  return orExit(instance);
}

#define CUSPARSE_REPORT_IF_ERROR(expr)                                         \
  do {                                                                         \
    cusparseStatus_t status_ = (expr);                                         \
    if (status_ != 0)                                                          \
      std::fprintf(stderr, "cuSPARSE '%s' failed with '%s'\n", #expr,          \
                   cusparse().getErrorString(status_));                        \
  } while (false)

/// As CUDA_CHECK: results depend on it, so an error ends the program.
#define CUSPARSE_CHECK(expr)                                                   \
  do {                                                                         \
    cusparseStatus_t status_ = (expr);                                         \
    if (status_ != 0) {                                                        \
      std::fprintf(stderr, "cuSPARSE '%s' failed with '%s'\n", #expr,          \
                   cusparse().getErrorString(status_));                        \
      std::exit(EXIT_FAILURE);                                                 \
    }                                                                          \
  } while (false)

cusparseHandle_t sparseEnv = nullptr;

/// The process-wide handle, bound to `stream` for the next call.
cusparseHandle_t handleOn(CUstream stream) {
  if (!sparseEnv) {
    ScopedContext scopedContext;
    CUSPARSE_CHECK(cusparse().create(&sparseEnv));
  }
  CUSPARSE_CHECK(cusparse().setStream(sparseEnv, stream));
  return sparseEnv;
}

/// Host-side alpha = beta = 1 in the compute type `dtp` (complex: 1 + 0i).
struct UnitScalar {
  alignas(16) unsigned char bytes[16] = {0};
  explicit UnitScalar(int dtp) {
    switch (dtp) {
    case CUDA_R_16F:
    case CUDA_C_16F: {
      uint16_t one = 0x3C00; // IEEE half 1.0
      std::memcpy(bytes, &one, sizeof(one));
      break;
    }
    case CUDA_R_16BF:
    case CUDA_C_16BF: {
      uint16_t one = 0x3F80; // bfloat16 1.0
      std::memcpy(bytes, &one, sizeof(one));
      break;
    }
    case CUDA_R_32F:
    case CUDA_C_32F: {
      float one = 1.0f;
      std::memcpy(bytes, &one, sizeof(one));
      break;
    }
    case CUDA_R_64F:
    case CUDA_C_64F:
    default: {
      double one = 1.0;
      std::memcpy(bytes, &one, sizeof(one));
      break;
    }
    }
  }
  const void *get() const { return bytes; }
};

} // namespace

MGPU_EXPORT void mgpuCreateSparseEnv() { (void)handleOn(nullptr); }

MGPU_EXPORT void mgpuDestroySparseEnv() {
  if (!sparseEnv)
    return;
  CUSPARSE_REPORT_IF_ERROR(cusparse().destroy(sparseEnv));
  sparseEnv = nullptr;
}

MGPU_EXPORT void *mgpuCreateDnVec(intptr_t size, void *values, int32_t dtp,
                                  CUstream /*stream*/) {
  Descr vec = nullptr;
  CUSPARSE_CHECK(cusparse().createDnVec(&vec, size, values, dtp));
  return vec;
}

MGPU_EXPORT void mgpuDestroyDnVec(void *vec, CUstream /*stream*/) {
  CUSPARSE_REPORT_IF_ERROR(cusparse().destroyDnVec(vec));
}

/// Row-major, leading dimension = cols (what the sparsifier passes).
MGPU_EXPORT void *mgpuCreateDnMat(intptr_t rows, intptr_t cols, void *values,
                                  int32_t dtp, CUstream /*stream*/) {
  Descr mat = nullptr;
  CUSPARSE_CHECK(cusparse().createDnMat(
      &mat, rows, cols, /*ld=*/cols, values, dtp, CUSPARSE_ORDER_ROW));
  return mat;
}

MGPU_EXPORT void mgpuDestroyDnMat(void *mat, CUstream /*stream*/) {
  CUSPARSE_REPORT_IF_ERROR(cusparse().destroyDnMat(mat));
}

MGPU_EXPORT void *mgpuCreateCoo(intptr_t rows, intptr_t cols, intptr_t nnz,
                                void *rowIdxs, void *colIdxs, void *values,
                                int32_t itp, int32_t dtp, CUstream /*stream*/) {
  Descr mat = nullptr;
  CUSPARSE_CHECK(cusparse().createCoo(&mat, rows, cols, nnz, rowIdxs,
                                                colIdxs, values, itp,
                                                CUSPARSE_INDEX_BASE_ZERO, dtp));
  return mat;
}

/// cuSPARSE 12 removed the array-of-structs COO format.
MGPU_EXPORT void *mgpuCreateCooAoS(intptr_t, intptr_t, intptr_t, void *,
                                   void *, int32_t, int32_t, CUstream) {
  std::fprintf(stderr, "PruneCudaRuntime: mgpuCreateCooAoS: cuSPARSE 12 has "
                       "no COO AoS format\n");
  std::exit(EXIT_FAILURE);
}

MGPU_EXPORT void *mgpuCreateCsr(intptr_t rows, intptr_t cols, intptr_t nnz,
                                void *rowPos, void *colIdxs, void *values,
                                int32_t ptp, int32_t itp, int32_t dtp,
                                CUstream /*stream*/) {
  Descr mat = nullptr;
  CUSPARSE_CHECK(
      cusparse().createCsr(&mat, rows, cols, nnz, rowPos, colIdxs, values, ptp,
                           itp, CUSPARSE_INDEX_BASE_ZERO, dtp));
  return mat;
}

MGPU_EXPORT void *mgpuCreateCsc(intptr_t rows, intptr_t cols, intptr_t nnz,
                                void *colPos, void *rowIdxs, void *values,
                                int32_t ptp, int32_t itp, int32_t dtp,
                                CUstream /*stream*/) {
  Descr mat = nullptr;
  CUSPARSE_CHECK(
      cusparse().createCsc(&mat, rows, cols, nnz, colPos, rowIdxs, values, ptp,
                           itp, CUSPARSE_INDEX_BASE_ZERO, dtp));
  return mat;
}

MGPU_EXPORT void *mgpuCreateBsr(intptr_t brows, intptr_t bcols, intptr_t bnnz,
                                intptr_t rBlockSize, intptr_t cBlockSize,
                                void *rowPos, void *colIdxs, void *values,
                                int32_t ptp, int32_t itp, int32_t dtp,
                                CUstream /*stream*/) {
  Descr mat = nullptr;
  CUSPARSE_CHECK(cusparse().createBsr(
      &mat, brows, bcols, bnnz, rBlockSize, cBlockSize, rowPos, colIdxs,
      values, ptp, itp, CUSPARSE_INDEX_BASE_ZERO, dtp, CUSPARSE_ORDER_ROW));
  return mat;
}

MGPU_EXPORT void mgpuDestroySpMat(void *mat, CUstream /*stream*/) {
  CUSPARSE_REPORT_IF_ERROR(cusparse().destroySpMat(mat));
}

MGPU_EXPORT intptr_t mgpuSpMVBufferSize(int32_t ma, void *a, void *x, void *y,
                                        int32_t ctp, CUstream stream) {
  UnitScalar one(ctp);
  size_t bufferSize = 0;
  CUSPARSE_CHECK(cusparse().spMVBufferSize(
      handleOn(stream), ma, one.get(), a, x, one.get(), y, ctp,
      CUSPARSE_SPMV_ALG_DEFAULT, &bufferSize));
  return bufferSize;
}

MGPU_EXPORT void mgpuSpMV(int32_t ma, void *a, void *x, void *y, int32_t ctp,
                          void *buf, CUstream stream) {
  UnitScalar one(ctp);
  ScopedContext scopedContext;
  ProfileScope timed(ProfileCuSparse, stream);
  CUSPARSE_CHECK(cusparse().spMV(handleOn(stream), ma, one.get(), a,
                                           x, one.get(), y, ctp,
                                           CUSPARSE_SPMV_ALG_DEFAULT, buf));
}

MGPU_EXPORT intptr_t mgpuSpMMBufferSize(int32_t ma, int32_t mb, void *a,
                                        void *b, void *c, int32_t ctp,
                                        CUstream stream) {
  UnitScalar one(ctp);
  size_t bufferSize = 0;
  CUSPARSE_CHECK(cusparse().spMMBufferSize(
      handleOn(stream), ma, mb, one.get(), a, b, one.get(), c, ctp,
      CUSPARSE_SPMM_ALG_DEFAULT, &bufferSize));
  return bufferSize;
}

MGPU_EXPORT void mgpuSpMM(int32_t ma, int32_t mb, void *a, void *b, void *c,
                          int32_t ctp, void *buf, CUstream stream) {
  UnitScalar one(ctp);
  ScopedContext scopedContext;
  ProfileScope timed(ProfileCuSparse, stream);
  CUSPARSE_CHECK(
      cusparse().spMM(handleOn(stream), ma, mb, one.get(), a, b, one.get(), c,
                      ctp, CUSPARSE_SPMM_ALG_DEFAULT, buf));
}

MGPU_EXPORT intptr_t mgpuSDDMMBufferSize(int32_t ma, int32_t mb, void *a,
                                         void *b, void *c, int32_t ctp,
                                         CUstream stream) {
  UnitScalar one(ctp);
  size_t bufferSize = 0;
  CUSPARSE_CHECK(cusparse().sddmmBufferSize(
      handleOn(stream), ma, mb, one.get(), a, b, one.get(), c, ctp,
      CUSPARSE_SDDMM_ALG_DEFAULT, &bufferSize));
  return bufferSize;
}

MGPU_EXPORT void mgpuSDDMM(int32_t ma, int32_t mb, void *a, void *b, void *c,
                           int32_t ctp, void *buf, CUstream stream) {
  UnitScalar one(ctp);
  ScopedContext scopedContext;
  ProfileScope timed(ProfileCuSparse, stream);
  CUSPARSE_CHECK(
      cusparse().sddmm(handleOn(stream), ma, mb, one.get(), a, b, one.get(), c,
                       ctp, CUSPARSE_SDDMM_ALG_DEFAULT, buf));
}

MGPU_EXPORT void *mgpuSpGEMMCreateDescr(CUstream /*stream*/) {
  Descr descr = nullptr;
  CUSPARSE_CHECK(cusparse().spGEMMCreateDescr(&descr));
  return descr;
}

MGPU_EXPORT void mgpuSpGEMMDestroyDescr(void *descr, CUstream /*stream*/) {
  CUSPARSE_REPORT_IF_ERROR(cusparse().spGEMMDestroyDescr(descr));
}

MGPU_EXPORT intptr_t mgpuSpGEMMWorkEstimation(void *descr, int32_t ma,
                                              int32_t mb, void *a, void *b,
                                              void *c, int32_t ctp,
                                              intptr_t bufferSize, void *buf,
                                              CUstream stream) {
  UnitScalar one(ctp);
  size_t size = bufferSize;
  CUSPARSE_CHECK(cusparse().spGEMMWorkEstimation(
      handleOn(stream), ma, mb, one.get(), a, b, one.get(), c, ctp,
      CUSPARSE_SPGEMM_DEFAULT, descr, &size, buf));
  return size;
}

MGPU_EXPORT intptr_t mgpuSpGEMMCompute(void *descr, int32_t ma, int32_t mb,
                                       void *a, void *b, void *c, int32_t ctp,
                                       intptr_t bufferSize, void *buf,
                                       CUstream stream) {
  UnitScalar one(ctp);
  size_t size = bufferSize;
  CUSPARSE_CHECK(cusparse().spGEMMCompute(
      handleOn(stream), ma, mb, one.get(), a, b, one.get(), c, ctp,
      CUSPARSE_SPGEMM_DEFAULT, descr, &size, buf));
  return size;
}

MGPU_EXPORT void mgpuSpGEMMCopy(void *descr, int32_t ma, int32_t mb, void *a,
                                void *b, void *c, int32_t ctp,
                                CUstream stream) {
  UnitScalar one(ctp);
  CUSPARSE_CHECK(cusparse().spGEMMCopy(
      handleOn(stream), ma, mb, one.get(), a, b, one.get(), c, ctp,
      CUSPARSE_SPGEMM_DEFAULT, descr));
}

/// `rows`, `cols`, `nnz` point to int64 results.
MGPU_EXPORT void mgpuSpMatGetSize(void *mat, void *rows, void *cols, void *nnz,
                                  CUstream /*stream*/) {
  CUSPARSE_CHECK(cusparse().spMatGetSize(
      mat, static_cast<int64_t *>(rows), static_cast<int64_t *>(cols),
      static_cast<int64_t *>(nnz)));
}

MGPU_EXPORT void mgpuSetCsrPointers(void *mat, void *rowPos, void *colIdxs,
                                    void *values, CUstream /*stream*/) {
  CUSPARSE_CHECK(
      cusparse().csrSetPointers(mat, rowPos, colIdxs, values));
}

#endif // PRUNE_CUDA_RUNTIME_CUSPARSE
