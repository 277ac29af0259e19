// RUN: prune-opt %s --prune-compile | FileCheck %s

// Input without TOSA: a decision stump (scf.if on a tensor.extract'ed
// feature, as examples/trees/ are written), tensor-level arith averaging two
// score vectors (convert-elementwise-to-linalg makes it a linalg op) and a
// linalg reduction, all lowered to the LLVM dialect.
// CHECK:     llvm.func @stump
// CHECK:     llvm.func @average
// CHECK:     llvm.func @total
// CHECK-NOT: {{[ ({<](tosa|linalg|tensor|scf|arith|func|memref|vector|sparse_tensor|bufferization|affine|cf|math|ub)\.}}
func.func @stump(%x: tensor<4xf32>) -> tensor<2xf32> {
  %c1 = arith.constant 1 : index
  %f = tensor.extract %x[%c1] : tensor<4xf32>
  %t = arith.constant 2.5 : f32
  %le = arith.cmpf ole, %f, %t : f32
  %r = scf.if %le -> (tensor<2xf32>) {
    %a = arith.constant dense<[1.0, 0.0]> : tensor<2xf32>
    scf.yield %a : tensor<2xf32>
  } else {
    %b = arith.constant dense<[0.0, 1.0]> : tensor<2xf32>
    scf.yield %b : tensor<2xf32>
  }
  return %r : tensor<2xf32>
}

func.func @average(%a: tensor<2xf32>, %b: tensor<2xf32>) -> tensor<2xf32> {
  %half = arith.constant dense<0.5> : tensor<2xf32>
  %s = arith.addf %a, %b : tensor<2xf32>
  %m = arith.mulf %s, %half : tensor<2xf32>
  return %m : tensor<2xf32>
}

func.func @total(%x: tensor<100xf32>) -> tensor<f32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<f32>
  %init = linalg.fill ins(%zero : f32) outs(%e : tensor<f32>) -> tensor<f32>
  %r = linalg.reduce ins(%x : tensor<100xf32>) outs(%init : tensor<f32>) dimensions = [0]
    (%in: f32, %acc: f32) {
      %s = arith.addf %in, %acc : f32
      linalg.yield %s : f32
    }
  return %r : tensor<f32>
}
