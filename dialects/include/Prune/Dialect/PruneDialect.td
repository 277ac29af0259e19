//===- PruneDialect.td - The prune dialect -----------------*- tablegen -*-===//
//
// The `prune` dialect. For now it owns the discardable attributes that carry
// training statistics and input facts through the IR, and verifies them:
// `prune.counts` (class counts of a decision-tree node) and `prune.range`
// (the closed interval every element of a function argument lies in).
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_DIALECT_PRUNEDIALECT
#define PRUNE_DIALECT_PRUNEDIALECT

include "mlir/IR/DialectBase.td"

def Prune_Dialect : Dialect {
  let name = "prune";
  let cppNamespace = "::mlir::prune";
  let summary = "Facts and statistics for pruning trained models";
  let description = [{
    Discardable attributes verified by this dialect:

    * `prune.counts = array<f64: c0, c1, ...>` on a decision-tree node: an
      `scf.if` split, or the terminator (`scf.yield`, `func.return`) of a
      leaf. The weighted training samples of each class that reached the
      node; every count is finite and non-negative, and every node of one
      tree has the same number of classes.
    * `prune.value = array<f64: v0, ...>` on a decision-tree node of a
      regression or boosted tree: what the node predicts as a leaf (one value
      per output, the leaf's scale included); every value finite.
    * `prune.impurity = 0.5 : f64` and `prune.weight = 120.0 : f64` on a
      decision-tree node (one with `prune.counts` or `prune.value`): the
      training library's own node impurity and weighted sample count, kept
      bit for bit (cost-complexity pruning uses them); finite, the weight
      non-negative.
    * `prune.node = 12 : i64` on a decision-tree node: the library's own
      node number (scikit-learn numbers best-first trees out of preorder);
      cost-complexity pruning visits nodes in this order. Non-negative.
    * `prune.range = array<f64: LO, HI>` on a function argument: every
      element of the argument lies in [LO, HI] (LO <= HI, not NaN). Passes
      may rely on it, for example to drop decision-tree branches that no
      input in range can reach.
    * `prune.name = "input"` on a function argument or result: the name the
      model's framework gives it (the ONNX importer writes the graph's input
      and output names); calibration data is keyed by it.

    ```mlir
    func.func @tree(%x: tensor<4xf32> {prune.range = array<f64: 0.0, 1.0>})
        -> tensor<2xf32> {
      ...
      %r = scf.if %le -> (tensor<2xf32>) {
        scf.yield {prune.counts = array<f64: 10.0, 0.0>} %a : tensor<2xf32>
      } else {
        scf.yield {prune.counts = array<f64: 1.0, 7.0>} %b : tensor<2xf32>
      } {prune.counts = array<f64: 11.0, 7.0>}
      return %r : tensor<2xf32>
    }
    ```
  }];
  // `prune.layer = "fc1"` names a layer (the op that consumes a weight), so
  // that the name survives printing without locations; the pruning passes
  // record it on every layer they name.
  let hasOperationAttrVerify = 1;
  let hasRegionArgAttrVerify = 1;
  let hasRegionResultAttrVerify = 1;
  let extraClassDeclaration = [{
    /// Names of the discardable attributes this dialect verifies.
    static constexpr ::llvm::StringLiteral kCountsAttrName = "prune.counts";
    static constexpr ::llvm::StringLiteral kValueAttrName = "prune.value";
    static constexpr ::llvm::StringLiteral kImpurityAttrName = "prune.impurity";
    static constexpr ::llvm::StringLiteral kWeightAttrName = "prune.weight";
    static constexpr ::llvm::StringLiteral kNodeAttrName = "prune.node";
    static constexpr ::llvm::StringLiteral kRangeAttrName = "prune.range";
    static constexpr ::llvm::StringLiteral kLayerAttrName = "prune.layer";
    static constexpr ::llvm::StringLiteral kNameAttrName = "prune.name";
  }];
}

#endif // PRUNE_DIALECT_PRUNEDIALECT
