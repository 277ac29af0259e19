// prune-lower-observe declares the runtime's functions; a module that
// already has a symbol of that name with another type is an error, and an
// existing declaration of the right type is reused.
// RUN: prune-opt %s --split-input-file --verify-diagnostics --prune-lower-observe | FileCheck %s

func.func private @prune_observe_f32(i32)

func.func @taken(%x: tensor<4x8xf32>) {
  // expected-error @below {{'prune.observe' op cannot declare the runtime function 'prune_observe_f32': the module has another symbol of that name}}
  prune.observe input %x layer "l" dim 1 to "s.stats" : tensor<4x8xf32>
  return
}

// -----

// CHECK-LABEL: module
// CHECK-COUNT-1: func.func private @prune_observe_f32
// CHECK-NOT:     func.func private @prune_observe_f32
// CHECK-LABEL:   func.func @reused
// CHECK:         call @prune_observe_f32
func.func private @prune_observe_f32(memref<?xi8>, memref<?xi8>, i64, i64, memref<*xf32>) attributes {llvm.emit_c_interface}

func.func @reused(%x: tensor<4x8xf32>) {
  prune.observe input %x layer "l" dim 1 to "s.stats" : tensor<4x8xf32>
  return
}
