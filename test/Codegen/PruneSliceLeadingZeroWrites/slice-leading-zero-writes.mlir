// RUN: prune-opt %s --prune-slice-leading-zero-writes --split-input-file | FileCheck %s

// A rank-reduced write at the origin goes through the slice of the trailing
// dimensions it covers, inserted back.
// CHECK-LABEL: func.func @row_tile
// CHECK-SAME:    (%[[V:.*]]: vector<4xf32>, %[[T:.*]]: tensor<2x6xf32>)
// CHECK:         %[[C0:.*]] = arith.constant 0 : index
// CHECK:         %[[ROW:.*]] = tensor.extract_slice %[[T]][0, 0] [1, 6] [1, 1] : tensor<2x6xf32> to tensor<6xf32>
// CHECK:         %[[W:.*]] = vector.transfer_write %[[V]], %[[ROW]][%[[C0]]] {in_bounds = [true]} : vector<4xf32>, tensor<6xf32>
// CHECK:         %[[R:.*]] = tensor.insert_slice %[[W]] into %[[T]][0, 0] [1, 6] [1, 1] : tensor<6xf32> into tensor<2x6xf32>
// CHECK:         return %[[R]]
func.func @row_tile(%v: vector<4xf32>, %t: tensor<2x6xf32>) -> tensor<2x6xf32> {
  %c0 = arith.constant 0 : index
  %w = vector.transfer_write %v, %t[%c0, %c0] {in_bounds = [true]} : vector<4xf32>, tensor<2x6xf32>
  return %w : tensor<2x6xf32>
}

// -----

// A 2-D vector into a 3-D tensor keeps its two trailing dimensions.
// CHECK-LABEL: func.func @plane
// CHECK:         tensor.extract_slice %{{.*}}[0, 0, 0] [1, 3, 8] [1, 1, 1] : tensor<4x3x8xf32> to tensor<3x8xf32>
// CHECK:         vector.transfer_write {{.*}} : vector<2x8xf32>, tensor<3x8xf32>
// CHECK:         tensor.insert_slice
func.func @plane(%v: vector<2x8xf32>, %t: tensor<4x3x8xf32>) -> tensor<4x3x8xf32> {
  %c0 = arith.constant 0 : index
  %w = vector.transfer_write %v, %t[%c0, %c0, %c0] {in_bounds = [true, true]} : vector<2x8xf32>, tensor<4x3x8xf32>
  return %w : tensor<4x3x8xf32>
}

// -----

// Left alone: a write away from the origin, one of the tensor's own rank,
// a dynamic tensor, a masked write, a transposing map, and memrefs.
// CHECK-LABEL: func.func @negative
// CHECK-NOT:     tensor.extract_slice
// CHECK-NOT:     tensor.insert_slice
// CHECK:         return
func.func @negative(%v: vector<4xf32>, %v2: vector<1x4xf32>, %t: tensor<2x6xf32>,
                    %d: tensor<?x6xf32>, %m: vector<4xi1>, %t2: tensor<4x2xf32>,
                    %buf: memref<2x6xf32>)
    -> (tensor<2x6xf32>, tensor<2x6xf32>, tensor<?x6xf32>, tensor<2x6xf32>, tensor<4x2xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %a = vector.transfer_write %v, %t[%c1, %c0] {in_bounds = [true]} : vector<4xf32>, tensor<2x6xf32>
  %b = vector.transfer_write %v2, %t[%c0, %c0] {in_bounds = [true, true]} : vector<1x4xf32>, tensor<2x6xf32>
  %c = vector.transfer_write %v, %d[%c0, %c0] {in_bounds = [true]} : vector<4xf32>, tensor<?x6xf32>
  %e = vector.transfer_write %v, %t[%c0, %c0], %m {in_bounds = [true]} : vector<4xf32>, tensor<2x6xf32>
  %f = vector.transfer_write %v, %t2[%c0, %c0] {in_bounds = [true], permutation_map = affine_map<(d0, d1) -> (d0)>} : vector<4xf32>, tensor<4x2xf32>
  vector.transfer_write %v, %buf[%c0, %c0] {in_bounds = [true]} : vector<4xf32>, memref<2x6xf32>
  return %a, %b, %c, %e, %f : tensor<2x6xf32>, tensor<2x6xf32>, tensor<?x6xf32>, tensor<2x6xf32>, tensor<4x2xf32>
}
