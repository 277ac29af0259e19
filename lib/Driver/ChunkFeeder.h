//===- ChunkFeeder.h - Feed a model's data in chunks of its batch -*- C++
//-*-===//
//
// Internal to lib/Driver.
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_LIB_DRIVER_CHUNKFEEDER_H
#define PRUNE_LIB_DRIVER_CHUNKFEEDER_H

#include "Prune/Driver/Calibration.h"

namespace mlir::prune {

/// Calls a function on consecutive chunks of `chunk` samples of `data`. A
/// last partial chunk is fed when the entry's batch is dynamic, else left
/// out (a static batch cannot take it).
struct ChunkFeeder {
  const ModelData &data;
  int64_t chunk;
  bool dynamicBatch;

  int64_t usedSamples() const {
    return dynamicBatch ? data.samples : data.samples / chunk * chunk;
  }

  /// `fn(arguments, firstSample, count)` for every chunk, stopping at the
  /// first error.
  llvm::Error
  forEach(llvm::function_ref<llvm::Error(ArrayRef<const HostArray *>, int64_t,
                                         int64_t)>
              fn) const;
};

} // namespace mlir::prune

#endif // PRUNE_LIB_DRIVER_CHUNKFEEDER_H
