// Copies that bufferization makes (here the interior of a padded
// activation, as the TOSA lowering pads before every convolution) become
// loops, not calls to the runtime's memrefCopy, which copies a strided
// buffer one element at a time and made half the time of the Fashion-MNIST
// CNN at batch 1.
// RUN: prune-opt %s --prune-compile | FileCheck %s

// CHECK-NOT:   memrefCopy
// CHECK-LABEL: llvm.func @pad_after_relu
// CHECK-NOT:     memrefCopy
// CHECK:         llvm.return
// CHECK-NOT:   memrefCopy
func.func @pad_after_relu(%x: tensor<1x8x8x4xf32>) -> tensor<1x10x10x4xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x8x8x4xf32>
  %relu = linalg.generic {indexing_maps = [affine_map<(n, h, w, c) -> (n, h, w, c)>, affine_map<(n, h, w, c) -> (n, h, w, c)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%x : tensor<1x8x8x4xf32>) outs(%e : tensor<1x8x8x4xf32>) {
  ^bb0(%in: f32, %out: f32):
    %r = arith.maximumf %in, %zero : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8x4xf32>
  %p = tensor.pad %relu low[0, 1, 1, 0] high[0, 1, 1, 0] {
  ^bb0(%a: index, %b: index, %c: index, %d: index):
    tensor.yield %zero : f32
  } : tensor<1x8x8x4xf32> to tensor<1x10x10x4xf32>
  return %p : tensor<1x10x10x4xf32>
}
