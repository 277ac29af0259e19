// RUN: prune-opt %s --split-input-file --prune-vectorize-sparse="vector-length=8 gathers=vector" | FileCheck %s --check-prefix=VECTOR
// RUN: prune-opt %s --split-input-file --prune-vectorize-sparse="vector-length=8 gathers=llvm" | FileCheck %s --check-prefix=LLVM
// RUN: prune-opt %s --split-input-file --prune-vectorize-sparse="vector-length=8 gathers=llvm reassociate=false" | FileCheck %s --check-prefix=EXACT
// RUN: prune-opt %s --split-input-file --prune-vectorize-sparse="vector-length=0 gathers=vector" | FileCheck %s --check-prefix=SCALAR
// RUN: not prune-opt %s --split-input-file --prune-vectorize-sparse="gathers=avx" 2>&1 | FileCheck %s --check-prefix=BAD

// The loops of a sparse kernel as the sparsifier leaves them (bufferized):
// one row of a CSR weight times a vector, which reads x through the row's
// coordinates.

// VECTOR-LABEL: func.func @csr_row_times_vector
// VECTOR:         scf.for {{.*}} step %c8{{.*}} -> (vector<8xf32>)
// VECTOR:           vector.gather
// VECTOR:         vector.reduction <add>

// LLVM-LABEL: func.func @csr_row_times_vector
// LLVM-NOT:     vector.
// LLVM:         scf.for {{.*}} step %c1
// LLVM:           arith.mulf {{.*}} fastmath<reassoc,contract> : f32
// LLVM:           arith.addf {{.*}} fastmath<reassoc,contract> : f32
// LLVM-NOT:     vector.

// EXACT-LABEL: func.func @csr_row_times_vector
// EXACT-NOT:     vector.
// EXACT-NOT:     fastmath

// SCALAR-LABEL: func.func @csr_row_times_vector
// SCALAR-NOT:     vector.
// SCALAR-NOT:     fastmath
func.func @csr_row_times_vector(%pos: memref<?xi32>, %crd: memref<?xi16>,
                                %vals: memref<?xf32>, %x: memref<1024xf32>,
                                %y: memref<256xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c256 = arith.constant 256 : index
  scf.for %i = %c0 to %c256 step %c1 {
    %p0 = memref.load %pos[%i] : memref<?xi32>
    %lo = arith.index_cast %p0 : i32 to index
    %i1 = arith.addi %i, %c1 : index
    %p1 = memref.load %pos[%i1] : memref<?xi32>
    %hi = arith.index_cast %p1 : i32 to index
    %init = memref.load %y[%i] : memref<256xf32>
    %sum = scf.for %j = %lo to %hi step %c1 iter_args(%acc = %init) -> (f32) {
      %c = memref.load %crd[%j] : memref<?xi16>
      %k = arith.index_cast %c : i16 to index
      %xv = memref.load %x[%k] : memref<1024xf32>
      %w = memref.load %vals[%j] : memref<?xf32>
      %m = arith.mulf %w, %xv : f32
      %a = arith.addf %acc, %m : f32
      scf.yield %a : f32
    } {"Emitted from" = "linalg.generic"}
    memref.store %sum, %y[%i] : memref<256xf32>
  } {"Emitted from" = "linalg.generic"}
  return
}

// -----

// At a batch (prune-sparse-batch-inner): each nonzero updates a contiguous
// row of the output from a contiguous row of transposed activations. No
// gather: vectorized in every mode.

// VECTOR-LABEL: func.func @csr_row_times_batch
// VECTOR:         scf.for {{.*}} step %c8
// VECTOR:           vector.load
// VECTOR:           vector.store

// LLVM-LABEL: func.func @csr_row_times_batch
// LLVM:         scf.for {{.*}} step %c8
// LLVM:           vector.load
// LLVM-NOT:       vector.gather
// LLVM:           vector.store

// EXACT-LABEL: func.func @csr_row_times_batch
// EXACT:          vector.load

// SCALAR-LABEL: func.func @csr_row_times_batch
// SCALAR-NOT:     vector.
// SCALAR:       return
func.func @csr_row_times_batch(%crd: memref<?xindex>, %vals: memref<?xf32>,
                               %xt: memref<1024x64xf32>, %y: memref<64xf32>,
                               %lo: index, %hi: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c64 = arith.constant 64 : index
  scf.for %j = %lo to %hi step %c1 {
    %k = memref.load %crd[%j] : memref<?xindex>
    %w = memref.load %vals[%j] : memref<?xf32>
    scf.for %b = %c0 to %c64 step %c1 {
      %xv = memref.load %xt[%k, %b] : memref<1024x64xf32>
      %o = memref.load %y[%b] : memref<64xf32>
      %m = arith.mulf %w, %xv : f32
      %a = arith.addf %o, %m : f32
      memref.store %a, %y[%b] : memref<64xf32>
    } {"Emitted from" = "linalg.generic"}
  } {"Emitted from" = "linalg.generic"}
  return
}

// -----

// A batch of fewer columns than the vector length (4 on 8 lanes) is
// vectorized at its own width: whole loads and stores of the output row,
// not masked ones (which LLVM does not keep in registers across nonzeros).

// VECTOR-LABEL: func.func @csr_row_times_small_batch
// VECTOR-NOT:     vector.maskedload
// VECTOR:         vector.load %{{.*}} : memref<1024x4xf32>, vector<4xf32>
// VECTOR-NOT:     vector.maskedstore
// VECTOR:         vector.store %{{.*}} : memref<4xf32>, vector<4xf32>
func.func @csr_row_times_small_batch(%crd: memref<?xindex>, %vals: memref<?xf32>,
                                     %xt: memref<1024x4xf32>, %y: memref<4xf32>,
                                     %lo: index, %hi: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  scf.for %j = %lo to %hi step %c1 {
    %k = memref.load %crd[%j] : memref<?xindex>
    %w = memref.load %vals[%j] : memref<?xf32>
    scf.for %b = %c0 to %c4 step %c1 {
      %xv = memref.load %xt[%k, %b] : memref<1024x4xf32>
      %o = memref.load %y[%b] : memref<4xf32>
      %m = arith.mulf %w, %xv : f32
      %a = arith.addf %o, %m : f32
      memref.store %a, %y[%b] : memref<4xf32>
    } {"Emitted from" = "linalg.generic"}
  } {"Emitted from" = "linalg.generic"}
  return
}

// -----

// A loop the sparsifier did not emit is not the pass's: neither vectorized
// nor given fast-math flags.

// VECTOR-LABEL: func.func @not_sparsifier_loop
// VECTOR-NOT:     vector.
// LLVM-LABEL: func.func @not_sparsifier_loop
// LLVM-NOT:     fastmath
// SCALAR-LABEL: func.func @not_sparsifier_loop
func.func @not_sparsifier_loop(%crd: memref<?xindex>, %x: memref<1024xf32>,
                               %n: index) -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %zero = arith.constant 0.0 : f32
  %sum = scf.for %j = %c0 to %n step %c1 iter_args(%acc = %zero) -> (f32) {
    %k = memref.load %crd[%j] : memref<?xindex>
    %xv = memref.load %x[%k] : memref<1024xf32>
    %a = arith.addf %acc, %xv : f32
    scf.yield %a : f32
  }
  return %sum : f32
}

// BAD: error: prune-vectorize-sparse: gathers must be auto, vector or llvm, not 'avx'

// -----

// x is a strided view (a sliced activation) whose innermost stride is not
// known to be 1: vector.gather from it would not lower to LLVM, so even
// gathers=vector leaves the loop to LLVM.

// VECTOR-LABEL: func.func @csr_row_times_strided_vector
// VECTOR-NOT:     vector.
// VECTOR:         arith.addf {{.*}} fastmath<reassoc,contract> : f32
// VECTOR-NOT:     vector.
// LLVM-LABEL: func.func @csr_row_times_strided_vector
// LLVM:         arith.addf {{.*}} fastmath<reassoc,contract> : f32
// SCALAR-LABEL: func.func @csr_row_times_strided_vector
// SCALAR-NOT:     vector.
func.func @csr_row_times_strided_vector(%pos: memref<?xi32>, %crd: memref<?xi16>,
                                        %vals: memref<?xf32>,
                                        %x: memref<1024xf32, strided<[?], offset: ?>>,
                                        %y: memref<256xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c256 = arith.constant 256 : index
  scf.for %i = %c0 to %c256 step %c1 {
    %p0 = memref.load %pos[%i] : memref<?xi32>
    %lo = arith.index_cast %p0 : i32 to index
    %i1 = arith.addi %i, %c1 : index
    %p1 = memref.load %pos[%i1] : memref<?xi32>
    %hi = arith.index_cast %p1 : i32 to index
    %init = memref.load %y[%i] : memref<256xf32>
    %sum = scf.for %j = %lo to %hi step %c1 iter_args(%acc = %init) -> (f32) {
      %c = memref.load %crd[%j] : memref<?xi16>
      %k = arith.index_cast %c : i16 to index
      %xv = memref.load %x[%k] : memref<1024xf32, strided<[?], offset: ?>>
      %w = memref.load %vals[%j] : memref<?xf32>
      %m = arith.mulf %w, %xv : f32
      %a = arith.addf %acc, %m : f32
      scf.yield %a : f32
    } {"Emitted from" = "linalg.generic"}
    memref.store %sum, %y[%i] : memref<256xf32>
  } {"Emitted from" = "linalg.generic"}
  return
}
