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

#endif // PRUNE_GPULOWERING_PASSES
