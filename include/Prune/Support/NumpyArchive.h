//===- NumpyArchive.h - Arrays from .npy and .npz files ---------*- C++ -*-===//
//
// Data for prune-calibrate and importance-score files for the passes:
// NumPy's `.npy` format (versions 1-3, C order, little-endian numeric dtypes)
// and `.npz` archives of them (ZIP, stored as np.savez writes them or
// deflated as np.savez_compressed does, ZIP64 headers included). Errors name the file, the member and what is
// wrong; nothing is read past the end of a truncated file.
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_SUPPORT_NUMPYARCHIVE_H
#define PRUNE_SUPPORT_NUMPYARCHIVE_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <cstdint>
#include <string>
#include <vector>

namespace mlir::prune {

/// Element types the driver feeds to models or reads labels from.
enum class HostElementKind { F32, F64, F16, I64, I32, I16, I8, U8, Bool };

/// The MLIR spelling of `kind` ("f32", "i64", "ui8", "i1"); numpy's
/// ("float32", ...) for messages comes from numpyName.
llvm::StringRef mlirName(HostElementKind kind);
llvm::StringRef numpyName(HostElementKind kind);
int64_t elementSize(HostElementKind kind);

/// A dense, C-ordered host array.
struct HostArray {
  std::string name;
  HostElementKind kind = HostElementKind::F32;
  llvm::SmallVector<int64_t> shape;
  /// The elements, 64-byte aligned (storage is over-allocated and
  /// `data()` points into it).
  std::vector<char> storage;
  size_t offset = 0;

  int64_t numElements() const;
  int64_t numBytes() const { return numElements() * elementSize(kind); }
  char *data() { return storage.data() + offset; }
  const char *data() const { return storage.data() + offset; }
  /// Allocates zeroed, aligned storage for `shape`.
  void allocate();
  /// "1000x784xfloat32", for messages.
  std::string describe() const;
};

/// Element `i` (row-major) of an integer array (int8 to int64, uint8); -1
/// for other kinds.
int64_t getIntegerElement(const HostArray &array, int64_t i);

/// Reads `path`: a `.npy` file gives one array named "", a `.npz` file one
/// array per member (named without the ".npy" suffix), in archive order.
llvm::Expected<std::vector<HostArray>> readNumpyFile(llvm::StringRef path);

/// Writes `arrays` to `path` as an .npz archive (stored members named
/// `<name>.npy`, as np.savez writes them), which numpy and readNumpyFile
/// read back.
llvm::Error writeNumpyArchive(llvm::StringRef path,
                              llvm::ArrayRef<const HostArray *> arrays);

} // namespace mlir::prune

#endif // PRUNE_SUPPORT_NUMPYARCHIVE_H
