// The stock mlir-opt-22 runs prune-compile-gpu from PrunePlugin.so: PTX for
// sm_90 embedded in the host module, the launch grid sized by
// prune-gpu-launch-grid (4096 rows / 256 threads = 16 blocks).
// RUN: mlir-opt %s --load-pass-plugin=%prune_lib/PrunePlugin.so \
// RUN:   --pass-pipeline="builtin.module(prune-compile-gpu{gpu-format=isa mode=kernels})" \
// RUN:   | mlir-translate --mlir-to-llvmir | FileCheck %s

// CHECK: @sparse_kernels_binary = internal constant
// CHECK: call void @mgpuLaunchKernel(ptr %{{.*}}, i64 16, i64 1, i64 1, i64 256, i64 1, i64 1,
#CSR = #sparse_tensor.encoding<{ map = (i, j) -> (i : dense, j : compressed), posWidth = 32, crdWidth = 32 }>
func.func @layer(%w: tensor<4096x4096xf32, #CSR>, %x: tensor<4096xf32>,
                 %y: tensor<4096xf32>) -> tensor<4096xf32> {
  %0 = linalg.matvec ins(%w, %x : tensor<4096x4096xf32, #CSR>, tensor<4096xf32>)
                     outs(%y : tensor<4096xf32>) -> tensor<4096xf32>
  return %0 : tensor<4096xf32>
}
