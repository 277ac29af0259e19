// RUN: prune-opt %s --split-input-file --prune-fuse-image-loops | FileCheck %s

// The shape prune-conv-to-matmul gives a pointwise convolution at a batch:
// a bias broadcast into the accumulator, a loop over images that multiplies
// each image, and a ReLU6 over the whole result. Both move into the loop:
// each image's accumulator is filled with the bias, multiplied and clamped
// there, and the loop's only shared output is the clamp's.
#bias = affine_map<(n, p, c) -> (c)>
#id = affine_map<(n, p, c) -> (n, p, c)>
// CHECK-LABEL: func.func @bias_product_relu6
// CHECK-SAME:      (%[[X:.*]]: tensor<4x8x16xf32>, %[[W:.*]]: tensor<16x32xf32>, %[[B:.*]]: tensor<32xf32>)
// CHECK:         %[[OUT:.*]] = tensor.empty() : tensor<4x8x32xf32>
// CHECK:         %[[R:.*]] = scf.forall (%[[N:.*]]) in (4) shared_outs(%[[S:.*]] = %[[OUT]])
// CHECK:           %[[ACC0:.*]] = tensor.empty() : tensor<1x8x32xf32>
// CHECK:           %[[ACC:.*]] = linalg.generic {{.*}} ins(%[[B]] : tensor<32xf32>) outs(%[[ACC0]] : tensor<1x8x32xf32>)
// CHECK:           %[[ACC2:.*]] = tensor.collapse_shape %[[ACC]]
// CHECK:           %[[P:.*]] = linalg.matmul {{.*}} outs(%[[ACC2]] : tensor<8x32xf32>)
// CHECK:           %[[P3:.*]] = tensor.expand_shape %[[P]]
// CHECK:           %[[SLICE:.*]] = tensor.extract_slice %[[S]][%[[N]], 0, 0] [1, 8, 32]
// CHECK:           %[[ACT:.*]] = linalg.generic {{.*}} ins(%[[P3]] : tensor<1x8x32xf32>) outs(%[[SLICE]] : tensor<1x8x32xf32>)
// CHECK:             arith.minimumf
// CHECK:           tensor.parallel_insert_slice %[[ACT]] into %[[S]][%[[N]], 0, 0] [1, 8, 32]
// CHECK-NOT:     linalg.generic
// CHECK:         return %[[R]]
func.func @bias_product_relu6(%x: tensor<4x8x16xf32>, %w: tensor<16x32xf32>,
                              %b: tensor<32xf32>) -> tensor<4x8x32xf32> {
  %zero = arith.constant 0.0 : f32
  %six = arith.constant 6.0 : f32
  %e = tensor.empty() : tensor<4x8x32xf32>
  %acc = linalg.generic {indexing_maps = [#bias, #id],
                         iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%b : tensor<32xf32>) outs(%e : tensor<4x8x32xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  } -> tensor<4x8x32xf32>
  %conv = scf.forall (%n) in (4) shared_outs(%o = %acc) -> (tensor<4x8x32xf32>) {
    %img = tensor.extract_slice %x[%n, 0, 0] [1, 8, 16] [1, 1, 1] : tensor<4x8x16xf32> to tensor<1x8x16xf32>
    %out = tensor.extract_slice %o[%n, 0, 0] [1, 8, 32] [1, 1, 1] : tensor<4x8x32xf32> to tensor<1x8x32xf32>
    %img2 = tensor.collapse_shape %img [[0, 1], [2]] : tensor<1x8x16xf32> into tensor<8x16xf32>
    %out2 = tensor.collapse_shape %out [[0, 1], [2]] : tensor<1x8x32xf32> into tensor<8x32xf32>
    %p = linalg.matmul ins(%img2, %w : tensor<8x16xf32>, tensor<16x32xf32>) outs(%out2 : tensor<8x32xf32>) -> tensor<8x32xf32>
    %p3 = tensor.expand_shape %p [[0, 1], [2]] output_shape [1, 8, 32] : tensor<8x32xf32> into tensor<1x8x32xf32>
    scf.forall.in_parallel {
      tensor.parallel_insert_slice %p3 into %o[%n, 0, 0] [1, 8, 32] [1, 1, 1] : tensor<1x8x32xf32> into tensor<4x8x32xf32>
    }
  }
  %e2 = tensor.empty() : tensor<4x8x32xf32>
  %relu6 = linalg.generic {indexing_maps = [#id, #id],
                           iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%conv : tensor<4x8x32xf32>) outs(%e2 : tensor<4x8x32xf32>) {
  ^bb0(%in: f32, %out: f32):
    %lo = arith.minimumf %in, %six : f32
    %hi = arith.maximumf %lo, %zero : f32
    linalg.yield %hi : f32
  } -> tensor<4x8x32xf32>
  return %relu6 : tensor<4x8x32xf32>
}

// -----

// The loop's result has a second user: the clamp stays after the loop (the
// whole result is needed), the bias fill still moves in.
#bias = affine_map<(n, p, c) -> (c)>
#id = affine_map<(n, p, c) -> (n, p, c)>
// CHECK-LABEL: func.func @two_users
// CHECK:         %[[R:.*]] = scf.forall
// CHECK:           linalg.generic {{.*}} ins(%{{.*}} : tensor<32xf32>) outs(%{{.*}} : tensor<1x8x32xf32>)
// CHECK:           linalg.matmul
// CHECK-NOT:       arith.minimumf
// CHECK:           tensor.parallel_insert_slice
// CHECK:         linalg.generic {{.*}} ins(%[[R]] : tensor<4x8x32xf32>)
// CHECK:           arith.minimumf
func.func @two_users(%x: tensor<4x8x16xf32>, %w: tensor<16x32xf32>,
                     %b: tensor<32xf32>) -> (tensor<4x8x32xf32>, tensor<4x8x32xf32>) {
  %six = arith.constant 6.0 : f32
  %e = tensor.empty() : tensor<4x8x32xf32>
  %acc = linalg.generic {indexing_maps = [#bias, #id],
                         iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%b : tensor<32xf32>) outs(%e : tensor<4x8x32xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  } -> tensor<4x8x32xf32>
  %conv = scf.forall (%n) in (4) shared_outs(%o = %acc) -> (tensor<4x8x32xf32>) {
    %img = tensor.extract_slice %x[%n, 0, 0] [1, 8, 16] [1, 1, 1] : tensor<4x8x16xf32> to tensor<1x8x16xf32>
    %out = tensor.extract_slice %o[%n, 0, 0] [1, 8, 32] [1, 1, 1] : tensor<4x8x32xf32> to tensor<1x8x32xf32>
    %img2 = tensor.collapse_shape %img [[0, 1], [2]] : tensor<1x8x16xf32> into tensor<8x16xf32>
    %out2 = tensor.collapse_shape %out [[0, 1], [2]] : tensor<1x8x32xf32> into tensor<8x32xf32>
    %p = linalg.matmul ins(%img2, %w : tensor<8x16xf32>, tensor<16x32xf32>) outs(%out2 : tensor<8x32xf32>) -> tensor<8x32xf32>
    %p3 = tensor.expand_shape %p [[0, 1], [2]] output_shape [1, 8, 32] : tensor<8x32xf32> into tensor<1x8x32xf32>
    scf.forall.in_parallel {
      tensor.parallel_insert_slice %p3 into %o[%n, 0, 0] [1, 8, 32] [1, 1, 1] : tensor<1x8x32xf32> into tensor<4x8x32xf32>
    }
  }
  %e2 = tensor.empty() : tensor<4x8x32xf32>
  %act = linalg.generic {indexing_maps = [#id, #id],
                         iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%conv : tensor<4x8x32xf32>) outs(%e2 : tensor<4x8x32xf32>) {
  ^bb0(%in: f32, %out: f32):
    %lo = arith.minimumf %in, %six : f32
    linalg.yield %lo : f32
  } -> tensor<4x8x32xf32>
  return %conv, %act : tensor<4x8x32xf32>, tensor<4x8x32xf32>
}

// -----

// The consumer transposes the result, and the accumulator's producer has a
// second user: neither is computed per image.
#bias = affine_map<(n, p, c) -> (c)>
#id = affine_map<(n, p, c) -> (n, p, c)>
#t = affine_map<(n, c, p) -> (n, p, c)>
// CHECK-LABEL: func.func @not_elementwise
// CHECK:         %[[ACC:.*]] = linalg.generic
// CHECK:         %[[R:.*]] = scf.forall (%{{.*}}) in (4) shared_outs(%{{.*}} = %[[ACC]])
// CHECK-NOT:       linalg.generic
// CHECK:           linalg.matmul
// CHECK-NOT:       linalg.generic
// CHECK:           tensor.parallel_insert_slice
// CHECK:         linalg.generic {{.*}} ins(%[[R]] : tensor<4x8x32xf32>)
func.func @not_elementwise(%x: tensor<4x8x16xf32>, %w: tensor<16x32xf32>,
                           %b: tensor<32xf32>) -> (tensor<4x32x8xf32>, tensor<4x8x32xf32>) {
  %e = tensor.empty() : tensor<4x8x32xf32>
  %acc = linalg.generic {indexing_maps = [#bias, #id],
                         iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%b : tensor<32xf32>) outs(%e : tensor<4x8x32xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  } -> tensor<4x8x32xf32>
  %conv = scf.forall (%n) in (4) shared_outs(%o = %acc) -> (tensor<4x8x32xf32>) {
    %img = tensor.extract_slice %x[%n, 0, 0] [1, 8, 16] [1, 1, 1] : tensor<4x8x16xf32> to tensor<1x8x16xf32>
    %out = tensor.extract_slice %o[%n, 0, 0] [1, 8, 32] [1, 1, 1] : tensor<4x8x32xf32> to tensor<1x8x32xf32>
    %img2 = tensor.collapse_shape %img [[0, 1], [2]] : tensor<1x8x16xf32> into tensor<8x16xf32>
    %out2 = tensor.collapse_shape %out [[0, 1], [2]] : tensor<1x8x32xf32> into tensor<8x32xf32>
    %p = linalg.matmul ins(%img2, %w : tensor<8x16xf32>, tensor<16x32xf32>) outs(%out2 : tensor<8x32xf32>) -> tensor<8x32xf32>
    %p3 = tensor.expand_shape %p [[0, 1], [2]] output_shape [1, 8, 32] : tensor<8x32xf32> into tensor<1x8x32xf32>
    scf.forall.in_parallel {
      tensor.parallel_insert_slice %p3 into %o[%n, 0, 0] [1, 8, 32] [1, 1, 1] : tensor<1x8x32xf32> into tensor<4x8x32xf32>
    }
  }
  %e2 = tensor.empty() : tensor<4x32x8xf32>
  %t = linalg.generic {indexing_maps = [#t, affine_map<(n, c, p) -> (n, c, p)>],
                       iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%conv : tensor<4x8x32xf32>) outs(%e2 : tensor<4x32x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  } -> tensor<4x32x8xf32>
  return %t, %acc : tensor<4x32x8xf32>, tensor<4x8x32xf32>
}

// -----

// A loop whose slices drop the unit batch dimension is left alone
// (upstream's fusion through a rank-reducing slice builds invalid IR).
#bias = affine_map<(n, p, c) -> (c)>
#id = affine_map<(n, p, c) -> (n, p, c)>
// CHECK-LABEL: func.func @rank_reducing
// CHECK:         linalg.generic
// CHECK:         %[[R:.*]] = scf.forall
// CHECK-NOT:       linalg.generic
// CHECK:         linalg.generic {{.*}} ins(%[[R]] : tensor<4x8x32xf32>)
func.func @rank_reducing(%x: tensor<4x8x16xf32>, %w: tensor<16x32xf32>,
                         %b: tensor<32xf32>) -> tensor<4x8x32xf32> {
  %six = arith.constant 6.0 : f32
  %e = tensor.empty() : tensor<4x8x32xf32>
  %acc = linalg.generic {indexing_maps = [#bias, #id],
                         iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%b : tensor<32xf32>) outs(%e : tensor<4x8x32xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  } -> tensor<4x8x32xf32>
  %conv = scf.forall (%n) in (4) shared_outs(%o = %acc) -> (tensor<4x8x32xf32>) {
    %img = tensor.extract_slice %x[%n, 0, 0] [1, 8, 16] [1, 1, 1] : tensor<4x8x16xf32> to tensor<8x16xf32>
    %out = tensor.extract_slice %o[%n, 0, 0] [1, 8, 32] [1, 1, 1] : tensor<4x8x32xf32> to tensor<8x32xf32>
    %p = linalg.matmul ins(%img, %w : tensor<8x16xf32>, tensor<16x32xf32>) outs(%out : tensor<8x32xf32>) -> tensor<8x32xf32>
    scf.forall.in_parallel {
      tensor.parallel_insert_slice %p into %o[%n, 0, 0] [1, 8, 32] [1, 1, 1] : tensor<8x32xf32> into tensor<4x8x32xf32>
    }
  }
  %e2 = tensor.empty() : tensor<4x8x32xf32>
  %act = linalg.generic {indexing_maps = [#id, #id],
                         iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%conv : tensor<4x8x32xf32>) outs(%e2 : tensor<4x8x32xf32>) {
  ^bb0(%in: f32, %out: f32):
    %lo = arith.minimumf %in, %six : f32
    linalg.yield %lo : f32
  } -> tensor<4x8x32xf32>
  return %act : tensor<4x8x32xf32>
}

// -----

// A dynamic batch: the loop's bound is a tensor.dim of the bias fill, which
// becomes the dim of the fill's init, so that the fill still moves in.
#bias = affine_map<(n, p, c) -> (c)>
#id = affine_map<(n, p, c) -> (n, p, c)>
// CHECK-LABEL: func.func @dynamic_batch
// CHECK-SAME:      (%[[X:.*]]: tensor<?x8x16xf32>
// CHECK:         %[[N:.*]] = tensor.dim %[[X]]
// CHECK-NOT:     linalg.generic
// CHECK:         scf.forall (%{{.*}}) in (%[[N]])
// CHECK:           linalg.generic {{.*}} ins(%{{.*}} : tensor<32xf32>) outs(%{{.*}} : tensor<1x8x32xf32>)
// CHECK:           linalg.matmul
// CHECK:           arith.maximumf
func.func @dynamic_batch(%x: tensor<?x8x16xf32>, %w: tensor<16x32xf32>,
                         %b: tensor<32xf32>) -> tensor<?x8x32xf32> {
  %c0 = arith.constant 0 : index
  %zero = arith.constant 0.0 : f32
  %n = tensor.dim %x, %c0 : tensor<?x8x16xf32>
  %e = tensor.empty(%n) : tensor<?x8x32xf32>
  %acc = linalg.generic {indexing_maps = [#bias, #id],
                         iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%b : tensor<32xf32>) outs(%e : tensor<?x8x32xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  } -> tensor<?x8x32xf32>
  %batch = tensor.dim %acc, %c0 : tensor<?x8x32xf32>
  %conv = scf.forall (%i) in (%batch) shared_outs(%o = %acc) -> (tensor<?x8x32xf32>) {
    %img = tensor.extract_slice %x[%i, 0, 0] [1, 8, 16] [1, 1, 1] : tensor<?x8x16xf32> to tensor<1x8x16xf32>
    %out = tensor.extract_slice %o[%i, 0, 0] [1, 8, 32] [1, 1, 1] : tensor<?x8x32xf32> to tensor<1x8x32xf32>
    %img2 = tensor.collapse_shape %img [[0, 1], [2]] : tensor<1x8x16xf32> into tensor<8x16xf32>
    %out2 = tensor.collapse_shape %out [[0, 1], [2]] : tensor<1x8x32xf32> into tensor<8x32xf32>
    %p = linalg.matmul ins(%img2, %w : tensor<8x16xf32>, tensor<16x32xf32>) outs(%out2 : tensor<8x32xf32>) -> tensor<8x32xf32>
    %p3 = tensor.expand_shape %p [[0, 1], [2]] output_shape [1, 8, 32] : tensor<8x32xf32> into tensor<1x8x32xf32>
    scf.forall.in_parallel {
      tensor.parallel_insert_slice %p3 into %o[%i, 0, 0] [1, 8, 32] [1, 1, 1] : tensor<1x8x32xf32> into tensor<?x8x32xf32>
    }
  }
  %e2 = tensor.empty(%n) : tensor<?x8x32xf32>
  %relu = linalg.generic {indexing_maps = [#id, #id],
                          iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%conv : tensor<?x8x32xf32>) outs(%e2 : tensor<?x8x32xf32>) {
  ^bb0(%in: f32, %out: f32):
    %r = arith.maximumf %in, %zero : f32
    linalg.yield %r : f32
  } -> tensor<?x8x32xf32>
  return %relu : tensor<?x8x32xf32>
}
