// prune-weights stats=PATH: a statistics file that cannot be read or does
// not match the model is an error naming the file (and the layer), with a
// non-zero exit and nothing written. criterion=wanda and method=reconstruct
// need one.

// RUN: not prune-opt %s --prune-weights="sparsity=0.5 criterion=wanda" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=WANDA-NO-STATS
// WANDA-NO-STATS: error: prune-weights: invalid option 'criterion=wanda': needs calibration statistics: stats=PATH (written by a model instrumented with prune-instrument)
// RUN: not prune-opt %s --prune-weights="pattern=2:4 method=reconstruct" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=RECONSTRUCT-NO-STATS
// RECONSTRUCT-NO-STATS: error: prune-weights: invalid option 'method=reconstruct': needs calibration statistics
// RUN: not prune-opt %s --prune-weights="sparsity=0.5 criterion=obs" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=CRITERION
// CRITERION: error: prune-weights: invalid option 'criterion=obs': expected one of magnitude, wanda

// RUN: not prune-opt %s --prune-weights="sparsity=0.5 criterion=wanda stats=%t.missing" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=MISSING -DFILE=%t.missing
// MISSING: error: prune-weights: invalid option 'stats=[[FILE]]': statistics file '[[FILE]]': cannot be read: No such file or directory

// RUN: echo "not statistics" > %t.text
// RUN: not prune-opt %s --prune-weights="sparsity=0.5 stats=%t.text" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=MAGIC
// MAGIC: statistics file '{{.*}}.text': not a statistics file (no "PRUNSTAT" magic)

// Versions: 3 (written today); 2 (no input sums) and 1 (no reference block
// either) are still read; 4 is not.
// RUN: prune-stats write %t.v3 --layer fc1 --inputs '1,2,3,4' --layer fc2 --inputs '1,2'
// RUN: %python -c "import sys; d = open(sys.argv[1], 'rb').read(); open(sys.argv[2], 'wb').write(d[:8] + bytes([4]) + d[9:])" %t.v3 %t.v4
// RUN: not prune-opt %s --prune-weights="sparsity=0.5 stats=%t.v4" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=VERSION
// VERSION: statistics file '{{.*}}.v4': unsupported version 4 (expected 1 to 3)
// RUN: prune-stats write %t.v3a --layer fc1 --inputs '1,2,3,4'
// RUN: prune-stats write %t.v3b --layer fc2 --inputs '1,2'
// RUN: %python -c "import sys; a, b = open(sys.argv[1], 'rb').read()[16:-32], open(sys.argv[2], 'rb').read()[16:-16]; open(sys.argv[3], 'wb').write(b'PRUNSTAT' + bytes([2, 0, 0, 0, 2, 0, 0, 0]) + a + b)" %t.v3a %t.v3b %t.v2
// RUN: prune-opt %s --prune-weights="sparsity=0.5 method=reconstruct stats=%t.v2" -o /dev/null
// RUN: %python -c "import sys; a, b = open(sys.argv[1], 'rb').read()[16:-36], open(sys.argv[2], 'rb').read()[16:-20]; open(sys.argv[3], 'wb').write(b'PRUNSTAT' + bytes([1, 0, 0, 0, 2, 0, 0, 0]) + a + b)" %t.v3a %t.v3b %t.v1
// RUN: prune-opt %s --prune-weights="sparsity=0.5 method=reconstruct stats=%t.v1" -o /dev/null

// A good file for both layers, then the same cut short.
// RUN: prune-stats write %t.good \
// RUN:   --layer fc1 --inputs '1,2,3,4' --outputs '1,1' --layer fc2 --inputs '1,2'
// RUN: head -c 60 %t.good > %t.short
// RUN: not prune-opt %s --prune-weights="sparsity=0.5 stats=%t.short" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=TRUNCATED
// TRUNCATED: statistics file '{{.*}}.short': record 0 ('fc1') is truncated (sumSquares)

// Missing layer: a file with fc1 only. Wrong widths: fc1 with 3 inputs, fc1
// with 5 outputs. All layers are checked and reported before failing.
// RUN: prune-stats write %t.fc1 --layer fc1 --inputs '1,2,3,4'
// RUN: not prune-opt %s --prune-weights="sparsity=0.5 criterion=wanda stats=%t.fc1" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NO-LAYER
// NO-LAYER: error: loc("fc2"): 'linalg.matmul' op prune-weights: layer 'fc2' has no record in statistics file '{{.*}}.fc1'
// Another model's file (none of its layers is here): one error, not one per
// layer.
// RUN: prune-stats write %t.other --layer conv1 --inputs '1,2,3,4' --layer /fc/Gemm --inputs '1,2'
// RUN: not prune-opt %s --prune-weights="sparsity=0.5 method=reconstruct stats=%t.other" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=OTHER-MODEL --implicit-check-not=error
// OTHER-MODEL: error: prune-weights: invalid option 'stats={{.*}}.other': the file records none of this model's layers (it has 2, such as '/fc/Gemm'; the model has 'fc1'): is it another model's?
// RUN: prune-stats write %t.width \
// RUN:   --layer fc1 --inputs '1,2,3' --layer fc2 --inputs '1,2' --outputs '1,2,3,4,5'
// RUN: not prune-opt %s --prune-weights="sparsity=0.5 method=reconstruct stats=%t.width" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=WIDTH
// WIDTH: error: loc("fc1"): 'linalg.matmul' op prune-weights: layer 'fc1' has 4 input features but statistics file '{{.*}}.width' records 3
// WIDTH: error: loc("fc2"): 'linalg.matmul' op prune-weights: layer 'fc2' has 3 outputs but statistics file '{{.*}}.width' records 5

// Nothing is written on error; the good file works.
// RUN: rm -f %t.out %t.json
// RUN: not prune-opt %s --prune-weights="sparsity=0.5 criterion=wanda stats=%t.width report=%t.json" -o %t.out 2>/dev/null
// RUN: not test -e %t.out
// RUN: not test -e %t.json
// RUN: prune-opt %s --prune-weights="sparsity=0.5 criterion=wanda method=reconstruct stats=%t.good report=%t.json" -o %t.out
// RUN: test -s %t.out
// RUN: FileCheck %s --input-file=%t.json --check-prefix=REPORT
// REPORT:      "calibration_output_error": {{[0-9.e+-]+}},
// REPORT-NEXT: "calibration_output_error_mask_only": {{[0-9.e+-]+}},
// REPORT-NEXT: "criterion": "wanda",
// REPORT:      "method": "reconstruct",
// REPORT-NEXT: "name": "fc1",

func.func @two_layers(%x: tensor<1x4xf32>) -> tensor<1x3xf32> {
  %w1 = arith.constant dense<[[1.0, 2.0], [3.0, 4.0], [5.0, 6.0], [7.0, 8.0]]> : tensor<4x2xf32>
  %w2 = arith.constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>
  %init = arith.constant dense<0.0> : tensor<1x2xf32>
  %init3 = arith.constant dense<0.0> : tensor<1x3xf32>
  %h = linalg.matmul ins(%x, %w1 : tensor<1x4xf32>, tensor<4x2xf32>) outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32> loc("fc1")
  %y = linalg.matmul ins(%h, %w2 : tensor<1x2xf32>, tensor<2x3xf32>) outs(%init3 : tensor<1x3xf32>) -> tensor<1x3xf32> loc("fc2")
  return %y : tensor<1x3xf32>
}
