// Input that frees its tensors itself (bufferization.dealloc_tensor, as
// upstream's sparse integration tests in mlir/test/Integration/Dialect/
// SparseTensor/CPU/ do) compiles: with deallocate=true (the default) the
// deallocations it bufferizes to are dropped before ownership-based buffer
// deallocation, which frees every buffer itself and rejected them ("memory
// free side-effect on MemRef value not supported!"). The run is checked by
// test/Integration/PruneCompile/dealloc-tensor.mlir.
//
// RUN: prune-opt %s --prune-compile | FileCheck %s
// RUN: prune-opt %s --prune-compile="deallocate=false" | FileCheck %s --check-prefix=KEPT

#CSR = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : dense, d1 : compressed) }>

// The sparse tensor's buffers are freed: by ownership-based deallocation,
// or with deallocate=false by the input's own deallocations.
// CHECK-LABEL: llvm.func @convert_and_free
// CHECK:       llvm.call @free
// CHECK:       llvm.return
// KEPT-LABEL:  llvm.func @convert_and_free
// KEPT:        llvm.call @free
// KEPT:        llvm.return
func.func @convert_and_free(%d: tensor<4x4xf64>) -> index {
  %a = sparse_tensor.convert %d : tensor<4x4xf64> to tensor<4x4xf64, #CSR>
  %n = sparse_tensor.number_of_entries %a : tensor<4x4xf64, #CSR>
  bufferization.dealloc_tensor %a : tensor<4x4xf64, #CSR>
  return %n : index
}
