// prune-branches{ccp-path=FILE}: each tree's minimal cost-complexity pruning
// path, as scikit-learn's cost_complexity_pruning_path gives it (alphas and
// leaf impurities in its float64 arithmetic, checked bit for bit against
// scikit-learn by Integration/Trees/ccp-alpha-sklearn.test), with the node
// count after each step and the (preorder) split it collapses.
// RUN: prune-opt %S/Inputs/tree.mlir --prune-branches="ccp-path=%t.json" -o /dev/null
// RUN: FileCheck %s --input-file=%t.json
// RUN: prune-opt %S/Inputs/tree.mlir --prune-branches="min-samples=11 ccp-path=%t.min.json" -o /dev/null
// RUN: FileCheck %s --check-prefix=MIN --input-file=%t.min.json
// The path is written last: a later failure (an unwritable report) leaves
// no file.
// RUN: rm -f %t.late.json
// RUN: not prune-opt %S/Inputs/tree.mlir --prune-branches="ccp-path=%t.late.json report=%t.missing/dir/r.json" -o /dev/null
// RUN: not test -e %t.late.json
// RUN: not prune-opt %s --split-input-file --prune-branches="ccp-path=%t.bad.json" -o /dev/null 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NOSTATS
// RUN: not prune-opt %S/Inputs/tree.mlir --prune-branches="ccp-path=%t.missing/dir/p.json" -o /dev/null 2>&1 \
// RUN:   | FileCheck %s --check-prefix=BADPATH

// Right split (alpha 0.01), left split (0.09), root (0.32); the impurities
// are the sums of the leaves' N_t * I(t) / N after each step.
// CHECK: "ccp_alphas": [
// CHECK-NEXT: 0,
// CHECK-NEXT: 0.01000000000000000{{[0-9]}},
// CHECK-NEXT: 0.08999999999999996{{[0-9]}},
// CHECK-NEXT: 0.3200000000000000{{[0-9]}}
// CHECK-NEXT: ],
// CHECK: "collapsed_node": [
// CHECK-NEXT: -1,
// CHECK-NEXT: 4,
// CHECK-NEXT: 1,
// CHECK-NEXT: 0
// CHECK: "impurities": [
// CHECK-NEXT: 0.0799999999999999{{[0-9]}},
// CHECK-NEXT: 0.08999999999999996{{[0-9]}},
// CHECK-NEXT: 0.1799999999999999{{[0-9]}},
// CHECK-NEXT: 0.5
// CHECK: "name": "@tree",
// CHECK-NEXT: "node_counts": [
// CHECK-NEXT: 7,
// CHECK-NEXT: 5,
// CHECK-NEXT: 3,
// CHECK-NEXT: 1

// The path starts from the tree min-samples leaves (both splits below the root
// have 10 samples): only the root is left to collapse.
// MIN: "ccp_alphas": [
// MIN-NEXT: 0,
// MIN-NEXT: 0.32000000000000006
// MIN: "node_counts": [
// MIN-NEXT: 3,
// MIN-NEXT: 1

// NOSTATS: error: prune-branches: no pruning path for tree '@values_only': a node has neither prune.impurity nor prune.counts
// BADPATH: error: prune-branches: cannot write ccp-path '{{.*}}missing/dir/p.json'

func.func @values_only(%x: tensor<4xf32>) -> tensor<1xf32> {
  %c0 = arith.constant 0 : index
  %f0 = tensor.extract %x[%c0] : tensor<4xf32>
  %t0 = arith.constant 0.5 : f32
  %le0 = arith.cmpf ole, %f0, %t0 : f32
  %r = scf.if %le0 -> (tensor<1xf32>) {
    %a = arith.constant dense<1.0> : tensor<1xf32>
    scf.yield {prune.value = array<f64: 1.0>, prune.weight = 2.0 : f64} %a : tensor<1xf32>
  } else {
    %b = arith.constant dense<3.0> : tensor<1xf32>
    scf.yield {prune.value = array<f64: 3.0>, prune.weight = 2.0 : f64} %b : tensor<1xf32>
  } {prune.value = array<f64: 2.0>, prune.weight = 4.0 : f64}
  return %r : tensor<1xf32>
}
