// prune-branches remarks: one per removed split (rule and why) and one per
// tree (nodes and depth before and after).
// RUN: prune-opt %S/Inputs/tree.mlir --prune-branches="ccp-alpha=0.05" \
// RUN:   --remarks-filter=prune-branches -o /dev/null 2>&1 | FileCheck %s
// RUN: prune-opt %s --prune-branches --remarks-filter=prune-branches \
// RUN:   -o /dev/null 2>&1 | FileCheck %s --check-prefix=EXACT

// CHECK: split removed (ccp-alpha): effective alpha 0.01 <= ccp-alpha=0.05
// CHECK: tree '@tree': 7 -> 5 nodes, depth 2 -> 2

// EXACT: split removed (unreachable): arg0[1] ole 2 is always true for arg0[1] in [0, 1]
// EXACT: tree '@ranged': 3 -> 1 nodes, depth 1 -> 0
func.func @ranged(%x: tensor<4xf32> {prune.range = array<f64: 0.0, 1.0>}) -> tensor<2xf32> {
  %c1 = arith.constant 1 : index
  %f = tensor.extract %x[%c1] : tensor<4xf32>
  %t = arith.constant 2.0 : f32
  %le = arith.cmpf ole, %f, %t : f32
  %r = scf.if %le -> (tensor<2xf32>) {
    %a = arith.constant dense<[1.0, 0.0]> : tensor<2xf32>
    scf.yield {prune.counts = array<f64: 5.0, 0.0>} %a : tensor<2xf32>
  } else {
    %b = arith.constant dense<[0.0, 1.0]> : tensor<2xf32>
    scf.yield {prune.counts = array<f64: 0.0, 1.0>} %b : tensor<2xf32>
  } {prune.counts = array<f64: 5.0, 1.0>}
  return %r : tensor<2xf32>
}
