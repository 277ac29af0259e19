// RUN: prune-opt %s --prune-compile="c-interface=true" | FileCheck %s
// RUN: prune-opt %s --prune-compile | FileCheck %s --check-prefix=DEFAULT

// c-interface=true adds MLIR's C interface to every public function: memrefs
// are passed as pointers to descriptors, the result through the first
// pointer (StridedMemRefType in mlir/ExecutionEngine/CRunnerUtils.h).
// CHECK:     llvm.func @forward(
// CHECK:     llvm.func @_mlir_ciface_forward(%{{.*}}: !llvm.ptr, %{{.*}}: !llvm.ptr)
// CHECK:       llvm.call @forward(
// DEFAULT-NOT: _mlir_ciface_
func.func @forward(%x: tensor<?x4xf32>) -> tensor<?x4xf32> {
  %zero = arith.constant 0.0 : f32
  %c0 = arith.constant 0 : index
  %n = tensor.dim %x, %c0 : tensor<?x4xf32>
  %e = tensor.empty(%n) : tensor<?x4xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i, j)>],
                       iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<?x4xf32>) outs(%e : tensor<?x4xf32>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.maximumf %in, %zero : f32
    linalg.yield %m : f32
  } -> tensor<?x4xf32>
  return %r : tensor<?x4xf32>
}

// A public function returning one of its arguments as it is (an ONNX model
// whose input is also an output) returns a copy: its signature keeps both
// results, so that C callers find each in its declared slot. (The argument's
// buffer was dropped from the results, and the computed one shifted into
// the first slot.)
// CHECK:     llvm.func @input_and_computed({{.*}}) -> !llvm.struct<(struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>)>
// CHECK:       llvm.call @malloc
// CHECK:     llvm.func @_mlir_ciface_input_and_computed(%{{.*}}: !llvm.ptr, %{{.*}}: !llvm.ptr)
func.func @input_and_computed(%x: tensor<?x4xf32>) -> (tensor<?x4xf32>, tensor<?x4xf32>) {
  %c = "tosa.const"() <{values = dense<[[1.0, 2.0, 3.0, 4.0]]> : tensor<1x4xf32>}> : () -> tensor<1x4xf32>
  %y = tosa.add %x, %c : (tensor<?x4xf32>, tensor<1x4xf32>) -> tensor<?x4xf32>
  return %x, %y : tensor<?x4xf32>, tensor<?x4xf32>
}
