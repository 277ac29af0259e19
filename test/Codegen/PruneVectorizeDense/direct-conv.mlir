// RUN: prune-opt %s --split-input-file --prune-vectorize-dense="vector-width=16 rows=6" | FileCheck %s
// RUN: prune-opt %s --split-input-file --prune-vectorize-dense="vector-width=16 rows=6 threads=2 min-parallel-iterations=1" | FileCheck %s --check-prefix=THREADS

// A convolution that prune-conv-to-matmul leaves for direct vectorization
// (HWCF filter) is tiled into up to `rows` output columns of one output row
// times `vector-width` filters, over one filter tap and up to
// `vector-width` channels, and each tile, narrowed to a 1-D convolution,
// becomes one FMA per column and channel, with the accumulators carried
// across the filter rows and columns. 7 columns are split evenly, 4 + 3
// (6 + 1 would load the filter for a single column); 20 channels are a
// tile of 16 and a peeled one of 4, in both column tiles: 4 x 20 and
// 3 x 20 FMAs.
// CHECK-LABEL: func.func @direct
// CHECK-NOT:     linalg.conv
// CHECK:         scf.for %{{.*}} = %c0 to %c3 step %c1 iter_args({{.*}}) -> (tensor<1x7x7x32xf32>, vector<1x4x16xf32>)
// CHECK:           scf.for %{{.*}} = %c0 to %c3 step %c1 iter_args({{.*}}) -> (tensor<1x7x7x32xf32>, vector<1x4x16xf32>)
// CHECK-COUNT-80:    vector.fma {{.*}} : vector<16xf32>
// CHECK-NOT:         vector.fma
// CHECK:         scf.for %{{.*}} = %c0 to %c3 step %c1 iter_args({{.*}}) -> (tensor<1x7x7x32xf32>, vector<1x3x16xf32>)
// CHECK:           scf.for %{{.*}} = %c0 to %c3 step %c1 iter_args({{.*}}) -> (tensor<1x7x7x32xf32>, vector<1x3x16xf32>)
// CHECK-COUNT-60:    vector.fma {{.*}} : vector<16xf32>
// CHECK-NOT:     linalg.conv
func.func @direct(%x: tensor<1x9x9x20xf32>, %w: tensor<3x3x20x32xf32>, %acc: tensor<1x7x7x32xf32>) -> tensor<1x7x7x32xf32> {
  %y = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %w : tensor<1x9x9x20xf32>, tensor<3x3x20x32xf32>) outs(%acc : tensor<1x7x7x32xf32>) -> tensor<1x7x7x32xf32>
  return %y : tensor<1x7x7x32xf32>
}

// -----

// 12 filters (a layer that prune-neurons shrank from 16) are tiled 8 + 4,
// not as one vector<12xf32>: every tile's FMAs are whole AVX registers
// (the 12 input channels, a reduction, are still read as one vector).
// CHECK-LABEL: func.func @twelve_filters
// CHECK-NOT:     vector.fma {{.*}} : vector<12xf32>
// CHECK:         vector.fma {{.*}} : vector<8xf32>
// CHECK:         vector.fma {{.*}} : vector<4xf32>
// CHECK-NOT:     vector.fma {{.*}} : vector<12xf32>
func.func @twelve_filters(%x: tensor<1x6x6x12xf32>, %w: tensor<3x3x12x12xf32>, %acc: tensor<1x4x4x12xf32>) -> tensor<1x4x4x12xf32> {
  %y = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %w : tensor<1x6x6x12xf32>, tensor<3x3x12x12xf32>) outs(%acc : tensor<1x4x4x12xf32>) -> tensor<1x4x4x12xf32>
  return %y : tensor<1x4x4x12xf32>
}

// -----

// A 7x7 stem of stride 2 over 3 channels and a dynamic batch: 12 output
// columns are two tiles of 6, each of 6 x 3 FMAs per filter tap; 8
// filters make vectors of 8. The batch stays a loop.
// CHECK-LABEL: func.func @stem
// CHECK-NOT:     linalg.conv
// CHECK:         %[[N:.*]] = tensor.dim %arg0, %c0
// CHECK:         scf.for %{{.*}} = %c0 to %[[N]] step %c1
// CHECK:           scf.for %{{.*}} = %c0 to %c12 step %c1
// CHECK:             scf.for %{{.*}} = %c0 to %c12 step %c6
// CHECK:               scf.for %{{.*}} = %c0 to %c7 step %c1
// CHECK:                 scf.for %{{.*}} = %c0 to %c7 step %c1
// CHECK-COUNT-18:          vector.fma {{.*}} : vector<8xf32>
// CHECK-NOT:               vector.fma
// CHECK-NOT:     linalg.conv
func.func @stem(%x: tensor<?x29x29x3xf32>, %w: tensor<7x7x3x8xf32>, %acc: tensor<?x12x12x8xf32>) -> tensor<?x12x12x8xf32> {
  %y = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>}
      ins(%x, %w : tensor<?x29x29x3xf32>, tensor<7x7x3x8xf32>) outs(%acc : tensor<?x12x12x8xf32>) -> tensor<?x12x12x8xf32>
  return %y : tensor<?x12x12x8xf32>
}

// -----

// The bias the TOSA lowering broadcasts into the output before the
// convolution accumulates into it is computed in the convolution's tiles
// (tile and fuse): each accumulator tile starts as the bias vector, in
// registers, with no pass of its own over the output.
// CHECK-LABEL: func.func @bias_accumulator
// CHECK-NOT:     linalg.generic
// CHECK:         scf.for %{{.*}} = %c0 to %c4 step %c1
// CHECK:             %[[B:.*]] = vector.transfer_read %arg2[%c0]{{.*}} : tensor<16xf32>, vector<16xf32>
// CHECK:             %[[I0:.*]] = vector.insert %[[B]], %{{.*}} [0] : vector<16xf32> into vector<4x16xf32>
// CHECK:             %[[I3:.*]] = vector.insert %[[B]], %{{.*}} [3] : vector<16xf32> into vector<4x16xf32>
// CHECK:             %[[ACC:.*]] = vector.broadcast %[[I3]] : vector<4x16xf32> to vector<1x4x16xf32>
// CHECK:             scf.for %{{.*}} = %c0 to %c3 step %c1 iter_args(%{{.*}} = %{{.*}}, %{{.*}} = %[[ACC]])
// CHECK-COUNT-32:      vector.fma
// CHECK-NOT:     linalg.generic
// Split across threads, each chunk computes its slice of the broadcast: the
// tiles inside the scf.forall start as the bias, as on one thread.
// THREADS-LABEL: func.func @bias_accumulator
// THREADS-NOT:     vector.transfer_write
// THREADS:         scf.forall (%{{.*}}) = (0) to (4) step (2)
// THREADS:           scf.for %{{.*}} = %c0 to %c2 step %c1
// THREADS:             vector.transfer_read %arg2[%c0]{{.*}} : tensor<16xf32>, vector<16xf32>
// THREADS:             scf.for %{{.*}} = %c0 to %c3 step %c1
// THREADS-COUNT-32:      vector.fma
// THREADS:           scf.forall.in_parallel
// THREADS-NOT:     linalg.
#bias = affine_map<(d0, d1, d2, d3) -> (d3)>
#out = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
func.func @bias_accumulator(%x: tensor<1x6x6x8xf32>, %w: tensor<3x3x8x16xf32>, %b: tensor<16xf32>) -> tensor<1x4x4x16xf32> {
  %e = tensor.empty() : tensor<1x4x4x16xf32>
  %acc = linalg.generic {indexing_maps = [#bias, #out], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%b : tensor<16xf32>) outs(%e : tensor<1x4x4x16xf32>) {
  ^bb0(%in: f32, %o: f32):
    linalg.yield %in : f32
  } -> tensor<1x4x4x16xf32>
  %y = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %w : tensor<1x6x6x8xf32>, tensor<3x3x8x16xf32>) outs(%acc : tensor<1x4x4x16xf32>) -> tensor<1x4x4x16xf32>
  return %y : tensor<1x4x4x16xf32>
}

// -----

// With a dynamic batch the batch loop's bound is read from the input, and
// the broadcast, fused, leaves no op of its own.
// CHECK-LABEL: func.func @bias_accumulator_dynamic_batch
// CHECK-NOT:     linalg.
// CHECK:         tensor.empty
// CHECK:         %[[N:.*]] = tensor.dim %arg0, %c0
// CHECK:         scf.for %{{.*}} = %c0 to %[[N]] step %c1
// CHECK:           vector.transfer_read %arg2[%c0]{{.*}} : tensor<16xf32>, vector<16xf32>
// CHECK:           scf.for %{{.*}} = %c0 to %c3 step %c1
// CHECK-COUNT-32:    vector.fma
// CHECK-NOT:     linalg.
#bias = affine_map<(d0, d1, d2, d3) -> (d3)>
#out = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
func.func @bias_accumulator_dynamic_batch(%x: tensor<?x6x6x8xf32>, %w: tensor<3x3x8x16xf32>, %b: tensor<16xf32>) -> tensor<?x4x4x16xf32> {
  %c0 = arith.constant 0 : index
  %n = tensor.dim %x, %c0 : tensor<?x6x6x8xf32>
  %e = tensor.empty(%n) : tensor<?x4x4x16xf32>
  %acc = linalg.generic {indexing_maps = [#bias, #out], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%b : tensor<16xf32>) outs(%e : tensor<?x4x4x16xf32>) {
  ^bb0(%in: f32, %o: f32):
    linalg.yield %in : f32
  } -> tensor<?x4x4x16xf32>
  %y = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %w : tensor<?x6x6x8xf32>, tensor<3x3x8x16xf32>) outs(%acc : tensor<?x4x4x16xf32>) -> tensor<?x4x4x16xf32>
  return %y : tensor<?x4x4x16xf32>
}

// -----

// The ReLU after the convolution (its only user, reading the whole result
// in order) is computed in the convolution's tiles too: each tile is
// activated in registers, after its reduction loops, and written once.
// A convolution with a second user keeps its ReLU a pass of its own.
// CHECK-LABEL: func.func @relu_epilogue
// CHECK-NOT:     linalg.
// CHECK:         scf.for %{{.*}} = %c0 to %c4 step %c1
// CHECK:           scf.for %{{.*}} = %c0 to %c3 step %c1
// CHECK-COUNT-32:    vector.fma
// CHECK:         arith.maximumf {{.*}} : vector<4x16xf32>
// CHECK-NOT:     linalg.
// CHECK-LABEL: func.func @two_users
// CHECK:         scf.for
// CHECK:           vector.fma
// CHECK:         scf.for
// CHECK:           arith.maximumf
// Split across threads, the ReLU is computed in the chunks' tiles.
// THREADS-LABEL: func.func @relu_epilogue
// THREADS-NOT:     linalg.
// THREADS:         scf.forall (%{{.*}}) = (0) to (4) step (2)
// THREADS:           scf.for %{{.*}} = %c0 to %c2 step %c1
// THREADS-COUNT-32:      vector.fma
// THREADS:             arith.maximumf {{.*}} : vector<4x16xf32>
// THREADS:           scf.forall.in_parallel
// THREADS-NOT:     arith.maximumf
// THREADS-NOT:     linalg.
// THREADS-LABEL: func.func @two_users
// THREADS:         scf.forall
// THREADS:           vector.fma
// THREADS:         scf.forall
// THREADS:           arith.maximumf
#id = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
func.func @relu_epilogue(%x: tensor<1x6x6x8xf32>, %w: tensor<3x3x8x16xf32>) -> tensor<1x4x4x16xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x4x4x16xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%e : tensor<1x4x4x16xf32>) -> tensor<1x4x4x16xf32>
  %y = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %w : tensor<1x6x6x8xf32>, tensor<3x3x8x16xf32>) outs(%acc : tensor<1x4x4x16xf32>) -> tensor<1x4x4x16xf32>
  %e2 = tensor.empty() : tensor<1x4x4x16xf32>
  %r = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%y : tensor<1x4x4x16xf32>) outs(%e2 : tensor<1x4x4x16xf32>) {
  ^bb0(%in: f32, %o: f32):
    %m = arith.maximumf %in, %zero : f32
    linalg.yield %m : f32
  } -> tensor<1x4x4x16xf32>
  return %r : tensor<1x4x4x16xf32>
}

func.func @two_users(%x: tensor<1x6x6x8xf32>, %w: tensor<3x3x8x16xf32>, %acc: tensor<1x4x4x16xf32>)
    -> (tensor<1x4x4x16xf32>, tensor<1x4x4x16xf32>) {
  %zero = arith.constant 0.0 : f32
  %y = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %w : tensor<1x6x6x8xf32>, tensor<3x3x8x16xf32>) outs(%acc : tensor<1x4x4x16xf32>) -> tensor<1x4x4x16xf32>
  %e2 = tensor.empty() : tensor<1x4x4x16xf32>
  %r = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%y : tensor<1x4x4x16xf32>) outs(%e2 : tensor<1x4x4x16xf32>) {
  ^bb0(%in: f32, %o: f32):
    %m = arith.maximumf %in, %zero : f32
    linalg.yield %m : f32
  } -> tensor<1x4x4x16xf32>
  return %r, %y : tensor<1x4x4x16xf32>, tensor<1x4x4x16xf32>
}

// -----

// Fewer channels than a vector and at least two vectors of filters (an RGB
// stem of 64 filters): a tile is 32 filters over half of `rows` columns, 3
// here (12 columns: four tiles), so that each broadcast input element feeds
// two filter vectors: per tap 3 columns x 3 channels, each one FMA on
// vector<32xf32> (two registers once LLVM legalizes it).
// CHECK-LABEL: func.func @rgb_stem
// CHECK:         scf.for %{{.*}} = %c0 to %c12 step %c3
// CHECK:           scf.for %{{.*}} = %c0 to %c64 step %c32
// CHECK:             scf.for %{{.*}} = %c0 to %c3 step %c1 iter_args({{.*}}) -> (tensor<1x12x12x64xf32>, vector<1x3x32xf32>)
// CHECK:               scf.for %{{.*}} = %c0 to %c3 step %c1 iter_args({{.*}}) -> (tensor<1x12x12x64xf32>, vector<1x3x32xf32>)
// CHECK-COUNT-9:         vector.fma {{.*}} : vector<32xf32>
// CHECK-NOT:             vector.fma
func.func @rgb_stem(%x: tensor<1x25x25x3xf32>, %w: tensor<3x3x3x64xf32>, %acc: tensor<1x12x12x64xf32>) -> tensor<1x12x12x64xf32> {
  %y = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>}
      ins(%x, %w : tensor<1x25x25x3xf32>, tensor<3x3x3x64xf32>) outs(%acc : tensor<1x12x12x64xf32>) -> tensor<1x12x12x64xf32>
  return %y : tensor<1x12x12x64xf32>
}
