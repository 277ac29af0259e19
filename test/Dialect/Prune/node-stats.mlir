// prune.value, prune.impurity, prune.weight and prune.node: the regression
// value and the library's own impurity, weighted sample count and node number
// of a decision-tree node, verified by the dialect.
// RUN: prune-opt %s --split-input-file --verify-diagnostics | FileCheck %s

// A regression tree: the values, impurities and weights survive bit for bit.
// CHECK-LABEL: func.func @regression
// CHECK: scf.yield {prune.impurity = 0.0{{0*}}e+00 : f64, prune.value = array<f64: -1.250000e+00>, prune.weight = 3.000000e+00 : f64}
// CHECK: } {prune.impurity = 0.33333333333333331 : f64, prune.value = array<f64: 0.33333333333333331>, prune.weight = 4.000000e+00 : f64}
func.func @regression(%x: tensor<4xf32>) -> tensor<1xf32> {
  %c1 = arith.constant 1 : index
  %f = tensor.extract %x[%c1] : tensor<4xf32>
  %t = arith.constant 0.5 : f32
  %le = arith.cmpf ole, %f, %t : f32
  %r = scf.if %le -> (tensor<1xf32>) {
    %a = arith.constant dense<-1.25> : tensor<1xf32>
    scf.yield {prune.value = array<f64: -1.25>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64} %a : tensor<1xf32>
  } else {
    %b = arith.constant dense<4.0> : tensor<1xf32>
    scf.yield {prune.value = array<f64: 4.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64} %b : tensor<1xf32>
  } {prune.value = array<f64: 0.33333333333333331>, prune.impurity = 0.33333333333333331 : f64, prune.weight = 4.0 : f64}
  return %r : tensor<1xf32>
}

// -----

func.func @impurity_not_f64(%a: tensor<2xf32>) -> tensor<2xf32> {
  // expected-error @below {{'prune.impurity' must be an f64 number}}
  return {prune.counts = array<f64: 1.0, 2.0>, prune.impurity = 0.5 : f32} %a : tensor<2xf32>
}

// -----

func.func @negative_weight(%a: tensor<2xf32>) -> tensor<2xf32> {
  // expected-error @below {{'prune.weight' is -3.000000e+00; it must be finite and non-negative}}
  return {prune.counts = array<f64: 1.0, 2.0>, prune.weight = -3.0 : f64} %a : tensor<2xf32>
}

// -----

func.func @weight_without_node(%a: tensor<2xf32>) -> tensor<2xf32> {
  // expected-error @below {{'prune.weight' needs 'prune.counts' or 'prune.value' on the same node}}
  return {prune.weight = 3.0 : f64} %a : tensor<2xf32>
}

// -----

func.func @impurity_not_a_node(%a: f32) -> f32 {
  // expected-error @below {{'prune.impurity' belongs on a decision-tree node}}
  %b = arith.addf %a, %a {prune.impurity = 0.5 : f64} : f32
  return %b : f32
}

// -----

func.func @negative_node(%a: tensor<2xf32>) -> tensor<2xf32> {
  // expected-error @below {{'prune.node' must be a non-negative i64 node number}}
  return {prune.counts = array<f64: 1.0, 2.0>, prune.node = -1 : i64} %a : tensor<2xf32>
}

// -----

func.func @empty_value(%a: tensor<1xf32>) -> tensor<1xf32> {
  // expected-error @below {{'prune.value' must be a non-empty array<f64: ...> of predicted values}}
  return {prune.value = array<f64>} %a : tensor<1xf32>
}

// -----

func.func @mismatched_values(%c: i1, %a: tensor<2xf32>) -> tensor<2xf32> {
  // expected-error @below {{'prune.value' has 2 values but a child node ('scf.yield') has 1}}
  %r = scf.if %c -> (tensor<2xf32>) {
    scf.yield {prune.value = array<f64: 1.0>} %a : tensor<2xf32>
  } else {
    scf.yield {prune.value = array<f64: 1.0, 2.0>} %a : tensor<2xf32>
  } {prune.value = array<f64: 1.0, 2.0>}
  return %r : tensor<2xf32>
}
