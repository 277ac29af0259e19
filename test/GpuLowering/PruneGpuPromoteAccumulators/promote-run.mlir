// The promoted matmul, lowered for the CPU and run: the same numbers as
// the matmul computes (A[i][k] = (i + 1) k, B[k][j] = 4j + 1, so C[i][j] = 28 (i + 1)(4j + 1)).

// RUN: prune-opt %s \
// RUN:   --pass-pipeline="builtin.module(func.func(convert-linalg-to-parallel-loops,prune-gpu-promote-accumulators),convert-scf-to-cf,finalize-memref-to-llvm,convert-to-llvm,reconcile-unrealized-casts)" \
// RUN:   | mlir-runner -e main -entry-point-result=void -shared-libs=%mlir_runner_libs \
// RUN:   | FileCheck %s

// CHECK: sizes = [4, 3]
// CHECK-NEXT: [28,   140,   252]
// CHECK-NEXT: [56,   280,   504]
// CHECK-NEXT: [84,   420,   756]
// CHECK-NEXT: [112,   560,   1008]
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

