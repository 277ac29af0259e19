// prune-fuse-elementwise does not fuse a producer into a consumer that would
// compute it again for every iteration of a loop the fused operand is not
// indexed by - the GELU before a fully connected layer would run once per
// output column - unless the producer only casts.
// RUN: prune-opt %s --split-input-file --prune-fuse-elementwise | FileCheck %s

#id = affine_map<(d0, d1) -> (d0, d1)>
#lhs = affine_map<(d0, d1, d2) -> (d0, d2)>
#rhs = affine_map<(d0, d1, d2) -> (d2, d1)>
#out = affine_map<(d0, d1, d2) -> (d0, d1)>

// CHECK-LABEL: func.func @gelu_then_matmul
// CHECK:         %[[GELU:.*]] = linalg.generic
// CHECK:           math.erf
// CHECK:         linalg.generic {{.*}} ins(%[[GELU]], %{{.*}} : tensor<16x128xf32>, tensor<128x64xf32>)
// CHECK-NOT:       math.erf
// CHECK:           arith.mulf
// CHECK:           arith.addf
func.func @gelu_then_matmul(%h: tensor<16x128xf32>, %w: tensor<128x64xf32>) -> tensor<16x64xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<16x128xf32>
  %gelu = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%h : tensor<16x128xf32>) outs(%e : tensor<16x128xf32>) {
  ^bb0(%in: f32, %out: f32):
    %r = math.erf %in : f32
    %s = arith.mulf %in, %r : f32
    linalg.yield %s : f32
  } -> tensor<16x128xf32>
  %e2 = tensor.empty() : tensor<16x64xf32>
  %init = linalg.fill ins(%zero : f32) outs(%e2 : tensor<16x64xf32>) -> tensor<16x64xf32>
  %y = linalg.generic {indexing_maps = [#lhs, #rhs, #out], iterator_types = ["parallel", "parallel", "reduction"]} ins(%gelu, %w : tensor<16x128xf32>, tensor<128x64xf32>) outs(%init : tensor<16x64xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %s = arith.addf %acc, %m : f32
    linalg.yield %s : f32
  } -> tensor<16x64xf32>
  return %y : tensor<16x64xf32>
}

// -----

#id = affine_map<(d0, d1) -> (d0, d1)>
#lhs = affine_map<(d0, d1, d2) -> (d0, d2)>
#rhs = affine_map<(d0, d1, d2) -> (d2, d1)>
#out = affine_map<(d0, d1, d2) -> (d0, d1)>

// An extension is recomputed where it is used: it fuses.
// CHECK-LABEL: func.func @extend_then_matmul
// CHECK-NOT:     linalg.generic {{.*}} iterator_types = ["parallel", "parallel"]}
// CHECK:         linalg.generic {{.*}} ins(%{{.*}}, %{{.*}} : tensor<16x128xf16>, tensor<128x64xf32>)
// CHECK:           arith.extf
// CHECK:           arith.mulf
func.func @extend_then_matmul(%h: tensor<16x128xf16>, %w: tensor<128x64xf32>) -> tensor<16x64xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<16x128xf32>
  %ext = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%h : tensor<16x128xf16>) outs(%e : tensor<16x128xf32>) {
  ^bb0(%in: f16, %out: f32):
    %x = arith.extf %in : f16 to f32
    linalg.yield %x : f32
  } -> tensor<16x128xf32>
  %e2 = tensor.empty() : tensor<16x64xf32>
  %init = linalg.fill ins(%zero : f32) outs(%e2 : tensor<16x64xf32>) -> tensor<16x64xf32>
  %y = linalg.generic {indexing_maps = [#lhs, #rhs, #out], iterator_types = ["parallel", "parallel", "reduction"]} ins(%ext, %w : tensor<16x128xf32>, tensor<128x64xf32>) outs(%init : tensor<16x64xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %s = arith.addf %acc, %m : f32
    linalg.yield %s : f32
  } -> tensor<16x64xf32>
  return %y : tensor<16x64xf32>
}

// -----

#id = affine_map<(d0, d1) -> (d0, d1)>
#lhs = affine_map<(d0, d1, d2) -> (d0, d2)>
#rhs = affine_map<(d0, d1, d2) -> (d2, d1)>
#out = affine_map<(d0, d1, d2) -> (d0, d1)>

// One output column: the product loop of size 1 repeats nothing, so the GELU
// fuses.
// CHECK-LABEL: func.func @gelu_then_matvec
// CHECK:         linalg.generic {{.*}} ins(%{{.*}}, %{{.*}} : tensor<16x128xf32>, tensor<128x1xf32>)
// CHECK:           math.erf
// CHECK:           arith.mulf
// CHECK-NOT:     linalg.generic
func.func @gelu_then_matvec(%h: tensor<16x128xf32>, %w: tensor<128x1xf32>) -> tensor<16x1xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<16x128xf32>
  %gelu = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%h : tensor<16x128xf32>) outs(%e : tensor<16x128xf32>) {
  ^bb0(%in: f32, %out: f32):
    %r = math.erf %in : f32
    %s = arith.mulf %in, %r : f32
    linalg.yield %s : f32
  } -> tensor<16x128xf32>
  %e2 = tensor.empty() : tensor<16x1xf32>
  %init = linalg.fill ins(%zero : f32) outs(%e2 : tensor<16x1xf32>) -> tensor<16x1xf32>
  %y = linalg.generic {indexing_maps = [#lhs, #rhs, #out], iterator_types = ["parallel", "parallel", "reduction"]} ins(%gelu, %w : tensor<16x128xf32>, tensor<128x1xf32>) outs(%init : tensor<16x1xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %s = arith.addf %acc, %m : f32
    linalg.yield %s : f32
  } -> tensor<16x1xf32>
  return %y : tensor<16x1xf32>
}
