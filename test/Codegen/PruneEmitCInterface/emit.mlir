// RUN: prune-opt %s --prune-emit-c-interface | FileCheck %s

// Public functions with a body get llvm.emit_c_interface; private ones and
// declarations do not.
// CHECK-LABEL: func.func @forward
// CHECK-SAME:    attributes {llvm.emit_c_interface}
func.func @forward(%x: tensor<?x4xf32>) -> tensor<?x4xf32> {
  %r = call @helper(%x) : (tensor<?x4xf32>) -> tensor<?x4xf32>
  return %r : tensor<?x4xf32>
}
// CHECK-LABEL: func.func private @helper
// CHECK-NOT:     llvm.emit_c_interface
func.func private @helper(%x: tensor<?x4xf32>) -> tensor<?x4xf32> {
  return %x : tensor<?x4xf32>
}
// CHECK-LABEL: func.func private @external
// CHECK-NOT:     llvm.emit_c_interface
func.func private @external(f32) -> f32
