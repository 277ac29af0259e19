//===- ManagedMemory.cpp - Host buffers and resident weights for target=gpu
//===//
//
// Code from prune-compile{target=gpu} allocates every host buffer through
// MLIR's generic allocation functions (_mlir_memref_to_llvm_alloc / _free)
// and reads every constant through prune_gpu_resident_<type>. Both are
// implemented here on CUDA managed memory, which kernels and host code can
// both address, so a buffer is never copied between kernels:
//
//  - buffers: cuMemAllocManaged; blocks of 64 KiB or more are kept on free,
//    by size, for the next call of the same model (a model allocates the
//    same sizes on every call, and cuMemAllocManaged / cuMemFree cost more
//    than the small kernels between them);
//  - constants: the first call copies each global into managed memory and
//    remembers it by its host address; later calls get the same buffer, so
//    weights cross the bus once per process and then stay on the GPU (the
//    driver migrates managed pages to the GPU on first use there, and they
//    stay while the host does not touch them).
//
// pruneCudaRelease() (C API, include/Prune/Runtime/PruneCuda.h) frees both,
// e.g. before unloading a model.
//
//===----------------------------------------------------------------------===//

#include "CudaDriver.h"

#include <cstring>
#include <map>
#include <mutex>

using namespace prune::cuda;

namespace {

/// Blocks below this size are freed at once.
constexpr size_t kMinCachedBytes = size_t(64) << 10;
constexpr size_t kMaxCachedBytes = size_t(2) << 30;
/// What cuMemAllocManaged guarantees.
constexpr size_t kManagedAlignment = 256;

/// A block from cuMemAllocManaged. (Types of this file in the maps keep
/// their instantiations out of the library's exports.)
struct Block {
  void *start;
  size_t bytes;
};
struct ResidentCopy {
  void *start;
};

struct ManagedMemory {
  std::mutex mutex;
  /// Every live block handed out, by the (aligned) pointer handed out.
  std::map<void *, Block> live;
  std::multimap<size_t, void *> freeBlocks; // bytes -> block
  size_t cachedBytes = 0;
  /// Host address of a constant -> its managed copy.
  std::map<const void *, ResidentCopy> resident;
};

ManagedMemory &memory() {
  // Never destroyed: buffers may be freed by static destructors.
  static ManagedMemory *instance = new ManagedMemory();
  return *instance;
}

void *allocateManaged(size_t bytes) {
  ScopedContext scopedContext;
  CUdeviceptr ptr = 0;
  CUDA_CHECK(driver().cuMemAllocManaged(&ptr, bytes ? bytes : 1,
                                        CU_MEM_ATTACH_GLOBAL));
  return reinterpret_cast<void *>(ptr);
}

void freeManaged(void *block) {
  ScopedContext scopedContext;
  CUDA_REPORT_IF_ERROR(
      driver().cuMemFree(reinterpret_cast<CUdeviceptr>(block)));
}

void *allocate(size_t size, size_t alignment) {
  ManagedMemory &m = memory();
  size_t slack = alignment > kManagedAlignment ? alignment : 0;
  size_t bytes = size + slack;
  void *block = nullptr;
  {
    std::lock_guard<std::mutex> lock(m.mutex);
    if (bytes >= kMinCachedBytes) {
      auto it = m.freeBlocks.lower_bound(bytes);
      if (it != m.freeBlocks.end() && it->first <= 2 * bytes) {
        bytes = it->first;
        block = it->second;
        m.freeBlocks.erase(it);
        m.cachedBytes -= bytes;
      }
    }
  }
  if (!block)
    block = allocateManaged(bytes);
  uintptr_t start = reinterpret_cast<uintptr_t>(block);
  if (slack)
    start = (start + alignment - 1) & ~(uintptr_t(alignment) - 1);
  void *aligned = reinterpret_cast<void *>(start);
  std::lock_guard<std::mutex> lock(m.mutex);
  m.live[aligned] = Block{block, bytes};
  return aligned;
}

/// A rank-1 memref descriptor, the C interface of memref<?xT>.
struct Descriptor1D {
  char *allocated;
  char *aligned;
  int64_t offset;
  int64_t size;
  int64_t stride;
};

/// The managed copy of the constant `in` (elements of `elementBytes`).
void makeResident(Descriptor1D *out, const Descriptor1D *in,
                  size_t elementBytes) {
  const char *host = in->aligned + in->offset * elementBytes;
  size_t bytes = static_cast<size_t>(in->size) * elementBytes;
  ManagedMemory &m = memory();
  void *copy = nullptr;
  {
    std::lock_guard<std::mutex> lock(m.mutex);
    auto it = m.resident.find(host);
    if (it != m.resident.end())
      copy = it->second.start;
  }
  if (!copy) {
    copy = allocateManaged(bytes);
    std::memcpy(copy, host, bytes);
    std::lock_guard<std::mutex> lock(m.mutex);
    auto [it, inserted] = m.resident.emplace(host, ResidentCopy{copy});
    if (!inserted) { // another thread uploaded it meanwhile
      freeManaged(copy);
      copy = it->second.start;
    }
  }
  out->allocated = out->aligned = static_cast<char *>(copy);
  out->offset = 0;
  out->size = in->size;
  out->stride = 1;
}

} // namespace

MGPU_EXPORT void *_mlir_memref_to_llvm_alloc(size_t size) {
  return allocate(size, kManagedAlignment);
}

MGPU_EXPORT void *_mlir_memref_to_llvm_aligned_alloc(size_t alignment,
                                                     size_t size) {
  return allocate(size, alignment);
}

MGPU_EXPORT void _mlir_memref_to_llvm_free(void *buffer) {
  if (!buffer)
    return;
  ManagedMemory &m = memory();
  std::unique_lock<std::mutex> lock(m.mutex);
  auto it = m.live.find(buffer);
  if (it == m.live.end()) {
    std::fprintf(stderr,
                 "PruneCudaRuntime: free of %p, which it did not "
                 "allocate\n",
                 buffer);
    return;
  }
  auto [block, bytes] = it->second;
  m.live.erase(it);
  if (bytes >= kMinCachedBytes && m.cachedBytes + bytes <= kMaxCachedBytes) {
    m.freeBlocks.emplace(bytes, block);
    m.cachedBytes += bytes;
    return;
  }
  lock.unlock();
  freeManaged(block);
}

#define PRUNE_GPU_RESIDENT(SUFFIX, BYTES)                                      \
  MGPU_EXPORT void _mlir_ciface_prune_gpu_resident_##SUFFIX(                   \
      Descriptor1D *out, Descriptor1D *in) {                                   \
    makeResident(out, in, BYTES);                                              \
  }
PRUNE_GPU_RESIDENT(f16, 2)
PRUNE_GPU_RESIDENT(bf16, 2)
PRUNE_GPU_RESIDENT(f32, 4)
PRUNE_GPU_RESIDENT(f64, 8)
PRUNE_GPU_RESIDENT(i1, 1)
PRUNE_GPU_RESIDENT(i8, 1)
PRUNE_GPU_RESIDENT(i16, 2)
PRUNE_GPU_RESIDENT(i32, 4)
PRUNE_GPU_RESIDENT(i64, 8)
PRUNE_GPU_RESIDENT(index, 8)
#undef PRUNE_GPU_RESIDENT

MGPU_EXPORT void pruneCudaRelease(void) {
  ManagedMemory &m = memory();
  std::lock_guard<std::mutex> lock(m.mutex);
  for (auto &[host, copy] : m.resident)
    freeManaged(copy.start);
  m.resident.clear();
  for (auto &[bytes, block] : m.freeBlocks)
    freeManaged(block);
  m.freeBlocks.clear();
  m.cachedBytes = 0;
}
