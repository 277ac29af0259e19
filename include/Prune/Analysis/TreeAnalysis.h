//===- TreeAnalysis.h - Decision trees and split conditions -----*- C++ -*-===//
//
// Reads decision trees out of IR in the form of docs/DESIGN.md ("Decision trees
// in IR"): splits are scf.if on arith.cmpf of one feature against a constant,
// nodes carry prune.counts (classification) or prune.value (regression and
// boosted trees), and may carry the library's prune.impurity and
// prune.weight. Also the value sets (`FeatureDomain`) that the
// conditions on a path and the declared prune.range allow a feature to take,
// which decide whether a branch can be reached at all.
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_ANALYSIS_TREEANALYSIS_H
#define PRUNE_ANALYSIS_TREEANALYSIS_H

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Interfaces/FunctionInterfaces.h"

#include <optional>
#include <string>

namespace mlir::prune {

/// One scalar feature: element `indices` of the tensor `source`
/// (`tensor.extract %source[constant indices]`), or the scalar `source`.
struct FeatureRef {
  Value source;
  SmallVector<int64_t> indices;

  bool operator<(const FeatureRef &other) const;
  bool operator==(const FeatureRef &other) const {
    return source == other.source && indices == other.indices;
  }
  /// "%x[13]"-style text for remarks ("arg0[13]" for function arguments).
  std::string str() const;
};

/// A split condition `feature PREDICATE threshold`, normalized so that the
/// feature is on the left.
struct SplitCondition {
  FeatureRef feature;
  arith::CmpFPredicate predicate;
  double threshold;
};

/// Matches `arith.cmpf` of a feature against a constant (either side).
std::optional<SplitCondition> matchSplitCondition(Value condition);

/// A set of values a floating-point feature may take: an interval (ends open
/// or closed) and whether NaN is possible. Sound, not exact: a union of
/// intervals (after `x == t` is false, say) is kept as its hull.
class FeatureDomain {
public:
  /// Every value, NaN included.
  static FeatureDomain getAny();
  /// The closed interval [lo, hi], no NaN (a declared prune.range).
  static FeatureDomain getRange(double lo, double hi);
  /// This domain with NaN added.
  FeatureDomain withNaN() const;
  /// The domain of `feature` before any condition: its function argument's
  /// prune.range if declared, its value if constant, else any value.
  static FeatureDomain getInitial(const FeatureRef &feature);

  /// Whether `x PREDICATE threshold` holds for every value of the domain
  /// (true), for none (false), or depends on the value (nullopt).
  std::optional<bool> evaluate(arith::CmpFPredicate predicate,
                               double threshold) const;
  /// The values of the domain for which `x PREDICATE threshold == outcome`.
  FeatureDomain refine(arith::CmpFPredicate predicate, double threshold,
                       bool outcome) const;
  bool isEmpty() const;
  std::string str() const;

private:
  double lo, hi;
  bool loOpen, hiOpen, mayBeNaN;
};

/// One node of a decision tree read from IR.
struct TreeNode {
  /// The split, or null for a leaf.
  scf::IfOp split;
  /// For a leaf: the terminator yielding its scores (carries prune.counts).
  Operation *leafTerminator = nullptr;
  SmallVector<double> counts;
  /// prune.value: what the node predicts as a leaf (regression, boosting).
  SmallVector<double> values;
  /// prune.impurity and prune.weight, if recorded.
  std::optional<double> impurity, weight;
  /// prune.node: the library's node number, if recorded.
  std::optional<int64_t> number;
  /// Node indices of the then (x goes left) and else children; -1 for leaves.
  int children[2] = {-1, -1};
  int parent = -1;
  int depth = 0;

  bool isLeaf() const { return !split; }
  /// The sum of the class counts.
  double total() const;
  /// The weighted training samples: prune.weight, else the counts' sum, else
  /// none.
  std::optional<double> getWeight() const;
};

/// A decision tree: the splits carrying prune.counts or prune.value rooted at
/// `root`, nodes in preorder (node 0 is the root, then-subtree before
/// else-subtree, as scikit-learn numbers them).
struct DecisionTree {
  std::string name;
  scf::IfOp root;
  SmallVector<TreeNode, 0> nodes;

  int64_t getNumNodes() const { return nodes.size(); }
  int64_t getNumLeaves() const;
  int64_t getDepth() const;
};

/// Reads the tree rooted at `root` (an scf.if with prune.counts).
DecisionTree buildDecisionTree(scf::IfOp root, StringRef name);

/// Finds every decision tree under `op`: each scf.if tree node that
/// is not a child of another such split. Trees are named after their
/// function (`@f`, or `@f#k` for the k-th tree of a function with several).
SmallVector<DecisionTree> collectDecisionTrees(Operation *op);

/// `value` with up to 9 significant digits ("0.40625", "1e-05") for remarks.
std::string formatNumber(double value);

/// The split whose result a region yields, if it is a tree node.
scf::IfOp getYieldedSplit(Region &region);

} // namespace mlir::prune

#endif // PRUNE_ANALYSIS_TREEANALYSIS_H
