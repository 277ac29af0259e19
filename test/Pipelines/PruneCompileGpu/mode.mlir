// mode=cusparse turns the CSR matvec into cuSPARSE SpMV calls (no kernel);
// mode=kernels outlines it into a PTX kernel launched from the host. Neither
// calls MLIR's sparse runtime library: weights stay compile-time buffers.

// RUN: prune-opt %S/Inputs/matvec-4096.mlir \
// RUN:   --prune-compile-gpu="gpu-format=isa mode=cusparse" | FileCheck %s --check-prefix=CUSPARSE
// RUN: prune-opt %S/Inputs/matvec-4096.mlir \
// RUN:   --prune-compile-gpu="gpu-format=isa mode=kernels" | FileCheck %s --check-prefix=KERNELS
// The default is cusparse.
// RUN: prune-opt %S/Inputs/matvec-4096.mlir --prune-compile-gpu="gpu-format=isa" \
// RUN:   | FileCheck %s --check-prefix=CUSPARSE

// CUSPARSE-NOT: gpu.binary
// CUSPARSE-LABEL: llvm.func @layer
// CUSPARSE: llvm.call @mgpuCreateCsr
// CUSPARSE: llvm.call @mgpuCreateDnVec
// CUSPARSE: llvm.call @mgpuSpMVBufferSize
// CUSPARSE: llvm.call @mgpuSpMV(
// CUSPARSE: llvm.call @mgpuDestroySpMat
// CUSPARSE-NOT: gpu.launch_func
// CUSPARSE-NOT: @_mlir_ciface_sparse
// CUSPARSE-NOT: @newSparseTensor

// KERNELS: gpu.binary @sparse_kernels [#gpu.object<#nvvm.target<chip = "sm_90">
// KERNELS-LABEL: llvm.func @layer
// KERNELS-NOT: mgpuSpMV
// KERNELS: llvm.call @mgpuMemcpy
// KERNELS: gpu.launch_func <%{{.*}} : !llvm.ptr> @sparse_kernels::@kernel0
// KERNELS-NOT: @_mlir_ciface_sparse
// KERNELS-NOT: @newSparseTensor
