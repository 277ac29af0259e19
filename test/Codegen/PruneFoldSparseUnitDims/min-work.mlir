// RUN: prune-opt %s --split-input-file --prune-fold-sparse-unit-dims="min-work=11" | FileCheck %s --check-prefix=FOLD
// RUN: prune-opt %s --split-input-file --prune-fold-sparse-unit-dims="min-work=12" | FileCheck %s --check-prefix=KEEP

// The work of a kernel on prune-sparsify's constants is the number of values
// the weight stores (11) times the loops that do not index it (the batch of
// one): at min-work=11 the unit loop goes, at 12 it stays (so the kernel
// stays on one thread).
#CSR = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : dense, d1 : compressed), posWidth = 8, crdWidth = 8 }>
// FOLD-LABEL: func.func @assembled_weight
// FOLD:         tensor.collapse_shape
// FOLD:         linalg.generic {{.*}} iterator_types = ["parallel", "reduction"]
// FOLD:         tensor.expand_shape
// KEEP-LABEL: func.func @assembled_weight
// KEEP-NOT:     tensor.collapse_shape
// KEEP:         linalg.generic {{.*}} iterator_types = ["parallel", "parallel", "reduction"]
// KEEP-NOT:     tensor.expand_shape
func.func @assembled_weight(%x: tensor<1x8xf32>, %y: tensor<1x8xf32>) -> tensor<1x8xf32> {
  %pos = arith.constant dense<[0, 2, 3, 4, 5, 6, 7, 9, 11]> : tensor<9xi8>
  %crd = arith.constant dense<[0, 6, 1, 2, 4, 4, 5, 2, 7, 0, 7]> : tensor<11xi8>
  %val = arith.constant dense<[1.0, 9.0, 3.0, 4.0, 6.0, 7.0, 8.0, 5.0, 1.0, 2.0, 1.0]> : tensor<11xf32>
  %W = sparse_tensor.assemble (%pos, %crd), %val : (tensor<9xi8>, tensor<11xi8>), tensor<11xf32> to tensor<8x8xf32, #CSR>
  %r = linalg.generic {
      indexing_maps = [affine_map<(b, i, j) -> (b, j)>,
                       affine_map<(b, i, j) -> (i, j)>,
                       affine_map<(b, i, j) -> (b, i)>],
      iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%x, %W : tensor<1x8xf32>, tensor<8x8xf32, #CSR>)
      outs(%y : tensor<1x8xf32>) {
  ^bb0(%a: f32, %w: f32, %o: f32):
    %m = arith.mulf %a, %w : f32
    %s = arith.addf %o, %m : f32
    linalg.yield %s : f32
  } -> tensor<1x8xf32>
  return %r : tensor<1x8xf32>
}
