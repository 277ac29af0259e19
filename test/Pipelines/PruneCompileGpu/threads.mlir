// threads sets the block size of generated kernels, and the launch grid is
// sized to the 4096 rows: ceil(4096 / threads) blocks, at most
// sms * (2048 / threads); blocks=B forces B blocks.

// RUN: prune-opt %S/Inputs/matvec-4096.mlir \
// RUN:   --prune-compile-gpu="gpu-format=isa mode=kernels" \
// RUN:   | mlir-translate --mlir-to-llvmir | FileCheck %s --check-prefix=T256
// RUN: prune-opt %S/Inputs/matvec-4096.mlir \
// RUN:   --prune-compile-gpu="gpu-format=isa mode=kernels threads=1024" \
// RUN:   | mlir-translate --mlir-to-llvmir | FileCheck %s --check-prefix=T1024
// RUN: prune-opt %S/Inputs/matvec-4096.mlir \
// RUN:   --prune-compile-gpu="gpu-format=isa mode=kernels threads=32 sms=2" \
// RUN:   | mlir-translate --mlir-to-llvmir | FileCheck %s --check-prefix=CAPPED
// RUN: prune-opt %S/Inputs/matvec-4096.mlir \
// RUN:   --prune-compile-gpu="gpu-format=isa mode=kernels blocks=3" \
// RUN:   | mlir-translate --mlir-to-llvmir | FileCheck %s --check-prefix=BLOCKS

// mgpuLaunchKernel(function, gridX, gridY, gridZ, blockX, blockY, blockZ, ...)
// T256: call void @mgpuLaunchKernel(ptr %{{.*}}, i64 16, i64 1, i64 1, i64 256, i64 1, i64 1,
// T1024: call void @mgpuLaunchKernel(ptr %{{.*}}, i64 4, i64 1, i64 1, i64 1024, i64 1, i64 1,
// 2 SMs * (2048 / 32) = 128 blocks of 32 threads, not 4096 / 32.
// CAPPED: call void @mgpuLaunchKernel(ptr %{{.*}}, i64 128, i64 1, i64 1, i64 32, i64 1, i64 1,
// BLOCKS: call void @mgpuLaunchKernel(ptr %{{.*}}, i64 3, i64 1, i64 1, i64 256, i64 1, i64 1,
