// prune.counts: class counts on decision-tree nodes, verified by the dialect.
// RUN: prune-opt %s --split-input-file --verify-diagnostics | FileCheck %s

// A well-formed tree: counts on the split and on both leaves survive.
// CHECK-LABEL: func.func @tree
// CHECK: scf.yield {prune.counts = array<f64: 1.000000e+01, 0.000000e+00>}
// CHECK: scf.yield {prune.counts = array<f64: 1.000000e+00, 7.000000e+00>}
// CHECK: } {prune.counts = array<f64: 1.100000e+01, 7.000000e+00>}
func.func @tree(%x: tensor<4xf32>) -> tensor<2xf32> {
  %c1 = arith.constant 1 : index
  %f = tensor.extract %x[%c1] : tensor<4xf32>
  %t = arith.constant 0.5 : f32
  %le = arith.cmpf ole, %f, %t : f32
  %r = scf.if %le -> (tensor<2xf32>) {
    %a = arith.constant dense<[1.0, 0.0]> : tensor<2xf32>
    scf.yield {prune.counts = array<f64: 10.0, 0.0>} %a : tensor<2xf32>
  } else {
    %b = arith.constant dense<[0.125, 0.875]> : tensor<2xf32>
    scf.yield {prune.counts = array<f64: 1.0, 7.0>} %b : tensor<2xf32>
  } {prune.counts = array<f64: 11.0, 7.0>}
  return %r : tensor<2xf32>
}

// -----

// A tree collapsed to one leaf keeps its counts on the return.
// CHECK-LABEL: func.func @leaf
// CHECK: return {prune.counts = array<f64: 2.000000e+00, 5.000000e+00>}
func.func @leaf(%x: tensor<4xf32>) -> tensor<2xf32> {
  %a = arith.constant dense<[0.25, 0.75]> : tensor<2xf32>
  return {prune.counts = array<f64: 2.0, 5.0>} %a : tensor<2xf32>
}

// -----

func.func @negative(%c: i1, %a: tensor<2xf32>) -> tensor<2xf32> {
  %r = scf.if %c -> (tensor<2xf32>) {
    // expected-error @below {{'prune.counts' count 1 is -3.000000e+00; class counts must be finite and non-negative}}
    scf.yield {prune.counts = array<f64: 1.0, -3.0>} %a : tensor<2xf32>
  } else {
    scf.yield %a : tensor<2xf32>
  }
  return %r : tensor<2xf32>
}

// -----

func.func @not_f64(%c: i1, %a: tensor<2xf32>) -> tensor<2xf32> {
  // expected-error @below {{'prune.counts' must be an array<f64: ...> of class counts}}
  %r = scf.if %c -> (tensor<2xf32>) {
    scf.yield %a : tensor<2xf32>
  } else {
    scf.yield %a : tensor<2xf32>
  } {prune.counts = array<i64: 1, 3>}
  return %r : tensor<2xf32>
}

// -----

func.func @empty(%a: tensor<2xf32>) -> tensor<2xf32> {
  // expected-error @below {{'prune.counts' must have at least one class}}
  return {prune.counts = array<f64>} %a : tensor<2xf32>
}

// -----

func.func @not_a_node(%a: f32) -> f32 {
  // expected-error @below {{'prune.counts' belongs on a decision-tree node}}
  %b = arith.addf %a, %a {prune.counts = array<f64: 1.0>} : f32
  return %b : f32
}

// -----

func.func @mismatched_classes(%c: i1, %a: tensor<2xf32>) -> tensor<2xf32> {
  // expected-error @below {{'prune.counts' has 2 classes but a child node ('scf.yield') has 3}}
  %r = scf.if %c -> (tensor<2xf32>) {
    scf.yield {prune.counts = array<f64: 1.0, 0.0>} %a : tensor<2xf32>
  } else {
    scf.yield {prune.counts = array<f64: 1.0, 7.0, 3.0>} %a : tensor<2xf32>
  } {prune.counts = array<f64: 2.0, 7.0>}
  return %r : tensor<2xf32>
}

// -----

func.func @mismatched_nested_split(%c: i1, %a: tensor<2xf32>) -> tensor<2xf32> {
  // expected-error @below {{'prune.counts' has 3 classes but a child node ('scf.if') has 2}}
  %r = scf.if %c -> (tensor<2xf32>) {
    %s = scf.if %c -> (tensor<2xf32>) {
      scf.yield %a : tensor<2xf32>
    } else {
      scf.yield %a : tensor<2xf32>
    } {prune.counts = array<f64: 1.0, 1.0>}
    scf.yield %s : tensor<2xf32>
  } else {
    scf.yield %a : tensor<2xf32>
  } {prune.counts = array<f64: 1.0, 1.0, 1.0>}
  return %r : tensor<2xf32>
}

// -----

func.func @unknown(%a: f32) -> f32 {
  // expected-error @below {{unknown prune dialect attribute 'prune.bogus'}}
  return {prune.bogus = 1} %a : f32
}

// -----

func.func @range_on_op(%a: f32) -> f32 {
  // expected-error @below {{'prune.range' belongs on a function argument}}
  return {prune.range = array<f64: 0.0, 1.0>} %a : f32
}
