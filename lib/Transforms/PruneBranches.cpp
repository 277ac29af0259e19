//===- PruneBranches.cpp - The prune-branches pass ------------------------===//
//
// Removes decision-tree splits and dead branches. The pass checks its
// options, removes the dataflow branches that compute zero (DataflowPruning),
// measures every tree, applies the exact rules (BranchPruning), then
// the approximate ones the options ask for on each tree (which may expose
// more exact simplifications, so those run again), measures the trees again
// and reports through remarks, statistics and an optional JSON report.
// `ccp-path` writes each tree's cost-complexity pruning path, taken after
// the exact rules (and min-samples / min-gain), before any ccp collapse.
//
//===----------------------------------------------------------------------===//

#include "Prune/Analysis/TreeAnalysis.h"
#include "Prune/Pruning/BranchPruning.h"
#include "Prune/Pruning/DataflowPruning.h"
#include "Prune/Support/Report.h"
#include "PrunePassBase.h"

#include "Prune/Support/Diagnostics.h"
#include "Prune/Transforms/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/IR/Remarks.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"

namespace mlir::prune {
#define GEN_PASS_DEF_PRUNEBRANCHES
#include "Prune/Transforms/Passes.h.inc"
} // namespace mlir::prune

using namespace mlir;
using namespace mlir::prune;

namespace {

/// Size of one tree.
struct TreeShape {
  std::string name;
  int64_t nodes = 1;
  int64_t leaves = 1;
  int64_t depth = 0;
  Location loc;
};

static SmallVector<TreeShape> measureTrees(Operation *op) {
  SmallVector<TreeShape> shapes;
  for (const DecisionTree &tree : collectDecisionTrees(op))
    shapes.push_back({tree.name, tree.getNumNodes(), tree.getNumLeaves(),
                      tree.getDepth(), tree.root->getLoc()});
  return shapes;
}

struct PruneBranchesPass
    : public PrunePassBase<prune::impl::PruneBranchesBase, PruneBranchesPass> {
  using PrunePassBase::PrunePassBase;

  SmallVector<OptionValueCheck> getTypedOptions() {
    return {describeOption(minGain), describeOption(minSamples),
            describeOption(ccpAlpha), describeOption(criterion)};
  }

  void runOnOperation() override;

private:
  FailureOr<TreePruningOptions> parseOptions();
  void removedSplit(scf::IfOp split, StringRef rule, const std::string &why);
  /// The approximate rules on every tree; returns the splits collapsed.
  int64_t collapseSplits(const TreePruningOptions &options,
                         SplitRemover &remover,
                         llvm::StringMap<int64_t> &byRule);
  /// Per tree, the preorder indices of the splits the approximate rules
  /// turned into leaves.
  llvm::StringMap<SmallVector<int64_t>> collapsedNodes;
  /// The cost-complexity pruning path of every tree as it is now
  /// (ccp-path=).
  FailureOr<llvm::json::Value>
  computeCostComplexityPaths(const TreePruningOptions &options);
  /// Writes them to `ccp-path`; last, so that a failure before leaves no
  /// file.
  LogicalResult writeCostComplexityPaths(const llvm::json::Value &json);
  /// Removes the zero dataflow branches and reports each with a remark.
  ZeroBranchResult removeDataflowBranches();
  LogicalResult writeReport(ArrayRef<TreeShape> before,
                            ArrayRef<TreeShape> after,
                            const llvm::StringMap<int64_t> &byRule,
                            const ZeroBranchResult &dataflow);
};

} // namespace

FailureOr<TreePruningOptions> PruneBranchesPass::parseOptions() {
  auto fail = [&](StringRef option, const Twine &message) {
    return emitOptionError(getOperation().getLoc(), getArgument(), option,
                           message);
  };
  TreePruningOptions options;
  options.criterion = criterion;
  if (minGain != -1.0) {
    if (!(minGain >= 0.0))
      return fail("min-gain=" + std::to_string(minGain),
                  "expected a non-negative impurity decrease");
    options.minGain = minGain;
  }
  if (!(minSamples >= 0.0))
    return fail("min-samples=" + std::to_string(minSamples),
                "expected a non-negative number of samples");
  if (minSamples > 0.0)
    options.minSamples = minSamples;
  if (!(ccpAlpha >= 0.0))
    return fail("ccp-alpha=" + std::to_string(ccpAlpha),
                "expected a non-negative complexity parameter");
  if (ccpAlpha > 0.0)
    options.ccpAlpha = ccpAlpha;
  return options;
}

void PruneBranchesPass::removedSplit(scf::IfOp split, StringRef rule,
                                     const std::string &why) {
  auto opts = remark::RemarkOpts::name("SplitRemoved")
                  .category(getArgument())
                  .subCategory(rule)
                  .function(getParentFunctionName(split));
  remark::passed(split.getLoc(), opts)
      << remark::add("split removed ({0}): {1}", rule, why);
}

int64_t PruneBranchesPass::collapseSplits(const TreePruningOptions &options,
                                          SplitRemover &remover,
                                          llvm::StringMap<int64_t> &byRule) {
  int64_t collapsed = 0, numTrees = 0, numToLeaf = 0, numUnjudged = 0;
  // Trees the rules could not judge: a remark each, and one warning naming
  // the first, since the options asked for are then without effect there.
  std::string firstUnjudged;
  for (const DecisionTree &tree : collectDecisionTrees(getOperation())) {
    ++numTrees;
    std::string why;
    FailureOr<SmallVector<SplitCollapse>> collapses =
        selectSplitsToCollapse(tree, options, why);
    if (failed(collapses)) {
      auto opts = remark::RemarkOpts::name("TreeKept")
                      .category(getArgument())
                      .subCategory(tree.name)
                      .function(getParentFunctionName(tree.root));
      remark::missed(tree.root->getLoc(), opts) << remark::reason(
          "tree '{0}' left to the exact rules: {1}", tree.name, why);
      if (numUnjudged++ == 0)
        firstUnjudged = "tree '" + tree.name + "': " + why;
      continue;
    }
    for (const SplitCollapse &collapse : *collapses) {
      scf::IfOp split = tree.nodes[collapse.node].split;
      Location loc = split.getLoc();
      auto opts = remark::RemarkOpts::name("SplitKept")
                      .category(getArgument())
                      .subCategory(collapse.rule)
                      .function(getParentFunctionName(split));
      removedSplit(split, collapse.rule, collapse.why);
      if (failed(remover.replaceWithLeaf(split))) {
        remark::missed(loc, opts) << remark::reason(
            "split of tree '{0}' kept: its result is not one static float "
            "tensor with one score per class (or value)",
            tree.name);
        continue;
      }
      ++collapsed;
      if (collapse.node == 0)
        ++numToLeaf;
      ++byRule[collapse.rule];
      collapsedNodes[tree.name].push_back(collapse.node);
    }
  }
  remover.eraseDeadConditions();
  // A model whose trees all became leaves predicts one constant: with
  // gradient-boosted trees (impurities of another scale than a classifier's)
  // a ccp-alpha chosen for a forest does that without complaint.
  if (numToLeaf > 0)
    emitWarning(getOperation().getLoc())
        << getArgument() << ": " << numToLeaf << " of " << numTrees
        << " trees were collapsed to a single leaf, which predicts the same "
           "for every input; check the accuracy (min-gain and ccp-alpha are "
           "on the scale of the trees' impurities, min-samples on their node "
           "weights: samples in scikit-learn's trees, hessian sums in "
           "XGBoost's, far below the samples in confident trees)";
  if (numUnjudged > 0) {
    // Name the rules asked for, not all three.
    SmallVector<StringRef, 3> asked;
    if (options.minGain)
      asked.push_back("min-gain");
    if (options.minSamples)
      asked.push_back("min-samples");
    if (options.ccpAlpha)
      asked.push_back("ccp-alpha");
    emitWarning(getOperation().getLoc())
        << getArgument() << ": " << llvm::join(asked, ", ") << " left "
        << numUnjudged << " of " << numTrees
        << " trees unpruned, which lack the training statistics "
        << (asked.size() == 1 ? "it needs" : "they need") << " ("
        << firstUnjudged << "); only the exact rules applied to them";
  }
  return collapsed;
}

FailureOr<llvm::json::Value> PruneBranchesPass::computeCostComplexityPaths(
    const TreePruningOptions &options) {
  TreePruningOptions pathOptions = options;
  pathOptions.ccpAlpha.reset();
  llvm::json::Array trees;
  for (const DecisionTree &tree : collectDecisionTrees(getOperation())) {
    std::string why;
    FailureOr<SmallVector<CostComplexityStep>> path =
        computeCostComplexityPath(tree, pathOptions, why);
    if (failed(path))
      return tree.root->emitError()
             << getArgument() << ": no pruning path for tree '" << tree.name
             << "': " << why;
    llvm::json::Array alphas, impurities, nodes, collapsed;
    for (const CostComplexityStep &step : *path) {
      alphas.push_back(step.alpha);
      impurities.push_back(step.impurity);
      nodes.push_back(step.nodes);
      collapsed.push_back(step.node);
    }
    trees.push_back(
        llvm::json::Object{{"name", tree.name},
                           {"ccp_alphas", std::move(alphas)},
                           {"impurities", std::move(impurities)},
                           {"node_counts", std::move(nodes)},
                           {"collapsed_node", std::move(collapsed)}});
  }
  return llvm::json::Value(
      llvm::json::Object{{"pass", getArgument()}, {"trees", std::move(trees)}});
}

LogicalResult
PruneBranchesPass::writeCostComplexityPaths(const llvm::json::Value &json) {
  llvm::Error result =
      llvm::writeToOutput(ccpPath, [&](llvm::raw_ostream &os) -> llvm::Error {
        os << llvm::formatv("{0:2}", json) << "\n";
        return llvm::Error::success();
      });
  if (result)
    return emitError(getOperation().getLoc())
           << getArgument() << ": cannot write ccp-path '" << ccpPath
           << "': " << llvm::toString(std::move(result));
  return success();
}

ZeroBranchResult PruneBranchesPass::removeDataflowBranches() {
  IRRewriter rewriter(&getContext());
  ZeroBranchResult result = removeZeroBranches(getOperation(), rewriter);
  for (const ZeroBranchRemoval &removal : result.removed) {
    auto opts = remark::RemarkOpts::name("ZeroBranchRemoved")
                    .category(getArgument())
                    .subCategory(removal.action)
                    .function(removal.function);
    remark::passed(removal.loc, opts) << remark::add(
        "zero branch removed ({0}, {1} ops erased) at {2}: {3}", removal.action,
        removal.opsErased, removal.op, removal.why);
  }
  for (const ZeroBranchKept &kept : result.kept) {
    auto opts = remark::RemarkOpts::name("ZeroBranchKept")
                    .category(getArgument())
                    .function(kept.function);
    remark::missed(kept.loc, opts)
        << remark::reason("zero branch kept at {0}: {1}", kept.op, kept.why);
  }
  numZeroBranches += result.removed.size();
  numDataflowOpsErased += result.opsErased();
  return result;
}

void PruneBranchesPass::runOnOperation() {
  FailureOr<TreePruningOptions> options = parseOptions();
  if (failed(options))
    return signalPassFailure();

  ZeroBranchResult dataflow = removeDataflowBranches();

  SmallVector<TreeShape> before = measureTrees(getOperation());
  SplitRemover remover(&getContext());
  auto onRemoval = [&](scf::IfOp split, StringRef rule, const std::string &why) {
    removedSplit(split, rule, why);
  };
  llvm::StringMap<int64_t> byRule;
  auto countExact = [&](const ExactPruningCounts &counts) {
    numConstant += counts.constant;
    numUnreachable += counts.unreachable;
    numSameResult += counts.sameResult;
    byRule["constant"] += counts.constant;
    byRule["unreachable"] += counts.unreachable;
    byRule["same-result"] += counts.sameResult;
  };
  countExact(simplifyBranchesExactly(getOperation(), remover, onRemoval));
  std::optional<llvm::json::Value> paths;
  if (!ccpPath.empty()) {
    FailureOr<llvm::json::Value> computed =
        computeCostComplexityPaths(*options);
    if (failed(computed))
      return signalPassFailure();
    paths = std::move(*computed);
  }
  if (options->minGain || options->minSamples || options->ccpAlpha) {
    int64_t collapsed = collapseSplits(*options, remover, byRule);
    numCollapsed += collapsed;
    if (collapsed)
      countExact(simplifyBranchesExactly(getOperation(), remover, onRemoval));
  }
  SmallVector<TreeShape> after = measureTrees(getOperation());

  llvm::StringMap<const TreeShape *> afterByName;
  for (const TreeShape &shape : after)
    afterByName[shape.name] = &shape;
  for (const TreeShape &shape : before) {
    const TreeShape *now = afterByName.lookup(shape.name);
    int64_t nodes = now ? now->nodes : 1, depth = now ? now->depth : 0;
    auto opts = remark::RemarkOpts::name("TreePruned")
                    .category(getArgument())
                    .subCategory(shape.name);
    remark::passed(shape.loc, opts) << remark::add(
        "tree '{0}': {1} -> {2} nodes, depth {3} -> {4}", shape.name,
        shape.nodes, nodes, shape.depth, depth);
  }
  if (failed(writeReport(before, after, byRule, dataflow)) ||
      (paths && failed(writeCostComplexityPaths(*paths))))
    return signalPassFailure();
}

LogicalResult
PruneBranchesPass::writeReport(ArrayRef<TreeShape> before,
                               ArrayRef<TreeShape> after,
                               const llvm::StringMap<int64_t> &byRule,
                               const ZeroBranchResult &dataflow) {
  if (report.empty())
    return success();
  llvm::StringMap<const TreeShape *> afterByName;
  for (const TreeShape &shape : after)
    afterByName[shape.name] = &shape;
  ReportWriter writer(getArgument());
  int64_t nodesBefore = 0, nodesAfter = 0;
  for (const TreeShape &shape : before) {
    // A tree pruned down to its root is one leaf of depth 0.
    TreeShape leaf{shape.name, 1, 1, 0, shape.loc};
    const TreeShape *now = afterByName.lookup(shape.name);
    if (!now)
      now = &leaf;
    ReportLayer layer;
    layer.name = shape.name;
    layer.op = "scf.if";
    layer.pattern = "tree";
    layer.extra["nodes_before"] = shape.nodes;
    layer.extra["nodes_after"] = now->nodes;
    layer.extra["leaves_before"] = shape.leaves;
    layer.extra["leaves_after"] = now->leaves;
    layer.extra["depth_before"] = shape.depth;
    layer.extra["depth_after"] = now->depth;
    llvm::json::Array collapsed;
    for (int64_t node : collapsedNodes.lookup(shape.name))
      collapsed.push_back(node);
    layer.extra["collapsed_nodes"] = std::move(collapsed);
    nodesBefore += shape.nodes;
    nodesAfter += now->nodes;
    writer.addLayer(std::move(layer));
  }
  llvm::json::Object splits;
  for (StringRef rule : {"constant", "unreachable", "same-result", "min-gain",
                         "min-samples", "ccp-alpha"})
    splits[rule] = byRule.lookup(rule);
  writer.getExtra()["splits_removed"] = std::move(splits);
  writer.getExtra()["trees"] =
      llvm::json::Object{{"count", int64_t(before.size())},
                         {"nodes_before", nodesBefore},
                         {"nodes_after", nodesAfter}};
  llvm::json::Array branches;
  auto locationText = [](Location loc) {
    std::string text;
    llvm::raw_string_ostream os(text);
    loc.print(os);
    return text;
  };
  for (const ZeroBranchRemoval &removal : dataflow.removed)
    branches.push_back(llvm::json::Object{{"function", removal.function},
                                          {"op", removal.op},
                                          {"loc", locationText(removal.loc)},
                                          {"action", removal.action},
                                          {"why", removal.why},
                                          {"ops_erased", removal.opsErased}});
  for (const ZeroBranchKept &kept : dataflow.kept)
    branches.push_back(llvm::json::Object{{"function", kept.function},
                                          {"op", kept.op},
                                          {"loc", locationText(kept.loc)},
                                          {"action", "kept"},
                                          {"why", kept.why},
                                          {"ops_erased", 0}});
  writer.getExtra()["zero_branches"] = std::move(branches);
  writer.getExtra()["zero_branch_totals"] = llvm::json::Object{
      {"removed", int64_t(dataflow.removed.size())},
      {"kept", int64_t(dataflow.kept.size())},
      {"ops_erased", dataflow.opsErased()}};
  return writer.writeOrEmitError(report, getOperation().getLoc());
}
