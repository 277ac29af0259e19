// prune-instrument{reference-func=F model-func=G}: layers without a location
// name are `<function>#<k>`, so a reference function's layers would never
// match the model's; with model-func the reference's `F#k` is observed as
// `G#k`. Named layers keep their names.
// RUN: prune-opt %s --prune-instrument="output=s.stats reference-func=reference_forward model-func=forward" \
// RUN:   | FileCheck %s
// CHECK-LABEL: func.func @forward
// CHECK:       prune.observe input %{{.*}} layer "forward#0"
// CHECK:       prune.observe input %{{.*}} layer "named"
// CHECK-LABEL: func.func @reference_forward
// CHECK:       prune.observe reference %{{.*}} layer "forward#0"
// CHECK:       prune.observe reference %{{.*}} layer "named"

// Without model-func the unnamed reference layer has no counterpart.
// RUN: prune-opt %s --prune-instrument="output=s.stats reference-func=reference_forward" \
// RUN:   2>&1 >/dev/null | FileCheck %s --check-prefix=UNPAIRED
// UNPAIRED: warning: prune-instrument: reference layer 'reference_forward#0' not instrumented: no layer of that name outside @reference_forward

// RUN: not prune-opt %s --prune-instrument="output=s.stats model-func=forward" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NO-REFERENCE
// NO-REFERENCE: error: prune-instrument: invalid option 'model-func=forward': it needs reference-func
// RUN: not prune-opt %s --prune-instrument="output=s.stats reference-func=reference_forward model-func=nope" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=MISSING
// MISSING: error: prune-instrument: invalid option 'model-func=nope': the module has no function of that name

func.func @forward(%x: tensor<2x2xf32>) -> tensor<2x3xf32> {
  %w = arith.constant dense<1.0> : tensor<2x3xf32>
  %v = arith.constant dense<1.0> : tensor<3x3xf32>
  %init = arith.constant dense<0.0> : tensor<2x3xf32>
  %y = linalg.matmul ins(%x, %w : tensor<2x2xf32>, tensor<2x3xf32>) outs(%init : tensor<2x3xf32>) -> tensor<2x3xf32>
  %z = linalg.matmul ins(%y, %v : tensor<2x3xf32>, tensor<3x3xf32>) outs(%init : tensor<2x3xf32>) -> tensor<2x3xf32> loc("named")
  return %z : tensor<2x3xf32>
}

func.func @reference_forward(%x: tensor<2x2xf32>) -> tensor<2x3xf32> {
  %w = arith.constant dense<2.0> : tensor<2x3xf32>
  %v = arith.constant dense<2.0> : tensor<3x3xf32>
  %init = arith.constant dense<0.0> : tensor<2x3xf32>
  %y = linalg.matmul ins(%x, %w : tensor<2x2xf32>, tensor<2x3xf32>) outs(%init : tensor<2x3xf32>) -> tensor<2x3xf32>
  %z = linalg.matmul ins(%y, %v : tensor<2x3xf32>, tensor<3x3xf32>) outs(%init : tensor<2x3xf32>) -> tensor<2x3xf32> loc("named")
  return %z : tensor<2x3xf32>
}
