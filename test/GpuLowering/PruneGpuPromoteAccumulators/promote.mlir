// A reduction loop's load/store of its output element moves out of the loop
// (an iter_args value carries it); buffers that might alias are left alone.
// promote-run.mlir runs the result.

// RUN: prune-opt %s --split-input-file \
// RUN:   --pass-pipeline="builtin.module(func.func(convert-linalg-to-parallel-loops,prune-gpu-promote-accumulators))" \
// RUN:   | FileCheck %s

// CHECK-LABEL: func.func @main
// CHECK: scf.parallel
// CHECK: %[[INIT:.*]] = memref.load %[[C:.*]][%[[I:.*]], %[[J:.*]]] : memref<4x3xf32>
// CHECK: %[[SUM:.*]] = scf.for {{.*}} iter_args(%[[ACC:.*]] = %[[INIT]]) -> (f32)
// CHECK-NOT: memref.store
// CHECK:   arith.addf %[[ACC]],
// CHECK:   scf.yield
// CHECK: memref.store %[[SUM]], %[[C]][%[[I]], %[[J]]]
func.func private @printMemrefF32(memref<*xf32>)
func.func @main() {
  %a = memref.alloc() : memref<4x8xf32>
  %b = memref.alloc() : memref<8x3xf32>
  %c = memref.alloc() : memref<4x3xf32>
  linalg.generic {indexing_maps = [affine_map<(i, k) -> (i, k)>],
                  iterator_types = ["parallel", "parallel"]} outs(%a : memref<4x8xf32>) {
  ^bb0(%o: f32):
    %i = linalg.index 0 : index
    %k = linalg.index 1 : index
    %ik = arith.muli %i, %k : index
    %s = arith.addi %ik, %k : index
    %x = arith.index_cast %s : index to i32
    %f = arith.sitofp %x : i32 to f32
    linalg.yield %f : f32
  }
  linalg.generic {indexing_maps = [affine_map<(k, j) -> (k, j)>],
                  iterator_types = ["parallel", "parallel"]} outs(%b : memref<8x3xf32>) {
  ^bb0(%o: f32):
    %j = linalg.index 1 : index
    %j1 = arith.addi %j, %j : index
    %x = arith.index_cast %j1 : index to i32
    %f = arith.sitofp %x : i32 to f32
    %one = arith.constant 0.5 : f32
    %g = arith.addf %f, %one : f32
    %two = arith.constant 2.0 : f32
    %h = arith.mulf %g, %two : f32
    linalg.yield %h : f32
  }
  %z = arith.constant 0.0 : f32
  linalg.fill ins(%z : f32) outs(%c : memref<4x3xf32>)
  linalg.matmul ins(%a, %b : memref<4x8xf32>, memref<8x3xf32>) outs(%c : memref<4x3xf32>)
  %u = memref.cast %c : memref<4x3xf32> to memref<*xf32>
  call @printMemrefF32(%u) : (memref<*xf32>) -> ()
  memref.dealloc %a : memref<4x8xf32>
  memref.dealloc %b : memref<8x3xf32>
  memref.dealloc %c : memref<4x3xf32>
  return
}

// -----

// The output is an argument (it might alias %a): not promoted.
// CHECK-LABEL: func.func @argument
// CHECK: scf.for
// CHECK:   memref.load %arg1
// CHECK:   memref.store
func.func @argument(%a: memref<4x4xf32>, %c: memref<4x4xf32>) {
  linalg.matmul ins(%a, %a : memref<4x4xf32>, memref<4x4xf32>) outs(%c : memref<4x4xf32>)
  return
}

// -----

// A view of the accumulator is read in the loop: not promoted.
// CHECK-LABEL: func.func @view
// CHECK: scf.for
// CHECK:   memref.load %[[V:.*]][
// CHECK:   memref.store
func.func @view(%n: index) -> memref<4xf32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %acc = memref.alloc() : memref<4xf32>
  %v = memref.subview %acc[0] [4] [1] : memref<4xf32> to memref<4xf32, strided<[1]>>
  scf.for %k = %c0 to %n step %c1 {
    %x = memref.load %acc[%c0] : memref<4xf32>
    %y = memref.load %v[%c1] : memref<4xf32, strided<[1]>>
    %s = arith.addf %x, %y : f32
    memref.store %s, %acc[%c0] : memref<4xf32>
  }
  return %acc : memref<4xf32>
}
