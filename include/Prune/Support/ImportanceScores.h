//===- ImportanceScores.h - Importance arrays given from outside -*- C++
//-*-===//
//
// prune-weights{criterion=scores} and prune-neurons{mode=importance} read
// importance that a training loop computed (Taylor scores abs(w * dL/dw),
// accumulated gradients...) from an .npz file with one array per layer,
// keyed by layer name. This file reads such a file and checks each array's
// values (finite, non-negative); the passes check the shapes, which only
// they know.
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_SUPPORT_IMPORTANCESCORES_H
#define PRUNE_SUPPORT_IMPORTANCESCORES_H

#include "Prune/Support/NumpyArchive.h"

#include "llvm/ADT/StringMap.h"

#include <optional>
#include <string>
#include <vector>

namespace mlir::prune {

/// The arrays of a scores file.
struct ImportanceScores {
  std::string path;
  /// In archive order.
  std::vector<HostArray> arrays;
  /// Layer name -> index into `arrays`.
  llvm::StringMap<size_t> byName;

  const HostArray *lookup(llvm::StringRef layerName) const {
    auto it = byName.find(layerName);
    return it == byName.end() ? nullptr : &arrays[it->second];
  }
};

/// Reads `path` (.npz; a .npy file has no layer names and is an error).
llvm::Expected<ImportanceScores> readImportanceScores(llvm::StringRef path);

/// The elements of `array` as floats, or, in `error`, why they are not
/// importance: a non-numeric dtype, a non-finite value or a negative one
/// (with its flat index). Values outside float's range are an error too.
std::optional<std::vector<float>> getImportanceValues(const HostArray &array,
                                                      std::string &error);

/// "[3, 4]", for messages about shapes.
std::string formatShape(llvm::ArrayRef<int64_t> shape);

} // namespace mlir::prune

#endif // PRUNE_SUPPORT_IMPORTANCESCORES_H
