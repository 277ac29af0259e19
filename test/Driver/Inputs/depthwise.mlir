// A convolution then a depthwise convolution, which prune-instrument cannot
// observe yet.
module {
  func.func @forward(%x: tensor<?x4x4x1xf32>) -> tensor<?x4x4x2xf32> {
    %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
    %w = "tosa.const"() <{values = dense<[[[[0.5], [-0.25], [0.75]], [[1.0], [-1.5], [0.125]], [[0.3], [0.6], [-0.9]]],
                                          [[[-0.2], [0.4], [0.8]], [[-1.1], [0.05], [0.7]], [[0.9], [-0.35], [0.15]]]]> : tensor<2x3x3x1xf32>}> : () -> tensor<2x3x3x1xf32>
    %b = "tosa.const"() <{values = dense<[0.1, -0.1]> : tensor<2xf32>}> : () -> tensor<2xf32>
    %c = tosa.conv2d %x, %w, %b, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<?x4x4x1xf32>, tensor<2x3x3x1xf32>, tensor<2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<?x4x4x2xf32> loc("conv")
    %dw = "tosa.const"() <{values = dense<[[[[0.5], [-0.7]], [[0.2], [0.9]], [[-0.4], [0.3]]],
                                           [[[1.2], [-0.6]], [[0.8], [0.1]], [[-0.3], [0.45]]],
                                           [[[0.25], [-1.0]], [[0.65], [0.55]], [[-0.15], [0.35]]]]> : tensor<3x3x2x1xf32>}> : () -> tensor<3x3x2x1xf32>
    %db = "tosa.const"() <{values = dense<[0.0, 0.2]> : tensor<2xf32>}> : () -> tensor<2xf32>
    %d = tosa.depthwise_conv2d %c, %dw, %db, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<?x4x4x2xf32>, tensor<3x3x2x1xf32>, tensor<2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<?x4x4x2xf32> loc("dw")
    return %d : tensor<?x4x4x2xf32>
  }
}
