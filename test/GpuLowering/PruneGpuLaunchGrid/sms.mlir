// sms and max-threads-per-sm set the cap: sms * (max-threads-per-sm /
// blockDim.x) blocks.

// RUN: prune-opt %s --prune-gpu-launch-grid="sms=4" | FileCheck %s --check-prefix=SMS4
// RUN: prune-opt %s --prune-gpu-launch-grid="sms=4 max-threads-per-sm=1024" \
// RUN:   | FileCheck %s --check-prefix=HALF
// RUN: not prune-opt %s --prune-gpu-launch-grid="sms=0" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=ZERO

module attributes {gpu.container_module} {
  gpu.module @kernels {
    gpu.func @rows(%out: memref<?xf32>) kernel {
      %n = arith.constant 1000000 : index
      %bid = gpu.block_id x
      %bdim = gpu.block_dim x
      %tid = gpu.thread_id x
      %gdim = gpu.grid_dim x
      %0 = arith.muli %bid, %bdim : index
      %lb = arith.addi %0, %tid : index
      %step = arith.muli %bdim, %gdim : index
      scf.for %i = %lb to %n step %step {
        %v = arith.constant 1.0 : f32
        memref.store %v, %out[%i] : memref<?xf32>
      }
      gpu.return
    }
  }
  func.func @big(%out: memref<?xf32>) {
    %c1 = arith.constant 1 : index
    %c512 = arith.constant 512 : index
    // SMS4: %[[G:.*]] = arith.constant 16 : index
    // SMS4: gpu.launch_func @kernels::@rows blocks in (%[[G]],
    // HALF: %[[G:.*]] = arith.constant 8 : index
    // HALF: gpu.launch_func @kernels::@rows blocks in (%[[G]],
    gpu.launch_func @kernels::@rows blocks in (%c1, %c1, %c1) threads in (%c512, %c1, %c1) args(%out : memref<?xf32>)
    return
  }
}

// ZERO: error: prune-gpu-launch-grid: sms and max-threads-per-sm must be positive
