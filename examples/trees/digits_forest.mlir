// digits_forest: sklearn RandomForestClassifier on digits, test accuracy 0.9178: 12 tree(s), 1818 nodes, 64 features, 10 classes
// Written by mlir_prune.tree_ir; see docs/DESIGN.md, "Decision trees in IR".
// Classes, in score order: 0, 1, 2, 3, 4, 5, 6, 7, 8, 9

func.func @tree0(%x: tensor<64xf32> {prune.range = array<f64: 0.0, 1.0>}) -> tensor<10xf64> {
  %c1 = arith.constant 20 : index
  %f1 = tensor.extract %x[%c1] : tensor<64xf32>
  %t1 = arith.constant 2.187500000e-01 : f32
  %le1 = arith.cmpf ole, %f1, %t1 : f32
  %r1 = scf.if %le1 -> (tensor<10xf64>) {
    %c2 = arith.constant 61 : index
    %f2 = tensor.extract %x[%c2] : tensor<64xf32>
    %t2 = arith.constant 6.562500000e-01 : f32
    %le2 = arith.cmpf ole, %f2, %t2 : f32
    %r2 = scf.if %le2 -> (tensor<10xf64>) {
      %c3 = arith.constant 22 : index
      %f3 = tensor.extract %x[%c3] : tensor<64xf32>
      %t3 = arith.constant 3.125000000e-02 : f32
      %le3 = arith.cmpf ole, %f3, %t3 : f32
      %r3 = scf.if %le3 -> (tensor<10xf64>) {
        %c4 = arith.constant 13 : index
        %f4 = tensor.extract %x[%c4] : tensor<64xf32>
        %t4 = arith.constant 9.375000000e-02 : f32
        %le4 = arith.cmpf ole, %f4, %t4 : f32
        %r4 = scf.if %le4 -> (tensor<10xf64>) {
          %c5 = arith.constant 10 : index
          %f5 = tensor.extract %x[%c5] : tensor<64xf32>
          %t5 = arith.constant 9.375000000e-01 : f32
          %le5 = arith.cmpf ole, %f5, %t5 : f32
          %r5 = scf.if %le5 -> (tensor<10xf64>) {
            %c6 = arith.constant 54 : index
            %f6 = tensor.extract %x[%c6] : tensor<64xf32>
            %t6 = arith.constant 3.125000000e-02 : f32
            %le6 = arith.cmpf ole, %f6, %t6 : f32
            %r6 = scf.if %le6 -> (tensor<10xf64>) {
              %c7 = arith.constant 51 : index
              %f7 = tensor.extract %x[%c7] : tensor<64xf32>
              %t7 = arith.constant 9.062500000e-01 : f32
              %le7 = arith.cmpf ole, %f7, %t7 : f32
              %r7 = scf.if %le7 -> (tensor<10xf64>) {
                %leaf8 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 20.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 20.0 : f64, prune.node = 7 : i64} %leaf8 : tensor<10xf64>
              } else {
                %leaf9 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.5, 0.5, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 1.0, 1.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.5 : f64, prune.weight = 2.0 : f64, prune.node = 8 : i64} %leaf9 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 21.0, 1.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.08677685950413228 : f64, prune.weight = 22.0 : f64, prune.node = 6 : i64}
              scf.yield %r7 : tensor<10xf64>
            } else {
              %leaf10 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 12.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 12.0 : f64, prune.node = 9 : i64} %leaf10 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 21.0, 1.0, 12.0, 0.0, 0.0, 0.0>, prune.impurity = 0.4930795847750865 : f64, prune.weight = 34.0 : f64, prune.node = 5 : i64}
            scf.yield %r6 : tensor<10xf64>
          } else {
            %leaf11 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 9.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 9.0 : f64, prune.node = 10 : i64} %leaf11 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 21.0, 10.0, 12.0, 0.0, 0.0, 0.0>, prune.impurity = 0.6295294753921039 : f64, prune.weight = 43.0 : f64, prune.node = 4 : i64}
          scf.yield %r5 : tensor<10xf64>
        } else {
          %c12 = arith.constant 5 : index
          %f12 = tensor.extract %x[%c12] : tensor<64xf32>
          %t12 = arith.constant 2.187500000e-01 : f32
          %le12 = arith.cmpf ole, %f12, %t12 : f32
          %r12 = scf.if %le12 -> (tensor<10xf64>) {
            %c13 = arith.constant 36 : index
            %f13 = tensor.extract %x[%c13] : tensor<64xf32>
            %t13 = arith.constant 9.375000000e-02 : f32
            %le13 = arith.cmpf ole, %f13, %t13 : f32
            %r13 = scf.if %le13 -> (tensor<10xf64>) {
              %leaf14 = arith.constant dense<[1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 8.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 8.0 : f64, prune.node = 13 : i64} %leaf14 : tensor<10xf64>
            } else {
              %c15 = arith.constant 11 : index
              %f15 = tensor.extract %x[%c15] : tensor<64xf32>
              %t15 = arith.constant 6.562500000e-01 : f32
              %le15 = arith.cmpf ole, %f15, %t15 : f32
              %r15 = scf.if %le15 -> (tensor<10xf64>) {
                %leaf16 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 3.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 15 : i64} %leaf16 : tensor<10xf64>
              } else {
                %leaf17 = arith.constant dense<[0.3333333333333333, 0.0, 0.0, 0.0, 0.0, 0.3333333333333333, 0.3333333333333333, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 1.0, 0.0, 0.0, 0.0, 0.0, 1.0, 1.0, 0.0, 0.0, 0.0>, prune.impurity = 0.6666666666666667 : f64, prune.weight = 3.0 : f64, prune.node = 16 : i64} %leaf17 : tensor<10xf64>
              } {prune.counts = array<f64: 1.0, 0.0, 0.0, 0.0, 0.0, 1.0, 1.0, 0.0, 0.0, 3.0>, prune.impurity = 0.6666666666666667 : f64, prune.weight = 6.0 : f64, prune.node = 14 : i64}
              scf.yield %r15 : tensor<10xf64>
            } {prune.counts = array<f64: 9.0, 0.0, 0.0, 0.0, 0.0, 1.0, 1.0, 0.0, 0.0, 3.0>, prune.impurity = 0.5306122448979591 : f64, prune.weight = 14.0 : f64, prune.node = 12 : i64}
            scf.yield %r13 : tensor<10xf64>
          } else {
            %c18 = arith.constant 50 : index
            %f18 = tensor.extract %x[%c18] : tensor<64xf32>
            %t18 = arith.constant 7.187500000e-01 : f32
            %le18 = arith.cmpf ole, %f18, %t18 : f32
            %r18 = scf.if %le18 -> (tensor<10xf64>) {
              %c19 = arith.constant 61 : index
              %f19 = tensor.extract %x[%c19] : tensor<64xf32>
              %t19 = arith.constant 5.625000000e-01 : f32
              %le19 = arith.cmpf ole, %f19, %t19 : f32
              %r19 = scf.if %le19 -> (tensor<10xf64>) {
                %leaf20 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 77.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 77.0 : f64, prune.node = 19 : i64} %leaf20 : tensor<10xf64>
              } else {
                %leaf21 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 20 : i64} %leaf21 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 77.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.02531229454306383 : f64, prune.weight = 78.0 : f64, prune.node = 18 : i64}
              scf.yield %r19 : tensor<10xf64>
            } else {
              %c22 = arith.constant 9 : index
              %f22 = tensor.extract %x[%c22] : tensor<64xf32>
              %t22 = arith.constant 1.250000000e-01 : f32
              %le22 = arith.cmpf ole, %f22, %t22 : f32
              %r22 = scf.if %le22 -> (tensor<10xf64>) {
                %leaf23 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 22 : i64} %leaf23 : tensor<10xf64>
              } else {
                %leaf24 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 8.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 8.0 : f64, prune.node = 23 : i64} %leaf24 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 8.0, 1.0, 0.0, 0.0, 0.0>, prune.impurity = 0.19753086419753085 : f64, prune.weight = 9.0 : f64, prune.node = 21 : i64}
              scf.yield %r22 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 85.0, 1.0, 0.0, 1.0, 0.0>, prune.impurity = 0.045184304399524367 : f64, prune.weight = 87.0 : f64, prune.node = 17 : i64}
            scf.yield %r18 : tensor<10xf64>
          } {prune.counts = array<f64: 9.0, 0.0, 0.0, 0.0, 0.0, 86.0, 2.0, 0.0, 1.0, 3.0>, prune.impurity = 0.2656602293892756 : f64, prune.weight = 101.0 : f64, prune.node = 11 : i64}
          scf.yield %r12 : tensor<10xf64>
        } {prune.counts = array<f64: 9.0, 0.0, 0.0, 0.0, 21.0, 96.0, 14.0, 0.0, 1.0, 3.0>, prune.impurity = 0.5204475308641976 : f64, prune.weight = 144.0 : f64, prune.node = 3 : i64}
        scf.yield %r4 : tensor<10xf64>
      } else {
        %c25 = arith.constant 5 : index
        %f25 = tensor.extract %x[%c25] : tensor<64xf32>
        %t25 = arith.constant 6.562500000e-01 : f32
        %le25 = arith.cmpf ole, %f25, %t25 : f32
        %r25 = scf.if %le25 -> (tensor<10xf64>) {
          %c26 = arith.constant 13 : index
          %f26 = tensor.extract %x[%c26] : tensor<64xf32>
          %t26 = arith.constant 1.562500000e-01 : f32
          %le26 = arith.cmpf ole, %f26, %t26 : f32
          %r26 = scf.if %le26 -> (tensor<10xf64>) {
            %leaf27 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 52.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 52.0 : f64, prune.node = 26 : i64} %leaf27 : tensor<10xf64>
          } else {
            %c28 = arith.constant 35 : index
            %f28 = tensor.extract %x[%c28] : tensor<64xf32>
            %t28 = arith.constant 1.875000000e-01 : f32
            %le28 = arith.cmpf ole, %f28, %t28 : f32
            %r28 = scf.if %le28 -> (tensor<10xf64>) {
              %c29 = arith.constant 42 : index
              %f29 = tensor.extract %x[%c29] : tensor<64xf32>
              %t29 = arith.constant 1.250000000e-01 : f32
              %le29 = arith.cmpf ole, %f29, %t29 : f32
              %r29 = scf.if %le29 -> (tensor<10xf64>) {
                %leaf30 = arith.constant dense<[0.0, 0.0, 0.4, 0.0, 0.0, 0.0, 0.0, 0.2, 0.0, 0.4]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 2.0>, prune.impurity = 0.64 : f64, prune.weight = 5.0 : f64, prune.node = 29 : i64} %leaf30 : tensor<10xf64>
              } else {
                %leaf31 = arith.constant dense<[0.9743589743589743, 0.0, 0.01282051282051282, 0.0, 0.01282051282051282, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 76.0, 0.0, 1.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.050295857988165715 : f64, prune.weight = 78.0 : f64, prune.node = 30 : i64} %leaf31 : tensor<10xf64>
              } {prune.counts = array<f64: 76.0, 0.0, 3.0, 0.0, 1.0, 0.0, 0.0, 1.0, 0.0, 2.0>, prune.impurity = 0.15938452605603137 : f64, prune.weight = 83.0 : f64, prune.node = 28 : i64}
              scf.yield %r29 : tensor<10xf64>
            } else {
              %c32 = arith.constant 60 : index
              %f32 = tensor.extract %x[%c32] : tensor<64xf32>
              %t32 = arith.constant 5.312500000e-01 : f32
              %le32 = arith.cmpf ole, %f32, %t32 : f32
              %r32 = scf.if %le32 -> (tensor<10xf64>) {
                %leaf33 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.08333333333333333, 0.08333333333333333, 0.0, 0.25, 0.0, 0.5833333333333334]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 1.0, 1.0, 0.0, 3.0, 0.0, 7.0>, prune.impurity = 0.5833333333333333 : f64, prune.weight = 12.0 : f64, prune.node = 32 : i64} %leaf33 : tensor<10xf64>
              } else {
                %leaf34 = arith.constant dense<[0.09090909090909091, 0.0, 0.0, 0.045454545454545456, 0.0, 0.0, 0.0, 0.0, 0.7727272727272727, 0.09090909090909091]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 2.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 17.0, 2.0>, prune.impurity = 0.3842975206611571 : f64, prune.weight = 22.0 : f64, prune.node = 33 : i64} %leaf34 : tensor<10xf64>
              } {prune.counts = array<f64: 2.0, 0.0, 0.0, 1.0, 1.0, 1.0, 0.0, 3.0, 17.0, 9.0>, prune.impurity = 0.6660899653979239 : f64, prune.weight = 34.0 : f64, prune.node = 31 : i64}
              scf.yield %r32 : tensor<10xf64>
            } {prune.counts = array<f64: 78.0, 0.0, 3.0, 1.0, 2.0, 1.0, 0.0, 4.0, 17.0, 11.0>, prune.impurity = 0.5233399079552925 : f64, prune.weight = 117.0 : f64, prune.node = 27 : i64}
            scf.yield %r28 : tensor<10xf64>
          } {prune.counts = array<f64: 78.0, 0.0, 3.0, 1.0, 54.0, 1.0, 0.0, 4.0, 17.0, 11.0>, prune.impurity = 0.6695843983053815 : f64, prune.weight = 169.0 : f64, prune.node = 25 : i64}
          scf.yield %r26 : tensor<10xf64>
        } else {
          %c35 = arith.constant 53 : index
          %f35 = tensor.extract %x[%c35] : tensor<64xf32>
          %t35 = arith.constant 2.187500000e-01 : f32
          %le35 = arith.cmpf ole, %f35, %t35 : f32
          %r35 = scf.if %le35 -> (tensor<10xf64>) {
            %c36 = arith.constant 10 : index
            %f36 = tensor.extract %x[%c36] : tensor<64xf32>
            %t36 = arith.constant 9.687500000e-01 : f32
            %le36 = arith.cmpf ole, %f36, %t36 : f32
            %r36 = scf.if %le36 -> (tensor<10xf64>) {
              %c37 = arith.constant 37 : index
              %f37 = tensor.extract %x[%c37] : tensor<64xf32>
              %t37 = arith.constant 5.312500000e-01 : f32
              %le37 = arith.cmpf ole, %f37, %t37 : f32
              %r37 = scf.if %le37 -> (tensor<10xf64>) {
                %leaf38 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.25, 0.75]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 3.0>, prune.impurity = 0.375 : f64, prune.weight = 4.0 : f64, prune.node = 37 : i64} %leaf38 : tensor<10xf64>
              } else {
                %leaf39 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 47.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 47.0 : f64, prune.node = 38 : i64} %leaf39 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 47.0, 1.0, 3.0>, prune.impurity = 0.14686658977316414 : f64, prune.weight = 51.0 : f64, prune.node = 36 : i64}
              scf.yield %r37 : tensor<10xf64>
            } else {
              %c40 = arith.constant 52 : index
              %f40 = tensor.extract %x[%c40] : tensor<64xf32>
              %t40 = arith.constant 8.125000000e-01 : f32
              %le40 = arith.cmpf ole, %f40, %t40 : f32
              %r40 = scf.if %le40 -> (tensor<10xf64>) {
                %leaf41 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 40 : i64} %leaf41 : tensor<10xf64>
              } else {
                %leaf42 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 41 : i64} %leaf42 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 2.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 3.0 : f64, prune.node = 39 : i64}
              scf.yield %r40 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 48.0, 1.0, 5.0>, prune.impurity = 0.200960219478738 : f64, prune.weight = 54.0 : f64, prune.node = 35 : i64}
            scf.yield %r36 : tensor<10xf64>
          } else {
            %c43 = arith.constant 2 : index
            %f43 = tensor.extract %x[%c43] : tensor<64xf32>
            %t43 = arith.constant 3.125000000e-02 : f32
            %le43 = arith.cmpf ole, %f43, %t43 : f32
            %r43 = scf.if %le43 -> (tensor<10xf64>) {
              %c44 = arith.constant 44 : index
              %f44 = tensor.extract %x[%c44] : tensor<64xf32>
              %t44 = arith.constant 5.937500000e-01 : f32
              %le44 = arith.cmpf ole, %f44, %t44 : f32
              %r44 = scf.if %le44 -> (tensor<10xf64>) {
                %leaf45 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 9.0>, prune.impurity = 0.0 : f64, prune.weight = 9.0 : f64, prune.node = 44 : i64} %leaf45 : tensor<10xf64>
              } else {
                %leaf46 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.5, 0.5, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 1.0, 0.0, 0.0>, prune.impurity = 0.5 : f64, prune.weight = 2.0 : f64, prune.node = 45 : i64} %leaf46 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 1.0, 0.0, 9.0>, prune.impurity = 0.31404958677685946 : f64, prune.weight = 11.0 : f64, prune.node = 43 : i64}
              scf.yield %r44 : tensor<10xf64>
            } else {
              %c47 = arith.constant 28 : index
              %f47 = tensor.extract %x[%c47] : tensor<64xf32>
              %t47 = arith.constant 9.375000000e-02 : f32
              %le47 = arith.cmpf ole, %f47, %t47 : f32
              %r47 = scf.if %le47 -> (tensor<10xf64>) {
                %leaf48 = arith.constant dense<[1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 5.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 5.0 : f64, prune.node = 47 : i64} %leaf48 : tensor<10xf64>
              } else {
                %leaf49 = arith.constant dense<[0.0, 0.0, 0.5, 0.1, 0.0, 0.0, 0.0, 0.0, 0.4, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 5.0, 1.0, 0.0, 0.0, 0.0, 0.0, 4.0, 0.0>, prune.impurity = 0.5800000000000001 : f64, prune.weight = 10.0 : f64, prune.node = 48 : i64} %leaf49 : tensor<10xf64>
              } {prune.counts = array<f64: 5.0, 0.0, 5.0, 1.0, 0.0, 0.0, 0.0, 0.0, 4.0, 0.0>, prune.impurity = 0.7022222222222223 : f64, prune.weight = 15.0 : f64, prune.node = 46 : i64}
              scf.yield %r47 : tensor<10xf64>
            } {prune.counts = array<f64: 5.0, 0.0, 5.0, 1.0, 0.0, 0.0, 1.0, 1.0, 4.0, 9.0>, prune.impurity = 0.7781065088757396 : f64, prune.weight = 26.0 : f64, prune.node = 42 : i64}
            scf.yield %r43 : tensor<10xf64>
          } {prune.counts = array<f64: 5.0, 0.0, 5.0, 1.0, 0.0, 0.0, 1.0, 49.0, 5.0, 14.0>, prune.impurity = 0.5821875000000001 : f64, prune.weight = 80.0 : f64, prune.node = 34 : i64}
          scf.yield %r35 : tensor<10xf64>
        } {prune.counts = array<f64: 83.0, 0.0, 8.0, 2.0, 54.0, 1.0, 1.0, 53.0, 22.0, 25.0>, prune.impurity = 0.7775358461960291 : f64, prune.weight = 249.0 : f64, prune.node = 24 : i64}
        scf.yield %r25 : tensor<10xf64>
      } {prune.counts = array<f64: 92.0, 0.0, 8.0, 2.0, 75.0, 97.0, 15.0, 53.0, 23.0, 28.0>, prune.impurity = 0.8192736761002013 : f64, prune.weight = 393.0 : f64, prune.node = 2 : i64}
      scf.yield %r3 : tensor<10xf64>
    } else {
      %c50 = arith.constant 46 : index
      %f50 = tensor.extract %x[%c50] : tensor<64xf32>
      %t50 = arith.constant 1.562500000e-01 : f32
      %le50 = arith.cmpf ole, %f50, %t50 : f32
      %r50 = scf.if %le50 -> (tensor<10xf64>) {
        %c51 = arith.constant 34 : index
        %f51 = tensor.extract %x[%c51] : tensor<64xf32>
        %t51 = arith.constant 8.437500000e-01 : f32
        %le51 = arith.cmpf ole, %f51, %t51 : f32
        %r51 = scf.if %le51 -> (tensor<10xf64>) {
          %c52 = arith.constant 6 : index
          %f52 = tensor.extract %x[%c52] : tensor<64xf32>
          %t52 = arith.constant 1.562500000e-01 : f32
          %le52 = arith.cmpf ole, %f52, %t52 : f32
          %r52 = scf.if %le52 -> (tensor<10xf64>) {
            %c53 = arith.constant 44 : index
            %f53 = tensor.extract %x[%c53] : tensor<64xf32>
            %t53 = arith.constant 2.812500000e-01 : f32
            %le53 = arith.cmpf ole, %f53, %t53 : f32
            %r53 = scf.if %le53 -> (tensor<10xf64>) {
              %c54 = arith.constant 50 : index
              %f54 = tensor.extract %x[%c54] : tensor<64xf32>
              %t54 = arith.constant 5.937500000e-01 : f32
              %le54 = arith.cmpf ole, %f54, %t54 : f32
              %r54 = scf.if %le54 -> (tensor<10xf64>) {
                %leaf55 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 54 : i64} %leaf55 : tensor<10xf64>
              } else {
                %leaf56 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 55 : i64} %leaf56 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 3.0 : f64, prune.node = 53 : i64}
              scf.yield %r54 : tensor<10xf64>
            } else {
              %c57 = arith.constant 13 : index
              %f57 = tensor.extract %x[%c57] : tensor<64xf32>
              %t57 = arith.constant 2.812500000e-01 : f32
              %le57 = arith.cmpf ole, %f57, %t57 : f32
              %r57 = scf.if %le57 -> (tensor<10xf64>) {
                %leaf58 = arith.constant dense<[0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 57 : i64} %leaf58 : tensor<10xf64>
              } else {
                %leaf59 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 15.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 15.0 : f64, prune.node = 58 : i64} %leaf59 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 15.0, 0.0>, prune.impurity = 0.1171875 : f64, prune.weight = 16.0 : f64, prune.node = 56 : i64}
              scf.yield %r57 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 1.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 15.0, 1.0>, prune.impurity = 0.3601108033240997 : f64, prune.weight = 19.0 : f64, prune.node = 52 : i64}
            scf.yield %r53 : tensor<10xf64>
          } else {
            %leaf60 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 59 : i64} %leaf60 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 1.0, 4.0, 0.0, 0.0, 0.0, 0.0, 0.0, 15.0, 1.0>, prune.impurity = 0.44897959183673475 : f64, prune.weight = 21.0 : f64, prune.node = 51 : i64}
          scf.yield %r52 : tensor<10xf64>
        } else {
          %leaf61 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
          scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 14.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 14.0 : f64, prune.node = 60 : i64} %leaf61 : tensor<10xf64>
        } {prune.counts = array<f64: 0.0, 1.0, 4.0, 0.0, 0.0, 0.0, 14.0, 0.0, 15.0, 1.0>, prune.impurity = 0.6416326530612244 : f64, prune.weight = 35.0 : f64, prune.node = 50 : i64}
        scf.yield %r51 : tensor<10xf64>
      } else {
        %c62 = arith.constant 42 : index
        %f62 = tensor.extract %x[%c62] : tensor<64xf32>
        %t62 = arith.constant 5.000000000e-01 : f32
        %le62 = arith.cmpf ole, %f62, %t62 : f32
        %r62 = scf.if %le62 -> (tensor<10xf64>) {
          %c63 = arith.constant 21 : index
          %f63 = tensor.extract %x[%c63] : tensor<64xf32>
          %t63 = arith.constant 2.500000000e-01 : f32
          %le63 = arith.cmpf ole, %f63, %t63 : f32
          %r63 = scf.if %le63 -> (tensor<10xf64>) {
            %leaf64 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 6.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 6.0 : f64, prune.node = 63 : i64} %leaf64 : tensor<10xf64>
          } else {
            %c65 = arith.constant 3 : index
            %f65 = tensor.extract %x[%c65] : tensor<64xf32>
            %t65 = arith.constant 7.812500000e-01 : f32
            %le65 = arith.cmpf ole, %f65, %t65 : f32
            %r65 = scf.if %le65 -> (tensor<10xf64>) {
              %c66 = arith.constant 13 : index
              %f66 = tensor.extract %x[%c66] : tensor<64xf32>
              %t66 = arith.constant 5.937500000e-01 : f32
              %le66 = arith.cmpf ole, %f66, %t66 : f32
              %r66 = scf.if %le66 -> (tensor<10xf64>) {
                %leaf67 = arith.constant dense<[0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 66 : i64} %leaf67 : tensor<10xf64>
              } else {
                %leaf68 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 3.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 67 : i64} %leaf68 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 3.0>, prune.impurity = 0.48 : f64, prune.weight = 5.0 : f64, prune.node = 65 : i64}
              scf.yield %r66 : tensor<10xf64>
            } else {
              %c69 = arith.constant 36 : index
              %f69 = tensor.extract %x[%c69] : tensor<64xf32>
              %t69 = arith.constant 6.250000000e-02 : f32
              %le69 = arith.cmpf ole, %f69, %t69 : f32
              %r69 = scf.if %le69 -> (tensor<10xf64>) {
                %leaf70 = arith.constant dense<[1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 69 : i64} %leaf70 : tensor<10xf64>
              } else {
                %leaf71 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 6.0>, prune.impurity = 0.0 : f64, prune.weight = 6.0 : f64, prune.node = 70 : i64} %leaf71 : tensor<10xf64>
              } {prune.counts = array<f64: 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 6.0>, prune.impurity = 0.24489795918367352 : f64, prune.weight = 7.0 : f64, prune.node = 68 : i64}
              scf.yield %r69 : tensor<10xf64>
            } {prune.counts = array<f64: 1.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 9.0>, prune.impurity = 0.4027777777777778 : f64, prune.weight = 12.0 : f64, prune.node = 64 : i64}
            scf.yield %r65 : tensor<10xf64>
          } {prune.counts = array<f64: 1.0, 0.0, 0.0, 2.0, 0.0, 6.0, 0.0, 0.0, 0.0, 9.0>, prune.impurity = 0.6234567901234568 : f64, prune.weight = 18.0 : f64, prune.node = 62 : i64}
          scf.yield %r63 : tensor<10xf64>
        } else {
          %c72 = arith.constant 9 : index
          %f72 = tensor.extract %x[%c72] : tensor<64xf32>
          %t72 = arith.constant 4.375000000e-01 : f32
          %le72 = arith.cmpf ole, %f72, %t72 : f32
          %r72 = scf.if %le72 -> (tensor<10xf64>) {
            %c73 = arith.constant 28 : index
            %f73 = tensor.extract %x[%c73] : tensor<64xf32>
            %t73 = arith.constant 9.687500000e-01 : f32
            %le73 = arith.cmpf ole, %f73, %t73 : f32
            %r73 = scf.if %le73 -> (tensor<10xf64>) {
              %c74 = arith.constant 35 : index
              %f74 = tensor.extract %x[%c74] : tensor<64xf32>
              %t74 = arith.constant 6.250000000e-02 : f32
              %le74 = arith.cmpf ole, %f74, %t74 : f32
              %r74 = scf.if %le74 -> (tensor<10xf64>) {
                %leaf75 = arith.constant dense<[0.75, 0.0, 0.0, 0.0, 0.0, 0.0, 0.25, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 3.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0>, prune.impurity = 0.375 : f64, prune.weight = 4.0 : f64, prune.node = 74 : i64} %leaf75 : tensor<10xf64>
              } else {
                %leaf76 = arith.constant dense<[0.00980392156862745, 0.0, 0.0, 0.0, 0.0, 0.0, 0.9901960784313726, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 101.0, 0.0, 0.0, 0.0>, prune.impurity = 0.01941560938100728 : f64, prune.weight = 102.0 : f64, prune.node = 75 : i64} %leaf76 : tensor<10xf64>
              } {prune.counts = array<f64: 4.0, 0.0, 0.0, 0.0, 0.0, 0.0, 102.0, 0.0, 0.0, 0.0>, prune.impurity = 0.07262370950516195 : f64, prune.weight = 106.0 : f64, prune.node = 73 : i64}
              scf.yield %r74 : tensor<10xf64>
            } else {
              %leaf77 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 76 : i64} %leaf77 : tensor<10xf64>
            } {prune.counts = array<f64: 4.0, 0.0, 0.0, 0.0, 0.0, 0.0, 102.0, 0.0, 2.0, 0.0>, prune.impurity = 0.1063100137174211 : f64, prune.weight = 108.0 : f64, prune.node = 72 : i64}
            scf.yield %r73 : tensor<10xf64>
          } else {
            %leaf78 = arith.constant dense<[1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 77 : i64} %leaf78 : tensor<10xf64>
          } {prune.counts = array<f64: 5.0, 0.0, 0.0, 0.0, 0.0, 0.0, 102.0, 0.0, 2.0, 0.0>, prune.impurity = 0.12187526302499785 : f64, prune.weight = 109.0 : f64, prune.node = 71 : i64}
          scf.yield %r72 : tensor<10xf64>
        } {prune.counts = array<f64: 6.0, 0.0, 0.0, 2.0, 0.0, 6.0, 102.0, 0.0, 2.0, 9.0>, prune.impurity = 0.34496868993737984 : f64, prune.weight = 127.0 : f64, prune.node = 61 : i64}
        scf.yield %r62 : tensor<10xf64>
      } {prune.counts = array<f64: 6.0, 1.0, 4.0, 2.0, 0.0, 6.0, 116.0, 0.0, 17.0, 10.0>, prune.impurity = 0.468907178783722 : f64, prune.weight = 162.0 : f64, prune.node = 49 : i64}
      scf.yield %r50 : tensor<10xf64>
    } {prune.counts = array<f64: 98.0, 1.0, 12.0, 4.0, 75.0, 103.0, 131.0, 53.0, 40.0, 38.0>, prune.impurity = 0.8408797987176365 : f64, prune.weight = 555.0 : f64, prune.node = 1 : i64}
    scf.yield %r2 : tensor<10xf64>
  } else {
    %c79 = arith.constant 54 : index
    %f79 = tensor.extract %x[%c79] : tensor<64xf32>
    %t79 = arith.constant 3.125000000e-02 : f32
    %le79 = arith.cmpf ole, %f79, %t79 : f32
    %r79 = scf.if %le79 -> (tensor<10xf64>) {
      %c80 = arith.constant 60 : index
      %f80 = tensor.extract %x[%c80] : tensor<64xf32>
      %t80 = arith.constant 1.562500000e-01 : f32
      %le80 = arith.cmpf ole, %f80, %t80 : f32
      %r80 = scf.if %le80 -> (tensor<10xf64>) {
        %c81 = arith.constant 4 : index
        %f81 = tensor.extract %x[%c81] : tensor<64xf32>
        %t81 = arith.constant 2.812500000e-01 : f32
        %le81 = arith.cmpf ole, %f81, %t81 : f32
        %r81 = scf.if %le81 -> (tensor<10xf64>) {
          %leaf82 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
          scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 81 : i64} %leaf82 : tensor<10xf64>
        } else {
          %c83 = arith.constant 18 : index
          %f83 = tensor.extract %x[%c83] : tensor<64xf32>
          %t83 = arith.constant 9.687500000e-01 : f32
          %le83 = arith.cmpf ole, %f83, %t83 : f32
          %r83 = scf.if %le83 -> (tensor<10xf64>) {
            %leaf84 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 79.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 79.0 : f64, prune.node = 83 : i64} %leaf84 : tensor<10xf64>
          } else {
            %c85 = arith.constant 17 : index
            %f85 = tensor.extract %x[%c85] : tensor<64xf32>
            %t85 = arith.constant 3.125000000e-01 : f32
            %le85 = arith.cmpf ole, %f85, %t85 : f32
            %r85 = scf.if %le85 -> (tensor<10xf64>) {
              %c86 = arith.constant 17 : index
              %f86 = tensor.extract %x[%c86] : tensor<64xf32>
              %t86 = arith.constant 2.187500000e-01 : f32
              %le86 = arith.cmpf ole, %f86, %t86 : f32
              %r86 = scf.if %le86 -> (tensor<10xf64>) {
                %leaf87 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.8, 0.0, 0.2]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 4.0, 0.0, 1.0>, prune.impurity = 0.31999999999999995 : f64, prune.weight = 5.0 : f64, prune.node = 86 : i64} %leaf87 : tensor<10xf64>
              } else {
                %leaf88 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 87 : i64} %leaf88 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 4.0, 2.0, 1.0>, prune.impurity = 0.5714285714285714 : f64, prune.weight = 7.0 : f64, prune.node = 85 : i64}
              scf.yield %r86 : tensor<10xf64>
            } else {
              %leaf89 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 5.0>, prune.impurity = 0.0 : f64, prune.weight = 5.0 : f64, prune.node = 88 : i64} %leaf89 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 4.0, 2.0, 6.0>, prune.impurity = 0.6111111111111112 : f64, prune.weight = 12.0 : f64, prune.node = 84 : i64}
            scf.yield %r85 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 83.0, 2.0, 6.0>, prune.impurity = 0.16326530612244894 : f64, prune.weight = 91.0 : f64, prune.node = 82 : i64}
          scf.yield %r83 : tensor<10xf64>
        } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 3.0, 0.0, 0.0, 83.0, 2.0, 6.0>, prune.impurity = 0.2148030783159801 : f64, prune.weight = 94.0 : f64, prune.node = 80 : i64}
        scf.yield %r81 : tensor<10xf64>
      } else {
        %c90 = arith.constant 38 : index
        %f90 = tensor.extract %x[%c90] : tensor<64xf32>
        %t90 = arith.constant 9.375000000e-02 : f32
        %le90 = arith.cmpf ole, %f90, %t90 : f32
        %r90 = scf.if %le90 -> (tensor<10xf64>) {
          %c91 = arith.constant 10 : index
          %f91 = tensor.extract %x[%c91] : tensor<64xf32>
          %t91 = arith.constant 4.062500000e-01 : f32
          %le91 = arith.cmpf ole, %f91, %t91 : f32
          %r91 = scf.if %le91 -> (tensor<10xf64>) {
            %c92 = arith.constant 44 : index
            %f92 = tensor.extract %x[%c92] : tensor<64xf32>
            %t92 = arith.constant 7.187500000e-01 : f32
            %le92 = arith.cmpf ole, %f92, %t92 : f32
            %r92 = scf.if %le92 -> (tensor<10xf64>) {
              %c93 = arith.constant 34 : index
              %f93 = tensor.extract %x[%c93] : tensor<64xf32>
              %t93 = arith.constant 9.375000000e-02 : f32
              %le93 = arith.cmpf ole, %f93, %t93 : f32
              %r93 = scf.if %le93 -> (tensor<10xf64>) {
                %leaf94 = arith.constant dense<[0.0, 0.0, 0.3333333333333333, 0.6666666666666666, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 2.0, 4.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 6.0 : f64, prune.node = 93 : i64} %leaf94 : tensor<10xf64>
              } else {
                %leaf95 = arith.constant dense<[0.0, 0.631578947368421, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.3684210526315789, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 12.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 7.0, 0.0>, prune.impurity = 0.46537396121883656 : f64, prune.weight = 19.0 : f64, prune.node = 94 : i64} %leaf95 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 12.0, 2.0, 4.0, 0.0, 0.0, 0.0, 0.0, 7.0, 0.0>, prune.impurity = 0.6592 : f64, prune.weight = 25.0 : f64, prune.node = 92 : i64}
              scf.yield %r93 : tensor<10xf64>
            } else {
              %c96 = arith.constant 12 : index
              %f96 = tensor.extract %x[%c96] : tensor<64xf32>
              %t96 = arith.constant 8.437500000e-01 : f32
              %le96 = arith.cmpf ole, %f96, %t96 : f32
              %r96 = scf.if %le96 -> (tensor<10xf64>) {
                %leaf97 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.3333333333333333, 0.0, 0.0, 0.0, 0.0, 0.6666666666666666]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 2.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 3.0 : f64, prune.node = 96 : i64} %leaf97 : tensor<10xf64>
              } else {
                %leaf98 = arith.constant dense<[0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 58.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 58.0 : f64, prune.node = 97 : i64} %leaf98 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 58.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 2.0>, prune.impurity = 0.0945982262832572 : f64, prune.weight = 61.0 : f64, prune.node = 95 : i64}
              scf.yield %r96 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 70.0, 2.0, 4.0, 1.0, 0.0, 0.0, 0.0, 7.0, 2.0>, prune.impurity = 0.3274743104380746 : f64, prune.weight = 86.0 : f64, prune.node = 91 : i64}
            scf.yield %r92 : tensor<10xf64>
          } else {
            %c99 = arith.constant 34 : index
            %f99 = tensor.extract %x[%c99] : tensor<64xf32>
            %t99 = arith.constant 3.125000000e-02 : f32
            %le99 = arith.cmpf ole, %f99, %t99 : f32
            %r99 = scf.if %le99 -> (tensor<10xf64>) {
              %c100 = arith.constant 42 : index
              %f100 = tensor.extract %x[%c100] : tensor<64xf32>
              %t100 = arith.constant 3.125000000e-02 : f32
              %le100 = arith.cmpf ole, %f100, %t100 : f32
              %r100 = scf.if %le100 -> (tensor<10xf64>) {
                %leaf101 = arith.constant dense<[0.0, 0.0, 0.0, 0.8, 0.0, 0.1, 0.0, 0.0, 0.0, 0.1]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 8.0, 0.0, 1.0, 0.0, 0.0, 0.0, 1.0>, prune.impurity = 0.33999999999999997 : f64, prune.weight = 10.0 : f64, prune.node = 100 : i64} %leaf101 : tensor<10xf64>
              } else {
                %leaf102 = arith.constant dense<[0.0, 0.0, 0.5, 0.0, 0.0, 0.2, 0.0, 0.1, 0.0, 0.2]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 5.0, 0.0, 0.0, 2.0, 0.0, 1.0, 0.0, 2.0>, prune.impurity = 0.6599999999999999 : f64, prune.weight = 10.0 : f64, prune.node = 101 : i64} %leaf102 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 5.0, 8.0, 0.0, 3.0, 0.0, 1.0, 0.0, 3.0>, prune.impurity = 0.73 : f64, prune.weight = 20.0 : f64, prune.node = 99 : i64}
              scf.yield %r100 : tensor<10xf64>
            } else {
              %c103 = arith.constant 37 : index
              %f103 = tensor.extract %x[%c103] : tensor<64xf32>
              %t103 = arith.constant 4.687500000e-01 : f32
              %le103 = arith.cmpf ole, %f103, %t103 : f32
              %r103 = scf.if %le103 -> (tensor<10xf64>) {
                %leaf104 = arith.constant dense<[0.0, 0.19736842105263158, 0.0, 0.06578947368421052, 0.0, 0.0, 0.0, 0.0, 0.6842105263157895, 0.05263157894736842]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 15.0, 0.0, 5.0, 0.0, 0.0, 0.0, 0.0, 52.0, 4.0>, prune.impurity = 0.48580332409972304 : f64, prune.weight = 76.0 : f64, prune.node = 103 : i64} %leaf104 : tensor<10xf64>
              } else {
                %leaf105 = arith.constant dense<[0.1, 0.2, 0.0, 0.0, 0.05, 0.3, 0.0, 0.05, 0.15, 0.15]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 2.0, 4.0, 0.0, 0.0, 1.0, 6.0, 0.0, 1.0, 3.0, 3.0>, prune.impurity = 0.81 : f64, prune.weight = 20.0 : f64, prune.node = 104 : i64} %leaf105 : tensor<10xf64>
              } {prune.counts = array<f64: 2.0, 19.0, 0.0, 5.0, 1.0, 6.0, 0.0, 1.0, 55.0, 7.0>, prune.impurity = 0.6200086805555556 : f64, prune.weight = 96.0 : f64, prune.node = 102 : i64}
              scf.yield %r103 : tensor<10xf64>
            } {prune.counts = array<f64: 2.0, 19.0, 5.0, 13.0, 1.0, 9.0, 0.0, 2.0, 55.0, 10.0>, prune.impurity = 0.7198275862068966 : f64, prune.weight = 116.0 : f64, prune.node = 98 : i64}
            scf.yield %r99 : tensor<10xf64>
          } {prune.counts = array<f64: 2.0, 89.0, 7.0, 17.0, 2.0, 9.0, 0.0, 2.0, 62.0, 12.0>, prune.impurity = 0.6975786687579649 : f64, prune.weight = 202.0 : f64, prune.node = 90 : i64}
          scf.yield %r91 : tensor<10xf64>
        } else {
          %c106 = arith.constant 13 : index
          %f106 = tensor.extract %x[%c106] : tensor<64xf32>
          %t106 = arith.constant 2.187500000e-01 : f32
          %le106 = arith.cmpf ole, %f106, %t106 : f32
          %r106 = scf.if %le106 -> (tensor<10xf64>) {
            %c107 = arith.constant 17 : index
            %f107 = tensor.extract %x[%c107] : tensor<64xf32>
            %t107 = arith.constant 2.187500000e-01 : f32
            %le107 = arith.cmpf ole, %f107, %t107 : f32
            %r107 = scf.if %le107 -> (tensor<10xf64>) {
              %c108 = arith.constant 34 : index
              %f108 = tensor.extract %x[%c108] : tensor<64xf32>
              %t108 = arith.constant 5.937500000e-01 : f32
              %le108 = arith.cmpf ole, %f108, %t108 : f32
              %r108 = scf.if %le108 -> (tensor<10xf64>) {
                %leaf109 = arith.constant dense<[0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 108 : i64} %leaf109 : tensor<10xf64>
              } else {
                %leaf110 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 35.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 35.0 : f64, prune.node = 109 : i64} %leaf110 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 1.0, 35.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.054012345679012363 : f64, prune.weight = 36.0 : f64, prune.node = 107 : i64}
              scf.yield %r108 : tensor<10xf64>
            } else {
              %c111 = arith.constant 25 : index
              %f111 = tensor.extract %x[%c111] : tensor<64xf32>
              %t111 = arith.constant 4.687500000e-01 : f32
              %le111 = arith.cmpf ole, %f111, %t111 : f32
              %r111 = scf.if %le111 -> (tensor<10xf64>) {
                %leaf112 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 111 : i64} %leaf112 : tensor<10xf64>
              } else {
                %leaf113 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 112 : i64} %leaf113 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 1.0, 1.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.5 : f64, prune.weight = 2.0 : f64, prune.node = 110 : i64}
              scf.yield %r111 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 1.0, 36.0, 1.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.10110803324099726 : f64, prune.weight = 38.0 : f64, prune.node = 106 : i64}
            scf.yield %r107 : tensor<10xf64>
          } else {
            %c114 = arith.constant 34 : index
            %f114 = tensor.extract %x[%c114] : tensor<64xf32>
            %t114 = arith.constant 1.562500000e-01 : f32
            %le114 = arith.cmpf ole, %f114, %t114 : f32
            %r114 = scf.if %le114 -> (tensor<10xf64>) {
              %leaf115 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 8.0>, prune.impurity = 0.0 : f64, prune.weight = 8.0 : f64, prune.node = 114 : i64} %leaf115 : tensor<10xf64>
            } else {
              %c116 = arith.constant 10 : index
              %f116 = tensor.extract %x[%c116] : tensor<64xf32>
              %t116 = arith.constant 6.875000000e-01 : f32
              %le116 = arith.cmpf ole, %f116, %t116 : f32
              %r116 = scf.if %le116 -> (tensor<10xf64>) {
                %leaf117 = arith.constant dense<[0.041666666666666664, 0.0, 0.0, 0.0, 0.8333333333333334, 0.0, 0.0, 0.0, 0.0, 0.125]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 1.0, 0.0, 0.0, 0.0, 20.0, 0.0, 0.0, 0.0, 0.0, 3.0>, prune.impurity = 0.2881944444444444 : f64, prune.weight = 24.0 : f64, prune.node = 116 : i64} %leaf117 : tensor<10xf64>
              } else {
                %leaf118 = arith.constant dense<[0.25, 0.0, 0.0, 0.0, 0.0, 0.4375, 0.0, 0.3125, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 4.0, 0.0, 0.0, 0.0, 0.0, 7.0, 0.0, 5.0, 0.0, 0.0>, prune.impurity = 0.6484375 : f64, prune.weight = 16.0 : f64, prune.node = 117 : i64} %leaf118 : tensor<10xf64>
              } {prune.counts = array<f64: 5.0, 0.0, 0.0, 0.0, 20.0, 7.0, 0.0, 5.0, 0.0, 3.0>, prune.impurity = 0.6825 : f64, prune.weight = 40.0 : f64, prune.node = 115 : i64}
              scf.yield %r116 : tensor<10xf64>
            } {prune.counts = array<f64: 5.0, 0.0, 0.0, 0.0, 20.0, 7.0, 0.0, 5.0, 0.0, 11.0>, prune.impurity = 0.7309027777777778 : f64, prune.weight = 48.0 : f64, prune.node = 113 : i64}
            scf.yield %r114 : tensor<10xf64>
          } {prune.counts = array<f64: 5.0, 0.0, 0.0, 1.0, 56.0, 8.0, 0.0, 5.0, 0.0, 11.0>, prune.impurity = 0.5440778799351 : f64, prune.weight = 86.0 : f64, prune.node = 105 : i64}
          scf.yield %r106 : tensor<10xf64>
        } {prune.counts = array<f64: 7.0, 89.0, 7.0, 18.0, 58.0, 17.0, 0.0, 7.0, 62.0, 23.0>, prune.impurity = 0.8020592206790124 : f64, prune.weight = 288.0 : f64, prune.node = 89 : i64}
        scf.yield %r90 : tensor<10xf64>
      } {prune.counts = array<f64: 7.0, 89.0, 7.0, 18.0, 61.0, 17.0, 0.0, 90.0, 64.0, 29.0>, prune.impurity = 0.8260053178366821 : f64, prune.weight = 382.0 : f64, prune.node = 79 : i64}
      scf.yield %r80 : tensor<10xf64>
    } else {
      %c119 = arith.constant 45 : index
      %f119 = tensor.extract %x[%c119] : tensor<64xf32>
      %t119 = arith.constant 4.062500000e-01 : f32
      %le119 = arith.cmpf ole, %f119, %t119 : f32
      %r119 = scf.if %le119 -> (tensor<10xf64>) {
        %c120 = arith.constant 30 : index
        %f120 = tensor.extract %x[%c120] : tensor<64xf32>
        %t120 = arith.constant 6.250000000e-02 : f32
        %le120 = arith.cmpf ole, %f120, %t120 : f32
        %r120 = scf.if %le120 -> (tensor<10xf64>) {
          %c121 = arith.constant 46 : index
          %f121 = tensor.extract %x[%c121] : tensor<64xf32>
          %t121 = arith.constant 6.250000000e-01 : f32
          %le121 = arith.cmpf ole, %f121, %t121 : f32
          %r121 = scf.if %le121 -> (tensor<10xf64>) {
            %c122 = arith.constant 27 : index
            %f122 = tensor.extract %x[%c122] : tensor<64xf32>
            %t122 = arith.constant 9.062500000e-01 : f32
            %le122 = arith.cmpf ole, %f122, %t122 : f32
            %r122 = scf.if %le122 -> (tensor<10xf64>) {
              %leaf123 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 100.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 100.0 : f64, prune.node = 122 : i64} %leaf123 : tensor<10xf64>
            } else {
              %c124 = arith.constant 20 : index
              %f124 = tensor.extract %x[%c124] : tensor<64xf32>
              %t124 = arith.constant 4.375000000e-01 : f32
              %le124 = arith.cmpf ole, %f124, %t124 : f32
              %r124 = scf.if %le124 -> (tensor<10xf64>) {
                %leaf125 = arith.constant dense<[0.0, 0.6, 0.2, 0.0, 0.0, 0.0, 0.0, 0.0, 0.2, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 6.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0>, prune.impurity = 0.56 : f64, prune.weight = 10.0 : f64, prune.node = 124 : i64} %leaf125 : tensor<10xf64>
              } else {
                %leaf126 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 6.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 6.0 : f64, prune.node = 125 : i64} %leaf126 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 6.0, 8.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0>, prune.impurity = 0.59375 : f64, prune.weight = 16.0 : f64, prune.node = 123 : i64}
              scf.yield %r124 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 6.0, 108.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0>, prune.impurity = 0.13020214030915578 : f64, prune.weight = 116.0 : f64, prune.node = 121 : i64}
            scf.yield %r122 : tensor<10xf64>
          } else {
            %c127 = arith.constant 51 : index
            %f127 = tensor.extract %x[%c127] : tensor<64xf32>
            %t127 = arith.constant 6.250000000e-01 : f32
            %le127 = arith.cmpf ole, %f127, %t127 : f32
            %r127 = scf.if %le127 -> (tensor<10xf64>) {
              %c128 = arith.constant 25 : index
              %f128 = tensor.extract %x[%c128] : tensor<64xf32>
              %t128 = arith.constant 2.500000000e-01 : f32
              %le128 = arith.cmpf ole, %f128, %t128 : f32
              %r128 = scf.if %le128 -> (tensor<10xf64>) {
                %leaf129 = arith.constant dense<[0.0, 0.0, 0.0, 0.8, 0.0, 0.0, 0.0, 0.0, 0.0, 0.2]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 4.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0>, prune.impurity = 0.31999999999999995 : f64, prune.weight = 5.0 : f64, prune.node = 128 : i64} %leaf129 : tensor<10xf64>
              } else {
                %leaf130 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.3333333333333333, 0.0, 0.0, 0.0, 0.6666666666666666]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 2.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 3.0 : f64, prune.node = 129 : i64} %leaf130 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 4.0, 0.0, 1.0, 0.0, 0.0, 0.0, 3.0>, prune.impurity = 0.59375 : f64, prune.weight = 8.0 : f64, prune.node = 127 : i64}
              scf.yield %r128 : tensor<10xf64>
            } else {
              %leaf131 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 3.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 130 : i64} %leaf131 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 4.0, 0.0, 1.0, 3.0, 0.0, 0.0, 3.0>, prune.impurity = 0.7107438016528926 : f64, prune.weight = 11.0 : f64, prune.node = 126 : i64}
            scf.yield %r127 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 6.0, 108.0, 4.0, 0.0, 1.0, 3.0, 0.0, 2.0, 3.0>, prune.impurity = 0.27218054436108874 : f64, prune.weight = 127.0 : f64, prune.node = 120 : i64}
          scf.yield %r121 : tensor<10xf64>
        } else {
          %leaf132 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
          scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 10.0>, prune.impurity = 0.0 : f64, prune.weight = 10.0 : f64, prune.node = 131 : i64} %leaf132 : tensor<10xf64>
        } {prune.counts = array<f64: 0.0, 6.0, 108.0, 4.0, 0.0, 1.0, 3.0, 0.0, 2.0, 13.0>, prune.impurity = 0.3660290905216048 : f64, prune.weight = 137.0 : f64, prune.node = 119 : i64}
        scf.yield %r120 : tensor<10xf64>
      } else {
        %c133 = arith.constant 36 : index
        %f133 = tensor.extract %x[%c133] : tensor<64xf32>
        %t133 = arith.constant 1.562500000e-01 : f32
        %le133 = arith.cmpf ole, %f133, %t133 : f32
        %r133 = scf.if %le133 -> (tensor<10xf64>) {
          %c134 = arith.constant 21 : index
          %f134 = tensor.extract %x[%c134] : tensor<64xf32>
          %t134 = arith.constant 8.437500000e-01 : f32
          %le134 = arith.cmpf ole, %f134, %t134 : f32
          %r134 = scf.if %le134 -> (tensor<10xf64>) {
            %c135 = arith.constant 33 : index
            %f135 = tensor.extract %x[%c135] : tensor<64xf32>
            %t135 = arith.constant 2.187500000e-01 : f32
            %le135 = arith.cmpf ole, %f135, %t135 : f32
            %r135 = scf.if %le135 -> (tensor<10xf64>) {
              %c136 = arith.constant 26 : index
              %f136 = tensor.extract %x[%c136] : tensor<64xf32>
              %t136 = arith.constant 5.312500000e-01 : f32
              %le136 = arith.cmpf ole, %f136, %t136 : f32
              %r136 = scf.if %le136 -> (tensor<10xf64>) {
                %leaf137 = arith.constant dense<[0.0, 0.0, 0.0, 0.16666666666666666, 0.0, 0.0, 0.0, 0.0, 0.0, 0.8333333333333334]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 5.0>, prune.impurity = 0.2777777777777778 : f64, prune.weight = 6.0 : f64, prune.node = 136 : i64} %leaf137 : tensor<10xf64>
              } else {
                %leaf138 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.75, 0.0, 0.0, 0.0, 0.25]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 1.0>, prune.impurity = 0.375 : f64, prune.weight = 4.0 : f64, prune.node = 137 : i64} %leaf138 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 1.0, 0.0, 3.0, 0.0, 0.0, 0.0, 6.0>, prune.impurity = 0.54 : f64, prune.weight = 10.0 : f64, prune.node = 135 : i64}
              scf.yield %r136 : tensor<10xf64>
            } else {
              %c139 = arith.constant 52 : index
              %f139 = tensor.extract %x[%c139] : tensor<64xf32>
              %t139 = arith.constant 4.687500000e-01 : f32
              %le139 = arith.cmpf ole, %f139, %t139 : f32
              %r139 = scf.if %le139 -> (tensor<10xf64>) {
                %leaf140 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 139 : i64} %leaf140 : tensor<10xf64>
              } else {
                %leaf141 = arith.constant dense<[1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 10.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 10.0 : f64, prune.node = 140 : i64} %leaf141 : tensor<10xf64>
              } {prune.counts = array<f64: 10.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0>, prune.impurity = 0.1652892561983471 : f64, prune.weight = 11.0 : f64, prune.node = 138 : i64}
              scf.yield %r139 : tensor<10xf64>
            } {prune.counts = array<f64: 10.0, 0.0, 0.0, 1.0, 0.0, 3.0, 1.0, 0.0, 0.0, 6.0>, prune.impurity = 0.6666666666666667 : f64, prune.weight = 21.0 : f64, prune.node = 134 : i64}
            scf.yield %r135 : tensor<10xf64>
          } else {
            %c142 = arith.constant 12 : index
            %f142 = tensor.extract %x[%c142] : tensor<64xf32>
            %t142 = arith.constant 9.687500000e-01 : f32
            %le142 = arith.cmpf ole, %f142, %t142 : f32
            %r142 = scf.if %le142 -> (tensor<10xf64>) {
              %leaf143 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 27.0>, prune.impurity = 0.0 : f64, prune.weight = 27.0 : f64, prune.node = 142 : i64} %leaf143 : tensor<10xf64>
            } else {
              %leaf144 = arith.constant dense<[1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 143 : i64} %leaf144 : tensor<10xf64>
            } {prune.counts = array<f64: 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 27.0>, prune.impurity = 0.06887755102040816 : f64, prune.weight = 28.0 : f64, prune.node = 141 : i64}
            scf.yield %r142 : tensor<10xf64>
          } {prune.counts = array<f64: 11.0, 0.0, 0.0, 1.0, 0.0, 3.0, 1.0, 0.0, 0.0, 33.0>, prune.impurity = 0.49146189087880054 : f64, prune.weight = 49.0 : f64, prune.node = 133 : i64}
          scf.yield %r134 : tensor<10xf64>
        } else {
          %c145 = arith.constant 2 : index
          %f145 = tensor.extract %x[%c145] : tensor<64xf32>
          %t145 = arith.constant 3.125000000e-02 : f32
          %le145 = arith.cmpf ole, %f145, %t145 : f32
          %r145 = scf.if %le145 -> (tensor<10xf64>) {
            %c146 = arith.constant 6 : index
            %f146 = tensor.extract %x[%c146] : tensor<64xf32>
            %t146 = arith.constant 3.125000000e-02 : f32
            %le146 = arith.cmpf ole, %f146, %t146 : f32
            %r146 = scf.if %le146 -> (tensor<10xf64>) {
              %c147 = arith.constant 51 : index
              %f147 = tensor.extract %x[%c147] : tensor<64xf32>
              %t147 = arith.constant 8.125000000e-01 : f32
              %le147 = arith.cmpf ole, %f147, %t147 : f32
              %r147 = scf.if %le147 -> (tensor<10xf64>) {
                %leaf148 = arith.constant dense<[0.0, 0.3333333333333333, 0.0, 0.16666666666666666, 0.3333333333333333, 0.0, 0.0, 0.0, 0.16666666666666666, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 2.0, 0.0, 1.0, 2.0, 0.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.7222222222222222 : f64, prune.weight = 6.0 : f64, prune.node = 147 : i64} %leaf148 : tensor<10xf64>
              } else {
                %leaf149 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.9090909090909091, 0.0, 0.09090909090909091, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 10.0, 0.0, 1.0, 0.0>, prune.impurity = 0.1652892561983471 : f64, prune.weight = 11.0 : f64, prune.node = 148 : i64} %leaf149 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 2.0, 0.0, 1.0, 2.0, 0.0, 10.0, 0.0, 2.0, 0.0>, prune.impurity = 0.6089965397923875 : f64, prune.weight = 17.0 : f64, prune.node = 146 : i64}
              scf.yield %r147 : tensor<10xf64>
            } else {
              %c150 = arith.constant 44 : index
              %f150 = tensor.extract %x[%c150] : tensor<64xf32>
              %t150 = arith.constant 3.437500000e-01 : f32
              %le150 = arith.cmpf ole, %f150, %t150 : f32
              %r150 = scf.if %le150 -> (tensor<10xf64>) {
                %leaf151 = arith.constant dense<[0.0, 0.0, 0.0, 0.6666666666666666, 0.0, 0.0, 0.0, 0.0, 0.3333333333333333, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 3.0 : f64, prune.node = 150 : i64} %leaf151 : tensor<10xf64>
              } else {
                %leaf152 = arith.constant dense<[0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 24.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 24.0 : f64, prune.node = 151 : i64} %leaf152 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 24.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.20301783264746232 : f64, prune.weight = 27.0 : f64, prune.node = 149 : i64}
              scf.yield %r150 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 26.0, 0.0, 3.0, 2.0, 0.0, 10.0, 0.0, 3.0, 0.0>, prune.impurity = 0.5878099173553719 : f64, prune.weight = 44.0 : f64, prune.node = 145 : i64}
            scf.yield %r146 : tensor<10xf64>
          } else {
            %c153 = arith.constant 30 : index
            %f153 = tensor.extract %x[%c153] : tensor<64xf32>
            %t153 = arith.constant 1.250000000e-01 : f32
            %le153 = arith.cmpf ole, %f153, %t153 : f32
            %r153 = scf.if %le153 -> (tensor<10xf64>) {
              %c154 = arith.constant 42 : index
              %f154 = tensor.extract %x[%c154] : tensor<64xf32>
              %t154 = arith.constant 6.562500000e-01 : f32
              %le154 = arith.cmpf ole, %f154, %t154 : f32
              %r154 = scf.if %le154 -> (tensor<10xf64>) {
                %leaf155 = arith.constant dense<[0.0, 0.07092198581560284, 0.1276595744680851, 0.6524822695035462, 0.0, 0.014184397163120567, 0.0, 0.0, 0.06382978723404255, 0.07092198581560284]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 10.0, 18.0, 92.0, 0.0, 2.0, 0.0, 0.0, 9.0, 10.0>, prune.impurity = 0.5436346260248479 : f64, prune.weight = 141.0 : f64, prune.node = 154 : i64} %leaf155 : tensor<10xf64>
              } else {
                %leaf156 = arith.constant dense<[0.0, 0.0, 0.038461538461538464, 0.11538461538461539, 0.0, 0.0, 0.07692307692307693, 0.0, 0.7692307692307693, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 1.0, 3.0, 0.0, 0.0, 2.0, 0.0, 20.0, 0.0>, prune.impurity = 0.3875739644970414 : f64, prune.weight = 26.0 : f64, prune.node = 155 : i64} %leaf156 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 10.0, 19.0, 95.0, 0.0, 2.0, 2.0, 0.0, 29.0, 10.0>, prune.impurity = 0.6258381440711391 : f64, prune.weight = 167.0 : f64, prune.node = 153 : i64}
              scf.yield %r154 : tensor<10xf64>
            } else {
              %c157 = arith.constant 10 : index
              %f157 = tensor.extract %x[%c157] : tensor<64xf32>
              %t157 = arith.constant 3.750000000e-01 : f32
              %le157 = arith.cmpf ole, %f157, %t157 : f32
              %r157 = scf.if %le157 -> (tensor<10xf64>) {
                %leaf158 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 157 : i64} %leaf158 : tensor<10xf64>
              } else {
                %leaf159 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.09090909090909091, 0.9090909090909091]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 10.0>, prune.impurity = 0.1652892561983471 : f64, prune.weight = 11.0 : f64, prune.node = 158 : i64} %leaf159 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 10.0>, prune.impurity = 0.37869822485207105 : f64, prune.weight = 13.0 : f64, prune.node = 156 : i64}
              scf.yield %r157 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 10.0, 21.0, 95.0, 0.0, 2.0, 2.0, 0.0, 30.0, 20.0>, prune.impurity = 0.6643827160493827 : f64, prune.weight = 180.0 : f64, prune.node = 152 : i64}
            scf.yield %r153 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 36.0, 21.0, 98.0, 2.0, 2.0, 12.0, 0.0, 33.0, 20.0>, prune.impurity = 0.7412707270408163 : f64, prune.weight = 224.0 : f64, prune.node = 144 : i64}
          scf.yield %r145 : tensor<10xf64>
        } {prune.counts = array<f64: 11.0, 36.0, 21.0, 99.0, 2.0, 5.0, 13.0, 0.0, 33.0, 53.0>, prune.impurity = 0.7886057776167666 : f64, prune.weight = 273.0 : f64, prune.node = 132 : i64}
        scf.yield %r133 : tensor<10xf64>
      } {prune.counts = array<f64: 11.0, 42.0, 129.0, 103.0, 2.0, 6.0, 16.0, 0.0, 35.0, 66.0>, prune.impurity = 0.7917192147531231 : f64, prune.weight = 410.0 : f64, prune.node = 118 : i64}
      scf.yield %r119 : tensor<10xf64>
    } {prune.counts = array<f64: 18.0, 131.0, 136.0, 121.0, 63.0, 23.0, 16.0, 90.0, 99.0, 95.0>, prune.impurity = 0.8687920875420876 : f64, prune.weight = 792.0 : f64, prune.node = 78 : i64}
    scf.yield %r79 : tensor<10xf64>
  } {prune.counts = array<f64: 116.0, 132.0, 148.0, 125.0, 138.0, 126.0, 147.0, 143.0, 139.0, 133.0>, prune.impurity = 0.8994730515556305 : f64, prune.weight = 1347.0 : f64, prune.node = 0 : i64}
  return %r1 : tensor<10xf64>
}

func.func @tree1(%x: tensor<64xf32> {prune.range = array<f64: 0.0, 1.0>}) -> tensor<10xf64> {
  %c1 = arith.constant 34 : index
  %f1 = tensor.extract %x[%c1] : tensor<64xf32>
  %t1 = arith.constant 3.437500000e-01 : f32
  %le1 = arith.cmpf ole, %f1, %t1 : f32
  %r1 = scf.if %le1 -> (tensor<10xf64>) {
    %c2 = arith.constant 19 : index
    %f2 = tensor.extract %x[%c2] : tensor<64xf32>
    %t2 = arith.constant 7.812500000e-01 : f32
    %le2 = arith.cmpf ole, %f2, %t2 : f32
    %r2 = scf.if %le2 -> (tensor<10xf64>) {
      %c3 = arith.constant 51 : index
      %f3 = tensor.extract %x[%c3] : tensor<64xf32>
      %t3 = arith.constant 8.437500000e-01 : f32
      %le3 = arith.cmpf ole, %f3, %t3 : f32
      %r3 = scf.if %le3 -> (tensor<10xf64>) {
        %c4 = arith.constant 30 : index
        %f4 = tensor.extract %x[%c4] : tensor<64xf32>
        %t4 = arith.constant 9.375000000e-02 : f32
        %le4 = arith.cmpf ole, %f4, %t4 : f32
        %r4 = scf.if %le4 -> (tensor<10xf64>) {
          %c5 = arith.constant 35 : index
          %f5 = tensor.extract %x[%c5] : tensor<64xf32>
          %t5 = arith.constant 7.187500000e-01 : f32
          %le5 = arith.cmpf ole, %f5, %t5 : f32
          %r5 = scf.if %le5 -> (tensor<10xf64>) {
            %c6 = arith.constant 2 : index
            %f6 = tensor.extract %x[%c6] : tensor<64xf32>
            %t6 = arith.constant 1.562500000e-01 : f32
            %le6 = arith.cmpf ole, %f6, %t6 : f32
            %r6 = scf.if %le6 -> (tensor<10xf64>) {
              %c7 = arith.constant 54 : index
              %f7 = tensor.extract %x[%c7] : tensor<64xf32>
              %t7 = arith.constant 3.437500000e-01 : f32
              %le7 = arith.cmpf ole, %f7, %t7 : f32
              %r7 = scf.if %le7 -> (tensor<10xf64>) {
                %leaf8 = arith.constant dense<[0.0, 0.0, 0.0, 0.05555555555555555, 0.0, 0.0, 0.0, 0.16666666666666666, 0.3333333333333333, 0.4444444444444444]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 3.0, 6.0, 8.0>, prune.impurity = 0.6604938271604939 : f64, prune.weight = 18.0 : f64, prune.node = 7 : i64} %leaf8 : tensor<10xf64>
              } else {
                %leaf9 = arith.constant dense<[0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 9.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 9.0 : f64, prune.node = 8 : i64} %leaf9 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 10.0, 0.0, 0.0, 0.0, 3.0, 6.0, 8.0>, prune.impurity = 0.7133058984910836 : f64, prune.weight = 27.0 : f64, prune.node = 6 : i64}
              scf.yield %r7 : tensor<10xf64>
            } else {
              %c10 = arith.constant 45 : index
              %f10 = tensor.extract %x[%c10] : tensor<64xf32>
              %t10 = arith.constant 5.312500000e-01 : f32
              %le10 = arith.cmpf ole, %f10, %t10 : f32
              %r10 = scf.if %le10 -> (tensor<10xf64>) {
                %leaf11 = arith.constant dense<[0.0, 0.0, 0.3, 0.1, 0.0, 0.55, 0.0, 0.0, 0.0, 0.05]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 6.0, 2.0, 0.0, 11.0, 0.0, 0.0, 0.0, 1.0>, prune.impurity = 0.595 : f64, prune.weight = 20.0 : f64, prune.node = 10 : i64} %leaf11 : tensor<10xf64>
              } else {
                %leaf12 = arith.constant dense<[0.0, 0.0, 0.0, 0.8211382113821138, 0.0, 0.08130081300813008, 0.0, 0.016260162601626018, 0.0, 0.08130081300813008]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 101.0, 0.0, 10.0, 0.0, 2.0, 0.0, 10.0>, prune.impurity = 0.31224800052878576 : f64, prune.weight = 123.0 : f64, prune.node = 11 : i64} %leaf12 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 6.0, 103.0, 0.0, 21.0, 0.0, 2.0, 0.0, 11.0>, prune.impurity = 0.45175803217761257 : f64, prune.weight = 143.0 : f64, prune.node = 9 : i64}
              scf.yield %r10 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 6.0, 113.0, 0.0, 21.0, 0.0, 5.0, 6.0, 19.0>, prune.impurity = 0.5270588235294118 : f64, prune.weight = 170.0 : f64, prune.node = 5 : i64}
            scf.yield %r6 : tensor<10xf64>
          } else {
            %c13 = arith.constant 36 : index
            %f13 = tensor.extract %x[%c13] : tensor<64xf32>
            %t13 = arith.constant 5.937500000e-01 : f32
            %le13 = arith.cmpf ole, %f13, %t13 : f32
            %r13 = scf.if %le13 -> (tensor<10xf64>) {
              %c14 = arith.constant 52 : index
              %f14 = tensor.extract %x[%c14] : tensor<64xf32>
              %t14 = arith.constant 8.437500000e-01 : f32
              %le14 = arith.cmpf ole, %f14, %t14 : f32
              %r14 = scf.if %le14 -> (tensor<10xf64>) {
                %leaf15 = arith.constant dense<[0.0, 0.0, 0.9047619047619048, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.09523809523809523]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 19.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0>, prune.impurity = 0.17233560090702948 : f64, prune.weight = 21.0 : f64, prune.node = 14 : i64} %leaf15 : tensor<10xf64>
              } else {
                %leaf16 = arith.constant dense<[0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 15 : i64} %leaf16 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 19.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0>, prune.impurity = 0.24380165289256195 : f64, prune.weight = 22.0 : f64, prune.node = 13 : i64}
              scf.yield %r14 : tensor<10xf64>
            } else {
              %c17 = arith.constant 9 : index
              %f17 = tensor.extract %x[%c17] : tensor<64xf32>
              %t17 = arith.constant 2.187500000e-01 : f32
              %le17 = arith.cmpf ole, %f17, %t17 : f32
              %r17 = scf.if %le17 -> (tensor<10xf64>) {
                %leaf18 = arith.constant dense<[0.0, 0.0, 0.0, 0.05714285714285714, 0.0, 0.0, 0.0, 0.05714285714285714, 0.8857142857142857, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 2.0, 31.0, 0.0>, prune.impurity = 0.20897959183673465 : f64, prune.weight = 35.0 : f64, prune.node = 17 : i64} %leaf18 : tensor<10xf64>
              } else {
                %leaf19 = arith.constant dense<[0.0, 0.0, 0.07692307692307693, 0.5384615384615384, 0.0, 0.23076923076923078, 0.0, 0.0, 0.15384615384615385, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 1.0, 7.0, 0.0, 3.0, 0.0, 0.0, 2.0, 0.0>, prune.impurity = 0.6272189349112426 : f64, prune.weight = 13.0 : f64, prune.node = 18 : i64} %leaf19 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 1.0, 9.0, 0.0, 3.0, 0.0, 2.0, 33.0, 0.0>, prune.impurity = 0.48611111111111116 : f64, prune.weight = 48.0 : f64, prune.node = 16 : i64}
              scf.yield %r17 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 20.0, 10.0, 0.0, 3.0, 0.0, 2.0, 33.0, 2.0>, prune.impurity = 0.6722448979591837 : f64, prune.weight = 70.0 : f64, prune.node = 12 : i64}
            scf.yield %r13 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 0.0, 26.0, 123.0, 0.0, 24.0, 0.0, 7.0, 39.0, 21.0>, prune.impurity = 0.6806944444444445 : f64, prune.weight = 240.0 : f64, prune.node = 4 : i64}
          scf.yield %r5 : tensor<10xf64>
        } else {
          %c20 = arith.constant 28 : index
          %f20 = tensor.extract %x[%c20] : tensor<64xf32>
          %t20 = arith.constant 4.062500000e-01 : f32
          %le20 = arith.cmpf ole, %f20, %t20 : f32
          %r20 = scf.if %le20 -> (tensor<10xf64>) {
            %c21 = arith.constant 25 : index
            %f21 = tensor.extract %x[%c21] : tensor<64xf32>
            %t21 = arith.constant 1.562500000e-01 : f32
            %le21 = arith.cmpf ole, %f21, %t21 : f32
            %r21 = scf.if %le21 -> (tensor<10xf64>) {
              %c22 = arith.constant 14 : index
              %f22 = tensor.extract %x[%c22] : tensor<64xf32>
              %t22 = arith.constant 4.062500000e-01 : f32
              %le22 = arith.cmpf ole, %f22, %t22 : f32
              %r22 = scf.if %le22 -> (tensor<10xf64>) {
                %leaf23 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 22 : i64} %leaf23 : tensor<10xf64>
              } else {
                %leaf24 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 7.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 7.0 : f64, prune.node = 23 : i64} %leaf24 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 7.0, 2.0, 0.0>, prune.impurity = 0.345679012345679 : f64, prune.weight = 9.0 : f64, prune.node = 21 : i64}
              scf.yield %r22 : tensor<10xf64>
            } else {
              %leaf25 = arith.constant dense<[1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 9.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 9.0 : f64, prune.node = 24 : i64} %leaf25 : tensor<10xf64>
            } {prune.counts = array<f64: 9.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 7.0, 2.0, 0.0>, prune.impurity = 0.5864197530864197 : f64, prune.weight = 18.0 : f64, prune.node = 20 : i64}
            scf.yield %r21 : tensor<10xf64>
          } else {
            %c26 = arith.constant 21 : index
            %f26 = tensor.extract %x[%c26] : tensor<64xf32>
            %t26 = arith.constant 7.812500000e-01 : f32
            %le26 = arith.cmpf ole, %f26, %t26 : f32
            %r26 = scf.if %le26 -> (tensor<10xf64>) {
              %c27 = arith.constant 36 : index
              %f27 = tensor.extract %x[%c27] : tensor<64xf32>
              %t27 = arith.constant 6.562500000e-01 : f32
              %le27 = arith.cmpf ole, %f27, %t27 : f32
              %r27 = scf.if %le27 -> (tensor<10xf64>) {
                %leaf28 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.25, 0.0, 0.0, 0.0, 0.75]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 3.0>, prune.impurity = 0.375 : f64, prune.weight = 4.0 : f64, prune.node = 27 : i64} %leaf28 : tensor<10xf64>
              } else {
                %leaf29 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 5.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 5.0 : f64, prune.node = 28 : i64} %leaf29 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 5.0, 3.0>, prune.impurity = 0.5679012345679013 : f64, prune.weight = 9.0 : f64, prune.node = 26 : i64}
              scf.yield %r27 : tensor<10xf64>
            } else {
              %c30 = arith.constant 45 : index
              %f30 = tensor.extract %x[%c30] : tensor<64xf32>
              %t30 = arith.constant 1.562500000e-01 : f32
              %le30 = arith.cmpf ole, %f30, %t30 : f32
              %r30 = scf.if %le30 -> (tensor<10xf64>) {
                %leaf31 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.5714285714285714, 0.0, 0.42857142857142855]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 4.0, 0.0, 3.0>, prune.impurity = 0.4897959183673469 : f64, prune.weight = 7.0 : f64, prune.node = 30 : i64} %leaf31 : tensor<10xf64>
              } else {
                %leaf32 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 45.0>, prune.impurity = 0.0 : f64, prune.weight = 45.0 : f64, prune.node = 31 : i64} %leaf32 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 4.0, 0.0, 48.0>, prune.impurity = 0.14201183431952658 : f64, prune.weight = 52.0 : f64, prune.node = 29 : i64}
              scf.yield %r30 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 4.0, 5.0, 51.0>, prune.impurity = 0.28970706799247514 : f64, prune.weight = 61.0 : f64, prune.node = 25 : i64}
            scf.yield %r26 : tensor<10xf64>
          } {prune.counts = array<f64: 9.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 11.0, 7.0, 51.0>, prune.impurity = 0.5428617208780644 : f64, prune.weight = 79.0 : f64, prune.node = 19 : i64}
          scf.yield %r20 : tensor<10xf64>
        } {prune.counts = array<f64: 9.0, 0.0, 26.0, 123.0, 0.0, 25.0, 0.0, 18.0, 46.0, 72.0>, prune.impurity = 0.7628266231660459 : f64, prune.weight = 319.0 : f64, prune.node = 3 : i64}
        scf.yield %r4 : tensor<10xf64>
      } else {
        %c33 = arith.constant 60 : index
        %f33 = tensor.extract %x[%c33] : tensor<64xf32>
        %t33 = arith.constant 3.125000000e-01 : f32
        %le33 = arith.cmpf ole, %f33, %t33 : f32
        %r33 = scf.if %le33 -> (tensor<10xf64>) {
          %c34 = arith.constant 3 : index
          %f34 = tensor.extract %x[%c34] : tensor<64xf32>
          %t34 = arith.constant 7.187500000e-01 : f32
          %le34 = arith.cmpf ole, %f34, %t34 : f32
          %r34 = scf.if %le34 -> (tensor<10xf64>) {
            %leaf35 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 6.0>, prune.impurity = 0.0 : f64, prune.weight = 6.0 : f64, prune.node = 34 : i64} %leaf35 : tensor<10xf64>
          } else {
            %c36 = arith.constant 50 : index
            %f36 = tensor.extract %x[%c36] : tensor<64xf32>
            %t36 = arith.constant 2.812500000e-01 : f32
            %le36 = arith.cmpf ole, %f36, %t36 : f32
            %r36 = scf.if %le36 -> (tensor<10xf64>) {
              %c37 = arith.constant 12 : index
              %f37 = tensor.extract %x[%c37] : tensor<64xf32>
              %t37 = arith.constant 3.437500000e-01 : f32
              %le37 = arith.cmpf ole, %f37, %t37 : f32
              %r37 = scf.if %le37 -> (tensor<10xf64>) {
                %leaf38 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.5, 0.0, 0.5]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 2.0>, prune.impurity = 0.5 : f64, prune.weight = 4.0 : f64, prune.node = 37 : i64} %leaf38 : tensor<10xf64>
              } else {
                %leaf39 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.9230769230769231, 0.0, 0.07692307692307693]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 12.0, 0.0, 1.0>, prune.impurity = 0.14201183431952658 : f64, prune.weight = 13.0 : f64, prune.node = 38 : i64} %leaf39 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 14.0, 0.0, 3.0>, prune.impurity = 0.2906574394463668 : f64, prune.weight = 17.0 : f64, prune.node = 36 : i64}
              scf.yield %r37 : tensor<10xf64>
            } else {
              %c40 = arith.constant 21 : index
              %f40 = tensor.extract %x[%c40] : tensor<64xf32>
              %t40 = arith.constant 1.875000000e-01 : f32
              %le40 = arith.cmpf ole, %f40, %t40 : f32
              %r40 = scf.if %le40 -> (tensor<10xf64>) {
                %leaf41 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 8.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 8.0 : f64, prune.node = 40 : i64} %leaf41 : tensor<10xf64>
              } else {
                %leaf42 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 41 : i64} %leaf42 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 8.0, 0.0, 1.0, 0.0, 0.0>, prune.impurity = 0.19753086419753085 : f64, prune.weight = 9.0 : f64, prune.node = 39 : i64}
              scf.yield %r40 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 8.0, 0.0, 15.0, 0.0, 3.0>, prune.impurity = 0.5591715976331362 : f64, prune.weight = 26.0 : f64, prune.node = 35 : i64}
            scf.yield %r36 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 8.0, 0.0, 15.0, 0.0, 9.0>, prune.impurity = 0.638671875 : f64, prune.weight = 32.0 : f64, prune.node = 33 : i64}
          scf.yield %r34 : tensor<10xf64>
        } else {
          %c43 = arith.constant 27 : index
          %f43 = tensor.extract %x[%c43] : tensor<64xf32>
          %t43 = arith.constant 8.437500000e-01 : f32
          %le43 = arith.cmpf ole, %f43, %t43 : f32
          %r43 = scf.if %le43 -> (tensor<10xf64>) {
            %c44 = arith.constant 12 : index
            %f44 = tensor.extract %x[%c44] : tensor<64xf32>
            %t44 = arith.constant 7.187500000e-01 : f32
            %le44 = arith.cmpf ole, %f44, %t44 : f32
            %r44 = scf.if %le44 -> (tensor<10xf64>) {
              %leaf45 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 30.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 30.0 : f64, prune.node = 44 : i64} %leaf45 : tensor<10xf64>
            } else {
              %c46 = arith.constant 45 : index
              %f46 = tensor.extract %x[%c46] : tensor<64xf32>
              %t46 = arith.constant 8.437500000e-01 : f32
              %le46 = arith.cmpf ole, %f46, %t46 : f32
              %r46 = scf.if %le46 -> (tensor<10xf64>) {
                %leaf47 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 63.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 63.0 : f64, prune.node = 46 : i64} %leaf47 : tensor<10xf64>
              } else {
                %leaf48 = arith.constant dense<[0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 5.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 5.0 : f64, prune.node = 47 : i64} %leaf48 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 63.0, 5.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.13624567474048443 : f64, prune.weight = 68.0 : f64, prune.node = 45 : i64}
              scf.yield %r46 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 93.0, 5.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.09683465222823828 : f64, prune.weight = 98.0 : f64, prune.node = 43 : i64}
            scf.yield %r44 : tensor<10xf64>
          } else {
            %c49 = arith.constant 46 : index
            %f49 = tensor.extract %x[%c49] : tensor<64xf32>
            %t49 = arith.constant 2.500000000e-01 : f32
            %le49 = arith.cmpf ole, %f49, %t49 : f32
            %r49 = scf.if %le49 -> (tensor<10xf64>) {
              %leaf50 = arith.constant dense<[0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 49 : i64} %leaf50 : tensor<10xf64>
            } else {
              %leaf51 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 3.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 50 : i64} %leaf51 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 3.0>, prune.impurity = 0.48 : f64, prune.weight = 5.0 : f64, prune.node = 48 : i64}
            scf.yield %r49 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 2.0, 93.0, 5.0, 0.0, 0.0, 0.0, 0.0, 0.0, 3.0>, prune.impurity = 0.18116693373550763 : f64, prune.weight = 103.0 : f64, prune.node = 42 : i64}
          scf.yield %r43 : tensor<10xf64>
        } {prune.counts = array<f64: 0.0, 2.0, 93.0, 5.0, 0.0, 8.0, 0.0, 15.0, 0.0, 12.0>, prune.impurity = 0.500082304526749 : f64, prune.weight = 135.0 : f64, prune.node = 32 : i64}
        scf.yield %r33 : tensor<10xf64>
      } {prune.counts = array<f64: 9.0, 2.0, 119.0, 128.0, 0.0, 33.0, 0.0, 33.0, 46.0, 84.0>, prune.impurity = 0.7963282811620641 : f64, prune.weight = 454.0 : f64, prune.node = 2 : i64}
      scf.yield %r3 : tensor<10xf64>
    } else {
      %c52 = arith.constant 10 : index
      %f52 = tensor.extract %x[%c52] : tensor<64xf32>
      %t52 = arith.constant 5.312500000e-01 : f32
      %le52 = arith.cmpf ole, %f52, %t52 : f32
      %r52 = scf.if %le52 -> (tensor<10xf64>) {
        %c53 = arith.constant 14 : index
        %f53 = tensor.extract %x[%c53] : tensor<64xf32>
        %t53 = arith.constant 7.500000000e-01 : f32
        %le53 = arith.cmpf ole, %f53, %t53 : f32
        %r53 = scf.if %le53 -> (tensor<10xf64>) {
          %c54 = arith.constant 36 : index
          %f54 = tensor.extract %x[%c54] : tensor<64xf32>
          %t54 = arith.constant 1.875000000e-01 : f32
          %le54 = arith.cmpf ole, %f54, %t54 : f32
          %r54 = scf.if %le54 -> (tensor<10xf64>) {
            %leaf55 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 5.0>, prune.impurity = 0.0 : f64, prune.weight = 5.0 : f64, prune.node = 54 : i64} %leaf55 : tensor<10xf64>
          } else {
            %c56 = arith.constant 41 : index
            %f56 = tensor.extract %x[%c56] : tensor<64xf32>
            %t56 = arith.constant 6.250000000e-02 : f32
            %le56 = arith.cmpf ole, %f56, %t56 : f32
            %r56 = scf.if %le56 -> (tensor<10xf64>) {
              %c57 = arith.constant 38 : index
              %f57 = tensor.extract %x[%c57] : tensor<64xf32>
              %t57 = arith.constant 3.750000000e-01 : f32
              %le57 = arith.cmpf ole, %f57, %t57 : f32
              %r57 = scf.if %le57 -> (tensor<10xf64>) {
                %leaf58 = arith.constant dense<[0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 53.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 53.0 : f64, prune.node = 57 : i64} %leaf58 : tensor<10xf64>
              } else {
                %leaf59 = arith.constant dense<[0.0, 0.5, 0.0, 0.5, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 1.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.5 : f64, prune.weight = 2.0 : f64, prune.node = 58 : i64} %leaf59 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 54.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.03570247933884296 : f64, prune.weight = 55.0 : f64, prune.node = 56 : i64}
              scf.yield %r57 : tensor<10xf64>
            } else {
              %leaf60 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 59 : i64} %leaf60 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 54.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.06951530612244894 : f64, prune.weight = 56.0 : f64, prune.node = 55 : i64}
            scf.yield %r56 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 54.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 1.0, 5.0>, prune.impurity = 0.20908357968288094 : f64, prune.weight = 61.0 : f64, prune.node = 53 : i64}
          scf.yield %r54 : tensor<10xf64>
        } else {
          %leaf61 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
          scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 60 : i64} %leaf61 : tensor<10xf64>
        } {prune.counts = array<f64: 0.0, 54.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 1.0, 7.0>, prune.impurity = 0.2524565381708239 : f64, prune.weight = 63.0 : f64, prune.node = 52 : i64}
        scf.yield %r53 : tensor<10xf64>
      } else {
        %c62 = arith.constant 38 : index
        %f62 = tensor.extract %x[%c62] : tensor<64xf32>
        %t62 = arith.constant 1.250000000e-01 : f32
        %le62 = arith.cmpf ole, %f62, %t62 : f32
        %r62 = scf.if %le62 -> (tensor<10xf64>) {
          %c63 = arith.constant 62 : index
          %f63 = tensor.extract %x[%c63] : tensor<64xf32>
          %t63 = arith.constant 1.250000000e-01 : f32
          %le63 = arith.cmpf ole, %f63, %t63 : f32
          %r63 = scf.if %le63 -> (tensor<10xf64>) {
            %c64 = arith.constant 53 : index
            %f64 = tensor.extract %x[%c64] : tensor<64xf32>
            %t64 = arith.constant 7.187500000e-01 : f32
            %le64 = arith.cmpf ole, %f64, %t64 : f32
            %r64 = scf.if %le64 -> (tensor<10xf64>) {
              %c65 = arith.constant 42 : index
              %f65 = tensor.extract %x[%c65] : tensor<64xf32>
              %t65 = arith.constant 2.812500000e-01 : f32
              %le65 = arith.cmpf ole, %f65, %t65 : f32
              %r65 = scf.if %le65 -> (tensor<10xf64>) {
                %leaf66 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 12.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 12.0 : f64, prune.node = 65 : i64} %leaf66 : tensor<10xf64>
              } else {
                %leaf67 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.5, 0.5, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 2.0, 0.0>, prune.impurity = 0.5 : f64, prune.weight = 4.0 : f64, prune.node = 66 : i64} %leaf67 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 12.0, 0.0, 2.0, 2.0, 0.0>, prune.impurity = 0.40625 : f64, prune.weight = 16.0 : f64, prune.node = 64 : i64}
              scf.yield %r65 : tensor<10xf64>
            } else {
              %c68 = arith.constant 12 : index
              %f68 = tensor.extract %x[%c68] : tensor<64xf32>
              %t68 = arith.constant 7.187500000e-01 : f32
              %le68 = arith.cmpf ole, %f68, %t68 : f32
              %r68 = scf.if %le68 -> (tensor<10xf64>) {
                %leaf69 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 3.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 68 : i64} %leaf69 : tensor<10xf64>
              } else {
                %leaf70 = arith.constant dense<[0.0, 0.0, 0.0, 0.6666666666666666, 0.0, 0.3333333333333333, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 2.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 3.0 : f64, prune.node = 69 : i64} %leaf70 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 2.0, 0.0, 1.0, 0.0, 0.0, 0.0, 3.0>, prune.impurity = 0.6111111111111112 : f64, prune.weight = 6.0 : f64, prune.node = 67 : i64}
              scf.yield %r68 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 2.0, 0.0, 13.0, 0.0, 2.0, 2.0, 3.0>, prune.impurity = 0.6074380165289256 : f64, prune.weight = 22.0 : f64, prune.node = 63 : i64}
            scf.yield %r64 : tensor<10xf64>
          } else {
            %c71 = arith.constant 50 : index
            %f71 = tensor.extract %x[%c71] : tensor<64xf32>
            %t71 = arith.constant 6.875000000e-01 : f32
            %le71 = arith.cmpf ole, %f71, %t71 : f32
            %r71 = scf.if %le71 -> (tensor<10xf64>) {
              %leaf72 = arith.constant dense<[0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 3.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 71 : i64} %leaf72 : tensor<10xf64>
            } else {
              %leaf73 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 8.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 8.0 : f64, prune.node = 72 : i64} %leaf73 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 3.0, 8.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.39669421487603307 : f64, prune.weight = 11.0 : f64, prune.node = 70 : i64}
            scf.yield %r71 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 3.0, 8.0, 2.0, 0.0, 13.0, 0.0, 2.0, 2.0, 3.0>, prune.impurity = 0.758494031221304 : f64, prune.weight = 33.0 : f64, prune.node = 62 : i64}
          scf.yield %r63 : tensor<10xf64>
        } else {
          %c74 = arith.constant 29 : index
          %f74 = tensor.extract %x[%c74] : tensor<64xf32>
          %t74 = arith.constant 5.625000000e-01 : f32
          %le74 = arith.cmpf ole, %f74, %t74 : f32
          %r74 = scf.if %le74 -> (tensor<10xf64>) {
            %leaf75 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 74 : i64} %leaf75 : tensor<10xf64>
          } else {
            %leaf76 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 10.0>, prune.impurity = 0.0 : f64, prune.weight = 10.0 : f64, prune.node = 75 : i64} %leaf76 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 10.0>, prune.impurity = 0.1652892561983471 : f64, prune.weight = 11.0 : f64, prune.node = 73 : i64}
          scf.yield %r74 : tensor<10xf64>
        } {prune.counts = array<f64: 0.0, 3.0, 8.0, 2.0, 0.0, 14.0, 0.0, 2.0, 2.0, 13.0>, prune.impurity = 0.7675619834710744 : f64, prune.weight = 44.0 : f64, prune.node = 61 : i64}
        scf.yield %r62 : tensor<10xf64>
      } {prune.counts = array<f64: 0.0, 57.0, 8.0, 3.0, 0.0, 14.0, 0.0, 2.0, 3.0, 20.0>, prune.impurity = 0.6566512359158005 : f64, prune.weight = 107.0 : f64, prune.node = 51 : i64}
      scf.yield %r52 : tensor<10xf64>
    } {prune.counts = array<f64: 9.0, 59.0, 127.0, 131.0, 0.0, 47.0, 0.0, 35.0, 49.0, 104.0>, prune.impurity = 0.8299986337104928 : f64, prune.weight = 561.0 : f64, prune.node = 1 : i64}
    scf.yield %r2 : tensor<10xf64>
  } else {
    %c77 = arith.constant 58 : index
    %f77 = tensor.extract %x[%c77] : tensor<64xf32>
    %t77 = arith.constant 3.125000000e-02 : f32
    %le77 = arith.cmpf ole, %f77, %t77 : f32
    %r77 = scf.if %le77 -> (tensor<10xf64>) {
      %c78 = arith.constant 62 : index
      %f78 = tensor.extract %x[%c78] : tensor<64xf32>
      %t78 = arith.constant 3.125000000e-02 : f32
      %le78 = arith.cmpf ole, %f78, %t78 : f32
      %r78 = scf.if %le78 -> (tensor<10xf64>) {
        %c79 = arith.constant 26 : index
        %f79 = tensor.extract %x[%c79] : tensor<64xf32>
        %t79 = arith.constant 2.500000000e-01 : f32
        %le79 = arith.cmpf ole, %f79, %t79 : f32
        %r79 = scf.if %le79 -> (tensor<10xf64>) {
          %leaf80 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0]> : tensor<10xf64>
          scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 13.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 13.0 : f64, prune.node = 79 : i64} %leaf80 : tensor<10xf64>
        } else {
          %c81 = arith.constant 13 : index
          %f81 = tensor.extract %x[%c81] : tensor<64xf32>
          %t81 = arith.constant 2.812500000e-01 : f32
          %le81 = arith.cmpf ole, %f81, %t81 : f32
          %r81 = scf.if %le81 -> (tensor<10xf64>) {
            %c82 = arith.constant 5 : index
            %f82 = tensor.extract %x[%c82] : tensor<64xf32>
            %t82 = arith.constant 6.562500000e-01 : f32
            %le82 = arith.cmpf ole, %f82, %t82 : f32
            %r82 = scf.if %le82 -> (tensor<10xf64>) {
              %c83 = arith.constant 53 : index
              %f83 = tensor.extract %x[%c83] : tensor<64xf32>
              %t83 = arith.constant 9.062500000e-01 : f32
              %le83 = arith.cmpf ole, %f83, %t83 : f32
              %r83 = scf.if %le83 -> (tensor<10xf64>) {
                %leaf84 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.9711538461538461, 0.0, 0.028846153846153848, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 101.0, 0.0, 3.0, 0.0, 0.0, 0.0>, prune.impurity = 0.056028106508875686 : f64, prune.weight = 104.0 : f64, prune.node = 83 : i64} %leaf84 : tensor<10xf64>
              } else {
                %leaf85 = arith.constant dense<[0.5, 0.0, 0.0, 0.0, 0.0, 0.0, 0.5, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0>, prune.impurity = 0.5 : f64, prune.weight = 2.0 : f64, prune.node = 84 : i64} %leaf85 : tensor<10xf64>
              } {prune.counts = array<f64: 1.0, 0.0, 0.0, 0.0, 101.0, 0.0, 4.0, 0.0, 0.0, 0.0>, prune.impurity = 0.09060163759344964 : f64, prune.weight = 106.0 : f64, prune.node = 82 : i64}
              scf.yield %r83 : tensor<10xf64>
            } else {
              %leaf86 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 85 : i64} %leaf86 : tensor<10xf64>
            } {prune.counts = array<f64: 1.0, 0.0, 0.0, 0.0, 101.0, 0.0, 4.0, 0.0, 0.0, 2.0>, prune.impurity = 0.12362825788751719 : f64, prune.weight = 108.0 : f64, prune.node = 81 : i64}
            scf.yield %r82 : tensor<10xf64>
          } else {
            %c87 = arith.constant 33 : index
            %f87 = tensor.extract %x[%c87] : tensor<64xf32>
            %t87 = arith.constant 3.437500000e-01 : f32
            %le87 = arith.cmpf ole, %f87, %t87 : f32
            %r87 = scf.if %le87 -> (tensor<10xf64>) {
              %c88 = arith.constant 30 : index
              %f88 = tensor.extract %x[%c88] : tensor<64xf32>
              %t88 = arith.constant 3.125000000e-02 : f32
              %le88 = arith.cmpf ole, %f88, %t88 : f32
              %r88 = scf.if %le88 -> (tensor<10xf64>) {
                %leaf89 = arith.constant dense<[0.0, 0.8571428571428571, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.14285714285714285, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 12.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0>, prune.impurity = 0.24489795918367352 : f64, prune.weight = 14.0 : f64, prune.node = 88 : i64} %leaf89 : tensor<10xf64>
              } else {
                %leaf90 = arith.constant dense<[0.25, 0.125, 0.0, 0.0, 0.375, 0.0, 0.0, 0.0, 0.0, 0.25]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 2.0, 1.0, 0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 0.0, 2.0>, prune.impurity = 0.71875 : f64, prune.weight = 8.0 : f64, prune.node = 89 : i64} %leaf90 : tensor<10xf64>
              } {prune.counts = array<f64: 2.0, 13.0, 0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 2.0, 2.0>, prune.impurity = 0.6074380165289256 : f64, prune.weight = 22.0 : f64, prune.node = 87 : i64}
              scf.yield %r88 : tensor<10xf64>
            } else {
              %c91 = arith.constant 44 : index
              %f91 = tensor.extract %x[%c91] : tensor<64xf32>
              %t91 = arith.constant 4.375000000e-01 : f32
              %le91 = arith.cmpf ole, %f91, %t91 : f32
              %r91 = scf.if %le91 -> (tensor<10xf64>) {
                %leaf92 = arith.constant dense<[0.5, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.5, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.5 : f64, prune.weight = 2.0 : f64, prune.node = 91 : i64} %leaf92 : tensor<10xf64>
              } else {
                %leaf93 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 14.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 14.0 : f64, prune.node = 92 : i64} %leaf93 : tensor<10xf64>
              } {prune.counts = array<f64: 1.0, 0.0, 0.0, 0.0, 14.0, 0.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.2265625 : f64, prune.weight = 16.0 : f64, prune.node = 90 : i64}
              scf.yield %r91 : tensor<10xf64>
            } {prune.counts = array<f64: 3.0, 13.0, 0.0, 0.0, 17.0, 0.0, 0.0, 0.0, 3.0, 2.0>, prune.impurity = 0.6675900277008311 : f64, prune.weight = 38.0 : f64, prune.node = 86 : i64}
            scf.yield %r87 : tensor<10xf64>
          } {prune.counts = array<f64: 4.0, 13.0, 0.0, 0.0, 118.0, 0.0, 4.0, 0.0, 3.0, 4.0>, prune.impurity = 0.3361793957590542 : f64, prune.weight = 146.0 : f64, prune.node = 80 : i64}
          scf.yield %r81 : tensor<10xf64>
        } {prune.counts = array<f64: 4.0, 13.0, 0.0, 0.0, 118.0, 0.0, 4.0, 13.0, 3.0, 4.0>, prune.impurity = 0.43360626557493775 : f64, prune.weight = 159.0 : f64, prune.node = 78 : i64}
        scf.yield %r79 : tensor<10xf64>
      } else {
        %c94 = arith.constant 21 : index
        %f94 = tensor.extract %x[%c94] : tensor<64xf32>
        %t94 = arith.constant 2.812500000e-01 : f32
        %le94 = arith.cmpf ole, %f94, %t94 : f32
        %r94 = scf.if %le94 -> (tensor<10xf64>) {
          %c95 = arith.constant 34 : index
          %f95 = tensor.extract %x[%c95] : tensor<64xf32>
          %t95 = arith.constant 5.312500000e-01 : f32
          %le95 = arith.cmpf ole, %f95, %t95 : f32
          %r95 = scf.if %le95 -> (tensor<10xf64>) {
            %c96 = arith.constant 10 : index
            %f96 = tensor.extract %x[%c96] : tensor<64xf32>
            %t96 = arith.constant 4.375000000e-01 : f32
            %le96 = arith.cmpf ole, %f96, %t96 : f32
            %r96 = scf.if %le96 -> (tensor<10xf64>) {
              %leaf97 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 96 : i64} %leaf97 : tensor<10xf64>
            } else {
              %leaf98 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 97 : i64} %leaf98 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 2.0, 0.0>, prune.impurity = 0.5 : f64, prune.weight = 4.0 : f64, prune.node = 95 : i64}
            scf.yield %r96 : tensor<10xf64>
          } else {
            %leaf99 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 42.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 42.0 : f64, prune.node = 98 : i64} %leaf99 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 44.0, 0.0, 2.0, 0.0>, prune.impurity = 0.08317580340264652 : f64, prune.weight = 46.0 : f64, prune.node = 94 : i64}
          scf.yield %r95 : tensor<10xf64>
        } else {
          %c100 = arith.constant 42 : index
          %f100 = tensor.extract %x[%c100] : tensor<64xf32>
          %t100 = arith.constant 5.312500000e-01 : f32
          %le100 = arith.cmpf ole, %f100, %t100 : f32
          %r100 = scf.if %le100 -> (tensor<10xf64>) {
            %leaf101 = arith.constant dense<[0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 0.0, 7.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 7.0 : f64, prune.node = 100 : i64} %leaf101 : tensor<10xf64>
          } else {
            %c102 = arith.constant 19 : index
            %f102 = tensor.extract %x[%c102] : tensor<64xf32>
            %t102 = arith.constant 6.562500000e-01 : f32
            %le102 = arith.cmpf ole, %f102, %t102 : f32
            %r102 = scf.if %le102 -> (tensor<10xf64>) {
              %c103 = arith.constant 4 : index
              %f103 = tensor.extract %x[%c103] : tensor<64xf32>
              %t103 = arith.constant 7.812500000e-01 : f32
              %le103 = arith.cmpf ole, %f103, %t103 : f32
              %r103 = scf.if %le103 -> (tensor<10xf64>) {
                %leaf104 = arith.constant dense<[1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 103 : i64} %leaf104 : tensor<10xf64>
              } else {
                %leaf105 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 104 : i64} %leaf105 : tensor<10xf64>
              } {prune.counts = array<f64: 2.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 3.0 : f64, prune.node = 102 : i64}
              scf.yield %r103 : tensor<10xf64>
            } else {
              %leaf106 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 5.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 5.0 : f64, prune.node = 105 : i64} %leaf106 : tensor<10xf64>
            } {prune.counts = array<f64: 2.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 5.0, 0.0>, prune.impurity = 0.53125 : f64, prune.weight = 8.0 : f64, prune.node = 101 : i64}
            scf.yield %r102 : tensor<10xf64>
          } {prune.counts = array<f64: 2.0, 7.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 5.0, 0.0>, prune.impurity = 0.6488888888888888 : f64, prune.weight = 15.0 : f64, prune.node = 99 : i64}
          scf.yield %r100 : tensor<10xf64>
        } {prune.counts = array<f64: 2.0, 7.0, 1.0, 0.0, 0.0, 0.0, 44.0, 0.0, 7.0, 0.0>, prune.impurity = 0.4520290244557914 : f64, prune.weight = 61.0 : f64, prune.node = 93 : i64}
        scf.yield %r94 : tensor<10xf64>
      } {prune.counts = array<f64: 6.0, 20.0, 1.0, 0.0, 118.0, 0.0, 48.0, 13.0, 10.0, 4.0>, prune.impurity = 0.649793388429752 : f64, prune.weight = 220.0 : f64, prune.node = 77 : i64}
      scf.yield %r78 : tensor<10xf64>
    } else {
      %c107 = arith.constant 13 : index
      %f107 = tensor.extract %x[%c107] : tensor<64xf32>
      %t107 = arith.constant 3.125000000e-02 : f32
      %le107 = arith.cmpf ole, %f107, %t107 : f32
      %r107 = scf.if %le107 -> (tensor<10xf64>) {
        %c108 = arith.constant 46 : index
        %f108 = tensor.extract %x[%c108] : tensor<64xf32>
        %t108 = arith.constant 1.562500000e-01 : f32
        %le108 = arith.cmpf ole, %f108, %t108 : f32
        %r108 = scf.if %le108 -> (tensor<10xf64>) {
          %c109 = arith.constant 22 : index
          %f109 = tensor.extract %x[%c109] : tensor<64xf32>
          %t109 = arith.constant 9.375000000e-02 : f32
          %le109 = arith.cmpf ole, %f109, %t109 : f32
          %r109 = scf.if %le109 -> (tensor<10xf64>) {
            %c110 = arith.constant 45 : index
            %f110 = tensor.extract %x[%c110] : tensor<64xf32>
            %t110 = arith.constant 5.312500000e-01 : f32
            %le110 = arith.cmpf ole, %f110, %t110 : f32
            %r110 = scf.if %le110 -> (tensor<10xf64>) {
              %c111 = arith.constant 28 : index
              %f111 = tensor.extract %x[%c111] : tensor<64xf32>
              %t111 = arith.constant 7.812500000e-01 : f32
              %le111 = arith.cmpf ole, %f111, %t111 : f32
              %r111 = scf.if %le111 -> (tensor<10xf64>) {
                %leaf112 = arith.constant dense<[0.0, 0.4444444444444444, 0.5555555555555556, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 4.0, 5.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.49382716049382713 : f64, prune.weight = 9.0 : f64, prune.node = 111 : i64} %leaf112 : tensor<10xf64>
              } else {
                %leaf113 = arith.constant dense<[0.0, 0.14285714285714285, 0.0, 0.0, 0.0, 0.2857142857142857, 0.0, 0.5714285714285714, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 1.0, 0.0, 0.0, 0.0, 2.0, 0.0, 4.0, 0.0, 0.0>, prune.impurity = 0.5714285714285714 : f64, prune.weight = 7.0 : f64, prune.node = 112 : i64} %leaf113 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 5.0, 5.0, 0.0, 0.0, 2.0, 0.0, 4.0, 0.0, 0.0>, prune.impurity = 0.7265625 : f64, prune.weight = 16.0 : f64, prune.node = 110 : i64}
              scf.yield %r111 : tensor<10xf64>
            } else {
              %c114 = arith.constant 41 : index
              %f114 = tensor.extract %x[%c114] : tensor<64xf32>
              %t114 = arith.constant 6.250000000e-02 : f32
              %le114 = arith.cmpf ole, %f114, %t114 : f32
              %r114 = scf.if %le114 -> (tensor<10xf64>) {
                %leaf115 = arith.constant dense<[0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 114 : i64} %leaf115 : tensor<10xf64>
              } else {
                %leaf116 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 6.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 6.0 : f64, prune.node = 115 : i64} %leaf116 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 6.0, 0.0, 0.0, 0.0>, prune.impurity = 0.24489795918367352 : f64, prune.weight = 7.0 : f64, prune.node = 113 : i64}
              scf.yield %r114 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 6.0, 5.0, 0.0, 0.0, 2.0, 6.0, 4.0, 0.0, 0.0>, prune.impurity = 0.77882797731569 : f64, prune.weight = 23.0 : f64, prune.node = 109 : i64}
            scf.yield %r110 : tensor<10xf64>
          } else {
            %c117 = arith.constant 21 : index
            %f117 = tensor.extract %x[%c117] : tensor<64xf32>
            %t117 = arith.constant 6.562500000e-01 : f32
            %le117 = arith.cmpf ole, %f117, %t117 : f32
            %r117 = scf.if %le117 -> (tensor<10xf64>) {
              %leaf118 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 8.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 8.0 : f64, prune.node = 117 : i64} %leaf118 : tensor<10xf64>
            } else {
              %leaf119 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 118 : i64} %leaf119 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 8.0, 0.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.19753086419753085 : f64, prune.weight = 9.0 : f64, prune.node = 116 : i64}
            scf.yield %r117 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 6.0, 5.0, 0.0, 8.0, 2.0, 6.0, 4.0, 1.0, 0.0>, prune.impurity = 0.822265625 : f64, prune.weight = 32.0 : f64, prune.node = 108 : i64}
          scf.yield %r109 : tensor<10xf64>
        } else {
          %c120 = arith.constant 9 : index
          %f120 = tensor.extract %x[%c120] : tensor<64xf32>
          %t120 = arith.constant 1.250000000e-01 : f32
          %le120 = arith.cmpf ole, %f120, %t120 : f32
          %r120 = scf.if %le120 -> (tensor<10xf64>) {
            %leaf121 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 71.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 71.0 : f64, prune.node = 120 : i64} %leaf121 : tensor<10xf64>
          } else {
            %leaf122 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 121 : i64} %leaf122 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 71.0, 0.0, 2.0, 0.0>, prune.impurity = 0.05329330080690564 : f64, prune.weight = 73.0 : f64, prune.node = 119 : i64}
          scf.yield %r120 : tensor<10xf64>
        } {prune.counts = array<f64: 0.0, 6.0, 5.0, 0.0, 8.0, 2.0, 77.0, 4.0, 3.0, 0.0>, prune.impurity = 0.44825396825396824 : f64, prune.weight = 105.0 : f64, prune.node = 107 : i64}
        scf.yield %r108 : tensor<10xf64>
      } else {
        %c123 = arith.constant 21 : index
        %f123 = tensor.extract %x[%c123] : tensor<64xf32>
        %t123 = arith.constant 3.125000000e-02 : f32
        %le123 = arith.cmpf ole, %f123, %t123 : f32
        %r123 = scf.if %le123 -> (tensor<10xf64>) {
          %c124 = arith.constant 50 : index
          %f124 = tensor.extract %x[%c124] : tensor<64xf32>
          %t124 = arith.constant 4.062500000e-01 : f32
          %le124 = arith.cmpf ole, %f124, %t124 : f32
          %r124 = scf.if %le124 -> (tensor<10xf64>) {
            %c125 = arith.constant 5 : index
            %f125 = tensor.extract %x[%c125] : tensor<64xf32>
            %t125 = arith.constant 6.250000000e-02 : f32
            %le125 = arith.cmpf ole, %f125, %t125 : f32
            %r125 = scf.if %le125 -> (tensor<10xf64>) {
              %leaf126 = arith.constant dense<[0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 125 : i64} %leaf126 : tensor<10xf64>
            } else {
              %leaf127 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 58.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 58.0 : f64, prune.node = 126 : i64} %leaf127 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 1.0, 0.0, 0.0, 0.0, 58.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.03332375754093653 : f64, prune.weight = 59.0 : f64, prune.node = 124 : i64}
            scf.yield %r125 : tensor<10xf64>
          } else {
            %c128 = arith.constant 53 : index
            %f128 = tensor.extract %x[%c128] : tensor<64xf32>
            %t128 = arith.constant 5.625000000e-01 : f32
            %le128 = arith.cmpf ole, %f128, %t128 : f32
            %r128 = scf.if %le128 -> (tensor<10xf64>) {
              %c129 = arith.constant 1 : index
              %f129 = tensor.extract %x[%c129] : tensor<64xf32>
              %t129 = arith.constant 3.125000000e-02 : f32
              %le129 = arith.cmpf ole, %f129, %t129 : f32
              %r129 = scf.if %le129 -> (tensor<10xf64>) {
                %leaf130 = arith.constant dense<[0.0, 0.5, 0.0, 0.0, 0.0, 0.3333333333333333, 0.0, 0.16666666666666666, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 6.0, 0.0, 0.0, 0.0, 4.0, 0.0, 2.0, 0.0, 0.0>, prune.impurity = 0.6111111111111112 : f64, prune.weight = 12.0 : f64, prune.node = 129 : i64} %leaf130 : tensor<10xf64>
              } else {
                %leaf131 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 9.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 9.0 : f64, prune.node = 130 : i64} %leaf131 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 6.0, 0.0, 0.0, 0.0, 13.0, 0.0, 2.0, 0.0, 0.0>, prune.impurity = 0.526077097505669 : f64, prune.weight = 21.0 : f64, prune.node = 128 : i64}
              scf.yield %r129 : tensor<10xf64>
            } else {
              %c132 = arith.constant 11 : index
              %f132 = tensor.extract %x[%c132] : tensor<64xf32>
              %t132 = arith.constant 9.375000000e-01 : f32
              %le132 = arith.cmpf ole, %f132, %t132 : f32
              %r132 = scf.if %le132 -> (tensor<10xf64>) {
                %leaf133 = arith.constant dense<[0.1, 0.0, 0.0, 0.2, 0.0, 0.5, 0.0, 0.0, 0.2, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 1.0, 0.0, 0.0, 2.0, 0.0, 5.0, 0.0, 0.0, 2.0, 0.0>, prune.impurity = 0.6599999999999999 : f64, prune.weight = 10.0 : f64, prune.node = 132 : i64} %leaf133 : tensor<10xf64>
              } else {
                %leaf134 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 15.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 15.0 : f64, prune.node = 133 : i64} %leaf134 : tensor<10xf64>
              } {prune.counts = array<f64: 1.0, 0.0, 0.0, 2.0, 0.0, 5.0, 15.0, 0.0, 2.0, 0.0>, prune.impurity = 0.5856 : f64, prune.weight = 25.0 : f64, prune.node = 131 : i64}
              scf.yield %r132 : tensor<10xf64>
            } {prune.counts = array<f64: 1.0, 6.0, 0.0, 2.0, 0.0, 18.0, 15.0, 2.0, 2.0, 0.0>, prune.impurity = 0.7173913043478262 : f64, prune.weight = 46.0 : f64, prune.node = 127 : i64}
            scf.yield %r128 : tensor<10xf64>
          } {prune.counts = array<f64: 1.0, 7.0, 0.0, 2.0, 0.0, 76.0, 15.0, 2.0, 2.0, 0.0>, prune.impurity = 0.45006802721088435 : f64, prune.weight = 105.0 : f64, prune.node = 123 : i64}
          scf.yield %r124 : tensor<10xf64>
        } else {
          %c135 = arith.constant 60 : index
          %f135 = tensor.extract %x[%c135] : tensor<64xf32>
          %t135 = arith.constant 1.562500000e-01 : f32
          %le135 = arith.cmpf ole, %f135, %t135 : f32
          %r135 = scf.if %le135 -> (tensor<10xf64>) {
            %leaf136 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 84.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 84.0 : f64, prune.node = 135 : i64} %leaf136 : tensor<10xf64>
          } else {
            %c137 = arith.constant 25 : index
            %f137 = tensor.extract %x[%c137] : tensor<64xf32>
            %t137 = arith.constant 9.375000000e-02 : f32
            %le137 = arith.cmpf ole, %f137, %t137 : f32
            %r137 = scf.if %le137 -> (tensor<10xf64>) {
              %c138 = arith.constant 19 : index
              %f138 = tensor.extract %x[%c138] : tensor<64xf32>
              %t138 = arith.constant 9.687500000e-01 : f32
              %le138 = arith.cmpf ole, %f138, %t138 : f32
              %r138 = scf.if %le138 -> (tensor<10xf64>) {
                %leaf139 = arith.constant dense<[0.08955223880597014, 0.0, 0.0, 0.19402985074626866, 0.0, 0.0, 0.0, 0.11940298507462686, 0.5373134328358209, 0.05970149253731343]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 6.0, 0.0, 0.0, 13.0, 0.0, 0.0, 0.0, 8.0, 36.0, 4.0>, prune.impurity = 0.6478057473824905 : f64, prune.weight = 67.0 : f64, prune.node = 138 : i64} %leaf139 : tensor<10xf64>
              } else {
                %leaf140 = arith.constant dense<[0.02702702702702703, 0.5945945945945946, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.3783783783783784, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 1.0, 22.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 14.0, 0.0>, prune.impurity = 0.5025566106647188 : f64, prune.weight = 37.0 : f64, prune.node = 139 : i64} %leaf140 : tensor<10xf64>
              } {prune.counts = array<f64: 7.0, 22.0, 0.0, 13.0, 0.0, 0.0, 0.0, 8.0, 50.0, 4.0>, prune.impurity = 0.6965606508875739 : f64, prune.weight = 104.0 : f64, prune.node = 137 : i64}
              scf.yield %r138 : tensor<10xf64>
            } else {
              %c141 = arith.constant 36 : index
              %f141 = tensor.extract %x[%c141] : tensor<64xf32>
              %t141 = arith.constant 3.125000000e-02 : f32
              %le141 = arith.cmpf ole, %f141, %t141 : f32
              %r141 = scf.if %le141 -> (tensor<10xf64>) {
                %leaf142 = arith.constant dense<[0.9389312977099237, 0.0, 0.0, 0.0, 0.0, 0.061068702290076333, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 123.0, 0.0, 0.0, 0.0, 0.0, 8.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.11467863178136473 : f64, prune.weight = 131.0 : f64, prune.node = 141 : i64} %leaf142 : tensor<10xf64>
              } else {
                %leaf143 = arith.constant dense<[0.0, 0.16216216216216217, 0.0, 0.0, 0.24324324324324326, 0.02702702702702703, 0.02702702702702703, 0.02702702702702703, 0.21621621621621623, 0.2972972972972973]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 6.0, 0.0, 0.0, 9.0, 1.0, 1.0, 1.0, 8.0, 11.0>, prune.impurity = 0.7772096420745069 : f64, prune.weight = 37.0 : f64, prune.node = 142 : i64} %leaf143 : tensor<10xf64>
              } {prune.counts = array<f64: 123.0, 6.0, 0.0, 0.0, 9.0, 9.0, 1.0, 1.0, 8.0, 11.0>, prune.impurity = 0.45032596371882083 : f64, prune.weight = 168.0 : f64, prune.node = 140 : i64}
              scf.yield %r141 : tensor<10xf64>
            } {prune.counts = array<f64: 130.0, 28.0, 0.0, 13.0, 9.0, 9.0, 1.0, 9.0, 58.0, 15.0>, prune.impurity = 0.7068825692041523 : f64, prune.weight = 272.0 : f64, prune.node = 136 : i64}
            scf.yield %r137 : tensor<10xf64>
          } {prune.counts = array<f64: 130.0, 28.0, 0.0, 13.0, 9.0, 9.0, 1.0, 93.0, 58.0, 15.0>, prune.impurity = 0.7612832975634389 : f64, prune.weight = 356.0 : f64, prune.node = 134 : i64}
          scf.yield %r135 : tensor<10xf64>
        } {prune.counts = array<f64: 131.0, 35.0, 0.0, 15.0, 9.0, 85.0, 16.0, 95.0, 60.0, 15.0>, prune.impurity = 0.8163804988683472 : f64, prune.weight = 461.0 : f64, prune.node = 122 : i64}
        scf.yield %r123 : tensor<10xf64>
      } {prune.counts = array<f64: 131.0, 41.0, 5.0, 15.0, 17.0, 87.0, 93.0, 99.0, 63.0, 15.0>, prune.impurity = 0.8451909750402677 : f64, prune.weight = 566.0 : f64, prune.node = 106 : i64}
      scf.yield %r107 : tensor<10xf64>
    } {prune.counts = array<f64: 137.0, 61.0, 6.0, 15.0, 135.0, 87.0, 141.0, 112.0, 73.0, 19.0>, prune.impurity = 0.8597271591269611 : f64, prune.weight = 786.0 : f64, prune.node = 76 : i64}
    scf.yield %r77 : tensor<10xf64>
  } {prune.counts = array<f64: 146.0, 120.0, 133.0, 146.0, 135.0, 134.0, 141.0, 147.0, 122.0, 123.0>, prune.impurity = 0.8994686424064254 : f64, prune.weight = 1347.0 : f64, prune.node = 0 : i64}
  return %r1 : tensor<10xf64>
}

func.func @tree2(%x: tensor<64xf32> {prune.range = array<f64: 0.0, 1.0>}) -> tensor<10xf64> {
  %c1 = arith.constant 21 : index
  %f1 = tensor.extract %x[%c1] : tensor<64xf32>
  %t1 = arith.constant 3.125000000e-02 : f32
  %le1 = arith.cmpf ole, %f1, %t1 : f32
  %r1 = scf.if %le1 -> (tensor<10xf64>) {
    %c2 = arith.constant 61 : index
    %f2 = tensor.extract %x[%c2] : tensor<64xf32>
    %t2 = arith.constant 4.062500000e-01 : f32
    %le2 = arith.cmpf ole, %f2, %t2 : f32
    %r2 = scf.if %le2 -> (tensor<10xf64>) {
      %c3 = arith.constant 4 : index
      %f3 = tensor.extract %x[%c3] : tensor<64xf32>
      %t3 = arith.constant 3.437500000e-01 : f32
      %le3 = arith.cmpf ole, %f3, %t3 : f32
      %r3 = scf.if %le3 -> (tensor<10xf64>) {
        %c4 = arith.constant 51 : index
        %f4 = tensor.extract %x[%c4] : tensor<64xf32>
        %t4 = arith.constant 9.687500000e-01 : f32
        %le4 = arith.cmpf ole, %f4, %t4 : f32
        %r4 = scf.if %le4 -> (tensor<10xf64>) {
          %leaf5 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0]> : tensor<10xf64>
          scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 6.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 6.0 : f64, prune.node = 4 : i64} %leaf5 : tensor<10xf64>
        } else {
          %leaf6 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
          scf.yield {prune.counts = array<f64: 0.0, 0.0, 4.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 5 : i64} %leaf6 : tensor<10xf64>
        } {prune.counts = array<f64: 0.0, 0.0, 4.0, 0.0, 0.0, 0.0, 0.0, 6.0, 0.0, 0.0>, prune.impurity = 0.48 : f64, prune.weight = 10.0 : f64, prune.node = 3 : i64}
        scf.yield %r4 : tensor<10xf64>
      } else {
        %c7 = arith.constant 2 : index
        %f7 = tensor.extract %x[%c7] : tensor<64xf32>
        %t7 = arith.constant 3.125000000e-02 : f32
        %le7 = arith.cmpf ole, %f7, %t7 : f32
        %r7 = scf.if %le7 -> (tensor<10xf64>) {
          %c8 = arith.constant 26 : index
          %f8 = tensor.extract %x[%c8] : tensor<64xf32>
          %t8 = arith.constant 5.937500000e-01 : f32
          %le8 = arith.cmpf ole, %f8, %t8 : f32
          %r8 = scf.if %le8 -> (tensor<10xf64>) {
            %c9 = arith.constant 37 : index
            %f9 = tensor.extract %x[%c9] : tensor<64xf32>
            %t9 = arith.constant 5.312500000e-01 : f32
            %le9 = arith.cmpf ole, %f9, %t9 : f32
            %r9 = scf.if %le9 -> (tensor<10xf64>) {
              %leaf10 = arith.constant dense<[0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 9 : i64} %leaf10 : tensor<10xf64>
            } else {
              %c11 = arith.constant 43 : index
              %f11 = tensor.extract %x[%c11] : tensor<64xf32>
              %t11 = arith.constant 7.500000000e-01 : f32
              %le11 = arith.cmpf ole, %f11, %t11 : f32
              %r11 = scf.if %le11 -> (tensor<10xf64>) {
                %leaf12 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 11 : i64} %leaf12 : tensor<10xf64>
              } else {
                %leaf13 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 12 : i64} %leaf13 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 2.0, 0.0, 0.0, 0.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 3.0 : f64, prune.node = 10 : i64}
              scf.yield %r11 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 2.0, 0.0, 0.0, 1.0, 0.0, 2.0, 0.0, 0.0, 0.0>, prune.impurity = 0.64 : f64, prune.weight = 5.0 : f64, prune.node = 8 : i64}
            scf.yield %r9 : tensor<10xf64>
          } else {
            %c14 = arith.constant 59 : index
            %f14 = tensor.extract %x[%c14] : tensor<64xf32>
            %t14 = arith.constant 6.562500000e-01 : f32
            %le14 = arith.cmpf ole, %f14, %t14 : f32
            %r14 = scf.if %le14 -> (tensor<10xf64>) {
              %leaf15 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 17.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 17.0 : f64, prune.node = 14 : i64} %leaf15 : tensor<10xf64>
            } else {
              %c16 = arith.constant 45 : index
              %f16 = tensor.extract %x[%c16] : tensor<64xf32>
              %t16 = arith.constant 6.875000000e-01 : f32
              %le16 = arith.cmpf ole, %f16, %t16 : f32
              %r16 = scf.if %le16 -> (tensor<10xf64>) {
                %leaf17 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 16 : i64} %leaf17 : tensor<10xf64>
              } else {
                %leaf18 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 17 : i64} %leaf18 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 1.0, 0.0, 0.0, 0.0>, prune.impurity = 0.5 : f64, prune.weight = 2.0 : f64, prune.node = 15 : i64}
              scf.yield %r16 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 18.0, 0.0, 1.0, 0.0, 0.0, 0.0>, prune.impurity = 0.09972299168975074 : f64, prune.weight = 19.0 : f64, prune.node = 13 : i64}
            scf.yield %r14 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 2.0, 0.0, 0.0, 19.0, 0.0, 3.0, 0.0, 0.0, 0.0>, prune.impurity = 0.3506944444444444 : f64, prune.weight = 24.0 : f64, prune.node = 7 : i64}
          scf.yield %r8 : tensor<10xf64>
        } else {
          %c19 = arith.constant 5 : index
          %f19 = tensor.extract %x[%c19] : tensor<64xf32>
          %t19 = arith.constant 6.250000000e-02 : f32
          %le19 = arith.cmpf ole, %f19, %t19 : f32
          %r19 = scf.if %le19 -> (tensor<10xf64>) {
            %c20 = arith.constant 12 : index
            %f20 = tensor.extract %x[%c20] : tensor<64xf32>
            %t20 = arith.constant 5.625000000e-01 : f32
            %le20 = arith.cmpf ole, %f20, %t20 : f32
            %r20 = scf.if %le20 -> (tensor<10xf64>) {
              %c21 = arith.constant 51 : index
              %f21 = tensor.extract %x[%c21] : tensor<64xf32>
              %t21 = arith.constant 9.687500000e-01 : f32
              %le21 = arith.cmpf ole, %f21, %t21 : f32
              %r21 = scf.if %le21 -> (tensor<10xf64>) {
                %leaf22 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 21 : i64} %leaf22 : tensor<10xf64>
              } else {
                %leaf23 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 22 : i64} %leaf23 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 1.0, 0.0, 0.0, 0.0>, prune.impurity = 0.5 : f64, prune.weight = 2.0 : f64, prune.node = 20 : i64}
              scf.yield %r21 : tensor<10xf64>
            } else {
              %c24 = arith.constant 53 : index
              %f24 = tensor.extract %x[%c24] : tensor<64xf32>
              %t24 = arith.constant 3.750000000e-01 : f32
              %le24 = arith.cmpf ole, %f24, %t24 : f32
              %r24 = scf.if %le24 -> (tensor<10xf64>) {
                %leaf25 = arith.constant dense<[0.0, 0.3333333333333333, 0.0, 0.0, 0.0, 0.0, 0.0, 0.6666666666666666, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 3.0 : f64, prune.node = 24 : i64} %leaf25 : tensor<10xf64>
              } else {
                %leaf26 = arith.constant dense<[0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 25 : i64} %leaf26 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 1.0, 0.0, 2.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0>, prune.impurity = 0.64 : f64, prune.weight = 5.0 : f64, prune.node = 23 : i64}
              scf.yield %r24 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 1.0, 0.0, 2.0, 1.0, 0.0, 1.0, 2.0, 0.0, 0.0>, prune.impurity = 0.7755102040816326 : f64, prune.weight = 7.0 : f64, prune.node = 19 : i64}
            scf.yield %r20 : tensor<10xf64>
          } else {
            %c27 = arith.constant 22 : index
            %f27 = tensor.extract %x[%c27] : tensor<64xf32>
            %t27 = arith.constant 2.812500000e-01 : f32
            %le27 = arith.cmpf ole, %f27, %t27 : f32
            %r27 = scf.if %le27 -> (tensor<10xf64>) {
              %leaf28 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 109.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 109.0 : f64, prune.node = 27 : i64} %leaf28 : tensor<10xf64>
            } else {
              %leaf29 = arith.constant dense<[1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 28 : i64} %leaf29 : tensor<10xf64>
            } {prune.counts = array<f64: 2.0, 0.0, 0.0, 0.0, 0.0, 109.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.03538673808944082 : f64, prune.weight = 111.0 : f64, prune.node = 26 : i64}
            scf.yield %r27 : tensor<10xf64>
          } {prune.counts = array<f64: 2.0, 1.0, 0.0, 2.0, 1.0, 109.0, 1.0, 2.0, 0.0, 0.0>, prune.impurity = 0.1456478023556449 : f64, prune.weight = 118.0 : f64, prune.node = 18 : i64}
          scf.yield %r19 : tensor<10xf64>
        } {prune.counts = array<f64: 2.0, 3.0, 0.0, 2.0, 20.0, 109.0, 4.0, 2.0, 0.0, 0.0>, prune.impurity = 0.3891093037095814 : f64, prune.weight = 142.0 : f64, prune.node = 6 : i64}
        scf.yield %r7 : tensor<10xf64>
      } {prune.counts = array<f64: 2.0, 3.0, 4.0, 2.0, 20.0, 109.0, 4.0, 8.0, 0.0, 0.0>, prune.impurity = 0.4635560941828255 : f64, prune.weight = 152.0 : f64, prune.node = 2 : i64}
      scf.yield %r3 : tensor<10xf64>
    } else {
      %c30 = arith.constant 20 : index
      %f30 = tensor.extract %x[%c30] : tensor<64xf32>
      %t30 = arith.constant 2.187500000e-01 : f32
      %le30 = arith.cmpf ole, %f30, %t30 : f32
      %r30 = scf.if %le30 -> (tensor<10xf64>) {
        %c31 = arith.constant 27 : index
        %f31 = tensor.extract %x[%c31] : tensor<64xf32>
        %t31 = arith.constant 9.375000000e-01 : f32
        %le31 = arith.cmpf ole, %f31, %t31 : f32
        %r31 = scf.if %le31 -> (tensor<10xf64>) {
          %c32 = arith.constant 34 : index
          %f32 = tensor.extract %x[%c32] : tensor<64xf32>
          %t32 = arith.constant 4.375000000e-01 : f32
          %le32 = arith.cmpf ole, %f32, %t32 : f32
          %r32 = scf.if %le32 -> (tensor<10xf64>) {
            %leaf33 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 5.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 5.0 : f64, prune.node = 32 : i64} %leaf33 : tensor<10xf64>
          } else {
            %c34 = arith.constant 54 : index
            %f34 = tensor.extract %x[%c34] : tensor<64xf32>
            %t34 = arith.constant 1.562500000e-01 : f32
            %le34 = arith.cmpf ole, %f34, %t34 : f32
            %r34 = scf.if %le34 -> (tensor<10xf64>) {
              %c35 = arith.constant 5 : index
              %f35 = tensor.extract %x[%c35] : tensor<64xf32>
              %t35 = arith.constant 5.312500000e-01 : f32
              %le35 = arith.cmpf ole, %f35, %t35 : f32
              %r35 = scf.if %le35 -> (tensor<10xf64>) {
                %leaf36 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 3.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 35 : i64} %leaf36 : tensor<10xf64>
              } else {
                %leaf37 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 36 : i64} %leaf37 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 3.0, 0.0, 0.0, 0.0>, prune.impurity = 0.375 : f64, prune.weight = 4.0 : f64, prune.node = 34 : i64}
              scf.yield %r35 : tensor<10xf64>
            } else {
              %leaf38 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 117.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 117.0 : f64, prune.node = 37 : i64} %leaf38 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 120.0, 0.0, 0.0, 0.0>, prune.impurity = 0.016392322928761693 : f64, prune.weight = 121.0 : f64, prune.node = 33 : i64}
            scf.yield %r34 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 6.0, 120.0, 0.0, 0.0, 0.0>, prune.impurity = 0.09070294784580502 : f64, prune.weight = 126.0 : f64, prune.node = 31 : i64}
          scf.yield %r32 : tensor<10xf64>
        } else {
          %c39 = arith.constant 10 : index
          %f39 = tensor.extract %x[%c39] : tensor<64xf32>
          %t39 = arith.constant 7.187500000e-01 : f32
          %le39 = arith.cmpf ole, %f39, %t39 : f32
          %r39 = scf.if %le39 -> (tensor<10xf64>) {
            %c40 = arith.constant 44 : index
            %f40 = tensor.extract %x[%c40] : tensor<64xf32>
            %t40 = arith.constant 6.250000000e-01 : f32
            %le40 = arith.cmpf ole, %f40, %t40 : f32
            %r40 = scf.if %le40 -> (tensor<10xf64>) {
              %leaf41 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 7.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 7.0 : f64, prune.node = 40 : i64} %leaf41 : tensor<10xf64>
            } else {
              %leaf42 = arith.constant dense<[0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 41 : i64} %leaf42 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 7.0, 0.0, 0.0, 0.0>, prune.impurity = 0.345679012345679 : f64, prune.weight = 9.0 : f64, prune.node = 39 : i64}
            scf.yield %r40 : tensor<10xf64>
          } else {
            %c43 = arith.constant 61 : index
            %f43 = tensor.extract %x[%c43] : tensor<64xf32>
            %t43 = arith.constant 9.687500000e-01 : f32
            %le43 = arith.cmpf ole, %f43, %t43 : f32
            %r43 = scf.if %le43 -> (tensor<10xf64>) {
              %leaf44 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 7.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 7.0 : f64, prune.node = 43 : i64} %leaf44 : tensor<10xf64>
            } else {
              %leaf45 = arith.constant dense<[0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 44 : i64} %leaf45 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 2.0, 0.0, 0.0, 0.0, 7.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.345679012345679 : f64, prune.weight = 9.0 : f64, prune.node = 42 : i64}
            scf.yield %r43 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 4.0, 0.0, 0.0, 0.0, 7.0, 7.0, 0.0, 0.0, 0.0>, prune.impurity = 0.6481481481481481 : f64, prune.weight = 18.0 : f64, prune.node = 38 : i64}
          scf.yield %r39 : tensor<10xf64>
        } {prune.counts = array<f64: 0.0, 4.0, 0.0, 0.0, 0.0, 13.0, 127.0, 0.0, 0.0, 0.0>, prune.impurity = 0.21325231481481477 : f64, prune.weight = 144.0 : f64, prune.node = 30 : i64}
        scf.yield %r31 : tensor<10xf64>
      } else {
        %c46 = arith.constant 51 : index
        %f46 = tensor.extract %x[%c46] : tensor<64xf32>
        %t46 = arith.constant 7.812500000e-01 : f32
        %le46 = arith.cmpf ole, %f46, %t46 : f32
        %r46 = scf.if %le46 -> (tensor<10xf64>) {
          %c47 = arith.constant 63 : index
          %f47 = tensor.extract %x[%c47] : tensor<64xf32>
          %t47 = arith.constant 2.500000000e-01 : f32
          %le47 = arith.cmpf ole, %f47, %t47 : f32
          %r47 = scf.if %le47 -> (tensor<10xf64>) {
            %c48 = arith.constant 62 : index
            %f48 = tensor.extract %x[%c48] : tensor<64xf32>
            %t48 = arith.constant 1.250000000e-01 : f32
            %le48 = arith.cmpf ole, %f48, %t48 : f32
            %r48 = scf.if %le48 -> (tensor<10xf64>) {
              %c49 = arith.constant 58 : index
              %f49 = tensor.extract %x[%c49] : tensor<64xf32>
              %t49 = arith.constant 2.812500000e-01 : f32
              %le49 = arith.cmpf ole, %f49, %t49 : f32
              %r49 = scf.if %le49 -> (tensor<10xf64>) {
                %leaf50 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.3333333333333333, 0.0, 0.0, 0.0, 0.6666666666666666, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 2.0, 0.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 3.0 : f64, prune.node = 49 : i64} %leaf50 : tensor<10xf64>
              } else {
                %leaf51 = arith.constant dense<[0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 12.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 12.0 : f64, prune.node = 50 : i64} %leaf51 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 12.0, 1.0, 0.0, 0.0, 0.0, 2.0, 0.0>, prune.impurity = 0.33777777777777773 : f64, prune.weight = 15.0 : f64, prune.node = 48 : i64}
              scf.yield %r49 : tensor<10xf64>
            } else {
              %leaf52 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 4.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 51 : i64} %leaf52 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 4.0, 12.0, 1.0, 0.0, 0.0, 0.0, 2.0, 0.0>, prune.impurity = 0.5429362880886426 : f64, prune.weight = 19.0 : f64, prune.node = 47 : i64}
            scf.yield %r48 : tensor<10xf64>
          } else {
            %c53 = arith.constant 2 : index
            %f53 = tensor.extract %x[%c53] : tensor<64xf32>
            %t53 = arith.constant 9.375000000e-02 : f32
            %le53 = arith.cmpf ole, %f53, %t53 : f32
            %r53 = scf.if %le53 -> (tensor<10xf64>) {
              %leaf54 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 53 : i64} %leaf54 : tensor<10xf64>
            } else {
              %leaf55 = arith.constant dense<[0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 12.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 12.0 : f64, prune.node = 54 : i64} %leaf55 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 12.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.14201183431952658 : f64, prune.weight = 13.0 : f64, prune.node = 52 : i64}
            scf.yield %r53 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 12.0, 5.0, 12.0, 1.0, 0.0, 0.0, 0.0, 2.0, 0.0>, prune.impurity = 0.689453125 : f64, prune.weight = 32.0 : f64, prune.node = 46 : i64}
          scf.yield %r47 : tensor<10xf64>
        } else {
          %c56 = arith.constant 34 : index
          %f56 = tensor.extract %x[%c56] : tensor<64xf32>
          %t56 = arith.constant 3.125000000e-01 : f32
          %le56 = arith.cmpf ole, %f56, %t56 : f32
          %r56 = scf.if %le56 -> (tensor<10xf64>) {
            %c57 = arith.constant 18 : index
            %f57 = tensor.extract %x[%c57] : tensor<64xf32>
            %t57 = arith.constant 1.562500000e-01 : f32
            %le57 = arith.cmpf ole, %f57, %t57 : f32
            %r57 = scf.if %le57 -> (tensor<10xf64>) {
              %leaf58 = arith.constant dense<[0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 57 : i64} %leaf58 : tensor<10xf64>
            } else {
              %leaf59 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 25.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 25.0 : f64, prune.node = 58 : i64} %leaf59 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 1.0, 25.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.07396449704142016 : f64, prune.weight = 26.0 : f64, prune.node = 56 : i64}
            scf.yield %r57 : tensor<10xf64>
          } else {
            %c60 = arith.constant 2 : index
            %f60 = tensor.extract %x[%c60] : tensor<64xf32>
            %t60 = arith.constant 2.187500000e-01 : f32
            %le60 = arith.cmpf ole, %f60, %t60 : f32
            %r60 = scf.if %le60 -> (tensor<10xf64>) {
              %c61 = arith.constant 13 : index
              %f61 = tensor.extract %x[%c61] : tensor<64xf32>
              %t61 = arith.constant 1.562500000e-01 : f32
              %le61 = arith.cmpf ole, %f61, %t61 : f32
              %r61 = scf.if %le61 -> (tensor<10xf64>) {
                %leaf62 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 9.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 9.0 : f64, prune.node = 61 : i64} %leaf62 : tensor<10xf64>
              } else {
                %leaf63 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.6666666666666666, 0.0, 0.0, 0.0, 0.3333333333333333, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 3.0 : f64, prune.node = 62 : i64} %leaf63 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 9.0, 0.0, 1.0, 0.0>, prune.impurity = 0.4027777777777778 : f64, prune.weight = 12.0 : f64, prune.node = 60 : i64}
              scf.yield %r61 : tensor<10xf64>
            } else {
              %c64 = arith.constant 57 : index
              %f64 = tensor.extract %x[%c64] : tensor<64xf32>
              %t64 = arith.constant 3.125000000e-02 : f32
              %le64 = arith.cmpf ole, %f64, %t64 : f32
              %r64 = scf.if %le64 -> (tensor<10xf64>) {
                %leaf65 = arith.constant dense<[0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 64 : i64} %leaf65 : tensor<10xf64>
              } else {
                %leaf66 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 65 : i64} %leaf66 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 2.0, 3.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.48 : f64, prune.weight = 5.0 : f64, prune.node = 63 : i64}
              scf.yield %r64 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 2.0, 3.0, 0.0, 2.0, 0.0, 9.0, 0.0, 1.0, 0.0>, prune.impurity = 0.6574394463667821 : f64, prune.weight = 17.0 : f64, prune.node = 59 : i64}
            scf.yield %r60 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 3.0, 28.0, 0.0, 2.0, 0.0, 9.0, 0.0, 1.0, 0.0>, prune.impurity = 0.5246078961600865 : f64, prune.weight = 43.0 : f64, prune.node = 55 : i64}
          scf.yield %r56 : tensor<10xf64>
        } {prune.counts = array<f64: 0.0, 15.0, 33.0, 12.0, 3.0, 0.0, 9.0, 0.0, 3.0, 0.0>, prune.impurity = 0.7232000000000001 : f64, prune.weight = 75.0 : f64, prune.node = 45 : i64}
        scf.yield %r46 : tensor<10xf64>
      } {prune.counts = array<f64: 0.0, 19.0, 33.0, 12.0, 3.0, 13.0, 136.0, 0.0, 3.0, 0.0>, prune.impurity = 0.5772189904297241 : f64, prune.weight = 219.0 : f64, prune.node = 29 : i64}
      scf.yield %r30 : tensor<10xf64>
    } {prune.counts = array<f64: 2.0, 22.0, 37.0, 14.0, 23.0, 122.0, 140.0, 8.0, 3.0, 0.0>, prune.impurity = 0.7301748752188665 : f64, prune.weight = 371.0 : f64, prune.node = 1 : i64}
    scf.yield %r2 : tensor<10xf64>
  } else {
    %c67 = arith.constant 36 : index
    %f67 = tensor.extract %x[%c67] : tensor<64xf32>
    %t67 = arith.constant 3.125000000e-02 : f32
    %le67 = arith.cmpf ole, %f67, %t67 : f32
    %r67 = scf.if %le67 -> (tensor<10xf64>) {
      %c68 = arith.constant 34 : index
      %f68 = tensor.extract %x[%c68] : tensor<64xf32>
      %t68 = arith.constant 1.875000000e-01 : f32
      %le68 = arith.cmpf ole, %f68, %t68 : f32
      %r68 = scf.if %le68 -> (tensor<10xf64>) {
        %c69 = arith.constant 2 : index
        %f69 = tensor.extract %x[%c69] : tensor<64xf32>
        %t69 = arith.constant 7.187500000e-01 : f32
        %le69 = arith.cmpf ole, %f69, %t69 : f32
        %r69 = scf.if %le69 -> (tensor<10xf64>) {
          %leaf70 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
          scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 40.0>, prune.impurity = 0.0 : f64, prune.weight = 40.0 : f64, prune.node = 69 : i64} %leaf70 : tensor<10xf64>
        } else {
          %c71 = arith.constant 28 : index
          %f71 = tensor.extract %x[%c71] : tensor<64xf32>
          %t71 = arith.constant 6.562500000e-01 : f32
          %le71 = arith.cmpf ole, %f71, %t71 : f32
          %r71 = scf.if %le71 -> (tensor<10xf64>) {
            %leaf72 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 71 : i64} %leaf72 : tensor<10xf64>
          } else {
            %leaf73 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 72 : i64} %leaf73 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 2.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 3.0 : f64, prune.node = 70 : i64}
          scf.yield %r71 : tensor<10xf64>
        } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 42.0>, prune.impurity = 0.045429962141698255 : f64, prune.weight = 43.0 : f64, prune.node = 68 : i64}
        scf.yield %r69 : tensor<10xf64>
      } else {
        %c74 = arith.constant 57 : index
        %f74 = tensor.extract %x[%c74] : tensor<64xf32>
        %t74 = arith.constant 3.125000000e-02 : f32
        %le74 = arith.cmpf ole, %f74, %t74 : f32
        %r74 = scf.if %le74 -> (tensor<10xf64>) {
          %c75 = arith.constant 27 : index
          %f75 = tensor.extract %x[%c75] : tensor<64xf32>
          %t75 = arith.constant 8.437500000e-01 : f32
          %le75 = arith.cmpf ole, %f75, %t75 : f32
          %r75 = scf.if %le75 -> (tensor<10xf64>) {
            %leaf76 = arith.constant dense<[1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 112.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 112.0 : f64, prune.node = 75 : i64} %leaf76 : tensor<10xf64>
          } else {
            %c77 = arith.constant 41 : index
            %f77 = tensor.extract %x[%c77] : tensor<64xf32>
            %t77 = arith.constant 1.562500000e-01 : f32
            %le77 = arith.cmpf ole, %f77, %t77 : f32
            %r77 = scf.if %le77 -> (tensor<10xf64>) {
              %leaf78 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 7.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 7.0 : f64, prune.node = 77 : i64} %leaf78 : tensor<10xf64>
            } else {
              %leaf79 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 78 : i64} %leaf79 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 7.0, 0.0, 0.0, 2.0, 0.0>, prune.impurity = 0.345679012345679 : f64, prune.weight = 9.0 : f64, prune.node = 76 : i64}
            scf.yield %r77 : tensor<10xf64>
          } {prune.counts = array<f64: 112.0, 0.0, 0.0, 0.0, 0.0, 7.0, 0.0, 0.0, 2.0, 0.0>, prune.impurity = 0.13960795027662043 : f64, prune.weight = 121.0 : f64, prune.node = 74 : i64}
          scf.yield %r75 : tensor<10xf64>
        } else {
          %c80 = arith.constant 33 : index
          %f80 = tensor.extract %x[%c80] : tensor<64xf32>
          %t80 = arith.constant 2.500000000e-01 : f32
          %le80 = arith.cmpf ole, %f80, %t80 : f32
          %r80 = scf.if %le80 -> (tensor<10xf64>) {
            %leaf81 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 80 : i64} %leaf81 : tensor<10xf64>
          } else {
            %leaf82 = arith.constant dense<[1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 81 : i64} %leaf82 : tensor<10xf64>
          } {prune.counts = array<f64: 1.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 3.0 : f64, prune.node = 79 : i64}
          scf.yield %r80 : tensor<10xf64>
        } {prune.counts = array<f64: 113.0, 0.0, 0.0, 0.0, 0.0, 9.0, 0.0, 0.0, 2.0, 0.0>, prune.impurity = 0.16402185223725285 : f64, prune.weight = 124.0 : f64, prune.node = 73 : i64}
        scf.yield %r74 : tensor<10xf64>
      } {prune.counts = array<f64: 113.0, 0.0, 0.0, 0.0, 0.0, 10.0, 0.0, 0.0, 2.0, 42.0>, prune.impurity = 0.47516942163577036 : f64, prune.weight = 167.0 : f64, prune.node = 67 : i64}
      scf.yield %r68 : tensor<10xf64>
    } else {
      %c83 = arith.constant 43 : index
      %f83 = tensor.extract %x[%c83] : tensor<64xf32>
      %t83 = arith.constant 3.125000000e-02 : f32
      %le83 = arith.cmpf ole, %f83, %t83 : f32
      %r83 = scf.if %le83 -> (tensor<10xf64>) {
        %c84 = arith.constant 26 : index
        %f84 = tensor.extract %x[%c84] : tensor<64xf32>
        %t84 = arith.constant 2.187500000e-01 : f32
        %le84 = arith.cmpf ole, %f84, %t84 : f32
        %r84 = scf.if %le84 -> (tensor<10xf64>) {
          %c85 = arith.constant 29 : index
          %f85 = tensor.extract %x[%c85] : tensor<64xf32>
          %t85 = arith.constant 9.687500000e-01 : f32
          %le85 = arith.cmpf ole, %f85, %t85 : f32
          %r85 = scf.if %le85 -> (tensor<10xf64>) {
            %c86 = arith.constant 30 : index
            %f86 = tensor.extract %x[%c86] : tensor<64xf32>
            %t86 = arith.constant 2.812500000e-01 : f32
            %le86 = arith.cmpf ole, %f86, %t86 : f32
            %r86 = scf.if %le86 -> (tensor<10xf64>) {
              %c87 = arith.constant 58 : index
              %f87 = tensor.extract %x[%c87] : tensor<64xf32>
              %t87 = arith.constant 2.187500000e-01 : f32
              %le87 = arith.cmpf ole, %f87, %t87 : f32
              %r87 = scf.if %le87 -> (tensor<10xf64>) {
                %leaf88 = arith.constant dense<[0.0, 0.2, 0.0, 0.8, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 1.0, 0.0, 4.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.31999999999999995 : f64, prune.weight = 5.0 : f64, prune.node = 87 : i64} %leaf88 : tensor<10xf64>
              } else {
                %leaf89 = arith.constant dense<[0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 84.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 84.0 : f64, prune.node = 88 : i64} %leaf89 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 1.0, 0.0, 88.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.022219416740310582 : f64, prune.weight = 89.0 : f64, prune.node = 86 : i64}
              scf.yield %r87 : tensor<10xf64>
            } else {
              %leaf90 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 89 : i64} %leaf90 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 1.0, 1.0, 88.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.04370370370370369 : f64, prune.weight = 90.0 : f64, prune.node = 85 : i64}
            scf.yield %r86 : tensor<10xf64>
          } else {
            %c91 = arith.constant 6 : index
            %f91 = tensor.extract %x[%c91] : tensor<64xf32>
            %t91 = arith.constant 3.125000000e-02 : f32
            %le91 = arith.cmpf ole, %f91, %t91 : f32
            %r91 = scf.if %le91 -> (tensor<10xf64>) {
              %leaf92 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 91 : i64} %leaf92 : tensor<10xf64>
            } else {
              %c93 = arith.constant 20 : index
              %f93 = tensor.extract %x[%c93] : tensor<64xf32>
              %t93 = arith.constant 5.625000000e-01 : f32
              %le93 = arith.cmpf ole, %f93, %t93 : f32
              %r93 = scf.if %le93 -> (tensor<10xf64>) {
                %leaf94 = arith.constant dense<[0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 93 : i64} %leaf94 : tensor<10xf64>
              } else {
                %leaf95 = arith.constant dense<[0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 94 : i64} %leaf95 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 1.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.5 : f64, prune.weight = 2.0 : f64, prune.node = 92 : i64}
              scf.yield %r93 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 1.0, 2.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.625 : f64, prune.weight = 4.0 : f64, prune.node = 90 : i64}
            scf.yield %r91 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 2.0, 3.0, 89.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.10208239022181986 : f64, prune.weight = 94.0 : f64, prune.node = 84 : i64}
          scf.yield %r85 : tensor<10xf64>
        } else {
          %c96 = arith.constant 35 : index
          %f96 = tensor.extract %x[%c96] : tensor<64xf32>
          %t96 = arith.constant 9.375000000e-02 : f32
          %le96 = arith.cmpf ole, %f96, %t96 : f32
          %r96 = scf.if %le96 -> (tensor<10xf64>) {
            %c97 = arith.constant 44 : index
            %f97 = tensor.extract %x[%c97] : tensor<64xf32>
            %t97 = arith.constant 9.375000000e-02 : f32
            %le97 = arith.cmpf ole, %f97, %t97 : f32
            %r97 = scf.if %le97 -> (tensor<10xf64>) {
              %c98 = arith.constant 38 : index
              %f98 = tensor.extract %x[%c98] : tensor<64xf32>
              %t98 = arith.constant 1.250000000e-01 : f32
              %le98 = arith.cmpf ole, %f98, %t98 : f32
              %r98 = scf.if %le98 -> (tensor<10xf64>) {
                %leaf99 = arith.constant dense<[0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 98 : i64} %leaf99 : tensor<10xf64>
              } else {
                %leaf100 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 4.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 99 : i64} %leaf100 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 4.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 6.0 : f64, prune.node = 97 : i64}
              scf.yield %r98 : tensor<10xf64>
            } else {
              %c101 = arith.constant 58 : index
              %f101 = tensor.extract %x[%c101] : tensor<64xf32>
              %t101 = arith.constant 2.812500000e-01 : f32
              %le101 = arith.cmpf ole, %f101, %t101 : f32
              %r101 = scf.if %le101 -> (tensor<10xf64>) {
                %leaf102 = arith.constant dense<[0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 13.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 13.0 : f64, prune.node = 101 : i64} %leaf102 : tensor<10xf64>
              } else {
                %leaf103 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 5.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 5.0 : f64, prune.node = 102 : i64} %leaf103 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 13.0, 0.0, 0.0, 0.0, 5.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.4012345679012346 : f64, prune.weight = 18.0 : f64, prune.node = 100 : i64}
              scf.yield %r101 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 13.0, 0.0, 2.0, 0.0, 5.0, 0.0, 0.0, 0.0, 4.0>, prune.impurity = 0.6284722222222222 : f64, prune.weight = 24.0 : f64, prune.node = 96 : i64}
            scf.yield %r97 : tensor<10xf64>
          } else {
            %c104 = arith.constant 30 : index
            %f104 = tensor.extract %x[%c104] : tensor<64xf32>
            %t104 = arith.constant 3.125000000e-02 : f32
            %le104 = arith.cmpf ole, %f104, %t104 : f32
            %r104 = scf.if %le104 -> (tensor<10xf64>) {
              %c105 = arith.constant 52 : index
              %f105 = tensor.extract %x[%c105] : tensor<64xf32>
              %t105 = arith.constant 8.750000000e-01 : f32
              %le105 = arith.cmpf ole, %f105, %t105 : f32
              %r105 = scf.if %le105 -> (tensor<10xf64>) {
                %leaf106 = arith.constant dense<[0.0, 0.07407407407407407, 0.0, 0.37037037037037035, 0.0, 0.0, 0.0, 0.0, 0.25925925925925924, 0.2962962962962963]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 2.0, 0.0, 10.0, 0.0, 0.0, 0.0, 0.0, 7.0, 8.0>, prune.impurity = 0.7023319615912209 : f64, prune.weight = 27.0 : f64, prune.node = 105 : i64} %leaf106 : tensor<10xf64>
              } else {
                %leaf107 = arith.constant dense<[0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 5.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 5.0 : f64, prune.node = 106 : i64} %leaf107 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 7.0, 0.0, 10.0, 0.0, 0.0, 0.0, 0.0, 7.0, 8.0>, prune.impurity = 0.744140625 : f64, prune.weight = 32.0 : f64, prune.node = 104 : i64}
              scf.yield %r105 : tensor<10xf64>
            } else {
              %c108 = arith.constant 30 : index
              %f108 = tensor.extract %x[%c108] : tensor<64xf32>
              %t108 = arith.constant 5.625000000e-01 : f32
              %le108 = arith.cmpf ole, %f108, %t108 : f32
              %r108 = scf.if %le108 -> (tensor<10xf64>) {
                %leaf109 = arith.constant dense<[0.0, 0.03636363636363636, 0.0, 0.0, 0.0, 0.01818181818181818, 0.0, 0.01818181818181818, 0.03636363636363636, 0.8909090909090909]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 2.0, 0.0, 0.0, 0.0, 1.0, 0.0, 1.0, 2.0, 49.0>, prune.impurity = 0.2029752066115702 : f64, prune.weight = 55.0 : f64, prune.node = 108 : i64} %leaf109 : tensor<10xf64>
              } else {
                %leaf110 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.75, 0.0, 0.0, 0.0, 0.0, 0.25]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 0.0, 1.0>, prune.impurity = 0.375 : f64, prune.weight = 4.0 : f64, prune.node = 109 : i64} %leaf110 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 2.0, 0.0, 0.0, 3.0, 1.0, 0.0, 1.0, 2.0, 50.0>, prune.impurity = 0.27635736857224935 : f64, prune.weight = 59.0 : f64, prune.node = 107 : i64}
              scf.yield %r108 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 9.0, 0.0, 10.0, 3.0, 1.0, 0.0, 1.0, 9.0, 58.0>, prune.impurity = 0.5608018355271103 : f64, prune.weight = 91.0 : f64, prune.node = 103 : i64}
            scf.yield %r104 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 22.0, 0.0, 12.0, 3.0, 6.0, 0.0, 1.0, 9.0, 62.0>, prune.impurity = 0.6522495274102079 : f64, prune.weight = 115.0 : f64, prune.node = 95 : i64}
          scf.yield %r96 : tensor<10xf64>
        } {prune.counts = array<f64: 0.0, 24.0, 3.0, 101.0, 3.0, 6.0, 0.0, 1.0, 9.0, 62.0>, prune.impurity = 0.6621643277397495 : f64, prune.weight = 209.0 : f64, prune.node = 83 : i64}
        scf.yield %r84 : tensor<10xf64>
      } else {
        %c111 = arith.constant 60 : index
        %f111 = tensor.extract %x[%c111] : tensor<64xf32>
        %t111 = arith.constant 3.437500000e-01 : f32
        %le111 = arith.cmpf ole, %f111, %t111 : f32
        %r111 = scf.if %le111 -> (tensor<10xf64>) {
          %c112 = arith.constant 52 : index
          %f112 = tensor.extract %x[%c112] : tensor<64xf32>
          %t112 = arith.constant 7.187500000e-01 : f32
          %le112 = arith.cmpf ole, %f112, %t112 : f32
          %r112 = scf.if %le112 -> (tensor<10xf64>) {
            %c113 = arith.constant 38 : index
            %f113 = tensor.extract %x[%c113] : tensor<64xf32>
            %t113 = arith.constant 3.125000000e-02 : f32
            %le113 = arith.cmpf ole, %f113, %t113 : f32
            %r113 = scf.if %le113 -> (tensor<10xf64>) {
              %c114 = arith.constant 22 : index
              %f114 = tensor.extract %x[%c114] : tensor<64xf32>
              %t114 = arith.constant 7.187500000e-01 : f32
              %le114 = arith.cmpf ole, %f114, %t114 : f32
              %r114 = scf.if %le114 -> (tensor<10xf64>) {
                %leaf115 = arith.constant dense<[0.0, 0.04, 0.0, 0.04, 0.12, 0.0, 0.0, 0.6, 0.04, 0.16]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 1.0, 0.0, 1.0, 3.0, 0.0, 0.0, 15.0, 1.0, 4.0>, prune.impurity = 0.5952 : f64, prune.weight = 25.0 : f64, prune.node = 114 : i64} %leaf115 : tensor<10xf64>
              } else {
                %leaf116 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 115 : i64} %leaf116 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 1.0, 0.0, 1.0, 5.0, 0.0, 0.0, 15.0, 1.0, 4.0>, prune.impurity = 0.6310013717421125 : f64, prune.weight = 27.0 : f64, prune.node = 113 : i64}
              scf.yield %r114 : tensor<10xf64>
            } else {
              %c117 = arith.constant 5 : index
              %f117 = tensor.extract %x[%c117] : tensor<64xf32>
              %t117 = arith.constant 3.125000000e-02 : f32
              %le117 = arith.cmpf ole, %f117, %t117 : f32
              %r117 = scf.if %le117 -> (tensor<10xf64>) {
                %leaf118 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.75, 0.0, 0.0, 0.25, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 3.0, 0.0, 0.0, 1.0, 0.0, 0.0>, prune.impurity = 0.375 : f64, prune.weight = 4.0 : f64, prune.node = 117 : i64} %leaf118 : tensor<10xf64>
              } else {
                %leaf119 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.012345679012345678, 0.0, 0.0, 0.9876543209876543, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 80.0, 0.0, 0.0>, prune.impurity = 0.024386526444139633 : f64, prune.weight = 81.0 : f64, prune.node = 118 : i64} %leaf119 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 4.0, 0.0, 0.0, 81.0, 0.0, 0.0>, prune.impurity = 0.08968858131487889 : f64, prune.weight = 85.0 : f64, prune.node = 116 : i64}
              scf.yield %r117 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 1.0, 0.0, 1.0, 9.0, 0.0, 0.0, 96.0, 1.0, 4.0>, prune.impurity = 0.2573341836734694 : f64, prune.weight = 112.0 : f64, prune.node = 112 : i64}
            scf.yield %r113 : tensor<10xf64>
          } else {
            %c120 = arith.constant 51 : index
            %f120 = tensor.extract %x[%c120] : tensor<64xf32>
            %t120 = arith.constant 8.750000000e-01 : f32
            %le120 = arith.cmpf ole, %f120, %t120 : f32
            %r120 = scf.if %le120 -> (tensor<10xf64>) {
              %c121 = arith.constant 38 : index
              %f121 = tensor.extract %x[%c121] : tensor<64xf32>
              %t121 = arith.constant 9.375000000e-02 : f32
              %le121 = arith.cmpf ole, %f121, %t121 : f32
              %r121 = scf.if %le121 -> (tensor<10xf64>) {
                %leaf122 = arith.constant dense<[0.0, 0.2857142857142857, 0.0, 0.14285714285714285, 0.0, 0.14285714285714285, 0.0, 0.0, 0.42857142857142855, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 2.0, 0.0, 1.0, 0.0, 1.0, 0.0, 0.0, 3.0, 0.0>, prune.impurity = 0.6938775510204082 : f64, prune.weight = 7.0 : f64, prune.node = 121 : i64} %leaf122 : tensor<10xf64>
              } else {
                %leaf123 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 5.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 5.0 : f64, prune.node = 122 : i64} %leaf123 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 2.0, 0.0, 1.0, 0.0, 1.0, 0.0, 5.0, 3.0, 0.0>, prune.impurity = 0.7222222222222222 : f64, prune.weight = 12.0 : f64, prune.node = 120 : i64}
              scf.yield %r121 : tensor<10xf64>
            } else {
              %c124 = arith.constant 34 : index
              %f124 = tensor.extract %x[%c124] : tensor<64xf32>
              %t124 = arith.constant 1.875000000e-01 : f32
              %le124 = arith.cmpf ole, %f124, %t124 : f32
              %r124 = scf.if %le124 -> (tensor<10xf64>) {
                %leaf125 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 124 : i64} %leaf125 : tensor<10xf64>
              } else {
                %leaf126 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 6.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 6.0 : f64, prune.node = 125 : i64} %leaf126 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 1.0, 0.0, 6.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.24489795918367352 : f64, prune.weight = 7.0 : f64, prune.node = 123 : i64}
              scf.yield %r124 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 2.0, 1.0, 1.0, 6.0, 1.0, 0.0, 5.0, 3.0, 0.0>, prune.impurity = 0.7867036011080333 : f64, prune.weight = 19.0 : f64, prune.node = 119 : i64}
            scf.yield %r120 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 3.0, 1.0, 2.0, 15.0, 1.0, 0.0, 101.0, 4.0, 4.0>, prune.impurity = 0.3897208787366704 : f64, prune.weight = 131.0 : f64, prune.node = 111 : i64}
          scf.yield %r112 : tensor<10xf64>
        } else {
          %c127 = arith.constant 62 : index
          %f127 = tensor.extract %x[%c127] : tensor<64xf32>
          %t127 = arith.constant 1.562500000e-01 : f32
          %le127 = arith.cmpf ole, %f127, %t127 : f32
          %r127 = scf.if %le127 -> (tensor<10xf64>) {
            %c128 = arith.constant 2 : index
            %f128 = tensor.extract %x[%c128] : tensor<64xf32>
            %t128 = arith.constant 3.125000000e-02 : f32
            %le128 = arith.cmpf ole, %f128, %t128 : f32
            %r128 = scf.if %le128 -> (tensor<10xf64>) {
              %c129 = arith.constant 34 : index
              %f129 = tensor.extract %x[%c129] : tensor<64xf32>
              %t129 = arith.constant 5.312500000e-01 : f32
              %le129 = arith.cmpf ole, %f129, %t129 : f32
              %r129 = scf.if %le129 -> (tensor<10xf64>) {
                %leaf130 = arith.constant dense<[0.0, 0.6744186046511628, 0.023255813953488372, 0.0, 0.0, 0.0, 0.0, 0.09302325581395349, 0.16279069767441862, 0.046511627906976744]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 29.0, 1.0, 0.0, 0.0, 0.0, 0.0, 4.0, 7.0, 2.0>, prune.impurity = 0.5073012439156301 : f64, prune.weight = 43.0 : f64, prune.node = 129 : i64} %leaf130 : tensor<10xf64>
              } else {
                %leaf131 = arith.constant dense<[0.0, 0.0784313725490196, 0.0, 0.0, 0.8333333333333334, 0.0, 0.0, 0.058823529411764705, 0.0196078431372549, 0.00980392156862745]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 8.0, 0.0, 0.0, 85.0, 0.0, 0.0, 6.0, 2.0, 1.0>, prune.impurity = 0.29546328335255667 : f64, prune.weight = 102.0 : f64, prune.node = 130 : i64} %leaf131 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 37.0, 1.0, 0.0, 85.0, 0.0, 0.0, 10.0, 9.0, 3.0>, prune.impurity = 0.5821640903686087 : f64, prune.weight = 145.0 : f64, prune.node = 128 : i64}
              scf.yield %r129 : tensor<10xf64>
            } else {
              %c132 = arith.constant 20 : index
              %f132 = tensor.extract %x[%c132] : tensor<64xf32>
              %t132 = arith.constant 9.687500000e-01 : f32
              %le132 = arith.cmpf ole, %f132, %t132 : f32
              %r132 = scf.if %le132 -> (tensor<10xf64>) {
                %leaf133 = arith.constant dense<[0.0, 0.0, 0.07926829268292683, 0.08536585365853659, 0.036585365853658534, 0.0, 0.012195121951219513, 0.10975609756097561, 0.5853658536585366, 0.09146341463414634]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 13.0, 14.0, 6.0, 0.0, 2.0, 18.0, 96.0, 15.0>, prune.impurity = 0.6218768590124926 : f64, prune.weight = 164.0 : f64, prune.node = 132 : i64} %leaf133 : tensor<10xf64>
              } else {
                %leaf134 = arith.constant dense<[0.0, 0.5333333333333333, 0.22666666666666666, 0.013333333333333334, 0.0, 0.0, 0.0, 0.0, 0.22666666666666666, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 40.0, 17.0, 1.0, 0.0, 0.0, 0.0, 0.0, 17.0, 0.0>, prune.impurity = 0.6126222222222222 : f64, prune.weight = 75.0 : f64, prune.node = 133 : i64} %leaf134 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 40.0, 30.0, 15.0, 6.0, 0.0, 2.0, 18.0, 113.0, 15.0>, prune.impurity = 0.7184398032247334 : f64, prune.weight = 239.0 : f64, prune.node = 131 : i64}
              scf.yield %r132 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 77.0, 31.0, 15.0, 91.0, 0.0, 2.0, 28.0, 122.0, 18.0>, prune.impurity = 0.787109375 : f64, prune.weight = 384.0 : f64, prune.node = 127 : i64}
            scf.yield %r128 : tensor<10xf64>
          } else {
            %c135 = arith.constant 35 : index
            %f135 = tensor.extract %x[%c135] : tensor<64xf32>
            %t135 = arith.constant 8.437500000e-01 : f32
            %le135 = arith.cmpf ole, %f135, %t135 : f32
            %r135 = scf.if %le135 -> (tensor<10xf64>) {
              %c136 = arith.constant 27 : index
              %f136 = tensor.extract %x[%c136] : tensor<64xf32>
              %t136 = arith.constant 4.375000000e-01 : f32
              %le136 = arith.cmpf ole, %f136, %t136 : f32
              %r136 = scf.if %le136 -> (tensor<10xf64>) {
                %leaf137 = arith.constant dense<[0.0, 0.0, 0.9642857142857143, 0.03571428571428571, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 54.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.06887755102040816 : f64, prune.weight = 56.0 : f64, prune.node = 136 : i64} %leaf137 : tensor<10xf64>
              } else {
                %leaf138 = arith.constant dense<[0.0, 0.5, 0.0, 0.5, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 1.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.5 : f64, prune.weight = 2.0 : f64, prune.node = 137 : i64} %leaf138 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 1.0, 54.0, 3.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.13020214030915578 : f64, prune.weight = 58.0 : f64, prune.node = 135 : i64}
              scf.yield %r136 : tensor<10xf64>
            } else {
              %c139 = arith.constant 45 : index
              %f139 = tensor.extract %x[%c139] : tensor<64xf32>
              %t139 = arith.constant 1.250000000e-01 : f32
              %le139 = arith.cmpf ole, %f139, %t139 : f32
              %r139 = scf.if %le139 -> (tensor<10xf64>) {
                %leaf140 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 6.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 6.0 : f64, prune.node = 139 : i64} %leaf140 : tensor<10xf64>
              } else {
                %leaf141 = arith.constant dense<[0.0, 0.23809523809523808, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.7142857142857143, 0.047619047619047616]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 5.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 15.0, 1.0>, prune.impurity = 0.43083900226757366 : f64, prune.weight = 21.0 : f64, prune.node = 140 : i64} %leaf141 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 5.0, 6.0, 0.0, 0.0, 0.0, 0.0, 0.0, 15.0, 1.0>, prune.impurity = 0.6063100137174211 : f64, prune.weight = 27.0 : f64, prune.node = 138 : i64}
              scf.yield %r139 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 6.0, 60.0, 3.0, 0.0, 0.0, 0.0, 0.0, 15.0, 1.0>, prune.impurity = 0.4642214532871972 : f64, prune.weight = 85.0 : f64, prune.node = 134 : i64}
            scf.yield %r135 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 83.0, 91.0, 18.0, 91.0, 0.0, 2.0, 28.0, 137.0, 19.0>, prune.impurity = 0.8013602411336556 : f64, prune.weight = 469.0 : f64, prune.node = 126 : i64}
          scf.yield %r127 : tensor<10xf64>
        } {prune.counts = array<f64: 0.0, 86.0, 92.0, 20.0, 106.0, 1.0, 2.0, 129.0, 141.0, 23.0>, prune.impurity = 0.8206888888888889 : f64, prune.weight = 600.0 : f64, prune.node = 110 : i64}
        scf.yield %r111 : tensor<10xf64>
      } {prune.counts = array<f64: 0.0, 110.0, 95.0, 121.0, 109.0, 7.0, 2.0, 130.0, 150.0, 85.0>, prune.impurity = 0.855878169114153 : f64, prune.weight = 809.0 : f64, prune.node = 82 : i64}
      scf.yield %r83 : tensor<10xf64>
    } {prune.counts = array<f64: 113.0, 110.0, 95.0, 121.0, 109.0, 17.0, 2.0, 130.0, 152.0, 127.0>, prune.impurity = 0.8773410205589895 : f64, prune.weight = 976.0 : f64, prune.node = 66 : i64}
    scf.yield %r67 : tensor<10xf64>
  } {prune.counts = array<f64: 115.0, 132.0, 132.0, 135.0, 132.0, 139.0, 142.0, 138.0, 155.0, 127.0>, prune.impurity = 0.8994686424064254 : f64, prune.weight = 1347.0 : f64, prune.node = 0 : i64}
  return %r1 : tensor<10xf64>
}

func.func @tree3(%x: tensor<64xf32> {prune.range = array<f64: 0.0, 1.0>}) -> tensor<10xf64> {
  %c1 = arith.constant 34 : index
  %f1 = tensor.extract %x[%c1] : tensor<64xf32>
  %t1 = arith.constant 2.187500000e-01 : f32
  %le1 = arith.cmpf ole, %f1, %t1 : f32
  %r1 = scf.if %le1 -> (tensor<10xf64>) {
    %c2 = arith.constant 38 : index
    %f2 = tensor.extract %x[%c2] : tensor<64xf32>
    %t2 = arith.constant 3.125000000e-02 : f32
    %le2 = arith.cmpf ole, %f2, %t2 : f32
    %r2 = scf.if %le2 -> (tensor<10xf64>) {
      %c3 = arith.constant 10 : index
      %f3 = tensor.extract %x[%c3] : tensor<64xf32>
      %t3 = arith.constant 5.312500000e-01 : f32
      %le3 = arith.cmpf ole, %f3, %t3 : f32
      %r3 = scf.if %le3 -> (tensor<10xf64>) {
        %c4 = arith.constant 19 : index
        %f4 = tensor.extract %x[%c4] : tensor<64xf32>
        %t4 = arith.constant 4.687500000e-01 : f32
        %le4 = arith.cmpf ole, %f4, %t4 : f32
        %r4 = scf.if %le4 -> (tensor<10xf64>) {
          %c5 = arith.constant 26 : index
          %f5 = tensor.extract %x[%c5] : tensor<64xf32>
          %t5 = arith.constant 3.750000000e-01 : f32
          %le5 = arith.cmpf ole, %f5, %t5 : f32
          %r5 = scf.if %le5 -> (tensor<10xf64>) {
            %c6 = arith.constant 54 : index
            %f6 = tensor.extract %x[%c6] : tensor<64xf32>
            %t6 = arith.constant 1.250000000e-01 : f32
            %le6 = arith.cmpf ole, %f6, %t6 : f32
            %r6 = scf.if %le6 -> (tensor<10xf64>) {
              %leaf7 = arith.constant dense<[0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 6.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 6.0 : f64, prune.node = 6 : i64} %leaf7 : tensor<10xf64>
            } else {
              %c8 = arith.constant 58 : index
              %f8 = tensor.extract %x[%c8] : tensor<64xf32>
              %t8 = arith.constant 6.250000000e-01 : f32
              %le8 = arith.cmpf ole, %f8, %t8 : f32
              %r8 = scf.if %le8 -> (tensor<10xf64>) {
                %leaf9 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 8 : i64} %leaf9 : tensor<10xf64>
              } else {
                %leaf10 = arith.constant dense<[0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 9 : i64} %leaf10 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 3.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.375 : f64, prune.weight = 4.0 : f64, prune.node = 7 : i64}
              scf.yield %r8 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 3.0, 7.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.42000000000000004 : f64, prune.weight = 10.0 : f64, prune.node = 5 : i64}
            scf.yield %r6 : tensor<10xf64>
          } else {
            %c11 = arith.constant 21 : index
            %f11 = tensor.extract %x[%c11] : tensor<64xf32>
            %t11 = arith.constant 2.500000000e-01 : f32
            %le11 = arith.cmpf ole, %f11, %t11 : f32
            %r11 = scf.if %le11 -> (tensor<10xf64>) {
              %leaf12 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 11 : i64} %leaf12 : tensor<10xf64>
            } else {
              %leaf13 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 7.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 7.0 : f64, prune.node = 12 : i64} %leaf13 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 7.0, 0.0>, prune.impurity = 0.21875 : f64, prune.weight = 8.0 : f64, prune.node = 10 : i64}
            scf.yield %r11 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 0.0, 3.0, 7.0, 0.0, 0.0, 0.0, 1.0, 7.0, 0.0>, prune.impurity = 0.6666666666666667 : f64, prune.weight = 18.0 : f64, prune.node = 4 : i64}
          scf.yield %r5 : tensor<10xf64>
        } else {
          %c14 = arith.constant 53 : index
          %f14 = tensor.extract %x[%c14] : tensor<64xf32>
          %t14 = arith.constant 5.937500000e-01 : f32
          %le14 = arith.cmpf ole, %f14, %t14 : f32
          %r14 = scf.if %le14 -> (tensor<10xf64>) {
            %c15 = arith.constant 50 : index
            %f15 = tensor.extract %x[%c15] : tensor<64xf32>
            %t15 = arith.constant 5.312500000e-01 : f32
            %le15 = arith.cmpf ole, %f15, %t15 : f32
            %r15 = scf.if %le15 -> (tensor<10xf64>) {
              %leaf16 = arith.constant dense<[0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 18.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 18.0 : f64, prune.node = 15 : i64} %leaf16 : tensor<10xf64>
            } else {
              %c17 = arith.constant 21 : index
              %f17 = tensor.extract %x[%c17] : tensor<64xf32>
              %t17 = arith.constant 8.437500000e-01 : f32
              %le17 = arith.cmpf ole, %f17, %t17 : f32
              %r17 = scf.if %le17 -> (tensor<10xf64>) {
                %leaf18 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 5.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 5.0 : f64, prune.node = 17 : i64} %leaf18 : tensor<10xf64>
              } else {
                %leaf19 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 4.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 18 : i64} %leaf19 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 4.0, 0.0, 0.0, 0.0, 0.0, 0.0, 5.0, 0.0>, prune.impurity = 0.49382716049382713 : f64, prune.weight = 9.0 : f64, prune.node = 16 : i64}
              scf.yield %r17 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 18.0, 4.0, 0.0, 0.0, 0.0, 0.0, 0.0, 5.0, 0.0>, prune.impurity = 0.4993141289437586 : f64, prune.weight = 27.0 : f64, prune.node = 14 : i64}
            scf.yield %r15 : tensor<10xf64>
          } else {
            %leaf20 = arith.constant dense<[0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 0.0, 21.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 21.0 : f64, prune.node = 19 : i64} %leaf20 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 39.0, 4.0, 0.0, 0.0, 0.0, 0.0, 0.0, 5.0, 0.0>, prune.impurity = 0.32204861111111116 : f64, prune.weight = 48.0 : f64, prune.node = 13 : i64}
          scf.yield %r14 : tensor<10xf64>
        } {prune.counts = array<f64: 0.0, 39.0, 7.0, 7.0, 0.0, 0.0, 0.0, 1.0, 12.0, 0.0>, prune.impurity = 0.5950413223140496 : f64, prune.weight = 66.0 : f64, prune.node = 3 : i64}
        scf.yield %r4 : tensor<10xf64>
      } else {
        %c21 = arith.constant 27 : index
        %f21 = tensor.extract %x[%c21] : tensor<64xf32>
        %t21 = arith.constant 6.562500000e-01 : f32
        %le21 = arith.cmpf ole, %f21, %t21 : f32
        %r21 = scf.if %le21 -> (tensor<10xf64>) {
          %c22 = arith.constant 43 : index
          %f22 = tensor.extract %x[%c22] : tensor<64xf32>
          %t22 = arith.constant 9.375000000e-02 : f32
          %le22 = arith.cmpf ole, %f22, %t22 : f32
          %r22 = scf.if %le22 -> (tensor<10xf64>) {
            %c23 = arith.constant 41 : index
            %f23 = tensor.extract %x[%c23] : tensor<64xf32>
            %t23 = arith.constant 9.375000000e-02 : f32
            %le23 = arith.cmpf ole, %f23, %t23 : f32
            %r23 = scf.if %le23 -> (tensor<10xf64>) {
              %c24 = arith.constant 21 : index
              %f24 = tensor.extract %x[%c24] : tensor<64xf32>
              %t24 = arith.constant 2.187500000e-01 : f32
              %le24 = arith.cmpf ole, %f24, %t24 : f32
              %r24 = scf.if %le24 -> (tensor<10xf64>) {
                %leaf25 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 24 : i64} %leaf25 : tensor<10xf64>
              } else {
                %leaf26 = arith.constant dense<[0.0, 0.0, 0.0, 0.9523809523809523, 0.0, 0.0, 0.0, 0.0, 0.0, 0.047619047619047616]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 20.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0>, prune.impurity = 0.09070294784580502 : f64, prune.weight = 21.0 : f64, prune.node = 25 : i64} %leaf26 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 20.0, 0.0, 1.0, 0.0, 0.0, 0.0, 1.0>, prune.impurity = 0.16942148760330578 : f64, prune.weight = 22.0 : f64, prune.node = 23 : i64}
              scf.yield %r24 : tensor<10xf64>
            } else {
              %leaf27 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 26 : i64} %leaf27 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 20.0, 0.0, 3.0, 0.0, 0.0, 0.0, 1.0>, prune.impurity = 0.2881944444444444 : f64, prune.weight = 24.0 : f64, prune.node = 22 : i64}
            scf.yield %r23 : tensor<10xf64>
          } else {
            %c28 = arith.constant 54 : index
            %f28 = tensor.extract %x[%c28] : tensor<64xf32>
            %t28 = arith.constant 3.125000000e-02 : f32
            %le28 = arith.cmpf ole, %f28, %t28 : f32
            %r28 = scf.if %le28 -> (tensor<10xf64>) {
              %c29 = arith.constant 53 : index
              %f29 = tensor.extract %x[%c29] : tensor<64xf32>
              %t29 = arith.constant 3.125000000e-02 : f32
              %le29 = arith.cmpf ole, %f29, %t29 : f32
              %r29 = scf.if %le29 -> (tensor<10xf64>) {
                %leaf30 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 7.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 7.0 : f64, prune.node = 29 : i64} %leaf30 : tensor<10xf64>
              } else {
                %leaf31 = arith.constant dense<[0.0, 0.0, 0.3333333333333333, 0.5555555555555556, 0.0, 0.0, 0.0, 0.0, 0.1111111111111111, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 3.0, 5.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.5679012345679013 : f64, prune.weight = 9.0 : f64, prune.node = 30 : i64} %leaf31 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 3.0, 5.0, 0.0, 0.0, 0.0, 7.0, 1.0, 0.0>, prune.impurity = 0.671875 : f64, prune.weight = 16.0 : f64, prune.node = 28 : i64}
              scf.yield %r29 : tensor<10xf64>
            } else {
              %c32 = arith.constant 20 : index
              %f32 = tensor.extract %x[%c32] : tensor<64xf32>
              %t32 = arith.constant 3.125000000e-02 : f32
              %le32 = arith.cmpf ole, %f32, %t32 : f32
              %r32 = scf.if %le32 -> (tensor<10xf64>) {
                %leaf33 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 32 : i64} %leaf33 : tensor<10xf64>
              } else {
                %leaf34 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 97.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 97.0 : f64, prune.node = 33 : i64} %leaf34 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 97.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.020199916701374443 : f64, prune.weight = 98.0 : f64, prune.node = 31 : i64}
              scf.yield %r32 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 100.0, 5.0, 0.0, 0.0, 0.0, 7.0, 2.0, 0.0>, prune.impurity = 0.22453062480763308 : f64, prune.weight = 114.0 : f64, prune.node = 27 : i64}
            scf.yield %r28 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 0.0, 100.0, 25.0, 0.0, 3.0, 0.0, 7.0, 2.0, 1.0>, prune.impurity = 0.4387733669397186 : f64, prune.weight = 138.0 : f64, prune.node = 21 : i64}
          scf.yield %r22 : tensor<10xf64>
        } else {
          %c35 = arith.constant 2 : index
          %f35 = tensor.extract %x[%c35] : tensor<64xf32>
          %t35 = arith.constant 3.437500000e-01 : f32
          %le35 = arith.cmpf ole, %f35, %t35 : f32
          %r35 = scf.if %le35 -> (tensor<10xf64>) {
            %c36 = arith.constant 45 : index
            %f36 = tensor.extract %x[%c36] : tensor<64xf32>
            %t36 = arith.constant 2.187500000e-01 : f32
            %le36 = arith.cmpf ole, %f36, %t36 : f32
            %r36 = scf.if %le36 -> (tensor<10xf64>) {
              %c37 = arith.constant 42 : index
              %f37 = tensor.extract %x[%c37] : tensor<64xf32>
              %t37 = arith.constant 1.875000000e-01 : f32
              %le37 = arith.cmpf ole, %f37, %t37 : f32
              %r37 = scf.if %le37 -> (tensor<10xf64>) {
                %leaf38 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 10.0>, prune.impurity = 0.0 : f64, prune.weight = 10.0 : f64, prune.node = 37 : i64} %leaf38 : tensor<10xf64>
              } else {
                %leaf39 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 38 : i64} %leaf39 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 10.0>, prune.impurity = 0.2777777777777778 : f64, prune.weight = 12.0 : f64, prune.node = 36 : i64}
              scf.yield %r37 : tensor<10xf64>
            } else {
              %c40 = arith.constant 43 : index
              %f40 = tensor.extract %x[%c40] : tensor<64xf32>
              %t40 = arith.constant 1.250000000e-01 : f32
              %le40 = arith.cmpf ole, %f40, %t40 : f32
              %r40 = scf.if %le40 -> (tensor<10xf64>) {
                %leaf41 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 40 : i64} %leaf41 : tensor<10xf64>
              } else {
                %leaf42 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 14.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 14.0 : f64, prune.node = 41 : i64} %leaf42 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 14.0, 2.0>, prune.impurity = 0.21875 : f64, prune.weight = 16.0 : f64, prune.node = 39 : i64}
              scf.yield %r40 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 14.0, 12.0>, prune.impurity = 0.5612244897959184 : f64, prune.weight = 28.0 : f64, prune.node = 35 : i64}
            scf.yield %r36 : tensor<10xf64>
          } else {
            %c43 = arith.constant 13 : index
            %f43 = tensor.extract %x[%c43] : tensor<64xf32>
            %t43 = arith.constant 6.250000000e-02 : f32
            %le43 = arith.cmpf ole, %f43, %t43 : f32
            %r43 = scf.if %le43 -> (tensor<10xf64>) {
              %c44 = arith.constant 12 : index
              %f44 = tensor.extract %x[%c44] : tensor<64xf32>
              %t44 = arith.constant 1.562500000e-01 : f32
              %le44 = arith.cmpf ole, %f44, %t44 : f32
              %r44 = scf.if %le44 -> (tensor<10xf64>) {
                %leaf45 = arith.constant dense<[0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 5.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 5.0 : f64, prune.node = 44 : i64} %leaf45 : tensor<10xf64>
              } else {
                %leaf46 = arith.constant dense<[0.0, 0.0, 0.7857142857142857, 0.0, 0.0, 0.14285714285714285, 0.0, 0.0, 0.07142857142857142, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 11.0, 0.0, 0.0, 2.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.3571428571428571 : f64, prune.weight = 14.0 : f64, prune.node = 45 : i64} %leaf46 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 5.0, 11.0, 0.0, 0.0, 2.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.5817174515235457 : f64, prune.weight = 19.0 : f64, prune.node = 43 : i64}
              scf.yield %r44 : tensor<10xf64>
            } else {
              %c47 = arith.constant 18 : index
              %f47 = tensor.extract %x[%c47] : tensor<64xf32>
              %t47 = arith.constant 4.687500000e-01 : f32
              %le47 = arith.cmpf ole, %f47, %t47 : f32
              %r47 = scf.if %le47 -> (tensor<10xf64>) {
                %leaf48 = arith.constant dense<[0.0, 0.0, 0.0, 0.9375, 0.0, 0.0, 0.0, 0.0625, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 15.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0>, prune.impurity = 0.1171875 : f64, prune.weight = 16.0 : f64, prune.node = 47 : i64} %leaf48 : tensor<10xf64>
              } else {
                %leaf49 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.047619047619047616, 0.5238095238095238, 0.0, 0.09523809523809523, 0.14285714285714285, 0.19047619047619047]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 2.0, 22.0, 0.0, 4.0, 6.0, 8.0>, prune.impurity = 0.6575963718820862 : f64, prune.weight = 42.0 : f64, prune.node = 48 : i64} %leaf49 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 15.0, 2.0, 22.0, 0.0, 5.0, 6.0, 8.0>, prune.impurity = 0.7508917954815696 : f64, prune.weight = 58.0 : f64, prune.node = 46 : i64}
              scf.yield %r47 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 5.0, 11.0, 15.0, 2.0, 24.0, 0.0, 5.0, 7.0, 8.0>, prune.impurity = 0.8163265306122449 : f64, prune.weight = 77.0 : f64, prune.node = 42 : i64}
            scf.yield %r43 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 5.0, 13.0, 15.0, 2.0, 24.0, 0.0, 5.0, 21.0, 20.0>, prune.impurity = 0.8308390022675737 : f64, prune.weight = 105.0 : f64, prune.node = 34 : i64}
          scf.yield %r35 : tensor<10xf64>
        } {prune.counts = array<f64: 0.0, 5.0, 113.0, 40.0, 2.0, 27.0, 0.0, 12.0, 23.0, 21.0>, prune.impurity = 0.7249572389032837 : f64, prune.weight = 243.0 : f64, prune.node = 20 : i64}
        scf.yield %r21 : tensor<10xf64>
      } {prune.counts = array<f64: 0.0, 44.0, 120.0, 47.0, 2.0, 27.0, 0.0, 13.0, 35.0, 21.0>, prune.impurity = 0.7788774730051005 : f64, prune.weight = 309.0 : f64, prune.node = 2 : i64}
      scf.yield %r3 : tensor<10xf64>
    } else {
      %c50 = arith.constant 37 : index
      %f50 = tensor.extract %x[%c50] : tensor<64xf32>
      %t50 = arith.constant 7.812500000e-01 : f32
      %le50 = arith.cmpf ole, %f50, %t50 : f32
      %r50 = scf.if %le50 -> (tensor<10xf64>) {
        %c51 = arith.constant 60 : index
        %f51 = tensor.extract %x[%c51] : tensor<64xf32>
        %t51 = arith.constant 1.562500000e-01 : f32
        %le51 = arith.cmpf ole, %f51, %t51 : f32
        %r51 = scf.if %le51 -> (tensor<10xf64>) {
          %leaf52 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0]> : tensor<10xf64>
          scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 3.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 51 : i64} %leaf52 : tensor<10xf64>
        } else {
          %c53 = arith.constant 38 : index
          %f53 = tensor.extract %x[%c53] : tensor<64xf32>
          %t53 = arith.constant 9.375000000e-02 : f32
          %le53 = arith.cmpf ole, %f53, %t53 : f32
          %r53 = scf.if %le53 -> (tensor<10xf64>) {
            %c54 = arith.constant 9 : index
            %f54 = tensor.extract %x[%c54] : tensor<64xf32>
            %t54 = arith.constant 6.250000000e-02 : f32
            %le54 = arith.cmpf ole, %f54, %t54 : f32
            %r54 = scf.if %le54 -> (tensor<10xf64>) {
              %leaf55 = arith.constant dense<[0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 3.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 54 : i64} %leaf55 : tensor<10xf64>
            } else {
              %c56 = arith.constant 20 : index
              %f56 = tensor.extract %x[%c56] : tensor<64xf32>
              %t56 = arith.constant 1.875000000e-01 : f32
              %le56 = arith.cmpf ole, %f56, %t56 : f32
              %r56 = scf.if %le56 -> (tensor<10xf64>) {
                %leaf57 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 56 : i64} %leaf57 : tensor<10xf64>
              } else {
                %leaf58 = arith.constant dense<[0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 10.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 10.0 : f64, prune.node = 57 : i64} %leaf58 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 10.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0>, prune.impurity = 0.2777777777777778 : f64, prune.weight = 12.0 : f64, prune.node = 55 : i64}
              scf.yield %r56 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 3.0, 0.0, 10.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0>, prune.impurity = 0.49777777777777776 : f64, prune.weight = 15.0 : f64, prune.node = 53 : i64}
            scf.yield %r54 : tensor<10xf64>
          } else {
            %c59 = arith.constant 20 : index
            %f59 = tensor.extract %x[%c59] : tensor<64xf32>
            %t59 = arith.constant 2.500000000e-01 : f32
            %le59 = arith.cmpf ole, %f59, %t59 : f32
            %r59 = scf.if %le59 -> (tensor<10xf64>) {
              %c60 = arith.constant 2 : index
              %f60 = tensor.extract %x[%c60] : tensor<64xf32>
              %t60 = arith.constant 5.000000000e-01 : f32
              %le60 = arith.cmpf ole, %f60, %t60 : f32
              %r60 = scf.if %le60 -> (tensor<10xf64>) {
                %leaf61 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 3.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 60 : i64} %leaf61 : tensor<10xf64>
              } else {
                %leaf62 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 61 : i64} %leaf62 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 3.0>, prune.impurity = 0.48 : f64, prune.weight = 5.0 : f64, prune.node = 59 : i64}
              scf.yield %r60 : tensor<10xf64>
            } else {
              %leaf63 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 49.0>, prune.impurity = 0.0 : f64, prune.weight = 49.0 : f64, prune.node = 62 : i64} %leaf63 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 52.0>, prune.impurity = 0.07133058984910834 : f64, prune.weight = 54.0 : f64, prune.node = 58 : i64}
            scf.yield %r59 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 3.0, 0.0, 10.0, 0.0, 2.0, 0.0, 0.0, 0.0, 54.0>, prune.impurity = 0.3637891199327872 : f64, prune.weight = 69.0 : f64, prune.node = 52 : i64}
          scf.yield %r53 : tensor<10xf64>
        } {prune.counts = array<f64: 0.0, 3.0, 0.0, 10.0, 0.0, 2.0, 0.0, 3.0, 0.0, 54.0>, prune.impurity = 0.4139660493827161 : f64, prune.weight = 72.0 : f64, prune.node = 50 : i64}
        scf.yield %r51 : tensor<10xf64>
      } else {
        %c64 = arith.constant 54 : index
        %f64 = tensor.extract %x[%c64] : tensor<64xf32>
        %t64 = arith.constant 9.375000000e-02 : f32
        %le64 = arith.cmpf ole, %f64, %t64 : f32
        %r64 = scf.if %le64 -> (tensor<10xf64>) {
          %c65 = arith.constant 26 : index
          %f65 = tensor.extract %x[%c65] : tensor<64xf32>
          %t65 = arith.constant 1.875000000e-01 : f32
          %le65 = arith.cmpf ole, %f65, %t65 : f32
          %r65 = scf.if %le65 -> (tensor<10xf64>) {
            %leaf66 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 9.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 9.0 : f64, prune.node = 65 : i64} %leaf66 : tensor<10xf64>
          } else {
            %c67 = arith.constant 21 : index
            %f67 = tensor.extract %x[%c67] : tensor<64xf32>
            %t67 = arith.constant 7.812500000e-01 : f32
            %le67 = arith.cmpf ole, %f67, %t67 : f32
            %r67 = scf.if %le67 -> (tensor<10xf64>) {
              %c68 = arith.constant 21 : index
              %f68 = tensor.extract %x[%c68] : tensor<64xf32>
              %t68 = arith.constant 4.375000000e-01 : f32
              %le68 = arith.cmpf ole, %f68, %t68 : f32
              %r68 = scf.if %le68 -> (tensor<10xf64>) {
                %leaf69 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 6.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 6.0 : f64, prune.node = 68 : i64} %leaf69 : tensor<10xf64>
              } else {
                %leaf70 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 69 : i64} %leaf70 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 6.0, 0.0, 1.0, 0.0, 0.0>, prune.impurity = 0.24489795918367352 : f64, prune.weight = 7.0 : f64, prune.node = 67 : i64}
              scf.yield %r68 : tensor<10xf64>
            } else {
              %leaf71 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 15.0>, prune.impurity = 0.0 : f64, prune.weight = 15.0 : f64, prune.node = 70 : i64} %leaf71 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 6.0, 0.0, 1.0, 0.0, 15.0>, prune.impurity = 0.45867768595041325 : f64, prune.weight = 22.0 : f64, prune.node = 66 : i64}
            scf.yield %r67 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 6.0, 0.0, 10.0, 0.0, 15.0>, prune.impurity = 0.6243496357960459 : f64, prune.weight = 31.0 : f64, prune.node = 64 : i64}
          scf.yield %r65 : tensor<10xf64>
        } else {
          %c72 = arith.constant 29 : index
          %f72 = tensor.extract %x[%c72] : tensor<64xf32>
          %t72 = arith.constant 8.437500000e-01 : f32
          %le72 = arith.cmpf ole, %f72, %t72 : f32
          %r72 = scf.if %le72 -> (tensor<10xf64>) {
            %c73 = arith.constant 37 : index
            %f73 = tensor.extract %x[%c73] : tensor<64xf32>
            %t73 = arith.constant 8.437500000e-01 : f32
            %le73 = arith.cmpf ole, %f73, %t73 : f32
            %r73 = scf.if %le73 -> (tensor<10xf64>) {
              %c74 = arith.constant 42 : index
              %f74 = tensor.extract %x[%c74] : tensor<64xf32>
              %t74 = arith.constant 3.125000000e-02 : f32
              %le74 = arith.cmpf ole, %f74, %t74 : f32
              %r74 = scf.if %le74 -> (tensor<10xf64>) {
                %leaf75 = arith.constant dense<[0.0, 0.0, 0.0, 0.8333333333333334, 0.0, 0.16666666666666666, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 5.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.2777777777777778 : f64, prune.weight = 6.0 : f64, prune.node = 74 : i64} %leaf75 : tensor<10xf64>
              } else {
                %leaf76 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 75 : i64} %leaf76 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 5.0, 0.0, 1.0, 0.0, 0.0, 2.0, 0.0>, prune.impurity = 0.53125 : f64, prune.weight = 8.0 : f64, prune.node = 73 : i64}
              scf.yield %r74 : tensor<10xf64>
            } else {
              %c77 = arith.constant 44 : index
              %f77 = tensor.extract %x[%c77] : tensor<64xf32>
              %t77 = arith.constant 4.062500000e-01 : f32
              %le77 = arith.cmpf ole, %f77, %t77 : f32
              %r77 = scf.if %le77 -> (tensor<10xf64>) {
                %leaf78 = arith.constant dense<[0.0, 0.0, 0.0, 0.9622641509433962, 0.0, 0.018867924528301886, 0.0, 0.0, 0.018867924528301886, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 51.0, 0.0, 1.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.07333570665717337 : f64, prune.weight = 53.0 : f64, prune.node = 77 : i64} %leaf78 : tensor<10xf64>
              } else {
                %leaf79 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 78 : i64} %leaf79 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 1.0, 51.0, 0.0, 1.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.10699588477366251 : f64, prune.weight = 54.0 : f64, prune.node = 76 : i64}
              scf.yield %r77 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 1.0, 56.0, 0.0, 2.0, 0.0, 0.0, 3.0, 0.0>, prune.impurity = 0.18054110301768989 : f64, prune.weight = 62.0 : f64, prune.node = 72 : i64}
            scf.yield %r73 : tensor<10xf64>
          } else {
            %c80 = arith.constant 44 : index
            %f80 = tensor.extract %x[%c80] : tensor<64xf32>
            %t80 = arith.constant 9.375000000e-02 : f32
            %le80 = arith.cmpf ole, %f80, %t80 : f32
            %r80 = scf.if %le80 -> (tensor<10xf64>) {
              %c81 = arith.constant 5 : index
              %f81 = tensor.extract %x[%c81] : tensor<64xf32>
              %t81 = arith.constant 7.812500000e-01 : f32
              %le81 = arith.cmpf ole, %f81, %t81 : f32
              %r81 = scf.if %le81 -> (tensor<10xf64>) {
                %leaf82 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 21.0>, prune.impurity = 0.0 : f64, prune.weight = 21.0 : f64, prune.node = 81 : i64} %leaf82 : tensor<10xf64>
              } else {
                %leaf83 = arith.constant dense<[0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 82 : i64} %leaf83 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 0.0, 0.0, 21.0>, prune.impurity = 0.21875 : f64, prune.weight = 24.0 : f64, prune.node = 80 : i64}
              scf.yield %r81 : tensor<10xf64>
            } else {
              %c84 = arith.constant 25 : index
              %f84 = tensor.extract %x[%c84] : tensor<64xf32>
              %t84 = arith.constant 9.375000000e-02 : f32
              %le84 = arith.cmpf ole, %f84, %t84 : f32
              %r84 = scf.if %le84 -> (tensor<10xf64>) {
                %leaf85 = arith.constant dense<[0.0, 0.0, 0.4, 0.0, 0.0, 0.0, 0.0, 0.0, 0.2, 0.4]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 2.0>, prune.impurity = 0.64 : f64, prune.weight = 5.0 : f64, prune.node = 84 : i64} %leaf85 : tensor<10xf64>
              } else {
                %leaf86 = arith.constant dense<[0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 5.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 5.0 : f64, prune.node = 85 : i64} %leaf86 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 5.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 2.0>, prune.impurity = 0.6599999999999999 : f64, prune.weight = 10.0 : f64, prune.node = 83 : i64}
              scf.yield %r84 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 5.0, 2.0, 3.0, 0.0, 0.0, 0.0, 0.0, 1.0, 23.0>, prune.impurity = 0.5086505190311419 : f64, prune.weight = 34.0 : f64, prune.node = 79 : i64}
            scf.yield %r80 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 5.0, 3.0, 59.0, 0.0, 2.0, 0.0, 0.0, 4.0, 23.0>, prune.impurity = 0.5590277777777778 : f64, prune.weight = 96.0 : f64, prune.node = 71 : i64}
          scf.yield %r72 : tensor<10xf64>
        } {prune.counts = array<f64: 0.0, 5.0, 3.0, 59.0, 0.0, 8.0, 0.0, 10.0, 4.0, 38.0>, prune.impurity = 0.6813813627627255 : f64, prune.weight = 127.0 : f64, prune.node = 63 : i64}
        scf.yield %r64 : tensor<10xf64>
      } {prune.counts = array<f64: 0.0, 8.0, 3.0, 69.0, 0.0, 10.0, 0.0, 13.0, 4.0, 92.0>, prune.impurity = 0.6570036110199238 : f64, prune.weight = 199.0 : f64, prune.node = 49 : i64}
      scf.yield %r50 : tensor<10xf64>
    } {prune.counts = array<f64: 0.0, 52.0, 123.0, 116.0, 2.0, 37.0, 0.0, 26.0, 39.0, 113.0>, prune.impurity = 0.8154411308822618 : f64, prune.weight = 508.0 : f64, prune.node = 1 : i64}
    scf.yield %r2 : tensor<10xf64>
  } else {
    %c87 = arith.constant 30 : index
    %f87 = tensor.extract %x[%c87] : tensor<64xf32>
    %t87 = arith.constant 3.125000000e-02 : f32
    %le87 = arith.cmpf ole, %f87, %t87 : f32
    %r87 = scf.if %le87 -> (tensor<10xf64>) {
      %c88 = arith.constant 62 : index
      %f88 = tensor.extract %x[%c88] : tensor<64xf32>
      %t88 = arith.constant 3.125000000e-02 : f32
      %le88 = arith.cmpf ole, %f88, %t88 : f32
      %r88 = scf.if %le88 -> (tensor<10xf64>) {
        %c89 = arith.constant 5 : index
        %f89 = tensor.extract %x[%c89] : tensor<64xf32>
        %t89 = arith.constant 7.812500000e-01 : f32
        %le89 = arith.cmpf ole, %f89, %t89 : f32
        %r89 = scf.if %le89 -> (tensor<10xf64>) {
          %c90 = arith.constant 12 : index
          %f90 = tensor.extract %x[%c90] : tensor<64xf32>
          %t90 = arith.constant 9.687500000e-01 : f32
          %le90 = arith.cmpf ole, %f90, %t90 : f32
          %r90 = scf.if %le90 -> (tensor<10xf64>) {
            %c91 = arith.constant 42 : index
            %f91 = tensor.extract %x[%c91] : tensor<64xf32>
            %t91 = arith.constant 5.625000000e-01 : f32
            %le91 = arith.cmpf ole, %f91, %t91 : f32
            %r91 = scf.if %le91 -> (tensor<10xf64>) {
              %c92 = arith.constant 59 : index
              %f92 = tensor.extract %x[%c92] : tensor<64xf32>
              %t92 = arith.constant 7.812500000e-01 : f32
              %le92 = arith.cmpf ole, %f92, %t92 : f32
              %r92 = scf.if %le92 -> (tensor<10xf64>) {
                %leaf93 = arith.constant dense<[0.0, 0.0, 0.0, 0.18181818181818182, 0.09090909090909091, 0.09090909090909091, 0.0, 0.36363636363636365, 0.09090909090909091, 0.18181818181818182]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 2.0, 1.0, 1.0, 0.0, 4.0, 1.0, 2.0>, prune.impurity = 0.7768595041322314 : f64, prune.weight = 11.0 : f64, prune.node = 92 : i64} %leaf93 : tensor<10xf64>
              } else {
                %leaf94 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.8333333333333334, 0.0, 0.0, 0.13333333333333333, 0.03333333333333333]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 25.0, 0.0, 0.0, 4.0, 1.0>, prune.impurity = 0.2866666666666666 : f64, prune.weight = 30.0 : f64, prune.node = 93 : i64} %leaf94 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 2.0, 1.0, 26.0, 0.0, 4.0, 5.0, 3.0>, prune.impurity = 0.5651397977394408 : f64, prune.weight = 41.0 : f64, prune.node = 91 : i64}
              scf.yield %r92 : tensor<10xf64>
            } else {
              %c95 = arith.constant 29 : index
              %f95 = tensor.extract %x[%c95] : tensor<64xf32>
              %t95 = arith.constant 3.125000000e-02 : f32
              %le95 = arith.cmpf ole, %f95, %t95 : f32
              %r95 = scf.if %le95 -> (tensor<10xf64>) {
                %leaf96 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.9, 0.0, 0.1, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 18.0, 0.0, 2.0, 0.0>, prune.impurity = 0.18000000000000005 : f64, prune.weight = 20.0 : f64, prune.node = 95 : i64} %leaf96 : tensor<10xf64>
              } else {
                %leaf97 = arith.constant dense<[0.046153846153846156, 0.015384615384615385, 0.0, 0.0, 0.4, 0.0, 0.1076923076923077, 0.0, 0.4307692307692308, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 3.0, 1.0, 0.0, 0.0, 26.0, 0.0, 7.0, 0.0, 28.0, 0.0>, prune.impurity = 0.6404733727810651 : f64, prune.weight = 65.0 : f64, prune.node = 96 : i64} %leaf97 : tensor<10xf64>
              } {prune.counts = array<f64: 3.0, 1.0, 0.0, 0.0, 26.0, 0.0, 25.0, 0.0, 30.0, 0.0>, prune.impurity = 0.6939792387543253 : f64, prune.weight = 85.0 : f64, prune.node = 94 : i64}
              scf.yield %r95 : tensor<10xf64>
            } {prune.counts = array<f64: 3.0, 1.0, 0.0, 2.0, 27.0, 26.0, 25.0, 4.0, 35.0, 3.0>, prune.impurity = 0.7925170068027211 : f64, prune.weight = 126.0 : f64, prune.node = 90 : i64}
            scf.yield %r91 : tensor<10xf64>
          } else {
            %c98 = arith.constant 27 : index
            %f98 = tensor.extract %x[%c98] : tensor<64xf32>
            %t98 = arith.constant 8.437500000e-01 : f32
            %le98 = arith.cmpf ole, %f98, %t98 : f32
            %r98 = scf.if %le98 -> (tensor<10xf64>) {
              %c99 = arith.constant 18 : index
              %f99 = tensor.extract %x[%c99] : tensor<64xf32>
              %t99 = arith.constant 6.250000000e-02 : f32
              %le99 = arith.cmpf ole, %f99, %t99 : f32
              %r99 = scf.if %le99 -> (tensor<10xf64>) {
                %leaf100 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 6.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 6.0 : f64, prune.node = 99 : i64} %leaf100 : tensor<10xf64>
              } else {
                %leaf101 = arith.constant dense<[0.0, 0.17647058823529413, 0.17647058823529413, 0.0, 0.17647058823529413, 0.058823529411764705, 0.0, 0.0, 0.23529411764705882, 0.17647058823529413]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 3.0, 3.0, 0.0, 3.0, 1.0, 0.0, 0.0, 4.0, 3.0>, prune.impurity = 0.8166089965397924 : f64, prune.weight = 17.0 : f64, prune.node = 100 : i64} %leaf101 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 3.0, 3.0, 0.0, 3.0, 1.0, 0.0, 6.0, 4.0, 3.0>, prune.impurity = 0.831758034026465 : f64, prune.weight = 23.0 : f64, prune.node = 98 : i64}
              scf.yield %r99 : tensor<10xf64>
            } else {
              %c102 = arith.constant 51 : index
              %f102 = tensor.extract %x[%c102] : tensor<64xf32>
              %t102 = arith.constant 8.437500000e-01 : f32
              %le102 = arith.cmpf ole, %f102, %t102 : f32
              %r102 = scf.if %le102 -> (tensor<10xf64>) {
                %leaf103 = arith.constant dense<[0.0, 0.1111111111111111, 0.0, 0.1111111111111111, 0.2222222222222222, 0.1111111111111111, 0.0, 0.0, 0.4444444444444444, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 1.0, 0.0, 1.0, 2.0, 1.0, 0.0, 0.0, 4.0, 0.0>, prune.impurity = 0.7160493827160495 : f64, prune.weight = 9.0 : f64, prune.node = 102 : i64} %leaf103 : tensor<10xf64>
              } else {
                %leaf104 = arith.constant dense<[0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 42.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 42.0 : f64, prune.node = 103 : i64} %leaf104 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 43.0, 0.0, 1.0, 2.0, 1.0, 0.0, 0.0, 4.0, 0.0>, prune.impurity = 0.2806612841214917 : f64, prune.weight = 51.0 : f64, prune.node = 101 : i64}
              scf.yield %r102 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 46.0, 3.0, 1.0, 5.0, 2.0, 0.0, 6.0, 8.0, 3.0>, prune.impurity = 0.5865595325054784 : f64, prune.weight = 74.0 : f64, prune.node = 97 : i64}
            scf.yield %r98 : tensor<10xf64>
          } {prune.counts = array<f64: 3.0, 47.0, 3.0, 3.0, 32.0, 28.0, 25.0, 10.0, 43.0, 6.0>, prune.impurity = 0.83365 : f64, prune.weight = 200.0 : f64, prune.node = 89 : i64}
          scf.yield %r90 : tensor<10xf64>
        } else {
          %c105 = arith.constant 20 : index
          %f105 = tensor.extract %x[%c105] : tensor<64xf32>
          %t105 = arith.constant 4.062500000e-01 : f32
          %le105 = arith.cmpf ole, %f105, %t105 : f32
          %r105 = scf.if %le105 -> (tensor<10xf64>) {
            %c106 = arith.constant 2 : index
            %f106 = tensor.extract %x[%c106] : tensor<64xf32>
            %t106 = arith.constant 9.375000000e-02 : f32
            %le106 = arith.cmpf ole, %f106, %t106 : f32
            %r106 = scf.if %le106 -> (tensor<10xf64>) {
              %c107 = arith.constant 3 : index
              %f107 = tensor.extract %x[%c107] : tensor<64xf32>
              %t107 = arith.constant 7.187500000e-01 : f32
              %le107 = arith.cmpf ole, %f107, %t107 : f32
              %r107 = scf.if %le107 -> (tensor<10xf64>) {
                %leaf108 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 107 : i64} %leaf108 : tensor<10xf64>
              } else {
                %leaf109 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 108 : i64} %leaf109 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 3.0 : f64, prune.node = 106 : i64}
              scf.yield %r107 : tensor<10xf64>
            } else {
              %c110 = arith.constant 14 : index
              %f110 = tensor.extract %x[%c110] : tensor<64xf32>
              %t110 = arith.constant 6.562500000e-01 : f32
              %le110 = arith.cmpf ole, %f110, %t110 : f32
              %r110 = scf.if %le110 -> (tensor<10xf64>) {
                %leaf111 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 44.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 44.0 : f64, prune.node = 110 : i64} %leaf111 : tensor<10xf64>
              } else {
                %leaf112 = arith.constant dense<[0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 111 : i64} %leaf112 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 1.0, 0.0, 44.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.04345679012345682 : f64, prune.weight = 45.0 : f64, prune.node = 109 : i64}
              scf.yield %r110 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 1.0, 0.0, 46.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.08072916666666663 : f64, prune.weight = 48.0 : f64, prune.node = 105 : i64}
            scf.yield %r106 : tensor<10xf64>
          } else {
            %c113 = arith.constant 27 : index
            %f113 = tensor.extract %x[%c113] : tensor<64xf32>
            %t113 = arith.constant 4.062500000e-01 : f32
            %le113 = arith.cmpf ole, %f113, %t113 : f32
            %r113 = scf.if %le113 -> (tensor<10xf64>) {
              %leaf114 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 9.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 9.0 : f64, prune.node = 113 : i64} %leaf114 : tensor<10xf64>
            } else {
              %c115 = arith.constant 28 : index
              %f115 = tensor.extract %x[%c115] : tensor<64xf32>
              %t115 = arith.constant 9.687500000e-01 : f32
              %le115 = arith.cmpf ole, %f115, %t115 : f32
              %r115 = scf.if %le115 -> (tensor<10xf64>) {
                %leaf116 = arith.constant dense<[0.0, 0.0, 0.0, 0.23076923076923078, 0.0, 0.0, 0.0, 0.0, 0.6923076923076923, 0.07692307692307693]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 0.0, 9.0, 1.0>, prune.impurity = 0.46153846153846156 : f64, prune.weight = 13.0 : f64, prune.node = 115 : i64} %leaf116 : tensor<10xf64>
              } else {
                %leaf117 = arith.constant dense<[0.0, 0.4, 0.0, 0.0, 0.0, 0.6, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 2.0, 0.0, 0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.48 : f64, prune.weight = 5.0 : f64, prune.node = 116 : i64} %leaf117 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 2.0, 0.0, 3.0, 0.0, 3.0, 0.0, 0.0, 9.0, 1.0>, prune.impurity = 0.6790123456790124 : f64, prune.weight = 18.0 : f64, prune.node = 114 : i64}
              scf.yield %r115 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 2.0, 0.0, 3.0, 0.0, 3.0, 0.0, 9.0, 9.0, 1.0>, prune.impurity = 0.7462277091906722 : f64, prune.weight = 27.0 : f64, prune.node = 112 : i64}
            scf.yield %r113 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 2.0, 0.0, 4.0, 0.0, 49.0, 0.0, 9.0, 10.0, 1.0>, prune.impurity = 0.5372444444444444 : f64, prune.weight = 75.0 : f64, prune.node = 104 : i64}
          scf.yield %r105 : tensor<10xf64>
        } {prune.counts = array<f64: 3.0, 49.0, 3.0, 7.0, 32.0, 77.0, 25.0, 19.0, 53.0, 7.0>, prune.impurity = 0.824595041322314 : f64, prune.weight = 275.0 : f64, prune.node = 88 : i64}
        scf.yield %r89 : tensor<10xf64>
      } else {
        %c118 = arith.constant 46 : index
        %f118 = tensor.extract %x[%c118] : tensor<64xf32>
        %t118 = arith.constant 9.375000000e-02 : f32
        %le118 = arith.cmpf ole, %f118, %t118 : f32
        %r118 = scf.if %le118 -> (tensor<10xf64>) {
          %c119 = arith.constant 19 : index
          %f119 = tensor.extract %x[%c119] : tensor<64xf32>
          %t119 = arith.constant 7.812500000e-01 : f32
          %le119 = arith.cmpf ole, %f119, %t119 : f32
          %r119 = scf.if %le119 -> (tensor<10xf64>) {
            %c120 = arith.constant 42 : index
            %f120 = tensor.extract %x[%c120] : tensor<64xf32>
            %t120 = arith.constant 3.125000000e-02 : f32
            %le120 = arith.cmpf ole, %f120, %t120 : f32
            %r120 = scf.if %le120 -> (tensor<10xf64>) {
              %leaf121 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 120 : i64} %leaf121 : tensor<10xf64>
            } else {
              %c122 = arith.constant 28 : index
              %f122 = tensor.extract %x[%c122] : tensor<64xf32>
              %t122 = arith.constant 4.375000000e-01 : f32
              %le122 = arith.cmpf ole, %f122, %t122 : f32
              %r122 = scf.if %le122 -> (tensor<10xf64>) {
                %leaf123 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 122 : i64} %leaf123 : tensor<10xf64>
              } else {
                %leaf124 = arith.constant dense<[0.0, 0.16666666666666666, 0.05555555555555555, 0.0, 0.0, 0.0, 0.0, 0.0, 0.7777777777777778, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 3.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 14.0, 0.0>, prune.impurity = 0.3641975308641975 : f64, prune.weight = 18.0 : f64, prune.node = 123 : i64} %leaf124 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 3.0, 1.0, 0.0, 0.0, 0.0, 2.0, 0.0, 14.0, 0.0>, prune.impurity = 0.475 : f64, prune.weight = 20.0 : f64, prune.node = 121 : i64}
              scf.yield %r122 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 3.0, 1.0, 0.0, 0.0, 0.0, 2.0, 0.0, 14.0, 2.0>, prune.impurity = 0.5578512396694215 : f64, prune.weight = 22.0 : f64, prune.node = 119 : i64}
            scf.yield %r120 : tensor<10xf64>
          } else {
            %c125 = arith.constant 1 : index
            %f125 = tensor.extract %x[%c125] : tensor<64xf32>
            %t125 = arith.constant 9.375000000e-02 : f32
            %le125 = arith.cmpf ole, %f125, %t125 : f32
            %r125 = scf.if %le125 -> (tensor<10xf64>) {
              %c126 = arith.constant 43 : index
              %f126 = tensor.extract %x[%c126] : tensor<64xf32>
              %t126 = arith.constant 8.437500000e-01 : f32
              %le126 = arith.cmpf ole, %f126, %t126 : f32
              %r126 = scf.if %le126 -> (tensor<10xf64>) {
                %leaf127 = arith.constant dense<[0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 14.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 14.0 : f64, prune.node = 126 : i64} %leaf127 : tensor<10xf64>
              } else {
                %leaf128 = arith.constant dense<[0.0, 0.4444444444444444, 0.4444444444444444, 0.0, 0.0, 0.0, 0.1111111111111111, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 4.0, 4.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0>, prune.impurity = 0.5925925925925926 : f64, prune.weight = 9.0 : f64, prune.node = 127 : i64} %leaf128 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 18.0, 4.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0>, prune.impurity = 0.35538752362948955 : f64, prune.weight = 23.0 : f64, prune.node = 125 : i64}
              scf.yield %r126 : tensor<10xf64>
            } else {
              %leaf129 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 128 : i64} %leaf129 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 18.0, 6.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0>, prune.impurity = 0.4224 : f64, prune.weight = 25.0 : f64, prune.node = 124 : i64}
            scf.yield %r125 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 21.0, 7.0, 0.0, 0.0, 0.0, 3.0, 0.0, 14.0, 2.0>, prune.impurity = 0.6835672249886826 : f64, prune.weight = 47.0 : f64, prune.node = 118 : i64}
          scf.yield %r119 : tensor<10xf64>
        } else {
          %c130 = arith.constant 29 : index
          %f130 = tensor.extract %x[%c130] : tensor<64xf32>
          %t130 = arith.constant 3.437500000e-01 : f32
          %le130 = arith.cmpf ole, %f130, %t130 : f32
          %r130 = scf.if %le130 -> (tensor<10xf64>) {
            %c131 = arith.constant 58 : index
            %f131 = tensor.extract %x[%c131] : tensor<64xf32>
            %t131 = arith.constant 3.437500000e-01 : f32
            %le131 = arith.cmpf ole, %f131, %t131 : f32
            %r131 = scf.if %le131 -> (tensor<10xf64>) {
              %c132 = arith.constant 61 : index
              %f132 = tensor.extract %x[%c132] : tensor<64xf32>
              %t132 = arith.constant 5.625000000e-01 : f32
              %le132 = arith.cmpf ole, %f132, %t132 : f32
              %r132 = scf.if %le132 -> (tensor<10xf64>) {
                %leaf133 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.5, 0.0, 0.5, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 1.0, 0.0>, prune.impurity = 0.5 : f64, prune.weight = 2.0 : f64, prune.node = 132 : i64} %leaf133 : tensor<10xf64>
              } else {
                %leaf134 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 87.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 87.0 : f64, prune.node = 133 : i64} %leaf134 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 88.0, 0.0, 1.0, 0.0>, prune.impurity = 0.022219416740310582 : f64, prune.weight = 89.0 : f64, prune.node = 131 : i64}
              scf.yield %r132 : tensor<10xf64>
            } else {
              %c135 = arith.constant 45 : index
              %f135 = tensor.extract %x[%c135] : tensor<64xf32>
              %t135 = arith.constant 8.750000000e-01 : f32
              %le135 = arith.cmpf ole, %f135, %t135 : f32
              %r135 = scf.if %le135 -> (tensor<10xf64>) {
                %leaf136 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.5, 0.0, 0.5, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 1.0, 0.0>, prune.impurity = 0.5 : f64, prune.weight = 2.0 : f64, prune.node = 135 : i64} %leaf136 : tensor<10xf64>
              } else {
                %leaf137 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 136 : i64} %leaf137 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 1.0, 0.0, 1.0, 0.0>, prune.impurity = 0.625 : f64, prune.weight = 4.0 : f64, prune.node = 134 : i64}
              scf.yield %r135 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 89.0, 0.0, 2.0, 0.0>, prune.impurity = 0.08324661810613943 : f64, prune.weight = 93.0 : f64, prune.node = 130 : i64}
            scf.yield %r131 : tensor<10xf64>
          } else {
            %c138 = arith.constant 33 : index
            %f138 = tensor.extract %x[%c138] : tensor<64xf32>
            %t138 = arith.constant 1.562500000e-01 : f32
            %le138 = arith.cmpf ole, %f138, %t138 : f32
            %r138 = scf.if %le138 -> (tensor<10xf64>) {
              %c139 = arith.constant 12 : index
              %f139 = tensor.extract %x[%c139] : tensor<64xf32>
              %t139 = arith.constant 4.375000000e-01 : f32
              %le139 = arith.cmpf ole, %f139, %t139 : f32
              %r139 = scf.if %le139 -> (tensor<10xf64>) {
                %leaf140 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 4.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 139 : i64} %leaf140 : tensor<10xf64>
              } else {
                %leaf141 = arith.constant dense<[0.0, 0.0, 0.0, 0.14285714285714285, 0.0, 0.42857142857142855, 0.14285714285714285, 0.0, 0.0, 0.2857142857142857]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 1.0, 0.0, 3.0, 1.0, 0.0, 0.0, 2.0>, prune.impurity = 0.6938775510204082 : f64, prune.weight = 7.0 : f64, prune.node = 140 : i64} %leaf141 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 1.0, 0.0, 3.0, 1.0, 0.0, 4.0, 2.0>, prune.impurity = 0.743801652892562 : f64, prune.weight = 11.0 : f64, prune.node = 138 : i64}
              scf.yield %r139 : tensor<10xf64>
            } else {
              %c142 = arith.constant 11 : index
              %f142 = tensor.extract %x[%c142] : tensor<64xf32>
              %t142 = arith.constant 5.312500000e-01 : f32
              %le142 = arith.cmpf ole, %f142, %t142 : f32
              %r142 = scf.if %le142 -> (tensor<10xf64>) {
                %leaf143 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 142 : i64} %leaf143 : tensor<10xf64>
              } else {
                %leaf144 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 8.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 8.0 : f64, prune.node = 143 : i64} %leaf144 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 8.0, 0.0, 0.0, 1.0>, prune.impurity = 0.19753086419753085 : f64, prune.weight = 9.0 : f64, prune.node = 141 : i64}
              scf.yield %r142 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 1.0, 0.0, 3.0, 9.0, 0.0, 4.0, 3.0>, prune.impurity = 0.71 : f64, prune.weight = 20.0 : f64, prune.node = 137 : i64}
            scf.yield %r138 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 0.0, 0.0, 1.0, 0.0, 5.0, 98.0, 0.0, 6.0, 3.0>, prune.impurity = 0.24230558383585243 : f64, prune.weight = 113.0 : f64, prune.node = 129 : i64}
          scf.yield %r130 : tensor<10xf64>
        } {prune.counts = array<f64: 0.0, 21.0, 7.0, 1.0, 0.0, 5.0, 101.0, 0.0, 20.0, 5.0>, prune.impurity = 0.5647656249999999 : f64, prune.weight = 160.0 : f64, prune.node = 117 : i64}
        scf.yield %r118 : tensor<10xf64>
      } {prune.counts = array<f64: 3.0, 70.0, 10.0, 8.0, 32.0, 82.0, 126.0, 19.0, 73.0, 12.0>, prune.impurity = 0.817513542079535 : f64, prune.weight = 435.0 : f64, prune.node = 87 : i64}
      scf.yield %r88 : tensor<10xf64>
    } else {
      %c145 = arith.constant 36 : index
      %f145 = tensor.extract %x[%c145] : tensor<64xf32>
      %t145 = arith.constant 3.125000000e-02 : f32
      %le145 = arith.cmpf ole, %f145, %t145 : f32
      %r145 = scf.if %le145 -> (tensor<10xf64>) {
        %c146 = arith.constant 13 : index
        %f146 = tensor.extract %x[%c146] : tensor<64xf32>
        %t146 = arith.constant 2.812500000e-01 : f32
        %le146 = arith.cmpf ole, %f146, %t146 : f32
        %r146 = scf.if %le146 -> (tensor<10xf64>) {
          %c147 = arith.constant 28 : index
          %f147 = tensor.extract %x[%c147] : tensor<64xf32>
          %t147 = arith.constant 3.125000000e-01 : f32
          %le147 = arith.cmpf ole, %f147, %t147 : f32
          %r147 = scf.if %le147 -> (tensor<10xf64>) {
            %c148 = arith.constant 53 : index
            %f148 = tensor.extract %x[%c148] : tensor<64xf32>
            %t148 = arith.constant 7.812500000e-01 : f32
            %le148 = arith.cmpf ole, %f148, %t148 : f32
            %r148 = scf.if %le148 -> (tensor<10xf64>) {
              %leaf149 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 148 : i64} %leaf149 : tensor<10xf64>
            } else {
              %leaf150 = arith.constant dense<[1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 3.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 149 : i64} %leaf150 : tensor<10xf64>
            } {prune.counts = array<f64: 3.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.48 : f64, prune.weight = 5.0 : f64, prune.node = 147 : i64}
            scf.yield %r148 : tensor<10xf64>
          } else {
            %c151 = arith.constant 26 : index
            %f151 = tensor.extract %x[%c151] : tensor<64xf32>
            %t151 = arith.constant 9.687500000e-01 : f32
            %le151 = arith.cmpf ole, %f151, %t151 : f32
            %r151 = scf.if %le151 -> (tensor<10xf64>) {
              %leaf152 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 151 : i64} %leaf152 : tensor<10xf64>
            } else {
              %leaf153 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 8.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 8.0 : f64, prune.node = 152 : i64} %leaf153 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 8.0, 2.0, 0.0, 0.0, 0.0>, prune.impurity = 0.31999999999999995 : f64, prune.weight = 10.0 : f64, prune.node = 150 : i64}
            scf.yield %r151 : tensor<10xf64>
          } {prune.counts = array<f64: 3.0, 0.0, 0.0, 0.0, 2.0, 8.0, 2.0, 0.0, 0.0, 0.0>, prune.impurity = 0.64 : f64, prune.weight = 15.0 : f64, prune.node = 146 : i64}
          scf.yield %r147 : tensor<10xf64>
        } else {
          %c154 = arith.constant 50 : index
          %f154 = tensor.extract %x[%c154] : tensor<64xf32>
          %t154 = arith.constant 5.312500000e-01 : f32
          %le154 = arith.cmpf ole, %f154, %t154 : f32
          %r154 = scf.if %le154 -> (tensor<10xf64>) {
            %c155 = arith.constant 59 : index
            %f155 = tensor.extract %x[%c155] : tensor<64xf32>
            %t155 = arith.constant 7.812500000e-01 : f32
            %le155 = arith.cmpf ole, %f155, %t155 : f32
            %r155 = scf.if %le155 -> (tensor<10xf64>) {
              %leaf156 = arith.constant dense<[1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 155 : i64} %leaf156 : tensor<10xf64>
            } else {
              %leaf157 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 156 : i64} %leaf157 : tensor<10xf64>
            } {prune.counts = array<f64: 2.0, 0.0, 0.0, 0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.48 : f64, prune.weight = 5.0 : f64, prune.node = 154 : i64}
            scf.yield %r155 : tensor<10xf64>
          } else {
            %leaf158 = arith.constant dense<[1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 123.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 123.0 : f64, prune.node = 157 : i64} %leaf158 : tensor<10xf64>
          } {prune.counts = array<f64: 125.0, 0.0, 0.0, 0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0457763671875 : f64, prune.weight = 128.0 : f64, prune.node = 153 : i64}
          scf.yield %r154 : tensor<10xf64>
        } {prune.counts = array<f64: 128.0, 0.0, 0.0, 0.0, 2.0, 11.0, 2.0, 0.0, 0.0, 0.0>, prune.impurity = 0.1924788498215072 : f64, prune.weight = 143.0 : f64, prune.node = 145 : i64}
        scf.yield %r146 : tensor<10xf64>
      } else {
        %c159 = arith.constant 13 : index
        %f159 = tensor.extract %x[%c159] : tensor<64xf32>
        %t159 = arith.constant 2.187500000e-01 : f32
        %le159 = arith.cmpf ole, %f159, %t159 : f32
        %r159 = scf.if %le159 -> (tensor<10xf64>) {
          %c160 = arith.constant 5 : index
          %f160 = tensor.extract %x[%c160] : tensor<64xf32>
          %t160 = arith.constant 5.312500000e-01 : f32
          %le160 = arith.cmpf ole, %f160, %t160 : f32
          %r160 = scf.if %le160 -> (tensor<10xf64>) {
            %c161 = arith.constant 45 : index
            %f161 = tensor.extract %x[%c161] : tensor<64xf32>
            %t161 = arith.constant 3.125000000e-02 : f32
            %le161 = arith.cmpf ole, %f161, %t161 : f32
            %r161 = scf.if %le161 -> (tensor<10xf64>) {
              %c162 = arith.constant 28 : index
              %f162 = tensor.extract %x[%c162] : tensor<64xf32>
              %t162 = arith.constant 6.875000000e-01 : f32
              %le162 = arith.cmpf ole, %f162, %t162 : f32
              %r162 = scf.if %le162 -> (tensor<10xf64>) {
                %leaf163 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 162 : i64} %leaf163 : tensor<10xf64>
              } else {
                %leaf164 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 3.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 163 : i64} %leaf164 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 3.0, 0.0, 0.0>, prune.impurity = 0.375 : f64, prune.weight = 4.0 : f64, prune.node = 161 : i64}
              scf.yield %r162 : tensor<10xf64>
            } else {
              %c165 = arith.constant 52 : index
              %f165 = tensor.extract %x[%c165] : tensor<64xf32>
              %t165 = arith.constant 3.750000000e-01 : f32
              %le165 = arith.cmpf ole, %f165, %t165 : f32
              %r165 = scf.if %le165 -> (tensor<10xf64>) {
                %leaf166 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 165 : i64} %leaf166 : tensor<10xf64>
              } else {
                %leaf167 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.9879518072289156, 0.0, 0.0, 0.0, 0.012048192771084338, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 82.0, 0.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.023806067644070228 : f64, prune.weight = 83.0 : f64, prune.node = 166 : i64} %leaf167 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 82.0, 0.0, 0.0, 2.0, 1.0, 0.0>, prune.impurity = 0.06865051903114183 : f64, prune.weight = 85.0 : f64, prune.node = 164 : i64}
              scf.yield %r165 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 82.0, 0.0, 1.0, 5.0, 1.0, 0.0>, prune.impurity = 0.14770862264865547 : f64, prune.weight = 89.0 : f64, prune.node = 160 : i64}
            scf.yield %r161 : tensor<10xf64>
          } else {
            %c168 = arith.constant 30 : index
            %f168 = tensor.extract %x[%c168] : tensor<64xf32>
            %t168 = arith.constant 5.312500000e-01 : f32
            %le168 = arith.cmpf ole, %f168, %t168 : f32
            %r168 = scf.if %le168 -> (tensor<10xf64>) {
              %c169 = arith.constant 18 : index
              %f169 = tensor.extract %x[%c169] : tensor<64xf32>
              %t169 = arith.constant 7.187500000e-01 : f32
              %le169 = arith.cmpf ole, %f169, %t169 : f32
              %r169 = scf.if %le169 -> (tensor<10xf64>) {
                %leaf170 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 169 : i64} %leaf170 : tensor<10xf64>
              } else {
                %leaf171 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 5.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 5.0 : f64, prune.node = 170 : i64} %leaf171 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 5.0, 0.0, 0.0, 0.0, 2.0>, prune.impurity = 0.40816326530612246 : f64, prune.weight = 7.0 : f64, prune.node = 168 : i64}
              scf.yield %r169 : tensor<10xf64>
            } else {
              %leaf172 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 171 : i64} %leaf172 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 2.0, 5.0, 0.0, 0.0, 0.0, 2.0>, prune.impurity = 0.5925925925925926 : f64, prune.weight = 9.0 : f64, prune.node = 167 : i64}
            scf.yield %r168 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 84.0, 5.0, 1.0, 5.0, 1.0, 2.0>, prune.impurity = 0.2594752186588921 : f64, prune.weight = 98.0 : f64, prune.node = 159 : i64}
          scf.yield %r160 : tensor<10xf64>
        } else {
          %c173 = arith.constant 54 : index
          %f173 = tensor.extract %x[%c173] : tensor<64xf32>
          %t173 = arith.constant 3.125000000e-02 : f32
          %le173 = arith.cmpf ole, %f173, %t173 : f32
          %r173 = scf.if %le173 -> (tensor<10xf64>) {
            %c174 = arith.constant 2 : index
            %f174 = tensor.extract %x[%c174] : tensor<64xf32>
            %t174 = arith.constant 3.125000000e-02 : f32
            %le174 = arith.cmpf ole, %f174, %t174 : f32
            %r174 = scf.if %le174 -> (tensor<10xf64>) {
              %c175 = arith.constant 26 : index
              %f175 = tensor.extract %x[%c175] : tensor<64xf32>
              %t175 = arith.constant 6.250000000e-01 : f32
              %le175 = arith.cmpf ole, %f175, %t175 : f32
              %r175 = scf.if %le175 -> (tensor<10xf64>) {
                %leaf176 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.25, 0.0, 0.0, 0.6875, 0.0625, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 4.0, 0.0, 0.0, 11.0, 1.0, 0.0>, prune.impurity = 0.4609375 : f64, prune.weight = 16.0 : f64, prune.node = 175 : i64} %leaf176 : tensor<10xf64>
              } else {
                %leaf177 = arith.constant dense<[0.0, 0.25, 0.0, 0.0, 0.35, 0.0, 0.0, 0.0, 0.0, 0.4]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 5.0, 0.0, 0.0, 7.0, 0.0, 0.0, 0.0, 0.0, 8.0>, prune.impurity = 0.655 : f64, prune.weight = 20.0 : f64, prune.node = 176 : i64} %leaf177 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 5.0, 0.0, 0.0, 11.0, 0.0, 0.0, 11.0, 1.0, 8.0>, prune.impurity = 0.7438271604938271 : f64, prune.weight = 36.0 : f64, prune.node = 174 : i64}
              scf.yield %r175 : tensor<10xf64>
            } else {
              %c178 = arith.constant 61 : index
              %f178 = tensor.extract %x[%c178] : tensor<64xf32>
              %t178 = arith.constant 3.125000000e-02 : f32
              %le178 = arith.cmpf ole, %f178, %t178 : f32
              %r178 = scf.if %le178 -> (tensor<10xf64>) {
                %leaf179 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.012048192771084338, 0.0, 0.0, 0.9879518072289156, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 82.0, 0.0, 0.0>, prune.impurity = 0.023806067644070228 : f64, prune.weight = 83.0 : f64, prune.node = 178 : i64} %leaf179 : tensor<10xf64>
              } else {
                %leaf180 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.7142857142857143, 0.2857142857142857]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 5.0, 2.0>, prune.impurity = 0.40816326530612246 : f64, prune.weight = 7.0 : f64, prune.node = 179 : i64} %leaf180 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 82.0, 5.0, 2.0>, prune.impurity = 0.1661728395061728 : f64, prune.weight = 90.0 : f64, prune.node = 177 : i64}
              scf.yield %r178 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 5.0, 0.0, 0.0, 12.0, 0.0, 0.0, 93.0, 6.0, 10.0>, prune.impurity = 0.4360040312421265 : f64, prune.weight = 126.0 : f64, prune.node = 173 : i64}
            scf.yield %r174 : tensor<10xf64>
          } else {
            %c181 = arith.constant 26 : index
            %f181 = tensor.extract %x[%c181] : tensor<64xf32>
            %t181 = arith.constant 6.562500000e-01 : f32
            %le181 = arith.cmpf ole, %f181, %t181 : f32
            %r181 = scf.if %le181 -> (tensor<10xf64>) {
              %c182 = arith.constant 50 : index
              %f182 = tensor.extract %x[%c182] : tensor<64xf32>
              %t182 = arith.constant 3.437500000e-01 : f32
              %le182 = arith.cmpf ole, %f182, %t182 : f32
              %r182 = scf.if %le182 -> (tensor<10xf64>) {
                %leaf183 = arith.constant dense<[0.0, 0.6666666666666666, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.3333333333333333]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 3.0 : f64, prune.node = 182 : i64} %leaf183 : tensor<10xf64>
              } else {
                %leaf184 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 10.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 10.0 : f64, prune.node = 183 : i64} %leaf184 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 10.0, 1.0>, prune.impurity = 0.37869822485207105 : f64, prune.weight = 13.0 : f64, prune.node = 181 : i64}
              scf.yield %r182 : tensor<10xf64>
            } else {
              %c185 = arith.constant 58 : index
              %f185 = tensor.extract %x[%c185] : tensor<64xf32>
              %t185 = arith.constant 1.562500000e-01 : f32
              %le185 = arith.cmpf ole, %f185, %t185 : f32
              %r185 = scf.if %le185 -> (tensor<10xf64>) {
                %leaf186 = arith.constant dense<[0.0, 0.4, 0.0, 0.0, 0.0, 0.0, 0.4, 0.0, 0.2, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 1.0, 0.0>, prune.impurity = 0.64 : f64, prune.weight = 5.0 : f64, prune.node = 185 : i64} %leaf186 : tensor<10xf64>
              } else {
                %leaf187 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 19.0>, prune.impurity = 0.0 : f64, prune.weight = 19.0 : f64, prune.node = 186 : i64} %leaf187 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 1.0, 19.0>, prune.impurity = 0.35763888888888884 : f64, prune.weight = 24.0 : f64, prune.node = 184 : i64}
              scf.yield %r185 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 4.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 11.0, 20.0>, prune.impurity = 0.6048210372534697 : f64, prune.weight = 37.0 : f64, prune.node = 180 : i64}
            scf.yield %r181 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 9.0, 0.0, 0.0, 12.0, 0.0, 2.0, 93.0, 17.0, 30.0>, prune.impurity = 0.6210997779366931 : f64, prune.weight = 163.0 : f64, prune.node = 172 : i64}
          scf.yield %r173 : tensor<10xf64>
        } {prune.counts = array<f64: 0.0, 9.0, 0.0, 0.0, 96.0, 5.0, 3.0, 98.0, 18.0, 32.0>, prune.impurity = 0.7022504073633682 : f64, prune.weight = 261.0 : f64, prune.node = 158 : i64}
        scf.yield %r159 : tensor<10xf64>
      } {prune.counts = array<f64: 128.0, 9.0, 0.0, 0.0, 98.0, 16.0, 5.0, 98.0, 18.0, 32.0>, prune.impurity = 0.7714562297813939 : f64, prune.weight = 404.0 : f64, prune.node = 144 : i64}
      scf.yield %r145 : tensor<10xf64>
    } {prune.counts = array<f64: 131.0, 79.0, 10.0, 8.0, 130.0, 98.0, 131.0, 117.0, 91.0, 44.0>, prune.impurity = 0.8705295054416617 : f64, prune.weight = 839.0 : f64, prune.node = 86 : i64}
    scf.yield %r87 : tensor<10xf64>
  } {prune.counts = array<f64: 131.0, 131.0, 133.0, 124.0, 132.0, 135.0, 131.0, 143.0, 130.0, 157.0>, prune.impurity = 0.8995843825730583 : f64, prune.weight = 1347.0 : f64, prune.node = 0 : i64}
  return %r1 : tensor<10xf64>
}

func.func @tree4(%x: tensor<64xf32> {prune.range = array<f64: 0.0, 1.0>}) -> tensor<10xf64> {
  %c1 = arith.constant 33 : index
  %f1 = tensor.extract %x[%c1] : tensor<64xf32>
  %t1 = arith.constant 2.187500000e-01 : f32
  %le1 = arith.cmpf ole, %f1, %t1 : f32
  %r1 = scf.if %le1 -> (tensor<10xf64>) {
    %c2 = arith.constant 21 : index
    %f2 = tensor.extract %x[%c2] : tensor<64xf32>
    %t2 = arith.constant 9.375000000e-02 : f32
    %le2 = arith.cmpf ole, %f2, %t2 : f32
    %r2 = scf.if %le2 -> (tensor<10xf64>) {
      %c3 = arith.constant 42 : index
      %f3 = tensor.extract %x[%c3] : tensor<64xf32>
      %t3 = arith.constant 4.687500000e-01 : f32
      %le3 = arith.cmpf ole, %f3, %t3 : f32
      %r3 = scf.if %le3 -> (tensor<10xf64>) {
        %c4 = arith.constant 5 : index
        %f4 = tensor.extract %x[%c4] : tensor<64xf32>
        %t4 = arith.constant 9.375000000e-02 : f32
        %le4 = arith.cmpf ole, %f4, %t4 : f32
        %r4 = scf.if %le4 -> (tensor<10xf64>) {
          %c5 = arith.constant 10 : index
          %f5 = tensor.extract %x[%c5] : tensor<64xf32>
          %t5 = arith.constant 7.187500000e-01 : f32
          %le5 = arith.cmpf ole, %f5, %t5 : f32
          %r5 = scf.if %le5 -> (tensor<10xf64>) {
            %c6 = arith.constant 51 : index
            %f6 = tensor.extract %x[%c6] : tensor<64xf32>
            %t6 = arith.constant 3.750000000e-01 : f32
            %le6 = arith.cmpf ole, %f6, %t6 : f32
            %r6 = scf.if %le6 -> (tensor<10xf64>) {
              %leaf7 = arith.constant dense<[0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 6 : i64} %leaf7 : tensor<10xf64>
            } else {
              %c8 = arith.constant 19 : index
              %f8 = tensor.extract %x[%c8] : tensor<64xf32>
              %t8 = arith.constant 6.875000000e-01 : f32
              %le8 = arith.cmpf ole, %f8, %t8 : f32
              %r8 = scf.if %le8 -> (tensor<10xf64>) {
                %leaf9 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 8 : i64} %leaf9 : tensor<10xf64>
              } else {
                %leaf10 = arith.constant dense<[0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 38.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 38.0 : f64, prune.node = 9 : i64} %leaf10 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 38.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0>, prune.impurity = 0.09499999999999997 : f64, prune.weight = 40.0 : f64, prune.node = 7 : i64}
              scf.yield %r8 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 38.0, 0.0, 1.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0>, prune.impurity = 0.1380130874479476 : f64, prune.weight = 41.0 : f64, prune.node = 5 : i64}
            scf.yield %r6 : tensor<10xf64>
          } else {
            %c11 = arith.constant 43 : index
            %f11 = tensor.extract %x[%c11] : tensor<64xf32>
            %t11 = arith.constant 3.125000000e-01 : f32
            %le11 = arith.cmpf ole, %f11, %t11 : f32
            %r11 = scf.if %le11 -> (tensor<10xf64>) {
              %leaf12 = arith.constant dense<[0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 7.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 7.0 : f64, prune.node = 11 : i64} %leaf12 : tensor<10xf64>
            } else {
              %c13 = arith.constant 34 : index
              %f13 = tensor.extract %x[%c13] : tensor<64xf32>
              %t13 = arith.constant 2.812500000e-01 : f32
              %le13 = arith.cmpf ole, %f13, %t13 : f32
              %r13 = scf.if %le13 -> (tensor<10xf64>) {
                %leaf14 = arith.constant dense<[0.0, 0.029411764705882353, 0.8823529411764706, 0.0, 0.0, 0.0, 0.0, 0.0, 0.08823529411764706, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 1.0, 30.0, 0.0, 0.0, 0.0, 0.0, 0.0, 3.0, 0.0>, prune.impurity = 0.21280276816609 : f64, prune.weight = 34.0 : f64, prune.node = 13 : i64} %leaf14 : tensor<10xf64>
              } else {
                %leaf15 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.6, 0.4, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 3.0, 2.0, 0.0>, prune.impurity = 0.48 : f64, prune.weight = 5.0 : f64, prune.node = 14 : i64} %leaf15 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 1.0, 30.0, 0.0, 0.0, 0.0, 0.0, 3.0, 5.0, 0.0>, prune.impurity = 0.38527284681130836 : f64, prune.weight = 39.0 : f64, prune.node = 12 : i64}
              scf.yield %r13 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 1.0, 30.0, 7.0, 0.0, 0.0, 0.0, 3.0, 5.0, 0.0>, prune.impurity = 0.5349716446124764 : f64, prune.weight = 46.0 : f64, prune.node = 10 : i64}
            scf.yield %r11 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 39.0, 30.0, 8.0, 0.0, 0.0, 0.0, 5.0, 5.0, 0.0>, prune.impurity = 0.6650812524772096 : f64, prune.weight = 87.0 : f64, prune.node = 4 : i64}
          scf.yield %r5 : tensor<10xf64>
        } else {
          %c16 = arith.constant 26 : index
          %f16 = tensor.extract %x[%c16] : tensor<64xf32>
          %t16 = arith.constant 1.562500000e-01 : f32
          %le16 = arith.cmpf ole, %f16, %t16 : f32
          %r16 = scf.if %le16 -> (tensor<10xf64>) {
            %leaf17 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 3.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 16 : i64} %leaf17 : tensor<10xf64>
          } else {
            %c18 = arith.constant 58 : index
            %f18 = tensor.extract %x[%c18] : tensor<64xf32>
            %t18 = arith.constant 5.312500000e-01 : f32
            %le18 = arith.cmpf ole, %f18, %t18 : f32
            %r18 = scf.if %le18 -> (tensor<10xf64>) {
              %c19 = arith.constant 1 : index
              %f19 = tensor.extract %x[%c19] : tensor<64xf32>
              %t19 = arith.constant 3.125000000e-02 : f32
              %le19 = arith.cmpf ole, %f19, %t19 : f32
              %r19 = scf.if %le19 -> (tensor<10xf64>) {
                %leaf20 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 14.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 14.0 : f64, prune.node = 19 : i64} %leaf20 : tensor<10xf64>
              } else {
                %leaf21 = arith.constant dense<[0.0, 0.0, 0.0, 0.5, 0.0, 0.3333333333333333, 0.0, 0.0, 0.16666666666666666, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 3.0, 0.0, 2.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.6111111111111112 : f64, prune.weight = 6.0 : f64, prune.node = 20 : i64} %leaf21 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 3.0, 0.0, 16.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.33499999999999996 : f64, prune.weight = 20.0 : f64, prune.node = 18 : i64}
              scf.yield %r19 : tensor<10xf64>
            } else {
              %leaf22 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 79.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 79.0 : f64, prune.node = 21 : i64} %leaf22 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 3.0, 0.0, 95.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.07815529027650236 : f64, prune.weight = 99.0 : f64, prune.node = 17 : i64}
            scf.yield %r18 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 0.0, 0.0, 3.0, 0.0, 95.0, 0.0, 3.0, 1.0, 0.0>, prune.impurity = 0.130718954248366 : f64, prune.weight = 102.0 : f64, prune.node = 15 : i64}
          scf.yield %r16 : tensor<10xf64>
        } {prune.counts = array<f64: 0.0, 39.0, 30.0, 11.0, 0.0, 95.0, 0.0, 8.0, 6.0, 0.0>, prune.impurity = 0.6733854035441337 : f64, prune.weight = 189.0 : f64, prune.node = 3 : i64}
        scf.yield %r4 : tensor<10xf64>
      } else {
        %c23 = arith.constant 1 : index
        %f23 = tensor.extract %x[%c23] : tensor<64xf32>
        %t23 = arith.constant 3.125000000e-02 : f32
        %le23 = arith.cmpf ole, %f23, %t23 : f32
        %r23 = scf.if %le23 -> (tensor<10xf64>) {
          %c24 = arith.constant 49 : index
          %f24 = tensor.extract %x[%c24] : tensor<64xf32>
          %t24 = arith.constant 2.500000000e-01 : f32
          %le24 = arith.cmpf ole, %f24, %t24 : f32
          %r24 = scf.if %le24 -> (tensor<10xf64>) {
            %c25 = arith.constant 20 : index
            %f25 = tensor.extract %x[%c25] : tensor<64xf32>
            %t25 = arith.constant 5.625000000e-01 : f32
            %le25 = arith.cmpf ole, %f25, %t25 : f32
            %r25 = scf.if %le25 -> (tensor<10xf64>) {
              %leaf26 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 63.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 63.0 : f64, prune.node = 25 : i64} %leaf26 : tensor<10xf64>
            } else {
              %leaf27 = arith.constant dense<[0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 26 : i64} %leaf27 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 63.0, 0.0, 0.0, 0.0>, prune.impurity = 0.05964497041420114 : f64, prune.weight = 65.0 : f64, prune.node = 24 : i64}
            scf.yield %r25 : tensor<10xf64>
          } else {
            %leaf28 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 5.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 5.0 : f64, prune.node = 27 : i64} %leaf28 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 2.0, 0.0, 0.0, 5.0, 0.0, 63.0, 0.0, 0.0, 0.0>, prune.impurity = 0.1840816326530612 : f64, prune.weight = 70.0 : f64, prune.node = 23 : i64}
          scf.yield %r24 : tensor<10xf64>
        } else {
          %c29 = arith.constant 10 : index
          %f29 = tensor.extract %x[%c29] : tensor<64xf32>
          %t29 = arith.constant 8.437500000e-01 : f32
          %le29 = arith.cmpf ole, %f29, %t29 : f32
          %r29 = scf.if %le29 -> (tensor<10xf64>) {
            %leaf30 = arith.constant dense<[0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 29 : i64} %leaf30 : tensor<10xf64>
          } else {
            %leaf31 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 11.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 11.0 : f64, prune.node = 30 : i64} %leaf31 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 1.0, 11.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.1527777777777778 : f64, prune.weight = 12.0 : f64, prune.node = 28 : i64}
          scf.yield %r29 : tensor<10xf64>
        } {prune.counts = array<f64: 0.0, 3.0, 11.0, 0.0, 5.0, 0.0, 63.0, 0.0, 0.0, 0.0>, prune.impurity = 0.38667459845330165 : f64, prune.weight = 82.0 : f64, prune.node = 22 : i64}
        scf.yield %r23 : tensor<10xf64>
      } {prune.counts = array<f64: 0.0, 42.0, 41.0, 11.0, 5.0, 95.0, 63.0, 8.0, 6.0, 0.0>, prune.impurity = 0.7728108277392737 : f64, prune.weight = 271.0 : f64, prune.node = 2 : i64}
      scf.yield %r3 : tensor<10xf64>
    } else {
      %c32 = arith.constant 60 : index
      %f32 = tensor.extract %x[%c32] : tensor<64xf32>
      %t32 = arith.constant 4.062500000e-01 : f32
      %le32 = arith.cmpf ole, %f32, %t32 : f32
      %r32 = scf.if %le32 -> (tensor<10xf64>) {
        %c33 = arith.constant 37 : index
        %f33 = tensor.extract %x[%c33] : tensor<64xf32>
        %t33 = arith.constant 1.562500000e-01 : f32
        %le33 = arith.cmpf ole, %f33, %t33 : f32
        %r33 = scf.if %le33 -> (tensor<10xf64>) {
          %c34 = arith.constant 42 : index
          %f34 = tensor.extract %x[%c34] : tensor<64xf32>
          %t34 = arith.constant 2.812500000e-01 : f32
          %le34 = arith.cmpf ole, %f34, %t34 : f32
          %r34 = scf.if %le34 -> (tensor<10xf64>) {
            %c35 = arith.constant 50 : index
            %f35 = tensor.extract %x[%c35] : tensor<64xf32>
            %t35 = arith.constant 5.312500000e-01 : f32
            %le35 = arith.cmpf ole, %f35, %t35 : f32
            %r35 = scf.if %le35 -> (tensor<10xf64>) {
              %c36 = arith.constant 29 : index
              %f36 = tensor.extract %x[%c36] : tensor<64xf32>
              %t36 = arith.constant 4.062500000e-01 : f32
              %le36 = arith.cmpf ole, %f36, %t36 : f32
              %r36 = scf.if %le36 -> (tensor<10xf64>) {
                %leaf37 = arith.constant dense<[0.0, 0.0, 0.0, 0.2857142857142857, 0.14285714285714285, 0.0, 0.0, 0.0, 0.0, 0.5714285714285714]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 2.0, 1.0, 0.0, 0.0, 0.0, 0.0, 4.0>, prune.impurity = 0.5714285714285714 : f64, prune.weight = 7.0 : f64, prune.node = 36 : i64} %leaf37 : tensor<10xf64>
              } else {
                %leaf38 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 37 : i64} %leaf38 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 2.0, 2.0, 1.0, 0.0, 0.0, 0.0, 0.0, 4.0>, prune.impurity = 0.691358024691358 : f64, prune.weight = 9.0 : f64, prune.node = 35 : i64}
              scf.yield %r36 : tensor<10xf64>
            } else {
              %leaf39 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 4.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 38 : i64} %leaf39 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 2.0, 2.0, 1.0, 0.0, 0.0, 4.0, 0.0, 4.0>, prune.impurity = 0.757396449704142 : f64, prune.weight = 13.0 : f64, prune.node = 34 : i64}
            scf.yield %r35 : tensor<10xf64>
          } else {
            %c40 = arith.constant 59 : index
            %f40 = tensor.extract %x[%c40] : tensor<64xf32>
            %t40 = arith.constant 5.937500000e-01 : f32
            %le40 = arith.cmpf ole, %f40, %t40 : f32
            %r40 = scf.if %le40 -> (tensor<10xf64>) {
              %c41 = arith.constant 4 : index
              %f41 = tensor.extract %x[%c41] : tensor<64xf32>
              %t41 = arith.constant 7.812500000e-01 : f32
              %le41 = arith.cmpf ole, %f41, %t41 : f32
              %r41 = scf.if %le41 -> (tensor<10xf64>) {
                %leaf42 = arith.constant dense<[0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 4.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 41 : i64} %leaf42 : tensor<10xf64>
              } else {
                %leaf43 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 42 : i64} %leaf43 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 4.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0>, prune.impurity = 0.31999999999999995 : f64, prune.weight = 5.0 : f64, prune.node = 40 : i64}
              scf.yield %r41 : tensor<10xf64>
            } else {
              %leaf44 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 7.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 7.0 : f64, prune.node = 43 : i64} %leaf44 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 4.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 7.0, 0.0>, prune.impurity = 0.5416666666666667 : f64, prune.weight = 12.0 : f64, prune.node = 39 : i64}
            scf.yield %r40 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 4.0, 2.0, 2.0, 1.0, 0.0, 0.0, 5.0, 7.0, 4.0>, prune.impurity = 0.8160000000000001 : f64, prune.weight = 25.0 : f64, prune.node = 33 : i64}
          scf.yield %r34 : tensor<10xf64>
        } else {
          %c45 = arith.constant 51 : index
          %f45 = tensor.extract %x[%c45] : tensor<64xf32>
          %t45 = arith.constant 1.875000000e-01 : f32
          %le45 = arith.cmpf ole, %f45, %t45 : f32
          %r45 = scf.if %le45 -> (tensor<10xf64>) {
            %c46 = arith.constant 62 : index
            %f46 = tensor.extract %x[%c46] : tensor<64xf32>
            %t46 = arith.constant 1.250000000e-01 : f32
            %le46 = arith.cmpf ole, %f46, %t46 : f32
            %r46 = scf.if %le46 -> (tensor<10xf64>) {
              %leaf47 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 4.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 46 : i64} %leaf47 : tensor<10xf64>
            } else {
              %leaf48 = arith.constant dense<[0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 47 : i64} %leaf48 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 4.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 6.0 : f64, prune.node = 45 : i64}
            scf.yield %r46 : tensor<10xf64>
          } else {
            %c49 = arith.constant 36 : index
            %f49 = tensor.extract %x[%c49] : tensor<64xf32>
            %t49 = arith.constant 1.562500000e-01 : f32
            %le49 = arith.cmpf ole, %f49, %t49 : f32
            %r49 = scf.if %le49 -> (tensor<10xf64>) {
              %leaf50 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 49 : i64} %leaf50 : tensor<10xf64>
            } else {
              %c51 = arith.constant 35 : index
              %f51 = tensor.extract %x[%c51] : tensor<64xf32>
              %t51 = arith.constant 6.562500000e-01 : f32
              %le51 = arith.cmpf ole, %f51, %t51 : f32
              %r51 = scf.if %le51 -> (tensor<10xf64>) {
                %leaf52 = arith.constant dense<[0.0, 0.0, 0.0, 0.16, 0.04, 0.04, 0.0, 0.56, 0.0, 0.2]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 4.0, 1.0, 1.0, 0.0, 14.0, 0.0, 5.0>, prune.impurity = 0.6175999999999999 : f64, prune.weight = 25.0 : f64, prune.node = 51 : i64} %leaf52 : tensor<10xf64>
              } else {
                %leaf53 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.012987012987012988, 0.0, 0.0, 0.987012987012987, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 76.0, 0.0, 0.0>, prune.impurity = 0.02563670096137627 : f64, prune.weight = 77.0 : f64, prune.node = 52 : i64} %leaf53 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 4.0, 2.0, 1.0, 0.0, 90.0, 0.0, 5.0>, prune.impurity = 0.21703191080353712 : f64, prune.weight = 102.0 : f64, prune.node = 50 : i64}
              scf.yield %r51 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 4.0, 2.0, 3.0, 0.0, 90.0, 0.0, 5.0>, prune.impurity = 0.2461168639053254 : f64, prune.weight = 104.0 : f64, prune.node = 48 : i64}
            scf.yield %r49 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 2.0, 0.0, 4.0, 2.0, 3.0, 0.0, 90.0, 0.0, 9.0>, prune.impurity = 0.3211570247933885 : f64, prune.weight = 110.0 : f64, prune.node = 44 : i64}
          scf.yield %r45 : tensor<10xf64>
        } {prune.counts = array<f64: 0.0, 6.0, 2.0, 6.0, 3.0, 3.0, 0.0, 95.0, 7.0, 13.0>, prune.impurity = 0.48768175582990403 : f64, prune.weight = 135.0 : f64, prune.node = 32 : i64}
        scf.yield %r33 : tensor<10xf64>
      } else {
        %c54 = arith.constant 35 : index
        %f54 = tensor.extract %x[%c54] : tensor<64xf32>
        %t54 = arith.constant 7.187500000e-01 : f32
        %le54 = arith.cmpf ole, %f54, %t54 : f32
        %r54 = scf.if %le54 -> (tensor<10xf64>) {
          %c55 = arith.constant 29 : index
          %f55 = tensor.extract %x[%c55] : tensor<64xf32>
          %t55 = arith.constant 7.187500000e-01 : f32
          %le55 = arith.cmpf ole, %f55, %t55 : f32
          %r55 = scf.if %le55 -> (tensor<10xf64>) {
            %c56 = arith.constant 62 : index
            %f56 = tensor.extract %x[%c56] : tensor<64xf32>
            %t56 = arith.constant 6.562500000e-01 : f32
            %le56 = arith.cmpf ole, %f56, %t56 : f32
            %r56 = scf.if %le56 -> (tensor<10xf64>) {
              %c57 = arith.constant 30 : index
              %f57 = tensor.extract %x[%c57] : tensor<64xf32>
              %t57 = arith.constant 1.562500000e-01 : f32
              %le57 = arith.cmpf ole, %f57, %t57 : f32
              %r57 = scf.if %le57 -> (tensor<10xf64>) {
                %leaf58 = arith.constant dense<[0.0, 0.02564102564102564, 0.15384615384615385, 0.7350427350427351, 0.0, 0.017094017094017096, 0.0, 0.0, 0.05982905982905983, 0.008547008547008548]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 3.0, 18.0, 86.0, 0.0, 2.0, 0.0, 0.0, 7.0, 1.0>, prune.impurity = 0.431441303236175 : f64, prune.weight = 117.0 : f64, prune.node = 57 : i64} %leaf58 : tensor<10xf64>
              } else {
                %leaf59 = arith.constant dense<[0.45454545454545453, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.5454545454545454]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 5.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 6.0>, prune.impurity = 0.49586776859504134 : f64, prune.weight = 11.0 : f64, prune.node = 58 : i64} %leaf59 : tensor<10xf64>
              } {prune.counts = array<f64: 5.0, 3.0, 18.0, 86.0, 0.0, 2.0, 0.0, 0.0, 7.0, 7.0>, prune.impurity = 0.5205078125 : f64, prune.weight = 128.0 : f64, prune.node = 56 : i64}
              scf.yield %r57 : tensor<10xf64>
            } else {
              %c60 = arith.constant 19 : index
              %f60 = tensor.extract %x[%c60] : tensor<64xf32>
              %t60 = arith.constant 7.187500000e-01 : f32
              %le60 = arith.cmpf ole, %f60, %t60 : f32
              %r60 = scf.if %le60 -> (tensor<10xf64>) {
                %leaf61 = arith.constant dense<[0.0, 0.0, 0.8484848484848485, 0.15151515151515152, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 28.0, 5.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.25711662075298436 : f64, prune.weight = 33.0 : f64, prune.node = 60 : i64} %leaf61 : tensor<10xf64>
              } else {
                %leaf62 = arith.constant dense<[0.0, 0.5, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.5]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0>, prune.impurity = 0.5 : f64, prune.weight = 4.0 : f64, prune.node = 61 : i64} %leaf62 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 2.0, 28.0, 5.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0>, prune.impurity = 0.4032140248356465 : f64, prune.weight = 37.0 : f64, prune.node = 59 : i64}
              scf.yield %r60 : tensor<10xf64>
            } {prune.counts = array<f64: 5.0, 5.0, 46.0, 91.0, 0.0, 2.0, 0.0, 0.0, 7.0, 9.0>, prune.impurity = 0.6113498622589532 : f64, prune.weight = 165.0 : f64, prune.node = 55 : i64}
            scf.yield %r56 : tensor<10xf64>
          } else {
            %c63 = arith.constant 30 : index
            %f63 = tensor.extract %x[%c63] : tensor<64xf32>
            %t63 = arith.constant 3.125000000e-02 : f32
            %le63 = arith.cmpf ole, %f63, %t63 : f32
            %r63 = scf.if %le63 -> (tensor<10xf64>) {
              %c64 = arith.constant 26 : index
              %f64 = tensor.extract %x[%c64] : tensor<64xf32>
              %t64 = arith.constant 3.437500000e-01 : f32
              %le64 = arith.cmpf ole, %f64, %t64 : f32
              %r64 = scf.if %le64 -> (tensor<10xf64>) {
                %leaf65 = arith.constant dense<[0.0, 0.05263157894736842, 0.3684210526315789, 0.47368421052631576, 0.0, 0.0, 0.0, 0.0, 0.05263157894736842, 0.05263157894736842]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 1.0, 7.0, 9.0, 0.0, 0.0, 0.0, 0.0, 1.0, 1.0>, prune.impurity = 0.631578947368421 : f64, prune.weight = 19.0 : f64, prune.node = 64 : i64} %leaf65 : tensor<10xf64>
              } else {
                %leaf66 = arith.constant dense<[0.041666666666666664, 0.4583333333333333, 0.041666666666666664, 0.0, 0.0, 0.0, 0.0, 0.08333333333333333, 0.041666666666666664, 0.3333333333333333]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 1.0, 11.0, 1.0, 0.0, 0.0, 0.0, 0.0, 2.0, 1.0, 8.0>, prune.impurity = 0.6666666666666667 : f64, prune.weight = 24.0 : f64, prune.node = 65 : i64} %leaf66 : tensor<10xf64>
              } {prune.counts = array<f64: 1.0, 12.0, 8.0, 9.0, 0.0, 0.0, 0.0, 2.0, 2.0, 9.0>, prune.impurity = 0.7950243374797188 : f64, prune.weight = 43.0 : f64, prune.node = 63 : i64}
              scf.yield %r64 : tensor<10xf64>
            } else {
              %c67 = arith.constant 21 : index
              %f67 = tensor.extract %x[%c67] : tensor<64xf32>
              %t67 = arith.constant 6.562500000e-01 : f32
              %le67 = arith.cmpf ole, %f67, %t67 : f32
              %r67 = scf.if %le67 -> (tensor<10xf64>) {
                %leaf68 = arith.constant dense<[0.0, 0.0, 0.0, 0.3333333333333333, 0.0, 0.26666666666666666, 0.0, 0.0, 0.4, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 5.0, 0.0, 4.0, 0.0, 0.0, 6.0, 0.0>, prune.impurity = 0.6577777777777778 : f64, prune.weight = 15.0 : f64, prune.node = 67 : i64} %leaf68 : tensor<10xf64>
              } else {
                %leaf69 = arith.constant dense<[0.02727272727272727, 0.01818181818181818, 0.045454545454545456, 0.01818181818181818, 0.0, 0.0, 0.0, 0.0, 0.03636363636363636, 0.8545454545454545]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 3.0, 2.0, 5.0, 2.0, 0.0, 0.0, 0.0, 0.0, 4.0, 94.0>, prune.impurity = 0.2649586776859504 : f64, prune.weight = 110.0 : f64, prune.node = 68 : i64} %leaf69 : tensor<10xf64>
              } {prune.counts = array<f64: 3.0, 2.0, 5.0, 7.0, 0.0, 4.0, 0.0, 0.0, 10.0, 94.0>, prune.impurity = 0.421504 : f64, prune.weight = 125.0 : f64, prune.node = 66 : i64}
              scf.yield %r67 : tensor<10xf64>
            } {prune.counts = array<f64: 4.0, 14.0, 13.0, 16.0, 0.0, 4.0, 0.0, 2.0, 12.0, 103.0>, prune.impurity = 0.595734126984127 : f64, prune.weight = 168.0 : f64, prune.node = 62 : i64}
            scf.yield %r63 : tensor<10xf64>
          } {prune.counts = array<f64: 9.0, 19.0, 59.0, 107.0, 0.0, 6.0, 0.0, 2.0, 19.0, 112.0>, prune.impurity = 0.7446365284203122 : f64, prune.weight = 333.0 : f64, prune.node = 54 : i64}
          scf.yield %r55 : tensor<10xf64>
        } else {
          %c70 = arith.constant 44 : index
          %f70 = tensor.extract %x[%c70] : tensor<64xf32>
          %t70 = arith.constant 2.187500000e-01 : f32
          %le70 = arith.cmpf ole, %f70, %t70 : f32
          %r70 = scf.if %le70 -> (tensor<10xf64>) {
            %c71 = arith.constant 27 : index
            %f71 = tensor.extract %x[%c71] : tensor<64xf32>
            %t71 = arith.constant 6.562500000e-01 : f32
            %le71 = arith.cmpf ole, %f71, %t71 : f32
            %r71 = scf.if %le71 -> (tensor<10xf64>) {
              %c72 = arith.constant 18 : index
              %f72 = tensor.extract %x[%c72] : tensor<64xf32>
              %t72 = arith.constant 7.812500000e-01 : f32
              %le72 = arith.cmpf ole, %f72, %t72 : f32
              %r72 = scf.if %le72 -> (tensor<10xf64>) {
                %leaf73 = arith.constant dense<[0.0, 0.0, 0.9545454545454546, 0.045454545454545456, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 21.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.08677685950413228 : f64, prune.weight = 22.0 : f64, prune.node = 72 : i64} %leaf73 : tensor<10xf64>
              } else {
                %leaf74 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.18181818181818182, 0.8181818181818182]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 9.0>, prune.impurity = 0.2975206611570248 : f64, prune.weight = 11.0 : f64, prune.node = 73 : i64} %leaf74 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 21.0, 1.0, 0.0, 0.0, 0.0, 0.0, 2.0, 9.0>, prune.impurity = 0.5160697887970616 : f64, prune.weight = 33.0 : f64, prune.node = 71 : i64}
              scf.yield %r72 : tensor<10xf64>
            } else {
              %c75 = arith.constant 34 : index
              %f75 = tensor.extract %x[%c75] : tensor<64xf32>
              %t75 = arith.constant 4.687500000e-01 : f32
              %le75 = arith.cmpf ole, %f75, %t75 : f32
              %r75 = scf.if %le75 -> (tensor<10xf64>) {
                %leaf76 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.9090909090909091, 0.09090909090909091]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 10.0, 1.0>, prune.impurity = 0.1652892561983471 : f64, prune.weight = 11.0 : f64, prune.node = 75 : i64} %leaf76 : tensor<10xf64>
              } else {
                %leaf77 = arith.constant dense<[0.0, 0.0, 0.2222222222222222, 0.0, 0.0, 0.0, 0.0, 0.0, 0.1111111111111111, 0.6666666666666666]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 6.0>, prune.impurity = 0.49382716049382713 : f64, prune.weight = 9.0 : f64, prune.node = 76 : i64} %leaf77 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 11.0, 7.0>, prune.impurity = 0.565 : f64, prune.weight = 20.0 : f64, prune.node = 74 : i64}
              scf.yield %r75 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 23.0, 1.0, 0.0, 0.0, 0.0, 0.0, 13.0, 16.0>, prune.impurity = 0.6600213599145603 : f64, prune.weight = 53.0 : f64, prune.node = 70 : i64}
            scf.yield %r71 : tensor<10xf64>
          } else {
            %c78 = arith.constant 51 : index
            %f78 = tensor.extract %x[%c78] : tensor<64xf32>
            %t78 = arith.constant 9.687500000e-01 : f32
            %le78 = arith.cmpf ole, %f78, %t78 : f32
            %r78 = scf.if %le78 -> (tensor<10xf64>) {
              %c79 = arith.constant 50 : index
              %f79 = tensor.extract %x[%c79] : tensor<64xf32>
              %t79 = arith.constant 3.125000000e-01 : f32
              %le79 = arith.cmpf ole, %f79, %t79 : f32
              %r79 = scf.if %le79 -> (tensor<10xf64>) {
                %leaf80 = arith.constant dense<[0.0, 0.1875, 0.0, 0.25, 0.0625, 0.0, 0.0, 0.25, 0.0625, 0.1875]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 3.0, 0.0, 4.0, 1.0, 0.0, 0.0, 4.0, 1.0, 3.0>, prune.impurity = 0.796875 : f64, prune.weight = 16.0 : f64, prune.node = 79 : i64} %leaf80 : tensor<10xf64>
              } else {
                %leaf81 = arith.constant dense<[0.0, 0.011494252873563218, 0.011494252873563218, 0.04597701149425287, 0.011494252873563218, 0.0, 0.0, 0.0, 0.9195402298850575, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 1.0, 1.0, 4.0, 1.0, 0.0, 0.0, 0.0, 80.0, 0.0>, prune.impurity = 0.1519355264896287 : f64, prune.weight = 87.0 : f64, prune.node = 80 : i64} %leaf81 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 4.0, 1.0, 8.0, 2.0, 0.0, 0.0, 4.0, 81.0, 3.0>, prune.impurity = 0.37119426901687247 : f64, prune.weight = 103.0 : f64, prune.node = 78 : i64}
              scf.yield %r79 : tensor<10xf64>
            } else {
              %c82 = arith.constant 12 : index
              %f82 = tensor.extract %x[%c82] : tensor<64xf32>
              %t82 = arith.constant 9.687500000e-01 : f32
              %le82 = arith.cmpf ole, %f82, %t82 : f32
              %r82 = scf.if %le82 -> (tensor<10xf64>) {
                %leaf83 = arith.constant dense<[0.0, 0.125, 0.5, 0.0, 0.0, 0.0, 0.0, 0.0, 0.375, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 1.0, 4.0, 0.0, 0.0, 0.0, 0.0, 0.0, 3.0, 0.0>, prune.impurity = 0.59375 : f64, prune.weight = 8.0 : f64, prune.node = 82 : i64} %leaf83 : tensor<10xf64>
              } else {
                %leaf84 = arith.constant dense<[0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 48.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 48.0 : f64, prune.node = 83 : i64} %leaf84 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 49.0, 4.0, 0.0, 0.0, 0.0, 0.0, 0.0, 3.0, 0.0>, prune.impurity = 0.22640306122448983 : f64, prune.weight = 56.0 : f64, prune.node = 81 : i64}
              scf.yield %r82 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 53.0, 5.0, 8.0, 2.0, 0.0, 0.0, 4.0, 84.0, 3.0>, prune.impurity = 0.6051184684150153 : f64, prune.weight = 159.0 : f64, prune.node = 77 : i64}
            scf.yield %r78 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 53.0, 28.0, 9.0, 2.0, 0.0, 0.0, 4.0, 97.0, 19.0>, prune.impurity = 0.7004271982912068 : f64, prune.weight = 212.0 : f64, prune.node = 69 : i64}
          scf.yield %r70 : tensor<10xf64>
        } {prune.counts = array<f64: 9.0, 72.0, 87.0, 116.0, 2.0, 6.0, 0.0, 6.0, 116.0, 131.0>, prune.impurity = 0.8081541957747664 : f64, prune.weight = 545.0 : f64, prune.node = 53 : i64}
        scf.yield %r54 : tensor<10xf64>
      } {prune.counts = array<f64: 9.0, 78.0, 89.0, 122.0, 5.0, 9.0, 0.0, 101.0, 123.0, 144.0>, prune.impurity = 0.8374956747404845 : f64, prune.weight = 680.0 : f64, prune.node = 31 : i64}
      scf.yield %r32 : tensor<10xf64>
    } {prune.counts = array<f64: 9.0, 120.0, 130.0, 133.0, 10.0, 104.0, 63.0, 109.0, 129.0, 144.0>, prune.impurity = 0.8748199084255768 : f64, prune.weight = 951.0 : f64, prune.node = 1 : i64}
    scf.yield %r2 : tensor<10xf64>
  } else {
    %c85 = arith.constant 33 : index
    %f85 = tensor.extract %x[%c85] : tensor<64xf32>
    %t85 = arith.constant 5.312500000e-01 : f32
    %le85 = arith.cmpf ole, %f85, %t85 : f32
    %r85 = scf.if %le85 -> (tensor<10xf64>) {
      %c86 = arith.constant 35 : index
      %f86 = tensor.extract %x[%c86] : tensor<64xf32>
      %t86 = arith.constant 2.812500000e-01 : f32
      %le86 = arith.cmpf ole, %f86, %t86 : f32
      %r86 = scf.if %le86 -> (tensor<10xf64>) {
        %c87 = arith.constant 30 : index
        %f87 = tensor.extract %x[%c87] : tensor<64xf32>
        %t87 = arith.constant 1.562500000e-01 : f32
        %le87 = arith.cmpf ole, %f87, %t87 : f32
        %r87 = scf.if %le87 -> (tensor<10xf64>) {
          %c88 = arith.constant 29 : index
          %f88 = tensor.extract %x[%c88] : tensor<64xf32>
          %t88 = arith.constant 1.875000000e-01 : f32
          %le88 = arith.cmpf ole, %f88, %t88 : f32
          %r88 = scf.if %le88 -> (tensor<10xf64>) {
            %leaf89 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 5.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 5.0 : f64, prune.node = 88 : i64} %leaf89 : tensor<10xf64>
          } else {
            %c90 = arith.constant 29 : index
            %f90 = tensor.extract %x[%c90] : tensor<64xf32>
            %t90 = arith.constant 6.562500000e-01 : f32
            %le90 = arith.cmpf ole, %f90, %t90 : f32
            %r90 = scf.if %le90 -> (tensor<10xf64>) {
              %leaf91 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 6.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 6.0 : f64, prune.node = 90 : i64} %leaf91 : tensor<10xf64>
            } else {
              %c92 = arith.constant 58 : index
              %f92 = tensor.extract %x[%c92] : tensor<64xf32>
              %t92 = arith.constant 3.125000000e-02 : f32
              %le92 = arith.cmpf ole, %f92, %t92 : f32
              %r92 = scf.if %le92 -> (tensor<10xf64>) {
                %leaf93 = arith.constant dense<[0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 4.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 92 : i64} %leaf93 : tensor<10xf64>
              } else {
                %leaf94 = arith.constant dense<[0.4, 0.0, 0.0, 0.0, 0.0, 0.6, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 2.0, 0.0, 0.0, 0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.48 : f64, prune.weight = 5.0 : f64, prune.node = 93 : i64} %leaf94 : tensor<10xf64>
              } {prune.counts = array<f64: 2.0, 4.0, 0.0, 0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.6419753086419753 : f64, prune.weight = 9.0 : f64, prune.node = 91 : i64}
              scf.yield %r92 : tensor<10xf64>
            } {prune.counts = array<f64: 2.0, 4.0, 0.0, 0.0, 6.0, 3.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.7111111111111111 : f64, prune.weight = 15.0 : f64, prune.node = 89 : i64}
            scf.yield %r90 : tensor<10xf64>
          } {prune.counts = array<f64: 2.0, 4.0, 0.0, 0.0, 6.0, 3.0, 5.0, 0.0, 0.0, 0.0>, prune.impurity = 0.775 : f64, prune.weight = 20.0 : f64, prune.node = 87 : i64}
          scf.yield %r88 : tensor<10xf64>
        } else {
          %c95 = arith.constant 43 : index
          %f95 = tensor.extract %x[%c95] : tensor<64xf32>
          %t95 = arith.constant 4.062500000e-01 : f32
          %le95 = arith.cmpf ole, %f95, %t95 : f32
          %r95 = scf.if %le95 -> (tensor<10xf64>) {
            %c96 = arith.constant 5 : index
            %f96 = tensor.extract %x[%c96] : tensor<64xf32>
            %t96 = arith.constant 5.312500000e-01 : f32
            %le96 = arith.cmpf ole, %f96, %t96 : f32
            %r96 = scf.if %le96 -> (tensor<10xf64>) {
              %leaf97 = arith.constant dense<[1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 84.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 84.0 : f64, prune.node = 96 : i64} %leaf97 : tensor<10xf64>
            } else {
              %c98 = arith.constant 44 : index
              %f98 = tensor.extract %x[%c98] : tensor<64xf32>
              %t98 = arith.constant 3.437500000e-01 : f32
              %le98 = arith.cmpf ole, %f98, %t98 : f32
              %r98 = scf.if %le98 -> (tensor<10xf64>) {
                %leaf99 = arith.constant dense<[1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 3.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 98 : i64} %leaf99 : tensor<10xf64>
              } else {
                %leaf100 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.6666666666666666, 0.0, 0.3333333333333333, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 1.0, 0.0, 0.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 3.0 : f64, prune.node = 99 : i64} %leaf100 : tensor<10xf64>
              } {prune.counts = array<f64: 3.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 1.0, 0.0, 0.0>, prune.impurity = 0.6111111111111112 : f64, prune.weight = 6.0 : f64, prune.node = 97 : i64}
              scf.yield %r98 : tensor<10xf64>
            } {prune.counts = array<f64: 87.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 1.0, 0.0, 0.0>, prune.impurity = 0.06493827160493826 : f64, prune.weight = 90.0 : f64, prune.node = 95 : i64}
            scf.yield %r96 : tensor<10xf64>
          } else {
            %c101 = arith.constant 25 : index
            %f101 = tensor.extract %x[%c101] : tensor<64xf32>
            %t101 = arith.constant 1.562500000e-01 : f32
            %le101 = arith.cmpf ole, %f101, %t101 : f32
            %r101 = scf.if %le101 -> (tensor<10xf64>) {
              %c102 = arith.constant 44 : index
              %f102 = tensor.extract %x[%c102] : tensor<64xf32>
              %t102 = arith.constant 3.125000000e-01 : f32
              %le102 = arith.cmpf ole, %f102, %t102 : f32
              %r102 = scf.if %le102 -> (tensor<10xf64>) {
                %leaf103 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 102 : i64} %leaf103 : tensor<10xf64>
              } else {
                %leaf104 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 8.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 8.0 : f64, prune.node = 103 : i64} %leaf104 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 8.0, 0.0, 1.0, 0.0, 0.0, 0.0>, prune.impurity = 0.19753086419753085 : f64, prune.weight = 9.0 : f64, prune.node = 101 : i64}
              scf.yield %r102 : tensor<10xf64>
            } else {
              %leaf105 = arith.constant dense<[1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 10.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 10.0 : f64, prune.node = 104 : i64} %leaf105 : tensor<10xf64>
            } {prune.counts = array<f64: 10.0, 0.0, 0.0, 0.0, 8.0, 0.0, 1.0, 0.0, 0.0, 0.0>, prune.impurity = 0.5429362880886426 : f64, prune.weight = 19.0 : f64, prune.node = 100 : i64}
            scf.yield %r101 : tensor<10xf64>
          } {prune.counts = array<f64: 97.0, 0.0, 0.0, 0.0, 8.0, 2.0, 1.0, 1.0, 0.0, 0.0>, prune.impurity = 0.2021715343826277 : f64, prune.weight = 109.0 : f64, prune.node = 94 : i64}
          scf.yield %r95 : tensor<10xf64>
        } {prune.counts = array<f64: 99.0, 4.0, 0.0, 0.0, 14.0, 5.0, 6.0, 1.0, 0.0, 0.0>, prune.impurity = 0.3945676341566011 : f64, prune.weight = 129.0 : f64, prune.node = 86 : i64}
        scf.yield %r87 : tensor<10xf64>
      } else {
        %c106 = arith.constant 51 : index
        %f106 = tensor.extract %x[%c106] : tensor<64xf32>
        %t106 = arith.constant 4.687500000e-01 : f32
        %le106 = arith.cmpf ole, %f106, %t106 : f32
        %r106 = scf.if %le106 -> (tensor<10xf64>) {
          %c107 = arith.constant 59 : index
          %f107 = tensor.extract %x[%c107] : tensor<64xf32>
          %t107 = arith.constant 9.062500000e-01 : f32
          %le107 = arith.cmpf ole, %f107, %t107 : f32
          %r107 = scf.if %le107 -> (tensor<10xf64>) {
            %c108 = arith.constant 10 : index
            %f108 = tensor.extract %x[%c108] : tensor<64xf32>
            %t108 = arith.constant 5.312500000e-01 : f32
            %le108 = arith.cmpf ole, %f108, %t108 : f32
            %r108 = scf.if %le108 -> (tensor<10xf64>) {
              %c109 = arith.constant 6 : index
              %f109 = tensor.extract %x[%c109] : tensor<64xf32>
              %t109 = arith.constant 4.062500000e-01 : f32
              %le109 = arith.cmpf ole, %f109, %t109 : f32
              %r109 = scf.if %le109 -> (tensor<10xf64>) {
                %leaf110 = arith.constant dense<[0.0, 0.045454545454545456, 0.0, 0.0, 0.9545454545454546, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 1.0, 0.0, 0.0, 21.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.08677685950413228 : f64, prune.weight = 22.0 : f64, prune.node = 109 : i64} %leaf110 : tensor<10xf64>
              } else {
                %leaf111 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.5, 0.0, 0.5]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 1.0>, prune.impurity = 0.5 : f64, prune.weight = 2.0 : f64, prune.node = 110 : i64} %leaf111 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 1.0, 0.0, 0.0, 21.0, 0.0, 0.0, 1.0, 0.0, 1.0>, prune.impurity = 0.22916666666666663 : f64, prune.weight = 24.0 : f64, prune.node = 108 : i64}
              scf.yield %r109 : tensor<10xf64>
            } else {
              %c112 = arith.constant 37 : index
              %f112 = tensor.extract %x[%c112] : tensor<64xf32>
              %t112 = arith.constant 8.750000000e-01 : f32
              %le112 = arith.cmpf ole, %f112, %t112 : f32
              %r112 = scf.if %le112 -> (tensor<10xf64>) {
                %leaf113 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 3.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 112 : i64} %leaf113 : tensor<10xf64>
              } else {
                %leaf114 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.75, 0.0, 0.25, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 3.0, 0.0, 1.0, 0.0, 0.0>, prune.impurity = 0.375 : f64, prune.weight = 4.0 : f64, prune.node = 113 : i64} %leaf114 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 3.0, 3.0, 1.0, 0.0, 0.0>, prune.impurity = 0.6122448979591837 : f64, prune.weight = 7.0 : f64, prune.node = 111 : i64}
              scf.yield %r112 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 1.0, 0.0, 0.0, 21.0, 3.0, 3.0, 2.0, 0.0, 1.0>, prune.impurity = 0.5161290322580645 : f64, prune.weight = 31.0 : f64, prune.node = 107 : i64}
            scf.yield %r108 : tensor<10xf64>
          } else {
            %leaf115 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 11.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 11.0 : f64, prune.node = 114 : i64} %leaf115 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 1.0, 0.0, 0.0, 21.0, 14.0, 3.0, 2.0, 0.0, 1.0>, prune.impurity = 0.6303854875283447 : f64, prune.weight = 42.0 : f64, prune.node = 106 : i64}
          scf.yield %r107 : tensor<10xf64>
        } else {
          %c116 = arith.constant 50 : index
          %f116 = tensor.extract %x[%c116] : tensor<64xf32>
          %t116 = arith.constant 5.312500000e-01 : f32
          %le116 = arith.cmpf ole, %f116, %t116 : f32
          %r116 = scf.if %le116 -> (tensor<10xf64>) {
            %c117 = arith.constant 18 : index
            %f117 = tensor.extract %x[%c117] : tensor<64xf32>
            %t117 = arith.constant 6.250000000e-01 : f32
            %le117 = arith.cmpf ole, %f117, %t117 : f32
            %r117 = scf.if %le117 -> (tensor<10xf64>) {
              %c118 = arith.constant 38 : index
              %f118 = tensor.extract %x[%c118] : tensor<64xf32>
              %t118 = arith.constant 9.375000000e-02 : f32
              %le118 = arith.cmpf ole, %f118, %t118 : f32
              %r118 = scf.if %le118 -> (tensor<10xf64>) {
                %leaf119 = arith.constant dense<[0.0, 0.8181818181818182, 0.18181818181818182, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 9.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.2975206611570248 : f64, prune.weight = 11.0 : f64, prune.node = 118 : i64} %leaf119 : tensor<10xf64>
              } else {
                %leaf120 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.08333333333333333, 0.0, 0.0, 0.9166666666666666, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 11.0, 0.0, 0.0>, prune.impurity = 0.1527777777777778 : f64, prune.weight = 12.0 : f64, prune.node = 119 : i64} %leaf120 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 9.0, 2.0, 0.0, 1.0, 0.0, 0.0, 11.0, 0.0, 0.0>, prune.impurity = 0.6086956521739131 : f64, prune.weight = 23.0 : f64, prune.node = 117 : i64}
              scf.yield %r118 : tensor<10xf64>
            } else {
              %c121 = arith.constant 9 : index
              %f121 = tensor.extract %x[%c121] : tensor<64xf32>
              %t121 = arith.constant 3.125000000e-02 : f32
              %le121 = arith.cmpf ole, %f121, %t121 : f32
              %r121 = scf.if %le121 -> (tensor<10xf64>) {
                %leaf122 = arith.constant dense<[0.07692307692307693, 0.0, 0.0, 0.0, 0.8461538461538461, 0.07692307692307693, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 1.0, 0.0, 0.0, 0.0, 11.0, 1.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.272189349112426 : f64, prune.weight = 13.0 : f64, prune.node = 121 : i64} %leaf122 : tensor<10xf64>
              } else {
                %leaf123 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 8.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 8.0 : f64, prune.node = 122 : i64} %leaf123 : tensor<10xf64>
              } {prune.counts = array<f64: 1.0, 0.0, 0.0, 0.0, 11.0, 9.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.5396825396825398 : f64, prune.weight = 21.0 : f64, prune.node = 120 : i64}
              scf.yield %r121 : tensor<10xf64>
            } {prune.counts = array<f64: 1.0, 9.0, 2.0, 0.0, 12.0, 9.0, 0.0, 11.0, 0.0, 0.0>, prune.impurity = 0.7768595041322314 : f64, prune.weight = 44.0 : f64, prune.node = 116 : i64}
            scf.yield %r117 : tensor<10xf64>
          } else {
            %c124 = arith.constant 54 : index
            %f124 = tensor.extract %x[%c124] : tensor<64xf32>
            %t124 = arith.constant 1.875000000e-01 : f32
            %le124 = arith.cmpf ole, %f124, %t124 : f32
            %r124 = scf.if %le124 -> (tensor<10xf64>) {
              %c125 = arith.constant 59 : index
              %f125 = tensor.extract %x[%c125] : tensor<64xf32>
              %t125 = arith.constant 4.687500000e-01 : f32
              %le125 = arith.cmpf ole, %f125, %t125 : f32
              %r125 = scf.if %le125 -> (tensor<10xf64>) {
                %leaf126 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 4.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 125 : i64} %leaf126 : tensor<10xf64>
              } else {
                %leaf127 = arith.constant dense<[0.2, 0.26666666666666666, 0.0, 0.0, 0.0, 0.13333333333333333, 0.26666666666666666, 0.0, 0.13333333333333333, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 3.0, 4.0, 0.0, 0.0, 0.0, 2.0, 4.0, 0.0, 2.0, 0.0>, prune.impurity = 0.7822222222222223 : f64, prune.weight = 15.0 : f64, prune.node = 126 : i64} %leaf127 : tensor<10xf64>
              } {prune.counts = array<f64: 3.0, 4.0, 0.0, 0.0, 0.0, 2.0, 4.0, 4.0, 2.0, 0.0>, prune.impurity = 0.8199445983379501 : f64, prune.weight = 19.0 : f64, prune.node = 124 : i64}
              scf.yield %r125 : tensor<10xf64>
            } else {
              %leaf128 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 54.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 54.0 : f64, prune.node = 127 : i64} %leaf128 : tensor<10xf64>
            } {prune.counts = array<f64: 3.0, 4.0, 0.0, 0.0, 0.0, 2.0, 58.0, 4.0, 2.0, 0.0>, prune.impurity = 0.3595421279789829 : f64, prune.weight = 73.0 : f64, prune.node = 123 : i64}
            scf.yield %r124 : tensor<10xf64>
          } {prune.counts = array<f64: 4.0, 13.0, 2.0, 0.0, 12.0, 11.0, 58.0, 15.0, 2.0, 0.0>, prune.impurity = 0.7043611658996274 : f64, prune.weight = 117.0 : f64, prune.node = 115 : i64}
          scf.yield %r116 : tensor<10xf64>
        } {prune.counts = array<f64: 4.0, 14.0, 2.0, 0.0, 33.0, 25.0, 61.0, 17.0, 2.0, 1.0>, prune.impurity = 0.7648431628495709 : f64, prune.weight = 159.0 : f64, prune.node = 105 : i64}
        scf.yield %r106 : tensor<10xf64>
      } {prune.counts = array<f64: 103.0, 18.0, 2.0, 0.0, 47.0, 30.0, 67.0, 18.0, 2.0, 1.0>, prune.impurity = 0.7725694444444444 : f64, prune.weight = 288.0 : f64, prune.node = 85 : i64}
      scf.yield %r86 : tensor<10xf64>
    } else {
      %c129 = arith.constant 17 : index
      %f129 = tensor.extract %x[%c129] : tensor<64xf32>
      %t129 = arith.constant 2.500000000e-01 : f32
      %le129 = arith.cmpf ole, %f129, %t129 : f32
      %r129 = scf.if %le129 -> (tensor<10xf64>) {
        %c130 = arith.constant 6 : index
        %f130 = tensor.extract %x[%c130] : tensor<64xf32>
        %t130 = arith.constant 2.500000000e-01 : f32
        %le130 = arith.cmpf ole, %f130, %t130 : f32
        %r130 = scf.if %le130 -> (tensor<10xf64>) {
          %c131 = arith.constant 53 : index
          %f131 = tensor.extract %x[%c131] : tensor<64xf32>
          %t131 = arith.constant 9.062500000e-01 : f32
          %le131 = arith.cmpf ole, %f131, %t131 : f32
          %r131 = scf.if %le131 -> (tensor<10xf64>) {
            %c132 = arith.constant 25 : index
            %f132 = tensor.extract %x[%c132] : tensor<64xf32>
            %t132 = arith.constant 3.125000000e-02 : f32
            %le132 = arith.cmpf ole, %f132, %t132 : f32
            %r132 = scf.if %le132 -> (tensor<10xf64>) {
              %leaf133 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 132 : i64} %leaf133 : tensor<10xf64>
            } else {
              %c134 = arith.constant 2 : index
              %f134 = tensor.extract %x[%c134] : tensor<64xf32>
              %t134 = arith.constant 3.125000000e-01 : f32
              %le134 = arith.cmpf ole, %f134, %t134 : f32
              %r134 = scf.if %le134 -> (tensor<10xf64>) {
                %leaf135 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 89.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 89.0 : f64, prune.node = 134 : i64} %leaf135 : tensor<10xf64>
              } else {
                %leaf136 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 135 : i64} %leaf136 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 89.0, 0.0, 0.0, 1.0, 0.0, 0.0>, prune.impurity = 0.021975308641975277 : f64, prune.weight = 90.0 : f64, prune.node = 133 : i64}
              scf.yield %r134 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 89.0, 0.0, 0.0, 2.0, 0.0, 0.0>, prune.impurity = 0.04298997705591112 : f64, prune.weight = 91.0 : f64, prune.node = 131 : i64}
            scf.yield %r132 : tensor<10xf64>
          } else {
            %c137 = arith.constant 3 : index
            %f137 = tensor.extract %x[%c137] : tensor<64xf32>
            %t137 = arith.constant 7.812500000e-01 : f32
            %le137 = arith.cmpf ole, %f137, %t137 : f32
            %r137 = scf.if %le137 -> (tensor<10xf64>) {
              %leaf138 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 137 : i64} %leaf138 : tensor<10xf64>
            } else {
              %leaf139 = arith.constant dense<[1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 138 : i64} %leaf139 : tensor<10xf64>
            } {prune.counts = array<f64: 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 3.0 : f64, prune.node = 136 : i64}
            scf.yield %r137 : tensor<10xf64>
          } {prune.counts = array<f64: 2.0, 0.0, 0.0, 0.0, 89.0, 0.0, 1.0, 2.0, 0.0, 0.0>, prune.impurity = 0.10253508374830245 : f64, prune.weight = 94.0 : f64, prune.node = 130 : i64}
          scf.yield %r131 : tensor<10xf64>
        } else {
          %c140 = arith.constant 22 : index
          %f140 = tensor.extract %x[%c140] : tensor<64xf32>
          %t140 = arith.constant 3.125000000e-01 : f32
          %le140 = arith.cmpf ole, %f140, %t140 : f32
          %r140 = scf.if %le140 -> (tensor<10xf64>) {
            %leaf141 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 140 : i64} %leaf141 : tensor<10xf64>
          } else {
            %leaf142 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 141 : i64} %leaf142 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 1.0, 0.0, 0.0>, prune.impurity = 0.5 : f64, prune.weight = 2.0 : f64, prune.node = 139 : i64}
          scf.yield %r140 : tensor<10xf64>
        } {prune.counts = array<f64: 2.0, 0.0, 0.0, 0.0, 89.0, 1.0, 1.0, 3.0, 0.0, 0.0>, prune.impurity = 0.13888888888888884 : f64, prune.weight = 96.0 : f64, prune.node = 129 : i64}
        scf.yield %r130 : tensor<10xf64>
      } else {
        %c143 = arith.constant 36 : index
        %f143 = tensor.extract %x[%c143] : tensor<64xf32>
        %t143 = arith.constant 4.687500000e-01 : f32
        %le143 = arith.cmpf ole, %f143, %t143 : f32
        %r143 = scf.if %le143 -> (tensor<10xf64>) {
          %leaf144 = arith.constant dense<[1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
          scf.yield {prune.counts = array<f64: 11.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 11.0 : f64, prune.node = 143 : i64} %leaf144 : tensor<10xf64>
        } else {
          %leaf145 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
          scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 144 : i64} %leaf145 : tensor<10xf64>
        } {prune.counts = array<f64: 11.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.1527777777777778 : f64, prune.weight = 12.0 : f64, prune.node = 142 : i64}
        scf.yield %r143 : tensor<10xf64>
      } {prune.counts = array<f64: 13.0, 0.0, 0.0, 0.0, 89.0, 2.0, 1.0, 3.0, 0.0, 0.0>, prune.impurity = 0.3052126200274349 : f64, prune.weight = 108.0 : f64, prune.node = 128 : i64}
      scf.yield %r129 : tensor<10xf64>
    } {prune.counts = array<f64: 116.0, 18.0, 2.0, 0.0, 136.0, 32.0, 68.0, 21.0, 2.0, 1.0>, prune.impurity = 0.7552928272625242 : f64, prune.weight = 396.0 : f64, prune.node = 84 : i64}
    scf.yield %r85 : tensor<10xf64>
  } {prune.counts = array<f64: 125.0, 138.0, 132.0, 133.0, 146.0, 136.0, 131.0, 130.0, 131.0, 145.0>, prune.impurity = 0.899779487425382 : f64, prune.weight = 1347.0 : f64, prune.node = 0 : i64}
  return %r1 : tensor<10xf64>
}

func.func @tree5(%x: tensor<64xf32> {prune.range = array<f64: 0.0, 1.0>}) -> tensor<10xf64> {
  %c1 = arith.constant 36 : index
  %f1 = tensor.extract %x[%c1] : tensor<64xf32>
  %t1 = arith.constant 3.125000000e-02 : f32
  %le1 = arith.cmpf ole, %f1, %t1 : f32
  %r1 = scf.if %le1 -> (tensor<10xf64>) {
    %c2 = arith.constant 34 : index
    %f2 = tensor.extract %x[%c2] : tensor<64xf32>
    %t2 = arith.constant 1.875000000e-01 : f32
    %le2 = arith.cmpf ole, %f2, %t2 : f32
    %r2 = scf.if %le2 -> (tensor<10xf64>) {
      %c3 = arith.constant 63 : index
      %f3 = tensor.extract %x[%c3] : tensor<64xf32>
      %t3 = arith.constant 1.250000000e-01 : f32
      %le3 = arith.cmpf ole, %f3, %t3 : f32
      %r3 = scf.if %le3 -> (tensor<10xf64>) {
        %c4 = arith.constant 25 : index
        %f4 = tensor.extract %x[%c4] : tensor<64xf32>
        %t4 = arith.constant 9.375000000e-02 : f32
        %le4 = arith.cmpf ole, %f4, %t4 : f32
        %r4 = scf.if %le4 -> (tensor<10xf64>) {
          %c5 = arith.constant 9 : index
          %f5 = tensor.extract %x[%c5] : tensor<64xf32>
          %t5 = arith.constant 5.937500000e-01 : f32
          %le5 = arith.cmpf ole, %f5, %t5 : f32
          %r5 = scf.if %le5 -> (tensor<10xf64>) {
            %c6 = arith.constant 3 : index
            %f6 = tensor.extract %x[%c6] : tensor<64xf32>
            %t6 = arith.constant 5.937500000e-01 : f32
            %le6 = arith.cmpf ole, %f6, %t6 : f32
            %r6 = scf.if %le6 -> (tensor<10xf64>) {
              %c7 = arith.constant 46 : index
              %f7 = tensor.extract %x[%c7] : tensor<64xf32>
              %t7 = arith.constant 7.187500000e-01 : f32
              %le7 = arith.cmpf ole, %f7, %t7 : f32
              %r7 = scf.if %le7 -> (tensor<10xf64>) {
                %leaf8 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 7.0>, prune.impurity = 0.0 : f64, prune.weight = 7.0 : f64, prune.node = 7 : i64} %leaf8 : tensor<10xf64>
              } else {
                %leaf9 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 8 : i64} %leaf9 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 7.0>, prune.impurity = 0.345679012345679 : f64, prune.weight = 9.0 : f64, prune.node = 6 : i64}
              scf.yield %r7 : tensor<10xf64>
            } else {
              %leaf10 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 36.0>, prune.impurity = 0.0 : f64, prune.weight = 36.0 : f64, prune.node = 9 : i64} %leaf10 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 43.0>, prune.impurity = 0.08493827160493828 : f64, prune.weight = 45.0 : f64, prune.node = 5 : i64}
            scf.yield %r6 : tensor<10xf64>
          } else {
            %leaf11 = arith.constant dense<[0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 10 : i64} %leaf11 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 0.0, 0.0, 1.0, 0.0, 2.0, 0.0, 0.0, 0.0, 43.0>, prune.impurity = 0.12381852551984873 : f64, prune.weight = 46.0 : f64, prune.node = 4 : i64}
          scf.yield %r5 : tensor<10xf64>
        } else {
          %c12 = arith.constant 58 : index
          %f12 = tensor.extract %x[%c12] : tensor<64xf32>
          %t12 = arith.constant 5.312500000e-01 : f32
          %le12 = arith.cmpf ole, %f12, %t12 : f32
          %r12 = scf.if %le12 -> (tensor<10xf64>) {
            %c13 = arith.constant 13 : index
            %f13 = tensor.extract %x[%c13] : tensor<64xf32>
            %t13 = arith.constant 3.750000000e-01 : f32
            %le13 = arith.cmpf ole, %f13, %t13 : f32
            %r13 = scf.if %le13 -> (tensor<10xf64>) {
              %leaf14 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 13 : i64} %leaf14 : tensor<10xf64>
            } else {
              %leaf15 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 8.0>, prune.impurity = 0.0 : f64, prune.weight = 8.0 : f64, prune.node = 14 : i64} %leaf15 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 8.0>, prune.impurity = 0.19753086419753085 : f64, prune.weight = 9.0 : f64, prune.node = 12 : i64}
            scf.yield %r13 : tensor<10xf64>
          } else {
            %leaf16 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 6.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 6.0 : f64, prune.node = 15 : i64} %leaf16 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 7.0, 0.0, 0.0, 0.0, 8.0>, prune.impurity = 0.49777777777777776 : f64, prune.weight = 15.0 : f64, prune.node = 11 : i64}
          scf.yield %r12 : tensor<10xf64>
        } {prune.counts = array<f64: 0.0, 0.0, 0.0, 1.0, 0.0, 9.0, 0.0, 0.0, 0.0, 51.0>, prune.impurity = 0.27895726955119593 : f64, prune.weight = 61.0 : f64, prune.node = 3 : i64}
        scf.yield %r4 : tensor<10xf64>
      } else {
        %leaf17 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
        scf.yield {prune.counts = array<f64: 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 16 : i64} %leaf17 : tensor<10xf64>
      } {prune.counts = array<f64: 0.0, 0.0, 2.0, 1.0, 0.0, 9.0, 0.0, 0.0, 0.0, 51.0>, prune.impurity = 0.3230032753842278 : f64, prune.weight = 63.0 : f64, prune.node = 2 : i64}
      scf.yield %r3 : tensor<10xf64>
    } else {
      %c18 = arith.constant 33 : index
      %f18 = tensor.extract %x[%c18] : tensor<64xf32>
      %t18 = arith.constant 2.187500000e-01 : f32
      %le18 = arith.cmpf ole, %f18, %t18 : f32
      %r18 = scf.if %le18 -> (tensor<10xf64>) {
        %c19 = arith.constant 42 : index
        %f19 = tensor.extract %x[%c19] : tensor<64xf32>
        %t19 = arith.constant 6.562500000e-01 : f32
        %le19 = arith.cmpf ole, %f19, %t19 : f32
        %r19 = scf.if %le19 -> (tensor<10xf64>) {
          %c20 = arith.constant 22 : index
          %f20 = tensor.extract %x[%c20] : tensor<64xf32>
          %t20 = arith.constant 3.125000000e-02 : f32
          %le20 = arith.cmpf ole, %f20, %t20 : f32
          %r20 = scf.if %le20 -> (tensor<10xf64>) {
            %leaf21 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 11.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 11.0 : f64, prune.node = 20 : i64} %leaf21 : tensor<10xf64>
          } else {
            %leaf22 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 21 : i64} %leaf22 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 11.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.1527777777777778 : f64, prune.weight = 12.0 : f64, prune.node = 19 : i64}
          scf.yield %r20 : tensor<10xf64>
        } else {
          %c23 = arith.constant 35 : index
          %f23 = tensor.extract %x[%c23] : tensor<64xf32>
          %t23 = arith.constant 5.000000000e-01 : f32
          %le23 = arith.cmpf ole, %f23, %t23 : f32
          %r23 = scf.if %le23 -> (tensor<10xf64>) {
            %c24 = arith.constant 2 : index
            %f24 = tensor.extract %x[%c24] : tensor<64xf32>
            %t24 = arith.constant 6.250000000e-02 : f32
            %le24 = arith.cmpf ole, %f24, %t24 : f32
            %r24 = scf.if %le24 -> (tensor<10xf64>) {
              %leaf25 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 24 : i64} %leaf25 : tensor<10xf64>
            } else {
              %leaf26 = arith.constant dense<[1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 4.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 25 : i64} %leaf26 : tensor<10xf64>
            } {prune.counts = array<f64: 4.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 6.0 : f64, prune.node = 23 : i64}
            scf.yield %r24 : tensor<10xf64>
          } else {
            %c27 = arith.constant 58 : index
            %f27 = tensor.extract %x[%c27] : tensor<64xf32>
            %t27 = arith.constant 3.125000000e-01 : f32
            %le27 = arith.cmpf ole, %f27, %t27 : f32
            %r27 = scf.if %le27 -> (tensor<10xf64>) {
              %leaf28 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 5.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 5.0 : f64, prune.node = 27 : i64} %leaf28 : tensor<10xf64>
            } else {
              %c29 = arith.constant 54 : index
              %f29 = tensor.extract %x[%c29] : tensor<64xf32>
              %t29 = arith.constant 1.562500000e-01 : f32
              %le29 = arith.cmpf ole, %f29, %t29 : f32
              %r29 = scf.if %le29 -> (tensor<10xf64>) {
                %leaf30 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 29 : i64} %leaf30 : tensor<10xf64>
              } else {
                %leaf31 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 30 : i64} %leaf31 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.375 : f64, prune.weight = 4.0 : f64, prune.node = 28 : i64}
              scf.yield %r29 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 5.0, 0.0, 1.0, 0.0>, prune.impurity = 0.5679012345679013 : f64, prune.weight = 9.0 : f64, prune.node = 26 : i64}
            scf.yield %r27 : tensor<10xf64>
          } {prune.counts = array<f64: 4.0, 0.0, 3.0, 0.0, 2.0, 0.0, 5.0, 0.0, 1.0, 0.0>, prune.impurity = 0.7555555555555555 : f64, prune.weight = 15.0 : f64, prune.node = 22 : i64}
          scf.yield %r23 : tensor<10xf64>
        } {prune.counts = array<f64: 4.0, 0.0, 3.0, 0.0, 2.0, 11.0, 5.0, 0.0, 2.0, 0.0>, prune.impurity = 0.7544581618655692 : f64, prune.weight = 27.0 : f64, prune.node = 18 : i64}
        scf.yield %r19 : tensor<10xf64>
      } else {
        %c32 = arith.constant 57 : index
        %f32 = tensor.extract %x[%c32] : tensor<64xf32>
        %t32 = arith.constant 9.375000000e-02 : f32
        %le32 = arith.cmpf ole, %f32, %t32 : f32
        %r32 = scf.if %le32 -> (tensor<10xf64>) {
          %c33 = arith.constant 35 : index
          %f33 = tensor.extract %x[%c33] : tensor<64xf32>
          %t33 = arith.constant 3.437500000e-01 : f32
          %le33 = arith.cmpf ole, %f33, %t33 : f32
          %r33 = scf.if %le33 -> (tensor<10xf64>) {
            %leaf34 = arith.constant dense<[1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 120.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 120.0 : f64, prune.node = 33 : i64} %leaf34 : tensor<10xf64>
          } else {
            %c35 = arith.constant 6 : index
            %f35 = tensor.extract %x[%c35] : tensor<64xf32>
            %t35 = arith.constant 1.250000000e-01 : f32
            %le35 = arith.cmpf ole, %f35, %t35 : f32
            %r35 = scf.if %le35 -> (tensor<10xf64>) {
              %leaf36 = arith.constant dense<[1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 4.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 35 : i64} %leaf36 : tensor<10xf64>
            } else {
              %leaf37 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 36 : i64} %leaf37 : tensor<10xf64>
            } {prune.counts = array<f64: 4.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.31999999999999995 : f64, prune.weight = 5.0 : f64, prune.node = 34 : i64}
            scf.yield %r35 : tensor<10xf64>
          } {prune.counts = array<f64: 124.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.015871999999999997 : f64, prune.weight = 125.0 : f64, prune.node = 32 : i64}
          scf.yield %r33 : tensor<10xf64>
        } else {
          %leaf38 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
          scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 37 : i64} %leaf38 : tensor<10xf64>
        } {prune.counts = array<f64: 124.0, 0.0, 0.0, 0.0, 0.0, 4.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.060546875 : f64, prune.weight = 128.0 : f64, prune.node = 31 : i64}
        scf.yield %r32 : tensor<10xf64>
      } {prune.counts = array<f64: 128.0, 0.0, 3.0, 0.0, 2.0, 15.0, 5.0, 0.0, 2.0, 0.0>, prune.impurity = 0.3069302809573361 : f64, prune.weight = 155.0 : f64, prune.node = 17 : i64}
      scf.yield %r18 : tensor<10xf64>
    } {prune.counts = array<f64: 128.0, 0.0, 5.0, 1.0, 2.0, 24.0, 5.0, 0.0, 2.0, 51.0>, prune.impurity = 0.5871559633027523 : f64, prune.weight = 218.0 : f64, prune.node = 1 : i64}
    scf.yield %r2 : tensor<10xf64>
  } else {
    %c39 = arith.constant 46 : index
    %f39 = tensor.extract %x[%c39] : tensor<64xf32>
    %t39 = arith.constant 3.437500000e-01 : f32
    %le39 = arith.cmpf ole, %f39, %t39 : f32
    %r39 = scf.if %le39 -> (tensor<10xf64>) {
      %c40 = arith.constant 38 : index
      %f40 = tensor.extract %x[%c40] : tensor<64xf32>
      %t40 = arith.constant 3.125000000e-02 : f32
      %le40 = arith.cmpf ole, %f40, %t40 : f32
      %r40 = scf.if %le40 -> (tensor<10xf64>) {
        %c41 = arith.constant 19 : index
        %f41 = tensor.extract %x[%c41] : tensor<64xf32>
        %t41 = arith.constant 7.812500000e-01 : f32
        %le41 = arith.cmpf ole, %f41, %t41 : f32
        %r41 = scf.if %le41 -> (tensor<10xf64>) {
          %c42 = arith.constant 26 : index
          %f42 = tensor.extract %x[%c42] : tensor<64xf32>
          %t42 = arith.constant 4.062500000e-01 : f32
          %le42 = arith.cmpf ole, %f42, %t42 : f32
          %r42 = scf.if %le42 -> (tensor<10xf64>) {
            %c43 = arith.constant 43 : index
            %f43 = tensor.extract %x[%c43] : tensor<64xf32>
            %t43 = arith.constant 9.375000000e-02 : f32
            %le43 = arith.cmpf ole, %f43, %t43 : f32
            %r43 = scf.if %le43 -> (tensor<10xf64>) {
              %c44 = arith.constant 59 : index
              %f44 = tensor.extract %x[%c44] : tensor<64xf32>
              %t44 = arith.constant 3.750000000e-01 : f32
              %le44 = arith.cmpf ole, %f44, %t44 : f32
              %r44 = scf.if %le44 -> (tensor<10xf64>) {
                %leaf45 = arith.constant dense<[0.0, 0.5, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.5, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 4.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 4.0, 0.0>, prune.impurity = 0.5 : f64, prune.weight = 8.0 : f64, prune.node = 44 : i64} %leaf45 : tensor<10xf64>
              } else {
                %leaf46 = arith.constant dense<[0.0, 0.0, 0.02564102564102564, 0.8461538461538461, 0.0, 0.0, 0.0, 0.0, 0.07692307692307693, 0.05128205128205128]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 1.0, 33.0, 0.0, 0.0, 0.0, 0.0, 3.0, 2.0>, prune.impurity = 0.27481919789612097 : f64, prune.weight = 39.0 : f64, prune.node = 45 : i64} %leaf46 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 4.0, 1.0, 33.0, 0.0, 0.0, 0.0, 0.0, 7.0, 2.0>, prune.impurity = 0.47532820280669985 : f64, prune.weight = 47.0 : f64, prune.node = 43 : i64}
              scf.yield %r44 : tensor<10xf64>
            } else {
              %c47 = arith.constant 27 : index
              %f47 = tensor.extract %x[%c47] : tensor<64xf32>
              %t47 = arith.constant 7.812500000e-01 : f32
              %le47 = arith.cmpf ole, %f47, %t47 : f32
              %r47 = scf.if %le47 -> (tensor<10xf64>) {
                %leaf48 = arith.constant dense<[0.0, 0.0, 0.9801980198019802, 0.009900990099009901, 0.0, 0.0, 0.0, 0.0, 0.009900990099009901, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 99.0, 1.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.0390157827663955 : f64, prune.weight = 101.0 : f64, prune.node = 47 : i64} %leaf48 : tensor<10xf64>
              } else {
                %leaf49 = arith.constant dense<[0.0, 0.06666666666666667, 0.06666666666666667, 0.3333333333333333, 0.0, 0.0, 0.0, 0.0, 0.5333333333333333, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 1.0, 1.0, 5.0, 0.0, 0.0, 0.0, 0.0, 8.0, 0.0>, prune.impurity = 0.5955555555555556 : f64, prune.weight = 15.0 : f64, prune.node = 48 : i64} %leaf49 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 1.0, 100.0, 6.0, 0.0, 0.0, 0.0, 0.0, 9.0, 0.0>, prune.impurity = 0.24806777645659928 : f64, prune.weight = 116.0 : f64, prune.node = 46 : i64}
              scf.yield %r47 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 5.0, 101.0, 39.0, 0.0, 0.0, 0.0, 0.0, 16.0, 2.0>, prune.impurity = 0.5480823516127817 : f64, prune.weight = 163.0 : f64, prune.node = 42 : i64}
            scf.yield %r43 : tensor<10xf64>
          } else {
            %c50 = arith.constant 42 : index
            %f50 = tensor.extract %x[%c50] : tensor<64xf32>
            %t50 = arith.constant 2.187500000e-01 : f32
            %le50 = arith.cmpf ole, %f50, %t50 : f32
            %r50 = scf.if %le50 -> (tensor<10xf64>) {
              %c51 = arith.constant 15 : index
              %f51 = tensor.extract %x[%c51] : tensor<64xf32>
              %t51 = arith.constant 9.375000000e-02 : f32
              %le51 = arith.cmpf ole, %f51, %t51 : f32
              %r51 = scf.if %le51 -> (tensor<10xf64>) {
                %leaf52 = arith.constant dense<[0.0, 0.01, 0.08, 0.01, 0.06, 0.65, 0.0, 0.02, 0.07, 0.1]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 1.0, 8.0, 1.0, 6.0, 65.0, 0.0, 2.0, 7.0, 10.0>, prune.impurity = 0.552 : f64, prune.weight = 100.0 : f64, prune.node = 51 : i64} %leaf52 : tensor<10xf64>
              } else {
                %leaf53 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 7.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 7.0 : f64, prune.node = 52 : i64} %leaf53 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 1.0, 8.0, 1.0, 6.0, 65.0, 0.0, 9.0, 7.0, 10.0>, prune.impurity = 0.6019739715258974 : f64, prune.weight = 107.0 : f64, prune.node = 50 : i64}
              scf.yield %r51 : tensor<10xf64>
            } else {
              %c54 = arith.constant 20 : index
              %f54 = tensor.extract %x[%c54] : tensor<64xf32>
              %t54 = arith.constant 9.375000000e-02 : f32
              %le54 = arith.cmpf ole, %f54, %t54 : f32
              %r54 = scf.if %le54 -> (tensor<10xf64>) {
                %leaf55 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.05555555555555555, 0.1388888888888889, 0.5, 0.0, 0.2777777777777778, 0.027777777777777776]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 2.0, 5.0, 18.0, 0.0, 10.0, 1.0>, prune.impurity = 0.6496913580246914 : f64, prune.weight = 36.0 : f64, prune.node = 54 : i64} %leaf55 : tensor<10xf64>
              } else {
                %leaf56 = arith.constant dense<[0.0, 0.0, 0.02127659574468085, 0.0, 0.02127659574468085, 0.0, 0.0, 0.02127659574468085, 0.9361702127659575, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 1.0, 0.0, 1.0, 0.0, 0.0, 1.0, 44.0, 0.0>, prune.impurity = 0.12222725215029429 : f64, prune.weight = 47.0 : f64, prune.node = 55 : i64} %leaf56 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 1.0, 0.0, 3.0, 5.0, 18.0, 1.0, 54.0, 1.0>, prune.impurity = 0.5243141239657425 : f64, prune.weight = 83.0 : f64, prune.node = 53 : i64}
              scf.yield %r54 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 1.0, 9.0, 1.0, 9.0, 70.0, 18.0, 10.0, 61.0, 11.0>, prune.impurity = 0.7415512465373961 : f64, prune.weight = 190.0 : f64, prune.node = 49 : i64}
            scf.yield %r50 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 6.0, 110.0, 40.0, 9.0, 70.0, 18.0, 10.0, 77.0, 13.0>, prune.impurity = 0.7974544374804389 : f64, prune.weight = 353.0 : f64, prune.node = 41 : i64}
          scf.yield %r42 : tensor<10xf64>
        } else {
          %c57 = arith.constant 27 : index
          %f57 = tensor.extract %x[%c57] : tensor<64xf32>
          %t57 = arith.constant 9.687500000e-01 : f32
          %le57 = arith.cmpf ole, %f57, %t57 : f32
          %r57 = scf.if %le57 -> (tensor<10xf64>) {
            %c58 = arith.constant 53 : index
            %f58 = tensor.extract %x[%c58] : tensor<64xf32>
            %t58 = arith.constant 9.375000000e-02 : f32
            %le58 = arith.cmpf ole, %f58, %t58 : f32
            %r58 = scf.if %le58 -> (tensor<10xf64>) {
              %c59 = arith.constant 45 : index
              %f59 = tensor.extract %x[%c59] : tensor<64xf32>
              %t59 = arith.constant 3.437500000e-01 : f32
              %le59 = arith.cmpf ole, %f59, %t59 : f32
              %r59 = scf.if %le59 -> (tensor<10xf64>) {
                %leaf60 = arith.constant dense<[0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 10.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 10.0 : f64, prune.node = 59 : i64} %leaf60 : tensor<10xf64>
              } else {
                %leaf61 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 60 : i64} %leaf61 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 10.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0>, prune.impurity = 0.2777777777777778 : f64, prune.weight = 12.0 : f64, prune.node = 58 : i64}
              scf.yield %r59 : tensor<10xf64>
            } else {
              %c62 = arith.constant 11 : index
              %f62 = tensor.extract %x[%c62] : tensor<64xf32>
              %t62 = arith.constant 9.687500000e-01 : f32
              %le62 = arith.cmpf ole, %f62, %t62 : f32
              %r62 = scf.if %le62 -> (tensor<10xf64>) {
                %leaf63 = arith.constant dense<[0.07407407407407407, 0.4074074074074074, 0.0, 0.0, 0.0, 0.18518518518518517, 0.0, 0.0, 0.14814814814814814, 0.18518518518518517]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 2.0, 11.0, 0.0, 0.0, 0.0, 5.0, 0.0, 0.0, 4.0, 5.0>, prune.impurity = 0.7379972565157751 : f64, prune.weight = 27.0 : f64, prune.node = 62 : i64} %leaf63 : tensor<10xf64>
              } else {
                %leaf64 = arith.constant dense<[0.0, 0.0, 0.21739130434782608, 0.08695652173913043, 0.0, 0.043478260869565216, 0.21739130434782608, 0.0, 0.43478260869565216, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 5.0, 2.0, 0.0, 1.0, 5.0, 0.0, 10.0, 0.0>, prune.impurity = 0.7069943289224953 : f64, prune.weight = 23.0 : f64, prune.node = 63 : i64} %leaf64 : tensor<10xf64>
              } {prune.counts = array<f64: 2.0, 11.0, 5.0, 2.0, 0.0, 6.0, 5.0, 0.0, 14.0, 5.0>, prune.impurity = 0.8256 : f64, prune.weight = 50.0 : f64, prune.node = 61 : i64}
              scf.yield %r62 : tensor<10xf64>
            } {prune.counts = array<f64: 2.0, 21.0, 5.0, 2.0, 0.0, 6.0, 5.0, 0.0, 16.0, 5.0>, prune.impurity = 0.7877211238293444 : f64, prune.weight = 62.0 : f64, prune.node = 57 : i64}
            scf.yield %r58 : tensor<10xf64>
          } else {
            %c65 = arith.constant 26 : index
            %f65 = tensor.extract %x[%c65] : tensor<64xf32>
            %t65 = arith.constant 5.312500000e-01 : f32
            %le65 = arith.cmpf ole, %f65, %t65 : f32
            %r65 = scf.if %le65 -> (tensor<10xf64>) {
              %c66 = arith.constant 42 : index
              %f66 = tensor.extract %x[%c66] : tensor<64xf32>
              %t66 = arith.constant 6.875000000e-01 : f32
              %le66 = arith.cmpf ole, %f66, %t66 : f32
              %r66 = scf.if %le66 -> (tensor<10xf64>) {
                %leaf67 = arith.constant dense<[0.0, 0.8372093023255814, 0.023255813953488372, 0.0, 0.0, 0.13953488372093023, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 36.0, 1.0, 0.0, 0.0, 6.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.2790697674418605 : f64, prune.weight = 43.0 : f64, prune.node = 66 : i64} %leaf67 : tensor<10xf64>
              } else {
                %leaf68 = arith.constant dense<[0.0, 0.2916666666666667, 0.08333333333333333, 0.0, 0.0, 0.0, 0.0, 0.0, 0.625, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 7.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 15.0, 0.0>, prune.impurity = 0.5173611111111112 : f64, prune.weight = 24.0 : f64, prune.node = 67 : i64} %leaf68 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 43.0, 3.0, 0.0, 0.0, 6.0, 0.0, 0.0, 15.0, 0.0>, prune.impurity = 0.5279572287814658 : f64, prune.weight = 67.0 : f64, prune.node = 65 : i64}
              scf.yield %r66 : tensor<10xf64>
            } else {
              %c69 = arith.constant 52 : index
              %f69 = tensor.extract %x[%c69] : tensor<64xf32>
              %t69 = arith.constant 2.187500000e-01 : f32
              %le69 = arith.cmpf ole, %f69, %t69 : f32
              %r69 = scf.if %le69 -> (tensor<10xf64>) {
                %leaf70 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.3333333333333333, 0.6666666666666666]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 2.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 3.0 : f64, prune.node = 69 : i64} %leaf70 : tensor<10xf64>
              } else {
                %leaf71 = arith.constant dense<[0.0, 0.9444444444444444, 0.0, 0.018518518518518517, 0.0, 0.018518518518518517, 0.0, 0.0, 0.0, 0.018518518518518517]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 51.0, 0.0, 1.0, 0.0, 1.0, 0.0, 0.0, 0.0, 1.0>, prune.impurity = 0.10699588477366251 : f64, prune.weight = 54.0 : f64, prune.node = 70 : i64} %leaf71 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 51.0, 0.0, 1.0, 0.0, 1.0, 0.0, 0.0, 1.0, 3.0>, prune.impurity = 0.19575253924284397 : f64, prune.weight = 57.0 : f64, prune.node = 68 : i64}
              scf.yield %r69 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 94.0, 3.0, 1.0, 0.0, 7.0, 0.0, 0.0, 16.0, 3.0>, prune.impurity = 0.40426638917793967 : f64, prune.weight = 124.0 : f64, prune.node = 64 : i64}
            scf.yield %r65 : tensor<10xf64>
          } {prune.counts = array<f64: 2.0, 115.0, 8.0, 3.0, 0.0, 13.0, 5.0, 0.0, 32.0, 8.0>, prune.impurity = 0.5784483755347438 : f64, prune.weight = 186.0 : f64, prune.node = 56 : i64}
          scf.yield %r57 : tensor<10xf64>
        } {prune.counts = array<f64: 2.0, 121.0, 118.0, 43.0, 9.0, 83.0, 23.0, 10.0, 109.0, 21.0>, prune.impurity = 0.8267285325329322 : f64, prune.weight = 539.0 : f64, prune.node = 40 : i64}
        scf.yield %r41 : tensor<10xf64>
      } else {
        %c72 = arith.constant 19 : index
        %f72 = tensor.extract %x[%c72] : tensor<64xf32>
        %t72 = arith.constant 4.687500000e-01 : f32
        %le72 = arith.cmpf ole, %f72, %t72 : f32
        %r72 = scf.if %le72 -> (tensor<10xf64>) {
          %c73 = arith.constant 60 : index
          %f73 = tensor.extract %x[%c73] : tensor<64xf32>
          %t73 = arith.constant 4.687500000e-01 : f32
          %le73 = arith.cmpf ole, %f73, %t73 : f32
          %r73 = scf.if %le73 -> (tensor<10xf64>) {
            %c74 = arith.constant 12 : index
            %f74 = tensor.extract %x[%c74] : tensor<64xf32>
            %t74 = arith.constant 2.500000000e-01 : f32
            %le74 = arith.cmpf ole, %f74, %t74 : f32
            %r74 = scf.if %le74 -> (tensor<10xf64>) {
              %c75 = arith.constant 27 : index
              %f75 = tensor.extract %x[%c75] : tensor<64xf32>
              %t75 = arith.constant 2.187500000e-01 : f32
              %le75 = arith.cmpf ole, %f75, %t75 : f32
              %r75 = scf.if %le75 -> (tensor<10xf64>) {
                %leaf76 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 7.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 7.0 : f64, prune.node = 75 : i64} %leaf76 : tensor<10xf64>
              } else {
                %leaf77 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.3, 0.0, 0.5, 0.0, 0.2]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 3.0, 0.0, 5.0, 0.0, 2.0>, prune.impurity = 0.62 : f64, prune.weight = 10.0 : f64, prune.node = 76 : i64} %leaf77 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 7.0, 3.0, 0.0, 5.0, 0.0, 2.0>, prune.impurity = 0.698961937716263 : f64, prune.weight = 17.0 : f64, prune.node = 74 : i64}
              scf.yield %r75 : tensor<10xf64>
            } else {
              %c78 = arith.constant 43 : index
              %f78 = tensor.extract %x[%c78] : tensor<64xf32>
              %t78 = arith.constant 1.250000000e-01 : f32
              %le78 = arith.cmpf ole, %f78, %t78 : f32
              %r78 = scf.if %le78 -> (tensor<10xf64>) {
                %leaf79 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.6, 0.0, 0.4, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 3.0, 0.0, 2.0, 0.0, 0.0>, prune.impurity = 0.48 : f64, prune.weight = 5.0 : f64, prune.node = 78 : i64} %leaf79 : tensor<10xf64>
              } else {
                %leaf80 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.01, 0.0, 0.0, 0.99, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 99.0, 0.0, 0.0>, prune.impurity = 0.01980000000000004 : f64, prune.weight = 100.0 : f64, prune.node = 79 : i64} %leaf80 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 1.0, 3.0, 0.0, 101.0, 0.0, 0.0>, prune.impurity = 0.07383219954648523 : f64, prune.weight = 105.0 : f64, prune.node = 77 : i64}
              scf.yield %r78 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 8.0, 6.0, 0.0, 106.0, 0.0, 2.0>, prune.impurity = 0.2381080354743349 : f64, prune.weight = 122.0 : f64, prune.node = 73 : i64}
            scf.yield %r74 : tensor<10xf64>
          } else {
            %c81 = arith.constant 21 : index
            %f81 = tensor.extract %x[%c81] : tensor<64xf32>
            %t81 = arith.constant 6.562500000e-01 : f32
            %le81 = arith.cmpf ole, %f81, %t81 : f32
            %r81 = scf.if %le81 -> (tensor<10xf64>) {
              %c82 = arith.constant 5 : index
              %f82 = tensor.extract %x[%c82] : tensor<64xf32>
              %t82 = arith.constant 6.250000000e-02 : f32
              %le82 = arith.cmpf ole, %f82, %t82 : f32
              %r82 = scf.if %le82 -> (tensor<10xf64>) {
                %leaf83 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 6.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 6.0 : f64, prune.node = 82 : i64} %leaf83 : tensor<10xf64>
              } else {
                %leaf84 = arith.constant dense<[0.0, 0.0, 0.0, 0.3333333333333333, 0.0, 0.26666666666666666, 0.0, 0.4, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 5.0, 0.0, 4.0, 0.0, 6.0, 0.0, 0.0>, prune.impurity = 0.6577777777777778 : f64, prune.weight = 15.0 : f64, prune.node = 83 : i64} %leaf84 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 5.0, 6.0, 4.0, 0.0, 6.0, 0.0, 0.0>, prune.impurity = 0.7437641723356009 : f64, prune.weight = 21.0 : f64, prune.node = 81 : i64}
              scf.yield %r82 : tensor<10xf64>
            } else {
              %c85 = arith.constant 61 : index
              %f85 = tensor.extract %x[%c85] : tensor<64xf32>
              %t85 = arith.constant 2.187500000e-01 : f32
              %le85 = arith.cmpf ole, %f85, %t85 : f32
              %r85 = scf.if %le85 -> (tensor<10xf64>) {
                %leaf86 = arith.constant dense<[0.0, 0.0, 0.0, 0.09090909090909091, 0.45454545454545453, 0.0, 0.0, 0.36363636363636365, 0.0, 0.09090909090909091]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 1.0, 5.0, 0.0, 0.0, 4.0, 0.0, 1.0>, prune.impurity = 0.6446280991735538 : f64, prune.weight = 11.0 : f64, prune.node = 85 : i64} %leaf86 : tensor<10xf64>
              } else {
                %leaf87 = arith.constant dense<[0.0, 0.0, 0.06666666666666667, 0.0, 0.0, 0.0, 0.0, 0.0, 0.16666666666666666, 0.7666666666666667]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 5.0, 23.0>, prune.impurity = 0.38 : f64, prune.weight = 30.0 : f64, prune.node = 86 : i64} %leaf87 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 2.0, 1.0, 5.0, 0.0, 0.0, 4.0, 5.0, 24.0>, prune.impurity = 0.6151100535395597 : f64, prune.weight = 41.0 : f64, prune.node = 84 : i64}
              scf.yield %r85 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 2.0, 6.0, 11.0, 4.0, 0.0, 10.0, 5.0, 24.0>, prune.impurity = 0.77159209157128 : f64, prune.weight = 62.0 : f64, prune.node = 80 : i64}
            scf.yield %r81 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 0.0, 2.0, 6.0, 19.0, 10.0, 0.0, 116.0, 5.0, 26.0>, prune.impurity = 0.5670486767485823 : f64, prune.weight = 184.0 : f64, prune.node = 72 : i64}
          scf.yield %r73 : tensor<10xf64>
        } else {
          %c88 = arith.constant 33 : index
          %f88 = tensor.extract %x[%c88] : tensor<64xf32>
          %t88 = arith.constant 9.375000000e-02 : f32
          %le88 = arith.cmpf ole, %f88, %t88 : f32
          %r88 = scf.if %le88 -> (tensor<10xf64>) {
            %c89 = arith.constant 27 : index
            %f89 = tensor.extract %x[%c89] : tensor<64xf32>
            %t89 = arith.constant 5.625000000e-01 : f32
            %le89 = arith.cmpf ole, %f89, %t89 : f32
            %r89 = scf.if %le89 -> (tensor<10xf64>) {
              %c90 = arith.constant 3 : index
              %f90 = tensor.extract %x[%c90] : tensor<64xf32>
              %t90 = arith.constant 4.375000000e-01 : f32
              %le90 = arith.cmpf ole, %f90, %t90 : f32
              %r90 = scf.if %le90 -> (tensor<10xf64>) {
                %leaf91 = arith.constant dense<[0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 90 : i64} %leaf91 : tensor<10xf64>
              } else {
                %leaf92 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 5.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 5.0 : f64, prune.node = 91 : i64} %leaf92 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 5.0, 0.0, 0.0>, prune.impurity = 0.40816326530612246 : f64, prune.weight = 7.0 : f64, prune.node = 89 : i64}
              scf.yield %r90 : tensor<10xf64>
            } else {
              %c93 = arith.constant 45 : index
              %f93 = tensor.extract %x[%c93] : tensor<64xf32>
              %t93 = arith.constant 6.875000000e-01 : f32
              %le93 = arith.cmpf ole, %f93, %t93 : f32
              %r93 = scf.if %le93 -> (tensor<10xf64>) {
                %leaf94 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.3333333333333333, 0.6666666666666666, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 2.0, 0.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 3.0 : f64, prune.node = 93 : i64} %leaf94 : tensor<10xf64>
              } else {
                %leaf95 = arith.constant dense<[0.1111111111111111, 0.1111111111111111, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.7777777777777778]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 1.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 7.0>, prune.impurity = 0.37037037037037035 : f64, prune.weight = 9.0 : f64, prune.node = 94 : i64} %leaf95 : tensor<10xf64>
              } {prune.counts = array<f64: 1.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 2.0, 7.0>, prune.impurity = 0.6111111111111112 : f64, prune.weight = 12.0 : f64, prune.node = 92 : i64}
              scf.yield %r93 : tensor<10xf64>
            } {prune.counts = array<f64: 1.0, 3.0, 0.0, 0.0, 0.0, 0.0, 0.0, 6.0, 2.0, 7.0>, prune.impurity = 0.7257617728531855 : f64, prune.weight = 19.0 : f64, prune.node = 88 : i64}
            scf.yield %r89 : tensor<10xf64>
          } else {
            %c96 = arith.constant 60 : index
            %f96 = tensor.extract %x[%c96] : tensor<64xf32>
            %t96 = arith.constant 6.250000000e-02 : f32
            %le96 = arith.cmpf ole, %f96, %t96 : f32
            %r96 = scf.if %le96 -> (tensor<10xf64>) {
              %leaf97 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 3.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 96 : i64} %leaf97 : tensor<10xf64>
            } else {
              %c98 = arith.constant 10 : index
              %f98 = tensor.extract %x[%c98] : tensor<64xf32>
              %t98 = arith.constant 8.437500000e-01 : f32
              %le98 = arith.cmpf ole, %f98, %t98 : f32
              %r98 = scf.if %le98 -> (tensor<10xf64>) {
                %leaf99 = arith.constant dense<[0.0, 0.01818181818181818, 0.0, 0.0, 0.9818181818181818, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 2.0, 0.0, 0.0, 108.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.03570247933884296 : f64, prune.weight = 110.0 : f64, prune.node = 98 : i64} %leaf99 : tensor<10xf64>
              } else {
                %leaf100 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 99 : i64} %leaf100 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 2.0, 0.0, 0.0, 108.0, 2.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.06951530612244894 : f64, prune.weight = 112.0 : f64, prune.node = 97 : i64}
              scf.yield %r98 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 2.0, 0.0, 0.0, 108.0, 2.0, 0.0, 3.0, 0.0, 0.0>, prune.impurity = 0.11674858223062379 : f64, prune.weight = 115.0 : f64, prune.node = 95 : i64}
            scf.yield %r96 : tensor<10xf64>
          } {prune.counts = array<f64: 1.0, 5.0, 0.0, 0.0, 108.0, 2.0, 0.0, 9.0, 2.0, 7.0>, prune.impurity = 0.3412786812207619 : f64, prune.weight = 134.0 : f64, prune.node = 87 : i64}
          scf.yield %r88 : tensor<10xf64>
        } {prune.counts = array<f64: 1.0, 5.0, 2.0, 6.0, 127.0, 12.0, 0.0, 125.0, 7.0, 33.0>, prune.impurity = 0.6726593093627625 : f64, prune.weight = 318.0 : f64, prune.node = 71 : i64}
        scf.yield %r72 : tensor<10xf64>
      } {prune.counts = array<f64: 3.0, 126.0, 120.0, 49.0, 136.0, 95.0, 23.0, 135.0, 116.0, 54.0>, prune.impurity = 0.8701979306936221 : f64, prune.weight = 857.0 : f64, prune.node = 39 : i64}
      scf.yield %r40 : tensor<10xf64>
    } else {
      %c101 = arith.constant 28 : index
      %f101 = tensor.extract %x[%c101] : tensor<64xf32>
      %t101 = arith.constant 6.562500000e-01 : f32
      %le101 = arith.cmpf ole, %f101, %t101 : f32
      %r101 = scf.if %le101 -> (tensor<10xf64>) {
        %c102 = arith.constant 17 : index
        %f102 = tensor.extract %x[%c102] : tensor<64xf32>
        %t102 = arith.constant 3.437500000e-01 : f32
        %le102 = arith.cmpf ole, %f102, %t102 : f32
        %r102 = scf.if %le102 -> (tensor<10xf64>) {
          %c103 = arith.constant 59 : index
          %f103 = tensor.extract %x[%c103] : tensor<64xf32>
          %t103 = arith.constant 9.062500000e-01 : f32
          %le103 = arith.cmpf ole, %f103, %t103 : f32
          %r103 = scf.if %le103 -> (tensor<10xf64>) {
            %c104 = arith.constant 20 : index
            %f104 = tensor.extract %x[%c104] : tensor<64xf32>
            %t104 = arith.constant 5.937500000e-01 : f32
            %le104 = arith.cmpf ole, %f104, %t104 : f32
            %r104 = scf.if %le104 -> (tensor<10xf64>) {
              %c105 = arith.constant 12 : index
              %f105 = tensor.extract %x[%c105] : tensor<64xf32>
              %t105 = arith.constant 9.375000000e-01 : f32
              %le105 = arith.cmpf ole, %f105, %t105 : f32
              %r105 = scf.if %le105 -> (tensor<10xf64>) {
                %leaf106 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 104.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 104.0 : f64, prune.node = 105 : i64} %leaf106 : tensor<10xf64>
              } else {
                %leaf107 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 106 : i64} %leaf107 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 104.0, 0.0, 0.0, 0.0>, prune.impurity = 0.01886621315192749 : f64, prune.weight = 105.0 : f64, prune.node = 104 : i64}
              scf.yield %r105 : tensor<10xf64>
            } else {
              %c108 = arith.constant 54 : index
              %f108 = tensor.extract %x[%c108] : tensor<64xf32>
              %t108 = arith.constant 2.500000000e-01 : f32
              %le108 = arith.cmpf ole, %f108, %t108 : f32
              %r108 = scf.if %le108 -> (tensor<10xf64>) {
                %leaf109 = arith.constant dense<[0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 108 : i64} %leaf109 : tensor<10xf64>
              } else {
                %leaf110 = arith.constant dense<[0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 109 : i64} %leaf110 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 1.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.5 : f64, prune.weight = 2.0 : f64, prune.node = 107 : i64}
              scf.yield %r108 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 1.0, 0.0, 1.0, 1.0, 0.0, 104.0, 0.0, 0.0, 0.0>, prune.impurity = 0.05502663988121237 : f64, prune.weight = 107.0 : f64, prune.node = 103 : i64}
            scf.yield %r104 : tensor<10xf64>
          } else {
            %c111 = arith.constant 38 : index
            %f111 = tensor.extract %x[%c111] : tensor<64xf32>
            %t111 = arith.constant 9.375000000e-02 : f32
            %le111 = arith.cmpf ole, %f111, %t111 : f32
            %r111 = scf.if %le111 -> (tensor<10xf64>) {
              %c112 = arith.constant 51 : index
              %f112 = tensor.extract %x[%c112] : tensor<64xf32>
              %t112 = arith.constant 5.937500000e-01 : f32
              %le112 = arith.cmpf ole, %f112, %t112 : f32
              %r112 = scf.if %le112 -> (tensor<10xf64>) {
                %leaf113 = arith.constant dense<[0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 112 : i64} %leaf113 : tensor<10xf64>
              } else {
                %leaf114 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 113 : i64} %leaf114 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 1.0, 3.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.375 : f64, prune.weight = 4.0 : f64, prune.node = 111 : i64}
              scf.yield %r112 : tensor<10xf64>
            } else {
              %c115 = arith.constant 10 : index
              %f115 = tensor.extract %x[%c115] : tensor<64xf32>
              %t115 = arith.constant 5.937500000e-01 : f32
              %le115 = arith.cmpf ole, %f115, %t115 : f32
              %r115 = scf.if %le115 -> (tensor<10xf64>) {
                %leaf116 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 115 : i64} %leaf116 : tensor<10xf64>
              } else {
                %leaf117 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 116 : i64} %leaf117 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 3.0, 1.0, 0.0, 0.0, 0.0>, prune.impurity = 0.375 : f64, prune.weight = 4.0 : f64, prune.node = 114 : i64}
              scf.yield %r115 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 1.0, 3.0, 0.0, 3.0, 1.0, 0.0, 0.0, 0.0>, prune.impurity = 0.6875 : f64, prune.weight = 8.0 : f64, prune.node = 110 : i64}
            scf.yield %r111 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 1.0, 1.0, 4.0, 1.0, 3.0, 105.0, 0.0, 0.0, 0.0>, prune.impurity = 0.164234404536862 : f64, prune.weight = 115.0 : f64, prune.node = 102 : i64}
          scf.yield %r103 : tensor<10xf64>
        } else {
          %c118 = arith.constant 9 : index
          %f118 = tensor.extract %x[%c118] : tensor<64xf32>
          %t118 = arith.constant 1.562500000e-01 : f32
          %le118 = arith.cmpf ole, %f118, %t118 : f32
          %r118 = scf.if %le118 -> (tensor<10xf64>) {
            %leaf119 = arith.constant dense<[0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 0.0, 3.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 118 : i64} %leaf119 : tensor<10xf64>
          } else {
            %c120 = arith.constant 28 : index
            %f120 = tensor.extract %x[%c120] : tensor<64xf32>
            %t120 = arith.constant 3.125000000e-01 : f32
            %le120 = arith.cmpf ole, %f120, %t120 : f32
            %r120 = scf.if %le120 -> (tensor<10xf64>) {
              %leaf121 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 3.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 120 : i64} %leaf121 : tensor<10xf64>
            } else {
              %c122 = arith.constant 37 : index
              %f122 = tensor.extract %x[%c122] : tensor<64xf32>
              %t122 = arith.constant 1.562500000e-01 : f32
              %le122 = arith.cmpf ole, %f122, %t122 : f32
              %r122 = scf.if %le122 -> (tensor<10xf64>) {
                %leaf123 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 122 : i64} %leaf123 : tensor<10xf64>
              } else {
                %leaf124 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.6666666666666666, 0.0, 0.0, 0.3333333333333333, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 3.0 : f64, prune.node = 123 : i64} %leaf124 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 2.0, 0.0, 0.0, 2.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.64 : f64, prune.weight = 5.0 : f64, prune.node = 121 : i64}
              scf.yield %r122 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 2.0, 0.0, 0.0, 2.0, 0.0, 0.0, 1.0, 3.0>, prune.impurity = 0.71875 : f64, prune.weight = 8.0 : f64, prune.node = 119 : i64}
            scf.yield %r120 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 3.0, 2.0, 0.0, 0.0, 2.0, 0.0, 0.0, 1.0, 3.0>, prune.impurity = 0.7768595041322314 : f64, prune.weight = 11.0 : f64, prune.node = 117 : i64}
          scf.yield %r118 : tensor<10xf64>
        } {prune.counts = array<f64: 0.0, 4.0, 3.0, 4.0, 1.0, 5.0, 105.0, 0.0, 1.0, 3.0>, prune.impurity = 0.300705467372134 : f64, prune.weight = 126.0 : f64, prune.node = 101 : i64}
        scf.yield %r102 : tensor<10xf64>
      } else {
        %c125 = arith.constant 36 : index
        %f125 = tensor.extract %x[%c125] : tensor<64xf32>
        %t125 = arith.constant 6.562500000e-01 : f32
        %le125 = arith.cmpf ole, %f125, %t125 : f32
        %r125 = scf.if %le125 -> (tensor<10xf64>) {
          %c126 = arith.constant 21 : index
          %f126 = tensor.extract %x[%c126] : tensor<64xf32>
          %t126 = arith.constant 7.187500000e-01 : f32
          %le126 = arith.cmpf ole, %f126, %t126 : f32
          %r126 = scf.if %le126 -> (tensor<10xf64>) {
            %c127 = arith.constant 37 : index
            %f127 = tensor.extract %x[%c127] : tensor<64xf32>
            %t127 = arith.constant 3.750000000e-01 : f32
            %le127 = arith.cmpf ole, %f127, %t127 : f32
            %r127 = scf.if %le127 -> (tensor<10xf64>) {
              %leaf128 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 8.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 8.0 : f64, prune.node = 127 : i64} %leaf128 : tensor<10xf64>
            } else {
              %c129 = arith.constant 20 : index
              %f129 = tensor.extract %x[%c129] : tensor<64xf32>
              %t129 = arith.constant 5.312500000e-01 : f32
              %le129 = arith.cmpf ole, %f129, %t129 : f32
              %r129 = scf.if %le129 -> (tensor<10xf64>) {
                %leaf130 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.625, 0.25, 0.0, 0.0, 0.125]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 10.0, 4.0, 0.0, 0.0, 2.0>, prune.impurity = 0.53125 : f64, prune.weight = 16.0 : f64, prune.node = 129 : i64} %leaf130 : tensor<10xf64>
              } else {
                %leaf131 = arith.constant dense<[0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 19.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 19.0 : f64, prune.node = 130 : i64} %leaf131 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 19.0, 0.0, 10.0, 4.0, 0.0, 0.0, 2.0>, prune.impurity = 0.6073469387755102 : f64, prune.weight = 35.0 : f64, prune.node = 128 : i64}
              scf.yield %r129 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 8.0, 19.0, 0.0, 10.0, 4.0, 0.0, 0.0, 2.0>, prune.impurity = 0.7052460789616009 : f64, prune.weight = 43.0 : f64, prune.node = 126 : i64}
            scf.yield %r127 : tensor<10xf64>
          } else {
            %c132 = arith.constant 29 : index
            %f132 = tensor.extract %x[%c132] : tensor<64xf32>
            %t132 = arith.constant 7.500000000e-01 : f32
            %le132 = arith.cmpf ole, %f132, %t132 : f32
            %r132 = scf.if %le132 -> (tensor<10xf64>) {
              %leaf133 = arith.constant dense<[0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 132 : i64} %leaf133 : tensor<10xf64>
            } else {
              %leaf134 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 29.0>, prune.impurity = 0.0 : f64, prune.weight = 29.0 : f64, prune.node = 133 : i64} %leaf134 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 0.0, 0.0, 29.0>, prune.impurity = 0.169921875 : f64, prune.weight = 32.0 : f64, prune.node = 131 : i64}
            scf.yield %r132 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 0.0, 8.0, 22.0, 0.0, 10.0, 4.0, 0.0, 0.0, 31.0>, prune.impurity = 0.7111111111111111 : f64, prune.weight = 75.0 : f64, prune.node = 125 : i64}
          scf.yield %r126 : tensor<10xf64>
        } else {
          %c135 = arith.constant 20 : index
          %f135 = tensor.extract %x[%c135] : tensor<64xf32>
          %t135 = arith.constant 6.562500000e-01 : f32
          %le135 = arith.cmpf ole, %f135, %t135 : f32
          %r135 = scf.if %le135 -> (tensor<10xf64>) {
            %c136 = arith.constant 43 : index
            %f136 = tensor.extract %x[%c136] : tensor<64xf32>
            %t136 = arith.constant 9.375000000e-02 : f32
            %le136 = arith.cmpf ole, %f136, %t136 : f32
            %r136 = scf.if %le136 -> (tensor<10xf64>) {
              %c137 = arith.constant 34 : index
              %f137 = tensor.extract %x[%c137] : tensor<64xf32>
              %t137 = arith.constant 2.812500000e-01 : f32
              %le137 = arith.cmpf ole, %f137, %t137 : f32
              %r137 = scf.if %le137 -> (tensor<10xf64>) {
                %leaf138 = arith.constant dense<[0.0, 0.0, 0.0, 0.8333333333333334, 0.0, 0.16666666666666666, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 10.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.2777777777777778 : f64, prune.weight = 12.0 : f64, prune.node = 137 : i64} %leaf138 : tensor<10xf64>
              } else {
                %leaf139 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.5, 0.0, 0.0, 0.0, 0.5]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 2.0>, prune.impurity = 0.5 : f64, prune.weight = 4.0 : f64, prune.node = 138 : i64} %leaf139 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 10.0, 0.0, 4.0, 0.0, 0.0, 0.0, 2.0>, prune.impurity = 0.53125 : f64, prune.weight = 16.0 : f64, prune.node = 136 : i64}
              scf.yield %r137 : tensor<10xf64>
            } else {
              %c140 = arith.constant 35 : index
              %f140 = tensor.extract %x[%c140] : tensor<64xf32>
              %t140 = arith.constant 9.687500000e-01 : f32
              %le140 = arith.cmpf ole, %f140, %t140 : f32
              %r140 = scf.if %le140 -> (tensor<10xf64>) {
                %leaf141 = arith.constant dense<[0.0, 0.0, 0.0, 0.1, 0.0, 0.0, 0.0, 0.0, 0.9, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 9.0, 0.0>, prune.impurity = 0.18000000000000005 : f64, prune.weight = 10.0 : f64, prune.node = 140 : i64} %leaf141 : tensor<10xf64>
              } else {
                %leaf142 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 4.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 141 : i64} %leaf142 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 4.0, 0.0, 9.0, 0.0>, prune.impurity = 0.5 : f64, prune.weight = 14.0 : f64, prune.node = 139 : i64}
              scf.yield %r140 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 11.0, 0.0, 4.0, 4.0, 0.0, 9.0, 2.0>, prune.impurity = 0.7355555555555555 : f64, prune.weight = 30.0 : f64, prune.node = 135 : i64}
            scf.yield %r136 : tensor<10xf64>
          } else {
            %c143 = arith.constant 3 : index
            %f143 = tensor.extract %x[%c143] : tensor<64xf32>
            %t143 = arith.constant 2.500000000e-01 : f32
            %le143 = arith.cmpf ole, %f143, %t143 : f32
            %r143 = scf.if %le143 -> (tensor<10xf64>) {
              %leaf144 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 143 : i64} %leaf144 : tensor<10xf64>
            } else {
              %leaf145 = arith.constant dense<[0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 40.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 40.0 : f64, prune.node = 144 : i64} %leaf145 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 40.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.04759071980963714 : f64, prune.weight = 41.0 : f64, prune.node = 142 : i64}
            scf.yield %r143 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 0.0, 0.0, 51.0, 1.0, 4.0, 4.0, 0.0, 9.0, 2.0>, prune.impurity = 0.46062289228327713 : f64, prune.weight = 71.0 : f64, prune.node = 134 : i64}
          scf.yield %r135 : tensor<10xf64>
        } {prune.counts = array<f64: 0.0, 0.0, 8.0, 73.0, 1.0, 14.0, 8.0, 0.0, 9.0, 33.0>, prune.impurity = 0.6798648902233064 : f64, prune.weight = 146.0 : f64, prune.node = 124 : i64}
        scf.yield %r125 : tensor<10xf64>
      } {prune.counts = array<f64: 0.0, 4.0, 11.0, 77.0, 2.0, 19.0, 113.0, 0.0, 10.0, 36.0>, prune.impurity = 0.7216154844290658 : f64, prune.weight = 272.0 : f64, prune.node = 100 : i64}
      scf.yield %r101 : tensor<10xf64>
    } {prune.counts = array<f64: 3.0, 130.0, 131.0, 126.0, 138.0, 114.0, 136.0, 135.0, 126.0, 90.0>, prune.impurity = 0.8880602459829866 : f64, prune.weight = 1129.0 : f64, prune.node = 38 : i64}
    scf.yield %r39 : tensor<10xf64>
  } {prune.counts = array<f64: 131.0, 130.0, 136.0, 127.0, 140.0, 138.0, 141.0, 135.0, 128.0, 141.0>, prune.impurity = 0.8998566475364705 : f64, prune.weight = 1347.0 : f64, prune.node = 0 : i64}
  return %r1 : tensor<10xf64>
}

func.func @tree6(%x: tensor<64xf32> {prune.range = array<f64: 0.0, 1.0>}) -> tensor<10xf64> {
  %c1 = arith.constant 30 : index
  %f1 = tensor.extract %x[%c1] : tensor<64xf32>
  %t1 = arith.constant 3.125000000e-02 : f32
  %le1 = arith.cmpf ole, %f1, %t1 : f32
  %r1 = scf.if %le1 -> (tensor<10xf64>) {
    %c2 = arith.constant 27 : index
    %f2 = tensor.extract %x[%c2] : tensor<64xf32>
    %t2 = arith.constant 9.687500000e-01 : f32
    %le2 = arith.cmpf ole, %f2, %t2 : f32
    %r2 = scf.if %le2 -> (tensor<10xf64>) {
      %c3 = arith.constant 51 : index
      %f3 = tensor.extract %x[%c3] : tensor<64xf32>
      %t3 = arith.constant 6.562500000e-01 : f32
      %le3 = arith.cmpf ole, %f3, %t3 : f32
      %r3 = scf.if %le3 -> (tensor<10xf64>) {
        %c4 = arith.constant 45 : index
        %f4 = tensor.extract %x[%c4] : tensor<64xf32>
        %t4 = arith.constant 5.312500000e-01 : f32
        %le4 = arith.cmpf ole, %f4, %t4 : f32
        %r4 = scf.if %le4 -> (tensor<10xf64>) {
          %c5 = arith.constant 44 : index
          %f5 = tensor.extract %x[%c5] : tensor<64xf32>
          %t5 = arith.constant 5.312500000e-01 : f32
          %le5 = arith.cmpf ole, %f5, %t5 : f32
          %r5 = scf.if %le5 -> (tensor<10xf64>) {
            %c6 = arith.constant 21 : index
            %f6 = tensor.extract %x[%c6] : tensor<64xf32>
            %t6 = arith.constant 6.250000000e-02 : f32
            %le6 = arith.cmpf ole, %f6, %t6 : f32
            %r6 = scf.if %le6 -> (tensor<10xf64>) {
              %c7 = arith.constant 14 : index
              %f7 = tensor.extract %x[%c7] : tensor<64xf32>
              %t7 = arith.constant 6.250000000e-02 : f32
              %le7 = arith.cmpf ole, %f7, %t7 : f32
              %r7 = scf.if %le7 -> (tensor<10xf64>) {
                %leaf8 = arith.constant dense<[0.0, 0.0, 0.038461538461538464, 0.0, 0.0, 0.0, 0.9615384615384616, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 25.0, 0.0, 0.0, 0.0>, prune.impurity = 0.07396449704142016 : f64, prune.weight = 26.0 : f64, prune.node = 7 : i64} %leaf8 : tensor<10xf64>
              } else {
                %leaf9 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 8 : i64} %leaf9 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 1.0, 0.0, 0.0, 2.0, 25.0, 0.0, 0.0, 0.0>, prune.impurity = 0.1964285714285714 : f64, prune.weight = 28.0 : f64, prune.node = 6 : i64}
              scf.yield %r7 : tensor<10xf64>
            } else {
              %c10 = arith.constant 46 : index
              %f10 = tensor.extract %x[%c10] : tensor<64xf32>
              %t10 = arith.constant 2.812500000e-01 : f32
              %le10 = arith.cmpf ole, %f10, %t10 : f32
              %r10 = scf.if %le10 -> (tensor<10xf64>) {
                %leaf11 = arith.constant dense<[0.0, 0.0, 0.9090909090909091, 0.0, 0.0, 0.0, 0.0, 0.0, 0.09090909090909091, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 10.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.1652892561983471 : f64, prune.weight = 11.0 : f64, prune.node = 10 : i64} %leaf11 : tensor<10xf64>
              } else {
                %leaf12 = arith.constant dense<[0.0, 0.0, 0.0, 0.5882352941176471, 0.0, 0.0, 0.0, 0.0, 0.0, 0.4117647058823529]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 10.0, 0.0, 0.0, 0.0, 0.0, 0.0, 7.0>, prune.impurity = 0.4844290657439446 : f64, prune.weight = 17.0 : f64, prune.node = 11 : i64} %leaf12 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 10.0, 10.0, 0.0, 0.0, 0.0, 0.0, 1.0, 7.0>, prune.impurity = 0.6811224489795918 : f64, prune.weight = 28.0 : f64, prune.node = 9 : i64}
              scf.yield %r10 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 11.0, 10.0, 0.0, 2.0, 25.0, 0.0, 1.0, 7.0>, prune.impurity = 0.7130102040816326 : f64, prune.weight = 56.0 : f64, prune.node = 5 : i64}
            scf.yield %r6 : tensor<10xf64>
          } else {
            %c13 = arith.constant 52 : index
            %f13 = tensor.extract %x[%c13] : tensor<64xf32>
            %t13 = arith.constant 9.687500000e-01 : f32
            %le13 = arith.cmpf ole, %f13, %t13 : f32
            %r13 = scf.if %le13 -> (tensor<10xf64>) {
              %c14 = arith.constant 3 : index
              %f14 = tensor.extract %x[%c14] : tensor<64xf32>
              %t14 = arith.constant 4.062500000e-01 : f32
              %le14 = arith.cmpf ole, %f14, %t14 : f32
              %r14 = scf.if %le14 -> (tensor<10xf64>) {
                %leaf15 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 4.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 14 : i64} %leaf15 : tensor<10xf64>
              } else {
                %leaf16 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.15384615384615385, 0.0, 0.0, 0.8461538461538461, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 11.0, 0.0>, prune.impurity = 0.2603550295857988 : f64, prune.weight = 13.0 : f64, prune.node = 15 : i64} %leaf16 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 4.0, 2.0, 0.0, 0.0, 11.0, 0.0>, prune.impurity = 0.5121107266435987 : f64, prune.weight = 17.0 : f64, prune.node = 13 : i64}
              scf.yield %r14 : tensor<10xf64>
            } else {
              %c17 = arith.constant 59 : index
              %f17 = tensor.extract %x[%c17] : tensor<64xf32>
              %t17 = arith.constant 9.062500000e-01 : f32
              %le17 = arith.cmpf ole, %f17, %t17 : f32
              %r17 = scf.if %le17 -> (tensor<10xf64>) {
                %leaf18 = arith.constant dense<[0.0, 0.5, 0.0, 0.25, 0.0, 0.0, 0.0, 0.0, 0.25, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 2.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.625 : f64, prune.weight = 4.0 : f64, prune.node = 17 : i64} %leaf18 : tensor<10xf64>
              } else {
                %leaf19 = arith.constant dense<[0.0, 0.0, 0.0, 0.125, 0.0, 0.875, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 2.0, 0.0, 14.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.21875 : f64, prune.weight = 16.0 : f64, prune.node = 18 : i64} %leaf19 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 2.0, 0.0, 3.0, 0.0, 14.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.475 : f64, prune.weight = 20.0 : f64, prune.node = 16 : i64}
              scf.yield %r17 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 2.0, 0.0, 3.0, 4.0, 16.0, 0.0, 0.0, 12.0, 0.0>, prune.impurity = 0.6866325785244705 : f64, prune.weight = 37.0 : f64, prune.node = 12 : i64}
            scf.yield %r13 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 2.0, 11.0, 13.0, 4.0, 18.0, 25.0, 0.0, 13.0, 7.0>, prune.impurity = 0.829228812579489 : f64, prune.weight = 93.0 : f64, prune.node = 4 : i64}
          scf.yield %r5 : tensor<10xf64>
        } else {
          %c20 = arith.constant 25 : index
          %f20 = tensor.extract %x[%c20] : tensor<64xf32>
          %t20 = arith.constant 3.125000000e-02 : f32
          %le20 = arith.cmpf ole, %f20, %t20 : f32
          %r20 = scf.if %le20 -> (tensor<10xf64>) {
            %c21 = arith.constant 27 : index
            %f21 = tensor.extract %x[%c21] : tensor<64xf32>
            %t21 = arith.constant 7.812500000e-01 : f32
            %le21 = arith.cmpf ole, %f21, %t21 : f32
            %r21 = scf.if %le21 -> (tensor<10xf64>) {
              %c22 = arith.constant 29 : index
              %f22 = tensor.extract %x[%c22] : tensor<64xf32>
              %t22 = arith.constant 3.125000000e-02 : f32
              %le22 = arith.cmpf ole, %f22, %t22 : f32
              %r22 = scf.if %le22 -> (tensor<10xf64>) {
                %leaf23 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 22 : i64} %leaf23 : tensor<10xf64>
              } else {
                %leaf24 = arith.constant dense<[0.0, 0.023529411764705882, 0.0, 0.9411764705882353, 0.023529411764705882, 0.0, 0.0, 0.011764705882352941, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 2.0, 0.0, 80.0, 2.0, 0.0, 0.0, 1.0, 0.0, 0.0>, prune.impurity = 0.11294117647058821 : f64, prune.weight = 85.0 : f64, prune.node = 23 : i64} %leaf24 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 2.0, 0.0, 80.0, 2.0, 1.0, 0.0, 1.0, 0.0, 0.0>, prune.impurity = 0.1333153055705787 : f64, prune.weight = 86.0 : f64, prune.node = 21 : i64}
              scf.yield %r22 : tensor<10xf64>
            } else {
              %c25 = arith.constant 43 : index
              %f25 = tensor.extract %x[%c25] : tensor<64xf32>
              %t25 = arith.constant 1.250000000e-01 : f32
              %le25 = arith.cmpf ole, %f25, %t25 : f32
              %r25 = scf.if %le25 -> (tensor<10xf64>) {
                %leaf26 = arith.constant dense<[0.0, 0.0, 0.0, 0.8636363636363636, 0.0, 0.09090909090909091, 0.0, 0.0, 0.0, 0.045454545454545456]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 19.0, 0.0, 2.0, 0.0, 0.0, 0.0, 1.0>, prune.impurity = 0.24380165289256195 : f64, prune.weight = 22.0 : f64, prune.node = 25 : i64} %leaf26 : tensor<10xf64>
              } else {
                %leaf27 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 11.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 11.0 : f64, prune.node = 26 : i64} %leaf27 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 19.0, 0.0, 2.0, 0.0, 0.0, 11.0, 1.0>, prune.impurity = 0.5528007346189164 : f64, prune.weight = 33.0 : f64, prune.node = 24 : i64}
              scf.yield %r25 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 2.0, 0.0, 99.0, 2.0, 3.0, 0.0, 1.0, 11.0, 1.0>, prune.impurity = 0.2980015535626015 : f64, prune.weight = 119.0 : f64, prune.node = 20 : i64}
            scf.yield %r21 : tensor<10xf64>
          } else {
            %c28 = arith.constant 52 : index
            %f28 = tensor.extract %x[%c28] : tensor<64xf32>
            %t28 = arith.constant 4.062500000e-01 : f32
            %le28 = arith.cmpf ole, %f28, %t28 : f32
            %r28 = scf.if %le28 -> (tensor<10xf64>) {
              %c29 = arith.constant 58 : index
              %f29 = tensor.extract %x[%c29] : tensor<64xf32>
              %t29 = arith.constant 4.375000000e-01 : f32
              %le29 = arith.cmpf ole, %f29, %t29 : f32
              %r29 = scf.if %le29 -> (tensor<10xf64>) {
                %leaf30 = arith.constant dense<[0.0, 0.0, 0.0, 0.25, 0.0, 0.0, 0.3, 0.0, 0.1, 0.35]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 5.0, 0.0, 0.0, 6.0, 0.0, 2.0, 7.0>, prune.impurity = 0.7150000000000001 : f64, prune.weight = 20.0 : f64, prune.node = 29 : i64} %leaf30 : tensor<10xf64>
              } else {
                %leaf31 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 9.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 9.0 : f64, prune.node = 30 : i64} %leaf31 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 5.0, 0.0, 0.0, 6.0, 0.0, 11.0, 7.0>, prune.impurity = 0.7253269916765754 : f64, prune.weight = 29.0 : f64, prune.node = 28 : i64}
              scf.yield %r29 : tensor<10xf64>
            } else {
              %c32 = arith.constant 43 : index
              %f32 = tensor.extract %x[%c32] : tensor<64xf32>
              %t32 = arith.constant 5.625000000e-01 : f32
              %le32 = arith.cmpf ole, %f32, %t32 : f32
              %r32 = scf.if %le32 -> (tensor<10xf64>) {
                %leaf33 = arith.constant dense<[0.037037037037037035, 0.1111111111111111, 0.0, 0.07407407407407407, 0.0, 0.7037037037037037, 0.0, 0.0, 0.037037037037037035, 0.037037037037037035]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 1.0, 3.0, 0.0, 2.0, 0.0, 19.0, 0.0, 0.0, 1.0, 1.0>, prune.impurity = 0.4828532235939643 : f64, prune.weight = 27.0 : f64, prune.node = 32 : i64} %leaf33 : tensor<10xf64>
              } else {
                %leaf34 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.9333333333333333, 0.0, 0.0, 0.0, 0.06666666666666667, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 14.0, 0.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.12444444444444447 : f64, prune.weight = 15.0 : f64, prune.node = 33 : i64} %leaf34 : tensor<10xf64>
              } {prune.counts = array<f64: 1.0, 3.0, 0.0, 2.0, 14.0, 19.0, 0.0, 0.0, 2.0, 1.0>, prune.impurity = 0.6734693877551021 : f64, prune.weight = 42.0 : f64, prune.node = 31 : i64}
              scf.yield %r32 : tensor<10xf64>
            } {prune.counts = array<f64: 1.0, 3.0, 0.0, 7.0, 14.0, 19.0, 6.0, 0.0, 13.0, 8.0>, prune.impurity = 0.8244395953183892 : f64, prune.weight = 71.0 : f64, prune.node = 27 : i64}
            scf.yield %r28 : tensor<10xf64>
          } {prune.counts = array<f64: 1.0, 5.0, 0.0, 106.0, 16.0, 22.0, 6.0, 1.0, 24.0, 9.0>, prune.impurity = 0.6483102493074793 : f64, prune.weight = 190.0 : f64, prune.node = 19 : i64}
          scf.yield %r20 : tensor<10xf64>
        } {prune.counts = array<f64: 1.0, 7.0, 11.0, 119.0, 20.0, 40.0, 31.0, 1.0, 37.0, 16.0>, prune.impurity = 0.7637752999787736 : f64, prune.weight = 283.0 : f64, prune.node = 3 : i64}
        scf.yield %r4 : tensor<10xf64>
      } else {
        %c35 = arith.constant 20 : index
        %f35 = tensor.extract %x[%c35] : tensor<64xf32>
        %t35 = arith.constant 2.187500000e-01 : f32
        %le35 = arith.cmpf ole, %f35, %t35 : f32
        %r35 = scf.if %le35 -> (tensor<10xf64>) {
          %c36 = arith.constant 13 : index
          %f36 = tensor.extract %x[%c36] : tensor<64xf32>
          %t36 = arith.constant 3.437500000e-01 : f32
          %le36 = arith.cmpf ole, %f36, %t36 : f32
          %r36 = scf.if %le36 -> (tensor<10xf64>) {
            %c37 = arith.constant 58 : index
            %f37 = tensor.extract %x[%c37] : tensor<64xf32>
            %t37 = arith.constant 4.687500000e-01 : f32
            %le37 = arith.cmpf ole, %f37, %t37 : f32
            %r37 = scf.if %le37 -> (tensor<10xf64>) {
              %c38 = arith.constant 60 : index
              %f38 = tensor.extract %x[%c38] : tensor<64xf32>
              %t38 = arith.constant 6.562500000e-01 : f32
              %le38 = arith.cmpf ole, %f38, %t38 : f32
              %r38 = scf.if %le38 -> (tensor<10xf64>) {
                %leaf39 = arith.constant dense<[0.25, 0.0, 0.0, 0.0, 0.75, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 1.0, 0.0, 0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.375 : f64, prune.weight = 4.0 : f64, prune.node = 38 : i64} %leaf39 : tensor<10xf64>
              } else {
                %leaf40 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 75.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 75.0 : f64, prune.node = 39 : i64} %leaf40 : tensor<10xf64>
              } {prune.counts = array<f64: 1.0, 0.0, 0.0, 0.0, 3.0, 0.0, 75.0, 0.0, 0.0, 0.0>, prune.impurity = 0.09709982374619452 : f64, prune.weight = 79.0 : f64, prune.node = 37 : i64}
              scf.yield %r38 : tensor<10xf64>
            } else {
              %leaf41 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 9.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 9.0 : f64, prune.node = 40 : i64} %leaf41 : tensor<10xf64>
            } {prune.counts = array<f64: 1.0, 0.0, 0.0, 0.0, 3.0, 9.0, 75.0, 0.0, 0.0, 0.0>, prune.impurity = 0.2618801652892562 : f64, prune.weight = 88.0 : f64, prune.node = 36 : i64}
            scf.yield %r37 : tensor<10xf64>
          } else {
            %c42 = arith.constant 22 : index
            %f42 = tensor.extract %x[%c42] : tensor<64xf32>
            %t42 = arith.constant 3.125000000e-02 : f32
            %le42 = arith.cmpf ole, %f42, %t42 : f32
            %r42 = scf.if %le42 -> (tensor<10xf64>) {
              %leaf43 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 19.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 19.0 : f64, prune.node = 42 : i64} %leaf43 : tensor<10xf64>
            } else {
              %c44 = arith.constant 58 : index
              %f44 = tensor.extract %x[%c44] : tensor<64xf32>
              %t44 = arith.constant 1.250000000e-01 : f32
              %le44 = arith.cmpf ole, %f44, %t44 : f32
              %r44 = scf.if %le44 -> (tensor<10xf64>) {
                %leaf45 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.8181818181818182, 0.18181818181818182]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 9.0, 2.0>, prune.impurity = 0.2975206611570248 : f64, prune.weight = 11.0 : f64, prune.node = 44 : i64} %leaf45 : tensor<10xf64>
              } else {
                %leaf46 = arith.constant dense<[0.0, 0.0, 0.3, 0.0, 0.0, 0.0, 0.0, 0.6, 0.1, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 0.0, 6.0, 1.0, 0.0>, prune.impurity = 0.54 : f64, prune.weight = 10.0 : f64, prune.node = 45 : i64} %leaf46 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 0.0, 6.0, 10.0, 2.0>, prune.impurity = 0.6621315192743764 : f64, prune.weight = 21.0 : f64, prune.node = 43 : i64}
              scf.yield %r44 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 3.0, 0.0, 0.0, 19.0, 0.0, 6.0, 10.0, 2.0>, prune.impurity = 0.68125 : f64, prune.weight = 40.0 : f64, prune.node = 41 : i64}
            scf.yield %r42 : tensor<10xf64>
          } {prune.counts = array<f64: 1.0, 0.0, 3.0, 0.0, 3.0, 28.0, 75.0, 6.0, 10.0, 2.0>, prune.impurity = 0.59912109375 : f64, prune.weight = 128.0 : f64, prune.node = 35 : i64}
          scf.yield %r36 : tensor<10xf64>
        } else {
          %c47 = arith.constant 54 : index
          %f47 = tensor.extract %x[%c47] : tensor<64xf32>
          %t47 = arith.constant 3.125000000e-02 : f32
          %le47 = arith.cmpf ole, %f47, %t47 : f32
          %r47 = scf.if %le47 -> (tensor<10xf64>) {
            %c48 = arith.constant 10 : index
            %f48 = tensor.extract %x[%c48] : tensor<64xf32>
            %t48 = arith.constant 9.375000000e-02 : f32
            %le48 = arith.cmpf ole, %f48, %t48 : f32
            %r48 = scf.if %le48 -> (tensor<10xf64>) {
              %c49 = arith.constant 38 : index
              %f49 = tensor.extract %x[%c49] : tensor<64xf32>
              %t49 = arith.constant 6.250000000e-02 : f32
              %le49 = arith.cmpf ole, %f49, %t49 : f32
              %r49 = scf.if %le49 -> (tensor<10xf64>) {
                %leaf50 = arith.constant dense<[0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 11.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 11.0 : f64, prune.node = 49 : i64} %leaf50 : tensor<10xf64>
              } else {
                %leaf51 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 50 : i64} %leaf51 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 11.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.1527777777777778 : f64, prune.weight = 12.0 : f64, prune.node = 48 : i64}
              scf.yield %r49 : tensor<10xf64>
            } else {
              %c52 = arith.constant 42 : index
              %f52 = tensor.extract %x[%c52] : tensor<64xf32>
              %t52 = arith.constant 3.125000000e-02 : f32
              %le52 = arith.cmpf ole, %f52, %t52 : f32
              %r52 = scf.if %le52 -> (tensor<10xf64>) {
                %leaf53 = arith.constant dense<[0.0, 0.0, 0.0, 0.2, 0.0, 0.8, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 1.0, 0.0, 4.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.31999999999999995 : f64, prune.weight = 5.0 : f64, prune.node = 52 : i64} %leaf53 : tensor<10xf64>
              } else {
                %leaf54 = arith.constant dense<[0.0, 0.0, 0.18181818181818182, 0.0, 0.09090909090909091, 0.0, 0.0, 0.4090909090909091, 0.2727272727272727, 0.045454545454545456]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 8.0, 0.0, 4.0, 0.0, 0.0, 18.0, 12.0, 2.0>, prune.impurity = 0.7148760330578512 : f64, prune.weight = 44.0 : f64, prune.node = 53 : i64} %leaf54 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 8.0, 1.0, 4.0, 4.0, 0.0, 18.0, 12.0, 2.0>, prune.impurity = 0.7630154102457309 : f64, prune.weight = 49.0 : f64, prune.node = 51 : i64}
              scf.yield %r52 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 11.0, 8.0, 1.0, 5.0, 4.0, 0.0, 18.0, 12.0, 2.0>, prune.impurity = 0.8121472722386456 : f64, prune.weight = 61.0 : f64, prune.node = 47 : i64}
            scf.yield %r48 : tensor<10xf64>
          } else {
            %c55 = arith.constant 2 : index
            %f55 = tensor.extract %x[%c55] : tensor<64xf32>
            %t55 = arith.constant 3.437500000e-01 : f32
            %le55 = arith.cmpf ole, %f55, %t55 : f32
            %r55 = scf.if %le55 -> (tensor<10xf64>) {
              %c56 = arith.constant 63 : index
              %f56 = tensor.extract %x[%c56] : tensor<64xf32>
              %t56 = arith.constant 3.125000000e-02 : f32
              %le56 = arith.cmpf ole, %f56, %t56 : f32
              %r56 = scf.if %le56 -> (tensor<10xf64>) {
                %leaf57 = arith.constant dense<[0.0, 0.0, 0.2, 0.2, 0.0, 0.0, 0.16, 0.0, 0.36, 0.08]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 5.0, 5.0, 0.0, 0.0, 4.0, 0.0, 9.0, 2.0>, prune.impurity = 0.7584 : f64, prune.weight = 25.0 : f64, prune.node = 56 : i64} %leaf57 : tensor<10xf64>
              } else {
                %leaf58 = arith.constant dense<[0.0, 0.18181818181818182, 0.8181818181818182, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 2.0, 9.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.2975206611570248 : f64, prune.weight = 11.0 : f64, prune.node = 57 : i64} %leaf58 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 2.0, 14.0, 5.0, 0.0, 0.0, 4.0, 0.0, 9.0, 2.0>, prune.impurity = 0.7484567901234568 : f64, prune.weight = 36.0 : f64, prune.node = 55 : i64}
              scf.yield %r56 : tensor<10xf64>
            } else {
              %c59 = arith.constant 13 : index
              %f59 = tensor.extract %x[%c59] : tensor<64xf32>
              %t59 = arith.constant 8.437500000e-01 : f32
              %le59 = arith.cmpf ole, %f59, %t59 : f32
              %r59 = scf.if %le59 -> (tensor<10xf64>) {
                %leaf60 = arith.constant dense<[0.0, 0.0, 0.978021978021978, 0.02197802197802198, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 89.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.04298997705591112 : f64, prune.weight = 91.0 : f64, prune.node = 59 : i64} %leaf60 : tensor<10xf64>
              } else {
                %leaf61 = arith.constant dense<[0.0, 0.0, 0.4, 0.6, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 2.0, 3.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.48 : f64, prune.weight = 5.0 : f64, prune.node = 60 : i64} %leaf61 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 91.0, 5.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.09874131944444442 : f64, prune.weight = 96.0 : f64, prune.node = 58 : i64}
              scf.yield %r59 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 2.0, 105.0, 10.0, 0.0, 0.0, 4.0, 0.0, 9.0, 2.0>, prune.impurity = 0.35548668503213954 : f64, prune.weight = 132.0 : f64, prune.node = 54 : i64}
            scf.yield %r55 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 13.0, 113.0, 11.0, 5.0, 4.0, 4.0, 18.0, 21.0, 4.0>, prune.impurity = 0.6269161588230556 : f64, prune.weight = 193.0 : f64, prune.node = 46 : i64}
          scf.yield %r47 : tensor<10xf64>
        } {prune.counts = array<f64: 1.0, 13.0, 116.0, 11.0, 8.0, 32.0, 79.0, 24.0, 31.0, 6.0>, prune.impurity = 0.780194291592667 : f64, prune.weight = 321.0 : f64, prune.node = 34 : i64}
        scf.yield %r35 : tensor<10xf64>
      } {prune.counts = array<f64: 2.0, 20.0, 127.0, 130.0, 28.0, 72.0, 110.0, 25.0, 68.0, 22.0>, prune.impurity = 0.843115433533617 : f64, prune.weight = 604.0 : f64, prune.node = 2 : i64}
      scf.yield %r3 : tensor<10xf64>
    } else {
      %c62 = arith.constant 52 : index
      %f62 = tensor.extract %x[%c62] : tensor<64xf32>
      %t62 = arith.constant 8.437500000e-01 : f32
      %le62 = arith.cmpf ole, %f62, %t62 : f32
      %r62 = scf.if %le62 -> (tensor<10xf64>) {
        %c63 = arith.constant 19 : index
        %f63 = tensor.extract %x[%c63] : tensor<64xf32>
        %t63 = arith.constant 9.062500000e-01 : f32
        %le63 = arith.cmpf ole, %f63, %t63 : f32
        %r63 = scf.if %le63 -> (tensor<10xf64>) {
          %c64 = arith.constant 21 : index
          %f64 = tensor.extract %x[%c64] : tensor<64xf32>
          %t64 = arith.constant 3.437500000e-01 : f32
          %le64 = arith.cmpf ole, %f64, %t64 : f32
          %r64 = scf.if %le64 -> (tensor<10xf64>) {
            %c65 = arith.constant 21 : index
            %f65 = tensor.extract %x[%c65] : tensor<64xf32>
            %t65 = arith.constant 9.375000000e-02 : f32
            %le65 = arith.cmpf ole, %f65, %t65 : f32
            %r65 = scf.if %le65 -> (tensor<10xf64>) {
              %c66 = arith.constant 61 : index
              %f66 = tensor.extract %x[%c66] : tensor<64xf32>
              %t66 = arith.constant 3.750000000e-01 : f32
              %le66 = arith.cmpf ole, %f66, %t66 : f32
              %r66 = scf.if %le66 -> (tensor<10xf64>) {
                %leaf67 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 18.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 18.0 : f64, prune.node = 66 : i64} %leaf67 : tensor<10xf64>
              } else {
                %leaf68 = arith.constant dense<[0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 67 : i64} %leaf68 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 2.0, 0.0, 18.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.18000000000000005 : f64, prune.weight = 20.0 : f64, prune.node = 65 : i64}
              scf.yield %r66 : tensor<10xf64>
            } else {
              %c69 = arith.constant 34 : index
              %f69 = tensor.extract %x[%c69] : tensor<64xf32>
              %t69 = arith.constant 3.750000000e-01 : f32
              %le69 = arith.cmpf ole, %f69, %t69 : f32
              %r69 = scf.if %le69 -> (tensor<10xf64>) {
                %leaf70 = arith.constant dense<[0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 7.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 7.0 : f64, prune.node = 69 : i64} %leaf70 : tensor<10xf64>
              } else {
                %leaf71 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 70 : i64} %leaf71 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 2.0, 7.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.345679012345679 : f64, prune.weight = 9.0 : f64, prune.node = 68 : i64}
              scf.yield %r69 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 2.0, 9.0, 0.0, 18.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.5136741973840666 : f64, prune.weight = 29.0 : f64, prune.node = 64 : i64}
            scf.yield %r65 : tensor<10xf64>
          } else {
            %c72 = arith.constant 9 : index
            %f72 = tensor.extract %x[%c72] : tensor<64xf32>
            %t72 = arith.constant 5.000000000e-01 : f32
            %le72 = arith.cmpf ole, %f72, %t72 : f32
            %r72 = scf.if %le72 -> (tensor<10xf64>) {
              %c73 = arith.constant 35 : index
              %f73 = tensor.extract %x[%c73] : tensor<64xf32>
              %t73 = arith.constant 6.875000000e-01 : f32
              %le73 = arith.cmpf ole, %f73, %t73 : f32
              %r73 = scf.if %le73 -> (tensor<10xf64>) {
                %leaf74 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.4, 0.6]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 4.0, 6.0>, prune.impurity = 0.48 : f64, prune.weight = 10.0 : f64, prune.node = 73 : i64} %leaf74 : tensor<10xf64>
              } else {
                %leaf75 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 28.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 28.0 : f64, prune.node = 74 : i64} %leaf75 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 32.0, 6.0>, prune.impurity = 0.2659279778393352 : f64, prune.weight = 38.0 : f64, prune.node = 72 : i64}
              scf.yield %r73 : tensor<10xf64>
            } else {
              %c76 = arith.constant 44 : index
              %f76 = tensor.extract %x[%c76] : tensor<64xf32>
              %t76 = arith.constant 1.562500000e-01 : f32
              %le76 = arith.cmpf ole, %f76, %t76 : f32
              %r76 = scf.if %le76 -> (tensor<10xf64>) {
                %leaf77 = arith.constant dense<[0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 76 : i64} %leaf77 : tensor<10xf64>
              } else {
                %leaf78 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 77 : i64} %leaf78 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0>, prune.impurity = 0.375 : f64, prune.weight = 4.0 : f64, prune.node = 75 : i64}
              scf.yield %r76 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 1.0, 32.0, 6.0>, prune.impurity = 0.39342403628117917 : f64, prune.weight = 42.0 : f64, prune.node = 71 : i64}
            scf.yield %r72 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 0.0, 2.0, 12.0, 0.0, 18.0, 0.0, 1.0, 32.0, 6.0>, prune.impurity = 0.695893671890498 : f64, prune.weight = 71.0 : f64, prune.node = 63 : i64}
          scf.yield %r64 : tensor<10xf64>
        } else {
          %c79 = arith.constant 46 : index
          %f79 = tensor.extract %x[%c79] : tensor<64xf32>
          %t79 = arith.constant 9.375000000e-02 : f32
          %le79 = arith.cmpf ole, %f79, %t79 : f32
          %r79 = scf.if %le79 -> (tensor<10xf64>) {
            %c80 = arith.constant 10 : index
            %f80 = tensor.extract %x[%c80] : tensor<64xf32>
            %t80 = arith.constant 9.062500000e-01 : f32
            %le80 = arith.cmpf ole, %f80, %t80 : f32
            %r80 = scf.if %le80 -> (tensor<10xf64>) {
              %c81 = arith.constant 26 : index
              %f81 = tensor.extract %x[%c81] : tensor<64xf32>
              %t81 = arith.constant 4.375000000e-01 : f32
              %le81 = arith.cmpf ole, %f81, %t81 : f32
              %r81 = scf.if %le81 -> (tensor<10xf64>) {
                %leaf82 = arith.constant dense<[0.0, 0.9166666666666666, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.08333333333333333, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 11.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.1527777777777778 : f64, prune.weight = 12.0 : f64, prune.node = 81 : i64} %leaf82 : tensor<10xf64>
              } else {
                %leaf83 = arith.constant dense<[0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 12.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 12.0 : f64, prune.node = 82 : i64} %leaf83 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 23.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.07986111111111116 : f64, prune.weight = 24.0 : f64, prune.node = 80 : i64}
              scf.yield %r81 : tensor<10xf64>
            } else {
              %c84 = arith.constant 34 : index
              %f84 = tensor.extract %x[%c84] : tensor<64xf32>
              %t84 = arith.constant 7.187500000e-01 : f32
              %le84 = arith.cmpf ole, %f84, %t84 : f32
              %r84 = scf.if %le84 -> (tensor<10xf64>) {
                %leaf85 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 84 : i64} %leaf85 : tensor<10xf64>
              } else {
                %leaf86 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 85 : i64} %leaf86 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0>, prune.impurity = 0.5 : f64, prune.weight = 4.0 : f64, prune.node = 83 : i64}
              scf.yield %r84 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 23.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 3.0, 0.0>, prune.impurity = 0.3086734693877551 : f64, prune.weight = 28.0 : f64, prune.node = 79 : i64}
            scf.yield %r80 : tensor<10xf64>
          } else {
            %c87 = arith.constant 50 : index
            %f87 = tensor.extract %x[%c87] : tensor<64xf32>
            %t87 = arith.constant 6.250000000e-02 : f32
            %le87 = arith.cmpf ole, %f87, %t87 : f32
            %r87 = scf.if %le87 -> (tensor<10xf64>) {
              %leaf88 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 4.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 87 : i64} %leaf88 : tensor<10xf64>
            } else {
              %c89 = arith.constant 18 : index
              %f89 = tensor.extract %x[%c89] : tensor<64xf32>
              %t89 = arith.constant 8.750000000e-01 : f32
              %le89 = arith.cmpf ole, %f89, %t89 : f32
              %r89 = scf.if %le89 -> (tensor<10xf64>) {
                %leaf90 = arith.constant dense<[0.0, 0.0, 0.0, 0.07142857142857142, 0.0, 0.07142857142857142, 0.8571428571428571, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 1.0, 0.0, 1.0, 12.0, 0.0, 0.0, 0.0>, prune.impurity = 0.2551020408163265 : f64, prune.weight = 14.0 : f64, prune.node = 89 : i64} %leaf90 : tensor<10xf64>
              } else {
                %leaf91 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.5, 0.5]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 2.0>, prune.impurity = 0.5 : f64, prune.weight = 4.0 : f64, prune.node = 90 : i64} %leaf91 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 1.0, 0.0, 1.0, 12.0, 0.0, 2.0, 2.0>, prune.impurity = 0.5246913580246914 : f64, prune.weight = 18.0 : f64, prune.node = 88 : i64}
              scf.yield %r89 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 1.0, 4.0, 1.0, 12.0, 0.0, 2.0, 2.0>, prune.impurity = 0.6487603305785123 : f64, prune.weight = 22.0 : f64, prune.node = 86 : i64}
            scf.yield %r87 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 23.0, 2.0, 1.0, 4.0, 1.0, 12.0, 0.0, 5.0, 2.0>, prune.impurity = 0.7103999999999999 : f64, prune.weight = 50.0 : f64, prune.node = 78 : i64}
          scf.yield %r79 : tensor<10xf64>
        } {prune.counts = array<f64: 0.0, 23.0, 4.0, 13.0, 4.0, 19.0, 12.0, 1.0, 37.0, 8.0>, prune.impurity = 0.8177037087630626 : f64, prune.weight = 121.0 : f64, prune.node = 62 : i64}
        scf.yield %r63 : tensor<10xf64>
      } else {
        %c92 = arith.constant 19 : index
        %f92 = tensor.extract %x[%c92] : tensor<64xf32>
        %t92 = arith.constant 5.937500000e-01 : f32
        %le92 = arith.cmpf ole, %f92, %t92 : f32
        %r92 = scf.if %le92 -> (tensor<10xf64>) {
          %c93 = arith.constant 35 : index
          %f93 = tensor.extract %x[%c93] : tensor<64xf32>
          %t93 = arith.constant 8.750000000e-01 : f32
          %le93 = arith.cmpf ole, %f93, %t93 : f32
          %r93 = scf.if %le93 -> (tensor<10xf64>) {
            %c94 = arith.constant 13 : index
            %f94 = tensor.extract %x[%c94] : tensor<64xf32>
            %t94 = arith.constant 9.062500000e-01 : f32
            %le94 = arith.cmpf ole, %f94, %t94 : f32
            %r94 = scf.if %le94 -> (tensor<10xf64>) {
              %leaf95 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 13.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 13.0 : f64, prune.node = 94 : i64} %leaf95 : tensor<10xf64>
            } else {
              %leaf96 = arith.constant dense<[0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 95 : i64} %leaf96 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 1.0, 0.0, 13.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.13265306122448983 : f64, prune.weight = 14.0 : f64, prune.node = 93 : i64}
            scf.yield %r94 : tensor<10xf64>
          } else {
            %leaf97 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 96 : i64} %leaf97 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 0.0, 0.0, 1.0, 0.0, 13.0, 0.0, 0.0, 2.0, 0.0>, prune.impurity = 0.3203125 : f64, prune.weight = 16.0 : f64, prune.node = 92 : i64}
          scf.yield %r93 : tensor<10xf64>
        } else {
          %c98 = arith.constant 57 : index
          %f98 = tensor.extract %x[%c98] : tensor<64xf32>
          %t98 = arith.constant 9.375000000e-02 : f32
          %le98 = arith.cmpf ole, %f98, %t98 : f32
          %r98 = scf.if %le98 -> (tensor<10xf64>) {
            %c99 = arith.constant 19 : index
            %f99 = tensor.extract %x[%c99] : tensor<64xf32>
            %t99 = arith.constant 9.687500000e-01 : f32
            %le99 = arith.cmpf ole, %f99, %t99 : f32
            %r99 = scf.if %le99 -> (tensor<10xf64>) {
              %c100 = arith.constant 61 : index
              %f100 = tensor.extract %x[%c100] : tensor<64xf32>
              %t100 = arith.constant 5.000000000e-01 : f32
              %le100 = arith.cmpf ole, %f100, %t100 : f32
              %r100 = scf.if %le100 -> (tensor<10xf64>) {
                %leaf101 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.125, 0.125, 0.0, 0.0, 0.75, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 1.0, 1.0, 0.0, 0.0, 6.0, 0.0>, prune.impurity = 0.40625 : f64, prune.weight = 8.0 : f64, prune.node = 100 : i64} %leaf101 : tensor<10xf64>
              } else {
                %leaf102 = arith.constant dense<[0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 13.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 13.0 : f64, prune.node = 101 : i64} %leaf102 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 13.0, 0.0, 0.0, 1.0, 1.0, 0.0, 0.0, 6.0, 0.0>, prune.impurity = 0.5306122448979591 : f64, prune.weight = 21.0 : f64, prune.node = 99 : i64}
              scf.yield %r100 : tensor<10xf64>
            } else {
              %c103 = arith.constant 50 : index
              %f103 = tensor.extract %x[%c103] : tensor<64xf32>
              %t103 = arith.constant 6.250000000e-02 : f32
              %le103 = arith.cmpf ole, %f103, %t103 : f32
              %r103 = scf.if %le103 -> (tensor<10xf64>) {
                %leaf104 = arith.constant dense<[0.0, 0.875, 0.0, 0.125, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 7.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.21875 : f64, prune.weight = 8.0 : f64, prune.node = 103 : i64} %leaf104 : tensor<10xf64>
              } else {
                %leaf105 = arith.constant dense<[0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 50.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 50.0 : f64, prune.node = 104 : i64} %leaf105 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 57.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.03388822829964333 : f64, prune.weight = 58.0 : f64, prune.node = 102 : i64}
              scf.yield %r103 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 70.0, 0.0, 1.0, 1.0, 1.0, 0.0, 0.0, 6.0, 0.0>, prune.impurity = 0.20862041339528925 : f64, prune.weight = 79.0 : f64, prune.node = 98 : i64}
            scf.yield %r99 : tensor<10xf64>
          } else {
            %c106 = arith.constant 43 : index
            %f106 = tensor.extract %x[%c106] : tensor<64xf32>
            %t106 = arith.constant 2.500000000e-01 : f32
            %le106 = arith.cmpf ole, %f106, %t106 : f32
            %r106 = scf.if %le106 -> (tensor<10xf64>) {
              %leaf107 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 106 : i64} %leaf107 : tensor<10xf64>
            } else {
              %leaf108 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 107 : i64} %leaf108 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 1.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 3.0 : f64, prune.node = 105 : i64}
            scf.yield %r106 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 70.0, 1.0, 1.0, 1.0, 3.0, 0.0, 0.0, 6.0, 0.0>, prune.impurity = 0.264128494943486 : f64, prune.weight = 82.0 : f64, prune.node = 97 : i64}
          scf.yield %r98 : tensor<10xf64>
        } {prune.counts = array<f64: 0.0, 70.0, 1.0, 2.0, 1.0, 16.0, 0.0, 0.0, 8.0, 0.0>, prune.impurity = 0.4558517284464806 : f64, prune.weight = 98.0 : f64, prune.node = 91 : i64}
        scf.yield %r92 : tensor<10xf64>
      } {prune.counts = array<f64: 0.0, 93.0, 5.0, 15.0, 5.0, 35.0, 12.0, 1.0, 45.0, 8.0>, prune.impurity = 0.7418110548153708 : f64, prune.weight = 219.0 : f64, prune.node = 61 : i64}
      scf.yield %r62 : tensor<10xf64>
    } {prune.counts = array<f64: 2.0, 113.0, 132.0, 145.0, 33.0, 107.0, 122.0, 26.0, 113.0, 30.0>, prune.impurity = 0.8627122122336413 : f64, prune.weight = 823.0 : f64, prune.node = 1 : i64}
    scf.yield %r2 : tensor<10xf64>
  } else {
    %c109 = arith.constant 37 : index
    %f109 = tensor.extract %x[%c109] : tensor<64xf32>
    %t109 = arith.constant 7.812500000e-01 : f32
    %le109 = arith.cmpf ole, %f109, %t109 : f32
    %r109 = scf.if %le109 -> (tensor<10xf64>) {
      %c110 = arith.constant 34 : index
      %f110 = tensor.extract %x[%c110] : tensor<64xf32>
      %t110 = arith.constant 2.187500000e-01 : f32
      %le110 = arith.cmpf ole, %f110, %t110 : f32
      %r110 = scf.if %le110 -> (tensor<10xf64>) {
        %c111 = arith.constant 43 : index
        %f111 = tensor.extract %x[%c111] : tensor<64xf32>
        %t111 = arith.constant 1.875000000e-01 : f32
        %le111 = arith.cmpf ole, %f111, %t111 : f32
        %r111 = scf.if %le111 -> (tensor<10xf64>) {
          %c112 = arith.constant 20 : index
          %f112 = tensor.extract %x[%c112] : tensor<64xf32>
          %t112 = arith.constant 1.562500000e-01 : f32
          %le112 = arith.cmpf ole, %f112, %t112 : f32
          %r112 = scf.if %le112 -> (tensor<10xf64>) {
            %c113 = arith.constant 14 : index
            %f113 = tensor.extract %x[%c113] : tensor<64xf32>
            %t113 = arith.constant 5.937500000e-01 : f32
            %le113 = arith.cmpf ole, %f113, %t113 : f32
            %r113 = scf.if %le113 -> (tensor<10xf64>) {
              %leaf114 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 4.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 113 : i64} %leaf114 : tensor<10xf64>
            } else {
              %c115 = arith.constant 43 : index
              %f115 = tensor.extract %x[%c115] : tensor<64xf32>
              %t115 = arith.constant 6.250000000e-02 : f32
              %le115 = arith.cmpf ole, %f115, %t115 : f32
              %r115 = scf.if %le115 -> (tensor<10xf64>) {
                %leaf116 = arith.constant dense<[0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 115 : i64} %leaf116 : tensor<10xf64>
              } else {
                %leaf117 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 116 : i64} %leaf117 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 3.0 : f64, prune.node = 114 : i64}
              scf.yield %r115 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 2.0, 0.0, 4.0>, prune.impurity = 0.5714285714285714 : f64, prune.weight = 7.0 : f64, prune.node = 112 : i64}
            scf.yield %r113 : tensor<10xf64>
          } else {
            %c118 = arith.constant 58 : index
            %f118 = tensor.extract %x[%c118] : tensor<64xf32>
            %t118 = arith.constant 5.937500000e-01 : f32
            %le118 = arith.cmpf ole, %f118, %t118 : f32
            %r118 = scf.if %le118 -> (tensor<10xf64>) {
              %leaf119 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 36.0>, prune.impurity = 0.0 : f64, prune.weight = 36.0 : f64, prune.node = 118 : i64} %leaf119 : tensor<10xf64>
            } else {
              %c120 = arith.constant 38 : index
              %f120 = tensor.extract %x[%c120] : tensor<64xf32>
              %t120 = arith.constant 5.312500000e-01 : f32
              %le120 = arith.cmpf ole, %f120, %t120 : f32
              %r120 = scf.if %le120 -> (tensor<10xf64>) {
                %leaf121 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 6.0>, prune.impurity = 0.0 : f64, prune.weight = 6.0 : f64, prune.node = 120 : i64} %leaf121 : tensor<10xf64>
              } else {
                %leaf122 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 121 : i64} %leaf122 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 6.0>, prune.impurity = 0.24489795918367352 : f64, prune.weight = 7.0 : f64, prune.node = 119 : i64}
              scf.yield %r120 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 42.0>, prune.impurity = 0.045429962141698255 : f64, prune.weight = 43.0 : f64, prune.node = 117 : i64}
            scf.yield %r118 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 0.0, 0.0, 1.0, 0.0, 1.0, 0.0, 2.0, 0.0, 46.0>, prune.impurity = 0.1512 : f64, prune.weight = 50.0 : f64, prune.node = 111 : i64}
          scf.yield %r112 : tensor<10xf64>
        } else {
          %c123 = arith.constant 50 : index
          %f123 = tensor.extract %x[%c123] : tensor<64xf32>
          %t123 = arith.constant 4.375000000e-01 : f32
          %le123 = arith.cmpf ole, %f123, %t123 : f32
          %r123 = scf.if %le123 -> (tensor<10xf64>) {
            %c124 = arith.constant 53 : index
            %f124 = tensor.extract %x[%c124] : tensor<64xf32>
            %t124 = arith.constant 3.750000000e-01 : f32
            %le124 = arith.cmpf ole, %f124, %t124 : f32
            %r124 = scf.if %le124 -> (tensor<10xf64>) {
              %leaf125 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 5.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 5.0 : f64, prune.node = 124 : i64} %leaf125 : tensor<10xf64>
            } else {
              %leaf126 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 3.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 125 : i64} %leaf126 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 5.0, 3.0, 0.0>, prune.impurity = 0.46875 : f64, prune.weight = 8.0 : f64, prune.node = 123 : i64}
            scf.yield %r124 : tensor<10xf64>
          } else {
            %c127 = arith.constant 30 : index
            %f127 = tensor.extract %x[%c127] : tensor<64xf32>
            %t127 = arith.constant 4.062500000e-01 : f32
            %le127 = arith.cmpf ole, %f127, %t127 : f32
            %r127 = scf.if %le127 -> (tensor<10xf64>) {
              %leaf128 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 9.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 9.0 : f64, prune.node = 127 : i64} %leaf128 : tensor<10xf64>
            } else {
              %leaf129 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 128 : i64} %leaf129 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 9.0, 1.0>, prune.impurity = 0.18000000000000005 : f64, prune.weight = 10.0 : f64, prune.node = 126 : i64}
            scf.yield %r127 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 5.0, 12.0, 1.0>, prune.impurity = 0.47530864197530864 : f64, prune.weight = 18.0 : f64, prune.node = 122 : i64}
          scf.yield %r123 : tensor<10xf64>
        } {prune.counts = array<f64: 0.0, 0.0, 0.0, 1.0, 0.0, 1.0, 0.0, 7.0, 12.0, 47.0>, prune.impurity = 0.4801038062283737 : f64, prune.weight = 68.0 : f64, prune.node = 110 : i64}
        scf.yield %r111 : tensor<10xf64>
      } else {
        %c130 = arith.constant 53 : index
        %f130 = tensor.extract %x[%c130] : tensor<64xf32>
        %t130 = arith.constant 9.375000000e-02 : f32
        %le130 = arith.cmpf ole, %f130, %t130 : f32
        %r130 = scf.if %le130 -> (tensor<10xf64>) {
          %c131 = arith.constant 18 : index
          %f131 = tensor.extract %x[%c131] : tensor<64xf32>
          %t131 = arith.constant 9.062500000e-01 : f32
          %le131 = arith.cmpf ole, %f131, %t131 : f32
          %r131 = scf.if %le131 -> (tensor<10xf64>) {
            %c132 = arith.constant 19 : index
            %f132 = tensor.extract %x[%c132] : tensor<64xf32>
            %t132 = arith.constant 6.562500000e-01 : f32
            %le132 = arith.cmpf ole, %f132, %t132 : f32
            %r132 = scf.if %le132 -> (tensor<10xf64>) {
              %leaf133 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 35.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 35.0 : f64, prune.node = 132 : i64} %leaf133 : tensor<10xf64>
            } else {
              %leaf134 = arith.constant dense<[0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 133 : i64} %leaf134 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 35.0, 0.0, 0.0>, prune.impurity = 0.054012345679012363 : f64, prune.weight = 36.0 : f64, prune.node = 131 : i64}
            scf.yield %r132 : tensor<10xf64>
          } else {
            %leaf135 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 4.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 134 : i64} %leaf135 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 1.0, 0.0, 0.0, 4.0, 0.0, 0.0, 35.0, 0.0, 0.0>, prune.impurity = 0.22375 : f64, prune.weight = 40.0 : f64, prune.node = 130 : i64}
          scf.yield %r131 : tensor<10xf64>
        } else {
          %c136 = arith.constant 28 : index
          %f136 = tensor.extract %x[%c136] : tensor<64xf32>
          %t136 = arith.constant 3.125000000e-01 : f32
          %le136 = arith.cmpf ole, %f136, %t136 : f32
          %r136 = scf.if %le136 -> (tensor<10xf64>) {
            %c137 = arith.constant 46 : index
            %f137 = tensor.extract %x[%c137] : tensor<64xf32>
            %t137 = arith.constant 9.375000000e-02 : f32
            %le137 = arith.cmpf ole, %f137, %t137 : f32
            %r137 = scf.if %le137 -> (tensor<10xf64>) {
              %c138 = arith.constant 33 : index
              %f138 = tensor.extract %x[%c138] : tensor<64xf32>
              %t138 = arith.constant 9.375000000e-02 : f32
              %le138 = arith.cmpf ole, %f138, %t138 : f32
              %r138 = scf.if %le138 -> (tensor<10xf64>) {
                %leaf139 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 138 : i64} %leaf139 : tensor<10xf64>
              } else {
                %leaf140 = arith.constant dense<[1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 12.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 12.0 : f64, prune.node = 139 : i64} %leaf140 : tensor<10xf64>
              } {prune.counts = array<f64: 12.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.14201183431952658 : f64, prune.weight = 13.0 : f64, prune.node = 137 : i64}
              scf.yield %r138 : tensor<10xf64>
            } else {
              %leaf141 = arith.constant dense<[1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 96.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 96.0 : f64, prune.node = 140 : i64} %leaf141 : tensor<10xf64>
            } {prune.counts = array<f64: 108.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.01818028785455772 : f64, prune.weight = 109.0 : f64, prune.node = 136 : i64}
            scf.yield %r137 : tensor<10xf64>
          } else {
            %c142 = arith.constant 25 : index
            %f142 = tensor.extract %x[%c142] : tensor<64xf32>
            %t142 = arith.constant 3.125000000e-02 : f32
            %le142 = arith.cmpf ole, %f142, %t142 : f32
            %r142 = scf.if %le142 -> (tensor<10xf64>) {
              %leaf143 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 15.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 15.0 : f64, prune.node = 142 : i64} %leaf143 : tensor<10xf64>
            } else {
              %c144 = arith.constant 11 : index
              %f144 = tensor.extract %x[%c144] : tensor<64xf32>
              %t144 = arith.constant 5.625000000e-01 : f32
              %le144 = arith.cmpf ole, %f144, %t144 : f32
              %r144 = scf.if %le144 -> (tensor<10xf64>) {
                %leaf145 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.8461538461538461, 0.0, 0.0, 0.0, 0.15384615384615385]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 11.0, 0.0, 0.0, 0.0, 2.0>, prune.impurity = 0.2603550295857988 : f64, prune.weight = 13.0 : f64, prune.node = 144 : i64} %leaf145 : tensor<10xf64>
              } else {
                %leaf146 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.3333333333333333, 0.0, 0.0, 0.6666666666666666]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 4.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 6.0 : f64, prune.node = 145 : i64} %leaf146 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 11.0, 2.0, 0.0, 0.0, 6.0>, prune.impurity = 0.554016620498615 : f64, prune.weight = 19.0 : f64, prune.node = 143 : i64}
              scf.yield %r144 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 11.0, 2.0, 0.0, 15.0, 6.0>, prune.impurity = 0.6660899653979239 : f64, prune.weight = 34.0 : f64, prune.node = 141 : i64}
            scf.yield %r142 : tensor<10xf64>
          } {prune.counts = array<f64: 108.0, 0.0, 0.0, 0.0, 1.0, 11.0, 2.0, 0.0, 15.0, 6.0>, prune.impurity = 0.410680228862047 : f64, prune.weight = 143.0 : f64, prune.node = 135 : i64}
          scf.yield %r136 : tensor<10xf64>
        } {prune.counts = array<f64: 108.0, 1.0, 0.0, 0.0, 5.0, 11.0, 2.0, 35.0, 15.0, 6.0>, prune.impurity = 0.6028248081459584 : f64, prune.weight = 183.0 : f64, prune.node = 129 : i64}
        scf.yield %r130 : tensor<10xf64>
      } {prune.counts = array<f64: 108.0, 1.0, 0.0, 1.0, 5.0, 12.0, 2.0, 42.0, 27.0, 53.0>, prune.impurity = 0.7279249535721655 : f64, prune.weight = 251.0 : f64, prune.node = 109 : i64}
      scf.yield %r110 : tensor<10xf64>
    } else {
      %c147 = arith.constant 26 : index
      %f147 = tensor.extract %x[%c147] : tensor<64xf32>
      %t147 = arith.constant 5.937500000e-01 : f32
      %le147 = arith.cmpf ole, %f147, %t147 : f32
      %r147 = scf.if %le147 -> (tensor<10xf64>) {
        %c148 = arith.constant 60 : index
        %f148 = tensor.extract %x[%c148] : tensor<64xf32>
        %t148 = arith.constant 5.937500000e-01 : f32
        %le148 = arith.cmpf ole, %f148, %t148 : f32
        %r148 = scf.if %le148 -> (tensor<10xf64>) {
          %c149 = arith.constant 41 : index
          %f149 = tensor.extract %x[%c149] : tensor<64xf32>
          %t149 = arith.constant 4.375000000e-01 : f32
          %le149 = arith.cmpf ole, %f149, %t149 : f32
          %r149 = scf.if %le149 -> (tensor<10xf64>) {
            %c150 = arith.constant 2 : index
            %f150 = tensor.extract %x[%c150] : tensor<64xf32>
            %t150 = arith.constant 7.187500000e-01 : f32
            %le150 = arith.cmpf ole, %f150, %t150 : f32
            %r150 = scf.if %le150 -> (tensor<10xf64>) {
              %c151 = arith.constant 36 : index
              %f151 = tensor.extract %x[%c151] : tensor<64xf32>
              %t151 = arith.constant 4.375000000e-01 : f32
              %le151 = arith.cmpf ole, %f151, %t151 : f32
              %r151 = scf.if %le151 -> (tensor<10xf64>) {
                %leaf152 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 151 : i64} %leaf152 : tensor<10xf64>
              } else {
                %leaf153 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 48.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 48.0 : f64, prune.node = 152 : i64} %leaf153 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 48.0, 0.0, 1.0>, prune.impurity = 0.03998334027488548 : f64, prune.weight = 49.0 : f64, prune.node = 150 : i64}
              scf.yield %r151 : tensor<10xf64>
            } else {
              %leaf154 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 153 : i64} %leaf154 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 48.0, 0.0, 2.0>, prune.impurity = 0.07679999999999998 : f64, prune.weight = 50.0 : f64, prune.node = 149 : i64}
            scf.yield %r150 : tensor<10xf64>
          } else {
            %c155 = arith.constant 28 : index
            %f155 = tensor.extract %x[%c155] : tensor<64xf32>
            %t155 = arith.constant 1.875000000e-01 : f32
            %le155 = arith.cmpf ole, %f155, %t155 : f32
            %r155 = scf.if %le155 -> (tensor<10xf64>) {
              %leaf156 = arith.constant dense<[1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 155 : i64} %leaf156 : tensor<10xf64>
            } else {
              %leaf157 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 156 : i64} %leaf157 : tensor<10xf64>
            } {prune.counts = array<f64: 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 3.0 : f64, prune.node = 154 : i64}
            scf.yield %r155 : tensor<10xf64>
          } {prune.counts = array<f64: 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 50.0, 0.0, 2.0>, prune.impurity = 0.10822356710573156 : f64, prune.weight = 53.0 : f64, prune.node = 148 : i64}
          scf.yield %r149 : tensor<10xf64>
        } else {
          %c158 = arith.constant 62 : index
          %f158 = tensor.extract %x[%c158] : tensor<64xf32>
          %t158 = arith.constant 4.687500000e-01 : f32
          %le158 = arith.cmpf ole, %f158, %t158 : f32
          %r158 = scf.if %le158 -> (tensor<10xf64>) {
            %c159 = arith.constant 5 : index
            %f159 = tensor.extract %x[%c159] : tensor<64xf32>
            %t159 = arith.constant 9.687500000e-01 : f32
            %le159 = arith.cmpf ole, %f159, %t159 : f32
            %r159 = scf.if %le159 -> (tensor<10xf64>) {
              %c160 = arith.constant 29 : index
              %f160 = tensor.extract %x[%c160] : tensor<64xf32>
              %t160 = arith.constant 9.687500000e-01 : f32
              %le160 = arith.cmpf ole, %f160, %t160 : f32
              %r160 = scf.if %le160 -> (tensor<10xf64>) {
                %leaf161 = arith.constant dense<[0.07142857142857142, 0.0, 0.0, 0.5, 0.35714285714285715, 0.0, 0.0, 0.07142857142857142, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 1.0, 0.0, 0.0, 7.0, 5.0, 0.0, 0.0, 1.0, 0.0, 0.0>, prune.impurity = 0.6122448979591837 : f64, prune.weight = 14.0 : f64, prune.node = 160 : i64} %leaf161 : tensor<10xf64>
              } else {
                %leaf162 = arith.constant dense<[0.09090909090909091, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.18181818181818182, 0.0, 0.7272727272727273]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 8.0>, prune.impurity = 0.4297520661157025 : f64, prune.weight = 11.0 : f64, prune.node = 161 : i64} %leaf162 : tensor<10xf64>
              } {prune.counts = array<f64: 2.0, 0.0, 0.0, 7.0, 5.0, 0.0, 0.0, 3.0, 0.0, 8.0>, prune.impurity = 0.7584 : f64, prune.weight = 25.0 : f64, prune.node = 159 : i64}
              scf.yield %r160 : tensor<10xf64>
            } else {
              %leaf163 = arith.constant dense<[0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 4.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 162 : i64} %leaf163 : tensor<10xf64>
            } {prune.counts = array<f64: 2.0, 4.0, 0.0, 7.0, 5.0, 0.0, 0.0, 3.0, 0.0, 8.0>, prune.impurity = 0.8014268727705113 : f64, prune.weight = 29.0 : f64, prune.node = 158 : i64}
            scf.yield %r159 : tensor<10xf64>
          } else {
            %leaf164 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 6.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 6.0 : f64, prune.node = 163 : i64} %leaf164 : tensor<10xf64>
          } {prune.counts = array<f64: 2.0, 4.0, 6.0, 7.0, 5.0, 0.0, 0.0, 3.0, 0.0, 8.0>, prune.impurity = 0.8342857142857143 : f64, prune.weight = 35.0 : f64, prune.node = 157 : i64}
          scf.yield %r158 : tensor<10xf64>
        } {prune.counts = array<f64: 3.0, 4.0, 6.0, 7.0, 5.0, 0.0, 0.0, 53.0, 0.0, 10.0>, prune.impurity = 0.6069214876033058 : f64, prune.weight = 88.0 : f64, prune.node = 147 : i64}
        scf.yield %r148 : tensor<10xf64>
      } else {
        %c165 = arith.constant 10 : index
        %f165 = tensor.extract %x[%c165] : tensor<64xf32>
        %t165 = arith.constant 5.937500000e-01 : f32
        %le165 = arith.cmpf ole, %f165, %t165 : f32
        %r165 = scf.if %le165 -> (tensor<10xf64>) {
          %c166 = arith.constant 5 : index
          %f166 = tensor.extract %x[%c166] : tensor<64xf32>
          %t166 = arith.constant 6.250000000e-01 : f32
          %le166 = arith.cmpf ole, %f166, %t166 : f32
          %r166 = scf.if %le166 -> (tensor<10xf64>) {
            %c167 = arith.constant 19 : index
            %f167 = tensor.extract %x[%c167] : tensor<64xf32>
            %t167 = arith.constant 1.562500000e-01 : f32
            %le167 = arith.cmpf ole, %f167, %t167 : f32
            %r167 = scf.if %le167 -> (tensor<10xf64>) {
              %leaf168 = arith.constant dense<[1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 167 : i64} %leaf168 : tensor<10xf64>
            } else {
              %c169 = arith.constant 54 : index
              %f169 = tensor.extract %x[%c169] : tensor<64xf32>
              %t169 = arith.constant 3.125000000e-02 : f32
              %le169 = arith.cmpf ole, %f169, %t169 : f32
              %r169 = scf.if %le169 -> (tensor<10xf64>) {
                %leaf170 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 98.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 98.0 : f64, prune.node = 169 : i64} %leaf170 : tensor<10xf64>
              } else {
                %leaf171 = arith.constant dense<[0.5, 0.0, 0.0, 0.0, 0.25, 0.0, 0.25, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 2.0, 0.0, 0.0, 0.0, 1.0, 0.0, 1.0, 0.0, 0.0, 0.0>, prune.impurity = 0.625 : f64, prune.weight = 4.0 : f64, prune.node = 170 : i64} %leaf171 : tensor<10xf64>
              } {prune.counts = array<f64: 2.0, 0.0, 0.0, 0.0, 99.0, 0.0, 1.0, 0.0, 0.0, 0.0>, prune.impurity = 0.05747789311803153 : f64, prune.weight = 102.0 : f64, prune.node = 168 : i64}
              scf.yield %r169 : tensor<10xf64>
            } {prune.counts = array<f64: 4.0, 0.0, 0.0, 0.0, 99.0, 0.0, 1.0, 0.0, 0.0, 0.0>, prune.impurity = 0.09227071005917165 : f64, prune.weight = 104.0 : f64, prune.node = 166 : i64}
            scf.yield %r167 : tensor<10xf64>
          } else {
            %c172 = arith.constant 6 : index
            %f172 = tensor.extract %x[%c172] : tensor<64xf32>
            %t172 = arith.constant 5.312500000e-01 : f32
            %le172 = arith.cmpf ole, %f172, %t172 : f32
            %r172 = scf.if %le172 -> (tensor<10xf64>) {
              %c173 = arith.constant 27 : index
              %f173 = tensor.extract %x[%c173] : tensor<64xf32>
              %t173 = arith.constant 7.500000000e-01 : f32
              %le173 = arith.cmpf ole, %f173, %t173 : f32
              %r173 = scf.if %le173 -> (tensor<10xf64>) {
                %leaf174 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.5, 0.0, 0.0, 0.0, 0.5, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.5 : f64, prune.weight = 2.0 : f64, prune.node = 173 : i64} %leaf174 : tensor<10xf64>
              } else {
                %leaf175 = arith.constant dense<[0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 6.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 6.0 : f64, prune.node = 174 : i64} %leaf175 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 6.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.40625 : f64, prune.weight = 8.0 : f64, prune.node = 172 : i64}
              scf.yield %r173 : tensor<10xf64>
            } else {
              %c176 = arith.constant 41 : index
              %f176 = tensor.extract %x[%c176] : tensor<64xf32>
              %t176 = arith.constant 1.875000000e-01 : f32
              %le176 = arith.cmpf ole, %f176, %t176 : f32
              %r176 = scf.if %le176 -> (tensor<10xf64>) {
                %leaf177 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.125, 0.0, 0.875]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 7.0>, prune.impurity = 0.21875 : f64, prune.weight = 8.0 : f64, prune.node = 176 : i64} %leaf177 : tensor<10xf64>
              } else {
                %leaf178 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 177 : i64} %leaf178 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 3.0, 0.0, 1.0, 0.0, 7.0>, prune.impurity = 0.5123966942148761 : f64, prune.weight = 11.0 : f64, prune.node = 175 : i64}
              scf.yield %r176 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 6.0, 0.0, 0.0, 1.0, 3.0, 0.0, 1.0, 1.0, 7.0>, prune.impurity = 0.7313019390581718 : f64, prune.weight = 19.0 : f64, prune.node = 171 : i64}
            scf.yield %r172 : tensor<10xf64>
          } {prune.counts = array<f64: 4.0, 6.0, 0.0, 0.0, 100.0, 3.0, 1.0, 1.0, 1.0, 7.0>, prune.impurity = 0.331548681340472 : f64, prune.weight = 123.0 : f64, prune.node = 165 : i64}
          scf.yield %r166 : tensor<10xf64>
        } else {
          %c179 = arith.constant 42 : index
          %f179 = tensor.extract %x[%c179] : tensor<64xf32>
          %t179 = arith.constant 3.125000000e-02 : f32
          %le179 = arith.cmpf ole, %f179, %t179 : f32
          %r179 = scf.if %le179 -> (tensor<10xf64>) {
            %c180 = arith.constant 34 : index
            %f180 = tensor.extract %x[%c180] : tensor<64xf32>
            %t180 = arith.constant 6.250000000e-01 : f32
            %le180 = arith.cmpf ole, %f180, %t180 : f32
            %r180 = scf.if %le180 -> (tensor<10xf64>) {
              %leaf181 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 29.0>, prune.impurity = 0.0 : f64, prune.weight = 29.0 : f64, prune.node = 180 : i64} %leaf181 : tensor<10xf64>
            } else {
              %leaf182 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 4.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 181 : i64} %leaf182 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 4.0, 0.0, 0.0, 0.0, 29.0>, prune.impurity = 0.21303948576675846 : f64, prune.weight = 33.0 : f64, prune.node = 179 : i64}
            scf.yield %r180 : tensor<10xf64>
          } else {
            %c183 = arith.constant 21 : index
            %f183 = tensor.extract %x[%c183] : tensor<64xf32>
            %t183 = arith.constant 4.687500000e-01 : f32
            %le183 = arith.cmpf ole, %f183, %t183 : f32
            %r183 = scf.if %le183 -> (tensor<10xf64>) {
              %c184 = arith.constant 46 : index
              %f184 = tensor.extract %x[%c184] : tensor<64xf32>
              %t184 = arith.constant 1.562500000e-01 : f32
              %le184 = arith.cmpf ole, %f184, %t184 : f32
              %r184 = scf.if %le184 -> (tensor<10xf64>) {
                %leaf185 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 7.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 7.0 : f64, prune.node = 184 : i64} %leaf185 : tensor<10xf64>
              } else {
                %leaf186 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.125, 0.5, 0.375, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 1.0, 4.0, 3.0, 0.0, 0.0, 0.0>, prune.impurity = 0.59375 : f64, prune.weight = 8.0 : f64, prune.node = 185 : i64} %leaf186 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 8.0, 4.0, 3.0, 0.0, 0.0, 0.0>, prune.impurity = 0.6044444444444445 : f64, prune.weight = 15.0 : f64, prune.node = 183 : i64}
              scf.yield %r184 : tensor<10xf64>
            } else {
              %c187 = arith.constant 18 : index
              %f187 = tensor.extract %x[%c187] : tensor<64xf32>
              %t187 = arith.constant 4.062500000e-01 : f32
              %le187 = arith.cmpf ole, %f187, %t187 : f32
              %r187 = scf.if %le187 -> (tensor<10xf64>) {
                %leaf188 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 187 : i64} %leaf188 : tensor<10xf64>
              } else {
                %leaf189 = arith.constant dense<[0.8333333333333334, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.16666666666666666]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 10.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0>, prune.impurity = 0.2777777777777778 : f64, prune.weight = 12.0 : f64, prune.node = 188 : i64} %leaf189 : tensor<10xf64>
              } {prune.counts = array<f64: 10.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 2.0>, prune.impurity = 0.44897959183673475 : f64, prune.weight = 14.0 : f64, prune.node = 186 : i64}
              scf.yield %r187 : tensor<10xf64>
            } {prune.counts = array<f64: 10.0, 0.0, 0.0, 0.0, 8.0, 4.0, 3.0, 2.0, 0.0, 2.0>, prune.impurity = 0.7657550535077289 : f64, prune.weight = 29.0 : f64, prune.node = 182 : i64}
            scf.yield %r183 : tensor<10xf64>
          } {prune.counts = array<f64: 10.0, 0.0, 0.0, 0.0, 8.0, 8.0, 3.0, 2.0, 0.0, 31.0>, prune.impurity = 0.6873048907388137 : f64, prune.weight = 62.0 : f64, prune.node = 178 : i64}
          scf.yield %r179 : tensor<10xf64>
        } {prune.counts = array<f64: 14.0, 6.0, 0.0, 0.0, 108.0, 11.0, 4.0, 3.0, 1.0, 38.0>, prune.impurity = 0.6059313367421475 : f64, prune.weight = 185.0 : f64, prune.node = 164 : i64}
        scf.yield %r165 : tensor<10xf64>
      } {prune.counts = array<f64: 17.0, 10.0, 6.0, 7.0, 113.0, 11.0, 4.0, 56.0, 1.0, 48.0>, prune.impurity = 0.74746742878611 : f64, prune.weight = 273.0 : f64, prune.node = 146 : i64}
      scf.yield %r147 : tensor<10xf64>
    } {prune.counts = array<f64: 125.0, 11.0, 6.0, 8.0, 118.0, 23.0, 6.0, 98.0, 28.0, 101.0>, prune.impurity = 0.8145358662082629 : f64, prune.weight = 524.0 : f64, prune.node = 108 : i64}
    scf.yield %r109 : tensor<10xf64>
  } {prune.counts = array<f64: 127.0, 124.0, 138.0, 153.0, 151.0, 130.0, 128.0, 124.0, 141.0, 131.0>, prune.impurity = 0.89943777836199 : f64, prune.weight = 1347.0 : f64, prune.node = 0 : i64}
  return %r1 : tensor<10xf64>
}

func.func @tree7(%x: tensor<64xf32> {prune.range = array<f64: 0.0, 1.0>}) -> tensor<10xf64> {
  %c1 = arith.constant 19 : index
  %f1 = tensor.extract %x[%c1] : tensor<64xf32>
  %t1 = arith.constant 7.812500000e-01 : f32
  %le1 = arith.cmpf ole, %f1, %t1 : f32
  %r1 = scf.if %le1 -> (tensor<10xf64>) {
    %c2 = arith.constant 53 : index
    %f2 = tensor.extract %x[%c2] : tensor<64xf32>
    %t2 = arith.constant 9.375000000e-02 : f32
    %le2 = arith.cmpf ole, %f2, %t2 : f32
    %r2 = scf.if %le2 -> (tensor<10xf64>) {
      %c3 = arith.constant 17 : index
      %f3 = tensor.extract %x[%c3] : tensor<64xf32>
      %t3 = arith.constant 2.812500000e-01 : f32
      %le3 = arith.cmpf ole, %f3, %t3 : f32
      %r3 = scf.if %le3 -> (tensor<10xf64>) {
        %c4 = arith.constant 21 : index
        %f4 = tensor.extract %x[%c4] : tensor<64xf32>
        %t4 = arith.constant 4.687500000e-01 : f32
        %le4 = arith.cmpf ole, %f4, %t4 : f32
        %r4 = scf.if %le4 -> (tensor<10xf64>) {
          %c5 = arith.constant 29 : index
          %f5 = tensor.extract %x[%c5] : tensor<64xf32>
          %t5 = arith.constant 4.062500000e-01 : f32
          %le5 = arith.cmpf ole, %f5, %t5 : f32
          %r5 = scf.if %le5 -> (tensor<10xf64>) {
            %c6 = arith.constant 6 : index
            %f6 = tensor.extract %x[%c6] : tensor<64xf32>
            %t6 = arith.constant 3.125000000e-02 : f32
            %le6 = arith.cmpf ole, %f6, %t6 : f32
            %r6 = scf.if %le6 -> (tensor<10xf64>) {
              %c7 = arith.constant 38 : index
              %f7 = tensor.extract %x[%c7] : tensor<64xf32>
              %t7 = arith.constant 6.250000000e-02 : f32
              %le7 = arith.cmpf ole, %f7, %t7 : f32
              %r7 = scf.if %le7 -> (tensor<10xf64>) {
                %leaf8 = arith.constant dense<[0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 4.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 7 : i64} %leaf8 : tensor<10xf64>
              } else {
                %leaf9 = arith.constant dense<[0.16666666666666666, 0.0, 0.0, 0.0, 0.16666666666666666, 0.0, 0.16666666666666666, 0.5, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 1.0, 0.0, 0.0, 0.0, 1.0, 0.0, 1.0, 3.0, 0.0, 0.0>, prune.impurity = 0.6666666666666667 : f64, prune.weight = 6.0 : f64, prune.node = 8 : i64} %leaf9 : tensor<10xf64>
              } {prune.counts = array<f64: 1.0, 4.0, 0.0, 0.0, 1.0, 0.0, 1.0, 3.0, 0.0, 0.0>, prune.impurity = 0.72 : f64, prune.weight = 10.0 : f64, prune.node = 6 : i64}
              scf.yield %r7 : tensor<10xf64>
            } else {
              %c10 = arith.constant 12 : index
              %f10 = tensor.extract %x[%c10] : tensor<64xf32>
              %t10 = arith.constant 4.062500000e-01 : f32
              %le10 = arith.cmpf ole, %f10, %t10 : f32
              %r10 = scf.if %le10 -> (tensor<10xf64>) {
                %leaf11 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.5, 0.0, 0.0, 0.5, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 2.0, 0.0>, prune.impurity = 0.5 : f64, prune.weight = 4.0 : f64, prune.node = 10 : i64} %leaf11 : tensor<10xf64>
              } else {
                %leaf12 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 4.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 11 : i64} %leaf12 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 6.0, 0.0, 0.0, 2.0, 0.0>, prune.impurity = 0.375 : f64, prune.weight = 8.0 : f64, prune.node = 9 : i64}
              scf.yield %r10 : tensor<10xf64>
            } {prune.counts = array<f64: 1.0, 4.0, 0.0, 0.0, 1.0, 6.0, 1.0, 3.0, 2.0, 0.0>, prune.impurity = 0.7901234567901234 : f64, prune.weight = 18.0 : f64, prune.node = 5 : i64}
            scf.yield %r6 : tensor<10xf64>
          } else {
            %c13 = arith.constant 5 : index
            %f13 = tensor.extract %x[%c13] : tensor<64xf32>
            %t13 = arith.constant 3.437500000e-01 : f32
            %le13 = arith.cmpf ole, %f13, %t13 : f32
            %r13 = scf.if %le13 -> (tensor<10xf64>) {
              %c14 = arith.constant 13 : index
              %f14 = tensor.extract %x[%c14] : tensor<64xf32>
              %t14 = arith.constant 3.125000000e-02 : f32
              %le14 = arith.cmpf ole, %f14, %t14 : f32
              %r14 = scf.if %le14 -> (tensor<10xf64>) {
                %leaf15 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 24.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 24.0 : f64, prune.node = 14 : i64} %leaf15 : tensor<10xf64>
              } else {
                %leaf16 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 15 : i64} %leaf16 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 24.0, 0.0, 0.0, 1.0, 0.0, 0.0>, prune.impurity = 0.07679999999999998 : f64, prune.weight = 25.0 : f64, prune.node = 13 : i64}
              scf.yield %r14 : tensor<10xf64>
            } else {
              %leaf17 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 3.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 16 : i64} %leaf17 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 24.0, 0.0, 0.0, 4.0, 0.0, 0.0>, prune.impurity = 0.24489795918367352 : f64, prune.weight = 28.0 : f64, prune.node = 12 : i64}
            scf.yield %r13 : tensor<10xf64>
          } {prune.counts = array<f64: 1.0, 4.0, 0.0, 0.0, 25.0, 6.0, 1.0, 7.0, 2.0, 0.0>, prune.impurity = 0.6540642722117203 : f64, prune.weight = 46.0 : f64, prune.node = 4 : i64}
          scf.yield %r5 : tensor<10xf64>
        } else {
          %c18 = arith.constant 13 : index
          %f18 = tensor.extract %x[%c18] : tensor<64xf32>
          %t18 = arith.constant 4.687500000e-01 : f32
          %le18 = arith.cmpf ole, %f18, %t18 : f32
          %r18 = scf.if %le18 -> (tensor<10xf64>) {
            %c19 = arith.constant 25 : index
            %f19 = tensor.extract %x[%c19] : tensor<64xf32>
            %t19 = arith.constant 2.187500000e-01 : f32
            %le19 = arith.cmpf ole, %f19, %t19 : f32
            %r19 = scf.if %le19 -> (tensor<10xf64>) {
              %c20 = arith.constant 58 : index
              %f20 = tensor.extract %x[%c20] : tensor<64xf32>
              %t20 = arith.constant 1.250000000e-01 : f32
              %le20 = arith.cmpf ole, %f20, %t20 : f32
              %r20 = scf.if %le20 -> (tensor<10xf64>) {
                %leaf21 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 3.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 20 : i64} %leaf21 : tensor<10xf64>
              } else {
                %leaf22 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.2, 0.0, 0.0, 0.6, 0.0, 0.2]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 3.0, 0.0, 1.0>, prune.impurity = 0.56 : f64, prune.weight = 5.0 : f64, prune.node = 21 : i64} %leaf22 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 3.0, 0.0, 4.0>, prune.impurity = 0.59375 : f64, prune.weight = 8.0 : f64, prune.node = 19 : i64}
              scf.yield %r20 : tensor<10xf64>
            } else {
              %leaf23 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 15.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 15.0 : f64, prune.node = 22 : i64} %leaf23 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 16.0, 0.0, 0.0, 3.0, 0.0, 4.0>, prune.impurity = 0.4688090737240076 : f64, prune.weight = 23.0 : f64, prune.node = 18 : i64}
            scf.yield %r19 : tensor<10xf64>
          } else {
            %c24 = arith.constant 37 : index
            %f24 = tensor.extract %x[%c24] : tensor<64xf32>
            %t24 = arith.constant 6.250000000e-02 : f32
            %le24 = arith.cmpf ole, %f24, %t24 : f32
            %r24 = scf.if %le24 -> (tensor<10xf64>) {
              %c25 = arith.constant 5 : index
              %f25 = tensor.extract %x[%c25] : tensor<64xf32>
              %t25 = arith.constant 9.062500000e-01 : f32
              %le25 = arith.cmpf ole, %f25, %t25 : f32
              %r25 = scf.if %le25 -> (tensor<10xf64>) {
                %leaf26 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 10.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 10.0 : f64, prune.node = 25 : i64} %leaf26 : tensor<10xf64>
              } else {
                %leaf27 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 26 : i64} %leaf27 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 10.0, 0.0>, prune.impurity = 0.2777777777777778 : f64, prune.weight = 12.0 : f64, prune.node = 24 : i64}
              scf.yield %r25 : tensor<10xf64>
            } else {
              %c28 = arith.constant 25 : index
              %f28 = tensor.extract %x[%c28] : tensor<64xf32>
              %t28 = arith.constant 5.000000000e-01 : f32
              %le28 = arith.cmpf ole, %f28, %t28 : f32
              %r28 = scf.if %le28 -> (tensor<10xf64>) {
                %leaf29 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.011904761904761904, 0.0, 0.0, 0.9761904761904762, 0.0, 0.011904761904761904]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 82.0, 0.0, 1.0>, prune.impurity = 0.04676870748299322 : f64, prune.weight = 84.0 : f64, prune.node = 28 : i64} %leaf29 : tensor<10xf64>
              } else {
                %leaf30 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 29 : i64} %leaf30 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 3.0, 0.0, 0.0, 82.0, 0.0, 1.0>, prune.impurity = 0.0895078420767983 : f64, prune.weight = 86.0 : f64, prune.node = 27 : i64}
              scf.yield %r28 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 3.0, 0.0, 0.0, 84.0, 10.0, 1.0>, prune.impurity = 0.2538525614327364 : f64, prune.weight = 98.0 : f64, prune.node = 23 : i64}
            scf.yield %r24 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 19.0, 0.0, 0.0, 87.0, 10.0, 5.0>, prune.impurity = 0.4498326617034356 : f64, prune.weight = 121.0 : f64, prune.node = 17 : i64}
          scf.yield %r18 : tensor<10xf64>
        } {prune.counts = array<f64: 1.0, 4.0, 0.0, 0.0, 44.0, 6.0, 1.0, 94.0, 12.0, 5.0>, prune.impurity = 0.6057585427946502 : f64, prune.weight = 167.0 : f64, prune.node = 3 : i64}
        scf.yield %r4 : tensor<10xf64>
      } else {
        %c31 = arith.constant 30 : index
        %f31 = tensor.extract %x[%c31] : tensor<64xf32>
        %t31 = arith.constant 3.125000000e-02 : f32
        %le31 = arith.cmpf ole, %f31, %t31 : f32
        %r31 = scf.if %le31 -> (tensor<10xf64>) {
          %c32 = arith.constant 13 : index
          %f32 = tensor.extract %x[%c32] : tensor<64xf32>
          %t32 = arith.constant 6.562500000e-01 : f32
          %le32 = arith.cmpf ole, %f32, %t32 : f32
          %r32 = scf.if %le32 -> (tensor<10xf64>) {
            %leaf33 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 25.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 25.0 : f64, prune.node = 32 : i64} %leaf33 : tensor<10xf64>
          } else {
            %c34 = arith.constant 6 : index
            %f34 = tensor.extract %x[%c34] : tensor<64xf32>
            %t34 = arith.constant 2.812500000e-01 : f32
            %le34 = arith.cmpf ole, %f34, %t34 : f32
            %r34 = scf.if %le34 -> (tensor<10xf64>) {
              %c35 = arith.constant 44 : index
              %f35 = tensor.extract %x[%c35] : tensor<64xf32>
              %t35 = arith.constant 3.750000000e-01 : f32
              %le35 = arith.cmpf ole, %f35, %t35 : f32
              %r35 = scf.if %le35 -> (tensor<10xf64>) {
                %leaf36 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 35 : i64} %leaf36 : tensor<10xf64>
              } else {
                %leaf37 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 3.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 36 : i64} %leaf37 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 3.0, 1.0>, prune.impurity = 0.375 : f64, prune.weight = 4.0 : f64, prune.node = 34 : i64}
              scf.yield %r35 : tensor<10xf64>
            } else {
              %leaf38 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 37 : i64} %leaf38 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 3.0, 3.0>, prune.impurity = 0.5 : f64, prune.weight = 6.0 : f64, prune.node = 33 : i64}
            scf.yield %r34 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 25.0, 0.0, 0.0, 3.0, 3.0>, prune.impurity = 0.33090530697190423 : f64, prune.weight = 31.0 : f64, prune.node = 31 : i64}
          scf.yield %r32 : tensor<10xf64>
        } else {
          %c39 = arith.constant 20 : index
          %f39 = tensor.extract %x[%c39] : tensor<64xf32>
          %t39 = arith.constant 9.375000000e-02 : f32
          %le39 = arith.cmpf ole, %f39, %t39 : f32
          %r39 = scf.if %le39 -> (tensor<10xf64>) {
            %leaf40 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 6.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 6.0 : f64, prune.node = 39 : i64} %leaf40 : tensor<10xf64>
          } else {
            %c41 = arith.constant 22 : index
            %f41 = tensor.extract %x[%c41] : tensor<64xf32>
            %t41 = arith.constant 6.250000000e-02 : f32
            %le41 = arith.cmpf ole, %f41, %t41 : f32
            %r41 = scf.if %le41 -> (tensor<10xf64>) {
              %leaf42 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 5.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 5.0 : f64, prune.node = 41 : i64} %leaf42 : tensor<10xf64>
            } else {
              %leaf43 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 42 : i64} %leaf43 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 5.0, 0.0, 2.0>, prune.impurity = 0.40816326530612246 : f64, prune.weight = 7.0 : f64, prune.node = 40 : i64}
            scf.yield %r41 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 6.0, 0.0, 0.0, 5.0, 0.0, 2.0>, prune.impurity = 0.6153846153846154 : f64, prune.weight = 13.0 : f64, prune.node = 38 : i64}
          scf.yield %r39 : tensor<10xf64>
        } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 6.0, 25.0, 0.0, 5.0, 3.0, 5.0>, prune.impurity = 0.628099173553719 : f64, prune.weight = 44.0 : f64, prune.node = 30 : i64}
        scf.yield %r31 : tensor<10xf64>
      } {prune.counts = array<f64: 1.0, 4.0, 0.0, 0.0, 50.0, 31.0, 1.0, 99.0, 15.0, 10.0>, prune.impurity = 0.6944138721052986 : f64, prune.weight = 211.0 : f64, prune.node = 2 : i64}
      scf.yield %r3 : tensor<10xf64>
    } else {
      %c44 = arith.constant 26 : index
      %f44 = tensor.extract %x[%c44] : tensor<64xf32>
      %t44 = arith.constant 3.437500000e-01 : f32
      %le44 = arith.cmpf ole, %f44, %t44 : f32
      %r44 = scf.if %le44 -> (tensor<10xf64>) {
        %c45 = arith.constant 51 : index
        %f45 = tensor.extract %x[%c45] : tensor<64xf32>
        %t45 = arith.constant 6.562500000e-01 : f32
        %le45 = arith.cmpf ole, %f45, %t45 : f32
        %r45 = scf.if %le45 -> (tensor<10xf64>) {
          %c46 = arith.constant 43 : index
          %f46 = tensor.extract %x[%c46] : tensor<64xf32>
          %t46 = arith.constant 1.250000000e-01 : f32
          %le46 = arith.cmpf ole, %f46, %t46 : f32
          %r46 = scf.if %le46 -> (tensor<10xf64>) {
            %c47 = arith.constant 30 : index
            %f47 = tensor.extract %x[%c47] : tensor<64xf32>
            %t47 = arith.constant 3.125000000e-02 : f32
            %le47 = arith.cmpf ole, %f47, %t47 : f32
            %r47 = scf.if %le47 -> (tensor<10xf64>) {
              %c48 = arith.constant 42 : index
              %f48 = tensor.extract %x[%c48] : tensor<64xf32>
              %t48 = arith.constant 6.562500000e-01 : f32
              %le48 = arith.cmpf ole, %f48, %t48 : f32
              %r48 = scf.if %le48 -> (tensor<10xf64>) {
                %leaf49 = arith.constant dense<[0.0, 0.0, 0.0, 0.9901960784313726, 0.0, 0.0, 0.0, 0.0, 0.0, 0.00980392156862745]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 101.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0>, prune.impurity = 0.01941560938100728 : f64, prune.weight = 102.0 : f64, prune.node = 48 : i64} %leaf49 : tensor<10xf64>
              } else {
                %leaf50 = arith.constant dense<[0.0, 0.0, 0.0, 0.5, 0.0, 0.0, 0.0, 0.0, 0.5, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0>, prune.impurity = 0.5 : f64, prune.weight = 4.0 : f64, prune.node = 49 : i64} %leaf50 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 103.0, 0.0, 0.0, 0.0, 0.0, 2.0, 1.0>, prune.impurity = 0.055357778568885685 : f64, prune.weight = 106.0 : f64, prune.node = 47 : i64}
              scf.yield %r48 : tensor<10xf64>
            } else {
              %c51 = arith.constant 50 : index
              %f51 = tensor.extract %x[%c51] : tensor<64xf32>
              %t51 = arith.constant 3.437500000e-01 : f32
              %le51 = arith.cmpf ole, %f51, %t51 : f32
              %r51 = scf.if %le51 -> (tensor<10xf64>) {
                %leaf52 = arith.constant dense<[0.0, 0.0, 0.25, 0.75, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 1.0, 3.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.375 : f64, prune.weight = 4.0 : f64, prune.node = 51 : i64} %leaf52 : tensor<10xf64>
              } else {
                %leaf53 = arith.constant dense<[0.10526315789473684, 0.0, 0.0, 0.10526315789473684, 0.0, 0.0, 0.0, 0.0, 0.0, 0.7894736842105263]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 2.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 15.0>, prune.impurity = 0.3545706371191135 : f64, prune.weight = 19.0 : f64, prune.node = 52 : i64} %leaf53 : tensor<10xf64>
              } {prune.counts = array<f64: 2.0, 0.0, 1.0, 5.0, 0.0, 0.0, 0.0, 0.0, 0.0, 15.0>, prune.impurity = 0.5179584120982987 : f64, prune.weight = 23.0 : f64, prune.node = 50 : i64}
              scf.yield %r51 : tensor<10xf64>
            } {prune.counts = array<f64: 2.0, 0.0, 1.0, 108.0, 0.0, 0.0, 0.0, 0.0, 2.0, 16.0>, prune.impurity = 0.28315606033291274 : f64, prune.weight = 129.0 : f64, prune.node = 46 : i64}
            scf.yield %r47 : tensor<10xf64>
          } else {
            %c54 = arith.constant 18 : index
            %f54 = tensor.extract %x[%c54] : tensor<64xf32>
            %t54 = arith.constant 4.375000000e-01 : f32
            %le54 = arith.cmpf ole, %f54, %t54 : f32
            %r54 = scf.if %le54 -> (tensor<10xf64>) {
              %c55 = arith.constant 60 : index
              %f55 = tensor.extract %x[%c55] : tensor<64xf32>
              %t55 = arith.constant 7.812500000e-01 : f32
              %le55 = arith.cmpf ole, %f55, %t55 : f32
              %r55 = scf.if %le55 -> (tensor<10xf64>) {
                %leaf56 = arith.constant dense<[0.0, 0.16666666666666666, 0.0, 0.3333333333333333, 0.08333333333333333, 0.0, 0.0, 0.25, 0.16666666666666666, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 2.0, 0.0, 4.0, 1.0, 0.0, 0.0, 3.0, 2.0, 0.0>, prune.impurity = 0.7638888888888888 : f64, prune.weight = 12.0 : f64, prune.node = 55 : i64} %leaf56 : tensor<10xf64>
              } else {
                %leaf57 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 7.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 7.0 : f64, prune.node = 56 : i64} %leaf57 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 2.0, 7.0, 4.0, 1.0, 0.0, 0.0, 3.0, 2.0, 0.0>, prune.impurity = 0.7700831024930748 : f64, prune.weight = 19.0 : f64, prune.node = 54 : i64}
              scf.yield %r55 : tensor<10xf64>
            } else {
              %c58 = arith.constant 21 : index
              %f58 = tensor.extract %x[%c58] : tensor<64xf32>
              %t58 = arith.constant 4.375000000e-01 : f32
              %le58 = arith.cmpf ole, %f58, %t58 : f32
              %r58 = scf.if %le58 -> (tensor<10xf64>) {
                %leaf59 = arith.constant dense<[0.0, 0.0, 0.0, 0.6666666666666666, 0.0, 0.0, 0.0, 0.0, 0.3333333333333333, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 3.0 : f64, prune.node = 58 : i64} %leaf59 : tensor<10xf64>
              } else {
                %leaf60 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 14.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 14.0 : f64, prune.node = 59 : i64} %leaf60 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 15.0, 0.0>, prune.impurity = 0.2076124567474048 : f64, prune.weight = 17.0 : f64, prune.node = 57 : i64}
              scf.yield %r58 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 2.0, 7.0, 6.0, 1.0, 0.0, 0.0, 3.0, 17.0, 0.0>, prune.impurity = 0.7006172839506173 : f64, prune.weight = 36.0 : f64, prune.node = 53 : i64}
            scf.yield %r54 : tensor<10xf64>
          } {prune.counts = array<f64: 2.0, 2.0, 8.0, 114.0, 1.0, 0.0, 0.0, 3.0, 19.0, 16.0>, prune.impurity = 0.49696969696969695 : f64, prune.weight = 165.0 : f64, prune.node = 45 : i64}
          scf.yield %r46 : tensor<10xf64>
        } else {
          %c61 = arith.constant 59 : index
          %f61 = tensor.extract %x[%c61] : tensor<64xf32>
          %t61 = arith.constant 6.562500000e-01 : f32
          %le61 = arith.cmpf ole, %f61, %t61 : f32
          %r61 = scf.if %le61 -> (tensor<10xf64>) {
            %c62 = arith.constant 45 : index
            %f62 = tensor.extract %x[%c62] : tensor<64xf32>
            %t62 = arith.constant 3.125000000e-02 : f32
            %le62 = arith.cmpf ole, %f62, %t62 : f32
            %r62 = scf.if %le62 -> (tensor<10xf64>) {
              %leaf63 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 4.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 62 : i64} %leaf63 : tensor<10xf64>
            } else {
              %c64 = arith.constant 5 : index
              %f64 = tensor.extract %x[%c64] : tensor<64xf32>
              %t64 = arith.constant 2.500000000e-01 : f32
              %le64 = arith.cmpf ole, %f64, %t64 : f32
              %r64 = scf.if %le64 -> (tensor<10xf64>) {
                %leaf65 = arith.constant dense<[0.6666666666666666, 0.0, 0.0, 0.0, 0.0, 0.0, 0.3333333333333333, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 3.0 : f64, prune.node = 64 : i64} %leaf65 : tensor<10xf64>
              } else {
                %leaf66 = arith.constant dense<[0.0, 0.0, 0.0, 0.2, 0.0, 0.0, 0.0, 0.0, 0.8, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 4.0, 0.0>, prune.impurity = 0.31999999999999995 : f64, prune.weight = 5.0 : f64, prune.node = 65 : i64} %leaf66 : tensor<10xf64>
              } {prune.counts = array<f64: 2.0, 0.0, 0.0, 1.0, 0.0, 0.0, 1.0, 0.0, 4.0, 0.0>, prune.impurity = 0.65625 : f64, prune.weight = 8.0 : f64, prune.node = 63 : i64}
              scf.yield %r64 : tensor<10xf64>
            } {prune.counts = array<f64: 2.0, 0.0, 4.0, 1.0, 0.0, 0.0, 1.0, 0.0, 4.0, 0.0>, prune.impurity = 0.7361111111111112 : f64, prune.weight = 12.0 : f64, prune.node = 61 : i64}
            scf.yield %r62 : tensor<10xf64>
          } else {
            %c67 = arith.constant 45 : index
            %f67 = tensor.extract %x[%c67] : tensor<64xf32>
            %t67 = arith.constant 6.562500000e-01 : f32
            %le67 = arith.cmpf ole, %f67, %t67 : f32
            %r67 = scf.if %le67 -> (tensor<10xf64>) {
              %c68 = arith.constant 14 : index
              %f68 = tensor.extract %x[%c68] : tensor<64xf32>
              %t68 = arith.constant 9.375000000e-02 : f32
              %le68 = arith.cmpf ole, %f68, %t68 : f32
              %r68 = scf.if %le68 -> (tensor<10xf64>) {
                %leaf69 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 81.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 81.0 : f64, prune.node = 68 : i64} %leaf69 : tensor<10xf64>
              } else {
                %leaf70 = arith.constant dense<[0.0, 0.0, 0.5714285714285714, 0.42857142857142855, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 4.0, 3.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.4897959183673469 : f64, prune.weight = 7.0 : f64, prune.node = 69 : i64} %leaf70 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 85.0, 3.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.06585743801652888 : f64, prune.weight = 88.0 : f64, prune.node = 67 : i64}
              scf.yield %r68 : tensor<10xf64>
            } else {
              %c71 = arith.constant 50 : index
              %f71 = tensor.extract %x[%c71] : tensor<64xf32>
              %t71 = arith.constant 9.375000000e-01 : f32
              %le71 = arith.cmpf ole, %f71, %t71 : f32
              %r71 = scf.if %le71 -> (tensor<10xf64>) {
                %leaf72 = arith.constant dense<[0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 6.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 6.0 : f64, prune.node = 71 : i64} %leaf72 : tensor<10xf64>
              } else {
                %leaf73 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 4.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 72 : i64} %leaf73 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 4.0, 6.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.48 : f64, prune.weight = 10.0 : f64, prune.node = 70 : i64}
              scf.yield %r71 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 89.0, 9.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.16680549770928776 : f64, prune.weight = 98.0 : f64, prune.node = 66 : i64}
            scf.yield %r67 : tensor<10xf64>
          } {prune.counts = array<f64: 2.0, 0.0, 93.0, 10.0, 0.0, 0.0, 1.0, 0.0, 4.0, 0.0>, prune.impurity = 0.27520661157024795 : f64, prune.weight = 110.0 : f64, prune.node = 60 : i64}
          scf.yield %r61 : tensor<10xf64>
        } {prune.counts = array<f64: 4.0, 2.0, 101.0, 124.0, 1.0, 0.0, 1.0, 3.0, 23.0, 16.0>, prune.impurity = 0.651001652892562 : f64, prune.weight = 275.0 : f64, prune.node = 44 : i64}
        scf.yield %r45 : tensor<10xf64>
      } else {
        %c74 = arith.constant 43 : index
        %f74 = tensor.extract %x[%c74] : tensor<64xf32>
        %t74 = arith.constant 9.375000000e-02 : f32
        %le74 = arith.cmpf ole, %f74, %t74 : f32
        %r74 = scf.if %le74 -> (tensor<10xf64>) {
          %c75 = arith.constant 35 : index
          %f75 = tensor.extract %x[%c75] : tensor<64xf32>
          %t75 = arith.constant 3.125000000e-02 : f32
          %le75 = arith.cmpf ole, %f75, %t75 : f32
          %r75 = scf.if %le75 -> (tensor<10xf64>) {
            %c76 = arith.constant 42 : index
            %f76 = tensor.extract %x[%c76] : tensor<64xf32>
            %t76 = arith.constant 2.500000000e-01 : f32
            %le76 = arith.cmpf ole, %f76, %t76 : f32
            %r76 = scf.if %le76 -> (tensor<10xf64>) {
              %c77 = arith.constant 25 : index
              %f77 = tensor.extract %x[%c77] : tensor<64xf32>
              %t77 = arith.constant 2.187500000e-01 : f32
              %le77 = arith.cmpf ole, %f77, %t77 : f32
              %r77 = scf.if %le77 -> (tensor<10xf64>) {
                %leaf78 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.23529411764705882, 0.0, 0.0, 0.0, 0.7647058823529411]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 4.0, 0.0, 0.0, 0.0, 13.0>, prune.impurity = 0.3598615916955017 : f64, prune.weight = 17.0 : f64, prune.node = 77 : i64} %leaf78 : tensor<10xf64>
              } else {
                %leaf79 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 15.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 15.0 : f64, prune.node = 78 : i64} %leaf79 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 19.0, 0.0, 0.0, 0.0, 13.0>, prune.impurity = 0.482421875 : f64, prune.weight = 32.0 : f64, prune.node = 76 : i64}
              scf.yield %r77 : tensor<10xf64>
            } else {
              %leaf80 = arith.constant dense<[1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 81.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 81.0 : f64, prune.node = 79 : i64} %leaf80 : tensor<10xf64>
            } {prune.counts = array<f64: 81.0, 0.0, 0.0, 0.0, 0.0, 19.0, 0.0, 0.0, 0.0, 13.0>, prune.impurity = 0.4446706868196413 : f64, prune.weight = 113.0 : f64, prune.node = 75 : i64}
            scf.yield %r76 : tensor<10xf64>
          } else {
            %c81 = arith.constant 13 : index
            %f81 = tensor.extract %x[%c81] : tensor<64xf32>
            %t81 = arith.constant 4.687500000e-01 : f32
            %le81 = arith.cmpf ole, %f81, %t81 : f32
            %r81 = scf.if %le81 -> (tensor<10xf64>) {
              %c82 = arith.constant 5 : index
              %f82 = tensor.extract %x[%c82] : tensor<64xf32>
              %t82 = arith.constant 9.375000000e-02 : f32
              %le82 = arith.cmpf ole, %f82, %t82 : f32
              %r82 = scf.if %le82 -> (tensor<10xf64>) {
                %leaf83 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.45454545454545453, 0.0, 0.36363636363636365, 0.0, 0.0, 0.18181818181818182]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 5.0, 0.0, 4.0, 0.0, 0.0, 2.0>, prune.impurity = 0.628099173553719 : f64, prune.weight = 11.0 : f64, prune.node = 82 : i64} %leaf83 : tensor<10xf64>
              } else {
                %leaf84 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.9545454545454546, 0.0, 0.0, 0.022727272727272728, 0.022727272727272728]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 42.0, 0.0, 0.0, 1.0, 1.0>, prune.impurity = 0.08780991735537191 : f64, prune.weight = 44.0 : f64, prune.node = 83 : i64} %leaf84 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 5.0, 42.0, 4.0, 0.0, 1.0, 3.0>, prune.impurity = 0.4 : f64, prune.weight = 55.0 : f64, prune.node = 81 : i64}
              scf.yield %r82 : tensor<10xf64>
            } else {
              %c85 = arith.constant 44 : index
              %f85 = tensor.extract %x[%c85] : tensor<64xf32>
              %t85 = arith.constant 6.250000000e-02 : f32
              %le85 = arith.cmpf ole, %f85, %t85 : f32
              %r85 = scf.if %le85 -> (tensor<10xf64>) {
                %leaf86 = arith.constant dense<[0.05555555555555555, 0.0, 0.0, 0.0, 0.0, 0.05555555555555555, 0.0, 0.0, 0.0, 0.8888888888888888]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 3.0, 0.0, 0.0, 0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 48.0>, prune.impurity = 0.20370370370370372 : f64, prune.weight = 54.0 : f64, prune.node = 85 : i64} %leaf86 : tensor<10xf64>
              } else {
                %leaf87 = arith.constant dense<[0.030303030303030304, 0.18181818181818182, 0.0, 0.0, 0.0, 0.3939393939393939, 0.0, 0.0, 0.15151515151515152, 0.24242424242424243]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 1.0, 6.0, 0.0, 0.0, 0.0, 13.0, 0.0, 0.0, 5.0, 8.0>, prune.impurity = 0.72910927456382 : f64, prune.weight = 33.0 : f64, prune.node = 86 : i64} %leaf87 : tensor<10xf64>
              } {prune.counts = array<f64: 4.0, 6.0, 0.0, 0.0, 0.0, 16.0, 0.0, 0.0, 5.0, 56.0>, prune.impurity = 0.5416831813978069 : f64, prune.weight = 87.0 : f64, prune.node = 84 : i64}
              scf.yield %r85 : tensor<10xf64>
            } {prune.counts = array<f64: 4.0, 6.0, 0.0, 0.0, 5.0, 58.0, 4.0, 0.0, 6.0, 59.0>, prune.impurity = 0.6541360841102956 : f64, prune.weight = 142.0 : f64, prune.node = 80 : i64}
            scf.yield %r81 : tensor<10xf64>
          } {prune.counts = array<f64: 85.0, 6.0, 0.0, 0.0, 5.0, 77.0, 4.0, 0.0, 6.0, 72.0>, prune.impurity = 0.7162475970780469 : f64, prune.weight = 255.0 : f64, prune.node = 74 : i64}
          scf.yield %r75 : tensor<10xf64>
        } else {
          %c88 = arith.constant 13 : index
          %f88 = tensor.extract %x[%c88] : tensor<64xf32>
          %t88 = arith.constant 9.375000000e-02 : f32
          %le88 = arith.cmpf ole, %f88, %t88 : f32
          %r88 = scf.if %le88 -> (tensor<10xf64>) {
            %c89 = arith.constant 54 : index
            %f89 = tensor.extract %x[%c89] : tensor<64xf32>
            %t89 = arith.constant 1.875000000e-01 : f32
            %le89 = arith.cmpf ole, %f89, %t89 : f32
            %r89 = scf.if %le89 -> (tensor<10xf64>) {
              %c90 = arith.constant 33 : index
              %f90 = tensor.extract %x[%c90] : tensor<64xf32>
              %t90 = arith.constant 2.500000000e-01 : f32
              %le90 = arith.cmpf ole, %f90, %t90 : f32
              %r90 = scf.if %le90 -> (tensor<10xf64>) {
                %leaf91 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.14285714285714285, 0.42857142857142855, 0.0, 0.42857142857142855, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 3.0, 0.0, 3.0, 0.0>, prune.impurity = 0.6122448979591837 : f64, prune.weight = 7.0 : f64, prune.node = 90 : i64} %leaf91 : tensor<10xf64>
              } else {
                %leaf92 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 8.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 8.0 : f64, prune.node = 91 : i64} %leaf92 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 8.0, 1.0, 3.0, 0.0, 3.0, 0.0>, prune.impurity = 0.6311111111111112 : f64, prune.weight = 15.0 : f64, prune.node = 89 : i64}
              scf.yield %r90 : tensor<10xf64>
            } else {
              %c93 = arith.constant 63 : index
              %f93 = tensor.extract %x[%c93] : tensor<64xf32>
              %t93 = arith.constant 1.875000000e-01 : f32
              %le93 = arith.cmpf ole, %f93, %t93 : f32
              %r93 = scf.if %le93 -> (tensor<10xf64>) {
                %leaf94 = arith.constant dense<[0.0, 0.0, 0.023529411764705882, 0.0, 0.0, 0.0, 0.9411764705882353, 0.0, 0.03529411764705882, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 80.0, 0.0, 3.0, 0.0>, prune.impurity = 0.11238754325259515 : f64, prune.weight = 85.0 : f64, prune.node = 93 : i64} %leaf94 : tensor<10xf64>
              } else {
                %leaf95 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 94 : i64} %leaf95 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 5.0, 0.0, 0.0, 0.0, 80.0, 0.0, 3.0, 0.0>, prune.impurity = 0.16916322314049592 : f64, prune.weight = 88.0 : f64, prune.node = 92 : i64}
              scf.yield %r93 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 5.0, 0.0, 8.0, 1.0, 83.0, 0.0, 6.0, 0.0>, prune.impurity = 0.33876896974267134 : f64, prune.weight = 103.0 : f64, prune.node = 88 : i64}
            scf.yield %r89 : tensor<10xf64>
          } else {
            %c96 = arith.constant 21 : index
            %f96 = tensor.extract %x[%c96] : tensor<64xf32>
            %t96 = arith.constant 1.250000000e-01 : f32
            %le96 = arith.cmpf ole, %f96, %t96 : f32
            %r96 = scf.if %le96 -> (tensor<10xf64>) {
              %c97 = arith.constant 5 : index
              %f97 = tensor.extract %x[%c97] : tensor<64xf32>
              %t97 = arith.constant 5.937500000e-01 : f32
              %le97 = arith.cmpf ole, %f97, %t97 : f32
              %r97 = scf.if %le97 -> (tensor<10xf64>) {
                %leaf98 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.08333333333333333, 0.5833333333333334, 0.0, 0.3333333333333333, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 7.0, 0.0, 4.0, 0.0>, prune.impurity = 0.5416666666666667 : f64, prune.weight = 12.0 : f64, prune.node = 97 : i64} %leaf98 : tensor<10xf64>
              } else {
                %leaf99 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 22.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 22.0 : f64, prune.node = 98 : i64} %leaf99 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 23.0, 7.0, 0.0, 4.0, 0.0>, prune.impurity = 0.486159169550173 : f64, prune.weight = 34.0 : f64, prune.node = 96 : i64}
              scf.yield %r97 : tensor<10xf64>
            } else {
              %c100 = arith.constant 27 : index
              %f100 = tensor.extract %x[%c100] : tensor<64xf32>
              %t100 = arith.constant 4.687500000e-01 : f32
              %le100 = arith.cmpf ole, %f100, %t100 : f32
              %r100 = scf.if %le100 -> (tensor<10xf64>) {
                %leaf101 = arith.constant dense<[0.5490196078431373, 0.0, 0.17647058823529413, 0.0, 0.0392156862745098, 0.0, 0.0, 0.0196078431372549, 0.1568627450980392, 0.058823529411764705]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 28.0, 0.0, 9.0, 0.0, 2.0, 0.0, 0.0, 1.0, 8.0, 3.0>, prune.impurity = 0.6374471357170319 : f64, prune.weight = 51.0 : f64, prune.node = 100 : i64} %leaf101 : tensor<10xf64>
              } else {
                %leaf102 = arith.constant dense<[0.0, 0.07142857142857142, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.7678571428571429, 0.16071428571428573]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 4.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 43.0, 9.0>, prune.impurity = 0.3794642857142857 : f64, prune.weight = 56.0 : f64, prune.node = 101 : i64} %leaf102 : tensor<10xf64>
              } {prune.counts = array<f64: 28.0, 4.0, 9.0, 0.0, 2.0, 0.0, 0.0, 1.0, 51.0, 12.0>, prune.impurity = 0.6828543977639969 : f64, prune.weight = 107.0 : f64, prune.node = 99 : i64}
              scf.yield %r100 : tensor<10xf64>
            } {prune.counts = array<f64: 28.0, 4.0, 9.0, 0.0, 2.0, 23.0, 7.0, 1.0, 55.0, 12.0>, prune.impurity = 0.7669634324229163 : f64, prune.weight = 141.0 : f64, prune.node = 95 : i64}
            scf.yield %r96 : tensor<10xf64>
          } {prune.counts = array<f64: 28.0, 4.0, 14.0, 0.0, 10.0, 24.0, 90.0, 1.0, 61.0, 12.0>, prune.impurity = 0.7709285138403654 : f64, prune.weight = 244.0 : f64, prune.node = 87 : i64}
          scf.yield %r88 : tensor<10xf64>
        } {prune.counts = array<f64: 113.0, 10.0, 14.0, 0.0, 15.0, 101.0, 94.0, 1.0, 67.0, 84.0>, prune.impurity = 0.8238039204661829 : f64, prune.weight = 499.0 : f64, prune.node = 73 : i64}
        scf.yield %r74 : tensor<10xf64>
      } {prune.counts = array<f64: 117.0, 12.0, 115.0, 124.0, 16.0, 101.0, 95.0, 4.0, 90.0, 100.0>, prune.impurity = 0.8664076010389333 : f64, prune.weight = 774.0 : f64, prune.node = 43 : i64}
      scf.yield %r44 : tensor<10xf64>
    } {prune.counts = array<f64: 118.0, 16.0, 115.0, 124.0, 66.0, 132.0, 96.0, 103.0, 105.0, 110.0>, prune.impurity = 0.8891896209642094 : f64, prune.weight = 985.0 : f64, prune.node = 1 : i64}
    scf.yield %r2 : tensor<10xf64>
  } else {
    %c103 = arith.constant 10 : index
    %f103 = tensor.extract %x[%c103] : tensor<64xf32>
    %t103 = arith.constant 8.437500000e-01 : f32
    %le103 = arith.cmpf ole, %f103, %t103 : f32
    %r103 = scf.if %le103 -> (tensor<10xf64>) {
      %c104 = arith.constant 34 : index
      %f104 = tensor.extract %x[%c104] : tensor<64xf32>
      %t104 = arith.constant 8.437500000e-01 : f32
      %le104 = arith.cmpf ole, %f104, %t104 : f32
      %r104 = scf.if %le104 -> (tensor<10xf64>) {
        %c105 = arith.constant 14 : index
        %f105 = tensor.extract %x[%c105] : tensor<64xf32>
        %t105 = arith.constant 5.937500000e-01 : f32
        %le105 = arith.cmpf ole, %f105, %t105 : f32
        %r105 = scf.if %le105 -> (tensor<10xf64>) {
          %c106 = arith.constant 18 : index
          %f106 = tensor.extract %x[%c106] : tensor<64xf32>
          %t106 = arith.constant 9.375000000e-02 : f32
          %le106 = arith.cmpf ole, %f106, %t106 : f32
          %r106 = scf.if %le106 -> (tensor<10xf64>) {
            %c107 = arith.constant 41 : index
            %f107 = tensor.extract %x[%c107] : tensor<64xf32>
            %t107 = arith.constant 2.187500000e-01 : f32
            %le107 = arith.cmpf ole, %f107, %t107 : f32
            %r107 = scf.if %le107 -> (tensor<10xf64>) {
              %c108 = arith.constant 4 : index
              %f108 = tensor.extract %x[%c108] : tensor<64xf32>
              %t108 = arith.constant 9.687500000e-01 : f32
              %le108 = arith.cmpf ole, %f108, %t108 : f32
              %r108 = scf.if %le108 -> (tensor<10xf64>) {
                %leaf109 = arith.constant dense<[0.0, 0.9736842105263158, 0.0, 0.02631578947368421, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 37.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.05124653739612184 : f64, prune.weight = 38.0 : f64, prune.node = 108 : i64} %leaf109 : tensor<10xf64>
              } else {
                %leaf110 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 109 : i64} %leaf110 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 37.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.0986193293885601 : f64, prune.weight = 39.0 : f64, prune.node = 107 : i64}
              scf.yield %r108 : tensor<10xf64>
            } else {
              %leaf111 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 110 : i64} %leaf111 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 37.0, 1.0, 1.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.14249999999999996 : f64, prune.weight = 40.0 : f64, prune.node = 106 : i64}
            scf.yield %r107 : tensor<10xf64>
          } else {
            %c112 = arith.constant 20 : index
            %f112 = tensor.extract %x[%c112] : tensor<64xf32>
            %t112 = arith.constant 4.687500000e-01 : f32
            %le112 = arith.cmpf ole, %f112, %t112 : f32
            %r112 = scf.if %le112 -> (tensor<10xf64>) {
              %c113 = arith.constant 12 : index
              %f113 = tensor.extract %x[%c113] : tensor<64xf32>
              %t113 = arith.constant 3.437500000e-01 : f32
              %le113 = arith.cmpf ole, %f113, %t113 : f32
              %r113 = scf.if %le113 -> (tensor<10xf64>) {
                %leaf114 = arith.constant dense<[0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 11.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 11.0 : f64, prune.node = 113 : i64} %leaf114 : tensor<10xf64>
              } else {
                %leaf115 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.13333333333333333, 0.0, 0.8, 0.0, 0.06666666666666667, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 12.0, 0.0, 1.0, 0.0>, prune.impurity = 0.33777777777777773 : f64, prune.weight = 15.0 : f64, prune.node = 114 : i64} %leaf115 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 11.0, 0.0, 0.0, 2.0, 0.0, 12.0, 0.0, 1.0, 0.0>, prune.impurity = 0.6005917159763314 : f64, prune.weight = 26.0 : f64, prune.node = 112 : i64}
              scf.yield %r113 : tensor<10xf64>
            } else {
              %c116 = arith.constant 50 : index
              %f116 = tensor.extract %x[%c116] : tensor<64xf32>
              %t116 = arith.constant 6.562500000e-01 : f32
              %le116 = arith.cmpf ole, %f116, %t116 : f32
              %r116 = scf.if %le116 -> (tensor<10xf64>) {
                %leaf117 = arith.constant dense<[0.0, 0.8852459016393442, 0.0, 0.01639344262295082, 0.01639344262295082, 0.0, 0.0, 0.0, 0.08196721311475409, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 54.0, 0.0, 1.0, 1.0, 0.0, 0.0, 0.0, 5.0, 0.0>, prune.impurity = 0.20908357968288094 : f64, prune.weight = 61.0 : f64, prune.node = 116 : i64} %leaf117 : tensor<10xf64>
              } else {
                %leaf118 = arith.constant dense<[0.0, 0.15384615384615385, 0.07692307692307693, 0.0, 0.0, 0.0, 0.0, 0.0, 0.7692307692307693, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 4.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 20.0, 0.0>, prune.impurity = 0.37869822485207105 : f64, prune.weight = 26.0 : f64, prune.node = 117 : i64} %leaf118 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 58.0, 2.0, 1.0, 1.0, 0.0, 0.0, 0.0, 25.0, 0.0>, prune.impurity = 0.47218919275994187 : f64, prune.weight = 87.0 : f64, prune.node = 115 : i64}
              scf.yield %r116 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 69.0, 2.0, 1.0, 3.0, 0.0, 12.0, 0.0, 26.0, 0.0>, prune.impurity = 0.5618294306523612 : f64, prune.weight = 113.0 : f64, prune.node = 111 : i64}
            scf.yield %r112 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 106.0, 3.0, 2.0, 3.0, 0.0, 12.0, 0.0, 27.0, 0.0>, prune.impurity = 0.48178051176897774 : f64, prune.weight = 153.0 : f64, prune.node = 105 : i64}
          scf.yield %r106 : tensor<10xf64>
        } else {
          %c119 = arith.constant 34 : index
          %f119 = tensor.extract %x[%c119] : tensor<64xf32>
          %t119 = arith.constant 7.812500000e-01 : f32
          %le119 = arith.cmpf ole, %f119, %t119 : f32
          %r119 = scf.if %le119 -> (tensor<10xf64>) {
            %c120 = arith.constant 37 : index
            %f120 = tensor.extract %x[%c120] : tensor<64xf32>
            %t120 = arith.constant 4.375000000e-01 : f32
            %le120 = arith.cmpf ole, %f120, %t120 : f32
            %r120 = scf.if %le120 -> (tensor<10xf64>) {
              %leaf121 = arith.constant dense<[0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 120 : i64} %leaf121 : tensor<10xf64>
            } else {
              %leaf122 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 10.0>, prune.impurity = 0.0 : f64, prune.weight = 10.0 : f64, prune.node = 121 : i64} %leaf122 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 10.0>, prune.impurity = 0.1652892561983471 : f64, prune.weight = 11.0 : f64, prune.node = 119 : i64}
            scf.yield %r120 : tensor<10xf64>
          } else {
            %leaf123 = arith.constant dense<[1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 122 : i64} %leaf123 : tensor<10xf64>
          } {prune.counts = array<f64: 1.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 10.0>, prune.impurity = 0.29166666666666663 : f64, prune.weight = 12.0 : f64, prune.node = 118 : i64}
          scf.yield %r119 : tensor<10xf64>
        } {prune.counts = array<f64: 1.0, 107.0, 3.0, 2.0, 3.0, 0.0, 12.0, 0.0, 27.0, 10.0>, prune.impurity = 0.5428833792470156 : f64, prune.weight = 165.0 : f64, prune.node = 104 : i64}
        scf.yield %r105 : tensor<10xf64>
      } else {
        %c124 = arith.constant 54 : index
        %f124 = tensor.extract %x[%c124] : tensor<64xf32>
        %t124 = arith.constant 2.187500000e-01 : f32
        %le124 = arith.cmpf ole, %f124, %t124 : f32
        %r124 = scf.if %le124 -> (tensor<10xf64>) {
          %c125 = arith.constant 13 : index
          %f125 = tensor.extract %x[%c125] : tensor<64xf32>
          %t125 = arith.constant 2.187500000e-01 : f32
          %le125 = arith.cmpf ole, %f125, %t125 : f32
          %r125 = scf.if %le125 -> (tensor<10xf64>) {
            %c126 = arith.constant 60 : index
            %f126 = tensor.extract %x[%c126] : tensor<64xf32>
            %t126 = arith.constant 3.437500000e-01 : f32
            %le126 = arith.cmpf ole, %f126, %t126 : f32
            %r126 = scf.if %le126 -> (tensor<10xf64>) {
              %leaf127 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 126 : i64} %leaf127 : tensor<10xf64>
            } else {
              %leaf128 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 49.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 49.0 : f64, prune.node = 127 : i64} %leaf128 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 49.0, 0.0, 0.0, 1.0, 0.0, 0.0>, prune.impurity = 0.03920000000000001 : f64, prune.weight = 50.0 : f64, prune.node = 125 : i64}
            scf.yield %r126 : tensor<10xf64>
          } else {
            %c129 = arith.constant 36 : index
            %f129 = tensor.extract %x[%c129] : tensor<64xf32>
            %t129 = arith.constant 1.875000000e-01 : f32
            %le129 = arith.cmpf ole, %f129, %t129 : f32
            %r129 = scf.if %le129 -> (tensor<10xf64>) {
              %leaf130 = arith.constant dense<[1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 6.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 6.0 : f64, prune.node = 129 : i64} %leaf130 : tensor<10xf64>
            } else {
              %c131 = arith.constant 37 : index
              %f131 = tensor.extract %x[%c131] : tensor<64xf32>
              %t131 = arith.constant 8.750000000e-01 : f32
              %le131 = arith.cmpf ole, %f131, %t131 : f32
              %r131 = scf.if %le131 -> (tensor<10xf64>) {
                %leaf132 = arith.constant dense<[0.0, 0.8571428571428571, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.14285714285714285, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 24.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 4.0, 0.0>, prune.impurity = 0.24489795918367352 : f64, prune.weight = 28.0 : f64, prune.node = 131 : i64} %leaf132 : tensor<10xf64>
              } else {
                %leaf133 = arith.constant dense<[0.0, 0.16666666666666666, 0.0, 0.0, 0.8333333333333334, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 1.0, 0.0, 0.0, 5.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.2777777777777778 : f64, prune.weight = 6.0 : f64, prune.node = 132 : i64} %leaf133 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 25.0, 0.0, 0.0, 5.0, 0.0, 0.0, 0.0, 4.0, 0.0>, prune.impurity = 0.4238754325259516 : f64, prune.weight = 34.0 : f64, prune.node = 130 : i64}
              scf.yield %r131 : tensor<10xf64>
            } {prune.counts = array<f64: 6.0, 25.0, 0.0, 0.0, 5.0, 0.0, 0.0, 0.0, 4.0, 0.0>, prune.impurity = 0.56125 : f64, prune.weight = 40.0 : f64, prune.node = 128 : i64}
            scf.yield %r129 : tensor<10xf64>
          } {prune.counts = array<f64: 6.0, 25.0, 0.0, 0.0, 54.0, 0.0, 0.0, 1.0, 4.0, 0.0>, prune.impurity = 0.5562962962962963 : f64, prune.weight = 90.0 : f64, prune.node = 124 : i64}
          scf.yield %r125 : tensor<10xf64>
        } else {
          %c134 = arith.constant 49 : index
          %f134 = tensor.extract %x[%c134] : tensor<64xf32>
          %t134 = arith.constant 3.125000000e-02 : f32
          %le134 = arith.cmpf ole, %f134, %t134 : f32
          %r134 = scf.if %le134 -> (tensor<10xf64>) {
            %c135 = arith.constant 51 : index
            %f135 = tensor.extract %x[%c135] : tensor<64xf32>
            %t135 = arith.constant 7.812500000e-01 : f32
            %le135 = arith.cmpf ole, %f135, %t135 : f32
            %r135 = scf.if %le135 -> (tensor<10xf64>) {
              %c136 = arith.constant 13 : index
              %f136 = tensor.extract %x[%c136] : tensor<64xf32>
              %t136 = arith.constant 9.375000000e-02 : f32
              %le136 = arith.cmpf ole, %f136, %t136 : f32
              %r136 = scf.if %le136 -> (tensor<10xf64>) {
                %leaf137 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 136 : i64} %leaf137 : tensor<10xf64>
              } else {
                %leaf138 = arith.constant dense<[1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 137 : i64} %leaf138 : tensor<10xf64>
              } {prune.counts = array<f64: 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 3.0 : f64, prune.node = 135 : i64}
              scf.yield %r136 : tensor<10xf64>
            } else {
              %leaf139 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 37.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 37.0 : f64, prune.node = 138 : i64} %leaf139 : tensor<10xf64>
            } {prune.counts = array<f64: 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 38.0, 0.0, 0.0, 0.0>, prune.impurity = 0.09499999999999997 : f64, prune.weight = 40.0 : f64, prune.node = 134 : i64}
            scf.yield %r135 : tensor<10xf64>
          } else {
            %c140 = arith.constant 38 : index
            %f140 = tensor.extract %x[%c140] : tensor<64xf32>
            %t140 = arith.constant 2.812500000e-01 : f32
            %le140 = arith.cmpf ole, %f140, %t140 : f32
            %r140 = scf.if %le140 -> (tensor<10xf64>) {
              %leaf141 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 140 : i64} %leaf141 : tensor<10xf64>
            } else {
              %leaf142 = arith.constant dense<[1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 141 : i64} %leaf142 : tensor<10xf64>
            } {prune.counts = array<f64: 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0>, prune.impurity = 0.5 : f64, prune.weight = 2.0 : f64, prune.node = 139 : i64}
            scf.yield %r140 : tensor<10xf64>
          } {prune.counts = array<f64: 3.0, 0.0, 0.0, 0.0, 0.0, 0.0, 39.0, 0.0, 0.0, 0.0>, prune.impurity = 0.13265306122448983 : f64, prune.weight = 42.0 : f64, prune.node = 133 : i64}
          scf.yield %r134 : tensor<10xf64>
        } {prune.counts = array<f64: 9.0, 25.0, 0.0, 0.0, 54.0, 0.0, 39.0, 1.0, 4.0, 0.0>, prune.impurity = 0.7038567493112948 : f64, prune.weight = 132.0 : f64, prune.node = 123 : i64}
        scf.yield %r124 : tensor<10xf64>
      } {prune.counts = array<f64: 10.0, 132.0, 3.0, 2.0, 57.0, 0.0, 51.0, 1.0, 31.0, 10.0>, prune.impurity = 0.7228287362967498 : f64, prune.weight = 297.0 : f64, prune.node = 103 : i64}
      scf.yield %r104 : tensor<10xf64>
    } else {
      %c143 = arith.constant 42 : index
      %f143 = tensor.extract %x[%c143] : tensor<64xf32>
      %t143 = arith.constant 2.187500000e-01 : f32
      %le143 = arith.cmpf ole, %f143, %t143 : f32
      %r143 = scf.if %le143 -> (tensor<10xf64>) {
        %c144 = arith.constant 38 : index
        %f144 = tensor.extract %x[%c144] : tensor<64xf32>
        %t144 = arith.constant 1.562500000e-01 : f32
        %le144 = arith.cmpf ole, %f144, %t144 : f32
        %r144 = scf.if %le144 -> (tensor<10xf64>) {
          %c145 = arith.constant 54 : index
          %f145 = tensor.extract %x[%c145] : tensor<64xf32>
          %t145 = arith.constant 9.375000000e-02 : f32
          %le145 = arith.cmpf ole, %f145, %t145 : f32
          %r145 = scf.if %le145 -> (tensor<10xf64>) {
            %c146 = arith.constant 28 : index
            %f146 = tensor.extract %x[%c146] : tensor<64xf32>
            %t146 = arith.constant 1.562500000e-01 : f32
            %le146 = arith.cmpf ole, %f146, %t146 : f32
            %r146 = scf.if %le146 -> (tensor<10xf64>) {
              %leaf147 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 146 : i64} %leaf147 : tensor<10xf64>
            } else {
              %c148 = arith.constant 20 : index
              %f148 = tensor.extract %x[%c148] : tensor<64xf32>
              %t148 = arith.constant 9.687500000e-01 : f32
              %le148 = arith.cmpf ole, %f148, %t148 : f32
              %r148 = scf.if %le148 -> (tensor<10xf64>) {
                %leaf149 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 15.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 15.0 : f64, prune.node = 148 : i64} %leaf149 : tensor<10xf64>
              } else {
                %leaf150 = arith.constant dense<[0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 149 : i64} %leaf150 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 2.0, 0.0, 15.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.2076124567474048 : f64, prune.weight = 17.0 : f64, prune.node = 147 : i64}
              scf.yield %r148 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 2.0, 0.0, 15.0, 0.0, 0.0, 0.0, 1.0>, prune.impurity = 0.2901234567901234 : f64, prune.weight = 18.0 : f64, prune.node = 145 : i64}
            scf.yield %r146 : tensor<10xf64>
          } else {
            %c151 = arith.constant 61 : index
            %f151 = tensor.extract %x[%c151] : tensor<64xf32>
            %t151 = arith.constant 7.812500000e-01 : f32
            %le151 = arith.cmpf ole, %f151, %t151 : f32
            %r151 = scf.if %le151 -> (tensor<10xf64>) {
              %c152 = arith.constant 37 : index
              %f152 = tensor.extract %x[%c152] : tensor<64xf32>
              %t152 = arith.constant 8.750000000e-01 : f32
              %le152 = arith.cmpf ole, %f152, %t152 : f32
              %r152 = scf.if %le152 -> (tensor<10xf64>) {
                %leaf153 = arith.constant dense<[0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 152 : i64} %leaf153 : tensor<10xf64>
              } else {
                %leaf154 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 153 : i64} %leaf154 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0>, prune.impurity = 0.375 : f64, prune.weight = 4.0 : f64, prune.node = 151 : i64}
              scf.yield %r152 : tensor<10xf64>
            } else {
              %leaf155 = arith.constant dense<[0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 4.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 154 : i64} %leaf155 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 4.0, 0.0, 3.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0>, prune.impurity = 0.59375 : f64, prune.weight = 8.0 : f64, prune.node = 150 : i64}
            scf.yield %r151 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 4.0, 0.0, 5.0, 0.0, 15.0, 0.0, 0.0, 0.0, 2.0>, prune.impurity = 0.6005917159763314 : f64, prune.weight = 26.0 : f64, prune.node = 144 : i64}
          scf.yield %r145 : tensor<10xf64>
        } else {
          %c156 = arith.constant 4 : index
          %f156 = tensor.extract %x[%c156] : tensor<64xf32>
          %t156 = arith.constant 1.250000000e-01 : f32
          %le156 = arith.cmpf ole, %f156, %t156 : f32
          %r156 = scf.if %le156 -> (tensor<10xf64>) {
            %leaf157 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 156 : i64} %leaf157 : tensor<10xf64>
          } else {
            %leaf158 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 8.0>, prune.impurity = 0.0 : f64, prune.weight = 8.0 : f64, prune.node = 157 : i64} %leaf158 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 8.0>, prune.impurity = 0.19753086419753085 : f64, prune.weight = 9.0 : f64, prune.node = 155 : i64}
          scf.yield %r156 : tensor<10xf64>
        } {prune.counts = array<f64: 0.0, 4.0, 0.0, 5.0, 0.0, 16.0, 0.0, 0.0, 0.0, 10.0>, prune.impurity = 0.6759183673469388 : f64, prune.weight = 35.0 : f64, prune.node = 143 : i64}
        scf.yield %r144 : tensor<10xf64>
      } else {
        %c159 = arith.constant 21 : index
        %f159 = tensor.extract %x[%c159] : tensor<64xf32>
        %t159 = arith.constant 2.500000000e-01 : f32
        %le159 = arith.cmpf ole, %f159, %t159 : f32
        %r159 = scf.if %le159 -> (tensor<10xf64>) {
          %c160 = arith.constant 44 : index
          %f160 = tensor.extract %x[%c160] : tensor<64xf32>
          %t160 = arith.constant 5.312500000e-01 : f32
          %le160 = arith.cmpf ole, %f160, %t160 : f32
          %r160 = scf.if %le160 -> (tensor<10xf64>) {
            %leaf161 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 10.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 10.0 : f64, prune.node = 160 : i64} %leaf161 : tensor<10xf64>
          } else {
            %leaf162 = arith.constant dense<[0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 161 : i64} %leaf162 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 2.0, 10.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.2777777777777778 : f64, prune.weight = 12.0 : f64, prune.node = 159 : i64}
          scf.yield %r160 : tensor<10xf64>
        } else {
          %c163 = arith.constant 35 : index
          %f163 = tensor.extract %x[%c163] : tensor<64xf32>
          %t163 = arith.constant 3.125000000e-01 : f32
          %le163 = arith.cmpf ole, %f163, %t163 : f32
          %r163 = scf.if %le163 -> (tensor<10xf64>) {
            %c164 = arith.constant 4 : index
            %f164 = tensor.extract %x[%c164] : tensor<64xf32>
            %t164 = arith.constant 6.875000000e-01 : f32
            %le164 = arith.cmpf ole, %f164, %t164 : f32
            %r164 = scf.if %le164 -> (tensor<10xf64>) {
              %leaf165 = arith.constant dense<[1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 3.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 164 : i64} %leaf165 : tensor<10xf64>
            } else {
              %leaf166 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 165 : i64} %leaf166 : tensor<10xf64>
            } {prune.counts = array<f64: 3.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.375 : f64, prune.weight = 4.0 : f64, prune.node = 163 : i64}
            scf.yield %r164 : tensor<10xf64>
          } else {
            %leaf167 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 14.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 14.0 : f64, prune.node = 166 : i64} %leaf167 : tensor<10xf64>
          } {prune.counts = array<f64: 3.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 14.0, 0.0>, prune.impurity = 0.3641975308641975 : f64, prune.weight = 18.0 : f64, prune.node = 162 : i64}
          scf.yield %r163 : tensor<10xf64>
        } {prune.counts = array<f64: 3.0, 2.0, 10.0, 0.0, 0.0, 1.0, 0.0, 0.0, 14.0, 0.0>, prune.impurity = 0.6555555555555556 : f64, prune.weight = 30.0 : f64, prune.node = 158 : i64}
        scf.yield %r159 : tensor<10xf64>
      } {prune.counts = array<f64: 3.0, 6.0, 10.0, 5.0, 0.0, 17.0, 0.0, 0.0, 14.0, 10.0>, prune.impurity = 0.821301775147929 : f64, prune.weight = 65.0 : f64, prune.node = 142 : i64}
      scf.yield %r143 : tensor<10xf64>
    } {prune.counts = array<f64: 13.0, 138.0, 13.0, 7.0, 57.0, 17.0, 51.0, 1.0, 45.0, 20.0>, prune.impurity = 0.7863618326668905 : f64, prune.weight = 362.0 : f64, prune.node = 102 : i64}
    scf.yield %r103 : tensor<10xf64>
  } {prune.counts = array<f64: 131.0, 154.0, 128.0, 131.0, 123.0, 149.0, 147.0, 104.0, 150.0, 130.0>, prune.impurity = 0.8988227020478845 : f64, prune.weight = 1347.0 : f64, prune.node = 0 : i64}
  return %r1 : tensor<10xf64>
}

func.func @tree8(%x: tensor<64xf32> {prune.range = array<f64: 0.0, 1.0>}) -> tensor<10xf64> {
  %c1 = arith.constant 36 : index
  %f1 = tensor.extract %x[%c1] : tensor<64xf32>
  %t1 = arith.constant 3.125000000e-02 : f32
  %le1 = arith.cmpf ole, %f1, %t1 : f32
  %r1 = scf.if %le1 -> (tensor<10xf64>) {
    %c2 = arith.constant 5 : index
    %f2 = tensor.extract %x[%c2] : tensor<64xf32>
    %t2 = arith.constant 7.187500000e-01 : f32
    %le2 = arith.cmpf ole, %f2, %t2 : f32
    %r2 = scf.if %le2 -> (tensor<10xf64>) {
      %c3 = arith.constant 41 : index
      %f3 = tensor.extract %x[%c3] : tensor<64xf32>
      %t3 = arith.constant 3.125000000e-02 : f32
      %le3 = arith.cmpf ole, %f3, %t3 : f32
      %r3 = scf.if %le3 -> (tensor<10xf64>) {
        %c4 = arith.constant 43 : index
        %f4 = tensor.extract %x[%c4] : tensor<64xf32>
        %t4 = arith.constant 3.125000000e-02 : f32
        %le4 = arith.cmpf ole, %f4, %t4 : f32
        %r4 = scf.if %le4 -> (tensor<10xf64>) {
          %c5 = arith.constant 21 : index
          %f5 = tensor.extract %x[%c5] : tensor<64xf32>
          %t5 = arith.constant 6.250000000e-02 : f32
          %le5 = arith.cmpf ole, %f5, %t5 : f32
          %r5 = scf.if %le5 -> (tensor<10xf64>) {
            %leaf6 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 5.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 5.0 : f64, prune.node = 5 : i64} %leaf6 : tensor<10xf64>
          } else {
            %c7 = arith.constant 33 : index
            %f7 = tensor.extract %x[%c7] : tensor<64xf32>
            %t7 = arith.constant 1.250000000e-01 : f32
            %le7 = arith.cmpf ole, %f7, %t7 : f32
            %r7 = scf.if %le7 -> (tensor<10xf64>) {
              %leaf8 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 36.0>, prune.impurity = 0.0 : f64, prune.weight = 36.0 : f64, prune.node = 7 : i64} %leaf8 : tensor<10xf64>
            } else {
              %leaf9 = arith.constant dense<[1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 3.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 8 : i64} %leaf9 : tensor<10xf64>
            } {prune.counts = array<f64: 3.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 36.0>, prune.impurity = 0.14201183431952658 : f64, prune.weight = 39.0 : f64, prune.node = 6 : i64}
            scf.yield %r7 : tensor<10xf64>
          } {prune.counts = array<f64: 3.0, 0.0, 0.0, 0.0, 0.0, 5.0, 0.0, 0.0, 0.0, 36.0>, prune.impurity = 0.3130165289256198 : f64, prune.weight = 44.0 : f64, prune.node = 4 : i64}
          scf.yield %r5 : tensor<10xf64>
        } else {
          %c10 = arith.constant 33 : index
          %f10 = tensor.extract %x[%c10] : tensor<64xf32>
          %t10 = arith.constant 6.250000000e-02 : f32
          %le10 = arith.cmpf ole, %f10, %t10 : f32
          %r10 = scf.if %le10 -> (tensor<10xf64>) {
            %c11 = arith.constant 18 : index
            %f11 = tensor.extract %x[%c11] : tensor<64xf32>
            %t11 = arith.constant 1.562500000e-01 : f32
            %le11 = arith.cmpf ole, %f11, %t11 : f32
            %r11 = scf.if %le11 -> (tensor<10xf64>) {
              %leaf12 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 11 : i64} %leaf12 : tensor<10xf64>
            } else {
              %c13 = arith.constant 17 : index
              %f13 = tensor.extract %x[%c13] : tensor<64xf32>
              %t13 = arith.constant 6.250000000e-02 : f32
              %le13 = arith.cmpf ole, %f13, %t13 : f32
              %r13 = scf.if %le13 -> (tensor<10xf64>) {
                %leaf14 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 5.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 5.0 : f64, prune.node = 13 : i64} %leaf14 : tensor<10xf64>
              } else {
                %leaf15 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 14 : i64} %leaf15 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 5.0, 0.0, 0.0, 1.0>, prune.impurity = 0.2777777777777778 : f64, prune.weight = 6.0 : f64, prune.node = 12 : i64}
              scf.yield %r13 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 5.0, 0.0, 0.0, 1.0>, prune.impurity = 0.44897959183673475 : f64, prune.weight = 7.0 : f64, prune.node = 10 : i64}
            scf.yield %r11 : tensor<10xf64>
          } else {
            %leaf16 = arith.constant dense<[1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 8.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 8.0 : f64, prune.node = 15 : i64} %leaf16 : tensor<10xf64>
          } {prune.counts = array<f64: 8.0, 0.0, 1.0, 0.0, 0.0, 0.0, 5.0, 0.0, 0.0, 1.0>, prune.impurity = 0.5955555555555556 : f64, prune.weight = 15.0 : f64, prune.node = 9 : i64}
          scf.yield %r10 : tensor<10xf64>
        } {prune.counts = array<f64: 11.0, 0.0, 1.0, 0.0, 0.0, 5.0, 5.0, 0.0, 0.0, 37.0>, prune.impurity = 0.5573111174949728 : f64, prune.weight = 59.0 : f64, prune.node = 3 : i64}
        scf.yield %r4 : tensor<10xf64>
      } else {
        %c17 = arith.constant 10 : index
        %f17 = tensor.extract %x[%c17] : tensor<64xf32>
        %t17 = arith.constant 3.125000000e-02 : f32
        %le17 = arith.cmpf ole, %f17, %t17 : f32
        %r17 = scf.if %le17 -> (tensor<10xf64>) {
          %leaf18 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
          scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 4.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 17 : i64} %leaf18 : tensor<10xf64>
        } else {
          %c19 = arith.constant 6 : index
          %f19 = tensor.extract %x[%c19] : tensor<64xf32>
          %t19 = arith.constant 1.250000000e-01 : f32
          %le19 = arith.cmpf ole, %f19, %t19 : f32
          %r19 = scf.if %le19 -> (tensor<10xf64>) {
            %c20 = arith.constant 58 : index
            %f20 = tensor.extract %x[%c20] : tensor<64xf32>
            %t20 = arith.constant 8.125000000e-01 : f32
            %le20 = arith.cmpf ole, %f20, %t20 : f32
            %r20 = scf.if %le20 -> (tensor<10xf64>) {
              %c21 = arith.constant 21 : index
              %f21 = tensor.extract %x[%c21] : tensor<64xf32>
              %t21 = arith.constant 4.062500000e-01 : f32
              %le21 = arith.cmpf ole, %f21, %t21 : f32
              %r21 = scf.if %le21 -> (tensor<10xf64>) {
                %leaf22 = arith.constant dense<[0.8571428571428571, 0.0, 0.0, 0.0, 0.0, 0.0, 0.14285714285714285, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 6.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0>, prune.impurity = 0.24489795918367352 : f64, prune.weight = 7.0 : f64, prune.node = 21 : i64} %leaf22 : tensor<10xf64>
              } else {
                %leaf23 = arith.constant dense<[1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 123.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 123.0 : f64, prune.node = 22 : i64} %leaf23 : tensor<10xf64>
              } {prune.counts = array<f64: 129.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0>, prune.impurity = 0.015266272189349062 : f64, prune.weight = 130.0 : f64, prune.node = 20 : i64}
              scf.yield %r21 : tensor<10xf64>
            } else {
              %leaf24 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 23 : i64} %leaf24 : tensor<10xf64>
            } {prune.counts = array<f64: 129.0, 0.0, 1.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0>, prune.impurity = 0.030184721170094964 : f64, prune.weight = 131.0 : f64, prune.node = 19 : i64}
            scf.yield %r20 : tensor<10xf64>
          } else {
            %leaf25 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 24 : i64} %leaf25 : tensor<10xf64>
          } {prune.counts = array<f64: 129.0, 0.0, 1.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 1.0>, prune.impurity = 0.044765840220385655 : f64, prune.weight = 132.0 : f64, prune.node = 18 : i64}
          scf.yield %r19 : tensor<10xf64>
        } {prune.counts = array<f64: 129.0, 0.0, 1.0, 0.0, 4.0, 0.0, 1.0, 0.0, 0.0, 1.0>, prune.impurity = 0.09926470588235292 : f64, prune.weight = 136.0 : f64, prune.node = 16 : i64}
        scf.yield %r17 : tensor<10xf64>
      } {prune.counts = array<f64: 140.0, 0.0, 2.0, 0.0, 4.0, 5.0, 6.0, 0.0, 0.0, 38.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 195.0 : f64, prune.node = 2 : i64}
      scf.yield %r3 : tensor<10xf64>
    } else {
      %c26 = arith.constant 14 : index
      %f26 = tensor.extract %x[%c26] : tensor<64xf32>
      %t26 = arith.constant 3.437500000e-01 : f32
      %le26 = arith.cmpf ole, %f26, %t26 : f32
      %r26 = scf.if %le26 -> (tensor<10xf64>) {
        %c27 = arith.constant 41 : index
        %f27 = tensor.extract %x[%c27] : tensor<64xf32>
        %t27 = arith.constant 1.562500000e-01 : f32
        %le27 = arith.cmpf ole, %f27, %t27 : f32
        %r27 = scf.if %le27 -> (tensor<10xf64>) {
          %c28 = arith.constant 13 : index
          %f28 = tensor.extract %x[%c28] : tensor<64xf32>
          %t28 = arith.constant 7.812500000e-01 : f32
          %le28 = arith.cmpf ole, %f28, %t28 : f32
          %r28 = scf.if %le28 -> (tensor<10xf64>) {
            %leaf29 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 21.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 21.0 : f64, prune.node = 28 : i64} %leaf29 : tensor<10xf64>
          } else {
            %leaf30 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 29 : i64} %leaf30 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 21.0, 0.0, 0.0, 0.0, 1.0>, prune.impurity = 0.08677685950413228 : f64, prune.weight = 22.0 : f64, prune.node = 27 : i64}
          scf.yield %r28 : tensor<10xf64>
        } else {
          %leaf31 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0]> : tensor<10xf64>
          scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 30 : i64} %leaf31 : tensor<10xf64>
        } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 21.0, 0.0, 0.0, 1.0, 1.0>, prune.impurity = 0.16257088846880907 : f64, prune.weight = 23.0 : f64, prune.node = 26 : i64}
        scf.yield %r27 : tensor<10xf64>
      } else {
        %c32 = arith.constant 21 : index
        %f32 = tensor.extract %x[%c32] : tensor<64xf32>
        %t32 = arith.constant 6.875000000e-01 : f32
        %le32 = arith.cmpf ole, %f32, %t32 : f32
        %r32 = scf.if %le32 -> (tensor<10xf64>) {
          %leaf33 = arith.constant dense<[1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
          scf.yield {prune.counts = array<f64: 4.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 32 : i64} %leaf33 : tensor<10xf64>
        } else {
          %leaf34 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
          scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 4.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 33 : i64} %leaf34 : tensor<10xf64>
        } {prune.counts = array<f64: 4.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 4.0>, prune.impurity = 0.5 : f64, prune.weight = 8.0 : f64, prune.node = 31 : i64}
        scf.yield %r32 : tensor<10xf64>
      } {prune.counts = array<f64: 4.0, 0.0, 0.0, 0.0, 0.0, 21.0, 0.0, 0.0, 1.0, 5.0>, prune.impurity = 0.4973985431841832 : f64, prune.weight = 31.0 : f64, prune.node = 25 : i64}
      scf.yield %r26 : tensor<10xf64>
    } {prune.counts = array<f64: 144.0, 0.0, 2.0, 0.0, 4.0, 26.0, 6.0, 0.0, 1.0, 43.0>, prune.impurity = 0.5434646409272457 : f64, prune.weight = 226.0 : f64, prune.node = 1 : i64}
    scf.yield %r2 : tensor<10xf64>
  } else {
    %c35 = arith.constant 62 : index
    %f35 = tensor.extract %x[%c35] : tensor<64xf32>
    %t35 = arith.constant 3.125000000e-02 : f32
    %le35 = arith.cmpf ole, %f35, %t35 : f32
    %r35 = scf.if %le35 -> (tensor<10xf64>) {
      %c36 = arith.constant 10 : index
      %f36 = tensor.extract %x[%c36] : tensor<64xf32>
      %t36 = arith.constant 4.062500000e-01 : f32
      %le36 = arith.cmpf ole, %f36, %t36 : f32
      %r36 = scf.if %le36 -> (tensor<10xf64>) {
        %c37 = arith.constant 33 : index
        %f37 = tensor.extract %x[%c37] : tensor<64xf32>
        %t37 = arith.constant 2.812500000e-01 : f32
        %le37 = arith.cmpf ole, %f37, %t37 : f32
        %r37 = scf.if %le37 -> (tensor<10xf64>) {
          %c38 = arith.constant 5 : index
          %f38 = tensor.extract %x[%c38] : tensor<64xf32>
          %t38 = arith.constant 9.062500000e-01 : f32
          %le38 = arith.cmpf ole, %f38, %t38 : f32
          %r38 = scf.if %le38 -> (tensor<10xf64>) {
            %c39 = arith.constant 19 : index
            %f39 = tensor.extract %x[%c39] : tensor<64xf32>
            %t39 = arith.constant 6.250000000e-01 : f32
            %le39 = arith.cmpf ole, %f39, %t39 : f32
            %r39 = scf.if %le39 -> (tensor<10xf64>) {
              %c40 = arith.constant 26 : index
              %f40 = tensor.extract %x[%c40] : tensor<64xf32>
              %t40 = arith.constant 9.375000000e-02 : f32
              %le40 = arith.cmpf ole, %f40, %t40 : f32
              %r40 = scf.if %le40 -> (tensor<10xf64>) {
                %leaf41 = arith.constant dense<[0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 11.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 11.0 : f64, prune.node = 40 : i64} %leaf41 : tensor<10xf64>
              } else {
                %leaf42 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.1111111111111111, 0.1111111111111111, 0.0, 0.4444444444444444, 0.2222222222222222, 0.1111111111111111]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 1.0, 1.0, 0.0, 4.0, 2.0, 1.0>, prune.impurity = 0.7160493827160495 : f64, prune.weight = 9.0 : f64, prune.node = 41 : i64} %leaf42 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 11.0, 1.0, 1.0, 0.0, 4.0, 2.0, 1.0>, prune.impurity = 0.64 : f64, prune.weight = 20.0 : f64, prune.node = 39 : i64}
              scf.yield %r40 : tensor<10xf64>
            } else {
              %c43 = arith.constant 52 : index
              %f43 = tensor.extract %x[%c43] : tensor<64xf32>
              %t43 = arith.constant 4.687500000e-01 : f32
              %le43 = arith.cmpf ole, %f43, %t43 : f32
              %r43 = scf.if %le43 -> (tensor<10xf64>) {
                %leaf44 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.2, 0.8]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 4.0>, prune.impurity = 0.31999999999999995 : f64, prune.weight = 5.0 : f64, prune.node = 43 : i64} %leaf44 : tensor<10xf64>
              } else {
                %leaf45 = arith.constant dense<[0.02857142857142857, 0.8285714285714286, 0.0, 0.014285714285714285, 0.08571428571428572, 0.0, 0.0, 0.0, 0.04285714285714286, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 2.0, 58.0, 0.0, 1.0, 6.0, 0.0, 0.0, 0.0, 3.0, 0.0>, prune.impurity = 0.30326530612244895 : f64, prune.weight = 70.0 : f64, prune.node = 44 : i64} %leaf45 : tensor<10xf64>
              } {prune.counts = array<f64: 2.0, 58.0, 0.0, 1.0, 6.0, 0.0, 0.0, 0.0, 4.0, 4.0>, prune.impurity = 0.38897777777777776 : f64, prune.weight = 75.0 : f64, prune.node = 42 : i64}
              scf.yield %r43 : tensor<10xf64>
            } {prune.counts = array<f64: 2.0, 58.0, 0.0, 12.0, 7.0, 1.0, 0.0, 4.0, 6.0, 5.0>, prune.impurity = 0.5967867036011081 : f64, prune.weight = 95.0 : f64, prune.node = 38 : i64}
            scf.yield %r39 : tensor<10xf64>
          } else {
            %c46 = arith.constant 25 : index
            %f46 = tensor.extract %x[%c46] : tensor<64xf32>
            %t46 = arith.constant 3.125000000e-02 : f32
            %le46 = arith.cmpf ole, %f46, %t46 : f32
            %r46 = scf.if %le46 -> (tensor<10xf64>) {
              %c47 = arith.constant 30 : index
              %f47 = tensor.extract %x[%c47] : tensor<64xf32>
              %t47 = arith.constant 3.125000000e-02 : f32
              %le47 = arith.cmpf ole, %f47, %t47 : f32
              %r47 = scf.if %le47 -> (tensor<10xf64>) {
                %leaf48 = arith.constant dense<[0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 47 : i64} %leaf48 : tensor<10xf64>
              } else {
                %leaf49 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 18.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 18.0 : f64, prune.node = 48 : i64} %leaf49 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 18.0, 0.0, 0.0>, prune.impurity = 0.18000000000000005 : f64, prune.weight = 20.0 : f64, prune.node = 46 : i64}
              scf.yield %r47 : tensor<10xf64>
            } else {
              %leaf50 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 6.0>, prune.impurity = 0.0 : f64, prune.weight = 6.0 : f64, prune.node = 49 : i64} %leaf50 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 18.0, 0.0, 6.0>, prune.impurity = 0.46153846153846156 : f64, prune.weight = 26.0 : f64, prune.node = 45 : i64}
            scf.yield %r46 : tensor<10xf64>
          } {prune.counts = array<f64: 2.0, 58.0, 0.0, 14.0, 7.0, 1.0, 0.0, 22.0, 6.0, 11.0>, prune.impurity = 0.7093777747421623 : f64, prune.weight = 121.0 : f64, prune.node = 37 : i64}
          scf.yield %r38 : tensor<10xf64>
        } else {
          %c51 = arith.constant 13 : index
          %f51 = tensor.extract %x[%c51] : tensor<64xf32>
          %t51 = arith.constant 9.687500000e-01 : f32
          %le51 = arith.cmpf ole, %f51, %t51 : f32
          %r51 = scf.if %le51 -> (tensor<10xf64>) {
            %c52 = arith.constant 5 : index
            %f52 = tensor.extract %x[%c52] : tensor<64xf32>
            %t52 = arith.constant 7.812500000e-01 : f32
            %le52 = arith.cmpf ole, %f52, %t52 : f32
            %r52 = scf.if %le52 -> (tensor<10xf64>) {
              %c53 = arith.constant 44 : index
              %f53 = tensor.extract %x[%c53] : tensor<64xf32>
              %t53 = arith.constant 9.375000000e-02 : f32
              %le53 = arith.cmpf ole, %f53, %t53 : f32
              %r53 = scf.if %le53 -> (tensor<10xf64>) {
                %leaf54 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 53 : i64} %leaf54 : tensor<10xf64>
              } else {
                %leaf55 = arith.constant dense<[0.0, 0.00980392156862745, 0.0, 0.0, 0.9803921568627451, 0.0, 0.0, 0.00980392156862745, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 1.0, 0.0, 0.0, 100.0, 0.0, 0.0, 1.0, 0.0, 0.0>, prune.impurity = 0.03863898500576701 : f64, prune.weight = 102.0 : f64, prune.node = 54 : i64} %leaf55 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 1.0, 0.0, 0.0, 100.0, 0.0, 0.0, 3.0, 0.0, 0.0>, prune.impurity = 0.07451923076923073 : f64, prune.weight = 104.0 : f64, prune.node = 52 : i64}
              scf.yield %r53 : tensor<10xf64>
            } else {
              %c56 = arith.constant 60 : index
              %f56 = tensor.extract %x[%c56] : tensor<64xf32>
              %t56 = arith.constant 7.187500000e-01 : f32
              %le56 = arith.cmpf ole, %f56, %t56 : f32
              %r56 = scf.if %le56 -> (tensor<10xf64>) {
                %leaf57 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 56 : i64} %leaf57 : tensor<10xf64>
              } else {
                %leaf58 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 57 : i64} %leaf58 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 1.0>, prune.impurity = 0.5 : f64, prune.weight = 2.0 : f64, prune.node = 55 : i64}
              scf.yield %r56 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 1.0, 0.0, 0.0, 100.0, 0.0, 0.0, 4.0, 0.0, 1.0>, prune.impurity = 0.10840156639373444 : f64, prune.weight = 106.0 : f64, prune.node = 51 : i64}
            scf.yield %r52 : tensor<10xf64>
          } else {
            %c59 = arith.constant 26 : index
            %f59 = tensor.extract %x[%c59] : tensor<64xf32>
            %t59 = arith.constant 9.062500000e-01 : f32
            %le59 = arith.cmpf ole, %f59, %t59 : f32
            %r59 = scf.if %le59 -> (tensor<10xf64>) {
              %leaf60 = arith.constant dense<[0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 3.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 59 : i64} %leaf60 : tensor<10xf64>
            } else {
              %c61 = arith.constant 46 : index
              %f61 = tensor.extract %x[%c61] : tensor<64xf32>
              %t61 = arith.constant 9.375000000e-02 : f32
              %le61 = arith.cmpf ole, %f61, %t61 : f32
              %r61 = scf.if %le61 -> (tensor<10xf64>) {
                %leaf62 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 3.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 61 : i64} %leaf62 : tensor<10xf64>
              } else {
                %leaf63 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 62 : i64} %leaf63 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 3.0, 0.0, 0.0, 0.0>, prune.impurity = 0.375 : f64, prune.weight = 4.0 : f64, prune.node = 60 : i64}
              scf.yield %r61 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 3.0, 0.0, 0.0, 1.0, 0.0, 3.0, 0.0, 0.0, 0.0>, prune.impurity = 0.6122448979591837 : f64, prune.weight = 7.0 : f64, prune.node = 58 : i64}
            scf.yield %r59 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 4.0, 0.0, 0.0, 101.0, 0.0, 3.0, 4.0, 0.0, 1.0>, prune.impurity = 0.1978228522202209 : f64, prune.weight = 113.0 : f64, prune.node = 50 : i64}
          scf.yield %r51 : tensor<10xf64>
        } {prune.counts = array<f64: 2.0, 62.0, 0.0, 14.0, 108.0, 1.0, 3.0, 26.0, 6.0, 12.0>, prune.impurity = 0.6973117101322229 : f64, prune.weight = 234.0 : f64, prune.node = 36 : i64}
        scf.yield %r37 : tensor<10xf64>
      } else {
        %c64 = arith.constant 42 : index
        %f64 = tensor.extract %x[%c64] : tensor<64xf32>
        %t64 = arith.constant 9.375000000e-02 : f32
        %le64 = arith.cmpf ole, %f64, %t64 : f32
        %r64 = scf.if %le64 -> (tensor<10xf64>) {
          %c65 = arith.constant 25 : index
          %f65 = tensor.extract %x[%c65] : tensor<64xf32>
          %t65 = arith.constant 3.125000000e-02 : f32
          %le65 = arith.cmpf ole, %f65, %t65 : f32
          %r65 = scf.if %le65 -> (tensor<10xf64>) {
            %c66 = arith.constant 61 : index
            %f66 = tensor.extract %x[%c66] : tensor<64xf32>
            %t66 = arith.constant 3.125000000e-02 : f32
            %le66 = arith.cmpf ole, %f66, %t66 : f32
            %r66 = scf.if %le66 -> (tensor<10xf64>) {
              %c67 = arith.constant 10 : index
              %f67 = tensor.extract %x[%c67] : tensor<64xf32>
              %t67 = arith.constant 9.062500000e-01 : f32
              %le67 = arith.cmpf ole, %f67, %t67 : f32
              %r67 = scf.if %le67 -> (tensor<10xf64>) {
                %leaf68 = arith.constant dense<[0.0, 0.0, 0.0, 0.13333333333333333, 0.0, 0.0, 0.0, 0.8666666666666667, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 13.0, 0.0, 0.0>, prune.impurity = 0.23111111111111116 : f64, prune.weight = 15.0 : f64, prune.node = 67 : i64} %leaf68 : tensor<10xf64>
              } else {
                %leaf69 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.8, 0.0, 0.2, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 4.0, 0.0, 1.0, 0.0, 0.0>, prune.impurity = 0.31999999999999995 : f64, prune.weight = 5.0 : f64, prune.node = 68 : i64} %leaf69 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 2.0, 0.0, 4.0, 0.0, 14.0, 0.0, 0.0>, prune.impurity = 0.45999999999999996 : f64, prune.weight = 20.0 : f64, prune.node = 66 : i64}
              scf.yield %r67 : tensor<10xf64>
            } else {
              %c70 = arith.constant 45 : index
              %f70 = tensor.extract %x[%c70] : tensor<64xf32>
              %t70 = arith.constant 2.812500000e-01 : f32
              %le70 = arith.cmpf ole, %f70, %t70 : f32
              %r70 = scf.if %le70 -> (tensor<10xf64>) {
                %leaf71 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 5.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 5.0 : f64, prune.node = 70 : i64} %leaf71 : tensor<10xf64>
              } else {
                %leaf72 = arith.constant dense<[0.0, 0.0, 0.0, 0.803030303030303, 0.0, 0.045454545454545456, 0.0, 0.0, 0.015151515151515152, 0.13636363636363635]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 53.0, 0.0, 3.0, 0.0, 0.0, 1.0, 9.0>, prune.impurity = 0.3342516069788797 : f64, prune.weight = 66.0 : f64, prune.node = 71 : i64} %leaf72 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 5.0, 53.0, 0.0, 3.0, 0.0, 0.0, 1.0, 9.0>, prune.impurity = 0.4197579845268796 : f64, prune.weight = 71.0 : f64, prune.node = 69 : i64}
              scf.yield %r70 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 5.0, 55.0, 0.0, 7.0, 0.0, 14.0, 1.0, 9.0>, prune.impurity = 0.5921990097814274 : f64, prune.weight = 91.0 : f64, prune.node = 65 : i64}
            scf.yield %r66 : tensor<10xf64>
          } else {
            %c73 = arith.constant 58 : index
            %f73 = tensor.extract %x[%c73] : tensor<64xf32>
            %t73 = arith.constant 3.437500000e-01 : f32
            %le73 = arith.cmpf ole, %f73, %t73 : f32
            %r73 = scf.if %le73 -> (tensor<10xf64>) {
              %c74 = arith.constant 15 : index
              %f74 = tensor.extract %x[%c74] : tensor<64xf32>
              %t74 = arith.constant 1.562500000e-01 : f32
              %le74 = arith.cmpf ole, %f74, %t74 : f32
              %r74 = scf.if %le74 -> (tensor<10xf64>) {
                %leaf75 = arith.constant dense<[0.0, 0.0, 0.0, 0.125, 0.125, 0.09375, 0.0, 0.0, 0.15625, 0.5]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 4.0, 4.0, 3.0, 0.0, 0.0, 5.0, 16.0>, prune.impurity = 0.685546875 : f64, prune.weight = 32.0 : f64, prune.node = 74 : i64} %leaf75 : tensor<10xf64>
              } else {
                %leaf76 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 4.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 75 : i64} %leaf76 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 4.0, 4.0, 3.0, 0.0, 4.0, 5.0, 16.0>, prune.impurity = 0.7391975308641976 : f64, prune.weight = 36.0 : f64, prune.node = 73 : i64}
              scf.yield %r74 : tensor<10xf64>
            } else {
              %c77 = arith.constant 29 : index
              %f77 = tensor.extract %x[%c77] : tensor<64xf32>
              %t77 = arith.constant 8.750000000e-01 : f32
              %le77 = arith.cmpf ole, %f77, %t77 : f32
              %r77 = scf.if %le77 -> (tensor<10xf64>) {
                %leaf78 = arith.constant dense<[0.0, 0.0, 0.0, 0.037037037037037035, 0.0, 0.9382716049382716, 0.0, 0.0, 0.0, 0.024691358024691357]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 3.0, 0.0, 76.0, 0.0, 0.0, 0.0, 2.0>, prune.impurity = 0.1176649900929736 : f64, prune.weight = 81.0 : f64, prune.node = 77 : i64} %leaf78 : tensor<10xf64>
              } else {
                %leaf79 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.17647058823529413, 0.0, 0.17647058823529413, 0.0, 0.6470588235294118]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 3.0, 0.0, 3.0, 0.0, 11.0>, prune.impurity = 0.5190311418685121 : f64, prune.weight = 17.0 : f64, prune.node = 78 : i64} %leaf79 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 3.0, 0.0, 79.0, 0.0, 3.0, 0.0, 13.0>, prune.impurity = 0.3306955435235318 : f64, prune.weight = 98.0 : f64, prune.node = 76 : i64}
              scf.yield %r77 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 7.0, 4.0, 82.0, 0.0, 7.0, 5.0, 29.0>, prune.impurity = 0.5709512140788595 : f64, prune.weight = 134.0 : f64, prune.node = 72 : i64}
            scf.yield %r73 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 0.0, 5.0, 62.0, 4.0, 89.0, 0.0, 21.0, 6.0, 38.0>, prune.impurity = 0.7288493827160494 : f64, prune.weight = 225.0 : f64, prune.node = 64 : i64}
          scf.yield %r65 : tensor<10xf64>
        } else {
          %c80 = arith.constant 26 : index
          %f80 = tensor.extract %x[%c80] : tensor<64xf32>
          %t80 = arith.constant 6.562500000e-01 : f32
          %le80 = arith.cmpf ole, %f80, %t80 : f32
          %r80 = scf.if %le80 -> (tensor<10xf64>) {
            %c81 = arith.constant 27 : index
            %f81 = tensor.extract %x[%c81] : tensor<64xf32>
            %t81 = arith.constant 5.937500000e-01 : f32
            %le81 = arith.cmpf ole, %f81, %t81 : f32
            %r81 = scf.if %le81 -> (tensor<10xf64>) {
              %c82 = arith.constant 54 : index
              %f82 = tensor.extract %x[%c82] : tensor<64xf32>
              %t82 = arith.constant 3.125000000e-02 : f32
              %le82 = arith.cmpf ole, %f82, %t82 : f32
              %r82 = scf.if %le82 -> (tensor<10xf64>) {
                %leaf83 = arith.constant dense<[0.0, 0.0, 0.03125, 0.015625, 0.0, 0.046875, 0.0, 0.90625, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 2.0, 1.0, 0.0, 3.0, 0.0, 58.0, 0.0, 0.0>, prune.impurity = 0.17529296875 : f64, prune.weight = 64.0 : f64, prune.node = 82 : i64} %leaf83 : tensor<10xf64>
              } else {
                %leaf84 = arith.constant dense<[0.0, 0.0, 0.8, 0.2, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 12.0, 3.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.31999999999999995 : f64, prune.weight = 15.0 : f64, prune.node = 83 : i64} %leaf84 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 14.0, 4.0, 0.0, 3.0, 0.0, 58.0, 0.0, 0.0>, prune.impurity = 0.4255728248678097 : f64, prune.weight = 79.0 : f64, prune.node = 81 : i64}
              scf.yield %r82 : tensor<10xf64>
            } else {
              %c85 = arith.constant 43 : index
              %f85 = tensor.extract %x[%c85] : tensor<64xf32>
              %t85 = arith.constant 3.125000000e-02 : f32
              %le85 = arith.cmpf ole, %f85, %t85 : f32
              %r85 = scf.if %le85 -> (tensor<10xf64>) {
                %leaf86 = arith.constant dense<[0.0, 0.0, 0.0, 0.7222222222222222, 0.0, 0.0, 0.0, 0.0, 0.05555555555555555, 0.2222222222222222]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 13.0, 0.0, 0.0, 0.0, 0.0, 1.0, 4.0>, prune.impurity = 0.42592592592592593 : f64, prune.weight = 18.0 : f64, prune.node = 85 : i64} %leaf86 : tensor<10xf64>
              } else {
                %leaf87 = arith.constant dense<[0.0, 0.06451612903225806, 0.06451612903225806, 0.016129032258064516, 0.0, 0.0, 0.0, 0.25806451612903225, 0.5967741935483871, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 4.0, 4.0, 1.0, 0.0, 0.0, 0.0, 16.0, 37.0, 0.0>, prune.impurity = 0.568678459937565 : f64, prune.weight = 62.0 : f64, prune.node = 86 : i64} %leaf87 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 4.0, 4.0, 14.0, 0.0, 0.0, 0.0, 16.0, 38.0, 4.0>, prune.impurity = 0.69625 : f64, prune.weight = 80.0 : f64, prune.node = 84 : i64}
              scf.yield %r85 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 4.0, 18.0, 18.0, 0.0, 3.0, 0.0, 74.0, 38.0, 4.0>, prune.impurity = 0.6990229816858511 : f64, prune.weight = 159.0 : f64, prune.node = 80 : i64}
            scf.yield %r81 : tensor<10xf64>
          } else {
            %c88 = arith.constant 5 : index
            %f88 = tensor.extract %x[%c88] : tensor<64xf32>
            %t88 = arith.constant 7.812500000e-01 : f32
            %le88 = arith.cmpf ole, %f88, %t88 : f32
            %r88 = scf.if %le88 -> (tensor<10xf64>) {
              %c89 = arith.constant 33 : index
              %f89 = tensor.extract %x[%c89] : tensor<64xf32>
              %t89 = arith.constant 9.375000000e-02 : f32
              %le89 = arith.cmpf ole, %f89, %t89 : f32
              %r89 = scf.if %le89 -> (tensor<10xf64>) {
                %leaf90 = arith.constant dense<[0.02631578947368421, 0.07894736842105263, 0.0, 0.02631578947368421, 0.0, 0.02631578947368421, 0.02631578947368421, 0.02631578947368421, 0.6842105263157895, 0.10526315789473684]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 1.0, 3.0, 0.0, 1.0, 0.0, 1.0, 1.0, 1.0, 26.0, 4.0>, prune.impurity = 0.5110803324099723 : f64, prune.weight = 38.0 : f64, prune.node = 89 : i64} %leaf90 : tensor<10xf64>
              } else {
                %leaf91 = arith.constant dense<[0.0, 0.17142857142857143, 0.0, 0.0, 0.5428571428571428, 0.02857142857142857, 0.22857142857142856, 0.02857142857142857, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 6.0, 0.0, 0.0, 19.0, 1.0, 8.0, 1.0, 0.0, 0.0>, prune.impurity = 0.6220408163265306 : f64, prune.weight = 35.0 : f64, prune.node = 90 : i64} %leaf91 : tensor<10xf64>
              } {prune.counts = array<f64: 1.0, 9.0, 0.0, 1.0, 19.0, 2.0, 9.0, 2.0, 26.0, 4.0>, prune.impurity = 0.7701257271533121 : f64, prune.weight = 73.0 : f64, prune.node = 88 : i64}
              scf.yield %r89 : tensor<10xf64>
            } else {
              %c92 = arith.constant 4 : index
              %f92 = tensor.extract %x[%c92] : tensor<64xf32>
              %t92 = arith.constant 7.812500000e-01 : f32
              %le92 = arith.cmpf ole, %f92, %t92 : f32
              %r92 = scf.if %le92 -> (tensor<10xf64>) {
                %leaf93 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.5, 0.0, 0.0, 0.5, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.5 : f64, prune.weight = 2.0 : f64, prune.node = 92 : i64} %leaf93 : tensor<10xf64>
              } else {
                %leaf94 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 14.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 14.0 : f64, prune.node = 93 : i64} %leaf94 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 15.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.1171875 : f64, prune.weight = 16.0 : f64, prune.node = 91 : i64}
              scf.yield %r92 : tensor<10xf64>
            } {prune.counts = array<f64: 1.0, 9.0, 0.0, 1.0, 19.0, 17.0, 9.0, 2.0, 27.0, 4.0>, prune.impurity = 0.8026764297437192 : f64, prune.weight = 89.0 : f64, prune.node = 87 : i64}
            scf.yield %r88 : tensor<10xf64>
          } {prune.counts = array<f64: 1.0, 13.0, 18.0, 19.0, 19.0, 20.0, 9.0, 76.0, 65.0, 8.0>, prune.impurity = 0.8087604058272633 : f64, prune.weight = 248.0 : f64, prune.node = 79 : i64}
          scf.yield %r80 : tensor<10xf64>
        } {prune.counts = array<f64: 1.0, 13.0, 23.0, 81.0, 23.0, 109.0, 9.0, 97.0, 71.0, 46.0>, prune.impurity = 0.8376741504230565 : f64, prune.weight = 473.0 : f64, prune.node = 63 : i64}
        scf.yield %r64 : tensor<10xf64>
      } {prune.counts = array<f64: 3.0, 75.0, 23.0, 95.0, 131.0, 110.0, 12.0, 123.0, 77.0, 58.0>, prune.impurity = 0.8619283023473089 : f64, prune.weight = 707.0 : f64, prune.node = 35 : i64}
      scf.yield %r36 : tensor<10xf64>
    } else {
      %c95 = arith.constant 21 : index
      %f95 = tensor.extract %x[%c95] : tensor<64xf32>
      %t95 = arith.constant 3.125000000e-02 : f32
      %le95 = arith.cmpf ole, %f95, %t95 : f32
      %r95 = scf.if %le95 -> (tensor<10xf64>) {
        %c96 = arith.constant 46 : index
        %f96 = tensor.extract %x[%c96] : tensor<64xf32>
        %t96 = arith.constant 1.562500000e-01 : f32
        %le96 = arith.cmpf ole, %f96, %t96 : f32
        %r96 = scf.if %le96 -> (tensor<10xf64>) {
          %c97 = arith.constant 9 : index
          %f97 = tensor.extract %x[%c97] : tensor<64xf32>
          %t97 = arith.constant 1.875000000e-01 : f32
          %le97 = arith.cmpf ole, %f97, %t97 : f32
          %r97 = scf.if %le97 -> (tensor<10xf64>) {
            %c98 = arith.constant 42 : index
            %f98 = tensor.extract %x[%c98] : tensor<64xf32>
            %t98 = arith.constant 9.687500000e-01 : f32
            %le98 = arith.cmpf ole, %f98, %t98 : f32
            %r98 = scf.if %le98 -> (tensor<10xf64>) {
              %c99 = arith.constant 58 : index
              %f99 = tensor.extract %x[%c99] : tensor<64xf32>
              %t99 = arith.constant 6.250000000e-02 : f32
              %le99 = arith.cmpf ole, %f99, %t99 : f32
              %r99 = scf.if %le99 -> (tensor<10xf64>) {
                %leaf100 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 99 : i64} %leaf100 : tensor<10xf64>
              } else {
                %leaf101 = arith.constant dense<[0.0, 0.9615384615384616, 0.038461538461538464, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 25.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.07396449704142016 : f64, prune.weight = 26.0 : f64, prune.node = 100 : i64} %leaf101 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 25.0, 1.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0>, prune.impurity = 0.13991769547325106 : f64, prune.weight = 27.0 : f64, prune.node = 98 : i64}
              scf.yield %r99 : tensor<10xf64>
            } else {
              %leaf102 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 101 : i64} %leaf102 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 25.0, 1.0, 0.0, 0.0, 0.0, 3.0, 0.0, 0.0, 0.0>, prune.impurity = 0.24494649227110588 : f64, prune.weight = 29.0 : f64, prune.node = 97 : i64}
            scf.yield %r98 : tensor<10xf64>
          } else {
            %leaf103 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 22.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 22.0 : f64, prune.node = 102 : i64} %leaf103 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 25.0, 23.0, 0.0, 0.0, 0.0, 3.0, 0.0, 0.0, 0.0>, prune.impurity = 0.5528642829680892 : f64, prune.weight = 51.0 : f64, prune.node = 96 : i64}
          scf.yield %r97 : tensor<10xf64>
        } else {
          %c104 = arith.constant 43 : index
          %f104 = tensor.extract %x[%c104] : tensor<64xf32>
          %t104 = arith.constant 3.125000000e-02 : f32
          %le104 = arith.cmpf ole, %f104, %t104 : f32
          %r104 = scf.if %le104 -> (tensor<10xf64>) {
            %c105 = arith.constant 12 : index
            %f105 = tensor.extract %x[%c105] : tensor<64xf32>
            %t105 = arith.constant 6.875000000e-01 : f32
            %le105 = arith.cmpf ole, %f105, %t105 : f32
            %r105 = scf.if %le105 -> (tensor<10xf64>) {
              %c106 = arith.constant 5 : index
              %f106 = tensor.extract %x[%c106] : tensor<64xf32>
              %t106 = arith.constant 1.250000000e-01 : f32
              %le106 = arith.cmpf ole, %f106, %t106 : f32
              %r106 = scf.if %le106 -> (tensor<10xf64>) {
                %leaf107 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 106 : i64} %leaf107 : tensor<10xf64>
              } else {
                %leaf108 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 4.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 107 : i64} %leaf108 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 4.0, 1.0, 0.0, 0.0, 0.0>, prune.impurity = 0.31999999999999995 : f64, prune.weight = 5.0 : f64, prune.node = 105 : i64}
              scf.yield %r106 : tensor<10xf64>
            } else {
              %leaf109 = arith.constant dense<[0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 4.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 108 : i64} %leaf109 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 4.0, 0.0, 4.0, 1.0, 0.0, 0.0, 0.0>, prune.impurity = 0.5925925925925926 : f64, prune.weight = 9.0 : f64, prune.node = 104 : i64}
            scf.yield %r105 : tensor<10xf64>
          } else {
            %c110 = arith.constant 34 : index
            %f110 = tensor.extract %x[%c110] : tensor<64xf32>
            %t110 = arith.constant 2.500000000e-01 : f32
            %le110 = arith.cmpf ole, %f110, %t110 : f32
            %r110 = scf.if %le110 -> (tensor<10xf64>) {
              %leaf111 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 5.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 5.0 : f64, prune.node = 110 : i64} %leaf111 : tensor<10xf64>
            } else {
              %c112 = arith.constant 17 : index
              %f112 = tensor.extract %x[%c112] : tensor<64xf32>
              %t112 = arith.constant 4.687500000e-01 : f32
              %le112 = arith.cmpf ole, %f112, %t112 : f32
              %r112 = scf.if %le112 -> (tensor<10xf64>) {
                %leaf113 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 125.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 125.0 : f64, prune.node = 112 : i64} %leaf113 : tensor<10xf64>
              } else {
                %leaf114 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 113 : i64} %leaf114 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 125.0, 0.0, 2.0, 0.0>, prune.impurity = 0.03100006200012395 : f64, prune.weight = 127.0 : f64, prune.node = 111 : i64}
              scf.yield %r112 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 5.0, 0.0, 0.0, 0.0, 125.0, 0.0, 2.0, 0.0>, prune.impurity = 0.10158402203856753 : f64, prune.weight = 132.0 : f64, prune.node = 109 : i64}
            scf.yield %r110 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 0.0, 5.0, 4.0, 0.0, 4.0, 126.0, 0.0, 2.0, 0.0>, prune.impurity = 0.19838036316080676 : f64, prune.weight = 141.0 : f64, prune.node = 103 : i64}
          scf.yield %r104 : tensor<10xf64>
        } {prune.counts = array<f64: 0.0, 25.0, 28.0, 4.0, 0.0, 4.0, 129.0, 0.0, 2.0, 0.0>, prune.impurity = 0.5093858506944444 : f64, prune.weight = 192.0 : f64, prune.node = 95 : i64}
        scf.yield %r96 : tensor<10xf64>
      } else {
        %c115 = arith.constant 10 : index
        %f115 = tensor.extract %x[%c115] : tensor<64xf32>
        %t115 = arith.constant 1.562500000e-01 : f32
        %le115 = arith.cmpf ole, %f115, %t115 : f32
        %r115 = scf.if %le115 -> (tensor<10xf64>) {
          %c116 = arith.constant 26 : index
          %f116 = tensor.extract %x[%c116] : tensor<64xf32>
          %t116 = arith.constant 9.375000000e-02 : f32
          %le116 = arith.cmpf ole, %f116, %t116 : f32
          %r116 = scf.if %le116 -> (tensor<10xf64>) {
            %c117 = arith.constant 62 : index
            %f117 = tensor.extract %x[%c117] : tensor<64xf32>
            %t117 = arith.constant 2.187500000e-01 : f32
            %le117 = arith.cmpf ole, %f117, %t117 : f32
            %r117 = scf.if %le117 -> (tensor<10xf64>) {
              %leaf118 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 117 : i64} %leaf118 : tensor<10xf64>
            } else {
              %c119 = arith.constant 61 : index
              %f119 = tensor.extract %x[%c119] : tensor<64xf32>
              %t119 = arith.constant 8.437500000e-01 : f32
              %le119 = arith.cmpf ole, %f119, %t119 : f32
              %r119 = scf.if %le119 -> (tensor<10xf64>) {
                %leaf120 = arith.constant dense<[0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 119 : i64} %leaf120 : tensor<10xf64>
              } else {
                %leaf121 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 120 : i64} %leaf121 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 2.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.5 : f64, prune.weight = 4.0 : f64, prune.node = 118 : i64}
              scf.yield %r119 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 2.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0>, prune.impurity = 0.6666666666666667 : f64, prune.weight = 6.0 : f64, prune.node = 116 : i64}
            scf.yield %r117 : tensor<10xf64>
          } else {
            %leaf122 = arith.constant dense<[0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 0.0, 17.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 17.0 : f64, prune.node = 121 : i64} %leaf122 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 19.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0>, prune.impurity = 0.30245746691871456 : f64, prune.weight = 23.0 : f64, prune.node = 115 : i64}
          scf.yield %r116 : tensor<10xf64>
        } else {
          %c123 = arith.constant 63 : index
          %f123 = tensor.extract %x[%c123] : tensor<64xf32>
          %t123 = arith.constant 3.125000000e-02 : f32
          %le123 = arith.cmpf ole, %f123, %t123 : f32
          %r123 = scf.if %le123 -> (tensor<10xf64>) {
            %c124 = arith.constant 46 : index
            %f124 = tensor.extract %x[%c124] : tensor<64xf32>
            %t124 = arith.constant 3.125000000e-02 : f32
            %le124 = arith.cmpf ole, %f124, %t124 : f32
            %r124 = scf.if %le124 -> (tensor<10xf64>) {
              %c125 = arith.constant 53 : index
              %f125 = tensor.extract %x[%c125] : tensor<64xf32>
              %t125 = arith.constant 5.312500000e-01 : f32
              %le125 = arith.cmpf ole, %f125, %t125 : f32
              %r125 = scf.if %le125 -> (tensor<10xf64>) {
                %leaf126 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 26.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 26.0 : f64, prune.node = 125 : i64} %leaf126 : tensor<10xf64>
              } else {
                %leaf127 = arith.constant dense<[0.0, 0.1875, 0.3125, 0.0, 0.0, 0.0, 0.0, 0.0, 0.5, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 6.0, 10.0, 0.0, 0.0, 0.0, 0.0, 0.0, 16.0, 0.0>, prune.impurity = 0.6171875 : f64, prune.weight = 32.0 : f64, prune.node = 126 : i64} %leaf127 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 6.0, 36.0, 0.0, 0.0, 0.0, 0.0, 0.0, 16.0, 0.0>, prune.impurity = 0.5279429250891796 : f64, prune.weight = 58.0 : f64, prune.node = 124 : i64}
              scf.yield %r125 : tensor<10xf64>
            } else {
              %c128 = arith.constant 26 : index
              %f128 = tensor.extract %x[%c128] : tensor<64xf32>
              %t128 = arith.constant 3.437500000e-01 : f32
              %le128 = arith.cmpf ole, %f128, %t128 : f32
              %r128 = scf.if %le128 -> (tensor<10xf64>) {
                %leaf129 = arith.constant dense<[0.0, 0.0, 0.18518518518518517, 0.6851851851851852, 0.0, 0.0, 0.0, 0.0, 0.1111111111111111, 0.018518518518518517]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 10.0, 37.0, 0.0, 0.0, 0.0, 0.0, 6.0, 1.0>, prune.impurity = 0.4835390946502057 : f64, prune.weight = 54.0 : f64, prune.node = 128 : i64} %leaf129 : tensor<10xf64>
              } else {
                %leaf130 = arith.constant dense<[0.0, 0.01818181818181818, 0.0, 0.09090909090909091, 0.0, 0.0, 0.0, 0.0, 0.45454545454545453, 0.43636363636363634]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 1.0, 0.0, 5.0, 0.0, 0.0, 0.0, 0.0, 25.0, 24.0>, prune.impurity = 0.5943801652892562 : f64, prune.weight = 55.0 : f64, prune.node = 129 : i64} %leaf130 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 1.0, 10.0, 42.0, 0.0, 0.0, 0.0, 0.0, 31.0, 25.0>, prune.impurity = 0.7095362343237102 : f64, prune.weight = 109.0 : f64, prune.node = 127 : i64}
              scf.yield %r128 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 7.0, 46.0, 42.0, 0.0, 0.0, 0.0, 0.0, 47.0, 25.0>, prune.impurity = 0.7575029581555452 : f64, prune.weight = 167.0 : f64, prune.node = 123 : i64}
            scf.yield %r124 : tensor<10xf64>
          } else {
            %c131 = arith.constant 45 : index
            %f131 = tensor.extract %x[%c131] : tensor<64xf32>
            %t131 = arith.constant 4.687500000e-01 : f32
            %le131 = arith.cmpf ole, %f131, %t131 : f32
            %r131 = scf.if %le131 -> (tensor<10xf64>) {
              %c132 = arith.constant 27 : index
              %f132 = tensor.extract %x[%c132] : tensor<64xf32>
              %t132 = arith.constant 7.500000000e-01 : f32
              %le132 = arith.cmpf ole, %f132, %t132 : f32
              %r132 = scf.if %le132 -> (tensor<10xf64>) {
                %leaf133 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 24.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 24.0 : f64, prune.node = 132 : i64} %leaf133 : tensor<10xf64>
              } else {
                %leaf134 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 133 : i64} %leaf134 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 24.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0>, prune.impurity = 0.07679999999999998 : f64, prune.weight = 25.0 : f64, prune.node = 131 : i64}
              scf.yield %r132 : tensor<10xf64>
            } else {
              %c135 = arith.constant 59 : index
              %f135 = tensor.extract %x[%c135] : tensor<64xf32>
              %t135 = arith.constant 8.125000000e-01 : f32
              %le135 = arith.cmpf ole, %f135, %t135 : f32
              %r135 = scf.if %le135 -> (tensor<10xf64>) {
                %leaf136 = arith.constant dense<[0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 4.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 135 : i64} %leaf136 : tensor<10xf64>
              } else {
                %leaf137 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 136 : i64} %leaf137 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 3.0, 4.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.4897959183673469 : f64, prune.weight = 7.0 : f64, prune.node = 134 : i64}
              scf.yield %r135 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 27.0, 4.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0>, prune.impurity = 0.271484375 : f64, prune.weight = 32.0 : f64, prune.node = 130 : i64}
            scf.yield %r131 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 7.0, 73.0, 46.0, 0.0, 0.0, 0.0, 0.0, 47.0, 26.0>, prune.impurity = 0.737910658821747 : f64, prune.weight = 199.0 : f64, prune.node = 122 : i64}
          scf.yield %r123 : tensor<10xf64>
        } {prune.counts = array<f64: 0.0, 26.0, 75.0, 46.0, 0.0, 0.0, 0.0, 0.0, 49.0, 26.0>, prune.impurity = 0.7667802938073208 : f64, prune.weight = 222.0 : f64, prune.node = 114 : i64}
        scf.yield %r115 : tensor<10xf64>
      } {prune.counts = array<f64: 0.0, 51.0, 103.0, 50.0, 0.0, 4.0, 129.0, 0.0, 51.0, 26.0>, prune.impurity = 0.7920371537258746 : f64, prune.weight = 414.0 : f64, prune.node = 94 : i64}
      scf.yield %r95 : tensor<10xf64>
    } {prune.counts = array<f64: 3.0, 126.0, 126.0, 145.0, 131.0, 114.0, 141.0, 123.0, 128.0, 84.0>, prune.impurity = 0.8874833783077267 : f64, prune.weight = 1121.0 : f64, prune.node = 34 : i64}
    scf.yield %r35 : tensor<10xf64>
  } {prune.counts = array<f64: 147.0, 126.0, 128.0, 145.0, 135.0, 140.0, 147.0, 123.0, 129.0, 127.0>, prune.impurity = 0.899566745976238 : f64, prune.weight = 1347.0 : f64, prune.node = 0 : i64}
  return %r1 : tensor<10xf64>
}

func.func @tree9(%x: tensor<64xf32> {prune.range = array<f64: 0.0, 1.0>}) -> tensor<10xf64> {
  %c1 = arith.constant 60 : index
  %f1 = tensor.extract %x[%c1] : tensor<64xf32>
  %t1 = arith.constant 1.562500000e-01 : f32
  %le1 = arith.cmpf ole, %f1, %t1 : f32
  %r1 = scf.if %le1 -> (tensor<10xf64>) {
    %c2 = arith.constant 28 : index
    %f2 = tensor.extract %x[%c2] : tensor<64xf32>
    %t2 = arith.constant 4.687500000e-01 : f32
    %le2 = arith.cmpf ole, %f2, %t2 : f32
    %r2 = scf.if %le2 -> (tensor<10xf64>) {
      %c3 = arith.constant 42 : index
      %f3 = tensor.extract %x[%c3] : tensor<64xf32>
      %t3 = arith.constant 3.437500000e-01 : f32
      %le3 = arith.cmpf ole, %f3, %t3 : f32
      %r3 = scf.if %le3 -> (tensor<10xf64>) {
        %leaf4 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
        scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 7.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 7.0 : f64, prune.node = 3 : i64} %leaf4 : tensor<10xf64>
      } else {
        %leaf5 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0]> : tensor<10xf64>
        scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 4 : i64} %leaf5 : tensor<10xf64>
      } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 7.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.21875 : f64, prune.weight = 8.0 : f64, prune.node = 2 : i64}
      scf.yield %r3 : tensor<10xf64>
    } else {
      %c6 = arith.constant 52 : index
      %f6 = tensor.extract %x[%c6] : tensor<64xf32>
      %t6 = arith.constant 7.187500000e-01 : f32
      %le6 = arith.cmpf ole, %f6, %t6 : f32
      %r6 = scf.if %le6 -> (tensor<10xf64>) {
        %c7 = arith.constant 26 : index
        %f7 = tensor.extract %x[%c7] : tensor<64xf32>
        %t7 = arith.constant 6.562500000e-01 : f32
        %le7 = arith.cmpf ole, %f7, %t7 : f32
        %r7 = scf.if %le7 -> (tensor<10xf64>) {
          %leaf8 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0]> : tensor<10xf64>
          scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 89.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 89.0 : f64, prune.node = 7 : i64} %leaf8 : tensor<10xf64>
        } else {
          %c9 = arith.constant 50 : index
          %f9 = tensor.extract %x[%c9] : tensor<64xf32>
          %t9 = arith.constant 1.562500000e-01 : f32
          %le9 = arith.cmpf ole, %f9, %t9 : f32
          %r9 = scf.if %le9 -> (tensor<10xf64>) {
            %c10 = arith.constant 6 : index
            %f10 = tensor.extract %x[%c10] : tensor<64xf32>
            %t10 = arith.constant 9.375000000e-02 : f32
            %le10 = arith.cmpf ole, %f10, %t10 : f32
            %r10 = scf.if %le10 -> (tensor<10xf64>) {
              %c11 = arith.constant 12 : index
              %f11 = tensor.extract %x[%c11] : tensor<64xf32>
              %t11 = arith.constant 6.250000000e-01 : f32
              %le11 = arith.cmpf ole, %f11, %t11 : f32
              %r11 = scf.if %le11 -> (tensor<10xf64>) {
                %leaf12 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 11 : i64} %leaf12 : tensor<10xf64>
              } else {
                %leaf13 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 12 : i64} %leaf13 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 0.0, 1.0>, prune.impurity = 0.375 : f64, prune.weight = 4.0 : f64, prune.node = 10 : i64}
              scf.yield %r11 : tensor<10xf64>
            } else {
              %leaf14 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 13 : i64} %leaf14 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 0.0, 3.0>, prune.impurity = 0.5 : f64, prune.weight = 6.0 : f64, prune.node = 9 : i64}
            scf.yield %r10 : tensor<10xf64>
          } else {
            %c15 = arith.constant 59 : index
            %f15 = tensor.extract %x[%c15] : tensor<64xf32>
            %t15 = arith.constant 7.812500000e-01 : f32
            %le15 = arith.cmpf ole, %f15, %t15 : f32
            %r15 = scf.if %le15 -> (tensor<10xf64>) {
              %leaf16 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 5.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 5.0 : f64, prune.node = 15 : i64} %leaf16 : tensor<10xf64>
            } else {
              %leaf17 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 16 : i64} %leaf17 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 5.0, 0.0, 0.0>, prune.impurity = 0.2777777777777778 : f64, prune.weight = 6.0 : f64, prune.node = 14 : i64}
            scf.yield %r15 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 3.0, 1.0, 0.0, 5.0, 0.0, 3.0>, prune.impurity = 0.6944444444444444 : f64, prune.weight = 12.0 : f64, prune.node = 8 : i64}
          scf.yield %r9 : tensor<10xf64>
        } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 3.0, 1.0, 0.0, 94.0, 0.0, 3.0>, prune.impurity = 0.13194784825017158 : f64, prune.weight = 101.0 : f64, prune.node = 6 : i64}
        scf.yield %r7 : tensor<10xf64>
      } else {
        %leaf18 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
        scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 17 : i64} %leaf18 : tensor<10xf64>
      } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 3.0, 4.0, 0.0, 94.0, 0.0, 3.0>, prune.impurity = 0.17991863905325445 : f64, prune.weight = 104.0 : f64, prune.node = 5 : i64}
      scf.yield %r6 : tensor<10xf64>
    } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 3.0, 11.0, 0.0, 94.0, 1.0, 3.0>, prune.impurity = 0.28443877551020413 : f64, prune.weight = 112.0 : f64, prune.node = 1 : i64}
    scf.yield %r2 : tensor<10xf64>
  } else {
    %c19 = arith.constant 13 : index
    %f19 = tensor.extract %x[%c19] : tensor<64xf32>
    %t19 = arith.constant 1.562500000e-01 : f32
    %le19 = arith.cmpf ole, %f19, %t19 : f32
    %r19 = scf.if %le19 -> (tensor<10xf64>) {
      %c20 = arith.constant 9 : index
      %f20 = tensor.extract %x[%c20] : tensor<64xf32>
      %t20 = arith.constant 3.125000000e-02 : f32
      %le20 = arith.cmpf ole, %f20, %t20 : f32
      %r20 = scf.if %le20 -> (tensor<10xf64>) {
        %c21 = arith.constant 29 : index
        %f21 = tensor.extract %x[%c21] : tensor<64xf32>
        %t21 = arith.constant 3.437500000e-01 : f32
        %le21 = arith.cmpf ole, %f21, %t21 : f32
        %r21 = scf.if %le21 -> (tensor<10xf64>) {
          %c22 = arith.constant 27 : index
          %f22 = tensor.extract %x[%c22] : tensor<64xf32>
          %t22 = arith.constant 9.687500000e-01 : f32
          %le22 = arith.cmpf ole, %f22, %t22 : f32
          %r22 = scf.if %le22 -> (tensor<10xf64>) {
            %c23 = arith.constant 34 : index
            %f23 = tensor.extract %x[%c23] : tensor<64xf32>
            %t23 = arith.constant 3.437500000e-01 : f32
            %le23 = arith.cmpf ole, %f23, %t23 : f32
            %r23 = scf.if %le23 -> (tensor<10xf64>) {
              %c24 = arith.constant 2 : index
              %f24 = tensor.extract %x[%c24] : tensor<64xf32>
              %t24 = arith.constant 2.187500000e-01 : f32
              %le24 = arith.cmpf ole, %f24, %t24 : f32
              %r24 = scf.if %le24 -> (tensor<10xf64>) {
                %leaf25 = arith.constant dense<[0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 6.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 6.0 : f64, prune.node = 24 : i64} %leaf25 : tensor<10xf64>
              } else {
                %leaf26 = arith.constant dense<[0.0, 0.0, 0.8571428571428571, 0.14285714285714285, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 6.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.24489795918367352 : f64, prune.weight = 7.0 : f64, prune.node = 25 : i64} %leaf26 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 6.0, 6.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.5680473372781065 : f64, prune.weight = 13.0 : f64, prune.node = 23 : i64}
              scf.yield %r24 : tensor<10xf64>
            } else {
              %c27 = arith.constant 30 : index
              %f27 = tensor.extract %x[%c27] : tensor<64xf32>
              %t27 = arith.constant 2.500000000e-01 : f32
              %le27 = arith.cmpf ole, %f27, %t27 : f32
              %r27 = scf.if %le27 -> (tensor<10xf64>) {
                %leaf28 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.05, 0.01, 0.94, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 5.0, 1.0, 94.0, 0.0, 0.0, 0.0>, prune.impurity = 0.11380000000000001 : f64, prune.weight = 100.0 : f64, prune.node = 27 : i64} %leaf28 : tensor<10xf64>
              } else {
                %leaf29 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 7.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 7.0 : f64, prune.node = 28 : i64} %leaf29 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 12.0, 1.0, 94.0, 0.0, 0.0, 0.0>, prune.impurity = 0.21556467813782865 : f64, prune.weight = 107.0 : f64, prune.node = 26 : i64}
              scf.yield %r27 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 6.0, 6.0, 1.0, 12.0, 1.0, 94.0, 0.0, 0.0, 0.0>, prune.impurity = 0.37124999999999997 : f64, prune.weight = 120.0 : f64, prune.node = 22 : i64}
            scf.yield %r23 : tensor<10xf64>
          } else {
            %c30 = arith.constant 38 : index
            %f30 = tensor.extract %x[%c30] : tensor<64xf32>
            %t30 = arith.constant 3.125000000e-02 : f32
            %le30 = arith.cmpf ole, %f30, %t30 : f32
            %r30 = scf.if %le30 -> (tensor<10xf64>) {
              %c31 = arith.constant 34 : index
              %f31 = tensor.extract %x[%c31] : tensor<64xf32>
              %t31 = arith.constant 3.125000000e-02 : f32
              %le31 = arith.cmpf ole, %f31, %t31 : f32
              %r31 = scf.if %le31 -> (tensor<10xf64>) {
                %leaf32 = arith.constant dense<[0.0, 0.5, 0.0, 0.0, 0.0, 0.5, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 1.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.5 : f64, prune.weight = 2.0 : f64, prune.node = 31 : i64} %leaf32 : tensor<10xf64>
              } else {
                %leaf33 = arith.constant dense<[0.0, 0.972972972972973, 0.0, 0.0, 0.0, 0.0, 0.02702702702702703, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 36.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0>, prune.impurity = 0.05259313367421481 : f64, prune.weight = 37.0 : f64, prune.node = 32 : i64} %leaf33 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 37.0, 0.0, 0.0, 0.0, 1.0, 1.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0986193293885601 : f64, prune.weight = 39.0 : f64, prune.node = 30 : i64}
              scf.yield %r31 : tensor<10xf64>
            } else {
              %c34 = arith.constant 61 : index
              %f34 = tensor.extract %x[%c34] : tensor<64xf32>
              %t34 = arith.constant 4.375000000e-01 : f32
              %le34 = arith.cmpf ole, %f34, %t34 : f32
              %r34 = scf.if %le34 -> (tensor<10xf64>) {
                %leaf35 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 4.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 34 : i64} %leaf35 : tensor<10xf64>
              } else {
                %leaf36 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 7.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 7.0 : f64, prune.node = 35 : i64} %leaf36 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 4.0, 0.0, 7.0, 0.0, 0.0, 0.0>, prune.impurity = 0.4628099173553719 : f64, prune.weight = 11.0 : f64, prune.node = 33 : i64}
              scf.yield %r34 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 37.0, 0.0, 0.0, 4.0, 1.0, 8.0, 0.0, 0.0, 0.0>, prune.impurity = 0.42000000000000004 : f64, prune.weight = 50.0 : f64, prune.node = 29 : i64}
            scf.yield %r30 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 43.0, 6.0, 1.0, 16.0, 2.0, 102.0, 0.0, 0.0, 0.0>, prune.impurity = 0.5657439446366782 : f64, prune.weight = 170.0 : f64, prune.node = 21 : i64}
          scf.yield %r22 : tensor<10xf64>
        } else {
          %c37 = arith.constant 54 : index
          %f37 = tensor.extract %x[%c37] : tensor<64xf32>
          %t37 = arith.constant 1.562500000e-01 : f32
          %le37 = arith.cmpf ole, %f37, %t37 : f32
          %r37 = scf.if %le37 -> (tensor<10xf64>) {
            %c38 = arith.constant 10 : index
            %f38 = tensor.extract %x[%c38] : tensor<64xf32>
            %t38 = arith.constant 7.812500000e-01 : f32
            %le38 = arith.cmpf ole, %f38, %t38 : f32
            %r38 = scf.if %le38 -> (tensor<10xf64>) {
              %c39 = arith.constant 12 : index
              %f39 = tensor.extract %x[%c39] : tensor<64xf32>
              %t39 = arith.constant 9.687500000e-01 : f32
              %le39 = arith.cmpf ole, %f39, %t39 : f32
              %r39 = scf.if %le39 -> (tensor<10xf64>) {
                %leaf40 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.978021978021978, 0.0, 0.0, 0.0, 0.0, 0.02197802197802198]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 89.0, 0.0, 0.0, 0.0, 0.0, 2.0>, prune.impurity = 0.04298997705591112 : f64, prune.weight = 91.0 : f64, prune.node = 39 : i64} %leaf40 : tensor<10xf64>
              } else {
                %leaf41 = arith.constant dense<[0.5, 0.0, 0.0, 0.0, 0.5, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 1.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.5 : f64, prune.weight = 2.0 : f64, prune.node = 40 : i64} %leaf41 : tensor<10xf64>
              } {prune.counts = array<f64: 1.0, 0.0, 0.0, 0.0, 90.0, 0.0, 0.0, 0.0, 0.0, 2.0>, prune.impurity = 0.06289744479130532 : f64, prune.weight = 93.0 : f64, prune.node = 38 : i64}
              scf.yield %r39 : tensor<10xf64>
            } else {
              %c42 = arith.constant 21 : index
              %f42 = tensor.extract %x[%c42] : tensor<64xf32>
              %t42 = arith.constant 1.562500000e-01 : f32
              %le42 = arith.cmpf ole, %f42, %t42 : f32
              %r42 = scf.if %le42 -> (tensor<10xf64>) {
                %leaf43 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 42 : i64} %leaf43 : tensor<10xf64>
              } else {
                %leaf44 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.5, 0.0, 0.0, 0.0, 0.5, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.5 : f64, prune.weight = 2.0 : f64, prune.node = 43 : i64} %leaf44 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 1.0, 1.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.6666666666666667 : f64, prune.weight = 3.0 : f64, prune.node = 41 : i64}
              scf.yield %r42 : tensor<10xf64>
            } {prune.counts = array<f64: 1.0, 0.0, 0.0, 0.0, 91.0, 1.0, 0.0, 0.0, 1.0, 2.0>, prune.impurity = 0.10069444444444442 : f64, prune.weight = 96.0 : f64, prune.node = 37 : i64}
            scf.yield %r38 : tensor<10xf64>
          } else {
            %c45 = arith.constant 11 : index
            %f45 = tensor.extract %x[%c45] : tensor<64xf32>
            %t45 = arith.constant 4.375000000e-01 : f32
            %le45 = arith.cmpf ole, %f45, %t45 : f32
            %r45 = scf.if %le45 -> (tensor<10xf64>) {
              %leaf46 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 6.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 6.0 : f64, prune.node = 45 : i64} %leaf46 : tensor<10xf64>
            } else {
              %c47 = arith.constant 60 : index
              %f47 = tensor.extract %x[%c47] : tensor<64xf32>
              %t47 = arith.constant 7.812500000e-01 : f32
              %le47 = arith.cmpf ole, %f47, %t47 : f32
              %r47 = scf.if %le47 -> (tensor<10xf64>) {
                %leaf48 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.25, 0.75]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 3.0>, prune.impurity = 0.375 : f64, prune.weight = 4.0 : f64, prune.node = 47 : i64} %leaf48 : tensor<10xf64>
              } else {
                %leaf49 = arith.constant dense<[0.0, 0.07142857142857142, 0.0, 0.0, 0.0, 0.0, 0.9285714285714286, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 13.0, 0.0, 0.0, 0.0>, prune.impurity = 0.13265306122448983 : f64, prune.weight = 14.0 : f64, prune.node = 48 : i64} %leaf49 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 13.0, 0.0, 1.0, 3.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 18.0 : f64, prune.node = 46 : i64}
              scf.yield %r47 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 1.0, 0.0, 0.0, 0.0, 6.0, 13.0, 0.0, 1.0, 3.0>, prune.impurity = 0.625 : f64, prune.weight = 24.0 : f64, prune.node = 44 : i64}
            scf.yield %r45 : tensor<10xf64>
          } {prune.counts = array<f64: 1.0, 1.0, 0.0, 0.0, 91.0, 7.0, 13.0, 0.0, 2.0, 5.0>, prune.impurity = 0.4076388888888889 : f64, prune.weight = 120.0 : f64, prune.node = 36 : i64}
          scf.yield %r37 : tensor<10xf64>
        } {prune.counts = array<f64: 1.0, 44.0, 6.0, 1.0, 107.0, 9.0, 115.0, 0.0, 2.0, 5.0>, prune.impurity = 0.6818311533888228 : f64, prune.weight = 290.0 : f64, prune.node = 20 : i64}
        scf.yield %r21 : tensor<10xf64>
      } else {
        %c50 = arith.constant 4 : index
        %f50 = tensor.extract %x[%c50] : tensor<64xf32>
        %t50 = arith.constant 8.437500000e-01 : f32
        %le50 = arith.cmpf ole, %f50, %t50 : f32
        %r50 = scf.if %le50 -> (tensor<10xf64>) {
          %c51 = arith.constant 51 : index
          %f51 = tensor.extract %x[%c51] : tensor<64xf32>
          %t51 = arith.constant 5.312500000e-01 : f32
          %le51 = arith.cmpf ole, %f51, %t51 : f32
          %r51 = scf.if %le51 -> (tensor<10xf64>) {
            %c52 = arith.constant 29 : index
            %f52 = tensor.extract %x[%c52] : tensor<64xf32>
            %t52 = arith.constant 5.625000000e-01 : f32
            %le52 = arith.cmpf ole, %f52, %t52 : f32
            %r52 = scf.if %le52 -> (tensor<10xf64>) {
              %leaf53 = arith.constant dense<[0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 4.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 52 : i64} %leaf53 : tensor<10xf64>
            } else {
              %leaf54 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 8.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 8.0 : f64, prune.node = 53 : i64} %leaf54 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 4.0, 0.0, 0.0, 0.0, 0.0, 8.0, 0.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 12.0 : f64, prune.node = 51 : i64}
            scf.yield %r52 : tensor<10xf64>
          } else {
            %c55 = arith.constant 4 : index
            %f55 = tensor.extract %x[%c55] : tensor<64xf32>
            %t55 = arith.constant 7.812500000e-01 : f32
            %le55 = arith.cmpf ole, %f55, %t55 : f32
            %r55 = scf.if %le55 -> (tensor<10xf64>) {
              %c56 = arith.constant 62 : index
              %f56 = tensor.extract %x[%c56] : tensor<64xf32>
              %t56 = arith.constant 3.125000000e-02 : f32
              %le56 = arith.cmpf ole, %f56, %t56 : f32
              %r56 = scf.if %le56 -> (tensor<10xf64>) {
                %leaf57 = arith.constant dense<[0.0, 0.0, 0.0, 0.3333333333333333, 0.6666666666666666, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 1.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 3.0 : f64, prune.node = 56 : i64} %leaf57 : tensor<10xf64>
              } else {
                %leaf58 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 67.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 67.0 : f64, prune.node = 57 : i64} %leaf58 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 67.0, 1.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.08285714285714285 : f64, prune.weight = 70.0 : f64, prune.node = 55 : i64}
              scf.yield %r56 : tensor<10xf64>
            } else {
              %c59 = arith.constant 19 : index
              %f59 = tensor.extract %x[%c59] : tensor<64xf32>
              %t59 = arith.constant 2.500000000e-01 : f32
              %le59 = arith.cmpf ole, %f59, %t59 : f32
              %r59 = scf.if %le59 -> (tensor<10xf64>) {
                %leaf60 = arith.constant dense<[0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 59 : i64} %leaf60 : tensor<10xf64>
              } else {
                %leaf61 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 60 : i64} %leaf61 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 3.0 : f64, prune.node = 58 : i64}
              scf.yield %r59 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 67.0, 2.0, 2.0, 0.0, 2.0, 0.0, 0.0, 0.0>, prune.impurity = 0.15537624319759802 : f64, prune.weight = 73.0 : f64, prune.node = 54 : i64}
            scf.yield %r55 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 0.0, 67.0, 6.0, 2.0, 0.0, 2.0, 0.0, 8.0, 0.0>, prune.impurity = 0.36373702422145326 : f64, prune.weight = 85.0 : f64, prune.node = 50 : i64}
          scf.yield %r51 : tensor<10xf64>
        } else {
          %leaf62 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
          scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 14.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 14.0 : f64, prune.node = 61 : i64} %leaf62 : tensor<10xf64>
        } {prune.counts = array<f64: 0.0, 0.0, 67.0, 6.0, 2.0, 14.0, 2.0, 0.0, 8.0, 0.0>, prune.impurity = 0.5109682685440261 : f64, prune.weight = 99.0 : f64, prune.node = 49 : i64}
        scf.yield %r50 : tensor<10xf64>
      } {prune.counts = array<f64: 1.0, 44.0, 73.0, 7.0, 109.0, 23.0, 117.0, 0.0, 10.0, 5.0>, prune.impurity = 0.7783585886955545 : f64, prune.weight = 389.0 : f64, prune.node = 19 : i64}
      scf.yield %r20 : tensor<10xf64>
    } else {
      %c63 = arith.constant 35 : index
      %f63 = tensor.extract %x[%c63] : tensor<64xf32>
      %t63 = arith.constant 7.187500000e-01 : f32
      %le63 = arith.cmpf ole, %f63, %t63 : f32
      %r63 = scf.if %le63 -> (tensor<10xf64>) {
        %c64 = arith.constant 42 : index
        %f64 = tensor.extract %x[%c64] : tensor<64xf32>
        %t64 = arith.constant 5.312500000e-01 : f32
        %le64 = arith.cmpf ole, %f64, %t64 : f32
        %r64 = scf.if %le64 -> (tensor<10xf64>) {
          %c65 = arith.constant 36 : index
          %f65 = tensor.extract %x[%c65] : tensor<64xf32>
          %t65 = arith.constant 4.062500000e-01 : f32
          %le65 = arith.cmpf ole, %f65, %t65 : f32
          %r65 = scf.if %le65 -> (tensor<10xf64>) {
            %c66 = arith.constant 22 : index
            %f66 = tensor.extract %x[%c66] : tensor<64xf32>
            %t66 = arith.constant 3.125000000e-02 : f32
            %le66 = arith.cmpf ole, %f66, %t66 : f32
            %r66 = scf.if %le66 -> (tensor<10xf64>) {
              %c67 = arith.constant 21 : index
              %f67 = tensor.extract %x[%c67] : tensor<64xf32>
              %t67 = arith.constant 6.250000000e-01 : f32
              %le67 = arith.cmpf ole, %f67, %t67 : f32
              %r67 = scf.if %le67 -> (tensor<10xf64>) {
                %leaf68 = arith.constant dense<[0.0, 0.0, 0.0, 0.15625, 0.0, 0.78125, 0.0, 0.0, 0.0625, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 5.0, 0.0, 25.0, 0.0, 0.0, 2.0, 0.0>, prune.impurity = 0.361328125 : f64, prune.weight = 32.0 : f64, prune.node = 67 : i64} %leaf68 : tensor<10xf64>
              } else {
                %leaf69 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 21.0>, prune.impurity = 0.0 : f64, prune.weight = 21.0 : f64, prune.node = 68 : i64} %leaf69 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 5.0, 0.0, 25.0, 0.0, 0.0, 2.0, 21.0>, prune.impurity = 0.6101815592737629 : f64, prune.weight = 53.0 : f64, prune.node = 66 : i64}
              scf.yield %r67 : tensor<10xf64>
            } else {
              %c70 = arith.constant 3 : index
              %f70 = tensor.extract %x[%c70] : tensor<64xf32>
              %t70 = arith.constant 3.125000000e-02 : f32
              %le70 = arith.cmpf ole, %f70, %t70 : f32
              %r70 = scf.if %le70 -> (tensor<10xf64>) {
                %leaf71 = arith.constant dense<[0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 3.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 70 : i64} %leaf71 : tensor<10xf64>
              } else {
                %leaf72 = arith.constant dense<[0.04477611940298507, 0.0, 0.0, 0.029850746268656716, 0.0, 0.0, 0.0, 0.014925373134328358, 0.0, 0.9104477611940298]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 3.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 1.0, 0.0, 61.0>, prune.impurity = 0.1679661394519938 : f64, prune.weight = 67.0 : f64, prune.node = 71 : i64} %leaf72 : tensor<10xf64>
              } {prune.counts = array<f64: 3.0, 3.0, 0.0, 2.0, 0.0, 0.0, 0.0, 1.0, 0.0, 61.0>, prune.impurity = 0.23591836734693883 : f64, prune.weight = 70.0 : f64, prune.node = 69 : i64}
              scf.yield %r70 : tensor<10xf64>
            } {prune.counts = array<f64: 3.0, 3.0, 0.0, 7.0, 0.0, 25.0, 0.0, 1.0, 2.0, 82.0>, prune.impurity = 0.5094850948509485 : f64, prune.weight = 123.0 : f64, prune.node = 65 : i64}
            scf.yield %r66 : tensor<10xf64>
          } else {
            %c73 = arith.constant 63 : index
            %f73 = tensor.extract %x[%c73] : tensor<64xf32>
            %t73 = arith.constant 3.125000000e-02 : f32
            %le73 = arith.cmpf ole, %f73, %t73 : f32
            %r73 = scf.if %le73 -> (tensor<10xf64>) {
              %c74 = arith.constant 3 : index
              %f74 = tensor.extract %x[%c74] : tensor<64xf32>
              %t74 = arith.constant 2.187500000e-01 : f32
              %le74 = arith.cmpf ole, %f74, %t74 : f32
              %r74 = scf.if %le74 -> (tensor<10xf64>) {
                %leaf75 = arith.constant dense<[0.0, 0.9130434782608695, 0.043478260869565216, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.043478260869565216]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 21.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0>, prune.impurity = 0.16257088846880907 : f64, prune.weight = 23.0 : f64, prune.node = 74 : i64} %leaf75 : tensor<10xf64>
              } else {
                %leaf76 = arith.constant dense<[0.0, 0.009389671361502348, 0.07042253521126761, 0.539906103286385, 0.0, 0.16901408450704225, 0.0, 0.056338028169014086, 0.051643192488262914, 0.10328638497652583]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 2.0, 15.0, 115.0, 0.0, 36.0, 0.0, 12.0, 11.0, 22.0>, prune.impurity = 0.6583790694086271 : f64, prune.weight = 213.0 : f64, prune.node = 75 : i64} %leaf76 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 23.0, 16.0, 115.0, 0.0, 36.0, 0.0, 12.0, 11.0, 23.0>, prune.impurity = 0.710930767020971 : f64, prune.weight = 236.0 : f64, prune.node = 73 : i64}
              scf.yield %r74 : tensor<10xf64>
            } else {
              %c77 = arith.constant 53 : index
              %f77 = tensor.extract %x[%c77] : tensor<64xf32>
              %t77 = arith.constant 1.250000000e-01 : f32
              %le77 = arith.cmpf ole, %f77, %t77 : f32
              %r77 = scf.if %le77 -> (tensor<10xf64>) {
                %leaf78 = arith.constant dense<[0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 77 : i64} %leaf78 : tensor<10xf64>
              } else {
                %leaf79 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 24.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 24.0 : f64, prune.node = 78 : i64} %leaf79 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 24.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.14201183431952658 : f64, prune.weight = 26.0 : f64, prune.node = 76 : i64}
              scf.yield %r77 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 23.0, 40.0, 117.0, 0.0, 36.0, 0.0, 12.0, 11.0, 23.0>, prune.impurity = 0.7391177670298934 : f64, prune.weight = 262.0 : f64, prune.node = 72 : i64}
            scf.yield %r73 : tensor<10xf64>
          } {prune.counts = array<f64: 3.0, 26.0, 40.0, 124.0, 0.0, 61.0, 0.0, 13.0, 13.0, 105.0>, prune.impurity = 0.7790858492157193 : f64, prune.weight = 385.0 : f64, prune.node = 64 : i64}
          scf.yield %r65 : tensor<10xf64>
        } else {
          %c80 = arith.constant 41 : index
          %f80 = tensor.extract %x[%c80] : tensor<64xf32>
          %t80 = arith.constant 5.625000000e-01 : f32
          %le80 = arith.cmpf ole, %f80, %t80 : f32
          %r80 = scf.if %le80 -> (tensor<10xf64>) {
            %c81 = arith.constant 34 : index
            %f81 = tensor.extract %x[%c81] : tensor<64xf32>
            %t81 = arith.constant 1.562500000e-01 : f32
            %le81 = arith.cmpf ole, %f81, %t81 : f32
            %r81 = scf.if %le81 -> (tensor<10xf64>) {
              %c82 = arith.constant 26 : index
              %f82 = tensor.extract %x[%c82] : tensor<64xf32>
              %t82 = arith.constant 1.875000000e-01 : f32
              %le82 = arith.cmpf ole, %f82, %t82 : f32
              %r82 = scf.if %le82 -> (tensor<10xf64>) {
                %leaf83 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 8.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 8.0 : f64, prune.node = 82 : i64} %leaf83 : tensor<10xf64>
              } else {
                %leaf84 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.2, 0.0, 0.6, 0.0, 0.2]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 3.0, 0.0, 1.0>, prune.impurity = 0.56 : f64, prune.weight = 5.0 : f64, prune.node = 83 : i64} %leaf84 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 8.0, 0.0, 0.0, 1.0, 0.0, 3.0, 0.0, 1.0>, prune.impurity = 0.5562130177514792 : f64, prune.weight = 13.0 : f64, prune.node = 81 : i64}
              scf.yield %r82 : tensor<10xf64>
            } else {
              %c85 = arith.constant 4 : index
              %f85 = tensor.extract %x[%c85] : tensor<64xf32>
              %t85 = arith.constant 9.687500000e-01 : f32
              %le85 = arith.cmpf ole, %f85, %t85 : f32
              %r85 = scf.if %le85 -> (tensor<10xf64>) {
                %leaf86 = arith.constant dense<[0.9444444444444444, 0.0, 0.0, 0.015873015873015872, 0.015873015873015872, 0.0, 0.0, 0.0, 0.023809523809523808, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 119.0, 0.0, 0.0, 2.0, 2.0, 0.0, 0.0, 0.0, 3.0, 0.0>, prune.impurity = 0.10695389266817834 : f64, prune.weight = 126.0 : f64, prune.node = 85 : i64} %leaf86 : tensor<10xf64>
              } else {
                %leaf87 = arith.constant dense<[0.5, 0.0, 0.0, 0.0, 0.0, 0.0, 0.5, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 6.0, 0.0, 0.0, 0.0, 0.0, 0.0, 6.0, 0.0, 0.0, 0.0>, prune.impurity = 0.5 : f64, prune.weight = 12.0 : f64, prune.node = 86 : i64} %leaf87 : tensor<10xf64>
              } {prune.counts = array<f64: 125.0, 0.0, 0.0, 2.0, 2.0, 0.0, 6.0, 0.0, 3.0, 0.0>, prune.impurity = 0.17674858223062384 : f64, prune.weight = 138.0 : f64, prune.node = 84 : i64}
              scf.yield %r85 : tensor<10xf64>
            } {prune.counts = array<f64: 125.0, 0.0, 8.0, 2.0, 2.0, 1.0, 6.0, 3.0, 3.0, 1.0>, prune.impurity = 0.30910924959431607 : f64, prune.weight = 151.0 : f64, prune.node = 80 : i64}
            scf.yield %r81 : tensor<10xf64>
          } else {
            %leaf88 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 12.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 12.0 : f64, prune.node = 87 : i64} %leaf88 : tensor<10xf64>
          } {prune.counts = array<f64: 125.0, 0.0, 8.0, 2.0, 14.0, 1.0, 6.0, 3.0, 3.0, 1.0>, prune.impurity = 0.39986450374496596 : f64, prune.weight = 163.0 : f64, prune.node = 79 : i64}
          scf.yield %r80 : tensor<10xf64>
        } {prune.counts = array<f64: 128.0, 26.0, 48.0, 126.0, 14.0, 62.0, 6.0, 16.0, 16.0, 106.0>, prune.impurity = 0.8299589749054291 : f64, prune.weight = 548.0 : f64, prune.node = 63 : i64}
        scf.yield %r64 : tensor<10xf64>
      } else {
        %c89 = arith.constant 12 : index
        %f89 = tensor.extract %x[%c89] : tensor<64xf32>
        %t89 = arith.constant 9.687500000e-01 : f32
        %le89 = arith.cmpf ole, %f89, %t89 : f32
        %r89 = scf.if %le89 -> (tensor<10xf64>) {
          %c90 = arith.constant 33 : index
          %f90 = tensor.extract %x[%c90] : tensor<64xf32>
          %t90 = arith.constant 9.375000000e-02 : f32
          %le90 = arith.cmpf ole, %f90, %t90 : f32
          %r90 = scf.if %le90 -> (tensor<10xf64>) {
            %c91 = arith.constant 60 : index
            %f91 = tensor.extract %x[%c91] : tensor<64xf32>
            %t91 = arith.constant 5.937500000e-01 : f32
            %le91 = arith.cmpf ole, %f91, %t91 : f32
            %r91 = scf.if %le91 -> (tensor<10xf64>) {
              %c92 = arith.constant 38 : index
              %f92 = tensor.extract %x[%c92] : tensor<64xf32>
              %t92 = arith.constant 6.250000000e-02 : f32
              %le92 = arith.cmpf ole, %f92, %t92 : f32
              %r92 = scf.if %le92 -> (tensor<10xf64>) {
                %leaf93 = arith.constant dense<[0.0, 0.05, 0.1, 0.1, 0.0, 0.35, 0.0, 0.0, 0.4, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 1.0, 2.0, 2.0, 0.0, 7.0, 0.0, 0.0, 8.0, 0.0>, prune.impurity = 0.6950000000000001 : f64, prune.weight = 20.0 : f64, prune.node = 92 : i64} %leaf93 : tensor<10xf64>
              } else {
                %leaf94 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.07692307692307693, 0.07692307692307693, 0.0, 0.8461538461538461, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 1.0, 1.0, 0.0, 11.0, 0.0, 0.0>, prune.impurity = 0.272189349112426 : f64, prune.weight = 13.0 : f64, prune.node = 93 : i64} %leaf94 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 1.0, 2.0, 2.0, 1.0, 8.0, 0.0, 11.0, 8.0, 0.0>, prune.impurity = 0.7621671258034894 : f64, prune.weight = 33.0 : f64, prune.node = 91 : i64}
              scf.yield %r92 : tensor<10xf64>
            } else {
              %c95 = arith.constant 19 : index
              %f95 = tensor.extract %x[%c95] : tensor<64xf32>
              %t95 = arith.constant 3.125000000e-02 : f32
              %le95 = arith.cmpf ole, %f95, %t95 : f32
              %r95 = scf.if %le95 -> (tensor<10xf64>) {
                %leaf96 = arith.constant dense<[0.0, 0.0, 0.2631578947368421, 0.2631578947368421, 0.0, 0.0, 0.0, 0.0, 0.34210526315789475, 0.13157894736842105]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 10.0, 10.0, 0.0, 0.0, 0.0, 0.0, 13.0, 5.0>, prune.impurity = 0.7271468144044322 : f64, prune.weight = 38.0 : f64, prune.node = 95 : i64} %leaf96 : tensor<10xf64>
              } else {
                %leaf97 = arith.constant dense<[0.0, 0.0, 0.015625, 0.0, 0.0, 0.0625, 0.0, 0.03125, 0.875, 0.015625]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 1.0, 0.0, 0.0, 4.0, 0.0, 2.0, 56.0, 1.0>, prune.impurity = 0.22900390625 : f64, prune.weight = 64.0 : f64, prune.node = 96 : i64} %leaf97 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 11.0, 10.0, 0.0, 4.0, 0.0, 2.0, 69.0, 6.0>, prune.impurity = 0.5157631680123029 : f64, prune.weight = 102.0 : f64, prune.node = 94 : i64}
              scf.yield %r95 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 1.0, 13.0, 12.0, 1.0, 12.0, 0.0, 13.0, 77.0, 6.0>, prune.impurity = 0.638244170096022 : f64, prune.weight = 135.0 : f64, prune.node = 90 : i64}
            scf.yield %r91 : tensor<10xf64>
          } else {
            %c98 = arith.constant 2 : index
            %f98 = tensor.extract %x[%c98] : tensor<64xf32>
            %t98 = arith.constant 4.062500000e-01 : f32
            %le98 = arith.cmpf ole, %f98, %t98 : f32
            %r98 = scf.if %le98 -> (tensor<10xf64>) {
              %c99 = arith.constant 42 : index
              %f99 = tensor.extract %x[%c99] : tensor<64xf32>
              %t99 = arith.constant 7.187500000e-01 : f32
              %le99 = arith.cmpf ole, %f99, %t99 : f32
              %r99 = scf.if %le99 -> (tensor<10xf64>) {
                %leaf100 = arith.constant dense<[0.0, 0.045454545454545456, 0.0, 0.0, 0.09090909090909091, 0.22727272727272727, 0.0, 0.45454545454545453, 0.0, 0.18181818181818182]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 1.0, 0.0, 0.0, 2.0, 5.0, 0.0, 10.0, 0.0, 4.0>, prune.impurity = 0.6983471074380165 : f64, prune.weight = 22.0 : f64, prune.node = 99 : i64} %leaf100 : tensor<10xf64>
              } else {
                %leaf101 = arith.constant dense<[0.0, 0.0, 0.047619047619047616, 0.0, 0.047619047619047616, 0.047619047619047616, 0.47619047619047616, 0.0, 0.38095238095238093, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 1.0, 0.0, 1.0, 1.0, 10.0, 0.0, 8.0, 0.0>, prune.impurity = 0.6213151927437641 : f64, prune.weight = 21.0 : f64, prune.node = 100 : i64} %leaf101 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 1.0, 1.0, 0.0, 3.0, 6.0, 10.0, 10.0, 8.0, 4.0>, prune.impurity = 0.8231476473769606 : f64, prune.weight = 43.0 : f64, prune.node = 98 : i64}
              scf.yield %r99 : tensor<10xf64>
            } else {
              %leaf102 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 13.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 13.0 : f64, prune.node = 101 : i64} %leaf102 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 1.0, 1.0, 0.0, 3.0, 19.0, 10.0, 10.0, 8.0, 4.0>, prune.impurity = 0.7920918367346939 : f64, prune.weight = 56.0 : f64, prune.node = 97 : i64}
            scf.yield %r98 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 2.0, 14.0, 12.0, 4.0, 31.0, 10.0, 23.0, 85.0, 10.0>, prune.impurity = 0.7457580658424934 : f64, prune.weight = 191.0 : f64, prune.node = 89 : i64}
          scf.yield %r90 : tensor<10xf64>
        } else {
          %c103 = arith.constant 19 : index
          %f103 = tensor.extract %x[%c103] : tensor<64xf32>
          %t103 = arith.constant 6.562500000e-01 : f32
          %le103 = arith.cmpf ole, %f103, %t103 : f32
          %r103 = scf.if %le103 -> (tensor<10xf64>) {
            %c104 = arith.constant 20 : index
            %f104 = tensor.extract %x[%c104] : tensor<64xf32>
            %t104 = arith.constant 9.062500000e-01 : f32
            %le104 = arith.cmpf ole, %f104, %t104 : f32
            %r104 = scf.if %le104 -> (tensor<10xf64>) {
              %c105 = arith.constant 50 : index
              %f105 = tensor.extract %x[%c105] : tensor<64xf32>
              %t105 = arith.constant 2.500000000e-01 : f32
              %le105 = arith.cmpf ole, %f105, %t105 : f32
              %r105 = scf.if %le105 -> (tensor<10xf64>) {
                %leaf106 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 105 : i64} %leaf106 : tensor<10xf64>
              } else {
                %leaf107 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.8888888888888888, 0.1111111111111111]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 8.0, 1.0>, prune.impurity = 0.19753086419753085 : f64, prune.weight = 9.0 : f64, prune.node = 106 : i64} %leaf107 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 8.0, 1.0>, prune.impurity = 0.4297520661157025 : f64, prune.weight = 11.0 : f64, prune.node = 104 : i64}
              scf.yield %r105 : tensor<10xf64>
            } else {
              %c108 = arith.constant 36 : index
              %f108 = tensor.extract %x[%c108] : tensor<64xf32>
              %t108 = arith.constant 8.750000000e-01 : f32
              %le108 = arith.cmpf ole, %f108, %t108 : f32
              %r108 = scf.if %le108 -> (tensor<10xf64>) {
                %leaf109 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 23.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 23.0 : f64, prune.node = 108 : i64} %leaf109 : tensor<10xf64>
              } else {
                %leaf110 = arith.constant dense<[0.0, 0.5, 0.0, 0.5, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 2.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.5 : f64, prune.weight = 4.0 : f64, prune.node = 109 : i64} %leaf110 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 2.0, 23.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.26337448559670784 : f64, prune.weight = 27.0 : f64, prune.node = 107 : i64}
              scf.yield %r108 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 2.0, 23.0, 2.0, 0.0, 0.0, 0.0, 2.0, 8.0, 1.0>, prune.impurity = 0.5803324099722992 : f64, prune.weight = 38.0 : f64, prune.node = 103 : i64}
            scf.yield %r104 : tensor<10xf64>
          } else {
            %c111 = arith.constant 45 : index
            %f111 = tensor.extract %x[%c111] : tensor<64xf32>
            %t111 = arith.constant 6.875000000e-01 : f32
            %le111 = arith.cmpf ole, %f111, %t111 : f32
            %r111 = scf.if %le111 -> (tensor<10xf64>) {
              %c112 = arith.constant 38 : index
              %f112 = tensor.extract %x[%c112] : tensor<64xf32>
              %t112 = arith.constant 2.500000000e-01 : f32
              %le112 = arith.cmpf ole, %f112, %t112 : f32
              %r112 = scf.if %le112 -> (tensor<10xf64>) {
                %leaf113 = arith.constant dense<[0.0, 0.9661016949152542, 0.01694915254237288, 0.0, 0.0, 0.0, 0.0, 0.0, 0.01694915254237288, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 57.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.0660729675380638 : f64, prune.weight = 59.0 : f64, prune.node = 112 : i64} %leaf113 : tensor<10xf64>
              } else {
                %leaf114 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 113 : i64} %leaf114 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 57.0, 1.0, 0.0, 1.0, 0.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.09666666666666668 : f64, prune.weight = 60.0 : f64, prune.node = 111 : i64}
              scf.yield %r112 : tensor<10xf64>
            } else {
              %c115 = arith.constant 43 : index
              %f115 = tensor.extract %x[%c115] : tensor<64xf32>
              %t115 = arith.constant 6.250000000e-01 : f32
              %le115 = arith.cmpf ole, %f115, %t115 : f32
              %r115 = scf.if %le115 -> (tensor<10xf64>) {
                %leaf116 = arith.constant dense<[0.0, 0.4, 0.0, 0.0, 0.0, 0.2, 0.0, 0.0, 0.4, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 2.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 2.0, 0.0>, prune.impurity = 0.64 : f64, prune.weight = 5.0 : f64, prune.node = 115 : i64} %leaf116 : tensor<10xf64>
              } else {
                %leaf117 = arith.constant dense<[0.0, 0.25, 0.0, 0.0, 0.75, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 1.0, 0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.375 : f64, prune.weight = 4.0 : f64, prune.node = 116 : i64} %leaf117 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 3.0, 0.0, 0.0, 3.0, 1.0, 0.0, 0.0, 2.0, 0.0>, prune.impurity = 0.7160493827160495 : f64, prune.weight = 9.0 : f64, prune.node = 114 : i64}
              scf.yield %r115 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 60.0, 1.0, 0.0, 4.0, 1.0, 0.0, 0.0, 3.0, 0.0>, prune.impurity = 0.23818525519848777 : f64, prune.weight = 69.0 : f64, prune.node = 110 : i64}
            scf.yield %r111 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 62.0, 24.0, 2.0, 4.0, 1.0, 0.0, 2.0, 11.0, 1.0>, prune.impurity = 0.6011005327976242 : f64, prune.weight = 107.0 : f64, prune.node = 102 : i64}
          scf.yield %r103 : tensor<10xf64>
        } {prune.counts = array<f64: 0.0, 64.0, 38.0, 14.0, 8.0, 32.0, 10.0, 25.0, 96.0, 11.0>, prune.impurity = 0.809850907616774 : f64, prune.weight = 298.0 : f64, prune.node = 88 : i64}
        scf.yield %r89 : tensor<10xf64>
      } {prune.counts = array<f64: 128.0, 90.0, 86.0, 140.0, 22.0, 94.0, 16.0, 41.0, 112.0, 117.0>, prune.impurity = 0.8756909165087828 : f64, prune.weight = 846.0 : f64, prune.node = 62 : i64}
      scf.yield %r63 : tensor<10xf64>
    } {prune.counts = array<f64: 129.0, 134.0, 159.0, 147.0, 131.0, 117.0, 133.0, 41.0, 122.0, 122.0>, prune.impurity = 0.8941303742070842 : f64, prune.weight = 1235.0 : f64, prune.node = 18 : i64}
    scf.yield %r19 : tensor<10xf64>
  } {prune.counts = array<f64: 129.0, 134.0, 159.0, 147.0, 134.0, 128.0, 133.0, 135.0, 123.0, 125.0>, prune.impurity = 0.8994190394778685 : f64, prune.weight = 1347.0 : f64, prune.node = 0 : i64}
  return %r1 : tensor<10xf64>
}

func.func @tree10(%x: tensor<64xf32> {prune.range = array<f64: 0.0, 1.0>}) -> tensor<10xf64> {
  %c1 = arith.constant 36 : index
  %f1 = tensor.extract %x[%c1] : tensor<64xf32>
  %t1 = arith.constant 3.125000000e-02 : f32
  %le1 = arith.cmpf ole, %f1, %t1 : f32
  %r1 = scf.if %le1 -> (tensor<10xf64>) {
    %c2 = arith.constant 41 : index
    %f2 = tensor.extract %x[%c2] : tensor<64xf32>
    %t2 = arith.constant 3.125000000e-02 : f32
    %le2 = arith.cmpf ole, %f2, %t2 : f32
    %r2 = scf.if %le2 -> (tensor<10xf64>) {
      %c3 = arith.constant 25 : index
      %f3 = tensor.extract %x[%c3] : tensor<64xf32>
      %t3 = arith.constant 2.187500000e-01 : f32
      %le3 = arith.cmpf ole, %f3, %t3 : f32
      %r3 = scf.if %le3 -> (tensor<10xf64>) {
        %c4 = arith.constant 13 : index
        %f4 = tensor.extract %x[%c4] : tensor<64xf32>
        %t4 = arith.constant 4.687500000e-01 : f32
        %le4 = arith.cmpf ole, %f4, %t4 : f32
        %r4 = scf.if %le4 -> (tensor<10xf64>) {
          %c5 = arith.constant 58 : index
          %f5 = tensor.extract %x[%c5] : tensor<64xf32>
          %t5 = arith.constant 4.062500000e-01 : f32
          %le5 = arith.cmpf ole, %f5, %t5 : f32
          %r5 = scf.if %le5 -> (tensor<10xf64>) {
            %c6 = arith.constant 27 : index
            %f6 = tensor.extract %x[%c6] : tensor<64xf32>
            %t6 = arith.constant 6.875000000e-01 : f32
            %le6 = arith.cmpf ole, %f6, %t6 : f32
            %r6 = scf.if %le6 -> (tensor<10xf64>) {
              %c7 = arith.constant 60 : index
              %f7 = tensor.extract %x[%c7] : tensor<64xf32>
              %t7 = arith.constant 7.812500000e-01 : f32
              %le7 = arith.cmpf ole, %f7, %t7 : f32
              %r7 = scf.if %le7 -> (tensor<10xf64>) {
                %leaf8 = arith.constant dense<[1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 7 : i64} %leaf8 : tensor<10xf64>
              } else {
                %leaf9 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 8 : i64} %leaf9 : tensor<10xf64>
              } {prune.counts = array<f64: 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0>, prune.impurity = 0.5 : f64, prune.weight = 2.0 : f64, prune.node = 6 : i64}
              scf.yield %r7 : tensor<10xf64>
            } else {
              %leaf10 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 5.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 5.0 : f64, prune.node = 9 : i64} %leaf10 : tensor<10xf64>
            } {prune.counts = array<f64: 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 5.0, 0.0, 0.0, 1.0>, prune.impurity = 0.44897959183673475 : f64, prune.weight = 7.0 : f64, prune.node = 5 : i64}
            scf.yield %r6 : tensor<10xf64>
          } else {
            %leaf11 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 8.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 8.0 : f64, prune.node = 10 : i64} %leaf11 : tensor<10xf64>
          } {prune.counts = array<f64: 1.0, 0.0, 0.0, 0.0, 0.0, 8.0, 5.0, 0.0, 0.0, 1.0>, prune.impurity = 0.5955555555555556 : f64, prune.weight = 15.0 : f64, prune.node = 4 : i64}
          scf.yield %r5 : tensor<10xf64>
        } else {
          %c12 = arith.constant 20 : index
          %f12 = tensor.extract %x[%c12] : tensor<64xf32>
          %t12 = arith.constant 6.250000000e-02 : f32
          %le12 = arith.cmpf ole, %f12, %t12 : f32
          %r12 = scf.if %le12 -> (tensor<10xf64>) {
            %leaf13 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 12 : i64} %leaf13 : tensor<10xf64>
          } else {
            %leaf14 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 29.0>, prune.impurity = 0.0 : f64, prune.weight = 29.0 : f64, prune.node = 13 : i64} %leaf14 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 29.0>, prune.impurity = 0.12070759625390215 : f64, prune.weight = 31.0 : f64, prune.node = 11 : i64}
          scf.yield %r12 : tensor<10xf64>
        } {prune.counts = array<f64: 1.0, 0.0, 2.0, 0.0, 0.0, 8.0, 5.0, 0.0, 0.0, 30.0>, prune.impurity = 0.5302457466918715 : f64, prune.weight = 46.0 : f64, prune.node = 3 : i64}
        scf.yield %r4 : tensor<10xf64>
      } else {
        %c15 = arith.constant 9 : index
        %f15 = tensor.extract %x[%c15] : tensor<64xf32>
        %t15 = arith.constant 2.187500000e-01 : f32
        %le15 = arith.cmpf ole, %f15, %t15 : f32
        %r15 = scf.if %le15 -> (tensor<10xf64>) {
          %c16 = arith.constant 35 : index
          %f16 = tensor.extract %x[%c16] : tensor<64xf32>
          %t16 = arith.constant 3.437500000e-01 : f32
          %le16 = arith.cmpf ole, %f16, %t16 : f32
          %r16 = scf.if %le16 -> (tensor<10xf64>) {
            %leaf17 = arith.constant dense<[1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 22.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 22.0 : f64, prune.node = 16 : i64} %leaf17 : tensor<10xf64>
          } else {
            %leaf18 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 17 : i64} %leaf18 : tensor<10xf64>
          } {prune.counts = array<f64: 22.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.08317580340264652 : f64, prune.weight = 23.0 : f64, prune.node = 15 : i64}
          scf.yield %r16 : tensor<10xf64>
        } else {
          %c19 = arith.constant 37 : index
          %f19 = tensor.extract %x[%c19] : tensor<64xf32>
          %t19 = arith.constant 8.437500000e-01 : f32
          %le19 = arith.cmpf ole, %f19, %t19 : f32
          %r19 = scf.if %le19 -> (tensor<10xf64>) {
            %leaf20 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 8.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 8.0 : f64, prune.node = 19 : i64} %leaf20 : tensor<10xf64>
          } else {
            %leaf21 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 20 : i64} %leaf21 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 8.0, 0.0, 0.0, 0.0, 1.0>, prune.impurity = 0.19753086419753085 : f64, prune.weight = 9.0 : f64, prune.node = 18 : i64}
          scf.yield %r19 : tensor<10xf64>
        } {prune.counts = array<f64: 22.0, 0.0, 0.0, 0.0, 0.0, 9.0, 0.0, 0.0, 0.0, 1.0>, prune.impurity = 0.447265625 : f64, prune.weight = 32.0 : f64, prune.node = 14 : i64}
        scf.yield %r15 : tensor<10xf64>
      } {prune.counts = array<f64: 23.0, 0.0, 2.0, 0.0, 0.0, 17.0, 5.0, 0.0, 0.0, 31.0>, prune.impurity = 0.702827087442472 : f64, prune.weight = 78.0 : f64, prune.node = 2 : i64}
      scf.yield %r3 : tensor<10xf64>
    } else {
      %c22 = arith.constant 59 : index
      %f22 = tensor.extract %x[%c22] : tensor<64xf32>
      %t22 = arith.constant 5.000000000e-01 : f32
      %le22 = arith.cmpf ole, %f22, %t22 : f32
      %r22 = scf.if %le22 -> (tensor<10xf64>) {
        %c23 = arith.constant 10 : index
        %f23 = tensor.extract %x[%c23] : tensor<64xf32>
        %t23 = arith.constant 1.562500000e-01 : f32
        %le23 = arith.cmpf ole, %f23, %t23 : f32
        %r23 = scf.if %le23 -> (tensor<10xf64>) {
          %leaf24 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
          scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 23 : i64} %leaf24 : tensor<10xf64>
        } else {
          %c25 = arith.constant 3 : index
          %f25 = tensor.extract %x[%c25] : tensor<64xf32>
          %t25 = arith.constant 5.000000000e-01 : f32
          %le25 = arith.cmpf ole, %f25, %t25 : f32
          %r25 = scf.if %le25 -> (tensor<10xf64>) {
            %leaf26 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 25 : i64} %leaf26 : tensor<10xf64>
          } else {
            %leaf27 = arith.constant dense<[1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 26 : i64} %leaf27 : tensor<10xf64>
          } {prune.counts = array<f64: 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 3.0 : f64, prune.node = 24 : i64}
          scf.yield %r25 : tensor<10xf64>
        } {prune.counts = array<f64: 1.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 2.0>, prune.impurity = 0.64 : f64, prune.weight = 5.0 : f64, prune.node = 22 : i64}
        scf.yield %r23 : tensor<10xf64>
      } else {
        %c28 = arith.constant 29 : index
        %f28 = tensor.extract %x[%c28] : tensor<64xf32>
        %t28 = arith.constant 9.375000000e-02 : f32
        %le28 = arith.cmpf ole, %f28, %t28 : f32
        %r28 = scf.if %le28 -> (tensor<10xf64>) {
          %c29 = arith.constant 33 : index
          %f29 = tensor.extract %x[%c29] : tensor<64xf32>
          %t29 = arith.constant 9.375000000e-02 : f32
          %le29 = arith.cmpf ole, %f29, %t29 : f32
          %r29 = scf.if %le29 -> (tensor<10xf64>) {
            %leaf30 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 29 : i64} %leaf30 : tensor<10xf64>
          } else {
            %c31 = arith.constant 1 : index
            %f31 = tensor.extract %x[%c31] : tensor<64xf32>
            %t31 = arith.constant 1.250000000e-01 : f32
            %le31 = arith.cmpf ole, %f31, %t31 : f32
            %r31 = scf.if %le31 -> (tensor<10xf64>) {
              %leaf32 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 31 : i64} %leaf32 : tensor<10xf64>
            } else {
              %leaf33 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 32 : i64} %leaf33 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 3.0 : f64, prune.node = 30 : i64}
            scf.yield %r31 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 0.0, 3.0, 0.0, 0.0, 2.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.6111111111111112 : f64, prune.weight = 6.0 : f64, prune.node = 28 : i64}
          scf.yield %r29 : tensor<10xf64>
        } else {
          %c34 = arith.constant 33 : index
          %f34 = tensor.extract %x[%c34] : tensor<64xf32>
          %t34 = arith.constant 9.375000000e-02 : f32
          %le34 = arith.cmpf ole, %f34, %t34 : f32
          %r34 = scf.if %le34 -> (tensor<10xf64>) {
            %c35 = arith.constant 25 : index
            %f35 = tensor.extract %x[%c35] : tensor<64xf32>
            %t35 = arith.constant 1.250000000e-01 : f32
            %le35 = arith.cmpf ole, %f35, %t35 : f32
            %r35 = scf.if %le35 -> (tensor<10xf64>) {
              %leaf36 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 35 : i64} %leaf36 : tensor<10xf64>
            } else {
              %leaf37 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 36 : i64} %leaf37 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 1.0>, prune.impurity = 0.5 : f64, prune.weight = 2.0 : f64, prune.node = 34 : i64}
            scf.yield %r35 : tensor<10xf64>
          } else {
            %c38 = arith.constant 5 : index
            %f38 = tensor.extract %x[%c38] : tensor<64xf32>
            %t38 = arith.constant 7.500000000e-01 : f32
            %le38 = arith.cmpf ole, %f38, %t38 : f32
            %r38 = scf.if %le38 -> (tensor<10xf64>) {
              %leaf39 = arith.constant dense<[1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 96.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 96.0 : f64, prune.node = 38 : i64} %leaf39 : tensor<10xf64>
            } else {
              %c40 = arith.constant 44 : index
              %f40 = tensor.extract %x[%c40] : tensor<64xf32>
              %t40 = arith.constant 2.187500000e-01 : f32
              %le40 = arith.cmpf ole, %f40, %t40 : f32
              %r40 = scf.if %le40 -> (tensor<10xf64>) {
                %leaf41 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 40 : i64} %leaf41 : tensor<10xf64>
              } else {
                %leaf42 = arith.constant dense<[1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 6.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 6.0 : f64, prune.node = 41 : i64} %leaf42 : tensor<10xf64>
              } {prune.counts = array<f64: 6.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.24489795918367352 : f64, prune.weight = 7.0 : f64, prune.node = 39 : i64}
              scf.yield %r40 : tensor<10xf64>
            } {prune.counts = array<f64: 102.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.019228956546328613 : f64, prune.weight = 103.0 : f64, prune.node = 37 : i64}
            scf.yield %r38 : tensor<10xf64>
          } {prune.counts = array<f64: 102.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 1.0>, prune.impurity = 0.05587301587301585 : f64, prune.weight = 105.0 : f64, prune.node = 33 : i64}
          scf.yield %r34 : tensor<10xf64>
        } {prune.counts = array<f64: 102.0, 0.0, 3.0, 0.0, 0.0, 4.0, 0.0, 0.0, 1.0, 1.0>, prune.impurity = 0.15339663988312635 : f64, prune.weight = 111.0 : f64, prune.node = 27 : i64}
        scf.yield %r28 : tensor<10xf64>
      } {prune.counts = array<f64: 103.0, 0.0, 3.0, 0.0, 2.0, 4.0, 0.0, 0.0, 1.0, 3.0>, prune.impurity = 0.20868014268727708 : f64, prune.weight = 116.0 : f64, prune.node = 21 : i64}
      scf.yield %r22 : tensor<10xf64>
    } {prune.counts = array<f64: 126.0, 0.0, 5.0, 0.0, 2.0, 21.0, 5.0, 0.0, 1.0, 34.0>, prune.impurity = 0.5342756934849613 : f64, prune.weight = 194.0 : f64, prune.node = 1 : i64}
    scf.yield %r2 : tensor<10xf64>
  } else {
    %c43 = arith.constant 34 : index
    %f43 = tensor.extract %x[%c43] : tensor<64xf32>
    %t43 = arith.constant 6.562500000e-01 : f32
    %le43 = arith.cmpf ole, %f43, %t43 : f32
    %r43 = scf.if %le43 -> (tensor<10xf64>) {
      %c44 = arith.constant 51 : index
      %f44 = tensor.extract %x[%c44] : tensor<64xf32>
      %t44 = arith.constant 8.437500000e-01 : f32
      %le44 = arith.cmpf ole, %f44, %t44 : f32
      %r44 = scf.if %le44 -> (tensor<10xf64>) {
        %c45 = arith.constant 29 : index
        %f45 = tensor.extract %x[%c45] : tensor<64xf32>
        %t45 = arith.constant 8.437500000e-01 : f32
        %le45 = arith.cmpf ole, %f45, %t45 : f32
        %r45 = scf.if %le45 -> (tensor<10xf64>) {
          %c46 = arith.constant 19 : index
          %f46 = tensor.extract %x[%c46] : tensor<64xf32>
          %t46 = arith.constant 9.062500000e-01 : f32
          %le46 = arith.cmpf ole, %f46, %t46 : f32
          %r46 = scf.if %le46 -> (tensor<10xf64>) {
            %c47 = arith.constant 18 : index
            %f47 = tensor.extract %x[%c47] : tensor<64xf32>
            %t47 = arith.constant 6.562500000e-01 : f32
            %le47 = arith.cmpf ole, %f47, %t47 : f32
            %r47 = scf.if %le47 -> (tensor<10xf64>) {
              %c48 = arith.constant 50 : index
              %f48 = tensor.extract %x[%c48] : tensor<64xf32>
              %t48 = arith.constant 9.687500000e-01 : f32
              %le48 = arith.cmpf ole, %f48, %t48 : f32
              %r48 = scf.if %le48 -> (tensor<10xf64>) {
                %leaf49 = arith.constant dense<[0.0, 0.021739130434782608, 0.014492753623188406, 0.717391304347826, 0.0, 0.007246376811594203, 0.0, 0.07971014492753623, 0.14492753623188406, 0.014492753623188406]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 3.0, 2.0, 99.0, 0.0, 1.0, 0.0, 11.0, 20.0, 2.0>, prune.impurity = 0.4570468388993909 : f64, prune.weight = 138.0 : f64, prune.node = 48 : i64} %leaf49 : tensor<10xf64>
              } else {
                %leaf50 = arith.constant dense<[0.0, 0.0, 0.6451612903225806, 0.2903225806451613, 0.0, 0.0, 0.0, 0.0, 0.06451612903225806, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 20.0, 9.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0>, prune.impurity = 0.4953173777315296 : f64, prune.weight = 31.0 : f64, prune.node = 49 : i64} %leaf50 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 3.0, 22.0, 108.0, 0.0, 1.0, 0.0, 11.0, 22.0, 2.0>, prune.impurity = 0.5529918420223381 : f64, prune.weight = 169.0 : f64, prune.node = 47 : i64}
              scf.yield %r48 : tensor<10xf64>
            } else {
              %c51 = arith.constant 35 : index
              %f51 = tensor.extract %x[%c51] : tensor<64xf32>
              %t51 = arith.constant 6.562500000e-01 : f32
              %le51 = arith.cmpf ole, %f51, %t51 : f32
              %r51 = scf.if %le51 -> (tensor<10xf64>) {
                %leaf52 = arith.constant dense<[0.0, 0.04285714285714286, 0.05714285714285714, 0.2, 0.0, 0.5714285714285714, 0.0, 0.0, 0.04285714285714286, 0.08571428571428572]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 3.0, 4.0, 14.0, 0.0, 40.0, 0.0, 0.0, 3.0, 6.0>, prune.impurity = 0.6191836734693877 : f64, prune.weight = 70.0 : f64, prune.node = 51 : i64} %leaf52 : tensor<10xf64>
              } else {
                %leaf53 = arith.constant dense<[0.0, 0.0, 0.043478260869565216, 0.0, 0.0, 0.1956521739130435, 0.0, 0.043478260869565216, 0.717391304347826, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 2.0, 0.0, 0.0, 9.0, 0.0, 2.0, 33.0, 0.0>, prune.impurity = 0.44328922495274103 : f64, prune.weight = 46.0 : f64, prune.node = 52 : i64} %leaf53 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 3.0, 6.0, 14.0, 0.0, 49.0, 0.0, 2.0, 36.0, 6.0>, prune.impurity = 0.7043697978596908 : f64, prune.weight = 116.0 : f64, prune.node = 50 : i64}
              scf.yield %r51 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 6.0, 28.0, 122.0, 0.0, 50.0, 0.0, 13.0, 58.0, 8.0>, prune.impurity = 0.7315974145891043 : f64, prune.weight = 285.0 : f64, prune.node = 46 : i64}
            scf.yield %r47 : tensor<10xf64>
          } else {
            %c54 = arith.constant 38 : index
            %f54 = tensor.extract %x[%c54] : tensor<64xf32>
            %t54 = arith.constant 2.187500000e-01 : f32
            %le54 = arith.cmpf ole, %f54, %t54 : f32
            %r54 = scf.if %le54 -> (tensor<10xf64>) {
              %c55 = arith.constant 26 : index
              %f55 = tensor.extract %x[%c55] : tensor<64xf32>
              %t55 = arith.constant 6.250000000e-02 : f32
              %le55 = arith.cmpf ole, %f55, %t55 : f32
              %r55 = scf.if %le55 -> (tensor<10xf64>) {
                %leaf56 = arith.constant dense<[0.0, 0.25, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.75, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 3.0, 0.0>, prune.impurity = 0.375 : f64, prune.weight = 4.0 : f64, prune.node = 55 : i64} %leaf56 : tensor<10xf64>
              } else {
                %leaf57 = arith.constant dense<[0.0, 0.9230769230769231, 0.0, 0.038461538461538464, 0.0, 0.038461538461538464, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 24.0, 0.0, 1.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.1449704142011834 : f64, prune.weight = 26.0 : f64, prune.node = 56 : i64} %leaf57 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 25.0, 0.0, 1.0, 0.0, 1.0, 0.0, 0.0, 3.0, 0.0>, prune.impurity = 0.29333333333333333 : f64, prune.weight = 30.0 : f64, prune.node = 54 : i64}
              scf.yield %r55 : tensor<10xf64>
            } else {
              %leaf58 = arith.constant dense<[0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 57 : i64} %leaf58 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 25.0, 0.0, 2.0, 0.0, 1.0, 0.0, 0.0, 3.0, 0.0>, prune.impurity = 0.3350676378772113 : f64, prune.weight = 31.0 : f64, prune.node = 53 : i64}
            scf.yield %r54 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 31.0, 28.0, 124.0, 0.0, 51.0, 0.0, 13.0, 61.0, 8.0>, prune.impurity = 0.762898573946483 : f64, prune.weight = 316.0 : f64, prune.node = 45 : i64}
          scf.yield %r46 : tensor<10xf64>
        } else {
          %c59 = arith.constant 43 : index
          %f59 = tensor.extract %x[%c59] : tensor<64xf32>
          %t59 = arith.constant 9.375000000e-02 : f32
          %le59 = arith.cmpf ole, %f59, %t59 : f32
          %r59 = scf.if %le59 -> (tensor<10xf64>) {
            %c60 = arith.constant 18 : index
            %f60 = tensor.extract %x[%c60] : tensor<64xf32>
            %t60 = arith.constant 2.812500000e-01 : f32
            %le60 = arith.cmpf ole, %f60, %t60 : f32
            %r60 = scf.if %le60 -> (tensor<10xf64>) {
              %c61 = arith.constant 18 : index
              %f61 = tensor.extract %x[%c61] : tensor<64xf32>
              %t61 = arith.constant 3.125000000e-02 : f32
              %le61 = arith.cmpf ole, %f61, %t61 : f32
              %r61 = scf.if %le61 -> (tensor<10xf64>) {
                %leaf62 = arith.constant dense<[0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 5.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 5.0 : f64, prune.node = 61 : i64} %leaf62 : tensor<10xf64>
              } else {
                %leaf63 = arith.constant dense<[0.0, 0.0, 0.0, 0.6666666666666666, 0.0, 0.0, 0.0, 0.0, 0.0, 0.3333333333333333]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 3.0 : f64, prune.node = 62 : i64} %leaf63 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 7.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0>, prune.impurity = 0.21875 : f64, prune.weight = 8.0 : f64, prune.node = 60 : i64}
              scf.yield %r61 : tensor<10xf64>
            } else {
              %c64 = arith.constant 10 : index
              %f64 = tensor.extract %x[%c64] : tensor<64xf32>
              %t64 = arith.constant 1.250000000e-01 : f32
              %le64 = arith.cmpf ole, %f64, %t64 : f32
              %r64 = scf.if %le64 -> (tensor<10xf64>) {
                %leaf65 = arith.constant dense<[0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 5.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 5.0 : f64, prune.node = 64 : i64} %leaf65 : tensor<10xf64>
              } else {
                %leaf66 = arith.constant dense<[0.0, 0.046153846153846156, 0.015384615384615385, 0.0, 0.0, 0.015384615384615385, 0.0, 0.0, 0.0, 0.9230769230769231]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 3.0, 1.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 60.0>, prune.impurity = 0.1453254437869822 : f64, prune.weight = 65.0 : f64, prune.node = 65 : i64} %leaf66 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 8.0, 1.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 60.0>, prune.impurity = 0.2518367346938776 : f64, prune.weight = 70.0 : f64, prune.node = 63 : i64}
              scf.yield %r64 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 8.0, 1.0, 7.0, 0.0, 1.0, 0.0, 0.0, 0.0, 61.0>, prune.impurity = 0.36949375410913876 : f64, prune.weight = 78.0 : f64, prune.node = 59 : i64}
            scf.yield %r60 : tensor<10xf64>
          } else {
            %c67 = arith.constant 6 : index
            %f67 = tensor.extract %x[%c67] : tensor<64xf32>
            %t67 = arith.constant 2.187500000e-01 : f32
            %le67 = arith.cmpf ole, %f67, %t67 : f32
            %r67 = scf.if %le67 -> (tensor<10xf64>) {
              %c68 = arith.constant 25 : index
              %f68 = tensor.extract %x[%c68] : tensor<64xf32>
              %t68 = arith.constant 2.187500000e-01 : f32
              %le68 = arith.cmpf ole, %f68, %t68 : f32
              %r68 = scf.if %le68 -> (tensor<10xf64>) {
                %leaf69 = arith.constant dense<[0.0, 0.0, 0.09523809523809523, 0.0, 0.0, 0.0, 0.0, 0.0, 0.8095238095238095, 0.09523809523809523]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 17.0, 2.0>, prune.impurity = 0.326530612244898 : f64, prune.weight = 21.0 : f64, prune.node = 68 : i64} %leaf69 : tensor<10xf64>
              } else {
                %leaf70 = arith.constant dense<[0.0, 0.7142857142857143, 0.0, 0.0, 0.2857142857142857, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 5.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.40816326530612246 : f64, prune.weight = 7.0 : f64, prune.node = 69 : i64} %leaf70 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 5.0, 2.0, 0.0, 2.0, 0.0, 0.0, 0.0, 17.0, 2.0>, prune.impurity = 0.5841836734693877 : f64, prune.weight = 28.0 : f64, prune.node = 67 : i64}
              scf.yield %r68 : tensor<10xf64>
            } else {
              %c71 = arith.constant 11 : index
              %f71 = tensor.extract %x[%c71] : tensor<64xf32>
              %t71 = arith.constant 4.375000000e-01 : f32
              %le71 = arith.cmpf ole, %f71, %t71 : f32
              %r71 = scf.if %le71 -> (tensor<10xf64>) {
                %leaf72 = arith.constant dense<[0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 71 : i64} %leaf72 : tensor<10xf64>
              } else {
                %leaf73 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 21.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 21.0 : f64, prune.node = 72 : i64} %leaf73 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 21.0, 0.0, 0.0>, prune.impurity = 0.1587901701323251 : f64, prune.weight = 23.0 : f64, prune.node = 70 : i64}
              scf.yield %r71 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 7.0, 2.0, 0.0, 2.0, 0.0, 0.0, 21.0, 17.0, 2.0>, prune.impurity = 0.6958861976163014 : f64, prune.weight = 51.0 : f64, prune.node = 66 : i64}
            scf.yield %r67 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 15.0, 3.0, 7.0, 2.0, 1.0, 0.0, 21.0, 17.0, 63.0>, prune.impurity = 0.700318490475332 : f64, prune.weight = 129.0 : f64, prune.node = 58 : i64}
          scf.yield %r59 : tensor<10xf64>
        } {prune.counts = array<f64: 0.0, 46.0, 31.0, 131.0, 2.0, 52.0, 0.0, 34.0, 78.0, 71.0>, prune.impurity = 0.822108319656609 : f64, prune.weight = 445.0 : f64, prune.node = 44 : i64}
        scf.yield %r45 : tensor<10xf64>
      } else {
        %c74 = arith.constant 12 : index
        %f74 = tensor.extract %x[%c74] : tensor<64xf32>
        %t74 = arith.constant 9.062500000e-01 : f32
        %le74 = arith.cmpf ole, %f74, %t74 : f32
        %r74 = scf.if %le74 -> (tensor<10xf64>) {
          %c75 = arith.constant 62 : index
          %f75 = tensor.extract %x[%c75] : tensor<64xf32>
          %t75 = arith.constant 3.125000000e-02 : f32
          %le75 = arith.cmpf ole, %f75, %t75 : f32
          %r75 = scf.if %le75 -> (tensor<10xf64>) {
            %c76 = arith.constant 17 : index
            %f76 = tensor.extract %x[%c76] : tensor<64xf32>
            %t76 = arith.constant 1.562500000e-01 : f32
            %le76 = arith.cmpf ole, %f76, %t76 : f32
            %r76 = scf.if %le76 -> (tensor<10xf64>) {
              %c77 = arith.constant 50 : index
              %f77 = tensor.extract %x[%c77] : tensor<64xf32>
              %t77 = arith.constant 6.250000000e-01 : f32
              %le77 = arith.cmpf ole, %f77, %t77 : f32
              %r77 = scf.if %le77 -> (tensor<10xf64>) {
                %leaf78 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.9444444444444444, 0.05555555555555555, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 34.0, 2.0, 0.0>, prune.impurity = 0.1049382716049383 : f64, prune.weight = 36.0 : f64, prune.node = 77 : i64} %leaf78 : tensor<10xf64>
              } else {
                %leaf79 = arith.constant dense<[0.0, 0.0, 0.5, 0.0, 0.3333333333333333, 0.0, 0.0, 0.0, 0.16666666666666666, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 3.0, 0.0, 2.0, 0.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.6111111111111112 : f64, prune.weight = 6.0 : f64, prune.node = 78 : i64} %leaf79 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 3.0, 0.0, 2.0, 0.0, 0.0, 34.0, 3.0, 0.0>, prune.impurity = 0.33219954648526073 : f64, prune.weight = 42.0 : f64, prune.node = 76 : i64}
              scf.yield %r77 : tensor<10xf64>
            } else {
              %c80 = arith.constant 50 : index
              %f80 = tensor.extract %x[%c80] : tensor<64xf32>
              %t80 = arith.constant 2.812500000e-01 : f32
              %le80 = arith.cmpf ole, %f80, %t80 : f32
              %r80 = scf.if %le80 -> (tensor<10xf64>) {
                %leaf81 = arith.constant dense<[0.0, 0.0, 0.1111111111111111, 0.0, 0.0, 0.0, 0.0, 0.3333333333333333, 0.4444444444444444, 0.1111111111111111]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 3.0, 4.0, 1.0>, prune.impurity = 0.6666666666666667 : f64, prune.weight = 9.0 : f64, prune.node = 80 : i64} %leaf81 : tensor<10xf64>
              } else {
                %leaf82 = arith.constant dense<[0.0, 0.0, 0.13333333333333333, 0.0, 0.0, 0.8, 0.0, 0.0, 0.06666666666666667, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 2.0, 0.0, 0.0, 12.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.33777777777777773 : f64, prune.weight = 15.0 : f64, prune.node = 81 : i64} %leaf82 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 3.0, 0.0, 0.0, 12.0, 0.0, 3.0, 5.0, 1.0>, prune.impurity = 0.6736111111111112 : f64, prune.weight = 24.0 : f64, prune.node = 79 : i64}
              scf.yield %r80 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 6.0, 0.0, 2.0, 12.0, 0.0, 37.0, 8.0, 1.0>, prune.impurity = 0.6285583103764922 : f64, prune.weight = 66.0 : f64, prune.node = 75 : i64}
            scf.yield %r76 : tensor<10xf64>
          } else {
            %c83 = arith.constant 18 : index
            %f83 = tensor.extract %x[%c83] : tensor<64xf32>
            %t83 = arith.constant 9.687500000e-01 : f32
            %le83 = arith.cmpf ole, %f83, %t83 : f32
            %r83 = scf.if %le83 -> (tensor<10xf64>) {
              %c84 = arith.constant 26 : index
              %f84 = tensor.extract %x[%c84] : tensor<64xf32>
              %t84 = arith.constant 6.250000000e-01 : f32
              %le84 = arith.cmpf ole, %f84, %t84 : f32
              %r84 = scf.if %le84 -> (tensor<10xf64>) {
                %leaf85 = arith.constant dense<[0.0, 0.0, 0.9482758620689655, 0.017241379310344827, 0.0, 0.0, 0.034482758620689655, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 55.0, 1.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0992865636147443 : f64, prune.weight = 58.0 : f64, prune.node = 84 : i64} %leaf85 : tensor<10xf64>
              } else {
                %leaf86 = arith.constant dense<[0.0, 0.6, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.2, 0.2]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 3.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 1.0>, prune.impurity = 0.56 : f64, prune.weight = 5.0 : f64, prune.node = 85 : i64} %leaf86 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 3.0, 55.0, 1.0, 0.0, 0.0, 2.0, 0.0, 1.0, 1.0>, prune.impurity = 0.23381204333585281 : f64, prune.weight = 63.0 : f64, prune.node = 83 : i64}
              scf.yield %r84 : tensor<10xf64>
            } else {
              %c87 = arith.constant 61 : index
              %f87 = tensor.extract %x[%c87] : tensor<64xf32>
              %t87 = arith.constant 8.437500000e-01 : f32
              %le87 = arith.cmpf ole, %f87, %t87 : f32
              %r87 = scf.if %le87 -> (tensor<10xf64>) {
                %leaf88 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 3.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 87 : i64} %leaf88 : tensor<10xf64>
              } else {
                %leaf89 = arith.constant dense<[0.0, 0.25, 0.0, 0.25, 0.0, 0.0, 0.0, 0.0, 0.0, 0.5]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 1.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0>, prune.impurity = 0.625 : f64, prune.weight = 4.0 : f64, prune.node = 88 : i64} %leaf89 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 1.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 3.0, 2.0>, prune.impurity = 0.6938775510204082 : f64, prune.weight = 7.0 : f64, prune.node = 86 : i64}
              scf.yield %r87 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 4.0, 55.0, 2.0, 0.0, 0.0, 2.0, 0.0, 4.0, 3.0>, prune.impurity = 0.3726530612244898 : f64, prune.weight = 70.0 : f64, prune.node = 82 : i64}
            scf.yield %r83 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 4.0, 61.0, 2.0, 2.0, 12.0, 2.0, 37.0, 12.0, 4.0>, prune.impurity = 0.70685553633218 : f64, prune.weight = 136.0 : f64, prune.node = 74 : i64}
          scf.yield %r75 : tensor<10xf64>
        } else {
          %c90 = arith.constant 2 : index
          %f90 = tensor.extract %x[%c90] : tensor<64xf32>
          %t90 = arith.constant 3.437500000e-01 : f32
          %le90 = arith.cmpf ole, %f90, %t90 : f32
          %r90 = scf.if %le90 -> (tensor<10xf64>) {
            %c91 = arith.constant 54 : index
            %f91 = tensor.extract %x[%c91] : tensor<64xf32>
            %t91 = arith.constant 9.375000000e-02 : f32
            %le91 = arith.cmpf ole, %f91, %t91 : f32
            %r91 = scf.if %le91 -> (tensor<10xf64>) {
              %c92 = arith.constant 57 : index
              %f92 = tensor.extract %x[%c92] : tensor<64xf32>
              %t92 = arith.constant 1.250000000e-01 : f32
              %le92 = arith.cmpf ole, %f92, %t92 : f32
              %r92 = scf.if %le92 -> (tensor<10xf64>) {
                %leaf93 = arith.constant dense<[0.0, 0.9523809523809523, 0.0, 0.0, 0.0, 0.0, 0.0, 0.047619047619047616, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 40.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0>, prune.impurity = 0.09070294784580502 : f64, prune.weight = 42.0 : f64, prune.node = 92 : i64} %leaf93 : tensor<10xf64>
              } else {
                %leaf94 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 93 : i64} %leaf94 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 40.0, 1.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0>, prune.impurity = 0.13196322336398048 : f64, prune.weight = 43.0 : f64, prune.node = 91 : i64}
              scf.yield %r92 : tensor<10xf64>
            } else {
              %c95 = arith.constant 11 : index
              %f95 = tensor.extract %x[%c95] : tensor<64xf32>
              %t95 = arith.constant 8.750000000e-01 : f32
              %le95 = arith.cmpf ole, %f95, %t95 : f32
              %r95 = scf.if %le95 -> (tensor<10xf64>) {
                %leaf96 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 95 : i64} %leaf96 : tensor<10xf64>
              } else {
                %leaf97 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 4.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 96 : i64} %leaf97 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 4.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 6.0 : f64, prune.node = 94 : i64}
              scf.yield %r95 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 40.0, 5.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 2.0>, prune.impurity = 0.31986672219908374 : f64, prune.weight = 49.0 : f64, prune.node = 90 : i64}
            scf.yield %r91 : tensor<10xf64>
          } else {
            %c98 = arith.constant 34 : index
            %f98 = tensor.extract %x[%c98] : tensor<64xf32>
            %t98 = arith.constant 4.062500000e-01 : f32
            %le98 = arith.cmpf ole, %f98, %t98 : f32
            %r98 = scf.if %le98 -> (tensor<10xf64>) {
              %c99 = arith.constant 27 : index
              %f99 = tensor.extract %x[%c99] : tensor<64xf32>
              %t99 = arith.constant 7.500000000e-01 : f32
              %le99 = arith.cmpf ole, %f99, %t99 : f32
              %r99 = scf.if %le99 -> (tensor<10xf64>) {
                %leaf100 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 34.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 34.0 : f64, prune.node = 99 : i64} %leaf100 : tensor<10xf64>
              } else {
                %leaf101 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 100 : i64} %leaf101 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 34.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0>, prune.impurity = 0.05551020408163265 : f64, prune.weight = 35.0 : f64, prune.node = 98 : i64}
              scf.yield %r99 : tensor<10xf64>
            } else {
              %leaf102 = arith.constant dense<[0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 4.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 101 : i64} %leaf102 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 4.0, 34.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0>, prune.impurity = 0.2287968441814595 : f64, prune.weight = 39.0 : f64, prune.node = 97 : i64}
            scf.yield %r98 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 44.0, 39.0, 0.0, 0.0, 0.0, 0.0, 3.0, 0.0, 2.0>, prune.impurity = 0.5519111570247934 : f64, prune.weight = 88.0 : f64, prune.node = 89 : i64}
          scf.yield %r90 : tensor<10xf64>
        } {prune.counts = array<f64: 0.0, 48.0, 100.0, 2.0, 2.0, 12.0, 2.0, 40.0, 12.0, 6.0>, prune.impurity = 0.7161989795918368 : f64, prune.weight = 224.0 : f64, prune.node = 73 : i64}
        scf.yield %r74 : tensor<10xf64>
      } {prune.counts = array<f64: 0.0, 94.0, 131.0, 133.0, 4.0, 64.0, 2.0, 74.0, 90.0, 77.0>, prune.impurity = 0.8496137956613735 : f64, prune.weight = 669.0 : f64, prune.node = 43 : i64}
      scf.yield %r44 : tensor<10xf64>
    } else {
      %c103 = arith.constant 46 : index
      %f103 = tensor.extract %x[%c103] : tensor<64xf32>
      %t103 = arith.constant 3.437500000e-01 : f32
      %le103 = arith.cmpf ole, %f103, %t103 : f32
      %r103 = scf.if %le103 -> (tensor<10xf64>) {
        %c104 = arith.constant 5 : index
        %f104 = tensor.extract %x[%c104] : tensor<64xf32>
        %t104 = arith.constant 2.187500000e-01 : f32
        %le104 = arith.cmpf ole, %f104, %t104 : f32
        %r104 = scf.if %le104 -> (tensor<10xf64>) {
          %c105 = arith.constant 20 : index
          %f105 = tensor.extract %x[%c105] : tensor<64xf32>
          %t105 = arith.constant 8.437500000e-01 : f32
          %le105 = arith.cmpf ole, %f105, %t105 : f32
          %r105 = scf.if %le105 -> (tensor<10xf64>) {
            %c106 = arith.constant 53 : index
            %f106 = tensor.extract %x[%c106] : tensor<64xf32>
            %t106 = arith.constant 9.062500000e-01 : f32
            %le106 = arith.cmpf ole, %f106, %t106 : f32
            %r106 = scf.if %le106 -> (tensor<10xf64>) {
              %c107 = arith.constant 2 : index
              %f107 = tensor.extract %x[%c107] : tensor<64xf32>
              %t107 = arith.constant 4.687500000e-01 : f32
              %le107 = arith.cmpf ole, %f107, %t107 : f32
              %r107 = scf.if %le107 -> (tensor<10xf64>) {
                %leaf108 = arith.constant dense<[0.008403361344537815, 0.0, 0.0, 0.0, 0.9495798319327731, 0.0, 0.01680672268907563, 0.008403361344537815, 0.01680672268907563, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 1.0, 0.0, 0.0, 0.0, 113.0, 0.0, 2.0, 1.0, 2.0, 0.0>, prune.impurity = 0.09759197796765762 : f64, prune.weight = 119.0 : f64, prune.node = 107 : i64} %leaf108 : tensor<10xf64>
              } else {
                %leaf109 = arith.constant dense<[0.0, 0.3333333333333333, 0.0, 0.0, 0.0, 0.0, 0.0, 0.6666666666666666, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 3.0 : f64, prune.node = 108 : i64} %leaf109 : tensor<10xf64>
              } {prune.counts = array<f64: 1.0, 1.0, 0.0, 0.0, 113.0, 0.0, 2.0, 3.0, 2.0, 0.0>, prune.impurity = 0.14082235958075784 : f64, prune.weight = 122.0 : f64, prune.node = 106 : i64}
              scf.yield %r107 : tensor<10xf64>
            } else {
              %c110 = arith.constant 61 : index
              %f110 = tensor.extract %x[%c110] : tensor<64xf32>
              %t110 = arith.constant 9.687500000e-01 : f32
              %le110 = arith.cmpf ole, %f110, %t110 : f32
              %r110 = scf.if %le110 -> (tensor<10xf64>) {
                %leaf111 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 4.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 110 : i64} %leaf111 : tensor<10xf64>
              } else {
                %leaf112 = arith.constant dense<[0.0, 0.5714285714285714, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.42857142857142855, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 4.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 3.0, 0.0>, prune.impurity = 0.4897959183673469 : f64, prune.weight = 7.0 : f64, prune.node = 111 : i64} %leaf112 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 4.0, 0.0, 0.0, 0.0, 0.0, 4.0, 0.0, 3.0, 0.0>, prune.impurity = 0.6611570247933884 : f64, prune.weight = 11.0 : f64, prune.node = 109 : i64}
              scf.yield %r110 : tensor<10xf64>
            } {prune.counts = array<f64: 1.0, 5.0, 0.0, 0.0, 113.0, 0.0, 6.0, 3.0, 5.0, 0.0>, prune.impurity = 0.27271185482503246 : f64, prune.weight = 133.0 : f64, prune.node = 105 : i64}
            scf.yield %r106 : tensor<10xf64>
          } else {
            %c113 = arith.constant 51 : index
            %f113 = tensor.extract %x[%c113] : tensor<64xf32>
            %t113 = arith.constant 5.937500000e-01 : f32
            %le113 = arith.cmpf ole, %f113, %t113 : f32
            %r113 = scf.if %le113 -> (tensor<10xf64>) {
              %c114 = arith.constant 61 : index
              %f114 = tensor.extract %x[%c114] : tensor<64xf32>
              %t114 = arith.constant 1.562500000e-01 : f32
              %le114 = arith.cmpf ole, %f114, %t114 : f32
              %r114 = scf.if %le114 -> (tensor<10xf64>) {
                %leaf115 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 6.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 6.0 : f64, prune.node = 114 : i64} %leaf115 : tensor<10xf64>
              } else {
                %leaf116 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 8.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 8.0 : f64, prune.node = 115 : i64} %leaf116 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 6.0, 0.0, 0.0, 0.0, 8.0, 0.0>, prune.impurity = 0.4897959183673469 : f64, prune.weight = 14.0 : f64, prune.node = 113 : i64}
              scf.yield %r114 : tensor<10xf64>
            } else {
              %c117 = arith.constant 52 : index
              %f117 = tensor.extract %x[%c117] : tensor<64xf32>
              %t117 = arith.constant 4.375000000e-01 : f32
              %le117 = arith.cmpf ole, %f117, %t117 : f32
              %r117 = scf.if %le117 -> (tensor<10xf64>) {
                %leaf118 = arith.constant dense<[0.0, 0.05263157894736842, 0.0, 0.0, 0.0, 0.0, 0.0, 0.9473684210526315, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 18.0, 0.0, 0.0>, prune.impurity = 0.09972299168975074 : f64, prune.weight = 19.0 : f64, prune.node = 117 : i64} %leaf118 : tensor<10xf64>
              } else {
                %leaf119 = arith.constant dense<[0.0, 0.5, 0.16666666666666666, 0.0, 0.3333333333333333, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 6.0, 2.0, 0.0, 4.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.6111111111111112 : f64, prune.weight = 12.0 : f64, prune.node = 118 : i64} %leaf119 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 7.0, 2.0, 0.0, 4.0, 0.0, 0.0, 18.0, 0.0, 0.0>, prune.impurity = 0.59105098855359 : f64, prune.weight = 31.0 : f64, prune.node = 116 : i64}
              scf.yield %r117 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 7.0, 2.0, 0.0, 10.0, 0.0, 0.0, 18.0, 8.0, 0.0>, prune.impurity = 0.7328395061728394 : f64, prune.weight = 45.0 : f64, prune.node = 112 : i64}
            scf.yield %r113 : tensor<10xf64>
          } {prune.counts = array<f64: 1.0, 12.0, 2.0, 0.0, 123.0, 0.0, 6.0, 21.0, 13.0, 0.0>, prune.impurity = 0.49741194293649793 : f64, prune.weight = 178.0 : f64, prune.node = 104 : i64}
          scf.yield %r105 : tensor<10xf64>
        } else {
          %c120 = arith.constant 22 : index
          %f120 = tensor.extract %x[%c120] : tensor<64xf32>
          %t120 = arith.constant 1.562500000e-01 : f32
          %le120 = arith.cmpf ole, %f120, %t120 : f32
          %r120 = scf.if %le120 -> (tensor<10xf64>) {
            %c121 = arith.constant 21 : index
            %f121 = tensor.extract %x[%c121] : tensor<64xf32>
            %t121 = arith.constant 2.187500000e-01 : f32
            %le121 = arith.cmpf ole, %f121, %t121 : f32
            %r121 = scf.if %le121 -> (tensor<10xf64>) {
              %c122 = arith.constant 33 : index
              %f122 = tensor.extract %x[%c122] : tensor<64xf32>
              %t122 = arith.constant 7.187500000e-01 : f32
              %le122 = arith.cmpf ole, %f122, %t122 : f32
              %r122 = scf.if %le122 -> (tensor<10xf64>) {
                %leaf123 = arith.constant dense<[0.0, 0.03636363636363636, 0.0, 0.0, 0.09090909090909091, 0.6363636363636364, 0.23636363636363636, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 2.0, 0.0, 0.0, 5.0, 35.0, 13.0, 0.0, 0.0, 0.0>, prune.impurity = 0.5295867768595042 : f64, prune.weight = 55.0 : f64, prune.node = 122 : i64} %leaf123 : tensor<10xf64>
              } else {
                %leaf124 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 7.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 7.0 : f64, prune.node = 123 : i64} %leaf124 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 2.0, 0.0, 0.0, 12.0, 35.0, 13.0, 0.0, 0.0, 0.0>, prune.impurity = 0.5988553590010406 : f64, prune.weight = 62.0 : f64, prune.node = 121 : i64}
              scf.yield %r122 : tensor<10xf64>
            } else {
              %c125 = arith.constant 52 : index
              %f125 = tensor.extract %x[%c125] : tensor<64xf32>
              %t125 = arith.constant 9.062500000e-01 : f32
              %le125 = arith.cmpf ole, %f125, %t125 : f32
              %r125 = scf.if %le125 -> (tensor<10xf64>) {
                %leaf126 = arith.constant dense<[0.0, 0.061224489795918366, 0.0, 0.0, 0.02040816326530612, 0.02040816326530612, 0.0, 0.6530612244897959, 0.22448979591836735, 0.02040816326530612]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 3.0, 0.0, 0.0, 1.0, 1.0, 0.0, 32.0, 11.0, 1.0>, prune.impurity = 0.5181174510620574 : f64, prune.weight = 49.0 : f64, prune.node = 125 : i64} %leaf126 : tensor<10xf64>
              } else {
                %leaf127 = arith.constant dense<[0.0, 0.8421052631578947, 0.0, 0.0, 0.15789473684210525, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 16.0, 0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.2659279778393352 : f64, prune.weight = 19.0 : f64, prune.node = 126 : i64} %leaf127 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 19.0, 0.0, 0.0, 4.0, 1.0, 0.0, 32.0, 11.0, 1.0>, prune.impurity = 0.6704152249134948 : f64, prune.weight = 68.0 : f64, prune.node = 124 : i64}
              scf.yield %r125 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 21.0, 0.0, 0.0, 16.0, 36.0, 13.0, 32.0, 11.0, 1.0>, prune.impurity = 0.8042603550295858 : f64, prune.weight = 130.0 : f64, prune.node = 120 : i64}
            scf.yield %r121 : tensor<10xf64>
          } else {
            %c128 = arith.constant 19 : index
            %f128 = tensor.extract %x[%c128] : tensor<64xf32>
            %t128 = arith.constant 4.687500000e-01 : f32
            %le128 = arith.cmpf ole, %f128, %t128 : f32
            %r128 = scf.if %le128 -> (tensor<10xf64>) {
              %c129 = arith.constant 17 : index
              %f129 = tensor.extract %x[%c129] : tensor<64xf32>
              %t129 = arith.constant 2.812500000e-01 : f32
              %le129 = arith.cmpf ole, %f129, %t129 : f32
              %r129 = scf.if %le129 -> (tensor<10xf64>) {
                %leaf130 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 29.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 29.0 : f64, prune.node = 129 : i64} %leaf130 : tensor<10xf64>
              } else {
                %leaf131 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 130 : i64} %leaf131 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 29.0, 2.0, 0.0>, prune.impurity = 0.12070759625390215 : f64, prune.weight = 31.0 : f64, prune.node = 128 : i64}
              scf.yield %r129 : tensor<10xf64>
            } else {
              %c132 = arith.constant 20 : index
              %f132 = tensor.extract %x[%c132] : tensor<64xf32>
              %t132 = arith.constant 7.812500000e-01 : f32
              %le132 = arith.cmpf ole, %f132, %t132 : f32
              %r132 = scf.if %le132 -> (tensor<10xf64>) {
                %leaf133 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.6, 0.0, 0.0, 0.0, 0.0, 0.4]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 6.0, 0.0, 0.0, 0.0, 0.0, 4.0>, prune.impurity = 0.48 : f64, prune.weight = 10.0 : f64, prune.node = 132 : i64} %leaf133 : tensor<10xf64>
              } else {
                %leaf134 = arith.constant dense<[0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 12.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 12.0 : f64, prune.node = 133 : i64} %leaf134 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 12.0, 0.0, 0.0, 6.0, 0.0, 0.0, 0.0, 0.0, 4.0>, prune.impurity = 0.5950413223140496 : f64, prune.weight = 22.0 : f64, prune.node = 131 : i64}
              scf.yield %r132 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 12.0, 0.0, 0.0, 6.0, 0.0, 0.0, 29.0, 2.0, 4.0>, prune.impurity = 0.6294054823780705 : f64, prune.weight = 53.0 : f64, prune.node = 127 : i64}
            scf.yield %r128 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 33.0, 0.0, 0.0, 22.0, 36.0, 13.0, 61.0, 13.0, 5.0>, prune.impurity = 0.7923795873271821 : f64, prune.weight = 183.0 : f64, prune.node = 119 : i64}
          scf.yield %r120 : tensor<10xf64>
        } {prune.counts = array<f64: 1.0, 45.0, 2.0, 0.0, 145.0, 36.0, 19.0, 82.0, 26.0, 5.0>, prune.impurity = 0.7534012169949587 : f64, prune.weight = 361.0 : f64, prune.node = 103 : i64}
        scf.yield %r104 : tensor<10xf64>
      } else {
        %c135 = arith.constant 30 : index
        %f135 = tensor.extract %x[%c135] : tensor<64xf32>
        %t135 = arith.constant 2.187500000e-01 : f32
        %le135 = arith.cmpf ole, %f135, %t135 : f32
        %r135 = scf.if %le135 -> (tensor<10xf64>) {
          %c136 = arith.constant 51 : index
          %f136 = tensor.extract %x[%c136] : tensor<64xf32>
          %t136 = arith.constant 4.062500000e-01 : f32
          %le136 = arith.cmpf ole, %f136, %t136 : f32
          %r136 = scf.if %le136 -> (tensor<10xf64>) {
            %c137 = arith.constant 33 : index
            %f137 = tensor.extract %x[%c137] : tensor<64xf32>
            %t137 = arith.constant 9.375000000e-02 : f32
            %le137 = arith.cmpf ole, %f137, %t137 : f32
            %r137 = scf.if %le137 -> (tensor<10xf64>) {
              %leaf138 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 3.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 137 : i64} %leaf138 : tensor<10xf64>
            } else {
              %leaf139 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 138 : i64} %leaf139 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 3.0>, prune.impurity = 0.5 : f64, prune.weight = 6.0 : f64, prune.node = 136 : i64}
            scf.yield %r137 : tensor<10xf64>
          } else {
            %c140 = arith.constant 12 : index
            %f140 = tensor.extract %x[%c140] : tensor<64xf32>
            %t140 = arith.constant 9.375000000e-01 : f32
            %le140 = arith.cmpf ole, %f140, %t140 : f32
            %r140 = scf.if %le140 -> (tensor<10xf64>) {
              %c141 = arith.constant 61 : index
              %f141 = tensor.extract %x[%c141] : tensor<64xf32>
              %t141 = arith.constant 1.250000000e-01 : f32
              %le141 = arith.cmpf ole, %f141, %t141 : f32
              %r141 = scf.if %le141 -> (tensor<10xf64>) {
                %leaf142 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 141 : i64} %leaf142 : tensor<10xf64>
              } else {
                %leaf143 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 109.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 109.0 : f64, prune.node = 142 : i64} %leaf143 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 109.0, 0.0, 0.0, 0.0>, prune.impurity = 0.03538673808944082 : f64, prune.weight = 111.0 : f64, prune.node = 140 : i64}
              scf.yield %r141 : tensor<10xf64>
            } else {
              %leaf144 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 143 : i64} %leaf144 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 3.0, 0.0, 109.0, 0.0, 0.0, 0.0>, prune.impurity = 0.05213647959183676 : f64, prune.weight = 112.0 : f64, prune.node = 139 : i64}
            scf.yield %r140 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 3.0, 3.0, 109.0, 0.0, 0.0, 3.0>, prune.impurity = 0.144785981039931 : f64, prune.weight = 118.0 : f64, prune.node = 135 : i64}
          scf.yield %r136 : tensor<10xf64>
        } else {
          %c145 = arith.constant 2 : index
          %f145 = tensor.extract %x[%c145] : tensor<64xf32>
          %t145 = arith.constant 9.375000000e-02 : f32
          %le145 = arith.cmpf ole, %f145, %t145 : f32
          %r145 = scf.if %le145 -> (tensor<10xf64>) {
            %leaf146 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 145 : i64} %leaf146 : tensor<10xf64>
          } else {
            %leaf147 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 3.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 146 : i64} %leaf147 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 3.0>, prune.impurity = 0.48 : f64, prune.weight = 5.0 : f64, prune.node = 144 : i64}
          scf.yield %r145 : tensor<10xf64>
        } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 5.0, 3.0, 109.0, 0.0, 0.0, 6.0>, prune.impurity = 0.2100601493819816 : f64, prune.weight = 123.0 : f64, prune.node = 134 : i64}
        scf.yield %r135 : tensor<10xf64>
      } {prune.counts = array<f64: 1.0, 45.0, 2.0, 0.0, 150.0, 39.0, 128.0, 82.0, 26.0, 11.0>, prune.impurity = 0.7867461238986408 : f64, prune.weight = 484.0 : f64, prune.node = 102 : i64}
      scf.yield %r103 : tensor<10xf64>
    } {prune.counts = array<f64: 1.0, 139.0, 133.0, 133.0, 154.0, 103.0, 130.0, 156.0, 116.0, 88.0>, prune.impurity = 0.8860689223557234 : f64, prune.weight = 1153.0 : f64, prune.node = 42 : i64}
    scf.yield %r43 : tensor<10xf64>
  } {prune.counts = array<f64: 127.0, 139.0, 138.0, 133.0, 156.0, 124.0, 135.0, 156.0, 117.0, 122.0>, prune.impurity = 0.899124728768431 : f64, prune.weight = 1347.0 : f64, prune.node = 0 : i64}
  return %r1 : tensor<10xf64>
}

func.func @tree11(%x: tensor<64xf32> {prune.range = array<f64: 0.0, 1.0>}) -> tensor<10xf64> {
  %c1 = arith.constant 33 : index
  %f1 = tensor.extract %x[%c1] : tensor<64xf32>
  %t1 = arith.constant 2.187500000e-01 : f32
  %le1 = arith.cmpf ole, %f1, %t1 : f32
  %r1 = scf.if %le1 -> (tensor<10xf64>) {
    %c2 = arith.constant 43 : index
    %f2 = tensor.extract %x[%c2] : tensor<64xf32>
    %t2 = arith.constant 9.375000000e-02 : f32
    %le2 = arith.cmpf ole, %f2, %t2 : f32
    %r2 = scf.if %le2 -> (tensor<10xf64>) {
      %c3 = arith.constant 26 : index
      %f3 = tensor.extract %x[%c3] : tensor<64xf32>
      %t3 = arith.constant 1.562500000e-01 : f32
      %le3 = arith.cmpf ole, %f3, %t3 : f32
      %r3 = scf.if %le3 -> (tensor<10xf64>) {
        %c4 = arith.constant 60 : index
        %f4 = tensor.extract %x[%c4] : tensor<64xf32>
        %t4 = arith.constant 2.187500000e-01 : f32
        %le4 = arith.cmpf ole, %f4, %t4 : f32
        %r4 = scf.if %le4 -> (tensor<10xf64>) {
          %leaf5 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
          scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 4 : i64} %leaf5 : tensor<10xf64>
        } else {
          %c6 = arith.constant 62 : index
          %f6 = tensor.extract %x[%c6] : tensor<64xf32>
          %t6 = arith.constant 6.562500000e-01 : f32
          %le6 = arith.cmpf ole, %f6, %t6 : f32
          %r6 = scf.if %le6 -> (tensor<10xf64>) {
            %c7 = arith.constant 29 : index
            %f7 = tensor.extract %x[%c7] : tensor<64xf32>
            %t7 = arith.constant 5.937500000e-01 : f32
            %le7 = arith.cmpf ole, %f7, %t7 : f32
            %r7 = scf.if %le7 -> (tensor<10xf64>) {
              %leaf8 = arith.constant dense<[0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 71.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 71.0 : f64, prune.node = 7 : i64} %leaf8 : tensor<10xf64>
            } else {
              %c9 = arith.constant 3 : index
              %f9 = tensor.extract %x[%c9] : tensor<64xf32>
              %t9 = arith.constant 5.000000000e-01 : f32
              %le9 = arith.cmpf ole, %f9, %t9 : f32
              %r9 = scf.if %le9 -> (tensor<10xf64>) {
                %leaf10 = arith.constant dense<[0.0, 0.4, 0.0, 0.0, 0.0, 0.0, 0.0, 0.2, 0.4, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 2.0, 0.0>, prune.impurity = 0.64 : f64, prune.weight = 5.0 : f64, prune.node = 9 : i64} %leaf10 : tensor<10xf64>
              } else {
                %leaf11 = arith.constant dense<[0.0, 0.0, 0.0, 0.8846153846153846, 0.0, 0.0, 0.0, 0.0, 0.0, 0.11538461538461539]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 23.0, 0.0, 0.0, 0.0, 0.0, 0.0, 3.0>, prune.impurity = 0.20414201183431957 : f64, prune.weight = 26.0 : f64, prune.node = 10 : i64} %leaf11 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 2.0, 0.0, 23.0, 0.0, 0.0, 0.0, 1.0, 2.0, 3.0>, prune.impurity = 0.4308012486992716 : f64, prune.weight = 31.0 : f64, prune.node = 8 : i64}
              scf.yield %r9 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 2.0, 0.0, 94.0, 0.0, 0.0, 0.0, 1.0, 2.0, 3.0>, prune.impurity = 0.14898116109188775 : f64, prune.weight = 102.0 : f64, prune.node = 6 : i64}
            scf.yield %r7 : tensor<10xf64>
          } else {
            %c12 = arith.constant 53 : index
            %f12 = tensor.extract %x[%c12] : tensor<64xf32>
            %t12 = arith.constant 9.062500000e-01 : f32
            %le12 = arith.cmpf ole, %f12, %t12 : f32
            %r12 = scf.if %le12 -> (tensor<10xf64>) {
              %c13 = arith.constant 63 : index
              %f13 = tensor.extract %x[%c13] : tensor<64xf32>
              %t13 = arith.constant 5.312500000e-01 : f32
              %le13 = arith.cmpf ole, %f13, %t13 : f32
              %r13 = scf.if %le13 -> (tensor<10xf64>) {
                %leaf14 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 3.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 13 : i64} %leaf14 : tensor<10xf64>
              } else {
                %leaf15 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 14 : i64} %leaf15 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 3.0>, prune.impurity = 0.48 : f64, prune.weight = 5.0 : f64, prune.node = 12 : i64}
              scf.yield %r13 : tensor<10xf64>
            } else {
              %leaf16 = arith.constant dense<[0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 7.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 7.0 : f64, prune.node = 15 : i64} %leaf16 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 7.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 3.0>, prune.impurity = 0.5694444444444444 : f64, prune.weight = 12.0 : f64, prune.node = 11 : i64}
            scf.yield %r12 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 9.0, 2.0, 94.0, 0.0, 0.0, 0.0, 1.0, 2.0, 6.0>, prune.impurity = 0.31040320098491847 : f64, prune.weight = 114.0 : f64, prune.node = 5 : i64}
          scf.yield %r6 : tensor<10xf64>
        } {prune.counts = array<f64: 0.0, 9.0, 2.0, 94.0, 0.0, 0.0, 0.0, 1.0, 2.0, 8.0>, prune.impurity = 0.3318965517241379 : f64, prune.weight = 116.0 : f64, prune.node = 3 : i64}
        scf.yield %r4 : tensor<10xf64>
      } else {
        %c17 = arith.constant 42 : index
        %f17 = tensor.extract %x[%c17] : tensor<64xf32>
        %t17 = arith.constant 5.937500000e-01 : f32
        %le17 = arith.cmpf ole, %f17, %t17 : f32
        %r17 = scf.if %le17 -> (tensor<10xf64>) {
          %c18 = arith.constant 2 : index
          %f18 = tensor.extract %x[%c18] : tensor<64xf32>
          %t18 = arith.constant 6.562500000e-01 : f32
          %le18 = arith.cmpf ole, %f18, %t18 : f32
          %r18 = scf.if %le18 -> (tensor<10xf64>) {
            %c19 = arith.constant 44 : index
            %f19 = tensor.extract %x[%c19] : tensor<64xf32>
            %t19 = arith.constant 2.187500000e-01 : f32
            %le19 = arith.cmpf ole, %f19, %t19 : f32
            %r19 = scf.if %le19 -> (tensor<10xf64>) {
              %c20 = arith.constant 21 : index
              %f20 = tensor.extract %x[%c20] : tensor<64xf32>
              %t20 = arith.constant 2.500000000e-01 : f32
              %le20 = arith.cmpf ole, %f20, %t20 : f32
              %r20 = scf.if %le20 -> (tensor<10xf64>) {
                %leaf21 = arith.constant dense<[0.0, 0.0, 0.0, 0.1111111111111111, 0.0, 0.8888888888888888, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 2.0, 0.0, 16.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.19753086419753085 : f64, prune.weight = 18.0 : f64, prune.node = 20 : i64} %leaf21 : tensor<10xf64>
              } else {
                %leaf22 = arith.constant dense<[0.0, 0.0, 0.0, 0.04395604395604396, 0.0, 0.0, 0.0, 0.0, 0.0, 0.9560439560439561]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 4.0, 0.0, 0.0, 0.0, 0.0, 0.0, 87.0>, prune.impurity = 0.08404782031155655 : f64, prune.weight = 91.0 : f64, prune.node = 21 : i64} %leaf22 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 6.0, 0.0, 16.0, 0.0, 0.0, 0.0, 87.0>, prune.impurity = 0.33835535729315713 : f64, prune.weight = 109.0 : f64, prune.node = 19 : i64}
              scf.yield %r20 : tensor<10xf64>
            } else {
              %c23 = arith.constant 9 : index
              %f23 = tensor.extract %x[%c23] : tensor<64xf32>
              %t23 = arith.constant 1.562500000e-01 : f32
              %le23 = arith.cmpf ole, %f23, %t23 : f32
              %r23 = scf.if %le23 -> (tensor<10xf64>) {
                %leaf24 = arith.constant dense<[0.0, 0.44, 0.0, 0.02, 0.0, 0.08, 0.0, 0.02, 0.04, 0.4]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 22.0, 0.0, 1.0, 0.0, 4.0, 0.0, 1.0, 2.0, 20.0>, prune.impurity = 0.6376 : f64, prune.weight = 50.0 : f64, prune.node = 23 : i64} %leaf24 : tensor<10xf64>
              } else {
                %leaf25 = arith.constant dense<[0.0, 0.0, 0.0, 0.13333333333333333, 0.0, 0.8, 0.0, 0.0, 0.0, 0.06666666666666667]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 2.0, 0.0, 12.0, 0.0, 0.0, 0.0, 1.0>, prune.impurity = 0.33777777777777773 : f64, prune.weight = 15.0 : f64, prune.node = 24 : i64} %leaf25 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 22.0, 0.0, 3.0, 0.0, 16.0, 0.0, 1.0, 2.0, 21.0>, prune.impurity = 0.7171597633136095 : f64, prune.weight = 65.0 : f64, prune.node = 22 : i64}
              scf.yield %r23 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 22.0, 0.0, 9.0, 0.0, 32.0, 0.0, 1.0, 2.0, 108.0>, prune.impurity = 0.5620953890870657 : f64, prune.weight = 174.0 : f64, prune.node = 18 : i64}
            scf.yield %r19 : tensor<10xf64>
          } else {
            %c26 = arith.constant 18 : index
            %f26 = tensor.extract %x[%c26] : tensor<64xf32>
            %t26 = arith.constant 5.937500000e-01 : f32
            %le26 = arith.cmpf ole, %f26, %t26 : f32
            %r26 = scf.if %le26 -> (tensor<10xf64>) {
              %c27 = arith.constant 50 : index
              %f27 = tensor.extract %x[%c27] : tensor<64xf32>
              %t27 = arith.constant 6.250000000e-02 : f32
              %le27 = arith.cmpf ole, %f27, %t27 : f32
              %r27 = scf.if %le27 -> (tensor<10xf64>) {
                %leaf28 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 3.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 27 : i64} %leaf28 : tensor<10xf64>
              } else {
                %leaf29 = arith.constant dense<[0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 5.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 5.0 : f64, prune.node = 28 : i64} %leaf29 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 5.0, 0.0, 0.0, 0.0, 0.0, 0.0, 3.0>, prune.impurity = 0.46875 : f64, prune.weight = 8.0 : f64, prune.node = 26 : i64}
              scf.yield %r27 : tensor<10xf64>
            } else {
              %c30 = arith.constant 26 : index
              %f30 = tensor.extract %x[%c30] : tensor<64xf32>
              %t30 = arith.constant 4.062500000e-01 : f32
              %le30 = arith.cmpf ole, %f30, %t30 : f32
              %r30 = scf.if %le30 -> (tensor<10xf64>) {
                %leaf31 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 30 : i64} %leaf31 : tensor<10xf64>
              } else {
                %leaf32 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.896551724137931, 0.0, 0.0, 0.034482758620689655, 0.06896551724137931]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 26.0, 0.0, 0.0, 1.0, 2.0>, prune.impurity = 0.19024970273483943 : f64, prune.weight = 29.0 : f64, prune.node = 31 : i64} %leaf32 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 26.0, 0.0, 0.0, 1.0, 4.0>, prune.impurity = 0.27887617065556713 : f64, prune.weight = 31.0 : f64, prune.node = 29 : i64}
              scf.yield %r30 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 5.0, 0.0, 26.0, 0.0, 0.0, 1.0, 7.0>, prune.impurity = 0.5062458908612755 : f64, prune.weight = 39.0 : f64, prune.node = 25 : i64}
            scf.yield %r26 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 22.0, 0.0, 14.0, 0.0, 58.0, 0.0, 1.0, 3.0, 115.0>, prune.impurity = 0.6191452313253543 : f64, prune.weight = 213.0 : f64, prune.node = 17 : i64}
          scf.yield %r18 : tensor<10xf64>
        } else {
          %c33 = arith.constant 36 : index
          %f33 = tensor.extract %x[%c33] : tensor<64xf32>
          %t33 = arith.constant 3.437500000e-01 : f32
          %le33 = arith.cmpf ole, %f33, %t33 : f32
          %r33 = scf.if %le33 -> (tensor<10xf64>) {
            %c34 = arith.constant 2 : index
            %f34 = tensor.extract %x[%c34] : tensor<64xf32>
            %t34 = arith.constant 3.750000000e-01 : f32
            %le34 = arith.cmpf ole, %f34, %t34 : f32
            %r34 = scf.if %le34 -> (tensor<10xf64>) {
              %leaf35 = arith.constant dense<[1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 34 : i64} %leaf35 : tensor<10xf64>
            } else {
              %c36 = arith.constant 29 : index
              %f36 = tensor.extract %x[%c36] : tensor<64xf32>
              %t36 = arith.constant 4.687500000e-01 : f32
              %le36 = arith.cmpf ole, %f36, %t36 : f32
              %r36 = scf.if %le36 -> (tensor<10xf64>) {
                %leaf37 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 36 : i64} %leaf37 : tensor<10xf64>
              } else {
                %leaf38 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 37 : i64} %leaf38 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 1.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.5 : f64, prune.weight = 2.0 : f64, prune.node = 35 : i64}
              scf.yield %r36 : tensor<10xf64>
            } {prune.counts = array<f64: 2.0, 0.0, 1.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.625 : f64, prune.weight = 4.0 : f64, prune.node = 33 : i64}
            scf.yield %r34 : tensor<10xf64>
          } else {
            %leaf39 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 13.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 13.0 : f64, prune.node = 38 : i64} %leaf39 : tensor<10xf64>
          } {prune.counts = array<f64: 2.0, 0.0, 1.0, 0.0, 0.0, 1.0, 0.0, 0.0, 13.0, 0.0>, prune.impurity = 0.39446366782006925 : f64, prune.weight = 17.0 : f64, prune.node = 32 : i64}
          scf.yield %r33 : tensor<10xf64>
        } {prune.counts = array<f64: 2.0, 22.0, 1.0, 14.0, 0.0, 59.0, 0.0, 1.0, 16.0, 115.0>, prune.impurity = 0.6663894139886579 : f64, prune.weight = 230.0 : f64, prune.node = 16 : i64}
        scf.yield %r17 : tensor<10xf64>
      } {prune.counts = array<f64: 2.0, 31.0, 3.0, 108.0, 0.0, 59.0, 0.0, 2.0, 18.0, 123.0>, prune.impurity = 0.7362424404423803 : f64, prune.weight = 346.0 : f64, prune.node = 2 : i64}
      scf.yield %r3 : tensor<10xf64>
    } else {
      %c40 = arith.constant 60 : index
      %f40 = tensor.extract %x[%c40] : tensor<64xf32>
      %t40 = arith.constant 4.687500000e-01 : f32
      %le40 = arith.cmpf ole, %f40, %t40 : f32
      %r40 = scf.if %le40 -> (tensor<10xf64>) {
        %c41 = arith.constant 29 : index
        %f41 = tensor.extract %x[%c41] : tensor<64xf32>
        %t41 = arith.constant 1.562500000e-01 : f32
        %le41 = arith.cmpf ole, %f41, %t41 : f32
        %r41 = scf.if %le41 -> (tensor<10xf64>) {
          %c42 = arith.constant 58 : index
          %f42 = tensor.extract %x[%c42] : tensor<64xf32>
          %t42 = arith.constant 7.812500000e-01 : f32
          %le42 = arith.cmpf ole, %f42, %t42 : f32
          %r42 = scf.if %le42 -> (tensor<10xf64>) {
            %c43 = arith.constant 21 : index
            %f43 = tensor.extract %x[%c43] : tensor<64xf32>
            %t43 = arith.constant 1.562500000e-01 : f32
            %le43 = arith.cmpf ole, %f43, %t43 : f32
            %r43 = scf.if %le43 -> (tensor<10xf64>) {
              %leaf44 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 7.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 7.0 : f64, prune.node = 43 : i64} %leaf44 : tensor<10xf64>
            } else {
              %c45 = arith.constant 17 : index
              %f45 = tensor.extract %x[%c45] : tensor<64xf32>
              %t45 = arith.constant 4.687500000e-01 : f32
              %le45 = arith.cmpf ole, %f45, %t45 : f32
              %r45 = scf.if %le45 -> (tensor<10xf64>) {
                %leaf46 = arith.constant dense<[0.0, 0.0, 0.0, 0.4, 0.0, 0.0, 0.0, 0.0, 0.6, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 3.0, 0.0>, prune.impurity = 0.48 : f64, prune.weight = 5.0 : f64, prune.node = 45 : i64} %leaf46 : tensor<10xf64>
              } else {
                %leaf47 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 4.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 46 : i64} %leaf47 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 3.0, 4.0>, prune.impurity = 0.6419753086419753 : f64, prune.weight = 9.0 : f64, prune.node = 44 : i64}
              scf.yield %r45 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 2.0, 0.0, 7.0, 0.0, 0.0, 3.0, 4.0>, prune.impurity = 0.6953125 : f64, prune.weight = 16.0 : f64, prune.node = 42 : i64}
            scf.yield %r43 : tensor<10xf64>
          } else {
            %c48 = arith.constant 53 : index
            %f48 = tensor.extract %x[%c48] : tensor<64xf32>
            %t48 = arith.constant 9.375000000e-02 : f32
            %le48 = arith.cmpf ole, %f48, %t48 : f32
            %r48 = scf.if %le48 -> (tensor<10xf64>) {
              %leaf49 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 16.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 16.0 : f64, prune.node = 48 : i64} %leaf49 : tensor<10xf64>
            } else {
              %leaf50 = arith.constant dense<[0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 49 : i64} %leaf50 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 0.0, 1.0, 0.0, 16.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.11072664359861595 : f64, prune.weight = 17.0 : f64, prune.node = 47 : i64}
            scf.yield %r48 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 0.0, 0.0, 3.0, 0.0, 23.0, 0.0, 0.0, 3.0, 4.0>, prune.impurity = 0.48301193755739213 : f64, prune.weight = 33.0 : f64, prune.node = 41 : i64}
          scf.yield %r42 : tensor<10xf64>
        } else {
          %c51 = arith.constant 52 : index
          %f51 = tensor.extract %x[%c51] : tensor<64xf32>
          %t51 = arith.constant 9.062500000e-01 : f32
          %le51 = arith.cmpf ole, %f51, %t51 : f32
          %r51 = scf.if %le51 -> (tensor<10xf64>) {
            %c52 = arith.constant 58 : index
            %f52 = tensor.extract %x[%c52] : tensor<64xf32>
            %t52 = arith.constant 1.562500000e-01 : f32
            %le52 = arith.cmpf ole, %f52, %t52 : f32
            %r52 = scf.if %le52 -> (tensor<10xf64>) {
              %c53 = arith.constant 13 : index
              %f53 = tensor.extract %x[%c53] : tensor<64xf32>
              %t53 = arith.constant 9.687500000e-01 : f32
              %le53 = arith.cmpf ole, %f53, %t53 : f32
              %r53 = scf.if %le53 -> (tensor<10xf64>) {
                %leaf54 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.08695652173913043, 0.0, 0.0, 0.391304347826087, 0.0, 0.5217391304347826]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 9.0, 0.0, 12.0>, prune.impurity = 0.5671077504725898 : f64, prune.weight = 23.0 : f64, prune.node = 53 : i64} %leaf54 : tensor<10xf64>
              } else {
                %leaf55 = arith.constant dense<[0.0, 0.1, 0.0, 0.0, 0.0, 0.0, 0.0, 0.9, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 9.0, 0.0, 0.0>, prune.impurity = 0.18000000000000005 : f64, prune.weight = 10.0 : f64, prune.node = 54 : i64} %leaf55 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 1.0, 0.0, 0.0, 2.0, 0.0, 0.0, 18.0, 0.0, 12.0>, prune.impurity = 0.5656565656565656 : f64, prune.weight = 33.0 : f64, prune.node = 52 : i64}
              scf.yield %r53 : tensor<10xf64>
            } else {
              %c56 = arith.constant 52 : index
              %f56 = tensor.extract %x[%c56] : tensor<64xf32>
              %t56 = arith.constant 7.500000000e-01 : f32
              %le56 = arith.cmpf ole, %f56, %t56 : f32
              %r56 = scf.if %le56 -> (tensor<10xf64>) {
                %leaf57 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.9888888888888889, 0.0, 0.011111111111111112]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 89.0, 0.0, 1.0>, prune.impurity = 0.021975308641975277 : f64, prune.weight = 90.0 : f64, prune.node = 56 : i64} %leaf57 : tensor<10xf64>
              } else {
                %leaf58 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 57 : i64} %leaf58 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 89.0, 0.0, 1.0>, prune.impurity = 0.043231493780944374 : f64, prune.weight = 91.0 : f64, prune.node = 55 : i64}
              scf.yield %r56 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 1.0, 1.0, 0.0, 2.0, 0.0, 0.0, 107.0, 0.0, 13.0>, prune.impurity = 0.24401664932362122 : f64, prune.weight = 124.0 : f64, prune.node = 51 : i64}
            scf.yield %r52 : tensor<10xf64>
          } else {
            %c59 = arith.constant 43 : index
            %f59 = tensor.extract %x[%c59] : tensor<64xf32>
            %t59 = arith.constant 2.500000000e-01 : f32
            %le59 = arith.cmpf ole, %f59, %t59 : f32
            %r59 = scf.if %le59 -> (tensor<10xf64>) {
              %leaf60 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 59 : i64} %leaf60 : tensor<10xf64>
            } else {
              %c61 = arith.constant 53 : index
              %f61 = tensor.extract %x[%c61] : tensor<64xf32>
              %t61 = arith.constant 9.375000000e-01 : f32
              %le61 = arith.cmpf ole, %f61, %t61 : f32
              %r61 = scf.if %le61 -> (tensor<10xf64>) {
                %leaf62 = arith.constant dense<[0.0, 0.5, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.5, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.5 : f64, prune.weight = 2.0 : f64, prune.node = 61 : i64} %leaf62 : tensor<10xf64>
              } else {
                %leaf63 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 62 : i64} %leaf63 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 1.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.625 : f64, prune.weight = 4.0 : f64, prune.node = 60 : i64}
              scf.yield %r61 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 1.0, 2.0, 0.0, 0.0, 2.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.7222222222222222 : f64, prune.weight = 6.0 : f64, prune.node = 58 : i64}
            scf.yield %r59 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 2.0, 3.0, 0.0, 2.0, 2.0, 0.0, 107.0, 1.0, 13.0>, prune.impurity = 0.31124260355029587 : f64, prune.weight = 130.0 : f64, prune.node = 50 : i64}
          scf.yield %r51 : tensor<10xf64>
        } {prune.counts = array<f64: 0.0, 2.0, 3.0, 3.0, 2.0, 25.0, 0.0, 107.0, 4.0, 17.0>, prune.impurity = 0.5331024878617938 : f64, prune.weight = 163.0 : f64, prune.node = 40 : i64}
        scf.yield %r41 : tensor<10xf64>
      } else {
        %c64 = arith.constant 26 : index
        %f64 = tensor.extract %x[%c64] : tensor<64xf32>
        %t64 = arith.constant 3.437500000e-01 : f32
        %le64 = arith.cmpf ole, %f64, %t64 : f32
        %r64 = scf.if %le64 -> (tensor<10xf64>) {
          %c65 = arith.constant 34 : index
          %f65 = tensor.extract %x[%c65] : tensor<64xf32>
          %t65 = arith.constant 9.375000000e-02 : f32
          %le65 = arith.cmpf ole, %f65, %t65 : f32
          %r65 = scf.if %le65 -> (tensor<10xf64>) {
            %c66 = arith.constant 62 : index
            %f66 = tensor.extract %x[%c66] : tensor<64xf32>
            %t66 = arith.constant 3.125000000e-02 : f32
            %le66 = arith.cmpf ole, %f66, %t66 : f32
            %r66 = scf.if %le66 -> (tensor<10xf64>) {
              %c67 = arith.constant 4 : index
              %f67 = tensor.extract %x[%c67] : tensor<64xf32>
              %t67 = arith.constant 7.500000000e-01 : f32
              %le67 = arith.cmpf ole, %f67, %t67 : f32
              %r67 = scf.if %le67 -> (tensor<10xf64>) {
                %leaf68 = arith.constant dense<[0.0, 0.8333333333333334, 0.08333333333333333, 0.0, 0.0, 0.0, 0.0, 0.0, 0.08333333333333333, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 10.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0>, prune.impurity = 0.29166666666666663 : f64, prune.weight = 12.0 : f64, prune.node = 67 : i64} %leaf68 : tensor<10xf64>
              } else {
                %leaf69 = arith.constant dense<[0.0, 0.0, 0.5714285714285714, 0.23809523809523808, 0.0, 0.09523809523809523, 0.0, 0.0, 0.09523809523809523, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 12.0, 5.0, 0.0, 2.0, 0.0, 0.0, 2.0, 0.0>, prune.impurity = 0.5986394557823129 : f64, prune.weight = 21.0 : f64, prune.node = 68 : i64} %leaf69 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 10.0, 13.0, 5.0, 0.0, 2.0, 0.0, 0.0, 3.0, 0.0>, prune.impurity = 0.7180899908172635 : f64, prune.weight = 33.0 : f64, prune.node = 66 : i64}
              scf.yield %r67 : tensor<10xf64>
            } else {
              %c70 = arith.constant 49 : index
              %f70 = tensor.extract %x[%c70] : tensor<64xf32>
              %t70 = arith.constant 3.125000000e-02 : f32
              %le70 = arith.cmpf ole, %f70, %t70 : f32
              %r70 = scf.if %le70 -> (tensor<10xf64>) {
                %leaf71 = arith.constant dense<[0.0, 0.0, 0.9821428571428571, 0.017857142857142856, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 55.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.035076530612244916 : f64, prune.weight = 56.0 : f64, prune.node = 70 : i64} %leaf71 : tensor<10xf64>
              } else {
                %leaf72 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 30.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 30.0 : f64, prune.node = 71 : i64} %leaf72 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 85.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.02298539751216877 : f64, prune.weight = 86.0 : f64, prune.node = 69 : i64}
              scf.yield %r70 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 10.0, 98.0, 6.0, 0.0, 2.0, 0.0, 0.0, 3.0, 0.0>, prune.impurity = 0.3112774521573335 : f64, prune.weight = 119.0 : f64, prune.node = 65 : i64}
            scf.yield %r66 : tensor<10xf64>
          } else {
            %c73 = arith.constant 43 : index
            %f73 = tensor.extract %x[%c73] : tensor<64xf32>
            %t73 = arith.constant 9.062500000e-01 : f32
            %le73 = arith.cmpf ole, %f73, %t73 : f32
            %r73 = scf.if %le73 -> (tensor<10xf64>) {
              %c74 = arith.constant 38 : index
              %f74 = tensor.extract %x[%c74] : tensor<64xf32>
              %t74 = arith.constant 3.125000000e-02 : f32
              %le74 = arith.cmpf ole, %f74, %t74 : f32
              %r74 = scf.if %le74 -> (tensor<10xf64>) {
                %leaf75 = arith.constant dense<[0.0, 0.06779661016949153, 0.2711864406779661, 0.0, 0.0, 0.0, 0.0, 0.0, 0.6610169491525424, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 4.0, 16.0, 0.0, 0.0, 0.0, 0.0, 0.0, 39.0, 0.0>, prune.impurity = 0.48491812697500714 : f64, prune.weight = 59.0 : f64, prune.node = 74 : i64} %leaf75 : tensor<10xf64>
              } else {
                %leaf76 = arith.constant dense<[0.0, 0.0, 0.0, 0.3333333333333333, 0.0, 0.0, 0.0, 0.6666666666666666, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 4.0, 0.0, 0.0, 0.0, 8.0, 0.0, 0.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 12.0 : f64, prune.node = 75 : i64} %leaf76 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 4.0, 16.0, 4.0, 0.0, 0.0, 0.0, 8.0, 39.0, 0.0>, prune.impurity = 0.6284467367585796 : f64, prune.weight = 71.0 : f64, prune.node = 73 : i64}
              scf.yield %r74 : tensor<10xf64>
            } else {
              %c77 = arith.constant 27 : index
              %f77 = tensor.extract %x[%c77] : tensor<64xf32>
              %t77 = arith.constant 7.187500000e-01 : f32
              %le77 = arith.cmpf ole, %f77, %t77 : f32
              %r77 = scf.if %le77 -> (tensor<10xf64>) {
                %leaf78 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 77 : i64} %leaf78 : tensor<10xf64>
              } else {
                %leaf79 = arith.constant dense<[0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 22.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 22.0 : f64, prune.node = 78 : i64} %leaf79 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 22.0, 3.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.21120000000000005 : f64, prune.weight = 25.0 : f64, prune.node = 76 : i64}
              scf.yield %r77 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 26.0, 19.0, 4.0, 0.0, 0.0, 0.0, 8.0, 39.0, 0.0>, prune.impurity = 0.7137586805555556 : f64, prune.weight = 96.0 : f64, prune.node = 72 : i64}
            scf.yield %r73 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 36.0, 117.0, 10.0, 0.0, 2.0, 0.0, 8.0, 42.0, 0.0>, prune.impurity = 0.6340292049756625 : f64, prune.weight = 215.0 : f64, prune.node = 64 : i64}
          scf.yield %r65 : tensor<10xf64>
        } else {
          %c80 = arith.constant 20 : index
          %f80 = tensor.extract %x[%c80] : tensor<64xf32>
          %t80 = arith.constant 2.187500000e-01 : f32
          %le80 = arith.cmpf ole, %f80, %t80 : f32
          %r80 = scf.if %le80 -> (tensor<10xf64>) {
            %c81 = arith.constant 13 : index
            %f81 = tensor.extract %x[%c81] : tensor<64xf32>
            %t81 = arith.constant 2.187500000e-01 : f32
            %le81 = arith.cmpf ole, %f81, %t81 : f32
            %r81 = scf.if %le81 -> (tensor<10xf64>) {
              %c82 = arith.constant 58 : index
              %f82 = tensor.extract %x[%c82] : tensor<64xf32>
              %t82 = arith.constant 3.437500000e-01 : f32
              %le82 = arith.cmpf ole, %f82, %t82 : f32
              %r82 = scf.if %le82 -> (tensor<10xf64>) {
                %leaf83 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.016129032258064516, 0.03225806451612903, 0.9516129032258065, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 1.0, 2.0, 59.0, 0.0, 0.0, 0.0>, prune.impurity = 0.09313215400624353 : f64, prune.weight = 62.0 : f64, prune.node = 82 : i64} %leaf83 : tensor<10xf64>
              } else {
                %leaf84 = arith.constant dense<[0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 6.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 6.0 : f64, prune.node = 83 : i64} %leaf84 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 6.0, 0.0, 0.0, 1.0, 2.0, 59.0, 0.0, 0.0, 0.0>, prune.impurity = 0.2383217993079585 : f64, prune.weight = 68.0 : f64, prune.node = 81 : i64}
              scf.yield %r82 : tensor<10xf64>
            } else {
              %c85 = arith.constant 21 : index
              %f85 = tensor.extract %x[%c85] : tensor<64xf32>
              %t85 = arith.constant 2.500000000e-01 : f32
              %le85 = arith.cmpf ole, %f85, %t85 : f32
              %r85 = scf.if %le85 -> (tensor<10xf64>) {
                %leaf86 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 17.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 17.0 : f64, prune.node = 85 : i64} %leaf86 : tensor<10xf64>
              } else {
                %leaf87 = arith.constant dense<[0.30303030303030304, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.6060606060606061, 0.09090909090909091]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 10.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 20.0, 3.0>, prune.impurity = 0.5325987144168962 : f64, prune.weight = 33.0 : f64, prune.node = 86 : i64} %leaf87 : tensor<10xf64>
              } {prune.counts = array<f64: 10.0, 0.0, 0.0, 0.0, 0.0, 17.0, 0.0, 0.0, 20.0, 3.0>, prune.impurity = 0.6808000000000001 : f64, prune.weight = 50.0 : f64, prune.node = 84 : i64}
              scf.yield %r85 : tensor<10xf64>
            } {prune.counts = array<f64: 10.0, 6.0, 0.0, 0.0, 1.0, 19.0, 59.0, 0.0, 20.0, 3.0>, prune.impurity = 0.6848606722206263 : f64, prune.weight = 118.0 : f64, prune.node = 80 : i64}
            scf.yield %r81 : tensor<10xf64>
          } else {
            %c88 = arith.constant 19 : index
            %f88 = tensor.extract %x[%c88] : tensor<64xf32>
            %t88 = arith.constant 7.812500000e-01 : f32
            %le88 = arith.cmpf ole, %f88, %t88 : f32
            %r88 = scf.if %le88 -> (tensor<10xf64>) {
              %c89 = arith.constant 62 : index
              %f89 = tensor.extract %x[%c89] : tensor<64xf32>
              %t89 = arith.constant 2.187500000e-01 : f32
              %le89 = arith.cmpf ole, %f89, %t89 : f32
              %r89 = scf.if %le89 -> (tensor<10xf64>) {
                %leaf90 = arith.constant dense<[0.023255813953488372, 0.0, 0.023255813953488372, 0.0, 0.0, 0.0, 0.0, 0.0, 0.8837209302325582, 0.06976744186046512]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 1.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 38.0, 3.0>, prune.impurity = 0.21308815575987017 : f64, prune.weight = 43.0 : f64, prune.node = 89 : i64} %leaf90 : tensor<10xf64>
              } else {
                %leaf91 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 13.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 13.0 : f64, prune.node = 90 : i64} %leaf91 : tensor<10xf64>
              } {prune.counts = array<f64: 1.0, 0.0, 14.0, 0.0, 0.0, 0.0, 0.0, 0.0, 38.0, 3.0>, prune.impurity = 0.4738520408163265 : f64, prune.weight = 56.0 : f64, prune.node = 88 : i64}
              scf.yield %r89 : tensor<10xf64>
            } else {
              %c92 = arith.constant 50 : index
              %f92 = tensor.extract %x[%c92] : tensor<64xf32>
              %t92 = arith.constant 6.562500000e-01 : f32
              %le92 = arith.cmpf ole, %f92, %t92 : f32
              %r92 = scf.if %le92 -> (tensor<10xf64>) {
                %leaf93 = arith.constant dense<[0.0, 0.86, 0.0, 0.02, 0.02, 0.0, 0.02, 0.0, 0.08, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 43.0, 0.0, 1.0, 1.0, 0.0, 1.0, 0.0, 4.0, 0.0>, prune.impurity = 0.2528 : f64, prune.weight = 50.0 : f64, prune.node = 92 : i64} %leaf93 : tensor<10xf64>
              } else {
                %leaf94 = arith.constant dense<[0.0, 0.45, 0.1, 0.0, 0.0, 0.0, 0.15, 0.0, 0.3, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 9.0, 2.0, 0.0, 0.0, 0.0, 3.0, 0.0, 6.0, 0.0>, prune.impurity = 0.675 : f64, prune.weight = 20.0 : f64, prune.node = 93 : i64} %leaf94 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 52.0, 2.0, 1.0, 1.0, 0.0, 4.0, 0.0, 10.0, 0.0>, prune.impurity = 0.42326530612244895 : f64, prune.weight = 70.0 : f64, prune.node = 91 : i64}
              scf.yield %r92 : tensor<10xf64>
            } {prune.counts = array<f64: 1.0, 52.0, 16.0, 1.0, 1.0, 0.0, 4.0, 0.0, 48.0, 3.0>, prune.impurity = 0.6666666666666667 : f64, prune.weight = 126.0 : f64, prune.node = 87 : i64}
            scf.yield %r88 : tensor<10xf64>
          } {prune.counts = array<f64: 11.0, 58.0, 16.0, 1.0, 2.0, 19.0, 63.0, 0.0, 68.0, 6.0>, prune.impurity = 0.7860790110185434 : f64, prune.weight = 244.0 : f64, prune.node = 79 : i64}
          scf.yield %r80 : tensor<10xf64>
        } {prune.counts = array<f64: 11.0, 94.0, 133.0, 11.0, 2.0, 21.0, 63.0, 8.0, 110.0, 6.0>, prune.impurity = 0.7940915412400739 : f64, prune.weight = 459.0 : f64, prune.node = 63 : i64}
        scf.yield %r64 : tensor<10xf64>
      } {prune.counts = array<f64: 11.0, 96.0, 136.0, 14.0, 4.0, 46.0, 63.0, 115.0, 114.0, 23.0>, prune.impurity = 0.8426401712141107 : f64, prune.weight = 622.0 : f64, prune.node = 39 : i64}
      scf.yield %r40 : tensor<10xf64>
    } {prune.counts = array<f64: 13.0, 127.0, 139.0, 122.0, 4.0, 105.0, 63.0, 117.0, 132.0, 146.0>, prune.impurity = 0.8741312922614576 : f64, prune.weight = 968.0 : f64, prune.node = 1 : i64}
    scf.yield %r2 : tensor<10xf64>
  } else {
    %c95 = arith.constant 58 : index
    %f95 = tensor.extract %x[%c95] : tensor<64xf32>
    %t95 = arith.constant 3.125000000e-02 : f32
    %le95 = arith.cmpf ole, %f95, %t95 : f32
    %r95 = scf.if %le95 -> (tensor<10xf64>) {
      %c96 = arith.constant 61 : index
      %f96 = tensor.extract %x[%c96] : tensor<64xf32>
      %t96 = arith.constant 6.250000000e-01 : f32
      %le96 = arith.cmpf ole, %f96, %t96 : f32
      %r96 = scf.if %le96 -> (tensor<10xf64>) {
        %c97 = arith.constant 17 : index
        %f97 = tensor.extract %x[%c97] : tensor<64xf32>
        %t97 = arith.constant 1.875000000e-01 : f32
        %le97 = arith.cmpf ole, %f97, %t97 : f32
        %r97 = scf.if %le97 -> (tensor<10xf64>) {
          %c98 = arith.constant 46 : index
          %f98 = tensor.extract %x[%c98] : tensor<64xf32>
          %t98 = arith.constant 5.312500000e-01 : f32
          %le98 = arith.cmpf ole, %f98, %t98 : f32
          %r98 = scf.if %le98 -> (tensor<10xf64>) {
            %c99 = arith.constant 38 : index
            %f99 = tensor.extract %x[%c99] : tensor<64xf32>
            %t99 = arith.constant 3.125000000e-02 : f32
            %le99 = arith.cmpf ole, %f99, %t99 : f32
            %r99 = scf.if %le99 -> (tensor<10xf64>) {
              %c100 = arith.constant 5 : index
              %f100 = tensor.extract %x[%c100] : tensor<64xf32>
              %t100 = arith.constant 2.812500000e-01 : f32
              %le100 = arith.cmpf ole, %f100, %t100 : f32
              %r100 = scf.if %le100 -> (tensor<10xf64>) {
                %leaf101 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 6.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 6.0 : f64, prune.node = 100 : i64} %leaf101 : tensor<10xf64>
              } else {
                %leaf102 = arith.constant dense<[0.0, 0.3333333333333333, 0.0, 0.0, 0.0, 0.0, 0.0, 0.3333333333333333, 0.3333333333333333, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 1.0, 0.0>, prune.impurity = 0.6666666666666667 : f64, prune.weight = 3.0 : f64, prune.node = 101 : i64} %leaf102 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 1.0, 0.0, 0.0, 6.0, 0.0, 0.0, 1.0, 1.0, 0.0>, prune.impurity = 0.5185185185185186 : f64, prune.weight = 9.0 : f64, prune.node = 99 : i64}
              scf.yield %r100 : tensor<10xf64>
            } else {
              %c103 = arith.constant 42 : index
              %f103 = tensor.extract %x[%c103] : tensor<64xf32>
              %t103 = arith.constant 4.062500000e-01 : f32
              %le103 = arith.cmpf ole, %f103, %t103 : f32
              %r103 = scf.if %le103 -> (tensor<10xf64>) {
                %leaf104 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.8571428571428571, 0.0, 0.0, 0.14285714285714285, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 24.0, 0.0, 0.0, 4.0, 0.0, 0.0>, prune.impurity = 0.24489795918367352 : f64, prune.weight = 28.0 : f64, prune.node = 103 : i64} %leaf104 : tensor<10xf64>
              } else {
                %leaf105 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 87.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 87.0 : f64, prune.node = 104 : i64} %leaf105 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 111.0, 0.0, 0.0, 4.0, 0.0, 0.0>, prune.impurity = 0.06714555765595465 : f64, prune.weight = 115.0 : f64, prune.node = 102 : i64}
              scf.yield %r103 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 1.0, 0.0, 0.0, 117.0, 0.0, 0.0, 5.0, 1.0, 0.0>, prune.impurity = 0.10796045785639963 : f64, prune.weight = 124.0 : f64, prune.node = 98 : i64}
            scf.yield %r99 : tensor<10xf64>
          } else {
            %leaf106 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 3.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 105 : i64} %leaf106 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 1.0, 0.0, 0.0, 117.0, 0.0, 3.0, 5.0, 1.0, 0.0>, prune.impurity = 0.14904829809659614 : f64, prune.weight = 127.0 : f64, prune.node = 97 : i64}
          scf.yield %r98 : tensor<10xf64>
        } else {
          %leaf107 = arith.constant dense<[1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
          scf.yield {prune.counts = array<f64: 3.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 106 : i64} %leaf107 : tensor<10xf64>
        } {prune.counts = array<f64: 3.0, 1.0, 0.0, 0.0, 117.0, 0.0, 3.0, 5.0, 1.0, 0.0>, prune.impurity = 0.1873372781065089 : f64, prune.weight = 130.0 : f64, prune.node = 96 : i64}
        scf.yield %r97 : tensor<10xf64>
      } else {
        %c108 = arith.constant 59 : index
        %f108 = tensor.extract %x[%c108] : tensor<64xf32>
        %t108 = arith.constant 3.125000000e-01 : f32
        %le108 = arith.cmpf ole, %f108, %t108 : f32
        %r108 = scf.if %le108 -> (tensor<10xf64>) {
          %c109 = arith.constant 12 : index
          %f109 = tensor.extract %x[%c109] : tensor<64xf32>
          %t109 = arith.constant 9.062500000e-01 : f32
          %le109 = arith.cmpf ole, %f109, %t109 : f32
          %r109 = scf.if %le109 -> (tensor<10xf64>) {
            %c110 = arith.constant 21 : index
            %f110 = tensor.extract %x[%c110] : tensor<64xf32>
            %t110 = arith.constant 6.250000000e-01 : f32
            %le110 = arith.cmpf ole, %f110, %t110 : f32
            %r110 = scf.if %le110 -> (tensor<10xf64>) {
              %leaf111 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 110 : i64} %leaf111 : tensor<10xf64>
            } else {
              %leaf112 = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 111 : i64} %leaf112 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 0.0, 1.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 3.0 : f64, prune.node = 109 : i64}
            scf.yield %r110 : tensor<10xf64>
          } else {
            %c113 = arith.constant 27 : index
            %f113 = tensor.extract %x[%c113] : tensor<64xf32>
            %t113 = arith.constant 9.687500000e-01 : f32
            %le113 = arith.cmpf ole, %f113, %t113 : f32
            %r113 = scf.if %le113 -> (tensor<10xf64>) {
              %leaf114 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 113 : i64} %leaf114 : tensor<10xf64>
            } else {
              %leaf115 = arith.constant dense<[0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 5.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 5.0 : f64, prune.node = 114 : i64} %leaf115 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 5.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.2777777777777778 : f64, prune.weight = 6.0 : f64, prune.node = 112 : i64}
            scf.yield %r113 : tensor<10xf64>
          } {prune.counts = array<f64: 0.0, 5.0, 1.0, 0.0, 3.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.5679012345679013 : f64, prune.weight = 9.0 : f64, prune.node = 108 : i64}
          scf.yield %r109 : tensor<10xf64>
        } else {
          %c116 = arith.constant 30 : index
          %f116 = tensor.extract %x[%c116] : tensor<64xf32>
          %t116 = arith.constant 1.562500000e-01 : f32
          %le116 = arith.cmpf ole, %f116, %t116 : f32
          %r116 = scf.if %le116 -> (tensor<10xf64>) {
            %leaf117 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 9.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 9.0 : f64, prune.node = 116 : i64} %leaf117 : tensor<10xf64>
          } else {
            %leaf118 = arith.constant dense<[1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 117 : i64} %leaf118 : tensor<10xf64>
          } {prune.counts = array<f64: 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 9.0, 0.0, 0.0, 0.0>, prune.impurity = 0.18000000000000005 : f64, prune.weight = 10.0 : f64, prune.node = 115 : i64}
          scf.yield %r116 : tensor<10xf64>
        } {prune.counts = array<f64: 1.0, 5.0, 1.0, 0.0, 3.0, 0.0, 9.0, 0.0, 0.0, 0.0>, prune.impurity = 0.6759002770083102 : f64, prune.weight = 19.0 : f64, prune.node = 107 : i64}
        scf.yield %r108 : tensor<10xf64>
      } {prune.counts = array<f64: 4.0, 6.0, 1.0, 0.0, 120.0, 0.0, 12.0, 5.0, 1.0, 0.0>, prune.impurity = 0.3413359758569434 : f64, prune.weight = 149.0 : f64, prune.node = 95 : i64}
      scf.yield %r96 : tensor<10xf64>
    } else {
      %c119 = arith.constant 5 : index
      %f119 = tensor.extract %x[%c119] : tensor<64xf32>
      %t119 = arith.constant 7.187500000e-01 : f32
      %le119 = arith.cmpf ole, %f119, %t119 : f32
      %r119 = scf.if %le119 -> (tensor<10xf64>) {
        %c120 = arith.constant 18 : index
        %f120 = tensor.extract %x[%c120] : tensor<64xf32>
        %t120 = arith.constant 3.750000000e-01 : f32
        %le120 = arith.cmpf ole, %f120, %t120 : f32
        %r120 = scf.if %le120 -> (tensor<10xf64>) {
          %leaf121 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0]> : tensor<10xf64>
          scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 10.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 10.0 : f64, prune.node = 120 : i64} %leaf121 : tensor<10xf64>
        } else {
          %c122 = arith.constant 36 : index
          %f122 = tensor.extract %x[%c122] : tensor<64xf32>
          %t122 = arith.constant 3.125000000e-02 : f32
          %le122 = arith.cmpf ole, %f122, %t122 : f32
          %r122 = scf.if %le122 -> (tensor<10xf64>) {
            %leaf123 = arith.constant dense<[1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
            scf.yield {prune.counts = array<f64: 106.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 106.0 : f64, prune.node = 122 : i64} %leaf123 : tensor<10xf64>
          } else {
            %c124 = arith.constant 59 : index
            %f124 = tensor.extract %x[%c124] : tensor<64xf32>
            %t124 = arith.constant 9.687500000e-01 : f32
            %le124 = arith.cmpf ole, %f124, %t124 : f32
            %r124 = scf.if %le124 -> (tensor<10xf64>) {
              %c125 = arith.constant 34 : index
              %f125 = tensor.extract %x[%c125] : tensor<64xf32>
              %t125 = arith.constant 5.000000000e-01 : f32
              %le125 = arith.cmpf ole, %f125, %t125 : f32
              %r125 = scf.if %le125 -> (tensor<10xf64>) {
                %leaf126 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 4.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 125 : i64} %leaf126 : tensor<10xf64>
              } else {
                %leaf127 = arith.constant dense<[0.0, 0.13333333333333333, 0.0, 0.0, 0.0, 0.016666666666666666, 0.85, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 8.0, 0.0, 0.0, 0.0, 1.0, 51.0, 0.0, 0.0, 0.0>, prune.impurity = 0.2594444444444445 : f64, prune.weight = 60.0 : f64, prune.node = 126 : i64} %leaf127 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 8.0, 0.0, 0.0, 4.0, 1.0, 51.0, 0.0, 0.0, 0.0>, prune.impurity = 0.34521484375 : f64, prune.weight = 64.0 : f64, prune.node = 124 : i64}
              scf.yield %r125 : tensor<10xf64>
            } else {
              %c128 = arith.constant 53 : index
              %f128 = tensor.extract %x[%c128] : tensor<64xf32>
              %t128 = arith.constant 3.125000000e-02 : f32
              %le128 = arith.cmpf ole, %f128, %t128 : f32
              %r128 = scf.if %le128 -> (tensor<10xf64>) {
                %leaf129 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 9.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 9.0 : f64, prune.node = 128 : i64} %leaf129 : tensor<10xf64>
              } else {
                %leaf130 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.8571428571428571, 0.14285714285714285, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 6.0, 1.0, 0.0, 0.0, 0.0>, prune.impurity = 0.24489795918367352 : f64, prune.weight = 7.0 : f64, prune.node = 129 : i64} %leaf130 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 9.0, 6.0, 1.0, 0.0, 0.0, 0.0>, prune.impurity = 0.5390625 : f64, prune.weight = 16.0 : f64, prune.node = 127 : i64}
              scf.yield %r128 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 8.0, 0.0, 0.0, 13.0, 7.0, 52.0, 0.0, 0.0, 0.0>, prune.impurity = 0.5334375 : f64, prune.weight = 80.0 : f64, prune.node = 123 : i64}
            scf.yield %r124 : tensor<10xf64>
          } {prune.counts = array<f64: 106.0, 8.0, 0.0, 0.0, 13.0, 7.0, 52.0, 0.0, 0.0, 0.0>, prune.impurity = 0.5889120129494739 : f64, prune.weight = 186.0 : f64, prune.node = 121 : i64}
          scf.yield %r122 : tensor<10xf64>
        } {prune.counts = array<f64: 106.0, 8.0, 0.0, 0.0, 13.0, 7.0, 52.0, 10.0, 0.0, 0.0>, prune.impurity = 0.6271865889212829 : f64, prune.weight = 196.0 : f64, prune.node = 119 : i64}
        scf.yield %r120 : tensor<10xf64>
      } else {
        %c131 = arith.constant 18 : index
        %f131 = tensor.extract %x[%c131] : tensor<64xf32>
        %t131 = arith.constant 2.187500000e-01 : f32
        %le131 = arith.cmpf ole, %f131, %t131 : f32
        %r131 = scf.if %le131 -> (tensor<10xf64>) {
          %leaf132 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0]> : tensor<10xf64>
          scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 131 : i64} %leaf132 : tensor<10xf64>
        } else {
          %c133 = arith.constant 25 : index
          %f133 = tensor.extract %x[%c133] : tensor<64xf32>
          %t133 = arith.constant 9.375000000e-02 : f32
          %le133 = arith.cmpf ole, %f133, %t133 : f32
          %r133 = scf.if %le133 -> (tensor<10xf64>) {
            %c134 = arith.constant 20 : index
            %f134 = tensor.extract %x[%c134] : tensor<64xf32>
            %t134 = arith.constant 2.812500000e-01 : f32
            %le134 = arith.cmpf ole, %f134, %t134 : f32
            %r134 = scf.if %le134 -> (tensor<10xf64>) {
              %leaf135 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 134 : i64} %leaf135 : tensor<10xf64>
            } else {
              %c136 = arith.constant 60 : index
              %f136 = tensor.extract %x[%c136] : tensor<64xf32>
              %t136 = arith.constant 4.062500000e-01 : f32
              %le136 = arith.cmpf ole, %f136, %t136 : f32
              %r136 = scf.if %le136 -> (tensor<10xf64>) {
                %leaf137 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 136 : i64} %leaf137 : tensor<10xf64>
              } else {
                %leaf138 = arith.constant dense<[0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
                scf.yield {prune.counts = array<f64: 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 137 : i64} %leaf138 : tensor<10xf64>
              } {prune.counts = array<f64: 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 3.0 : f64, prune.node = 135 : i64}
              scf.yield %r136 : tensor<10xf64>
            } {prune.counts = array<f64: 0.0, 1.0, 0.0, 0.0, 0.0, 1.0, 0.0, 2.0, 0.0, 0.0>, prune.impurity = 0.625 : f64, prune.weight = 4.0 : f64, prune.node = 133 : i64}
            scf.yield %r134 : tensor<10xf64>
          } else {
            %c139 = arith.constant 3 : index
            %f139 = tensor.extract %x[%c139] : tensor<64xf32>
            %t139 = arith.constant 4.062500000e-01 : f32
            %le139 = arith.cmpf ole, %f139, %t139 : f32
            %r139 = scf.if %le139 -> (tensor<10xf64>) {
              %leaf140 = arith.constant dense<[1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 139 : i64} %leaf140 : tensor<10xf64>
            } else {
              %leaf141 = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]> : tensor<10xf64>
              scf.yield {prune.counts = array<f64: 0.0, 0.0, 0.0, 0.0, 0.0, 27.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 27.0 : f64, prune.node = 140 : i64} %leaf141 : tensor<10xf64>
            } {prune.counts = array<f64: 1.0, 0.0, 0.0, 0.0, 0.0, 27.0, 0.0, 0.0, 0.0, 0.0>, prune.impurity = 0.06887755102040816 : f64, prune.weight = 28.0 : f64, prune.node = 138 : i64}
            scf.yield %r139 : tensor<10xf64>
          } {prune.counts = array<f64: 1.0, 1.0, 0.0, 0.0, 0.0, 28.0, 0.0, 2.0, 0.0, 0.0>, prune.impurity = 0.228515625 : f64, prune.weight = 32.0 : f64, prune.node = 132 : i64}
          scf.yield %r133 : tensor<10xf64>
        } {prune.counts = array<f64: 1.0, 1.0, 0.0, 0.0, 0.0, 28.0, 0.0, 4.0, 0.0, 0.0>, prune.impurity = 0.3062283737024222 : f64, prune.weight = 34.0 : f64, prune.node = 130 : i64}
        scf.yield %r131 : tensor<10xf64>
      } {prune.counts = array<f64: 107.0, 9.0, 0.0, 0.0, 13.0, 35.0, 52.0, 14.0, 0.0, 0.0>, prune.impurity = 0.7008695652173913 : f64, prune.weight = 230.0 : f64, prune.node = 118 : i64}
      scf.yield %r119 : tensor<10xf64>
    } {prune.counts = array<f64: 111.0, 15.0, 1.0, 0.0, 133.0, 35.0, 64.0, 19.0, 1.0, 0.0>, prune.impurity = 0.7499390842447491 : f64, prune.weight = 379.0 : f64, prune.node = 94 : i64}
    scf.yield %r95 : tensor<10xf64>
  } {prune.counts = array<f64: 124.0, 142.0, 140.0, 122.0, 137.0, 140.0, 127.0, 136.0, 133.0, 146.0>, prune.impurity = 0.899679179280967 : f64, prune.weight = 1347.0 : f64, prune.node = 0 : i64}
  return %r1 : tensor<10xf64>
}

// Mean of the trees' scores, summed in order (as scikit-learn).
func.func @ensemble(%x: tensor<64xf32> {prune.range = array<f64: 0.0, 1.0>}) -> tensor<10xf64> {
  %s0 = func.call @tree0(%x) : (tensor<64xf32>) -> tensor<10xf64>
  %s1 = func.call @tree1(%x) : (tensor<64xf32>) -> tensor<10xf64>
  %s2 = func.call @tree2(%x) : (tensor<64xf32>) -> tensor<10xf64>
  %s3 = func.call @tree3(%x) : (tensor<64xf32>) -> tensor<10xf64>
  %s4 = func.call @tree4(%x) : (tensor<64xf32>) -> tensor<10xf64>
  %s5 = func.call @tree5(%x) : (tensor<64xf32>) -> tensor<10xf64>
  %s6 = func.call @tree6(%x) : (tensor<64xf32>) -> tensor<10xf64>
  %s7 = func.call @tree7(%x) : (tensor<64xf32>) -> tensor<10xf64>
  %s8 = func.call @tree8(%x) : (tensor<64xf32>) -> tensor<10xf64>
  %s9 = func.call @tree9(%x) : (tensor<64xf32>) -> tensor<10xf64>
  %s10 = func.call @tree10(%x) : (tensor<64xf32>) -> tensor<10xf64>
  %s11 = func.call @tree11(%x) : (tensor<64xf32>) -> tensor<10xf64>
  %sum1 = arith.addf %s0, %s1 : tensor<10xf64>
  %sum2 = arith.addf %sum1, %s2 : tensor<10xf64>
  %sum3 = arith.addf %sum2, %s3 : tensor<10xf64>
  %sum4 = arith.addf %sum3, %s4 : tensor<10xf64>
  %sum5 = arith.addf %sum4, %s5 : tensor<10xf64>
  %sum6 = arith.addf %sum5, %s6 : tensor<10xf64>
  %sum7 = arith.addf %sum6, %s7 : tensor<10xf64>
  %sum8 = arith.addf %sum7, %s8 : tensor<10xf64>
  %sum9 = arith.addf %sum8, %s9 : tensor<10xf64>
  %sum10 = arith.addf %sum9, %s10 : tensor<10xf64>
  %sum11 = arith.addf %sum10, %s11 : tensor<10xf64>
  %n = arith.constant dense<12.0> : tensor<10xf64>
  %mean = arith.divf %sum11, %n : tensor<10xf64>
  return %mean : tensor<10xf64>
}

// Scores of every row of a batch.
func.func @forward(%X: tensor<?x64xf32> {prune.range = array<f64: 0.0, 1.0>}) -> tensor<?x10xf32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %n = tensor.dim %X, %c0 : tensor<?x64xf32>
  %init = tensor.empty(%n) : tensor<?x10xf32>
  %out = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %init) -> (tensor<?x10xf32>) {
    %row = tensor.extract_slice %X[%i, 0] [1, 64] [1, 1] : tensor<?x64xf32> to tensor<64xf32>
    %s = func.call @ensemble(%row) : (tensor<64xf32>) -> tensor<10xf64>
    %s32 = arith.truncf %s : tensor<10xf64> to tensor<10xf32>
    %next = tensor.insert_slice %s32 into %acc[%i, 0] [1, 10] [1, 1] : tensor<10xf32> into tensor<?x10xf32>
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
    %s = func.call @ensemble(%row) : (tensor<64xf32>) -> tensor<10xf64>
    %s0 = tensor.extract %s[%c0] : tensor<10xf64>
    %best:2 = scf.for %k = %c1 to %cC step %c1 iter_args(%bv = %s0, %bi = %c0) -> (f64, index) {
      %v = tensor.extract %s[%k] : tensor<10xf64>
      %gt = arith.cmpf ogt, %v, %bv : f64
      %nv = arith.select %gt, %v, %bv : f64
      %ni = arith.select %gt, %k, %bi : index
      scf.yield %nv, %ni : f64, index
    }
    %cls = arith.index_cast %best#1 : index to i64
    %next = tensor.insert %cls into %acc[%i] : tensor<?xi64>
    scf.yield %next : tensor<?xi64>
  }
  return %out : tensor<?xi64>
}
