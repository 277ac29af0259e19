// prune.layer names a layer: a non-empty string, on any op. The pruning
// passes read it before the op's location (Transforms/PruneNameLayers).
// RUN: prune-opt %s --split-input-file --verify-diagnostics | FileCheck %s

// CHECK-LABEL: func.func @named
// CHECK:       linalg.matmul {prune.layer = "fc1"}
func.func @named(%y: tensor<2x2xf32>, %init: tensor<2x2xf32>) -> tensor<2x2xf32> {
  %v = arith.constant dense<2.0> : tensor<2x2xf32>
  %b = linalg.matmul {prune.layer = "fc1"} ins(%y, %v : tensor<2x2xf32>, tensor<2x2xf32>) outs(%init : tensor<2x2xf32>) -> tensor<2x2xf32>
  return %b : tensor<2x2xf32>
}

// -----

func.func @not_a_string(%y: tensor<2x2xf32>, %init: tensor<2x2xf32>) -> tensor<2x2xf32> {
  %v = arith.constant dense<2.0> : tensor<2x2xf32>
  // expected-error @below {{'prune.layer' must be a non-empty string (the layer's name)}}
  %b = linalg.matmul {prune.layer = 3 : i32} ins(%y, %v : tensor<2x2xf32>, tensor<2x2xf32>) outs(%init : tensor<2x2xf32>) -> tensor<2x2xf32>
  return %b : tensor<2x2xf32>
}

// -----

func.func @empty(%y: tensor<2x2xf32>, %init: tensor<2x2xf32>) -> tensor<2x2xf32> {
  %v = arith.constant dense<2.0> : tensor<2x2xf32>
  // expected-error @below {{'prune.layer' must be a non-empty string (the layer's name)}}
  %b = linalg.matmul {prune.layer = ""} ins(%y, %v : tensor<2x2xf32>, tensor<2x2xf32>) outs(%init : tensor<2x2xf32>) -> tensor<2x2xf32>
  return %b : tensor<2x2xf32>
}
