//===- WeightAnalysis.cpp - Find the weights of a model in IR -------------===//
//
// Weights are found from their consumers: for every layer
// (PrunableLayerOpInterface), the candidate operand that traces back to a
// constant through layout ops is its weight. The layout ops on the way
// (transposes and reshapes, as torch-mlir and the TFLite importer emit
// around every Linear layer) are folded into a strided view, and the
// layer's weight dimensions say which of the view's dimensions are rows
// (outputs) and columns (inputs), so that structured patterns can address
// the weight as (output, input).
//
//===----------------------------------------------------------------------===//

#include "Prune/Analysis/WeightAnalysis.h"

#include "Prune/Dialect/PruneDialect.h"
#include "Prune/Interfaces/StridedLayout.h"

#include "mlir/IR/DialectResourceBlobManager.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/Remarks.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLExtras.h"

using namespace mlir;
using namespace mlir::prune;

/// The layout op that `use` is the layout source of, if any.
static Operation *getLayoutUser(OpOperand &use) {
  auto flow = dyn_cast<ValueFlowOpInterface>(use.getOwner());
  return flow && flow.getLayoutSource() == use.get() ? use.getOwner()
                                                     : nullptr;
}

static FailureOr<WeightView> buildWeightView(PrunableLayerOpInterface layer,
                                             unsigned weightOperand,
                                             ArrayRef<int64_t> constantShape,
                                             ArrayRef<Operation *> chain,
                                             std::string &error) {
  // `chain` runs from the consumer back to the constant; the view is built
  // from the constant forward.
  StridedLayout layout = StridedLayout::getRowMajor(constantShape);
  for (Operation *op : llvm::reverse(chain))
    if (failed(cast<ValueFlowOpInterface>(op).applyToLayout(layout, error)))
      return failure();
  FailureOr<WeightDimensions> dims =
      layer.getWeightDimensions(weightOperand, error);
  if (failed(dims))
    return failure();
  SmallVector<int64_t> columnDims = dims->windowDims;
  llvm::append_range(columnDims, dims->channelDims);
  WeightView view;
  view.rowOffsets = layout.enumerateOffsets(dims->outputDims);
  view.colOffsets = layout.enumerateOffsets(columnDims);
  view.rows = view.rowOffsets.size();
  view.cols = view.colOffsets.size();
  for (int64_t dim : dims->windowDims)
    view.windowShape.push_back(layout.sizes[dim]);
  return view;
}

SmallVector<int64_t> WeightView::getFrameworkShape() const {
  if (windowShape.empty())
    return {rows, cols};
  int64_t windowSize = 1;
  for (int64_t size : windowShape)
    windowSize *= size;
  SmallVector<int64_t> shape = {rows, windowSize ? cols / windowSize : 0};
  llvm::append_range(shape, windowShape);
  return shape;
}

SmallVector<int64_t> WeightView::getFrameworkToStorage() const {
  SmallVector<int64_t> shape = getFrameworkShape();
  int64_t channels = shape[1];
  int64_t windowSize = channels ? cols / channels : 0;
  // Framework order: row, channel, then the window row-major; view columns
  // are window * channels + channel.
  SmallVector<int64_t> map;
  map.reserve(rows * cols);
  for (int64_t r = 0; r < rows; ++r)
    for (int64_t ch = 0; ch < channels; ++ch)
      for (int64_t w = 0; w < windowSize; ++w)
        map.push_back(linearIndex(r, w * channels + ch));
  return map;
}

//===----------------------------------------------------------------------===//
// Zero points and names
//===----------------------------------------------------------------------===//

static int64_t getWeightZeroPoint(PrunableLayerOpInterface layer,
                                  unsigned weightOperand) {
  std::optional<unsigned> zpIndex =
      layer.getWeightZeroPointOperand(weightOperand);
  if (!zpIndex)
    return 0;
  // A tensor of one zero point (TOSA) or a scalar (linalg.quantized_*).
  Attribute zp;
  if (!matchPattern(layer->getOperand(*zpIndex), m_Constant(&zp)))
    return 0;
  if (auto scalar = dyn_cast<IntegerAttr>(zp))
    return scalar.getValue().getSExtValue();
  auto elements = dyn_cast<DenseIntElementsAttr>(zp);
  if (!elements || elements.empty())
    return 0;
  return (*elements.begin()).getSExtValue();
}

std::string prune::getLayerName(Operation *consumer,
                                unsigned indexInFunction) {
  if (auto recorded =
          consumer->getAttrOfType<StringAttr>(PruneDialect::kLayerAttrName);
      recorded && !recorded.getValue().empty())
    return recorded.str();
  std::string name = getNameFromLocation(consumer->getLoc());
  if (!name.empty())
    return name;
  StringRef function = getParentFunctionName(consumer);
  return (function.empty() ? "module" : function.str()) + "#" +
         std::to_string(indexInFunction);
}

//===----------------------------------------------------------------------===//
// Collection
//===----------------------------------------------------------------------===//

/// Returns a description of the first use of `constantOp` (directly, or
/// through layout ops and calls that pass it into a private function) that
/// is not the weight operand of a layer.
static std::string findNonWeightUse(Operation *constantOp) {
  SmallVector<Value> worklist = {constantOp->getResult(0)};
  while (!worklist.empty()) {
    Value value = worklist.pop_back_val();
    for (OpOperand &use : value.getUses()) {
      if (Operation *layoutUser = getLayoutUser(use)) {
        worklist.push_back(layoutUser->getResult(0));
        continue;
      }
      if (Value argument = getCalleeArgument(use)) {
        worklist.push_back(argument);
        continue;
      }
      Operation *user = use.getOwner();
      std::optional<unsigned> index = getWeightOperandIndex(user);
      if (!index || *index != use.getOperandNumber())
        return "'" + user->getName().getStringRef().str() + "' operand #" +
               std::to_string(use.getOperandNumber());
    }
  }
  return "";
}

/// Counts, for every dense_resource blob under `root`, the operations whose
/// attributes refer to it. Pruning writes a blob in place (or replaces it
/// under the same name), so it must belong to the weight's constant alone.
static llvm::DenseMap<void *, unsigned>
countResourceReferences(Operation *root) {
  llvm::DenseMap<void *, unsigned> counts;
  root->walk([&](Operation *op) {
    llvm::SmallPtrSet<void *, 2> seen;
    op->getAttrDictionary().walk([&](DenseResourceElementsAttr attr) {
      void *resource = attr.getRawHandle().getResource();
      if (seen.insert(resource).second)
        ++counts[resource];
    });
  });
  return counts;
}

SmallVector<NamedLayer> prune::collectNamedLayers(Operation *root) {
  SmallVector<NamedLayer> layers;
  // Per function: the layers seen, and how often each name was given.
  struct FunctionLayers {
    unsigned count = 0;
    llvm::StringMap<unsigned> uses;
  };
  llvm::DenseMap<Operation *, FunctionLayers> perFunction;
  root->walk<WalkOrder::PreOrder>([&](Operation *op) {
    std::optional<unsigned> weightOperand = getWeightOperandIndex(op);
    if (!weightOperand)
      return;
    Operation *function = op->getParentOfType<FunctionOpInterface>();
    FunctionLayers &seen = perFunction[function];
    std::string name = getLayerName(op, seen.count++);
    // Converters give several ops one location (prune-import-onnx's
    // convolution per group, a loop unrolled by the exporter); statistics
    // and reports must tell their layers apart: the second in a function is
    // `<name>#1`, the third `<name>#2`, ... Across functions names may repeat:
    // prune-calibrate observes a dense copy beside the model under its
    // layers' names.
    llvm::StringMap<unsigned> &uses = seen.uses;
    if (unsigned index = uses[name]++) {
      std::string unique = name + "#" + std::to_string(index);
      while (uses.contains(unique))
        unique = name + "#" + std::to_string(index = uses[name]++);
      uses[unique] = 1;
      name = std::move(unique);
    }
    layers.push_back({op, *weightOperand, std::move(name)});
  });
  return layers;
}

SmallVector<WeightUse, 0> prune::collectWeightUses(Operation *root) {
  SmallVector<WeightUse, 0> uses;
  std::optional<llvm::DenseMap<void *, unsigned>> resourceReferences;
  llvm::DenseMap<Operation *, size_t> useOfConstant;
  SmallVector<Operation *> chain;
  for (NamedLayer &layer : collectNamedLayers(root)) {
    Operation *constantOp =
        traceToConstant(layer.op->getOperand(layer.weightOperand), chain);
    auto [seen, isNew] = useOfConstant.try_emplace(constantOp, uses.size());
    if (!isNew) {
      ++uses[seen->second].numConsumers;
      continue;
    }

    auto interface = cast<PrunableLayerOpInterface>(layer.op);
    WeightUse use;
    use.consumer = layer.op;
    use.weightOperand = layer.weightOperand;
    use.constantOp = constantOp;
    matchPattern(constantOp, m_Constant(&use.value));
    use.layerName = std::move(layer.name);
    use.zeroPoint = getWeightZeroPoint(interface, use.weightOperand);
    auto shape = cast<RankedTensorType>(use.value.getType()).getShape();
    FailureOr<WeightView> view = buildWeightView(interface, use.weightOperand,
                                                 shape, chain, use.viewError);
    if (succeeded(view))
      use.view = std::move(*view);
    std::string nonWeightUse = findNonWeightUse(constantOp);
    if (!nonWeightUse.empty())
      use.skipReason = "the constant is also used by " + nonWeightUse;
    if (auto resource = dyn_cast<DenseResourceElementsAttr>(use.value);
        resource && use.skipReason.empty()) {
      if (!resourceReferences)
        resourceReferences = countResourceReferences(root);
      DenseResourceElementsHandle handle = resource.getRawHandle();
      if (resourceReferences->lookup(handle.getResource()) > 1)
        use.skipReason = "its dense_resource blob '" + handle.getKey().str() +
                         "' is also used by another operation";
    }
    uses.push_back(std::move(use));
  }
  return uses;
}

/// Says where a layer's weight candidate comes from when it is no constant.
static std::string describeNonConstantWeight(Operation *layer,
                                             unsigned operandIndex) {
  std::string text = "'" + layer->getName().getStringRef().str() +
                     "' operand #" + std::to_string(operandIndex);
  Value value = layer->getOperand(operandIndex);
  while (Operation *def = value.getDefiningOp()) {
    auto flow = dyn_cast<ValueFlowOpInterface>(def);
    Value source = flow ? flow.getLayoutSource() : Value();
    if (!source)
      return text + " is computed by '" + def->getName().getStringRef().str() +
             "'";
    value = source;
  }
  auto arg = cast<BlockArgument>(value);
  auto func =
      dyn_cast_or_null<FunctionOpInterface>(arg.getOwner()->getParentOp());
  if (!func)
    return text + " is a block argument";
  return text + " is argument #" + std::to_string(arg.getArgNumber()) +
         " of @" + func.getName().str();
}

SmallVector<FunctionWithoutWeights>
prune::findFunctionsWithoutWeights(Operation *root, ArrayRef<WeightUse> uses) {
  llvm::DenseSet<Operation *> consumers;
  for (const WeightUse &use : uses)
    consumers.insert(use.consumer);
  SmallVector<FunctionWithoutWeights> result;
  root->walk([&](FunctionOpInterface func) {
    if (func.isExternal())
      return;
    FunctionWithoutWeights entry{func, 0, "", 0};
    func.getFunctionBody().walk([&](PrunableLayerOpInterface layer) {
      SmallVector<unsigned> candidates = layer.getWeightOperandCandidates();
      if (candidates.empty())
        return;
      if (consumers.contains(layer) || getWeightOperandIndex(layer)) {
        ++entry.numLayersWithWeights;
        return;
      }
      // With constants on several operands it computes a constant: no layer.
      if (llvm::any_of(candidates, [&](unsigned i) {
            return traceToConstant(layer->getOperand(i)) != nullptr;
          }))
        return;
      if (entry.numLayers++ == 0)
        entry.example = describeNonConstantWeight(layer, candidates.back());
    });
    if (entry.numLayers > 0)
      result.push_back(std::move(entry));
  });
  return result;
}

void prune::emitNoWeightRemarks(Operation *root, ArrayRef<WeightUse> uses,
                                StringRef pass) {
  for (FunctionWithoutWeights &entry :
       findFunctionsWithoutWeights(root, uses)) {
    auto opts = remark::RemarkOpts::name("NoConstantWeights")
                    .category(pass)
                    .function(entry.function.getName());
    if (entry.numLayersWithWeights == 0)
      remark::missed(entry.function.getLoc(), opts) << remark::reason(
          "no constant weights found in @{0}: {1} layer(s) without one, "
          "e.g. {2}",
          entry.function.getName(), entry.numLayers, entry.example);
    else
      remark::missed(entry.function.getLoc(), opts) << remark::reason(
          "{0} of {1} layers in @{2} have no constant weight, e.g. {3}",
          entry.numLayers, entry.numLayers + entry.numLayersWithWeights,
          entry.function.getName(), entry.example);
  }
}

void prune::recordLayerName(Operation *consumer, StringRef name) {
  MLIRContext *context = consumer->getContext();
  if (!consumer->hasAttr(PruneDialect::kLayerAttrName))
    consumer->setAttr(PruneDialect::kLayerAttrName,
                      StringAttr::get(context, name));
  // A NameLoc survives the lowerings that drop discardable attributes
  // (tosa-to-linalg keeps locations).
  if (getNameFromLocation(consumer->getLoc()) != name)
    consumer->setLoc(
        NameLoc::get(StringAttr::get(context, name), consumer->getLoc()));
}

void prune::recordLayerNames(Operation *root) {
  for (const NamedLayer &layer : collectNamedLayers(root))
    recordLayerName(layer.op, layer.name);
}
