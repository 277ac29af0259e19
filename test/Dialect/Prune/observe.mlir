// prune.observe: a layer's input or output, its feature dimension, the
// statistics file. Round trip and verifier errors.
// RUN: prune-opt %s --split-input-file --verify-diagnostics | FileCheck %s

// CHECK-LABEL: func.func @probes
// CHECK: prune.observe input %{{.*}} layer "fc1" dim 2 to "s.stats" : tensor<1x?x64xf32>
// CHECK: prune.observe output %{{.*}} layer "fc1" dim 0 to "s.stats" : tensor<128xf64>
// CHECK: prune.observe input %{{.*}} layer "conv" dim 3 to "s.stats" {im2col = array<i64: 3, 3, 1, 1, 1, 1, 1, 1, 1, 1>} : tensor<?x8x8x2xf32>
// CHECK: prune.observe reference %{{.*}} layer "fc1" dim 2 to "s.stats" : tensor<1x?x64xf32>
// CHECK: prune.observe reference %{{.*}} layer "conv" dim 3 to "s.stats" {im2col = array<i64: 3, 3, 1, 1, 1, 1, 1, 1, 1, 1>} : tensor<?x8x8x2xf32>
func.func @probes(%x: tensor<1x?x64xf32>, %y: tensor<128xf64>, %image: tensor<?x8x8x2xf32>) {
  prune.observe input %x layer "fc1" dim 2 to "s.stats" : tensor<1x?x64xf32>
  prune.observe output %y layer "fc1" dim 0 to "s.stats" : tensor<128xf64>
  prune.observe input %image layer "conv" dim 3 to "s.stats" {im2col = array<i64: 3, 3, 1, 1, 1, 1, 1, 1, 1, 1>} : tensor<?x8x8x2xf32>
  prune.observe reference %x layer "fc1" dim 2 to "s.stats" : tensor<1x?x64xf32>
  prune.observe reference %image layer "conv" dim 3 to "s.stats" {im2col = array<i64: 3, 3, 1, 1, 1, 1, 1, 1, 1, 1>} : tensor<?x8x8x2xf32>
  return
}

// -----

// The op has side effects (the runtime's accumulators): canonicalization
// keeps it although nothing uses a result.
// RUN: prune-opt %s --split-input-file --verify-diagnostics --canonicalize \
// RUN:   | FileCheck %s --check-prefix=KEEP
// KEEP-LABEL: func.func @kept
// KEEP: prune.observe input
func.func @kept(%x: tensor<4x8xf32>) {
  prune.observe input %x layer "l" dim 1 to "s.stats" : tensor<4x8xf32>
  return
}

// -----

func.func @dim_out_of_range(%x: tensor<4x8xf32>) {
  // expected-error @below {{'prune.observe' op feature dimension 2 is out of range for a rank-2 value}}
  prune.observe input %x layer "l" dim 2 to "s.stats" : tensor<4x8xf32>
  return
}

// -----

func.func @dim_negative(%x: tensor<4x8xf32>) {
  // expected-error @below {{'prune.observe' op feature dimension -1 is out of range for a rank-2 value}}
  prune.observe input %x layer "l" dim -1 to "s.stats" : tensor<4x8xf32>
  return
}

// -----

func.func @scalar(%x: tensor<f32>) {
  // expected-error @below {{'prune.observe' op feature dimension 0 is out of range for a rank-0 value}}
  prune.observe input %x layer "l" dim 0 to "s.stats" : tensor<f32>
  return
}

// -----

func.func @no_layer(%x: tensor<4x8xf32>) {
  // expected-error @below {{'prune.observe' op needs a layer name}}
  prune.observe input %x layer "" dim 1 to "s.stats" : tensor<4x8xf32>
  return
}

// -----

func.func @no_output(%x: tensor<4x8xf32>) {
  // expected-error @below {{'prune.observe' op needs an output path for its statistics}}
  prune.observe output %x layer "l" dim 1 to "" : tensor<4x8xf32>
  return
}

// -----

func.func @integer(%x: tensor<4x8xi8>) {
  // expected-error @below {{'prune.observe' op operand #0 must be ranked tensor of 32-bit float or 64-bit float values}}
  prune.observe input %x layer "l" dim 1 to "s.stats" : tensor<4x8xi8>
  return
}

// -----

func.func @bad_role(%x: tensor<4x8xf32>) {
  // expected-error @below {{expected string or keyword containing one of the following enum values for attribute 'role' [input, output, reference]}}
  prune.observe middle %x layer "l" dim 1 to "s.stats" : tensor<4x8xf32>
  return
}

// -----

func.func @im2col_size(%x: tensor<1x8x8x2xf32>) {
  // expected-error @below {{'prune.observe' op 'im2col' needs 10 values (KH, KW, SH, SW, PT, PB, PL, PR, DH, DW), got 2}}
  prune.observe input %x layer "l" dim 3 to "s.stats" {im2col = array<i64: 3, 3>} : tensor<1x8x8x2xf32>
  return
}

// -----

func.func @im2col_not_nhwc(%x: tensor<8x2xf32>) {
  // expected-error @below {{'prune.observe' op 'im2col' observes the NHWC input of a convolution: rank 4, dim 3, role input or reference}}
  prune.observe input %x layer "l" dim 1 to "s.stats" {im2col = array<i64: 3, 3, 1, 1, 0, 0, 0, 0, 1, 1>} : tensor<8x2xf32>
  return
}

// -----

func.func @im2col_output(%x: tensor<1x8x8x2xf32>) {
  // expected-error @below {{rank 4, dim 3, role input}}
  prune.observe output %x layer "l" dim 3 to "s.stats" {im2col = array<i64: 3, 3, 1, 1, 0, 0, 0, 0, 1, 1>} : tensor<1x8x8x2xf32>
  return
}

// -----

func.func @im2col_stride(%x: tensor<1x8x8x2xf32>) {
  // expected-error @below {{'prune.observe' op 'im2col' kernel sizes, strides and dilations must be positive}}
  prune.observe input %x layer "l" dim 3 to "s.stats" {im2col = array<i64: 3, 3, 0, 1, 0, 0, 0, 0, 1, 1>} : tensor<1x8x8x2xf32>
  return
}

// -----

func.func @im2col_pad(%x: tensor<1x8x8x2xf32>) {
  // expected-error @below {{'prune.observe' op 'im2col' paddings must be non-negative}}
  prune.observe input %x layer "l" dim 3 to "s.stats" {im2col = array<i64: 3, 3, 1, 1, -1, 0, 0, 0, 1, 1>} : tensor<1x8x8x2xf32>
  return
}

// -----

func.func @im2col_output(%x: tensor<1x8x8x2xf32>) {
  // expected-error @below {{'prune.observe' op 'im2col' observes the NHWC input of a convolution: rank 4, dim 3, role input or reference}}
  prune.observe output %x layer "l" dim 3 to "s.stats" {im2col = array<i64: 3, 3, 1, 1, 0, 0, 0, 0, 1, 1>} : tensor<1x8x8x2xf32>
  return
}
