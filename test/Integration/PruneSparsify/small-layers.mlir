// Sparse weights compute what dense ones do: each layer is compiled once with
// its weight left dense and once per sparse format, and every build must
// print the same (exact, integer-valued) numbers. The wide layer (256 input
// features) checks that 8-bit coordinates are read as unsigned.
//
// DEFINE: %{format} = dense
// DEFINE: %{run} = prune-opt %s --prune-sparsify="format=%{format}" \
// DEFINE:   --sparsifier="enable-runtime-library=false" \
// DEFINE: | mlir-runner -e main -entry-point-result=void \
// DEFINE:   -shared-libs=%mlir_runner_libs \
// DEFINE: | FileCheck %s
//
// RUN: %{run}
// REDEFINE: %{format} = csr
// RUN: %{run}
// REDEFINE: %{format} = bsr
// RUN: %{run}
// REDEFINE: %{format} = auto
// RUN: %{run}

#transpose = affine_map<(b, i, j, k) -> (b, i, k)>

// Unstructured weight, used as linalg.matmul's B operand ([in, out]).
func.func @unstructured(%x: tensor<2x8xf32>) -> tensor<2x6xf32> {
  %w = arith.constant dense<[[0.0, 0.0, 1.0, 0.0, 1.0, 0.0], [0.0, -2.0, 0.0, 0.0, 0.0, -2.0], [1.0, 0.0, 0.0, 3.0, 0.0, 0.0], [3.0, -2.0, 0.0, 3.0, 0.0, -2.0], [0.0, 0.0, -2.0, -2.0, -2.0, 0.0], [0.0, 0.0, 1.0, 0.0, 0.0, -2.0], [-2.0, 0.0, 0.0, -2.0, 0.0, 3.0], [0.0, 1.0, -2.0, -2.0, 1.0, 0.0]]> : tensor<8x6xf32>
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<2x6xf32>
  %init = linalg.fill ins(%zero : f32) outs(%e : tensor<2x6xf32>) -> tensor<2x6xf32>
  %y = linalg.matmul ins(%x, %w : tensor<2x8xf32>, tensor<8x6xf32>)
                     outs(%init : tensor<2x6xf32>) -> tensor<2x6xf32>
  return %y : tensor<2x6xf32>
}

// 2x4-block weight as torch-mlir's TOSA becomes after tosa-to-linalg:
// [out, in] constant, transposed, expanded to [1, in, out], batch_matmul.
func.func @blocks(%x: tensor<1x?x16xf32>) -> tensor<1x?x8xf32> {
  %c1 = arith.constant 1 : index
  %w = arith.constant dense<[[1.0, 2.0, -2.0, -1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [-3.0, 1.0, 2.0, -3.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [-2.0, 3.0, -2.0, 2.0, 1.0, -1.0, 2.0, 1.0, 0.0, 0.0, 0.0, 0.0, -1.0, -2.0, 1.0, 1.0], [3.0, -2.0, -3.0, 1.0, -1.0, 1.0, -3.0, -3.0, 0.0, 0.0, 0.0, 0.0, -3.0, 2.0, -3.0, 3.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, -1.0, 1.0, 1.0, 1.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 3.0, 1.0, -3.0, 3.0]]> : tensor<8x16xf32>
  %te = tensor.empty() : tensor<16x8xf32>
  %wt = linalg.transpose ins(%w : tensor<8x16xf32>) outs(%te : tensor<16x8xf32>) permutation = [1, 0]
  %w3 = tensor.expand_shape %wt [[0, 1], [2]] output_shape [1, 16, 8] : tensor<16x8xf32> into tensor<1x16x8xf32>
  %n = tensor.dim %x, %c1 : tensor<1x?x16xf32>
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty(%n) : tensor<1x?x8xf32>
  %init = linalg.fill ins(%zero : f32) outs(%e : tensor<1x?x8xf32>) -> tensor<1x?x8xf32>
  %y = linalg.batch_matmul ins(%x, %w3 : tensor<1x?x16xf32>, tensor<1x16x8xf32>)
                           outs(%init : tensor<1x?x8xf32>) -> tensor<1x?x8xf32>
  return %y : tensor<1x?x8xf32>
}

// 256 input features: the largest coordinate, 255, needs all 8 bits.
func.func @wide(%x: tensor<256xf32>) -> tensor<2xf32> {
  %w = arith.constant dense<1.0> : tensor<2x256xf32>
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<2xf32>
  %init = linalg.fill ins(%zero : f32) outs(%e : tensor<2xf32>) -> tensor<2xf32>
  %y = linalg.matvec ins(%w, %x : tensor<2x256xf32>, tensor<256xf32>)
                     outs(%init : tensor<2xf32>) -> tensor<2xf32>
  return %y : tensor<2xf32>
}

func.func @main() {
  %c0 = arith.constant 0 : index
  %pad = arith.constant 0.0 : f32

  %x1 = arith.constant dense<[[-2.0, 0.0, 1.0, -2.0, -2.0, 0.0, 2.0, 1.0], [0.0, 1.0, 0.0, -2.0, 1.0, 0.0, -1.0, 2.0]]> : tensor<2x8xf32>
  %y1 = call @unstructured(%x1) : (tensor<2x8xf32>) -> tensor<2x6xf32>
  %v1 = vector.transfer_read %y1[%c0, %c0], %pad : tensor<2x6xf32>, vector<2x6xf32>
  // CHECK: ( ( -9, 5, 0, -5, 3, 10 ), ( -4, 4, -6, -10, 0, -1 ) )
  vector.print %v1 : vector<2x6xf32>

  %x2 = arith.constant dense<[[[-2.0, 1.0, -2.0, -1.0, 0.0, -1.0, -1.0, 1.0, 1.0, 1.0, -2.0, -1.0, 1.0, 1.0, 2.0, 0.0], [-1.0, 1.0, 2.0, 0.0, 1.0, 0.0, 1.0, -1.0, -1.0, -2.0, -1.0, -1.0, -1.0, -1.0, -2.0, 1.0], [2.0, -1.0, 0.0, 0.0, -2.0, -1.0, 1.0, 2.0, 0.0, 2.0, 2.0, 0.0, -1.0, 2.0, 2.0, -2.0]]]> : tensor<1x3x16xf32>
  %x2d = tensor.cast %x2 : tensor<1x3x16xf32> to tensor<1x?x16xf32>
  %y2d = call @blocks(%x2d) : (tensor<1x?x16xf32>) -> tensor<1x?x8xf32>
  %y2 = tensor.cast %y2d : tensor<1x?x8xf32> to tensor<1x3x8xf32>
  %v2 = vector.transfer_read %y2[%c0, %c0, %c0], %pad : tensor<1x3x8xf32>, vector<3x8xf32>
  // CHECK-NEXT: ( ( 5, 6, 0, 0, 8, -11, 2, -2 ), ( -3, 8, 0, 0, 5, -2, -1, 5 ), ( 0, -7, 0, 0, -7, -5, 3, -13 ) )
  vector.print %v2 : vector<3x8xf32>

  %x3 = arith.constant dense<[0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0, 13.0, 14.0, 15.0, 16.0, 17.0, 18.0, 19.0, 20.0, 21.0, 22.0, 23.0, 24.0, 25.0, 26.0, 27.0, 28.0, 29.0, 30.0, 31.0, 32.0, 33.0, 34.0, 35.0, 36.0, 37.0, 38.0, 39.0, 40.0, 41.0, 42.0, 43.0, 44.0, 45.0, 46.0, 47.0, 48.0, 49.0, 50.0, 51.0, 52.0, 53.0, 54.0, 55.0, 56.0, 57.0, 58.0, 59.0, 60.0, 61.0, 62.0, 63.0, 64.0, 65.0, 66.0, 67.0, 68.0, 69.0, 70.0, 71.0, 72.0, 73.0, 74.0, 75.0, 76.0, 77.0, 78.0, 79.0, 80.0, 81.0, 82.0, 83.0, 84.0, 85.0, 86.0, 87.0, 88.0, 89.0, 90.0, 91.0, 92.0, 93.0, 94.0, 95.0, 96.0, 97.0, 98.0, 99.0, 100.0, 101.0, 102.0, 103.0, 104.0, 105.0, 106.0, 107.0, 108.0, 109.0, 110.0, 111.0, 112.0, 113.0, 114.0, 115.0, 116.0, 117.0, 118.0, 119.0, 120.0, 121.0, 122.0, 123.0, 124.0, 125.0, 126.0, 127.0, 128.0, 129.0, 130.0, 131.0, 132.0, 133.0, 134.0, 135.0, 136.0, 137.0, 138.0, 139.0, 140.0, 141.0, 142.0, 143.0, 144.0, 145.0, 146.0, 147.0, 148.0, 149.0, 150.0, 151.0, 152.0, 153.0, 154.0, 155.0, 156.0, 157.0, 158.0, 159.0, 160.0, 161.0, 162.0, 163.0, 164.0, 165.0, 166.0, 167.0, 168.0, 169.0, 170.0, 171.0, 172.0, 173.0, 174.0, 175.0, 176.0, 177.0, 178.0, 179.0, 180.0, 181.0, 182.0, 183.0, 184.0, 185.0, 186.0, 187.0, 188.0, 189.0, 190.0, 191.0, 192.0, 193.0, 194.0, 195.0, 196.0, 197.0, 198.0, 199.0, 200.0, 201.0, 202.0, 203.0, 204.0, 205.0, 206.0, 207.0, 208.0, 209.0, 210.0, 211.0, 212.0, 213.0, 214.0, 215.0, 216.0, 217.0, 218.0, 219.0, 220.0, 221.0, 222.0, 223.0, 224.0, 225.0, 226.0, 227.0, 228.0, 229.0, 230.0, 231.0, 232.0, 233.0, 234.0, 235.0, 236.0, 237.0, 238.0, 239.0, 240.0, 241.0, 242.0, 243.0, 244.0, 245.0, 246.0, 247.0, 248.0, 249.0, 250.0, 251.0, 252.0, 253.0, 254.0, 255.0]> : tensor<256xf32>
  %y3 = call @wide(%x3) : (tensor<256xf32>) -> tensor<2xf32>
  %v3 = vector.transfer_read %y3[%c0], %pad : tensor<2xf32>, vector<2xf32>
  // CHECK-NEXT: ( 32640, 32640 )
  vector.print %v3 : vector<2xf32>
  return
}
