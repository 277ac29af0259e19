// prune-weights rejects bad options and patterns that do not fit a layer: a
// clear error naming the option (or the op and layer), a non-zero exit, and
// no output file and no report written. Option errors are checked on stderr;
// pattern misfits, which are errors on ops of this file, with
// -verify-diagnostics.

// Pattern misfits with strict=true: every offending layer is reported,
// nothing is pruned (without strict they are warnings: strict.mlir).
// RUN: prune-opt %s --split-input-file --verify-diagnostics \
// RUN:   --prune-weights="pattern=2:4 strict=true"

// Options. Without --split-input-file the chunks below form one module.
// RUN: not prune-opt %s --prune-weights=sparsity=1.0 2>&1 \
// RUN:   | FileCheck %s --check-prefix=SPARSITY-ONE
// SPARSITY-ONE: error: prune-weights: invalid option 'sparsity=1.000000': expected a fraction in [0, 1)

// RUN: not prune-opt %s --prune-weights=sparsity=-0.5 2>&1 \
// RUN:   | FileCheck %s --check-prefix=SPARSITY-NEGATIVE
// SPARSITY-NEGATIVE: error: prune-weights: invalid option 'sparsity=-0.500000': expected a fraction in [0, 1)

// RUN: not prune-opt %s --prune-weights=threshold=-0.5 2>&1 \
// RUN:   | FileCheck %s --check-prefix=THRESHOLD-NEGATIVE
// THRESHOLD-NEGATIVE: error: prune-weights: invalid option 'threshold=-0.500000': expected a non-negative magnitude

// RUN: not prune-opt %s --prune-weights="sparsity=0.5 threshold=0.1" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=BOTH
// BOTH: error: prune-weights: invalid option 'sparsity': give either sparsity or threshold, not both

// RUN: not prune-opt %s --prune-weights 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NEITHER
// RUN: not prune-opt %s --prune-weights=pattern=channel 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NEITHER
// RUN: not prune-opt %s --prune-weights=threshold=-1 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NEITHER
// NEITHER: error: prune-weights: invalid option 'sparsity/threshold': one of sparsity=F (in [0, 1)) or threshold=T (>= 0) is required (-1, the default of both, means not given)

// RUN: not prune-opt %s --prune-weights="sparsity=0.5 pattern=foo" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=PATTERN-FOO
// PATTERN-FOO: error: prune-weights: invalid option 'pattern=foo': expected one of 'unstructured', 'N:M', 'block:RxC', 'channel'
// A misspelled block with a colon is no bad N:M.
// RUN: not prune-opt %s --prune-weights="sparsity=0.5 pattern=blk:2x2" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=PATTERN-BLK
// PATTERN-BLK: error: prune-weights: invalid option 'pattern=blk:2x2': expected one of 'unstructured', 'N:M', 'block:RxC', 'channel'

// RUN: not prune-opt %s --prune-weights=pattern=3:2 2>&1 \
// RUN:   | FileCheck %s --check-prefix=PATTERN-N-ABOVE-M
// PATTERN-N-ABOVE-M: error: prune-weights: invalid option 'pattern=3:2': N:M needs N <= M

// RUN: not prune-opt %s --prune-weights=pattern=2:x 2>&1 \
// RUN:   | FileCheck %s --check-prefix=PATTERN-NM-SYNTAX
// RUN: not prune-opt %s --prune-weights=pattern=0:4 2>&1 \
// RUN:   | FileCheck %s --check-prefix=PATTERN-NM-SYNTAX
// PATTERN-NM-SYNTAX: error: prune-weights: invalid option 'pattern={{[0-9x]+}}:{{[0-9x]+}}': expected 'N:M' with positive integers N and M

// RUN: not prune-opt %s --prune-weights="sparsity=0.5 pattern=block:0x4" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=PATTERN-BLOCK-SYNTAX
// RUN: not prune-opt %s --prune-weights="sparsity=0.5 pattern=block:4" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=PATTERN-BLOCK-SYNTAX
// PATTERN-BLOCK-SYNTAX: error: prune-weights: invalid option 'pattern=block:{{[0-9x]+}}': expected 'block:RxC' with positive integers R and C

// N:M fixes the sparsity (1 - N/M) and which weights go.
// RUN: not prune-opt %s --prune-weights="pattern=2:4 sparsity=0.75" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NM-SPARSITY
// NM-SPARSITY: error: prune-weights: invalid option 'sparsity=0.750000': pattern=2:4 fixes the sparsity at 0.500000

// RUN: not prune-opt %s --prune-weights="pattern=2:4 threshold=0.5" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NM-THRESHOLD
// NM-THRESHOLD: error: prune-weights: invalid option 'threshold': pattern=2:4 fixes which weights are zeroed; a threshold cannot be combined with it

// RUN: not prune-opt %s --prune-weights="sparsity=0.5 layers=fc(" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=LAYERS
// RUN: not prune-opt %s --prune-weights="pattern=1:2 layers=fc(" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=LAYERS
// LAYERS: error: prune-weights: invalid option 'layers=fc(': invalid regular expression: parentheses not balanced

// Enum and number options are parsed by the option parser.
// RUN: not prune-opt %s --prune-weights="sparsity=0.5 scope=everything" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=SCOPE
// SCOPE: error: prune-weights: invalid option 'scope=everything': expected one of layer, global
// RUN: not prune-opt %s --prune-weights="sparsity=half" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NOT-A-NUMBER
// NOT-A-NUMBER: error: prune-weights: invalid option 'sparsity=half': expected a number

// The report cannot be written.
// RUN: not prune-opt %s --prune-weights="sparsity=0.5 report=/nonexistent/dir/r.json" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=REPORT
// REPORT: error: prune-weights: cannot write report '/nonexistent/dir/r.json'

// A block that does not tile a layer names the op and the layer. All
// misfits are reported, not only the first (strict=true).
// RUN: not prune-opt %s --prune-weights="sparsity=0.5 pattern=block:3x3 strict=true" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=BLOCK
// BLOCK: invalid.mlir:{{[0-9]+}}:8: error: 'linalg.matmul' op prune-weights: pattern=block:3x3 cannot apply to layer 'k_not_multiple_of_m#0': blocks of 3x3 do not tile its 2x6 (output, input) view
// BLOCK: invalid.mlir:{{[0-9]+}}:8: error: 'tosa.conv2d' op prune-weights: pattern=block:3x3 cannot apply to layer 'conv_window_times_channels#0': blocks of 3x3 do not tile its 2x6 (output, input) view

// Nothing is written on error: neither the output file nor the report.
// RUN: rm -f %t.out %t.json
// RUN: not prune-opt %s --prune-weights=sparsity=1.0 -o %t.out
// RUN: not test -e %t.out
// RUN: not prune-opt %s --prune-weights="pattern=2:4 strict=true report=%t.json" -o %t.out 2>/dev/null
// RUN: not test -e %t.out
// RUN: not test -e %t.json
// RUN: not prune-opt %s --prune-weights="sparsity=0.5 report=/nonexistent/dir/r.json" -o %t.out 2>/dev/null
// RUN: not test -e %t.out
// The same options on a module that fits do write both.
// RUN: prune-opt %s --prune-weights="sparsity=0.5 report=%t.json" -o %t.out
// RUN: test -s %t.out
// RUN: test -s %t.json

// K = 6 is not a multiple of M = 4.
func.func @k_not_multiple_of_m(%x: tensor<1x6xf32>) -> tensor<1x2xf32> {
  %w = arith.constant dense<[[1.0, 2.0], [3.0, 4.0], [5.0, 6.0], [7.0, 8.0], [9.0, 10.0], [11.0, 12.0]]> : tensor<6x2xf32>
  %init = arith.constant dense<0.0> : tensor<1x2xf32>
  // expected-error @+1 {{'linalg.matmul' op prune-weights: pattern=2:4 cannot apply to layer 'k_not_multiple_of_m#0': its input dimension (6 in the 2x6 (output, input) view) is not a multiple of 4}}
  %y = linalg.matmul ins(%x, %w : tensor<1x6xf32>, tensor<6x2xf32>) outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32>
  return %y : tensor<1x2xf32>
}

// -----

// Two misfits in one function: both are reported; the layer that fits
// (K = 4) is in between and is not.
func.func @two_misfits(%x: tensor<1x2xf32>, %x4: tensor<1x4xf32>) -> (tensor<1x2xf32>, tensor<1x4xf32>) {
  %w1 = arith.constant dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf32>
  %w2 = arith.constant dense<[[1.0, 2.0], [3.0, 4.0], [5.0, 6.0], [7.0, 8.0]]> : tensor<4x2xf32>
  %w3 = arith.constant dense<[[1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0, 8.0]]> : tensor<2x4xf32>
  %init = arith.constant dense<0.0> : tensor<1x2xf32>
  %init4 = arith.constant dense<0.0> : tensor<1x4xf32>
  // expected-error @+1 {{cannot apply to layer 'two_misfits#0': its input dimension (2 in the 2x2 (output, input) view) is not a multiple of 4}}
  %a = linalg.matmul ins(%x, %w1 : tensor<1x2xf32>, tensor<2x2xf32>) outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32>
  %b = linalg.matmul ins(%x4, %w2 : tensor<1x4xf32>, tensor<4x2xf32>) outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32>
  // expected-error @+1 {{cannot apply to layer 'two_misfits#2': its input dimension (2 in the 4x2 (output, input) view) is not a multiple of 4}}
  %c = linalg.matmul ins(%b, %w3 : tensor<1x2xf32>, tensor<2x4xf32>) outs(%init4 : tensor<1x4xf32>) -> tensor<1x4xf32>
  return %a, %c : tensor<1x2xf32>, tensor<1x4xf32>
}

// -----

// tosa.conv2d [OC=2, KH=1, KW=2, IC=3]: the input dimension of the view is
// KH * KW * IC = 6.
func.func @conv_window_times_channels(%x: tensor<1x3x3x3xf32>) -> tensor<1x3x2x2xf32> {
  %w = "tosa.const"() <{values = dense<1.0> : tensor<2x1x2x3xf32>}> : () -> tensor<2x1x2x3xf32>
  %b = "tosa.const"() <{values = dense<0.0> : tensor<2xf32>}> : () -> tensor<2xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  // expected-error @+1 {{'tosa.conv2d' op prune-weights: pattern=2:4 cannot apply to layer 'conv_window_times_channels#0': its input dimension (6 in the 2x6 (output, input) view) is not a multiple of 4}}
  %y = tosa.conv2d %x, %w, %b, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x3x3x3xf32>, tensor<2x1x2x3xf32>, tensor<2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x3x2x2xf32>
  return %y : tensor<1x3x2x2xf32>
}

// -----

// The weight reaches the matmul through a reshape that is not a view of the
// transposed constant: its (output, input) layout is unknown, so no
// structured pattern applies (unstructured pruning still does).
func.func @not_a_strided_view(%x: tensor<1x1x2xf32>) -> tensor<1x1x4xf32> {
  %w = "tosa.const"() <{values = dense<[[1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0, 8.0]]> : tensor<2x4xf32>}> : () -> tensor<2x4xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %wt = tosa.transpose %w {perms = array<i32: 1, 0>} : (tensor<2x4xf32>) -> tensor<4x2xf32>
  %ws = tosa.const_shape {values = dense<[1, 2, 4]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %w3 = tosa.reshape %wt, %ws : (tensor<4x2xf32>, !tosa.shape<3>) -> tensor<1x2x4xf32>
  // expected-error @+1 {{'tosa.matmul' op prune-weights: pattern=2:4 cannot apply to layer 'not_a_strided_view#0': its (output, input) layout is unknown: 'tosa.reshape' on the weight path reorders elements in a way that is not a strided view}}
  %mm = tosa.matmul %x, %w3, %zp, %zp : (tensor<1x1x2xf32>, tensor<1x2x4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x4xf32>
  return %mm : tensor<1x1x4xf32>
}
