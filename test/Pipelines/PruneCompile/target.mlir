// RUN: prune-opt %s --prune-compile | FileCheck %s
// RUN: prune-opt %s --prune-compile=target=cpu | FileCheck %s
// RUN: not prune-opt %s --prune-compile=target=gpu -o %t.gpu 2>&1 | FileCheck %s --check-prefix=GPU
// RUN: test ! -e %t.gpu

// A TOSA layer (dynamic batch, like torch-mlir exports) lowered to the LLVM
// dialect alone: nothing of tosa / linalg / tensor / scf / arith / func /
// memref / vector / sparse_tensor / bufferization is left, and the module
// carries no tosa.target_env that mlir-runner could not parse.
// CHECK:     module {
// CHECK:       llvm.func @forward
// CHECK-NOT:   {{[ ({<](tosa|linalg|tensor|scf|arith|func|memref|vector|sparse_tensor|bufferization|affine|cf|math|ub)\.}}

// GPU: error: prune-compile: target=gpu is not supported yet; use target=cpu
func.func @forward(%x: tensor<?x8xf32>) -> tensor<?x4xf32> {
  %w = "tosa.const"() <{values = dense<0.5> : tensor<1x8x4xf32>}> : () -> tensor<1x8x4xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %s3 = tosa.const_shape {values = dense<[1, -1, 8]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %x3 = tosa.reshape %x, %s3 : (tensor<?x8xf32>, !tosa.shape<3>) -> tensor<1x?x8xf32>
  %y3 = tosa.matmul %x3, %w, %zp, %zp : (tensor<1x?x8xf32>, tensor<1x8x4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x4xf32>
  %s2 = tosa.const_shape {values = dense<[-1, 4]> : tensor<2xindex>} : () -> !tosa.shape<2>
  %y = tosa.reshape %y3, %s2 : (tensor<1x?x4xf32>, !tosa.shape<2>) -> tensor<?x4xf32>
  %r = tosa.clamp %y {min_val = 0.0 : f32, max_val = 3.4e38 : f32} : (tensor<?x4xf32>) -> tensor<?x4xf32>
  return %r : tensor<?x4xf32>
}
