// prune-approximate-math: f32 erf and tanh (the GELU's) become upstream's
// polynomial approximations and f32 exp on vectors (softmax's) our own,
// within an ulp of libm's, all in vector arithmetic. By default a scalar exp
// stays a libm call (a tree ensemble's sigmoid, bit for bit XGBoost's); f64
// ops stay libm calls, as do the f32 ops not named in `ops` when it is given.
// RUN: prune-opt %s --split-input-file --allow-unregistered-dialect --pass-pipeline='builtin.module(func.func(prune-approximate-math))' | FileCheck %s
// RUN: prune-opt %s --split-input-file --allow-unregistered-dialect --pass-pipeline='builtin.module(func.func(prune-approximate-math{ops=exp}))' | FileCheck %s --check-prefix=EXP
// RUN: prune-opt %s --split-input-file --allow-unregistered-dialect --pass-pipeline='builtin.module(func.func(prune-approximate-math{ops=erf,tanh}))' | FileCheck %s --check-prefix=GELU

// CHECK-LABEL: func.func @gelu
// CHECK-NOT:     math.erf {{.*}}xf32>
// CHECK-NOT:     math.tanh
// CHECK-NOT:     math.exp {{.*}}xf32>
// CHECK:         arith.select {{.*}} : vector<8x1x16xi1>, vector<8x1x16xf32>
// CHECK:         math.roundeven {{.*}} : vector<16xf32>
// CHECK:         math.erf %{{.*}} : vector<16xf64>
// CHECK:         math.exp %{{.*}} : vector<16xf64>
// CHECK:         math.exp %{{.*}} : f32
// GELU-LABEL: func.func @gelu
// GELU-NOT:     math.erf {{.*}}xf32>
// GELU-NOT:     math.tanh
// GELU:         math.exp %{{.*}} : vector<16xf32>
// GELU:         math.erf %{{.*}} : vector<16xf64>
// EXP-LABEL: func.func @gelu
// EXP:         math.erf %{{.*}} : vector<8x1x16xf32>
// EXP:         math.tanh %{{.*}} : f32
// EXP-NOT:     math.exp {{.*}}xf32>
// EXP:         math.erf %{{.*}} : vector<16xf64>
// EXP:         math.exp %{{.*}} : vector<16xf64>
// EXP-NOT:     math.exp {{.*}} : f32
func.func @gelu(%x: vector<8x1x16xf32>, %t: f32, %e: vector<16xf32>, %d: vector<16xf64>)
    -> (vector<8x1x16xf32>, f32, vector<16xf32>, vector<16xf64>, vector<16xf64>, f32) {
  %a = math.erf %x : vector<8x1x16xf32>
  %b = math.tanh %t : f32
  %c = math.exp %e : vector<16xf32>
  %f = math.erf %d : vector<16xf64>
  %g = math.exp %d : vector<16xf64>
  %h = math.exp %t : f32
  return %a, %b, %c, %f, %g, %h : vector<8x1x16xf32>, f32, vector<16xf32>, vector<16xf64>, vector<16xf64>, f32
}

// -----

// exp(x) = 2^k e^r: x clamped to [-104, 88.8] (0 and +inf beyond), k =
// roundeven(x log2 e), r = x - k ln 2 with ln 2 in two parts, Cephes'
// polynomial in r, and 2^k as two halves 2^(k >> 1) 2^(k - (k >> 1)) built
// from their exponent bits; NaN passes through. Scalars as vectors.
// EXP-LABEL: func.func @exp_scalar
// EXP-SAME:      (%[[X:.*]]: f32)
// EXP-DAG:     %[[LO:.*]] = arith.constant -1.040000e+02 : f32
// EXP-DAG:     %[[HI:.*]] = arith.constant 8.880000e+01 : f32
// EXP-DAG:     %[[LOG2E:.*]] = arith.constant 1.44269502 : f32
// EXP-DAG:     %[[LN2HI:.*]] = arith.constant -0.693359375 : f32
// EXP-DAG:     %[[LN2LO:.*]] = arith.constant 2.12194442E-4 : f32
// EXP:         %[[BELOW:.*]] = arith.cmpf olt, %[[X]], %[[LO]] : f32
// EXP:         %[[X1:.*]] = arith.select %[[BELOW]], %[[LO]], %[[X]] : f32
// EXP:         %[[ABOVE:.*]] = arith.cmpf ogt, %[[X1]], %[[HI]] : f32
// EXP:         %[[X2:.*]] = arith.select %[[ABOVE]], %[[HI]], %[[X1]] : f32
// EXP:         %[[SCALED:.*]] = arith.mulf %[[X2]], %[[LOG2E]] : f32
// EXP:         %[[K:.*]] = math.roundeven %[[SCALED]] : f32
// EXP:         %[[R1:.*]] = math.fma %[[K]], %[[LN2HI]], %[[X2]] : f32
// EXP:         %[[R:.*]] = math.fma %[[K]], %[[LN2LO]], %[[R1]] : f32
// EXP-COUNT-5: math.fma {{.*}}, %[[R]], {{.*}} : f32
// EXP:         %[[KI:.*]] = arith.fptosi %[[K]] : f32 to i32
// EXP:         %[[K1:.*]] = arith.shrsi %[[KI]], %{{.*}} : i32
// EXP:         %[[K2:.*]] = arith.subi %[[KI]], %[[K1]] : i32
// EXP-DAG:     arith.bitcast %{{.*}} : i32 to f32
// EXP-DAG:     arith.bitcast %{{.*}} : i32 to f32
// EXP:         %[[NAN:.*]] = arith.cmpf uno, %[[X]], %[[X]] : f32
// EXP:         %[[Y:.*]] = arith.select %[[NAN]], %[[X]], %{{.*}} : f32
// EXP:         return %[[Y]]
func.func @exp_scalar(%x: f32) -> f32 {
  %e = math.exp %x : f32
  return %e : f32
}

// -----

// Ops of unregistered dialects have no dialect to ask: they are not math ops
// and stay as they are (this crashed).
// CHECK-LABEL: func.func @unregistered
// CHECK:         "mydialect.gelu"
func.func @unregistered(%x: tensor<4xf32>) -> tensor<4xf32> {
  %y = "mydialect.gelu"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  return %y : tensor<4xf32>
}
