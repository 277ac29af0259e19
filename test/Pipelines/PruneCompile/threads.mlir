// prune-compile{threads=N}: large dense ops and the outer loop of sparse
// kernels become OpenMP parallel loops on N threads (the program then calls
// libomp's __kmpc_fork_call); threads=1 (the default) emits no OpenMP.
// RUN: prune-opt %s --split-input-file --prune-compile="threads=2 sparse-format=csr min-parallel-sparse-work=0" | FileCheck %s
// RUN: prune-opt %s --split-input-file --prune-compile="threads=2 sparse-format=csr min-parallel-sparse-work=0" \
// RUN:   | mlir-translate --split-input-file --mlir-to-llvmir | FileCheck %s --check-prefix=LLVMIR
// RUN: prune-opt %s --split-input-file --prune-compile="sparse-format=csr" | FileCheck %s --check-prefix=ONE
// RUN: prune-opt %s --split-input-file --prune-compile="threads=2 sparse-format=csr" | FileCheck %s --check-prefix=SMALL
// RUN: not prune-opt %s --split-input-file --prune-compile="threads=2 min-parallel-sparse-work=-1" 2>&1 | FileCheck %s --check-prefix=BADWORK
// RUN: not prune-opt %s --split-input-file --prune-compile="threads=0" 2>&1 | FileCheck %s --check-prefix=BAD

// CHECK-LABEL: llvm.func @dense
// CHECK:         omp.parallel num_threads(%{{.*}} : i32) {
// CHECK:           omp.wsloop {
// CHECK:             omp.loop_nest
// CHECK:               llvm.intr.fmuladd
// LLVMIR-LABEL: define dso_local void @dense(
// LLVMIR:         call void {{.*}}@__kmpc_fork_call
// ONE-LABEL: llvm.func @dense
// ONE-NOT:     omp.
// BAD: prune-compile: threads must be in [1, 1024]
// BADWORK: prune-compile: min-parallel-sparse-work must be at least 0
func.func @dense(%a: tensor<64x64xf32>, %b: tensor<64x512xf32>,
                 %c: tensor<64x512xf32>) -> tensor<64x512xf32> {
  %r = linalg.matmul ins(%a, %b : tensor<64x64xf32>, tensor<64x512xf32>)
                     outs(%c : tensor<64x512xf32>) -> tensor<64x512xf32>
  return %r : tensor<64x512xf32>
}

// -----

// A pruned layer at batch 1 packed as CSR: the batch of one is dropped, and
// the weight's rows are the parallel loop - with min-parallel-sparse-work=0;
// by default its 11 nonzeros are too few, and it runs on one thread.
// CHECK-LABEL: llvm.func @sparse
// CHECK:         omp.parallel num_threads(%{{.*}} : i32) {
// CHECK:           omp.wsloop {
// CHECK:             omp.loop_nest (%{{.*}}) : i64 = (%{{.*}}) to (%{{.*}}) step
// LLVMIR-LABEL: define {{.*}} @sparse
// LLVMIR:         call void {{.*}}@__kmpc_fork_call
// ONE-LABEL: llvm.func @sparse
// ONE-NOT:     omp.
// SMALL-LABEL: llvm.func @sparse
// SMALL-NOT:     omp.
func.func @sparse(%x: tensor<1x8xf32>) -> tensor<1x8xf32> {
  %w = arith.constant dense<[[1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0], [0.0, 3.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 4.0, 0.0, 0.0, 0.0, 5.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 6.0, 7.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 8.0, 0.0, 0.0], [9.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 1.0]]> : tensor<8x8xf32>
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x8xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x8xf32>) -> tensor<1x8xf32>
  %y = linalg.matmul ins(%x, %w : tensor<1x8xf32>, tensor<8x8xf32>)
                     outs(%f : tensor<1x8xf32>) -> tensor<1x8xf32>
  return %y : tensor<1x8xf32>
}
