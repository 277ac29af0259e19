// The loop nests of a function with more loops than
// --max-loops-per-function become functions of their own, and the object
// computes what it did before.
// REQUIRES: clang
// RUN: mlir-opt %s --convert-scf-to-cf --convert-to-llvm -o %t.llvm.mlir
// RUN: prune-emit-object %t.llvm.mlir -o %t.outlined.o --max-loops-per-function=3
// RUN: llvm-nm %t.outlined.o | FileCheck %s --check-prefix=OUTLINED
// RUN: prune-emit-object %t.llvm.mlir -o %t.whole.o --max-loops-per-function=4
// RUN: llvm-nm %t.whole.o | FileCheck %s --check-prefix=WHOLE
// RUN: prune-emit-object %t.llvm.mlir -o %t.never.o --max-loops-per-function=0
// RUN: llvm-nm %t.never.o | FileCheck %s --check-prefix=WHOLE
// RUN: %clang -shared %t.outlined.o -o %t.outlined.so
// RUN: %clang -shared %t.whole.o -o %t.whole.so
// RUN: %python %S/Inputs/call_i64.py four_loops 11 %t.outlined.so %t.whole.so | FileCheck %s --check-prefix=RESULT

// Three top-level loops, one of them a nest: four loops in all.
// OUTLINED: T four_loops{{$}}
// OUTLINED-COUNT-3: t four_loops.
// OUTLINED-NOT: four_loops.
// WHOLE-NOT: four_loops.
// WHOLE: T four_loops
// WHOLE-NOT: four_loops.

// sum(i) + sum(i * j) + sum(i * i) for i, j < 11: 55 + 3025 + 385.
// RESULT: 3465 3465
func.func @four_loops(%n: i64) -> i64 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %zero = arith.constant 0 : i64
  %bound = arith.index_cast %n : i64 to index
  %a = scf.for %i = %c0 to %bound step %c1 iter_args(%acc = %zero) -> i64 {
    %x = arith.index_cast %i : index to i64
    %next = arith.addi %acc, %x : i64
    scf.yield %next : i64
  }
  %b = scf.for %i = %c0 to %bound step %c1 iter_args(%acc = %a) -> i64 {
    %inner = scf.for %j = %c0 to %bound step %c1 iter_args(%acc2 = %acc) -> i64 {
      %ij = arith.muli %i, %j : index
      %x = arith.index_cast %ij : index to i64
      %next = arith.addi %acc2, %x : i64
      scf.yield %next : i64
    }
    scf.yield %inner : i64
  }
  %c = scf.for %i = %c0 to %bound step %c1 iter_args(%acc = %b) -> i64 {
    %ii = arith.muli %i, %i : index
    %x = arith.index_cast %ii : index to i64
    %next = arith.addi %acc, %x : i64
    scf.yield %next : i64
  }
  return %c : i64
}
