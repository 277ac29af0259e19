//===- PruneWeightsInputs.cpp - What prune-weights reads per layer --------===//
//
// A score array is taken in the weight constant's own layout when its shape
// is the constant's, or in the framework's ([out, in], OIHW) when its shape
// is that, mapped through the weight's (output, input) view; a shape that is
// both but orders elements differently needs scores-layout=. Reference
// weights are always in the constant's layout.
//
//===----------------------------------------------------------------------===//

#include "PruneWeightsInputs.h"

#include "Prune/Support/Diagnostics.h"
#include "Prune/Support/ImportanceScores.h"

#include "llvm/ADT/StringSet.h"

using namespace mlir;
using namespace mlir::prune;

InFlightDiagnostic prune::emitLayerMismatch(const WeightUse &use, bool &fits) {
  fits = false;
  return use.consumer->emitOpError()
         << kPassName << ": layer '" << use.layerName << "' ";
}

LogicalResult
prune::attachReferenceWeights(ModuleOp module, StringRef path,
                              MutableArrayRef<WeightRecord> records) {
  llvm::Expected<std::vector<HostArray>> loaded = readNumpyFile(path);
  if (!loaded)
    return emitOptionError(module.getLoc(), kPassName,
                           "reference-weights=" + path.str(),
                           llvm::toString(loaded.takeError()));
  llvm::StringMap<const HostArray *> byName;
  for (const HostArray &array : *loaded)
    byName[array.name] = &array;
  bool fits = true;
  for (WeightRecord &record : records) {
    // Every layer with statistics and float weights is fit to them.
    if (!record.buffer || !record.stats || record.dense.empty())
      continue;
    const WeightUse &use = record.use;
    auto mismatch = [&] { return emitLayerMismatch(use, fits); };
    const HostArray *array = byName.lookup(use.layerName);
    if (!array) {
      mismatch() << "has no weights in reference-weights file '" << path << "'";
      continue;
    }
    ArrayRef<int64_t> shape = cast<ShapedType>(use.value.getType()).getShape();
    if (ArrayRef<int64_t>(array->shape) != shape ||
        (array->kind != HostElementKind::F32 &&
         array->kind != HostElementKind::F64)) {
      mismatch() << "has reference weights " << array->describe() << " in '"
                 << path << "', expected " << formatShape(shape)
                 << " float32 or float64 (the weight constant's own layout)";
      continue;
    }
    auto elementAt = [&](int64_t index) {
      return array->kind == HostElementKind::F32
                 ? double(reinterpret_cast<const float *>(array->data())[index])
                 : reinterpret_cast<const double *>(array->data())[index];
    };
    const WeightView &view = *use.view;
    for (int64_t r = 0; r < view.rows; ++r)
      for (int64_t c = 0; c < view.cols; ++c)
        record.dense[r * view.cols + c] = elementAt(view.linearIndex(r, c));
    for (int64_t i = 0; i < record.buffer->size(); ++i)
      if (record.buffer->isZero(i))
        record.currentZeros.push_back(i);
  }
  return success(fits);
}

/// Whether framework element k is storage element k for every k: then the
/// two layouts of a shape that fits both are the same.
static bool isIdentity(ArrayRef<int64_t> frameworkToStorage) {
  for (auto [k, index] : llvm::enumerate(frameworkToStorage))
    if (index != int64_t(k))
      return false;
  return true;
}

LogicalResult prune::attachScores(ModuleOp module, StringRef path,
                                  ScoresLayout scoresLayout,
                                  MutableArrayRef<WeightRecord> records) {
  llvm::Expected<ImportanceScores> loaded = readImportanceScores(path);
  if (!loaded)
    return emitOptionError(module.getLoc(), kPassName, "scores=" + path.str(),
                           llvm::toString(loaded.takeError()));
  // Keys that name no layer: most likely a file of another model or names
  // from the framework rather than the report. The layers that matter are
  // checked below (each must have its array), so this only warns.
  llvm::StringSet<> layerNames;
  for (const WeightRecord &record : records)
    layerNames.insert(record.use.layerName);
  for (const NamedLayer &layer : collectNamedLayers(module))
    layerNames.insert(layer.name);
  for (const HostArray &array : loaded->arrays)
    if (!layerNames.contains(array.name))
      emitWarning(module.getLoc())
          << kPassName << ": scores file '" << path << "' has array '"
          << array.name
          << "', which names no layer of the model (layer names are the "
             "ones report= prints); it is ignored";

  bool fits = true;
  for (WeightRecord &record : records) {
    if (!record.buffer)
      continue;
    const WeightUse &use = record.use;
    auto mismatch = [&] { return emitLayerMismatch(use, fits); };
    const HostArray *array = loaded->lookup(use.layerName);
    if (!array) {
      mismatch() << "has no scores in '" << path
                 << "' (every pruned layer needs an array keyed by its name; "
                    "layers=REGEX restricts the pass to some layers)";
      continue;
    }
    SmallVector<int64_t> irShape =
        llvm::to_vector(cast<ShapedType>(use.value.getType()).getShape());
    SmallVector<int64_t> frameworkShape;
    if (use.view)
      frameworkShape = use.view->getFrameworkShape();
    ArrayRef<int64_t> given = array->shape;
    bool fitsIR = given == ArrayRef<int64_t>(irShape);
    // A view that does not cover every element (it always does for the
    // ops the analysis knows) has no framework layout to map from.
    bool fitsFramework =
        use.view &&
        use.view->rows * use.view->cols == int64_t(record.buffer->size()) &&
        given == ArrayRef<int64_t>(frameworkShape);
    if (scoresLayout == ScoresLayout::IR)
      fitsFramework = false;
    if (scoresLayout == ScoresLayout::Framework)
      fitsIR = false;
    if (!fitsIR && !fitsFramework) {
      std::string irText = "IR layout " + formatShape(irShape);
      std::string frameworkText =
          use.view ? "framework layout " + formatShape(frameworkShape)
                   : "no framework layout (" + use.viewError + ")";
      std::string expected =
          scoresLayout == ScoresLayout::IR          ? irText
          : scoresLayout == ScoresLayout::Framework ? frameworkText
          : use.view ? irText + " or " + frameworkText
                     : irText + "; the layer has " + frameworkText;
      mismatch() << "has scores of shape " << formatShape(given) << " in '"
                 << path << "', expected " << expected;
      continue;
    }
    SmallVector<int64_t> frameworkToStorage;
    if (fitsFramework)
      frameworkToStorage = use.view->getFrameworkToStorage();
    if (fitsIR && fitsFramework) {
      if (!isIdentity(frameworkToStorage)) {
        mismatch() << "has scores of shape " << formatShape(given) << " in '"
                   << path
                   << "', which is both its IR layout and its framework "
                      "layout, ordered differently (the weight is stored "
                      "transposed); say which with scores-layout=ir or "
                      "scores-layout=framework";
        continue;
      }
      fitsFramework = false;
    }
    std::string error;
    std::optional<std::vector<float>> values =
        getImportanceValues(*array, error);
    if (!values) {
      mismatch() << "scores in '" << path << "' " << error;
      continue;
    }
    if (fitsIR) {
      record.elementScores = std::move(*values);
      record.scoresLayoutName = "ir";
      continue;
    }
    record.elementScores.assign(values->size(), 0.0f);
    for (auto [k, index] : llvm::enumerate(frameworkToStorage))
      record.elementScores[index] = (*values)[k];
    record.scoresLayoutName = "framework";
  }
  return success(fits);
}
