// REQUIRES: clang
// Two reductions over the last axis of [2, 6, 4] whose zero fills CSE
// shares: the second writes its first row tile, a vector<4> at [0, 0] of a
// 2x6 tensor, out of place. LLVM 22's bufferization took that write for one
// of the whole tensor and skipped the copy of the fill: the new buffer held
// the previous call's results (relative differences 0.5, 1.0, ... growing
// with every call). prune-slice-leading-zero-writes writes it through a
// slice of the row.
// RUN: rm -rf %t && %python %S/Inputs/repeated_reductions.py %s %t | FileCheck %s
// CHECK: call 0: max relative difference {{[0-9.]+e-0[6-9]|0.0e\+00}}
// CHECK: call 1: max relative difference {{[0-9.]+e-0[6-9]|0.0e\+00}}
// CHECK: call 2: max relative difference {{[0-9.]+e-0[6-9]|0.0e\+00}}

func.func @forward(%x: tensor<2x6x4xf32>) -> tensor<2x6xf32> {
  %sum = tosa.reduce_sum %x {axis = 2 : i32} : (tensor<2x6x4xf32>) -> tensor<2x6x1xf32>
  %shift = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %product = tosa.mul %x, %sum, %shift : (tensor<2x6x4xf32>, tensor<2x6x1xf32>, tensor<1xi8>) -> tensor<2x6x4xf32>
  %y = tosa.reduce_sum %product {axis = 2 : i32} : (tensor<2x6x4xf32>) -> tensor<2x6x1xf32>
  %shape = tosa.const_shape {values = dense<[2, 6]> : tensor<2xindex>} : () -> !tosa.shape<2>
  %r = tosa.reshape %y, %shape : (tensor<2x6x1xf32>, !tosa.shape<2>) -> tensor<2x6xf32>
  return %r : tensor<2x6xf32>
}
