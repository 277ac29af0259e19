// RUN: prune-opt %s --split-input-file --prune-vectorize-dense | FileCheck %s
// RUN: prune-opt %s --split-input-file --prune-vectorize-dense=vector-width=8 \
// RUN:   | FileCheck %s --check-prefix=VW8

// A static matmul: output columns and the reduction are tiled by the vector
// width, rows by `rows` (8); the accumulator tile is hoisted out of the
// reduction loop and the contraction becomes one FMA per row and k.
// CHECK-LABEL: func.func @matmul
// CHECK-NOT:     linalg.matmul
// CHECK:         scf.for %{{.*}} = %c0 to %c32 step %c16 iter_args
// CHECK:           scf.for %{{.*}} = %c0 to %c32 step %c16 iter_args({{.*}}, %{{.*}} = %{{.*}}) -> (tensor<8x32xf32>, vector<8x16xf32>)
// CHECK-COUNT-128:   vector.fma {{.*}} : vector<16xf32>
// CHECK:           scf.yield
// CHECK:         vector.transfer_write {{.*}} : vector<16xf32>, tensor<8x32xf32>
// VW8-LABEL: func.func @matmul
// VW8:         scf.for %{{.*}} = %c0 to %c32 step %c8
// VW8-COUNT-64:  vector.fma {{.*}} : vector<8xf32>
func.func @matmul(%a: tensor<8x32xf32>, %b: tensor<32x32xf32>,
                  %c: tensor<8x32xf32>) -> tensor<8x32xf32> {
  %r = linalg.matmul ins(%a, %b : tensor<8x32xf32>, tensor<32x32xf32>)
                     outs(%c : tensor<8x32xf32>) -> tensor<8x32xf32>
  return %r : tensor<8x32xf32>
}

// -----

// Elementwise ops (bias + ReLU) are vectorized along the innermost dimension.
// Its tile is a power of two whose last tile is one too: 10 lanes as 8 + 2,
// not one vector<10xf32> (an odd vector, which LLVM legalizes poorly).
// CHECK-LABEL: func.func @bias_relu
// CHECK-NOT:     linalg.generic
// CHECK-NOT:     vector<10xf32>
// CHECK:         scf.for
// CHECK:           arith.maximumf {{.*}} : vector<8xf32>
// CHECK:           arith.maximumf {{.*}} : vector<2xf32>
// CHECK-NOT:     vector<10xf32>
// VW8-LABEL: func.func @bias_relu
// VW8:           arith.maximumf {{.*}} : vector<8xf32>
// VW8:           arith.maximumf {{.*}} : vector<2xf32>
#id = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (0, d1)>
func.func @bias_relu(%x: tensor<4x10xf32>, %b: tensor<1x10xf32>) -> tensor<4x10xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<4x10xf32>
  %r = linalg.generic {indexing_maps = [#id, #row, #id],
                       iterator_types = ["parallel", "parallel"]}
      ins(%x, %b : tensor<4x10xf32>, tensor<1x10xf32>) outs(%e : tensor<4x10xf32>) {
  ^bb0(%in: f32, %bias: f32, %out: f32):
    %s = arith.addf %in, %bias : f32
    %m = arith.maximumf %s, %zero : f32
    linalg.yield %m : f32
  } -> tensor<4x10xf32>
  return %r : tensor<4x10xf32>
}

// -----

// A dynamic batch: the row loop is peeled. Its main part has full 8-row
// tiles; the remainder (at most 7 rows) is peeled again into at most one
// tile each of 4, 2 and 1 rows. None is masked: the masked-off rows of an
// 8-row remainder tile would address memory past the buffer.
// CHECK-LABEL: func.func @dynamic_rows
// CHECK-NOT:     linalg.matmul
// CHECK-NOT:     vector.create_mask
// CHECK:         %[[DIM:.*]] = tensor.dim %arg0, %c0
// CHECK:         scf.for %{{.*}} = %c0 to %[[SPLIT8:.*]] step %c8
// CHECK-COUNT-128: vector.fma {{.*}} : vector<16xf32>
// CHECK:         scf.for %{{.*}} = %[[SPLIT8]] to %[[SPLIT4:.*]] step %c4
// CHECK-COUNT-64:  vector.fma {{.*}} : vector<16xf32>
// CHECK:         scf.for %{{.*}} = %[[SPLIT4]] to %[[SPLIT2:.*]] step %c2
// CHECK-COUNT-32:  vector.fma {{.*}} : vector<16xf32>
// CHECK:         scf.for %[[ROW:.*]] = %[[SPLIT2]] to %[[DIM]] step %c1
// CHECK:           vector.transfer_read %{{.*}}[%[[ROW]], %c0], %{{.*}} {in_bounds = [true]} : tensor<?x16xf32>, vector<16xf32>
// CHECK-COUNT-16:  vector.fma {{.*}} : vector<16xf32>
// CHECK:           vector.transfer_write %{{.*}}, %{{.*}}[%[[ROW]], %c0] {in_bounds = [true]} : vector<16xf32>, tensor<?x16xf32>
// CHECK-NOT:     vector.create_mask
func.func @dynamic_rows(%a: tensor<?x16xf32>, %b: tensor<16x16xf32>,
                        %c: tensor<?x16xf32>) -> tensor<?x16xf32> {
  %r = linalg.matmul ins(%a, %b : tensor<?x16xf32>, tensor<16x16xf32>)
                     outs(%c : tensor<?x16xf32>) -> tensor<?x16xf32>
  return %r : tensor<?x16xf32>
}
