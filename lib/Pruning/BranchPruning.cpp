//===- BranchPruning.cpp - Remove decision-tree splits and branches -------===//
//
// Exact rules walk each block in order, carrying the domain of every feature
// compared so far on the path (starting from the declared prune.range); a
// split whose outcome the domain decides is replaced by its taken side, whose
// ops are then visited in turn. After both sides of a split are simplified
// (each under its own refined domains), structurally equal sides mean the
// split computes the same result either way: it is replaced by one side,
// with the class counts of both summed. This is sound because each side was
// only simplified in ways that preserve its value on its own path.
//
// Approximate rules work on the DecisionTree read from the IR and only
// choose splits; SplitRemover rewrites them into leaves.
//
//===----------------------------------------------------------------------===//

#include "Prune/Pruning/BranchPruning.h"

#include "Prune/Dialect/PruneDialect.h"

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/OperationSupport.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "llvm/Support/FormatVariadic.h"

#include <cmath>
#include <limits>
#include <map>

using namespace mlir;
using namespace mlir::prune;

//===----------------------------------------------------------------------===//
// SplitRemover
//===----------------------------------------------------------------------===//

SplitRemover::SplitRemover(MLIRContext *context) : rewriter(context, this) {}

void SplitRemover::notifyOperationErased(Operation *op) {
  deadCandidates.remove(op);
}

void SplitRemover::noteCondition(scf::IfOp split) {
  if (Operation *def = split.getCondition().getDefiningOp())
    deadCandidates.insert(def);
}

/// The decision-tree node attributes of `op` (prune.counts, prune.value,
/// prune.impurity, prune.weight).
static NamedAttrList getNodeAttrs(Operation *op) {
  NamedAttrList attrs;
  for (StringRef name :
       {PruneDialect::kCountsAttrName, PruneDialect::kValueAttrName,
        PruneDialect::kImpurityAttrName, PruneDialect::kWeightAttrName,
        PruneDialect::kNodeAttrName})
    if (Attribute attr = op->getAttr(name))
      attrs.set(name, attr);
  return attrs;
}

/// Puts `attrs` (or, empty, none) as the node attributes of the terminators
/// that now yield `value`: a leaf ends there now.
static void setLeafAttrsOnUsers(Value value, const NamedAttrList &attrs) {
  for (Operation *user : value.getUsers()) {
    if (!user->hasTrait<OpTrait::IsTerminator>())
      continue;
    copyNodeAttrs(nullptr, user);
    for (NamedAttribute attr : attrs)
      user->setAttr(attr.getName(), attr.getValue());
  }
}

void SplitRemover::replaceWithRegion(scf::IfOp split, unsigned regionIndex) {
  noteCondition(split);
  Region &region = split->getRegion(regionIndex);
  if (region.empty()) { // the missing else of an scf.if without results
    rewriter.eraseOp(split);
    return;
  }
  Block *block = &region.front();
  Operation *yield = block->getTerminator();
  NamedAttrList leafAttrs = getNodeAttrs(yield);
  rewriter.inlineBlockBefore(block, split);
  SmallVector<Value> results = yield->getOperands();
  rewriter.eraseOp(yield);
  // The leaf's attributes sat on its yield; the leaf now ends where the split
  // did.
  for (Value result : split->getResults())
    setLeafAttrsOnUsers(result, leafAttrs);
  rewriter.replaceOp(split, results);
}

/// The scores of a leaf replacing `split`: its prune.value, else its counts
/// normalized to probabilities; empty if it has neither or they do not fit
/// `type`.
static SmallVector<double> getLeafScores(scf::IfOp split,
                                         RankedTensorType type) {
  SmallVector<double> scores;
  if (DenseF64ArrayAttr values = getNodeValue(split)) {
    scores.assign(values.asArrayRef().begin(), values.asArrayRef().end());
  } else if (DenseF64ArrayAttr counts = getNodeCounts(split)) {
    double total = 0.0;
    for (double count : counts.asArrayRef())
      total += count;
    if (!(total > 0.0))
      return {};
    for (double count : counts.asArrayRef())
      scores.push_back(count / total);
  }
  if (static_cast<int64_t>(scores.size()) != type.getNumElements())
    return {};
  return scores;
}

LogicalResult SplitRemover::replaceWithLeaf(scf::IfOp split) {
  if (!isTreeNode(split) || split->getNumResults() != 1)
    return failure();
  auto type = dyn_cast<RankedTensorType>(split->getResult(0).getType());
  if (!type || !type.hasStaticShape() || !isa<FloatType>(type.getElementType()))
    return failure();
  SmallVector<double> scores = getLeafScores(split, type);
  if (scores.empty())
    return failure();
  auto floatType = cast<FloatType>(type.getElementType());
  SmallVector<APFloat> elements;
  for (double score : scores) {
    APFloat value(score);
    bool lossy;
    value.convert(floatType.getFloatSemantics(), APFloat::rmNearestTiesToEven,
                  &lossy);
    elements.push_back(value);
  }
  noteCondition(split);
  rewriter.setInsertionPoint(split);
  auto leaf = arith::ConstantOp::create(rewriter, split.getLoc(), type,
                                        DenseElementsAttr::get(type, elements));
  setLeafAttrsOnUsers(split->getResult(0), getNodeAttrs(split));
  rewriter.replaceOp(split, leaf->getResults());
  return success();
}

/// The node `region` yields: its nested split, else its terminator.
static Operation *getTopNode(Region &region) {
  if (scf::IfOp nested = getYieldedSplit(region))
    return nested;
  return region.empty() ? nullptr : region.front().getTerminator();
}

void SplitRemover::mergeNodeStats(scf::IfOp split) {
  Region &into = split.getThenRegion(), &from = split.getElseRegion();
  SmallVector<Operation *> intoOps, fromOps;
  into.walk<WalkOrder::PreOrder>([&](Operation *op) { intoOps.push_back(op); });
  from.walk<WalkOrder::PreOrder>([&](Operation *op) { fromOps.push_back(op); });
  if (intoOps.size() != fromOps.size())
    return;
  for (auto [a, b] : llvm::zip(intoOps, fromOps)) {
    if (!isTreeNode(a) || !isTreeNode(b))
      continue;
    DenseF64ArrayAttr countsA = getNodeCounts(a), countsB = getNodeCounts(b);
    if (countsA && countsB && countsA.size() == countsB.size()) {
      SmallVector<double> sum;
      for (auto [x, y] : llvm::zip(countsA.asArrayRef(), countsB.asArrayRef()))
        sum.push_back(x + y);
      setNodeCounts(a, sum);
    }
    std::optional<double> weightA = getNodeWeight(a),
                          weightB = getNodeWeight(b);
    if (weightA && weightB)
      a->setAttr(PruneDialect::kWeightAttrName,
                 FloatAttr::get(Float64Type::get(a->getContext()),
                                *weightA + *weightB));
    else
      a->removeAttr(PruneDialect::kWeightAttrName);
    // The impurity of merged samples is not known from the two parts.
    if (getNodeImpurity(a) != getNodeImpurity(b))
      a->removeAttr(PruneDialect::kImpurityAttrName);
  }
  // The merged subtree's top node stands for the split's own samples.
  if (Operation *top = getTopNode(into))
    for (NamedAttribute attr : getNodeAttrs(split))
      top->setAttr(attr.getName(), attr.getValue());
}

void SplitRemover::eraseDeadConditions() {
  while (!deadCandidates.empty()) {
    Operation *op = deadCandidates.pop_back_val();
    if (!isOpTriviallyDead(op))
      continue;
    for (Value operand : op->getOperands())
      if (Operation *def = operand.getDefiningOp())
        deadCandidates.insert(def);
    rewriter.eraseOp(op);
  }
}

//===----------------------------------------------------------------------===//
// Exact rules
//===----------------------------------------------------------------------===//

namespace {
using FeatureDomains = std::map<FeatureRef, FeatureDomain>;

class ExactSimplifier {
public:
  ExactSimplifier(SplitRemover &remover, SplitRemovalCallback onRemoval)
      : remover(remover), onRemoval(onRemoval) {}

  void simplifyBlock(Block &block, const FeatureDomains &domains);
  ExactPruningCounts counts;

private:
  /// The outcome of `split`'s condition given `domains`, if decided, and why.
  std::optional<bool> decide(scf::IfOp split, const FeatureDomains &domains,
                             StringRef &rule, std::string &why);

  SplitRemover &remover;
  SplitRemovalCallback onRemoval;
};
} // namespace

static FeatureDomain lookupDomain(const FeatureDomains &domains,
                                  const FeatureRef &feature) {
  auto it = domains.find(feature);
  return it != domains.end() ? it->second : FeatureDomain::getInitial(feature);
}

std::optional<bool> ExactSimplifier::decide(scf::IfOp split,
                                            const FeatureDomains &domains,
                                            StringRef &rule, std::string &why) {
  BoolAttr constant;
  if (matchPattern(split.getCondition(), m_Constant(&constant))) {
    rule = "constant";
    why = llvm::formatv("its condition is the constant {0}",
                        constant.getValue())
              .str();
    return constant.getValue();
  }
  std::optional<SplitCondition> condition =
      matchSplitCondition(split.getCondition());
  if (!condition)
    return std::nullopt;
  FeatureDomain domain = lookupDomain(domains, condition->feature);
  std::optional<bool> outcome =
      domain.evaluate(condition->predicate, condition->threshold);
  if (!outcome)
    return std::nullopt;
  bool isConstant = matchPattern(condition->feature.source, m_Constant());
  rule = isConstant ? "constant" : "unreachable";
  why = llvm::formatv("{0} {1} {2} is always {3} for {0} in {4}",
                      condition->feature.str(),
                      arith::stringifyCmpFPredicate(condition->predicate),
                      formatNumber(condition->threshold), *outcome ? "true" : "false",
                      domain.str())
            .str();
  return outcome;
}

void ExactSimplifier::simplifyBlock(Block &block,
                                    const FeatureDomains &domains) {
  Operation *op = block.empty() ? nullptr : &block.front();
  while (op) {
    auto split = dyn_cast<scf::IfOp>(op);
    if (!split) {
      for (Region &region : op->getRegions())
        for (Block &nested : region)
          simplifyBlock(nested, domains);
      op = op->getNextNode();
      continue;
    }

    StringRef rule;
    std::string why;
    if (std::optional<bool> outcome = decide(split, domains, rule, why)) {
      onRemoval(split, rule, why);
      ++(rule == "constant" ? counts.constant : counts.unreachable);
      // Visit the inlined ops next; `previous` survives (the condition is
      // only erased at the end).
      Operation *previous = op->getPrevNode();
      remover.replaceWithRegion(split, *outcome ? 0 : 1);
      op = previous ? previous->getNextNode() : &block.front();
      continue;
    }

    std::optional<SplitCondition> condition =
        matchSplitCondition(split.getCondition());
    for (unsigned r = 0; r < 2; ++r) {
      FeatureDomains refined = domains;
      if (condition)
        refined[condition->feature] =
            lookupDomain(domains, condition->feature)
                .refine(condition->predicate, condition->threshold, r == 0);
      for (Block &nested : split->getRegion(r))
        simplifyBlock(nested, refined);
    }

    Operation *next = op->getNextNode();
    Region &thenRegion = split.getThenRegion(), &elseRegion = split.getElseRegion();
    if (!elseRegion.empty() &&
        OperationEquivalence::isRegionEquivalentTo(
            &thenRegion, &elseRegion,
            OperationEquivalence::Flags(
                OperationEquivalence::IgnoreLocations |
                OperationEquivalence::IgnoreDiscardableAttrs))) {
      onRemoval(split, "same-result", "both sides compute the same result");
      ++counts.sameResult;
      SplitRemover::mergeNodeStats(split);
      remover.replaceWithRegion(split, 0);
    }
    op = next;
  }
}

ExactPruningCounts mlir::prune::simplifyBranchesExactly(
    Operation *op, SplitRemover &remover, SplitRemovalCallback onRemoval) {
  ExactSimplifier simplifier(remover, onRemoval);
  for (Region &region : op->getRegions())
    for (Block &block : region)
      simplifier.simplifyBlock(block, {});
  remover.eraseDeadConditions();
  return simplifier.counts;
}

//===----------------------------------------------------------------------===//
// Approximate rules
//===----------------------------------------------------------------------===//

double mlir::prune::computeImpurity(ArrayRef<double> counts,
                                    ImpurityCriterion criterion) {
  double total = 0.0;
  for (double count : counts)
    total += count;
  if (!(total > 0.0))
    return 0.0;
  bool gini = criterion != ImpurityCriterion::Entropy;
  double impurity = gini ? 1.0 : 0.0;
  for (double count : counts) {
    double p = count / total;
    if (gini)
      impurity -= p * p;
    else if (p > 0.0)
      impurity -= p * std::log2(p);
  }
  return impurity;
}

namespace {
/// The tree as the approximate rules reshape it: which nodes are leaves now,
/// and the weight and impurity of every node (when known).
struct PruningState {
  const DecisionTree &tree;
  SmallVector<bool> isLeaf;
  SmallVector<std::string> rule, why;
  SmallVector<double> weights, impurities;
  bool hasWeights = true, hasImpurities = true;

  PruningState(const DecisionTree &tree, ImpurityCriterion criterion)
      : tree(tree), rule(tree.nodes.size()), why(tree.nodes.size()) {
    bool recorded = llvm::all_of(
        tree.nodes, [](const TreeNode &node) { return node.impurity; });
    size_t numClasses = tree.nodes.front().counts.size();
    for (const TreeNode &node : tree.nodes) {
      isLeaf.push_back(node.isLeaf());
      std::optional<double> weight = node.getWeight();
      hasWeights &= weight.has_value();
      weights.push_back(weight.value_or(0.0));
      if (criterion == ImpurityCriterion::Auto && recorded) {
        impurities.push_back(*node.impurity);
        continue;
      }
      bool fromCounts = numClasses && node.counts.size() == numClasses;
      hasImpurities &= fromCounts;
      impurities.push_back(
          fromCounts ? computeImpurity(node.counts,
                                       criterion == ImpurityCriterion::Entropy
                                           ? ImpurityCriterion::Entropy
                                           : ImpurityCriterion::Gini)
                     : 0.0);
    }
  }

  double rootWeight() const { return weights.front(); }
  void collapse(int node, StringRef ruleName, std::string reason) {
    isLeaf[node] = true;
    rule[node] = ruleName.str();
    why[node] = std::move(reason);
  }
  /// Whether the node is still in the tree (no collapsed ancestor).
  bool isReachable(int node) const {
    for (int p = tree.nodes[node].parent; p >= 0; p = tree.nodes[p].parent)
      if (isLeaf[p])
        return false;
    return true;
  }

  void applyMinSamples(double minSamples) {
    for (int i = 0, e = tree.nodes.size(); i < e; ++i)
      if (!isLeaf[i] && weights[i] < minSamples)
        collapse(i, "min-samples",
                 llvm::formatv("{0} training samples < min-samples={1}",
                               formatNumber(weights[i]),
                               formatNumber(minSamples)));
  }

  void applyMinGain(double minGain) {
    // Children follow their parent in preorder: reverse order is bottom-up.
    for (int i = tree.nodes.size() - 1; i >= 0; --i) {
      const TreeNode &node = tree.nodes[i];
      int left = node.children[0], right = node.children[1];
      if (isLeaf[i] || !isLeaf[left] || !isLeaf[right])
        continue;
      double total = weights[i];
      double gain = 0.0;
      if (total > 0.0)
        gain = total / rootWeight() *
               (impurities[i] - weights[left] / total * impurities[left] -
                weights[right] / total * impurities[right]);
      if (gain < minGain)
        collapse(i, "min-gain",
                 llvm::formatv("impurity decrease {0} < min-gain={1}",
                               formatNumber(gain), formatNumber(minGain)));
    }
  }

  /// The weakest-link path from the current tree, in the order and float64
  /// arithmetic of scikit-learn's _cost_complexity_prune (sklearn/tree/
  /// _tree.pyx): node risks R(t) = w_t * I(t) / w_root; branch risks summed
  /// leaf by leaf in node order while bubbling up to every ancestor; the
  /// first candidate of smallest (R(t) - R(T_t)) / (leaves - 1) collapses;
  /// its risk difference is then added to each ancestor's branch risk.
  SmallVector<CostComplexityStep> computePath() const {
    int n = tree.nodes.size();
    // scikit-learn visits nodes by number: preorder, unless the importer
    // recorded other numbers (prune.node; best-first trees).
    SmallVector<int> order = llvm::to_vector(llvm::seq<int>(0, n));
    if (llvm::all_of(tree.nodes,
                     [](const TreeNode &node) { return node.number; }))
      llvm::stable_sort(order, [&](int a, int b) {
        return *tree.nodes[a].number < *tree.nodes[b].number;
      });
    SmallVector<double> nodeRisk(n), branchRisk(n, 0.0);
    SmallVector<int64_t> numLeaves(n, 0);
    SmallVector<bool> isCandidate(n, false), isCurrentLeaf(n, false);
    for (int i = 0; i < n; ++i)
      nodeRisk[i] = weights[i] * impurities[i] / rootWeight();
    for (int i = 0; i < n; ++i) {
      if (!isReachable(i))
        continue;
      isCurrentLeaf[i] = isLeaf[i];
      isCandidate[i] = !isLeaf[i];
    }
    for (int leaf : order) {
      if (!isCurrentLeaf[leaf])
        continue;
      branchRisk[leaf] = nodeRisk[leaf];
      for (int p = tree.nodes[leaf].parent; p >= 0; p = tree.nodes[p].parent) {
        branchRisk[p] += nodeRisk[leaf];
        ++numLeaves[p];
      }
    }
    auto countNodes = [&] {
      return isCandidate[0] ? 2 * numLeaves[0] - 1 : int64_t(1);
    };
    SmallVector<CostComplexityStep> path;
    path.push_back({-1, 0.0, branchRisk[0], countNodes()});
    while (isCandidate[0]) {
      double weakestAlpha = std::numeric_limits<double>::max();
      int weakest = -1;
      for (int i : order) {
        if (!isCandidate[i])
          continue;
        double alpha = (nodeRisk[i] - branchRisk[i]) / double(numLeaves[i] - 1);
        if (alpha < weakestAlpha)
          weakestAlpha = alpha, weakest = i;
      }
      if (weakest < 0)
        break; // every candidate's alpha is NaN or infinite
      // The collapsed split's descendants leave the tree.
      SmallVector<int> stack{weakest};
      while (!stack.empty()) {
        int node = stack.pop_back_val();
        isCandidate[node] = false;
        if (!tree.nodes[node].isLeaf())
          stack.append(
              {tree.nodes[node].children[0], tree.nodes[node].children[1]});
      }
      int64_t prunedLeaves = numLeaves[weakest] - 1;
      numLeaves[weakest] = 0;
      double riskDiff = nodeRisk[weakest] - branchRisk[weakest];
      branchRisk[weakest] = nodeRisk[weakest];
      for (int p = tree.nodes[weakest].parent; p >= 0;
           p = tree.nodes[p].parent) {
        numLeaves[p] -= prunedLeaves;
        branchRisk[p] += riskDiff;
      }
      path.push_back({weakest, weakestAlpha, branchRisk[0], countNodes()});
    }
    return path;
  }

  void applyCostComplexity(double alpha) {
    SmallVector<CostComplexityStep> path = computePath();
    for (const CostComplexityStep &step : llvm::drop_begin(path)) {
      if (alpha < step.alpha)
        return;
      collapse(step.node, "ccp-alpha",
               llvm::formatv("effective alpha {0} <= ccp-alpha={1}",
                             formatNumber(step.alpha), formatNumber(alpha)));
    }
  }
};
} // namespace

/// Whether the rules of `options` have what they need on `tree`: weights for
/// every rule, impurities for min-gain and ccp-alpha.
static LogicalResult checkTreeStatistics(const PruningState &state,
                                         const TreePruningOptions &options,
                                         bool needsImpurity, std::string &why) {
  if (!state.hasWeights) {
    why = "a node has neither prune.weight nor prune.counts";
    return failure();
  }
  if (needsImpurity && !state.hasImpurities) {
    why = options.criterion == ImpurityCriterion::Auto
              ? "a node has neither prune.impurity nor prune.counts "
                "(XGBoost's trees record neither)"
              : "criterion=gini/entropy needs prune.counts on every node";
    return failure();
  }
  if (!(state.rootWeight() > 0.0)) {
    why = "the root has no training samples";
    return failure();
  }
  return success();
}

/// Applies min-samples and min-gain, if set.
static void applyThresholdRules(PruningState &state,
                                const TreePruningOptions &options) {
  if (options.minSamples)
    state.applyMinSamples(*options.minSamples);
  if (options.minGain)
    state.applyMinGain(*options.minGain);
}

FailureOr<SmallVector<SplitCollapse>>
mlir::prune::selectSplitsToCollapse(const DecisionTree &tree,
                                    const TreePruningOptions &options,
                                    std::string &why) {
  SmallVector<SplitCollapse> collapses;
  if (tree.nodes.empty())
    return collapses;
  PruningState state(tree, options.criterion);
  if (failed(checkTreeStatistics(state, options,
                                 options.minGain || options.ccpAlpha, why)))
    return failure();
  applyThresholdRules(state, options);
  if (options.ccpAlpha)
    state.applyCostComplexity(*options.ccpAlpha);
  for (int i = 0, e = tree.nodes.size(); i < e; ++i)
    if (!tree.nodes[i].isLeaf() && state.isLeaf[i] && state.isReachable(i))
      collapses.push_back({i, state.rule[i], state.why[i]});
  return collapses;
}

FailureOr<SmallVector<CostComplexityStep>>
mlir::prune::computeCostComplexityPath(const DecisionTree &tree,
                                       const TreePruningOptions &options,
                                       std::string &why) {
  if (tree.nodes.empty())
    return SmallVector<CostComplexityStep>();
  PruningState state(tree, options.criterion);
  if (failed(checkTreeStatistics(state, options, /*needsImpurity=*/true, why)))
    return failure();
  applyThresholdRules(state, options);
  return state.computePath();
}
