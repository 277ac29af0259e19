// RUN: prune-opt %s --split-input-file --prune-vectorize-dense | FileCheck %s
// RUN: not prune-opt %s --split-input-file --prune-vectorize-dense=vector-width=0 2>&1 | FileCheck %s --check-prefix=BAD

// Ops on sparse tensors belong to the sparsifier and are left alone.
#CSR = #sparse_tensor.encoding<{map = (d0, d1) -> (d0 : dense, d1 : compressed)}>
// CHECK-LABEL: func.func @sparse_matvec
// CHECK:         linalg.matvec
// CHECK-NOT:     vector.
func.func @sparse_matvec(%a: tensor<16x16xf32, #CSR>, %x: tensor<16xf32>,
                         %y: tensor<16xf32>) -> tensor<16xf32> {
  %r = linalg.matvec ins(%a, %x : tensor<16x16xf32, #CSR>, tensor<16xf32>)
                     outs(%y : tensor<16xf32>) -> tensor<16xf32>
  return %r : tensor<16xf32>
}

// -----

// Index computations (linalg.index, as in argmax) stay scalar: MLIR 22's
// vectorizer builds invalid broadcasts for them in tiles with unit dims.
// CHECK-LABEL: func.func @iota
// CHECK:         linalg.generic
// CHECK:           linalg.index 0
// CHECK-NOT:     vector.
#id = affine_map<(d0) -> (d0)>
func.func @iota(%o: tensor<8xi32>) -> tensor<8xi32> {
  %r = linalg.generic {indexing_maps = [#id], iterator_types = ["parallel"]}
      outs(%o : tensor<8xi32>) {
  ^bb0(%out: i32):
    %i = linalg.index 0 : index
    %v = arith.index_cast %i : index to i32
    linalg.yield %v : i32
  } -> tensor<8xi32>
  return %r : tensor<8xi32>
}

// -----

// Ops on buffers are not touched either (the pass runs before bufferization).
// CHECK-LABEL: func.func @on_buffers
// CHECK:         linalg.matvec
// CHECK-NOT:     vector.
func.func @on_buffers(%a: memref<16x16xf32>, %x: memref<16xf32>, %y: memref<16xf32>) {
  linalg.matvec ins(%a, %x : memref<16x16xf32>, memref<16xf32>) outs(%y : memref<16xf32>)
  return
}

// BAD: error: prune-vectorize-dense: vector-width, rows and tile-sizes must be positive
