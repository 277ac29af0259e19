// Every instrumented layer gets a remark saying where it is observed.
// RUN: prune-opt %s --prune-instrument=output=s.stats \
// RUN:   --remarks-filter=prune-instrument -o /dev/null 2>&1 | FileCheck %s

// CHECK: remark: {{.*}}[Passed] LayerInstrumented | Category:prune-instrument:fc | Function=remarks | Remark="layer 'fc' instrumented: 4 input features in dimension 1, 3 outputs in dimension 1 after arith.addf"
func.func @remarks(%x: tensor<8x4xf32>) -> tensor<8x3xf32> {
  %w = arith.constant dense<1.0> : tensor<4x3xf32>
  %b = arith.constant dense<0.5> : tensor<8x3xf32>
  %init = tensor.empty() : tensor<8x3xf32>
  %mm = linalg.matmul ins(%x, %w : tensor<8x4xf32>, tensor<4x3xf32>) outs(%init : tensor<8x3xf32>) -> tensor<8x3xf32> loc("fc")
  %y = arith.addf %mm, %b : tensor<8x3xf32>
  return %y : tensor<8x3xf32>
}
