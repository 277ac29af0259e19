// prune-weights{method=reconstruct reference-weights=FILE.npz}: the later
// rounds of gradual pruning (prune-calibrate --steps), where the layer is
// already sparse. The layer's zeros stay zero; its other weights are solved
// with them to reproduce the reference layer (FILE's weights), the mask grows
// by the smallest of those, and the kept ones are solved again.

// Three samples e1, e2, e3: G = I, lambda = 0.01. Current w = (0.9, 0, 0.6),
// reference w_ref = (1, -3, 0.5). With its zero kept, the fit is
// (1, 0, 0.5) / 1.01; one more zero goes to the 0.5, and the kept weight is
// solved again: 1 / 1.01 = 0.990099.
// RUN: prune-stats write %t.stats --layer fc --inputs '1,0,0;0,1,0;0,0,1'
// RUN: %python -c "import numpy as np; np.savez('%t.ref.npz', fc=np.array([[1.0], [-3.0], [0.5]], np.float32))"
// RUN: prune-opt %s --prune-weights="sparsity=0.67 method=reconstruct stats=%t.stats reference-weights=%t.ref.npz report=%t.json" \
// RUN:   | FileCheck %s
// CHECK-LABEL: func.func @grow
// CHECK:       arith.constant dense<{{\[\[}}9.900990{{[0-9]*}}e-01], [0.000000e+00], [0.000000e+00]]> : tensor<3x1xf32>

// Without the reference, the mask grows on the layer's own weights and the
// kept one reproduces them: 0.9 / 1.01.
// RUN: prune-opt %s --prune-weights="sparsity=0.67 method=reconstruct stats=%t.stats" \
// RUN:   | FileCheck %s --check-prefix=OWN
// OWN-LABEL: func.func @grow
// OWN:       arith.constant dense<{{\[\[}}0.891089{{[0-9]*}}], [0.000000e+00], [0.000000e+00]]> : tensor<3x1xf32>

// Errors name the option or the layer and the file; nothing is written.
// RUN: not prune-opt %s --prune-weights="sparsity=0.67 reference-weights=%t.ref.npz stats=%t.stats" -o %t.out 2>&1 \
// RUN:   | FileCheck %s --check-prefix=MASK
// MASK: error: prune-weights: invalid option 'reference-weights={{.*}}ref.npz': is read only with method=reconstruct
// RUN: not prune-opt %s --prune-weights="sparsity=0.67 method=reconstruct reference-weights=%t.ref.npz" -o %t.out 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NO-STATS
// NO-STATS: error: prune-weights: invalid option 'method=reconstruct': needs calibration statistics
// RUN: %python -c "import numpy as np; np.savez('%t.other.npz', fc2=np.zeros((3, 1), np.float32))"
// RUN: not prune-opt %s --prune-weights="sparsity=0.67 method=reconstruct stats=%t.stats reference-weights=%t.other.npz" -o %t.out 2>&1 \
// RUN:   | FileCheck %s --check-prefix=MISSING
// MISSING: error: loc("fc"): 'linalg.matmul' op prune-weights: layer 'fc' has no weights in reference-weights file '{{.*}}other.npz'
// RUN: %python -c "import numpy as np; np.savez('%t.shape.npz', fc=np.zeros((1, 3), np.float32))"
// RUN: not prune-opt %s --prune-weights="sparsity=0.67 method=reconstruct stats=%t.stats reference-weights=%t.shape.npz" -o %t.out 2>&1 \
// RUN:   | FileCheck %s --check-prefix=SHAPE
// SHAPE: error: loc("fc"): 'linalg.matmul' op prune-weights: layer 'fc' has reference weights 1x3xfloat32 in '{{.*}}shape.npz', expected [3, 1] float32 or float64
// RUN: not prune-opt %s --prune-weights="sparsity=0.67 method=reconstruct stats=%t.stats reference-weights=%t.none.npz" -o %t.out 2>&1 \
// RUN:   | FileCheck %s --check-prefix=UNREADABLE
// UNREADABLE: error: prune-weights: invalid option 'reference-weights={{.*}}none.npz': {{.*}}none.npz: cannot be read
// RUN: test ! -e %t.out
func.func @grow(%x: tensor<1x3xf32>) -> tensor<1x1xf32> {
  %w = arith.constant dense<[[0.9], [0.0], [0.6]]> : tensor<3x1xf32>
  %init = arith.constant dense<0.0> : tensor<1x1xf32>
  %y = linalg.matmul ins(%x, %w : tensor<1x3xf32>, tensor<3x1xf32>) outs(%init : tensor<1x1xf32>) -> tensor<1x1xf32> loc("fc")
  return %y : tensor<1x1xf32>
}
