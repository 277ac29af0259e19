// prune-approximate-math: f32 erf and tanh (the GELU's) become polynomial
// approximations in vector arithmetic; exp and f64 ops stay libm calls
// unless named in `ops`.
// RUN: prune-opt %s --pass-pipeline='builtin.module(func.func(prune-approximate-math))' | FileCheck %s
// RUN: prune-opt %s --pass-pipeline='builtin.module(func.func(prune-approximate-math{ops=exp}))' | FileCheck %s --check-prefix=EXP

// CHECK-LABEL: func.func @gelu
// CHECK-NOT:     math.erf
// CHECK-NOT:     math.tanh
// CHECK:         arith.select {{.*}} : vector<8x1x16xi1>, vector<8x1x16xf32>
// CHECK:         math.exp %{{.*}} : vector<16xf32>
// CHECK:         math.erf %{{.*}} : vector<16xf64>
// EXP-LABEL: func.func @gelu
// EXP:         math.erf %{{.*}} : vector<8x1x16xf32>
// EXP:         math.tanh %{{.*}} : f32
// EXP-NOT:     math.exp
// EXP:         math.erf %{{.*}} : vector<16xf64>
func.func @gelu(%x: vector<8x1x16xf32>, %t: f32, %e: vector<16xf32>, %d: vector<16xf64>)
    -> (vector<8x1x16xf32>, f32, vector<16xf32>, vector<16xf64>) {
  %a = math.erf %x : vector<8x1x16xf32>
  %b = math.tanh %t : f32
  %c = math.exp %e : vector<16xf32>
  %f = math.erf %d : vector<16xf64>
  return %a, %b, %c, %f : vector<8x1x16xf32>, f32, vector<16xf32>, vector<16xf64>
}
