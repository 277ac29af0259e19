// prune-sparsify{format=csr}: every 2-D weight of a linalg consumer becomes a
// compile-time packed CSR tensor [out, in] read by a linalg.generic; the
// dense constant and its layout ops are gone. Consumers it cannot rewrite stay
// as they are, with a remark saying why.
// RUN: prune-opt %s --split-input-file --prune-sparsify="format=csr" \
// RUN:   --remarks-filter=prune-sparsify -verify-diagnostics | FileCheck %s

// CHECK-DAG: #[[CSR8:.*]] = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : dense, d1 : compressed), posWidth = 8, crdWidth = 8 }>
// CHECK-DAG: #[[X:.*]] = affine_map<(d0, d1, d2) -> (d0, d2)>
// CHECK-DAG: #[[W:.*]] = affine_map<(d0, d1, d2) -> (d1, d2)>
// CHECK-DAG: #[[Y:.*]] = affine_map<(d0, d1, d2) -> (d0, d1)>
// CHECK-LABEL: func.func @matmul_rhs
// CHECK-DAG: %[[POS:.*]] = arith.constant dense<[0, 2, 2, 3]> : tensor<4xi8>
// CHECK-DAG: %[[CRD:.*]] = arith.constant dense<[0, 3, 1]> : tensor<3xi8>
// CHECK-DAG: %[[VAL:.*]] = arith.constant dense<[1.000000e+00, 2.000000e+00, 3.000000e+00]> : tensor<3xf32>
// CHECK: %[[S:.*]] = sparse_tensor.assemble (%[[POS]], %[[CRD]]), %[[VAL]]
// CHECK-SAME: to tensor<3x4xf32, #[[CSR8]]>
// CHECK: linalg.generic {indexing_maps = [#[[X]], #[[W]], #[[Y]]], iterator_types = ["parallel", "parallel", "reduction"]}
// CHECK-SAME: ins(%{{.*}}, %[[S]] : tensor<2x4xf32>, tensor<3x4xf32, #[[CSR8]]>)
// CHECK: arith.mulf
// CHECK: arith.addf
// CHECK-NOT: linalg.matmul
// CHECK-NOT: tensor<4x3xf32>
func.func @matmul_rhs(%x: tensor<2x4xf32>) -> tensor<2x3xf32> {
  %w = arith.constant dense<[[1.0, 0.0, 0.0], [0.0, 0.0, 3.0],
                             [0.0, 0.0, 0.0], [2.0, 0.0, 0.0]]> : tensor<4x3xf32>
  %init = arith.constant dense<0.0> : tensor<2x3xf32>
  // expected-remark @below {{layer 'matmul_rhs#0' -> csr, 48 -> 19 bytes (pos i8, crd i8): format=csr requested (75.0% sparse)}}
  %y = linalg.matmul ins(%x, %w : tensor<2x4xf32>, tensor<4x3xf32>)
                     outs(%init : tensor<2x3xf32>) -> tensor<2x3xf32>
  return %y : tensor<2x3xf32>
}

// -----

// The weight as the A operand: rows are A's rows.
// CHECK-DAG: #[[W:.*]] = affine_map<(d0, d1, d2) -> (d0, d2)>
// CHECK-LABEL: func.func @matmul_lhs
// CHECK-DAG: arith.constant dense<[0, 1, 1, 3]> : tensor<4xi8>
// CHECK-DAG: arith.constant dense<[1, 0, 3]> : tensor<3xi8>
// CHECK-DAG: arith.constant dense<[5.000000e+00, 6.000000e+00, 7.000000e+00]> : tensor<3xf32>
// CHECK: linalg.generic {indexing_maps = [#[[W]],
func.func @matmul_lhs(%x: tensor<4x2xf32>) -> tensor<3x2xf32> {
  %w = arith.constant dense<[[0.0, 5.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0],
                             [6.0, 0.0, 0.0, 7.0]]> : tensor<3x4xf32>
  %init = arith.constant dense<0.0> : tensor<3x2xf32>
  // expected-remark @below {{-> csr}}
  %y = linalg.matmul ins(%w, %x : tensor<3x4xf32>, tensor<4x2xf32>)
                     outs(%init : tensor<3x2xf32>) -> tensor<3x2xf32>
  return %y : tensor<3x2xf32>
}

// -----

// torch-mlir's Linear after tosa-to-linalg: [out, in] constant, transposed,
// expanded to [1, in, out], batch_matmul. The packed weight is 2-D [out, in]
// (the unit batch dimension is dropped) and the transpose is gone.
// CHECK-DAG: #[[W:.*]] = affine_map<(d0, d1, d2, d3) -> (d2, d3)>
// CHECK-LABEL: func.func @tosa_linear
// CHECK-NOT: linalg.transpose
// CHECK-DAG: arith.constant dense<[0, 1, 1, 2]> : tensor<4xi8>
// CHECK-DAG: arith.constant dense<[2, 0]> : tensor<2xi8>
// CHECK: sparse_tensor.assemble {{.*}} to tensor<3x4xf32, #{{.*}}>
// CHECK: linalg.generic {indexing_maps = [#{{.*}}, #[[W]], #{{.*}}], iterator_types = ["parallel", "parallel", "parallel", "reduction"]}
// CHECK-SAME: outs(%{{.*}} : tensor<1x?x3xf32>)
// CHECK-NOT: linalg.batch_matmul
// CHECK-NOT: linalg.transpose
func.func @tosa_linear(%x: tensor<1x?x4xf32>) -> tensor<1x?x3xf32> {
  %c1 = arith.constant 1 : index
  %w = arith.constant dense<[[0.0, 0.0, 1.0, 0.0], [0.0, 0.0, 0.0, 0.0],
                             [2.0, 0.0, 0.0, 0.0]]> : tensor<3x4xf32>
  %te = tensor.empty() : tensor<4x3xf32>
  %wt = linalg.transpose ins(%w : tensor<3x4xf32>) outs(%te : tensor<4x3xf32>) permutation = [1, 0]
  %w3 = tensor.expand_shape %wt [[0, 1], [2]] output_shape [1, 4, 3] : tensor<4x3xf32> into tensor<1x4x3xf32>
  %n = tensor.dim %x, %c1 : tensor<1x?x4xf32>
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty(%n) : tensor<1x?x3xf32>
  %init = linalg.fill ins(%zero : f32) outs(%e : tensor<1x?x3xf32>) -> tensor<1x?x3xf32>
  // expected-remark @below {{-> csr}}
  %y = linalg.batch_matmul ins(%x, %w3 : tensor<1x?x4xf32>, tensor<1x4x3xf32>)
                           outs(%init : tensor<1x?x3xf32>) -> tensor<1x?x3xf32>
  return %y : tensor<1x?x3xf32>
}

// -----

// Index widths follow the shape: 600 nonzeros need 16-bit positions, column
// 299 needs 16-bit coordinates.
// CHECK-DAG: #[[CSR16:.*]] = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : dense, d1 : compressed), posWidth = 16, crdWidth = 16 }>
// CHECK-LABEL: func.func @widths
// CHECK: sparse_tensor.assemble {{.*}} : (tensor<3xi16>, tensor<600xi16>), tensor<600xf32> to tensor<2x300xf32, #[[CSR16]]>
func.func @widths(%x: tensor<300xf32>) -> tensor<2xf32> {
  %w = arith.constant dense<1.0> : tensor<2x300xf32>
  %init = arith.constant dense<0.0> : tensor<2xf32>
  // expected-remark @below {{-> csr, 2400 -> 3606 bytes (pos i16, crd i16)}}
  %y = linalg.matvec ins(%w, %x : tensor<2x300xf32>, tensor<300xf32>)
                     outs(%init : tensor<2xf32>) -> tensor<2xf32>
  return %y : tensor<2xf32>
}

// -----

// Negative: a TOSA consumer is left alone (lower it to linalg first).
// CHECK-LABEL: func.func @tosa_matmul
// CHECK: tosa.matmul
// CHECK-NOT: sparse_tensor
func.func @tosa_matmul(%x: tensor<1x2x4xf32>) -> tensor<1x2x3xf32> {
  %w = "tosa.const"() <{values = dense<0.0> : tensor<1x4x3xf32>}> : () -> tensor<1x4x3xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  // expected-remark @below {{left dense: its consumer 'tosa.matmul' is not a linalg op (lower TOSA first: tosa-to-linalg-pipeline)}}
  // expected-warning @below {{prune-sparsify: format=csr not applied to layer 'tosa_matmul#0', which stays dense}}
  %y = tosa.matmul %x, %w, %zp, %zp : (tensor<1x2x4xf32>, tensor<1x4x3xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x2x3xf32>
  return %y : tensor<1x2x3xf32>
}

// -----

// A convolution filter [F, KH, KW, C] keeps its shape and the conv op: CSR
// over input channels (rows = (f, kh, kw), 4 * 2 * 2 = 16 of them).
// CHECK-DAG: #[[F:.*]] = #sparse_tensor.encoding<{ map = (d0, d1, d2, d3) -> (d0 : dense, d1 : dense, d2 : dense, d3 : compressed), posWidth = 8, crdWidth = 8 }>
// CHECK-LABEL: func.func @conv_fhwc
// CHECK-DAG: %[[POS:.*]] = arith.constant dense<[0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3]> : tensor<17xi8>
// CHECK-DAG: %[[CRD:.*]] = arith.constant dense<[1, 0, 1]> : tensor<3xi8>
// CHECK-DAG: %[[VAL:.*]] = arith.constant dense<[1.000000e+00, 2.000000e+00, 3.000000e+00]> : tensor<3xf32>
// CHECK: %[[S:.*]] = sparse_tensor.assemble (%[[POS]], %[[CRD]]), %[[VAL]]
// CHECK-SAME: to tensor<4x2x2x2xf32, #[[F]]>
// CHECK: linalg.conv_2d_nhwc_fhwc
// CHECK-SAME: ins(%{{.*}}, %[[S]] : tensor<1x5x5x2xf32>, tensor<4x2x2x2xf32, #[[F]]>)
func.func @conv_fhwc(%x: tensor<1x5x5x2xf32>) -> tensor<1x4x4x4xf32> {
  %w = arith.constant dense<[[[[0.0, 1.0], [0.0, 0.0]], [[0.0, 0.0], [0.0, 0.0]]],
                             [[[0.0, 0.0], [0.0, 0.0]], [[0.0, 0.0], [0.0, 0.0]]],
                             [[[0.0, 0.0], [0.0, 0.0]], [[0.0, 0.0], [0.0, 0.0]]],
                             [[[0.0, 0.0], [0.0, 0.0]], [[0.0, 0.0], [2.0, 3.0]]]]> : tensor<4x2x2x2xf32>
  %init = arith.constant dense<0.0> : tensor<1x4x4x4xf32>
  // expected-remark @below {{layer 'conv_fhwc#0' -> csr, 128 -> 32 bytes (pos i8, crd i8): format=csr requested (90.6% sparse)}}
  %y = linalg.conv_2d_nhwc_fhwc ins(%x, %w : tensor<1x5x5x2xf32>, tensor<4x2x2x2xf32>)
                                outs(%init : tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
  return %y : tensor<1x4x4x4xf32>
}

// -----

// Negative: a [KH, KW, C, F] filter (output channels last) is not packed.
// CHECK-LABEL: func.func @conv_hwcf
// CHECK: linalg.conv_2d_nhwc_hwcf
// CHECK-NOT: sparse_tensor
func.func @conv_hwcf(%x: tensor<1x5x5x2xf32>) -> tensor<1x3x3x4xf32> {
  %w = arith.constant dense<0.0> : tensor<3x3x2x4xf32>
  %init = arith.constant dense<0.0> : tensor<1x3x3x4xf32>
  // expected-remark @below {{left dense: its weight has 1 non-unit output and 3 non-unit input dimensions; as a filter: its filter's output dimension is not its first and only parallel dimension (e.g. conv_2d_nhwc_hwcf; use the fhwc form)}}
  // expected-warning @below {{prune-sparsify: format=csr not applied to layer 'conv_hwcf#0', which stays dense}}
  %y = linalg.conv_2d_nhwc_hwcf ins(%x, %w : tensor<1x5x5x2xf32>, tensor<3x3x2x4xf32>)
                                outs(%init : tensor<1x3x3x4xf32>) -> tensor<1x3x3x4xf32>
  return %y : tensor<1x3x3x4xf32>
}

// -----

// Negative: a constant shared by two layers stays dense for both.
// CHECK-LABEL: func.func @shared
// CHECK-COUNT-2: linalg.matmul
// CHECK-NOT: sparse_tensor
// CHECK: return
func.func @shared(%x: tensor<2x4xf32>) -> tensor<2x4xf32> {
  %w = arith.constant dense<[[1.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0],
                             [0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 2.0]]> : tensor<4x4xf32>
  %init = arith.constant dense<0.0> : tensor<2x4xf32>
  // expected-remark @below {{left dense: the constant feeds several consumers}}
  // expected-warning @below {{prune-sparsify: format=csr not applied to layer 'shared#0', which stays dense}}
  %y = linalg.matmul ins(%x, %w : tensor<2x4xf32>, tensor<4x4xf32>)
                     outs(%init : tensor<2x4xf32>) -> tensor<2x4xf32>
  %z = linalg.matmul ins(%y, %w : tensor<2x4xf32>, tensor<4x4xf32>)
                     outs(%init : tensor<2x4xf32>) -> tensor<2x4xf32>
  return %z : tensor<2x4xf32>
}

// -----

// A 1x1 convolution: its unit window loops are only sized through the
// filter, so it stays a convolution over a 4-D CSR filter rather than a
// [out, in] generic.
// CHECK-LABEL: func.func @conv_1x1
// CHECK: linalg.conv_2d_nhwc_fhwc
// CHECK-SAME: tensor<2x1x1x2xf32, #{{.*}}>
func.func @conv_1x1(%x: tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32> {
  %w = arith.constant dense<[[[[0.0, -4.0]]], [[[0.0, 3.0]]]]> : tensor<2x1x1x2xf32>
  %init = arith.constant dense<0.0> : tensor<1x2x2x2xf32>
  // expected-remark @below {{-> csr}}
  %y = linalg.conv_2d_nhwc_fhwc ins(%x, %w : tensor<1x2x2x2xf32>, tensor<2x1x1x2xf32>)
                                outs(%init : tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32>
  return %y : tensor<1x2x2x2xf32>
}

// -----

// Negative: an empty weight has nothing to pack.
// CHECK-LABEL: func.func @empty_weight
// CHECK: linalg.matmul
// CHECK-NOT: sparse_tensor
func.func @empty_weight(%x: tensor<1x0xf32>) -> tensor<1x4xf32> {
  %w = arith.constant dense<> : tensor<0x4xf32>
  %init = arith.constant dense<0.0> : tensor<1x4xf32>
  // expected-remark @below {{left dense: it has no elements}}
  // expected-warning @below {{prune-sparsify: format=csr not applied to layer 'empty_weight#0', which stays dense}}
  %y = linalg.matmul ins(%x, %w : tensor<1x0xf32>, tensor<0x4xf32>)
                     outs(%init : tensor<1x4xf32>) -> tensor<1x4xf32>
  return %y : tensor<1x4xf32>
}

// -----

// An all-zero weight stays dense: zero-sized CSR buffers do not lower on
// MLIR 22, and prune-branches is the pass that removes such a branch.
// CHECK-LABEL: func.func @all_zero
// CHECK: linalg.matmul
func.func @all_zero(%x: tensor<2x4xf32>) -> tensor<2x3xf32> {
  %w = arith.constant dense<0.0> : tensor<4x3xf32>
  %init = arith.constant dense<0.0> : tensor<2x3xf32>
  // expected-remark @below {{it has no nonzeros}}
  // expected-warning @below {{prune-sparsify: format=csr not applied to layer 'all_zero#0', which stays dense}}
  %y = linalg.matmul ins(%x, %w : tensor<2x4xf32>, tensor<4x3xf32>)
                     outs(%init : tensor<2x3xf32>) -> tensor<2x3xf32>
  return %y : tensor<2x3xf32>
}
