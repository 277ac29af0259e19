// Neuron intervals: each neuron's range where the next layer reads it, from
// the declared input range (`prune.range`) through the weights, the bias
// and each op's own rule. Neuron 1 has all-zero weights and a negative
// bias: after the ReLU it is exactly 0. Neuron 0 reads inputs in [0, 1]
// with weights 1 and -2 and bias 0.5: [-1.5, 1.5] before the ReLU.

// RUN: prune-opt %s --test-prune-neuron-intervals -o /dev/null 2>&1 \
// RUN:   | FileCheck %s

// CHECK: remark: {{.*}}group 'fc1'; at 'fc2': [0.000000e+00, 1.50000{{[0-9]}}e+00] [0.000000e+00, 0.000000e+00]
func.func @mlp(%x: tensor<4x2xf32> {prune.range = array<f64: 0.0, 1.0>}) -> tensor<4x1xf32> {
  %w1 = arith.constant dense<[[1.0, 0.0], [-2.0, 0.0]]> : tensor<2x2xf32>
  %e1 = tensor.empty() : tensor<4x2xf32>
  %b1 = arith.constant dense<[[0.5, -1.0], [0.5, -1.0], [0.5, -1.0], [0.5, -1.0]]> : tensor<4x2xf32>
  %h = linalg.matmul ins(%x, %w1 : tensor<4x2xf32>, tensor<2x2xf32>) outs(%b1 : tensor<4x2xf32>) -> tensor<4x2xf32> loc("fc1")
  %zero = arith.constant 0.0 : f32
  %relu = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i, j)>], iterator_types = ["parallel", "parallel"]}
      ins(%h : tensor<4x2xf32>) outs(%e1 : tensor<4x2xf32>) {
  ^bb0(%a: f32, %o: f32):
    %m = arith.maximumf %a, %zero : f32
    linalg.yield %m : f32
  } -> tensor<4x2xf32>
  %w2 = arith.constant dense<[[3.0], [4.0]]> : tensor<2x1xf32>
  %b2 = arith.constant dense<0.0> : tensor<4x1xf32>
  %y = linalg.matmul ins(%relu, %w2 : tensor<4x2xf32>, tensor<2x1xf32>) outs(%b2 : tensor<4x1xf32>) -> tensor<4x1xf32> loc("fc2")
  return %y : tensor<4x1xf32>
}
