// prune-sparsify{report=PATH}: each layer's format, bytes before and after,
// index widths and why; layers left alone say why too.
// RUN: prune-opt %s --prune-sparsify="format=csr report=%t.json" -o /dev/null
// RUN: FileCheck %s --input-file=%t.json
// A layer the pass keeps dense says so.
// RUN: prune-opt %s --prune-sparsify="format=dense report=%t.dense.json" -o /dev/null
// RUN: FileCheck %s --input-file=%t.dense.json --check-prefix=DENSE
// DENSE:      "format": "dense",
// DENSE-NEXT: "name": "fc1",
// DENSE:      "status": "kept dense"
// RUN: not prune-opt %s --prune-sparsify="report=%t.missing/dir/r.json" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=BAD

// CHECK:      "bytes_after": 73,
// CHECK-NEXT: "bytes_before": 112,
// CHECK:      "layers": [
// CHECK:        "bytes_after": 25,
// CHECK-NEXT:   "bytes_before": 64,
// CHECK-NEXT:   "crd_width": 8,
// CHECK-NEXT:   "elements": 16,
// CHECK-NEXT:   "format": "csr",
// CHECK-NEXT:   "name": "fc1",
// CHECK-NEXT:   "nonzeros_after": 4,
// CHECK-NEXT:   "nonzeros_before": 4,
// CHECK-NEXT:   "op": "linalg.matmul",
// CHECK-NEXT:   "pattern": "2:4",
// CHECK-NEXT:   "pos_width": 8,
// CHECK-NEXT:   "reason": "format=csr requested (75.0% sparse)",
// CHECK:        "sparsity": 0.75,
// CHECK-NEXT:   "status": "sparsified",
// CHECK-NEXT:   "stored_values": 4
// CHECK:        "bytes_after": 48,
// CHECK-NEXT:   "bytes_before": 48,
// CHECK-NEXT:   "elements": 12,
// CHECK-NEXT:   "format": "dense",
// CHECK-NEXT:   "name": "fc2",
// CHECK-NEXT:   "nonzeros_after": 0,
// CHECK-NEXT:   "nonzeros_before": 0,
// CHECK-NEXT:   "op": "tosa.matmul",
// CHECK-NEXT:   "pattern": "unstructured",
// CHECK-NEXT:   "reason": "its consumer 'tosa.matmul' is not a linalg op (lower TOSA first: tosa-to-linalg-pipeline)",
// CHECK:        "status": "skipped"
// CHECK:      "pass": "prune-sparsify",
// BAD: error: prune-sparsify: cannot write report

func.func @model(%x: tensor<4x2xf32>, %a: tensor<1x2x4xf32>) -> (tensor<4x2xf32>, tensor<1x2x3xf32>) {
  %w = arith.constant dense<[[1.0, 0.0, 0.0, 0.0], [0.0, 0.0, 2.0, 0.0],
                             [0.0, 3.0, 0.0, 0.0], [0.0, 0.0, 0.0, 4.0]]> : tensor<4x4xf32>
  %init = arith.constant dense<0.0> : tensor<4x2xf32>
  %y = linalg.matmul ins(%w, %x : tensor<4x4xf32>, tensor<4x2xf32>)
                     outs(%init : tensor<4x2xf32>) -> tensor<4x2xf32> loc("fc1")
  %w2 = "tosa.const"() <{values = dense<0.0> : tensor<1x4x3xf32>}> : () -> tensor<1x4x3xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %z = tosa.matmul %a, %w2, %zp, %zp : (tensor<1x2x4xf32>, tensor<1x4x3xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x2x3xf32> loc("fc2")
  return %y, %z : tensor<4x2xf32>, tensor<1x2x3xf32>
}
