// prune-gpu-launch-grid sizes the grid of a 1-block launch of a grid-stride
// kernel to ceil(N / blockDim.x), capped at sms * (max-threads-per-sm /
// blockDim.x): N a constant in the kernel, or the host value of the kernel
// argument that bounds the loop.

// RUN: prune-opt %s --split-input-file --prune-gpu-launch-grid | FileCheck %s

// Constant bound 4096, 256 threads: 16 blocks.
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
  // CHECK-LABEL: func.func @constant_bound
  func.func @constant_bound(%out: memref<4096xf32>) {
    %c1 = arith.constant 1 : index
    %c256 = arith.constant 256 : index
    // CHECK: %[[G:.*]] = arith.constant 16 : index
    // CHECK: gpu.launch_func @kernels::@rows blocks in (%[[G]], %{{.*}}, %{{.*}}) threads in (%c256,
    gpu.launch_func @kernels::@rows blocks in (%c1, %c1, %c1) threads in (%c256, %c1, %c1) args(%out : memref<4096xf32>)
    return
  }
}

// -----

// Constant bound 10^7, 1024 threads: capped at 132 * (2048 / 1024) = 264.
module attributes {gpu.container_module} {
  gpu.module @kernels {
    gpu.func @rows(%out: memref<?xf32>) kernel {
      %n = arith.constant 10000000 : index
      %bid = gpu.block_id x
      %bdim = gpu.block_dim x
      %tid = gpu.thread_id x
      %gdim = gpu.grid_dim x
      %0 = arith.muli %bdim, %bid : index
      %lb = arith.addi %tid, %0 : index
      %step = arith.muli %gdim, %bdim : index
      scf.for %i = %lb to %n step %step {
        %v = arith.constant 1.0 : f32
        memref.store %v, %out[%i] : memref<?xf32>
      }
      gpu.return
    }
  }
  // CHECK-LABEL: func.func @capped
  func.func @capped(%out: memref<?xf32>) {
    %c1 = arith.constant 1 : index
    %c1024 = arith.constant 1024 : index
    // CHECK: %[[G:.*]] = arith.constant 264 : index
    // CHECK: gpu.launch_func @kernels::@rows blocks in (%[[G]],
    gpu.launch_func @kernels::@rows blocks in (%c1, %c1, %c1) threads in (%c1024, %c1, %c1) args(%out : memref<?xf32>)
    return
  }
}

// -----

// The bound is kernel argument 1: the grid is computed on the host from %n.
module attributes {gpu.container_module} {
  gpu.module @kernels {
    gpu.func @rows(%out: memref<?xf32>, %n: index) kernel {
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
  // CHECK-LABEL: func.func @argument_bound
  // CHECK-SAME: (%[[OUT:.*]]: memref<?xf32>, %[[N:.*]]: index)
  func.func @argument_bound(%out: memref<?xf32>, %n: index) {
    %c1 = arith.constant 1 : index
    %c128 = arith.constant 128 : index
    // CHECK: arith.constant 128 : index
    // CHECK: %[[T:.*]] = arith.constant 128 : index
    // CHECK-DAG: %[[ONE:.*]] = arith.constant 1 : index
    // CHECK-DAG: %[[CAP:.*]] = arith.constant 2112 : index
    // CHECK: %[[NEED:.*]] = arith.ceildivui %[[N]], %[[T]] : index
    // CHECK: %[[AT_LEAST_1:.*]] = arith.maxui %[[NEED]], %[[ONE]] : index
    // CHECK: %[[G:.*]] = arith.minui %[[AT_LEAST_1]], %[[CAP]] : index
    // CHECK: gpu.launch_func @kernels::@rows blocks in (%[[G]],
    // CHECK-SAME: args(%[[OUT]] : memref<?xf32>, %[[N]] : index)
    gpu.launch_func @kernels::@rows blocks in (%c1, %c1, %c1) threads in (%c128, %c1, %c1) args(%out : memref<?xf32>, %n : index)
    return
  }
}

// -----

// Bound 0: still one block, never an empty grid.
module attributes {gpu.container_module} {
  gpu.module @kernels {
    gpu.func @rows(%out: memref<?xf32>) kernel {
      %c0 = arith.constant 0 : index
      %bid = gpu.block_id x
      %bdim = gpu.block_dim x
      %tid = gpu.thread_id x
      %gdim = gpu.grid_dim x
      %0 = arith.muli %bid, %bdim : index
      %lb = arith.addi %0, %tid : index
      %step = arith.muli %bdim, %gdim : index
      scf.for %i = %lb to %c0 step %step {
        %v = arith.constant 1.0 : f32
        memref.store %v, %out[%i] : memref<?xf32>
      }
      gpu.return
    }
  }
  // CHECK-LABEL: func.func @empty
  func.func @empty(%out: memref<?xf32>) {
    %c1 = arith.constant 1 : index
    %c64 = arith.constant 64 : index
    // CHECK: arith.constant 64 : index
    // CHECK: %[[G:.*]] = arith.constant 1 : index
    // CHECK: gpu.launch_func @kernels::@rows blocks in (%[[G]],
    gpu.launch_func @kernels::@rows blocks in (%c1, %c1, %c1) threads in (%c64, %c1, %c1) args(%out : memref<?xf32>)
    return
  }
}
