//===- TreeAnalysis.cpp - Decision trees and split conditions -------------===//
//
// Matches split conditions, tracks the values a feature may take along a path
// (an interval plus a NaN flag, refined by each ordered or unordered
// comparison), and reads decision trees (prune.counts or prune.value on
// splits and leaf terminators, with prune.impurity and prune.weight where the
// importer wrote them) into a preorder node list like scikit-learn's.
//
//===----------------------------------------------------------------------===//

#include "Prune/Analysis/TreeAnalysis.h"

#include "Prune/Dialect/PruneDialect.h"
#include "Prune/Support/Diagnostics.h"

#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/Matchers.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/FormatVariadic.h"

#include <cmath>
#include <limits>

using namespace mlir;
using namespace mlir::prune;

//===----------------------------------------------------------------------===//
// Features and conditions
//===----------------------------------------------------------------------===//

bool FeatureRef::operator<(const FeatureRef &other) const {
  if (source != other.source)
    return source.getAsOpaquePointer() < other.source.getAsOpaquePointer();
  return indices < other.indices;
}

std::string FeatureRef::str() const {
  std::string text;
  if (auto arg = dyn_cast<BlockArgument>(source))
    text = "arg" + std::to_string(arg.getArgNumber());
  else
    text = "value";
  if (!indices.empty()) {
    text += "[";
    for (auto [i, index] : llvm::enumerate(indices))
      text += (i ? ", " : "") + std::to_string(index);
    text += "]";
  }
  return text;
}

static std::optional<FeatureRef> matchFeature(Value value) {
  if (!isa<FloatType>(value.getType()))
    return std::nullopt;
  auto extract = value.getDefiningOp<tensor::ExtractOp>();
  if (!extract)
    return FeatureRef{value, {}};
  FeatureRef feature{extract.getTensor(), {}};
  for (Value index : extract.getIndices()) {
    APInt constant;
    if (!matchPattern(index, m_ConstantInt(&constant)))
      return std::nullopt;
    feature.indices.push_back(constant.getSExtValue());
  }
  return feature;
}

static std::optional<double> matchFloatConstant(Value value) {
  FloatAttr attr;
  if (!matchPattern(value, m_Constant(&attr)))
    return std::nullopt;
  return attr.getValueAsDouble();
}

/// The predicate P' with `t P' x` == `x P t`.
static arith::CmpFPredicate swapPredicate(arith::CmpFPredicate predicate) {
  using P = arith::CmpFPredicate;
  switch (predicate) {
  case P::OGT: return P::OLT;
  case P::OGE: return P::OLE;
  case P::OLT: return P::OGT;
  case P::OLE: return P::OGE;
  case P::UGT: return P::ULT;
  case P::UGE: return P::ULE;
  case P::ULT: return P::UGT;
  case P::ULE: return P::UGE;
  default: return predicate; // symmetric
  }
}

std::optional<SplitCondition> mlir::prune::matchSplitCondition(Value condition) {
  auto cmp = condition.getDefiningOp<arith::CmpFOp>();
  if (!cmp)
    return std::nullopt;
  if (std::optional<double> rhs = matchFloatConstant(cmp.getRhs())) {
    // A constant compared with a constant is a feature whose domain is a
    // point: it folds like any other condition.
    if (std::optional<FeatureRef> lhs = matchFeature(cmp.getLhs()))
      return SplitCondition{*lhs, cmp.getPredicate(), *rhs};
  }
  if (std::optional<double> lhs = matchFloatConstant(cmp.getLhs()))
    if (std::optional<FeatureRef> rhs = matchFeature(cmp.getRhs()))
      return SplitCondition{*rhs, swapPredicate(cmp.getPredicate()), *lhs};
  return std::nullopt;
}

//===----------------------------------------------------------------------===//
// FeatureDomain
//===----------------------------------------------------------------------===//

namespace {
/// The order relation of a comparison predicate, and whether NaN makes it
/// false (ordered) or true (unordered).
enum class Relation { LT, LE, GT, GE, EQ, NE, Ordered, False, True };
} // namespace

static std::pair<Relation, bool> decompose(arith::CmpFPredicate predicate) {
  using P = arith::CmpFPredicate;
  switch (predicate) {
  case P::AlwaysFalse: return {Relation::False, true};
  case P::AlwaysTrue: return {Relation::True, true};
  case P::OEQ: return {Relation::EQ, true};
  case P::OGT: return {Relation::GT, true};
  case P::OGE: return {Relation::GE, true};
  case P::OLT: return {Relation::LT, true};
  case P::OLE: return {Relation::LE, true};
  case P::ONE: return {Relation::NE, true};
  case P::ORD: return {Relation::Ordered, true};
  case P::UEQ: return {Relation::EQ, false};
  case P::UGT: return {Relation::GT, false};
  case P::UGE: return {Relation::GE, false};
  case P::ULT: return {Relation::LT, false};
  case P::ULE: return {Relation::LE, false};
  case P::UNE: return {Relation::NE, false};
  case P::UNO: return {Relation::Ordered, false};
  }
  llvm_unreachable("unknown cmpf predicate");
}

namespace {
/// An interval of the real line with open or closed ends.
struct Interval {
  double lo, hi;
  bool loOpen, hiOpen;

  static Interval all() {
    double inf = std::numeric_limits<double>::infinity();
    return {-inf, inf, true, true};
  }
  static Interval empty() { return {1.0, 0.0, false, false}; }
  bool isEmpty() const { return lo > hi || (lo == hi && (loOpen || hiOpen)); }
  bool contains(double x) const {
    return (x > lo || (x == lo && !loOpen)) && (x < hi || (x == hi && !hiOpen));
  }
  Interval intersect(const Interval &other) const {
    Interval result = *this;
    if (other.lo > lo || (other.lo == lo && other.loOpen))
      result.lo = other.lo, result.loOpen = other.loOpen;
    if (other.hi < hi || (other.hi == hi && other.hiOpen))
      result.hi = other.hi, result.hiOpen = other.hiOpen;
    return result;
  }
  bool isSubsetOf(const Interval &other) const {
    if (isEmpty())
      return true;
    bool loInside = lo > other.lo || (lo == other.lo && (loOpen || !other.loOpen));
    bool hiInside = hi < other.hi || (hi == other.hi && (hiOpen || !other.hiOpen));
    return loInside && hiInside;
  }
};
} // namespace

/// The values x with `x relation t`, as an interval; for NE (not an interval)
/// the whole line, which keeps refinement sound.
static Interval relationInterval(Relation relation, double t) {
  double inf = std::numeric_limits<double>::infinity();
  switch (relation) {
  case Relation::LT: return {-inf, t, true, true};
  case Relation::LE: return {-inf, t, true, false};
  case Relation::GT: return {t, inf, true, true};
  case Relation::GE: return {t, inf, false, true};
  case Relation::EQ: return {t, t, false, false};
  case Relation::NE:
  case Relation::Ordered:
  case Relation::True: return Interval::all();
  case Relation::False: return Interval::empty();
  }
  llvm_unreachable("unknown relation");
}

static Relation complement(Relation relation) {
  switch (relation) {
  case Relation::LT: return Relation::GE;
  case Relation::LE: return Relation::GT;
  case Relation::GT: return Relation::LE;
  case Relation::GE: return Relation::LT;
  case Relation::EQ: return Relation::NE;
  case Relation::NE: return Relation::EQ;
  case Relation::Ordered: return Relation::False;
  case Relation::False: return Relation::True;
  case Relation::True: return Relation::False;
  }
  llvm_unreachable("unknown relation");
}

FeatureDomain FeatureDomain::getAny() {
  Interval all = Interval::all();
  FeatureDomain domain;
  domain.lo = all.lo, domain.hi = all.hi;
  domain.loOpen = domain.hiOpen = true;
  domain.mayBeNaN = true;
  return domain;
}

FeatureDomain FeatureDomain::getRange(double lo, double hi) {
  FeatureDomain domain;
  domain.lo = lo, domain.hi = hi;
  domain.loOpen = domain.hiOpen = false;
  domain.mayBeNaN = false;
  return domain;
}

FeatureDomain FeatureDomain::getInitial(const FeatureRef &feature) {
  if (feature.indices.empty())
    if (std::optional<double> constant = matchFloatConstant(feature.source))
      return std::isnan(*constant) ? getRange(1.0, 0.0).withNaN()
                                   : getRange(*constant, *constant);
  auto arg = dyn_cast<BlockArgument>(feature.source);
  if (!arg || !arg.getOwner()->isEntryBlock())
    return getAny();
  Operation *parent = arg.getOwner()->getParentOp();
  if (!isa<FunctionOpInterface>(parent))
    return getAny();
  if (auto range = getArgumentRange(parent, arg.getArgNumber()))
    return getRange(range->first, range->second);
  return getAny();
}

FeatureDomain FeatureDomain::withNaN() const {
  FeatureDomain result = *this;
  result.mayBeNaN = true;
  return result;
}

bool FeatureDomain::isEmpty() const {
  return !mayBeNaN && Interval{lo, hi, loOpen, hiOpen}.isEmpty();
}

std::optional<bool> FeatureDomain::evaluate(arith::CmpFPredicate predicate,
                                            double threshold) const {
  auto [relation, ordered] = decompose(predicate);
  if (relation == Relation::True)
    return true;
  if (relation == Relation::False)
    return false;
  Interval values{lo, hi, loOpen, hiOpen};
  bool numbersTrue, numbersFalse; // every / no number satisfies the relation
  if (relation == Relation::Ordered) {
    numbersTrue = true;
    numbersFalse = values.isEmpty();
  } else if (relation == Relation::NE) {
    numbersTrue = !values.contains(threshold);
    numbersFalse = values.isSubsetOf(relationInterval(Relation::EQ, threshold));
  } else {
    Interval holds = relationInterval(relation, threshold);
    numbersTrue = values.isSubsetOf(holds);
    numbersFalse = values.intersect(holds).isEmpty();
  }
  // NaN makes an ordered comparison false and an unordered one true.
  bool alwaysTrue = numbersTrue && (!mayBeNaN || !ordered);
  bool alwaysFalse = numbersFalse && (!mayBeNaN || ordered);
  if (relation == Relation::Ordered) // ord / uno: true / false for numbers
    std::tie(alwaysTrue, alwaysFalse) =
        ordered ? std::make_pair(!mayBeNaN, values.isEmpty())
                : std::make_pair(values.isEmpty(), !mayBeNaN);
  if (alwaysTrue)
    return true;
  if (alwaysFalse)
    return false;
  return std::nullopt;
}

FeatureDomain FeatureDomain::refine(arith::CmpFPredicate predicate,
                                    double threshold, bool outcome) const {
  auto [relation, ordered] = decompose(predicate);
  Relation numbers = outcome ? relation : complement(relation);
  Interval values =
      Interval{lo, hi, loOpen, hiOpen}.intersect(relationInterval(numbers, threshold));
  FeatureDomain result = *this;
  result.lo = values.lo, result.hi = values.hi;
  result.loOpen = values.loOpen, result.hiOpen = values.hiOpen;
  // NaN remains possible where NaN gives this outcome.
  result.mayBeNaN = mayBeNaN && (ordered ? !outcome : outcome);
  return result;
}

std::string mlir::prune::formatNumber(double value) {
  return llvm::formatv("{0}", llvm::format("%.9g", value)).str();
}

std::string FeatureDomain::str() const {
  std::string text;
  if (!Interval{lo, hi, loOpen, hiOpen}.isEmpty())
    text = llvm::formatv("{0}{1}, {2}{3}", loOpen ? "(" : "[", formatNumber(lo),
                         formatNumber(hi), hiOpen ? ")" : "]")
               .str();
  if (mayBeNaN)
    text += text.empty() ? "NaN" : " or NaN";
  return text.empty() ? "no value" : text;
}

//===----------------------------------------------------------------------===//
// Decision trees
//===----------------------------------------------------------------------===//

double TreeNode::total() const {
  double sum = 0.0;
  for (double count : counts)
    sum += count;
  return sum;
}

std::optional<double> TreeNode::getWeight() const {
  if (weight)
    return weight;
  if (!counts.empty())
    return total();
  return std::nullopt;
}

int64_t DecisionTree::getNumLeaves() const {
  return llvm::count_if(nodes, [](const TreeNode &n) { return n.isLeaf(); });
}

int64_t DecisionTree::getDepth() const {
  int64_t depth = 0;
  for (const TreeNode &node : nodes)
    depth = std::max<int64_t>(depth, node.depth);
  return depth;
}

scf::IfOp mlir::prune::getYieldedSplit(Region &region) {
  if (!region.hasOneBlock())
    return nullptr;
  Operation *terminator = region.front().getTerminator();
  if (terminator->getNumOperands() != 1)
    return nullptr;
  auto split = terminator->getOperand(0).getDefiningOp<scf::IfOp>();
  if (!split || split->getBlock() != &region.front() || !isTreeNode(split))
    return nullptr;
  return split;
}

/// Reads the node attributes of `op` (a split or a leaf's terminator).
static void readNodeAttrs(Operation *op, TreeNode &node) {
  if (!op)
    return;
  if (DenseF64ArrayAttr counts = getNodeCounts(op))
    node.counts = llvm::to_vector(counts.asArrayRef());
  if (DenseF64ArrayAttr values = getNodeValue(op))
    node.values = llvm::to_vector(values.asArrayRef());
  node.impurity = getNodeImpurity(op);
  node.weight = getNodeWeight(op);
  node.number = getNodeNumber(op);
}

static int addSplitNode(DecisionTree &tree, scf::IfOp split, int parent,
                        int depth) {
  int index = tree.nodes.size();
  TreeNode node;
  node.split = split;
  readNodeAttrs(split, node);
  node.parent = parent;
  node.depth = depth;
  tree.nodes.push_back(std::move(node));
  for (unsigned r = 0; r < 2; ++r) {
    Region &region = split->getRegion(r);
    int child;
    if (scf::IfOp childSplit = getYieldedSplit(region)) {
      child = addSplitNode(tree, childSplit, index, depth + 1);
    } else {
      child = tree.nodes.size();
      TreeNode leaf;
      leaf.leafTerminator =
          region.empty() ? nullptr : region.front().getTerminator();
      readNodeAttrs(leaf.leafTerminator, leaf);
      leaf.parent = index;
      leaf.depth = depth + 1;
      tree.nodes.push_back(std::move(leaf));
    }
    tree.nodes[index].children[r] = child;
  }
  return index;
}

DecisionTree mlir::prune::buildDecisionTree(scf::IfOp root, StringRef name) {
  DecisionTree tree;
  tree.name = name.str();
  tree.root = root;
  addSplitNode(tree, root, /*parent=*/-1, /*depth=*/0);
  return tree;
}

/// Whether `split` is a child node of an enclosing split.
static bool isChildSplit(scf::IfOp split) {
  auto parent = dyn_cast_or_null<scf::IfOp>(split->getParentOp());
  return parent && isTreeNode(parent) &&
         getYieldedSplit(*split->getParentRegion()) == split;
}

SmallVector<DecisionTree> mlir::prune::collectDecisionTrees(Operation *op) {
  SmallVector<std::pair<scf::IfOp, std::string>> roots;
  llvm::StringMap<int> treesPerFunction;
  op->walk<WalkOrder::PreOrder>([&](scf::IfOp split) {
    if (!isTreeNode(split) || isChildSplit(split))
      return;
    std::string function = getParentFunctionName(split).str();
    ++treesPerFunction[function];
    roots.push_back({split, function});
  });
  SmallVector<DecisionTree> trees;
  llvm::StringMap<int> seen;
  for (auto &[root, function] : roots) {
    std::string name = "@" + function;
    int k = seen[function]++;
    if (treesPerFunction[function] > 1)
      name += "#" + std::to_string(k);
    trees.push_back(buildDecisionTree(root, name));
  }
  return trees;
}
