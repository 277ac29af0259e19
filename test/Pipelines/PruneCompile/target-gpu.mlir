// prune-compile{target=gpu}: the same TOSA front end and prune-sparsify as
// the CPU target, then every op on the GPU - the sparse layer as a kernel
// from MLIR's sparsifier (sparse_kernels), dense ops (here the reshapes'
// copies and the fill of the output) as kernels from
// prune-gpu-map-parallel-loops - embedded as PTX, with host buffers and
// weights in managed memory through libPruneCudaRuntime.so.

// RUN: prune-opt %s --split-input-file --prune-compile="target=gpu sparse-format=csr" -o %t.sparse.mlir
// RUN: FileCheck %s --check-prefix=SPARSE < %t.sparse.mlir
// No kernel calls an undefined (libdevice) function.
// RUN: not grep -E '\.extern|__nv_[a-z]+f?\(' %t.sparse.mlir
// RUN: prune-opt %s --split-input-file --prune-compile="target=gpu sparse-format=dense" \
// RUN:   | FileCheck %s --check-prefix=DENSE
// RUN: prune-opt %s --split-input-file --prune-compile="target=gpu gpu-chip=sm_80" \
// RUN:   | FileCheck %s --check-prefix=CHIP

// SPARSE: gpu.binary @sparse_kernels [#gpu.object<#nvvm.target<chip = "sm_90">
// SPARSE-SAME: .entry kernel0(
// SPARSE-LABEL: llvm.func @forward(
// The caller's input is copied into a managed buffer first.
// SPARSE: llvm.call @_mlir_memref_to_llvm_alloc(
// SPARSE: llvm.call @prune_gpu_resident_f32(
// SPARSE: llvm.call @prune_gpu_resident_i8(
// SPARSE: llvm.call @prune_gpu_resident_i8(
// SPARSE: gpu.launch_func <%{{.*}} : !llvm.ptr> @sparse_kernels::@kernel0
// SPARSE: llvm.call @_mlir_memref_to_llvm_free(
// SPARSE-NOT: @malloc
// SPARSE: gpu.binary @forward_kernel [#gpu.object<#nvvm.target<chip = "sm_90">
// SPARSE: llvm.func @_mlir_ciface_prune_gpu_resident_i8(!llvm.ptr, !llvm.ptr)

// Dense: the matmul is one of the dense kernels, its weight resident.
// DENSE-NOT: @sparse_kernels
// DENSE-LABEL: llvm.func @forward(
// DENSE: llvm.call @prune_gpu_resident_f32(
// DENSE-NOT: prune_gpu_resident_i8
// DENSE: gpu.launch_func @forward_kernel{{.*}}::@forward_kernel blocks in
// DENSE: gpu.binary @forward_kernel
// DENSE-SAME: .entry forward_kernel(
// DENSE: fma.rn.f32

// CHIP: #nvvm.target<chip = "sm_80">
// CHIP-SAME: .target sm_80

func.func @forward(%x: tensor<?x8xf32>) -> tensor<?x8xf32> {
  %w = "tosa.const"() <{values = dense<[[[1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0], [0.0, 3.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 4.0, 0.0, 0.0, 0.0, 5.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 6.0, 7.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 8.0, 0.0, 0.0], [9.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 1.0]]]> : tensor<1x8x8xf32>}> : () -> tensor<1x8x8xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %s3 = tosa.const_shape {values = dense<[1, -1, 8]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %x3 = tosa.reshape %x, %s3 : (tensor<?x8xf32>, !tosa.shape<3>) -> tensor<1x?x8xf32>
  %y3 = tosa.matmul %x3, %w, %zp, %zp : (tensor<1x?x8xf32>, tensor<1x8x8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x8xf32>
  %s2 = tosa.const_shape {values = dense<[-1, 8]> : tensor<2xindex>} : () -> !tosa.shape<2>
  %y = tosa.reshape %y3, %s2 : (tensor<1x?x8xf32>, !tosa.shape<2>) -> tensor<?x8xf32>
  return %y : tensor<?x8xf32>
}

// -----

// Math functions become polynomials in the kernel: the PTX calls no
// libdevice function (__nv_expf, __nv_erff), which only a CUDA toolkit has.
// SPARSE-LABEL: llvm.func @softmax_gelu(
// SPARSE: gpu.binary @softmax_gelu_kernel
func.func @softmax_gelu(%x: tensor<4x16xf32>) -> tensor<4x16xf32> {
  %e = tosa.exp %x : (tensor<4x16xf32>) -> tensor<4x16xf32>
  %g = tosa.erf %e : (tensor<4x16xf32>) -> tensor<4x16xf32>
  %t = tosa.tanh %g : (tensor<4x16xf32>) -> tensor<4x16xf32>
  return %t : tensor<4x16xf32>
}
