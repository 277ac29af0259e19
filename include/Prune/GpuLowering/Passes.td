//===- Passes.td - mlir-prune GPU lowering passes ----------*- tablegen -*-===//
//
// Passes that adjust the GPU code MLIR's sparsifier generates, used by the
// GPU lowering pipeline (include/Prune/Pipelines/GpuLowering.h).
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_GPULOWERING_PASSES
#define PRUNE_GPULOWERING_PASSES

include "mlir/Pass/PassBase.td"

def PruneGpuLaunchGrid : Pass<"prune-gpu-launch-grid", "ModuleOp"> {
  let summary = "Launch grid-stride kernels on enough blocks to fill the GPU";
  let description = [{
    `sparse-gpu-codegen` outlines each parallel loop into a kernel whose
    threads walk the iteration space with a grid-stride loop
    (`for i = blockIdx.x * blockDim.x + threadIdx.x; i < N;
    i += blockDim.x * gridDim.x`), and launches it on a single block. The
    kernel is correct for any grid, but one block runs on one of the GPU's
    streaming multiprocessors (132 on an H100 SXM).

    For every `gpu.launch_func` with a 1x1x1 grid, a constant block size and
    a kernel whose writes all lie inside one such grid-stride loop, this pass
    sets the grid to ceil(N / blockDim.x) blocks, at most `sms` times the
    number of blocks that fit on one multiprocessor
    (`max-threads-per-sm / blockDim.x`), and at least 1. N is the loop's
    upper bound: a constant, or the host value passed for the kernel
    argument it reads. `blocks=B` launches exactly B blocks instead.
    Other launches are left alone with a `missed` remark saying why
    (category `prune-gpu-launch-grid`).

    Example (`sms=132`, the loop bound is 4096, 256 threads):

    ```mlir
    gpu.launch_func @sparse_kernels::@kernel0 blocks in (%c1, %c1, %c1)
        threads in (%c256, %c1, %c1) args(...)
    ```
    becomes
    ```mlir
    %c16 = arith.constant 16 : index
    gpu.launch_func @sparse_kernels::@kernel0 blocks in (%c16, %c1, %c1)
        threads in (%c256, %c1, %c1) args(...)
    ```
  }];
  let options = [
    Option<"sms", "sms", "unsigned", /*default=*/"132",
           "Streaming multiprocessors of the target GPU (H100 SXM: 132)">,
    Option<"maxThreadsPerSM", "max-threads-per-sm", "unsigned",
           /*default=*/"2048",
           "Resident threads per multiprocessor (sm_90: 2048)">,
    Option<"blocks", "blocks", "unsigned", /*default=*/"0",
           "Launch exactly this many blocks (0: from the loop bound)">,
  ];
  let dependentDialects = ["arith::ArithDialect"];
}

def PruneGpuRowParallel : Pass<"prune-gpu-row-parallel", "ModuleOp"> {
  let summary = "Compute x * W^T with sparse W row-major, so GPU threads "
                "split W's rows";
  let description = [{
    `prune-sparsify` leaves a layer as `y(i, j) += x(i, k) * W(j, k)` with W
    sparse by rows (level 0 dense). The sparsifier then orders the loops
    i (batch), j, k and parallelizes the outermost one: on the GPU one thread
    per sample, i.e. a single thread at batch 1. This pass computes the
    transposed output instead,

    ```mlir
    %yt = linalg.generic {indexing_maps = [(j, i, k) -> (i, k),
                                           (j, i, k) -> (j, k),
                                           (j, i, k) -> (j, i)], ...}
            ins(%x, %w) outs(linalg.transpose(%init))
    %y = linalg.transpose %yt
    ```

    which the sparsifier orders j, i, k: one thread per row of W. Layers
    whose batch is static and larger than W's row count are left alone
    (parallel over the batch is wider there); a dynamic batch is taken to be
    small, as in inference. The
    transposes are dense and stay on the host (or fuse into their
    neighbours); the sums keep their order, so results are bit-identical.
    Every rewritten op gets a `passed` remark (category
    `prune-gpu-row-parallel`).
  }];
  let dependentDialects = ["linalg::LinalgDialect", "tensor::TensorDialect"];
}

def PruneGpuMapParallelLoops
    : Pass<"prune-gpu-map-parallel-loops", "func::FuncOp"> {
  let summary = "Tile dense parallel loops into GPU blocks and threads";
  let description = [{
    Dense linalg ops lowered to `scf.parallel` loops (after bufferization)
    run on the host unless something maps them to the GPU. This pass tiles
    every outermost `scf.parallel` without reductions by `block-size` along
    its last (contiguous) dimension and 1 along the others, and writes the
    mapping attribute that upstream's `convert-parallel-loops-to-gpu`
    reads: the tiles of the last dimension on `block_x`, the next two
    dimensions on `block_y` and `block_z` (each at most 65535), any further
    ones as loops inside the kernel; within a tile, the last dimension on
    `thread_x`, so that neighbouring threads touch neighbouring elements.
    Partial tiles are guarded by an `scf.if`. Reduction dimensions stay
    `scf.for` loops inside each thread.

    Loops with `scf.reduce` operands, loops nested in other parallel loops
    and loops already mapped are left alone with a `missed` remark
    (category `prune-gpu-map-parallel-loops`); they run on the host.

    Example (`block-size=256`):

    ```mlir
    scf.parallel (%i, %j) = (%c0, %c0) to (%m, %n) step (%c1, %c1) {...}
    ```
    becomes
    ```mlir
    scf.parallel (%i, %j) = (%c0, %c0) to (%m, %n) step (%c1, %c256) {
      scf.parallel (%ti, %tj) = (%c0, %c0) to (%c1, %c256) step (%c1, %c1) {
        scf.if (%j + %tj < %n) {...}
      } {mapping = [sequential, thread_x]}
    } {mapping = [block_y, block_x]}
    ```
  }];
  let options = [
    Option<"blockSize", "block-size", "unsigned", /*default=*/"256",
           "Threads per block along the last loop dimension">,
  ];
  let dependentDialects = ["arith::ArithDialect", "gpu::GPUDialect",
                           "scf::SCFDialect"];
}

def PruneGpuCopyArguments
    : Pass<"prune-gpu-copy-arguments", "ModuleOp"> {
  let summary = "Copy the memref arguments of public functions into fresh "
                "buffers that GPU kernels can read";
  let description = [{
    The caller's buffers are ordinary host memory, which a GPU kernel
    cannot address. Every memref argument of a public function with a body
    is copied, on entry, into a `memref.alloc` of its shape (which
    `prune-compile{target=gpu}` allocates as CUDA managed memory) and the
    body uses the copy. The function's results are then never the caller's
    buffers, which is what its tensor signature promised. The copies are
    ordinary allocations: buffer deallocation frees them. Private functions
    are called with such buffers already.
  }];
  let dependentDialects = ["memref::MemRefDialect"];
}

def PruneGpuResidentConstants
    : Pass<"prune-gpu-resident-constants", "ModuleOp"> {
  let summary = "Read constant buffers (weights) through copies that stay "
                "on the GPU across calls";
  let description = [{
    A `memref.global` constant lives in the host program's data, which GPU
    kernels cannot read. Every `memref.get_global` in a host function is
    replaced by the result of `prune_gpu_resident_<type>` (a C-interface
    function of `libPruneCudaRuntime.so`) on the global flattened to one
    dimension, cast and reshaped back:

    ```mlir
    %w = memref.get_global @w : memref<64x128xf32>
    ```
    becomes
    ```mlir
    %g = memref.get_global @w : memref<64x128xf32>
    %flat = memref.collapse_shape %g [[0, 1]] : ... into memref<8192xf32>
    %any = memref.cast %flat : memref<8192xf32> to memref<?xf32>
    %dev = call @prune_gpu_resident_f32(%any) : (memref<?xf32>) -> memref<?xf32>
    %devs = memref.cast %dev : memref<?xf32> to memref<8192xf32>
    %w = memref.expand_shape %devs [[0, 1]] output_shape [64, 128] ...
    ```

    The runtime copies each global once per process into managed memory
    placed on the GPU, keyed by its host address, and hands the same
    buffer back on every later call (`pruneCudaReleaseResident()` frees
    them). Element types: f16, bf16, f32, f64, i1, i8, i16, i32, i64 and
    index; a global of another type, or with a non-identity layout, is an
    error at the `memref.get_global`.
  }];
  let dependentDialects = ["func::FuncDialect", "memref::MemRefDialect"];
}

def PruneGpuDefineLibdevice
    : Pass<"prune-gpu-define-libdevice", "gpu::GPUModuleOp"> {
  let summary = "Define the libdevice functions that NVPTX has instructions "
                "for, so kernels need no CUDA toolkit";
  let description = [{
    `convert-gpu-to-nvvm` lowers `math.fma`, `math.floor`, `math.sqrt`,
    `math.absf` and the like to calls of libdevice (`__nv_fmaf`,
    `__nv_floorf`, ...), a bitcode library that only the CUDA toolkit
    ships; `gpu-module-to-binary` leaves them undefined without it, and the
    driver cannot load the PTX. For the functions that are one NVPTX
    instruction this pass gives each declaration in the GPU module a body
    that calls the LLVM intrinsic (`llvm.intr.fma`, `llvm.intr.floor`, ...),
    which the NVPTX back end emits as that instruction (`fma.rn.f32`,
    `cvt.rmi.f32.f32`, `sqrt.rn.f32`) with the same IEEE semantics.
    Transcendental functions (`exp`, `erf`, `tanh`, ...) are not among
    them: `prune-compile{target=gpu}` replaces them by polynomials first.
    A libdevice declaration left undefined is an error naming it, unless
    `allow-undefined` is set (a toolkit's libdevice is linked later).
  }];
  let options = [
    Option<"allowUndefined", "allow-undefined", "bool", /*default=*/"false",
           "Leave other __nv_* declarations to a linked libdevice">,
  ];
  let dependentDialects = ["LLVM::LLVMDialect"];
}

def PruneGpuPromoteAccumulators
    : Pass<"prune-gpu-promote-accumulators", "func::FuncOp"> {
  let summary = "Keep a reduction loop's accumulator in a register instead "
                "of memory";
  let description = [{
    `convert-linalg-to-parallel-loops` lowers a reduction (matmul,
    convolution, sum) to a sequential `scf.for` that loads the output
    element, adds to it and stores it back on every iteration: on a GPU, a
    global-memory load and store per multiply-add. Where the loop's body
    loads and then stores one element `%m[%i...]` whose indices are defined
    outside the loop, and `%m` is an allocation that nothing else in the
    loop reads or writes (nor any view of it), this pass loads the element
    once before the loop, carries it as an `iter_args` value, and stores the
    result once after:

    ```mlir
    scf.for %k = %c0 to %n step %c1 {
      %c = memref.load %acc[%i, %j] : memref<?x?xf32>
      %s = arith.addf %c, %p : f32
      memref.store %s, %acc[%i, %j] : memref<?x?xf32>
    }
    ```
    becomes
    ```mlir
    %c0v = memref.load %acc[%i, %j] : memref<?x?xf32>
    %r = scf.for %k = %c0 to %n step %c1 iter_args(%c = %c0v) -> (f32) {
      %s = arith.addf %c, %p : f32
      scf.yield %s : f32
    }
    memref.store %r, %acc[%i, %j] : memref<?x?xf32>
    ```
    The program computes the same values in the same order. Function
    arguments and globals are not promoted (other buffers could alias
    them).
  }];
  let dependentDialects = ["memref::MemRefDialect", "scf::SCFDialect"];
  let statistics = [
    Statistic<"numPromoted", "accumulators-promoted",
              "Number of loop-carried loads/stores moved out of loops">,
  ];
}

#endif // PRUNE_GPULOWERING_PASSES
