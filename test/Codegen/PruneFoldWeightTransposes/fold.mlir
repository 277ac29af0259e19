// RUN: prune-opt %s --split-input-file --prune-fold-weight-transposes | FileCheck %s

// A transposed dense constant becomes the transposed constant.
// CHECK-LABEL: func.func @dense
// CHECK:         %[[W:.*]] = arith.constant dense<{{\[}}[1.000000e+00, 4.000000e+00], [2.000000e+00, 5.000000e+00], [3.000000e+00, 6.000000e+00]]> : tensor<3x2xf32>
// CHECK-NOT:     linalg.transpose
// CHECK:         linalg.matmul ins(%{{.*}}, %[[W]] : tensor<1x3xf32>, tensor<3x2xf32>)
func.func @dense(%x: tensor<1x3xf32>, %y: tensor<1x2xf32>) -> tensor<1x2xf32> {
  %w = arith.constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>
  %e = tensor.empty() : tensor<3x2xf32>
  %t = linalg.transpose ins(%w : tensor<2x3xf32>) outs(%e : tensor<3x2xf32>) permutation = [1, 0]
  %r = linalg.matmul ins(%x, %t : tensor<1x3xf32>, tensor<3x2xf32>)
                     outs(%y : tensor<1x2xf32>) -> tensor<1x2xf32>
  return %r : tensor<1x2xf32>
}

// -----

// A dense_resource weight stays a resource (a new blob), here of rank 3.
// CHECK-LABEL: func.func @resource
// CHECK:         arith.constant dense_resource<transposed> : tensor<3x1x2xf32>
// CHECK-NOT:     linalg.transpose
// CHECK:         transposed: "0x080000000000803F00008040000000400000A040000040400000C040"
func.func @resource() -> tensor<3x1x2xf32> {
  %w = arith.constant dense_resource<w> : tensor<2x1x3xf32>
  %e = tensor.empty() : tensor<3x1x2xf32>
  %t = linalg.transpose ins(%w : tensor<2x1x3xf32>) outs(%e : tensor<3x1x2xf32>) permutation = [2, 1, 0]
  return %t : tensor<3x1x2xf32>
}
{-#
  dialect_resources: {
    builtin: {
      w: "0x040000000000803F0000004000004040000080400000A0400000C040"
    }
  }
#-}

// -----

// Splats stay splats; a constant with another use and a transposed argument
// are left alone.
// CHECK-LABEL: func.func @left_alone
// CHECK:         arith.constant dense<5.000000e-01> : tensor<4x2xf32>
// CHECK:         %[[SHARED:.*]] = arith.constant dense<{{.*}}> : tensor<2x2xf32>
// CHECK:         linalg.transpose ins(%[[SHARED]]
// CHECK:         linalg.transpose ins(%arg0
func.func @left_alone(%a: tensor<2x2xf32>) -> (tensor<4x2xf32>, tensor<2x2xf32>, tensor<2x2xf32>, tensor<2x2xf32>) {
  %s = arith.constant dense<0.5> : tensor<2x4xf32>
  %e = tensor.empty() : tensor<4x2xf32>
  %ts = linalg.transpose ins(%s : tensor<2x4xf32>) outs(%e : tensor<4x2xf32>) permutation = [1, 0]
  %w = arith.constant dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf32>
  %e2 = tensor.empty() : tensor<2x2xf32>
  %tw = linalg.transpose ins(%w : tensor<2x2xf32>) outs(%e2 : tensor<2x2xf32>) permutation = [1, 0]
  %ta = linalg.transpose ins(%a : tensor<2x2xf32>) outs(%e2 : tensor<2x2xf32>) permutation = [1, 0]
  return %ts, %tw, %w, %ta : tensor<4x2xf32>, tensor<2x2xf32>, tensor<2x2xf32>, tensor<2x2xf32>
}
