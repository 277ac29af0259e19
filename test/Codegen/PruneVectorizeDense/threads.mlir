// RUN: prune-opt %s --split-input-file --prune-vectorize-dense="threads=2 min-parallel-iterations=131072" | FileCheck %s
// RUN: prune-opt %s --split-input-file --prune-vectorize-dense=threads=2 | FileCheck %s --check-prefix=DEFAULT
// RUN: prune-opt %s --split-input-file --prune-vectorize-dense | FileCheck %s --check-prefix=ONE

// threads=2 splits a contraction of at least min-parallel-iterations (2^19 by
// default, 2^17 here) iterations into two scf.forall
// iterations along its largest static parallel loop, each a whole number of
// tiles; the tiles inside are vectorized as with one thread.
// With the default threshold (2^19) this one, of 2^21 iterations, splits.
// DEFAULT-LABEL: func.func @matmul
// DEFAULT:         scf.forall
// CHECK-LABEL: func.func @matmul
// CHECK:         scf.forall (%[[J:.*]]) = (0) to (512) step (256) shared_outs(%{{.*}} = %{{.*}}) -> (tensor<64x512xf32>)
// CHECK:           tensor.extract_slice {{.*}}[0, %[[J]]] [64, 256] [1, 1] : tensor<64x512xf32> to tensor<64x256xf32>
// CHECK:           scf.for
// CHECK:             vector.fma {{.*}} : vector<16xf32>
// CHECK:           scf.forall.in_parallel
// CHECK:             tensor.parallel_insert_slice {{.*}}[0, %[[J]]] [64, 256] [1, 1] : tensor<64x256xf32> into tensor<64x512xf32>
// ONE-LABEL: func.func @matmul
// ONE-NOT:     scf.forall
func.func @matmul(%a: tensor<64x64xf32>, %b: tensor<64x512xf32>,
                  %c: tensor<64x512xf32>) -> tensor<64x512xf32> {
  %r = linalg.matmul ins(%a, %b : tensor<64x64xf32>, tensor<64x512xf32>)
                     outs(%c : tensor<64x512xf32>) -> tensor<64x512xf32>
  return %r : tensor<64x512xf32>
}

// -----

// Exactly the default threshold: 64 x 16 x 512 = 2^19 iterations split;
// half that (64 x 8 x 512) does not.
// DEFAULT-LABEL: func.func @at_default_threshold
// DEFAULT:         %[[SPLIT:.*]] = scf.forall (%{{.*}}) = (0) to (512) step (256)
// DEFAULT:           scf.forall.in_parallel
// DEFAULT-NOT:     scf.forall
// DEFAULT:         %[[SERIAL:.*]] = scf.for
// DEFAULT-NOT:     scf.forall
// DEFAULT:         return %[[SPLIT]], %[[SERIAL]]
func.func @at_default_threshold(%a: tensor<64x16xf32>, %b: tensor<16x512xf32>,
                                %c: tensor<64x512xf32>, %a8: tensor<64x8xf32>,
                                %b8: tensor<8x512xf32>)
    -> (tensor<64x512xf32>, tensor<64x512xf32>) {
  %r = linalg.matmul ins(%a, %b : tensor<64x16xf32>, tensor<16x512xf32>)
                     outs(%c : tensor<64x512xf32>) -> tensor<64x512xf32>
  %h = linalg.matmul ins(%a8, %b8 : tensor<64x8xf32>, tensor<8x512xf32>)
                     outs(%c : tensor<64x512xf32>) -> tensor<64x512xf32>
  return %r, %h : tensor<64x512xf32>, tensor<64x512xf32>
}

// -----

// A small op (64 x 64 iterations) stays on one thread: the fork and join
// would cost more than the work.
// CHECK-LABEL: func.func @small
// CHECK-NOT:     scf.forall
// CHECK:         vector.fma
func.func @small(%a: tensor<64x64xf32>, %x: tensor<64xf32>,
                 %y: tensor<64xf32>) -> tensor<64xf32> {
  %r = linalg.matvec ins(%a, %x : tensor<64x64xf32>, tensor<64xf32>)
                     outs(%y : tensor<64xf32>) -> tensor<64xf32>
  return %r : tensor<64xf32>
}

// -----

// A dynamic loop (the batch) is not split; the static one is, even when it
// is not the largest at run time.
// CHECK-LABEL: func.func @dynamic_batch
// CHECK:         scf.forall (%{{.*}}) = (0) to (1024) step (512)
// CHECK-SAME:      -> (tensor<?x1024xf32>)
// Its static loops count 2^18 iterations: under the default threshold.
// DEFAULT-LABEL: func.func @dynamic_batch
// DEFAULT-NOT:     scf.forall
// DEFAULT:         return
func.func @dynamic_batch(%a: tensor<?x256xf32>, %b: tensor<256x1024xf32>,
                         %c: tensor<?x1024xf32>) -> tensor<?x1024xf32> {
  %r = linalg.matmul ins(%a, %b : tensor<?x256xf32>, tensor<256x1024xf32>)
                     outs(%c : tensor<?x1024xf32>) -> tensor<?x1024xf32>
  return %r : tensor<?x1024xf32>
}

// -----

// Ops with sparse operands are the sparsifier's: not split, not vectorized.
#CSR = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : dense, d1 : compressed) }>
// CHECK-LABEL: func.func @sparse
// CHECK-NOT:     scf.forall
// CHECK:         linalg.matmul
func.func @sparse(%a: tensor<512x512xf32, #CSR>, %b: tensor<512x512xf32>,
                  %c: tensor<512x512xf32>) -> tensor<512x512xf32> {
  %r = linalg.matmul ins(%a, %b : tensor<512x512xf32, #CSR>, tensor<512x512xf32>)
                     outs(%c : tensor<512x512xf32>) -> tensor<512x512xf32>
  return %r : tensor<512x512xf32>
}

// -----

// Where whole tiles do not split a loop evenly (48 columns in tiles of 16:
// chunks of 32 and 16), it splits into equal chunks (24 and 24) whose last
// tiles are peeled at a static size; a chunk of dynamic size would mask
// them, and masked tiles multiply and add instead of using an FMA, so
// threads=2 would not compute what threads=1 computes bit for bit.
// CHECK-LABEL: func.func @uneven_tiles
// CHECK:         scf.forall (%{{.*}}) = (0) to (48) step (24)
// CHECK-NOT:       vector.mask
// CHECK:         return
func.func @uneven_tiles(%a: tensor<40x2048xf32>, %b: tensor<2048x48xf32>,
                        %c: tensor<40x48xf32>) -> tensor<40x48xf32> {
  %r = linalg.matmul ins(%a, %b : tensor<40x2048xf32>, tensor<2048x48xf32>)
                     outs(%c : tensor<40x48xf32>) -> tensor<40x48xf32>
  return %r : tensor<40x48xf32>
}

// -----

// An op that is neither a contraction nor a convolution moves memory at
// every iteration (here an exp per element, as in a softmax): it splits at
// min-parallel-elementwise-iterations (2^16 by default), 64x4x16x16 = 2^16
// iterations here, under the contractions' 2^19.
// DEFAULT-LABEL: func.func @elementwise_at_default_threshold
// DEFAULT:         scf.forall (%{{.*}}) = (0) to (64) step (32)
// DEFAULT:           math.exp {{.*}} : vector<16xf32>
// DEFAULT:         scf.forall.in_parallel
#map4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
func.func @elementwise_at_default_threshold(
    %x: tensor<64x4x16x16xf32>, %y: tensor<64x4x16x16xf32>)
    -> tensor<64x4x16x16xf32> {
  %r = linalg.generic {indexing_maps = [#map4, #map4],
                       iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%x : tensor<64x4x16x16xf32>) outs(%y : tensor<64x4x16x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %e = math.exp %in : f32
    linalg.yield %e : f32
  } -> tensor<64x4x16x16xf32>
  return %r : tensor<64x4x16x16xf32>
}

// -----

// Half that (2^15) stays on one thread, as does a matmul of 2^16 iterations
// (64 x 64 x 16): an FMA lane per iteration.
// DEFAULT-LABEL: func.func @under_elementwise_threshold
// DEFAULT-NOT:     scf.forall
// DEFAULT:         return
#map4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
func.func @under_elementwise_threshold(
    %x: tensor<32x4x16x16xf32>, %y: tensor<32x4x16x16xf32>,
    %a: tensor<64x16xf32>, %b: tensor<16x64xf32>, %c: tensor<64x64xf32>)
    -> (tensor<32x4x16x16xf32>, tensor<64x64xf32>) {
  %r = linalg.generic {indexing_maps = [#map4, #map4],
                       iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%x : tensor<32x4x16x16xf32>) outs(%y : tensor<32x4x16x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %e = math.exp %in : f32
    linalg.yield %e : f32
  } -> tensor<32x4x16x16xf32>
  %m = linalg.matmul ins(%a, %b : tensor<64x16xf32>, tensor<16x64xf32>)
                     outs(%c : tensor<64x64xf32>) -> tensor<64x64xf32>
  return %r, %m : tensor<32x4x16x16xf32>, tensor<64x64xf32>
}
