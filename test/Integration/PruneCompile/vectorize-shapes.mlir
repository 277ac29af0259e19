// Tiled and vectorized dense code computes what the sparsifier's scalar loops
// compute, on shapes that do not divide the tiles (peeled partial tiles), a
// dynamic batch (its remainder rows in tiles of 4, 2 and 1), reductions and
// elementwise ops. Data are small integers, so
// every result is exact; each result is printed as a weighted checksum
// computed with scalar loops (tensor.extract), which the vectorizer leaves
// alone.
//
// DEFINE: %{options} = vectorize-dense=false
// DEFINE: %{run} = prune-opt %s --prune-compile="%{options}" \
// DEFINE: | mlir-runner -e main -entry-point-result=void -shared-libs=%mlir_runner_libs \
// DEFINE: | FileCheck %s
//
// RUN: %{run}
// REDEFINE: %{options} =
// RUN: %{run}
// REDEFINE: %{options} = vector-width=8 rows=3
// RUN: %{run}
// REDEFINE: %{options} = tile-sizes=3,5,7
// RUN: %{run}
// REDEFINE: %{options} = contraction-lowering=dot
// RUN: %{run}
// REDEFINE: %{options} = contraction-lowering=parallelarith
// RUN: %{run}

// Checksums as numpy computes them from the same formulas.
// CHECK: -6823
// CHECK-NEXT: 37011
// CHECK-NEXT: 333
// CHECK-NEXT: -69
// CHECK-NEXT: 0
// CHECK-NEXT: -6823
// CHECK-NEXT: -8118

#id2 = affine_map<(i, j) -> (i, j)>
#row = affine_map<(i, j) -> (0, j)>

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
  %c7 = arith.constant 7 : index
  %c13 = arith.constant 13 : index
  %c19 = arith.constant 19 : index
  %c37 = arith.constant 37 : index
  %c70 = arith.constant 70 : index
  %c100 = arith.constant 100 : index
  %zero = arith.constant 0.0 : f32

  // 1. matmul 13x37 * 37x19, static shapes that divide no tile.
  %a = call @pattern(%c13, %c37, %c3, %c1) : (index, index, index, index) -> tensor<?x?xf32>
  %b = call @pattern(%c37, %c19, %c2, %c7) : (index, index, index, index) -> tensor<?x?xf32>
  %as = tensor.cast %a : tensor<?x?xf32> to tensor<13x37xf32>
  %bs = tensor.cast %b : tensor<?x?xf32> to tensor<37x19xf32>
  %e1 = tensor.empty() : tensor<13x19xf32>
  %f1 = linalg.fill ins(%zero : f32) outs(%e1 : tensor<13x19xf32>) -> tensor<13x19xf32>
  %mm = linalg.matmul ins(%as, %bs : tensor<13x37xf32>, tensor<37x19xf32>)
                      outs(%f1 : tensor<13x19xf32>) -> tensor<13x19xf32>
  %mmd = tensor.cast %mm : tensor<13x19xf32> to tensor<?x?xf32>
  call @checksum(%mmd) : (tensor<?x?xf32>) -> ()

  // 2. the same matmul with a dynamic number of rows (a model's batch).
  %e2 = tensor.empty(%c13) : tensor<?x19xf32>
  %f2 = linalg.fill ins(%zero : f32) outs(%e2 : tensor<?x19xf32>) -> tensor<?x19xf32>
  %ad = tensor.cast %a : tensor<?x?xf32> to tensor<?x37xf32>
  %mm2 = linalg.matmul ins(%ad, %bs : tensor<?x37xf32>, tensor<37x19xf32>)
                       outs(%f2 : tensor<?x19xf32>) -> tensor<?x19xf32>
  // bias + ReLU on the dynamic result
  %bias = call @pattern(%c1, %c19, %c1, %c3) : (index, index, index, index) -> tensor<?x?xf32>
  %bias1 = tensor.cast %bias : tensor<?x?xf32> to tensor<1x19xf32>
  %e3 = tensor.empty(%c13) : tensor<?x19xf32>
  %relu = linalg.generic {indexing_maps = [#id2, #row, #id2], iterator_types = ["parallel", "parallel"]}
      ins(%mm2, %bias1 : tensor<?x19xf32>, tensor<1x19xf32>) outs(%e3 : tensor<?x19xf32>) {
  ^bb0(%in: f32, %bb: f32, %out: f32):
    %s = arith.addf %in, %bb : f32
    %r = arith.maximumf %s, %zero : f32
    linalg.yield %r : f32
  } -> tensor<?x19xf32>
  %relud = tensor.cast %relu : tensor<?x19xf32> to tensor<?x?xf32>
  call @checksum(%relud) : (tensor<?x?xf32>) -> ()

  // 3. matvec 100x70.
  %m = call @pattern(%c100, %c70, %c4, %c3) : (index, index, index, index) -> tensor<?x?xf32>
  %ms = tensor.cast %m : tensor<?x?xf32> to tensor<100x70xf32>
  %xv2 = call @pattern(%c1, %c70, %c1, %c2) : (index, index, index, index) -> tensor<?x?xf32>
  %xv = tensor.collapse_shape %xv2 [[0, 1]] : tensor<?x?xf32> into tensor<?xf32>
  %xs = tensor.cast %xv : tensor<?xf32> to tensor<70xf32>
  %e4 = tensor.empty() : tensor<100xf32>
  %f4 = linalg.fill ins(%zero : f32) outs(%e4 : tensor<100xf32>) -> tensor<100xf32>
  %mv = linalg.matvec ins(%ms, %xs : tensor<100x70xf32>, tensor<70xf32>)
                      outs(%f4 : tensor<100xf32>) -> tensor<100xf32>
  %mv2 = tensor.expand_shape %mv [[0, 1]] output_shape [100, 1] : tensor<100xf32> into tensor<100x1xf32>
  %mvd = tensor.cast %mv2 : tensor<100x1xf32> to tensor<?x?xf32>
  call @checksum(%mvd) : (tensor<?x?xf32>) -> ()

  // 4. a row sum (reduction only) of the 100x70 matrix.
  %e5 = tensor.empty() : tensor<100xf32>
  %f5 = linalg.fill ins(%zero : f32) outs(%e5 : tensor<100xf32>) -> tensor<100xf32>
  %rs = linalg.reduce ins(%ms : tensor<100x70xf32>) outs(%f5 : tensor<100xf32>) dimensions = [1]
    (%in: f32, %acc: f32) {
      %s = arith.addf %in, %acc : f32
      linalg.yield %s : f32
    }
  %rs2 = tensor.expand_shape %rs [[0, 1]] output_shape [100, 1] : tensor<100xf32> into tensor<100x1xf32>
  %rsd = tensor.cast %rs2 : tensor<100x1xf32> to tensor<?x?xf32>
  call @checksum(%rsd) : (tensor<?x?xf32>) -> ()

  // 5. batch_matmul with a unit batch and dynamic rows, as TOSA lowers
  //    tosa.matmul.
  %a3 = tensor.expand_shape %ad [[0, 1], [2]] output_shape [1, %c13, 37] : tensor<?x37xf32> into tensor<1x?x37xf32>
  %b3 = tensor.expand_shape %bs [[0, 1], [2]] output_shape [1, 37, 19] : tensor<37x19xf32> into tensor<1x37x19xf32>
  %e6 = tensor.empty(%c13) : tensor<1x?x19xf32>
  %f6 = linalg.fill ins(%zero : f32) outs(%e6 : tensor<1x?x19xf32>) -> tensor<1x?x19xf32>
  %bmm = linalg.batch_matmul ins(%a3, %b3 : tensor<1x?x37xf32>, tensor<1x37x19xf32>)
                             outs(%f6 : tensor<1x?x19xf32>) -> tensor<1x?x19xf32>
  %bmm2 = tensor.collapse_shape %bmm [[0, 1], [2]] : tensor<1x?x19xf32> into tensor<?x19xf32>
  %bmmd = tensor.cast %bmm2 : tensor<?x19xf32> to tensor<?x?xf32>
  // subtract the plain matmul: all zeros
  %e7 = tensor.empty(%c13) : tensor<?x19xf32>
  %diff = linalg.generic {indexing_maps = [#id2, #id2, #id2], iterator_types = ["parallel", "parallel"]}
      ins(%bmm2, %mm2 : tensor<?x19xf32>, tensor<?x19xf32>) outs(%e7 : tensor<?x19xf32>) {
  ^bb0(%x: f32, %y: f32, %out: f32):
    %d = arith.subf %x, %y : f32
    %ad2 = math.absf %d : f32
    linalg.yield %ad2 : f32
  } -> tensor<?x19xf32>
  %diffd = tensor.cast %diff : tensor<?x19xf32> to tensor<?x?xf32>
  call @checksum(%diffd) : (tensor<?x?xf32>) -> ()
  call @checksum(%bmmd) : (tensor<?x?xf32>) -> ()

  // 6. 15 dynamic rows: with 8-row tiles, a remainder of 7 (4 + 2 + 1).
  %c15 = arith.constant 15 : index
  %a15 = call @pattern(%c15, %c37, %c3, %c1) : (index, index, index, index) -> tensor<?x?xf32>
  %a15d = tensor.cast %a15 : tensor<?x?xf32> to tensor<?x37xf32>
  %e8 = tensor.empty(%c15) : tensor<?x19xf32>
  %f8 = linalg.fill ins(%zero : f32) outs(%e8 : tensor<?x19xf32>) -> tensor<?x19xf32>
  %mm15 = linalg.matmul ins(%a15d, %bs : tensor<?x37xf32>, tensor<37x19xf32>)
                        outs(%f8 : tensor<?x19xf32>) -> tensor<?x19xf32>
  %mm15d = tensor.cast %mm15 : tensor<?x19xf32> to tensor<?x?xf32>
  call @checksum(%mm15d) : (tensor<?x?xf32>) -> ()
  return
}
