// breast_cancer_forest: sklearn RandomForestClassifier on cancer, test accuracy 0.9510: 16 tree(s), 478 nodes, 30 features, 2 classes
// Written by mlir_prune.tree_ir; see docs/DESIGN.md, "Decision trees in IR".
// Classes, in score order: 0, 1

func.func @tree0(%x: tensor<30xf32>) -> tensor<2xf64> {
  %c1 = arith.constant 6 : index
  %f1 = tensor.extract %x[%c1] : tensor<30xf32>
  %t1 = arith.constant 1.032999977e-01 : f32
  %le1 = arith.cmpf ole, %f1, %t1 : f32
  %r1 = scf.if %le1 -> (tensor<2xf64>) {
    %c2 = arith.constant 2 : index
    %f2 = tensor.extract %x[%c2] : tensor<30xf32>
    %t2 = arith.constant 9.875499725e+01 : f32
    %le2 = arith.cmpf ole, %f2, %t2 : f32
    %r2 = scf.if %le2 -> (tensor<2xf64>) {
      %c3 = arith.constant 25 : index
      %f3 = tensor.extract %x[%c3] : tensor<30xf32>
      %t3 = arith.constant 3.901000023e-01 : f32
      %le3 = arith.cmpf ole, %f3, %t3 : f32
      %r3 = scf.if %le3 -> (tensor<2xf64>) {
        %c4 = arith.constant 27 : index
        %f4 = tensor.extract %x[%c4] : tensor<30xf32>
        %t4 = arith.constant 1.603999883e-01 : f32
        %le4 = arith.cmpf ole, %f4, %t4 : f32
        %r4 = scf.if %le4 -> (tensor<2xf64>) {
          %c5 = arith.constant 12 : index
          %f5 = tensor.extract %x[%c5] : tensor<30xf32>
          %t5 = arith.constant 4.032000065e+00 : f32
          %le5 = arith.cmpf ole, %f5, %t5 : f32
          %r5 = scf.if %le5 -> (tensor<2xf64>) {
            %c6 = arith.constant 26 : index
            %f6 = tensor.extract %x[%c6] : tensor<30xf32>
            %t6 = arith.constant 3.787499964e-01 : f32
            %le6 = arith.cmpf ole, %f6, %t6 : f32
            %r6 = scf.if %le6 -> (tensor<2xf64>) {
              %leaf7 = arith.constant dense<[0.007751937984496124, 0.9922480620155039]> : tensor<2xf64>
              scf.yield {prune.counts = array<f64: 2.0, 256.0>, prune.impurity = 0.015383690883961298 : f64, prune.weight = 258.0 : f64, prune.node = 6 : i64} %leaf7 : tensor<2xf64>
            } else {
              %leaf8 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
              scf.yield {prune.counts = array<f64: 1.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 7 : i64} %leaf8 : tensor<2xf64>
            } {prune.counts = array<f64: 3.0, 256.0>, prune.impurity = 0.022897690851358843 : f64, prune.weight = 259.0 : f64, prune.node = 5 : i64}
            scf.yield %r6 : tensor<2xf64>
          } else {
            %c9 = arith.constant 21 : index
            %f9 = tensor.extract %x[%c9] : tensor<30xf32>
            %t9 = arith.constant 2.327999878e+01 : f32
            %le9 = arith.cmpf ole, %f9, %t9 : f32
            %r9 = scf.if %le9 -> (tensor<2xf64>) {
              %leaf10 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
              scf.yield {prune.counts = array<f64: 0.0, 1.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 9 : i64} %leaf10 : tensor<2xf64>
            } else {
              %leaf11 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
              scf.yield {prune.counts = array<f64: 1.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 10 : i64} %leaf11 : tensor<2xf64>
            } {prune.counts = array<f64: 1.0, 1.0>, prune.impurity = 0.5 : f64, prune.weight = 2.0 : f64, prune.node = 8 : i64}
            scf.yield %r9 : tensor<2xf64>
          } {prune.counts = array<f64: 4.0, 257.0>, prune.impurity = 0.03018158864373688 : f64, prune.weight = 261.0 : f64, prune.node = 4 : i64}
          scf.yield %r5 : tensor<2xf64>
        } else {
          %leaf12 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 1.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 11 : i64} %leaf12 : tensor<2xf64>
        } {prune.counts = array<f64: 5.0, 257.0>, prune.impurity = 0.037439543150166066 : f64, prune.weight = 262.0 : f64, prune.node = 3 : i64}
        scf.yield %r4 : tensor<2xf64>
      } else {
        %c13 = arith.constant 24 : index
        %f13 = tensor.extract %x[%c13] : tensor<30xf32>
        %t13 = arith.constant 1.421499997e-01 : f32
        %le13 = arith.cmpf ole, %f13, %t13 : f32
        %r13 = scf.if %le13 -> (tensor<2xf64>) {
          %leaf14 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 0.0, 3.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 13 : i64} %leaf14 : tensor<2xf64>
        } else {
          %leaf15 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 1.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 14 : i64} %leaf15 : tensor<2xf64>
        } {prune.counts = array<f64: 1.0, 3.0>, prune.impurity = 0.375 : f64, prune.weight = 4.0 : f64, prune.node = 12 : i64}
        scf.yield %r13 : tensor<2xf64>
      } {prune.counts = array<f64: 6.0, 260.0>, prune.impurity = 0.04409520040703263 : f64, prune.weight = 266.0 : f64, prune.node = 2 : i64}
      scf.yield %r3 : tensor<2xf64>
    } else {
      %c16 = arith.constant 9 : index
      %f16 = tensor.extract %x[%c16] : tensor<30xf32>
      %t16 = arith.constant 5.694999918e-02 : f32
      %le16 = arith.cmpf ole, %f16, %t16 : f32
      %r16 = scf.if %le16 -> (tensor<2xf64>) {
        %c17 = arith.constant 26 : index
        %f17 = tensor.extract %x[%c17] : tensor<30xf32>
        %t17 = arith.constant 1.129499972e-01 : f32
        %le17 = arith.cmpf ole, %f17, %t17 : f32
        %r17 = scf.if %le17 -> (tensor<2xf64>) {
          %leaf18 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 0.0, 1.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 17 : i64} %leaf18 : tensor<2xf64>
        } else {
          %leaf19 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 16.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 16.0 : f64, prune.node = 18 : i64} %leaf19 : tensor<2xf64>
        } {prune.counts = array<f64: 16.0, 1.0>, prune.impurity = 0.11072664359861595 : f64, prune.weight = 17.0 : f64, prune.node = 16 : i64}
        scf.yield %r17 : tensor<2xf64>
      } else {
        %c20 = arith.constant 7 : index
        %f20 = tensor.extract %x[%c20] : tensor<30xf32>
        %t20 = arith.constant 5.006000027e-02 : f32
        %le20 = arith.cmpf ole, %f20, %t20 : f32
        %r20 = scf.if %le20 -> (tensor<2xf64>) {
          %leaf21 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 3.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 20 : i64} %leaf21 : tensor<2xf64>
        } else {
          %leaf22 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 0.0, 3.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 21 : i64} %leaf22 : tensor<2xf64>
        } {prune.counts = array<f64: 3.0, 3.0>, prune.impurity = 0.5 : f64, prune.weight = 6.0 : f64, prune.node = 19 : i64}
        scf.yield %r20 : tensor<2xf64>
      } {prune.counts = array<f64: 19.0, 4.0>, prune.impurity = 0.2873345935727788 : f64, prune.weight = 23.0 : f64, prune.node = 15 : i64}
      scf.yield %r16 : tensor<2xf64>
    } {prune.counts = array<f64: 25.0, 264.0>, prune.impurity = 0.1580440847212078 : f64, prune.weight = 289.0 : f64, prune.node = 1 : i64}
    scf.yield %r2 : tensor<2xf64>
  } else {
    %c23 = arith.constant 13 : index
    %f23 = tensor.extract %x[%c23] : tensor<30xf32>
    %t23 = arith.constant 1.809499931e+01 : f32
    %le23 = arith.cmpf ole, %f23, %t23 : f32
    %r23 = scf.if %le23 -> (tensor<2xf64>) {
      %c24 = arith.constant 19 : index
      %f24 = tensor.extract %x[%c24] : tensor<30xf32>
      %t24 = arith.constant 6.554999854e-03 : f32
      %le24 = arith.cmpf ole, %f24, %t24 : f32
      %r24 = scf.if %le24 -> (tensor<2xf64>) {
        %leaf25 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
        scf.yield {prune.counts = array<f64: 2.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 24 : i64} %leaf25 : tensor<2xf64>
      } else {
        %leaf26 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
        scf.yield {prune.counts = array<f64: 0.0, 6.0>, prune.impurity = 0.0 : f64, prune.weight = 6.0 : f64, prune.node = 25 : i64} %leaf26 : tensor<2xf64>
      } {prune.counts = array<f64: 2.0, 6.0>, prune.impurity = 0.375 : f64, prune.weight = 8.0 : f64, prune.node = 23 : i64}
      scf.yield %r24 : tensor<2xf64>
    } else {
      %c27 = arith.constant 2 : index
      %f27 = tensor.extract %x[%c27] : tensor<30xf32>
      %t27 = arith.constant 7.108999634e+01 : f32
      %le27 = arith.cmpf ole, %f27, %t27 : f32
      %r27 = scf.if %le27 -> (tensor<2xf64>) {
        %leaf28 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
        scf.yield {prune.counts = array<f64: 0.0, 2.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 27 : i64} %leaf28 : tensor<2xf64>
      } else {
        %c29 = arith.constant 4 : index
        %f29 = tensor.extract %x[%c29] : tensor<30xf32>
        %t29 = arith.constant 7.919000089e-02 : f32
        %le29 = arith.cmpf ole, %f29, %t29 : f32
        %r29 = scf.if %le29 -> (tensor<2xf64>) {
          %c30 = arith.constant 20 : index
          %f30 = tensor.extract %x[%c30] : tensor<30xf32>
          %t30 = arith.constant 1.682999992e+01 : f32
          %le30 = arith.cmpf ole, %f30, %t30 : f32
          %r30 = scf.if %le30 -> (tensor<2xf64>) {
            %leaf31 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
            scf.yield {prune.counts = array<f64: 0.0, 1.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 30 : i64} %leaf31 : tensor<2xf64>
          } else {
            %leaf32 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
            scf.yield {prune.counts = array<f64: 1.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 31 : i64} %leaf32 : tensor<2xf64>
          } {prune.counts = array<f64: 1.0, 1.0>, prune.impurity = 0.5 : f64, prune.weight = 2.0 : f64, prune.node = 29 : i64}
          scf.yield %r30 : tensor<2xf64>
        } else {
          %c33 = arith.constant 7 : index
          %f33 = tensor.extract %x[%c33] : tensor<30xf32>
          %t33 = arith.constant 4.474499822e-02 : f32
          %le33 = arith.cmpf ole, %f33, %t33 : f32
          %r33 = scf.if %le33 -> (tensor<2xf64>) {
            %leaf34 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
            scf.yield {prune.counts = array<f64: 0.0, 1.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 33 : i64} %leaf34 : tensor<2xf64>
          } else {
            %leaf35 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
            scf.yield {prune.counts = array<f64: 124.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 124.0 : f64, prune.node = 34 : i64} %leaf35 : tensor<2xf64>
          } {prune.counts = array<f64: 124.0, 1.0>, prune.impurity = 0.015871999999999997 : f64, prune.weight = 125.0 : f64, prune.node = 32 : i64}
          scf.yield %r33 : tensor<2xf64>
        } {prune.counts = array<f64: 125.0, 2.0>, prune.impurity = 0.03100006200012395 : f64, prune.weight = 127.0 : f64, prune.node = 28 : i64}
        scf.yield %r29 : tensor<2xf64>
      } {prune.counts = array<f64: 125.0, 4.0>, prune.impurity = 0.0600925425154738 : f64, prune.weight = 129.0 : f64, prune.node = 26 : i64}
      scf.yield %r27 : tensor<2xf64>
    } {prune.counts = array<f64: 127.0, 10.0>, prune.impurity = 0.1353295327401567 : f64, prune.weight = 137.0 : f64, prune.node = 22 : i64}
    scf.yield %r23 : tensor<2xf64>
  } {prune.counts = array<f64: 152.0, 274.0>, prune.impurity = 0.45899182261015226 : f64, prune.weight = 426.0 : f64, prune.node = 0 : i64}
  return %r1 : tensor<2xf64>
}

func.func @tree1(%x: tensor<30xf32>) -> tensor<2xf64> {
  %c1 = arith.constant 22 : index
  %f1 = tensor.extract %x[%c1] : tensor<30xf32>
  %t1 = arith.constant 1.100500031e+02 : f32
  %le1 = arith.cmpf ole, %f1, %t1 : f32
  %r1 = scf.if %le1 -> (tensor<2xf64>) {
    %c2 = arith.constant 29 : index
    %f2 = tensor.extract %x[%c2] : tensor<30xf32>
    %t2 = arith.constant 1.350000054e-01 : f32
    %le2 = arith.cmpf ole, %f2, %t2 : f32
    %r2 = scf.if %le2 -> (tensor<2xf64>) {
      %c3 = arith.constant 22 : index
      %f3 = tensor.extract %x[%c3] : tensor<30xf32>
      %t3 = arith.constant 1.040000000e+02 : f32
      %le3 = arith.cmpf ole, %f3, %t3 : f32
      %r3 = scf.if %le3 -> (tensor<2xf64>) {
        %c4 = arith.constant 21 : index
        %f4 = tensor.extract %x[%c4] : tensor<30xf32>
        %t4 = arith.constant 3.512500000e+01 : f32
        %le4 = arith.cmpf ole, %f4, %t4 : f32
        %r4 = scf.if %le4 -> (tensor<2xf64>) {
          %c5 = arith.constant 5 : index
          %f5 = tensor.extract %x[%c5] : tensor<30xf32>
          %t5 = arith.constant 5.928499997e-02 : f32
          %le5 = arith.cmpf ole, %f5, %t5 : f32
          %r5 = scf.if %le5 -> (tensor<2xf64>) {
            %c6 = arith.constant 12 : index
            %f6 = tensor.extract %x[%c6] : tensor<30xf32>
            %t6 = arith.constant 3.927500010e+00 : f32
            %le6 = arith.cmpf ole, %f6, %t6 : f32
            %r6 = scf.if %le6 -> (tensor<2xf64>) {
              %leaf7 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
              scf.yield {prune.counts = array<f64: 0.0, 63.0>, prune.impurity = 0.0 : f64, prune.weight = 63.0 : f64, prune.node = 6 : i64} %leaf7 : tensor<2xf64>
            } else {
              %leaf8 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
              scf.yield {prune.counts = array<f64: 1.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 7 : i64} %leaf8 : tensor<2xf64>
            } {prune.counts = array<f64: 1.0, 63.0>, prune.impurity = 0.03076171875 : f64, prune.weight = 64.0 : f64, prune.node = 5 : i64}
            scf.yield %r6 : tensor<2xf64>
          } else {
            %leaf9 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
            scf.yield {prune.counts = array<f64: 0.0, 146.0>, prune.impurity = 0.0 : f64, prune.weight = 146.0 : f64, prune.node = 8 : i64} %leaf9 : tensor<2xf64>
          } {prune.counts = array<f64: 1.0, 209.0>, prune.impurity = 0.009478458049886673 : f64, prune.weight = 210.0 : f64, prune.node = 4 : i64}
          scf.yield %r5 : tensor<2xf64>
        } else {
          %c10 = arith.constant 27 : index
          %f10 = tensor.extract %x[%c10] : tensor<30xf32>
          %t10 = arith.constant 1.100149974e-01 : f32
          %le10 = arith.cmpf ole, %f10, %t10 : f32
          %r10 = scf.if %le10 -> (tensor<2xf64>) {
            %leaf11 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
            scf.yield {prune.counts = array<f64: 0.0, 12.0>, prune.impurity = 0.0 : f64, prune.weight = 12.0 : f64, prune.node = 10 : i64} %leaf11 : tensor<2xf64>
          } else {
            %leaf12 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
            scf.yield {prune.counts = array<f64: 1.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 11 : i64} %leaf12 : tensor<2xf64>
          } {prune.counts = array<f64: 1.0, 12.0>, prune.impurity = 0.14201183431952658 : f64, prune.weight = 13.0 : f64, prune.node = 9 : i64}
          scf.yield %r10 : tensor<2xf64>
        } {prune.counts = array<f64: 2.0, 221.0>, prune.impurity = 0.01777634780510362 : f64, prune.weight = 223.0 : f64, prune.node = 3 : i64}
        scf.yield %r4 : tensor<2xf64>
      } else {
        %c13 = arith.constant 22 : index
        %f13 = tensor.extract %x[%c13] : tensor<30xf32>
        %t13 = arith.constant 1.044499969e+02 : f32
        %le13 = arith.cmpf ole, %f13, %t13 : f32
        %r13 = scf.if %le13 -> (tensor<2xf64>) {
          %leaf14 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 3.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 13 : i64} %leaf14 : tensor<2xf64>
        } else {
          %c15 = arith.constant 24 : index
          %f15 = tensor.extract %x[%c15] : tensor<30xf32>
          %t15 = arith.constant 1.392499954e-01 : f32
          %le15 = arith.cmpf ole, %f15, %t15 : f32
          %r15 = scf.if %le15 -> (tensor<2xf64>) {
            %c16 = arith.constant 21 : index
            %f16 = tensor.extract %x[%c16] : tensor<30xf32>
            %t16 = arith.constant 2.881999969e+01 : f32
            %le16 = arith.cmpf ole, %f16, %t16 : f32
            %r16 = scf.if %le16 -> (tensor<2xf64>) {
              %leaf17 = arith.constant dense<[0.05263157894736842, 0.9473684210526315]> : tensor<2xf64>
              scf.yield {prune.counts = array<f64: 1.0, 18.0>, prune.impurity = 0.09972299168975074 : f64, prune.weight = 19.0 : f64, prune.node = 16 : i64} %leaf17 : tensor<2xf64>
            } else {
              %leaf18 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
              scf.yield {prune.counts = array<f64: 1.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 17 : i64} %leaf18 : tensor<2xf64>
            } {prune.counts = array<f64: 2.0, 18.0>, prune.impurity = 0.18000000000000005 : f64, prune.weight = 20.0 : f64, prune.node = 15 : i64}
            scf.yield %r16 : tensor<2xf64>
          } else {
            %leaf19 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
            scf.yield {prune.counts = array<f64: 1.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 18 : i64} %leaf19 : tensor<2xf64>
          } {prune.counts = array<f64: 3.0, 18.0>, prune.impurity = 0.24489795918367352 : f64, prune.weight = 21.0 : f64, prune.node = 14 : i64}
          scf.yield %r15 : tensor<2xf64>
        } {prune.counts = array<f64: 6.0, 18.0>, prune.impurity = 0.375 : f64, prune.weight = 24.0 : f64, prune.node = 12 : i64}
        scf.yield %r13 : tensor<2xf64>
      } {prune.counts = array<f64: 8.0, 239.0>, prune.impurity = 0.062679276828009 : f64, prune.weight = 247.0 : f64, prune.node = 2 : i64}
      scf.yield %r3 : tensor<2xf64>
    } else {
      %c20 = arith.constant 26 : index
      %f20 = tensor.extract %x[%c20] : tensor<30xf32>
      %t20 = arith.constant 5.878499746e-01 : f32
      %le20 = arith.cmpf ole, %f20, %t20 : f32
      %r20 = scf.if %le20 -> (tensor<2xf64>) {
        %leaf21 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
        scf.yield {prune.counts = array<f64: 0.0, 1.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 20 : i64} %leaf21 : tensor<2xf64>
      } else {
        %leaf22 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
        scf.yield {prune.counts = array<f64: 4.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 21 : i64} %leaf22 : tensor<2xf64>
      } {prune.counts = array<f64: 4.0, 1.0>, prune.impurity = 0.31999999999999995 : f64, prune.weight = 5.0 : f64, prune.node = 19 : i64}
      scf.yield %r20 : tensor<2xf64>
    } {prune.counts = array<f64: 12.0, 240.0>, prune.impurity = 0.09070294784580502 : f64, prune.weight = 252.0 : f64, prune.node = 1 : i64}
    scf.yield %r2 : tensor<2xf64>
  } else {
    %c23 = arith.constant 20 : index
    %f23 = tensor.extract %x[%c23] : tensor<30xf32>
    %t23 = arith.constant 1.701499939e+01 : f32
    %le23 = arith.cmpf ole, %f23, %t23 : f32
    %r23 = scf.if %le23 -> (tensor<2xf64>) {
      %c24 = arith.constant 24 : index
      %f24 = tensor.extract %x[%c24] : tensor<30xf32>
      %t24 = arith.constant 1.361500025e-01 : f32
      %le24 = arith.cmpf ole, %f24, %t24 : f32
      %r24 = scf.if %le24 -> (tensor<2xf64>) {
        %c25 = arith.constant 28 : index
        %f25 = tensor.extract %x[%c25] : tensor<30xf32>
        %t25 = arith.constant 2.818000019e-01 : f32
        %le25 = arith.cmpf ole, %f25, %t25 : f32
        %r25 = scf.if %le25 -> (tensor<2xf64>) {
          %leaf26 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 3.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 25 : i64} %leaf26 : tensor<2xf64>
        } else {
          %leaf27 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 0.0, 8.0>, prune.impurity = 0.0 : f64, prune.weight = 8.0 : f64, prune.node = 26 : i64} %leaf27 : tensor<2xf64>
        } {prune.counts = array<f64: 3.0, 8.0>, prune.impurity = 0.39669421487603307 : f64, prune.weight = 11.0 : f64, prune.node = 24 : i64}
        scf.yield %r25 : tensor<2xf64>
      } else {
        %leaf28 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
        scf.yield {prune.counts = array<f64: 4.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 27 : i64} %leaf28 : tensor<2xf64>
      } {prune.counts = array<f64: 7.0, 8.0>, prune.impurity = 0.49777777777777776 : f64, prune.weight = 15.0 : f64, prune.node = 23 : i64}
      scf.yield %r24 : tensor<2xf64>
    } else {
      %c29 = arith.constant 1 : index
      %f29 = tensor.extract %x[%c29] : tensor<30xf32>
      %t29 = arith.constant 1.451500034e+01 : f32
      %le29 = arith.cmpf ole, %f29, %t29 : f32
      %r29 = scf.if %le29 -> (tensor<2xf64>) {
        %c30 = arith.constant 6 : index
        %f30 = tensor.extract %x[%c30] : tensor<30xf32>
        %t30 = arith.constant 1.372749954e-01 : f32
        %le30 = arith.cmpf ole, %f30, %t30 : f32
        %r30 = scf.if %le30 -> (tensor<2xf64>) {
          %leaf31 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 0.0, 4.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 30 : i64} %leaf31 : tensor<2xf64>
        } else {
          %leaf32 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 2.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 31 : i64} %leaf32 : tensor<2xf64>
        } {prune.counts = array<f64: 2.0, 4.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 6.0 : f64, prune.node = 29 : i64}
        scf.yield %r30 : tensor<2xf64>
      } else {
        %leaf33 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
        scf.yield {prune.counts = array<f64: 153.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 153.0 : f64, prune.node = 32 : i64} %leaf33 : tensor<2xf64>
      } {prune.counts = array<f64: 155.0, 4.0>, prune.impurity = 0.04904869269411816 : f64, prune.weight = 159.0 : f64, prune.node = 28 : i64}
      scf.yield %r29 : tensor<2xf64>
    } {prune.counts = array<f64: 162.0, 12.0>, prune.impurity = 0.1284185493460166 : f64, prune.weight = 174.0 : f64, prune.node = 22 : i64}
    scf.yield %r23 : tensor<2xf64>
  } {prune.counts = array<f64: 174.0, 252.0>, prune.impurity = 0.48323745288633213 : f64, prune.weight = 426.0 : f64, prune.node = 0 : i64}
  return %r1 : tensor<2xf64>
}

func.func @tree2(%x: tensor<30xf32>) -> tensor<2xf64> {
  %c1 = arith.constant 13 : index
  %f1 = tensor.extract %x[%c1] : tensor<30xf32>
  %t1 = arith.constant 4.000999832e+01 : f32
  %le1 = arith.cmpf ole, %f1, %t1 : f32
  %r1 = scf.if %le1 -> (tensor<2xf64>) {
    %c2 = arith.constant 6 : index
    %f2 = tensor.extract %x[%c2] : tensor<30xf32>
    %t2 = arith.constant 9.778999537e-02 : f32
    %le2 = arith.cmpf ole, %f2, %t2 : f32
    %r2 = scf.if %le2 -> (tensor<2xf64>) {
      %c3 = arith.constant 14 : index
      %f3 = tensor.extract %x[%c3] : tensor<30xf32>
      %t3 = arith.constant 3.383999923e-03 : f32
      %le3 = arith.cmpf ole, %f3, %t3 : f32
      %r3 = scf.if %le3 -> (tensor<2xf64>) {
        %c4 = arith.constant 16 : index
        %f4 = tensor.extract %x[%c4] : tensor<30xf32>
        %t4 = arith.constant 1.532499958e-02 : f32
        %le4 = arith.cmpf ole, %f4, %t4 : f32
        %r4 = scf.if %le4 -> (tensor<2xf64>) {
          %leaf5 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 9.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 9.0 : f64, prune.node = 4 : i64} %leaf5 : tensor<2xf64>
        } else {
          %leaf6 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 0.0, 7.0>, prune.impurity = 0.0 : f64, prune.weight = 7.0 : f64, prune.node = 5 : i64} %leaf6 : tensor<2xf64>
        } {prune.counts = array<f64: 9.0, 7.0>, prune.impurity = 0.4921875 : f64, prune.weight = 16.0 : f64, prune.node = 3 : i64}
        scf.yield %r4 : tensor<2xf64>
      } else {
        %c7 = arith.constant 26 : index
        %f7 = tensor.extract %x[%c7] : tensor<30xf32>
        %t7 = arith.constant 2.664499879e-01 : f32
        %le7 = arith.cmpf ole, %f7, %t7 : f32
        %r7 = scf.if %le7 -> (tensor<2xf64>) {
          %leaf8 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 0.0, 222.0>, prune.impurity = 0.0 : f64, prune.weight = 222.0 : f64, prune.node = 7 : i64} %leaf8 : tensor<2xf64>
        } else {
          %c9 = arith.constant 15 : index
          %f9 = tensor.extract %x[%c9] : tensor<30xf32>
          %t9 = arith.constant 1.937999949e-02 : f32
          %le9 = arith.cmpf ole, %f9, %t9 : f32
          %r9 = scf.if %le9 -> (tensor<2xf64>) {
            %c10 = arith.constant 21 : index
            %f10 = tensor.extract %x[%c10] : tensor<30xf32>
            %t10 = arith.constant 3.042000008e+01 : f32
            %le10 = arith.cmpf ole, %f10, %t10 : f32
            %r10 = scf.if %le10 -> (tensor<2xf64>) {
              %leaf11 = arith.constant dense<[0.2, 0.8]> : tensor<2xf64>
              scf.yield {prune.counts = array<f64: 1.0, 4.0>, prune.impurity = 0.31999999999999995 : f64, prune.weight = 5.0 : f64, prune.node = 10 : i64} %leaf11 : tensor<2xf64>
            } else {
              %leaf12 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
              scf.yield {prune.counts = array<f64: 4.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 11 : i64} %leaf12 : tensor<2xf64>
            } {prune.counts = array<f64: 5.0, 4.0>, prune.impurity = 0.49382716049382713 : f64, prune.weight = 9.0 : f64, prune.node = 9 : i64}
            scf.yield %r10 : tensor<2xf64>
          } else {
            %leaf13 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
            scf.yield {prune.counts = array<f64: 0.0, 18.0>, prune.impurity = 0.0 : f64, prune.weight = 18.0 : f64, prune.node = 12 : i64} %leaf13 : tensor<2xf64>
          } {prune.counts = array<f64: 5.0, 22.0>, prune.impurity = 0.30178326474622774 : f64, prune.weight = 27.0 : f64, prune.node = 8 : i64}
          scf.yield %r9 : tensor<2xf64>
        } {prune.counts = array<f64: 5.0, 244.0>, prune.impurity = 0.03935420396445222 : f64, prune.weight = 249.0 : f64, prune.node = 6 : i64}
        scf.yield %r7 : tensor<2xf64>
      } {prune.counts = array<f64: 14.0, 251.0>, prune.impurity = 0.1000783196867212 : f64, prune.weight = 265.0 : f64, prune.node = 2 : i64}
      scf.yield %r3 : tensor<2xf64>
    } else {
      %c14 = arith.constant 20 : index
      %f14 = tensor.extract %x[%c14] : tensor<30xf32>
      %t14 = arith.constant 1.485499954e+01 : f32
      %le14 = arith.cmpf ole, %f14, %t14 : f32
      %r14 = scf.if %le14 -> (tensor<2xf64>) {
        %c15 = arith.constant 10 : index
        %f15 = tensor.extract %x[%c15] : tensor<30xf32>
        %t15 = arith.constant 2.428999990e-01 : f32
        %le15 = arith.cmpf ole, %f15, %t15 : f32
        %r15 = scf.if %le15 -> (tensor<2xf64>) {
          %c16 = arith.constant 22 : index
          %f16 = tensor.extract %x[%c16] : tensor<30xf32>
          %t16 = arith.constant 9.837999725e+01 : f32
          %le16 = arith.cmpf ole, %f16, %t16 : f32
          %r16 = scf.if %le16 -> (tensor<2xf64>) {
            %leaf17 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
            scf.yield {prune.counts = array<f64: 1.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 16 : i64} %leaf17 : tensor<2xf64>
          } else {
            %leaf18 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
            scf.yield {prune.counts = array<f64: 0.0, 1.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 17 : i64} %leaf18 : tensor<2xf64>
          } {prune.counts = array<f64: 1.0, 1.0>, prune.impurity = 0.5 : f64, prune.weight = 2.0 : f64, prune.node = 15 : i64}
          scf.yield %r16 : tensor<2xf64>
        } else {
          %leaf19 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 0.0, 7.0>, prune.impurity = 0.0 : f64, prune.weight = 7.0 : f64, prune.node = 18 : i64} %leaf19 : tensor<2xf64>
        } {prune.counts = array<f64: 1.0, 8.0>, prune.impurity = 0.19753086419753085 : f64, prune.weight = 9.0 : f64, prune.node = 14 : i64}
        scf.yield %r15 : tensor<2xf64>
      } else {
        %c20 = arith.constant 27 : index
        %f20 = tensor.extract %x[%c20] : tensor<30xf32>
        %t20 = arith.constant 1.455499977e-01 : f32
        %le20 = arith.cmpf ole, %f20, %t20 : f32
        %r20 = scf.if %le20 -> (tensor<2xf64>) {
          %c21 = arith.constant 9 : index
          %f21 = tensor.extract %x[%c21] : tensor<30xf32>
          %t21 = arith.constant 5.947500095e-02 : f32
          %le21 = arith.cmpf ole, %f21, %t21 : f32
          %r21 = scf.if %le21 -> (tensor<2xf64>) {
            %leaf22 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
            scf.yield {prune.counts = array<f64: 2.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 21 : i64} %leaf22 : tensor<2xf64>
          } else {
            %leaf23 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
            scf.yield {prune.counts = array<f64: 0.0, 4.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 22 : i64} %leaf23 : tensor<2xf64>
          } {prune.counts = array<f64: 2.0, 4.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 6.0 : f64, prune.node = 20 : i64}
          scf.yield %r21 : tensor<2xf64>
        } else {
          %leaf24 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 33.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 33.0 : f64, prune.node = 23 : i64} %leaf24 : tensor<2xf64>
        } {prune.counts = array<f64: 35.0, 4.0>, prune.impurity = 0.1840894148586456 : f64, prune.weight = 39.0 : f64, prune.node = 19 : i64}
        scf.yield %r20 : tensor<2xf64>
      } {prune.counts = array<f64: 36.0, 12.0>, prune.impurity = 0.375 : f64, prune.weight = 48.0 : f64, prune.node = 13 : i64}
      scf.yield %r14 : tensor<2xf64>
    } {prune.counts = array<f64: 50.0, 263.0>, prune.impurity = 0.2684522655125601 : f64, prune.weight = 313.0 : f64, prune.node = 1 : i64}
    scf.yield %r2 : tensor<2xf64>
  } else {
    %c25 = arith.constant 20 : index
    %f25 = tensor.extract %x[%c25] : tensor<30xf32>
    %t25 = arith.constant 1.580499935e+01 : f32
    %le25 = arith.cmpf ole, %f25, %t25 : f32
    %r25 = scf.if %le25 -> (tensor<2xf64>) {
      %c26 = arith.constant 19 : index
      %f26 = tensor.extract %x[%c26] : tensor<30xf32>
      %t26 = arith.constant 2.880000044e-03 : f32
      %le26 = arith.cmpf ole, %f26, %t26 : f32
      %r26 = scf.if %le26 -> (tensor<2xf64>) {
        %leaf27 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
        scf.yield {prune.counts = array<f64: 1.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 26 : i64} %leaf27 : tensor<2xf64>
      } else {
        %leaf28 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
        scf.yield {prune.counts = array<f64: 0.0, 9.0>, prune.impurity = 0.0 : f64, prune.weight = 9.0 : f64, prune.node = 27 : i64} %leaf28 : tensor<2xf64>
      } {prune.counts = array<f64: 1.0, 9.0>, prune.impurity = 0.18000000000000005 : f64, prune.weight = 10.0 : f64, prune.node = 25 : i64}
      scf.yield %r26 : tensor<2xf64>
    } else {
      %c29 = arith.constant 19 : index
      %f29 = tensor.extract %x[%c29] : tensor<30xf32>
      %t29 = arith.constant 1.441999921e-03 : f32
      %le29 = arith.cmpf ole, %f29, %t29 : f32
      %r29 = scf.if %le29 -> (tensor<2xf64>) {
        %leaf30 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
        scf.yield {prune.counts = array<f64: 0.0, 1.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 29 : i64} %leaf30 : tensor<2xf64>
      } else {
        %leaf31 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
        scf.yield {prune.counts = array<f64: 102.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 102.0 : f64, prune.node = 30 : i64} %leaf31 : tensor<2xf64>
      } {prune.counts = array<f64: 102.0, 1.0>, prune.impurity = 0.019228956546328613 : f64, prune.weight = 103.0 : f64, prune.node = 28 : i64}
      scf.yield %r29 : tensor<2xf64>
    } {prune.counts = array<f64: 103.0, 10.0>, prune.impurity = 0.16132821677500198 : f64, prune.weight = 113.0 : f64, prune.node = 24 : i64}
    scf.yield %r25 : tensor<2xf64>
  } {prune.counts = array<f64: 153.0, 273.0>, prune.impurity = 0.4603253322753422 : f64, prune.weight = 426.0 : f64, prune.node = 0 : i64}
  return %r1 : tensor<2xf64>
}

func.func @tree3(%x: tensor<30xf32>) -> tensor<2xf64> {
  %c1 = arith.constant 7 : index
  %f1 = tensor.extract %x[%c1] : tensor<30xf32>
  %t1 = arith.constant 5.176999792e-02 : f32
  %le1 = arith.cmpf ole, %f1, %t1 : f32
  %r1 = scf.if %le1 -> (tensor<2xf64>) {
    %c2 = arith.constant 13 : index
    %f2 = tensor.extract %x[%c2] : tensor<30xf32>
    %t2 = arith.constant 3.860499954e+01 : f32
    %le2 = arith.cmpf ole, %f2, %t2 : f32
    %r2 = scf.if %le2 -> (tensor<2xf64>) {
      %c3 = arith.constant 18 : index
      %f3 = tensor.extract %x[%c3] : tensor<30xf32>
      %t3 = arith.constant 1.323999930e-02 : f32
      %le3 = arith.cmpf ole, %f3, %t3 : f32
      %r3 = scf.if %le3 -> (tensor<2xf64>) {
        %c4 = arith.constant 6 : index
        %f4 = tensor.extract %x[%c4] : tensor<30xf32>
        %t4 = arith.constant 5.222500116e-02 : f32
        %le4 = arith.cmpf ole, %f4, %t4 : f32
        %r4 = scf.if %le4 -> (tensor<2xf64>) {
          %c5 = arith.constant 20 : index
          %f5 = tensor.extract %x[%c5] : tensor<30xf32>
          %t5 = arith.constant 1.718499947e+01 : f32
          %le5 = arith.cmpf ole, %f5, %t5 : f32
          %r5 = scf.if %le5 -> (tensor<2xf64>) {
            %leaf6 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
            scf.yield {prune.counts = array<f64: 0.0, 17.0>, prune.impurity = 0.0 : f64, prune.weight = 17.0 : f64, prune.node = 5 : i64} %leaf6 : tensor<2xf64>
          } else {
            %leaf7 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
            scf.yield {prune.counts = array<f64: 1.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 6 : i64} %leaf7 : tensor<2xf64>
          } {prune.counts = array<f64: 1.0, 17.0>, prune.impurity = 0.1049382716049383 : f64, prune.weight = 18.0 : f64, prune.node = 4 : i64}
          scf.yield %r5 : tensor<2xf64>
        } else {
          %leaf8 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 9.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 9.0 : f64, prune.node = 7 : i64} %leaf8 : tensor<2xf64>
        } {prune.counts = array<f64: 10.0, 17.0>, prune.impurity = 0.46639231824417005 : f64, prune.weight = 27.0 : f64, prune.node = 3 : i64}
        scf.yield %r4 : tensor<2xf64>
      } else {
        %c9 = arith.constant 27 : index
        %f9 = tensor.extract %x[%c9] : tensor<30xf32>
        %t9 = arith.constant 1.432999969e-01 : f32
        %le9 = arith.cmpf ole, %f9, %t9 : f32
        %r9 = scf.if %le9 -> (tensor<2xf64>) {
          %leaf10 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 0.0, 232.0>, prune.impurity = 0.0 : f64, prune.weight = 232.0 : f64, prune.node = 9 : i64} %leaf10 : tensor<2xf64>
        } else {
          %c11 = arith.constant 21 : index
          %f11 = tensor.extract %x[%c11] : tensor<30xf32>
          %t11 = arith.constant 3.099499893e+01 : f32
          %le11 = arith.cmpf ole, %f11, %t11 : f32
          %r11 = scf.if %le11 -> (tensor<2xf64>) {
            %leaf12 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
            scf.yield {prune.counts = array<f64: 0.0, 1.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 11 : i64} %leaf12 : tensor<2xf64>
          } else {
            %leaf13 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
            scf.yield {prune.counts = array<f64: 1.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 12 : i64} %leaf13 : tensor<2xf64>
          } {prune.counts = array<f64: 1.0, 1.0>, prune.impurity = 0.5 : f64, prune.weight = 2.0 : f64, prune.node = 10 : i64}
          scf.yield %r11 : tensor<2xf64>
        } {prune.counts = array<f64: 1.0, 233.0>, prune.impurity = 0.008510482869457214 : f64, prune.weight = 234.0 : f64, prune.node = 8 : i64}
        scf.yield %r9 : tensor<2xf64>
      } {prune.counts = array<f64: 11.0, 250.0>, prune.impurity = 0.08073868557419883 : f64, prune.weight = 261.0 : f64, prune.node = 2 : i64}
      scf.yield %r3 : tensor<2xf64>
    } else {
      %c14 = arith.constant 11 : index
      %f14 = tensor.extract %x[%c14] : tensor<30xf32>
      %t14 = arith.constant 2.431499958e+00 : f32
      %le14 = arith.cmpf ole, %f14, %t14 : f32
      %r14 = scf.if %le14 -> (tensor<2xf64>) {
        %leaf15 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
        scf.yield {prune.counts = array<f64: 5.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 5.0 : f64, prune.node = 14 : i64} %leaf15 : tensor<2xf64>
      } else {
        %leaf16 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
        scf.yield {prune.counts = array<f64: 0.0, 1.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 15 : i64} %leaf16 : tensor<2xf64>
      } {prune.counts = array<f64: 5.0, 1.0>, prune.impurity = 0.2777777777777778 : f64, prune.weight = 6.0 : f64, prune.node = 13 : i64}
      scf.yield %r14 : tensor<2xf64>
    } {prune.counts = array<f64: 16.0, 251.0>, prune.impurity = 0.11266815357207982 : f64, prune.weight = 267.0 : f64, prune.node = 1 : i64}
    scf.yield %r2 : tensor<2xf64>
  } else {
    %c17 = arith.constant 7 : index
    %f17 = tensor.extract %x[%c17] : tensor<30xf32>
    %t17 = arith.constant 6.333500147e-02 : f32
    %le17 = arith.cmpf ole, %f17, %t17 : f32
    %r17 = scf.if %le17 -> (tensor<2xf64>) {
      %c18 = arith.constant 1 : index
      %f18 = tensor.extract %x[%c18] : tensor<30xf32>
      %t18 = arith.constant 1.679500008e+01 : f32
      %le18 = arith.cmpf ole, %f18, %t18 : f32
      %r18 = scf.if %le18 -> (tensor<2xf64>) {
        %leaf19 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
        scf.yield {prune.counts = array<f64: 0.0, 10.0>, prune.impurity = 0.0 : f64, prune.weight = 10.0 : f64, prune.node = 18 : i64} %leaf19 : tensor<2xf64>
      } else {
        %c20 = arith.constant 20 : index
        %f20 = tensor.extract %x[%c20] : tensor<30xf32>
        %t20 = arith.constant 1.517000008e+01 : f32
        %le20 = arith.cmpf ole, %f20, %t20 : f32
        %r20 = scf.if %le20 -> (tensor<2xf64>) {
          %leaf21 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 0.0, 2.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 20 : i64} %leaf21 : tensor<2xf64>
        } else {
          %leaf22 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 21.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 21.0 : f64, prune.node = 21 : i64} %leaf22 : tensor<2xf64>
        } {prune.counts = array<f64: 21.0, 2.0>, prune.impurity = 0.1587901701323251 : f64, prune.weight = 23.0 : f64, prune.node = 19 : i64}
        scf.yield %r20 : tensor<2xf64>
      } {prune.counts = array<f64: 21.0, 12.0>, prune.impurity = 0.4628099173553719 : f64, prune.weight = 33.0 : f64, prune.node = 17 : i64}
      scf.yield %r18 : tensor<2xf64>
    } else {
      %c23 = arith.constant 6 : index
      %f23 = tensor.extract %x[%c23] : tensor<30xf32>
      %t23 = arith.constant 7.783500105e-02 : f32
      %le23 = arith.cmpf ole, %f23, %t23 : f32
      %r23 = scf.if %le23 -> (tensor<2xf64>) {
        %leaf24 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
        scf.yield {prune.counts = array<f64: 0.0, 3.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 23 : i64} %leaf24 : tensor<2xf64>
      } else {
        %c25 = arith.constant 3 : index
        %f25 = tensor.extract %x[%c25] : tensor<30xf32>
        %t25 = arith.constant 3.170499878e+02 : f32
        %le25 = arith.cmpf ole, %f25, %t25 : f32
        %r25 = scf.if %le25 -> (tensor<2xf64>) {
          %leaf26 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 0.0, 1.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 25 : i64} %leaf26 : tensor<2xf64>
        } else {
          %leaf27 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 122.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 122.0 : f64, prune.node = 26 : i64} %leaf27 : tensor<2xf64>
        } {prune.counts = array<f64: 122.0, 1.0>, prune.impurity = 0.016127966157710394 : f64, prune.weight = 123.0 : f64, prune.node = 24 : i64}
        scf.yield %r25 : tensor<2xf64>
      } {prune.counts = array<f64: 122.0, 4.0>, prune.impurity = 0.06147644242882333 : f64, prune.weight = 126.0 : f64, prune.node = 22 : i64}
      scf.yield %r23 : tensor<2xf64>
    } {prune.counts = array<f64: 143.0, 16.0>, prune.impurity = 0.18100549820022938 : f64, prune.weight = 159.0 : f64, prune.node = 16 : i64}
    scf.yield %r17 : tensor<2xf64>
  } {prune.counts = array<f64: 159.0, 267.0>, prune.impurity = 0.46786351914302715 : f64, prune.weight = 426.0 : f64, prune.node = 0 : i64}
  return %r1 : tensor<2xf64>
}

func.func @tree4(%x: tensor<30xf32>) -> tensor<2xf64> {
  %c1 = arith.constant 27 : index
  %f1 = tensor.extract %x[%c1] : tensor<30xf32>
  %t1 = arith.constant 1.412499994e-01 : f32
  %le1 = arith.cmpf ole, %f1, %t1 : f32
  %r1 = scf.if %le1 -> (tensor<2xf64>) {
    %c2 = arith.constant 18 : index
    %f2 = tensor.extract %x[%c2] : tensor<30xf32>
    %t2 = arith.constant 1.033999957e-02 : f32
    %le2 = arith.cmpf ole, %f2, %t2 : f32
    %r2 = scf.if %le2 -> (tensor<2xf64>) {
      %leaf3 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
      scf.yield {prune.counts = array<f64: 2.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 2 : i64} %leaf3 : tensor<2xf64>
    } else {
      %c4 = arith.constant 0 : index
      %f4 = tensor.extract %x[%c4] : tensor<30xf32>
      %t4 = arith.constant 1.675499916e+01 : f32
      %le4 = arith.cmpf ole, %f4, %t4 : f32
      %r4 = scf.if %le4 -> (tensor<2xf64>) {
        %c5 = arith.constant 3 : index
        %f5 = tensor.extract %x[%c5] : tensor<30xf32>
        %t5 = arith.constant 5.632000122e+02 : f32
        %le5 = arith.cmpf ole, %f5, %t5 : f32
        %r5 = scf.if %le5 -> (tensor<2xf64>) {
          %leaf6 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 0.0, 202.0>, prune.impurity = 0.0 : f64, prune.weight = 202.0 : f64, prune.node = 5 : i64} %leaf6 : tensor<2xf64>
        } else {
          %c7 = arith.constant 21 : index
          %f7 = tensor.extract %x[%c7] : tensor<30xf32>
          %t7 = arith.constant 2.917000008e+01 : f32
          %le7 = arith.cmpf ole, %f7, %t7 : f32
          %r7 = scf.if %le7 -> (tensor<2xf64>) {
            %c8 = arith.constant 24 : index
            %f8 = tensor.extract %x[%c8] : tensor<30xf32>
            %t8 = arith.constant 1.457999945e-01 : f32
            %le8 = arith.cmpf ole, %f8, %t8 : f32
            %r8 = scf.if %le8 -> (tensor<2xf64>) {
              %leaf9 = arith.constant dense<[0.018518518518518517, 0.9814814814814815]> : tensor<2xf64>
              scf.yield {prune.counts = array<f64: 1.0, 53.0>, prune.impurity = 0.036351165980795574 : f64, prune.weight = 54.0 : f64, prune.node = 8 : i64} %leaf9 : tensor<2xf64>
            } else {
              %leaf10 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
              scf.yield {prune.counts = array<f64: 1.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 9 : i64} %leaf10 : tensor<2xf64>
            } {prune.counts = array<f64: 2.0, 53.0>, prune.impurity = 0.07008264462809921 : f64, prune.weight = 55.0 : f64, prune.node = 7 : i64}
            scf.yield %r8 : tensor<2xf64>
          } else {
            %c11 = arith.constant 5 : index
            %f11 = tensor.extract %x[%c11] : tensor<30xf32>
            %t11 = arith.constant 1.060349941e-01 : f32
            %le11 = arith.cmpf ole, %f11, %t11 : f32
            %r11 = scf.if %le11 -> (tensor<2xf64>) {
              %leaf12 = arith.constant dense<[0.8, 0.2]> : tensor<2xf64>
              scf.yield {prune.counts = array<f64: 4.0, 1.0>, prune.impurity = 0.31999999999999995 : f64, prune.weight = 5.0 : f64, prune.node = 11 : i64} %leaf12 : tensor<2xf64>
            } else {
              %leaf13 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
              scf.yield {prune.counts = array<f64: 0.0, 2.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 12 : i64} %leaf13 : tensor<2xf64>
            } {prune.counts = array<f64: 4.0, 3.0>, prune.impurity = 0.4897959183673469 : f64, prune.weight = 7.0 : f64, prune.node = 10 : i64}
            scf.yield %r11 : tensor<2xf64>
          } {prune.counts = array<f64: 6.0, 56.0>, prune.impurity = 0.17481789802289283 : f64, prune.weight = 62.0 : f64, prune.node = 6 : i64}
          scf.yield %r7 : tensor<2xf64>
        } {prune.counts = array<f64: 6.0, 258.0>, prune.impurity = 0.044421487603305776 : f64, prune.weight = 264.0 : f64, prune.node = 4 : i64}
        scf.yield %r5 : tensor<2xf64>
      } else {
        %leaf14 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
        scf.yield {prune.counts = array<f64: 6.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 6.0 : f64, prune.node = 13 : i64} %leaf14 : tensor<2xf64>
      } {prune.counts = array<f64: 12.0, 258.0>, prune.impurity = 0.08493827160493828 : f64, prune.weight = 270.0 : f64, prune.node = 3 : i64}
      scf.yield %r4 : tensor<2xf64>
    } {prune.counts = array<f64: 14.0, 258.0>, prune.impurity = 0.09764273356401387 : f64, prune.weight = 272.0 : f64, prune.node = 1 : i64}
    scf.yield %r2 : tensor<2xf64>
  } else {
    %c15 = arith.constant 13 : index
    %f15 = tensor.extract %x[%c15] : tensor<30xf32>
    %t15 = arith.constant 2.194499969e+01 : f32
    %le15 = arith.cmpf ole, %f15, %t15 : f32
    %r15 = scf.if %le15 -> (tensor<2xf64>) {
      %c16 = arith.constant 1 : index
      %f16 = tensor.extract %x[%c16] : tensor<30xf32>
      %t16 = arith.constant 1.878999901e+01 : f32
      %le16 = arith.cmpf ole, %f16, %t16 : f32
      %r16 = scf.if %le16 -> (tensor<2xf64>) {
        %leaf17 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
        scf.yield {prune.counts = array<f64: 0.0, 10.0>, prune.impurity = 0.0 : f64, prune.weight = 10.0 : f64, prune.node = 16 : i64} %leaf17 : tensor<2xf64>
      } else {
        %c18 = arith.constant 16 : index
        %f18 = tensor.extract %x[%c18] : tensor<30xf32>
        %t18 = arith.constant 1.042549983e-01 : f32
        %le18 = arith.cmpf ole, %f18, %t18 : f32
        %r18 = scf.if %le18 -> (tensor<2xf64>) {
          %leaf19 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 7.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 7.0 : f64, prune.node = 18 : i64} %leaf19 : tensor<2xf64>
        } else {
          %leaf20 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 0.0, 1.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 19 : i64} %leaf20 : tensor<2xf64>
        } {prune.counts = array<f64: 7.0, 1.0>, prune.impurity = 0.21875 : f64, prune.weight = 8.0 : f64, prune.node = 17 : i64}
        scf.yield %r18 : tensor<2xf64>
      } {prune.counts = array<f64: 7.0, 11.0>, prune.impurity = 0.47530864197530864 : f64, prune.weight = 18.0 : f64, prune.node = 15 : i64}
      scf.yield %r16 : tensor<2xf64>
    } else {
      %c21 = arith.constant 20 : index
      %f21 = tensor.extract %x[%c21] : tensor<30xf32>
      %t21 = arith.constant 1.620999908e+01 : f32
      %le21 = arith.cmpf ole, %f21, %t21 : f32
      %r21 = scf.if %le21 -> (tensor<2xf64>) {
        %c22 = arith.constant 0 : index
        %f22 = tensor.extract %x[%c22] : tensor<30xf32>
        %t22 = arith.constant 1.465999985e+01 : f32
        %le22 = arith.cmpf ole, %f22, %t22 : f32
        %r22 = scf.if %le22 -> (tensor<2xf64>) {
          %leaf23 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 7.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 7.0 : f64, prune.node = 22 : i64} %leaf23 : tensor<2xf64>
        } else {
          %leaf24 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 0.0, 1.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 23 : i64} %leaf24 : tensor<2xf64>
        } {prune.counts = array<f64: 7.0, 1.0>, prune.impurity = 0.21875 : f64, prune.weight = 8.0 : f64, prune.node = 21 : i64}
        scf.yield %r22 : tensor<2xf64>
      } else {
        %leaf25 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
        scf.yield {prune.counts = array<f64: 128.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 128.0 : f64, prune.node = 24 : i64} %leaf25 : tensor<2xf64>
      } {prune.counts = array<f64: 135.0, 1.0>, prune.impurity = 0.014597750865051884 : f64, prune.weight = 136.0 : f64, prune.node = 20 : i64}
      scf.yield %r21 : tensor<2xf64>
    } {prune.counts = array<f64: 142.0, 12.0>, prune.impurity = 0.14370045538876708 : f64, prune.weight = 154.0 : f64, prune.node = 14 : i64}
    scf.yield %r15 : tensor<2xf64>
  } {prune.counts = array<f64: 156.0, 270.0>, prune.impurity = 0.4641936123784963 : f64, prune.weight = 426.0 : f64, prune.node = 0 : i64}
  return %r1 : tensor<2xf64>
}

func.func @tree5(%x: tensor<30xf32>) -> tensor<2xf64> {
  %c1 = arith.constant 13 : index
  %f1 = tensor.extract %x[%c1] : tensor<30xf32>
  %t1 = arith.constant 3.082999992e+01 : f32
  %le1 = arith.cmpf ole, %f1, %t1 : f32
  %r1 = scf.if %le1 -> (tensor<2xf64>) {
    %c2 = arith.constant 20 : index
    %f2 = tensor.extract %x[%c2] : tensor<30xf32>
    %t2 = arith.constant 1.751000023e+01 : f32
    %le2 = arith.cmpf ole, %f2, %t2 : f32
    %r2 = scf.if %le2 -> (tensor<2xf64>) {
      %c3 = arith.constant 4 : index
      %f3 = tensor.extract %x[%c3] : tensor<30xf32>
      %t3 = arith.constant 1.195499972e-01 : f32
      %le3 = arith.cmpf ole, %f3, %t3 : f32
      %r3 = scf.if %le3 -> (tensor<2xf64>) {
        %c4 = arith.constant 26 : index
        %f4 = tensor.extract %x[%c4] : tensor<30xf32>
        %t4 = arith.constant 4.054499865e-01 : f32
        %le4 = arith.cmpf ole, %f4, %t4 : f32
        %r4 = scf.if %le4 -> (tensor<2xf64>) {
          %c5 = arith.constant 27 : index
          %f5 = tensor.extract %x[%c5] : tensor<30xf32>
          %t5 = arith.constant 1.463999897e-01 : f32
          %le5 = arith.cmpf ole, %f5, %t5 : f32
          %r5 = scf.if %le5 -> (tensor<2xf64>) {
            %c6 = arith.constant 27 : index
            %f6 = tensor.extract %x[%c6] : tensor<30xf32>
            %t6 = arith.constant 1.380999982e-01 : f32
            %le6 = arith.cmpf ole, %f6, %t6 : f32
            %r6 = scf.if %le6 -> (tensor<2xf64>) {
              %leaf7 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
              scf.yield {prune.counts = array<f64: 0.0, 214.0>, prune.impurity = 0.0 : f64, prune.weight = 214.0 : f64, prune.node = 6 : i64} %leaf7 : tensor<2xf64>
            } else {
              %leaf8 = arith.constant dense<[0.14285714285714285, 0.8571428571428571]> : tensor<2xf64>
              scf.yield {prune.counts = array<f64: 1.0, 6.0>, prune.impurity = 0.24489795918367352 : f64, prune.weight = 7.0 : f64, prune.node = 7 : i64} %leaf8 : tensor<2xf64>
            } {prune.counts = array<f64: 1.0, 220.0>, prune.impurity = 0.009008824553141781 : f64, prune.weight = 221.0 : f64, prune.node = 5 : i64}
            scf.yield %r6 : tensor<2xf64>
          } else {
            %leaf9 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
            scf.yield {prune.counts = array<f64: 2.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 8 : i64} %leaf9 : tensor<2xf64>
          } {prune.counts = array<f64: 3.0, 220.0>, prune.impurity = 0.026543867763276996 : f64, prune.weight = 223.0 : f64, prune.node = 4 : i64}
          scf.yield %r5 : tensor<2xf64>
        } else {
          %c10 = arith.constant 7 : index
          %f10 = tensor.extract %x[%c10] : tensor<30xf32>
          %t10 = arith.constant 5.173499882e-02 : f32
          %le10 = arith.cmpf ole, %f10, %t10 : f32
          %r10 = scf.if %le10 -> (tensor<2xf64>) {
            %leaf11 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
            scf.yield {prune.counts = array<f64: 0.0, 6.0>, prune.impurity = 0.0 : f64, prune.weight = 6.0 : f64, prune.node = 10 : i64} %leaf11 : tensor<2xf64>
          } else {
            %leaf12 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
            scf.yield {prune.counts = array<f64: 6.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 6.0 : f64, prune.node = 11 : i64} %leaf12 : tensor<2xf64>
          } {prune.counts = array<f64: 6.0, 6.0>, prune.impurity = 0.5 : f64, prune.weight = 12.0 : f64, prune.node = 9 : i64}
          scf.yield %r10 : tensor<2xf64>
        } {prune.counts = array<f64: 9.0, 226.0>, prune.impurity = 0.07366229062924401 : f64, prune.weight = 235.0 : f64, prune.node = 3 : i64}
        scf.yield %r4 : tensor<2xf64>
      } else {
        %c13 = arith.constant 0 : index
        %f13 = tensor.extract %x[%c13] : tensor<30xf32>
        %t13 = arith.constant 1.031299973e+01 : f32
        %le13 = arith.cmpf ole, %f13, %t13 : f32
        %r13 = scf.if %le13 -> (tensor<2xf64>) {
          %leaf14 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 0.0, 5.0>, prune.impurity = 0.0 : f64, prune.weight = 5.0 : f64, prune.node = 13 : i64} %leaf14 : tensor<2xf64>
        } else {
          %c15 = arith.constant 21 : index
          %f15 = tensor.extract %x[%c15] : tensor<30xf32>
          %t15 = arith.constant 2.213999939e+01 : f32
          %le15 = arith.cmpf ole, %f15, %t15 : f32
          %r15 = scf.if %le15 -> (tensor<2xf64>) {
            %leaf16 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
            scf.yield {prune.counts = array<f64: 0.0, 2.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 15 : i64} %leaf16 : tensor<2xf64>
          } else {
            %leaf17 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
            scf.yield {prune.counts = array<f64: 5.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 5.0 : f64, prune.node = 16 : i64} %leaf17 : tensor<2xf64>
          } {prune.counts = array<f64: 5.0, 2.0>, prune.impurity = 0.40816326530612246 : f64, prune.weight = 7.0 : f64, prune.node = 14 : i64}
          scf.yield %r15 : tensor<2xf64>
        } {prune.counts = array<f64: 5.0, 7.0>, prune.impurity = 0.48611111111111116 : f64, prune.weight = 12.0 : f64, prune.node = 12 : i64}
        scf.yield %r13 : tensor<2xf64>
      } {prune.counts = array<f64: 14.0, 233.0>, prune.impurity = 0.10693504237079776 : f64, prune.weight = 247.0 : f64, prune.node = 2 : i64}
      scf.yield %r3 : tensor<2xf64>
    } else {
      %leaf18 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
      scf.yield {prune.counts = array<f64: 11.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 11.0 : f64, prune.node = 17 : i64} %leaf18 : tensor<2xf64>
    } {prune.counts = array<f64: 25.0, 233.0>, prune.impurity = 0.17501953007631754 : f64, prune.weight = 258.0 : f64, prune.node = 1 : i64}
    scf.yield %r2 : tensor<2xf64>
  } else {
    %c19 = arith.constant 27 : index
    %f19 = tensor.extract %x[%c19] : tensor<30xf32>
    %t19 = arith.constant 1.113499999e-01 : f32
    %le19 = arith.cmpf ole, %f19, %t19 : f32
    %r19 = scf.if %le19 -> (tensor<2xf64>) {
      %c20 = arith.constant 22 : index
      %f20 = tensor.extract %x[%c20] : tensor<30xf32>
      %t20 = arith.constant 1.187999954e+02 : f32
      %le20 = arith.cmpf ole, %f20, %t20 : f32
      %r20 = scf.if %le20 -> (tensor<2xf64>) {
        %c21 = arith.constant 3 : index
        %f21 = tensor.extract %x[%c21] : tensor<30xf32>
        %t21 = arith.constant 7.581499634e+02 : f32
        %le21 = arith.cmpf ole, %f21, %t21 : f32
        %r21 = scf.if %le21 -> (tensor<2xf64>) {
          %leaf22 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 0.0, 26.0>, prune.impurity = 0.0 : f64, prune.weight = 26.0 : f64, prune.node = 21 : i64} %leaf22 : tensor<2xf64>
        } else {
          %c23 = arith.constant 27 : index
          %f23 = tensor.extract %x[%c23] : tensor<30xf32>
          %t23 = arith.constant 9.796499461e-02 : f32
          %le23 = arith.cmpf ole, %f23, %t23 : f32
          %r23 = scf.if %le23 -> (tensor<2xf64>) {
            %leaf24 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
            scf.yield {prune.counts = array<f64: 0.0, 4.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 23 : i64} %leaf24 : tensor<2xf64>
          } else {
            %leaf25 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
            scf.yield {prune.counts = array<f64: 1.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 24 : i64} %leaf25 : tensor<2xf64>
          } {prune.counts = array<f64: 1.0, 4.0>, prune.impurity = 0.31999999999999995 : f64, prune.weight = 5.0 : f64, prune.node = 22 : i64}
          scf.yield %r23 : tensor<2xf64>
        } {prune.counts = array<f64: 1.0, 30.0>, prune.impurity = 0.06243496357960454 : f64, prune.weight = 31.0 : f64, prune.node = 20 : i64}
        scf.yield %r21 : tensor<2xf64>
      } else {
        %leaf26 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
        scf.yield {prune.counts = array<f64: 5.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 5.0 : f64, prune.node = 25 : i64} %leaf26 : tensor<2xf64>
      } {prune.counts = array<f64: 6.0, 30.0>, prune.impurity = 0.2777777777777778 : f64, prune.weight = 36.0 : f64, prune.node = 19 : i64}
      scf.yield %r20 : tensor<2xf64>
    } else {
      %c27 = arith.constant 21 : index
      %f27 = tensor.extract %x[%c27] : tensor<30xf32>
      %t27 = arith.constant 2.174499893e+01 : f32
      %le27 = arith.cmpf ole, %f27, %t27 : f32
      %r27 = scf.if %le27 -> (tensor<2xf64>) {
        %c28 = arith.constant 27 : index
        %f28 = tensor.extract %x[%c28] : tensor<30xf32>
        %t28 = arith.constant 1.519499868e-01 : f32
        %le28 = arith.cmpf ole, %f28, %t28 : f32
        %r28 = scf.if %le28 -> (tensor<2xf64>) {
          %leaf29 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 0.0, 2.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 28 : i64} %leaf29 : tensor<2xf64>
        } else {
          %leaf30 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 10.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 10.0 : f64, prune.node = 29 : i64} %leaf30 : tensor<2xf64>
        } {prune.counts = array<f64: 10.0, 2.0>, prune.impurity = 0.2777777777777778 : f64, prune.weight = 12.0 : f64, prune.node = 27 : i64}
        scf.yield %r28 : tensor<2xf64>
      } else {
        %leaf31 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
        scf.yield {prune.counts = array<f64: 120.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 120.0 : f64, prune.node = 30 : i64} %leaf31 : tensor<2xf64>
      } {prune.counts = array<f64: 130.0, 2.0>, prune.impurity = 0.029843893480257067 : f64, prune.weight = 132.0 : f64, prune.node = 26 : i64}
      scf.yield %r27 : tensor<2xf64>
    } {prune.counts = array<f64: 136.0, 32.0>, prune.impurity = 0.308390022675737 : f64, prune.weight = 168.0 : f64, prune.node = 18 : i64}
    scf.yield %r19 : tensor<2xf64>
  } {prune.counts = array<f64: 161.0, 265.0>, prune.impurity = 0.4701999162423681 : f64, prune.weight = 426.0 : f64, prune.node = 0 : i64}
  return %r1 : tensor<2xf64>
}

func.func @tree6(%x: tensor<30xf32>) -> tensor<2xf64> {
  %c1 = arith.constant 3 : index
  %f1 = tensor.extract %x[%c1] : tensor<30xf32>
  %t1 = arith.constant 6.972999878e+02 : f32
  %le1 = arith.cmpf ole, %f1, %t1 : f32
  %r1 = scf.if %le1 -> (tensor<2xf64>) {
    %c2 = arith.constant 29 : index
    %f2 = tensor.extract %x[%c2] : tensor<30xf32>
    %t2 = arith.constant 9.594999999e-02 : f32
    %le2 = arith.cmpf ole, %f2, %t2 : f32
    %r2 = scf.if %le2 -> (tensor<2xf64>) {
      %c3 = arith.constant 7 : index
      %f3 = tensor.extract %x[%c3] : tensor<30xf32>
      %t3 = arith.constant 3.418999910e-02 : f32
      %le3 = arith.cmpf ole, %f3, %t3 : f32
      %r3 = scf.if %le3 -> (tensor<2xf64>) {
        %leaf4 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
        scf.yield {prune.counts = array<f64: 0.0, 207.0>, prune.impurity = 0.0 : f64, prune.weight = 207.0 : f64, prune.node = 3 : i64} %leaf4 : tensor<2xf64>
      } else {
        %c5 = arith.constant 20 : index
        %f5 = tensor.extract %x[%c5] : tensor<30xf32>
        %t5 = arith.constant 1.687999916e+01 : f32
        %le5 = arith.cmpf ole, %f5, %t5 : f32
        %r5 = scf.if %le5 -> (tensor<2xf64>) {
          %c6 = arith.constant 28 : index
          %f6 = tensor.extract %x[%c6] : tensor<30xf32>
          %t6 = arith.constant 1.982999891e-01 : f32
          %le6 = arith.cmpf ole, %f6, %t6 : f32
          %r6 = scf.if %le6 -> (tensor<2xf64>) {
            %leaf7 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
            scf.yield {prune.counts = array<f64: 2.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 6 : i64} %leaf7 : tensor<2xf64>
          } else {
            %c8 = arith.constant 21 : index
            %f8 = tensor.extract %x[%c8] : tensor<30xf32>
            %t8 = arith.constant 3.061000061e+01 : f32
            %le8 = arith.cmpf ole, %f8, %t8 : f32
            %r8 = scf.if %le8 -> (tensor<2xf64>) {
              %leaf9 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
              scf.yield {prune.counts = array<f64: 0.0, 39.0>, prune.impurity = 0.0 : f64, prune.weight = 39.0 : f64, prune.node = 8 : i64} %leaf9 : tensor<2xf64>
            } else {
              %leaf10 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
              scf.yield {prune.counts = array<f64: 4.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 9 : i64} %leaf10 : tensor<2xf64>
            } {prune.counts = array<f64: 4.0, 39.0>, prune.impurity = 0.16873985938345049 : f64, prune.weight = 43.0 : f64, prune.node = 7 : i64}
            scf.yield %r8 : tensor<2xf64>
          } {prune.counts = array<f64: 6.0, 39.0>, prune.impurity = 0.23111111111111116 : f64, prune.weight = 45.0 : f64, prune.node = 5 : i64}
          scf.yield %r6 : tensor<2xf64>
        } else {
          %leaf11 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 5.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 5.0 : f64, prune.node = 10 : i64} %leaf11 : tensor<2xf64>
        } {prune.counts = array<f64: 11.0, 39.0>, prune.impurity = 0.34319999999999995 : f64, prune.weight = 50.0 : f64, prune.node = 4 : i64}
        scf.yield %r5 : tensor<2xf64>
      } {prune.counts = array<f64: 11.0, 246.0>, prune.impurity = 0.08193916637647802 : f64, prune.weight = 257.0 : f64, prune.node = 2 : i64}
      scf.yield %r3 : tensor<2xf64>
    } else {
      %c12 = arith.constant 4 : index
      %f12 = tensor.extract %x[%c12] : tensor<30xf32>
      %t12 = arith.constant 1.093999967e-01 : f32
      %le12 = arith.cmpf ole, %f12, %t12 : f32
      %r12 = scf.if %le12 -> (tensor<2xf64>) {
        %c13 = arith.constant 0 : index
        %f13 = tensor.extract %x[%c13] : tensor<30xf32>
        %t13 = arith.constant 1.313999939e+01 : f32
        %le13 = arith.cmpf ole, %f13, %t13 : f32
        %r13 = scf.if %le13 -> (tensor<2xf64>) {
          %leaf14 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 0.0, 19.0>, prune.impurity = 0.0 : f64, prune.weight = 19.0 : f64, prune.node = 13 : i64} %leaf14 : tensor<2xf64>
        } else {
          %c15 = arith.constant 18 : index
          %f15 = tensor.extract %x[%c15] : tensor<30xf32>
          %t15 = arith.constant 2.047999948e-02 : f32
          %le15 = arith.cmpf ole, %f15, %t15 : f32
          %r15 = scf.if %le15 -> (tensor<2xf64>) {
            %leaf16 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
            scf.yield {prune.counts = array<f64: 4.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 15 : i64} %leaf16 : tensor<2xf64>
          } else {
            %leaf17 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
            scf.yield {prune.counts = array<f64: 0.0, 2.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 16 : i64} %leaf17 : tensor<2xf64>
          } {prune.counts = array<f64: 4.0, 2.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 6.0 : f64, prune.node = 14 : i64}
          scf.yield %r15 : tensor<2xf64>
        } {prune.counts = array<f64: 4.0, 21.0>, prune.impurity = 0.26880000000000004 : f64, prune.weight = 25.0 : f64, prune.node = 12 : i64}
        scf.yield %r13 : tensor<2xf64>
      } else {
        %c18 = arith.constant 27 : index
        %f18 = tensor.extract %x[%c18] : tensor<30xf32>
        %t18 = arith.constant 1.249499992e-01 : f32
        %le18 = arith.cmpf ole, %f18, %t18 : f32
        %r18 = scf.if %le18 -> (tensor<2xf64>) {
          %leaf19 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 0.0, 3.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 18 : i64} %leaf19 : tensor<2xf64>
        } else {
          %leaf20 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 12.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 12.0 : f64, prune.node = 19 : i64} %leaf20 : tensor<2xf64>
        } {prune.counts = array<f64: 12.0, 3.0>, prune.impurity = 0.31999999999999995 : f64, prune.weight = 15.0 : f64, prune.node = 17 : i64}
        scf.yield %r18 : tensor<2xf64>
      } {prune.counts = array<f64: 16.0, 24.0>, prune.impurity = 0.48 : f64, prune.weight = 40.0 : f64, prune.node = 11 : i64}
      scf.yield %r12 : tensor<2xf64>
    } {prune.counts = array<f64: 27.0, 270.0>, prune.impurity = 0.1652892561983471 : f64, prune.weight = 297.0 : f64, prune.node = 1 : i64}
    scf.yield %r2 : tensor<2xf64>
  } else {
    %c21 = arith.constant 23 : index
    %f21 = tensor.extract %x[%c21] : tensor<30xf32>
    %t21 = arith.constant 8.690000000e+02 : f32
    %le21 = arith.cmpf ole, %f21, %t21 : f32
    %r21 = scf.if %le21 -> (tensor<2xf64>) {
      %leaf22 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
      scf.yield {prune.counts = array<f64: 0.0, 2.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 21 : i64} %leaf22 : tensor<2xf64>
    } else {
      %c23 = arith.constant 8 : index
      %f23 = tensor.extract %x[%c23] : tensor<30xf32>
      %t23 = arith.constant 1.412999928e-01 : f32
      %le23 = arith.cmpf ole, %f23, %t23 : f32
      %r23 = scf.if %le23 -> (tensor<2xf64>) {
        %leaf24 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
        scf.yield {prune.counts = array<f64: 0.0, 2.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 23 : i64} %leaf24 : tensor<2xf64>
      } else {
        %c25 = arith.constant 27 : index
        %f25 = tensor.extract %x[%c25] : tensor<30xf32>
        %t25 = arith.constant 9.151999652e-02 : f32
        %le25 = arith.cmpf ole, %f25, %t25 : f32
        %r25 = scf.if %le25 -> (tensor<2xf64>) {
          %c26 = arith.constant 29 : index
          %f26 = tensor.extract %x[%c26] : tensor<30xf32>
          %t26 = arith.constant 7.045999914e-02 : f32
          %le26 = arith.cmpf ole, %f26, %t26 : f32
          %r26 = scf.if %le26 -> (tensor<2xf64>) {
            %leaf27 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
            scf.yield {prune.counts = array<f64: 0.0, 1.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 26 : i64} %leaf27 : tensor<2xf64>
          } else {
            %leaf28 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
            scf.yield {prune.counts = array<f64: 1.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 27 : i64} %leaf28 : tensor<2xf64>
          } {prune.counts = array<f64: 1.0, 1.0>, prune.impurity = 0.5 : f64, prune.weight = 2.0 : f64, prune.node = 25 : i64}
          scf.yield %r26 : tensor<2xf64>
        } else {
          %leaf29 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 123.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 123.0 : f64, prune.node = 28 : i64} %leaf29 : tensor<2xf64>
        } {prune.counts = array<f64: 124.0, 1.0>, prune.impurity = 0.015871999999999997 : f64, prune.weight = 125.0 : f64, prune.node = 24 : i64}
        scf.yield %r25 : tensor<2xf64>
      } {prune.counts = array<f64: 124.0, 3.0>, prune.impurity = 0.04612809225618453 : f64, prune.weight = 127.0 : f64, prune.node = 22 : i64}
      scf.yield %r23 : tensor<2xf64>
    } {prune.counts = array<f64: 124.0, 5.0>, prune.impurity = 0.0745147527191875 : f64, prune.weight = 129.0 : f64, prune.node = 20 : i64}
    scf.yield %r21 : tensor<2xf64>
  } {prune.counts = array<f64: 151.0, 275.0>, prune.impurity = 0.4576362714628932 : f64, prune.weight = 426.0 : f64, prune.node = 0 : i64}
  return %r1 : tensor<2xf64>
}

func.func @tree7(%x: tensor<30xf32>) -> tensor<2xf64> {
  %c1 = arith.constant 10 : index
  %f1 = tensor.extract %x[%c1] : tensor<30xf32>
  %t1 = arith.constant 4.607000053e-01 : f32
  %le1 = arith.cmpf ole, %f1, %t1 : f32
  %r1 = scf.if %le1 -> (tensor<2xf64>) {
    %c2 = arith.constant 6 : index
    %f2 = tensor.extract %x[%c2] : tensor<30xf32>
    %t2 = arith.constant 9.340499341e-02 : f32
    %le2 = arith.cmpf ole, %f2, %t2 : f32
    %r2 = scf.if %le2 -> (tensor<2xf64>) {
      %c3 = arith.constant 22 : index
      %f3 = tensor.extract %x[%c3] : tensor<30xf32>
      %t3 = arith.constant 1.174499969e+02 : f32
      %le3 = arith.cmpf ole, %f3, %t3 : f32
      %r3 = scf.if %le3 -> (tensor<2xf64>) {
        %c4 = arith.constant 25 : index
        %f4 = tensor.extract %x[%c4] : tensor<30xf32>
        %t4 = arith.constant 3.765499890e-01 : f32
        %le4 = arith.cmpf ole, %f4, %t4 : f32
        %r4 = scf.if %le4 -> (tensor<2xf64>) {
          %c5 = arith.constant 21 : index
          %f5 = tensor.extract %x[%c5] : tensor<30xf32>
          %t5 = arith.constant 3.541499710e+01 : f32
          %le5 = arith.cmpf ole, %f5, %t5 : f32
          %r5 = scf.if %le5 -> (tensor<2xf64>) {
            %leaf6 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
            scf.yield {prune.counts = array<f64: 0.0, 232.0>, prune.impurity = 0.0 : f64, prune.weight = 232.0 : f64, prune.node = 5 : i64} %leaf6 : tensor<2xf64>
          } else {
            %c7 = arith.constant 20 : index
            %f7 = tensor.extract %x[%c7] : tensor<30xf32>
            %t7 = arith.constant 1.596999931e+01 : f32
            %le7 = arith.cmpf ole, %f7, %t7 : f32
            %r7 = scf.if %le7 -> (tensor<2xf64>) {
              %leaf8 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
              scf.yield {prune.counts = array<f64: 0.0, 19.0>, prune.impurity = 0.0 : f64, prune.weight = 19.0 : f64, prune.node = 7 : i64} %leaf8 : tensor<2xf64>
            } else {
              %leaf9 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
              scf.yield {prune.counts = array<f64: 1.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 8 : i64} %leaf9 : tensor<2xf64>
            } {prune.counts = array<f64: 1.0, 19.0>, prune.impurity = 0.09499999999999997 : f64, prune.weight = 20.0 : f64, prune.node = 6 : i64}
            scf.yield %r7 : tensor<2xf64>
          } {prune.counts = array<f64: 1.0, 251.0>, prune.impurity = 0.007905013857394838 : f64, prune.weight = 252.0 : f64, prune.node = 4 : i64}
          scf.yield %r5 : tensor<2xf64>
        } else {
          %leaf10 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 1.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 9 : i64} %leaf10 : tensor<2xf64>
        } {prune.counts = array<f64: 2.0, 251.0>, prune.impurity = 0.015685294255495363 : f64, prune.weight = 253.0 : f64, prune.node = 3 : i64}
        scf.yield %r4 : tensor<2xf64>
      } else {
        %leaf11 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
        scf.yield {prune.counts = array<f64: 6.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 6.0 : f64, prune.node = 10 : i64} %leaf11 : tensor<2xf64>
      } {prune.counts = array<f64: 8.0, 251.0>, prune.impurity = 0.05986792087178183 : f64, prune.weight = 259.0 : f64, prune.node = 2 : i64}
      scf.yield %r3 : tensor<2xf64>
    } else {
      %c12 = arith.constant 23 : index
      %f12 = tensor.extract %x[%c12] : tensor<30xf32>
      %t12 = arith.constant 7.363999634e+02 : f32
      %le12 = arith.cmpf ole, %f12, %t12 : f32
      %r12 = scf.if %le12 -> (tensor<2xf64>) {
        %c13 = arith.constant 27 : index
        %f13 = tensor.extract %x[%c13] : tensor<30xf32>
        %t13 = arith.constant 1.884499937e-01 : f32
        %le13 = arith.cmpf ole, %f13, %t13 : f32
        %r13 = scf.if %le13 -> (tensor<2xf64>) {
          %c14 = arith.constant 17 : index
          %f14 = tensor.extract %x[%c14] : tensor<30xf32>
          %t14 = arith.constant 1.145499945e-02 : f32
          %le14 = arith.cmpf ole, %f14, %t14 : f32
          %r14 = scf.if %le14 -> (tensor<2xf64>) {
            %c15 = arith.constant 17 : index
            %f15 = tensor.extract %x[%c15] : tensor<30xf32>
            %t15 = arith.constant 1.029499993e-02 : f32
            %le15 = arith.cmpf ole, %f15, %t15 : f32
            %r15 = scf.if %le15 -> (tensor<2xf64>) {
              %leaf16 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
              scf.yield {prune.counts = array<f64: 0.0, 1.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 15 : i64} %leaf16 : tensor<2xf64>
            } else {
              %leaf17 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
              scf.yield {prune.counts = array<f64: 1.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 16 : i64} %leaf17 : tensor<2xf64>
            } {prune.counts = array<f64: 1.0, 1.0>, prune.impurity = 0.5 : f64, prune.weight = 2.0 : f64, prune.node = 14 : i64}
            scf.yield %r15 : tensor<2xf64>
          } else {
            %leaf18 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
            scf.yield {prune.counts = array<f64: 0.0, 14.0>, prune.impurity = 0.0 : f64, prune.weight = 14.0 : f64, prune.node = 17 : i64} %leaf18 : tensor<2xf64>
          } {prune.counts = array<f64: 1.0, 15.0>, prune.impurity = 0.1171875 : f64, prune.weight = 16.0 : f64, prune.node = 13 : i64}
          scf.yield %r14 : tensor<2xf64>
        } else {
          %leaf19 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 2.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 18 : i64} %leaf19 : tensor<2xf64>
        } {prune.counts = array<f64: 3.0, 15.0>, prune.impurity = 0.2777777777777778 : f64, prune.weight = 18.0 : f64, prune.node = 12 : i64}
        scf.yield %r13 : tensor<2xf64>
      } else {
        %c20 = arith.constant 7 : index
        %f20 = tensor.extract %x[%c20] : tensor<30xf32>
        %t20 = arith.constant 4.225999862e-02 : f32
        %le20 = arith.cmpf ole, %f20, %t20 : f32
        %r20 = scf.if %le20 -> (tensor<2xf64>) {
          %leaf21 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 0.0, 1.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 20 : i64} %leaf21 : tensor<2xf64>
        } else {
          %c22 = arith.constant 21 : index
          %f22 = tensor.extract %x[%c22] : tensor<30xf32>
          %t22 = arith.constant 2.008499908e+01 : f32
          %le22 = arith.cmpf ole, %f22, %t22 : f32
          %r22 = scf.if %le22 -> (tensor<2xf64>) {
            %leaf23 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
            scf.yield {prune.counts = array<f64: 0.0, 2.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 22 : i64} %leaf23 : tensor<2xf64>
          } else {
            %leaf24 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
            scf.yield {prune.counts = array<f64: 42.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 42.0 : f64, prune.node = 23 : i64} %leaf24 : tensor<2xf64>
          } {prune.counts = array<f64: 42.0, 2.0>, prune.impurity = 0.08677685950413228 : f64, prune.weight = 44.0 : f64, prune.node = 21 : i64}
          scf.yield %r22 : tensor<2xf64>
        } {prune.counts = array<f64: 42.0, 3.0>, prune.impurity = 0.12444444444444447 : f64, prune.weight = 45.0 : f64, prune.node = 19 : i64}
        scf.yield %r20 : tensor<2xf64>
      } {prune.counts = array<f64: 45.0, 18.0>, prune.impurity = 0.40816326530612246 : f64, prune.weight = 63.0 : f64, prune.node = 11 : i64}
      scf.yield %r12 : tensor<2xf64>
    } {prune.counts = array<f64: 53.0, 269.0>, prune.impurity = 0.2750086802206705 : f64, prune.weight = 322.0 : f64, prune.node = 1 : i64}
    scf.yield %r2 : tensor<2xf64>
  } else {
    %c25 = arith.constant 1 : index
    %f25 = tensor.extract %x[%c25] : tensor<30xf32>
    %t25 = arith.constant 1.484500027e+01 : f32
    %le25 = arith.cmpf ole, %f25, %t25 : f32
    %r25 = scf.if %le25 -> (tensor<2xf64>) {
      %c26 = arith.constant 12 : index
      %f26 = tensor.extract %x[%c26] : tensor<30xf32>
      %t26 = arith.constant 5.116499901e+00 : f32
      %le26 = arith.cmpf ole, %f26, %t26 : f32
      %r26 = scf.if %le26 -> (tensor<2xf64>) {
        %leaf27 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
        scf.yield {prune.counts = array<f64: 0.0, 9.0>, prune.impurity = 0.0 : f64, prune.weight = 9.0 : f64, prune.node = 26 : i64} %leaf27 : tensor<2xf64>
      } else {
        %leaf28 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
        scf.yield {prune.counts = array<f64: 2.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 27 : i64} %leaf28 : tensor<2xf64>
      } {prune.counts = array<f64: 2.0, 9.0>, prune.impurity = 0.2975206611570248 : f64, prune.weight = 11.0 : f64, prune.node = 25 : i64}
      scf.yield %r26 : tensor<2xf64>
    } else {
      %c29 = arith.constant 22 : index
      %f29 = tensor.extract %x[%c29] : tensor<30xf32>
      %t29 = arith.constant 9.525000000e+01 : f32
      %le29 = arith.cmpf ole, %f29, %t29 : f32
      %r29 = scf.if %le29 -> (tensor<2xf64>) {
        %leaf30 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
        scf.yield {prune.counts = array<f64: 0.0, 4.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 29 : i64} %leaf30 : tensor<2xf64>
      } else {
        %leaf31 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
        scf.yield {prune.counts = array<f64: 89.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 89.0 : f64, prune.node = 30 : i64} %leaf31 : tensor<2xf64>
      } {prune.counts = array<f64: 89.0, 4.0>, prune.impurity = 0.08232165568273786 : f64, prune.weight = 93.0 : f64, prune.node = 28 : i64}
      scf.yield %r29 : tensor<2xf64>
    } {prune.counts = array<f64: 91.0, 13.0>, prune.impurity = 0.21875 : f64, prune.weight = 104.0 : f64, prune.node = 24 : i64}
    scf.yield %r25 : tensor<2xf64>
  } {prune.counts = array<f64: 144.0, 282.0>, prune.impurity = 0.4475302519341401 : f64, prune.weight = 426.0 : f64, prune.node = 0 : i64}
  return %r1 : tensor<2xf64>
}

func.func @tree8(%x: tensor<30xf32>) -> tensor<2xf64> {
  %c1 = arith.constant 20 : index
  %f1 = tensor.extract %x[%c1] : tensor<30xf32>
  %t1 = arith.constant 1.679999924e+01 : f32
  %le1 = arith.cmpf ole, %f1, %t1 : f32
  %r1 = scf.if %le1 -> (tensor<2xf64>) {
    %c2 = arith.constant 27 : index
    %f2 = tensor.extract %x[%c2] : tensor<30xf32>
    %t2 = arith.constant 1.562999934e-01 : f32
    %le2 = arith.cmpf ole, %f2, %t2 : f32
    %r2 = scf.if %le2 -> (tensor<2xf64>) {
      %c3 = arith.constant 26 : index
      %f3 = tensor.extract %x[%c3] : tensor<30xf32>
      %t3 = arith.constant 3.888999820e-01 : f32
      %le3 = arith.cmpf ole, %f3, %t3 : f32
      %r3 = scf.if %le3 -> (tensor<2xf64>) {
        %c4 = arith.constant 12 : index
        %f4 = tensor.extract %x[%c4] : tensor<30xf32>
        %t4 = arith.constant 4.114500046e+00 : f32
        %le4 = arith.cmpf ole, %f4, %t4 : f32
        %r4 = scf.if %le4 -> (tensor<2xf64>) {
          %c5 = arith.constant 27 : index
          %f5 = tensor.extract %x[%c5] : tensor<30xf32>
          %t5 = arith.constant 1.190000027e-01 : f32
          %le5 = arith.cmpf ole, %f5, %t5 : f32
          %r5 = scf.if %le5 -> (tensor<2xf64>) {
            %leaf6 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
            scf.yield {prune.counts = array<f64: 0.0, 232.0>, prune.impurity = 0.0 : f64, prune.weight = 232.0 : f64, prune.node = 5 : i64} %leaf6 : tensor<2xf64>
          } else {
            %c7 = arith.constant 29 : index
            %f7 = tensor.extract %x[%c7] : tensor<30xf32>
            %t7 = arith.constant 6.881500036e-02 : f32
            %le7 = arith.cmpf ole, %f7, %t7 : f32
            %r7 = scf.if %le7 -> (tensor<2xf64>) {
              %leaf8 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
              scf.yield {prune.counts = array<f64: 2.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 7 : i64} %leaf8 : tensor<2xf64>
            } else {
              %leaf9 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
              scf.yield {prune.counts = array<f64: 0.0, 13.0>, prune.impurity = 0.0 : f64, prune.weight = 13.0 : f64, prune.node = 8 : i64} %leaf9 : tensor<2xf64>
            } {prune.counts = array<f64: 2.0, 13.0>, prune.impurity = 0.23111111111111116 : f64, prune.weight = 15.0 : f64, prune.node = 6 : i64}
            scf.yield %r7 : tensor<2xf64>
          } {prune.counts = array<f64: 2.0, 245.0>, prune.impurity = 0.016063203789604796 : f64, prune.weight = 247.0 : f64, prune.node = 4 : i64}
          scf.yield %r5 : tensor<2xf64>
        } else {
          %c10 = arith.constant 28 : index
          %f10 = tensor.extract %x[%c10] : tensor<30xf32>
          %t10 = arith.constant 2.586999834e-01 : f32
          %le10 = arith.cmpf ole, %f10, %t10 : f32
          %r10 = scf.if %le10 -> (tensor<2xf64>) {
            %leaf11 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
            scf.yield {prune.counts = array<f64: 1.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 10 : i64} %leaf11 : tensor<2xf64>
          } else {
            %leaf12 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
            scf.yield {prune.counts = array<f64: 0.0, 1.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 11 : i64} %leaf12 : tensor<2xf64>
          } {prune.counts = array<f64: 1.0, 1.0>, prune.impurity = 0.5 : f64, prune.weight = 2.0 : f64, prune.node = 9 : i64}
          scf.yield %r10 : tensor<2xf64>
        } {prune.counts = array<f64: 3.0, 246.0>, prune.impurity = 0.023806067644070228 : f64, prune.weight = 249.0 : f64, prune.node = 3 : i64}
        scf.yield %r4 : tensor<2xf64>
      } else {
        %c13 = arith.constant 26 : index
        %f13 = tensor.extract %x[%c13] : tensor<30xf32>
        %t13 = arith.constant 4.287500083e-01 : f32
        %le13 = arith.cmpf ole, %f13, %t13 : f32
        %r13 = scf.if %le13 -> (tensor<2xf64>) {
          %leaf14 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 3.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 13 : i64} %leaf14 : tensor<2xf64>
        } else {
          %c15 = arith.constant 13 : index
          %f15 = tensor.extract %x[%c15] : tensor<30xf32>
          %t15 = arith.constant 3.091999817e+01 : f32
          %le15 = arith.cmpf ole, %f15, %t15 : f32
          %r15 = scf.if %le15 -> (tensor<2xf64>) {
            %leaf16 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
            scf.yield {prune.counts = array<f64: 0.0, 14.0>, prune.impurity = 0.0 : f64, prune.weight = 14.0 : f64, prune.node = 15 : i64} %leaf16 : tensor<2xf64>
          } else {
            %leaf17 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
            scf.yield {prune.counts = array<f64: 1.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 16 : i64} %leaf17 : tensor<2xf64>
          } {prune.counts = array<f64: 1.0, 14.0>, prune.impurity = 0.12444444444444447 : f64, prune.weight = 15.0 : f64, prune.node = 14 : i64}
          scf.yield %r15 : tensor<2xf64>
        } {prune.counts = array<f64: 4.0, 14.0>, prune.impurity = 0.345679012345679 : f64, prune.weight = 18.0 : f64, prune.node = 12 : i64}
        scf.yield %r13 : tensor<2xf64>
      } {prune.counts = array<f64: 7.0, 260.0>, prune.impurity = 0.05105977079212787 : f64, prune.weight = 267.0 : f64, prune.node = 2 : i64}
      scf.yield %r3 : tensor<2xf64>
    } else {
      %c18 = arith.constant 2 : index
      %f18 = tensor.extract %x[%c18] : tensor<30xf32>
      %t18 = arith.constant 6.604499817e+01 : f32
      %le18 = arith.cmpf ole, %f18, %t18 : f32
      %r18 = scf.if %le18 -> (tensor<2xf64>) {
        %leaf19 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
        scf.yield {prune.counts = array<f64: 0.0, 1.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 18 : i64} %leaf19 : tensor<2xf64>
      } else {
        %leaf20 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
        scf.yield {prune.counts = array<f64: 10.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 10.0 : f64, prune.node = 19 : i64} %leaf20 : tensor<2xf64>
      } {prune.counts = array<f64: 10.0, 1.0>, prune.impurity = 0.1652892561983471 : f64, prune.weight = 11.0 : f64, prune.node = 17 : i64}
      scf.yield %r18 : tensor<2xf64>
    } {prune.counts = array<f64: 17.0, 261.0>, prune.impurity = 0.11482324931421772 : f64, prune.weight = 278.0 : f64, prune.node = 1 : i64}
    scf.yield %r2 : tensor<2xf64>
  } else {
    %c21 = arith.constant 6 : index
    %f21 = tensor.extract %x[%c21] : tensor<30xf32>
    %t21 = arith.constant 7.342499495e-02 : f32
    %le21 = arith.cmpf ole, %f21, %t21 : f32
    %r21 = scf.if %le21 -> (tensor<2xf64>) {
      %c22 = arith.constant 9 : index
      %f22 = tensor.extract %x[%c22] : tensor<30xf32>
      %t22 = arith.constant 5.669999868e-02 : f32
      %le22 = arith.cmpf ole, %f22, %t22 : f32
      %r22 = scf.if %le22 -> (tensor<2xf64>) {
        %c23 = arith.constant 6 : index
        %f23 = tensor.extract %x[%c23] : tensor<30xf32>
        %t23 = arith.constant 4.326999933e-02 : f32
        %le23 = arith.cmpf ole, %f23, %t23 : f32
        %r23 = scf.if %le23 -> (tensor<2xf64>) {
          %leaf24 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 1.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 23 : i64} %leaf24 : tensor<2xf64>
        } else {
          %leaf25 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 0.0, 8.0>, prune.impurity = 0.0 : f64, prune.weight = 8.0 : f64, prune.node = 24 : i64} %leaf25 : tensor<2xf64>
        } {prune.counts = array<f64: 1.0, 8.0>, prune.impurity = 0.19753086419753085 : f64, prune.weight = 9.0 : f64, prune.node = 22 : i64}
        scf.yield %r23 : tensor<2xf64>
      } else {
        %c26 = arith.constant 8 : index
        %f26 = tensor.extract %x[%c26] : tensor<30xf32>
        %t26 = arith.constant 1.788499951e-01 : f32
        %le26 = arith.cmpf ole, %f26, %t26 : f32
        %r26 = scf.if %le26 -> (tensor<2xf64>) {
          %leaf27 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 5.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 5.0 : f64, prune.node = 26 : i64} %leaf27 : tensor<2xf64>
        } else {
          %leaf28 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 0.0, 2.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 27 : i64} %leaf28 : tensor<2xf64>
        } {prune.counts = array<f64: 5.0, 2.0>, prune.impurity = 0.40816326530612246 : f64, prune.weight = 7.0 : f64, prune.node = 25 : i64}
        scf.yield %r26 : tensor<2xf64>
      } {prune.counts = array<f64: 6.0, 10.0>, prune.impurity = 0.46875 : f64, prune.weight = 16.0 : f64, prune.node = 21 : i64}
      scf.yield %r22 : tensor<2xf64>
    } else {
      %c29 = arith.constant 1 : index
      %f29 = tensor.extract %x[%c29] : tensor<30xf32>
      %t29 = arith.constant 1.276999950e+01 : f32
      %le29 = arith.cmpf ole, %f29, %t29 : f32
      %r29 = scf.if %le29 -> (tensor<2xf64>) {
        %c30 = arith.constant 14 : index
        %f30 = tensor.extract %x[%c30] : tensor<30xf32>
        %t30 = arith.constant 6.216499954e-03 : f32
        %le30 = arith.cmpf ole, %f30, %t30 : f32
        %r30 = scf.if %le30 -> (tensor<2xf64>) {
          %leaf31 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 0.0, 1.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 30 : i64} %leaf31 : tensor<2xf64>
        } else {
          %leaf32 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 4.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 31 : i64} %leaf32 : tensor<2xf64>
        } {prune.counts = array<f64: 4.0, 1.0>, prune.impurity = 0.31999999999999995 : f64, prune.weight = 5.0 : f64, prune.node = 29 : i64}
        scf.yield %r30 : tensor<2xf64>
      } else {
        %leaf33 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
        scf.yield {prune.counts = array<f64: 127.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 127.0 : f64, prune.node = 32 : i64} %leaf33 : tensor<2xf64>
      } {prune.counts = array<f64: 131.0, 1.0>, prune.impurity = 0.015036730945821808 : f64, prune.weight = 132.0 : f64, prune.node = 28 : i64}
      scf.yield %r29 : tensor<2xf64>
    } {prune.counts = array<f64: 137.0, 11.0>, prune.impurity = 0.1376004382761139 : f64, prune.weight = 148.0 : f64, prune.node = 20 : i64}
    scf.yield %r21 : tensor<2xf64>
  } {prune.counts = array<f64: 154.0, 272.0>, prune.impurity = 0.4616368004584628 : f64, prune.weight = 426.0 : f64, prune.node = 0 : i64}
  return %r1 : tensor<2xf64>
}

func.func @tree9(%x: tensor<30xf32>) -> tensor<2xf64> {
  %c1 = arith.constant 7 : index
  %f1 = tensor.extract %x[%c1] : tensor<30xf32>
  %t1 = arith.constant 5.581000075e-02 : f32
  %le1 = arith.cmpf ole, %f1, %t1 : f32
  %r1 = scf.if %le1 -> (tensor<2xf64>) {
    %c2 = arith.constant 27 : index
    %f2 = tensor.extract %x[%c2] : tensor<30xf32>
    %t2 = arith.constant 1.157499999e-01 : f32
    %le2 = arith.cmpf ole, %f2, %t2 : f32
    %r2 = scf.if %le2 -> (tensor<2xf64>) {
      %c3 = arith.constant 23 : index
      %f3 = tensor.extract %x[%c3] : tensor<30xf32>
      %t3 = arith.constant 1.214000000e+03 : f32
      %le3 = arith.cmpf ole, %f3, %t3 : f32
      %r3 = scf.if %le3 -> (tensor<2xf64>) {
        %c4 = arith.constant 2 : index
        %f4 = tensor.extract %x[%c4] : tensor<30xf32>
        %t4 = arith.constant 9.908499908e+01 : f32
        %le4 = arith.cmpf ole, %f4, %t4 : f32
        %r4 = scf.if %le4 -> (tensor<2xf64>) {
          %leaf5 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 0.0, 230.0>, prune.impurity = 0.0 : f64, prune.weight = 230.0 : f64, prune.node = 4 : i64} %leaf5 : tensor<2xf64>
        } else {
          %c6 = arith.constant 7 : index
          %f6 = tensor.extract %x[%c6] : tensor<30xf32>
          %t6 = arith.constant 3.512499854e-02 : f32
          %le6 = arith.cmpf ole, %f6, %t6 : f32
          %r6 = scf.if %le6 -> (tensor<2xf64>) {
            %leaf7 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
            scf.yield {prune.counts = array<f64: 1.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 6 : i64} %leaf7 : tensor<2xf64>
          } else {
            %leaf8 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
            scf.yield {prune.counts = array<f64: 0.0, 2.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 7 : i64} %leaf8 : tensor<2xf64>
          } {prune.counts = array<f64: 1.0, 2.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 3.0 : f64, prune.node = 5 : i64}
          scf.yield %r6 : tensor<2xf64>
        } {prune.counts = array<f64: 1.0, 232.0>, prune.impurity = 0.008546851111643217 : f64, prune.weight = 233.0 : f64, prune.node = 3 : i64}
        scf.yield %r4 : tensor<2xf64>
      } else {
        %leaf9 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
        scf.yield {prune.counts = array<f64: 1.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 8 : i64} %leaf9 : tensor<2xf64>
      } {prune.counts = array<f64: 2.0, 232.0>, prune.impurity = 0.016947914383811824 : f64, prune.weight = 234.0 : f64, prune.node = 2 : i64}
      scf.yield %r3 : tensor<2xf64>
    } else {
      %c10 = arith.constant 0 : index
      %f10 = tensor.extract %x[%c10] : tensor<30xf32>
      %t10 = arith.constant 1.447499943e+01 : f32
      %le10 = arith.cmpf ole, %f10, %t10 : f32
      %r10 = scf.if %le10 -> (tensor<2xf64>) {
        %c11 = arith.constant 10 : index
        %f11 = tensor.extract %x[%c11] : tensor<30xf32>
        %t11 = arith.constant 3.771999776e-01 : f32
        %le11 = arith.cmpf ole, %f11, %t11 : f32
        %r11 = scf.if %le11 -> (tensor<2xf64>) {
          %c12 = arith.constant 15 : index
          %f12 = tensor.extract %x[%c12] : tensor<30xf32>
          %t12 = arith.constant 2.245000005e-02 : f32
          %le12 = arith.cmpf ole, %f12, %t12 : f32
          %r12 = scf.if %le12 -> (tensor<2xf64>) {
            %c13 = arith.constant 29 : index
            %f13 = tensor.extract %x[%c13] : tensor<30xf32>
            %t13 = arith.constant 9.482499957e-02 : f32
            %le13 = arith.cmpf ole, %f13, %t13 : f32
            %r13 = scf.if %le13 -> (tensor<2xf64>) {
              %leaf14 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
              scf.yield {prune.counts = array<f64: 0.0, 4.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 13 : i64} %leaf14 : tensor<2xf64>
            } else {
              %leaf15 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
              scf.yield {prune.counts = array<f64: 2.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 14 : i64} %leaf15 : tensor<2xf64>
            } {prune.counts = array<f64: 2.0, 4.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 6.0 : f64, prune.node = 12 : i64}
            scf.yield %r13 : tensor<2xf64>
          } else {
            %leaf16 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
            scf.yield {prune.counts = array<f64: 0.0, 20.0>, prune.impurity = 0.0 : f64, prune.weight = 20.0 : f64, prune.node = 15 : i64} %leaf16 : tensor<2xf64>
          } {prune.counts = array<f64: 2.0, 24.0>, prune.impurity = 0.14201183431952658 : f64, prune.weight = 26.0 : f64, prune.node = 11 : i64}
          scf.yield %r12 : tensor<2xf64>
        } else {
          %c17 = arith.constant 13 : index
          %f17 = tensor.extract %x[%c17] : tensor<30xf32>
          %t17 = arith.constant 3.114499855e+01 : f32
          %le17 = arith.cmpf ole, %f17, %t17 : f32
          %r17 = scf.if %le17 -> (tensor<2xf64>) {
            %leaf18 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
            scf.yield {prune.counts = array<f64: 0.0, 2.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 17 : i64} %leaf18 : tensor<2xf64>
          } else {
            %leaf19 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
            scf.yield {prune.counts = array<f64: 6.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 6.0 : f64, prune.node = 18 : i64} %leaf19 : tensor<2xf64>
          } {prune.counts = array<f64: 6.0, 2.0>, prune.impurity = 0.375 : f64, prune.weight = 8.0 : f64, prune.node = 16 : i64}
          scf.yield %r17 : tensor<2xf64>
        } {prune.counts = array<f64: 8.0, 26.0>, prune.impurity = 0.3598615916955017 : f64, prune.weight = 34.0 : f64, prune.node = 10 : i64}
        scf.yield %r11 : tensor<2xf64>
      } else {
        %c20 = arith.constant 4 : index
        %f20 = tensor.extract %x[%c20] : tensor<30xf32>
        %t20 = arith.constant 9.873499721e-02 : f32
        %le20 = arith.cmpf ole, %f20, %t20 : f32
        %r20 = scf.if %le20 -> (tensor<2xf64>) {
          %c21 = arith.constant 5 : index
          %f21 = tensor.extract %x[%c21] : tensor<30xf32>
          %t21 = arith.constant 6.955999881e-02 : f32
          %le21 = arith.cmpf ole, %f21, %t21 : f32
          %r21 = scf.if %le21 -> (tensor<2xf64>) {
            %leaf22 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
            scf.yield {prune.counts = array<f64: 0.0, 1.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 21 : i64} %leaf22 : tensor<2xf64>
          } else {
            %leaf23 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
            scf.yield {prune.counts = array<f64: 10.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 10.0 : f64, prune.node = 22 : i64} %leaf23 : tensor<2xf64>
          } {prune.counts = array<f64: 10.0, 1.0>, prune.impurity = 0.1652892561983471 : f64, prune.weight = 11.0 : f64, prune.node = 20 : i64}
          scf.yield %r21 : tensor<2xf64>
        } else {
          %leaf24 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 0.0, 1.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 23 : i64} %leaf24 : tensor<2xf64>
        } {prune.counts = array<f64: 10.0, 2.0>, prune.impurity = 0.2777777777777778 : f64, prune.weight = 12.0 : f64, prune.node = 19 : i64}
        scf.yield %r20 : tensor<2xf64>
      } {prune.counts = array<f64: 18.0, 28.0>, prune.impurity = 0.4763705103969754 : f64, prune.weight = 46.0 : f64, prune.node = 9 : i64}
      scf.yield %r10 : tensor<2xf64>
    } {prune.counts = array<f64: 20.0, 260.0>, prune.impurity = 0.13265306122448983 : f64, prune.weight = 280.0 : f64, prune.node = 1 : i64}
    scf.yield %r2 : tensor<2xf64>
  } else {
    %c25 = arith.constant 7 : index
    %f25 = tensor.extract %x[%c25] : tensor<30xf32>
    %t25 = arith.constant 6.616500020e-02 : f32
    %le25 = arith.cmpf ole, %f25, %t25 : f32
    %r25 = scf.if %le25 -> (tensor<2xf64>) {
      %c26 = arith.constant 25 : index
      %f26 = tensor.extract %x[%c26] : tensor<30xf32>
      %t26 = arith.constant 1.956000030e-01 : f32
      %le26 = arith.cmpf ole, %f26, %t26 : f32
      %r26 = scf.if %le26 -> (tensor<2xf64>) {
        %c27 = arith.constant 2 : index
        %f27 = tensor.extract %x[%c27] : tensor<30xf32>
        %t27 = arith.constant 1.114499969e+02 : f32
        %le27 = arith.cmpf ole, %f27, %t27 : f32
        %r27 = scf.if %le27 -> (tensor<2xf64>) {
          %leaf28 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 0.0, 9.0>, prune.impurity = 0.0 : f64, prune.weight = 9.0 : f64, prune.node = 27 : i64} %leaf28 : tensor<2xf64>
        } else {
          %leaf29 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 1.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 28 : i64} %leaf29 : tensor<2xf64>
        } {prune.counts = array<f64: 1.0, 9.0>, prune.impurity = 0.18000000000000005 : f64, prune.weight = 10.0 : f64, prune.node = 26 : i64}
        scf.yield %r27 : tensor<2xf64>
      } else {
        %c30 = arith.constant 18 : index
        %f30 = tensor.extract %x[%c30] : tensor<30xf32>
        %t30 = arith.constant 2.396499924e-02 : f32
        %le30 = arith.cmpf ole, %f30, %t30 : f32
        %r30 = scf.if %le30 -> (tensor<2xf64>) {
          %c31 = arith.constant 6 : index
          %f31 = tensor.extract %x[%c31] : tensor<30xf32>
          %t31 = arith.constant 1.984499991e-01 : f32
          %le31 = arith.cmpf ole, %f31, %t31 : f32
          %r31 = scf.if %le31 -> (tensor<2xf64>) {
            %c32 = arith.constant 1 : index
            %f32 = tensor.extract %x[%c32] : tensor<30xf32>
            %t32 = arith.constant 1.679500008e+01 : f32
            %le32 = arith.cmpf ole, %f32, %t32 : f32
            %r32 = scf.if %le32 -> (tensor<2xf64>) {
              %leaf33 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
              scf.yield {prune.counts = array<f64: 0.0, 1.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 32 : i64} %leaf33 : tensor<2xf64>
            } else {
              %leaf34 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
              scf.yield {prune.counts = array<f64: 22.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 22.0 : f64, prune.node = 33 : i64} %leaf34 : tensor<2xf64>
            } {prune.counts = array<f64: 22.0, 1.0>, prune.impurity = 0.08317580340264652 : f64, prune.weight = 23.0 : f64, prune.node = 31 : i64}
            scf.yield %r32 : tensor<2xf64>
          } else {
            %leaf35 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
            scf.yield {prune.counts = array<f64: 0.0, 2.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 34 : i64} %leaf35 : tensor<2xf64>
          } {prune.counts = array<f64: 22.0, 3.0>, prune.impurity = 0.21120000000000005 : f64, prune.weight = 25.0 : f64, prune.node = 30 : i64}
          scf.yield %r31 : tensor<2xf64>
        } else {
          %leaf36 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 0.0, 2.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 35 : i64} %leaf36 : tensor<2xf64>
        } {prune.counts = array<f64: 22.0, 5.0>, prune.impurity = 0.30178326474622774 : f64, prune.weight = 27.0 : f64, prune.node = 29 : i64}
        scf.yield %r30 : tensor<2xf64>
      } {prune.counts = array<f64: 23.0, 14.0>, prune.impurity = 0.47041636230825423 : f64, prune.weight = 37.0 : f64, prune.node = 25 : i64}
      scf.yield %r26 : tensor<2xf64>
    } else {
      %c37 = arith.constant 27 : index
      %f37 = tensor.extract %x[%c37] : tensor<30xf32>
      %t37 = arith.constant 1.423999965e-01 : f32
      %le37 = arith.cmpf ole, %f37, %t37 : f32
      %r37 = scf.if %le37 -> (tensor<2xf64>) {
        %c38 = arith.constant 26 : index
        %f38 = tensor.extract %x[%c38] : tensor<30xf32>
        %t38 = arith.constant 2.291499972e-01 : f32
        %le38 = arith.cmpf ole, %f38, %t38 : f32
        %r38 = scf.if %le38 -> (tensor<2xf64>) {
          %leaf39 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 0.0, 1.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 38 : i64} %leaf39 : tensor<2xf64>
        } else {
          %leaf40 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 6.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 6.0 : f64, prune.node = 39 : i64} %leaf40 : tensor<2xf64>
        } {prune.counts = array<f64: 6.0, 1.0>, prune.impurity = 0.24489795918367352 : f64, prune.weight = 7.0 : f64, prune.node = 37 : i64}
        scf.yield %r38 : tensor<2xf64>
      } else {
        %leaf41 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
        scf.yield {prune.counts = array<f64: 102.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 102.0 : f64, prune.node = 40 : i64} %leaf41 : tensor<2xf64>
      } {prune.counts = array<f64: 108.0, 1.0>, prune.impurity = 0.01818028785455772 : f64, prune.weight = 109.0 : f64, prune.node = 36 : i64}
      scf.yield %r37 : tensor<2xf64>
    } {prune.counts = array<f64: 131.0, 15.0>, prune.impurity = 0.18436854944642522 : f64, prune.weight = 146.0 : f64, prune.node = 24 : i64}
    scf.yield %r25 : tensor<2xf64>
  } {prune.counts = array<f64: 151.0, 275.0>, prune.impurity = 0.4576362714628932 : f64, prune.weight = 426.0 : f64, prune.node = 0 : i64}
  return %r1 : tensor<2xf64>
}

func.func @tree10(%x: tensor<30xf32>) -> tensor<2xf64> {
  %c1 = arith.constant 27 : index
  %f1 = tensor.extract %x[%c1] : tensor<30xf32>
  %t1 = arith.constant 1.423999965e-01 : f32
  %le1 = arith.cmpf ole, %f1, %t1 : f32
  %r1 = scf.if %le1 -> (tensor<2xf64>) {
    %c2 = arith.constant 3 : index
    %f2 = tensor.extract %x[%c2] : tensor<30xf32>
    %t2 = arith.constant 6.987500000e+02 : f32
    %le2 = arith.cmpf ole, %f2, %t2 : f32
    %r2 = scf.if %le2 -> (tensor<2xf64>) {
      %c3 = arith.constant 27 : index
      %f3 = tensor.extract %x[%c3] : tensor<30xf32>
      %t3 = arith.constant 1.182499975e-01 : f32
      %le3 = arith.cmpf ole, %f3, %t3 : f32
      %r3 = scf.if %le3 -> (tensor<2xf64>) {
        %leaf4 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
        scf.yield {prune.counts = array<f64: 0.0, 222.0>, prune.impurity = 0.0 : f64, prune.weight = 222.0 : f64, prune.node = 3 : i64} %leaf4 : tensor<2xf64>
      } else {
        %c5 = arith.constant 8 : index
        %f5 = tensor.extract %x[%c5] : tensor<30xf32>
        %t5 = arith.constant 1.784999967e-01 : f32
        %le5 = arith.cmpf ole, %f5, %t5 : f32
        %r5 = scf.if %le5 -> (tensor<2xf64>) {
          %c6 = arith.constant 25 : index
          %f6 = tensor.extract %x[%c6] : tensor<30xf32>
          %t6 = arith.constant 4.593999982e-01 : f32
          %le6 = arith.cmpf ole, %f6, %t6 : f32
          %r6 = scf.if %le6 -> (tensor<2xf64>) {
            %leaf7 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
            scf.yield {prune.counts = array<f64: 7.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 7.0 : f64, prune.node = 6 : i64} %leaf7 : tensor<2xf64>
          } else {
            %leaf8 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
            scf.yield {prune.counts = array<f64: 0.0, 2.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 7 : i64} %leaf8 : tensor<2xf64>
          } {prune.counts = array<f64: 7.0, 2.0>, prune.impurity = 0.345679012345679 : f64, prune.weight = 9.0 : f64, prune.node = 5 : i64}
          scf.yield %r6 : tensor<2xf64>
        } else {
          %c9 = arith.constant 17 : index
          %f9 = tensor.extract %x[%c9] : tensor<30xf32>
          %t9 = arith.constant 1.713000052e-02 : f32
          %le9 = arith.cmpf ole, %f9, %t9 : f32
          %r9 = scf.if %le9 -> (tensor<2xf64>) {
            %leaf10 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
            scf.yield {prune.counts = array<f64: 0.0, 16.0>, prune.impurity = 0.0 : f64, prune.weight = 16.0 : f64, prune.node = 9 : i64} %leaf10 : tensor<2xf64>
          } else {
            %c11 = arith.constant 6 : index
            %f11 = tensor.extract %x[%c11] : tensor<30xf32>
            %t11 = arith.constant 1.170999929e-01 : f32
            %le11 = arith.cmpf ole, %f11, %t11 : f32
            %r11 = scf.if %le11 -> (tensor<2xf64>) {
              %leaf12 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
              scf.yield {prune.counts = array<f64: 0.0, 3.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 11 : i64} %leaf12 : tensor<2xf64>
            } else {
              %leaf13 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
              scf.yield {prune.counts = array<f64: 1.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 12 : i64} %leaf13 : tensor<2xf64>
            } {prune.counts = array<f64: 1.0, 3.0>, prune.impurity = 0.375 : f64, prune.weight = 4.0 : f64, prune.node = 10 : i64}
            scf.yield %r11 : tensor<2xf64>
          } {prune.counts = array<f64: 1.0, 19.0>, prune.impurity = 0.09499999999999997 : f64, prune.weight = 20.0 : f64, prune.node = 8 : i64}
          scf.yield %r9 : tensor<2xf64>
        } {prune.counts = array<f64: 8.0, 21.0>, prune.impurity = 0.3995243757431629 : f64, prune.weight = 29.0 : f64, prune.node = 4 : i64}
        scf.yield %r5 : tensor<2xf64>
      } {prune.counts = array<f64: 8.0, 243.0>, prune.impurity = 0.06171330613799786 : f64, prune.weight = 251.0 : f64, prune.node = 2 : i64}
      scf.yield %r3 : tensor<2xf64>
    } else {
      %c14 = arith.constant 20 : index
      %f14 = tensor.extract %x[%c14] : tensor<30xf32>
      %t14 = arith.constant 1.761499977e+01 : f32
      %le14 = arith.cmpf ole, %f14, %t14 : f32
      %r14 = scf.if %le14 -> (tensor<2xf64>) {
        %leaf15 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
        scf.yield {prune.counts = array<f64: 0.0, 4.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 14 : i64} %leaf15 : tensor<2xf64>
      } else {
        %c16 = arith.constant 25 : index
        %f16 = tensor.extract %x[%c16] : tensor<30xf32>
        %t16 = arith.constant 1.078799963e-01 : f32
        %le16 = arith.cmpf ole, %f16, %t16 : f32
        %r16 = scf.if %le16 -> (tensor<2xf64>) {
          %leaf17 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 0.0, 2.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 16 : i64} %leaf17 : tensor<2xf64>
        } else {
          %c18 = arith.constant 13 : index
          %f18 = tensor.extract %x[%c18] : tensor<30xf32>
          %t18 = arith.constant 3.515999985e+01 : f32
          %le18 = arith.cmpf ole, %f18, %t18 : f32
          %r18 = scf.if %le18 -> (tensor<2xf64>) {
            %c19 = arith.constant 17 : index
            %f19 = tensor.extract %x[%c19] : tensor<30xf32>
            %t19 = arith.constant 8.169499226e-03 : f32
            %le19 = arith.cmpf ole, %f19, %t19 : f32
            %r19 = scf.if %le19 -> (tensor<2xf64>) {
              %leaf20 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
              scf.yield {prune.counts = array<f64: 3.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 19 : i64} %leaf20 : tensor<2xf64>
            } else {
              %leaf21 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
              scf.yield {prune.counts = array<f64: 0.0, 2.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 20 : i64} %leaf21 : tensor<2xf64>
            } {prune.counts = array<f64: 3.0, 2.0>, prune.impurity = 0.48 : f64, prune.weight = 5.0 : f64, prune.node = 18 : i64}
            scf.yield %r19 : tensor<2xf64>
          } else {
            %leaf22 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
            scf.yield {prune.counts = array<f64: 14.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 14.0 : f64, prune.node = 21 : i64} %leaf22 : tensor<2xf64>
          } {prune.counts = array<f64: 17.0, 2.0>, prune.impurity = 0.18836565096952906 : f64, prune.weight = 19.0 : f64, prune.node = 17 : i64}
          scf.yield %r18 : tensor<2xf64>
        } {prune.counts = array<f64: 17.0, 4.0>, prune.impurity = 0.308390022675737 : f64, prune.weight = 21.0 : f64, prune.node = 15 : i64}
        scf.yield %r16 : tensor<2xf64>
      } {prune.counts = array<f64: 17.0, 8.0>, prune.impurity = 0.43520000000000003 : f64, prune.weight = 25.0 : f64, prune.node = 13 : i64}
      scf.yield %r14 : tensor<2xf64>
    } {prune.counts = array<f64: 25.0, 251.0>, prune.impurity = 0.16475005250997687 : f64, prune.weight = 276.0 : f64, prune.node = 1 : i64}
    scf.yield %r2 : tensor<2xf64>
  } else {
    %c23 = arith.constant 23 : index
    %f23 = tensor.extract %x[%c23] : tensor<30xf32>
    %t23 = arith.constant 4.300000000e+02 : f32
    %le23 = arith.cmpf ole, %f23, %t23 : f32
    %r23 = scf.if %le23 -> (tensor<2xf64>) {
      %leaf24 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
      scf.yield {prune.counts = array<f64: 0.0, 4.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 23 : i64} %leaf24 : tensor<2xf64>
    } else {
      %c25 = arith.constant 6 : index
      %f25 = tensor.extract %x[%c25] : tensor<30xf32>
      %t25 = arith.constant 8.635000139e-02 : f32
      %le25 = arith.cmpf ole, %f25, %t25 : f32
      %r25 = scf.if %le25 -> (tensor<2xf64>) {
        %c26 = arith.constant 8 : index
        %f26 = tensor.extract %x[%c26] : tensor<30xf32>
        %t26 = arith.constant 1.672499925e-01 : f32
        %le26 = arith.cmpf ole, %f26, %t26 : f32
        %r26 = scf.if %le26 -> (tensor<2xf64>) {
          %leaf27 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 4.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 26 : i64} %leaf27 : tensor<2xf64>
        } else {
          %leaf28 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 0.0, 3.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 27 : i64} %leaf28 : tensor<2xf64>
        } {prune.counts = array<f64: 4.0, 3.0>, prune.impurity = 0.4897959183673469 : f64, prune.weight = 7.0 : f64, prune.node = 25 : i64}
        scf.yield %r26 : tensor<2xf64>
      } else {
        %leaf29 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
        scf.yield {prune.counts = array<f64: 139.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 139.0 : f64, prune.node = 28 : i64} %leaf29 : tensor<2xf64>
      } {prune.counts = array<f64: 143.0, 3.0>, prune.impurity = 0.040251454306624135 : f64, prune.weight = 146.0 : f64, prune.node = 24 : i64}
      scf.yield %r25 : tensor<2xf64>
    } {prune.counts = array<f64: 143.0, 7.0>, prune.impurity = 0.08897777777777782 : f64, prune.weight = 150.0 : f64, prune.node = 22 : i64}
    scf.yield %r23 : tensor<2xf64>
  } {prune.counts = array<f64: 168.0, 258.0>, prune.impurity = 0.47768299940488 : f64, prune.weight = 426.0 : f64, prune.node = 0 : i64}
  return %r1 : tensor<2xf64>
}

func.func @tree11(%x: tensor<30xf32>) -> tensor<2xf64> {
  %c1 = arith.constant 10 : index
  %f1 = tensor.extract %x[%c1] : tensor<30xf32>
  %t1 = arith.constant 3.948999941e-01 : f32
  %le1 = arith.cmpf ole, %f1, %t1 : f32
  %r1 = scf.if %le1 -> (tensor<2xf64>) {
    %c2 = arith.constant 27 : index
    %f2 = tensor.extract %x[%c2] : tensor<30xf32>
    %t2 = arith.constant 1.470499933e-01 : f32
    %le2 = arith.cmpf ole, %f2, %t2 : f32
    %r2 = scf.if %le2 -> (tensor<2xf64>) {
      %c3 = arith.constant 13 : index
      %f3 = tensor.extract %x[%c3] : tensor<30xf32>
      %t3 = arith.constant 3.579000092e+01 : f32
      %le3 = arith.cmpf ole, %f3, %t3 : f32
      %r3 = scf.if %le3 -> (tensor<2xf64>) {
        %c4 = arith.constant 21 : index
        %f4 = tensor.extract %x[%c4] : tensor<30xf32>
        %t4 = arith.constant 3.425000000e+01 : f32
        %le4 = arith.cmpf ole, %f4, %t4 : f32
        %r4 = scf.if %le4 -> (tensor<2xf64>) {
          %c5 = arith.constant 14 : index
          %f5 = tensor.extract %x[%c5] : tensor<30xf32>
          %t5 = arith.constant 2.752499888e-03 : f32
          %le5 = arith.cmpf ole, %f5, %t5 : f32
          %r5 = scf.if %le5 -> (tensor<2xf64>) {
            %leaf6 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
            scf.yield {prune.counts = array<f64: 1.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 5 : i64} %leaf6 : tensor<2xf64>
          } else {
            %c7 = arith.constant 11 : index
            %f7 = tensor.extract %x[%c7] : tensor<30xf32>
            %t7 = arith.constant 3.624500036e-01 : f32
            %le7 = arith.cmpf ole, %f7, %t7 : f32
            %r7 = scf.if %le7 -> (tensor<2xf64>) {
              %leaf8 = arith.constant dense<[0.3333333333333333, 0.6666666666666666]> : tensor<2xf64>
              scf.yield {prune.counts = array<f64: 1.0, 2.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 3.0 : f64, prune.node = 7 : i64} %leaf8 : tensor<2xf64>
            } else {
              %leaf9 = arith.constant dense<[0.004405286343612335, 0.9955947136563876]> : tensor<2xf64>
              scf.yield {prune.counts = array<f64: 1.0, 226.0>, prune.impurity = 0.00877175959168619 : f64, prune.weight = 227.0 : f64, prune.node = 8 : i64} %leaf9 : tensor<2xf64>
            } {prune.counts = array<f64: 2.0, 228.0>, prune.impurity = 0.01724007561436669 : f64, prune.weight = 230.0 : f64, prune.node = 6 : i64}
            scf.yield %r7 : tensor<2xf64>
          } {prune.counts = array<f64: 3.0, 228.0>, prune.impurity = 0.02563670096137627 : f64, prune.weight = 231.0 : f64, prune.node = 4 : i64}
          scf.yield %r5 : tensor<2xf64>
        } else {
          %c10 = arith.constant 2 : index
          %f10 = tensor.extract %x[%c10] : tensor<30xf32>
          %t10 = arith.constant 8.631999969e+01 : f32
          %le10 = arith.cmpf ole, %f10, %t10 : f32
          %r10 = scf.if %le10 -> (tensor<2xf64>) {
            %c11 = arith.constant 6 : index
            %f11 = tensor.extract %x[%c11] : tensor<30xf32>
            %t11 = arith.constant 7.247500122e-02 : f32
            %le11 = arith.cmpf ole, %f11, %t11 : f32
            %r11 = scf.if %le11 -> (tensor<2xf64>) {
              %leaf12 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
              scf.yield {prune.counts = array<f64: 0.0, 8.0>, prune.impurity = 0.0 : f64, prune.weight = 8.0 : f64, prune.node = 11 : i64} %leaf12 : tensor<2xf64>
            } else {
              %leaf13 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
              scf.yield {prune.counts = array<f64: 1.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 12 : i64} %leaf13 : tensor<2xf64>
            } {prune.counts = array<f64: 1.0, 8.0>, prune.impurity = 0.19753086419753085 : f64, prune.weight = 9.0 : f64, prune.node = 10 : i64}
            scf.yield %r11 : tensor<2xf64>
          } else {
            %leaf14 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
            scf.yield {prune.counts = array<f64: 4.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 13 : i64} %leaf14 : tensor<2xf64>
          } {prune.counts = array<f64: 5.0, 8.0>, prune.impurity = 0.47337278106508873 : f64, prune.weight = 13.0 : f64, prune.node = 9 : i64}
          scf.yield %r10 : tensor<2xf64>
        } {prune.counts = array<f64: 8.0, 236.0>, prune.impurity = 0.06342381080354742 : f64, prune.weight = 244.0 : f64, prune.node = 3 : i64}
        scf.yield %r4 : tensor<2xf64>
      } else {
        %leaf15 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
        scf.yield {prune.counts = array<f64: 5.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 5.0 : f64, prune.node = 14 : i64} %leaf15 : tensor<2xf64>
      } {prune.counts = array<f64: 13.0, 236.0>, prune.impurity = 0.09896614570732731 : f64, prune.weight = 249.0 : f64, prune.node = 2 : i64}
      scf.yield %r3 : tensor<2xf64>
    } else {
      %c16 = arith.constant 11 : index
      %f16 = tensor.extract %x[%c16] : tensor<30xf32>
      %t16 = arith.constant 7.434999943e-01 : f32
      %le16 = arith.cmpf ole, %f16, %t16 : f32
      %r16 = scf.if %le16 -> (tensor<2xf64>) {
        %c17 = arith.constant 28 : index
        %f17 = tensor.extract %x[%c17] : tensor<30xf32>
        %t17 = arith.constant 2.748999894e-01 : f32
        %le17 = arith.cmpf ole, %f17, %t17 : f32
        %r17 = scf.if %le17 -> (tensor<2xf64>) {
          %leaf18 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 0.0, 4.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 17 : i64} %leaf18 : tensor<2xf64>
        } else {
          %leaf19 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 2.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 18 : i64} %leaf19 : tensor<2xf64>
        } {prune.counts = array<f64: 2.0, 4.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 6.0 : f64, prune.node = 16 : i64}
        scf.yield %r17 : tensor<2xf64>
      } else {
        %leaf20 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
        scf.yield {prune.counts = array<f64: 32.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 32.0 : f64, prune.node = 19 : i64} %leaf20 : tensor<2xf64>
      } {prune.counts = array<f64: 34.0, 4.0>, prune.impurity = 0.18836565096952906 : f64, prune.weight = 38.0 : f64, prune.node = 15 : i64}
      scf.yield %r16 : tensor<2xf64>
    } {prune.counts = array<f64: 47.0, 240.0>, prune.impurity = 0.2738894487003606 : f64, prune.weight = 287.0 : f64, prune.node = 1 : i64}
    scf.yield %r2 : tensor<2xf64>
  } else {
    %c21 = arith.constant 27 : index
    %f21 = tensor.extract %x[%c21] : tensor<30xf32>
    %t21 = arith.constant 1.164499968e-01 : f32
    %le21 = arith.cmpf ole, %f21, %t21 : f32
    %r21 = scf.if %le21 -> (tensor<2xf64>) {
      %c22 = arith.constant 13 : index
      %f22 = tensor.extract %x[%c22] : tensor<30xf32>
      %t22 = arith.constant 4.396500015e+01 : f32
      %le22 = arith.cmpf ole, %f22, %t22 : f32
      %r22 = scf.if %le22 -> (tensor<2xf64>) {
        %leaf23 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
        scf.yield {prune.counts = array<f64: 0.0, 23.0>, prune.impurity = 0.0 : f64, prune.weight = 23.0 : f64, prune.node = 22 : i64} %leaf23 : tensor<2xf64>
      } else {
        %c24 = arith.constant 20 : index
        %f24 = tensor.extract %x[%c24] : tensor<30xf32>
        %t24 = arith.constant 1.725000000e+01 : f32
        %le24 = arith.cmpf ole, %f24, %t24 : f32
        %r24 = scf.if %le24 -> (tensor<2xf64>) {
          %leaf25 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 0.0, 3.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 24 : i64} %leaf25 : tensor<2xf64>
        } else {
          %leaf26 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 7.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 7.0 : f64, prune.node = 25 : i64} %leaf26 : tensor<2xf64>
        } {prune.counts = array<f64: 7.0, 3.0>, prune.impurity = 0.42000000000000004 : f64, prune.weight = 10.0 : f64, prune.node = 23 : i64}
        scf.yield %r24 : tensor<2xf64>
      } {prune.counts = array<f64: 7.0, 26.0>, prune.impurity = 0.3342516069788797 : f64, prune.weight = 33.0 : f64, prune.node = 21 : i64}
      scf.yield %r22 : tensor<2xf64>
    } else {
      %leaf27 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
      scf.yield {prune.counts = array<f64: 106.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 106.0 : f64, prune.node = 26 : i64} %leaf27 : tensor<2xf64>
    } {prune.counts = array<f64: 113.0, 26.0>, prune.impurity = 0.30412504528751105 : f64, prune.weight = 139.0 : f64, prune.node = 20 : i64}
    scf.yield %r21 : tensor<2xf64>
  } {prune.counts = array<f64: 160.0, 266.0>, prune.impurity = 0.46904273843373223 : f64, prune.weight = 426.0 : f64, prune.node = 0 : i64}
  return %r1 : tensor<2xf64>
}

func.func @tree12(%x: tensor<30xf32>) -> tensor<2xf64> {
  %c1 = arith.constant 26 : index
  %f1 = tensor.extract %x[%c1] : tensor<30xf32>
  %t1 = arith.constant 3.152999878e-01 : f32
  %le1 = arith.cmpf ole, %f1, %t1 : f32
  %r1 = scf.if %le1 -> (tensor<2xf64>) {
    %c2 = arith.constant 22 : index
    %f2 = tensor.extract %x[%c2] : tensor<30xf32>
    %t2 = arith.constant 1.144499969e+02 : f32
    %le2 = arith.cmpf ole, %f2, %t2 : f32
    %r2 = scf.if %le2 -> (tensor<2xf64>) {
      %c3 = arith.constant 2 : index
      %f3 = tensor.extract %x[%c3] : tensor<30xf32>
      %t3 = arith.constant 9.946499634e+01 : f32
      %le3 = arith.cmpf ole, %f3, %t3 : f32
      %r3 = scf.if %le3 -> (tensor<2xf64>) {
        %c4 = arith.constant 27 : index
        %f4 = tensor.extract %x[%c4] : tensor<30xf32>
        %t4 = arith.constant 1.333499998e-01 : f32
        %le4 = arith.cmpf ole, %f4, %t4 : f32
        %r4 = scf.if %le4 -> (tensor<2xf64>) {
          %leaf5 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 0.0, 252.0>, prune.impurity = 0.0 : f64, prune.weight = 252.0 : f64, prune.node = 4 : i64} %leaf5 : tensor<2xf64>
        } else {
          %c6 = arith.constant 4 : index
          %f6 = tensor.extract %x[%c6] : tensor<30xf32>
          %t6 = arith.constant 9.325999767e-02 : f32
          %le6 = arith.cmpf ole, %f6, %t6 : f32
          %r6 = scf.if %le6 -> (tensor<2xf64>) {
            %leaf7 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
            scf.yield {prune.counts = array<f64: 1.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 6 : i64} %leaf7 : tensor<2xf64>
          } else {
            %leaf8 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
            scf.yield {prune.counts = array<f64: 0.0, 5.0>, prune.impurity = 0.0 : f64, prune.weight = 5.0 : f64, prune.node = 7 : i64} %leaf8 : tensor<2xf64>
          } {prune.counts = array<f64: 1.0, 5.0>, prune.impurity = 0.2777777777777778 : f64, prune.weight = 6.0 : f64, prune.node = 5 : i64}
          scf.yield %r6 : tensor<2xf64>
        } {prune.counts = array<f64: 1.0, 257.0>, prune.impurity = 0.007721891713238338 : f64, prune.weight = 258.0 : f64, prune.node = 3 : i64}
        scf.yield %r4 : tensor<2xf64>
      } else {
        %c9 = arith.constant 26 : index
        %f9 = tensor.extract %x[%c9] : tensor<30xf32>
        %t9 = arith.constant 2.134499997e-01 : f32
        %le9 = arith.cmpf ole, %f9, %t9 : f32
        %r9 = scf.if %le9 -> (tensor<2xf64>) {
          %leaf10 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 0.0, 3.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 9 : i64} %leaf10 : tensor<2xf64>
        } else {
          %leaf11 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 4.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 10 : i64} %leaf11 : tensor<2xf64>
        } {prune.counts = array<f64: 4.0, 3.0>, prune.impurity = 0.4897959183673469 : f64, prune.weight = 7.0 : f64, prune.node = 8 : i64}
        scf.yield %r9 : tensor<2xf64>
      } {prune.counts = array<f64: 5.0, 260.0>, prune.impurity = 0.03702385190459234 : f64, prune.weight = 265.0 : f64, prune.node = 2 : i64}
      scf.yield %r3 : tensor<2xf64>
    } else {
      %c12 = arith.constant 8 : index
      %f12 = tensor.extract %x[%c12] : tensor<30xf32>
      %t12 = arith.constant 1.373999864e-01 : f32
      %le12 = arith.cmpf ole, %f12, %t12 : f32
      %r12 = scf.if %le12 -> (tensor<2xf64>) {
        %leaf13 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
        scf.yield {prune.counts = array<f64: 0.0, 1.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 12 : i64} %leaf13 : tensor<2xf64>
      } else {
        %leaf14 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
        scf.yield {prune.counts = array<f64: 21.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 21.0 : f64, prune.node = 13 : i64} %leaf14 : tensor<2xf64>
      } {prune.counts = array<f64: 21.0, 1.0>, prune.impurity = 0.08677685950413228 : f64, prune.weight = 22.0 : f64, prune.node = 11 : i64}
      scf.yield %r12 : tensor<2xf64>
    } {prune.counts = array<f64: 26.0, 261.0>, prune.impurity = 0.16477072685112115 : f64, prune.weight = 287.0 : f64, prune.node = 1 : i64}
    scf.yield %r2 : tensor<2xf64>
  } else {
    %c15 = arith.constant 23 : index
    %f15 = tensor.extract %x[%c15] : tensor<30xf32>
    %t15 = arith.constant 6.933999634e+02 : f32
    %le15 = arith.cmpf ole, %f15, %t15 : f32
    %r15 = scf.if %le15 -> (tensor<2xf64>) {
      %c16 = arith.constant 18 : index
      %f16 = tensor.extract %x[%c16] : tensor<30xf32>
      %t16 = arith.constant 1.743999869e-02 : f32
      %le16 = arith.cmpf ole, %f16, %t16 : f32
      %r16 = scf.if %le16 -> (tensor<2xf64>) {
        %c17 = arith.constant 21 : index
        %f17 = tensor.extract %x[%c17] : tensor<30xf32>
        %t17 = arith.constant 2.913999939e+01 : f32
        %le17 = arith.cmpf ole, %f17, %t17 : f32
        %r17 = scf.if %le17 -> (tensor<2xf64>) {
          %leaf18 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 0.0, 3.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 17 : i64} %leaf18 : tensor<2xf64>
        } else {
          %leaf19 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 2.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 18 : i64} %leaf19 : tensor<2xf64>
        } {prune.counts = array<f64: 2.0, 3.0>, prune.impurity = 0.48 : f64, prune.weight = 5.0 : f64, prune.node = 16 : i64}
        scf.yield %r17 : tensor<2xf64>
      } else {
        %leaf20 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
        scf.yield {prune.counts = array<f64: 0.0, 9.0>, prune.impurity = 0.0 : f64, prune.weight = 9.0 : f64, prune.node = 19 : i64} %leaf20 : tensor<2xf64>
      } {prune.counts = array<f64: 2.0, 12.0>, prune.impurity = 0.24489795918367352 : f64, prune.weight = 14.0 : f64, prune.node = 15 : i64}
      scf.yield %r16 : tensor<2xf64>
    } else {
      %c21 = arith.constant 1 : index
      %f21 = tensor.extract %x[%c21] : tensor<30xf32>
      %t21 = arith.constant 1.411999989e+01 : f32
      %le21 = arith.cmpf ole, %f21, %t21 : f32
      %r21 = scf.if %le21 -> (tensor<2xf64>) {
        %c22 = arith.constant 10 : index
        %f22 = tensor.extract %x[%c22] : tensor<30xf32>
        %t22 = arith.constant 8.205999732e-01 : f32
        %le22 = arith.cmpf ole, %f22, %t22 : f32
        %r22 = scf.if %le22 -> (tensor<2xf64>) {
          %leaf23 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 0.0, 3.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 22 : i64} %leaf23 : tensor<2xf64>
        } else {
          %leaf24 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 1.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 23 : i64} %leaf24 : tensor<2xf64>
        } {prune.counts = array<f64: 1.0, 3.0>, prune.impurity = 0.375 : f64, prune.weight = 4.0 : f64, prune.node = 21 : i64}
        scf.yield %r22 : tensor<2xf64>
      } else {
        %c25 = arith.constant 24 : index
        %f25 = tensor.extract %x[%c25] : tensor<30xf32>
        %t25 = arith.constant 1.138999984e-01 : f32
        %le25 = arith.cmpf ole, %f25, %t25 : f32
        %r25 = scf.if %le25 -> (tensor<2xf64>) {
          %c26 = arith.constant 11 : index
          %f26 = tensor.extract %x[%c26] : tensor<30xf32>
          %t26 = arith.constant 1.225000024e+00 : f32
          %le26 = arith.cmpf ole, %f26, %t26 : f32
          %r26 = scf.if %le26 -> (tensor<2xf64>) {
            %leaf27 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
            scf.yield {prune.counts = array<f64: 0.0, 2.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 26 : i64} %leaf27 : tensor<2xf64>
          } else {
            %leaf28 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
            scf.yield {prune.counts = array<f64: 2.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 27 : i64} %leaf28 : tensor<2xf64>
          } {prune.counts = array<f64: 2.0, 2.0>, prune.impurity = 0.5 : f64, prune.weight = 4.0 : f64, prune.node = 25 : i64}
          scf.yield %r26 : tensor<2xf64>
        } else {
          %c29 = arith.constant 24 : index
          %f29 = tensor.extract %x[%c29] : tensor<30xf32>
          %t29 = arith.constant 1.297499985e-01 : f32
          %le29 = arith.cmpf ole, %f29, %t29 : f32
          %r29 = scf.if %le29 -> (tensor<2xf64>) {
            %c30 = arith.constant 3 : index
            %f30 = tensor.extract %x[%c30] : tensor<30xf32>
            %t30 = arith.constant 8.585999756e+02 : f32
            %le30 = arith.cmpf ole, %f30, %t30 : f32
            %r30 = scf.if %le30 -> (tensor<2xf64>) {
              %leaf31 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
              scf.yield {prune.counts = array<f64: 0.0, 1.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 30 : i64} %leaf31 : tensor<2xf64>
            } else {
              %leaf32 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
              scf.yield {prune.counts = array<f64: 13.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 13.0 : f64, prune.node = 31 : i64} %leaf32 : tensor<2xf64>
            } {prune.counts = array<f64: 13.0, 1.0>, prune.impurity = 0.13265306122448983 : f64, prune.weight = 14.0 : f64, prune.node = 29 : i64}
            scf.yield %r30 : tensor<2xf64>
          } else {
            %leaf33 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
            scf.yield {prune.counts = array<f64: 103.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 103.0 : f64, prune.node = 32 : i64} %leaf33 : tensor<2xf64>
          } {prune.counts = array<f64: 116.0, 1.0>, prune.impurity = 0.016947914383811824 : f64, prune.weight = 117.0 : f64, prune.node = 28 : i64}
          scf.yield %r29 : tensor<2xf64>
        } {prune.counts = array<f64: 118.0, 3.0>, prune.impurity = 0.04835735263984697 : f64, prune.weight = 121.0 : f64, prune.node = 24 : i64}
        scf.yield %r25 : tensor<2xf64>
      } {prune.counts = array<f64: 119.0, 6.0>, prune.impurity = 0.09139200000000003 : f64, prune.weight = 125.0 : f64, prune.node = 20 : i64}
      scf.yield %r21 : tensor<2xf64>
    } {prune.counts = array<f64: 121.0, 18.0>, prune.impurity = 0.2254541690388696 : f64, prune.weight = 139.0 : f64, prune.node = 14 : i64}
    scf.yield %r15 : tensor<2xf64>
  } {prune.counts = array<f64: 147.0, 279.0>, prune.impurity = 0.4519936520531641 : f64, prune.weight = 426.0 : f64, prune.node = 0 : i64}
  return %r1 : tensor<2xf64>
}

func.func @tree13(%x: tensor<30xf32>) -> tensor<2xf64> {
  %c1 = arith.constant 20 : index
  %f1 = tensor.extract %x[%c1] : tensor<30xf32>
  %t1 = arith.constant 1.702499962e+01 : f32
  %le1 = arith.cmpf ole, %f1, %t1 : f32
  %r1 = scf.if %le1 -> (tensor<2xf64>) {
    %c2 = arith.constant 27 : index
    %f2 = tensor.extract %x[%c2] : tensor<30xf32>
    %t2 = arith.constant 1.515000015e-01 : f32
    %le2 = arith.cmpf ole, %f2, %t2 : f32
    %r2 = scf.if %le2 -> (tensor<2xf64>) {
      %c3 = arith.constant 9 : index
      %f3 = tensor.extract %x[%c3] : tensor<30xf32>
      %t3 = arith.constant 5.422499776e-02 : f32
      %le3 = arith.cmpf ole, %f3, %t3 : f32
      %r3 = scf.if %le3 -> (tensor<2xf64>) {
        %c4 = arith.constant 17 : index
        %f4 = tensor.extract %x[%c4] : tensor<30xf32>
        %t4 = arith.constant 1.329000015e-02 : f32
        %le4 = arith.cmpf ole, %f4, %t4 : f32
        %r4 = scf.if %le4 -> (tensor<2xf64>) {
          %leaf5 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 0.0, 9.0>, prune.impurity = 0.0 : f64, prune.weight = 9.0 : f64, prune.node = 4 : i64} %leaf5 : tensor<2xf64>
        } else {
          %leaf6 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 4.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 5 : i64} %leaf6 : tensor<2xf64>
        } {prune.counts = array<f64: 4.0, 9.0>, prune.impurity = 0.42603550295857984 : f64, prune.weight = 13.0 : f64, prune.node = 3 : i64}
        scf.yield %r4 : tensor<2xf64>
      } else {
        %c7 = arith.constant 27 : index
        %f7 = tensor.extract %x[%c7] : tensor<30xf32>
        %t7 = arith.constant 1.339999884e-01 : f32
        %le7 = arith.cmpf ole, %f7, %t7 : f32
        %r7 = scf.if %le7 -> (tensor<2xf64>) {
          %leaf8 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 0.0, 233.0>, prune.impurity = 0.0 : f64, prune.weight = 233.0 : f64, prune.node = 7 : i64} %leaf8 : tensor<2xf64>
        } else {
          %c9 = arith.constant 26 : index
          %f9 = tensor.extract %x[%c9] : tensor<30xf32>
          %t9 = arith.constant 4.013499916e-01 : f32
          %le9 = arith.cmpf ole, %f9, %t9 : f32
          %r9 = scf.if %le9 -> (tensor<2xf64>) {
            %c10 = arith.constant 16 : index
            %f10 = tensor.extract %x[%c10] : tensor<30xf32>
            %t10 = arith.constant 2.481499873e-02 : f32
            %le10 = arith.cmpf ole, %f10, %t10 : f32
            %r10 = scf.if %le10 -> (tensor<2xf64>) {
              %leaf11 = arith.constant dense<[0.5, 0.5]> : tensor<2xf64>
              scf.yield {prune.counts = array<f64: 1.0, 1.0>, prune.impurity = 0.5 : f64, prune.weight = 2.0 : f64, prune.node = 10 : i64} %leaf11 : tensor<2xf64>
            } else {
              %leaf12 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
              scf.yield {prune.counts = array<f64: 0.0, 8.0>, prune.impurity = 0.0 : f64, prune.weight = 8.0 : f64, prune.node = 11 : i64} %leaf12 : tensor<2xf64>
            } {prune.counts = array<f64: 1.0, 9.0>, prune.impurity = 0.18000000000000005 : f64, prune.weight = 10.0 : f64, prune.node = 9 : i64}
            scf.yield %r10 : tensor<2xf64>
          } else {
            %c13 = arith.constant 17 : index
            %f13 = tensor.extract %x[%c13] : tensor<30xf32>
            %t13 = arith.constant 2.097499929e-02 : f32
            %le13 = arith.cmpf ole, %f13, %t13 : f32
            %r13 = scf.if %le13 -> (tensor<2xf64>) {
              %leaf14 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
              scf.yield {prune.counts = array<f64: 2.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 13 : i64} %leaf14 : tensor<2xf64>
            } else {
              %leaf15 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
              scf.yield {prune.counts = array<f64: 0.0, 1.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 14 : i64} %leaf15 : tensor<2xf64>
            } {prune.counts = array<f64: 2.0, 1.0>, prune.impurity = 0.4444444444444444 : f64, prune.weight = 3.0 : f64, prune.node = 12 : i64}
            scf.yield %r13 : tensor<2xf64>
          } {prune.counts = array<f64: 3.0, 10.0>, prune.impurity = 0.3550295857988166 : f64, prune.weight = 13.0 : f64, prune.node = 8 : i64}
          scf.yield %r9 : tensor<2xf64>
        } {prune.counts = array<f64: 3.0, 243.0>, prune.impurity = 0.024092801903628835 : f64, prune.weight = 246.0 : f64, prune.node = 6 : i64}
        scf.yield %r7 : tensor<2xf64>
      } {prune.counts = array<f64: 7.0, 252.0>, prune.impurity = 0.05259313367421481 : f64, prune.weight = 259.0 : f64, prune.node = 2 : i64}
      scf.yield %r3 : tensor<2xf64>
    } else {
      %c16 = arith.constant 23 : index
      %f16 = tensor.extract %x[%c16] : tensor<30xf32>
      %t16 = arith.constant 4.462000122e+02 : f32
      %le16 = arith.cmpf ole, %f16, %t16 : f32
      %r16 = scf.if %le16 -> (tensor<2xf64>) {
        %leaf17 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
        scf.yield {prune.counts = array<f64: 0.0, 1.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 16 : i64} %leaf17 : tensor<2xf64>
      } else {
        %leaf18 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
        scf.yield {prune.counts = array<f64: 14.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 14.0 : f64, prune.node = 17 : i64} %leaf18 : tensor<2xf64>
      } {prune.counts = array<f64: 14.0, 1.0>, prune.impurity = 0.12444444444444447 : f64, prune.weight = 15.0 : f64, prune.node = 15 : i64}
      scf.yield %r16 : tensor<2xf64>
    } {prune.counts = array<f64: 21.0, 253.0>, prune.impurity = 0.14153657626938032 : f64, prune.weight = 274.0 : f64, prune.node = 1 : i64}
    scf.yield %r2 : tensor<2xf64>
  } else {
    %c19 = arith.constant 16 : index
    %f19 = tensor.extract %x[%c19] : tensor<30xf32>
    %t19 = arith.constant 1.199499983e-02 : f32
    %le19 = arith.cmpf ole, %f19, %t19 : f32
    %r19 = scf.if %le19 -> (tensor<2xf64>) {
      %leaf20 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
      scf.yield {prune.counts = array<f64: 0.0, 2.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 19 : i64} %leaf20 : tensor<2xf64>
    } else {
      %c21 = arith.constant 26 : index
      %f21 = tensor.extract %x[%c21] : tensor<30xf32>
      %t21 = arith.constant 1.797499955e-01 : f32
      %le21 = arith.cmpf ole, %f21, %t21 : f32
      %r21 = scf.if %le21 -> (tensor<2xf64>) {
        %c22 = arith.constant 5 : index
        %f22 = tensor.extract %x[%c22] : tensor<30xf32>
        %t22 = arith.constant 7.378999889e-02 : f32
        %le22 = arith.cmpf ole, %f22, %t22 : f32
        %r22 = scf.if %le22 -> (tensor<2xf64>) {
          %leaf23 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 3.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 22 : i64} %leaf23 : tensor<2xf64>
        } else {
          %leaf24 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 0.0, 1.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 23 : i64} %leaf24 : tensor<2xf64>
        } {prune.counts = array<f64: 3.0, 1.0>, prune.impurity = 0.375 : f64, prune.weight = 4.0 : f64, prune.node = 21 : i64}
        scf.yield %r22 : tensor<2xf64>
      } else {
        %leaf25 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
        scf.yield {prune.counts = array<f64: 146.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 146.0 : f64, prune.node = 24 : i64} %leaf25 : tensor<2xf64>
      } {prune.counts = array<f64: 149.0, 1.0>, prune.impurity = 0.013244444444444392 : f64, prune.weight = 150.0 : f64, prune.node = 20 : i64}
      scf.yield %r21 : tensor<2xf64>
    } {prune.counts = array<f64: 149.0, 3.0>, prune.impurity = 0.03869459833795019 : f64, prune.weight = 152.0 : f64, prune.node = 18 : i64}
    scf.yield %r19 : tensor<2xf64>
  } {prune.counts = array<f64: 170.0, 256.0>, prune.impurity = 0.47962264982697433 : f64, prune.weight = 426.0 : f64, prune.node = 0 : i64}
  return %r1 : tensor<2xf64>
}

func.func @tree14(%x: tensor<30xf32>) -> tensor<2xf64> {
  %c1 = arith.constant 27 : index
  %f1 = tensor.extract %x[%c1] : tensor<30xf32>
  %t1 = arith.constant 1.423499882e-01 : f32
  %le1 = arith.cmpf ole, %f1, %t1 : f32
  %r1 = scf.if %le1 -> (tensor<2xf64>) {
    %c2 = arith.constant 2 : index
    %f2 = tensor.extract %x[%c2] : tensor<30xf32>
    %t2 = arith.constant 9.882499695e+01 : f32
    %le2 = arith.cmpf ole, %f2, %t2 : f32
    %r2 = scf.if %le2 -> (tensor<2xf64>) {
      %c3 = arith.constant 27 : index
      %f3 = tensor.extract %x[%c3] : tensor<30xf32>
      %t3 = arith.constant 1.157499999e-01 : f32
      %le3 = arith.cmpf ole, %f3, %t3 : f32
      %r3 = scf.if %le3 -> (tensor<2xf64>) {
        %leaf4 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
        scf.yield {prune.counts = array<f64: 0.0, 250.0>, prune.impurity = 0.0 : f64, prune.weight = 250.0 : f64, prune.node = 3 : i64} %leaf4 : tensor<2xf64>
      } else {
        %c5 = arith.constant 21 : index
        %f5 = tensor.extract %x[%c5] : tensor<30xf32>
        %t5 = arith.constant 3.322999954e+01 : f32
        %le5 = arith.cmpf ole, %f5, %t5 : f32
        %r5 = scf.if %le5 -> (tensor<2xf64>) {
          %c6 = arith.constant 9 : index
          %f6 = tensor.extract %x[%c6] : tensor<30xf32>
          %t6 = arith.constant 5.694499984e-02 : f32
          %le6 = arith.cmpf ole, %f6, %t6 : f32
          %r6 = scf.if %le6 -> (tensor<2xf64>) {
            %leaf7 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
            scf.yield {prune.counts = array<f64: 4.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 4.0 : f64, prune.node = 6 : i64} %leaf7 : tensor<2xf64>
          } else {
            %c8 = arith.constant 17 : index
            %f8 = tensor.extract %x[%c8] : tensor<30xf32>
            %t8 = arith.constant 1.037799940e-02 : f32
            %le8 = arith.cmpf ole, %f8, %t8 : f32
            %r8 = scf.if %le8 -> (tensor<2xf64>) {
              %leaf9 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
              scf.yield {prune.counts = array<f64: 1.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 8 : i64} %leaf9 : tensor<2xf64>
            } else {
              %leaf10 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
              scf.yield {prune.counts = array<f64: 0.0, 20.0>, prune.impurity = 0.0 : f64, prune.weight = 20.0 : f64, prune.node = 9 : i64} %leaf10 : tensor<2xf64>
            } {prune.counts = array<f64: 1.0, 20.0>, prune.impurity = 0.09070294784580502 : f64, prune.weight = 21.0 : f64, prune.node = 7 : i64}
            scf.yield %r8 : tensor<2xf64>
          } {prune.counts = array<f64: 5.0, 20.0>, prune.impurity = 0.31999999999999995 : f64, prune.weight = 25.0 : f64, prune.node = 5 : i64}
          scf.yield %r6 : tensor<2xf64>
        } else {
          %leaf11 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 7.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 7.0 : f64, prune.node = 10 : i64} %leaf11 : tensor<2xf64>
        } {prune.counts = array<f64: 12.0, 20.0>, prune.impurity = 0.46875 : f64, prune.weight = 32.0 : f64, prune.node = 4 : i64}
        scf.yield %r5 : tensor<2xf64>
      } {prune.counts = array<f64: 12.0, 270.0>, prune.impurity = 0.08148483476686286 : f64, prune.weight = 282.0 : f64, prune.node = 2 : i64}
      scf.yield %r3 : tensor<2xf64>
    } else {
      %c12 = arith.constant 19 : index
      %f12 = tensor.extract %x[%c12] : tensor<30xf32>
      %t12 = arith.constant 3.369000042e-03 : f32
      %le12 = arith.cmpf ole, %f12, %t12 : f32
      %r12 = scf.if %le12 -> (tensor<2xf64>) {
        %c13 = arith.constant 8 : index
        %f13 = tensor.extract %x[%c13] : tensor<30xf32>
        %t13 = arith.constant 1.511499882e-01 : f32
        %le13 = arith.cmpf ole, %f13, %t13 : f32
        %r13 = scf.if %le13 -> (tensor<2xf64>) {
          %leaf14 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 0.0, 1.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 13 : i64} %leaf14 : tensor<2xf64>
        } else {
          %leaf15 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 14.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 14.0 : f64, prune.node = 14 : i64} %leaf15 : tensor<2xf64>
        } {prune.counts = array<f64: 14.0, 1.0>, prune.impurity = 0.12444444444444447 : f64, prune.weight = 15.0 : f64, prune.node = 12 : i64}
        scf.yield %r13 : tensor<2xf64>
      } else {
        %c16 = arith.constant 27 : index
        %f16 = tensor.extract %x[%c16] : tensor<30xf32>
        %t16 = arith.constant 1.084550023e-01 : f32
        %le16 = arith.cmpf ole, %f16, %t16 : f32
        %r16 = scf.if %le16 -> (tensor<2xf64>) {
          %leaf17 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 1.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 16 : i64} %leaf17 : tensor<2xf64>
        } else {
          %leaf18 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 0.0, 5.0>, prune.impurity = 0.0 : f64, prune.weight = 5.0 : f64, prune.node = 17 : i64} %leaf18 : tensor<2xf64>
        } {prune.counts = array<f64: 1.0, 5.0>, prune.impurity = 0.2777777777777778 : f64, prune.weight = 6.0 : f64, prune.node = 15 : i64}
        scf.yield %r16 : tensor<2xf64>
      } {prune.counts = array<f64: 15.0, 6.0>, prune.impurity = 0.40816326530612246 : f64, prune.weight = 21.0 : f64, prune.node = 11 : i64}
      scf.yield %r12 : tensor<2xf64>
    } {prune.counts = array<f64: 27.0, 276.0>, prune.impurity = 0.1623370257817861 : f64, prune.weight = 303.0 : f64, prune.node = 1 : i64}
    scf.yield %r2 : tensor<2xf64>
  } else {
    %c19 = arith.constant 27 : index
    %f19 = tensor.extract %x[%c19] : tensor<30xf32>
    %t19 = arith.constant 1.465499997e-01 : f32
    %le19 = arith.cmpf ole, %f19, %t19 : f32
    %r19 = scf.if %le19 -> (tensor<2xf64>) {
      %c20 = arith.constant 9 : index
      %f20 = tensor.extract %x[%c20] : tensor<30xf32>
      %t20 = arith.constant 7.693500072e-02 : f32
      %le20 = arith.cmpf ole, %f20, %t20 : f32
      %r20 = scf.if %le20 -> (tensor<2xf64>) {
        %leaf21 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
        scf.yield {prune.counts = array<f64: 7.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 7.0 : f64, prune.node = 20 : i64} %leaf21 : tensor<2xf64>
      } else {
        %leaf22 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
        scf.yield {prune.counts = array<f64: 0.0, 1.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 21 : i64} %leaf22 : tensor<2xf64>
      } {prune.counts = array<f64: 7.0, 1.0>, prune.impurity = 0.21875 : f64, prune.weight = 8.0 : f64, prune.node = 19 : i64}
      scf.yield %r20 : tensor<2xf64>
    } else {
      %leaf23 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
      scf.yield {prune.counts = array<f64: 115.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 115.0 : f64, prune.node = 22 : i64} %leaf23 : tensor<2xf64>
    } {prune.counts = array<f64: 122.0, 1.0>, prune.impurity = 0.016127966157710394 : f64, prune.weight = 123.0 : f64, prune.node = 18 : i64}
    scf.yield %r19 : tensor<2xf64>
  } {prune.counts = array<f64: 149.0, 277.0>, prune.impurity = 0.4548590447221671 : f64, prune.weight = 426.0 : f64, prune.node = 0 : i64}
  return %r1 : tensor<2xf64>
}

func.func @tree15(%x: tensor<30xf32>) -> tensor<2xf64> {
  %c1 = arith.constant 23 : index
  %f1 = tensor.extract %x[%c1] : tensor<30xf32>
  %t1 = arith.constant 8.748499756e+02 : f32
  %le1 = arith.cmpf ole, %f1, %t1 : f32
  %r1 = scf.if %le1 -> (tensor<2xf64>) {
    %c2 = arith.constant 26 : index
    %f2 = tensor.extract %x[%c2] : tensor<30xf32>
    %t2 = arith.constant 3.655000031e-01 : f32
    %le2 = arith.cmpf ole, %f2, %t2 : f32
    %r2 = scf.if %le2 -> (tensor<2xf64>) {
      %c3 = arith.constant 20 : index
      %f3 = tensor.extract %x[%c3] : tensor<30xf32>
      %t3 = arith.constant 1.651499939e+01 : f32
      %le3 = arith.cmpf ole, %f3, %t3 : f32
      %r3 = scf.if %le3 -> (tensor<2xf64>) {
        %c4 = arith.constant 2 : index
        %f4 = tensor.extract %x[%c4] : tensor<30xf32>
        %t4 = arith.constant 9.391500092e+01 : f32
        %le4 = arith.cmpf ole, %f4, %t4 : f32
        %r4 = scf.if %le4 -> (tensor<2xf64>) {
          %leaf5 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 0.0, 242.0>, prune.impurity = 0.0 : f64, prune.weight = 242.0 : f64, prune.node = 4 : i64} %leaf5 : tensor<2xf64>
        } else {
          %c6 = arith.constant 1 : index
          %f6 = tensor.extract %x[%c6] : tensor<30xf32>
          %t6 = arith.constant 2.152499962e+01 : f32
          %le6 = arith.cmpf ole, %f6, %t6 : f32
          %r6 = scf.if %le6 -> (tensor<2xf64>) {
            %leaf7 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
            scf.yield {prune.counts = array<f64: 0.0, 13.0>, prune.impurity = 0.0 : f64, prune.weight = 13.0 : f64, prune.node = 6 : i64} %leaf7 : tensor<2xf64>
          } else {
            %leaf8 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
            scf.yield {prune.counts = array<f64: 1.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 7 : i64} %leaf8 : tensor<2xf64>
          } {prune.counts = array<f64: 1.0, 13.0>, prune.impurity = 0.13265306122448983 : f64, prune.weight = 14.0 : f64, prune.node = 5 : i64}
          scf.yield %r6 : tensor<2xf64>
        } {prune.counts = array<f64: 1.0, 255.0>, prune.impurity = 0.007781982421875 : f64, prune.weight = 256.0 : f64, prune.node = 3 : i64}
        scf.yield %r4 : tensor<2xf64>
      } else {
        %c9 = arith.constant 23 : index
        %f9 = tensor.extract %x[%c9] : tensor<30xf32>
        %t9 = arith.constant 8.369500122e+02 : f32
        %le9 = arith.cmpf ole, %f9, %t9 : f32
        %r9 = scf.if %le9 -> (tensor<2xf64>) {
          %leaf10 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 1.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 1.0 : f64, prune.node = 9 : i64} %leaf10 : tensor<2xf64>
        } else {
          %leaf11 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 0.0, 3.0>, prune.impurity = 0.0 : f64, prune.weight = 3.0 : f64, prune.node = 10 : i64} %leaf11 : tensor<2xf64>
        } {prune.counts = array<f64: 1.0, 3.0>, prune.impurity = 0.375 : f64, prune.weight = 4.0 : f64, prune.node = 8 : i64}
        scf.yield %r9 : tensor<2xf64>
      } {prune.counts = array<f64: 2.0, 258.0>, prune.impurity = 0.015266272189349062 : f64, prune.weight = 260.0 : f64, prune.node = 2 : i64}
      scf.yield %r3 : tensor<2xf64>
    } else {
      %c12 = arith.constant 16 : index
      %f12 = tensor.extract %x[%c12] : tensor<30xf32>
      %t12 = arith.constant 3.758500144e-02 : f32
      %le12 = arith.cmpf ole, %f12, %t12 : f32
      %r12 = scf.if %le12 -> (tensor<2xf64>) {
        %leaf13 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
        scf.yield {prune.counts = array<f64: 10.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 10.0 : f64, prune.node = 12 : i64} %leaf13 : tensor<2xf64>
      } else {
        %c14 = arith.constant 7 : index
        %f14 = tensor.extract %x[%c14] : tensor<30xf32>
        %t14 = arith.constant 4.986499995e-02 : f32
        %le14 = arith.cmpf ole, %f14, %t14 : f32
        %r14 = scf.if %le14 -> (tensor<2xf64>) {
          %leaf15 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 0.0, 14.0>, prune.impurity = 0.0 : f64, prune.weight = 14.0 : f64, prune.node = 14 : i64} %leaf15 : tensor<2xf64>
        } else {
          %c16 = arith.constant 21 : index
          %f16 = tensor.extract %x[%c16] : tensor<30xf32>
          %t16 = arith.constant 2.465999985e+01 : f32
          %le16 = arith.cmpf ole, %f16, %t16 : f32
          %r16 = scf.if %le16 -> (tensor<2xf64>) {
            %leaf17 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
            scf.yield {prune.counts = array<f64: 0.0, 2.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 16 : i64} %leaf17 : tensor<2xf64>
          } else {
            %leaf18 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
            scf.yield {prune.counts = array<f64: 7.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 7.0 : f64, prune.node = 17 : i64} %leaf18 : tensor<2xf64>
          } {prune.counts = array<f64: 7.0, 2.0>, prune.impurity = 0.345679012345679 : f64, prune.weight = 9.0 : f64, prune.node = 15 : i64}
          scf.yield %r16 : tensor<2xf64>
        } {prune.counts = array<f64: 7.0, 16.0>, prune.impurity = 0.4234404536862004 : f64, prune.weight = 23.0 : f64, prune.node = 13 : i64}
        scf.yield %r14 : tensor<2xf64>
      } {prune.counts = array<f64: 17.0, 16.0>, prune.impurity = 0.4995408631772268 : f64, prune.weight = 33.0 : f64, prune.node = 11 : i64}
      scf.yield %r12 : tensor<2xf64>
    } {prune.counts = array<f64: 19.0, 274.0>, prune.impurity = 0.12128271732926421 : f64, prune.weight = 293.0 : f64, prune.node = 1 : i64}
    scf.yield %r2 : tensor<2xf64>
  } else {
    %c19 = arith.constant 6 : index
    %f19 = tensor.extract %x[%c19] : tensor<30xf32>
    %t19 = arith.constant 7.265000045e-02 : f32
    %le19 = arith.cmpf ole, %f19, %t19 : f32
    %r19 = scf.if %le19 -> (tensor<2xf64>) {
      %c20 = arith.constant 9 : index
      %f20 = tensor.extract %x[%c20] : tensor<30xf32>
      %t20 = arith.constant 5.570999905e-02 : f32
      %le20 = arith.cmpf ole, %f20, %t20 : f32
      %r20 = scf.if %le20 -> (tensor<2xf64>) {
        %leaf21 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
        scf.yield {prune.counts = array<f64: 5.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 5.0 : f64, prune.node = 20 : i64} %leaf21 : tensor<2xf64>
      } else {
        %c22 = arith.constant 19 : index
        %f22 = tensor.extract %x[%c22] : tensor<30xf32>
        %t22 = arith.constant 1.934500062e-03 : f32
        %le22 = arith.cmpf ole, %f22, %t22 : f32
        %r22 = scf.if %le22 -> (tensor<2xf64>) {
          %leaf23 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 2.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 2.0 : f64, prune.node = 22 : i64} %leaf23 : tensor<2xf64>
        } else {
          %leaf24 = arith.constant dense<[0.0, 1.0]> : tensor<2xf64>
          scf.yield {prune.counts = array<f64: 0.0, 6.0>, prune.impurity = 0.0 : f64, prune.weight = 6.0 : f64, prune.node = 23 : i64} %leaf24 : tensor<2xf64>
        } {prune.counts = array<f64: 2.0, 6.0>, prune.impurity = 0.375 : f64, prune.weight = 8.0 : f64, prune.node = 21 : i64}
        scf.yield %r22 : tensor<2xf64>
      } {prune.counts = array<f64: 7.0, 6.0>, prune.impurity = 0.4970414201183432 : f64, prune.weight = 13.0 : f64, prune.node = 19 : i64}
      scf.yield %r20 : tensor<2xf64>
    } else {
      %leaf25 = arith.constant dense<[1.0, 0.0]> : tensor<2xf64>
      scf.yield {prune.counts = array<f64: 120.0, 0.0>, prune.impurity = 0.0 : f64, prune.weight = 120.0 : f64, prune.node = 24 : i64} %leaf25 : tensor<2xf64>
    } {prune.counts = array<f64: 127.0, 6.0>, prune.impurity = 0.08615523771835609 : f64, prune.weight = 133.0 : f64, prune.node = 18 : i64}
    scf.yield %r19 : tensor<2xf64>
  } {prune.counts = array<f64: 146.0, 280.0>, prune.impurity = 0.45052789349555866 : f64, prune.weight = 426.0 : f64, prune.node = 0 : i64}
  return %r1 : tensor<2xf64>
}

// Mean of the trees' scores, summed in order (as scikit-learn).
func.func @ensemble(%x: tensor<30xf32>) -> tensor<2xf64> {
  %s0 = func.call @tree0(%x) : (tensor<30xf32>) -> tensor<2xf64>
  %s1 = func.call @tree1(%x) : (tensor<30xf32>) -> tensor<2xf64>
  %s2 = func.call @tree2(%x) : (tensor<30xf32>) -> tensor<2xf64>
  %s3 = func.call @tree3(%x) : (tensor<30xf32>) -> tensor<2xf64>
  %s4 = func.call @tree4(%x) : (tensor<30xf32>) -> tensor<2xf64>
  %s5 = func.call @tree5(%x) : (tensor<30xf32>) -> tensor<2xf64>
  %s6 = func.call @tree6(%x) : (tensor<30xf32>) -> tensor<2xf64>
  %s7 = func.call @tree7(%x) : (tensor<30xf32>) -> tensor<2xf64>
  %s8 = func.call @tree8(%x) : (tensor<30xf32>) -> tensor<2xf64>
  %s9 = func.call @tree9(%x) : (tensor<30xf32>) -> tensor<2xf64>
  %s10 = func.call @tree10(%x) : (tensor<30xf32>) -> tensor<2xf64>
  %s11 = func.call @tree11(%x) : (tensor<30xf32>) -> tensor<2xf64>
  %s12 = func.call @tree12(%x) : (tensor<30xf32>) -> tensor<2xf64>
  %s13 = func.call @tree13(%x) : (tensor<30xf32>) -> tensor<2xf64>
  %s14 = func.call @tree14(%x) : (tensor<30xf32>) -> tensor<2xf64>
  %s15 = func.call @tree15(%x) : (tensor<30xf32>) -> tensor<2xf64>
  %sum1 = arith.addf %s0, %s1 : tensor<2xf64>
  %sum2 = arith.addf %sum1, %s2 : tensor<2xf64>
  %sum3 = arith.addf %sum2, %s3 : tensor<2xf64>
  %sum4 = arith.addf %sum3, %s4 : tensor<2xf64>
  %sum5 = arith.addf %sum4, %s5 : tensor<2xf64>
  %sum6 = arith.addf %sum5, %s6 : tensor<2xf64>
  %sum7 = arith.addf %sum6, %s7 : tensor<2xf64>
  %sum8 = arith.addf %sum7, %s8 : tensor<2xf64>
  %sum9 = arith.addf %sum8, %s9 : tensor<2xf64>
  %sum10 = arith.addf %sum9, %s10 : tensor<2xf64>
  %sum11 = arith.addf %sum10, %s11 : tensor<2xf64>
  %sum12 = arith.addf %sum11, %s12 : tensor<2xf64>
  %sum13 = arith.addf %sum12, %s13 : tensor<2xf64>
  %sum14 = arith.addf %sum13, %s14 : tensor<2xf64>
  %sum15 = arith.addf %sum14, %s15 : tensor<2xf64>
  %n = arith.constant dense<16.0> : tensor<2xf64>
  %mean = arith.divf %sum15, %n : tensor<2xf64>
  return %mean : tensor<2xf64>
}

// Scores of every row of a batch.
func.func @forward(%X: tensor<?x30xf32>) -> tensor<?x2xf32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %n = tensor.dim %X, %c0 : tensor<?x30xf32>
  %init = tensor.empty(%n) : tensor<?x2xf32>
  %out = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %init) -> (tensor<?x2xf32>) {
    %row = tensor.extract_slice %X[%i, 0] [1, 30] [1, 1] : tensor<?x30xf32> to tensor<30xf32>
    %s = func.call @ensemble(%row) : (tensor<30xf32>) -> tensor<2xf64>
    %s32 = arith.truncf %s : tensor<2xf64> to tensor<2xf32>
    %next = tensor.insert_slice %s32 into %acc[%i, 0] [1, 2] [1, 1] : tensor<2xf32> into tensor<?x2xf32>
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
    %s = func.call @ensemble(%row) : (tensor<30xf32>) -> tensor<2xf64>
    %s0 = tensor.extract %s[%c0] : tensor<2xf64>
    %best:2 = scf.for %k = %c1 to %cC step %c1 iter_args(%bv = %s0, %bi = %c0) -> (f64, index) {
      %v = tensor.extract %s[%k] : tensor<2xf64>
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
