// Dense parallel loops are tiled by block-size along their last dimension
// and mapped for convert-parallel-loops-to-gpu: tiles on block_x, the other
// dimensions on block_y/z (then sequential), threads along the last
// dimension. Loops with reductions stay on the host, with a remark.

// RUN: prune-opt %s --split-input-file \
// RUN:   --pass-pipeline="builtin.module(func.func(prune-gpu-map-parallel-loops{block-size=128}))" \
// RUN:   | FileCheck %s
// RUN: prune-opt %s --split-input-file \
// RUN:   --pass-pipeline="builtin.module(func.func(prune-gpu-map-parallel-loops))" \
// RUN:   --remarks-filter=prune-gpu-map-parallel-loops -o /dev/null 2>&1 \
// RUN:   | FileCheck %s --check-prefix=REMARK
// The mapped loops become one launch per loop nest.
// RUN: prune-opt %s --split-input-file \
// RUN:   --pass-pipeline="builtin.module(func.func(prune-gpu-map-parallel-loops,convert-parallel-loops-to-gpu))" \
// RUN:   | FileCheck %s --check-prefix=LAUNCH
// RUN: not prune-opt %s --split-input-file \
// RUN:   --pass-pipeline="builtin.module(func.func(prune-gpu-map-parallel-loops{block-size=0}))" \
// RUN:   2>&1 | FileCheck %s --check-prefix=BAD

// CHECK-LABEL: func.func @add
// CHECK: %[[C128:.*]] = arith.constant 128 : index
// CHECK: scf.parallel (%[[I:.*]], %[[J:.*]]) = {{.*}} step (%{{.*}}, %[[C128]])
// CHECK:   scf.parallel (%{{.*}}, %[[TJ:.*]]) = {{.*}} to (%{{.*}}, %[[C128]])
// CHECK:     arith.addi %[[TJ]], %[[J]]
// CHECK:     scf.if
// CHECK:       memref.store
// CHECK:   } {mapping = [#gpu.loop_dim_map<processor = sequential, {{.*}}>, #gpu.loop_dim_map<processor = thread_x, {{.*}}>]}
// CHECK: } {mapping = [#gpu.loop_dim_map<processor = block_y, {{.*}}>, #gpu.loop_dim_map<processor = block_x, {{.*}}>]}
// REMARK: remark: [Passed] LoopMapped | Category:prune-gpu-map-parallel-loops | Remark="2-D parallel loop on the GPU: 256 threads per block"
// LAUNCH-LABEL: func.func @add
// LAUNCH: gpu.launch blocks
// LAUNCH-NOT: scf.parallel
// LAUNCH: gpu.terminator
// BAD: error: prune-gpu-map-parallel-loops: block-size=0 is outside [1, 1024]
func.func @add(%a: memref<?x1000xf32>, %b: memref<?x1000xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c1000 = arith.constant 1000 : index
  %n = memref.dim %a, %c0 : memref<?x1000xf32>
  scf.parallel (%i, %j) = (%c0, %c0) to (%n, %c1000) step (%c1, %c1) {
    %x = memref.load %a[%i, %j] : memref<?x1000xf32>
    %y = arith.addf %x, %x : f32
    memref.store %y, %b[%i, %j] : memref<?x1000xf32>
    scf.reduce
  }
  return
}

// -----

// Four dimensions: the first one loops inside the kernel. The last one
// has 16 elements: one warp per block.
// CHECK-LABEL: func.func @nhwc
// CHECK: %[[C32:.*]] = arith.constant 32 : index
// CHECK: scf.parallel {{.*}} step (%{{.*}}, %{{.*}}, %{{.*}}, %[[C32]])
// CHECK: } {mapping = [#gpu.loop_dim_map<processor = sequential, {{.*}}>, #gpu.loop_dim_map<processor = sequential, {{.*}}>, #gpu.loop_dim_map<processor = sequential, {{.*}}>, #gpu.loop_dim_map<processor = thread_x, {{.*}}>]}
// CHECK: } {mapping = [#gpu.loop_dim_map<processor = sequential, {{.*}}>, #gpu.loop_dim_map<processor = block_z, {{.*}}>, #gpu.loop_dim_map<processor = block_y, {{.*}}>, #gpu.loop_dim_map<processor = block_x, {{.*}}>]}
// REMARK: remark: [Passed] LoopMapped | Category:prune-gpu-map-parallel-loops | Remark="4-D parallel loop on the GPU: 32 threads per block"
// LAUNCH-LABEL: func.func @nhwc
// LAUNCH: gpu.launch
// LAUNCH: scf.for
func.func @nhwc(%a: memref<2x8x8x16xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %c8 = arith.constant 8 : index
  %c16 = arith.constant 16 : index
  %zero = arith.constant 0.0 : f32
  scf.parallel (%n, %h, %w, %c) = (%c0, %c0, %c0, %c0) to (%c2, %c8, %c8, %c16) step (%c1, %c1, %c1, %c1) {
    memref.store %zero, %a[%n, %h, %w, %c] : memref<2x8x8x16xf32>
    scf.reduce
  }
  return
}

// -----

// A reduction over the loop stays on the host.
// CHECK-LABEL: func.func @sum
// CHECK: scf.parallel
// CHECK-NOT: mapping
// CHECK: return
// REMARK: remark: [Missed] LoopOnHost | Category:prune-gpu-map-parallel-loops | Reason="parallel loop left on the host: it has reductions (scf.reduce operands)"
// LAUNCH-LABEL: func.func @sum
// LAUNCH-NOT: gpu.launch
func.func @sum(%a: memref<64xf32>) -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c64 = arith.constant 64 : index
  %zero = arith.constant 0.0 : f32
  %s = scf.parallel (%i) = (%c0) to (%c64) step (%c1) init (%zero) -> f32 {
    %x = memref.load %a[%i] : memref<64xf32>
    scf.reduce(%x : f32) {
    ^bb0(%l: f32, %r: f32):
      %t = arith.addf %l, %r : f32
      scf.reduce.return %t : f32
    }
  }
  return %s : f32
}
