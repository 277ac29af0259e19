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

#include "mlir/IR/Matchers.h"
#include "mlir/IR/OperationSupport.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "llvm/Support/FormatVariadic.h"

#include <cmath>
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

/// Moves (or clears) leaf counts on the terminators that now yield `value`.
static void setLeafCountsOnUsers(Value value, DenseF64ArrayAttr counts) {
  for (Operation *user : value.getUsers()) {
    if (!user->hasTrait<OpTrait::IsTerminator>())
      continue;
    if (counts)
      setNodeCounts(user, counts.asArrayRef());
    else
      setNodeCounts(user, {});
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
  DenseF64ArrayAttr leafCounts = getNodeCounts(yield);
  rewriter.inlineBlockBefore(block, split);
  SmallVector<Value> results = yield->getOperands();
  rewriter.eraseOp(yield);
  // Counts sat on the yield of a leaf; the leaf now ends where the split did.
  for (Value result : split->getResults())
    setLeafCountsOnUsers(result, leafCounts);
  rewriter.replaceOp(split, results);
}

LogicalResult SplitRemover::replaceWithLeaf(scf::IfOp split) {
  DenseF64ArrayAttr counts = getNodeCounts(split);
  if (!counts || split->getNumResults() != 1)
    return failure();
  auto type = dyn_cast<RankedTensorType>(split->getResult(0).getType());
  if (!type || !type.hasStaticShape() || !isa<FloatType>(type.getElementType()) ||
      type.getNumElements() != counts.size())
    return failure();
  double total = 0.0;
  for (double count : counts.asArrayRef())
    total += count;
  if (!(total > 0.0))
    return failure();
  auto floatType = cast<FloatType>(type.getElementType());
  SmallVector<APFloat> probabilities;
  for (double count : counts.asArrayRef()) {
    APFloat value(count / total);
    bool lossy;
    value.convert(floatType.getFloatSemantics(), APFloat::rmNearestTiesToEven,
                  &lossy);
    probabilities.push_back(value);
  }
  noteCondition(split);
  rewriter.setInsertionPoint(split);
  auto leaf = arith::ConstantOp::create(
      rewriter, split.getLoc(), type,
      DenseElementsAttr::get(type, probabilities));
  setLeafCountsOnUsers(split->getResult(0), counts);
  rewriter.replaceOp(split, leaf->getResults());
  return success();
}

void SplitRemover::mergeCounts(Region &into, Region &from) {
  SmallVector<Operation *> intoOps, fromOps;
  into.walk<WalkOrder::PreOrder>([&](Operation *op) { intoOps.push_back(op); });
  from.walk<WalkOrder::PreOrder>([&](Operation *op) { fromOps.push_back(op); });
  if (intoOps.size() != fromOps.size())
    return;
  for (auto [a, b] : llvm::zip(intoOps, fromOps)) {
    DenseF64ArrayAttr countsA = getNodeCounts(a), countsB = getNodeCounts(b);
    if (!countsA || !countsB || countsA.size() != countsB.size())
      continue;
    SmallVector<double> sum;
    for (auto [x, y] : llvm::zip(countsA.asArrayRef(), countsB.asArrayRef()))
      sum.push_back(x + y);
    setNodeCounts(a, sum);
  }
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
      SplitRemover::mergeCounts(thenRegion, elseRegion);
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
  double impurity = criterion == ImpurityCriterion::Gini ? 1.0 : 0.0;
  for (double count : counts) {
    double p = count / total;
    if (criterion == ImpurityCriterion::Gini)
      impurity -= p * p;
    else if (p > 0.0)
      impurity -= p * std::log2(p);
  }
  return impurity;
}

namespace {
/// The tree as the approximate rules reshape it: which nodes are leaves now.
struct PruningState {
  const DecisionTree &tree;
  const TreePruningOptions &options;
  SmallVector<bool> isLeaf;
  SmallVector<std::string> rule, why;
  double rootTotal;

  PruningState(const DecisionTree &tree, const TreePruningOptions &options)
      : tree(tree), options(options), rule(tree.nodes.size()),
        why(tree.nodes.size()) {
    for (const TreeNode &node : tree.nodes)
      isLeaf.push_back(node.isLeaf());
    rootTotal = tree.nodes.front().total();
  }

  double impurity(int node) const {
    return computeImpurity(tree.nodes[node].counts, options.criterion);
  }
  /// R(t) of cost-complexity pruning.
  double risk(int node) const {
    return tree.nodes[node].total() / rootTotal * impurity(node);
  }
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
  /// R(T_t) and |leaves(T_t)| of the current subtree at `node`.
  std::pair<double, int64_t> branchRisk(int node) const {
    if (isLeaf[node])
      return {risk(node), 1};
    auto [r0, l0] = branchRisk(tree.nodes[node].children[0]);
    auto [r1, l1] = branchRisk(tree.nodes[node].children[1]);
    return {r0 + r1, l0 + l1};
  }

  void applyMinSamples(double minSamples) {
    for (auto [i, node] : llvm::enumerate(tree.nodes))
      if (!isLeaf[i] && node.total() < minSamples)
        collapse(i, "min-samples",
                 llvm::formatv("{0} training samples < min-samples={1}",
                               formatNumber(node.total()),
                               formatNumber(minSamples)));
  }

  void applyMinGain(double minGain) {
    // Children follow their parent in preorder: reverse order is bottom-up.
    for (int i = tree.nodes.size() - 1; i >= 0; --i) {
      const TreeNode &node = tree.nodes[i];
      if (isLeaf[i] || !isLeaf[node.children[0]] || !isLeaf[node.children[1]])
        continue;
      double total = node.total();
      double gain = 0.0;
      if (total > 0.0) {
        const TreeNode &left = tree.nodes[node.children[0]];
        const TreeNode &right = tree.nodes[node.children[1]];
        gain = total / rootTotal *
               (impurity(i) - left.total() / total * impurity(node.children[0]) -
                right.total() / total * impurity(node.children[1]));
      }
      if (gain < minGain)
        collapse(i, "min-gain",
                 llvm::formatv("impurity decrease {0} < min-gain={1}",
                               formatNumber(gain), formatNumber(minGain)));
    }
  }

  void applyCostComplexity(double alpha) {
    while (true) {
      int weakest = -1;
      double weakestAlpha = std::numeric_limits<double>::infinity();
      for (int i = 0, e = tree.nodes.size(); i < e; ++i) {
        if (isLeaf[i] || !isReachable(i))
          continue;
        auto [branch, leaves] = branchRisk(i);
        double effective = (risk(i) - branch) / double(leaves - 1);
        if (effective < weakestAlpha)
          weakestAlpha = effective, weakest = i;
      }
      if (weakest < 0 || weakestAlpha > alpha)
        return;
      collapse(weakest, "ccp-alpha",
               llvm::formatv("effective alpha {0} <= ccp-alpha={1}",
                             formatNumber(weakestAlpha), formatNumber(alpha)));
    }
  }
};
} // namespace

SmallVector<SplitCollapse>
mlir::prune::selectSplitsToCollapse(const DecisionTree &tree,
                                    const TreePruningOptions &options) {
  SmallVector<SplitCollapse> collapses;
  if (tree.nodes.empty() || !(tree.nodes.front().total() > 0.0))
    return collapses;
  for (const TreeNode &node : tree.nodes)
    if (node.counts.size() != tree.nodes.front().counts.size())
      return collapses; // a node without counts: nothing to decide from
  PruningState state(tree, options);
  if (options.minSamples)
    state.applyMinSamples(*options.minSamples);
  if (options.minGain)
    state.applyMinGain(*options.minGain);
  if (options.ccpAlpha)
    state.applyCostComplexity(*options.ccpAlpha);
  for (int i = 0, e = tree.nodes.size(); i < e; ++i)
    if (!tree.nodes[i].isLeaf() && state.isLeaf[i] && state.isReachable(i))
      collapses.push_back({i, state.rule[i], state.why[i]});
  return collapses;
}
