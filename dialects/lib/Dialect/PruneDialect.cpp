//===- PruneDialect.cpp - The prune dialect -------------------------------===//
//
// Verifies the discardable attributes of the prune dialect. `prune.counts`
// sits on decision-tree nodes: an scf.if split or the terminator of a leaf;
// its counts are finite and non-negative, and a split checks that its
// children have as many classes as itself, so that every node of a tree
// agrees without any node looking further than one level down.
// `prune.value` (regression and boosted trees) follows the same rules with
// finite values of any sign; `prune.impurity` and `prune.weight` are finite
// f64 numbers (the weight non-negative) on a node that has counts or a value.
// `prune.range` sits on function arguments and is a closed interval.
// `prune.observe` checks that its feature dimension exists and that an
// im2col window is well formed.
//
//===----------------------------------------------------------------------===//

#include "Prune/Dialect/PruneDialect.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/TypeUtilities.h"
#include "mlir/Interfaces/FunctionInterfaces.h"

#include <cmath>

using namespace mlir;
using namespace mlir::prune;

#include "Prune/Dialect/PruneDialect.cpp.inc"
#include "Prune/Dialect/PruneEnums.cpp.inc"

#define GET_OP_CLASSES
#include "Prune/Dialect/PruneOps.cpp.inc"

void PruneDialect::initialize() {
  addOperations<
#define GET_OP_LIST
#include "Prune/Dialect/PruneOps.cpp.inc"
      >();
}

LogicalResult ObserveOp::verify() {
  int64_t rank = getValue().getType().getRank();
  // I64Attr reads back as unsigned; a negative dimension is what was written.
  int64_t featureDim = static_cast<int64_t>(getFeatureDim());
  if (featureDim < 0 || featureDim >= rank)
    return emitOpError() << "feature dimension " << featureDim
                         << " is out of range for a rank-" << rank
                         << " value";
  if (getLayer().empty())
    return emitOpError() << "needs a layer name";
  if (getOutput().empty())
    return emitOpError() << "needs an output path for its statistics";
  if (std::optional<ArrayRef<int64_t>> window = getIm2col()) {
    if (window->size() != 10)
      return emitOpError() << "'im2col' needs 10 values (KH, KW, SH, SW, PT, "
                              "PB, PL, PR, DH, DW), got "
                           << window->size();
    if (rank != 4 || featureDim != 3 || getRole() == ObserveRole::Output)
      return emitOpError() << "'im2col' observes the NHWC input of a "
                              "convolution: rank 4, dim 3, role input or "
                              "reference";
    const int64_t *w = window->data();
    if (w[0] < 1 || w[1] < 1 || w[2] < 1 || w[3] < 1 || w[8] < 1 || w[9] < 1)
      return emitOpError() << "'im2col' kernel sizes, strides and dilations "
                              "must be positive";
    if (w[4] < 0 || w[5] < 0 || w[6] < 0 || w[7] < 0)
      return emitOpError() << "'im2col' paddings must be non-negative";
  }
  return success();
}

DenseF64ArrayAttr mlir::prune::getNodeCounts(Operation *op) {
  return op->getAttrOfType<DenseF64ArrayAttr>(PruneDialect::kCountsAttrName);
}

void mlir::prune::setNodeCounts(Operation *op, ArrayRef<double> counts) {
  if (counts.empty()) {
    op->removeAttr(PruneDialect::kCountsAttrName);
    return;
  }
  op->setAttr(PruneDialect::kCountsAttrName,
              DenseF64ArrayAttr::get(op->getContext(), counts));
}

DenseF64ArrayAttr mlir::prune::getNodeValue(Operation *op) {
  return op->getAttrOfType<DenseF64ArrayAttr>(PruneDialect::kValueAttrName);
}

static std::optional<double> getF64Attr(Operation *op, StringRef name) {
  if (auto attr = op->getAttrOfType<FloatAttr>(name))
    return attr.getValueAsDouble();
  return std::nullopt;
}

std::optional<double> mlir::prune::getNodeImpurity(Operation *op) {
  return getF64Attr(op, PruneDialect::kImpurityAttrName);
}

std::optional<double> mlir::prune::getNodeWeight(Operation *op) {
  return getF64Attr(op, PruneDialect::kWeightAttrName);
}

std::optional<int64_t> mlir::prune::getNodeNumber(Operation *op) {
  if (auto attr = op->getAttrOfType<IntegerAttr>(PruneDialect::kNodeAttrName))
    return attr.getInt();
  return std::nullopt;
}

bool mlir::prune::isTreeNode(Operation *op) {
  return getNodeCounts(op) || getNodeValue(op);
}

void mlir::prune::copyNodeAttrs(Operation *from, Operation *to) {
  for (StringRef name :
       {PruneDialect::kCountsAttrName, PruneDialect::kValueAttrName,
        PruneDialect::kImpurityAttrName, PruneDialect::kWeightAttrName,
        PruneDialect::kNodeAttrName}) {
    if (Attribute attr = from ? from->getAttr(name) : Attribute())
      to->setAttr(name, attr);
    else
      to->removeAttr(name);
  }
}

std::optional<std::pair<double, double>>
mlir::prune::getArgumentRange(Operation *funcOp, unsigned index) {
  auto func = dyn_cast<FunctionOpInterface>(funcOp);
  if (!func || index >= func.getNumArguments())
    return std::nullopt;
  auto range =
      func.getArgAttrOfType<DenseF64ArrayAttr>(index, PruneDialect::kRangeAttrName);
  if (!range || range.size() != 2)
    return std::nullopt;
  return std::make_pair(range[0], range[1]);
}

/// Checks the class counts (or values) of a split against those of its direct
/// children (leaf terminators and nested splits in its regions).
static LogicalResult verifyChildSizes(scf::IfOp split, StringRef attrName,
                                      StringRef what, size_t size) {
  for (Region *region : {&split.getThenRegion(), &split.getElseRegion()}) {
    for (Operation &child : region->getOps()) {
      auto array = child.getAttrOfType<DenseF64ArrayAttr>(attrName);
      if (!array || array.size() == static_cast<int64_t>(size))
        continue;
      return split.emitOpError()
             << "'" << attrName << "' has " << size << " " << what
             << " but a child node ('" << child.getName().getStringRef()
             << "') has " << array.size();
    }
  }
  return success();
}

/// Whether `op` may carry decision-tree node attributes.
static LogicalResult verifyNodePlacement(Operation *op, StringRef attrName) {
  // Any terminator: lowering keeps a leaf's attributes (func.return becomes
  // llvm.return).
  if (isa<scf::IfOp>(op) || op->hasTrait<OpTrait::IsTerminator>())
    return success();
  return op->emitOpError() << "'" << attrName
                           << "' belongs on a decision-tree node: an scf.if "
                              "split or the terminator (scf.yield, "
                              "func.return) of a leaf";
}

/// `prune.impurity` / `prune.weight`: a finite f64 on a tree node.
static LogicalResult verifyNodeNumber(Operation *op, NamedAttribute attr,
                                      bool nonNegative) {
  StringRef name = attr.getName().getValue();
  auto number = dyn_cast<FloatAttr>(attr.getValue());
  if (!number || !number.getType().isF64())
    return op->emitOpError() << "'" << name << "' must be an f64 number";
  double value = number.getValueAsDouble();
  if (!std::isfinite(value) || (nonNegative && value < 0.0))
    return op->emitOpError()
           << "'" << name << "' is " << value << "; it must be "
           << (nonNegative ? "finite and non-negative" : "finite");
  if (failed(verifyNodePlacement(op, name)))
    return failure();
  if (!isTreeNode(op))
    return op->emitOpError() << "'" << name
                             << "' needs 'prune.counts' or 'prune.value' on "
                                "the same node";
  return success();
}

LogicalResult PruneDialect::verifyOperationAttribute(Operation *op,
                                                     NamedAttribute attr) {
  if (attr.getName() == kCountsAttrName) {
    auto counts = dyn_cast<DenseF64ArrayAttr>(attr.getValue());
    if (!counts)
      return op->emitOpError()
             << "'" << kCountsAttrName
             << "' must be an array<f64: ...> of class counts";
    if (counts.empty())
      return op->emitOpError()
             << "'" << kCountsAttrName << "' must have at least one class";
    for (auto [i, count] : llvm::enumerate(counts.asArrayRef()))
      if (!std::isfinite(count) || count < 0.0)
        return op->emitOpError()
               << "'" << kCountsAttrName << "' count " << i << " is " << count
               << "; class counts must be finite and non-negative";
    if (failed(verifyNodePlacement(op, kCountsAttrName)))
      return failure();
    if (auto split = dyn_cast<scf::IfOp>(op))
      return verifyChildSizes(split, kCountsAttrName, "classes", counts.size());
    return success();
  }
  if (attr.getName() == kValueAttrName) {
    auto values = dyn_cast<DenseF64ArrayAttr>(attr.getValue());
    if (!values || values.empty())
      return op->emitOpError()
             << "'" << kValueAttrName
             << "' must be a non-empty array<f64: ...> of predicted values";
    for (auto [i, value] : llvm::enumerate(values.asArrayRef()))
      if (!std::isfinite(value))
        return op->emitOpError()
               << "'" << kValueAttrName << "' value " << i << " is " << value
               << "; values must be finite";
    if (failed(verifyNodePlacement(op, kValueAttrName)))
      return failure();
    if (auto split = dyn_cast<scf::IfOp>(op))
      return verifyChildSizes(split, kValueAttrName, "values", values.size());
    return success();
  }
  if (attr.getName() == kImpurityAttrName)
    return verifyNodeNumber(op, attr, /*nonNegative=*/false);
  if (attr.getName() == kWeightAttrName)
    return verifyNodeNumber(op, attr, /*nonNegative=*/true);
  if (attr.getName() == kNodeAttrName) {
    auto number = dyn_cast<IntegerAttr>(attr.getValue());
    if (!number || !number.getType().isInteger(64) || number.getInt() < 0)
      return op->emitOpError() << "'" << kNodeAttrName
                               << "' must be a non-negative i64 node number";
    if (failed(verifyNodePlacement(op, kNodeAttrName)))
      return failure();
    if (!isTreeNode(op))
      return op->emitOpError() << "'" << kNodeAttrName
                               << "' needs 'prune.counts' or 'prune.value' on "
                                  "the same node";
    return success();
  }
  if (attr.getName() == kRangeAttrName)
    return op->emitOpError() << "'" << kRangeAttrName
                             << "' belongs on a function argument";
  if (attr.getName() == kLayerAttrName) {
    auto name = dyn_cast<StringAttr>(attr.getValue());
    if (!name || name.getValue().empty())
      return op->emitOpError() << "'" << kLayerAttrName
                               << "' must be a non-empty string (the layer's "
                                  "name)";
    return success();
  }
  return op->emitOpError() << "unknown prune dialect attribute '"
                           << attr.getName().getValue() << "'";
}

/// `prune.name` on an argument or result: a non-empty string.
static LogicalResult verifyNameAttr(Operation *op, StringRef what,
                                    unsigned index, NamedAttribute attr) {
  auto name = dyn_cast<StringAttr>(attr.getValue());
  if (!name || name.getValue().empty())
    return op->emitOpError()
           << "'" << PruneDialect::kNameAttrName << "' of " << what << " "
           << index << " must be a non-empty string";
  return success();
}

LogicalResult PruneDialect::verifyRegionResultAttribute(Operation *op,
                                                        unsigned regionIndex,
                                                        unsigned resultIndex,
                                                        NamedAttribute attr) {
  if (attr.getName() == kNameAttrName)
    return verifyNameAttr(op, "result", resultIndex, attr);
  return op->emitOpError() << "unknown prune dialect result attribute '"
                           << attr.getName().getValue() << "'";
}

LogicalResult PruneDialect::verifyRegionArgAttribute(Operation *op,
                                                     unsigned regionIndex,
                                                     unsigned argIndex,
                                                     NamedAttribute attr) {
  if (attr.getName() == kNameAttrName)
    return verifyNameAttr(op, "argument", argIndex, attr);
  if (attr.getName() != kRangeAttrName)
    return op->emitOpError() << "unknown prune dialect argument attribute '"
                             << attr.getName().getValue() << "'";
  auto range = dyn_cast<DenseF64ArrayAttr>(attr.getValue());
  if (!range || range.size() != 2)
    return op->emitOpError() << "'" << kRangeAttrName << "' of argument "
                             << argIndex << " must be array<f64: LO, HI>";
  double lo = range[0], hi = range[1];
  if (std::isnan(lo) || std::isnan(hi) || !(lo <= hi))
    return op->emitOpError()
           << "'" << kRangeAttrName << "' of argument " << argIndex
           << " must have LO <= HI (got [" << lo << ", " << hi << "])";
  if (regionIndex < op->getNumRegions() && !op->getRegion(regionIndex).empty()) {
    Type type = op->getRegion(regionIndex).getArgument(argIndex).getType();
    Type elementType = getElementTypeOrSelf(type);
    // Lowering to LLVM keeps argument attributes while memrefs become
    // pointers and descriptors (e.g. llvm.emit_c_interface wrappers): the
    // range still describes the data behind them.
    bool lowered = type.getDialect().getNamespace() == "llvm";
    if (!lowered && !elementType.isIntOrIndexOrFloat())
      return op->emitOpError()
             << "'" << kRangeAttrName << "' of argument " << argIndex
             << " needs a numeric argument, not " << type;
  }
  return success();
}
