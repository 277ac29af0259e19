// TFLite int8 models put tosa.rescale after every convolution and matmul:
// prune-compile lowers it (tosa-to-arith with include-apply-rescale), and
// the values match the TOSA reference: (1000, -2000, 3000, 40000) / 1024.

// RUN: prune-opt %s --prune-compile \
// RUN:   | mlir-runner -e main -entry-point-result=void -shared-libs=%mlir_runner_libs \
// RUN:   | FileCheck %s

// CHECK: [1,   -2,   3,   39]
func.func @main() {
  %x = "tosa.const"() <{values = dense<[[1000, -2000, 3000, 40000]]> : tensor<1x4xi32>}> : () -> tensor<1x4xi32>
  %mult = "tosa.const"() <{values = dense<1073741824> : tensor<1xi32>}> : () -> tensor<1xi32>
  %shift = "tosa.const"() <{values = dense<40> : tensor<1xi8>}> : () -> tensor<1xi8>
  %izp = "tosa.const"() <{values = dense<0> : tensor<1xi32>}> : () -> tensor<1xi32>
  %ozp = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %q = tosa.rescale %x, %mult, %shift, %izp, %ozp {scale32 = true, rounding_mode = SINGLE_ROUND, per_channel = false, input_unsigned = false, output_unsigned = false} : (tensor<1x4xi32>, tensor<1xi32>, tensor<1xi8>, tensor<1xi32>, tensor<1xi8>) -> tensor<1x4xi8>
  %f = tosa.cast %q : (tensor<1x4xi8>) -> tensor<1x4xf32>
  %c = tensor.cast %f : tensor<1x4xf32> to tensor<*xf32>
  call @printMemrefF32(%c) : (tensor<*xf32>) -> ()
  return
}
func.func private @printMemrefF32(tensor<*xf32>) attributes {llvm.emit_c_interface}
