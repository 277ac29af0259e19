// One layer with i8 weights (used by method-reconstruct.mlir).
func.func @integer(%x: tensor<1x2xi8>) -> tensor<1x2xi32> {
  %w = arith.constant dense<[[1, 2], [3, -1]]> : tensor<2x2xi8>
  %init = arith.constant dense<0> : tensor<1x2xi32>
  %y = linalg.matmul ins(%x, %w : tensor<1x2xi8>, tensor<2x2xi8>) outs(%init : tensor<1x2xi32>) -> tensor<1x2xi32> loc("int")
  return %y : tensor<1x2xi32>
}
