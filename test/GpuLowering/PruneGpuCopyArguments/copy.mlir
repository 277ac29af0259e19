// Public functions work on copies of their memref arguments (allocations
// that target=gpu makes managed memory); private functions and unused or
// non-memref arguments are left alone.

// RUN: prune-opt %s --split-input-file --prune-gpu-copy-arguments \
// RUN:   --verify-diagnostics | FileCheck %s

// CHECK-LABEL: func.func @forward(
// CHECK-SAME: %[[X:.*]]: memref<?x64xf32>, %[[S:.*]]: f32, %[[V:.*]]: memref<8xf32, strided<[?], offset: ?>>, %[[UNUSED:.*]]: memref<4xf32>)
// CHECK: %[[C0:.*]] = arith.constant 0 : index
// CHECK: %[[N:.*]] = memref.dim %[[X]], %[[C0]]
// CHECK: %[[XC:.*]] = memref.alloc(%[[N]]) : memref<?x64xf32>
// CHECK: memref.copy %[[X]], %[[XC]]
// CHECK: %[[VC:.*]] = memref.alloc() : memref<8xf32>
// CHECK: memref.copy %[[V]], %[[VC]] : memref<8xf32, strided<[?], offset: ?>> to memref<8xf32>
// CHECK: %[[VCAST:.*]] = memref.cast %[[VC]] : memref<8xf32> to memref<8xf32, strided<[?], offset: ?>>
// CHECK-NOT: memref.alloc
// CHECK: call @helper(%[[XC]], %[[S]], %[[VCAST]])
func.func @forward(%x: memref<?x64xf32>, %s: f32, %v: memref<8xf32, strided<[?], offset: ?>>,
                   %unused: memref<4xf32>) {
  call @helper(%x, %s, %v) : (memref<?x64xf32>, f32, memref<8xf32, strided<[?], offset: ?>>) -> ()
  return
}

// CHECK-LABEL: func.func private @helper(
// CHECK-NOT: memref.alloc
// CHECK: return
func.func private @helper(%x: memref<?x64xf32>, %s: f32, %v: memref<8xf32, strided<[?], offset: ?>>) {
  %c0 = arith.constant 0 : index
  memref.store %s, %x[%c0, %c0] : memref<?x64xf32>
  memref.store %s, %v[%c0] : memref<8xf32, strided<[?], offset: ?>>
  return
}

// CHECK-LABEL: func.func private @external(memref<4xf32>)
func.func private @external(memref<4xf32>)

// -----

// A static non-identity layout cannot alias an identity copy.
// expected-error @+1 {{'func.func' op argument #0 of type 'memref<8xf32, strided<[2]>>' cannot be replaced by a copy with the identity layout}}
func.func @strided(%v: memref<8xf32, strided<[2]>>) -> f32 {
  %c0 = arith.constant 0 : index
  %x = memref.load %v[%c0] : memref<8xf32, strided<[2]>>
  return %x : f32
}
