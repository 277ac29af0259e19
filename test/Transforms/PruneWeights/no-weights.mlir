// A model whose weights are function arguments (or computed) has nothing
// prune-weights can prune; the pass says so for each such function instead
// of exiting silently, and changes nothing. prune-neurons, prune-instrument
// and prune-sparsify say the same.

// RUN: prune-opt %s --prune-weights=sparsity=0.5 --remarks-filter=prune-weights 2>&1 \
// RUN:   | FileCheck %s --check-prefix=WEIGHTS
// RUN: prune-opt %s --prune-neurons --remarks-filter=prune-neurons -o /dev/null 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NEURONS
// RUN: prune-opt %s --prune-instrument=output=%t.stats --remarks-filter=prune-instrument -o /dev/null 2>&1 \
// RUN:   | FileCheck %s --check-prefix=INSTRUMENT
// RUN: prune-opt %s --prune-sparsify --remarks-filter=prune-sparsify -o /dev/null 2>&1 \
// RUN:   | FileCheck %s --check-prefix=SPARSIFY

// WEIGHTS: remark: [Missed] NoConstantWeights | Category:prune-weights | Function=weights_as_arguments | Reason="no constant weights found in @weights_as_arguments: 2 layer(s) without one, e.g. 'tosa.matmul' operand #1 is argument #1 of @weights_as_arguments"
// WEIGHTS: remark: [Missed] NoConstantWeights | Category:prune-weights | Function=some_weights | Reason="1 of 2 layers in @some_weights have no constant weight, e.g. 'tosa.matmul' operand #1 is argument #1 of @some_weights"
// WEIGHTS-NOT: NoConstantWeights
// WEIGHTS: func.func @weights_as_arguments
// WEIGHTS: func.func @no_layers
// NEURONS: [Missed] NoConstantWeights | Category:prune-neurons | Function=weights_as_arguments
// INSTRUMENT: [Missed] NoConstantWeights | Category:prune-instrument | Function=weights_as_arguments
// SPARSIFY: [Missed] NoConstantWeights | Category:prune-sparsify | Function=weights_as_arguments

func.func @weights_as_arguments(%x: tensor<1x4x2xf32>, %w1: tensor<1x2x3xf32>, %w2: tensor<1x3x2xf32>) -> tensor<1x4x2xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %h = tosa.matmul %x, %w1, %zp, %zp : (tensor<1x4x2xf32>, tensor<1x2x3xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x3xf32>
  %y = tosa.matmul %h, %w2, %zp, %zp : (tensor<1x4x3xf32>, tensor<1x3x2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x2xf32>
  return %y : tensor<1x4x2xf32>
}

// One layer of two has a constant weight: the function says how many do not.
func.func @some_weights(%x: tensor<1x4x2xf32>, %w1: tensor<1x2x3xf32>) -> tensor<1x4x2xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %h = tosa.matmul %x, %w1, %zp, %zp : (tensor<1x4x2xf32>, tensor<1x2x3xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x3xf32>
  %w2 = "tosa.const"() <{values = dense<1.0> : tensor<1x3x2xf32>}> : () -> tensor<1x3x2xf32>
  %y = tosa.matmul %h, %w2, %zp, %zp : (tensor<1x4x3xf32>, tensor<1x3x2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x2xf32>
  return %y : tensor<1x4x2xf32>
}

// A function without layers (a tree, a helper) is not worth a remark.
func.func @no_layers(%x: tensor<4xf32>) -> tensor<4xf32> {
  return %x : tensor<4xf32>
}
