// prune-compile-gpu offloads sparse operations only: MLIR's sparsifier is the
// GPU path here, and it leaves dense linalg ops (layers prune-sparsify kept
// dense, bias, activations) to host loops. A model with no sparse weight
// compiles to host code with no GPU module and no mgpu* call.

// RUN: prune-opt %s --prune-compile-gpu="gpu-format=isa" | FileCheck %s

// CHECK-NOT: gpu.binary
// CHECK-LABEL: llvm.func @dense
// CHECK-NOT: mgpu
// CHECK: llvm.fmul
// CHECK-NOT: mgpu
func.func @dense(%x: tensor<8x64xf32>, %w: tensor<64x32xf32>,
                 %y: tensor<8x32xf32>) -> tensor<8x32xf32> {
  %0 = linalg.matmul ins(%x, %w : tensor<8x64xf32>, tensor<64x32xf32>)
                     outs(%y : tensor<8x32xf32>) -> tensor<8x32xf32>
  return %0 : tensor<8x32xf32>
}
