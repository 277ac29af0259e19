// gpu-format=isa embeds PTX for gpu-chip (no CUDA toolkit needed); gpu-chip
// selects the architecture. fatbin and bin are tested in
// gpu-format-fatbin.mlir (they need ptxas).

// RUN: prune-opt %S/Inputs/matvec-4096.mlir \
// RUN:   --prune-compile-gpu="gpu-format=isa mode=kernels" | FileCheck %s
// RUN: prune-opt %S/Inputs/matvec-4096.mlir \
// RUN:   --prune-compile-gpu="gpu-format=isa mode=kernels gpu-chip=sm_80" \
// RUN:   | FileCheck %s --check-prefix=SM80
// RUN: prune-opt %S/Inputs/matvec-4096.mlir \
// RUN:   --prune-compile-gpu="gpu-format=isa mode=kernels" \
// RUN:   | mlir-translate --mlir-to-llvmir | FileCheck %s --check-prefix=LLVM

// CHECK: gpu.binary @sparse_kernels [#gpu.object<#nvvm.target<chip = "sm_90">
// CHECK-SAME: assembly = "{{.*}}.target sm_90{{.*}}.visible .entry kernel0(
// SM80: gpu.binary @sparse_kernels [#gpu.object<#nvvm.target<chip = "sm_80">
// SM80-SAME: .target sm_80

// The PTX is loaded through the driver's JIT.
// LLVM: @sparse_kernels_binary = internal constant [{{[0-9]+}} x i8] c"//
// The module is loaded by a global constructor, after the function.
// LLVM: call void @mgpuLaunchKernel(
// LLVM: call ptr @mgpuModuleLoadJIT(ptr @sparse_kernels_binary
