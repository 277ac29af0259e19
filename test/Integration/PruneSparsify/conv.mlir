// A tosa.conv2d layer (what torch-mlir emits for nn.Conv2d) lowered by
// tosa-to-linalg-pipeline to linalg.conv_2d_nhwc_fhwc: prune-sparsify packs the
// [F, KH, KW, C] filter as CSR over input channels and the sparsifier
// generates the sparse convolution. Dense and sparse builds must print the
// same (exact, integer-valued) numbers, which numpy computed.
//
// DEFINE: %{format} = dense
// DEFINE: %{run} = prune-opt %s --tosa-to-linalg-pipeline \
// DEFINE:   --prune-sparsify="format=%{format}" --tosa-to-arith \
// DEFINE:   --sparsifier="enable-runtime-library=false" \
// DEFINE: | mlir-runner -e main -entry-point-result=void \
// DEFINE:   -shared-libs=%mlir_runner_libs \
// DEFINE: | FileCheck %s
//
// RUN: %{run}
// REDEFINE: %{format} = csr
// RUN: %{run}
// REDEFINE: %{format} = auto
// RUN: %{run}
// The filter really is packed (and bsr / nm leave it dense, saying why).
// RUN: prune-opt %s --tosa-to-linalg-pipeline --prune-sparsify="format=csr" \
// RUN: | FileCheck %s --check-prefix=IR
// RUN: prune-opt %s --tosa-to-linalg-pipeline --prune-sparsify="format=bsr" \
// RUN:   --remarks-filter=prune-sparsify 2>&1 | FileCheck %s --check-prefix=BSR

// IR: #[[ENC:.*]] = #sparse_tensor.encoding<{{[{]}} map = (d0, d1, d2, d3) -> (d0 : dense, d1 : dense, d2 : dense, d3 : compressed)
// IR: sparse_tensor.assemble {{.*}} to tensor<4x3x3x3xf32, #[[ENC]]>
// IR: linalg.conv_2d_nhwc_fhwc {{.*}} ins(%{{.*}}, %{{.*}} : tensor<1x6x6x3xf32>, tensor<4x3x3x3xf32, #[[ENC]]>)
// BSR: left dense: format=bsr cannot hold it: convolution filters are packed as CSR over input channels only

func.func @conv(%x: tensor<1x6x6x3xf32>) -> tensor<1x4x4x4xf32> {
  %w = "tosa.const"() <{values = dense<[[[[0.0, 1.0, 0.0], [0.0, 0.0, 0.0], [0.0, -0.0, -0.0]], [[-1.0, -0.0, 3.0], [0.0, -3.0, 0.0], [2.0, -0.0, 0.0]], [[-0.0, 0.0, 2.0], [-0.0, -0.0, -0.0], [0.0, -2.0, 3.0]]], [[[0.0, 0.0, 0.0], [0.0, 0.0, 0.0], [0.0, 0.0, 2.0]], [[1.0, 0.0, -0.0], [0.0, 0.0, -0.0], [2.0, -0.0, 3.0]], [[1.0, -0.0, -0.0], [0.0, -0.0, -0.0], [0.0, 0.0, 0.0]]], [[[0.0, 0.0, 0.0], [0.0, 0.0, 0.0], [-2.0, 0.0, -0.0]], [[-2.0, 0.0, -0.0], [-3.0, -0.0, 0.0], [0.0, 0.0, -2.0]], [[2.0, -0.0, 0.0], [-0.0, 0.0, 0.0], [0.0, -2.0, 0.0]]], [[[-0.0, 0.0, 0.0], [-0.0, 0.0, 0.0], [0.0, 0.0, 0.0]], [[-0.0, 0.0, 0.0], [-0.0, -0.0, 0.0], [2.0, 0.0, 0.0]], [[0.0, 0.0, -0.0], [0.0, 0.0, -3.0], [-3.0, 1.0, -0.0]]]]> : tensor<4x3x3x3xf32>}> : () -> tensor<4x3x3x3xf32>
  %b = "tosa.const"() <{values = dense<0.5> : tensor<4xf32>}> : () -> tensor<4xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %y = tosa.conv2d %x, %w, %b, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x6x6x3xf32>, tensor<4x3x3x3xf32>, tensor<4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x4xf32>
  return %y : tensor<1x4x4x4xf32>
}

func.func @main() {
  %c0 = arith.constant 0 : index
  %pad = arith.constant 0.0 : f32
  %x = arith.constant dense<[[[[2.0, 2.0, 0.0], [-2.0, 1.0, 1.0], [2.0, 0.0, -2.0], [0.0, 0.0, 1.0], [-1.0, -1.0, -2.0], [2.0, 1.0, 0.0]], [[-1.0, 1.0, 0.0], [1.0, -2.0, -2.0], [1.0, -2.0, 1.0], [0.0, -2.0, 1.0], [1.0, 2.0, 2.0], [1.0, 2.0, -2.0]], [[2.0, 2.0, 1.0], [2.0, 1.0, 2.0], [2.0, 0.0, 2.0], [2.0, -1.0, -2.0], [-2.0, -2.0, 0.0], [-2.0, -1.0, -1.0]], [[1.0, -1.0, 2.0], [-2.0, 2.0, 0.0], [-1.0, -2.0, -1.0], [0.0, -2.0, -2.0], [-2.0, 1.0, -2.0], [-2.0, 0.0, -1.0]], [[0.0, 2.0, 2.0], [0.0, 1.0, 2.0], [0.0, 1.0, -1.0], [1.0, -1.0, -2.0], [1.0, 0.0, -1.0], [-2.0, -1.0, 2.0]], [[0.0, 2.0, 2.0], [2.0, -2.0, -2.0], [0.0, -1.0, 2.0], [-1.0, -2.0, -2.0], [-1.0, 1.0, -2.0], [1.0, -1.0, -1.0]]]]> : tensor<1x6x6x3xf32>
  %y = call @conv(%x) : (tensor<1x6x6x3xf32>) -> tensor<1x4x4x4xf32>
  %v = vector.transfer_read %y[%c0, %c0, %c0, %c0], %pad : tensor<1x4x4x4xf32>, vector<4x4x4xf32>
  // CHECK: ( ( ( 19.5, 2.5, -2.5, -9.5 ), ( 0.5, 8.5, -0.5, -12.5 ), ( 18.5, 7.5, 4.5, 12.5 ), ( -5.5, -1.5, 3.5, 7.5 ) ), ( ( 8.5, 15.5, -9.5, 5.5 ), ( 4.5, 0.5, -5.5, 5.5 ), ( -8.5, 1.5, -15.5, 9.5 ), ( -14.5, -8.5, 2.5, 8.5 ) ), ( ( -1.5, 0.5, 0.5, -6.5 ), ( 9.5, -11.5, 9.5, -0.5 ), ( -4.5, -10.5, 10.5, -0.5 ), ( -9.5, -7.5, 16.5, 4.5 ) ), ( ( 14.5, -4.5, 6.5, 5.5 ), ( 1.5, -5.5, 12.5, -2.5 ), ( -3.5, -4.5, 1.5, 12.5 ), ( -17.5, 0.5, -4.5, -1.5 ) ) )
  vector.print %v : vector<4x4x4xf32>
  return
}
