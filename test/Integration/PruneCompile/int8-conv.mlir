// An int8 convolution as the TFLite converter writes it and TFLite-to-TOSA
// (tf-mlir-translate --tfl-to-tosa-pipeline) lowers it: i8 input with a
// zero point, i8 filter, i32 bias and accumulator, then tosa.rescale back to
// i8 per output channel (scale32, DOUBLE_ROUND) and the fused ReLU6-style
// clamp. prune-compile lowers the rescale's tosa.apply_scale
// (tosa-to-arith include-apply-rescale), dense and with the filter pruned
// and packed sparse. The expected values follow the TOSA specification's
// conv2d and apply_scale_32, computed by hand in Python:
//   acc[h][w][f] = bias[f] + sum((x - (-5)) * w)
//   out = clamp(apply_scale_32(acc, mult[f], shift[f]) + (-10), -128, 127)
// e.g. acc = -96 on channel 0: (-96 * 1518500250 + 2^33 - 2^30) >> 34 = -9,
// -9 - 10 = -19.
//
// DEFINE: %{options} = sparse=false
// DEFINE: %{run} = prune-opt %s --prune-compile="%{options}" \
// DEFINE: | mlir-runner -e main -entry-point-result=void -shared-libs=%mlir_runner_libs \
// DEFINE: | FileCheck %s
// RUN: %{run}
// REDEFINE: %{options} = sparse-format=csr
// RUN: %{run}
// REDEFINE: %{options} = vectorize-dense=false
// RUN: %{run}

// CHECK: [-19,  -41,  5,  127,  -97,  -23,  127,  21,  -7,  19,  -68,  14]
func.func @conv(%x: tensor<1x3x3x2xi8>) -> tensor<1x2x2x3xi8> {
  %w = "tosa.const"() <{values = dense<[[[[1, 2], [-3, 4]], [[5, -6], [7, 8]]], [[[-9, 10], [11, -12]], [[13, 14], [-15, 16]]], [[[2, -2], [2, -2]], [[-1, 1], [-1, 1]]]]> : tensor<3x2x2x2xi8>}> : () -> tensor<3x2x2x2xi8>
  %b = "tosa.const"() <{values = dense<[1000, -2000, 64]> : tensor<3xi32>}> : () -> tensor<3xi32>
  %izp = "tosa.const"() <{values = dense<-5> : tensor<1xi8>}> : () -> tensor<1xi8>
  %wzp = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %acc = tosa.conv2d %x, %w, %b, %izp, %wzp {acc_type = i32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x3x3x2xi8>, tensor<3x2x2x2xi8>, tensor<3xi32>, tensor<1xi8>, tensor<1xi8>) -> tensor<1x2x2x3xi32>
  %mult = "tosa.const"() <{values = dense<[1518500250, 1073741824, 2147483647]> : tensor<3xi32>}> : () -> tensor<3xi32>
  %shift = "tosa.const"() <{values = dense<[34, 36, 35]> : tensor<3xi8>}> : () -> tensor<3xi8>
  %rizp = "tosa.const"() <{values = dense<0> : tensor<1xi32>}> : () -> tensor<1xi32>
  %rozp = "tosa.const"() <{values = dense<-10> : tensor<1xi8>}> : () -> tensor<1xi8>
  %q = tosa.rescale %acc, %mult, %shift, %rizp, %rozp {scale32 = true, rounding_mode = DOUBLE_ROUND, per_channel = true, input_unsigned = false, output_unsigned = false} : (tensor<1x2x2x3xi32>, tensor<3xi32>, tensor<3xi8>, tensor<1xi32>, tensor<1xi8>) -> tensor<1x2x2x3xi8>
  %y = tosa.clamp %q {min_val = -128 : i8, max_val = 127 : i8} : (tensor<1x2x2x3xi8>) -> tensor<1x2x2x3xi8>
  return %y : tensor<1x2x2x3xi8>
}

func.func @main() {
  %x = arith.constant dense<[[[[12, -7], [100, 3], [-128, 45]], [[-1, 60], [27, -90], [5, 5]], [[127, -128], [-64, 64], [33, -17]]]]> : tensor<1x3x3x2xi8>
  %y = call @conv(%x) : (tensor<1x3x3x2xi8>) -> tensor<1x2x2x3xi8>
  %w = arith.extsi %y : tensor<1x2x2x3xi8> to tensor<1x2x2x3xi32>
  %flat = tensor.collapse_shape %w [[0, 1, 2, 3]] : tensor<1x2x2x3xi32> into tensor<12xi32>
  %u = tensor.cast %flat : tensor<12xi32> to tensor<*xi32>
  call @printMemrefI32(%u) : (tensor<*xi32>) -> ()
  return
}
func.func private @printMemrefI32(tensor<*xi32>) attributes {llvm.emit_c_interface}
