// Launches the pass cannot prove safe to widen keep their grid, with a
// `missed` remark saying why; resized ones get a `passed` remark. Without a
// remarks filter the pass prints nothing.

// RUN: prune-opt %s --split-input-file --prune-gpu-launch-grid \
// RUN:   --remarks-filter=prune-gpu-launch-grid -o /dev/null 2>&1 \
// RUN:   | FileCheck %s --check-prefix=REMARK
// RUN: prune-opt %s --split-input-file --prune-gpu-launch-grid | FileCheck %s
// RUN: prune-opt %s --split-input-file --prune-gpu-launch-grid 2>&1 \
// RUN:   | FileCheck %s --check-prefix=QUIET

// QUIET-NOT: remark

// A store outside the grid-stride loop: every block would repeat it.
module attributes {gpu.container_module} {
  gpu.module @kernels {
    gpu.func @flag(%out: memref<?xf32>, %flag: memref<1xf32>) kernel {
      %c0 = arith.constant 0 : index
      %c4096 = arith.constant 4096 : index
      %one = arith.constant 1.0 : f32
      memref.store %one, %flag[%c0] : memref<1xf32>
      %bid = gpu.block_id x
      %bdim = gpu.block_dim x
      %tid = gpu.thread_id x
      %gdim = gpu.grid_dim x
      %0 = arith.muli %bid, %bdim : index
      %lb = arith.addi %0, %tid : index
      %step = arith.muli %bdim, %gdim : index
      scf.for %i = %lb to %c4096 step %step {
        memref.store %one, %out[%i] : memref<?xf32>
      }
      gpu.return
    }
  }
  // REMARK: remark: [Missed] GridUnchanged | Category:prune-gpu-launch-grid:flag | Reason="launch of @flag left alone: 'memref.store' may write memory outside the grid-stride loop"
  // CHECK-LABEL: func.func @store_outside
  // CHECK: gpu.launch_func @kernels::@flag blocks in (%c1, %c1, %c1)
  func.func @store_outside(%out: memref<?xf32>, %flag: memref<1xf32>) {
    %c1 = arith.constant 1 : index
    %c256 = arith.constant 256 : index
    gpu.launch_func @kernels::@flag blocks in (%c1, %c1, %c1) threads in (%c256, %c1, %c1) args(%out : memref<?xf32>, %flag : memref<1xf32>)
    return
  }
}

// -----

// A thread-indexed kernel without a grid-stride loop.
module attributes {gpu.container_module} {
  gpu.module @kernels {
    gpu.func @plain(%out: memref<?xf32>) kernel {
      %tid = gpu.thread_id x
      %one = arith.constant 1.0 : f32
      memref.store %one, %out[%tid] : memref<?xf32>
      gpu.return
    }
  }
  // REMARK: remark: [Missed] GridUnchanged | Category:prune-gpu-launch-grid:plain | Reason="launch of @plain left alone: kernel has 0 grid-stride loops, expected 1"
  // CHECK-LABEL: func.func @no_loop
  // CHECK: gpu.launch_func @kernels::@plain blocks in (%c1, %c1, %c1)
  func.func @no_loop(%out: memref<?xf32>) {
    %c1 = arith.constant 1 : index
    %c256 = arith.constant 256 : index
    gpu.launch_func @kernels::@plain blocks in (%c1, %c1, %c1) threads in (%c256, %c1, %c1) args(%out : memref<?xf32>)
    return
  }
}

// -----

// A grid the host already chose, and a block size known only at run time.
module attributes {gpu.container_module} {
  gpu.module @kernels {
    gpu.func @rows(%out: memref<?xf32>) kernel {
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
        memref.store %v, %out[%i] : memref<?xf32>
      }
      gpu.return
    }
  }
  // REMARK: remark: [Missed] GridUnchanged | Category:prune-gpu-launch-grid:rows | Reason="launch of @rows left alone: the grid is not 1x1x1"
  // REMARK: remark: [Missed] GridUnchanged | Category:prune-gpu-launch-grid:rows | Reason="launch of @rows left alone: the block size is not a positive constant"
  // CHECK-LABEL: func.func @host_chosen
  // CHECK: gpu.launch_func @kernels::@rows blocks in (%c8, %c1, %c1)
  // CHECK: gpu.launch_func @kernels::@rows blocks in (%c1, %c1, %c1) threads in (%arg1,
  func.func @host_chosen(%out: memref<?xf32>, %threads: index) {
    %c1 = arith.constant 1 : index
    %c8 = arith.constant 8 : index
    %c256 = arith.constant 256 : index
    gpu.launch_func @kernels::@rows blocks in (%c8, %c1, %c1) threads in (%c256, %c1, %c1) args(%out : memref<?xf32>)
    gpu.launch_func @kernels::@rows blocks in (%c1, %c1, %c1) threads in (%threads, %c1, %c1) args(%out : memref<?xf32>)
    return
  }
}

// -----

// REMARK: remark: [Passed] GridResized | Category:prune-gpu-launch-grid:rows | Remark="launch of @rows: 16 blocks for 16384 iterations (at most 264) of 1024 threads"
// CHECK-LABEL: func.func @resized
// CHECK: gpu.launch_func @kernels::@rows blocks in (%c16,
module attributes {gpu.container_module} {
  gpu.module @kernels {
    gpu.func @rows(%out: memref<?xf32>) kernel {
      %c16384 = arith.constant 16384 : index
      %bid = gpu.block_id x
      %bdim = gpu.block_dim x
      %tid = gpu.thread_id x
      %gdim = gpu.grid_dim x
      %0 = arith.muli %bid, %bdim : index
      %lb = arith.addi %0, %tid : index
      %step = arith.muli %bdim, %gdim : index
      scf.for %i = %lb to %c16384 step %step {
        %v = arith.constant 1.0 : f32
        memref.store %v, %out[%i] : memref<?xf32>
      }
      gpu.return
    }
  }
  func.func @resized(%out: memref<?xf32>) {
    %c1 = arith.constant 1 : index
    %c1024 = arith.constant 1024 : index
    gpu.launch_func @kernels::@rows blocks in (%c1, %c1, %c1) threads in (%c1024, %c1, %c1) args(%out : memref<?xf32>)
    return
  }
}
