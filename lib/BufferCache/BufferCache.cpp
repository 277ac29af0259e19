//===- BufferCache.cpp - Buffers kept from one model call to the next -----===//
//
// Every buffer carries a header just before the pointer handed out: the
// block malloc returned and its usable size. Blocks of at least
// kMinCachedBytes go back to a free list keyed by that size instead of to
// free(); a request takes the smallest cached block that fits it within a
// factor of 2 (of equal ones, the last freed), so a model whose calls
// allocate the same sizes reuses the same blocks. The cache holds at most
// kMaxCachedBytes; beyond that, blocks are freed. One mutex: a model allocates
// a few dozen buffers per call.
//
//===----------------------------------------------------------------------===//

#include "Prune/BufferCache/BufferCache.h"

#include <cstdlib>
#include <iterator>
#include <map>
#include <mutex>

namespace {

/// Smaller blocks come from malloc's own bins, already reused.
constexpr size_t kMinCachedBytes = size_t(64) << 10;
constexpr size_t kMaxCachedBytes = size_t(2) << 30;
/// Alignment every block supports without extra bytes (a cache line).
constexpr size_t kBlockAlignment = 64;

struct Header {
  void *block;  // what malloc returned
  size_t bytes; // bytes usable after the header's alignment slack
};

struct Cache {
  std::mutex mutex;
  std::multimap<size_t, void *> freeBlocks; // usable bytes -> block
  size_t cachedBytes = 0;

  void clear() {
    std::lock_guard<std::mutex> lock(mutex);
    for (auto &entry : freeBlocks)
      std::free(entry.second);
    freeBlocks.clear();
    cachedBytes = 0;
  }
};

Cache &cache() {
  // Never destroyed: a model's buffers may be freed by static destructors
  // that run after this library's own.
  static Cache *instance = new Cache();
  return *instance;
}

/// The pointer handed out for `block`: after a header, aligned.
void *place(void *block, size_t bytes, size_t alignment) {
  uintptr_t start = reinterpret_cast<uintptr_t>(block) + sizeof(Header);
  uintptr_t aligned = (start + alignment - 1) & ~(uintptr_t(alignment) - 1);
  auto *header = reinterpret_cast<Header *>(aligned) - 1;
  header->block = block;
  header->bytes = bytes;
  return reinterpret_cast<void *>(aligned);
}

void *allocate(size_t size, size_t alignment) {
  if (alignment < kBlockAlignment)
    alignment = kBlockAlignment;
  // Room for the header and the alignment slack in any block.
  size_t slack = sizeof(Header) + alignment;
  if (size >= kMinCachedBytes && alignment == kBlockAlignment) {
    Cache &c = cache();
    std::lock_guard<std::mutex> lock(c.mutex);
    auto it = c.freeBlocks.lower_bound(size);
    if (it != c.freeBlocks.end() && it->first <= 2 * size) {
      // Of equal blocks, the last one freed: its lines may still be in
      // cache.
      it = std::prev(c.freeBlocks.upper_bound(it->first));
      size_t bytes = it->first;
      void *block = it->second;
      c.freeBlocks.erase(it);
      c.cachedBytes -= bytes;
      return place(block, bytes, alignment);
    }
  }
  void *block = std::malloc(size + slack);
  if (!block)
    return nullptr;
  return place(block, size, alignment);
}

} // namespace

extern "C" void *_mlir_memref_to_llvm_alloc(size_t size) {
  return allocate(size, 16);
}

extern "C" void *_mlir_memref_to_llvm_aligned_alloc(size_t alignment,
                                                    size_t size) {
  return allocate(size, alignment);
}

extern "C" void _mlir_memref_to_llvm_free(void *buffer) {
  if (!buffer)
    return;
  Header header = *(reinterpret_cast<Header *>(buffer) - 1);
  // Every block has room for a header and kBlockAlignment slack beyond its
  // usable bytes (allocate raises smaller alignments to it), so any large
  // block can be placed again at the default alignment.
  bool reusable = header.bytes >= kMinCachedBytes;
  if (reusable) {
    Cache &c = cache();
    std::lock_guard<std::mutex> lock(c.mutex);
    if (c.cachedBytes + header.bytes <= kMaxCachedBytes) {
      c.freeBlocks.emplace(header.bytes, header.block);
      c.cachedBytes += header.bytes;
      return;
    }
  }
  std::free(header.block);
}

extern "C" int64_t prune_buffer_cache_bytes(void) {
  Cache &c = cache();
  std::lock_guard<std::mutex> lock(c.mutex);
  return static_cast<int64_t>(c.cachedBytes);
}

extern "C" void prune_buffer_cache_clear(void) { cache().clear(); }
