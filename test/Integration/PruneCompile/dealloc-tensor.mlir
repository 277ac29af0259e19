// Input that frees its own tensors with bufferization.dealloc_tensor, the
// way upstream's sparse integration tests (mlir/test/Integration/Dialect/
// SparseTensor/CPU/) are written, compiles and runs: prune-compile drops the
// deallocations they become before ownership-based buffer deallocation, which
// frees those buffers itself (it used to reject them with "memory free
// side-effect on MemRef value not supported!"). With deallocate=false the
// input's own deallocations stay.
//
// DEFINE: %{options} = deallocate=true
// DEFINE: %{run} = prune-opt %s --prune-compile="%{options}" \
// DEFINE: | mlir-runner -e main -entry-point-result=void -shared-libs=%mlir_runner_libs \
// DEFINE: | FileCheck %s
// RUN: %{run}
// REDEFINE: %{options} = deallocate=false
// RUN: %{run}
// With MLIR's sparse runtime library, dealloc_tensor of a sparse tensor is
// a runtime call, kept either way.
// REDEFINE: %{options} = enable-runtime-library=true deallocate=false
// RUN: %{run}

#CSR = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : dense, d1 : compressed) }>

#trait_scale = {
  indexing_maps = [affine_map<(i, j) -> (i, j)>],
  iterator_types = ["parallel", "parallel"],
  doc = "X(i,j) = X(i,j) * 2"
}

#trait_matvec = {
  indexing_maps = [
    affine_map<(i, j) -> (i, j)>,
    affine_map<(i, j) -> (j)>,
    affine_map<(i, j) -> (i)>
  ],
  iterator_types = ["parallel", "reduction"],
  doc = "x(i) += A(i,j) * b(j)"
}

func.func @scale(%arga: tensor<4x4xf64, #CSR>) -> tensor<4x4xf64, #CSR> {
  %c = arith.constant 2.0 : f64
  %0 = linalg.generic #trait_scale outs(%arga : tensor<4x4xf64, #CSR>) {
    ^bb(%x: f64):
      %1 = arith.mulf %x, %c : f64
      linalg.yield %1 : f64
  } -> tensor<4x4xf64, #CSR>
  return %0 : tensor<4x4xf64, #CSR>
}

func.func @matvec(%arga: tensor<4x4xf64, #CSR>, %argb: tensor<4xf64>,
                  %argx: tensor<4xf64>) -> tensor<4xf64> {
  %0 = linalg.generic #trait_matvec
    ins(%arga, %argb : tensor<4x4xf64, #CSR>, tensor<4xf64>)
    outs(%argx : tensor<4xf64>) {
    ^bb(%a: f64, %b: f64, %x: f64):
      %p = arith.mulf %a, %b : f64
      %s = arith.addf %x, %p : f64
      linalg.yield %s : f64
  } -> tensor<4xf64>
  return %0 : tensor<4xf64>
}

func.func @main() {
  %c0 = arith.constant 0 : index
  %f0 = arith.constant 0.0 : f64
  %d = arith.constant dense<[[1.0, 0.0, 0.0, 2.0],
                             [0.0, 0.0, 0.0, 0.0],
                             [0.0, 3.0, 0.0, 0.0],
                             [4.0, 0.0, 5.0, 0.0]]> : tensor<4x4xf64>
  %a = sparse_tensor.convert %d : tensor<4x4xf64> to tensor<4x4xf64, #CSR>
  %s = call @scale(%a) : (tensor<4x4xf64, #CSR>) -> tensor<4x4xf64, #CSR>

  // The scaled nonzeros.
  // CHECK: ( 2, 4, 6, 8, 10 )
  %v = sparse_tensor.values %s : tensor<4x4xf64, #CSR> to memref<?xf64>
  %vv = vector.transfer_read %v[%c0], %f0 : memref<?xf64>, vector<5xf64>
  vector.print %vv : vector<5xf64>

  // A dense tensor allocated and freed by the program: x = S * b.
  // CHECK: ( 6, 0, 6, 18 )
  %b = arith.constant dense<[1.0, 1.0, 1.0, 1.0]> : tensor<4xf64>
  %x0 = bufferization.alloc_tensor() : tensor<4xf64>
  %x1 = linalg.fill ins(%f0 : f64) outs(%x0 : tensor<4xf64>) -> tensor<4xf64>
  %x = call @matvec(%s, %b, %x1) : (tensor<4x4xf64, #CSR>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
  %xv = vector.transfer_read %x[%c0], %f0 : tensor<4xf64>, vector<4xf64>
  vector.print %xv : vector<4xf64>

  bufferization.dealloc_tensor %s : tensor<4x4xf64, #CSR>
  bufferization.dealloc_tensor %x : tensor<4xf64>
  return
}
