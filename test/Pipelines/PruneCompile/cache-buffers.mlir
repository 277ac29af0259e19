// RUN: prune-opt %s --prune-compile="cache-buffers=true" | FileCheck %s
// RUN: prune-opt %s --prune-compile | FileCheck %s --check-prefix=MALLOC

// cache-buffers=true: the intermediate tensor's buffer comes from MLIR's
// generic allocation functions (libPruneBufferCache.so keeps it for the next
// call), and nothing calls malloc or free directly. By default they do.
// CHECK-LABEL: llvm.func @forward
// CHECK:         llvm.call @_mlir_memref_to_llvm_alloc
// CHECK:         llvm.call @_mlir_memref_to_llvm_free
// CHECK-NOT:     @malloc
// CHECK-NOT:     @free
// MALLOC-LABEL: llvm.func @forward
// MALLOC:         llvm.call @malloc
// MALLOC-NOT:     @_mlir_memref_to_llvm
func.func @forward(%x: tensor<4x256xf32>, %w1: tensor<256x256xf32>,
                   %w2: tensor<256x8xf32>) -> tensor<4x8xf32> {
  %zero = arith.constant 0.0 : f32
  %e1 = tensor.empty() : tensor<4x256xf32>
  %f1 = linalg.fill ins(%zero : f32) outs(%e1 : tensor<4x256xf32>) -> tensor<4x256xf32>
  %h = linalg.matmul ins(%x, %w1 : tensor<4x256xf32>, tensor<256x256xf32>)
                     outs(%f1 : tensor<4x256xf32>) -> tensor<4x256xf32>
  %e2 = tensor.empty() : tensor<4x8xf32>
  %f2 = linalg.fill ins(%zero : f32) outs(%e2 : tensor<4x8xf32>) -> tensor<4x8xf32>
  %y = linalg.matmul ins(%h, %w2 : tensor<4x256xf32>, tensor<256x8xf32>)
                     outs(%f2 : tensor<4x8xf32>) -> tensor<4x8xf32>
  return %y : tensor<4x8xf32>
}
