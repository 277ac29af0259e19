// RUN: prune-opt %s --split-input-file --allow-unregistered-dialect --prune-attach-tosa-target-env | FileCheck %s

// A TOSA module without a target environment gets a permissive one (level
// none, both profiles, every TOSA 1.0 extension incl. dynamic), so that
// tosa-validate accepts a dynamic batch.
// CHECK-LABEL: module attributes {tosa.target_env = #tosa.target_env<specification_version = "1.0", level = none, profiles = [pro_int, pro_fp], extensions = [
// CHECK-SAME:    dynamic]>}
// CHECK:       func.func @relu
func.func @relu(%x: tensor<?x4xf32>) -> tensor<?x4xf32> {
  %r = tosa.clamp %x {min_val = 0.0 : f32, max_val = 3.4e38 : f32} : (tensor<?x4xf32>) -> tensor<?x4xf32>
  return %r : tensor<?x4xf32>
}

// -----

// An existing environment is the user's choice and stays as it is.
// CHECK-LABEL: module attributes {tosa.target_env = #tosa.target_env<specification_version = "1.0", level = "8k", profiles = [pro_fp], extensions = [bf16]>}
module attributes {tosa.target_env = #tosa.target_env<specification_version = "1.0", level = "8k", profiles = [pro_fp], extensions = [bf16]>} {
  func.func @relu(%x: tensor<2x4xf32>) -> tensor<2x4xf32> {
    %r = tosa.clamp %x {min_val = 0.0 : f32, max_val = 3.4e38 : f32} : (tensor<2x4xf32>) -> tensor<2x4xf32>
    return %r : tensor<2x4xf32>
  }
}

// -----

// A module without TOSA ops is left alone.
// CHECK-NOT: tosa.target_env
// CHECK-LABEL: func.func @no_tosa
func.func @no_tosa(%x: f32) -> f32 {
  return %x : f32
}

// -----

// Ops of unregistered dialects (kept by --allow-unregistered-dialect) have
// no dialect to compare with TOSA's: no environment, and no crash.
// CHECK-NOT: tosa.target_env
// CHECK-LABEL: func.func @unregistered
func.func @unregistered() {
  "foo.op"() : () -> ()
  return
}
