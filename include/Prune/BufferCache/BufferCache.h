//===- BufferCache.h - Buffers kept from one model call to the next -*- C -*-=//
//
// libPruneBufferCache.so: the allocation functions that code built with
// prune-compile{cache-buffers=true} calls (MLIR's generic allocation
// functions, finalize-memref-to-llvm{use-generic-functions=true}). A compiled
// model allocates its intermediate tensors on every call; through malloc,
// buffers of more than 128 KiB are fresh mmaps whose pages the kernel faults
// in and zeroes on every call (a third of a batch-64 CNN call). These keep
// freed buffers by size and hand them out again, so after the first call a
// model runs on memory that is already mapped. Plain C ABI, no MLIR or LLVM.
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_BUFFERCACHE_BUFFERCACHE_H
#define PRUNE_BUFFERCACHE_BUFFERCACHE_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// A buffer of at least `size` bytes, 16-byte aligned.
void *_mlir_memref_to_llvm_alloc(size_t size);
/// A buffer of at least `size` bytes aligned to `alignment` (a power of 2).
void *_mlir_memref_to_llvm_aligned_alloc(size_t alignment, size_t size);
/// Returns a buffer from either function; null is ignored.
void _mlir_memref_to_llvm_free(void *buffer);

/// Bytes now held in the cache (for tests and reports).
int64_t prune_buffer_cache_bytes(void);
/// Frees every cached buffer.
void prune_buffer_cache_clear(void);

#ifdef __cplusplus
}
#endif

#endif // PRUNE_BUFFERCACHE_BUFFERCACHE_H
