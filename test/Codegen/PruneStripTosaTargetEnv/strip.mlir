// RUN: prune-opt %s --split-input-file --verify-diagnostics --prune-strip-tosa-target-env | FileCheck %s

// After TOSA lowering the attribute is dropped: mlir-runner and
// mlir-translate cannot parse it.
// CHECK-LABEL: module {
// CHECK:       func.func @lowered
module attributes {tosa.target_env = #tosa.target_env<specification_version = "1.0", level = none, profiles = [pro_int, pro_fp], extensions = [dynamic]>} {
  func.func @lowered(%x: f32) -> f32 {
    return %x : f32
  }
}

// -----

// While TOSA ops are left the attribute still applies to them.
module attributes {tosa.target_env = #tosa.target_env<specification_version = "1.0", level = none, profiles = [pro_int, pro_fp], extensions = [dynamic]>} {
  func.func @not_lowered(%x: tensor<2xf32>) -> tensor<2xf32> {
    // expected-error @below {{'tosa.clamp' op is not lowered; tosa.target_env still applies to it}}
    %r = tosa.clamp %x {min_val = 0.0 : f32, max_val = 3.4e38 : f32} : (tensor<2xf32>) -> tensor<2xf32>
    return %r : tensor<2xf32>
  }
}

// -----

// No attribute: nothing to do, whatever the module holds.
// CHECK-LABEL: module {
// CHECK:       tosa.clamp
func.func @no_env(%x: tensor<2xf32>) -> tensor<2xf32> {
  %r = tosa.clamp %x {min_val = 0.0 : f32, max_val = 3.4e38 : f32} : (tensor<2xf32>) -> tensor<2xf32>
  return %r : tensor<2xf32>
}
