// An instrumented model compiles with prune-compile alone: the pipeline
// lowers prune.observe to runtime calls before bufferization. Running it
// writes the statistics of the layer.

// RUN: rm -f %t.stats
// RUN: prune-opt %s --prune-instrument=output=%t.stats --prune-compile \
// RUN:   | mlir-runner -e main -entry-point-result=void \
// RUN:       -shared-libs=%mlir_runner_libs,%prune_lib/libPruneRuntime.so
// RUN: prune-stats dump %t.stats | FileCheck %s

// Inputs (1, 2, 3) and (0, -1, 1); outputs (8, 1) and (1.5, 2).
// CHECK:      layer fc samples 2 in 3 out 2
// CHECK-NEXT:   sum_squares 1 5 10
// CHECK-NEXT:   gram 1 2 3
// CHECK-NEXT:   gram 2 5 5
// CHECK-NEXT:   gram 3 5 10
// CHECK-NEXT:   mean 4.75 1.5

func.func @forward(%x: tensor<2x3xf32>) -> tensor<2x2xf32> {
  %w = arith.constant dense<[[1.0, 0.0], [0.5, -1.0], [2.0, 1.0]]> : tensor<3x2xf32>
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<2x2xf32>
  %init = linalg.fill ins(%z : f32) outs(%e : tensor<2x2xf32>) -> tensor<2x2xf32>
  %y = linalg.matmul ins(%x, %w : tensor<2x3xf32>, tensor<3x2xf32>) outs(%init : tensor<2x2xf32>) -> tensor<2x2xf32> loc("fc")
  return %y : tensor<2x2xf32>
}

func.func @main() {
  %x = arith.constant dense<[[1.0, 2.0, 3.0], [0.0, -1.0, 1.0]]> : tensor<2x3xf32>
  %y = call @forward(%x) : (tensor<2x3xf32>) -> tensor<2x2xf32>
  return
}
