// prune-neurons report=PATH: the JSON report of docs/DESIGN.md with one entry per
// layer (name, producer op, weight shape and elements, nonzeros of the weight
// before and after, neurons before, after and removed by reason, neurons
// folded into the next bias, the layers reading the neurons) or, for a layer
// left alone, its reason; at the top the mode, neurons, parameters (elements
// of float constants with more than one element) and FLOPs (2 per
// multiply-add of every layer, per sample: dynamic dimensions count as 1)
// before and after. llvm::json prints keys sorted.

// RUN: prune-opt %s --prune-neurons="report=%t.json" -o /dev/null
// RUN: FileCheck %s --input-file=%t.json
// RUN: prune-opt %s --prune-neurons="mode=importance ratio=0.3 report=%t.importance.json" -o /dev/null
// RUN: FileCheck %s --input-file=%t.importance.json --check-prefix=IMPORTANCE

// A: 2 -> 3 (neuron 1 dead, neuron 2 constant 2), B: 3 -> 1 (output).
// Parameters before: 6 + 3 + 3 = 12 (B's 1-element bias and the zero point
// do not count); after: only A's 2 remaining weights (A's bias and B's weight
// are down to one element each).
// FLOPs before: 2 * (2 * 3) + 2 * (3 * 1) = 18; after: 2 * 2 + 2 * 1 = 6.

// CHECK:      "flops_after": 6,
// CHECK-NEXT: "flops_before": 18,
// CHECK-NEXT: "layers": [
// CHECK-NEXT:   {
// CHECK-NEXT:     "consumers": [
// CHECK-NEXT:       "B"
// CHECK-NEXT:     ],
// CHECK-NEXT:     "elements": 6,
// CHECK-NEXT:     "folded_into_bias": 1,
// CHECK-NEXT:     "name": "A",
// CHECK-NEXT:     "neurons_after": 1,
// CHECK-NEXT:     "neurons_before": 3,
// CHECK-NEXT:     "neurons_removed": 2,
// CHECK-NEXT:     "nonzeros_after": 2,
// CHECK-NEXT:     "nonzeros_before": 2,
// CHECK-NEXT:     "op": "tosa.matmul",
// CHECK-NEXT:     "pattern": "neurons",
// CHECK-NEXT:     "removed": {
// CHECK-NEXT:       "constant": 1,
// CHECK-NEXT:       "dead": 1
// CHECK-NEXT:     },
// CHECK-NEXT:     "shape": [
// CHECK-NEXT:       1,
// CHECK-NEXT:       2,
// CHECK-NEXT:       3
// CHECK-NEXT:     ],
// CHECK-NEXT:     "status": "pruned"
// CHECK-NEXT:   },
// CHECK-NEXT:   {
// CHECK-NEXT:     "elements": 3,
// CHECK-NEXT:     "name": "B",
// CHECK-NEXT:     "op": "tosa.matmul",
// CHECK-NEXT:     "pattern": "neurons",
// CHECK-NEXT:     "reason": "the neurons are results of the function (model outputs are never shrunk)",
// CHECK-NEXT:     "shape": [
// CHECK-NEXT:       1,
// CHECK-NEXT:       3,
// CHECK-NEXT:       1
// CHECK-NEXT:     ],
// CHECK-NEXT:     "status": "skipped"
// CHECK-NEXT:   }
// CHECK-NEXT: ],
// CHECK-NEXT: "mode": "dead",
// CHECK-NEXT: "neurons_after": 1,
// CHECK-NEXT: "neurons_before": 3,
// CHECK-NEXT: "parameters_after": 2,
// CHECK-NEXT: "parameters_before": 12,
// CHECK-NEXT: "pass": "prune-neurons",
// CHECK-NEXT: "total": {
// CHECK-NEXT:   "elements": 6,
// CHECK-NEXT:   "elements_left_alone": 3,
// CHECK-NEXT:   "layers_left_alone": 1,
// CHECK-NEXT:   "nonzeros_after": 2,
// CHECK-NEXT:   "nonzeros_before": 2
// CHECK-NEXT: }

// IMPORTANCE: "flops_after": 12,
// IMPORTANCE: "name": "A",
// IMPORTANCE-NEXT: "neurons_after": 2,
// IMPORTANCE-NEXT: "neurons_before": 3,
// IMPORTANCE-NEXT: "neurons_removed": 1,
// IMPORTANCE: "removed": {
// IMPORTANCE-NEXT: "unimportant": 1
// IMPORTANCE: "mode": "importance",
func.func @mlp(%x: tensor<1x?x2xf32>) -> tensor<1x?x1xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %wa = "tosa.const"() <{values = dense<[[[1.0, 0.0, 0.0], [2.0, 0.0, 0.0]]]> : tensor<1x2x3xf32>}> : () -> tensor<1x2x3xf32>
  %ba = "tosa.const"() <{values = dense<[[[0.0, -1.0, 2.0]]]> : tensor<1x1x3xf32>}> : () -> tensor<1x1x3xf32>
  %wb = "tosa.const"() <{values = dense<[[[1.0], [2.0], [3.0]]]> : tensor<1x3x1xf32>}> : () -> tensor<1x3x1xf32>
  %bb = "tosa.const"() <{values = dense<0.5> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
  %a = tosa.matmul %x, %wa, %zp, %zp : (tensor<1x?x2xf32>, tensor<1x2x3xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x3xf32> loc("A")
  %ab = tosa.add %a, %ba : (tensor<1x?x3xf32>, tensor<1x1x3xf32>) -> tensor<1x?x3xf32>
  %ar = tosa.clamp %ab {min_val = 0.0 : f32, max_val = 3.4e38 : f32} : (tensor<1x?x3xf32>) -> tensor<1x?x3xf32>
  %b = tosa.matmul %ar, %wb, %zp, %zp : (tensor<1x?x3xf32>, tensor<1x3x1xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x1xf32> loc("B")
  %o = tosa.add %b, %bb : (tensor<1x?x1xf32>, tensor<1x1x1xf32>) -> tensor<1x?x1xf32>
  return %o : tensor<1x?x1xf32>
}
