// Coupled neurons: a residual add ties the neurons of two layers together, so
// they are removed from both or not at all; anything prune-neurons cannot
// follow (a summand from the function's argument, a concat, a use as a model
// output) leaves the layer alone with a remark and never a wrong shape.

// RUN: prune-opt %s --split-input-file --prune-neurons --remarks-filter=prune-neurons 2>%t.remarks | FileCheck %s
// RUN: FileCheck %s --check-prefix=REMARK --input-file=%t.remarks
// RUN: prune-opt %s --split-input-file --prune-neurons="mode=importance ratio=0.34" | FileCheck %s --check-prefix=IMPORTANCE

// A and B both have zero weights and a negative bias for neuron 1; their sum
// is dead after the ReLU. The neuron goes from A, B and C's input together.
// CHECK-LABEL: func.func @residual_dead
// CHECK-DAG:     "tosa.const"() <{values = dense<{{\[}}{{\[}}[1.000000e+00, 3.000000e+00], [2.000000e+00, 4.000000e+00]]]> : tensor<1x2x2xf32>}>
// CHECK-DAG:     "tosa.const"() <{values = dense<{{\[}}{{\[}}[5.000000e+00, 7.000000e+00], [6.000000e+00, 8.000000e+00]]]> : tensor<1x2x2xf32>}>
// CHECK-DAG:     "tosa.const"() <{values = dense<{{\[}}{{\[}}[1.000000e+00], [3.000000e+00]]]> : tensor<1x2x1xf32>}>
// CHECK:         tosa.add {{.*}} -> tensor<1x?x2xf32>
// CHECK:         tosa.clamp {{.*}} -> tensor<1x?x2xf32>
// REMARK: remark: {{.*}}[Passed] LayerShrunk | Category:prune-neurons:A+B | Function=residual_dead | Remark="layer 'A+B': 3 -> 2 neurons (1 dead)"
// IMPORTANCE-LABEL: func.func @residual_dead
// The combined l2 norms are [sqrt(1+4+25+36), 0, sqrt(9+16+49+64)]: neuron 1 goes.
// IMPORTANCE:     tosa.clamp {{.*}} -> tensor<1x?x2xf32>
func.func @residual_dead(%x: tensor<1x?x2xf32>) -> tensor<1x?x1xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %wa = "tosa.const"() <{values = dense<[[[1.0, 0.0, 3.0], [2.0, 0.0, 4.0]]]> : tensor<1x2x3xf32>}> : () -> tensor<1x2x3xf32>
  %wb = "tosa.const"() <{values = dense<[[[5.0, 0.0, 7.0], [6.0, 0.0, 8.0]]]> : tensor<1x2x3xf32>}> : () -> tensor<1x2x3xf32>
  %ba = "tosa.const"() <{values = dense<[[[0.0, -1.0, 0.0]]]> : tensor<1x1x3xf32>}> : () -> tensor<1x1x3xf32>
  %wc = "tosa.const"() <{values = dense<[[[1.0], [2.0], [3.0]]]> : tensor<1x3x1xf32>}> : () -> tensor<1x3x1xf32>
  %a = tosa.matmul %x, %wa, %zp, %zp : (tensor<1x?x2xf32>, tensor<1x2x3xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x3xf32> loc("A")
  %ab = tosa.add %a, %ba : (tensor<1x?x3xf32>, tensor<1x1x3xf32>) -> tensor<1x?x3xf32>
  %b = tosa.matmul %x, %wb, %zp, %zp : (tensor<1x?x2xf32>, tensor<1x2x3xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x3xf32> loc("B")
  %s = tosa.add %ab, %b : (tensor<1x?x3xf32>, tensor<1x?x3xf32>) -> tensor<1x?x3xf32>
  %r = tosa.clamp %s {min_val = 0.0 : f32, max_val = 3.4e38 : f32} : (tensor<1x?x3xf32>) -> tensor<1x?x3xf32>
  %c = tosa.matmul %r, %wc, %zp, %zp : (tensor<1x?x3xf32>, tensor<1x3x1xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x1xf32> loc("C")
  return %c : tensor<1x?x1xf32>
}

// -----

// Negative: neuron 1 is dead in A alone, but B's neuron 1 is not, so their
// sum is not constant and nothing goes.
// CHECK-LABEL: func.func @residual_half_dead
// CHECK:         tosa.clamp {{.*}} -> tensor<1x?x3xf32>
// REMARK: remark: {{.*}}[Missed] LayerLeftAlone | Category:prune-neurons:A+B | Function=residual_half_dead | Reason="layer 'A+B' keeps its 3 neurons; none is unread or provably constant where the next layers read it (mode=dead removes only those)"
func.func @residual_half_dead(%x: tensor<1x?x2xf32>) -> tensor<1x?x1xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %wa = "tosa.const"() <{values = dense<[[[1.0, 0.0, 3.0], [2.0, 0.0, 4.0]]]> : tensor<1x2x3xf32>}> : () -> tensor<1x2x3xf32>
  %wb = "tosa.const"() <{values = dense<[[[5.0, 9.0, 7.0], [6.0, 0.0, 8.0]]]> : tensor<1x2x3xf32>}> : () -> tensor<1x2x3xf32>
  %ba = "tosa.const"() <{values = dense<[[[0.0, -1.0, 0.0]]]> : tensor<1x1x3xf32>}> : () -> tensor<1x1x3xf32>
  %wc = "tosa.const"() <{values = dense<[[[1.0], [2.0], [3.0]]]> : tensor<1x3x1xf32>}> : () -> tensor<1x3x1xf32>
  %a = tosa.matmul %x, %wa, %zp, %zp : (tensor<1x?x2xf32>, tensor<1x2x3xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x3xf32> loc("A")
  %ab = tosa.add %a, %ba : (tensor<1x?x3xf32>, tensor<1x1x3xf32>) -> tensor<1x?x3xf32>
  %b = tosa.matmul %x, %wb, %zp, %zp : (tensor<1x?x2xf32>, tensor<1x2x3xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x3xf32> loc("B")
  %s = tosa.add %ab, %b : (tensor<1x?x3xf32>, tensor<1x?x3xf32>) -> tensor<1x?x3xf32>
  %r = tosa.clamp %s {min_val = 0.0 : f32, max_val = 3.4e38 : f32} : (tensor<1x?x3xf32>) -> tensor<1x?x3xf32>
  %c = tosa.matmul %r, %wc, %zp, %zp : (tensor<1x?x3xf32>, tensor<1x3x1xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x1xf32> loc("C")
  return %c : tensor<1x?x1xf32>
}

// -----

// A residual connection from the input: x's features cannot shrink, so A is
// left alone although its neuron 1 is dead.
// CHECK-LABEL: func.func @residual_from_input
// CHECK:         tosa.add {{.*}} -> tensor<1x?x2xf32>
// REMARK: remark: {{.*}}[Missed] LayerLeftAlone | Category:prune-neurons:A | Function=residual_from_input | Reason="layer 'A' left alone: the neurons are mixed with argument #0 of 'func.func' (e.g. a residual connection from the input)"
func.func @residual_from_input(%x: tensor<1x?x2xf32>) -> tensor<1x?x1xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %wa = "tosa.const"() <{values = dense<[[[1.0, 0.0], [2.0, 0.0]]]> : tensor<1x2x2xf32>}> : () -> tensor<1x2x2xf32>
  %ba = "tosa.const"() <{values = dense<[[[0.0, -1.0]]]> : tensor<1x1x2xf32>}> : () -> tensor<1x1x2xf32>
  %wc = "tosa.const"() <{values = dense<[[[1.0], [2.0]]]> : tensor<1x2x1xf32>}> : () -> tensor<1x2x1xf32>
  %a = tosa.matmul %x, %wa, %zp, %zp : (tensor<1x?x2xf32>, tensor<1x2x2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x2xf32> loc("A")
  %ab = tosa.add %a, %ba : (tensor<1x?x2xf32>, tensor<1x1x2xf32>) -> tensor<1x?x2xf32>
  %s = tosa.add %ab, %x : (tensor<1x?x2xf32>, tensor<1x?x2xf32>) -> tensor<1x?x2xf32>
  %c = tosa.matmul %s, %wc, %zp, %zp : (tensor<1x?x2xf32>, tensor<1x2x1xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x1xf32> loc("C")
  return %c : tensor<1x?x1xf32>
}

// -----

// Concatenated layers: the neuron indices shift in the concat, which
// prune-neurons does not follow; both layers are left alone.
// CHECK-LABEL: func.func @concat
// CHECK:         tosa.concat {{.*}} -> tensor<1x?x4xf32>
// REMARK: remark: {{.*}}[Missed] LayerLeftAlone | Category:prune-neurons:A | Function=concat | Reason="layer 'A' left alone: the neurons reach 'tosa.concat', which prune-neurons does not know how to shrink"
// REMARK: remark: {{.*}}[Missed] LayerLeftAlone | Category:prune-neurons:B | Function=concat | Reason="layer 'B' left alone: the neurons reach 'tosa.concat', which prune-neurons does not know how to shrink"
func.func @concat(%x: tensor<1x?x2xf32>) -> tensor<1x?x1xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %wa = "tosa.const"() <{values = dense<[[[1.0, 0.0], [2.0, 0.0]]]> : tensor<1x2x2xf32>}> : () -> tensor<1x2x2xf32>
  %wb = "tosa.const"() <{values = dense<[[[0.0, 5.0], [0.0, 6.0]]]> : tensor<1x2x2xf32>}> : () -> tensor<1x2x2xf32>
  %wc = "tosa.const"() <{values = dense<[[[1.0], [2.0], [3.0], [4.0]]]> : tensor<1x4x1xf32>}> : () -> tensor<1x4x1xf32>
  %a = tosa.matmul %x, %wa, %zp, %zp : (tensor<1x?x2xf32>, tensor<1x2x2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x2xf32> loc("A")
  %b = tosa.matmul %x, %wb, %zp, %zp : (tensor<1x?x2xf32>, tensor<1x2x2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x2xf32> loc("B")
  %cat = tosa.concat %a, %b {axis = 2 : i32} : (tensor<1x?x2xf32>, tensor<1x?x2xf32>) -> tensor<1x?x4xf32>
  %c = tosa.matmul %cat, %wc, %zp, %zp : (tensor<1x?x4xf32>, tensor<1x4x1xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x1xf32> loc("C")
  return %c : tensor<1x?x1xf32>
}

// -----

// A hidden layer that is also returned is a model output: left alone.
// CHECK-LABEL: func.func @also_returned
// CHECK:         return {{.*}} : tensor<1x?x1xf32>, tensor<1x?x2xf32>
// REMARK: remark: {{.*}}[Missed] LayerLeftAlone | Category:prune-neurons:A | Function=also_returned | Reason="layer 'A' left alone: the neurons are results of the function (model outputs are never shrunk)"
func.func @also_returned(%x: tensor<1x?x2xf32>) -> (tensor<1x?x1xf32>, tensor<1x?x2xf32>) {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %wa = "tosa.const"() <{values = dense<[[[1.0, 0.0], [2.0, 0.0]]]> : tensor<1x2x2xf32>}> : () -> tensor<1x2x2xf32>
  %wc = "tosa.const"() <{values = dense<[[[1.0], [2.0]]]> : tensor<1x2x1xf32>}> : () -> tensor<1x2x1xf32>
  %a = tosa.matmul %x, %wa, %zp, %zp : (tensor<1x?x2xf32>, tensor<1x2x2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x2xf32> loc("A")
  %c = tosa.matmul %a, %wc, %zp, %zp : (tensor<1x?x2xf32>, tensor<1x2x1xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x1xf32> loc("C")
  return %c, %a : tensor<1x?x1xf32>, tensor<1x?x2xf32>
}
