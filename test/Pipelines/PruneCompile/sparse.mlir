// prune-compile runs prune-sparsify after TOSA lowering; its options are
// forwarded (sparse-format -> format, min-sparsity, sparse-report -> report,
// sparse-cost-model -> cost-model), and sparse=false leaves it out.
//
// RUN: prune-opt %s --prune-compile="sparse-report=%t.auto.json" | FileCheck %s --check-prefix=DENSE
// RUN: FileCheck %s --input-file=%t.auto.json --check-prefix=AUTO
// RUN: prune-opt %s --prune-compile="sparse-format=csr sparse-report=%t.csr.json" | FileCheck %s --check-prefix=SPARSE
// RUN: FileCheck %s --input-file=%t.csr.json --check-prefix=CSR
// RUN: prune-opt %s --prune-compile="sparse-format=dense sparse-report=%t.dense.json" | FileCheck %s --check-prefix=DENSE
// RUN: FileCheck %s --input-file=%t.dense.json --check-prefix=FORMAT-DENSE
// RUN: prune-opt %s --prune-compile="min-sparsity=0.9 sparse-report=%t.min.json" | FileCheck %s --check-prefix=DENSE
// RUN: FileCheck %s --input-file=%t.min.json --check-prefix=MIN
// RUN: prune-opt %s --prune-compile="sparse-cost-model=avx512 sparse-report=%t.avx512.json" | FileCheck %s --check-prefix=DENSE
// RUN: FileCheck %s --input-file=%t.avx512.json --check-prefix=AVX512
// RUN: rm -f %t.off.json
// RUN: prune-opt %s --prune-compile="sparse=false sparse-report=%t.off.json" | FileCheck %s --check-prefix=DENSE
// RUN: test ! -e %t.off.json

// Sparse: the 8x8 weight (11 nonzeros) is stored as CSR constants with 8-bit
// positions and coordinates, and the dense weight is gone.
// SPARSE-DAG: llvm.mlir.global private constant @{{.*}}(dense<[0, 2, 3, 4, 5, 6, 7, 9, 11]> : tensor<9xi8>)
// SPARSE-DAG: llvm.mlir.global private constant @{{.*}}(dense<[0, 6, 1, 2, 4, 4, 5, 2, 7, 0, 7]> : tensor<11xi8>)
// SPARSE-DAG: llvm.mlir.global private constant @{{.*}} : !llvm.array<11 x f32>
// SPARSE-NOT: tensor<1x8x8xf32>
// The batch is dynamic, so format=auto keeps the weight dense: dense layers
// are vectorized across the batch and CSR is not.
// AUTO: "format": "dense"
// AUTO: "reason": "82.8% sparse, no sparse format is estimated faster than dense ({{.*}} per column of a dynamic batch, at 8)"
// CSR: "reason": "format=csr requested (82.8% sparse)"

// Dense: the weight stays one 1x8x8 constant.
// DENSE: llvm.mlir.global private constant @{{.*}} : !llvm.array<1 x array<8 x array<8 x f32>>>
// DENSE-NOT: xi8>
// FORMAT-DENSE: "reason": "format=dense requested (82.8% sparse)"
// MIN: "reason": "82.8% sparse, below min-sparsity=0.90"
// AVX512: "cost_model": "avx512"

func.func @forward(%x: tensor<?x8xf32>) -> tensor<?x8xf32> {
  %w = "tosa.const"() <{values = dense<[[[1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0], [0.0, 3.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 4.0, 0.0, 0.0, 0.0, 5.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 6.0, 7.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 8.0, 0.0, 0.0], [9.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 1.0]]]> : tensor<1x8x8xf32>}> : () -> tensor<1x8x8xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %s3 = tosa.const_shape {values = dense<[1, -1, 8]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %x3 = tosa.reshape %x, %s3 : (tensor<?x8xf32>, !tosa.shape<3>) -> tensor<1x?x8xf32>
  %y3 = tosa.matmul %x3, %w, %zp, %zp : (tensor<1x?x8xf32>, tensor<1x8x8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x8xf32>
  %s2 = tosa.const_shape {values = dense<[-1, 8]> : tensor<2xindex>} : () -> !tosa.shape<2>
  %y = tosa.reshape %y3, %s2 : (tensor<1x?x8xf32>, !tosa.shape<2>) -> tensor<?x8xf32>
  return %y : tensor<?x8xf32>
}
