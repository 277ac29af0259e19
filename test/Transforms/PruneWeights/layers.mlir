// prune-weights layers=REGEX: only layers whose name matches are pruned.
//
// A layer's name is the consumer's NameLoc, also when it sits inside a fused
// or call-site location; without one it is `<function>#<k>`, k counting the
// weight consumers of the function in order (consumers of a shared constant
// included). Layers left alone get a `missed` remark saying why. With
// scope=global, layers that are not selected do not count toward n.

// RUN: prune-opt %s --split-input-file --prune-weights="sparsity=0.5 layers=^fc" \
// RUN:   | FileCheck %s --check-prefix=FC
// RUN: prune-opt %s --split-input-file --prune-weights="sparsity=0.5 layers=^(head|net#3|a#1|shared#2)$" \
// RUN:   | FileCheck %s --check-prefix=NAMES
// RUN: prune-opt %s --split-input-file --prune-weights="sparsity=0.5 layers=^fc" \
// RUN:   --remarks-filter=prune-weights -o /dev/null 2>&1 \
// RUN:   | FileCheck %s --check-prefix=REMARK
// RUN: prune-opt %s --split-input-file --prune-weights="sparsity=0.5 scope=global layers=^(fc2|head)$" \
// RUN:   | FileCheck %s --check-prefix=GLOBAL

// One function, four layers: "fc1" (plain NameLoc), "fc2" (NameLoc inside a
// fused location), "head" (inside a call-site location) and "net#3".

// FC-LABEL: func.func @net
// FC:       %[[W1:.*]] = arith.constant dense<{{\[\[}}0.000000e+00, 0.000000e+00], [3.000000e+00, 4.000000e+00]]>
// FC:       %[[W2:.*]] = arith.constant dense<{{\[\[}}0.000000e+00, 0.000000e+00], [7.000000e+00, 8.000000e+00]]>
// FC:       %[[W3:.*]] = arith.constant dense<{{\[\[}}1.000000e+00, 2.000000e+00], [3.000000e+00, 4.000000e+00]]>
// FC:       %[[W4:.*]] = arith.constant dense<{{\[\[}}5.000000e+00, 6.000000e+00], [7.000000e+00, 8.000000e+00]]>
// FC:       linalg.matmul {{.*}}ins(%{{.*}}, %[[W1]] :
// FC:       linalg.matmul {{.*}}ins(%{{.*}}, %[[W2]] :
// FC:       linalg.matmul {{.*}}ins(%{{.*}}, %[[W3]] :
// FC:       linalg.matmul {{.*}}ins(%{{.*}}, %[[W4]] :

// NAMES-LABEL: func.func @net
// NAMES:       arith.constant dense<{{\[\[}}1.000000e+00, 2.000000e+00], [3.000000e+00, 4.000000e+00]]>
// NAMES:       arith.constant dense<{{\[\[}}5.000000e+00, 6.000000e+00], [7.000000e+00, 8.000000e+00]]>
// NAMES:       arith.constant dense<{{\[\[}}0.000000e+00, 0.000000e+00], [3.000000e+00, 4.000000e+00]]>
// NAMES:       arith.constant dense<{{\[\[}}0.000000e+00, 0.000000e+00], [7.000000e+00, 8.000000e+00]]>

// REMARK:      remark: {{.*}}[Passed] LayerPruned | Category:prune-weights:fc1 | Function=net | Remark="layer 'fc1' pruned (unstructured): 4 -> 2 nonzeros of 4"
// REMARK:      model.py:3:1: remark: [Passed] LayerPruned | Category:prune-weights:fc2 | Function=net | Remark="layer 'fc2' pruned (unstructured): 4 -> 2 nonzeros of 4"
// REMARK:      remark: {{.*}}[Missed] LayerSkipped | Category:prune-weights:head | Function=net | Reason="layer 'head' left alone: its name does not match layers='^fc'"
// REMARK:      layers.mlir:[[@LINE+19]]:8: remark: [Missed] LayerSkipped | Category:prune-weights:net#3 | Function=net | Reason="layer 'net#3' left alone: its name does not match layers='^fc'"

// Global over the selected layers only: 4 of the 8 weights of fc2 and head
// (fc2's four), not 8 of all 16.

// GLOBAL-LABEL: func.func @net
// GLOBAL:       arith.constant dense<{{\[\[}}1.000000e+00, 2.000000e+00], [3.000000e+00, 4.000000e+00]]>
// GLOBAL:       arith.constant dense<0.000000e+00> : tensor<2x2xf32>
// GLOBAL:       arith.constant dense<{{\[\[}}1.000000e+00, 2.000000e+00], [3.000000e+00, 4.000000e+00]]>
// GLOBAL:       arith.constant dense<{{\[\[}}5.000000e+00, 6.000000e+00], [7.000000e+00, 8.000000e+00]]>
func.func @net(%x: tensor<1x2xf32>) -> tensor<1x2xf32> {
  %w1 = arith.constant dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf32>
  %w2 = arith.constant dense<[[5.0, 6.0], [7.0, 8.0]]> : tensor<2x2xf32>
  %w3 = arith.constant dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf32>
  %w4 = arith.constant dense<[[5.0, 6.0], [7.0, 8.0]]> : tensor<2x2xf32>
  %init = arith.constant dense<0.0> : tensor<1x2xf32>
  %a = linalg.matmul ins(%x, %w1 : tensor<1x2xf32>, tensor<2x2xf32>) outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32> loc("fc1")
  %b = linalg.matmul ins(%a, %w2 : tensor<1x2xf32>, tensor<2x2xf32>) outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32> loc(fused["fc2", "model.py":3:1])
  %c = linalg.matmul ins(%b, %w3 : tensor<1x2xf32>, tensor<2x2xf32>) outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32> loc(callsite("head" at "model.py":10:2))
  %d = linalg.matmul ins(%c, %w4 : tensor<1x2xf32>, tensor<2x2xf32>) outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32>
  return %d : tensor<1x2xf32>
}

// -----

// `<function>#<k>` counts per function. In @shared the first two consumers
// share one constant, so the layer of %w2 is shared#2.

// NAMES-LABEL: func.func @a
// NAMES:       arith.constant dense<{{\[\[}}1.000000e+00, 2.000000e+00], [3.000000e+00, 4.000000e+00]]>
// NAMES:       arith.constant dense<{{\[\[}}0.000000e+00, 0.000000e+00], [7.000000e+00, 8.000000e+00]]>
// NAMES-LABEL: func.func @b
// NAMES:       arith.constant dense<{{\[\[}}1.000000e+00, 2.000000e+00], [3.000000e+00, 4.000000e+00]]>
// NAMES-LABEL: func.func @shared
// NAMES:       arith.constant dense<{{\[\[}}1.000000e+00, 2.000000e+00], [3.000000e+00, 4.000000e+00]]>
// NAMES:       arith.constant dense<{{\[\[}}0.000000e+00, 0.000000e+00], [7.000000e+00, 8.000000e+00]]>

// REMARK:      remark: [Missed] LayerSkipped | Category:prune-weights:a#0 | Function=a
// REMARK:      remark: [Missed] LayerSkipped | Category:prune-weights:a#1 | Function=a
// REMARK:      remark: [Missed] LayerSkipped | Category:prune-weights:b#0 | Function=b
// REMARK:      remark: [Missed] LayerSkipped | Category:prune-weights:shared#0 | Function=shared
// REMARK-NOT:  shared#1
// REMARK:      remark: [Missed] LayerSkipped | Category:prune-weights:shared#2 | Function=shared
func.func @a(%x: tensor<1x2xf32>) -> tensor<1x2xf32> {
  %w1 = arith.constant dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf32>
  %w2 = arith.constant dense<[[5.0, 6.0], [7.0, 8.0]]> : tensor<2x2xf32>
  %init = arith.constant dense<0.0> : tensor<1x2xf32>
  %h = linalg.matmul ins(%x, %w1 : tensor<1x2xf32>, tensor<2x2xf32>) outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32>
  %y = linalg.matmul ins(%h, %w2 : tensor<1x2xf32>, tensor<2x2xf32>) outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32>
  return %y : tensor<1x2xf32>
}

func.func @b(%x: tensor<1x2xf32>) -> tensor<1x2xf32> {
  %w = arith.constant dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf32>
  %init = arith.constant dense<0.0> : tensor<1x2xf32>
  %y = linalg.matmul ins(%x, %w : tensor<1x2xf32>, tensor<2x2xf32>) outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32>
  return %y : tensor<1x2xf32>
}

func.func @shared(%x: tensor<1x2xf32>) -> tensor<1x2xf32> {
  %w1 = arith.constant dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf32>
  %w2 = arith.constant dense<[[5.0, 6.0], [7.0, 8.0]]> : tensor<2x2xf32>
  %init = arith.constant dense<0.0> : tensor<1x2xf32>
  %h = linalg.matmul ins(%x, %w1 : tensor<1x2xf32>, tensor<2x2xf32>) outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32>
  %g = linalg.matmul ins(%h, %w1 : tensor<1x2xf32>, tensor<2x2xf32>) outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32>
  %y = linalg.matmul ins(%g, %w2 : tensor<1x2xf32>, tensor<2x2xf32>) outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32>
  return %y : tensor<1x2xf32>
}
