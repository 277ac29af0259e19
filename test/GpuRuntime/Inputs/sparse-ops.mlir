// CSR matrix-vector and matrix-matrix products, in the form cuSPARSE's SpMV
// and SpMM cover (sparse operand first), for both GPU modes.
#CSR = #sparse_tensor.encoding<{ map = (i, j) -> (i : dense, j : compressed), posWidth = 32, crdWidth = 32 }>
module {
  func.func @matvec(%A: tensor<256x256xf32, #CSR>, %x: tensor<256xf32>,
                    %y: tensor<256xf32>) -> tensor<256xf32> {
    %0 = linalg.matvec ins(%A, %x : tensor<256x256xf32, #CSR>, tensor<256xf32>)
                       outs(%y : tensor<256xf32>) -> tensor<256xf32>
    return %0 : tensor<256xf32>
  }
  func.func @matmul(%A: tensor<256x256xf32, #CSR>, %x: tensor<256x8xf32>,
                    %y: tensor<256x8xf32>) -> tensor<256x8xf32> {
    %0 = linalg.matmul ins(%A, %x : tensor<256x256xf32, #CSR>, tensor<256x8xf32>)
                       outs(%y : tensor<256x8xf32>) -> tensor<256x8xf32>
    return %0 : tensor<256x8xf32>
  }
}
