// prune-branches without options: only exact rules, which never change what
// the IR computes.
// RUN: prune-opt %s --split-input-file --prune-branches | FileCheck %s

// x[3] <= 5 on the path makes x[3] <= 7 always true: its else side goes.
// CHECK-LABEL: func.func @implied_by_path
// CHECK-SAME: (%[[X:.*]]: tensor<8xf32>)
// CHECK: %[[C5:.*]] = arith.constant 5.0{{.*}} : f32
// CHECK: %[[LE5:.*]] = arith.cmpf ole, %{{.*}}, %[[C5]] : f32
// CHECK: %[[R:.*]] = scf.if %[[LE5]]
// CHECK-NEXT: %[[A:.*]] = arith.constant dense<[1.000000e+00, 0.000000e+00]>
// CHECK-NEXT: scf.yield {prune.counts = array<f64: 4.000000e+00, 0.000000e+00>} %[[A]]
// CHECK-NEXT: } else {
// CHECK-NOT: 7.0
// CHECK: } {prune.counts = array<f64: 4.000000e+00, 3.000000e+00>}
// CHECK: return %[[R]]
func.func @implied_by_path(%x: tensor<8xf32>) -> tensor<2xf32> {
  %c3 = arith.constant 3 : index
  %f = tensor.extract %x[%c3] : tensor<8xf32>
  %c5 = arith.constant 5.0 : f32
  %le5 = arith.cmpf ole, %f, %c5 : f32
  %r = scf.if %le5 -> (tensor<2xf32>) {
    %g = tensor.extract %x[%c3] : tensor<8xf32>
    %c7 = arith.constant 7.0 : f32
    %le7 = arith.cmpf ole, %g, %c7 : f32
    %s = scf.if %le7 -> (tensor<2xf32>) {
      %a = arith.constant dense<[1.0, 0.0]> : tensor<2xf32>
      scf.yield {prune.counts = array<f64: 4.0, 0.0>} %a : tensor<2xf32>
    } else {
      %b = arith.constant dense<[0.0, 1.0]> : tensor<2xf32>
      scf.yield {prune.counts = array<f64: 0.0, 0.0>} %b : tensor<2xf32>
    } {prune.counts = array<f64: 4.0, 0.0>}
    scf.yield %s : tensor<2xf32>
  } else {
    %b = arith.constant dense<[0.0, 1.0]> : tensor<2xf32>
    scf.yield {prune.counts = array<f64: 0.0, 3.0>} %b : tensor<2xf32>
  } {prune.counts = array<f64: 4.0, 3.0>}
  return %r : tensor<2xf32>
}

// -----

// x[0] > 5 (or NaN) on the else path makes x[0] <= 2 always false.
// CHECK-LABEL: func.func @implied_false_by_path
// CHECK: arith.cmpf ole
// CHECK-NOT: arith.cmpf
// CHECK: return
func.func @implied_false_by_path(%x: tensor<8xf32>) -> i32 {
  %c0 = arith.constant 0 : index
  %f = tensor.extract %x[%c0] : tensor<8xf32>
  %c5 = arith.constant 5.0 : f32
  %c2 = arith.constant 2.0 : f32
  %le5 = arith.cmpf ole, %f, %c5 : f32
  %r = scf.if %le5 -> (i32) {
    %a = arith.constant 0 : i32
    scf.yield %a : i32
  } else {
    %le2 = arith.cmpf ole, %f, %c2 : f32
    %s = scf.if %le2 -> (i32) {
      %a = arith.constant 1 : i32
      scf.yield %a : i32
    } else {
      %a = arith.constant 2 : i32
      scf.yield %a : i32
    }
    scf.yield %s : i32
  }
  return %r : i32
}

// -----

// The declared range [0, 1] decides x[2] <= 1.5 (and, with the constant on
// the left, 2.0 > x[2]); the leaf that remains gives its counts to the return.
// CHECK-LABEL: func.func @declared_range
// CHECK-NOT: scf.if
// CHECK: %[[A:.*]] = arith.constant dense<[1.000000e+00, 0.000000e+00]>
// CHECK: return {prune.counts = array<f64: 9.000000e+00, 0.000000e+00>} %[[A]]
func.func @declared_range(%x: tensor<4xf32> {prune.range = array<f64: 0.0, 1.0>}) -> tensor<2xf32> {
  %c2 = arith.constant 2 : index
  %f = tensor.extract %x[%c2] : tensor<4xf32>
  %t = arith.constant 1.5 : f32
  %le = arith.cmpf ole, %f, %t : f32
  %r = scf.if %le -> (tensor<2xf32>) {
    %two = arith.constant 2.0 : f32
    %gt = arith.cmpf ogt, %two, %f : f32
    %s = scf.if %gt -> (tensor<2xf32>) {
      %a = arith.constant dense<[1.0, 0.0]> : tensor<2xf32>
      scf.yield {prune.counts = array<f64: 9.0, 0.0>} %a : tensor<2xf32>
    } else {
      %b = arith.constant dense<[0.0, 1.0]> : tensor<2xf32>
      scf.yield {prune.counts = array<f64: 0.0, 0.0>} %b : tensor<2xf32>
    } {prune.counts = array<f64: 9.0, 0.0>}
    scf.yield %s : tensor<2xf32>
  } else {
    %b = arith.constant dense<[0.0, 1.0]> : tensor<2xf32>
    scf.yield {prune.counts = array<f64: 0.0, 0.0>} %b : tensor<2xf32>
  } {prune.counts = array<f64: 9.0, 0.0>}
  return %r : tensor<2xf32>
}

// -----

// Conditions that are constants, or compare two constants, fold.
// CHECK-LABEL: func.func @constant_conditions
// CHECK-NOT: scf.if
// CHECK: %[[B:.*]] = arith.constant 2 : i32
// CHECK: return %[[B]], %[[B]]
func.func @constant_conditions() -> (i32, i32) {
  %false = arith.constant false
  %r = scf.if %false -> (i32) {
    %a = arith.constant 1 : i32
    scf.yield %a : i32
  } else {
    %b = arith.constant 2 : i32
    scf.yield %b : i32
  }
  %one = arith.constant 1.0 : f32
  %three = arith.constant 3.0 : f32
  %gt = arith.cmpf ogt, %one, %three : f32
  %s = scf.if %gt -> (i32) {
    %a = arith.constant 1 : i32
    scf.yield %a : i32
  } else {
    %b = arith.constant 2 : i32
    scf.yield %b : i32
  }
  return %r, %s : i32, i32
}

// -----

// Both sides compute the same scores: the split goes, counts are summed.
// CHECK-LABEL: func.func @same_result
// CHECK-NOT: scf.if
// CHECK: %[[A:.*]] = arith.constant dense<[2.500000e-01, 7.500000e-01]>
// CHECK: return {prune.counts = array<f64: 3.000000e+00, 9.000000e+00>} %[[A]]
func.func @same_result(%x: tensor<4xf32>) -> tensor<2xf32> {
  %c0 = arith.constant 0 : index
  %f = tensor.extract %x[%c0] : tensor<4xf32>
  %t = arith.constant 0.5 : f32
  %le = arith.cmpf ole, %f, %t : f32
  %r = scf.if %le -> (tensor<2xf32>) {
    %a = arith.constant dense<[0.25, 0.75]> : tensor<2xf32>
    scf.yield {prune.counts = array<f64: 1.0, 3.0>} %a : tensor<2xf32>
  } else {
    %a = arith.constant dense<[0.25, 0.75]> : tensor<2xf32>
    scf.yield {prune.counts = array<f64: 2.0, 6.0>} %a : tensor<2xf32>
  } {prune.counts = array<f64: 3.0, 9.0>}
  return %r : tensor<2xf32>
}

// -----

// Equal subtrees on both sides: one subtree remains, with summed counts.
// CHECK-LABEL: func.func @same_subtree
// CHECK-COUNT-1: scf.if
// CHECK-NOT: scf.if
// CHECK: scf.yield {prune.counts = array<f64: 3.000000e+00, 0.000000e+00>}
// CHECK: scf.yield {prune.counts = array<f64: 0.000000e+00, 5.000000e+00>}
// CHECK: } {prune.counts = array<f64: 3.000000e+00, 5.000000e+00>}
func.func @same_subtree(%x: tensor<4xf32>) -> tensor<2xf32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %f = tensor.extract %x[%c0] : tensor<4xf32>
  %t = arith.constant 0.5 : f32
  %le = arith.cmpf ole, %f, %t : f32
  %r = scf.if %le -> (tensor<2xf32>) {
    %g = tensor.extract %x[%c1] : tensor<4xf32>
    %u = arith.constant 0.25 : f32
    %le1 = arith.cmpf ole, %g, %u : f32
    %s = scf.if %le1 -> (tensor<2xf32>) {
      %a = arith.constant dense<[1.0, 0.0]> : tensor<2xf32>
      scf.yield {prune.counts = array<f64: 1.0, 0.0>} %a : tensor<2xf32>
    } else {
      %b = arith.constant dense<[0.0, 1.0]> : tensor<2xf32>
      scf.yield {prune.counts = array<f64: 0.0, 2.0>} %b : tensor<2xf32>
    } {prune.counts = array<f64: 1.0, 2.0>}
    scf.yield %s : tensor<2xf32>
  } else {
    %g = tensor.extract %x[%c1] : tensor<4xf32>
    %u = arith.constant 0.25 : f32
    %le1 = arith.cmpf ole, %g, %u : f32
    %s = scf.if %le1 -> (tensor<2xf32>) {
      %a = arith.constant dense<[1.0, 0.0]> : tensor<2xf32>
      scf.yield {prune.counts = array<f64: 2.0, 0.0>} %a : tensor<2xf32>
    } else {
      %b = arith.constant dense<[0.0, 1.0]> : tensor<2xf32>
      scf.yield {prune.counts = array<f64: 0.0, 3.0>} %b : tensor<2xf32>
    } {prune.counts = array<f64: 2.0, 3.0>}
    scf.yield %s : tensor<2xf32>
  } {prune.counts = array<f64: 3.0, 5.0>}
  return %r : tensor<2xf32>
}

// -----

// Negative: without a declared range, NaN may reach the else side of
// x <= 5, so x <= 7 below it is not decided there; different leaves stay;
// a different feature decides nothing.
// CHECK-LABEL: func.func @nothing_to_prune
// CHECK-COUNT-3: scf.if
func.func @nothing_to_prune(%x: tensor<4xf32>) -> i32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %f = tensor.extract %x[%c0] : tensor<4xf32>
  %g = tensor.extract %x[%c1] : tensor<4xf32>
  %c5 = arith.constant 5.0 : f32
  %c7 = arith.constant 7.0 : f32
  %le5 = arith.cmpf ole, %f, %c5 : f32
  %r = scf.if %le5 -> (i32) {
    %le7g = arith.cmpf ole, %g, %c7 : f32
    %s = scf.if %le7g -> (i32) {
      %a = arith.constant 0 : i32
      scf.yield %a : i32
    } else {
      %a = arith.constant 1 : i32
      scf.yield %a : i32
    }
    scf.yield %s : i32
  } else {
    %ule7 = arith.cmpf ule, %f, %c7 : f32
    %s = scf.if %ule7 -> (i32) {
      %a = arith.constant 2 : i32
      scf.yield %a : i32
    } else {
      %a = arith.constant 3 : i32
      scf.yield %a : i32
    }
    scf.yield %s : i32
  }
  return %r : i32
}
