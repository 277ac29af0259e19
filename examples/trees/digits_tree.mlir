// digits_tree: sklearn DecisionTreeClassifier on digits, test accuracy 0.8556: 1 tree(s), 293 nodes, 64 features, 10 classes
// Written by mlir_prune.tree_ir; see docs/DESIGN.md, "Decision trees in IR".
// Classes, in score order: 0, 1, 2, 3, 4, 5, 6, 7, 8, 9

func.func @tree0(%x: tensor<64xf32> {prune.range = array<f64: 0.0, 1.0>}) -> tensor<10xf32> {
  %c1 = arith.constant 36 : index
  %f1 = tensor.extract %x[%c1] : tensor<64xf32>
  %t1 = arith.constant 3.125000000e-02 : f32
  %le1 = arith.cmpf ole, %f1, %t1 : f32
  %r1 = scf.if %le1 -> (tensor<10xf32>) {
    %c2 = arith.constant 28 : index
    %f2 = tensor.extract %x[%c2] : tensor<64xf32>
    %t2 = arith.constant 2.812500000e-01 : f32
    %le2 = arith.cmpf ole, %f2, %t2 : f32
    %r2 = scf.if %le2 -> (tensor<10xf32>) {
      %c3 = arith.constant 21 : index
      %f3 = tensor.extract %x[%c3] : tensor<64xf32>
      %t3 = arith.constant 3.125000000e-02 : f32
      %le3 = arith.cmpf ole, %f3, %t3 : f32
      %r3 = scf.if %le3 -> (tensor<10xf32>) {
        %c4 = arith.constant 6 : index
        %f4 = tensor.extract %x[%c4] : tensor<64xf32>
        %t4 = arith.constant 6.250000000e-02 : f32
        %le4 = arith.cmpf ole, %f4, %t4 : f32
        %r4 = scf.if %le4 -> (tensor<10xf32>) {
          %c5 = arith.constant 30 : index
          %f5 = tensor.extract %x[%c5] : tensor<64xf32>
          %t5 = arith.constant 5.312500000e-01 : f32
          %le5 = arith.cmpf ole, %f5, %t5 : f32
          %r5 = scf.if %le5 -> (tensor<10xf32>) {
            %c6 = arith.constant 51 : index
            %f6 = tensor.extract %x[%c6] : tensor<64xf32>
            %t6 = arith.constant 9.062500000e-01 : f32
            %le6 = arith.cmpf ole, %f6, %t6 : f32
            %r6 = scf.if %le6 -> (tensor<10xf32>) {
              %c7 = arith.constant 25 : index
              %f7 = tensor.extract %x[%c7] : tensor<64xf32>
              %t7 = arith.constant 9.375000000e-02 : f32
              %le7 = arith.cmpf ole, %f7, %t7 : f32
              %r7 = scf.if %le7 -> (tensor<10xf32>) {
                %leaf8 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 7 : i64} %leaf8 : tensor<10xf32>
              } else {
                %leaf9 = arith.constant dense<[1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                scf.yield {prune.counts = array<f64: 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 8 : i64} %leaf9 : tensor<10xf32>
              } {prune.counts = array<f64: 1.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.5 : f64, prune.weight = 2.0 : f64, prune.node = 6 : i64}
              scf.yield %r7 : tensor<10xf32>
            } else {
              %leaf10 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 9 : i64} %leaf10 : tensor<10xf32>
            } {prune.counts = array<f64: 1.0, 0.0, 1.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0>, prune.impurity = 0.625 : f64, prune.weight = 4.0 : f64, prune.node = 5 : i64}
            scf.yield %r6 : tensor<10xf32>
          } else {
            %leaf11 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 10 : i64} %leaf11 : tensor<10xf32>
          } {prune.counts = array<f64: 1.0, 0.0, 1.0, 0.0, 2.0, 0.0, 2.0, 0.0, 0.0, 0.0>, prune.impurity = 0.7222222222222222 : f64, prune.weight = 6.0 : f64, prune.node = 4 : i64}
          scf.yield %r5 : tensor<10xf32>
        } else {
          %leaf12 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
          scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 4.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 11 : i64} %leaf12 : tensor<10xf32>
        } {prune.counts = array<f64: 1.0, 0.0, 1.0, 0.0, 2.0, 4.0, 2.0, 0.0, 0.0, 0.0>, prune.impurity = 0.74 : f64, prune.weight = 10.0 : f64, prune.node = 3 : i64}
        scf.yield %r4 : tensor<10xf32>
      } else {
        %c13 = arith.constant 42 : index
        %f13 = tensor.extract %x[%c13] : tensor<64xf32>
        %t13 = arith.constant 2.187500000e-01 : f32
        %le13 = arith.cmpf ole, %f13, %t13 : f32
        %r13 = scf.if %le13 -> (tensor<10xf32>) {
          %leaf14 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00]> : tensor<10xf32>
          scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 13 : i64} %leaf14 : tensor<10xf32>
        } else {
          %c15 = arith.constant 27 : index
          %f15 = tensor.extract %x[%c15] : tensor<64xf32>
          %t15 = arith.constant 9.062500000e-01 : f32
          %le15 = arith.cmpf ole, %f15, %t15 : f32
          %r15 = scf.if %le15 -> (tensor<10xf32>) {
            %c16 = arith.constant 34 : index
            %f16 = tensor.extract %x[%c16] : tensor<64xf32>
            %t16 = arith.constant 1.250000000e-01 : f32
            %le16 = arith.cmpf ole, %f16, %t16 : f32
            %r16 = scf.if %le16 -> (tensor<10xf32>) {
              %leaf17 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 16 : i64} %leaf17 : tensor<10xf32>
            } else {
              %leaf18 = arith.constant dense<[1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
              scf.yield {prune.counts = array<f64: 130.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 130.0 : f64, prune.node = 17 : i64} %leaf18 : tensor<10xf32>
            } {prune.counts = array<f64: 130.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.015150632247537987 : f64, prune.weight = 131.0 : f64, prune.node = 15 : i64}
            scf.yield %r16 : tensor<10xf32>
          } else {
            %leaf19 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 18 : i64} %leaf19 : tensor<10xf32>
          } {prune.counts = array<f64: 130.0, 0.0, 1.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.029958677685950397 : f64, prune.weight = 132.0 : f64, prune.node = 14 : i64}
          scf.yield %r15 : tensor<10xf32>
        } {prune.counts = array<f64: 130.0, 0.0, 1.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 2.0>, prune.impurity = 0.05847627533971933 : f64, prune.weight = 134.0 : f64, prune.node = 12 : i64}
        scf.yield %r13 : tensor<10xf32>
      } {prune.counts = array<f64: 131.0, 0.0, 2.0, 0.0, 3.0, 4.0, 2.0, 0.0, 0.0, 2.0>, prune.impurity = 0.17062114197530864 : f64, prune.weight = 144.0 : f64, prune.node = 2 : i64}
      scf.yield %r3 : tensor<10xf32>
    } else {
      %c20 = arith.constant 21 : index
      %f20 = tensor.extract %x[%c20] : tensor<64xf32>
      %t20 = arith.constant 5.625000000e-01 : f32
      %le20 = arith.cmpf ole, %f20, %t20 : f32
      %r20 = scf.if %le20 -> (tensor<10xf32>) {
        %c21 = arith.constant 42 : index
        %f21 = tensor.extract %x[%c21] : tensor<64xf32>
        %t21 = arith.constant 4.687500000e-01 : f32
        %le21 = arith.cmpf ole, %f21, %t21 : f32
        %r21 = scf.if %le21 -> (tensor<10xf32>) {
          %c22 = arith.constant 4 : index
          %f22 = tensor.extract %x[%c22] : tensor<64xf32>
          %t22 = arith.constant 5.000000000e-01 : f32
          %le22 = arith.cmpf ole, %f22, %t22 : f32
          %r22 = scf.if %le22 -> (tensor<10xf32>) {
            %leaf23 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00]> : tensor<10xf32>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 22 : i64} %leaf23 : tensor<10xf32>
          } else {
            %leaf24 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 17.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 17.0 : f64, prune.node = 23 : i64} %leaf24 : tensor<10xf32>
          } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 17.0, 0.0, 0.0, 0.0, 1.0>, prune.impurity = 0.1049382716049383 : f64, prune.weight = 18.0 : f64, prune.node = 21 : i64}
          scf.yield %r22 : tensor<10xf32>
        } else {
          %c25 = arith.constant 41 : index
          %f25 = tensor.extract %x[%c25] : tensor<64xf32>
          %t25 = arith.constant 1.875000000e-01 : f32
          %le25 = arith.cmpf ole, %f25, %t25 : f32
          %r25 = scf.if %le25 -> (tensor<10xf32>) {
            %leaf26 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 25 : i64} %leaf26 : tensor<10xf32>
          } else {
            %c27 = arith.constant 62 : index
            %f27 = tensor.extract %x[%c27] : tensor<64xf32>
            %t27 = arith.constant 9.375000000e-02 : f32
            %le27 = arith.cmpf ole, %f27, %t27 : f32
            %r27 = scf.if %le27 -> (tensor<10xf32>) {
              %leaf28 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 27 : i64} %leaf28 : tensor<10xf32>
            } else {
              %leaf29 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 28 : i64} %leaf29 : tensor<10xf32>
            } {prune.counts = array<f64: 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.5 : f64, prune.weight = 2.0 : f64, prune.node = 26 : i64}
            scf.yield %r27 : tensor<10xf32>
          } {prune.counts = array<f64: 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 2.0, 0.0, 1.0, 0.0>, prune.impurity = 0.625 : f64, prune.weight = 4.0 : f64, prune.node = 24 : i64}
          scf.yield %r25 : tensor<10xf32>
        } {prune.counts = array<f64: 0.0, 0.0, 1.0, 0.0, 0.0, 17.0, 2.0, 0.0, 1.0, 1.0>, prune.impurity = 0.38842975206611574 : f64, prune.weight = 22.0 : f64, prune.node = 20 : i64}
        scf.yield %r21 : tensor<10xf32>
      } else {
        %c30 = arith.constant 34 : index
        %f30 = tensor.extract %x[%c30] : tensor<64xf32>
        %t30 = arith.constant 5.000000000e-01 : f32
        %le30 = arith.cmpf ole, %f30, %t30 : f32
        %r30 = scf.if %le30 -> (tensor<10xf32>) {
          %c31 = arith.constant 18 : index
          %f31 = tensor.extract %x[%c31] : tensor<64xf32>
          %t31 = arith.constant 1.250000000e-01 : f32
          %le31 = arith.cmpf ole, %f31, %t31 : f32
          %r31 = scf.if %le31 -> (tensor<10xf32>) {
            %leaf32 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 31 : i64} %leaf32 : tensor<10xf32>
          } else {
            %leaf33 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00]> : tensor<10xf32>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 40.0>, prune.impurity = 0.0 : f64, prune.weight = 40.0 : f64, prune.node = 32 : i64} %leaf33 : tensor<10xf32>
          } {prune.counts = array<f64: 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 40.0>, prune.impurity = 0.04759071980963714 : f64, prune.weight = 41.0 : f64, prune.node = 30 : i64}
          scf.yield %r31 : tensor<10xf32>
        } else {
          %c34 = arith.constant 35 : index
          %f34 = tensor.extract %x[%c34] : tensor<64xf32>
          %t34 = arith.constant 5.312500000e-01 : f32
          %le34 = arith.cmpf ole, %f34, %t34 : f32
          %r34 = scf.if %le34 -> (tensor<10xf32>) {
            %leaf35 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 34 : i64} %leaf35 : tensor<10xf32>
          } else {
            %leaf36 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 35 : i64} %leaf36 : tensor<10xf32>
          } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 2.0, 0.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 3.0 : f64, prune.node = 33 : i64}
          scf.yield %r34 : tensor<10xf32>
        } {prune.counts = array<f64: 0.0, 0.0, 0.0, 1.0, 0.0, 1.0, 0.0, 0.0, 2.0, 40.0>, prune.impurity = 0.17045454545454541 : f64, prune.weight = 44.0 : f64, prune.node = 29 : i64}
        scf.yield %r30 : tensor<10xf32>
      } {prune.counts = array<f64: 0.0, 0.0, 1.0, 1.0, 0.0, 18.0, 2.0, 0.0, 3.0, 41.0>, prune.impurity = 0.5362718089990817 : f64, prune.weight = 66.0 : f64, prune.node = 19 : i64}
      scf.yield %r20 : tensor<10xf32>
    } {prune.counts = array<f64: 131.0, 0.0, 3.0, 1.0, 3.0, 22.0, 4.0, 0.0, 3.0, 43.0>, prune.impurity = 0.5569614512471655 : f64, prune.weight = 210.0 : f64, prune.node = 1 : i64}
    scf.yield %r2 : tensor<10xf32>
  } else {
    %c37 = arith.constant 21 : index
    %f37 = tensor.extract %x[%c37] : tensor<64xf32>
    %t37 = arith.constant 3.125000000e-02 : f32
    %le37 = arith.cmpf ole, %f37, %t37 : f32
    %r37 = scf.if %le37 -> (tensor<10xf32>) {
      %c38 = arith.constant 42 : index
      %f38 = tensor.extract %x[%c38] : tensor<64xf32>
      %t38 = arith.constant 5.312500000e-01 : f32
      %le38 = arith.cmpf ole, %f38, %t38 : f32
      %r38 = scf.if %le38 -> (tensor<10xf32>) {
        %c39 = arith.constant 5 : index
        %f39 = tensor.extract %x[%c39] : tensor<64xf32>
        %t39 = arith.constant 2.187500000e-01 : f32
        %le39 = arith.cmpf ole, %f39, %t39 : f32
        %r39 = scf.if %le39 -> (tensor<10xf32>) {
          %c40 = arith.constant 19 : index
          %f40 = tensor.extract %x[%c40] : tensor<64xf32>
          %t40 = arith.constant 8.437500000e-01 : f32
          %le40 = arith.cmpf ole, %f40, %t40 : f32
          %r40 = scf.if %le40 -> (tensor<10xf32>) {
            %c41 = arith.constant 37 : index
            %f41 = tensor.extract %x[%c41] : tensor<64xf32>
            %t41 = arith.constant 2.500000000e-01 : f32
            %le41 = arith.cmpf ole, %f41, %t41 : f32
            %r41 = scf.if %le41 -> (tensor<10xf32>) {
              %c42 = arith.constant 50 : index
              %f42 = tensor.extract %x[%c42] : tensor<64xf32>
              %t42 = arith.constant 5.312500000e-01 : f32
              %le42 = arith.cmpf ole, %f42, %t42 : f32
              %r42 = scf.if %le42 -> (tensor<10xf32>) {
                %c43 = arith.constant 19 : index
                %f43 = tensor.extract %x[%c43] : tensor<64xf32>
                %t43 = arith.constant 5.937500000e-01 : f32
                %le43 = arith.cmpf ole, %f43, %t43 : f32
                %r43 = scf.if %le43 -> (tensor<10xf32>) {
                  %c44 = arith.constant 42 : index
                  %f44 = tensor.extract %x[%c44] : tensor<64xf32>
                  %t44 = arith.constant 3.125000000e-02 : f32
                  %le44 = arith.cmpf ole, %f44, %t44 : f32
                  %r44 = scf.if %le44 -> (tensor<10xf32>) {
                    %leaf45 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                    scf.yield {prune.counts = array<f64: 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 44 : i64} %leaf45 : tensor<10xf32>
                  } else {
                    %leaf46 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                    scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 45 : i64} %leaf46 : tensor<10xf32>
                  } {prune.counts = array<f64: 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 3.0 : f64, prune.node = 43 : i64}
                  scf.yield %r44 : tensor<10xf32>
                } else {
                  %leaf47 = arith.constant dense<[0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                  scf.yield {prune.counts = array<f64: 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 46 : i64} %leaf47 : tensor<10xf32>
                } {prune.counts = array<f64: 0.0, 2.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0>, prune.impurity = 0.64 : f64, prune.weight = 5.0 : f64, prune.node = 42 : i64}
                scf.yield %r43 : tensor<10xf32>
              } else {
                %leaf48 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 26.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 26.0 : f64, prune.node = 47 : i64} %leaf48 : tensor<10xf32>
              } {prune.counts = array<f64: 0.0, 2.0, 27.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0>, prune.impurity = 0.23309053069719043 : f64, prune.weight = 31.0 : f64, prune.node = 41 : i64}
              scf.yield %r42 : tensor<10xf32>
            } else {
              %c49 = arith.constant 43 : index
              %f49 = tensor.extract %x[%c49] : tensor<64xf32>
              %t49 = arith.constant 3.437500000e-01 : f32
              %le49 = arith.cmpf ole, %f49, %t49 : f32
              %r49 = scf.if %le49 -> (tensor<10xf32>) {
                %c50 = arith.constant 46 : index
                %f50 = tensor.extract %x[%c50] : tensor<64xf32>
                %t50 = arith.constant 2.812500000e-01 : f32
                %le50 = arith.cmpf ole, %f50, %t50 : f32
                %r50 = scf.if %le50 -> (tensor<10xf32>) {
                  %leaf51 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                  scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 50 : i64} %leaf51 : tensor<10xf32>
                } else {
                  %leaf52 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                  scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 12.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 12.0 : f64, prune.node = 51 : i64} %leaf52 : tensor<10xf32>
                } {prune.counts = array<f64: 0.0, 0.0, 0.0, 12.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.14201183431952658 : f64, prune.weight = 13.0 : f64, prune.node = 49 : i64}
                scf.yield %r50 : tensor<10xf32>
              } else {
                %c53 = arith.constant 26 : index
                %f53 = tensor.extract %x[%c53] : tensor<64xf32>
                %t53 = arith.constant 6.562500000e-01 : f32
                %le53 = arith.cmpf ole, %f53, %t53 : f32
                %r53 = scf.if %le53 -> (tensor<10xf32>) {
                  %leaf54 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                  scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 4.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 53 : i64} %leaf54 : tensor<10xf32>
                } else {
                  %c55 = arith.constant 28 : index
                  %f55 = tensor.extract %x[%c55] : tensor<64xf32>
                  %t55 = arith.constant 4.062500000e-01 : f32
                  %le55 = arith.cmpf ole, %f55, %t55 : f32
                  %r55 = scf.if %le55 -> (tensor<10xf32>) {
                    %leaf56 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                    scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 55 : i64} %leaf56 : tensor<10xf32>
                  } else {
                    %leaf57 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                    scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 56 : i64} %leaf57 : tensor<10xf32>
                  } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.5 : f64, prune.weight = 2.0 : f64, prune.node = 54 : i64}
                  scf.yield %r55 : tensor<10xf32>
                } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 4.0, 1.0, 0.0>, prune.impurity = 0.5 : f64, prune.weight = 6.0 : f64, prune.node = 52 : i64}
                scf.yield %r53 : tensor<10xf32>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 12.0, 1.0, 1.0, 0.0, 4.0, 1.0, 0.0>, prune.impurity = 0.5484764542936288 : f64, prune.weight = 19.0 : f64, prune.node = 48 : i64}
              scf.yield %r49 : tensor<10xf32>
            } {prune.counts = array<f64: 0.0, 2.0, 27.0, 12.0, 1.0, 1.0, 0.0, 4.0, 3.0, 0.0>, prune.impurity = 0.6384000000000001 : f64, prune.weight = 50.0 : f64, prune.node = 40 : i64}
            scf.yield %r41 : tensor<10xf32>
          } else {
            %c58 = arith.constant 46 : index
            %f58 = tensor.extract %x[%c58] : tensor<64xf32>
            %t58 = arith.constant 3.125000000e-02 : f32
            %le58 = arith.cmpf ole, %f58, %t58 : f32
            %r58 = scf.if %le58 -> (tensor<10xf32>) {
              %c59 = arith.constant 27 : index
              %f59 = tensor.extract %x[%c59] : tensor<64xf32>
              %t59 = arith.constant 6.562500000e-01 : f32
              %le59 = arith.cmpf ole, %f59, %t59 : f32
              %r59 = scf.if %le59 -> (tensor<10xf32>) {
                %c60 = arith.constant 2 : index
                %f60 = tensor.extract %x[%c60] : tensor<64xf32>
                %t60 = arith.constant 3.750000000e-01 : f32
                %le60 = arith.cmpf ole, %f60, %t60 : f32
                %r60 = scf.if %le60 -> (tensor<10xf32>) {
                  %leaf61 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                  scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 60 : i64} %leaf61 : tensor<10xf32>
                } else {
                  %leaf62 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                  scf.yield {prune.counts = array<f64: 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 61 : i64} %leaf62 : tensor<10xf32>
                } {prune.counts = array<f64: 0.0, 0.0, 1.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.5 : f64, prune.weight = 2.0 : f64, prune.node = 59 : i64}
                scf.yield %r60 : tensor<10xf32>
              } else {
                %leaf63 = arith.constant dense<[0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                scf.yield {prune.counts = array<f64: 0.0, 28.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 28.0 : f64, prune.node = 62 : i64} %leaf63 : tensor<10xf32>
              } {prune.counts = array<f64: 0.0, 28.0, 1.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.1266666666666667 : f64, prune.weight = 30.0 : f64, prune.node = 58 : i64}
              scf.yield %r59 : tensor<10xf32>
            } else {
              %c64 = arith.constant 33 : index
              %f64 = tensor.extract %x[%c64] : tensor<64xf32>
              %t64 = arith.constant 2.500000000e-01 : f32
              %le64 = arith.cmpf ole, %f64, %t64 : f32
              %r64 = scf.if %le64 -> (tensor<10xf32>) {
                %c65 = arith.constant 10 : index
                %f65 = tensor.extract %x[%c65] : tensor<64xf32>
                %t65 = arith.constant 1.875000000e-01 : f32
                %le65 = arith.cmpf ole, %f65, %t65 : f32
                %r65 = scf.if %le65 -> (tensor<10xf32>) {
                  %leaf66 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                  scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 65 : i64} %leaf66 : tensor<10xf32>
                } else {
                  %c67 = arith.constant 18 : index
                  %f67 = tensor.extract %x[%c67] : tensor<64xf32>
                  %t67 = arith.constant 5.312500000e-01 : f32
                  %le67 = arith.cmpf ole, %f67, %t67 : f32
                  %r67 = scf.if %le67 -> (tensor<10xf32>) {
                    %leaf68 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                    scf.yield {prune.counts = array<f64: 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 67 : i64} %leaf68 : tensor<10xf32>
                  } else {
                    %leaf69 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                    scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 68 : i64} %leaf69 : tensor<10xf32>
                  } {prune.counts = array<f64: 0.0, 0.0, 1.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.5 : f64, prune.weight = 2.0 : f64, prune.node = 66 : i64}
                  scf.yield %r67 : tensor<10xf32>
                } {prune.counts = array<f64: 0.0, 0.0, 1.0, 1.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0>, prune.impurity = 0.625 : f64, prune.weight = 4.0 : f64, prune.node = 64 : i64}
                scf.yield %r65 : tensor<10xf32>
              } else {
                %leaf70 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 69 : i64} %leaf70 : tensor<10xf32>
              } {prune.counts = array<f64: 0.0, 0.0, 1.0, 1.0, 2.0, 0.0, 2.0, 0.0, 0.0, 0.0>, prune.impurity = 0.7222222222222222 : f64, prune.weight = 6.0 : f64, prune.node = 63 : i64}
              scf.yield %r64 : tensor<10xf32>
            } {prune.counts = array<f64: 0.0, 28.0, 2.0, 1.0, 3.0, 0.0, 2.0, 0.0, 0.0, 0.0>, prune.impurity = 0.38117283950617287 : f64, prune.weight = 36.0 : f64, prune.node = 57 : i64}
            scf.yield %r58 : tensor<10xf32>
          } {prune.counts = array<f64: 0.0, 30.0, 29.0, 13.0, 4.0, 1.0, 2.0, 4.0, 3.0, 0.0>, prune.impurity = 0.7355327203893997 : f64, prune.weight = 86.0 : f64, prune.node = 39 : i64}
          scf.yield %r40 : tensor<10xf32>
        } else {
          %c71 = arith.constant 18 : index
          %f71 = tensor.extract %x[%c71] : tensor<64xf32>
          %t71 = arith.constant 2.812500000e-01 : f32
          %le71 = arith.cmpf ole, %f71, %t71 : f32
          %r71 = scf.if %le71 -> (tensor<10xf32>) {
            %c72 = arith.constant 43 : index
            %f72 = tensor.extract %x[%c72] : tensor<64xf32>
            %t72 = arith.constant 3.125000000e-02 : f32
            %le72 = arith.cmpf ole, %f72, %t72 : f32
            %r72 = scf.if %le72 -> (tensor<10xf32>) {
              %leaf73 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 72 : i64} %leaf73 : tensor<10xf32>
            } else {
              %leaf74 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 73 : i64} %leaf74 : tensor<10xf32>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0>, prune.impurity = 0.5 : f64, prune.weight = 2.0 : f64, prune.node = 71 : i64}
            scf.yield %r72 : tensor<10xf32>
          } else {
            %leaf75 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 101.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 101.0 : f64, prune.node = 74 : i64} %leaf75 : tensor<10xf32>
          } {prune.counts = array<f64: 0.0, 0.0, 0.0, 1.0, 0.0, 101.0, 0.0, 1.0, 0.0, 0.0>, prune.impurity = 0.038269393910830396 : f64, prune.weight = 103.0 : f64, prune.node = 70 : i64}
          scf.yield %r71 : tensor<10xf32>
        } {prune.counts = array<f64: 0.0, 30.0, 29.0, 14.0, 4.0, 102.0, 2.0, 5.0, 3.0, 0.0>, prune.impurity = 0.6530052350158171 : f64, prune.weight = 189.0 : f64, prune.node = 38 : i64}
        scf.yield %r39 : tensor<10xf32>
      } else {
        %c76 = arith.constant 54 : index
        %f76 = tensor.extract %x[%c76] : tensor<64xf32>
        %t76 = arith.constant 3.125000000e-02 : f32
        %le76 = arith.cmpf ole, %f76, %t76 : f32
        %r76 = scf.if %le76 -> (tensor<10xf32>) {
          %c77 = arith.constant 10 : index
          %f77 = tensor.extract %x[%c77] : tensor<64xf32>
          %t77 = arith.constant 3.437500000e-01 : f32
          %le77 = arith.cmpf ole, %f77, %t77 : f32
          %r77 = scf.if %le77 -> (tensor<10xf32>) {
            %leaf78 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 19.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 19.0 : f64, prune.node = 77 : i64} %leaf78 : tensor<10xf32>
          } else {
            %c79 = arith.constant 27 : index
            %f79 = tensor.extract %x[%c79] : tensor<64xf32>
            %t79 = arith.constant 8.437500000e-01 : f32
            %le79 = arith.cmpf ole, %f79, %t79 : f32
            %r79 = scf.if %le79 -> (tensor<10xf32>) {
              %c80 = arith.constant 61 : index
              %f80 = tensor.extract %x[%c80] : tensor<64xf32>
              %t80 = arith.constant 2.500000000e-01 : f32
              %le80 = arith.cmpf ole, %f80, %t80 : f32
              %r80 = scf.if %le80 -> (tensor<10xf32>) {
                %c81 = arith.constant 4 : index
                %f81 = tensor.extract %x[%c81] : tensor<64xf32>
                %t81 = arith.constant 6.562500000e-01 : f32
                %le81 = arith.cmpf ole, %f81, %t81 : f32
                %r81 = scf.if %le81 -> (tensor<10xf32>) {
                  %leaf82 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                  scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 81 : i64} %leaf82 : tensor<10xf32>
                } else {
                  %c83 = arith.constant 12 : index
                  %f83 = tensor.extract %x[%c83] : tensor<64xf32>
                  %t83 = arith.constant 8.437500000e-01 : f32
                  %le83 = arith.cmpf ole, %f83, %t83 : f32
                  %r83 = scf.if %le83 -> (tensor<10xf32>) {
                    %leaf84 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                    scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 83 : i64} %leaf84 : tensor<10xf32>
                  } else {
                    %leaf85 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                    scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 84 : i64} %leaf85 : tensor<10xf32>
                  } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 1.0, 0.0, 0.0>, prune.impurity = 0.5 : f64, prune.weight = 2.0 : f64, prune.node = 82 : i64}
                  scf.yield %r83 : tensor<10xf32>
                } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 2.0, 1.0, 0.0, 1.0, 0.0, 0.0>, prune.impurity = 0.625 : f64, prune.weight = 4.0 : f64, prune.node = 80 : i64}
                scf.yield %r81 : tensor<10xf32>
              } else {
                %leaf86 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 3.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 85 : i64} %leaf86 : tensor<10xf32>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 2.0, 1.0, 3.0, 1.0, 0.0, 0.0>, prune.impurity = 0.6938775510204082 : f64, prune.weight = 7.0 : f64, prune.node = 79 : i64}
              scf.yield %r80 : tensor<10xf32>
            } else {
              %leaf87 = arith.constant dense<[0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
              scf.yield {prune.counts = array<f64: 0.0, 4.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 86 : i64} %leaf87 : tensor<10xf32>
            } {prune.counts = array<f64: 0.0, 4.0, 0.0, 0.0, 2.0, 1.0, 3.0, 1.0, 0.0, 0.0>, prune.impurity = 0.743801652892562 : f64, prune.weight = 11.0 : f64, prune.node = 78 : i64}
            scf.yield %r79 : tensor<10xf32>
          } {prune.counts = array<f64: 0.0, 4.0, 0.0, 0.0, 21.0, 1.0, 3.0, 1.0, 0.0, 0.0>, prune.impurity = 0.48 : f64, prune.weight = 30.0 : f64, prune.node = 76 : i64}
          scf.yield %r77 : tensor<10xf32>
        } else {
          %c88 = arith.constant 9 : index
          %f88 = tensor.extract %x[%c88] : tensor<64xf32>
          %t88 = arith.constant 1.875000000e-01 : f32
          %le88 = arith.cmpf ole, %f88, %t88 : f32
          %r88 = scf.if %le88 -> (tensor<10xf32>) {
            %c89 = arith.constant 54 : index
            %f89 = tensor.extract %x[%c89] : tensor<64xf32>
            %t89 = arith.constant 9.375000000e-02 : f32
            %le89 = arith.cmpf ole, %f89, %t89 : f32
            %r89 = scf.if %le89 -> (tensor<10xf32>) {
              %c90 = arith.constant 19 : index
              %f90 = tensor.extract %x[%c90] : tensor<64xf32>
              %t90 = arith.constant 7.187500000e-01 : f32
              %le90 = arith.cmpf ole, %f90, %t90 : f32
              %r90 = scf.if %le90 -> (tensor<10xf32>) {
                %leaf91 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 90 : i64} %leaf91 : tensor<10xf32>
              } else {
                %leaf92 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 91 : i64} %leaf92 : tensor<10xf32>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 1.0, 0.0, 0.0, 0.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 3.0 : f64, prune.node = 89 : i64}
              scf.yield %r90 : tensor<10xf32>
            } else {
              %leaf93 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 123.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 123.0 : f64, prune.node = 92 : i64} %leaf93 : tensor<10xf32>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 124.0, 0.0, 0.0, 0.0>, prune.impurity = 0.031242126480221732 : f64, prune.weight = 126.0 : f64, prune.node = 88 : i64}
            scf.yield %r89 : tensor<10xf32>
          } else {
            %leaf94 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 5.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 5.0 : f64, prune.node = 93 : i64} %leaf94 : tensor<10xf32>
          } {prune.counts = array<f64: 0.0, 0.0, 5.0, 0.0, 0.0, 2.0, 124.0, 0.0, 0.0, 0.0>, prune.impurity = 0.10232503933337223 : f64, prune.weight = 131.0 : f64, prune.node = 87 : i64}
          scf.yield %r88 : tensor<10xf32>
        } {prune.counts = array<f64: 0.0, 4.0, 5.0, 0.0, 21.0, 3.0, 127.0, 1.0, 0.0, 0.0>, prune.impurity = 0.35878245438061807 : f64, prune.weight = 161.0 : f64, prune.node = 75 : i64}
        scf.yield %r76 : tensor<10xf32>
      } {prune.counts = array<f64: 0.0, 34.0, 34.0, 14.0, 25.0, 105.0, 129.0, 6.0, 3.0, 0.0>, prune.impurity = 0.7482122448979591 : f64, prune.weight = 350.0 : f64, prune.node = 37 : i64}
      scf.yield %r38 : tensor<10xf32>
    } else {
      %c95 = arith.constant 33 : index
      %f95 = tensor.extract %x[%c95] : tensor<64xf32>
      %t95 = arith.constant 2.812500000e-01 : f32
      %le95 = arith.cmpf ole, %f95, %t95 : f32
      %r95 = scf.if %le95 -> (tensor<10xf32>) {
        %c96 = arith.constant 60 : index
        %f96 = tensor.extract %x[%c96] : tensor<64xf32>
        %t96 = arith.constant 4.687500000e-01 : f32
        %le96 = arith.cmpf ole, %f96, %t96 : f32
        %r96 = scf.if %le96 -> (tensor<10xf32>) {
          %c97 = arith.constant 53 : index
          %f97 = tensor.extract %x[%c97] : tensor<64xf32>
          %t97 = arith.constant 2.187500000e-01 : f32
          %le97 = arith.cmpf ole, %f97, %t97 : f32
          %r97 = scf.if %le97 -> (tensor<10xf32>) {
            %c98 = arith.constant 38 : index
            %f98 = tensor.extract %x[%c98] : tensor<64xf32>
            %t98 = arith.constant 3.125000000e-02 : f32
            %le98 = arith.cmpf ole, %f98, %t98 : f32
            %r98 = scf.if %le98 -> (tensor<10xf32>) {
              %c99 = arith.constant 30 : index
              %f99 = tensor.extract %x[%c99] : tensor<64xf32>
              %t99 = arith.constant 9.375000000e-02 : f32
              %le99 = arith.cmpf ole, %f99, %t99 : f32
              %r99 = scf.if %le99 -> (tensor<10xf32>) {
                %c100 = arith.constant 17 : index
                %f100 = tensor.extract %x[%c100] : tensor<64xf32>
                %t100 = arith.constant 1.250000000e-01 : f32
                %le100 = arith.cmpf ole, %f100, %t100 : f32
                %r100 = scf.if %le100 -> (tensor<10xf32>) {
                  %c101 = arith.constant 52 : index
                  %f101 = tensor.extract %x[%c101] : tensor<64xf32>
                  %t101 = arith.constant 3.750000000e-01 : f32
                  %le101 = arith.cmpf ole, %f101, %t101 : f32
                  %r101 = scf.if %le101 -> (tensor<10xf32>) {
                    %c102 = arith.constant 10 : index
                    %f102 = tensor.extract %x[%c102] : tensor<64xf32>
                    %t102 = arith.constant 9.687500000e-01 : f32
                    %le102 = arith.cmpf ole, %f102, %t102 : f32
                    %r102 = scf.if %le102 -> (tensor<10xf32>) {
                      %leaf103 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                      scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 4.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 102 : i64} %leaf103 : tensor<10xf32>
                    } else {
                      %leaf104 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                      scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 103 : i64} %leaf104 : tensor<10xf32>
                    } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 4.0, 0.0, 0.0>, prune.impurity = 0.31999999999999995 : f64, prune.weight = 5.0 : f64, prune.node = 101 : i64}
                    scf.yield %r102 : tensor<10xf32>
                  } else {
                    %c105 = arith.constant 59 : index
                    %f105 = tensor.extract %x[%c105] : tensor<64xf32>
                    %t105 = arith.constant 6.875000000e-01 : f32
                    %le105 = arith.cmpf ole, %f105, %t105 : f32
                    %r105 = scf.if %le105 -> (tensor<10xf32>) {
                      %leaf106 = arith.constant dense<[0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                      scf.yield {prune.counts = array<f64: 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 105 : i64} %leaf106 : tensor<10xf32>
                    } else {
                      %c107 = arith.constant 1 : index
                      %f107 = tensor.extract %x[%c107] : tensor<64xf32>
                      %t107 = arith.constant 6.250000000e-02 : f32
                      %le107 = arith.cmpf ole, %f107, %t107 : f32
                      %r107 = scf.if %le107 -> (tensor<10xf32>) {
                        %leaf108 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                        scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 4.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 107 : i64} %leaf108 : tensor<10xf32>
                      } else {
                        %leaf109 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                        scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 108 : i64} %leaf109 : tensor<10xf32>
                      } {prune.counts = array<f64: 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 4.0, 0.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 6.0 : f64, prune.node = 106 : i64}
                      scf.yield %r107 : tensor<10xf32>
                    } {prune.counts = array<f64: 0.0, 2.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 4.0, 0.0>, prune.impurity = 0.625 : f64, prune.weight = 8.0 : f64, prune.node = 104 : i64}
                    scf.yield %r105 : tensor<10xf32>
                  } {prune.counts = array<f64: 0.0, 2.0, 0.0, 2.0, 1.0, 0.0, 0.0, 4.0, 4.0, 0.0>, prune.impurity = 0.757396449704142 : f64, prune.weight = 13.0 : f64, prune.node = 100 : i64}
                  scf.yield %r101 : tensor<10xf32>
                } else {
                  %c110 = arith.constant 50 : index
                  %f110 = tensor.extract %x[%c110] : tensor<64xf32>
                  %t110 = arith.constant 3.125000000e-01 : f32
                  %le110 = arith.cmpf ole, %f110, %t110 : f32
                  %r110 = scf.if %le110 -> (tensor<10xf32>) {
                    %leaf111 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00]> : tensor<10xf32>
                    scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 7.0>, prune.impurity = 0.0 : f64, prune.weight = 7.0 : f64, prune.node = 110 : i64} %leaf111 : tensor<10xf32>
                  } else {
                    %c112 = arith.constant 11 : index
                    %f112 = tensor.extract %x[%c112] : tensor<64xf32>
                    %t112 = arith.constant 9.062500000e-01 : f32
                    %le112 = arith.cmpf ole, %f112, %t112 : f32
                    %r112 = scf.if %le112 -> (tensor<10xf32>) {
                      %leaf113 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                      scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 112 : i64} %leaf113 : tensor<10xf32>
                    } else {
                      %leaf114 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                      scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 113 : i64} %leaf114 : tensor<10xf32>
                    } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.5 : f64, prune.weight = 2.0 : f64, prune.node = 111 : i64}
                    scf.yield %r112 : tensor<10xf32>
                  } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 1.0, 7.0>, prune.impurity = 0.37037037037037035 : f64, prune.weight = 9.0 : f64, prune.node = 109 : i64}
                  scf.yield %r110 : tensor<10xf32>
                } {prune.counts = array<f64: 0.0, 2.0, 0.0, 2.0, 1.0, 1.0, 0.0, 4.0, 5.0, 7.0>, prune.impurity = 0.7933884297520661 : f64, prune.weight = 22.0 : f64, prune.node = 99 : i64}
                scf.yield %r100 : tensor<10xf32>
              } else {
                %c115 = arith.constant 5 : index
                %f115 = tensor.extract %x[%c115] : tensor<64xf32>
                %t115 = arith.constant 6.250000000e-02 : f32
                %le115 = arith.cmpf ole, %f115, %t115 : f32
                %r115 = scf.if %le115 -> (tensor<10xf32>) {
                  %leaf116 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                  scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 115 : i64} %leaf116 : tensor<10xf32>
                } else {
                  %leaf117 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                  scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 14.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 14.0 : f64, prune.node = 116 : i64} %leaf117 : tensor<10xf32>
                } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 14.0, 0.0, 0.0>, prune.impurity = 0.21875 : f64, prune.weight = 16.0 : f64, prune.node = 114 : i64}
                scf.yield %r115 : tensor<10xf32>
              } {prune.counts = array<f64: 0.0, 2.0, 0.0, 2.0, 3.0, 1.0, 0.0, 18.0, 5.0, 7.0>, prune.impurity = 0.7119113573407202 : f64, prune.weight = 38.0 : f64, prune.node = 98 : i64}
              scf.yield %r99 : tensor<10xf32>
            } else {
              %c118 = arith.constant 26 : index
              %f118 = tensor.extract %x[%c118] : tensor<64xf32>
              %t118 = arith.constant 9.062500000e-01 : f32
              %le118 = arith.cmpf ole, %f118, %t118 : f32
              %r118 = scf.if %le118 -> (tensor<10xf32>) {
                %leaf119 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 82.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 82.0 : f64, prune.node = 118 : i64} %leaf119 : tensor<10xf32>
              } else {
                %c120 = arith.constant 60 : index
                %f120 = tensor.extract %x[%c120] : tensor<64xf32>
                %t120 = arith.constant 9.375000000e-02 : f32
                %le120 = arith.cmpf ole, %f120, %t120 : f32
                %r120 = scf.if %le120 -> (tensor<10xf32>) {
                  %leaf121 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                  scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 120 : i64} %leaf121 : tensor<10xf32>
                } else {
                  %leaf122 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00]> : tensor<10xf32>
                  scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 121 : i64} %leaf122 : tensor<10xf32>
                } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 2.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 3.0 : f64, prune.node = 119 : i64}
                scf.yield %r120 : tensor<10xf32>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 82.0, 0.0, 2.0>, prune.impurity = 0.06865051903114183 : f64, prune.weight = 85.0 : f64, prune.node = 117 : i64}
              scf.yield %r118 : tensor<10xf32>
            } {prune.counts = array<f64: 0.0, 2.0, 0.0, 2.0, 4.0, 1.0, 0.0, 100.0, 5.0, 9.0>, prune.impurity = 0.33035891334523104 : f64, prune.weight = 123.0 : f64, prune.node = 97 : i64}
            scf.yield %r98 : tensor<10xf32>
          } else {
            %c123 = arith.constant 10 : index
            %f123 = tensor.extract %x[%c123] : tensor<64xf32>
            %t123 = arith.constant 1.250000000e-01 : f32
            %le123 = arith.cmpf ole, %f123, %t123 : f32
            %r123 = scf.if %le123 -> (tensor<10xf32>) {
              %c124 = arith.constant 62 : index
              %f124 = tensor.extract %x[%c124] : tensor<64xf32>
              %t124 = arith.constant 3.125000000e-02 : f32
              %le124 = arith.cmpf ole, %f124, %t124 : f32
              %r124 = scf.if %le124 -> (tensor<10xf32>) {
                %leaf125 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00]> : tensor<10xf32>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 124 : i64} %leaf125 : tensor<10xf32>
              } else {
                %leaf126 = arith.constant dense<[0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                scf.yield {prune.counts = array<f64: 0.0, 6.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 6.0 : f64, prune.node = 125 : i64} %leaf126 : tensor<10xf32>
              } {prune.counts = array<f64: 0.0, 6.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0>, prune.impurity = 0.24489795918367352 : f64, prune.weight = 7.0 : f64, prune.node = 123 : i64}
              scf.yield %r124 : tensor<10xf32>
            } else {
              %c127 = arith.constant 51 : index
              %f127 = tensor.extract %x[%c127] : tensor<64xf32>
              %t127 = arith.constant 9.687500000e-01 : f32
              %le127 = arith.cmpf ole, %f127, %t127 : f32
              %r127 = scf.if %le127 -> (tensor<10xf32>) {
                %c128 = arith.constant 18 : index
                %f128 = tensor.extract %x[%c128] : tensor<64xf32>
                %t128 = arith.constant 3.750000000e-01 : f32
                %le128 = arith.cmpf ole, %f128, %t128 : f32
                %r128 = scf.if %le128 -> (tensor<10xf32>) {
                  %leaf129 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                  scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 5.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 5.0 : f64, prune.node = 128 : i64} %leaf129 : tensor<10xf32>
                } else {
                  %c130 = arith.constant 27 : index
                  %f130 = tensor.extract %x[%c130] : tensor<64xf32>
                  %t130 = arith.constant 9.062500000e-01 : f32
                  %le130 = arith.cmpf ole, %f130, %t130 : f32
                  %r130 = scf.if %le130 -> (tensor<10xf32>) {
                    %c131 = arith.constant 18 : index
                    %f131 = tensor.extract %x[%c131] : tensor<64xf32>
                    %t131 = arith.constant 8.750000000e-01 : f32
                    %le131 = arith.cmpf ole, %f131, %t131 : f32
                    %r131 = scf.if %le131 -> (tensor<10xf32>) {
                      %leaf132 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                      scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 131 : i64} %leaf132 : tensor<10xf32>
                    } else {
                      %leaf133 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00]> : tensor<10xf32>
                      scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 132 : i64} %leaf133 : tensor<10xf32>
                    } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 1.0>, prune.impurity = 0.5 : f64, prune.weight = 2.0 : f64, prune.node = 130 : i64}
                    scf.yield %r131 : tensor<10xf32>
                  } else {
                    %leaf134 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                    scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 3.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 133 : i64} %leaf134 : tensor<10xf32>
                  } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 3.0, 1.0>, prune.impurity = 0.56 : f64, prune.weight = 5.0 : f64, prune.node = 129 : i64}
                  scf.yield %r130 : tensor<10xf32>
                } {prune.counts = array<f64: 0.0, 0.0, 0.0, 5.0, 0.0, 1.0, 0.0, 0.0, 3.0, 1.0>, prune.impurity = 0.64 : f64, prune.weight = 10.0 : f64, prune.node = 127 : i64}
                scf.yield %r128 : tensor<10xf32>
              } else {
                %leaf135 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 5.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 5.0 : f64, prune.node = 134 : i64} %leaf135 : tensor<10xf32>
              } {prune.counts = array<f64: 0.0, 0.0, 5.0, 5.0, 0.0, 1.0, 0.0, 0.0, 3.0, 1.0>, prune.impurity = 0.7288888888888889 : f64, prune.weight = 15.0 : f64, prune.node = 126 : i64}
              scf.yield %r127 : tensor<10xf32>
            } {prune.counts = array<f64: 0.0, 6.0, 5.0, 5.0, 0.0, 1.0, 0.0, 0.0, 3.0, 2.0>, prune.impurity = 0.7933884297520661 : f64, prune.weight = 22.0 : f64, prune.node = 122 : i64}
            scf.yield %r123 : tensor<10xf32>
          } {prune.counts = array<f64: 0.0, 8.0, 5.0, 7.0, 4.0, 2.0, 0.0, 100.0, 8.0, 11.0>, prune.impurity = 0.5080618311533889 : f64, prune.weight = 145.0 : f64, prune.node = 96 : i64}
          scf.yield %r97 : tensor<10xf32>
        } else {
          %c136 = arith.constant 43 : index
          %f136 = tensor.extract %x[%c136] : tensor<64xf32>
          %t136 = arith.constant 9.375000000e-02 : f32
          %le136 = arith.cmpf ole, %f136, %t136 : f32
          %r136 = scf.if %le136 -> (tensor<10xf32>) {
            %c137 = arith.constant 29 : index
            %f137 = tensor.extract %x[%c137] : tensor<64xf32>
            %t137 = arith.constant 8.437500000e-01 : f32
            %le137 = arith.cmpf ole, %f137, %t137 : f32
            %r137 = scf.if %le137 -> (tensor<10xf32>) {
              %c138 = arith.constant 34 : index
              %f138 = tensor.extract %x[%c138] : tensor<64xf32>
              %t138 = arith.constant 2.187500000e-01 : f32
              %le138 = arith.cmpf ole, %f138, %t138 : f32
              %r138 = scf.if %le138 -> (tensor<10xf32>) {
                %c139 = arith.constant 26 : index
                %f139 = tensor.extract %x[%c139] : tensor<64xf32>
                %t139 = arith.constant 5.312500000e-01 : f32
                %le139 = arith.cmpf ole, %f139, %t139 : f32
                %r139 = scf.if %le139 -> (tensor<10xf32>) {
                  %c140 = arith.constant 19 : index
                  %f140 = tensor.extract %x[%c140] : tensor<64xf32>
                  %t140 = arith.constant 9.062500000e-01 : f32
                  %le140 = arith.cmpf ole, %f140, %t140 : f32
                  %r140 = scf.if %le140 -> (tensor<10xf32>) {
                    %c141 = arith.constant 3 : index
                    %f141 = tensor.extract %x[%c141] : tensor<64xf32>
                    %t141 = arith.constant 2.187500000e-01 : f32
                    %le141 = arith.cmpf ole, %f141, %t141 : f32
                    %r141 = scf.if %le141 -> (tensor<10xf32>) {
                      %leaf142 = arith.constant dense<[0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                      scf.yield {prune.counts = array<f64: 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 141 : i64} %leaf142 : tensor<10xf32>
                    } else {
                      %c143 = arith.constant 4 : index
                      %f143 = tensor.extract %x[%c143] : tensor<64xf32>
                      %t143 = arith.constant 4.687500000e-01 : f32
                      %le143 = arith.cmpf ole, %f143, %t143 : f32
                      %r143 = scf.if %le143 -> (tensor<10xf32>) {
                        %c144 = arith.constant 37 : index
                        %f144 = tensor.extract %x[%c144] : tensor<64xf32>
                        %t144 = arith.constant 7.500000000e-01 : f32
                        %le144 = arith.cmpf ole, %f144, %t144 : f32
                        %r144 = scf.if %le144 -> (tensor<10xf32>) {
                          %leaf145 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00]> : tensor<10xf32>
                          scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 144 : i64} %leaf145 : tensor<10xf32>
                        } else {
                          %leaf146 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                          scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 145 : i64} %leaf146 : tensor<10xf32>
                        } {prune.counts = array<f64: 0.0, 0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0>, prune.impurity = 0.375 : f64, prune.weight = 4.0 : f64, prune.node = 143 : i64}
                        scf.yield %r144 : tensor<10xf32>
                      } else {
                        %leaf147 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                        scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 96.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 96.0 : f64, prune.node = 146 : i64} %leaf147 : tensor<10xf32>
                      } {prune.counts = array<f64: 0.0, 0.0, 0.0, 99.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0>, prune.impurity = 0.01980000000000004 : f64, prune.weight = 100.0 : f64, prune.node = 142 : i64}
                      scf.yield %r143 : tensor<10xf32>
                    } {prune.counts = array<f64: 0.0, 1.0, 0.0, 99.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0>, prune.impurity = 0.0390157827663955 : f64, prune.weight = 101.0 : f64, prune.node = 140 : i64}
                    scf.yield %r141 : tensor<10xf32>
                  } else {
                    %c148 = arith.constant 62 : index
                    %f148 = tensor.extract %x[%c148] : tensor<64xf32>
                    %t148 = arith.constant 3.125000000e-02 : f32
                    %le148 = arith.cmpf ole, %f148, %t148 : f32
                    %r148 = scf.if %le148 -> (tensor<10xf32>) {
                      %leaf149 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00]> : tensor<10xf32>
                      scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 148 : i64} %leaf149 : tensor<10xf32>
                    } else {
                      %leaf150 = arith.constant dense<[0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                      scf.yield {prune.counts = array<f64: 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 149 : i64} %leaf150 : tensor<10xf32>
                    } {prune.counts = array<f64: 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 3.0 : f64, prune.node = 147 : i64}
                    scf.yield %r148 : tensor<10xf32>
                  } {prune.counts = array<f64: 0.0, 3.0, 0.0, 99.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0>, prune.impurity = 0.09264053254437865 : f64, prune.weight = 104.0 : f64, prune.node = 139 : i64}
                  scf.yield %r140 : tensor<10xf32>
                } else {
                  %c151 = arith.constant 37 : index
                  %f151 = tensor.extract %x[%c151] : tensor<64xf32>
                  %t151 = arith.constant 5.312500000e-01 : f32
                  %le151 = arith.cmpf ole, %f151, %t151 : f32
                  %r151 = scf.if %le151 -> (tensor<10xf32>) {
                    %c152 = arith.constant 11 : index
                    %f152 = tensor.extract %x[%c152] : tensor<64xf32>
                    %t152 = arith.constant 7.812500000e-01 : f32
                    %le152 = arith.cmpf ole, %f152, %t152 : f32
                    %r152 = scf.if %le152 -> (tensor<10xf32>) {
                      %leaf153 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00]> : tensor<10xf32>
                      scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 3.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 152 : i64} %leaf153 : tensor<10xf32>
                    } else {
                      %leaf154 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                      scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 153 : i64} %leaf154 : tensor<10xf32>
                    } {prune.counts = array<f64: 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 3.0>, prune.impurity = 0.375 : f64, prune.weight = 4.0 : f64, prune.node = 151 : i64}
                    scf.yield %r152 : tensor<10xf32>
                  } else {
                    %leaf155 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                    scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 154 : i64} %leaf155 : tensor<10xf32>
                  } {prune.counts = array<f64: 0.0, 0.0, 0.0, 1.0, 0.0, 3.0, 0.0, 0.0, 0.0, 3.0>, prune.impurity = 0.6122448979591837 : f64, prune.weight = 7.0 : f64, prune.node = 150 : i64}
                  scf.yield %r151 : tensor<10xf32>
                } {prune.counts = array<f64: 0.0, 3.0, 0.0, 100.0, 0.0, 3.0, 0.0, 0.0, 0.0, 5.0>, prune.impurity = 0.18488759029299573 : f64, prune.weight = 111.0 : f64, prune.node = 138 : i64}
                scf.yield %r139 : tensor<10xf32>
              } else {
                %c156 = arith.constant 42 : index
                %f156 = tensor.extract %x[%c156] : tensor<64xf32>
                %t156 = arith.constant 2.187500000e-01 : f32
                %le156 = arith.cmpf ole, %f156, %t156 : f32
                %r156 = scf.if %le156 -> (tensor<10xf32>) {
                  %c157 = arith.constant 20 : index
                  %f157 = tensor.extract %x[%c157] : tensor<64xf32>
                  %t157 = arith.constant 8.125000000e-01 : f32
                  %le157 = arith.cmpf ole, %f157, %t157 : f32
                  %r157 = scf.if %le157 -> (tensor<10xf32>) {
                    %c158 = arith.constant 25 : index
                    %f158 = tensor.extract %x[%c158] : tensor<64xf32>
                    %t158 = arith.constant 1.250000000e-01 : f32
                    %le158 = arith.cmpf ole, %f158, %t158 : f32
                    %r158 = scf.if %le158 -> (tensor<10xf32>) {
                      %leaf159 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                      scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 158 : i64} %leaf159 : tensor<10xf32>
                    } else {
                      %leaf160 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00]> : tensor<10xf32>
                      scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 4.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 159 : i64} %leaf160 : tensor<10xf32>
                    } {prune.counts = array<f64: 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 4.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 6.0 : f64, prune.node = 157 : i64}
                    scf.yield %r158 : tensor<10xf32>
                  } else {
                    %leaf161 = arith.constant dense<[0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                    scf.yield {prune.counts = array<f64: 0.0, 4.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 160 : i64} %leaf161 : tensor<10xf32>
                  } {prune.counts = array<f64: 0.0, 4.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 4.0>, prune.impurity = 0.64 : f64, prune.weight = 10.0 : f64, prune.node = 156 : i64}
                  scf.yield %r157 : tensor<10xf32>
                } else {
                  %leaf162 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                  scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 13.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 13.0 : f64, prune.node = 161 : i64} %leaf162 : tensor<10xf32>
                } {prune.counts = array<f64: 0.0, 4.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 13.0, 4.0>, prune.impurity = 0.612476370510397 : f64, prune.weight = 23.0 : f64, prune.node = 155 : i64}
                scf.yield %r156 : tensor<10xf32>
              } {prune.counts = array<f64: 0.0, 7.0, 0.0, 102.0, 0.0, 3.0, 0.0, 0.0, 13.0, 9.0>, prune.impurity = 0.4034306081532635 : f64, prune.weight = 134.0 : f64, prune.node = 137 : i64}
              scf.yield %r138 : tensor<10xf32>
            } else {
              %c163 = arith.constant 44 : index
              %f163 = tensor.extract %x[%c163] : tensor<64xf32>
              %t163 = arith.constant 4.062500000e-01 : f32
              %le163 = arith.cmpf ole, %f163, %t163 : f32
              %r163 = scf.if %le163 -> (tensor<10xf32>) {
                %c164 = arith.constant 41 : index
                %f164 = tensor.extract %x[%c164] : tensor<64xf32>
                %t164 = arith.constant 1.250000000e-01 : f32
                %le164 = arith.cmpf ole, %f164, %t164 : f32
                %r164 = scf.if %le164 -> (tensor<10xf32>) {
                  %c165 = arith.constant 57 : index
                  %f165 = tensor.extract %x[%c165] : tensor<64xf32>
                  %t165 = arith.constant 6.250000000e-02 : f32
                  %le165 = arith.cmpf ole, %f165, %t165 : f32
                  %r165 = scf.if %le165 -> (tensor<10xf32>) {
                    %c166 = arith.constant 28 : index
                    %f166 = tensor.extract %x[%c166] : tensor<64xf32>
                    %t166 = arith.constant 3.125000000e-01 : f32
                    %le166 = arith.cmpf ole, %f166, %t166 : f32
                    %r166 = scf.if %le166 -> (tensor<10xf32>) {
                      %leaf167 = arith.constant dense<[0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                      scf.yield {prune.counts = array<f64: 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 166 : i64} %leaf167 : tensor<10xf32>
                    } else {
                      %leaf168 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00]> : tensor<10xf32>
                      scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 56.0>, prune.impurity = 0.0 : f64, prune.weight = 56.0 : f64, prune.node = 167 : i64} %leaf168 : tensor<10xf32>
                    } {prune.counts = array<f64: 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 56.0>, prune.impurity = 0.03447214527546938 : f64, prune.weight = 57.0 : f64, prune.node = 165 : i64}
                    scf.yield %r166 : tensor<10xf32>
                  } else {
                    %leaf169 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                    scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 168 : i64} %leaf169 : tensor<10xf32>
                  } {prune.counts = array<f64: 0.0, 1.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 56.0>, prune.impurity = 0.06718192627824016 : f64, prune.weight = 58.0 : f64, prune.node = 164 : i64}
                  scf.yield %r165 : tensor<10xf32>
                } else {
                  %c170 = arith.constant 42 : index
                  %f170 = tensor.extract %x[%c170] : tensor<64xf32>
                  %t170 = arith.constant 7.812500000e-01 : f32
                  %le170 = arith.cmpf ole, %f170, %t170 : f32
                  %r170 = scf.if %le170 -> (tensor<10xf32>) {
                    %leaf171 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                    scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 170 : i64} %leaf171 : tensor<10xf32>
                  } else {
                    %leaf172 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                    scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 171 : i64} %leaf172 : tensor<10xf32>
                  } {prune.counts = array<f64: 0.0, 0.0, 0.0, 2.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 3.0 : f64, prune.node = 169 : i64}
                  scf.yield %r170 : tensor<10xf32>
                } {prune.counts = array<f64: 0.0, 1.0, 0.0, 3.0, 0.0, 1.0, 0.0, 0.0, 0.0, 56.0>, prune.impurity = 0.1542596076323569 : f64, prune.weight = 61.0 : f64, prune.node = 163 : i64}
                scf.yield %r164 : tensor<10xf32>
              } else {
                %c173 = arith.constant 61 : index
                %f173 = tensor.extract %x[%c173] : tensor<64xf32>
                %t173 = arith.constant 7.812500000e-01 : f32
                %le173 = arith.cmpf ole, %f173, %t173 : f32
                %r173 = scf.if %le173 -> (tensor<10xf32>) {
                  %c174 = arith.constant 51 : index
                  %f174 = tensor.extract %x[%c174] : tensor<64xf32>
                  %t174 = arith.constant 2.812500000e-01 : f32
                  %le174 = arith.cmpf ole, %f174, %t174 : f32
                  %r174 = scf.if %le174 -> (tensor<10xf32>) {
                    %leaf175 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00]> : tensor<10xf32>
                    scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 7.0>, prune.impurity = 0.0 : f64, prune.weight = 7.0 : f64, prune.node = 174 : i64} %leaf175 : tensor<10xf32>
                  } else {
                    %c176 = arith.constant 14 : index
                    %f176 = tensor.extract %x[%c176] : tensor<64xf32>
                    %t176 = arith.constant 1.250000000e-01 : f32
                    %le176 = arith.cmpf ole, %f176, %t176 : f32
                    %r176 = scf.if %le176 -> (tensor<10xf32>) {
                      %leaf177 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                      scf.yield {prune.counts = array<f64: 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 176 : i64} %leaf177 : tensor<10xf32>
                    } else {
                      %c178 = arith.constant 30 : index
                      %f178 = tensor.extract %x[%c178] : tensor<64xf32>
                      %t178 = arith.constant 3.750000000e-01 : f32
                      %le178 = arith.cmpf ole, %f178, %t178 : f32
                      %r178 = scf.if %le178 -> (tensor<10xf32>) {
                        %leaf179 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                        scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 178 : i64} %leaf179 : tensor<10xf32>
                      } else {
                        %leaf180 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                        scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 179 : i64} %leaf180 : tensor<10xf32>
                      } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 1.0, 1.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.5 : f64, prune.weight = 2.0 : f64, prune.node = 177 : i64}
                      scf.yield %r178 : tensor<10xf32>
                    } {prune.counts = array<f64: 0.0, 0.0, 1.0, 0.0, 1.0, 1.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.6666666666666667 : f64, prune.weight = 3.0 : f64, prune.node = 175 : i64}
                    scf.yield %r176 : tensor<10xf32>
                  } {prune.counts = array<f64: 0.0, 0.0, 1.0, 0.0, 1.0, 1.0, 0.0, 0.0, 0.0, 7.0>, prune.impurity = 0.48 : f64, prune.weight = 10.0 : f64, prune.node = 173 : i64}
                  scf.yield %r174 : tensor<10xf32>
                } else {
                  %c181 = arith.constant 4 : index
                  %f181 = tensor.extract %x[%c181] : tensor<64xf32>
                  %t181 = arith.constant 8.125000000e-01 : f32
                  %le181 = arith.cmpf ole, %f181, %t181 : f32
                  %r181 = scf.if %le181 -> (tensor<10xf32>) {
                    %leaf182 = arith.constant dense<[0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                    scf.yield {prune.counts = array<f64: 0.0, 8.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 8.0 : f64, prune.node = 181 : i64} %leaf182 : tensor<10xf32>
                  } else {
                    %c183 = arith.constant 51 : index
                    %f183 = tensor.extract %x[%c183] : tensor<64xf32>
                    %t183 = arith.constant 3.437500000e-01 : f32
                    %le183 = arith.cmpf ole, %f183, %t183 : f32
                    %r183 = scf.if %le183 -> (tensor<10xf32>) {
                      %leaf184 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                      scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 183 : i64} %leaf184 : tensor<10xf32>
                    } else {
                      %leaf185 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                      scf.yield {prune.counts = array<f64: 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 184 : i64} %leaf185 : tensor<10xf32>
                    } {prune.counts = array<f64: 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 3.0 : f64, prune.node = 182 : i64}
                    scf.yield %r183 : tensor<10xf32>
                  } {prune.counts = array<f64: 0.0, 8.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.4297520661157025 : f64, prune.weight = 11.0 : f64, prune.node = 180 : i64}
                  scf.yield %r181 : tensor<10xf32>
                } {prune.counts = array<f64: 0.0, 8.0, 3.0, 0.0, 1.0, 1.0, 0.0, 0.0, 1.0, 7.0>, prune.impurity = 0.7165532879818595 : f64, prune.weight = 21.0 : f64, prune.node = 172 : i64}
                scf.yield %r173 : tensor<10xf32>
              } {prune.counts = array<f64: 0.0, 9.0, 3.0, 3.0, 1.0, 2.0, 0.0, 0.0, 1.0, 63.0>, prune.impurity = 0.39411064842355736 : f64, prune.weight = 82.0 : f64, prune.node = 162 : i64}
              scf.yield %r163 : tensor<10xf32>
            } {prune.counts = array<f64: 0.0, 16.0, 3.0, 105.0, 1.0, 5.0, 0.0, 0.0, 14.0, 72.0>, prune.impurity = 0.6421467764060357 : f64, prune.weight = 216.0 : f64, prune.node = 136 : i64}
            scf.yield %r137 : tensor<10xf32>
          } else {
            %c186 = arith.constant 27 : index
            %f186 = tensor.extract %x[%c186] : tensor<64xf32>
            %t186 = arith.constant 4.687500000e-01 : f32
            %le186 = arith.cmpf ole, %f186, %t186 : f32
            %r186 = scf.if %le186 -> (tensor<10xf32>) {
              %c187 = arith.constant 34 : index
              %f187 = tensor.extract %x[%c187] : tensor<64xf32>
              %t187 = arith.constant 1.875000000e-01 : f32
              %le187 = arith.cmpf ole, %f187, %t187 : f32
              %r187 = scf.if %le187 -> (tensor<10xf32>) {
                %c188 = arith.constant 53 : index
                %f188 = tensor.extract %x[%c188] : tensor<64xf32>
                %t188 = arith.constant 3.125000000e-02 : f32
                %le188 = arith.cmpf ole, %f188, %t188 : f32
                %r188 = scf.if %le188 -> (tensor<10xf32>) {
                  %leaf189 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                  scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 188 : i64} %leaf189 : tensor<10xf32>
                } else {
                  %c190 = arith.constant 45 : index
                  %f190 = tensor.extract %x[%c190] : tensor<64xf32>
                  %t190 = arith.constant 8.750000000e-01 : f32
                  %le190 = arith.cmpf ole, %f190, %t190 : f32
                  %r190 = scf.if %le190 -> (tensor<10xf32>) {
                    %c191 = arith.constant 50 : index
                    %f191 = tensor.extract %x[%c191] : tensor<64xf32>
                    %t191 = arith.constant 3.125000000e-02 : f32
                    %le191 = arith.cmpf ole, %f191, %t191 : f32
                    %r191 = scf.if %le191 -> (tensor<10xf32>) {
                      %c192 = arith.constant 25 : index
                      %f192 = tensor.extract %x[%c192] : tensor<64xf32>
                      %t192 = arith.constant 1.250000000e-01 : f32
                      %le192 = arith.cmpf ole, %f192, %t192 : f32
                      %r192 = scf.if %le192 -> (tensor<10xf32>) {
                        %leaf193 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                        scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 192 : i64} %leaf193 : tensor<10xf32>
                      } else {
                        %leaf194 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                        scf.yield {prune.counts = array<f64: 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 193 : i64} %leaf194 : tensor<10xf32>
                      } {prune.counts = array<f64: 0.0, 0.0, 1.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.5 : f64, prune.weight = 2.0 : f64, prune.node = 191 : i64}
                      scf.yield %r192 : tensor<10xf32>
                    } else {
                      %leaf195 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                      scf.yield {prune.counts = array<f64: 0.0, 0.0, 67.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 67.0 : f64, prune.node = 194 : i64} %leaf195 : tensor<10xf32>
                    } {prune.counts = array<f64: 0.0, 0.0, 68.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.02856542743121193 : f64, prune.weight = 69.0 : f64, prune.node = 190 : i64}
                    scf.yield %r191 : tensor<10xf32>
                  } else {
                    %leaf196 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                    scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 195 : i64} %leaf196 : tensor<10xf32>
                  } {prune.counts = array<f64: 0.0, 0.0, 68.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.05551020408163265 : f64, prune.weight = 70.0 : f64, prune.node = 189 : i64}
                  scf.yield %r190 : tensor<10xf32>
                } {prune.counts = array<f64: 0.0, 0.0, 68.0, 2.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0>, prune.impurity = 0.08172981551279512 : f64, prune.weight = 71.0 : f64, prune.node = 187 : i64}
                scf.yield %r188 : tensor<10xf32>
              } else {
                %c197 = arith.constant 37 : index
                %f197 = tensor.extract %x[%c197] : tensor<64xf32>
                %t197 = arith.constant 7.812500000e-01 : f32
                %le197 = arith.cmpf ole, %f197, %t197 : f32
                %r197 = scf.if %le197 -> (tensor<10xf32>) {
                  %c198 = arith.constant 18 : index
                  %f198 = tensor.extract %x[%c198] : tensor<64xf32>
                  %t198 = arith.constant 6.562500000e-01 : f32
                  %le198 = arith.cmpf ole, %f198, %t198 : f32
                  %r198 = scf.if %le198 -> (tensor<10xf32>) {
                    %leaf199 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                    scf.yield {prune.counts = array<f64: 0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 198 : i64} %leaf199 : tensor<10xf32>
                  } else {
                    %leaf200 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                    scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 7.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 7.0 : f64, prune.node = 199 : i64} %leaf200 : tensor<10xf32>
                  } {prune.counts = array<f64: 0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 0.0, 0.0, 7.0, 0.0>, prune.impurity = 0.42000000000000004 : f64, prune.weight = 10.0 : f64, prune.node = 197 : i64}
                  scf.yield %r198 : tensor<10xf32>
                } else {
                  %c201 = arith.constant 26 : index
                  %f201 = tensor.extract %x[%c201] : tensor<64xf32>
                  %t201 = arith.constant 3.125000000e-01 : f32
                  %le201 = arith.cmpf ole, %f201, %t201 : f32
                  %r201 = scf.if %le201 -> (tensor<10xf32>) {
                    %leaf202 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                    scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 5.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 5.0 : f64, prune.node = 201 : i64} %leaf202 : tensor<10xf32>
                  } else {
                    %c203 = arith.constant 54 : index
                    %f203 = tensor.extract %x[%c203] : tensor<64xf32>
                    %t203 = arith.constant 1.250000000e-01 : f32
                    %le203 = arith.cmpf ole, %f203, %t203 : f32
                    %r203 = scf.if %le203 -> (tensor<10xf32>) {
                      %c204 = arith.constant 33 : index
                      %f204 = tensor.extract %x[%c204] : tensor<64xf32>
                      %t204 = arith.constant 6.250000000e-02 : f32
                      %le204 = arith.cmpf ole, %f204, %t204 : f32
                      %r204 = scf.if %le204 -> (tensor<10xf32>) {
                        %leaf205 = arith.constant dense<[1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                        scf.yield {prune.counts = array<f64: 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 204 : i64} %leaf205 : tensor<10xf32>
                      } else {
                        %leaf206 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                        scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 205 : i64} %leaf206 : tensor<10xf32>
                      } {prune.counts = array<f64: 1.0, 0.0, 0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.375 : f64, prune.weight = 4.0 : f64, prune.node = 203 : i64}
                      scf.yield %r204 : tensor<10xf32>
                    } else {
                      %leaf207 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00]> : tensor<10xf32>
                      scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 4.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 206 : i64} %leaf207 : tensor<10xf32>
                    } {prune.counts = array<f64: 1.0, 0.0, 0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 0.0, 4.0>, prune.impurity = 0.59375 : f64, prune.weight = 8.0 : f64, prune.node = 202 : i64}
                    scf.yield %r203 : tensor<10xf32>
                  } {prune.counts = array<f64: 1.0, 0.0, 0.0, 0.0, 3.0, 0.0, 0.0, 5.0, 0.0, 4.0>, prune.impurity = 0.6982248520710059 : f64, prune.weight = 13.0 : f64, prune.node = 200 : i64}
                  scf.yield %r201 : tensor<10xf32>
                } {prune.counts = array<f64: 1.0, 0.0, 3.0, 0.0, 3.0, 0.0, 0.0, 5.0, 7.0, 4.0>, prune.impurity = 0.7939508506616257 : f64, prune.weight = 23.0 : f64, prune.node = 196 : i64}
                scf.yield %r197 : tensor<10xf32>
              } {prune.counts = array<f64: 1.0, 0.0, 71.0, 2.0, 3.0, 0.0, 0.0, 6.0, 7.0, 4.0>, prune.impurity = 0.4164780443639656 : f64, prune.weight = 94.0 : f64, prune.node = 186 : i64}
              scf.yield %r187 : tensor<10xf32>
            } else {
              %c208 = arith.constant 20 : index
              %f208 = tensor.extract %x[%c208] : tensor<64xf32>
              %t208 = arith.constant 9.687500000e-01 : f32
              %le208 = arith.cmpf ole, %f208, %t208 : f32
              %r208 = scf.if %le208 -> (tensor<10xf32>) {
                %c209 = arith.constant 38 : index
                %f209 = tensor.extract %x[%c209] : tensor<64xf32>
                %t209 = arith.constant 1.562500000e-01 : f32
                %le209 = arith.cmpf ole, %f209, %t209 : f32
                %r209 = scf.if %le209 -> (tensor<10xf32>) {
                  %c210 = arith.constant 18 : index
                  %f210 = tensor.extract %x[%c210] : tensor<64xf32>
                  %t210 = arith.constant 1.562500000e-01 : f32
                  %le210 = arith.cmpf ole, %f210, %t210 : f32
                  %r210 = scf.if %le210 -> (tensor<10xf32>) {
                    %c211 = arith.constant 44 : index
                    %f211 = tensor.extract %x[%c211] : tensor<64xf32>
                    %t211 = arith.constant 5.312500000e-01 : f32
                    %le211 = arith.cmpf ole, %f211, %t211 : f32
                    %r211 = scf.if %le211 -> (tensor<10xf32>) {
                      %c212 = arith.constant 4 : index
                      %f212 = tensor.extract %x[%c212] : tensor<64xf32>
                      %t212 = arith.constant 7.500000000e-01 : f32
                      %le212 = arith.cmpf ole, %f212, %t212 : f32
                      %r212 = scf.if %le212 -> (tensor<10xf32>) {
                        %leaf213 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                        scf.yield {prune.counts = array<f64: 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 212 : i64} %leaf213 : tensor<10xf32>
                      } else {
                        %leaf214 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                        scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 213 : i64} %leaf214 : tensor<10xf32>
                      } {prune.counts = array<f64: 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 3.0 : f64, prune.node = 211 : i64}
                      scf.yield %r212 : tensor<10xf32>
                    } else {
                      %leaf215 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                      scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 4.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 214 : i64} %leaf215 : tensor<10xf32>
                    } {prune.counts = array<f64: 0.0, 0.0, 2.0, 4.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.5714285714285714 : f64, prune.weight = 7.0 : f64, prune.node = 210 : i64}
                    scf.yield %r211 : tensor<10xf32>
                  } else {
                    %c216 = arith.constant 21 : index
                    %f216 = tensor.extract %x[%c216] : tensor<64xf32>
                    %t216 = arith.constant 1.562500000e-01 : f32
                    %le216 = arith.cmpf ole, %f216, %t216 : f32
                    %r216 = scf.if %le216 -> (tensor<10xf32>) {
                      %leaf217 = arith.constant dense<[0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                      scf.yield {prune.counts = array<f64: 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 216 : i64} %leaf217 : tensor<10xf32>
                    } else {
                      %c218 = arith.constant 29 : index
                      %f218 = tensor.extract %x[%c218] : tensor<64xf32>
                      %t218 = arith.constant 9.687500000e-01 : f32
                      %le218 = arith.cmpf ole, %f218, %t218 : f32
                      %r218 = scf.if %le218 -> (tensor<10xf32>) {
                        %c219 = arith.constant 36 : index
                        %f219 = tensor.extract %x[%c219] : tensor<64xf32>
                        %t219 = arith.constant 4.687500000e-01 : f32
                        %le219 = arith.cmpf ole, %f219, %t219 : f32
                        %r219 = scf.if %le219 -> (tensor<10xf32>) {
                          %c220 = arith.constant 34 : index
                          %f220 = tensor.extract %x[%c220] : tensor<64xf32>
                          %t220 = arith.constant 2.500000000e-01 : f32
                          %le220 = arith.cmpf ole, %f220, %t220 : f32
                          %r220 = scf.if %le220 -> (tensor<10xf32>) {
                            %c221 = arith.constant 22 : index
                            %f221 = tensor.extract %x[%c221] : tensor<64xf32>
                            %t221 = arith.constant 1.250000000e-01 : f32
                            %le221 = arith.cmpf ole, %f221, %t221 : f32
                            %r221 = scf.if %le221 -> (tensor<10xf32>) {
                              %leaf222 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                              scf.yield {prune.counts = array<f64: 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 221 : i64} %leaf222 : tensor<10xf32>
                            } else {
                              %leaf223 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00]> : tensor<10xf32>
                              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 222 : i64} %leaf223 : tensor<10xf32>
                            } {prune.counts = array<f64: 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 3.0 : f64, prune.node = 220 : i64}
                            scf.yield %r221 : tensor<10xf32>
                          } else {
                            %leaf224 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 6.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 6.0 : f64, prune.node = 223 : i64} %leaf224 : tensor<10xf32>
                          } {prune.counts = array<f64: 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 6.0, 1.0>, prune.impurity = 0.49382716049382713 : f64, prune.weight = 9.0 : f64, prune.node = 219 : i64}
                          scf.yield %r220 : tensor<10xf32>
                        } else {
                          %c225 = arith.constant 37 : index
                          %f225 = tensor.extract %x[%c225] : tensor<64xf32>
                          %t225 = arith.constant 9.687500000e-01 : f32
                          %le225 = arith.cmpf ole, %f225, %t225 : f32
                          %r225 = scf.if %le225 -> (tensor<10xf32>) {
                            %leaf226 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 74.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 74.0 : f64, prune.node = 225 : i64} %leaf226 : tensor<10xf32>
                          } else {
                            %c227 = arith.constant 52 : index
                            %f227 = tensor.extract %x[%c227] : tensor<64xf32>
                            %t227 = arith.constant 5.312500000e-01 : f32
                            %le227 = arith.cmpf ole, %f227, %t227 : f32
                            %r227 = scf.if %le227 -> (tensor<10xf32>) {
                              %leaf228 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 227 : i64} %leaf228 : tensor<10xf32>
                            } else {
                              %leaf229 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 228 : i64} %leaf229 : tensor<10xf32>
                            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.5 : f64, prune.weight = 2.0 : f64, prune.node = 226 : i64}
                            scf.yield %r227 : tensor<10xf32>
                          } {prune.counts = array<f64: 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 75.0, 0.0>, prune.impurity = 0.025969529085872578 : f64, prune.weight = 76.0 : f64, prune.node = 224 : i64}
                          scf.yield %r225 : tensor<10xf32>
                        } {prune.counts = array<f64: 0.0, 0.0, 2.0, 1.0, 0.0, 0.0, 0.0, 0.0, 81.0, 1.0>, prune.impurity = 0.09107266435986161 : f64, prune.weight = 85.0 : f64, prune.node = 218 : i64}
                        scf.yield %r219 : tensor<10xf32>
                      } else {
                        %c230 = arith.constant 34 : index
                        %f230 = tensor.extract %x[%c230] : tensor<64xf32>
                        %t230 = arith.constant 1.562500000e-01 : f32
                        %le230 = arith.cmpf ole, %f230, %t230 : f32
                        %r230 = scf.if %le230 -> (tensor<10xf32>) {
                          %leaf231 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                          scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 230 : i64} %leaf231 : tensor<10xf32>
                        } else {
                          %leaf232 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00]> : tensor<10xf32>
                          scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 231 : i64} %leaf232 : tensor<10xf32>
                        } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 2.0>, prune.impurity = 0.5 : f64, prune.weight = 4.0 : f64, prune.node = 229 : i64}
                        scf.yield %r230 : tensor<10xf32>
                      } {prune.counts = array<f64: 0.0, 0.0, 2.0, 1.0, 0.0, 0.0, 0.0, 0.0, 83.0, 3.0>, prune.impurity = 0.12851912637293272 : f64, prune.weight = 89.0 : f64, prune.node = 217 : i64}
                      scf.yield %r218 : tensor<10xf32>
                    } {prune.counts = array<f64: 0.0, 1.0, 2.0, 1.0, 0.0, 0.0, 0.0, 0.0, 83.0, 3.0>, prune.impurity = 0.1476543209876543 : f64, prune.weight = 90.0 : f64, prune.node = 215 : i64}
                    scf.yield %r216 : tensor<10xf32>
                  } {prune.counts = array<f64: 0.0, 1.0, 4.0, 5.0, 0.0, 0.0, 0.0, 0.0, 84.0, 3.0>, prune.impurity = 0.24465936868955251 : f64, prune.weight = 97.0 : f64, prune.node = 209 : i64}
                  scf.yield %r210 : tensor<10xf32>
                } else {
                  %c233 = arith.constant 14 : index
                  %f233 = tensor.extract %x[%c233] : tensor<64xf32>
                  %t233 = arith.constant 4.062500000e-01 : f32
                  %le233 = arith.cmpf ole, %f233, %t233 : f32
                  %r233 = scf.if %le233 -> (tensor<10xf32>) {
                    %c234 = arith.constant 2 : index
                    %f234 = tensor.extract %x[%c234] : tensor<64xf32>
                    %t234 = arith.constant 6.250000000e-02 : f32
                    %le234 = arith.cmpf ole, %f234, %t234 : f32
                    %r234 = scf.if %le234 -> (tensor<10xf32>) {
                      %leaf235 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                      scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 234 : i64} %leaf235 : tensor<10xf32>
                    } else {
                      %c236 = arith.constant 9 : index
                      %f236 = tensor.extract %x[%c236] : tensor<64xf32>
                      %t236 = arith.constant 2.500000000e-01 : f32
                      %le236 = arith.cmpf ole, %f236, %t236 : f32
                      %r236 = scf.if %le236 -> (tensor<10xf32>) {
                        %c237 = arith.constant 52 : index
                        %f237 = tensor.extract %x[%c237] : tensor<64xf32>
                        %t237 = arith.constant 5.000000000e-01 : f32
                        %le237 = arith.cmpf ole, %f237, %t237 : f32
                        %r237 = scf.if %le237 -> (tensor<10xf32>) {
                          %c238 = arith.constant 37 : index
                          %f238 = tensor.extract %x[%c238] : tensor<64xf32>
                          %t238 = arith.constant 7.500000000e-01 : f32
                          %le238 = arith.cmpf ole, %f238, %t238 : f32
                          %r238 = scf.if %le238 -> (tensor<10xf32>) {
                            %leaf239 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00]> : tensor<10xf32>
                            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 238 : i64} %leaf239 : tensor<10xf32>
                          } else {
                            %leaf240 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 239 : i64} %leaf240 : tensor<10xf32>
                          } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 1.0>, prune.impurity = 0.5 : f64, prune.weight = 2.0 : f64, prune.node = 237 : i64}
                          scf.yield %r238 : tensor<10xf32>
                        } else {
                          %leaf241 = arith.constant dense<[1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                          scf.yield {prune.counts = array<f64: 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 240 : i64} %leaf241 : tensor<10xf32>
                        } {prune.counts = array<f64: 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 1.0>, prune.impurity = 0.6666666666666667 : f64, prune.weight = 3.0 : f64, prune.node = 236 : i64}
                        scf.yield %r237 : tensor<10xf32>
                      } else {
                        %leaf242 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                        scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 241 : i64} %leaf242 : tensor<10xf32>
                      } {prune.counts = array<f64: 1.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 1.0, 1.0>, prune.impurity = 0.72 : f64, prune.weight = 5.0 : f64, prune.node = 235 : i64}
                      scf.yield %r236 : tensor<10xf32>
                    } {prune.counts = array<f64: 1.0, 0.0, 0.0, 2.0, 2.0, 0.0, 0.0, 0.0, 1.0, 1.0>, prune.impurity = 0.7755102040816326 : f64, prune.weight = 7.0 : f64, prune.node = 233 : i64}
                    scf.yield %r234 : tensor<10xf32>
                  } else {
                    %leaf243 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                    scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 3.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 242 : i64} %leaf243 : tensor<10xf32>
                  } {prune.counts = array<f64: 1.0, 0.0, 0.0, 2.0, 2.0, 0.0, 0.0, 3.0, 1.0, 1.0>, prune.impurity = 0.8 : f64, prune.weight = 10.0 : f64, prune.node = 232 : i64}
                  scf.yield %r233 : tensor<10xf32>
                } {prune.counts = array<f64: 1.0, 1.0, 4.0, 7.0, 2.0, 0.0, 0.0, 3.0, 85.0, 4.0>, prune.impurity = 0.3605555070311818 : f64, prune.weight = 107.0 : f64, prune.node = 208 : i64}
                scf.yield %r209 : tensor<10xf32>
              } else {
                %c244 = arith.constant 44 : index
                %f244 = tensor.extract %x[%c244] : tensor<64xf32>
                %t244 = arith.constant 4.062500000e-01 : f32
                %le244 = arith.cmpf ole, %f244, %t244 : f32
                %r244 = scf.if %le244 -> (tensor<10xf32>) {
                  %c245 = arith.constant 37 : index
                  %f245 = tensor.extract %x[%c245] : tensor<64xf32>
                  %t245 = arith.constant 3.125000000e-01 : f32
                  %le245 = arith.cmpf ole, %f245, %t245 : f32
                  %r245 = scf.if %le245 -> (tensor<10xf32>) {
                    %leaf246 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                    scf.yield {prune.counts = array<f64: 0.0, 0.0, 13.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 13.0 : f64, prune.node = 245 : i64} %leaf246 : tensor<10xf32>
                  } else {
                    %leaf247 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                    scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 246 : i64} %leaf247 : tensor<10xf32>
                  } {prune.counts = array<f64: 0.0, 0.0, 13.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0>, prune.impurity = 0.23111111111111116 : f64, prune.weight = 15.0 : f64, prune.node = 244 : i64}
                  scf.yield %r245 : tensor<10xf32>
                } else {
                  %c248 = arith.constant 41 : index
                  %f248 = tensor.extract %x[%c248] : tensor<64xf32>
                  %t248 = arith.constant 3.750000000e-01 : f32
                  %le248 = arith.cmpf ole, %f248, %t248 : f32
                  %r248 = scf.if %le248 -> (tensor<10xf32>) {
                    %c249 = arith.constant 10 : index
                    %f249 = tensor.extract %x[%c249] : tensor<64xf32>
                    %t249 = arith.constant 8.437500000e-01 : f32
                    %le249 = arith.cmpf ole, %f249, %t249 : f32
                    %r249 = scf.if %le249 -> (tensor<10xf32>) {
                      %c250 = arith.constant 52 : index
                      %f250 = tensor.extract %x[%c250] : tensor<64xf32>
                      %t250 = arith.constant 5.625000000e-01 : f32
                      %le250 = arith.cmpf ole, %f250, %t250 : f32
                      %r250 = scf.if %le250 -> (tensor<10xf32>) {
                        %c251 = arith.constant 34 : index
                        %f251 = tensor.extract %x[%c251] : tensor<64xf32>
                        %t251 = arith.constant 5.625000000e-01 : f32
                        %le251 = arith.cmpf ole, %f251, %t251 : f32
                        %r251 = scf.if %le251 -> (tensor<10xf32>) {
                          %leaf252 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                          scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 251 : i64} %leaf252 : tensor<10xf32>
                        } else {
                          %c253 = arith.constant 41 : index
                          %f253 = tensor.extract %x[%c253] : tensor<64xf32>
                          %t253 = arith.constant 1.250000000e-01 : f32
                          %le253 = arith.cmpf ole, %f253, %t253 : f32
                          %r253 = scf.if %le253 -> (tensor<10xf32>) {
                            %leaf254 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 253 : i64} %leaf254 : tensor<10xf32>
                          } else {
                            %leaf255 = arith.constant dense<[0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                            scf.yield {prune.counts = array<f64: 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 254 : i64} %leaf255 : tensor<10xf32>
                          } {prune.counts = array<f64: 0.0, 1.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.5 : f64, prune.weight = 2.0 : f64, prune.node = 252 : i64}
                          scf.yield %r253 : tensor<10xf32>
                        } {prune.counts = array<f64: 0.0, 1.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0>, prune.impurity = 0.625 : f64, prune.weight = 4.0 : f64, prune.node = 250 : i64}
                        scf.yield %r251 : tensor<10xf32>
                      } else {
                        %c256 = arith.constant 28 : index
                        %f256 = tensor.extract %x[%c256] : tensor<64xf32>
                        %t256 = arith.constant 5.000000000e-01 : f32
                        %le256 = arith.cmpf ole, %f256, %t256 : f32
                        %r256 = scf.if %le256 -> (tensor<10xf32>) {
                          %leaf257 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                          scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 256 : i64} %leaf257 : tensor<10xf32>
                        } else {
                          %c258 = arith.constant 12 : index
                          %f258 = tensor.extract %x[%c258] : tensor<64xf32>
                          %t258 = arith.constant 5.625000000e-01 : f32
                          %le258 = arith.cmpf ole, %f258, %t258 : f32
                          %r258 = scf.if %le258 -> (tensor<10xf32>) {
                            %leaf259 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 258 : i64} %leaf259 : tensor<10xf32>
                          } else {
                            %leaf260 = arith.constant dense<[0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                            scf.yield {prune.counts = array<f64: 0.0, 65.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 65.0 : f64, prune.node = 259 : i64} %leaf260 : tensor<10xf32>
                          } {prune.counts = array<f64: 0.0, 65.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.029843893480257067 : f64, prune.weight = 66.0 : f64, prune.node = 257 : i64}
                          scf.yield %r258 : tensor<10xf32>
                        } {prune.counts = array<f64: 0.0, 65.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0>, prune.impurity = 0.05791935843172202 : f64, prune.weight = 67.0 : f64, prune.node = 255 : i64}
                        scf.yield %r256 : tensor<10xf32>
                      } {prune.counts = array<f64: 0.0, 66.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 4.0, 0.0>, prune.impurity = 0.13251339020035702 : f64, prune.weight = 71.0 : f64, prune.node = 249 : i64}
                      scf.yield %r250 : tensor<10xf32>
                    } else {
                      %c261 = arith.constant 2 : index
                      %f261 = tensor.extract %x[%c261] : tensor<64xf32>
                      %t261 = arith.constant 2.812500000e-01 : f32
                      %le261 = arith.cmpf ole, %f261, %t261 : f32
                      %r261 = scf.if %le261 -> (tensor<10xf32>) {
                        %leaf262 = arith.constant dense<[0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                        scf.yield {prune.counts = array<f64: 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 261 : i64} %leaf262 : tensor<10xf32>
                      } else {
                        %leaf263 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                        scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 4.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 262 : i64} %leaf263 : tensor<10xf32>
                      } {prune.counts = array<f64: 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 4.0, 0.0>, prune.impurity = 0.31999999999999995 : f64, prune.weight = 5.0 : f64, prune.node = 260 : i64}
                      scf.yield %r261 : tensor<10xf32>
                    } {prune.counts = array<f64: 0.0, 67.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 8.0, 0.0>, prune.impurity = 0.2115650969529086 : f64, prune.weight = 76.0 : f64, prune.node = 248 : i64}
                    scf.yield %r249 : tensor<10xf32>
                  } else {
                    %leaf264 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                    scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 263 : i64} %leaf264 : tensor<10xf32>
                  } {prune.counts = array<f64: 0.0, 67.0, 0.0, 1.0, 3.0, 0.0, 0.0, 0.0, 8.0, 0.0>, prune.impurity = 0.268867168722961 : f64, prune.weight = 79.0 : f64, prune.node = 247 : i64}
                  scf.yield %r248 : tensor<10xf32>
                } {prune.counts = array<f64: 0.0, 67.0, 13.0, 1.0, 3.0, 0.0, 0.0, 0.0, 10.0, 0.0>, prune.impurity = 0.46038931643277503 : f64, prune.weight = 94.0 : f64, prune.node = 243 : i64}
                scf.yield %r244 : tensor<10xf32>
              } {prune.counts = array<f64: 1.0, 68.0, 17.0, 8.0, 5.0, 0.0, 0.0, 3.0, 95.0, 4.0>, prune.impurity = 0.6521620751961585 : f64, prune.weight = 201.0 : f64, prune.node = 207 : i64}
              scf.yield %r208 : tensor<10xf32>
            } {prune.counts = array<f64: 2.0, 68.0, 88.0, 10.0, 8.0, 0.0, 0.0, 9.0, 102.0, 8.0>, prune.impurity = 0.7347313990232691 : f64, prune.weight = 295.0 : f64, prune.node = 185 : i64}
            scf.yield %r186 : tensor<10xf32>
          } {prune.counts = array<f64: 2.0, 84.0, 91.0, 115.0, 9.0, 5.0, 0.0, 9.0, 116.0, 80.0>, prune.impurity = 0.8138449224688937 : f64, prune.weight = 511.0 : f64, prune.node = 135 : i64}
          scf.yield %r136 : tensor<10xf32>
        } {prune.counts = array<f64: 2.0, 92.0, 96.0, 122.0, 13.0, 7.0, 0.0, 109.0, 124.0, 91.0>, prune.impurity = 0.8412310380725758 : f64, prune.weight = 656.0 : f64, prune.node = 95 : i64}
        scf.yield %r96 : tensor<10xf32>
      } else {
        %c265 = arith.constant 26 : index
        %f265 = tensor.extract %x[%c265] : tensor<64xf32>
        %t265 = arith.constant 5.937500000e-01 : f32
        %le265 = arith.cmpf ole, %f265, %t265 : f32
        %r265 = scf.if %le265 -> (tensor<10xf32>) {
          %c266 = arith.constant 51 : index
          %f266 = tensor.extract %x[%c266] : tensor<64xf32>
          %t266 = arith.constant 3.125000000e-02 : f32
          %le266 = arith.cmpf ole, %f266, %t266 : f32
          %r266 = scf.if %le266 -> (tensor<10xf32>) {
            %leaf267 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 266 : i64} %leaf267 : tensor<10xf32>
          } else {
            %leaf268 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 16.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 16.0 : f64, prune.node = 267 : i64} %leaf268 : tensor<10xf32>
          } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 16.0, 0.0, 0.0>, prune.impurity = 0.11072664359861595 : f64, prune.weight = 17.0 : f64, prune.node = 265 : i64}
          scf.yield %r266 : tensor<10xf32>
        } else {
          %c269 = arith.constant 27 : index
          %f269 = tensor.extract %x[%c269] : tensor<64xf32>
          %t269 = arith.constant 9.062500000e-01 : f32
          %le269 = arith.cmpf ole, %f269, %t269 : f32
          %r269 = scf.if %le269 -> (tensor<10xf32>) {
            %c270 = arith.constant 6 : index
            %f270 = tensor.extract %x[%c270] : tensor<64xf32>
            %t270 = arith.constant 2.500000000e-01 : f32
            %le270 = arith.cmpf ole, %f270, %t270 : f32
            %r270 = scf.if %le270 -> (tensor<10xf32>) {
              %c271 = arith.constant 13 : index
              %f271 = tensor.extract %x[%c271] : tensor<64xf32>
              %t271 = arith.constant 8.750000000e-01 : f32
              %le271 = arith.cmpf ole, %f271, %t271 : f32
              %r271 = scf.if %le271 -> (tensor<10xf32>) {
                %leaf272 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 87.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 87.0 : f64, prune.node = 271 : i64} %leaf272 : tensor<10xf32>
              } else {
                %c273 = arith.constant 50 : index
                %f273 = tensor.extract %x[%c273] : tensor<64xf32>
                %t273 = arith.constant 2.812500000e-01 : f32
                %le273 = arith.cmpf ole, %f273, %t273 : f32
                %r273 = scf.if %le273 -> (tensor<10xf32>) {
                  %leaf274 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                  scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 273 : i64} %leaf274 : tensor<10xf32>
                } else {
                  %c275 = arith.constant 58 : index
                  %f275 = tensor.extract %x[%c275] : tensor<64xf32>
                  %t275 = arith.constant 3.125000000e-02 : f32
                  %le275 = arith.cmpf ole, %f275, %t275 : f32
                  %r275 = scf.if %le275 -> (tensor<10xf32>) {
                    %leaf276 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                    scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 275 : i64} %leaf276 : tensor<10xf32>
                  } else {
                    %leaf277 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                    scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 276 : i64} %leaf277 : tensor<10xf32>
                  } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 1.0, 0.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 3.0 : f64, prune.node = 274 : i64}
                  scf.yield %r275 : tensor<10xf32>
                } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 2.0, 0.0, 1.0, 0.0>, prune.impurity = 0.64 : f64, prune.weight = 5.0 : f64, prune.node = 272 : i64}
                scf.yield %r273 : tensor<10xf32>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 89.0, 0.0, 2.0, 0.0, 1.0, 0.0>, prune.impurity = 0.06356332703213607 : f64, prune.weight = 92.0 : f64, prune.node = 270 : i64}
              scf.yield %r271 : tensor<10xf32>
            } else {
              %c278 = arith.constant 52 : index
              %f278 = tensor.extract %x[%c278] : tensor<64xf32>
              %t278 = arith.constant 8.437500000e-01 : f32
              %le278 = arith.cmpf ole, %f278, %t278 : f32
              %r278 = scf.if %le278 -> (tensor<10xf32>) {
                %c279 = arith.constant 17 : index
                %f279 = tensor.extract %x[%c279] : tensor<64xf32>
                %t279 = arith.constant 6.250000000e-02 : f32
                %le279 = arith.cmpf ole, %f279, %t279 : f32
                %r279 = scf.if %le279 -> (tensor<10xf32>) {
                  %leaf280 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00]> : tensor<10xf32>
                  scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 279 : i64} %leaf280 : tensor<10xf32>
                } else {
                  %leaf281 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                  scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 280 : i64} %leaf281 : tensor<10xf32>
                } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 1.0>, prune.impurity = 0.5 : f64, prune.weight = 2.0 : f64, prune.node = 278 : i64}
                scf.yield %r279 : tensor<10xf32>
              } else {
                %leaf282 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 281 : i64} %leaf282 : tensor<10xf32>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 2.0, 0.0, 1.0>, prune.impurity = 0.625 : f64, prune.weight = 4.0 : f64, prune.node = 277 : i64}
              scf.yield %r278 : tensor<10xf32>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 89.0, 1.0, 2.0, 2.0, 1.0, 1.0>, prune.impurity = 0.13932291666666663 : f64, prune.weight = 96.0 : f64, prune.node = 269 : i64}
            scf.yield %r270 : tensor<10xf32>
          } else {
            %c283 = arith.constant 38 : index
            %f283 = tensor.extract %x[%c283] : tensor<64xf32>
            %t283 = arith.constant 6.250000000e-02 : f32
            %le283 = arith.cmpf ole, %f283, %t283 : f32
            %r283 = scf.if %le283 -> (tensor<10xf32>) {
              %leaf284 = arith.constant dense<[0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
              scf.yield {prune.counts = array<f64: 0.0, 8.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 8.0 : f64, prune.node = 283 : i64} %leaf284 : tensor<10xf32>
            } else {
              %c285 = arith.constant 45 : index
              %f285 = tensor.extract %x[%c285] : tensor<64xf32>
              %t285 = arith.constant 9.687500000e-01 : f32
              %le285 = arith.cmpf ole, %f285, %t285 : f32
              %r285 = scf.if %le285 -> (tensor<10xf32>) {
                %c286 = arith.constant 3 : index
                %f286 = tensor.extract %x[%c286] : tensor<64xf32>
                %t286 = arith.constant 7.812500000e-01 : f32
                %le286 = arith.cmpf ole, %f286, %t286 : f32
                %r286 = scf.if %le286 -> (tensor<10xf32>) {
                  %leaf287 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                  scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 5.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 5.0 : f64, prune.node = 286 : i64} %leaf287 : tensor<10xf32>
                } else {
                  %leaf288 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                  scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 287 : i64} %leaf288 : tensor<10xf32>
                } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 5.0, 0.0, 0.0, 1.0, 0.0, 0.0>, prune.impurity = 0.2777777777777778 : f64, prune.weight = 6.0 : f64, prune.node = 285 : i64}
                scf.yield %r286 : tensor<10xf32>
              } else {
                %c289 = arith.constant 20 : index
                %f289 = tensor.extract %x[%c289] : tensor<64xf32>
                %t289 = arith.constant 7.500000000e-01 : f32
                %le289 = arith.cmpf ole, %f289, %t289 : f32
                %r289 = scf.if %le289 -> (tensor<10xf32>) {
                  %c290 = arith.constant 51 : index
                  %f290 = tensor.extract %x[%c290] : tensor<64xf32>
                  %t290 = arith.constant 5.312500000e-01 : f32
                  %le290 = arith.cmpf ole, %f290, %t290 : f32
                  %r290 = scf.if %le290 -> (tensor<10xf32>) {
                    %leaf291 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                    scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 290 : i64} %leaf291 : tensor<10xf32>
                  } else {
                    %leaf292 = arith.constant dense<[0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                    scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 291 : i64} %leaf292 : tensor<10xf32>
                  } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 1.0, 0.0, 0.0, 0.0>, prune.impurity = 0.5 : f64, prune.weight = 2.0 : f64, prune.node = 289 : i64}
                  scf.yield %r290 : tensor<10xf32>
                } else {
                  %leaf293 = arith.constant dense<[0.000000000e+00, 1.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 0.000000000e+00]> : tensor<10xf32>
                  scf.yield {prune.counts = array<f64: 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 292 : i64} %leaf293 : tensor<10xf32>
                } {prune.counts = array<f64: 0.0, 2.0, 0.0, 0.0, 0.0, 1.0, 1.0, 0.0, 0.0, 0.0>, prune.impurity = 0.625 : f64, prune.weight = 4.0 : f64, prune.node = 288 : i64}
                scf.yield %r289 : tensor<10xf32>
              } {prune.counts = array<f64: 0.0, 2.0, 0.0, 0.0, 5.0, 1.0, 1.0, 1.0, 0.0, 0.0>, prune.impurity = 0.6799999999999999 : f64, prune.weight = 10.0 : f64, prune.node = 284 : i64}
              scf.yield %r285 : tensor<10xf32>
            } {prune.counts = array<f64: 0.0, 10.0, 0.0, 0.0, 5.0, 1.0, 1.0, 1.0, 0.0, 0.0>, prune.impurity = 0.6049382716049383 : f64, prune.weight = 18.0 : f64, prune.node = 282 : i64}
            scf.yield %r283 : tensor<10xf32>
          } {prune.counts = array<f64: 0.0, 10.0, 0.0, 0.0, 94.0, 2.0, 3.0, 3.0, 1.0, 1.0>, prune.impurity = 0.31055709449061253 : f64, prune.weight = 114.0 : f64, prune.node = 268 : i64}
          scf.yield %r269 : tensor<10xf32>
        } {prune.counts = array<f64: 0.0, 10.0, 0.0, 0.0, 95.0, 2.0, 3.0, 19.0, 1.0, 1.0>, prune.impurity = 0.4463609346774664 : f64, prune.weight = 131.0 : f64, prune.node = 264 : i64}
        scf.yield %r265 : tensor<10xf32>
      } {prune.counts = array<f64: 2.0, 102.0, 96.0, 122.0, 108.0, 9.0, 3.0, 128.0, 125.0, 92.0>, prune.impurity = 0.8599623164866178 : f64, prune.weight = 787.0 : f64, prune.node = 94 : i64}
      scf.yield %r95 : tensor<10xf32>
    } {prune.counts = array<f64: 2.0, 136.0, 130.0, 136.0, 133.0, 114.0, 132.0, 134.0, 128.0, 92.0>, prune.impurity = 0.8879854018776749 : f64, prune.weight = 1137.0 : f64, prune.node = 36 : i64}
    scf.yield %r37 : tensor<10xf32>
  } {prune.counts = array<f64: 133.0, 136.0, 133.0, 137.0, 136.0, 136.0, 136.0, 134.0, 131.0, 135.0>, prune.impurity = 0.8999823082888148 : f64, prune.weight = 1347.0 : f64, prune.node = 0 : i64}
  return %r1 : tensor<10xf32>
}

// Scores of every row of a batch.
func.func @forward(%X: tensor<?x64xf32> {prune.range = array<f64: 0.0, 1.0>}) -> tensor<?x10xf32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %n = tensor.dim %X, %c0 : tensor<?x64xf32>
  %init = tensor.empty(%n) : tensor<?x10xf32>
  %out = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %init) -> (tensor<?x10xf32>) {
    %row = tensor.extract_slice %X[%i, 0] [1, 64] [1, 1] : tensor<?x64xf32> to tensor<64xf32>
    %s = func.call @tree0(%row) : (tensor<64xf32>) -> tensor<10xf32>
    %next = tensor.insert_slice %s into %acc[%i, 0] [1, 10] [1, 1] : tensor<10xf32> into tensor<?x10xf32>
    scf.yield %next : tensor<?x10xf32>
  }
  return %out : tensor<?x10xf32>
}

// Predicted class of every row: the first class of highest score.
func.func @predict(%X: tensor<?x64xf32> {prune.range = array<f64: 0.0, 1.0>}) -> tensor<?xi64> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %cC = arith.constant 10 : index
  %n = tensor.dim %X, %c0 : tensor<?x64xf32>
  %init = tensor.empty(%n) : tensor<?xi64>
  %out = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %init) -> (tensor<?xi64>) {
    %row = tensor.extract_slice %X[%i, 0] [1, 64] [1, 1] : tensor<?x64xf32> to tensor<64xf32>
    %s = func.call @tree0(%row) : (tensor<64xf32>) -> tensor<10xf32>
    %s0 = tensor.extract %s[%c0] : tensor<10xf32>
    %best:2 = scf.for %k = %c1 to %cC step %c1 iter_args(%bv = %s0, %bi = %c0) -> (f32, index) {
      %v = tensor.extract %s[%k] : tensor<10xf32>
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
