// A report written by the same pass several times in one process - once per
// split of --split-input-file - accumulates: every split's layers, totals
// over all of them. A second process starts the file anew.

// RUN: prune-opt %s --split-input-file --prune-weights="sparsity=0.5 report=%t.json" -o /dev/null
// RUN: FileCheck %s --input-file=%t.json
// RUN: prune-opt %s --split-input-file --prune-weights="sparsity=0.5 report=%t.json" -o /dev/null
// RUN: FileCheck %s --input-file=%t.json

// CHECK:      "layers": [
// CHECK:          "name": "first"
// CHECK:          "name": "second"
// CHECK-NOT:      "name"
// CHECK:        "pass": "prune-weights",
// CHECK-NEXT:   "total": {
// CHECK-NEXT:     "elements": 10,
// CHECK-NEXT:     "nonzeros_after": 5,
// CHECK-NEXT:     "nonzeros_before": 10

func.func @first(%x: tensor<1x2xf32>, %init: tensor<1x2xf32>) -> tensor<1x2xf32> {
  %w = arith.constant dense<[[1.0, -4.0], [0.5, 3.0]]> : tensor<2x2xf32>
  %y = linalg.matmul ins(%x, %w : tensor<1x2xf32>, tensor<2x2xf32>) outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32> loc("first")
  return %y : tensor<1x2xf32>
}

// -----

func.func @second(%x: tensor<1x3xf32>, %init: tensor<1x2xf32>) -> tensor<1x2xf32> {
  %w = arith.constant dense<[[1.0, -4.0], [0.5, 3.0], [2.0, -1.0]]> : tensor<3x2xf32>
  %y = linalg.matmul ins(%x, %w : tensor<1x3xf32>, tensor<3x2xf32>) outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32> loc("second")
  return %y : tensor<1x2xf32>
}
