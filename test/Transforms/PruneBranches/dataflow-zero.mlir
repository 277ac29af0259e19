// prune-branches exact rules on neural-network IR: dataflow branches that
// provably compute zero (a contraction or product with an all-zero weight)
// are removed; merges fold only where the types agree.
// RUN: prune-opt %s --split-input-file --prune-branches | FileCheck %s
// RUN: prune-opt %s --split-input-file --prune-branches --remarks-filter=prune-branches \
// RUN:   -o /dev/null 2>&1 | FileCheck %s --check-prefix=REMARK
// RUN: prune-opt %s --prune-branches="report=%t.json" -o /dev/null
// RUN: FileCheck %s --check-prefix=REPORT --input-file=%t.json

// A residual block whose branch weight is all zero: h + relu(x * 0) is h.
// CHECK-LABEL: func.func @residual
// CHECK-SAME: (%{{.*}}: tensor<1x4x8xf32>, %[[H:.*]]: tensor<1x4x8xf32>)
// CHECK-NOT: tosa.matmul
// CHECK-NOT: tosa.clamp
// CHECK-NOT: tosa.add
// CHECK-NOT: tosa.const
// CHECK: return %[[H]]
// REMARK: remark: [Passed] ZeroBranchRemoved | Category:prune-branches:merge-folded | Function=residual | Remark="zero branch removed (merge-folded, 5 ops erased) at tosa.add: operand #1 is zero: tosa.matmul 'res' multiplies by an all-zero operand #1"
func.func @residual(%x: tensor<1x4x8xf32>, %h: tensor<1x4x8xf32>) -> tensor<1x4x8xf32> {
  %w = "tosa.const"() {values = dense<0.0> : tensor<1x8x8xf32>} : () -> tensor<1x8x8xf32>
  %zp = "tosa.const"() {values = dense<0.0> : tensor<1xf32>} : () -> tensor<1xf32>
  %r = tosa.matmul %x, %w, %zp, %zp : (tensor<1x4x8xf32>, tensor<1x8x8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x8xf32> loc("res")
  %c = tosa.clamp %r {min_val = 0.0 : f32, max_val = 3.4e38 : f32} : (tensor<1x4x8xf32>) -> tensor<1x4x8xf32>
  %y = tosa.add %h, %c : (tensor<1x4x8xf32>, tensor<1x4x8xf32>) -> tensor<1x4x8xf32>
  return %y : tensor<1x4x8xf32>
}

// -----

// Dynamic batch, zero weight reached through a transpose and reshapes (as
// torch-mlir lays out a linear layer), merged by an add of the same type.
// CHECK-LABEL: func.func @dynamic_residual
// CHECK-SAME: (%[[X:.*]]: tensor<?x8xf32>)
// CHECK-NOT: tosa.matmul
// CHECK-NOT: tosa.add
// CHECK: return %[[X]]
// REMARK: Function=dynamic_residual | Remark="zero branch removed (merge-folded, 11 ops erased) at tosa.add: operand #1 is zero: tosa.matmul 'res' multiplies by an all-zero operand #1"
func.func @dynamic_residual(%x: tensor<?x8xf32>) -> tensor<?x8xf32> {
  %w = "tosa.const"() {values = dense<0.0> : tensor<8x8xf32>} : () -> tensor<8x8xf32>
  %wt = tosa.transpose %w {perms = array<i32: 1, 0>} : (tensor<8x8xf32>) -> tensor<8x8xf32>
  %ws = tosa.const_shape {values = dense<[1, 8, 8]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %w3 = tosa.reshape %wt, %ws : (tensor<8x8xf32>, !tosa.shape<3>) -> tensor<1x8x8xf32>
  %xs = tosa.const_shape {values = dense<[1, -1, 8]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %x3 = tosa.reshape %x, %xs : (tensor<?x8xf32>, !tosa.shape<3>) -> tensor<1x?x8xf32>
  %zp = "tosa.const"() {values = dense<0.0> : tensor<1xf32>} : () -> tensor<1xf32>
  %r = tosa.matmul %x3, %w3, %zp, %zp : (tensor<1x?x8xf32>, tensor<1x8x8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x8xf32> loc("res")
  %ys = tosa.const_shape {values = dense<[-1, 8]> : tensor<2xindex>} : () -> !tosa.shape<2>
  %r2 = tosa.reshape %r, %ys : (tensor<1x?x8xf32>, !tosa.shape<2>) -> tensor<?x8xf32>
  %y = tosa.add %x, %r2 : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
  return %y : tensor<?x8xf32>
}

// -----

// The kept side passes an elementwise op first (erf): its dynamic batch is
// still the input's, so the merge folds.
// CHECK-LABEL: func.func @dynamic_residual_erf
// CHECK: %[[E:.*]] = tosa.erf
// CHECK-NOT: tosa.matmul
// CHECK-NOT: tosa.add
// CHECK: return %[[E]]
func.func @dynamic_residual_erf(%x: tensor<?x8xf32>) -> tensor<?x8xf32> {
  %w = "tosa.const"() {values = dense<0.0> : tensor<8x8xf32>} : () -> tensor<8x8xf32>
  %ws = tosa.const_shape {values = dense<[1, 8, 8]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %w3 = tosa.reshape %w, %ws : (tensor<8x8xf32>, !tosa.shape<3>) -> tensor<1x8x8xf32>
  %xs = tosa.const_shape {values = dense<[1, -1, 8]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %x3 = tosa.reshape %x, %xs : (tensor<?x8xf32>, !tosa.shape<3>) -> tensor<1x?x8xf32>
  %zp = "tosa.const"() {values = dense<0.0> : tensor<1xf32>} : () -> tensor<1xf32>
  %r = tosa.matmul %x3, %w3, %zp, %zp : (tensor<1x?x8xf32>, tensor<1x8x8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x8xf32>
  %ys = tosa.const_shape {values = dense<[-1, 8]> : tensor<2xindex>} : () -> !tosa.shape<2>
  %r2 = tosa.reshape %r, %ys : (tensor<1x?x8xf32>, !tosa.shape<2>) -> tensor<?x8xf32>
  %e = tosa.erf %x : (tensor<?x8xf32>) -> tensor<?x8xf32>
  %y = tosa.add %e, %r2 : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
  return %y : tensor<?x8xf32>
}

// -----

// One nonzero weight (1e-30) keeps the branch: nothing changes.
// CHECK-LABEL: func.func @nonzero_weight
// CHECK: tosa.matmul
// CHECK: %[[Y:.*]] = tosa.add
// CHECK: return %[[Y]]
func.func @nonzero_weight(%x: tensor<1x2x2xf32>, %h: tensor<1x2x2xf32>) -> tensor<1x2x2xf32> {
  %w = "tosa.const"() {values = dense<[[[0.0, 0.0], [0.0, 1.0e-30]]]> : tensor<1x2x2xf32>} : () -> tensor<1x2x2xf32>
  %zp = "tosa.const"() {values = dense<0.0> : tensor<1xf32>} : () -> tensor<1xf32>
  %r = tosa.matmul %x, %w, %zp, %zp : (tensor<1x2x2xf32>, tensor<1x2x2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x2x2xf32>
  %y = tosa.add %h, %r : (tensor<1x2x2xf32>, tensor<1x2x2xf32>) -> tensor<1x2x2xf32>
  return %y : tensor<1x2x2xf32>
}

// -----

// The add broadcasts the bias to the zero product's shape: folding it to the
// bias would change the result type. The add stays; the product it reads is
// replaced by a zero constant of its (static) shape.
// CHECK-LABEL: func.func @broadcasting_add
// CHECK-SAME: (%{{.*}}: tensor<1x4x8xf32>, %[[B:.*]]: tensor<1x1x8xf32>)
// CHECK-NOT: tosa.matmul
// CHECK: %[[Z:.*]] = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1x4x8xf32>}>
// CHECK: %[[Y:.*]] = tosa.add %[[Z]], %[[B]]
// CHECK: return %[[Y]]
// REMARK: remark: [Passed] ZeroBranchRemoved | Category:prune-branches:replaced-by-zero | Function=broadcasting_add | Remark="zero branch removed (replaced-by-zero, 3 ops erased) at tosa.matmul: tosa.matmul multiplies by an all-zero operand #1"
// REMARK: remark: [Missed] ZeroBranchKept | Category:prune-branches | Function=broadcasting_add | Reason="zero branch kept at tosa.add: operand #0 is zero (tosa.matmul multiplies by an all-zero operand #1), but tosa.add broadcasts: its result type tensor<1x4x8xf32> is not operand #1's type tensor<1x1x8xf32>"
func.func @broadcasting_add(%x: tensor<1x4x8xf32>, %b: tensor<1x1x8xf32>) -> tensor<1x4x8xf32> {
  %w = "tosa.const"() {values = dense<0.0> : tensor<1x8x8xf32>} : () -> tensor<1x8x8xf32>
  %zp = "tosa.const"() {values = dense<0.0> : tensor<1xf32>} : () -> tensor<1xf32>
  %r = tosa.matmul %x, %w, %zp, %zp : (tensor<1x4x8xf32>, tensor<1x8x8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x8xf32>
  %y = tosa.add %r, %b : (tensor<1x4x8xf32>, tensor<1x1x8xf32>) -> tensor<1x4x8xf32>
  return %y : tensor<1x4x8xf32>
}

// -----

// A zero added with broadcasting into a value of the result's type folds:
// h + broadcast(0) is h.
// CHECK-LABEL: func.func @broadcast_zero_into_value
// CHECK-SAME: (%{{.*}}: tensor<1x1x8xf32>, %[[H:.*]]: tensor<1x4x8xf32>)
// CHECK-NOT: tosa.mul
// CHECK: return %[[H]]
func.func @broadcast_zero_into_value(%x: tensor<1x1x8xf32>, %h: tensor<1x4x8xf32>) -> tensor<1x4x8xf32> {
  %zero = "tosa.const"() {values = dense<0.0> : tensor<1x1x8xf32>} : () -> tensor<1x1x8xf32>
  %shift = "tosa.const"() {values = dense<0> : tensor<1xi8>} : () -> tensor<1xi8>
  %r = tosa.mul %x, %zero, %shift : (tensor<1x1x8xf32>, tensor<1x1x8xf32>, tensor<1xi8>) -> tensor<1x1x8xf32>
  %y = tosa.add %h, %r : (tensor<1x4x8xf32>, tensor<1x1x8xf32>) -> tensor<1x4x8xf32>
  return %y : tensor<1x4x8xf32>
}

// -----

// A zero branch merged by a product is not folded into the other factor:
// h * 0 is 0, not h. The product becomes the zero constant.
// CHECK-LABEL: func.func @merged_by_mul
// CHECK-NOT: tosa.matmul
// CHECK-NOT: tosa.mul
// CHECK: %[[Z:.*]] = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1x4x8xf32>}>
// CHECK: return %[[Z]]
func.func @merged_by_mul(%x: tensor<1x4x8xf32>, %h: tensor<1x4x8xf32>) -> tensor<1x4x8xf32> {
  %w = "tosa.const"() {values = dense<0.0> : tensor<1x8x8xf32>} : () -> tensor<1x8x8xf32>
  %zp = "tosa.const"() {values = dense<0.0> : tensor<1xf32>} : () -> tensor<1xf32>
  %shift = "tosa.const"() {values = dense<0> : tensor<1xi8>} : () -> tensor<1xi8>
  %r = tosa.matmul %x, %w, %zp, %zp : (tensor<1x4x8xf32>, tensor<1x8x8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x8xf32>
  %y = tosa.mul %h, %r, %shift : (tensor<1x4x8xf32>, tensor<1x4x8xf32>, tensor<1xi8>) -> tensor<1x4x8xf32>
  return %y : tensor<1x4x8xf32>
}

// -----

// Concatenation with a zero part: the shape must stay, so the concat stays
// and the part becomes a zero constant.
// CHECK-LABEL: func.func @concat_zero_part
// CHECK-SAME: (%[[X:.*]]: tensor<1x4x8xf32>, %[[H:.*]]: tensor<1x4x8xf32>)
// CHECK-NOT: tosa.matmul
// CHECK: %[[Z:.*]] = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1x4x8xf32>}>
// CHECK: %[[C:.*]] = tosa.concat %[[H]], %[[Z]] {axis = 2 : i32}
// CHECK: return %[[C]]
func.func @concat_zero_part(%x: tensor<1x4x8xf32>, %h: tensor<1x4x8xf32>) -> tensor<1x4x16xf32> {
  %w = "tosa.const"() {values = dense<0.0> : tensor<1x8x8xf32>} : () -> tensor<1x8x8xf32>
  %zp = "tosa.const"() {values = dense<0.0> : tensor<1xf32>} : () -> tensor<1xf32>
  %r = tosa.matmul %x, %w, %zp, %zp : (tensor<1x4x8xf32>, tensor<1x8x8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x8xf32>
  %c = tosa.concat %h, %r {axis = 2 : i32} : (tensor<1x4x8xf32>, tensor<1x4x8xf32>) -> tensor<1x4x16xf32>
  return %c : tensor<1x4x16xf32>
}

// -----

// Dynamic shape and a broadcasting add (the linear layer with bias of a
// dynamic-batch model): no merge folds and no constant can replace the zero.
// The IR is left as it was.
// CHECK-LABEL: func.func @dynamic_bias
// CHECK: tosa.matmul
// CHECK: %[[Y:.*]] = tosa.add
// CHECK: return %[[Y]]
// REMARK: Function=dynamic_bias | Reason="zero branch kept at tosa.add: operand #0 is zero (tosa.matmul 'fc' multiplies by an all-zero operand #1), but tosa.add broadcasts: its result type tensor<1x?x8xf32> is not operand #1's type tensor<1x1x8xf32>"
// REMARK: Function=dynamic_bias | Reason="zero branch kept at tosa.matmul: its result is zero (tosa.matmul 'fc' multiplies by an all-zero operand #1), but of dynamic shape tensor<1x?x8xf32>: no constant can replace it"
func.func @dynamic_bias(%x: tensor<1x?x8xf32>, %b: tensor<1x1x8xf32>) -> tensor<1x?x8xf32> {
  %w = "tosa.const"() {values = dense<0.0> : tensor<1x8x8xf32>} : () -> tensor<1x8x8xf32>
  %zp = "tosa.const"() {values = dense<0.0> : tensor<1xf32>} : () -> tensor<1xf32>
  %r = tosa.matmul %x, %w, %zp, %zp : (tensor<1x?x8xf32>, tensor<1x8x8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x8xf32> loc("fc")
  %y = tosa.add %r, %b : (tensor<1x?x8xf32>, tensor<1x1x8xf32>) -> tensor<1x?x8xf32>
  return %y : tensor<1x?x8xf32>
}

// -----

// Subtracting a zero branch folds; subtracting from it (0 - h = -h) does not.
// CHECK-LABEL: func.func @sub
// CHECK-SAME: (%{{.*}}: tensor<1x4x8xf32>, %[[H:.*]]: tensor<1x4x8xf32>)
// CHECK: %[[Z:.*]] = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1x4x8xf32>}>
// CHECK: %[[N:.*]] = tosa.sub %[[Z]], %[[H]]
// CHECK: return %[[H]], %[[N]]
func.func @sub(%x: tensor<1x4x8xf32>, %h: tensor<1x4x8xf32>) -> (tensor<1x4x8xf32>, tensor<1x4x8xf32>) {
  %w = "tosa.const"() {values = dense<0.0> : tensor<1x8x8xf32>} : () -> tensor<1x8x8xf32>
  %zp = "tosa.const"() {values = dense<0.0> : tensor<1xf32>} : () -> tensor<1xf32>
  %r = tosa.matmul %x, %w, %zp, %zp : (tensor<1x4x8xf32>, tensor<1x8x8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x8xf32>
  %a = tosa.sub %h, %r : (tensor<1x4x8xf32>, tensor<1x4x8xf32>) -> tensor<1x4x8xf32>
  %b = tosa.sub %r, %h : (tensor<1x4x8xf32>, tensor<1x4x8xf32>) -> tensor<1x4x8xf32>
  return %a, %b : tensor<1x4x8xf32>, tensor<1x4x8xf32>
}

// -----

// A clamp whose range excludes 0 maps zeros to nonzeros: the clamp stays,
// reading a zero constant.
// CHECK-LABEL: func.func @clamp_above_zero
// CHECK: %[[Z:.*]] = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1x4x8xf32>}>
// CHECK: %[[C:.*]] = tosa.clamp %[[Z]]
// CHECK: %[[Y:.*]] = tosa.add %{{.*}}, %[[C]]
// CHECK: return %[[Y]]
func.func @clamp_above_zero(%x: tensor<1x4x8xf32>, %h: tensor<1x4x8xf32>) -> tensor<1x4x8xf32> {
  %w = "tosa.const"() {values = dense<0.0> : tensor<1x8x8xf32>} : () -> tensor<1x8x8xf32>
  %zp = "tosa.const"() {values = dense<0.0> : tensor<1xf32>} : () -> tensor<1xf32>
  %r = tosa.matmul %x, %w, %zp, %zp : (tensor<1x4x8xf32>, tensor<1x8x8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x8xf32>
  %c = tosa.clamp %r {min_val = 1.0 : f32, max_val = 6.0 : f32} : (tensor<1x4x8xf32>) -> tensor<1x4x8xf32>
  %y = tosa.add %h, %c : (tensor<1x4x8xf32>, tensor<1x4x8xf32>) -> tensor<1x4x8xf32>
  return %y : tensor<1x4x8xf32>
}

// -----

// conv2d with an all-zero weight is zero with a zero bias; with a nonzero
// bias it becomes that bias broadcast over the channels.
// CHECK-LABEL: func.func @conv_bias
// CHECK-SAME: (%[[X:.*]]: tensor<1x4x4x2xf32>, %[[H:.*]]: tensor<1x4x4x2xf32>)
// CHECK-NOT: tosa.conv2d
// CHECK: %[[B:.*]] = "tosa.const"() <{values = dense<[5.000000e-01, 0.000000e+00]> : tensor<2xf32>}>
// CHECK: %[[Z:.*]] = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1x4x4x2xf32>}>
// CHECK: %[[S:.*]] = tosa.const_shape {{.*}}dense<[1, 1, 1, 2]>
// CHECK: %[[R:.*]] = tosa.reshape %[[B]], %[[S]] : (tensor<2xf32>, !tosa.shape<4>) -> tensor<1x1x1x2xf32>
// CHECK: %[[K:.*]] = tosa.add %[[Z]], %[[R]] : (tensor<1x4x4x2xf32>, tensor<1x1x1x2xf32>) -> tensor<1x4x4x2xf32>
// CHECK: %[[SUM:.*]] = tosa.add %[[H]], %[[K]]
// CHECK-NOT: tosa.conv2d
// CHECK: return %[[SUM]], %[[H]]
// REMARK: Function=conv_bias | Remark="zero branch removed (replaced-by-bias, 3 ops erased) at tosa.conv2d: tosa.conv2d multiplies by an all-zero operand #1 (constant is all zero): only its bias remains"
func.func @conv_bias(%x: tensor<1x4x4x2xf32>, %h: tensor<1x4x4x2xf32>) -> (tensor<1x4x4x2xf32>, tensor<1x4x4x2xf32>) {
  %w = "tosa.const"() {values = dense<0.0> : tensor<2x1x1x2xf32>} : () -> tensor<2x1x1x2xf32>
  %bias = "tosa.const"() {values = dense<[0.5, 0.0]> : tensor<2xf32>} : () -> tensor<2xf32>
  %nobias = "tosa.const"() {values = dense<0.0> : tensor<2xf32>} : () -> tensor<2xf32>
  %zp = "tosa.const"() {values = dense<0.0> : tensor<1xf32>} : () -> tensor<1xf32>
  %k = tosa.conv2d %x, %w, %bias, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x2xf32>, tensor<2x1x1x2xf32>, tensor<2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x2xf32>
  %s = tosa.add %h, %k : (tensor<1x4x4x2xf32>, tensor<1x4x4x2xf32>) -> tensor<1x4x4x2xf32>
  %k0 = tosa.conv2d %x, %w, %nobias, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x2xf32>, tensor<2x1x1x2xf32>, tensor<2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x2xf32>
  %t = tosa.add %h, %k0 : (tensor<1x4x4x2xf32>, tensor<1x4x4x2xf32>) -> tensor<1x4x4x2xf32>
  return %s, %t : tensor<1x4x4x2xf32>, tensor<1x4x4x2xf32>
}

// -----

// linalg: a matmul into a zero-filled init with an all-zero weight is zero;
// arith.addf merges it. A matmul accumulating into a nonzero init is not.
// CHECK-LABEL: func.func @linalg_matmul
// CHECK-SAME: (%[[X:.*]]: tensor<4x8xf32>, %[[H:.*]]: tensor<4x8xf32>)
// CHECK-NOT: linalg.fill
// CHECK: %[[M:.*]] = linalg.matmul {{.*}}ins(%[[X]], %{{.*}} : tensor<4x8xf32>, tensor<8x8xf32>) outs(%[[H]] : tensor<4x8xf32>)
// CHECK-NOT: linalg.matmul
// CHECK: return %[[H]], %[[M]]
func.func @linalg_matmul(%x: tensor<4x8xf32>, %h: tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>) {
  %w = arith.constant dense<0.0> : tensor<8x8xf32>
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<4x8xf32>
  %init = linalg.fill ins(%zero : f32) outs(%e : tensor<4x8xf32>) -> tensor<4x8xf32>
  %m = linalg.matmul ins(%x, %w : tensor<4x8xf32>, tensor<8x8xf32>) outs(%init : tensor<4x8xf32>) -> tensor<4x8xf32>
  %y = arith.addf %h, %m : tensor<4x8xf32>
  %acc = linalg.matmul ins(%x, %w : tensor<4x8xf32>, tensor<8x8xf32>) outs(%h : tensor<4x8xf32>) -> tensor<4x8xf32>
  return %y, %acc : tensor<4x8xf32>, tensor<4x8xf32>
}

// -----

// Zeros that are cheap already (a zero-filled tensor) are not replaced, and
// adding them folds.
// CHECK-LABEL: func.func @fill_zero
// CHECK-SAME: (%[[H:.*]]: tensor<4xf32>)
// CHECK: %[[F:.*]] = linalg.fill
// CHECK: return %[[H]], %[[F]]
func.func @fill_zero(%h: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>) {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<4xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<4xf32>) -> tensor<4xf32>
  %y = arith.addf %h, %f : tensor<4xf32>
  return %y, %f : tensor<4xf32>, tensor<4xf32>
}

// -----

// tosa.add broadcasts at run time: with dynamic sizes the merge folds only
// when the zero's sizes provably are those of the kept operand. Here the
// branch is computed from %h itself (same rows): it folds.
// CHECK-LABEL: func.func @dynamic_same_rows
// CHECK-SAME: (%[[H:.*]]: tensor<1x?x8xf32>)
// CHECK-NOT: tosa.matmul
// CHECK: return %[[H]]
func.func @dynamic_same_rows(%h: tensor<1x?x8xf32>) -> tensor<1x?x8xf32> {
  %w = "tosa.const"() {values = dense<0.0> : tensor<1x8x8xf32>} : () -> tensor<1x8x8xf32>
  %zp = "tosa.const"() {values = dense<0.0> : tensor<1xf32>} : () -> tensor<1xf32>
  %r = tosa.matmul %h, %w, %zp, %zp : (tensor<1x?x8xf32>, tensor<1x8x8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x8xf32>
  %y = tosa.add %h, %r : (tensor<1x?x8xf32>, tensor<1x?x8xf32>) -> tensor<1x?x8xf32>
  return %y : tensor<1x?x8xf32>
}

// -----

// Here the branch's rows come from another argument: %h may have one row
// that tosa.add broadcasts to the branch's, so the add stays.
// CHECK-LABEL: func.func @dynamic_unrelated_rows
// CHECK: tosa.matmul
// CHECK: %[[Y:.*]] = tosa.add
// CHECK: return %[[Y]]
// REMARK: Function=dynamic_unrelated_rows | Reason="zero branch kept at tosa.add: operand #1 is zero (tosa.matmul multiplies by an all-zero operand #1), but its dynamic sizes are not provably those of operand #0: tosa.add may broadcast it"
func.func @dynamic_unrelated_rows(%x: tensor<1x?x8xf32>, %h: tensor<1x?x8xf32>) -> tensor<1x?x8xf32> {
  %w = "tosa.const"() {values = dense<0.0> : tensor<1x8x8xf32>} : () -> tensor<1x8x8xf32>
  %zp = "tosa.const"() {values = dense<0.0> : tensor<1xf32>} : () -> tensor<1xf32>
  %r = tosa.matmul %x, %w, %zp, %zp : (tensor<1x?x8xf32>, tensor<1x8x8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x8xf32>
  %y = tosa.add %h, %r : (tensor<1x?x8xf32>, tensor<1x?x8xf32>) -> tensor<1x?x8xf32>
  return %y : tensor<1x?x8xf32>
}

// -----

// A dense_resource weight whose elements are +0.0 and -0.0 is all zero.
// CHECK-LABEL: func.func @resource_weight
// CHECK-SAME: (%{{.*}}: tensor<1x2x2xf32>, %[[H:.*]]: tensor<1x2x2xf32>)
// CHECK-NOT: tosa.matmul
// CHECK: return %[[H]]
func.func @resource_weight(%x: tensor<1x2x2xf32>, %h: tensor<1x2x2xf32>) -> tensor<1x2x2xf32> {
  %w = "tosa.const"() {values = dense_resource<zero_weight> : tensor<1x2x2xf32>} : () -> tensor<1x2x2xf32>
  %zp = "tosa.const"() {values = dense<0.0> : tensor<1xf32>} : () -> tensor<1xf32>
  %r = tosa.matmul %x, %w, %zp, %zp : (tensor<1x2x2xf32>, tensor<1x2x2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x2x2xf32>
  %y = tosa.add %h, %r : (tensor<1x2x2xf32>, tensor<1x2x2xf32>) -> tensor<1x2x2xf32>
  return %y : tensor<1x2x2xf32>
}
{-#
  dialect_resources: {
    builtin: {
      zero_weight: "0x0400000000000000000000800000000000000000"
    }
  }
#-}

// The whole file as one module: 16 branches removed, 5 kept.
// REPORT: "zero_branch_totals": {
// REPORT-NEXT: "kept": 5,
// REPORT-NEXT: "ops_erased": 68,
// REPORT-NEXT: "removed": 16
// REPORT: "zero_branches": [
// REPORT-NEXT: {
// REPORT-NEXT: "action": "merge-folded",
// REPORT-NEXT: "function": "residual",
// REPORT-NEXT: "loc": "loc(\"{{.*}}dataflow-zero.mlir\":{{[0-9]+}}:{{[0-9]+}})",
// REPORT-NEXT: "op": "tosa.add",
// REPORT-NEXT: "ops_erased": 5,
// REPORT-NEXT: "why": "operand #1 is zero: tosa.matmul 'res' multiplies by an all-zero operand #1"
// REPORT: "action": "kept",
// REPORT-NEXT: "function": "broadcasting_add",
