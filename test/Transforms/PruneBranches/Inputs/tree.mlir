// A two-level tree with gini impurity decreases (N = 20 samples):
//   root [10,10] gain 0.32; left split [9,1] gain 0.09; right split [1,9]
//   gain 0.01 (leaves [1,4], [0,5]).
// Effective ccp alphas: right 0.01, left 0.09, then the root.
func.func @tree(%x: tensor<4xf32>) -> tensor<2xf32> {
  %c0 = arith.constant 0 : index
  %f0 = tensor.extract %x[%c0] : tensor<4xf32>
  %t0 = arith.constant 0.5 : f32
  %le0 = arith.cmpf ole, %f0, %t0 : f32
  %r = scf.if %le0 -> (tensor<2xf32>) {
    %c1 = arith.constant 1 : index
    %f1 = tensor.extract %x[%c1] : tensor<4xf32>
    %t1 = arith.constant 0.25 : f32
    %le1 = arith.cmpf ole, %f1, %t1 : f32
    %s = scf.if %le1 -> (tensor<2xf32>) {
      %a = arith.constant dense<[1.0, 0.0]> : tensor<2xf32>
      scf.yield {prune.counts = array<f64: 9.0, 0.0>} %a : tensor<2xf32>
    } else {
      %b = arith.constant dense<[0.0, 1.0]> : tensor<2xf32>
      scf.yield {prune.counts = array<f64: 0.0, 1.0>} %b : tensor<2xf32>
    } {prune.counts = array<f64: 9.0, 1.0>}
    scf.yield %s : tensor<2xf32>
  } else {
    %c2 = arith.constant 2 : index
    %f2 = tensor.extract %x[%c2] : tensor<4xf32>
    %t2 = arith.constant 0.75 : f32
    %le2 = arith.cmpf ole, %f2, %t2 : f32
    %s = scf.if %le2 -> (tensor<2xf32>) {
      %a = arith.constant dense<[0.2, 0.8]> : tensor<2xf32>
      scf.yield {prune.counts = array<f64: 1.0, 4.0>} %a : tensor<2xf32>
    } else {
      %b = arith.constant dense<[0.0, 1.0]> : tensor<2xf32>
      scf.yield {prune.counts = array<f64: 0.0, 5.0>} %b : tensor<2xf32>
    } {prune.counts = array<f64: 1.0, 9.0>}
    scf.yield %s : tensor<2xf32>
  } {prune.counts = array<f64: 10.0, 10.0>}
  return %r : tensor<2xf32>
}
