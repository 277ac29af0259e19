// Neuron groups: the tensors that shrink with a layer's output neurons, as
// each op says where the neurons go through it (ValueFlowOpInterface).

// RUN: prune-opt %s --split-input-file --test-prune-neuron-groups \
// RUN:   -o /dev/null 2>&1 | FileCheck %s

// An MLP in torch-mlir's layout: fc1's 3 neurons reach fc2's weight columns
// through the reshape, the bias add and the ReLU; fc2's are the results.
// CHECK: remark: {{.*}}group 'fc1': 3 neurons, 10 values; producer 'fc1' weight axis 0; consumer 'fc2' weight axis 1 data operand #0
// CHECK: remark: {{.*}}group 'fc2' cannot shrink at 'func.return': the neurons are results of the function (model outputs are never shrunk)
func.func @mlp(%x: tensor<1x4x2xf32>) -> tensor<1x4x2xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %w1 = "tosa.const"() <{values = dense<1.0> : tensor<3x2xf32>}> : () -> tensor<3x2xf32>
  %t1 = tosa.transpose %w1 {perms = array<i32: 1, 0>} : (tensor<3x2xf32>) -> tensor<2x3xf32>
  %s1 = tosa.const_shape {values = dense<[1, 2, 3]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %r1 = tosa.reshape %t1, %s1 : (tensor<2x3xf32>, !tosa.shape<3>) -> tensor<1x2x3xf32>
  %h = tosa.matmul %x, %r1, %zp, %zp : (tensor<1x4x2xf32>, tensor<1x2x3xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x3xf32> loc("fc1")
  %b1 = "tosa.const"() <{values = dense<0.5> : tensor<1x1x3xf32>}> : () -> tensor<1x1x3xf32>
  %a = tosa.add %h, %b1 : (tensor<1x4x3xf32>, tensor<1x1x3xf32>) -> tensor<1x4x3xf32>
  %relu = tosa.clamp %a {min_val = 0.0 : f32, max_val = 3.4e38 : f32} : (tensor<1x4x3xf32>) -> tensor<1x4x3xf32>
  %w2 = "tosa.const"() <{values = dense<1.0> : tensor<2x3xf32>}> : () -> tensor<2x3xf32>
  %t2 = tosa.transpose %w2 {perms = array<i32: 1, 0>} : (tensor<2x3xf32>) -> tensor<3x2xf32>
  %s2 = tosa.const_shape {values = dense<[1, 3, 2]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %r2 = tosa.reshape %t2, %s2 : (tensor<3x2xf32>, !tosa.shape<3>) -> tensor<1x3x2xf32>
  %y = tosa.matmul %relu, %r2, %zp, %zp : (tensor<1x4x3xf32>, tensor<1x3x2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x2xf32> loc("fc2")
  return %y : tensor<1x4x2xf32>
}

// -----

// A residual add couples two layers: they lose the same neurons together.
// CHECK: remark: {{.*}}group 'a+b': 2 neurons, {{[0-9]+}} values; producer 'a' weight axis 1; producer 'b' weight axis 1; consumer 'c' weight axis 0 data operand #0
// CHECK: remark: {{.*}}group 'a+b': 2 neurons
// CHECK: remark: {{.*}}group 'c' cannot shrink
func.func @residual(%x: tensor<4x2xf32>) -> tensor<4x2xf32> {
  %z = arith.constant 0.0 : f32
  %ea = tensor.empty() : tensor<4x2xf32>
  %ia = linalg.fill ins(%z : f32) outs(%ea : tensor<4x2xf32>) -> tensor<4x2xf32>
  %wa = arith.constant dense<1.0> : tensor<2x2xf32>
  %ya = linalg.matmul ins(%x, %wa : tensor<4x2xf32>, tensor<2x2xf32>) outs(%ia : tensor<4x2xf32>) -> tensor<4x2xf32> loc("a")
  %eb = tensor.empty() : tensor<4x2xf32>
  %ib = linalg.fill ins(%z : f32) outs(%eb : tensor<4x2xf32>) -> tensor<4x2xf32>
  %wb = arith.constant dense<2.0> : tensor<2x2xf32>
  %yb = linalg.matmul ins(%x, %wb : tensor<4x2xf32>, tensor<2x2xf32>) outs(%ib : tensor<4x2xf32>) -> tensor<4x2xf32> loc("b")
  %es = tensor.empty() : tensor<4x2xf32>
  %sum = linalg.add ins(%ya, %yb : tensor<4x2xf32>, tensor<4x2xf32>) outs(%es : tensor<4x2xf32>) -> tensor<4x2xf32>
  %ec = tensor.empty() : tensor<4x2xf32>
  %ic = linalg.fill ins(%z : f32) outs(%ec : tensor<4x2xf32>) -> tensor<4x2xf32>
  %wc = arith.constant dense<3.0> : tensor<2x2xf32>
  %yc = linalg.matmul ins(%sum, %wc : tensor<4x2xf32>, tensor<2x2xf32>) outs(%ic : tensor<4x2xf32>) -> tensor<4x2xf32> loc("c")
  return %yc : tensor<4x2xf32>
}

// -----

// A concat has no rule: the group stays, with the reason.
// CHECK: remark: {{.*}}group 'cat#0' cannot shrink at 'tosa.concat': the neurons reach 'tosa.concat', which prune-neurons does not know how to shrink
func.func @cat(%x: tensor<1x4x2xf32>) -> tensor<1x4x5xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %w = "tosa.const"() <{values = dense<1.0> : tensor<1x2x3xf32>}> : () -> tensor<1x2x3xf32>
  %h = tosa.matmul %x, %w, %zp, %zp : (tensor<1x4x2xf32>, tensor<1x2x3xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x3xf32>
  %c = tosa.concat %h, %x {axis = 2 : i32} : (tensor<1x4x3xf32>, tensor<1x4x2xf32>) -> tensor<1x4x5xf32>
  return %c : tensor<1x4x5xf32>
}
