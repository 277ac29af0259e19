// prune-weights report=PATH: the JSON report of docs/DESIGN.md, one entry per
// weight (name, consumer op, constant shape, elements, nonzeros before and
// after, pattern) and totals over the pruned layers. A layer left alone is
// listed as skipped with its reason and no counts, and stays out of the totals.
// (llvm::json prints the keys of an object sorted.)
//
// With --split-input-file the pass runs once per split; the report
// accumulates them (report-split.mlir).

// RUN: prune-opt %s --prune-weights="sparsity=0.5 report=%t.json" -o /dev/null
// RUN: FileCheck %s --input-file=%t.json
// RUN: prune-opt %s --prune-weights="pattern=2:4 report=%t.24.json" -o /dev/null
// RUN: FileCheck %s --input-file=%t.24.json --check-prefix=NM
// RUN: prune-opt %s --prune-weights="sparsity=0.5 scope=global report=%t.global.json" -o /dev/null
// RUN: FileCheck %s --input-file=%t.global.json --check-prefix=GLOBAL

// The shipped digits MLP (64-128-64-10): per layer exactly n - round(0.9 n)
// weights stay (8192 -> 819, 640 -> 64); globally the same total, however it
// splits; 2:4 keeps two of every four, one where three are zero already
// (one group of fc2: the 612 weights the exporter writes as zero, denormals
// after training, count as pruned).
// RUN: prune-opt %prune_src/examples/digits_mlp.mlir --prune-weights="sparsity=0.9 report=%t.digits.json" -o /dev/null
// RUN: FileCheck %s --input-file=%t.digits.json --check-prefix=DIGITS
// RUN: prune-opt %prune_src/examples/digits_mlp.mlir --prune-weights="sparsity=0.9 scope=global report=%t.digits-global.json" -o /dev/null
// RUN: FileCheck %s --input-file=%t.digits-global.json --check-prefix=DIGITS-GLOBAL
// RUN: prune-opt %prune_src/examples/digits_mlp.mlir --prune-weights="pattern=2:4 report=%t.digits-24.json" -o /dev/null
// RUN: FileCheck %s --input-file=%t.digits-24.json --check-prefix=DIGITS-24
// The totals count the pruned layers, and say what they leave out.
// RUN: prune-opt %prune_src/examples/digits_mlp.mlir --prune-weights="sparsity=0.9 layers=fc1 report=%t.digits-fc1.json" -o /dev/null
// RUN: FileCheck %s --input-file=%t.digits-fc1.json --check-prefix=DIGITS-LEFT
// DIGITS-LEFT:      "total": {
// DIGITS-LEFT-NEXT:   "elements": 8192,
// DIGITS-LEFT-NEXT:   "elements_left_alone": 8832,
// DIGITS-LEFT-NEXT:   "layers_left_alone": 2,
// DIGITS-LEFT-NEXT:   "nonzeros_after": 819,

// DIGITS:            "elements": 8192,
// DIGITS-NEXT:       "name": "fc1",
// DIGITS-NEXT:       "nonzeros_after": 819,
// DIGITS:            "elements": 8192,
// DIGITS-NEXT:       "name": "fc2",
// DIGITS-NEXT:       "nonzeros_after": 819,
// DIGITS:            "elements": 640,
// DIGITS-NEXT:       "name": "fc3",
// DIGITS-NEXT:       "nonzeros_after": 64,
// DIGITS:          "total": {
// DIGITS-NEXT:       "elements": 17024,
// DIGITS-NEXT:       "nonzeros_after": 1702,
// DIGITS-NEXT:       "nonzeros_before": 16412

// DIGITS-GLOBAL:   "total": {
// DIGITS-GLOBAL-NEXT:  "elements": 17024,
// DIGITS-GLOBAL-NEXT:  "nonzeros_after": 1702,

// DIGITS-24:         "name": "fc1",
// DIGITS-24-NEXT:    "nonzeros_after": 4096,
// DIGITS-24:         "name": "fc2",
// DIGITS-24-NEXT:    "nonzeros_after": 4095,
// DIGITS-24:         "name": "fc3",
// DIGITS-24-NEXT:    "nonzeros_after": 320,
// DIGITS-24:         "pattern": "2:4",

// fc1 [out=2, in=4] has 7 nonzeros: 0.5, 0.75 and -1 go (4 zeros of 8).
// CHECK:      {
// CHECK-NEXT:   "layers": [
// CHECK-NEXT:     {
// CHECK-NEXT:       "elements": 8,
// CHECK-NEXT:       "name": "fc1",
// CHECK-NEXT:       "nonzeros_after": 4,
// CHECK-NEXT:       "nonzeros_before": 7,
// CHECK-NEXT:       "op": "tosa.matmul",
// CHECK-NEXT:       "pattern": "unstructured",
// CHECK-NEXT:       "shape": [
// CHECK-NEXT:         2,
// CHECK-NEXT:         4
// CHECK-NEXT:       ],
// CHECK-NEXT:       "status": "pruned"
// CHECK-NEXT:     },
// conv [OC=2, KH=1, KW=1, IC=4]: 1 2 3 4 go.
// CHECK-NEXT:     {
// CHECK-NEXT:       "elements": 8,
// CHECK-NEXT:       "name": "conv",
// CHECK-NEXT:       "nonzeros_after": 4,
// CHECK-NEXT:       "nonzeros_before": 8,
// CHECK-NEXT:       "op": "tosa.conv2d",
// CHECK-NEXT:       "pattern": "unstructured",
// CHECK-NEXT:       "shape": [
// CHECK-NEXT:         2,
// CHECK-NEXT:         1,
// CHECK-NEXT:         1,
// CHECK-NEXT:         4
// CHECK-NEXT:       ],
// CHECK-NEXT:       "status": "pruned"
// CHECK-NEXT:     },
// The weight of "residual" also feeds a tosa.add: skipped, no counts.
// CHECK-NEXT:     {
// CHECK-NEXT:       "elements": 4,
// CHECK-NEXT:       "name": "residual",
// CHECK-NEXT:       "op": "tosa.matmul",
// CHECK-NEXT:       "pattern": "unstructured",
// CHECK-NEXT:       "reason": "the constant is also used by 'tosa.add' operand #1",
// CHECK-NEXT:       "shape": [
// CHECK-NEXT:         1,
// CHECK-NEXT:         2,
// CHECK-NEXT:         2
// CHECK-NEXT:       ],
// CHECK-NEXT:       "status": "skipped"
// CHECK-NEXT:     }
// CHECK-NEXT:   ],
// CHECK-NEXT:   "pass": "prune-weights",
// CHECK-NEXT:   "total": {
// CHECK-NEXT:     "elements": 16,
// CHECK-NEXT:     "elements_left_alone": 4,
// CHECK-NEXT:     "layers_left_alone": 1,
// CHECK-NEXT:     "nonzeros_after": 8,
// CHECK-NEXT:     "nonzeros_before": 15
// CHECK-NEXT:   }
// CHECK-NEXT: }

// NM:          "name": "fc1",
// NM-NEXT:     "nonzeros_after": 4,
// NM-NEXT:     "nonzeros_before": 7,
// NM-NEXT:     "op": "tosa.matmul",
// NM-NEXT:     "pattern": "2:4",
// NM:          "name": "conv",
// NM-NEXT:     "nonzeros_after": 4,
// NM-NEXT:     "nonzeros_before": 8,
// NM-NEXT:     "op": "tosa.conv2d",
// NM-NEXT:     "pattern": "2:4",
// NM:          "name": "residual",
// NM-NOT:      "nonzeros_
// NM:          "status": "skipped"
// NM:        "total": {
// NM-NEXT:     "elements": 16,
// NM-NEXT:     "elements_left_alone": 4,
// NM-NEXT:     "layers_left_alone": 1,
// NM-NEXT:     "nonzeros_after": 8,
// NM-NEXT:     "nonzeros_before": 15

// Global: 8 zeros over the 16 weights: fc1's 0 0.5 0.75 1, conv's 1, fc1's
// 2, conv's 2, then fc1's 3 (it ties with conv's 3 and comes first).
// fc1 keeps 4 and 6, conv keeps 3..8.
// GLOBAL:          "name": "fc1",
// GLOBAL-NEXT:     "nonzeros_after": 2,
// GLOBAL-NEXT:     "nonzeros_before": 7,
// GLOBAL:          "name": "conv",
// GLOBAL-NEXT:     "nonzeros_after": 6,
// GLOBAL-NEXT:     "nonzeros_before": 8,
// GLOBAL:        "total": {
// GLOBAL-NEXT:     "elements": 16,
// GLOBAL-NEXT:     "elements_left_alone": 4,
// GLOBAL-NEXT:     "layers_left_alone": 1,
// GLOBAL-NEXT:     "nonzeros_after": 8,
// GLOBAL-NEXT:     "nonzeros_before": 15

func.func @model(%x: tensor<1x4xf32>, %img: tensor<1x2x2x4xf32>, %r: tensor<1x2x2xf32>) -> (tensor<1x2xf32>, tensor<1x2x2x2xf32>, tensor<1x2x2xf32>) {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>

  %w1 = "tosa.const"() <{values = dense<[[0.5, -3.0, 2.0, 0.0], [4.0, -1.0, 0.75, 6.0]]> : tensor<2x4xf32>}> : () -> tensor<2x4xf32>
  %b1 = "tosa.const"() <{values = dense<[[0.125, 0.25]]> : tensor<1x2xf32>}> : () -> tensor<1x2xf32>
  %w1t = tosa.transpose %w1 {perms = array<i32: 1, 0>} : (tensor<2x4xf32>) -> tensor<4x2xf32>
  %w1s = tosa.const_shape {values = dense<[1, 4, 2]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %w13 = tosa.reshape %w1t, %w1s : (tensor<4x2xf32>, !tosa.shape<3>) -> tensor<1x4x2xf32>
  %xs = tosa.const_shape {values = dense<[1, 1, 4]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %x3 = tosa.reshape %x, %xs : (tensor<1x4xf32>, !tosa.shape<3>) -> tensor<1x1x4xf32>
  %mm = tosa.matmul %x3, %w13, %zp, %zp : (tensor<1x1x4xf32>, tensor<1x4x2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x2xf32> loc("fc1")
  %ys = tosa.const_shape {values = dense<[1, 2]> : tensor<2xindex>} : () -> !tosa.shape<2>
  %y = tosa.reshape %mm, %ys : (tensor<1x1x2xf32>, !tosa.shape<2>) -> tensor<1x2xf32>
  %fc1 = tosa.add %y, %b1 : (tensor<1x2xf32>, tensor<1x2xf32>) -> tensor<1x2xf32>

  %w2 = "tosa.const"() <{values = dense<[[[[1.0, 2.0, 3.0, 4.0]]], [[[5.0, 6.0, 7.0, 8.0]]]]> : tensor<2x1x1x4xf32>}> : () -> tensor<2x1x1x4xf32>
  %b2 = "tosa.const"() <{values = dense<[0.125, 0.25]> : tensor<2xf32>}> : () -> tensor<2xf32>
  %conv = tosa.conv2d %img, %w2, %b2, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x2x2x4xf32>, tensor<2x1x1x4xf32>, tensor<2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x2x2x2xf32> loc("conv")

  %w3 = "tosa.const"() <{values = dense<[[[1.0, -4.0], [0.5, 3.0]]]> : tensor<1x2x2xf32>}> : () -> tensor<1x2x2xf32>
  %mm3 = tosa.matmul %r, %w3, %zp, %zp : (tensor<1x2x2xf32>, tensor<1x2x2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x2x2xf32> loc("residual")
  %res = tosa.add %mm3, %w3 : (tensor<1x2x2xf32>, tensor<1x2x2xf32>) -> tensor<1x2x2xf32>
  return %fc1, %conv, %res : tensor<1x2xf32>, tensor<1x2x2x2xf32>, tensor<1x2x2xf32>
}
