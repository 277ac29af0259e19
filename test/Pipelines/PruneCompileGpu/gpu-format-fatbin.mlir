// REQUIRES: ptxas
// gpu-format=fatbin runs ptxas and fatbinary (from PATH or cuda-path) and
// embeds a fatbin, loaded with mgpuModuleLoad; bin embeds a cubin.

// RUN: prune-opt %S/Inputs/matvec-4096.mlir \
// RUN:   --prune-compile-gpu="gpu-format=fatbin mode=kernels" \
// RUN:   | mlir-translate --mlir-to-llvmir | FileCheck %s
// RUN: prune-opt %S/Inputs/matvec-4096.mlir \
// RUN:   --prune-compile-gpu="gpu-format=bin mode=kernels" \
// RUN:   | mlir-translate --mlir-to-llvmir | FileCheck %s --check-prefix=BIN

// A fatbin starts with its magic number 0xBA55ED50 (little endian).
// CHECK: @sparse_kernels_binary = internal constant [{{[0-9]+}} x i8] c"P\EDU\BA
// The module is loaded by a global constructor, after the function.
// CHECK: call void @mgpuLaunchKernel(
// CHECK: call ptr @mgpuModuleLoad(ptr @sparse_kernels_binary, i64 {{[0-9]+}})

// A cubin is an ELF file.
// BIN: @sparse_kernels_binary = internal constant [{{[0-9]+}} x i8] c"\7FELF
// BIN: call ptr @mgpuModuleLoad(ptr @sparse_kernels_binary, i64 {{[0-9]+}})
