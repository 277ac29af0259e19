// prune-scalarize-trees: a tree whose leaves are small constant tensors
// read whole (a random forest's class probabilities) yields vectors, and its
// result is written into a tensor once; leaves that are not constants keep
// the tree on tensors.
// RUN: prune-opt %s --prune-scalarize-trees=speculate=0 --split-input-file | FileCheck %s

// The leaves are vector constants; the inner split, whose sides only yield
// constants, folds to a select of vectors.
// CHECK-LABEL: func.func @forest
// CHECK-DAG:     %[[C:.*]] = arith.constant dense<[0.000000e+00, 0.000000e+00, 1.000000e+00]> : vector<3xf64>
// CHECK-DAG:     %[[B:.*]] = arith.constant dense<[0.000000e+00, 1.000000e+00, 0.000000e+00]> : vector<3xf64>
// CHECK-DAG:     %[[A:.*]] = arith.constant dense<[1.000000e+00, 0.000000e+00, 0.000000e+00]> : vector<3xf64>
// CHECK-NOT:     call @tree
// CHECK:         %[[R:.*]] = scf.if %{{.*}} -> (vector<3xf64>) {
// CHECK:           %[[S:.*]] = arith.select %{{.*}}, %[[A]], %[[B]] : vector<3xf64>
// CHECK:           scf.yield %[[S]] : vector<3xf64>
// CHECK:         } else {
// CHECK:           scf.yield {{.*}} %[[C]] : vector<3xf64>
// CHECK:         } {prune.node = 0 : i64, {{.*}}}
// CHECK:         %[[E:.*]] = tensor.empty() : tensor<3xf64>
// CHECK:         %[[T:.*]] = vector.transfer_write %[[R]], %[[E]][%{{.*}}] {in_bounds = [true]} : vector<3xf64>, tensor<3xf64>
// CHECK:         scf.if %{{.*}} -> (vector<3xf64>)
// CHECK:         %[[U:.*]] = vector.transfer_write
// CHECK-NOT:     vector.transfer_read
// CHECK:         arith.addf %[[T]], %[[U]] : tensor<3xf64>
func.func @tree(%x: tensor<2xf32>) -> tensor<3xf64> {
  %c0 = arith.constant 0 : index
  %f0 = tensor.extract %x[%c0] : tensor<2xf32>
  %t0 = arith.constant 0.5 : f32
  %le0 = arith.cmpf ole, %f0, %t0 : f32
  %r = scf.if %le0 -> (tensor<3xf64>) {
    %c1 = arith.constant 1 : index
    %f1 = tensor.extract %x[%c1] : tensor<2xf32>
    %le1 = arith.cmpf ole, %f1, %t0 : f32
    %s = scf.if %le1 -> (tensor<3xf64>) {
      %a = arith.constant dense<[1.0, 0.0, 0.0]> : tensor<3xf64>
      scf.yield {prune.node = 2 : i64, prune.value = array<f64: 0.5>} %a : tensor<3xf64>
    } else {
      %b = arith.constant dense<[0.0, 1.0, 0.0]> : tensor<3xf64>
      scf.yield {prune.node = 3 : i64, prune.value = array<f64: 0.5>} %b : tensor<3xf64>
    } {prune.node = 1 : i64, prune.value = array<f64: 0.5>}
    scf.yield %s : tensor<3xf64>
  } else {
    %c = arith.constant dense<[0.0, 0.0, 1.0]> : tensor<3xf64>
    scf.yield {prune.node = 4 : i64, prune.value = array<f64: 0.5>} %c : tensor<3xf64>
  } {prune.node = 0 : i64, prune.value = array<f64: 0.5>}
  return %r : tensor<3xf64>
}

func.func @forest(%x: tensor<2xf32>, %y: tensor<2xf32>) -> tensor<3xf64> {
  %a = func.call @tree(%x) : (tensor<2xf32>) -> tensor<3xf64>
  %b = func.call @tree(%y) : (tensor<2xf32>) -> tensor<3xf64>
  %s = arith.addf %a, %b : tensor<3xf64>
  return %s : tensor<3xf64>
}

// -----

// A leaf computed from the input: the tree stays on tensors.
// CHECK-LABEL: func.func @computed_leaf
// CHECK-NOT:     vector
// CHECK:         scf.if %{{.*}} -> (tensor<2xf32>)
// CHECK-NOT:     vector
func.func @computed_leaf(%x: tensor<2xf32>) -> tensor<2xf32> {
  %c0 = arith.constant 0 : index
  %f0 = tensor.extract %x[%c0] : tensor<2xf32>
  %t0 = arith.constant 0.5 : f32
  %le0 = arith.cmpf ole, %f0, %t0 : f32
  %r = scf.if %le0 -> (tensor<2xf32>) {
    %d = arith.addf %x, %x : tensor<2xf32>
    scf.yield {prune.node = 1 : i64, prune.value = array<f64: 0.5>} %d : tensor<2xf32>
  } else {
    %c = arith.constant dense<[0.0, 1.0]> : tensor<2xf32>
    scf.yield {prune.node = 2 : i64, prune.value = array<f64: 0.5>} %c : tensor<2xf32>
  } {prune.node = 0 : i64, prune.value = array<f64: 0.5>}
  return %r : tensor<2xf32>
}
