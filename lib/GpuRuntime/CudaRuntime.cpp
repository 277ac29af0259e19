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

#include "CudaDriver.h"

using namespace prune::cuda;

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
