// prune-compile vectorizes sparse loops with prune-vectorize-sparse after the
// sparsifier; sparse-gathers says who vectorizes a loop that reads through
// coordinates. At batch 1 a CSR layer's inner loop reads x[crd[j]].
//
// RUN: prune-opt %s --prune-compile="sparse-format=csr sparse-gathers=vector" | FileCheck %s --check-prefix=VECTOR
// RUN: prune-opt %s --prune-compile="sparse-format=csr sparse-gathers=llvm" | FileCheck %s --check-prefix=LLVM
// RUN: prune-opt %s --prune-compile="sparse-format=csr sparse-gathers=llvm reassociate-fp-reductions=false" | FileCheck %s --check-prefix=EXACT
// RUN: prune-opt %s --prune-compile="sparse-format=csr vl=0" | FileCheck %s --check-prefix=SCALAR

// VECTOR-LABEL: llvm.func @forward
// VECTOR:         llvm.intr.masked.gather {{.*}} -> vector<16xf32>
// VECTOR:         llvm.intr.vector.reduce.fadd

// LLVM-LABEL: llvm.func @forward
// LLVM-NOT:     llvm.intr.masked.gather
// LLVM:         llvm.fmul {{.*}} {fastmathFlags = #llvm.fastmath<contract, reassoc>} : f32
// LLVM-NEXT:    llvm.fadd {{.*}} {fastmathFlags = #llvm.fastmath<contract, reassoc>} : f32
// LLVM-NOT:     llvm.intr.masked.gather

// EXACT-LABEL: llvm.func @forward
// EXACT-NOT:     fastmath
// EXACT-NOT:     llvm.intr.masked.gather
// EXACT:         llvm.return

// vl=0: sparse loops stay scalar, and exact.
// SCALAR-LABEL: llvm.func @forward
// SCALAR-NOT:     llvm.intr.masked.gather
// SCALAR-NOT:     fastmath
// SCALAR:         llvm.return

func.func @forward(%x: tensor<1x8xf32>) -> tensor<1x8xf32> {
  %w = "tosa.const"() <{values = dense<[[[1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0], [0.0, 3.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 4.0, 0.0, 0.0, 0.0, 5.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 6.0, 7.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 8.0, 0.0, 0.0], [9.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 1.0]]]> : tensor<1x8x8xf32>}> : () -> tensor<1x8x8xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %s3 = tosa.const_shape {values = dense<[1, 1, 8]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %x3 = tosa.reshape %x, %s3 : (tensor<1x8xf32>, !tosa.shape<3>) -> tensor<1x1x8xf32>
  %y3 = tosa.matmul %x3, %w, %zp, %zp : (tensor<1x1x8xf32>, tensor<1x8x8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x8xf32>
  %s2 = tosa.const_shape {values = dense<[1, 8]> : tensor<2xindex>} : () -> !tosa.shape<2>
  %y = tosa.reshape %y3, %s2 : (tensor<1x1x8xf32>, !tosa.shape<2>) -> tensor<1x8xf32>
  return %y : tensor<1x8xf32>
}
