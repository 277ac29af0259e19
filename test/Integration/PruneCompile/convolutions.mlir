// Convolutions inside prune-compile give what upstream's scalar convolution
// loops give (vectorize-dense=false, where neither pass below runs):
// - prune-conv-to-matmul: by default these small filters stay convolutions
//   and are vectorized directly (HWCF, the bias broadcast in the tiles);
//   with max-direct-filter-bytes=0, window gathers and matmuls (dense,
//   vectorized, packed where the filter is a constant, looping over images
//   for a batch); both on strides, dilations, channel and filter counts
//   that divide no tile, both filter layouts and a dynamic batch;
// - prune-prepare-depthwise: depthwise convolutions, as the TOSA lowering
//   writes them (channel multiplier 1, zero fill, bias added after) and
//   multiplier-free into a nonzero accumulator, with a stride, a dilation,
//   channels that divide no vector and a dynamic batch, vectorized as 1-D
//   tiles; and one of a zero-padded input (asymmetric padding, stride 2),
//   split into an interior reading the input and padded border strips;
// - a direct convolution of 12 filters with its bias fill and ReLU fused
//   into its tiles. Data are small integers, so
// every result is exact; results are printed as weighted checksums computed
// with scalar loops. The expected numbers are numpy's (einsum per window
// position) on the same formulas. libomp serves the threads=2 builds, whose
// split loops are OpenMP loops.
//
// DEFINE: %{options} = vectorize-dense=false
// DEFINE: %{run} = prune-opt %s --prune-compile="%{options}" \
// DEFINE: | mlir-runner -e main -entry-point-result=void -shared-libs=%mlir_runner_libs,%llvm_lib/libomp.so \
// DEFINE: | FileCheck %s
//
// RUN: %{run}
// REDEFINE: %{options} =
// RUN: %{run}
// REDEFINE: %{options} = max-direct-filter-bytes=0
// RUN: %{run}
// REDEFINE: %{options} = vector-width=8 rows=3
// RUN: %{run}
// REDEFINE: %{options} = threads=2
// RUN: %{run}
// Every op split across the threads (these are below the default
// min-parallel-iterations), the convolutions with their accumulators'
// fills computed in the scf.forall's chunks:
// REDEFINE: %{options} = threads=2 min-parallel-iterations=1 min-parallel-elementwise-iterations=1
// RUN: %{run}
// The gathers' loops over images with their accumulators' fills and the
// 12-filter convolution's ReLU computed per image (prune-fuse-image-loops),
// each op in an iteration split across the threads again:
// REDEFINE: %{options} = max-direct-filter-bytes=0 threads=2 min-parallel-iterations=1 min-parallel-elementwise-iterations=1
// RUN: %{run}

// CHECK: 5123
// CHECK-NEXT: 835
// CHECK-NEXT: 1912
// CHECK-NEXT: -537
// CHECK-NEXT: -1804
// CHECK-NEXT: -1947
// CHECK-NEXT: 84560

#id2 = affine_map<(i, j) -> (i, j)>

// m[i, j] = ((i * a + j * b) mod 11) - 5
func.func @pattern(%rows: index, %cols: index, %a: index, %b: index) -> tensor<?x?xf32> {
  %e = tensor.empty(%rows, %cols) : tensor<?x?xf32>
  %r = linalg.generic {indexing_maps = [#id2], iterator_types = ["parallel", "parallel"]}
      outs(%e : tensor<?x?xf32>) {
  ^bb0(%out: f32):
    %i = linalg.index 0 : index
    %j = linalg.index 1 : index
    %ia = arith.muli %i, %a : index
    %jb = arith.muli %j, %b : index
    %s = arith.addi %ia, %jb : index
    %c11 = arith.constant 11 : index
    %m = arith.remui %s, %c11 : index
    %c5 = arith.constant 5 : index
    %v = arith.subi %m, %c5 : index
    %vi = arith.index_cast %v : index to i32
    %vf = arith.sitofp %vi : i32 to f32
    linalg.yield %vf : f32
  } -> tensor<?x?xf32>
  return %r : tensor<?x?xf32>
}

// sum over i, j of t[i, j] * ((i * 3 + j * 5) mod 7 + 1), in scalar loops
func.func @checksum(%t: tensor<?x?xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c3 = arith.constant 3 : index
  %c5 = arith.constant 5 : index
  %c7 = arith.constant 7 : index
  %zero = arith.constant 0.0 : f32
  %rows = tensor.dim %t, %c0 : tensor<?x?xf32>
  %cols = tensor.dim %t, %c1 : tensor<?x?xf32>
  %sum = scf.for %i = %c0 to %rows step %c1 iter_args(%acc = %zero) -> (f32) {
    %rowsum = scf.for %j = %c0 to %cols step %c1 iter_args(%acc2 = %acc) -> (f32) {
      %v = tensor.extract %t[%i, %j] : tensor<?x?xf32>
      %i3 = arith.muli %i, %c3 : index
      %j5 = arith.muli %j, %c5 : index
      %s = arith.addi %i3, %j5 : index
      %m = arith.remui %s, %c7 : index
      %w = arith.addi %m, %c1 : index
      %wi = arith.index_cast %w : index to i32
      %wf = arith.sitofp %wi : i32 to f32
      %p = arith.mulf %v, %wf : f32
      %n = arith.addf %acc2, %p : f32
      scf.yield %n : f32
    }
    scf.yield %rowsum : f32
  }
  %si = arith.fptosi %sum : f32 to i64
  vector.print %si : i64
  return
}

func.func @main() {
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %c3 = arith.constant 3 : index
  %c4 = arith.constant 4 : index
  %c5 = arith.constant 5 : index
  %c7 = arith.constant 7 : index
  %c12 = arith.constant 12 : index
  %c16 = arith.constant 16 : index
  %c48 = arith.constant 48 : index
  %c63 = arith.constant 63 : index
  %c64 = arith.constant 64 : index
  %c72 = arith.constant 72 : index
  %c243 = arith.constant 243 : index
  %zero = arith.constant 0.0 : f32

  // 1. FHWC, stride 2, a batch of 3, 5 channels, 7 filters, accumulating
  //    into a nonzero output (the bias the TOSA lowering broadcasts).
  %x1 = call @pattern(%c243, %c5, %c3, %c1) : (index, index, index, index) -> tensor<?x?xf32>
  %x1s = tensor.cast %x1 : tensor<?x?xf32> to tensor<243x5xf32>
  %x1r = tensor.expand_shape %x1s [[0, 1, 2], [3]] output_shape [3, 9, 9, 5] : tensor<243x5xf32> into tensor<3x9x9x5xf32>
  %w1 = call @pattern(%c63, %c5, %c2, %c7) : (index, index, index, index) -> tensor<?x?xf32>
  %w1s = tensor.cast %w1 : tensor<?x?xf32> to tensor<63x5xf32>
  %w1r = tensor.expand_shape %w1s [[0, 1, 2], [3]] output_shape [7, 3, 3, 5] : tensor<63x5xf32> into tensor<7x3x3x5xf32>
  %y1 = call @pattern(%c48, %c7, %c1, %c3) : (index, index, index, index) -> tensor<?x?xf32>
  %y1s = tensor.cast %y1 : tensor<?x?xf32> to tensor<48x7xf32>
  %y1r = tensor.expand_shape %y1s [[0, 1, 2], [3]] output_shape [3, 4, 4, 7] : tensor<48x7xf32> into tensor<3x4x4x7xf32>
  %r1 = linalg.conv_2d_nhwc_fhwc {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>}
          ins(%x1r, %w1r : tensor<3x9x9x5xf32>, tensor<7x3x3x5xf32>) outs(%y1r : tensor<3x4x4x7xf32>) -> tensor<3x4x4x7xf32>
  %r1c = tensor.collapse_shape %r1 [[0, 1, 2], [3]] : tensor<3x4x4x7xf32> into tensor<48x7xf32>
  %r1d = tensor.cast %r1c : tensor<48x7xf32> to tensor<?x?xf32>
  call @checksum(%r1d) : (tensor<?x?xf32>) -> ()

  // 2. HWCF, dilation 2, 16 filters, a dynamic batch (of 1).
  %x2 = call @pattern(%c64, %c3, %c4, %c3) : (index, index, index, index) -> tensor<?x?xf32>
  %x2s = tensor.cast %x2 : tensor<?x?xf32> to tensor<?x3xf32>
  %x2r = tensor.expand_shape %x2s [[0, 1, 2], [3]] output_shape [%c1, 8, 8, 3] : tensor<?x3xf32> into tensor<?x8x8x3xf32>
  %w2 = call @pattern(%c12, %c16, %c1, %c2) : (index, index, index, index) -> tensor<?x?xf32>
  %w2s = tensor.cast %w2 : tensor<?x?xf32> to tensor<12x16xf32>
  %w2r = tensor.expand_shape %w2s [[0, 1, 2], [3]] output_shape [2, 2, 3, 16] : tensor<12x16xf32> into tensor<2x2x3x16xf32>
  %e2 = tensor.empty(%c1) : tensor<?x6x6x16xf32>
  %y2 = linalg.fill ins(%zero : f32) outs(%e2 : tensor<?x6x6x16xf32>) -> tensor<?x6x6x16xf32>
  %r2 = linalg.conv_2d_nhwc_hwcf {dilations = dense<2> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
          ins(%x2r, %w2r : tensor<?x8x8x3xf32>, tensor<2x2x3x16xf32>) outs(%y2 : tensor<?x6x6x16xf32>) -> tensor<?x6x6x16xf32>
  %r2c = tensor.collapse_shape %r2 [[0, 1, 2], [3]] : tensor<?x6x6x16xf32> into tensor<?x16xf32>
  %r2d = tensor.cast %r2c : tensor<?x16xf32> to tensor<?x?xf32>
  call @checksum(%r2d) : (tensor<?x?xf32>) -> ()

  // 3. A constant FHWC filter (packed at compile time), a batch of 2.
  %x3 = call @pattern(%c72, %c2, %c5, %c1) : (index, index, index, index) -> tensor<?x?xf32>
  %x3s = tensor.cast %x3 : tensor<?x?xf32> to tensor<72x2xf32>
  %x3r = tensor.expand_shape %x3s [[0, 1, 2], [3]] output_shape [2, 6, 6, 2] : tensor<72x2xf32> into tensor<2x6x6x2xf32>
  %w3 = arith.constant dense<[[[[-5.0, 2.0], [-2.0, 5.0], [1.0, -3.0]], [[4.0, 0.0], [-4.0, 3.0], [-1.0, -5.0]], [[2.0, -2.0], [5.0, 1.0], [-3.0, 4.0]]], [[[0.0, -4.0], [3.0, -1.0], [-5.0, 2.0]], [[-2.0, 5.0], [1.0, -3.0], [4.0, 0.0]], [[-4.0, 3.0], [-1.0, -5.0], [2.0, -2.0]]], [[[5.0, 1.0], [-3.0, 4.0], [0.0, -4.0]], [[3.0, -1.0], [-5.0, 2.0], [-2.0, 5.0]], [[1.0, -3.0], [4.0, 0.0], [-4.0, 3.0]]], [[[-1.0, -5.0], [2.0, -2.0], [5.0, 1.0]], [[-3.0, 4.0], [0.0, -4.0], [3.0, -1.0]], [[-5.0, 2.0], [-2.0, 5.0], [1.0, -3.0]]], [[[4.0, 0.0], [-4.0, 3.0], [-1.0, -5.0]], [[2.0, -2.0], [5.0, 1.0], [-3.0, 4.0]], [[0.0, -4.0], [3.0, -1.0], [-5.0, 2.0]]], [[[-2.0, 5.0], [1.0, -3.0], [4.0, 0.0]], [[-4.0, 3.0], [-1.0, -5.0], [2.0, -2.0]], [[5.0, 1.0], [-3.0, 4.0], [0.0, -4.0]]], [[[3.0, -1.0], [-5.0, 2.0], [-2.0, 5.0]], [[1.0, -3.0], [4.0, 0.0], [-4.0, 3.0]], [[-1.0, -5.0], [2.0, -2.0], [5.0, 1.0]]], [[[-3.0, 4.0], [0.0, -4.0], [3.0, -1.0]], [[-5.0, 2.0], [-2.0, 5.0], [1.0, -3.0]], [[4.0, 0.0], [-4.0, 3.0], [-1.0, -5.0]]], [[[2.0, -2.0], [5.0, 1.0], [-3.0, 4.0]], [[0.0, -4.0], [3.0, -1.0], [-5.0, 2.0]], [[-2.0, 5.0], [1.0, -3.0], [4.0, 0.0]]], [[[-4.0, 3.0], [-1.0, -5.0], [2.0, -2.0]], [[5.0, 1.0], [-3.0, 4.0], [0.0, -4.0]], [[3.0, -1.0], [-5.0, 2.0], [-2.0, 5.0]]], [[[1.0, -3.0], [4.0, 0.0], [-4.0, 3.0]], [[-1.0, -5.0], [2.0, -2.0], [5.0, 1.0]], [[-3.0, 4.0], [0.0, -4.0], [3.0, -1.0]]], [[[-5.0, 2.0], [-2.0, 5.0], [1.0, -3.0]], [[4.0, 0.0], [-4.0, 3.0], [-1.0, -5.0]], [[2.0, -2.0], [5.0, 1.0], [-3.0, 4.0]]], [[[0.0, -4.0], [3.0, -1.0], [-5.0, 2.0]], [[-2.0, 5.0], [1.0, -3.0], [4.0, 0.0]], [[-4.0, 3.0], [-1.0, -5.0], [2.0, -2.0]]], [[[5.0, 1.0], [-3.0, 4.0], [0.0, -4.0]], [[3.0, -1.0], [-5.0, 2.0], [-2.0, 5.0]], [[1.0, -3.0], [4.0, 0.0], [-4.0, 3.0]]], [[[-1.0, -5.0], [2.0, -2.0], [5.0, 1.0]], [[-3.0, 4.0], [0.0, -4.0], [3.0, -1.0]], [[-5.0, 2.0], [-2.0, 5.0], [1.0, -3.0]]], [[[4.0, 0.0], [-4.0, 3.0], [-1.0, -5.0]], [[2.0, -2.0], [5.0, 1.0], [-3.0, 4.0]], [[0.0, -4.0], [3.0, -1.0], [-5.0, 2.0]]]]> : tensor<16x3x3x2xf32>
  %e3 = tensor.empty() : tensor<2x4x4x16xf32>
  %y3 = linalg.fill ins(%zero : f32) outs(%e3 : tensor<2x4x4x16xf32>) -> tensor<2x4x4x16xf32>
  %r3 = linalg.conv_2d_nhwc_fhwc {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
          ins(%x3r, %w3 : tensor<2x6x6x2xf32>, tensor<16x3x3x2xf32>) outs(%y3 : tensor<2x4x4x16xf32>) -> tensor<2x4x4x16xf32>
  %r3c = tensor.collapse_shape %r3 [[0, 1, 2], [3]] : tensor<2x4x4x16xf32> into tensor<32x16xf32>
  %r3d = tensor.cast %r3c : tensor<32x16xf32> to tensor<?x?xf32>
  call @checksum(%r3d) : (tensor<?x?xf32>) -> ()

  // 4. Depthwise as the TOSA lowering writes it: multiplier 1 into a zero
  //    fill, then the bias added over [N, OH, OW, C, 1]; stride 2, 20
  //    channels, a dynamic batch of 2.
  %c9 = arith.constant 9 : index
  %c20 = arith.constant 20 : index
  %c162 = arith.constant 162 : index
  %x4 = call @pattern(%c162, %c20, %c2, %c3) : (index, index, index, index) -> tensor<?x?xf32>
  %x4s = tensor.cast %x4 : tensor<?x?xf32> to tensor<?x20xf32>
  %x4r = tensor.expand_shape %x4s [[0, 1, 2], [3]] output_shape [%c2, 9, 9, 20] : tensor<?x20xf32> into tensor<?x9x9x20xf32>
  %w4 = call @pattern(%c9, %c20, %c1, %c4) : (index, index, index, index) -> tensor<?x?xf32>
  %w4s = tensor.cast %w4 : tensor<?x?xf32> to tensor<9x20xf32>
  %w4r = tensor.expand_shape %w4s [[0, 1], [2, 3]] output_shape [3, 3, 20, 1] : tensor<9x20xf32> into tensor<3x3x20x1xf32>
  %b4 = call @pattern(%c1, %c20, %c1, %c1) : (index, index, index, index) -> tensor<?x?xf32>
  %b4s = tensor.cast %b4 : tensor<?x?xf32> to tensor<1x20xf32>
  %b4r = tensor.expand_shape %b4s [[0], [1, 2]] output_shape [1, 20, 1] : tensor<1x20xf32> into tensor<1x20x1xf32>
  %b4c = tensor.collapse_shape %b4r [[0, 1], [2]] : tensor<1x20x1xf32> into tensor<20x1xf32>
  %e4 = tensor.empty(%c2) : tensor<?x4x4x20x1xf32>
  %y4 = linalg.fill ins(%zero : f32) outs(%e4 : tensor<?x4x4x20x1xf32>) -> tensor<?x4x4x20x1xf32>
  %r4 = linalg.depthwise_conv_2d_nhwc_hwcm {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>}
          ins(%x4r, %w4r : tensor<?x9x9x20xf32>, tensor<3x3x20x1xf32>) outs(%y4 : tensor<?x4x4x20x1xf32>) -> tensor<?x4x4x20x1xf32>
  %s4 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]}
          ins(%b4c, %r4 : tensor<20x1xf32>, tensor<?x4x4x20x1xf32>) outs(%e4 : tensor<?x4x4x20x1xf32>) {
  ^bb0(%in: f32, %in_1: f32, %out: f32):
    %add = arith.addf %in, %in_1 : f32
    linalg.yield %add : f32
  } -> tensor<?x4x4x20x1xf32>
  %r4c = tensor.collapse_shape %s4 [[0, 1, 2], [3, 4]] : tensor<?x4x4x20x1xf32> into tensor<?x20xf32>
  %r4d = tensor.cast %r4c : tensor<?x20xf32> to tensor<?x?xf32>
  call @checksum(%r4d) : (tensor<?x?xf32>) -> ()

  // 5. Multiplier-free, dilation 2, 32 channels, into a nonzero
  //    accumulator.
  %c32 = arith.constant 32 : index
  %c36 = arith.constant 36 : index
  %c100 = arith.constant 100 : index
  %x5 = call @pattern(%c100, %c32, %c1, %c2) : (index, index, index, index) -> tensor<?x?xf32>
  %x5s = tensor.cast %x5 : tensor<?x?xf32> to tensor<100x32xf32>
  %x5r = tensor.expand_shape %x5s [[0, 1, 2], [3]] output_shape [1, 10, 10, 32] : tensor<100x32xf32> into tensor<1x10x10x32xf32>
  %w5 = call @pattern(%c9, %c32, %c3, %c1) : (index, index, index, index) -> tensor<?x?xf32>
  %w5s = tensor.cast %w5 : tensor<?x?xf32> to tensor<9x32xf32>
  %w5r = tensor.expand_shape %w5s [[0, 1], [2]] output_shape [3, 3, 32] : tensor<9x32xf32> into tensor<3x3x32xf32>
  %y5 = call @pattern(%c36, %c32, %c2, %c5) : (index, index, index, index) -> tensor<?x?xf32>
  %y5s = tensor.cast %y5 : tensor<?x?xf32> to tensor<36x32xf32>
  %y5r = tensor.expand_shape %y5s [[0, 1, 2], [3]] output_shape [1, 6, 6, 32] : tensor<36x32xf32> into tensor<1x6x6x32xf32>
  %r5 = linalg.depthwise_conv_2d_nhwc_hwc {dilations = dense<2> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
          ins(%x5r, %w5r : tensor<1x10x10x32xf32>, tensor<3x3x32xf32>) outs(%y5r : tensor<1x6x6x32xf32>) -> tensor<1x6x6x32xf32>
  %r5c = tensor.collapse_shape %r5 [[0, 1, 2], [3]] : tensor<1x6x6x32xf32> into tensor<36x32xf32>
  %r5d = tensor.cast %r5c : tensor<36x32xf32> to tensor<?x?xf32>
  call @checksum(%r5d) : (tensor<?x?xf32>) -> ()

  // 6. Case 4's input zero-padded by one row above and below and one column
  //    on the left, stride 2, into a nonzero accumulator.
  %c40 = arith.constant 40 : index
  %x6 = tensor.pad %x4r low[0, 1, 1, 0] high[0, 1, 0, 0] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %zero : f32
  } : tensor<?x9x9x20xf32> to tensor<?x11x10x20xf32>
  %w6 = tensor.collapse_shape %w4r [[0], [1], [2, 3]] : tensor<3x3x20x1xf32> into tensor<3x3x20xf32>
  %y6 = call @pattern(%c40, %c20, %c1, %c3) : (index, index, index, index) -> tensor<?x?xf32>
  %y6s = tensor.cast %y6 : tensor<?x?xf32> to tensor<?x20xf32>
  %y6r = tensor.expand_shape %y6s [[0, 1, 2], [3]] output_shape [%c2, 5, 4, 20] : tensor<?x20xf32> into tensor<?x5x4x20xf32>
  %r6 = linalg.depthwise_conv_2d_nhwc_hwc {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>}
          ins(%x6, %w6 : tensor<?x11x10x20xf32>, tensor<3x3x20xf32>) outs(%y6r : tensor<?x5x4x20xf32>) -> tensor<?x5x4x20xf32>
  %r6c = tensor.collapse_shape %r6 [[0, 1, 2], [3]] : tensor<?x5x4x20xf32> into tensor<?x20xf32>
  %r6d = tensor.cast %r6c : tensor<?x20xf32> to tensor<?x?xf32>
  call @checksum(%r6d) : (tensor<?x?xf32>) -> ()

  // 7. HWCF, 12 filters (tiled 8 + 4), a bias of 2 filled into the
  //    accumulator and a ReLU after the convolution, both computed in its
  //    tiles; a batch of 2.
  %c6 = arith.constant 6 : index
  %c50 = arith.constant 50 : index
  %c54 = arith.constant 54 : index
  %c98 = arith.constant 98 : index
  %two = arith.constant 2.0 : f32
  %x7 = call @pattern(%c98, %c6, %c2, %c5) : (index, index, index, index) -> tensor<?x?xf32>
  %x7s = tensor.cast %x7 : tensor<?x?xf32> to tensor<98x6xf32>
  %x7r = tensor.expand_shape %x7s [[0, 1, 2], [3]] output_shape [2, 7, 7, 6] : tensor<98x6xf32> into tensor<2x7x7x6xf32>
  %w7 = call @pattern(%c54, %c12, %c1, %c4) : (index, index, index, index) -> tensor<?x?xf32>
  %w7s = tensor.cast %w7 : tensor<?x?xf32> to tensor<54x12xf32>
  %w7r = tensor.expand_shape %w7s [[0, 1, 2], [3]] output_shape [3, 3, 6, 12] : tensor<54x12xf32> into tensor<3x3x6x12xf32>
  %e7 = tensor.empty() : tensor<2x5x5x12xf32>
  %y7 = linalg.fill ins(%two : f32) outs(%e7 : tensor<2x5x5x12xf32>) -> tensor<2x5x5x12xf32>
  %r7 = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
          ins(%x7r, %w7r : tensor<2x7x7x6xf32>, tensor<3x3x6x12xf32>) outs(%y7 : tensor<2x5x5x12xf32>) -> tensor<2x5x5x12xf32>
  %f7 = tensor.empty() : tensor<2x5x5x12xf32>
  %a7 = linalg.generic {indexing_maps = [affine_map<(n, h, w, c) -> (n, h, w, c)>, affine_map<(n, h, w, c) -> (n, h, w, c)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%r7 : tensor<2x5x5x12xf32>) outs(%f7 : tensor<2x5x5x12xf32>) {
  ^bb0(%in: f32, %out: f32):
    %relu = arith.maximumf %in, %zero : f32
    linalg.yield %relu : f32
  } -> tensor<2x5x5x12xf32>
  %a7c = tensor.collapse_shape %a7 [[0, 1, 2], [3]] : tensor<2x5x5x12xf32> into tensor<50x12xf32>
  %a7d = tensor.cast %a7c : tensor<50x12xf32> to tensor<?x?xf32>
  call @checksum(%a7d) : (tensor<?x?xf32>) -> ()
  return
}
