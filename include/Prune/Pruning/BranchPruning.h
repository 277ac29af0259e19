//===- BranchPruning.h - Remove decision-tree splits and branches -*- C++ -*-===//
//
// The mechanism of prune-branches. Exact rules (`simplifyBranchesExactly`)
// never change what the IR computes: a split whose condition is decided by
// constants, by the conditions above it on the path or by the declared input
// ranges keeps only its taken side, and a split whose two sides compute the
// same result becomes that result. Approximate rules
// (`selectSplitsToCollapse`) decide, from the training counts of a decision
// tree, which splits become leaves: low impurity decrease (min-gain), few
// samples (min-samples), or minimal cost-complexity pruning (ccp-alpha, the
// algorithm of scikit-learn's ccp_alpha). `SplitRemover` performs the
// rewrites and keeps prune.counts on the nodes that remain.
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_PRUNING_BRANCHPRUNING_H
#define PRUNE_PRUNING_BRANCHPRUNING_H

#include "Prune/Analysis/TreeAnalysis.h"

#include "mlir/IR/PatternMatch.h"
#include "llvm/ADT/SetVector.h"

#include <optional>
#include <string>

namespace mlir::prune {

/// Replaces splits by one of their sides or by a leaf, moving the node
/// attributes (prune.counts, prune.value, prune.impurity, prune.weight) to the
/// terminator that now yields a leaf, and erases the conditions that are left
/// without users.
class SplitRemover : public RewriterBase::Listener {
public:
  explicit SplitRemover(MLIRContext *context);

  /// Replaces `split` by the ops of its then (0) or else (1) region.
  void replaceWithRegion(scf::IfOp split, unsigned regionIndex);
  /// Replaces `split` by a leaf: a constant of its result type holding its
  /// prune.value (regression, boosting), else its counts normalized to
  /// probabilities. Fails, changing nothing, unless the split has them and
  /// one static float tensor result with one element per class or value.
  LogicalResult replaceWithLeaf(scf::IfOp split);
  /// Before `split` is replaced by its then side (both sides of equal
  /// structure): sums the counts and weights of the else side's nodes into
  /// the matching then nodes, and gives the then side's top node the split's
  /// own attributes.
  static void mergeNodeStats(scf::IfOp split);
  /// Erases the conditions of removed splits (and what only they used).
  void eraseDeadConditions();

  RewriterBase &getRewriter() { return rewriter; }

private:
  void notifyOperationErased(Operation *op) override;
  void noteCondition(scf::IfOp split);

  IRRewriter rewriter;
  llvm::SetVector<Operation *> deadCandidates;
};

/// Called before a split is removed: the split, the rule ("constant",
/// "unreachable", "same-result", "min-gain", "min-samples", "ccp-alpha") and
/// why.
using SplitRemovalCallback =
    function_ref<void(scf::IfOp split, StringRef rule, const std::string &why)>;

/// How many splits each exact rule removed.
struct ExactPruningCounts {
  int64_t constant = 0;
  int64_t unreachable = 0;
  int64_t sameResult = 0;
  int64_t total() const { return constant + unreachable + sameResult; }
};

/// Applies the exact rules to every scf.if under `op` (trees or not).
ExactPruningCounts simplifyBranchesExactly(Operation *op, SplitRemover &remover,
                                           SplitRemovalCallback onRemoval);

/// The impurity the approximate rules use. `Auto`: each node's recorded
/// prune.impurity (the training criterion, in the library's own arithmetic)
/// when every node of the tree has one, else Gini from the counts.
enum class ImpurityCriterion { Auto, Gini, Entropy };

/// Gini impurity 1 - sum p_k^2, or entropy -sum p_k log2 p_k, of class counts.
double computeImpurity(ArrayRef<double> counts, ImpurityCriterion criterion);

/// Options of the approximate rules; unset ones do not apply.
struct TreePruningOptions {
  std::optional<double> minGain;
  std::optional<double> minSamples;
  std::optional<double> ccpAlpha;
  ImpurityCriterion criterion = ImpurityCriterion::Auto;
};

/// A split to turn into a leaf, and why.
struct SplitCollapse {
  int node;
  std::string rule;
  std::string why;
};

/// One step of the minimal cost-complexity pruning path: the split collapsed
/// (-1 for the unpruned tree), its effective alpha, the sum of the leaves'
/// weighted impurities and the number of nodes after the step. These are
/// scikit-learn's `cost_complexity_pruning_path` values (`ccp_alphas`,
/// `impurities`), computed in its order and arithmetic.
struct CostComplexityStep {
  int node;
  double alpha;
  double impurity;
  int64_t nodes;
};

/// The splits of `tree` that the approximate rules turn into leaves, topmost
/// only (a collapsed split's subtree goes with it), in preorder:
///  - min-samples=N: a split reached by fewer than N (weighted) training
///    samples;
///  - min-gain=G, bottom up: a split whose children are (now) leaves and whose
///    weighted impurity decrease N_t/N * (I(t) - N_l/N_t I(l) - N_r/N_t I(r))
///    is below G (N: the root's samples; scikit-learn's min_impurity_decrease);
///  - ccp-alpha=A: the steps of the cost-complexity path (after the rules
///    above) up to the first whose effective alpha exceeds A, which is what
///    scikit-learn's ccp_alpha=A keeps.
/// Fails, with `why` set, when a requested rule lacks what it needs (weights,
/// or impurities: no counts and no prune.impurity).
FailureOr<SmallVector<SplitCollapse>>
selectSplitsToCollapse(const DecisionTree &tree,
                       const TreePruningOptions &options, std::string &why);

/// scikit-learn's weakest-link pruning path of `tree` (after min-samples and
/// min-gain, if set in `options`): R(t) = N_t * I(t) / N; each step collapses
/// the first split in preorder with the smallest (R(t) - R(T_t)) /
/// (|leaves(T_t)| - 1), R(T_t) kept up to date by adding each collapse's
/// difference to the ancestors, as its _cost_complexity_prune does.
FailureOr<SmallVector<CostComplexityStep>>
computeCostComplexityPath(const DecisionTree &tree,
                          const TreePruningOptions &options, std::string &why);

} // namespace mlir::prune

#endif // PRUNE_PRUNING_BRANCHPRUNING_H
