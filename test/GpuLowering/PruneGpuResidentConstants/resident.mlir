// Reads of memref.global constants in host functions go through
// prune_gpu_resident_<type> (declared once per type, C interface), on the
// global flattened to one dimension; the result is reshaped back.

// RUN: prune-opt %s --split-input-file --prune-gpu-resident-constants \
// RUN:   --verify-diagnostics | FileCheck %s

// CHECK-LABEL: func.func @forward
// CHECK: %[[W:.*]] = memref.get_global @w : memref<2x3xf32>
// CHECK: %[[FLAT:.*]] = memref.collapse_shape %[[W]] {{\[}}[0, 1]] : memref<2x3xf32> into memref<6xf32>
// CHECK: %[[ANY:.*]] = memref.cast %[[FLAT]] : memref<6xf32> to memref<?xf32>
// CHECK: %[[DEV:.*]] = call @prune_gpu_resident_f32(%[[ANY]]) : (memref<?xf32>) -> memref<?xf32>
// CHECK: %[[DEVS:.*]] = memref.cast %[[DEV]] : memref<?xf32> to memref<6xf32>
// CHECK: %[[W2:.*]] = memref.expand_shape %[[DEVS]] {{\[}}[0, 1]] output_shape [2, 3] : memref<6xf32> into memref<2x3xf32>
// CHECK: %[[B:.*]] = memref.get_global @b : memref<3xf32>
// CHECK: %[[BANY:.*]] = memref.cast %[[B]] : memref<3xf32> to memref<?xf32>
// CHECK: call @prune_gpu_resident_f32(%[[BANY]])
// CHECK: %[[CRD:.*]] = memref.get_global @crd : memref<4xi16>
// CHECK: call @prune_gpu_resident_i16(
// CHECK: %[[S:.*]] = memref.get_global @scale : memref<f32>
// CHECK: memref.expand_shape %[[S]] [] output_shape [1] : memref<f32> into memref<1xf32>
// CHECK: memref.collapse_shape %{{.*}} [] : memref<1xf32> into memref<f32>
// CHECK: memref.load %[[W2]]
// CHECK-DAG: func.func private @prune_gpu_resident_f32(memref<?xf32>) -> memref<?xf32> attributes {llvm.emit_c_interface}
// CHECK-DAG: func.func private @prune_gpu_resident_i16(memref<?xi16>) -> memref<?xi16> attributes {llvm.emit_c_interface}
memref.global "private" constant @w : memref<2x3xf32> = dense<1.0>
memref.global "private" constant @b : memref<3xf32> = dense<2.0>
memref.global "private" constant @crd : memref<4xi16> = dense<[0, 1, 2, 3]>
memref.global "private" constant @scale : memref<f32> = dense<3.0>
func.func @forward(%i: index) -> (f32, f32, i16, f32) {
  %w = memref.get_global @w : memref<2x3xf32>
  %b = memref.get_global @b : memref<3xf32>
  %crd = memref.get_global @crd : memref<4xi16>
  %scale = memref.get_global @scale : memref<f32>
  %0 = memref.load %w[%i, %i] : memref<2x3xf32>
  %1 = memref.load %b[%i] : memref<3xf32>
  %2 = memref.load %crd[%i] : memref<4xi16>
  %3 = memref.load %scale[] : memref<f32>
  return %0, %1, %2, %3 : f32, f32, i16, f32
}

// -----

memref.global "private" constant @c : memref<2xcomplex<f32>> = dense<[(1.0, 0.0), (0.0, 1.0)]>
func.func @complex() -> memref<2xcomplex<f32>> {
  // expected-error @+1 {{reads a global of element type 'complex<f32>', which prune_gpu_resident_* does not cover}}
  %c = memref.get_global @c : memref<2xcomplex<f32>>
  return %c : memref<2xcomplex<f32>>
}
