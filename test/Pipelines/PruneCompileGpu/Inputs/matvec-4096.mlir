// y = W x for a 4096x4096 CSR weight W assembled from constants (one nonzero
// per row here; the GPU lowering only sees the format), as prune-sparsify
// leaves a pruned layer.
#CSR = #sparse_tensor.encoding<{ map = (i, j) -> (i : dense, j : compressed), posWidth = 32, crdWidth = 32 }>
module {
  func.func @layer(%pos: tensor<4097xi32>, %crd: tensor<4096xi32>,
                   %val: tensor<4096xf32>, %x: tensor<4096xf32>,
                   %y: tensor<4096xf32>) -> tensor<4096xf32> {
    %w = sparse_tensor.assemble (%pos, %crd), %val
       : (tensor<4097xi32>, tensor<4096xi32>), tensor<4096xf32>
         to tensor<4096x4096xf32, #CSR>
    %0 = linalg.matvec ins(%w, %x : tensor<4096x4096xf32, #CSR>, tensor<4096xf32>)
                       outs(%y : tensor<4096xf32>) -> tensor<4096xf32>
    return %0 : tensor<4096xf32>
  }
}
