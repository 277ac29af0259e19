// A float16 model (input and result f16), for f16-results.test.
func.func @forward(%x: tensor<?x4xf16>) -> tensor<?x4xf16> {
  %y = tosa.add %x, %x : (tensor<?x4xf16>, tensor<?x4xf16>) -> tensor<?x4xf16>
  return %y : tensor<?x4xf16>
}
