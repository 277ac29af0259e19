// prune-lower-observe: prune.observe becomes a call of libPruneRuntime.so on
// the tensor's buffer; the result goes through the stock pipeline and runs
// with mlir-runner, which writes the statistics file at exit.
// RUN: prune-opt %s --prune-lower-observe | FileCheck %s

// RUN: rm -f %t.stats
// RUN: sed 's|@STATS@|%t.stats|' %s | prune-opt --prune-lower-observe \
// RUN:   --sparsifier | mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=%mlir_runner_libs,%prune_lib/libPruneRuntime.so
// RUN: prune-stats dump %t.stats \
// RUN:   | FileCheck %s --check-prefix=STATS

// One declaration per element type, with the C interface; one global per
// distinct string.
// CHECK-DAG:   memref.global "private" constant @[[PATH:__prune_str[_0-9]*]] : memref<7xi8> = dense<[64, 83, 84, 65, 84, 83, 64]>
// CHECK-DAG:   memref.global "private" constant @[[FC:__prune_str[_0-9]*]] : memref<2xi8> = dense<[102, 99]>
// CHECK-DAG:   func.func private @prune_observe_f32(memref<?xi8>, memref<?xi8>, i64, i64, memref<*xf32>) attributes {llvm.emit_c_interface}
// CHECK-DAG:   func.func private @prune_observe_f64(memref<?xi8>, memref<?xi8>, i64, i64, memref<*xf64>) attributes {llvm.emit_c_interface}
// CHECK-LABEL: func.func @observe
// CHECK-SAME:    (%[[X:.*]]: tensor<3x2xf32>, %[[Y:.*]]: tensor<3x2xf32>, %[[Z:.*]]: tensor<2x2xf64>)
// CHECK:       %[[P:.*]] = memref.get_global @[[PATH]]
// CHECK:       %[[PC:.*]] = memref.cast %[[P]] : memref<{{[0-9]+}}xi8> to memref<?xi8>
// CHECK:       %[[L:.*]] = memref.get_global @[[FC]] : memref<2xi8>
// CHECK:       %[[LC:.*]] = memref.cast %[[L]] : memref<2xi8> to memref<?xi8>
// CHECK:       %[[B:.*]] = bufferization.to_buffer %[[X]] read_only : tensor<3x2xf32> to memref<3x2xf32, strided<[?, ?], offset: ?>>
// CHECK:       %[[U:.*]] = memref.cast %[[B]] : memref<3x2xf32, strided<[?, ?], offset: ?>> to memref<*xf32>
// CHECK:       %[[ROLE:.*]] = arith.constant 0 : i64
// CHECK:       %[[DIM:.*]] = arith.constant 1 : i64
// CHECK:       call @prune_observe_f32(%[[PC]], %[[LC]], %[[ROLE]], %[[DIM]], %[[U]])
// CHECK:       arith.constant 1 : i64
// CHECK:       arith.constant 0 : i64
// CHECK:       call @prune_observe_f32
// CHECK:       call @prune_observe_f64
// CHECK-NOT:   prune.observe

// fc: input x (3 samples of 2 features, taken as a strided slice), output
// y observed along dimension 0 (3 neurons, 2 samples). f64: layer "wide".
// STATS:      layer fc samples 3 in 2 out 3
// STATS-NEXT:   sum_squares 10 21
// STATS-NEXT:   gram 10 14
// STATS-NEXT:   gram 14 21
// STATS-NEXT:   mean 0 3 0
// STATS-NEXT:   mean_abs 1 3 0
// STATS-NEXT:   frac_positive 0.5 1 0
// STATS-NEXT:   max 1 4 0
// STATS-NEXT: layer wide samples 2 in 2 out 0
// STATS-NEXT:   sum_squares 0.5 8
// STATS-NEXT:   gram 0.5 -2
// STATS-NEXT:   gram -2 8
func.func @observe(%x: tensor<3x2xf32>, %y: tensor<3x2xf32>, %z: tensor<2x2xf64>) {
  prune.observe input %x layer "fc" dim 1 to "@STATS@" : tensor<3x2xf32>
  prune.observe output %y layer "fc" dim 0 to "@STATS@" : tensor<3x2xf32>
  prune.observe input %z layer "wide" dim 1 to "@STATS@" : tensor<2x2xf64>
  return
}

func.func @main() {
  %big = arith.constant dense<[[9.0, 1.0, 9.0, 2.0, 9.0],
                               [9.0, 3.0, 9.0, 4.0, 9.0],
                               [9.0, 0.0, 9.0, -1.0, 9.0]]> : tensor<3x5xf32>
  %x = tensor.extract_slice %big[0, 1] [3, 2] [1, 2] : tensor<3x5xf32> to tensor<3x2xf32>
  %y = arith.constant dense<[[1.0, -1.0], [2.0, 4.0], [0.0, 0.0]]> : tensor<3x2xf32>
  %z = arith.constant dense<[[0.5, -2.0], [-0.5, 2.0]]> : tensor<2x2xf64>
  call @observe(%x, %y, %z) : (tensor<3x2xf32>, tensor<3x2xf32>, tensor<2x2xf64>) -> ()
  return
}
