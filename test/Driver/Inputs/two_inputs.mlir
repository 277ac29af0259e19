// Two named arguments (as prune-import-onnx writes them), a dynamic batch,
// two layers with location names, two results.
module {
  func.func @forward(%x: tensor<?x4xf32> {prune.name = "features"},
                     %y: tensor<?x2xf32> {prune.name = "extra"})
      -> (tensor<?x3xf32> {prune.name = "logits"}, tensor<?x2xf32> {prune.name = "echo"}) {
    %w1 = "tosa.const"() <{values = dense<[[1.0, -2.0, 0.5, 0.25], [0.5, 1.5, -1.0, 2.0], [-0.75, 0.5, 1.0, -1.25]]> : tensor<3x4xf32>}> : () -> tensor<3x4xf32>
    %t1 = "tosa.const"() <{values = dense<[1, 0]> : tensor<2xi32>}> : () -> tensor<2xi32>
    %w1t = tosa.transpose %w1 {perms = array<i32: 1, 0>} : (tensor<3x4xf32>) -> tensor<4x3xf32>
    %s1 = tosa.const_shape {values = dense<[1, 4, 3]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %w1r = tosa.reshape %w1t, %s1 : (tensor<4x3xf32>, !tosa.shape<3>) -> tensor<1x4x3xf32>
    %sx = tosa.const_shape {values = dense<[1, -1, 4]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %xr = tosa.reshape %x, %sx : (tensor<?x4xf32>, !tosa.shape<3>) -> tensor<1x?x4xf32>
    %z = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
    %h = tosa.matmul %xr, %w1r, %z, %z : (tensor<1x?x4xf32>, tensor<1x4x3xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x3xf32> loc("fc1")
    %so = tosa.const_shape {values = dense<[-1, 3]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %hr = tosa.reshape %h, %so : (tensor<1x?x3xf32>, !tosa.shape<2>) -> tensor<?x3xf32>
    %w2 = "tosa.const"() <{values = dense<[[2.0, -1.0], [0.5, 0.25]]> : tensor<2x2xf32>}> : () -> tensor<2x2xf32>
    %s2 = tosa.const_shape {values = dense<[1, 2, 2]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %w2r = tosa.reshape %w2, %s2 : (tensor<2x2xf32>, !tosa.shape<3>) -> tensor<1x2x2xf32>
    %sy = tosa.const_shape {values = dense<[1, -1, 2]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %yr = tosa.reshape %y, %sy : (tensor<?x2xf32>, !tosa.shape<3>) -> tensor<1x?x2xf32>
    %e = tosa.matmul %yr, %w2r, %z, %z : (tensor<1x?x2xf32>, tensor<1x2x2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x2xf32> loc("fc2")
    %se = tosa.const_shape {values = dense<[-1, 2]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %er = tosa.reshape %e, %se : (tensor<1x?x2xf32>, !tosa.shape<2>) -> tensor<?x2xf32>
    return %hr, %er : tensor<?x3xf32>, tensor<?x2xf32>
  }
}
