// prune-instrument needs output=PATH and refuses a module it already
// instrumented (every sample would be counted twice).
// RUN: not prune-opt %s --prune-instrument 2>&1 | FileCheck %s --check-prefix=NO-OUTPUT
// NO-OUTPUT: error: prune-instrument: option 'output' is required: the statistics file the instrumented model writes

// RUN: prune-opt %s --split-input-file --verify-diagnostics --prune-instrument=output=s.stats

func.func @twice(%x: tensor<8x4xf32>) -> tensor<8x3xf32> {
  %w = arith.constant dense<1.0> : tensor<4x3xf32>
  %init = tensor.empty() : tensor<8x3xf32>
  // expected-error @below {{'prune.observe' op prune-instrument: the module is already instrumented}}
  prune.observe input %x layer "twice#0" dim 1 to "s.stats" : tensor<8x4xf32>
  %mm = linalg.matmul ins(%x, %w : tensor<8x4xf32>, tensor<4x3xf32>) outs(%init : tensor<8x3xf32>) -> tensor<8x3xf32>
  return %mm : tensor<8x3xf32>
}
