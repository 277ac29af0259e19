// prune-neurons remarks (category prune-neurons): a `passed` remark per
// shrunk layer with its neuron counts and reasons, a `missed` remark per layer
// that keeps its neurons or is left alone, with why. Without a remarks filter
// the pass prints no remark (its summary line points to the filter).

// RUN: prune-opt %s --prune-neurons --remarks-filter=prune-neurons -o /dev/null 2>&1 | FileCheck %s
// RUN: prune-opt %s --prune-neurons --remarks-filter-missed=prune-neurons -o /dev/null 2>&1 \
// RUN:   | FileCheck %s --check-prefix=MISSED
// RUN: prune-opt %s --prune-neurons -o /dev/null 2>&1 | FileCheck %s --allow-empty --check-prefix=QUIET

// mlp#0: neuron 1 is dead, neuron 2 the constant 2; mlp#1's neuron 1 reads
// only that constant (weights [0, 0, 1]), so it is the constant 2 as well,
// but the output layer has no bias to fold it into.

// QUIET-NOT: remark:
// MISSED-NOT: LayerShrunk

func.func @mlp(%x: tensor<1x?x2xf32>) -> tensor<1x?x1xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %wa = "tosa.const"() <{values = dense<[[[1.0, 0.0, 0.0], [2.0, 0.0, 0.0]]]> : tensor<1x2x3xf32>}> : () -> tensor<1x2x3xf32>
  %ba = "tosa.const"() <{values = dense<[[[0.0, -1.0, 2.0]]]> : tensor<1x1x3xf32>}> : () -> tensor<1x1x3xf32>
  %wb = "tosa.const"() <{values = dense<[[[1.0, 0.0], [2.0, 0.0], [3.0, 1.0]]]> : tensor<1x3x2xf32>}> : () -> tensor<1x3x2xf32>
  %wc = "tosa.const"() <{values = dense<[[[1.0], [2.0]]]> : tensor<1x2x1xf32>}> : () -> tensor<1x2x1xf32>
  // CHECK: remarks.mlir:[[@LINE+1]]:8: remark: [Passed] LayerShrunk | Category:prune-neurons:mlp#0 | Function=mlp | Remark="layer 'mlp#0': 3 -> 2 neurons (1 dead); 1 constant neuron(s) kept: layer 'mlp#1' has no constant bias added to its output"
  %a = tosa.matmul %x, %wa, %zp, %zp : (tensor<1x?x2xf32>, tensor<1x2x3xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x3xf32>
  %ab = tosa.add %a, %ba : (tensor<1x?x3xf32>, tensor<1x1x3xf32>) -> tensor<1x?x3xf32>
  %ar = tosa.clamp %ab {min_val = 0.0 : f32, max_val = 3.4e38 : f32} : (tensor<1x?x3xf32>) -> tensor<1x?x3xf32>
  // CHECK: remarks.mlir:[[@LINE+2]]:8: remark: [Missed] LayerLeftAlone | Category:prune-neurons:mlp#1 | Function=mlp | Reason="layer 'mlp#1' keeps its 2 neurons; 1 constant neuron(s) kept: layer 'mlp#2' has no constant bias added to its output"
  // MISSED: remarks.mlir:[[@LINE+1]]:8: remark: [Missed] LayerLeftAlone | Category:prune-neurons:mlp#1
  %b = tosa.matmul %ar, %wb, %zp, %zp : (tensor<1x?x3xf32>, tensor<1x3x2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x2xf32>
  // CHECK: remarks.mlir:[[@LINE+1]]:8: remark: [Missed] LayerLeftAlone | Category:prune-neurons:mlp#2 | Function=mlp | Reason="layer 'mlp#2' left alone: the neurons are results of the function (model outputs are never shrunk)"
  %c = tosa.matmul %b, %wc, %zp, %zp : (tensor<1x?x2xf32>, tensor<1x2x1xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x1xf32>
  return %c : tensor<1x?x1xf32>
}
