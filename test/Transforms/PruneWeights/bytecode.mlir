// prune-weights on MLIR bytecode: the reader mmaps dense_resource blobs
// read-only, so a pruned weight gets a new blob under the same name (its
// alignment kept) instead of being written in place as text-parsed blobs
// are. Both paths must give the same weights.

// RUN: prune-opt %s --emit-bytecode -o %t.mlirbc
// RUN: prune-opt %t.mlirbc --prune-weights=sparsity=0.5 | FileCheck %s

// Text and bytecode input agree, for every kind of selection.
// RUN: prune-opt %s --prune-weights=sparsity=0.5 -o %t.text.mlir
// RUN: prune-opt %t.mlirbc --prune-weights=sparsity=0.5 -o %t.bc.mlir
// RUN: cmp %t.text.mlir %t.bc.mlir
// RUN: prune-opt %s --prune-weights=pattern=2:4 -o %t.text.mlir
// RUN: prune-opt %t.mlirbc --prune-weights=pattern=2:4 -o %t.bc.mlir
// RUN: cmp %t.text.mlir %t.bc.mlir
// RUN: prune-opt %s --prune-weights="sparsity=0.5 pattern=channel" -o %t.text.mlir
// RUN: prune-opt %t.mlirbc --prune-weights="sparsity=0.5 pattern=channel" -o %t.bc.mlir
// RUN: cmp %t.text.mlir %t.bc.mlir
// RUN: prune-opt %s --prune-weights="sparsity=0.3 scope=global" -o %t.text.mlir
// RUN: prune-opt %t.mlirbc --prune-weights="sparsity=0.3 scope=global" -o %t.bc.mlir
// RUN: cmp %t.text.mlir %t.bc.mlir
// RUN: prune-opt %s --prune-weights=threshold=1.5 -o %t.text.mlir
// RUN: prune-opt %t.mlirbc --prune-weights=threshold=1.5 -o %t.bc.mlir
// RUN: cmp %t.text.mlir %t.bc.mlir

// Bytecode out and back in: pruning again changes nothing, and sparsity=0
// leaves the module as the plain round trip prints it.
// RUN: prune-opt %t.mlirbc --prune-weights=sparsity=0.5 --emit-bytecode -o %t.pruned.mlirbc
// RUN: prune-opt %t.pruned.mlirbc --prune-weights=sparsity=0.5 -o %t.twice.mlir
// RUN: prune-opt %t.pruned.mlirbc -o %t.once.mlir
// RUN: cmp %t.once.mlir %t.twice.mlir
// RUN: prune-opt %t.mlirbc --prune-name-layers -o %t.plain.mlir
// RUN: prune-opt %t.mlirbc --prune-weights=sparsity=0 -o %t.zero.mlir
// RUN: cmp %t.plain.mlir %t.zero.mlir

// fc1: magnitudes 0.25 0.5 0.75 1 are the four lowest of eight. fc2 is
// already half zero (one of them -0.0, which stays -0.0): nothing changes.
// The bias blob is not a weight.

// CHECK-LABEL: func.func @linear
// CHECK:       dense_resource<fc1_weight> : tensor<2x4xf32>
// CHECK:       dense_resource<fc2_weight> : tensor<2x4xf32>
// CHECK:       dense_resource<fc1_bias> : tensor<1x2xf32>
// CHECK:       fc1_weight: "0x0400000000000000000040C000000040000000000000804000000000000000000000C040"
// CHECK:       fc2_weight: "0x04000000000000000000008000000040000080BF00000000000040400000000000000040"
// CHECK:       fc1_bias: "0x040000006F12833A6F1203BB"
func.func @linear(%x: tensor<1x4xf32>) -> tensor<1x2xf32> {
  %w = "tosa.const"() <{values = dense_resource<fc1_weight> : tensor<2x4xf32>}> : () -> tensor<2x4xf32>
  %w2 = "tosa.const"() <{values = dense_resource<fc2_weight> : tensor<2x4xf32>}> : () -> tensor<2x4xf32>
  %b = "tosa.const"() <{values = dense_resource<fc1_bias> : tensor<1x2xf32>}> : () -> tensor<1x2xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %wt = tosa.transpose %w {perms = array<i32: 1, 0>} : (tensor<2x4xf32>) -> tensor<4x2xf32>
  %ws = tosa.const_shape {values = dense<[1, 4, 2]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %w3 = tosa.reshape %wt, %ws : (tensor<4x2xf32>, !tosa.shape<3>) -> tensor<1x4x2xf32>
  %xs = tosa.const_shape {values = dense<[1, 1, 4]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %x3 = tosa.reshape %x, %xs : (tensor<1x4xf32>, !tosa.shape<3>) -> tensor<1x1x4xf32>
  %mm = tosa.matmul %x3, %w3, %zp, %zp : (tensor<1x1x4xf32>, tensor<1x4x2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x2xf32>
  %ys = tosa.const_shape {values = dense<[1, 2]> : tensor<2xindex>} : () -> !tosa.shape<2>
  %y = tosa.reshape %mm, %ys : (tensor<1x1x2xf32>, !tosa.shape<2>) -> tensor<1x2xf32>
  %w2t = tosa.transpose %w2 {perms = array<i32: 1, 0>} : (tensor<2x4xf32>) -> tensor<4x2xf32>
  %w23 = tosa.reshape %w2t, %ws : (tensor<4x2xf32>, !tosa.shape<3>) -> tensor<1x4x2xf32>
  %mm2 = tosa.matmul %x3, %w23, %zp, %zp : (tensor<1x1x4xf32>, tensor<1x4x2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x2xf32>
  %y2 = tosa.reshape %mm2, %ys : (tensor<1x1x2xf32>, !tosa.shape<2>) -> tensor<1x2xf32>
  %sum = tosa.add %y, %y2 : (tensor<1x2xf32>, tensor<1x2xf32>) -> tensor<1x2xf32>
  %add = tosa.add %sum, %b : (tensor<1x2xf32>, tensor<1x2xf32>) -> tensor<1x2xf32>
  return %add : tensor<1x2xf32>
}

{-#
  dialect_resources: {
    builtin: {
      fc1_weight: "0x040000000000003F000040C000000040000080BE00008040000080BF0000403F0000C040",
      fc2_weight: "0x04000000000000000000008000000040000080BF00000000000040400000000000000040",
      fc1_bias: "0x040000006F12833A6F1203BB"
    }
  }
#-}
