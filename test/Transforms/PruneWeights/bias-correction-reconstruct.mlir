// prune-weights{method=reconstruct bias-correction=true}: the kept weights
// are solved on centered statistics (X^T X - s s^T / n) and the bias takes
// the mean: least squares with an intercept.

// Samples x = (1,0), (0,1), (1,1), (2,1); dense y = x1 + 0.2 x2. Pruning the
// 0.2, the fit of y on x1 with an intercept is y = x1 + 0.15; damped by
// lambda = 0.01 * mean(diag of the centered Gram) = 0.01 * (2 + 0.75) / 2,
// the slope is 2 / (2 + lambda) = 0.993172 and the intercept
// 1.15 - 0.993172 = 0.156828. Without the correction the fit goes through
// the origin: x1.y / (x1.x1 + 0.01 * mean(diag X^T X)) = 6.6 / 6.045
// = 1.091811.
// RUN: prune-stats write %t.stats --layer fc3 --inputs '1,0;0,1;1,1;2,1'
// RUN: prune-opt %s --prune-weights="sparsity=0.5 method=reconstruct stats=%t.stats bias-correction=true" | FileCheck %s
// RUN: prune-opt %s --prune-weights="sparsity=0.5 method=reconstruct stats=%t.stats" | FileCheck %s --check-prefix=OFF

// CHECK-LABEL: func.func @fc3
// CHECK:         dense<{{\[\[\[}}0.99317{{[0-9]*}}], [0.000000e+00]]]> : tensor<1x2x1xf32>
// CHECK:         dense<0.15682{{[0-9]*}}> : tensor<1x1x1xf32>
// OFF-LABEL: func.func @fc3
// OFF:         dense<{{\[\[\[}}1.09181{{[0-9]*}}], [0.000000e+00]]]> : tensor<1x2x1xf32>
// OFF:         dense<0.000000e+00> : tensor<1x1x1xf32>
func.func @fc3(%x: tensor<1x4x2xf32>) -> tensor<1x4x1xf32> {
  %w = "tosa.const"() <{values = dense<[[[1.0], [0.2]]]> : tensor<1x2x1xf32>}> : () -> tensor<1x2x1xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %y = tosa.matmul %x, %w, %zp, %zp : (tensor<1x4x2xf32>, tensor<1x2x1xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x1xf32> loc("fc3")
  %b = "tosa.const"() <{values = dense<[[[0.0]]]> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
  %r = tosa.add %y, %b : (tensor<1x4x1xf32>, tensor<1x1x1xf32>) -> tensor<1x4x1xf32>
  return %r : tensor<1x4x1xf32>
}
