// The stock mlir-opt-22 verifies prune.counts / prune.range once
// PrunePlugin.so is loaded as a dialect plugin.
// RUN: mlir-opt %s --split-input-file --verify-diagnostics \
// RUN:   --load-dialect-plugin=%prune_lib/PrunePlugin.so | FileCheck %s

// CHECK-LABEL: func.func @tree
// CHECK-SAME: prune.range = array<f64: 0.000000e+00, 1.000000e+00>
// CHECK: } {prune.counts = array<f64: 3.000000e+00, 4.000000e+00>}
func.func @tree(%x: f32 {prune.range = array<f64: 0.0, 1.0>}) -> i32 {
  %t = arith.constant 0.5 : f32
  %le = arith.cmpf ole, %x, %t : f32
  %r = scf.if %le -> (i32) {
    %a = arith.constant 0 : i32
    scf.yield {prune.counts = array<f64: 3.0, 0.0>} %a : i32
  } else {
    %b = arith.constant 1 : i32
    scf.yield {prune.counts = array<f64: 0.0, 4.0>} %b : i32
  } {prune.counts = array<f64: 3.0, 4.0>}
  return %r : i32
}

// -----

// expected-error @below {{'prune.range' of argument 0 must have LO <= HI}}
func.func @reversed(%x: f32 {prune.range = array<f64: 1.0, 0.0>}) {
  return
}

// -----

func.func @negative_count(%a: f32) -> f32 {
  // expected-error @below {{class counts must be finite and non-negative}}
  return {prune.counts = array<f64: -1.0>} %a : f32
}
