// blocks=B launches exactly B blocks, whatever the loop bound.

// RUN: prune-opt %s --prune-gpu-launch-grid=blocks=7 | FileCheck %s

module attributes {gpu.container_module} {
  gpu.module @kernels {
    gpu.func @rows(%out: memref<4096xf32>) kernel {
      %c4096 = arith.constant 4096 : index
      %bid = gpu.block_id x
      %bdim = gpu.block_dim x
      %tid = gpu.thread_id x
      %gdim = gpu.grid_dim x
      %0 = arith.muli %bid, %bdim : index
      %lb = arith.addi %0, %tid : index
      %step = arith.muli %bdim, %gdim : index
      scf.for %i = %lb to %c4096 step %step {
        %v = arith.constant 1.0 : f32
        memref.store %v, %out[%i] : memref<4096xf32>
      }
      gpu.return
    }
  }
  // CHECK-LABEL: func.func @fixed
  func.func @fixed(%out: memref<4096xf32>) {
    %c1 = arith.constant 1 : index
    %c256 = arith.constant 256 : index
    // CHECK: %[[G:.*]] = arith.constant 7 : index
    // CHECK: gpu.launch_func @kernels::@rows blocks in (%[[G]], %{{.*}}, %{{.*}}) threads in (%c256,
    gpu.launch_func @kernels::@rows blocks in (%c1, %c1, %c1) threads in (%c256, %c1, %c1) args(%out : memref<4096xf32>)
    return
  }
}
