// prune-branches on regression trees (prune.value, with scikit-learn's
// squared-error prune.impurity and prune.weight): a collapsed split yields
// its node's value; min-gain and ccp-alpha use the recorded impurities,
// min-samples the weights. Parity with scikit-learn's DecisionTreeRegressor
// at every alpha of its path: Integration/Trees/ccp-alpha-sklearn.test.
// RUN: prune-opt %s --prune-branches="ccp-alpha=0.5" | FileCheck %s --check-prefix=CCP
// RUN: prune-opt %s --prune-branches="min-samples=5" | FileCheck %s --check-prefix=SAMPLES
// RUN: prune-opt %s --prune-branches="min-gain=2" | FileCheck %s --check-prefix=GAIN
// RUN: prune-opt %s --prune-branches="ccp-alpha=100" | FileCheck %s --check-prefix=ROOT

// Six samples, values 1 1 2 | 10 10 13: root mean 6.1666..., impurity (MSE)
// 23.472...; left [1, 1 | 2] impurity 0.222..., right [10, 10 | 13] 2.
// Effective alphas: left (3 * 0.2222 / 6 - 0) = 0.111, right 1.0, root
// (23.47 - 0.1111 - 1.0) / 1.
// CCP-LABEL: func.func @regression
// CCP: scf.if
// CCP-NEXT: arith.constant dense<1.33333337> : tensor<1xf32>
// CCP-NEXT: scf.yield {prune.impurity = 0.22222222222222221 : f64, prune.value = array<f64: 1.3333333333333333>, prune.weight = 3.000000e+00 : f64}
// CCP: scf.if
// CCP-NOT: scf.if

// Both splits below the root have 3 samples.
// SAMPLES-LABEL: func.func @regression
// SAMPLES-COUNT-1: scf.if
// SAMPLES-NOT: scf.if
// SAMPLES: dense<1.33333337> : tensor<1xf32>
// SAMPLES: dense<1.100000e+01> : tensor<1xf32>

// Gains: left 3/6 * (0.2222 - 0) = 0.111, right 3/6 * 2 = 1: both below 2.
// GAIN-LABEL: func.func @regression
// GAIN-COUNT-1: scf.if
// GAIN-NOT: scf.if

// ROOT-LABEL: func.func @regression
// ROOT-NOT: scf.if
// ROOT: %[[V:.*]] = arith.constant dense<6.16666651> : tensor<1xf32>
// ROOT: return {prune.impurity = 23.472222222222221 : f64, prune.value = array<f64: 6.166666666666667{{[0-9]*}}>, prune.weight = 6.000000e+00 : f64} %[[V]]
func.func @regression(%x: tensor<2xf32>) -> tensor<1xf32> {
  %c0 = arith.constant 0 : index
  %f0 = tensor.extract %x[%c0] : tensor<2xf32>
  %t0 = arith.constant 0.5 : f32
  %le0 = arith.cmpf ole, %f0, %t0 : f32
  %r = scf.if %le0 -> (tensor<1xf32>) {
    %c1 = arith.constant 1 : index
    %f1 = tensor.extract %x[%c1] : tensor<2xf32>
    %t1 = arith.constant 0.25 : f32
    %le1 = arith.cmpf ole, %f1, %t1 : f32
    %s = scf.if %le1 -> (tensor<1xf32>) {
      %a = arith.constant dense<1.0> : tensor<1xf32>
      scf.yield {prune.value = array<f64: 1.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64} %a : tensor<1xf32>
    } else {
      %b = arith.constant dense<2.0> : tensor<1xf32>
      scf.yield {prune.value = array<f64: 2.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64} %b : tensor<1xf32>
    } {prune.value = array<f64: 1.3333333333333333>, prune.impurity = 0.22222222222222221 : f64, prune.weight = 3.0 : f64}
    scf.yield %s : tensor<1xf32>
  } else {
    %c1 = arith.constant 1 : index
    %f1 = tensor.extract %x[%c1] : tensor<2xf32>
    %t1 = arith.constant 0.75 : f32
    %le1 = arith.cmpf ole, %f1, %t1 : f32
    %s = scf.if %le1 -> (tensor<1xf32>) {
      %a = arith.constant dense<10.0> : tensor<1xf32>
      scf.yield {prune.value = array<f64: 10.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64} %a : tensor<1xf32>
    } else {
      %b = arith.constant dense<13.0> : tensor<1xf32>
      scf.yield {prune.value = array<f64: 13.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64} %b : tensor<1xf32>
    } {prune.value = array<f64: 11.0>, prune.impurity = 2.0 : f64, prune.weight = 3.0 : f64}
    scf.yield %s : tensor<1xf32>
  } {prune.value = array<f64: 6.166666666666667>, prune.impurity = 23.472222222222221 : f64, prune.weight = 6.0 : f64}
  return %r : tensor<1xf32>
}
