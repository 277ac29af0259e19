// Input that upstream's TOSA lowering crashes on (MLIR 22: segmentation
// faults in tosa-optional-decompositions, tosa-infer-shapes and
// tosa-to-linalg) is rejected before any lowering runs, at the op that
// carries it, and nothing is printed. The IR is written the way converters
// write it: TFLite-to-TOSA (tf-mlir-translate's legalize-tfl in its older,
// quantized-type form) for the quantized convolution; ONNX and TFLite
// exporters with dynamic-rank inputs for the unranked ones.
//
// RUN: prune-opt %s --split-input-file --prune-compile --verify-diagnostics | FileCheck %s
// RUN: not prune-opt %s --split-input-file --prune-compile 2>/dev/null | FileCheck %s --check-prefix=STDOUT

// The four rejected splits print nothing but the split marker; the first
// module printed is the last split's, which compiles.
// STDOUT-COUNT-4: {{^}}// {{-----$}}
// STDOUT-NEXT: {{^}}module {
// STDOUT: llvm.func @ranked_by_inference

// Quantized element types: the convolution's input, and the filter constant.
func.func @quantized_conv(%x: tensor<1x8x8x3x!quant.uniform<i8:f32, 0.015:-1>>) -> tensor<1x8x8x4xi32> {
  // expected-error @below {{'tosa.const' op result #0 has quantized element type 'tensor<4x1x1x3x!quant.uniform<i8<-127:127>:f32, 1.000000e-02>>', which prune-compile cannot lower: the TOSA lowering takes the storage type (e.g. i8) with explicit zero points and tosa.rescale}}
  %w = "tosa.const"() <{values = dense<1> : tensor<4x1x1x3xi8>}> : () -> tensor<4x1x1x3x!quant.uniform<i8<-127:127>:f32, 0.01>>
  %b = "tosa.const"() <{values = dense<0> : tensor<4xi32>}> : () -> tensor<4xi32>
  %izp = "tosa.const"() <{values = dense<-1> : tensor<1xi8>}> : () -> tensor<1xi8>
  %wzp = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  // expected-error @below {{'tosa.conv2d' op operand #0 has quantized element type 'tensor<1x8x8x3x!quant.uniform<i8:f32, 1.500000e-02:-1>>', which prune-compile cannot lower}}
  %y = tosa.conv2d %x, %w, %b, %izp, %wzp {acc_type = i32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x3x!quant.uniform<i8:f32, 0.015:-1>>, tensor<4x1x1x3x!quant.uniform<i8<-127:127>:f32, 0.01>>, tensor<4xi32>, tensor<1xi8>, tensor<1xi8>) -> tensor<1x8x8x4xi32>
  return %y : tensor<1x8x8x4xi32>
}

// -----

// An unranked input to tosa.transpose_conv2d (a deconvolution layer).
func.func @unranked_transpose_conv(%x: tensor<*xf32>) -> tensor<1x8x8x4xf32> {
  %w = "tosa.const"() <{values = dense<1.0> : tensor<4x1x1x3xf32>}> : () -> tensor<4x1x1x3xf32>
  %b = "tosa.const"() <{values = dense<0.0> : tensor<4xf32>}> : () -> tensor<4xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  // expected-error @below {{'tosa.transpose_conv2d' op operand #0 is unranked ('tensor<*xf32>') and shape inference cannot rank it: it comes from argument #0 of @unranked_transpose_conv; upstream's TOSA lowering needs ranked tensors, give it a ranked type}}
  %y = tosa.transpose_conv2d %x, %w, %b, %zp, %zp {acc_type = f32, out_pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<*xf32>, tensor<4x1x1x3xf32>, tensor<4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x4xf32>
  return %y : tensor<1x8x8x4xf32>
}

// -----

// An unranked tosa.resize (an upsampling layer); the unranked value passes
// through an op shape inference would rank if its own input had a rank.
func.func @unranked_resize(%x: tensor<*xf32>) -> tensor<*xf32> {
  %scale = tosa.const_shape {values = dense<[4, 2, 4, 2]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %offset = tosa.const_shape {values = dense<0> : tensor<2xindex>} : () -> !tosa.shape<2>
  %border = tosa.const_shape {values = dense<0> : tensor<2xindex>} : () -> !tosa.shape<2>
  // expected-error @below {{'tosa.exp' op operand #0 is unranked ('tensor<*xf32>') and shape inference cannot rank it: it comes from argument #0 of @unranked_resize}}
  %e = tosa.exp %x : (tensor<*xf32>) -> tensor<*xf32>
  // expected-error @below {{'tosa.resize' op operand #0 is unranked ('tensor<*xf32>') and shape inference cannot rank it: it comes from argument #0 of @unranked_resize}}
  %y = tosa.resize %e, %scale, %offset, %border {mode = BILINEAR} : (tensor<*xf32>, !tosa.shape<4>, !tosa.shape<2>, !tosa.shape<2>) -> tensor<*xf32>
  return %y : tensor<*xf32>
}

// -----

// An unranked value that comes from a non-TOSA op has no rank to infer.
func.func @unranked_from_cast(%x: tensor<2x3xf32>) -> tensor<*xf32> {
  %u = tensor.cast %x : tensor<2x3xf32> to tensor<*xf32>
  // expected-error @below {{'tosa.clamp' op operand #0 is unranked ('tensor<*xf32>') and shape inference cannot rank it: it comes from the result of 'tensor.cast'}}
  %y = tosa.clamp %u {min_val = 0.0 : f32, max_val = 6.0 : f32} : (tensor<*xf32>) -> tensor<*xf32>
  return %y : tensor<*xf32>
}

// -----

// Left alone: unranked results that shape inference ranks from ranked
// operands (as TFLite-to-TOSA writes them), unranked tensors outside TOSA
// (the argument of a print function), and tosa.identity, which folds away.
// CHECK-LABEL: llvm.func @ranked_by_inference
func.func @ranked_by_inference(%x: tensor<2x3xf32>) -> tensor<*xf32> {
  %e = tosa.exp %x : (tensor<2x3xf32>) -> tensor<*xf32>
  %y = tosa.clamp %e {min_val = 0.0 : f32, max_val = 6.0 : f32} : (tensor<*xf32>) -> tensor<*xf32>
  return %y : tensor<*xf32>
}

// CHECK-LABEL: llvm.func @print_unranked
func.func @print_unranked(%x: tensor<2x3xf32>) {
  %u = tensor.cast %x : tensor<2x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}
func.func private @printMemrefF32(tensor<*xf32>) attributes {llvm.emit_c_interface}

// CHECK-LABEL: llvm.func @identity
func.func @identity(%x: tensor<*xf32>) -> tensor<*xf32> {
  %y = tosa.identity %x : (tensor<*xf32>) -> tensor<*xf32>
  return %y : tensor<*xf32>
}
