// layers=REGEX: only layers whose name matches lose neurons. A layer that is
// left alone still loses the input columns of neurons removed from the layer
// before it, and gets a `missed` remark saying why. Coupled layers shrink only
// when all their names match.

// RUN: prune-opt %s --split-input-file --prune-neurons="layers=^A$" | FileCheck %s --check-prefix=ONLY-A
// RUN: prune-opt %s --split-input-file --prune-neurons="layers=^B" | FileCheck %s --check-prefix=ONLY-B
// RUN: prune-opt %s --split-input-file --prune-neurons="layers=A|B" | FileCheck %s --check-prefix=BOTH
// RUN: prune-opt %s --split-input-file --prune-neurons="layers=nothing" | FileCheck %s --check-prefix=NONE
// RUN: prune-opt %s --split-input-file --prune-neurons="mode=importance ratio=0.5 scope=global layers=^B$" \
// RUN:   | FileCheck %s --check-prefix=GLOBAL-B
// RUN: prune-opt %s --split-input-file --prune-neurons="layers=^A$" --remarks-filter=prune-neurons \
// RUN:   -o /dev/null 2>&1 | FileCheck %s --check-prefix=REMARK

// A (2 -> 3) has dead neuron 1, B (3 -> 3) dead neuron 2, C (3 -> 1) is the output.
// ONLY-A-LABEL: func.func @two_dead
// ONLY-A:         tosa.matmul {{.*}} -> tensor<1x?x2xf32>
// ONLY-A:         tosa.matmul {{.*}} : (tensor<1x?x2xf32>, tensor<1x2x3xf32>, {{.*}}) -> tensor<1x?x3xf32>
// ONLY-A:         tosa.matmul {{.*}} : (tensor<1x?x3xf32>, tensor<1x3x1xf32>, {{.*}}) -> tensor<1x?x1xf32>
// ONLY-B-LABEL: func.func @two_dead
// ONLY-B:         tosa.matmul {{.*}} -> tensor<1x?x3xf32>
// ONLY-B:         tosa.matmul {{.*}} : (tensor<1x?x3xf32>, tensor<1x3x2xf32>, {{.*}}) -> tensor<1x?x2xf32>
// ONLY-B:         tosa.matmul {{.*}} : (tensor<1x?x2xf32>, tensor<1x2x1xf32>, {{.*}}) -> tensor<1x?x1xf32>
// BOTH-LABEL: func.func @two_dead
// BOTH:         tosa.matmul {{.*}} -> tensor<1x?x2xf32>
// BOTH:         tosa.matmul {{.*}} : (tensor<1x?x2xf32>, tensor<1x2x2xf32>, {{.*}}) -> tensor<1x?x2xf32>
// BOTH:         tosa.matmul {{.*}} : (tensor<1x?x2xf32>, tensor<1x2x1xf32>, {{.*}}) -> tensor<1x?x1xf32>
// NONE-LABEL: func.func @two_dead
// NONE:         tosa.matmul {{.*}} -> tensor<1x?x3xf32>
// NONE:         tosa.matmul {{.*}} : (tensor<1x?x3xf32>, tensor<1x3x3xf32>, {{.*}}) -> tensor<1x?x3xf32>
// Only B is in the global pool: round(0.5 * 3) = 2 of its 3 neurons go.
// GLOBAL-B-LABEL: func.func @two_dead
// GLOBAL-B:         tosa.matmul {{.*}} -> tensor<1x?x3xf32>
// GLOBAL-B:         tosa.matmul {{.*}} : (tensor<1x?x3xf32>, tensor<1x3x1xf32>, {{.*}}) -> tensor<1x?x1xf32>
// REMARK: Remark="layer 'A': 3 -> 2 neurons (1 dead)"
// REMARK: Reason="layer 'B' left alone: its name does not match layers='^A$'"
// REMARK: Reason="layer 'C' left alone: the neurons are results of the function (model outputs are never shrunk)"
func.func @two_dead(%x: tensor<1x?x2xf32>) -> tensor<1x?x1xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %wa = "tosa.const"() <{values = dense<[[[1.0, 0.0, 3.0], [2.0, 0.0, 4.0]]]> : tensor<1x2x3xf32>}> : () -> tensor<1x2x3xf32>
  %ba = "tosa.const"() <{values = dense<[[[0.0, -1.0, 0.0]]]> : tensor<1x1x3xf32>}> : () -> tensor<1x1x3xf32>
  %wb = "tosa.const"() <{values = dense<[[[1.0, 2.0, 0.0], [3.0, 4.0, 0.0], [5.0, 6.0, 0.0]]]> : tensor<1x3x3xf32>}> : () -> tensor<1x3x3xf32>
  %bb = "tosa.const"() <{values = dense<[[[0.0, 0.0, -2.0]]]> : tensor<1x1x3xf32>}> : () -> tensor<1x1x3xf32>
  %wc = "tosa.const"() <{values = dense<[[[1.0], [2.0], [3.0]]]> : tensor<1x3x1xf32>}> : () -> tensor<1x3x1xf32>
  %a = tosa.matmul %x, %wa, %zp, %zp : (tensor<1x?x2xf32>, tensor<1x2x3xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x3xf32> loc("A")
  %ab = tosa.add %a, %ba : (tensor<1x?x3xf32>, tensor<1x1x3xf32>) -> tensor<1x?x3xf32>
  %ar = tosa.clamp %ab {min_val = 0.0 : f32, max_val = 3.4e38 : f32} : (tensor<1x?x3xf32>) -> tensor<1x?x3xf32>
  %b = tosa.matmul %ar, %wb, %zp, %zp : (tensor<1x?x3xf32>, tensor<1x3x3xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x3xf32> loc("B")
  %bbb = tosa.add %b, %bb : (tensor<1x?x3xf32>, tensor<1x1x3xf32>) -> tensor<1x?x3xf32>
  %br = tosa.clamp %bbb {min_val = 0.0 : f32, max_val = 3.4e38 : f32} : (tensor<1x?x3xf32>) -> tensor<1x?x3xf32>
  %c = tosa.matmul %br, %wc, %zp, %zp : (tensor<1x?x3xf32>, tensor<1x3x1xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x1xf32> loc("C")
  return %c : tensor<1x?x1xf32>
}
