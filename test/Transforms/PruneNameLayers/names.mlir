// prune-name-layers records every layer's name - its prune.layer, else the
// NameLoc of its location, else <function>#<k> - as a prune.layer attribute
// and a NameLoc, so that names survive printing without locations. Ops that
// are no layers, and a layer that already has a name, are left as they are.

// RUN: prune-opt %s --split-input-file --prune-name-layers | FileCheck %s
// RUN: prune-opt %s --split-input-file --prune-name-layers --mlir-print-debuginfo \
// RUN:   | FileCheck %s --check-prefix=LOC
// RUN: not prune-opt %s --prune-name-layers="layers=fc1" 2>&1 | FileCheck %s --check-prefix=OPTION
// OPTION: error: prune-name-layers: unknown option 'layers'; the pass has no options

// CHECK-LABEL: func.func @named
// CHECK:       tosa.matmul {{.*}} {prune.layer = "fc1"}
// CHECK:       linalg.matmul {prune.layer = "named#1"}
// CHECK:       linalg.matmul {prune.layer = "kept"}
// CHECK-NOT:   prune.layer
// LOC-LABEL:   func.func @named
// LOC:         linalg.matmul {prune.layer = "named#1"} {{.*}} loc(#[[NAMED1:.*]])
// LOC:         #[[NAMED1]] = loc("named#1"
func.func @named(%x: tensor<1x2x2xf32>, %y: tensor<2x2xf32>, %init: tensor<2x2xf32>) -> (tensor<1x2x2xf32>, tensor<2x2xf32>, tensor<2x2xf32>) {
  %w = "tosa.const"() <{values = dense<1.0> : tensor<1x2x2xf32>}> : () -> tensor<1x2x2xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %a = tosa.matmul %x, %w, %zp, %zp : (tensor<1x2x2xf32>, tensor<1x2x2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x2x2xf32> loc("fc1")
  %v = arith.constant dense<2.0> : tensor<2x2xf32>
  %b = linalg.matmul ins(%y, %v : tensor<2x2xf32>, tensor<2x2xf32>) outs(%init : tensor<2x2xf32>) -> tensor<2x2xf32>
  %u = arith.constant dense<3.0> : tensor<2x2xf32>
  %c = linalg.matmul {prune.layer = "kept"} ins(%y, %u : tensor<2x2xf32>, tensor<2x2xf32>) outs(%init : tensor<2x2xf32>) -> tensor<2x2xf32> loc("other")
  // Not a layer: both operands are arguments.
  %d = linalg.matmul ins(%y, %y : tensor<2x2xf32>, tensor<2x2xf32>) outs(%init : tensor<2x2xf32>) -> tensor<2x2xf32>
  return %a, %b, %c : tensor<1x2x2xf32>, tensor<2x2xf32>, tensor<2x2xf32>
}

// -----

// Two layers that read one constant are both named: names count every layer.
// CHECK-LABEL: func.func @shared
// CHECK:       linalg.matmul {prune.layer = "shared#0"}
// CHECK:       linalg.matmul {prune.layer = "second"}
func.func @shared(%y: tensor<2x2xf32>, %init: tensor<2x2xf32>) -> (tensor<2x2xf32>, tensor<2x2xf32>) {
  %w = arith.constant dense<2.0> : tensor<2x2xf32>
  %a = linalg.matmul ins(%y, %w : tensor<2x2xf32>, tensor<2x2xf32>) outs(%init : tensor<2x2xf32>) -> tensor<2x2xf32>
  %b = linalg.matmul ins(%y, %w : tensor<2x2xf32>, tensor<2x2xf32>) outs(%init : tensor<2x2xf32>) -> tensor<2x2xf32> loc("second")
  return %a, %b : tensor<2x2xf32>, tensor<2x2xf32>
}

// -----

// Layers that share a location name (a converter's convolution per group,
// an unrolled loop) get distinct names: the second `<name>#1`, the third
// `<name>#2`, skipping a name another layer already has (the third here:
// `conv#1` is the second's own).
// CHECK-LABEL: func.func @same_location
// CHECK:       linalg.matmul {prune.layer = "conv"}
// CHECK:       linalg.matmul {prune.layer = "conv#1"}
// CHECK:       linalg.matmul {prune.layer = "conv#2"}
// CHECK:       linalg.matmul {prune.layer = "conv#3"}
func.func @same_location(%y: tensor<2x2xf32>, %init: tensor<2x2xf32>) -> (tensor<2x2xf32>, tensor<2x2xf32>, tensor<2x2xf32>, tensor<2x2xf32>) {
  %w0 = arith.constant dense<1.0> : tensor<2x2xf32>
  %a = linalg.matmul ins(%y, %w0 : tensor<2x2xf32>, tensor<2x2xf32>) outs(%init : tensor<2x2xf32>) -> tensor<2x2xf32> loc("conv")
  %w1 = arith.constant dense<2.0> : tensor<2x2xf32>
  %b = linalg.matmul {prune.layer = "conv#1"} ins(%y, %w1 : tensor<2x2xf32>, tensor<2x2xf32>) outs(%init : tensor<2x2xf32>) -> tensor<2x2xf32>
  %w2 = arith.constant dense<3.0> : tensor<2x2xf32>
  %c = linalg.matmul ins(%y, %w2 : tensor<2x2xf32>, tensor<2x2xf32>) outs(%init : tensor<2x2xf32>) -> tensor<2x2xf32> loc("conv")
  %w3 = arith.constant dense<4.0> : tensor<2x2xf32>
  %d = linalg.matmul ins(%y, %w3 : tensor<2x2xf32>, tensor<2x2xf32>) outs(%init : tensor<2x2xf32>) -> tensor<2x2xf32> loc("conv")
  return %a, %b, %c, %d : tensor<2x2xf32>, tensor<2x2xf32>, tensor<2x2xf32>, tensor<2x2xf32>
}
