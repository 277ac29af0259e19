// breast_cancer_tree: sklearn DecisionTreeClassifier on cancer, test accuracy 0.9021: 1 tree(s), 35 nodes, 30 features, 2 classes
// Written by mlir_prune.tree_ir; see docs/DESIGN.md, "Decision trees in IR".
// Classes, in score order: 0, 1

func.func @tree0(%x: tensor<30xf32>) -> tensor<2xf32> {
  %c1 = arith.constant 22 : index
  %f1 = tensor.extract %x[%c1] : tensor<30xf32>
  %t1 = arith.constant 1.060999985e+02 : f32
  %le1 = arith.cmpf ole, %f1, %t1 : f32
  %r1 = scf.if %le1 -> (tensor<2xf32>) {
    %c2 = arith.constant 27 : index
    %f2 = tensor.extract %x[%c2] : tensor<30xf32>
    %t2 = arith.constant 1.338499933e-01 : f32
    %le2 = arith.cmpf ole, %f2, %t2 : f32
    %r2 = scf.if %le2 -> (tensor<2xf32>) {
      %c3 = arith.constant 13 : index
      %f3 = tensor.extract %x[%c3] : tensor<30xf32>
      %t3 = arith.constant 4.897499847e+01 : f32
      %le3 = arith.cmpf ole, %f3, %t3 : f32
      %r3 = scf.if %le3 -> (tensor<2xf32>) {
        %leaf4 = arith.constant dense<[0.000000000e+00, 1.000000000e+00]> : tensor<2xf32>
        scf.yield {prune.counts = array<f64: 0.0, 239.0>, prune.impurity = 0.0 : f64, prune.weight = 239.0 : f64, prune.node = 3 : i64} %leaf4 : tensor<2xf32>
      } else {
        %leaf5 = arith.constant dense<[1.000000000e+00, 0.000000000e+00]> : tensor<2xf32>
        scf.yield {prune.counts = array<f64: 1.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 4 : i64} %leaf5 : tensor<2xf32>
      } {prune.counts = array<f64: 1.0, 239.0>, prune.impurity = 0.008298611111111076 : f64, prune.weight = 240.0 : f64, prune.node = 2 : i64}
      scf.yield %r3 : tensor<2xf32>
    } else {
      %c6 = arith.constant 21 : index
      %f6 = tensor.extract %x[%c6] : tensor<30xf32>
      %t6 = arith.constant 2.600000000e+01 : f32
      %le6 = arith.cmpf ole, %f6, %t6 : f32
      %r6 = scf.if %le6 -> (tensor<2xf32>) {
        %c7 = arith.constant 29 : index
        %f7 = tensor.extract %x[%c7] : tensor<30xf32>
        %t7 = arith.constant 1.221999973e-01 : f32
        %le7 = arith.cmpf ole, %f7, %t7 : f32
        %r7 = scf.if %le7 -> (tensor<2xf32>) {
          %leaf8 = arith.constant dense<[0.000000000e+00, 1.000000000e+00]> : tensor<2xf32>
          scf.yield {prune.counts = array<f64: 0.0, 8.0>, prune.impurity = 0.0 : f64, prune.weight = 8.0 : f64, prune.node = 7 : i64} %leaf8 : tensor<2xf32>
        } else {
          %leaf9 = arith.constant dense<[1.000000000e+00, 0.000000000e+00]> : tensor<2xf32>
          scf.yield {prune.counts = array<f64: 1.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 8 : i64} %leaf9 : tensor<2xf32>
        } {prune.counts = array<f64: 1.0, 8.0>, prune.impurity = 0.19753086419753085 : f64, prune.weight = 9.0 : f64, prune.node = 6 : i64}
        scf.yield %r7 : tensor<2xf32>
      } else {
        %c10 = arith.constant 26 : index
        %f10 = tensor.extract %x[%c10] : tensor<30xf32>
        %t10 = arith.constant 3.583000004e-01 : f32
        %le10 = arith.cmpf ole, %f10, %t10 : f32
        %r10 = scf.if %le10 -> (tensor<2xf32>) {
          %c11 = arith.constant 24 : index
          %f11 = tensor.extract %x[%c11] : tensor<30xf32>
          %t11 = arith.constant 1.369999945e-01 : f32
          %le11 = arith.cmpf ole, %f11, %t11 : f32
          %r11 = scf.if %le11 -> (tensor<2xf32>) {
            %leaf12 = arith.constant dense<[1.000000000e+00, 0.000000000e+00]> : tensor<2xf32>
            scf.yield {prune.counts = array<f64: 1.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 11 : i64} %leaf12 : tensor<2xf32>
          } else {
            %leaf13 = arith.constant dense<[0.000000000e+00, 1.000000000e+00]> : tensor<2xf32>
            scf.yield {prune.counts = array<f64: 0.0, 1.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 12 : i64} %leaf13 : tensor<2xf32>
          } {prune.counts = array<f64: 1.0, 1.0>, prune.impurity = 0.5 : f64, prune.weight = 2.0 : f64, prune.node = 10 : i64}
          scf.yield %r11 : tensor<2xf32>
        } else {
          %leaf14 = arith.constant dense<[1.000000000e+00, 0.000000000e+00]> : tensor<2xf32>
          scf.yield {prune.counts = array<f64: 8.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 8.0 : f64, prune.node = 13 : i64} %leaf14 : tensor<2xf32>
        } {prune.counts = array<f64: 9.0, 1.0>, prune.impurity = 0.18000000000000005 : f64, prune.weight = 10.0 : f64, prune.node = 9 : i64}
        scf.yield %r10 : tensor<2xf32>
      } {prune.counts = array<f64: 10.0, 9.0>, prune.impurity = 0.4986149584487535 : f64, prune.weight = 19.0 : f64, prune.node = 5 : i64}
      scf.yield %r6 : tensor<2xf32>
    } {prune.counts = array<f64: 11.0, 248.0>, prune.impurity = 0.08133450604493075 : f64, prune.weight = 259.0 : f64, prune.node = 1 : i64}
    scf.yield %r2 : tensor<2xf32>
  } else {
    %c15 = arith.constant 27 : index
    %f15 = tensor.extract %x[%c15] : tensor<30xf32>
    %t15 = arith.constant 1.415999979e-01 : f32
    %le15 = arith.cmpf ole, %f15, %t15 : f32
    %r15 = scf.if %le15 -> (tensor<2xf32>) {
      %c16 = arith.constant 20 : index
      %f16 = tensor.extract %x[%c16] : tensor<30xf32>
      %t16 = arith.constant 1.761499977e+01 : f32
      %le16 = arith.cmpf ole, %f16, %t16 : f32
      %r16 = scf.if %le16 -> (tensor<2xf32>) {
        %c17 = arith.constant 1 : index
        %f17 = tensor.extract %x[%c17] : tensor<30xf32>
        %t17 = arith.constant 2.079499817e+01 : f32
        %le17 = arith.cmpf ole, %f17, %t17 : f32
        %r17 = scf.if %le17 -> (tensor<2xf32>) {
          %c18 = arith.constant 24 : index
          %f18 = tensor.extract %x[%c18] : tensor<30xf32>
          %t18 = arith.constant 1.382499933e-01 : f32
          %le18 = arith.cmpf ole, %f18, %t18 : f32
          %r18 = scf.if %le18 -> (tensor<2xf32>) {
            %leaf19 = arith.constant dense<[0.000000000e+00, 1.000000000e+00]> : tensor<2xf32>
            scf.yield {prune.counts = array<f64: 0.0, 13.0>, prune.impurity = 0.0 : f64, prune.weight = 13.0 : f64, prune.node = 18 : i64} %leaf19 : tensor<2xf32>
          } else {
            %leaf20 = arith.constant dense<[1.000000000e+00, 0.000000000e+00]> : tensor<2xf32>
            scf.yield {prune.counts = array<f64: 1.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 19 : i64} %leaf20 : tensor<2xf32>
          } {prune.counts = array<f64: 1.0, 13.0>, prune.impurity = 0.13265306122448983 : f64, prune.weight = 14.0 : f64, prune.node = 17 : i64}
          scf.yield %r18 : tensor<2xf32>
        } else {
          %c21 = arith.constant 1 : index
          %f21 = tensor.extract %x[%c21] : tensor<30xf32>
          %t21 = arith.constant 2.498499870e+01 : f32
          %le21 = arith.cmpf ole, %f21, %t21 : f32
          %r21 = scf.if %le21 -> (tensor<2xf32>) {
            %leaf22 = arith.constant dense<[1.000000000e+00, 0.000000000e+00]> : tensor<2xf32>
            scf.yield {prune.counts = array<f64: 4.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 21 : i64} %leaf22 : tensor<2xf32>
          } else {
            %leaf23 = arith.constant dense<[0.000000000e+00, 1.000000000e+00]> : tensor<2xf32>
            scf.yield {prune.counts = array<f64: 0.0, 2.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 22 : i64} %leaf23 : tensor<2xf32>
          } {prune.counts = array<f64: 4.0, 2.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 6.0 : f64, prune.node = 20 : i64}
          scf.yield %r21 : tensor<2xf32>
        } {prune.counts = array<f64: 5.0, 15.0>, prune.impurity = 0.375 : f64, prune.weight = 20.0 : f64, prune.node = 16 : i64}
        scf.yield %r17 : tensor<2xf32>
      } else {
        %c24 = arith.constant 8 : index
        %f24 = tensor.extract %x[%c24] : tensor<30xf32>
        %t24 = arith.constant 1.511499882e-01 : f32
        %le24 = arith.cmpf ole, %f24, %t24 : f32
        %r24 = scf.if %le24 -> (tensor<2xf32>) {
          %c25 = arith.constant 17 : index
          %f25 = tensor.extract %x[%c25] : tensor<30xf32>
          %t25 = arith.constant 2.479999885e-02 : f32
          %le25 = arith.cmpf ole, %f25, %t25 : f32
          %r25 = scf.if %le25 -> (tensor<2xf32>) {
            %leaf26 = arith.constant dense<[0.000000000e+00, 1.000000000e+00]> : tensor<2xf32>
            scf.yield {prune.counts = array<f64: 0.0, 2.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 25 : i64} %leaf26 : tensor<2xf32>
          } else {
            %leaf27 = arith.constant dense<[1.000000000e+00, 0.000000000e+00]> : tensor<2xf32>
            scf.yield {prune.counts = array<f64: 1.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 26 : i64} %leaf27 : tensor<2xf32>
          } {prune.counts = array<f64: 1.0, 2.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 3.0 : f64, prune.node = 24 : i64}
          scf.yield %r25 : tensor<2xf32>
        } else {
          %leaf28 = arith.constant dense<[1.000000000e+00, 0.000000000e+00]> : tensor<2xf32>
          scf.yield {prune.counts = array<f64: 14.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 14.0 : f64, prune.node = 27 : i64} %leaf28 : tensor<2xf32>
        } {prune.counts = array<f64: 15.0, 2.0>, prune.impurity = 0.2076124567474048 : f64, prune.weight = 17.0 : f64, prune.node = 23 : i64}
        scf.yield %r24 : tensor<2xf32>
      } {prune.counts = array<f64: 20.0, 17.0>, prune.impurity = 0.4967129291453616 : f64, prune.weight = 37.0 : f64, prune.node = 15 : i64}
      scf.yield %r16 : tensor<2xf32>
    } else {
      %c29 = arith.constant 10 : index
      %f29 = tensor.extract %x[%c29] : tensor<30xf32>
      %t29 = arith.constant 1.875499934e-01 : f32
      %le29 = arith.cmpf ole, %f29, %t29 : f32
      %r29 = scf.if %le29 -> (tensor<2xf32>) {
        %leaf30 = arith.constant dense<[0.000000000e+00, 1.000000000e+00]> : tensor<2xf32>
        scf.yield {prune.counts = array<f64: 0.0, 1.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 29 : i64} %leaf30 : tensor<2xf32>
      } else {
        %c31 = arith.constant 10 : index
        %f31 = tensor.extract %x[%c31] : tensor<30xf32>
        %t31 = arith.constant 2.412499934e-01 : f32
        %le31 = arith.cmpf ole, %f31, %t31 : f32
        %r31 = scf.if %le31 -> (tensor<2xf32>) {
          %c32 = arith.constant 21 : index
          %f32 = tensor.extract %x[%c32] : tensor<30xf32>
          %t32 = arith.constant 2.293499947e+01 : f32
          %le32 = arith.cmpf ole, %f32, %t32 : f32
          %r32 = scf.if %le32 -> (tensor<2xf32>) {
            %leaf33 = arith.constant dense<[0.000000000e+00, 1.000000000e+00]> : tensor<2xf32>
            scf.yield {prune.counts = array<f64: 0.0, 1.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 32 : i64} %leaf33 : tensor<2xf32>
          } else {
            %leaf34 = arith.constant dense<[1.000000000e+00, 0.000000000e+00]> : tensor<2xf32>
            scf.yield {prune.counts = array<f64: 3.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 33 : i64} %leaf34 : tensor<2xf32>
          } {prune.counts = array<f64: 3.0, 1.0>, prune.impurity = 0.375 : f64, prune.weight = 4.0 : f64, prune.node = 31 : i64}
          scf.yield %r32 : tensor<2xf32>
        } else {
          %leaf35 = arith.constant dense<[1.000000000e+00, 0.000000000e+00]> : tensor<2xf32>
          scf.yield {prune.counts = array<f64: 125.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 125.0 : f64, prune.node = 34 : i64} %leaf35 : tensor<2xf32>
        } {prune.counts = array<f64: 128.0, 1.0>, prune.impurity = 0.015383690883961298 : f64, prune.weight = 129.0 : f64, prune.node = 30 : i64}
        scf.yield %r31 : tensor<2xf32>
      } {prune.counts = array<f64: 128.0, 2.0>, prune.impurity = 0.030295857988165698 : f64, prune.weight = 130.0 : f64, prune.node = 28 : i64}
      scf.yield %r29 : tensor<2xf32>
    } {prune.counts = array<f64: 148.0, 19.0>, prune.impurity = 0.20165656710531032 : f64, prune.weight = 167.0 : f64, prune.node = 14 : i64}
    scf.yield %r15 : tensor<2xf32>
  } {prune.counts = array<f64: 159.0, 267.0>, prune.impurity = 0.46786351914302715 : f64, prune.weight = 426.0 : f64, prune.node = 0 : i64}
  return %r1 : tensor<2xf32>
}

// Scores of every row of a batch.
func.func @forward(%X: tensor<?x30xf32>) -> tensor<?x2xf32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %n = tensor.dim %X, %c0 : tensor<?x30xf32>
  %init = tensor.empty(%n) : tensor<?x2xf32>
  %out = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %init) -> (tensor<?x2xf32>) {
    %row = tensor.extract_slice %X[%i, 0] [1, 30] [1, 1] : tensor<?x30xf32> to tensor<30xf32>
    %s = func.call @tree0(%row) : (tensor<30xf32>) -> tensor<2xf32>
    %next = tensor.insert_slice %s into %acc[%i, 0] [1, 2] [1, 1] : tensor<2xf32> into tensor<?x2xf32>
    scf.yield %next : tensor<?x2xf32>
  }
  return %out : tensor<?x2xf32>
}

// Predicted class of every row: the first class of highest score.
func.func @predict(%X: tensor<?x30xf32>) -> tensor<?xi64> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %cC = arith.constant 2 : index
  %n = tensor.dim %X, %c0 : tensor<?x30xf32>
  %init = tensor.empty(%n) : tensor<?xi64>
  %out = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %init) -> (tensor<?xi64>) {
    %row = tensor.extract_slice %X[%i, 0] [1, 30] [1, 1] : tensor<?x30xf32> to tensor<30xf32>
    %s = func.call @tree0(%row) : (tensor<30xf32>) -> tensor<2xf32>
    %s0 = tensor.extract %s[%c0] : tensor<2xf32>
    %best:2 = scf.for %k = %c1 to %cC step %c1 iter_args(%bv = %s0, %bi = %c0) -> (f32, index) {
      %v = tensor.extract %s[%k] : tensor<2xf32>
      %gt = arith.cmpf ogt, %v, %bv : f32
      %nv = arith.select %gt, %v, %bv : f32
      %ni = arith.select %gt, %k, %bi : index
      scf.yield %nv, %ni : f32, index
    }
    %cls = arith.index_cast %best#1 : index to i64
    %next = tensor.insert %cls into %acc[%i] : tensor<?xi64>
    scf.yield %next : tensor<?xi64>
  }
  return %out : tensor<?xi64>
}
