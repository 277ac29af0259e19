//===- WeightAnalysis.cpp - Find the weights of a model in IR -------------===//
//
// Weights are found from their consumers: for every contraction, the operand
// that traces back to a constant through layout-only ops is its weight. The
// layout ops on the way (transposes and reshapes, as torch-mlir and the TFLite
// importer emit around every Linear layer) are folded into a strided view so
// that structured patterns can address the weight as (output, input).
//
//===----------------------------------------------------------------------===//

#include "Prune/Analysis/WeightAnalysis.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "mlir/IR/Matchers.h"
#include "mlir/Interfaces/FunctionInterfaces.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLExtras.h"

using namespace mlir;
using namespace mlir::prune;

//===----------------------------------------------------------------------===//
// Layout-only chains
//===----------------------------------------------------------------------===//

/// Returns the layout source of `op` if it only moves elements around
/// (transpose, reshape), else null.
static Value getLayoutSource(Operation *op) {
  if (auto transpose = dyn_cast<tosa::TransposeOp>(op))
    return transpose.getInput1();
  if (auto reshape = dyn_cast<tosa::ReshapeOp>(op))
    return reshape.getInput1();
  if (auto collapse = dyn_cast<tensor::CollapseShapeOp>(op))
    return collapse.getSrc();
  if (auto expand = dyn_cast<tensor::ExpandShapeOp>(op))
    return expand.getSrc();
  if (auto transpose = dyn_cast<linalg::TransposeOp>(op))
    return transpose.getInput();
  return {};
}

/// Follows `value` back through layout-only ops to a constant. Returns the
/// constant op and fills `chain` with the layout ops, innermost (next to the
/// constant) first.
static Operation *traceToConstant(Value value,
                                  SmallVectorImpl<Operation *> &chain) {
  chain.clear();
  while (Operation *def = value.getDefiningOp()) {
    if (Value source = getLayoutSource(def)) {
      chain.push_back(def);
      value = source;
      continue;
    }
    ElementsAttr attr;
    if (matchPattern(def, m_Constant(&attr)) &&
        isa<RankedTensorType>(attr.getType()))
      return def;
    return nullptr;
  }
  return nullptr;
}

//===----------------------------------------------------------------------===//
// Strided views through transposes and reshapes
//===----------------------------------------------------------------------===//

namespace {
/// A tensor whose element at multi-index i is the constant's element at
/// linear index sum(i[d] * strides[d]).
struct StridedLayout {
  SmallVector<int64_t> sizes;
  SmallVector<int64_t> strides;
};
} // namespace

static StridedLayout getRowMajorLayout(ArrayRef<int64_t> shape) {
  StridedLayout layout;
  layout.sizes.assign(shape.begin(), shape.end());
  layout.strides.resize(shape.size());
  int64_t stride = 1;
  for (int64_t d = shape.size() - 1; d >= 0; --d) {
    layout.strides[d] = stride;
    stride *= shape[d];
  }
  return layout;
}

/// Reshapes a strided layout without moving data, as numpy's no-copy reshape
/// does: each group of old dimensions that maps onto a group of new ones must
/// be contiguous. Fails when the reshape would need a copy.
static FailureOr<StridedLayout> reshapeLayout(const StridedLayout &from,
                                              ArrayRef<int64_t> newShape) {
  SmallVector<int64_t> oldSizes, oldStrides;
  for (auto [size, stride] : llvm::zip(from.sizes, from.strides)) {
    if (size == 1)
      continue;
    oldSizes.push_back(size);
    oldStrides.push_back(stride);
  }
  SmallVector<int64_t> newSizes, newDimOf;
  for (auto [d, size] : llvm::enumerate(newShape)) {
    if (size == 1)
      continue;
    newSizes.push_back(size);
    newDimOf.push_back(d);
  }
  SmallVector<int64_t> newStrides(newSizes.size(), 0);
  size_t oi = 0, oj = 1, ni = 0, nj = 1;
  while (ni < newSizes.size() && oi < oldSizes.size()) {
    int64_t np = newSizes[ni], op = oldSizes[oi];
    while (np != op) {
      if (np < op) {
        if (nj >= newSizes.size())
          return failure();
        np *= newSizes[nj++];
      } else {
        if (oj >= oldSizes.size())
          return failure();
        op *= oldSizes[oj++];
      }
    }
    for (size_t ok = oi; ok + 1 < oj; ++ok)
      if (oldStrides[ok] != oldSizes[ok + 1] * oldStrides[ok + 1])
        return failure();
    newStrides[nj - 1] = oldStrides[oj - 1];
    for (size_t nk = nj - 1; nk > ni; --nk)
      newStrides[nk - 1] = newStrides[nk] * newSizes[nk];
    ni = nj++;
    oi = oj++;
  }
  if (ni != newSizes.size() || oi != oldSizes.size())
    return failure();

  StridedLayout result;
  result.sizes.assign(newShape.begin(), newShape.end());
  result.strides.assign(newShape.size(), 0);
  for (auto [i, d] : llvm::enumerate(newDimOf))
    result.strides[d] = newStrides[i];
  return result;
}

static StridedLayout permuteLayout(const StridedLayout &from,
                                   ArrayRef<int64_t> perm) {
  StridedLayout result;
  for (int64_t p : perm) {
    result.sizes.push_back(from.sizes[p]);
    result.strides.push_back(from.strides[p]);
  }
  return result;
}

/// Applies the layout ops of `chain` (innermost first) to the constant's
/// row-major layout, giving the layout of the consumer's operand.
static FailureOr<StridedLayout>
getOperandLayout(ArrayRef<int64_t> constantShape,
                 ArrayRef<Operation *> chain, std::string &error) {
  StridedLayout layout = getRowMajorLayout(constantShape);
  for (Operation *op : chain) {
    if (auto transpose = dyn_cast<tosa::TransposeOp>(op)) {
      SmallVector<int64_t> perm(transpose.getPerms().begin(),
                                transpose.getPerms().end());
      layout = permuteLayout(layout, perm);
      continue;
    }
    if (auto transpose = dyn_cast<linalg::TransposeOp>(op)) {
      layout = permuteLayout(layout, transpose.getPermutation());
      continue;
    }
    auto resultType = dyn_cast<RankedTensorType>(op->getResult(0).getType());
    if (!resultType || !resultType.hasStaticShape()) {
      error = "'" + op->getName().getStringRef().str() +
              "' on the weight path has a dynamic result shape";
      return failure();
    }
    FailureOr<StridedLayout> reshaped =
        reshapeLayout(layout, resultType.getShape());
    if (failed(reshaped)) {
      error = "'" + op->getName().getStringRef().str() +
              "' on the weight path reorders elements in a way that is not a "
              "strided view";
      return failure();
    }
    layout = *reshaped;
  }
  return layout;
}

//===----------------------------------------------------------------------===//
// Consumers: which operand is the weight and what its dimensions mean
//===----------------------------------------------------------------------===//

namespace {
/// How the dimensions of a consumer's weight operand split into output
/// (rows) and reduction (columns) dimensions. Columns list window dims first
/// and channel dims last.
struct DimensionRoles {
  SmallVector<int64_t> rowDims;
  SmallVector<int64_t> colDims;
};
} // namespace

static bool isLinalgWeightConsumer(Operation *op) {
  auto linalgOp = dyn_cast<linalg::LinalgOp>(op);
  if (!linalgOp || !linalgOp.hasPureTensorSemantics())
    return false;
  // Pooling ops reduce over a shape-only window tensor: no weights there.
  if (op->getName().getStringRef().starts_with("linalg.pooling_"))
    return false;
  if (linalgOp.getNumReductionLoops() == 0)
    return false;
  // A linalg.generic is a layer only when its body multiplies and
  // accumulates; other reductions (distances to constant centroids, max of
  // sums...) take constants that are not weights.
  if (auto generic = dyn_cast<linalg::GenericOp>(op);
      generic && !linalg::detail::isContractionBody(
                     *generic.getBlock(), [](Operation *mul, Operation *add) {
                       return (isa<arith::MulFOp>(mul) &&
                               isa<arith::AddFOp>(add)) ||
                              (isa<arith::MulIOp>(mul) &&
                               isa<arith::AddIOp>(add));
                     }))
    return false;
  unsigned tensorInputs = llvm::count_if(
      linalgOp.getDpsInputOperands(), [](OpOperand *operand) {
        return isa<RankedTensorType>(operand->get().getType());
      });
  return tensorInputs >= 2;
}

/// Candidate weight operands of a consumer, or none if `op` is not one.
static SmallVector<unsigned> getCandidateWeightOperands(Operation *op) {
  if (isa<tosa::MatMulOp>(op))
    return {0, 1};
  if (isa<tosa::Conv2DOp, tosa::Conv3DOp, tosa::DepthwiseConv2DOp,
          tosa::TransposeConv2DOp>(op))
    return {1};
  if (isLinalgWeightConsumer(op)) {
    SmallVector<unsigned> candidates;
    for (OpOperand *operand :
         cast<linalg::LinalgOp>(op).getDpsInputOperands())
      if (isa<RankedTensorType>(operand->get().getType()))
        candidates.push_back(operand->getOperandNumber());
    return candidates;
  }
  return {};
}

std::optional<unsigned> prune::getWeightOperandIndex(Operation *consumer) {
  std::optional<unsigned> found;
  SmallVector<Operation *> chain;
  for (unsigned index : getCandidateWeightOperands(consumer)) {
    if (!traceToConstant(consumer->getOperand(index), chain))
      continue;
    // Two constant operands: a constant computation, not a layer.
    if (found)
      return std::nullopt;
    found = index;
  }
  return found;
}

static FailureOr<DimensionRoles> getDimensionRoles(Operation *consumer,
                                                   unsigned operandIndex,
                                                   std::string &error) {
  DimensionRoles roles;
  if (isa<tosa::MatMulOp>(consumer)) {
    // a: [N, H, K], b: [N, K, W]; K is the reduction.
    if (operandIndex == 1)
      roles = {{0, 2}, {1}};
    else
      roles = {{0, 1}, {2}};
    return roles;
  }
  if (isa<tosa::Conv2DOp, tosa::TransposeConv2DOp>(consumer))
    return DimensionRoles{{0}, {1, 2, 3}}; // [OC, KH, KW, IC]
  if (isa<tosa::Conv3DOp>(consumer))
    return DimensionRoles{{0}, {1, 2, 3, 4}}; // [OC, KD, KH, KW, IC]
  if (isa<tosa::DepthwiseConv2DOp>(consumer))
    return DimensionRoles{{2, 3}, {0, 1}}; // [KH, KW, C, M]

  auto linalgOp = cast<linalg::LinalgOp>(consumer);
  OpOperand &weight = consumer->getOpOperand(operandIndex);
  AffineMap weightMap = linalgOp.getMatchingIndexingMap(&weight);
  SmallVector<utils::IteratorType> iterators =
      linalgOp.getIteratorTypesArray();
  // A reduction loop that some other input indexes directly is a channel
  // (it pairs weight columns with input features); one that only appears
  // inside an expression such as `oh + kh` is a window position.
  llvm::SmallDenseSet<unsigned> channelLoops =
      getDirectlyIndexedLoops(linalgOp, weight);
  SmallVector<int64_t> windowDims, channelDims;
  for (auto [d, expr] : llvm::enumerate(weightMap.getResults())) {
    auto dim = dyn_cast<AffineDimExpr>(expr);
    if (!dim) {
      error = "weight dimension " + std::to_string(d) +
              " is indexed by a compound expression";
      return failure();
    }
    if (iterators[dim.getPosition()] == utils::IteratorType::parallel)
      roles.rowDims.push_back(d);
    else if (channelLoops.contains(dim.getPosition()))
      channelDims.push_back(d);
    else
      windowDims.push_back(d);
  }
  roles.colDims = windowDims;
  llvm::append_range(roles.colDims, channelDims);
  return roles;
}

/// Offsets of every combination of `dims` (row-major over `dims`).
static SmallVector<int64_t> enumerateOffsets(const StridedLayout &layout,
                                             ArrayRef<int64_t> dims) {
  SmallVector<int64_t> offsets = {0};
  for (int64_t d : dims) {
    SmallVector<int64_t> next;
    next.reserve(offsets.size() * layout.sizes[d]);
    for (int64_t base : offsets)
      for (int64_t i = 0; i < layout.sizes[d]; ++i)
        next.push_back(base + i * layout.strides[d]);
    offsets = std::move(next);
  }
  return offsets;
}

static FailureOr<WeightView> buildWeightView(Operation *consumer,
                                             unsigned operandIndex,
                                             ArrayRef<int64_t> constantShape,
                                             ArrayRef<Operation *> chain,
                                             std::string &error) {
  FailureOr<StridedLayout> layout =
      getOperandLayout(constantShape, chain, error);
  if (failed(layout))
    return failure();
  FailureOr<DimensionRoles> roles =
      getDimensionRoles(consumer, operandIndex, error);
  if (failed(roles))
    return failure();
  WeightView view;
  view.rowOffsets = enumerateOffsets(*layout, roles->rowDims);
  view.colOffsets = enumerateOffsets(*layout, roles->colDims);
  view.rows = view.rowOffsets.size();
  view.cols = view.colOffsets.size();
  return view;
}

//===----------------------------------------------------------------------===//
// Zero points and names
//===----------------------------------------------------------------------===//

/// The weight zero point of a quantized TOSA consumer, 0 otherwise.
static int64_t getWeightZeroPoint(Operation *consumer, unsigned operandIndex) {
  std::optional<unsigned> zpIndex;
  if (isa<tosa::MatMulOp>(consumer))
    zpIndex = operandIndex == 1 ? 3 : 2;
  else if (isa<tosa::Conv2DOp, tosa::Conv3DOp, tosa::DepthwiseConv2DOp,
               tosa::TransposeConv2DOp>(consumer))
    zpIndex = 4;
  if (!zpIndex)
    return 0;
  DenseIntElementsAttr zp;
  if (!matchPattern(consumer->getOperand(*zpIndex), m_Constant(&zp)) ||
      zp.empty())
    return 0;
  return (*zp.begin()).getSExtValue();
}

std::string prune::getLayerName(Operation *consumer,
                                unsigned indexInFunction) {
  std::string name;
  consumer->getLoc()->walk([&](Location loc) {
    if (auto nameLoc = dyn_cast<NameLoc>(loc)) {
      name = nameLoc.getName().str();
      return WalkResult::interrupt();
    }
    return WalkResult::advance();
  });
  if (!name.empty())
    return name;
  std::string function = "module";
  if (auto func = consumer->getParentOfType<FunctionOpInterface>())
    function = func.getName().str();
  return function + "#" + std::to_string(indexInFunction);
}

//===----------------------------------------------------------------------===//
// Collection
//===----------------------------------------------------------------------===//

/// Returns a description of the first use of `constantOp` (directly or
/// through layout ops) that is not the weight operand of a weight consumer.
static std::string findNonWeightUse(Operation *constantOp) {
  SmallVector<Operation *> worklist = {constantOp};
  while (!worklist.empty()) {
    Operation *op = worklist.pop_back_val();
    for (OpOperand &use : op->getUses()) {
      Operation *user = use.getOwner();
      if (getLayoutSource(user) == use.get()) {
        worklist.push_back(user);
        continue;
      }
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

llvm::SmallDenseSet<unsigned>
prune::getDirectlyIndexedLoops(linalg::LinalgOp op, OpOperand &weight) {
  llvm::SmallDenseSet<unsigned> loops;
  for (OpOperand *input : op.getDpsInputOperands()) {
    if (input == &weight)
      continue;
    for (AffineExpr expr : op.getMatchingIndexingMap(input).getResults())
      if (auto dim = dyn_cast<AffineDimExpr>(expr))
        loops.insert(dim.getPosition());
  }
  return loops;
}

SmallVector<WeightUse, 0> prune::collectWeightUses(Operation *root) {
  SmallVector<WeightUse, 0> uses;
  std::optional<llvm::DenseMap<void *, unsigned>> resourceReferences;
  llvm::DenseSet<Operation *> seenConstants;
  llvm::DenseMap<Operation *, unsigned> consumersPerFunction;
  SmallVector<Operation *> chain;
  root->walk<WalkOrder::PreOrder>([&](Operation *op) {
    std::optional<unsigned> index = getWeightOperandIndex(op);
    if (!index)
      return;
    Operation *function = op->getParentOfType<FunctionOpInterface>();
    unsigned indexInFunction = consumersPerFunction[function]++;
    Operation *constantOp = traceToConstant(op->getOperand(*index), chain);
    if (!seenConstants.insert(constantOp).second)
      return;

    WeightUse use;
    use.consumer = op;
    use.constantOp = constantOp;
    matchPattern(constantOp, m_Constant(&use.value));
    use.layerName = getLayerName(op, indexInFunction);
    use.zeroPoint = getWeightZeroPoint(op, *index);
    // `chain` runs from the consumer back to the constant; views are built
    // from the constant forward.
    SmallVector<Operation *> forwardChain(llvm::reverse(chain));
    auto shape = cast<RankedTensorType>(use.value.getType()).getShape();
    FailureOr<WeightView> view =
        buildWeightView(op, *index, shape, forwardChain, use.viewError);
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
  });
  return uses;
}
