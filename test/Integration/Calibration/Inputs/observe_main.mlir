// A program that observes one layer's input and output, for the
// ahead-of-time test: @main returns 0 so that it can be the C entry point.
func.func @main() -> i32 {
  %x = arith.constant dense<[[1.0, 2.0], [3.0, 4.0], [0.0, -1.0]]> : tensor<3x2xf32>
  %y = arith.constant dense<[[1.0, -1.0, 2.0], [0.0, 4.0, 2.0], [-3.0, 0.0, 2.0]]> : tensor<3x3xf32>
  prune.observe input %x layer "aot" dim 1 to "@STATS@" : tensor<3x2xf32>
  prune.observe output %y layer "aot" dim 1 to "@STATS@" : tensor<3x3xf32>
  %zero = arith.constant 0 : i32
  return %zero : i32
}
