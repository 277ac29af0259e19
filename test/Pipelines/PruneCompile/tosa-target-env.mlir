// RUN: prune-opt %s --prune-compile | FileCheck %s

// The model's tosa.target_env (examples/digits_mlp.mlir has one) is honoured
// by tosa-validate and dropped once TOSA is lowered, so that mlir-runner and
// mlir-translate, which do not load the TOSA dialect, read the output as is.
// CHECK-NOT: tosa.target_env
// CHECK:     module {
// CHECK:       llvm.func @forward
module attributes {tosa.target_env = #tosa.target_env<specification_version = "1.0", level = none, profiles = [pro_int, pro_fp], extensions = [dynamic]>} {
  func.func @forward(%x: tensor<?x4xf32>) -> tensor<?x4xf32> {
    %r = tosa.clamp %x {min_val = 0.0 : f32, max_val = 3.4e38 : f32} : (tensor<?x4xf32>) -> tensor<?x4xf32>
    return %r : tensor<?x4xf32>
  }
}
