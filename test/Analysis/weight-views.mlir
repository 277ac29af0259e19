// WeightAnalysis: which constant is each layer's weight, through the layout
// ops on its way, and the (output, input) view of its elements that
// structured patterns use (offsets into the constant, row-major).

// RUN: prune-opt %s --split-input-file --test-prune-weight-views \
// RUN:   -o /dev/null 2>&1 | FileCheck %s

// torch-mlir's Linear: [out, in] -> transpose -> reshape -> tosa.matmul.
// Rows walk the constant's rows (stride 3), columns its columns.
// CHECK: remark: {{.*}}layer 'fc' weight operand #1 from 'tosa.const' 'tensor<2x3xf32>', zero point 0, view 2x3 rows [0, 3] cols [0, 1, 2]
func.func @torch_linear(%x: tensor<1x4x3xf32>) -> tensor<1x4x2xf32> {
  %w = "tosa.const"() <{values = dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>}> : () -> tensor<2x3xf32>
  %t = tosa.transpose %w {perms = array<i32: 1, 0>} : (tensor<2x3xf32>) -> tensor<3x2xf32>
  %s = tosa.const_shape {values = dense<[1, 3, 2]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %w3 = tosa.reshape %t, %s : (tensor<3x2xf32>, !tosa.shape<3>) -> tensor<1x3x2xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %y = tosa.matmul %x, %w3, %zp, %zp : (tensor<1x4x3xf32>, tensor<1x3x2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x2xf32> loc("fc")
  return %y : tensor<1x4x2xf32>
}

// -----

// tensor.expand_shape and linalg.transpose on the way to linalg.batch_matmul.
// CHECK: remark: {{.*}}layer 'expand_transpose#0' weight operand #1 from 'arith.constant' 'tensor<2x3xf32>', zero point 0, view 2x3 rows [0, 3] cols [0, 1, 2]
func.func @expand_transpose(%x: tensor<1x4x3xf32>, %init: tensor<1x4x2xf32>) -> tensor<1x4x2xf32> {
  %w = arith.constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>
  %e = tensor.expand_shape %w [[0, 1], [2]] output_shape [1, 2, 3] : tensor<2x3xf32> into tensor<1x2x3xf32>
  %te = tensor.empty() : tensor<1x3x2xf32>
  %t = linalg.transpose ins(%e : tensor<1x2x3xf32>) outs(%te : tensor<1x3x2xf32>) permutation = [0, 2, 1]
  %y = linalg.batch_matmul ins(%x, %t : tensor<1x4x3xf32>, tensor<1x3x2xf32>) outs(%init : tensor<1x4x2xf32>) -> tensor<1x4x2xf32>
  return %y : tensor<1x4x2xf32>
}

// -----

// A reshape that interleaves the transposed elements is no strided view.
// CHECK: remark: {{.*}}layer 'no_view#0' weight operand #1 from 'tosa.const' 'tensor<2x3xf32>', zero point 0, no view: 'tosa.reshape' on the weight path reorders elements in a way that is not a strided view
func.func @no_view(%x: tensor<1x4x6xf32>) -> tensor<1x4x1xf32> {
  %w = "tosa.const"() <{values = dense<1.0> : tensor<2x3xf32>}> : () -> tensor<2x3xf32>
  %t = tosa.transpose %w {perms = array<i32: 1, 0>} : (tensor<2x3xf32>) -> tensor<3x2xf32>
  %s = tosa.const_shape {values = dense<[1, 6, 1]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %w3 = tosa.reshape %t, %s : (tensor<3x2xf32>, !tosa.shape<3>) -> tensor<1x6x1xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %y = tosa.matmul %x, %w3, %zp, %zp : (tensor<1x4x6xf32>, tensor<1x6x1xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x1xf32>
  return %y : tensor<1x4x1xf32>
}

// -----

// A weight that is also returned is data: the layer is left alone.
// CHECK: remark: {{.*}}layer 'also_returned#0' {{.*}}, left alone: the constant is also used by 'func.return' operand #1
func.func @also_returned(%x: tensor<2x3xf32>, %init: tensor<2x4xf32>) -> (tensor<2x4xf32>, tensor<3x4xf32>) {
  %w = arith.constant dense<1.0> : tensor<3x4xf32>
  %y = linalg.matmul ins(%x, %w : tensor<2x3xf32>, tensor<3x4xf32>) outs(%init : tensor<2x4xf32>) -> tensor<2x4xf32>
  return %y, %w : tensor<2x4xf32>, tensor<3x4xf32>
}

// -----

// Weights that are arguments or computed: no weight, and the function says
// why.
// CHECK: remark: {{.*}}no constant weights in @weight_argument: 1 layer(s), e.g. 'linalg.matmul' operand #1 is argument #1 of @weight_argument
// CHECK: remark: {{.*}}no constant weights in @computed_weight: 1 layer(s), e.g. 'linalg.matmul' operand #1 is computed by 'linalg.exp'
func.func @weight_argument(%x: tensor<2x3xf32>, %w: tensor<3x4xf32>, %init: tensor<2x4xf32>) -> tensor<2x4xf32> {
  %y = linalg.matmul ins(%x, %w : tensor<2x3xf32>, tensor<3x4xf32>) outs(%init : tensor<2x4xf32>) -> tensor<2x4xf32>
  return %y : tensor<2x4xf32>
}
func.func @computed_weight(%x: tensor<2x3xf32>, %v: tensor<3x4xf32>, %init: tensor<2x4xf32>) -> tensor<2x4xf32> {
  %e = tensor.empty() : tensor<3x4xf32>
  %w = linalg.exp ins(%v : tensor<3x4xf32>) outs(%e : tensor<3x4xf32>) -> tensor<3x4xf32>
  %y = linalg.matmul ins(%x, %w : tensor<2x3xf32>, tensor<3x4xf32>) outs(%init : tensor<2x4xf32>) -> tensor<2x4xf32>
  return %y : tensor<2x4xf32>
}

// -----

// torch-mlir writes aten.t of a weight as a transposing linalg.generic that
// only yields its input: a layout op like linalg.transpose.
// CHECK: remark: {{.*}}layer 'generic_transpose#0' weight operand #1 from 'arith.constant' 'tensor<3x2xf32>', zero point 0, view 3x2 rows [0, 2, 4] cols [0, 1]
#id = affine_map<(d0, d1) -> (d0, d1)>
#tr = affine_map<(d0, d1) -> (d1, d0)>
func.func @generic_transpose(%x: tensor<4x2xf32>, %init: tensor<4x3xf32>) -> tensor<4x3xf32> {
  %w = arith.constant dense<[[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]> : tensor<3x2xf32>
  %e = tensor.empty() : tensor<2x3xf32>
  %t = linalg.generic {indexing_maps = [#id, #tr], iterator_types = ["parallel", "parallel"]}
      ins(%w : tensor<3x2xf32>) outs(%e : tensor<2x3xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  } -> tensor<2x3xf32>
  %y = linalg.matmul ins(%x, %t : tensor<4x2xf32>, tensor<2x3xf32>) outs(%init : tensor<4x3xf32>) -> tensor<4x3xf32>
  return %y : tensor<4x3xf32>
}

// -----

// One layer of two has its weight as an argument: the function says how
// many.
// CHECK: remark: {{.*}}layer 'partly#0'
// CHECK: remark: {{.*}}no constant weights in @partly: 1 layer(s), e.g. 'linalg.matmul' operand #1 is argument #1 of @partly (1 with one)
func.func @partly(%x: tensor<2x3xf32>, %v: tensor<3x4xf32>, %init: tensor<2x4xf32>, %init2: tensor<2x4xf32>) -> tensor<2x4xf32> {
  %y = linalg.matmul ins(%x, %v : tensor<2x3xf32>, tensor<3x4xf32>) outs(%init : tensor<2x4xf32>) -> tensor<2x4xf32>
  %w = arith.constant dense<1.0> : tensor<4x4xf32>
  %z = linalg.matmul ins(%y, %w : tensor<2x4xf32>, tensor<4x4xf32>) outs(%init2 : tensor<2x4xf32>) -> tensor<2x4xf32>
  return %z : tensor<2x4xf32>
}
