// prune.range: the interval every element of a function argument lies in.
// RUN: prune-opt %s --split-input-file --verify-diagnostics | FileCheck %s

// CHECK-LABEL: func.func @ranged
// CHECK-SAME: prune.range = array<f64: 0.000000e+00, 1.600000e+01>
// CHECK-SAME: prune.range = array<f64: -1.000000e+00, -1.000000e+00>
func.func @ranged(%x: tensor<64xf32> {prune.range = array<f64: 0.0, 16.0>},
                  %y: f32 {prune.range = array<f64: -1.0, -1.0>}) {
  return
}

// -----

// Lowered to LLVM (an llvm.emit_c_interface wrapper takes a pointer to the
// memref descriptor) the attribute stays and still verifies.
// CHECK-LABEL: llvm.func @_mlir_ciface_predict
// CHECK-SAME: prune.range = array<f64: 0.000000e+00, 1.000000e+00>
llvm.func @_mlir_ciface_predict(%x: !llvm.ptr {prune.range = array<f64: 0.0, 1.0>}) {
  llvm.return
}

// -----

// expected-error @below {{'prune.range' of argument 0 must have LO <= HI (got [2.000000e+00, 1.000000e+00])}}
func.func @reversed(%x: tensor<4xf32> {prune.range = array<f64: 2.0, 1.0>}) {
  return
}

// -----

// expected-error @below {{'prune.range' of argument 1 must be array<f64: LO, HI>}}
func.func @three(%x: f32, %y: f32 {prune.range = array<f64: 0.0, 1.0, 2.0>}) {
  return
}

// -----

// expected-error @below {{'prune.range' of argument 0 must be array<f64: LO, HI>}}
func.func @not_array(%x: f32 {prune.range = [0.0, 1.0]}) {
  return
}

// -----

// expected-error @below {{'prune.range' of argument 0 must have LO <= HI (got [nan, 1.000000e+00])}}
func.func @nan(%x: f32 {prune.range = array<f64: 0x7FF8000000000000, 1.0>}) {
  return
}

// -----

// expected-error @below {{'prune.range' of argument 0 needs a numeric argument, not 'tensor<4x!llvm.ptr>'}}
func.func @not_numeric(%x: tensor<4x!llvm.ptr> {prune.range = array<f64: 0.0, 1.0>}) {
  return
}

// -----

// expected-error @below {{unknown prune dialect argument attribute 'prune.counts'}}
func.func @wrong_attr(%x: f32 {prune.counts = array<f64: 1.0>}) {
  return
}
