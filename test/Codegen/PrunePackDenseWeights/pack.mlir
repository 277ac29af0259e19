// RUN: prune-opt %s --split-input-file --prune-pack-dense-weights="row-block-min-bytes=0" --mlir-print-elementsattrs-with-hex-if-larger=1000 | FileCheck %s
// RUN: prune-opt %s --split-input-file --prune-pack-dense-weights="rows=0 row-block-min-bytes=0" | FileCheck %s --check-prefix=AS-IS
// RUN: prune-opt %s --split-input-file --prune-pack-dense-weights | FileCheck %s --check-prefix=AS-IS

// A batch-1 fully connected layer as the TOSA lowering leaves it: the [N, K]
// weight transposed on every call. The weight becomes column panels
// [N/16, K, 16] (panel p, row k, column c holds W[16p + c, k]) and the
// product a generic over (b, p, m, k, c) on a [1, M, N/16, 16] view.
// CHECK-DAG: #[[X:.*]] = affine_map<(d0, d1, d2, d3, d4) -> (d0, d2, d3)>
// CHECK-DAG: #[[W:.*]] = affine_map<(d0, d1, d2, d3, d4) -> (d1, d3, d4)>
// CHECK-DAG: #[[Y:.*]] = affine_map<(d0, d1, d2, d3, d4) -> (d0, d2, d1, d4)>
// CHECK-LABEL: func.func @transposed
// CHECK:         %[[P:.*]] = arith.constant dense<{{\[\[\[}}0.000000e+00, 4.000000e+00, 8.000000e+00
// CHECK-SAME:      : tensor<2x4x16xf32>
// CHECK-NOT:     linalg.transpose
// CHECK:         %[[V:.*]] = tensor.expand_shape %{{.*}} {{\[}}[0], [1], [2, 3]] output_shape [1, 1, 2, 16] : tensor<1x1x32xf32> into tensor<1x1x2x16xf32>
// CHECK:         %[[R:.*]] = linalg.generic {indexing_maps = [#[[X]], #[[W]], #[[Y]]], iterator_types = ["parallel", "parallel", "parallel", "reduction", "parallel"]}
// CHECK-SAME:      ins(%arg0, %[[P]] : tensor<1x1x4xf32>, tensor<2x4x16xf32>) outs(%[[V]] : tensor<1x1x2x16xf32>)
// CHECK:           arith.mulf
// CHECK:           arith.addf
// CHECK:         tensor.collapse_shape %[[R]] {{\[}}[0], [1], [2, 3]] : tensor<1x1x2x16xf32> into tensor<1x1x32xf32>
func.func @transposed(%x: tensor<1x1x4xf32>, %y: tensor<1x1x32xf32>) -> tensor<1x1x32xf32> {
  %w = arith.constant dense<[[0.0, 1.0, 2.0, 3.0], [4.0, 5.0, 6.0, 7.0], [8.0, 9.0, 10.0, 11.0], [12.0, 13.0, 14.0, 15.0], [16.0, 17.0, 18.0, 19.0], [20.0, 21.0, 22.0, 23.0], [24.0, 25.0, 26.0, 27.0], [28.0, 29.0, 30.0, 31.0], [32.0, 33.0, 34.0, 35.0], [36.0, 37.0, 38.0, 39.0], [40.0, 41.0, 42.0, 43.0], [44.0, 45.0, 46.0, 47.0], [48.0, 49.0, 50.0, 51.0], [52.0, 53.0, 54.0, 55.0], [56.0, 57.0, 58.0, 59.0], [60.0, 61.0, 62.0, 63.0], [64.0, 65.0, 66.0, 67.0], [68.0, 69.0, 70.0, 71.0], [72.0, 73.0, 74.0, 75.0], [76.0, 77.0, 78.0, 79.0], [80.0, 81.0, 82.0, 83.0], [84.0, 85.0, 86.0, 87.0], [88.0, 89.0, 90.0, 91.0], [92.0, 93.0, 94.0, 95.0], [96.0, 97.0, 98.0, 99.0], [100.0, 101.0, 102.0, 103.0], [104.0, 105.0, 106.0, 107.0], [108.0, 109.0, 110.0, 111.0], [112.0, 113.0, 114.0, 115.0], [116.0, 117.0, 118.0, 119.0], [120.0, 121.0, 122.0, 123.0], [124.0, 125.0, 126.0, 127.0]]> : tensor<32x4xf32>
  %e = tensor.empty() : tensor<4x32xf32>
  %t = linalg.transpose ins(%w : tensor<32x4xf32>) outs(%e : tensor<4x32xf32>) permutation = [1, 0]
  %b = tensor.expand_shape %t [[0, 1], [2]] output_shape [1, 4, 32] : tensor<4x32xf32> into tensor<1x4x32xf32>
  %r = linalg.batch_matmul ins(%x, %b : tensor<1x1x4xf32>, tensor<1x4x32xf32>)
                           outs(%y : tensor<1x1x32xf32>) -> tensor<1x1x32xf32>
  return %r : tensor<1x1x32xf32>
}

// -----

// A [K, N] weight read directly by linalg.matmul, with a dynamic batch: the
// same panels (now W[k, 16p + c]), loops (p, m, k, c).
// CHECK-LABEL: func.func @plain
// CHECK:         arith.constant dense<{{\[\[\[}}0.000000e+00, 4.000000e+00, 8.000000e+00
// CHECK-SAME:      : tensor<2x4x16xf32>
// CHECK:         tensor.expand_shape %{{.*}} {{\[}}[0], [1, 2]] output_shape [%{{.*}}, 2, 16] : tensor<?x32xf32> into tensor<?x2x16xf32>
// CHECK:         linalg.generic
// CHECK-SAME:      iterator_types = ["parallel", "parallel", "reduction", "parallel"]
func.func @plain(%x: tensor<?x4xf32>, %y: tensor<?x32xf32>) -> tensor<?x32xf32> {
  %w = arith.constant dense<[[0.0, 4.0, 8.0, 12.0, 16.0, 20.0, 24.0, 28.0, 32.0, 36.0, 40.0, 44.0, 48.0, 52.0, 56.0, 60.0, 64.0, 68.0, 72.0, 76.0, 80.0, 84.0, 88.0, 92.0, 96.0, 100.0, 104.0, 108.0, 112.0, 116.0, 120.0, 124.0], [1.0, 5.0, 9.0, 13.0, 17.0, 21.0, 25.0, 29.0, 33.0, 37.0, 41.0, 45.0, 49.0, 53.0, 57.0, 61.0, 65.0, 69.0, 73.0, 77.0, 81.0, 85.0, 89.0, 93.0, 97.0, 101.0, 105.0, 109.0, 113.0, 117.0, 121.0, 125.0], [2.0, 6.0, 10.0, 14.0, 18.0, 22.0, 26.0, 30.0, 34.0, 38.0, 42.0, 46.0, 50.0, 54.0, 58.0, 62.0, 66.0, 70.0, 74.0, 78.0, 82.0, 86.0, 90.0, 94.0, 98.0, 102.0, 106.0, 110.0, 114.0, 118.0, 122.0, 126.0], [3.0, 7.0, 11.0, 15.0, 19.0, 23.0, 27.0, 31.0, 35.0, 39.0, 43.0, 47.0, 51.0, 55.0, 59.0, 63.0, 67.0, 71.0, 75.0, 79.0, 83.0, 87.0, 91.0, 95.0, 99.0, 103.0, 107.0, 111.0, 115.0, 119.0, 123.0, 127.0]]> : tensor<4x32xf32>
  %r = linalg.matmul ins(%x, %w : tensor<?x4xf32>, tensor<4x32xf32>)
                     outs(%y : tensor<?x32xf32>) -> tensor<?x32xf32>
  return %r : tensor<?x32xf32>
}

// -----

// Left alone: N not a multiple of 16, a weight with another use, an
// activation as the right operand.
// CHECK-LABEL: func.func @left_alone
// CHECK-COUNT-3: linalg.matmul
// CHECK-NOT:     linalg.generic
func.func @left_alone(%x: tensor<1x4xf32>, %y: tensor<1x8xf32>, %z: tensor<1x32xf32>,
                      %a: tensor<4x32xf32>) -> (tensor<1x8xf32>, tensor<1x32xf32>, tensor<4x32xf32>, tensor<1x32xf32>) {
  %w8 = arith.constant dense<1.0> : tensor<4x8xf32>
  %r8 = linalg.matmul ins(%x, %w8 : tensor<1x4xf32>, tensor<4x8xf32>) outs(%y : tensor<1x8xf32>) -> tensor<1x8xf32>
  %w = arith.constant dense<[[0.0, 4.0, 8.0, 12.0, 16.0, 20.0, 24.0, 28.0, 32.0, 36.0, 40.0, 44.0, 48.0, 52.0, 56.0, 60.0, 64.0, 68.0, 72.0, 76.0, 80.0, 84.0, 88.0, 92.0, 96.0, 100.0, 104.0, 108.0, 112.0, 116.0, 120.0, 124.0], [1.0, 5.0, 9.0, 13.0, 17.0, 21.0, 25.0, 29.0, 33.0, 37.0, 41.0, 45.0, 49.0, 53.0, 57.0, 61.0, 65.0, 69.0, 73.0, 77.0, 81.0, 85.0, 89.0, 93.0, 97.0, 101.0, 105.0, 109.0, 113.0, 117.0, 121.0, 125.0], [2.0, 6.0, 10.0, 14.0, 18.0, 22.0, 26.0, 30.0, 34.0, 38.0, 42.0, 46.0, 50.0, 54.0, 58.0, 62.0, 66.0, 70.0, 74.0, 78.0, 82.0, 86.0, 90.0, 94.0, 98.0, 102.0, 106.0, 110.0, 114.0, 118.0, 122.0, 126.0], [3.0, 7.0, 11.0, 15.0, 19.0, 23.0, 27.0, 31.0, 35.0, 39.0, 43.0, 47.0, 51.0, 55.0, 59.0, 63.0, 67.0, 71.0, 75.0, 79.0, 83.0, 87.0, 91.0, 95.0, 99.0, 103.0, 107.0, 111.0, 115.0, 119.0, 123.0, 127.0]]> : tensor<4x32xf32>
  %r = linalg.matmul ins(%x, %w : tensor<1x4xf32>, tensor<4x32xf32>) outs(%z : tensor<1x32xf32>) -> tensor<1x32xf32>
  %ra = linalg.matmul ins(%x, %a : tensor<1x4xf32>, tensor<4x32xf32>) outs(%z : tensor<1x32xf32>) -> tensor<1x32xf32>
  return %r8, %r, %w, %ra : tensor<1x8xf32>, tensor<1x32xf32>, tensor<4x32xf32>, tensor<1x32xf32>
}

// -----

// N equal to the vector width is one panel: the weight keeps its layout,
// and the product gets the loop order of the packed form (k outside the
// row tile), which a convolution's 16-filter matmul needs too.
// CHECK-LABEL: func.func @one_panel
// CHECK:         arith.constant dense<{{.*}}> : tensor<1x4x16xf32>
// CHECK:         linalg.generic
// CHECK-SAME:      iterator_types = ["parallel", "parallel", "reduction", "parallel"]
// CHECK-NOT:     linalg.matmul
func.func @one_panel(%x: tensor<?x4xf32>, %y: tensor<?x16xf32>) -> tensor<?x16xf32> {
  %w = arith.constant dense<[[0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0, 13.0, 14.0, 15.0], [16.0, 17.0, 18.0, 19.0, 20.0, 21.0, 22.0, 23.0, 24.0, 25.0, 26.0, 27.0, 28.0, 29.0, 30.0, 31.0], [32.0, 33.0, 34.0, 35.0, 36.0, 37.0, 38.0, 39.0, 40.0, 41.0, 42.0, 43.0, 44.0, 45.0, 46.0, 47.0], [48.0, 49.0, 50.0, 51.0, 52.0, 53.0, 54.0, 55.0, 56.0, 57.0, 58.0, 59.0, 60.0, 61.0, 62.0, 63.0]]> : tensor<4x16xf32>
  %r = linalg.matmul ins(%x, %w : tensor<?x4xf32>, tensor<4x16xf32>)
                     outs(%y : tensor<?x16xf32>) -> tensor<?x16xf32>
  return %r : tensor<?x16xf32>
}

// -----

// More than one row: the left operand is read as row blocks [M / r, K, r]
// of the tile's r = 8 rows (an expand_shape and a transpose), so that the
// rows a tile takes at one k are adjacent. Loops (p, block, row, k, c).
// CHECK-DAG: #[[X:.*]] = affine_map<(d0, d1, d2, d3, d4) -> (d1, d3, d2)>
// CHECK-DAG: #[[W:.*]] = affine_map<(d0, d1, d2, d3, d4) -> (d0, d3, d4)>
// CHECK-DAG: #[[Y:.*]] = affine_map<(d0, d1, d2, d3, d4) -> (d1, d2, d0, d4)>
// CHECK-LABEL: func.func @row_blocks
// CHECK:         %[[B:.*]] = tensor.expand_shape %arg0 {{\[}}[0, 1], [2]] output_shape [2, 8, 4] : tensor<16x4xf32> into tensor<2x8x4xf32>
// CHECK:         %[[T:.*]] = linalg.transpose ins(%[[B]] : tensor<2x8x4xf32>) outs(%{{.*}} : tensor<2x4x8xf32>) permutation = [0, 2, 1]
// CHECK:         %[[V:.*]] = tensor.expand_shape %arg1 {{\[}}[0, 1], [2, 3]] output_shape [2, 8, 1, 16] : tensor<16x16xf32> into tensor<2x8x1x16xf32>
// CHECK:         %[[R:.*]] = linalg.generic {indexing_maps = [#[[X]], #[[W]], #[[Y]]], iterator_types = ["parallel", "parallel", "parallel", "reduction", "parallel"]}
// CHECK-SAME:      ins(%[[T]], %{{.*}} : tensor<2x4x8xf32>, tensor<1x4x16xf32>) outs(%[[V]] : tensor<2x8x1x16xf32>)
// CHECK:         tensor.collapse_shape %[[R]] {{\[}}[0, 1], [2, 3]] : tensor<2x8x1x16xf32> into tensor<16x16xf32>
// With rows=0 the rows are read as they are, and so by default: 8 rows of 4
// elements take 128 bytes, below row-block-min-bytes (32 KiB).
// AS-IS-LABEL: func.func @row_blocks
// AS-IS-NOT:     linalg.transpose
// AS-IS:         linalg.generic
// AS-IS-SAME:      ins(%arg0, %{{.*}} : tensor<16x4xf32>, tensor<1x4x16xf32>)
func.func @row_blocks(%x: tensor<16x4xf32>, %y: tensor<16x16xf32>) -> tensor<16x16xf32> {
  %w = arith.constant dense<[[0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0, 13.0, 14.0, 15.0], [16.0, 17.0, 18.0, 19.0, 20.0, 21.0, 22.0, 23.0, 24.0, 25.0, 26.0, 27.0, 28.0, 29.0, 30.0, 31.0], [32.0, 33.0, 34.0, 35.0, 36.0, 37.0, 38.0, 39.0, 40.0, 41.0, 42.0, 43.0, 44.0, 45.0, 46.0, 47.0], [48.0, 49.0, 50.0, 51.0, 52.0, 53.0, 54.0, 55.0, 56.0, 57.0, 58.0, 59.0, 60.0, 61.0, 62.0, 63.0]]> : tensor<4x16xf32>
  %r = linalg.matmul ins(%x, %w : tensor<16x4xf32>, tensor<4x16xf32>)
                     outs(%y : tensor<16x16xf32>) -> tensor<16x16xf32>
  return %r : tensor<16x16xf32>
}

// -----

// Fewer rows than a tile are one block of them; 12 rows (neither below 8
// nor a multiple of it) are read as they are, as is a dynamic count.
// CHECK-LABEL: func.func @row_counts
// CHECK:         linalg.transpose ins(%{{.*}} : tensor<1x1x3x4xf32>) outs(%{{.*}} : tensor<1x1x4x3xf32>) permutation = [0, 1, 3, 2]
// CHECK:         linalg.generic
// CHECK-SAME:      ins(%{{.*}}, %{{.*}} : tensor<1x1x4x3xf32>, tensor<1x4x16xf32>)
// CHECK-NOT:     linalg.transpose
// CHECK:         linalg.generic
// CHECK-SAME:      ins(%arg2, %{{.*}} : tensor<12x4xf32>, tensor<1x4x16xf32>)
// CHECK:         linalg.generic
// CHECK-SAME:      ins(%arg4, %{{.*}} : tensor<?x4xf32>, tensor<1x4x16xf32>)
func.func @row_counts(%x3: tensor<1x3x4xf32>, %y3: tensor<1x3x16xf32>,
                      %x12: tensor<12x4xf32>, %y12: tensor<12x16xf32>,
                      %xd: tensor<?x4xf32>, %yd: tensor<?x16xf32>)
    -> (tensor<1x3x16xf32>, tensor<12x16xf32>, tensor<?x16xf32>) {
  %w = arith.constant dense<[[0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0, 13.0, 14.0, 15.0], [16.0, 17.0, 18.0, 19.0, 20.0, 21.0, 22.0, 23.0, 24.0, 25.0, 26.0, 27.0, 28.0, 29.0, 30.0, 31.0], [32.0, 33.0, 34.0, 35.0, 36.0, 37.0, 38.0, 39.0, 40.0, 41.0, 42.0, 43.0, 44.0, 45.0, 46.0, 47.0], [48.0, 49.0, 50.0, 51.0, 52.0, 53.0, 54.0, 55.0, 56.0, 57.0, 58.0, 59.0, 60.0, 61.0, 62.0, 63.0]]> : tensor<4x16xf32>
  %b = tensor.expand_shape %w [[0, 1], [2]] output_shape [1, 4, 16] : tensor<4x16xf32> into tensor<1x4x16xf32>
  %r3 = linalg.batch_matmul ins(%x3, %b : tensor<1x3x4xf32>, tensor<1x4x16xf32>)
                            outs(%y3 : tensor<1x3x16xf32>) -> tensor<1x3x16xf32>
  %w12 = arith.constant dense<[[0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0, 13.0, 14.0, 15.0], [16.0, 17.0, 18.0, 19.0, 20.0, 21.0, 22.0, 23.0, 24.0, 25.0, 26.0, 27.0, 28.0, 29.0, 30.0, 31.0], [32.0, 33.0, 34.0, 35.0, 36.0, 37.0, 38.0, 39.0, 40.0, 41.0, 42.0, 43.0, 44.0, 45.0, 46.0, 47.0], [48.0, 49.0, 50.0, 51.0, 52.0, 53.0, 54.0, 55.0, 56.0, 57.0, 58.0, 59.0, 60.0, 61.0, 62.0, 63.0]]> : tensor<4x16xf32>
  %r12 = linalg.matmul ins(%x12, %w12 : tensor<12x4xf32>, tensor<4x16xf32>)
                       outs(%y12 : tensor<12x16xf32>) -> tensor<12x16xf32>
  %wd = arith.constant dense<[[0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0, 13.0, 14.0, 15.0], [16.0, 17.0, 18.0, 19.0, 20.0, 21.0, 22.0, 23.0, 24.0, 25.0, 26.0, 27.0, 28.0, 29.0, 30.0, 31.0], [32.0, 33.0, 34.0, 35.0, 36.0, 37.0, 38.0, 39.0, 40.0, 41.0, 42.0, 43.0, 44.0, 45.0, 46.0, 47.0], [48.0, 49.0, 50.0, 51.0, 52.0, 53.0, 54.0, 55.0, 56.0, 57.0, 58.0, 59.0, 60.0, 61.0, 62.0, 63.0]]> : tensor<4x16xf32>
  %rd = linalg.matmul ins(%xd, %wd : tensor<?x4xf32>, tensor<4x16xf32>)
                      outs(%yd : tensor<?x16xf32>) -> tensor<?x16xf32>
  return %r3, %r12, %rd : tensor<1x3x16xf32>, tensor<12x16xf32>, tensor<?x16xf32>
}
