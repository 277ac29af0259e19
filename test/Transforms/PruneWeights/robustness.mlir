// prune-weights on IR it was not written for: no weights, dynamic shapes,
// loops, element types it cannot prune, empty and non-finite weights, memref
// code, constants it cannot see through. It must never crash or fail: what it
// cannot prune it leaves alone (with a `missed` remark when it is a weight).
//
// block:1x1 is unstructured pruning through the structured code path: both
// must give the same IR.

// RUN: prune-opt %s --split-input-file --prune-weights=sparsity=0.5 \
// RUN:   | FileCheck %s
// RUN: prune-opt %s --split-input-file --prune-weights="pattern=block:1x1 sparsity=0.5" \
// RUN:   | FileCheck %s
// RUN: prune-opt %s --split-input-file --prune-weights="pattern=channel sparsity=0.5" \
// RUN:   | FileCheck %s --check-prefix=CHANNEL
// RUN: prune-opt %s --split-input-file --prune-weights=threshold=1.5 \
// RUN:   | FileCheck %s --check-prefix=THRESHOLD
// RUN: prune-opt %s --split-input-file --prune-weights=pattern=1:1 \
// RUN:   | FileCheck %s --check-prefix=KEEP-ALL
// RUN: prune-opt %s --split-input-file --prune-weights=sparsity=0.5 \
// RUN:   --remarks-filter=prune-weights -o /dev/null 2>&1 \
// RUN:   | FileCheck %s --check-prefix=REMARK

// The weights are function arguments: nothing to prune, and the function
// says so.
// CHECK-LABEL: func.func @no_weights
// CHECK:       linalg.matmul
// REMARK:      NoConstantWeights | Category:prune-weights | Function=no_weights
func.func @no_weights(%x: tensor<1x2xf32>, %w: tensor<2x2xf32>, %init: tensor<1x2xf32>) -> tensor<1x2xf32> {
  %y = linalg.matmul ins(%x, %w : tensor<1x2xf32>, tensor<2x2xf32>) outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32>
  return %y : tensor<1x2xf32>
}

// -----

// A module with only a bias add.
// CHECK-LABEL: func.func @bias_only
// CHECK:       "tosa.const"() <{values = dense<{{\[\[}}1.250000e-01, -2.500000e-01]]> : tensor<1x2xf32>}>
// THRESHOLD-LABEL: func.func @bias_only
// THRESHOLD:       "tosa.const"() <{values = dense<{{\[\[}}1.250000e-01, -2.500000e-01]]> : tensor<1x2xf32>}>
func.func @bias_only(%x: tensor<1x2xf32>) -> tensor<1x2xf32> {
  %b = "tosa.const"() <{values = dense<[[0.125, -0.25]]> : tensor<1x2xf32>}> : () -> tensor<1x2xf32>
  %y = tosa.add %x, %b : (tensor<1x2xf32>, tensor<1x2xf32>) -> tensor<1x2xf32>
  return %y : tensor<1x2xf32>
}

// -----

// Dynamic activations around a static weight.
// CHECK-LABEL: func.func @dynamic_batch
// CHECK:       arith.constant dense<{{\[\[}}0.000000e+00, -4.000000e+00], [0.000000e+00, 3.000000e+00]]> : tensor<2x2xf32>
func.func @dynamic_batch(%x: tensor<?x2xf32>, %init: tensor<?x2xf32>) -> tensor<?x2xf32> {
  %w = arith.constant dense<[[1.0, -4.0], [0.5, 3.0]]> : tensor<2x2xf32>
  %y = linalg.matmul ins(%x, %w : tensor<?x2xf32>, tensor<2x2xf32>) outs(%init : tensor<?x2xf32>) -> tensor<?x2xf32>
  return %y : tensor<?x2xf32>
}

// -----

// The consumer sits in an scf.for body, the constant outside the loop.
// CHECK-LABEL: func.func @loop
// CHECK:       %[[W:.*]] = arith.constant dense<{{\[\[}}0.000000e+00, -4.000000e+00], [0.000000e+00, 3.000000e+00]]> : tensor<2x2xf32>
// CHECK:       scf.for
// CHECK:         linalg.matmul {{.*}}ins(%{{.*}}, %[[W]] :
func.func @loop(%x: tensor<1x2xf32>) -> tensor<1x2xf32> {
  %w = arith.constant dense<[[1.0, -4.0], [0.5, 3.0]]> : tensor<2x2xf32>
  %init = arith.constant dense<0.0> : tensor<1x2xf32>
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c3 = arith.constant 3 : index
  %r = scf.for %i = %c0 to %c3 step %c1 iter_args(%a = %x) -> (tensor<1x2xf32>) {
    %y = linalg.matmul ins(%a, %w : tensor<1x2xf32>, tensor<2x2xf32>) outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32>
    scf.yield %y : tensor<1x2xf32>
  }
  return %r : tensor<1x2xf32>
}

// -----

// Element types with no magnitude the pass knows: left alone, with a reason.
// CHECK-LABEL: func.func @unsupported_types
// CHECK:       arith.constant dense<{{\[\[}}true, false], [true, true]]> : tensor<2x2xi1>
// CHECK:       arith.constant dense<{{\[\[}}1.000000e+00, -4.000000e+00], [5.000000e-01, 3.000000e+00]]> : tensor<2x2xf8E4M3FN>
// CHECK:       arith.constant dense<{{\[\[}}(1.000000e+00,0.000000e+00), (-4.000000e+00,1.000000e+00)], [(5.000000e-01,0.000000e+00), (3.000000e+00,0.000000e+00)]]> : tensor<2x2xcomplex<f32>>
// CHECK:       arith.constant dense<{{\[\[}}1, 4], [5, 3]]> : tensor<2x2xi4>
// REMARK: Reason="layer 'unsupported_types#0' left alone: element type i1 is not supported"
// REMARK: Reason="layer 'unsupported_types#1' left alone: element type f8E4M3FN is not supported"
// REMARK: Reason="layer 'unsupported_types#2' left alone: element type complex<f32> is not supported"
// REMARK: Reason="layer 'unsupported_types#3' left alone: element type i4 is not supported"
func.func @unsupported_types(%b: tensor<1x2xi1>, %f8: tensor<1x2xf8E4M3FN>, %c: tensor<1x2xcomplex<f32>>, %i4: tensor<1x2xi4>) -> (tensor<1x2xi1>, tensor<1x2xf8E4M3FN>, tensor<1x2xcomplex<f32>>, tensor<1x2xi4>) {
  %wb = arith.constant dense<[[true, false], [true, true]]> : tensor<2x2xi1>
  %wf8 = arith.constant dense<[[1.0, -4.0], [0.5, 3.0]]> : tensor<2x2xf8E4M3FN>
  %wc = arith.constant dense<[[(1.0, 0.0), (-4.0, 1.0)], [(0.5, 0.0), (3.0, 0.0)]]> : tensor<2x2xcomplex<f32>>
  %wi4 = arith.constant dense<[[1, 4], [5, 3]]> : tensor<2x2xi4>
  %ib = arith.constant dense<false> : tensor<1x2xi1>
  %if8 = arith.constant dense<0.0> : tensor<1x2xf8E4M3FN>
  %ic = arith.constant dense<(0.0, 0.0)> : tensor<1x2xcomplex<f32>>
  %ii4 = arith.constant dense<0> : tensor<1x2xi4>
  %yb = linalg.matmul ins(%b, %wb : tensor<1x2xi1>, tensor<2x2xi1>) outs(%ib : tensor<1x2xi1>) -> tensor<1x2xi1>
  %yf8 = linalg.matmul ins(%f8, %wf8 : tensor<1x2xf8E4M3FN>, tensor<2x2xf8E4M3FN>) outs(%if8 : tensor<1x2xf8E4M3FN>) -> tensor<1x2xf8E4M3FN>
  %yc = linalg.matmul ins(%c, %wc : tensor<1x2xcomplex<f32>>, tensor<2x2xcomplex<f32>>) outs(%ic : tensor<1x2xcomplex<f32>>) -> tensor<1x2xcomplex<f32>>
  %yi4 = linalg.matmul ins(%i4, %wi4 : tensor<1x2xi4>, tensor<2x2xi4>) outs(%ii4 : tensor<1x2xi4>) -> tensor<1x2xi4>
  return %yb, %yf8, %yc, %yi4 : tensor<1x2xi1>, tensor<1x2xf8E4M3FN>, tensor<1x2xcomplex<f32>>, tensor<1x2xi4>
}

// -----

// Empty weights: no reduction (K = 0) and no outputs (N = 0).
// CHECK-LABEL: func.func @empty_weights
// CHECK:       arith.constant dense<> : tensor<0x4xf32>
// CHECK:       arith.constant dense<> : tensor<4x0xf32>
// CHANNEL-LABEL: func.func @empty_weights
// CHANNEL:       arith.constant dense<> : tensor<0x4xf32>
// CHANNEL:       arith.constant dense<> : tensor<4x0xf32>
// REMARK: Remark="layer 'empty_weights#0' pruned (unstructured): 0 -> 0 nonzeros of 0"
// REMARK: Remark="layer 'empty_weights#1' pruned (unstructured): 0 -> 0 nonzeros of 0"
func.func @empty_weights(%x0: tensor<1x0xf32>, %x4: tensor<1x4xf32>) -> (tensor<1x4xf32>, tensor<1x0xf32>) {
  %wk = arith.constant dense<> : tensor<0x4xf32>
  %wn = arith.constant dense<> : tensor<4x0xf32>
  %i4 = arith.constant dense<0.0> : tensor<1x4xf32>
  %i0 = tensor.empty() : tensor<1x0xf32>
  %a = linalg.matmul ins(%x0, %wk : tensor<1x0xf32>, tensor<0x4xf32>) outs(%i4 : tensor<1x4xf32>) -> tensor<1x4xf32>
  %b = linalg.matmul ins(%x4, %wn : tensor<1x4xf32>, tensor<4x0xf32>) outs(%i0 : tensor<1x0xf32>) -> tensor<1x0xf32>
  return %a, %b : tensor<1x4xf32>, tensor<1x0xf32>
}

// -----

// NaN and infinities are never the smallest weights; 0.5, 1 and -2 go. A NaN
// is not below any threshold either.
// CHECK-LABEL: func.func @non_finite
// CHECK:       arith.constant dense<{{\[\[}}0x7FC00000, 0.000000e+00, 0x7F800000], [0xFF800000, 0.000000e+00, 0.000000e+00]]> : tensor<2x3xf32>
// THRESHOLD-LABEL: func.func @non_finite
// THRESHOLD:       arith.constant dense<{{\[\[}}0x7FC00000, 0.000000e+00, 0x7F800000], [0xFF800000, -2.000000e+00, 0.000000e+00]]> : tensor<2x3xf32>
func.func @non_finite(%x: tensor<1x2xf32>) -> tensor<1x3xf32> {
  %w = arith.constant dense<[[0x7FC00000, 1.0, 0x7F800000], [0xFF800000, -2.0, 0.5]]> : tensor<2x3xf32>
  %init = arith.constant dense<0.0> : tensor<1x3xf32>
  %y = linalg.matmul ins(%x, %w : tensor<1x2xf32>, tensor<2x3xf32>) outs(%init : tensor<1x3xf32>) -> tensor<1x3xf32>
  return %y : tensor<1x3xf32>
}

// -----

// A pooling window is a shape, not a weight, even when it is a constant.
// CHECK-LABEL: func.func @pooling_window
// CHECK:       arith.constant dense<{{\[\[}}1.000000e+00, 2.000000e+00], [3.000000e+00, 4.000000e+00]]> : tensor<2x2xf32>
// REMARK-NOT:  Function=pooling_window
func.func @pooling_window(%x: tensor<1x4x4x1xf32>) -> tensor<1x3x3x1xf32> {
  %win = arith.constant dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf32>
  %init = arith.constant dense<0.0> : tensor<1x3x3x1xf32>
  %y = linalg.pooling_nhwc_sum {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%x, %win : tensor<1x4x4x1xf32>, tensor<2x2xf32>) outs(%init : tensor<1x3x3x1xf32>) -> tensor<1x3x3x1xf32>
  return %y : tensor<1x3x3x1xf32>
}

// -----

// Buffer (memref) code is not looked at.
// CHECK-LABEL: memref.global "private" constant @weights
// CHECK-SAME:    dense<{{\[\[}}1.000000e+00, -4.000000e+00], [5.000000e-01, 3.000000e+00]]>
memref.global "private" constant @weights : memref<2x2xf32> = dense<[[1.0, -4.0], [0.5, 3.0]]>
func.func @memref_matmul(%x: memref<1x2xf32>, %o: memref<1x2xf32>) {
  %w = memref.get_global @weights : memref<2x2xf32>
  linalg.matmul ins(%x, %w : memref<1x2xf32>, memref<2x2xf32>) outs(%o : memref<1x2xf32>)
  return
}

// -----

// Weights that cannot be read: an elided resource and a blob of the wrong
// size. Left alone, with a reason.
// CHECK-LABEL: func.func @unreadable_resources
// CHECK:       arith.constant dense_resource<__elided__> : tensor<2x2xf32>
// CHECK:       arith.constant dense_resource<short> : tensor<2x2xf32>
// CHECK:       short: "0x040000000000803F000080C0"
// REMARK: Reason="layer 'unreadable_resources#0' left alone: its dense_resource blob '__elided__' has no data"
// REMARK: Reason="layer 'unreadable_resources#1' left alone: its dense_resource blob holds 8 bytes, expected 16"
func.func @unreadable_resources(%x: tensor<1x2xf32>, %init: tensor<1x2xf32>) -> (tensor<1x2xf32>, tensor<1x2xf32>) {
  %w0 = arith.constant dense_resource<__elided__> : tensor<2x2xf32>
  %w1 = arith.constant dense_resource<short> : tensor<2x2xf32>
  %y0 = linalg.matmul ins(%x, %w0 : tensor<1x2xf32>, tensor<2x2xf32>) outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32>
  %y1 = linalg.matmul ins(%x, %w1 : tensor<1x2xf32>, tensor<2x2xf32>) outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32>
  return %y0, %y1 : tensor<1x2xf32>, tensor<1x2xf32>
}

{-#
  dialect_resources: {
    builtin: {
      short: "0x040000000000803F000080C0"
    }
  }
#-}

// -----

// A weight passed to a function with two call sites is not traced across
// the calls (the callers could pass different constants): the callee's
// weight is an argument, and both constants stay.
// CHECK-LABEL: func.func @two_callers
// CHECK:       arith.constant dense<{{\[\[}}1.000000e+00, -4.000000e+00], [5.000000e-01, 3.000000e+00]]> : tensor<2x2xf32>
// CHECK:       arith.constant dense<{{\[\[}}2.000000e+00, -4.000000e+00], [5.000000e-01, 3.000000e+00]]> : tensor<2x2xf32>
func.func @two_callers(%x: tensor<1x2xf32>) -> tensor<1x2xf32> {
  %w = arith.constant dense<[[1.0, -4.0], [0.5, 3.0]]> : tensor<2x2xf32>
  %v = arith.constant dense<[[2.0, -4.0], [0.5, 3.0]]> : tensor<2x2xf32>
  %y = func.call @shared_callee(%x, %w) : (tensor<1x2xf32>, tensor<2x2xf32>) -> tensor<1x2xf32>
  %z = func.call @shared_callee(%y, %v) : (tensor<1x2xf32>, tensor<2x2xf32>) -> tensor<1x2xf32>
  return %z : tensor<1x2xf32>
}
func.func private @shared_callee(%x: tensor<1x2xf32>, %w: tensor<2x2xf32>) -> tensor<1x2xf32> {
  %init = arith.constant dense<0.0> : tensor<1x2xf32>
  %y = linalg.matmul ins(%x, %w : tensor<1x2xf32>, tensor<2x2xf32>) outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32>
  return %y : tensor<1x2xf32>
}

// -----

// 1:1 keeps every weight of every layer it can read.
// KEEP-ALL-LABEL: func.func @keep_all
// KEEP-ALL:       arith.constant dense<{{\[\[}}1.000000e+00, -4.000000e+00], [5.000000e-01, 3.000000e+00]]> : tensor<2x2xf32>
func.func @keep_all(%x: tensor<1x2xf32>) -> tensor<1x2xf32> {
  %w = arith.constant dense<[[1.0, -4.0], [0.5, 3.0]]> : tensor<2x2xf32>
  %init = arith.constant dense<0.0> : tensor<1x2xf32>
  %y = linalg.matmul ins(%x, %w : tensor<1x2xf32>, tensor<2x2xf32>) outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32>
  return %y : tensor<1x2xf32>
}
