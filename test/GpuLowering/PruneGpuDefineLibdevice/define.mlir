// libdevice functions that are one NVPTX instruction get bodies (an LLVM
// intrinsic, internal linkage); others are an error unless allow-undefined.

// RUN: prune-opt %s --split-input-file \
// RUN:   --pass-pipeline="builtin.module(gpu.module(prune-gpu-define-libdevice))" \
// RUN:   --verify-diagnostics | FileCheck %s
// RUN: prune-opt %s --split-input-file \
// RUN:   --pass-pipeline="builtin.module(gpu.module(prune-gpu-define-libdevice{allow-undefined}))" \
// RUN:   | FileCheck %s --check-prefix=ALLOW

// CHECK-LABEL: gpu.module @kernels
// CHECK: llvm.func internal @__nv_fmaf(%[[A:.*]]: f32, %[[B:.*]]: f32, %[[C:.*]]: f32) -> f32
// CHECK:   %[[R:.*]] = llvm.call_intrinsic "llvm.fma"(%[[A]], %[[B]], %[[C]]) : (f32, f32, f32) -> f32
// CHECK:   llvm.return %[[R]] : f32
// CHECK: llvm.func internal @__nv_floor(%{{.*}}: f64) -> f64
// CHECK:   llvm.call_intrinsic "llvm.floor"
// CHECK: llvm.func internal @__nv_sqrtf(
// CHECK:   llvm.call_intrinsic "llvm.sqrt"
// CHECK: llvm.func @other(
gpu.module @kernels {
  llvm.func @__nv_fmaf(f32, f32, f32) -> f32
  llvm.func @__nv_floor(f64) -> f64
  llvm.func @__nv_sqrtf(f32) -> f32
  llvm.func @other(f32) -> f32
}

// -----

// ALLOW-LABEL: gpu.module @transcendental
// ALLOW: llvm.func @__nv_expf(f32) -> f32
gpu.module @transcendental {
  // expected-error @+1 {{'llvm.func' op is a libdevice function with no NVPTX instruction: it needs a CUDA toolkit's libdevice}}
  llvm.func @__nv_expf(f32) -> f32
}
