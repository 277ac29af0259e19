// prune-scalarize-trees: tree calls are inlined, an extract of a split's
// result moves into its sides (leaf constants fold to scalars), and small
// splits become selects (speculate=N).
// RUN: prune-opt %s --prune-scalarize-trees=speculate=0 | FileCheck %s
// RUN: prune-opt %s --prune-scalarize-trees | FileCheck %s --check-prefix=SPEC
// The functions holding trees stay (they are public); only the calls go.

// The inner split's sides only yield constants: canonicalization makes it
// a select. The root keeps its branch with speculate=0.
// CHECK-LABEL: func.func @ensemble
// CHECK-NOT: call @tree
// CHECK: %[[LE:.*]] = arith.cmpf ole
// CHECK-NEXT: %[[R:.*]] = scf.if %[[LE]] -> (f32) {
// CHECK: arith.cmpf ole
// CHECK-NEXT: %[[S:.*]] = arith.select
// CHECK-NEXT: scf.yield %[[S]] : f32
// CHECK: } {prune.value = array<f64: 1.000000e+00>}
// CHECK-NEXT: arith.addf %[[R]], %{{.*}} : f32

// speculate=4 (default): the root's sides hold at most 3 pure ops each, so
// both run and a select picks.
// SPEC-LABEL: func.func @ensemble
// SPEC-NOT: scf.if
// SPEC: %[[LE:.*]] = arith.cmpf ole
// SPEC: %[[IN:.*]] = arith.select
// SPEC-NEXT: %[[R:.*]] = arith.select %[[LE]], %[[IN]], %{{.*}} : f32
// SPEC-NEXT: arith.addf %[[R]]

func.func @tree0(%x: tensor<4xf32>) -> tensor<1xf32> {
  %c0 = arith.constant 0 : index
  %f0 = tensor.extract %x[%c0] : tensor<4xf32>
  %t0 = arith.constant 0.5 : f32
  %le0 = arith.cmpf ole, %f0, %t0 : f32
  %r = scf.if %le0 -> (tensor<1xf32>) {
    %c1 = arith.constant 1 : index
    %f1 = tensor.extract %x[%c1] : tensor<4xf32>
    %t1 = arith.constant 0.25 : f32
    %le1 = arith.cmpf ole, %f1, %t1 : f32
    %s = scf.if %le1 -> (tensor<1xf32>) {
      %a = arith.constant dense<1.0> : tensor<1xf32>
      scf.yield {prune.value = array<f64: 1.0>} %a : tensor<1xf32>
    } else {
      %b = arith.constant dense<4.0> : tensor<1xf32>
      scf.yield {prune.value = array<f64: 4.0>} %b : tensor<1xf32>
    } {prune.value = array<f64: 2.5>}
    scf.yield %s : tensor<1xf32>
  } else {
    %b = arith.constant dense<-2.0> : tensor<1xf32>
    scf.yield {prune.value = array<f64: -2.0>} %b : tensor<1xf32>
  } {prune.value = array<f64: 1.0>}
  return %r : tensor<1xf32>
}

func.func @ensemble(%x: tensor<4xf32>) -> f32 {
  %c0 = arith.constant 0 : index
  %init = arith.constant 0.5 : f32
  %s = func.call @tree0(%x) : (tensor<4xf32>) -> tensor<1xf32>
  %v = tensor.extract %s[%c0] : tensor<1xf32>
  %a = arith.addf %v, %init : f32
  return %a : f32
}
