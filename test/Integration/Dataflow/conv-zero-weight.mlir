// A conv2d whose weight is all zero computes its bias at every position;
// prune-branches replaces it by the bias broadcast (a zero constant plus the
// reshaped bias) and the compiled results are the same: 0.5 and -2 at each
// of the 16 positions, whatever the input (3.0 here).
// DEFINE: %{compile} = mlir-opt --pass-pipeline="builtin.module(func.func(tosa-to-linalg-named,tosa-to-linalg,tosa-to-tensor,tosa-to-arith),canonicalize,sparsifier)"
// DEFINE: %{run} = mlir-runner -e main -entry-point-result=void -shared-libs=%mlir_runner_libs
// RUN: prune-opt %s | %{compile} | %{run} | FileCheck %s
// RUN: prune-opt %s --prune-branches | FileCheck %s --check-prefix=IR
// RUN: prune-opt %s --prune-branches | %{compile} | %{run} | FileCheck %s

// IR-LABEL: func.func @conv
// IR-NOT: tosa.conv2d
// IR: tosa.add

// CHECK: sizes = [1, 4, 4, 2]
// CHECK-COUNT-16: 0.5, -2]
// CHECK-NOT: 0.5, -2]
func.func @conv(%x: tensor<1x4x4x2xf32>) -> tensor<1x4x4x2xf32> {
  %w = "tosa.const"() {values = dense<0.0> : tensor<2x1x1x2xf32>} : () -> tensor<2x1x1x2xf32>
  %bias = "tosa.const"() {values = dense<[0.5, -2.0]> : tensor<2xf32>} : () -> tensor<2xf32>
  %zp = "tosa.const"() {values = dense<0.0> : tensor<1xf32>} : () -> tensor<1xf32>
  %k = tosa.conv2d %x, %w, %bias, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x2xf32>, tensor<2x1x1x2xf32>, tensor<2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x2xf32>
  return %k : tensor<1x4x4x2xf32>
}

func.func @main() {
  %x = arith.constant dense<3.0> : tensor<1x4x4x2xf32>
  %r = func.call @conv(%x) : (tensor<1x4x4x2xf32>) -> tensor<1x4x4x2xf32>
  %c = tensor.cast %r : tensor<1x4x4x2xf32> to tensor<*xf32>
  call @printMemrefF32(%c) : (tensor<*xf32>) -> ()
  return
}

func.func private @printMemrefF32(tensor<*xf32>) attributes {llvm.emit_c_interface}
