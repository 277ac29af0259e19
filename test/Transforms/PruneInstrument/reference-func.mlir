// prune-instrument{reference-func=F}: the layers of @F are a reference model.
// Their inputs are observed with role `reference` (no output probes), the
// model's layers as usual; the runtime pairs them sample by sample and
// writes X^T R beside the Gram matrix.
// RUN: prune-opt %s --prune-instrument="output=s.stats reference-func=reference" \
// RUN:   2>%t.err | FileCheck %s
// RUN: FileCheck %s --check-prefix=WARN < %t.err

// CHECK-LABEL: func.func @model
// CHECK:       prune.observe input %{{.*}} layer "fc" dim 1 to "s.stats" : tensor<2x2xf32>
// CHECK:       linalg.matmul
// CHECK:       prune.observe output %{{.*}} layer "fc" dim 1 to "s.stats" : tensor<2x3xf32>
// CHECK-LABEL: func.func @reference
// CHECK:       prune.observe reference %{{.*}} layer "fc" dim 1 to "s.stats" : tensor<2x2xf32>
// CHECK-NEXT:  linalg.matmul
// CHECK-NOT:   prune.observe
// CHECK:       return

// Run: @main calls the reference first, then the model, on the same samples.
// x = [[1, 2], [3, 4]], r = [[1, 0], [0, 2]]: X^T X = [[10, 14], [14, 20]],
// X^T R = [[1, 6], [2, 8]].
// RUN: rm -f %t.stats
// RUN: prune-opt %s --prune-instrument="output=%t.stats reference-func=reference" \
// RUN:   --prune-lower-observe --sparsifier 2>/dev/null \
// RUN:   | mlir-runner -e main -entry-point-result=void \
// RUN:     -shared-libs=%mlir_runner_libs,%prune_lib/libPruneRuntime.so
// RUN: prune-stats dump %t.stats \
// RUN:   | FileCheck %s --check-prefix=STATS
// STATS:      layer fc samples 2 in 2 out 3
// STATS-NEXT:   sum_squares 10 20
// STATS-NEXT:   gram 10 14
// STATS-NEXT:   gram 14 20
// STATS:        cross 1 6
// STATS-NEXT:   cross 2 8

// The model first: its samples have no reference to pair with, and the file
// is not written.
// RUN: rm -f %t.bad.stats
// RUN: prune-opt %s --prune-instrument="output=%t.bad.stats reference-func=reference" \
// RUN:   --prune-lower-observe --sparsifier 2>/dev/null \
// RUN:   | mlir-runner -e model_first -entry-point-result=void \
// RUN:     -shared-libs=%mlir_runner_libs,%prune_lib/libPruneRuntime.so 2>&1 \
// RUN:   | FileCheck %s --check-prefix=UNPAIRED
// RUN: not test -e %t.bad.stats
// UNPAIRED: prune runtime: statistics file '{{.*}}.bad.stats' not written: layer 'fc': its reference was first observed after 2 unpaired input samples; observe the reference model first, on the same samples

// A function that does not exist.
// RUN: not prune-opt %s --prune-instrument="output=s.stats reference-func=nope" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=MISSING
// MISSING: error: prune-instrument: invalid option 'reference-func=nope': the module has no function of that name

func.func @model(%x: tensor<2x2xf32>) -> tensor<2x3xf32> {
  %w = arith.constant dense<[[1.0, 0.0, -1.0], [0.5, 2.0, 0.0]]> : tensor<2x3xf32>
  %init = arith.constant dense<0.0> : tensor<2x3xf32>
  %y = linalg.matmul ins(%x, %w : tensor<2x2xf32>, tensor<2x3xf32>) outs(%init : tensor<2x3xf32>) -> tensor<2x3xf32> loc("fc")
  return %y : tensor<2x3xf32>
}

func.func @reference(%x: tensor<2x2xf32>) -> tensor<2x3xf32> {
  %w = arith.constant dense<[[1.0, 0.5, -1.0], [0.5, 2.0, 0.25]]> : tensor<2x3xf32>
  %init = arith.constant dense<0.0> : tensor<2x3xf32>
  %y = linalg.matmul ins(%x, %w : tensor<2x2xf32>, tensor<2x3xf32>) outs(%init : tensor<2x3xf32>) -> tensor<2x3xf32> loc("fc")
  %v = arith.constant dense<1.0> : tensor<3x3xf32>
  %init2 = arith.constant dense<0.0> : tensor<2x3xf32>
  // A reference layer that the model lacks has nothing to pair with.
  // WARN: warning: loc("extra"): prune-instrument: reference layer 'extra' not instrumented: no layer of that name outside @reference
  %z = linalg.matmul ins(%y, %v : tensor<2x3xf32>, tensor<3x3xf32>) outs(%init2 : tensor<2x3xf32>) -> tensor<2x3xf32> loc("extra")
  return %z : tensor<2x3xf32>
}

func.func @main() {
  %x = arith.constant dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf32>
  %r = arith.constant dense<[[1.0, 0.0], [0.0, 2.0]]> : tensor<2x2xf32>
  %0 = call @reference(%r) : (tensor<2x2xf32>) -> tensor<2x3xf32>
  %1 = call @model(%x) : (tensor<2x2xf32>) -> tensor<2x3xf32>
  return
}

func.func @model_first() {
  %x = arith.constant dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf32>
  %1 = call @model(%x) : (tensor<2x2xf32>) -> tensor<2x3xf32>
  %0 = call @reference(%x) : (tensor<2x2xf32>) -> tensor<2x3xf32>
  return
}
