// RUN: prune-opt %s --split-input-file --prune-int8-layers-in-f32 | FileCheck %s

// An int8 convolution whose bound holds (input zero point 5, so
// |x - zp| <= 133; 1000 + 133 * 140 < 2^24): the input to f32 minus the
// zero point, one f32 convolution with the filter and bias as f32
// constants (its padding pads x - zp with zeros), the result back to i32.
// CHECK-LABEL: func.func @exact(
// CHECK-SAME:    %[[X:.*]]: tensor<?x3x3x2xi8>
// CHECK:         %[[XF:.*]] = tosa.cast %[[X]] : (tensor<?x3x3x2xi8>) -> tensor<?x3x3x2xf32>
// CHECK:         %[[ZP:.*]] = "tosa.const"() <{values = dense<5.000000e+00> : tensor<1x1x1x1xf32>}>
// CHECK:         %[[C:.*]] = tosa.sub %[[XF]], %[[ZP]]
// CHECK:         %[[W:.*]] = "tosa.const"() <{values = dense<{{\[\[\[\[}}1.000000e+00, 2.000000e+00], [-3.000000e+00, 4.000000e+00]]], {{\[\[\[}}-1.270000e+02, 0.000000e+00], [5.000000e+00, 6.000000e+00]]]]> : tensor<2x1x2x2xf32>}>
// CHECK:         %[[B:.*]] = "tosa.const"() <{values = dense<[1.000000e+03, -7.000000e+00]> : tensor<2xf32>}>
// CHECK:         %[[Y:.*]] = tosa.conv2d %[[C]], %[[W]], %[[B]], {{.*}} {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 1, 0>, stride = array<i64: 1, 2>}
// CHECK-SAME:      -> tensor<?x3x2x2xf32>
// CHECK:         %[[I:.*]] = tosa.cast %[[Y]] : (tensor<?x3x2x2xf32>) -> tensor<?x3x2x2xi32>
// CHECK:         return %[[I]]
func.func @exact(%x: tensor<?x3x3x2xi8>) -> tensor<?x3x2x2xi32> {
  %w = "tosa.const"() <{values = dense<[[[[1, 2], [-3, 4]]], [[[-127, 0], [5, 6]]]]> : tensor<2x1x2x2xi8>}> : () -> tensor<2x1x2x2xi8>
  %b = "tosa.const"() <{values = dense<[1000, -7]> : tensor<2xi32>}> : () -> tensor<2xi32>
  %izp = "tosa.const"() <{values = dense<5> : tensor<1xi8>}> : () -> tensor<1xi8>
  %wzp = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %acc = tosa.conv2d %x, %w, %b, %izp, %wzp {acc_type = i32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 1, 0>, stride = array<i64: 1, 2>} : (tensor<?x3x3x2xi8>, tensor<2x1x2x2xi8>, tensor<2xi32>, tensor<1xi8>, tensor<1xi8>) -> tensor<?x3x2x2xi32>
  return %acc : tensor<?x3x2x2xi32>
}

// -----

// The bound fails for all 4 channels (16720000 + 128 * 4 * 127 > 2^24) and
// holds for 2 (zero point 0: no subtraction): two chunks of channels, each
// an f32 convolution read from a slice, the bias in the first, added in i32.
// CHECK-LABEL: func.func @chunked(
// CHECK:         %[[XF:.*]] = tosa.cast {{.*}} -> tensor<1x2x2x4xf32>
// CHECK-NOT:     tosa.sub
// CHECK:         %[[S0:.*]] = tosa.slice %[[XF]], {{.*}} -> tensor<1x2x2x2xf32>
// CHECK:         %[[B0:.*]] = "tosa.const"() <{values = dense<1.672000e+07> : tensor<1xf32>}>
// CHECK:         %[[Y0:.*]] = tosa.conv2d %[[S0]], {{.*}}, %[[B0]]
// CHECK:         %[[I0:.*]] = tosa.cast %[[Y0]] {{.*}} -> tensor<1x2x2x1xi32>
// CHECK:         %[[S1:.*]] = tosa.slice %[[XF]], {{.*}} -> tensor<1x2x2x2xf32>
// CHECK:         %[[B1:.*]] = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}>
// CHECK:         %[[Y1:.*]] = tosa.conv2d %[[S1]], {{.*}}, %[[B1]]
// CHECK:         %[[I1:.*]] = tosa.cast %[[Y1]] {{.*}} -> tensor<1x2x2x1xi32>
// CHECK:         tosa.add %[[I0]], %[[I1]] : {{.*}} -> tensor<1x2x2x1xi32>
func.func @chunked(%x: tensor<1x2x2x4xi8>) -> tensor<1x2x2x1xi32> {
  %w = "tosa.const"() <{values = dense<127> : tensor<1x1x1x4xi8>}> : () -> tensor<1x1x1x4xi8>
  %b = "tosa.const"() <{values = dense<16720000> : tensor<1xi32>}> : () -> tensor<1xi32>
  %zp = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %acc = tosa.conv2d %x, %w, %b, %zp, %zp {acc_type = i32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x2x2x4xi8>, tensor<1x1x1x4xi8>, tensor<1xi32>, tensor<1xi8>, tensor<1xi8>) -> tensor<1x2x2x1xi32>
  return %acc : tensor<1x2x2x1xi32>
}

// -----

// Left alone: a bias whose magnitude alone reaches 2^24; a filter zero point
// other than 0; a filter that is not a constant; a float convolution.
// CHECK-LABEL: func.func @left(
// CHECK-COUNT-3: tosa.conv2d {{.*}} -> tensor<1x2x2x1xi32>
// CHECK:         tosa.conv2d {{.*}} -> tensor<1x2x2x1xf32>
// CHECK-NOT:     tosa.cast
func.func @left(%x: tensor<1x2x2x4xi8>, %wa: tensor<1x1x1x4xi8>, %xf: tensor<1x2x2x4xf32>) -> (tensor<1x2x2x1xi32>, tensor<1x2x2x1xi32>, tensor<1x2x2x1xi32>, tensor<1x2x2x1xf32>) {
  %w = "tosa.const"() <{values = dense<1> : tensor<1x1x1x4xi8>}> : () -> tensor<1x1x1x4xi8>
  %big = "tosa.const"() <{values = dense<16777216> : tensor<1xi32>}> : () -> tensor<1xi32>
  %b = "tosa.const"() <{values = dense<0> : tensor<1xi32>}> : () -> tensor<1xi32>
  %zp = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %wzp = "tosa.const"() <{values = dense<3> : tensor<1xi8>}> : () -> tensor<1xi8>
  %0 = tosa.conv2d %x, %w, %big, %zp, %zp {acc_type = i32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x2x2x4xi8>, tensor<1x1x1x4xi8>, tensor<1xi32>, tensor<1xi8>, tensor<1xi8>) -> tensor<1x2x2x1xi32>
  %1 = tosa.conv2d %x, %w, %b, %zp, %wzp {acc_type = i32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x2x2x4xi8>, tensor<1x1x1x4xi8>, tensor<1xi32>, tensor<1xi8>, tensor<1xi8>) -> tensor<1x2x2x1xi32>
  %2 = tosa.conv2d %x, %wa, %b, %zp, %zp {acc_type = i32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x2x2x4xi8>, tensor<1x1x1x4xi8>, tensor<1xi32>, tensor<1xi8>, tensor<1xi8>) -> tensor<1x2x2x1xi32>
  %wf = "tosa.const"() <{values = dense<1.0> : tensor<1x1x1x4xf32>}> : () -> tensor<1x1x1x4xf32>
  %bf = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %zf = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %3 = tosa.conv2d %xf, %wf, %bf, %zf, %zf {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x2x2x4xf32>, tensor<1x1x1x4xf32>, tensor<1xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x2x2x1xf32>
  return %0, %1, %2, %3 : tensor<1x2x2x1xi32>, tensor<1x2x2x1xi32>, tensor<1x2x2x1xi32>, tensor<1x2x2x1xf32>
}

// -----

// An int8 matmul with a constant B (zero point 0; a 2-D weight reshaped to
// [1, K, N], as prune-import-onnx writes a Gemm's): A to f32 minus its zero
// point (-3), an f32 matmul with B as an f32 constant, back to i32.
// CHECK-LABEL: func.func @matmul(
// CHECK-SAME:    %[[A:.*]]: tensor<1x?x3xi8>
// CHECK:         %[[AF:.*]] = tosa.cast %[[A]] : (tensor<1x?x3xi8>) -> tensor<1x?x3xf32>
// CHECK:         %[[ZP:.*]] = "tosa.const"() <{values = dense<-3.000000e+00> : tensor<1x1x1xf32>}>
// CHECK:         %[[C:.*]] = tosa.sub %[[AF]], %[[ZP]]
// CHECK:         %[[B:.*]] = "tosa.const"() <{values = dense<{{\[\[\[}}1.000000e+00, -2.000000e+00], [3.000000e+00, 4.000000e+00], [-1.270000e+02, 5.000000e+00]]]> : tensor<1x3x2xf32>}>
// CHECK:         %[[Y:.*]] = tosa.matmul %[[C]], %[[B]], {{.*}} -> tensor<1x?x2xf32>
// CHECK:         tosa.cast %[[Y]] : (tensor<1x?x2xf32>) -> tensor<1x?x2xi32>
func.func @matmul(%a: tensor<1x?x3xi8>) -> tensor<1x?x2xi32> {
  %w = "tosa.const"() <{values = dense<[[1, -2], [3, 4], [-127, 5]]> : tensor<3x2xi8>}> : () -> tensor<3x2xi8>
  %shape = tosa.const_shape {values = dense<[1, 3, 2]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %b = tosa.reshape %w, %shape : (tensor<3x2xi8>, !tosa.shape<3>) -> tensor<1x3x2xi8>
  %azp = "tosa.const"() <{values = dense<-3> : tensor<1xi8>}> : () -> tensor<1xi8>
  %bzp = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %y = tosa.matmul %a, %b, %azp, %bzp : (tensor<1x?x3xi8>, tensor<1x3x2xi8>, tensor<1xi8>, tensor<1xi8>) -> tensor<1x?x2xi32>
  return %y : tensor<1x?x2xi32>
}

// -----

// K = 1040 columns of 127 with zero point 0: 128 * 127 * 1040 > 2^24, so K
// goes in two chunks of 520 (8.45e6 each), A and B sliced alike.
// CHECK-LABEL: func.func @matmul_chunked(
// CHECK:         %[[AF:.*]] = tosa.cast {{.*}} -> tensor<1x4x1040xf32>
// CHECK:         %[[A0:.*]] = tosa.slice %[[AF]], {{.*}} -> tensor<1x4x520xf32>
// CHECK:         %[[B0:.*]] = "tosa.const"() <{values = dense<1.270000e+02> : tensor<1x520x2xf32>}>
// CHECK:         %[[Y0:.*]] = tosa.matmul %[[A0]], %[[B0]]
// CHECK:         %[[I0:.*]] = tosa.cast %[[Y0]] {{.*}} -> tensor<1x4x2xi32>
// CHECK:         %[[A1:.*]] = tosa.slice %[[AF]], {{.*}} -> tensor<1x4x520xf32>
// CHECK:         %[[Y1:.*]] = tosa.matmul %[[A1]]
// CHECK:         %[[I1:.*]] = tosa.cast %[[Y1]] {{.*}} -> tensor<1x4x2xi32>
// CHECK:         tosa.add %[[I0]], %[[I1]]
func.func @matmul_chunked(%a: tensor<1x4x1040xi8>) -> tensor<1x4x2xi32> {
  %b = "tosa.const"() <{values = dense<127> : tensor<1x1040x2xi8>}> : () -> tensor<1x1040x2xi8>
  %zp = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %y = tosa.matmul %a, %b, %zp, %zp : (tensor<1x4x1040xi8>, tensor<1x1040x2xi8>, tensor<1xi8>, tensor<1xi8>) -> tensor<1x4x2xi32>
  return %y : tensor<1x4x2xi32>
}

// -----

// Left alone: a B that is not a constant (attention's products of
// activations), a B zero point other than 0.
// CHECK-LABEL: func.func @matmul_left(
// CHECK-COUNT-2: tosa.matmul {{.*}} -> tensor<1x4x2xi32>
// CHECK-NOT:     tosa.cast
func.func @matmul_left(%a: tensor<1x4x3xi8>, %bv: tensor<1x3x2xi8>) -> (tensor<1x4x2xi32>, tensor<1x4x2xi32>) {
  %b = "tosa.const"() <{values = dense<1> : tensor<1x3x2xi8>}> : () -> tensor<1x3x2xi8>
  %zp = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %bzp = "tosa.const"() <{values = dense<2> : tensor<1xi8>}> : () -> tensor<1xi8>
  %0 = tosa.matmul %a, %bv, %zp, %zp : (tensor<1x4x3xi8>, tensor<1x3x2xi8>, tensor<1xi8>, tensor<1xi8>) -> tensor<1x4x2xi32>
  %1 = tosa.matmul %a, %b, %zp, %bzp : (tensor<1x4x3xi8>, tensor<1x3x2xi8>, tensor<1xi8>, tensor<1xi8>) -> tensor<1x4x2xi32>
  return %0, %1 : tensor<1x4x2xi32>, tensor<1x4x2xi32>
}
