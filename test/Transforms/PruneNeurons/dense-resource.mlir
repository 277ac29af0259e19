// prune-neurons on weights stored as dense_resource blobs (as torch-mlir
// writes them): the dead neuron of mode-dead.mlir's first case goes the same
// way, and the shrunk constants stay dense_resource, with new blobs.
// RUN: prune-opt %s --prune-neurons | FileCheck %s
// The one summary line on stderr, and none with summary=false:
// RUN: prune-opt %s --prune-neurons -o /dev/null 2>&1 | FileCheck %s --check-prefix=SUMMARY
// RUN: prune-opt %s --prune-neurons="summary=false" -o /dev/null 2>&1 | count 0
// The output layer cannot shrink; the line says where to find why.
// SUMMARY: prune-neurons: removed 1 of 4 neurons in 1 of 2 layers; parameters 12 -> 8, FLOPs 18 -> 12; 1 layer left alone (--remarks-filter=prune-neurons says why)

// CHECK-LABEL: func.func @dead_resources
// CHECK-SAME:    (%{{.*}}: tensor<?x2xf32>) -> tensor<?x1xf32>
// CHECK-DAG:     "tosa.const"() <{values = dense_resource<[[W1:w1[_0-9]*]]> : tensor<2x2xf32>}>
// CHECK-DAG:     "tosa.const"() <{values = dense_resource<[[B1:b1[_0-9]*]]> : tensor<1x2xf32>}>
// CHECK-DAG:     "tosa.const"() <{values = dense_resource<[[W2:w2[_0-9]*]]> : tensor<1x2xf32>}>
// CHECK-NOT:     tensor<{{.*}}3xf32>
// CHECK-DAG:     [[W1]]: "0x040000000000803F0000004000004040000080BF"
// CHECK-DAG:     [[B1]]: "0x040000000000003F0000803E"
// CHECK-DAG:     [[W2]]: "0x040000000000803F000000C0"
func.func @dead_resources(%x: tensor<?x2xf32>) -> tensor<?x1xf32> {
  %w1 = "tosa.const"() <{values = dense_resource<w1> : tensor<3x2xf32>}> : () -> tensor<3x2xf32>
  %b1 = "tosa.const"() <{values = dense_resource<b1> : tensor<1x3xf32>}> : () -> tensor<1x3xf32>
  %w2 = "tosa.const"() <{values = dense_resource<w2> : tensor<1x3xf32>}> : () -> tensor<1x3xf32>
  %b2 = "tosa.const"() <{values = dense<[[0.125]]> : tensor<1x1xf32>}> : () -> tensor<1x1xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %w1t = tosa.transpose %w1 {perms = array<i32: 1, 0>} : (tensor<3x2xf32>) -> tensor<2x3xf32>
  %s1 = tosa.const_shape {values = dense<[1, 2, 3]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %w13 = tosa.reshape %w1t, %s1 : (tensor<2x3xf32>, !tosa.shape<3>) -> tensor<1x2x3xf32>
  %sx = tosa.const_shape {values = dense<[1, -1, 2]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %x3 = tosa.reshape %x, %sx : (tensor<?x2xf32>, !tosa.shape<3>) -> tensor<1x?x2xf32>
  %mm1 = tosa.matmul %x3, %w13, %zp, %zp : (tensor<1x?x2xf32>, tensor<1x2x3xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x3xf32>
  %sy = tosa.const_shape {values = dense<[-1, 3]> : tensor<2xindex>} : () -> !tosa.shape<2>
  %y1 = tosa.reshape %mm1, %sy : (tensor<1x?x3xf32>, !tosa.shape<2>) -> tensor<?x3xf32>
  %a1 = tosa.add %y1, %b1 : (tensor<?x3xf32>, tensor<1x3xf32>) -> tensor<?x3xf32>
  %r1 = tosa.clamp %a1 {min_val = 0.0 : f32, max_val = 3.4e38 : f32} : (tensor<?x3xf32>) -> tensor<?x3xf32>
  %w2t = tosa.transpose %w2 {perms = array<i32: 1, 0>} : (tensor<1x3xf32>) -> tensor<3x1xf32>
  %s2 = tosa.const_shape {values = dense<[1, 3, 1]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %w23 = tosa.reshape %w2t, %s2 : (tensor<3x1xf32>, !tosa.shape<3>) -> tensor<1x3x1xf32>
  %sx2 = tosa.const_shape {values = dense<[1, -1, 3]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %x23 = tosa.reshape %r1, %sx2 : (tensor<?x3xf32>, !tosa.shape<3>) -> tensor<1x?x3xf32>
  %mm2 = tosa.matmul %x23, %w23, %zp, %zp : (tensor<1x?x3xf32>, tensor<1x3x1xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x1xf32>
  %sy2 = tosa.const_shape {values = dense<[-1, 1]> : tensor<2xindex>} : () -> !tosa.shape<2>
  %y2 = tosa.reshape %mm2, %sy2 : (tensor<1x?x1xf32>, !tosa.shape<2>) -> tensor<?x1xf32>
  %a2 = tosa.add %y2, %b2 : (tensor<?x1xf32>, tensor<1x1xf32>) -> tensor<?x1xf32>
  return %a2 : tensor<?x1xf32>
}

{-#
  dialect_resources: {
    builtin: {
      w1: "0x040000000000803F00000040000000000000000000004040000080BF",
      b1: "0x040000000000003F000080BF0000803E",
      w2: "0x040000000000803F0000A040000000C0"
    }
  }
#-}
