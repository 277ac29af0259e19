// prune-neurons on IR it was not written for changes nothing and fails on
// nothing: decision trees (no weight consumers), quantized layers (importance
// needs float weights), a layer whose weight is the left matmul operand, and
// neurons that flow into control flow.

// RUN: prune-opt %prune_src/examples/trees/digits_forest.mlir --prune-neurons="report=%t.trees.json" -o %t.trees.mlir
// RUN: FileCheck %s --check-prefix=TREES --input-file=%t.trees.json
// TREES: "layers": [],
// TREES: "parameters_after": [[P:[0-9]+]],
// TREES-NEXT: "parameters_before": [[P]],

// RUN: prune-opt %s --split-input-file --prune-neurons="mode=importance ratio=0.5" \
// RUN:   --remarks-filter=prune-neurons 2>%t.remarks | FileCheck %s
// RUN: FileCheck %s --check-prefix=REMARK --input-file=%t.remarks

// CHECK-LABEL: func.func @quantized
// CHECK:         tosa.matmul {{.*}} -> tensor<1x?x4xi32>
// REMARK: Reason="layer 'q1' left alone: the weight of layer 'q1' is not a dense floating-point constant"
func.func @quantized(%x: tensor<1x?x2xi8>) -> tensor<1x?x1xi32> {
  %zp = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %w1 = "tosa.const"() <{values = dense<[[[1, 2, 3, 4], [5, 6, 7, 8]]]> : tensor<1x2x4xi8>}> : () -> tensor<1x2x4xi8>
  %w2 = "tosa.const"() <{values = dense<[[[1], [2], [3], [4]]]> : tensor<1x4x1xi8>}> : () -> tensor<1x4x1xi8>
  %h = tosa.matmul %x, %w1, %zp, %zp : (tensor<1x?x2xi8>, tensor<1x2x4xi8>, tensor<1xi8>, tensor<1xi8>) -> tensor<1x?x4xi32> loc("q1")
  %s = tosa.cast %h : (tensor<1x?x4xi32>) -> tensor<1x?x4xi8>
  %y = tosa.matmul %s, %w2, %zp, %zp : (tensor<1x?x4xi8>, tensor<1x4x1xi8>, tensor<1xi8>, tensor<1xi8>) -> tensor<1x?x1xi32> loc("q2")
  return %y : tensor<1x?x1xi32>
}

// -----

// CHECK-LABEL: func.func @left_operand_weight
// CHECK:         tosa.matmul {{.*}} -> tensor<1x3x4xf32>
// REMARK: Reason="layer 'left' left alone: its weight is the left operand of tosa.matmul"
func.func @left_operand_weight(%x: tensor<1x2x4xf32>) -> tensor<1x3x4xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %w = "tosa.const"() <{values = dense<1.0> : tensor<1x3x2xf32>}> : () -> tensor<1x3x2xf32>
  %y = tosa.matmul %w, %x, %zp, %zp : (tensor<1x3x2xf32>, tensor<1x2x4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x3x4xf32> loc("left")
  return %y : tensor<1x3x4xf32>
}

// -----

// CHECK-LABEL: func.func @into_control_flow
// CHECK:         tosa.matmul {{.*}} -> tensor<1x?x4xf32>
// REMARK: Reason="layer 'cf' left alone: the neurons reach 'scf.yield', which prune-neurons does not know how to shrink"
func.func @into_control_flow(%x: tensor<1x?x2xf32>, %c: i1) -> tensor<1x?x4xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %w = "tosa.const"() <{values = dense<[[[1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0, 8.0]]]> : tensor<1x2x4xf32>}> : () -> tensor<1x2x4xf32>
  %h = tosa.matmul %x, %w, %zp, %zp : (tensor<1x?x2xf32>, tensor<1x2x4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x4xf32> loc("cf")
  %r = scf.if %c -> tensor<1x?x4xf32> {
    scf.yield %h : tensor<1x?x4xf32>
  } else {
    %n = tosa.negate %h, %zp, %zp : (tensor<1x?x4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x4xf32>
    scf.yield %n : tensor<1x?x4xf32>
  }
  return %r : tensor<1x?x4xf32>
}

// -----

// A layer of unranked result (a converter's output before shape inference)
// is left alone; its cost counts unknown sizes as 1 (this crashed).
// CHECK-LABEL: func.func @unranked
// CHECK:         tosa.matmul {{.*}} -> tensor<*xf32>
// REMARK: Reason="layer 'unranked_fc' left alone: its result is unranked"
func.func @unranked(%x: tensor<*xf32>) -> tensor<*xf32> {
  %w = "tosa.const"() <{values = dense<[[[0.5, -0.1, 0.3, 0.9], [0.2, 0.0, -0.7, 0.4]]]> : tensor<1x2x4xf32>}> : () -> tensor<1x2x4xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %y = tosa.matmul %x, %w, %zp, %zp : (tensor<*xf32>, tensor<1x2x4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<*xf32> loc("unranked_fc")
  return %y : tensor<*xf32>
}
