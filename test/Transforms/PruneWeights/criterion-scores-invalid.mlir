// prune-weights criterion=scores: a scores file that cannot be read or does
// not fit the model is an error naming the file and the layer, with a
// non-zero exit and nothing written (no output, no report). All layers are
// checked and reported before failing. The model and the files are those of
// criterion-scores.mlir (Inputs/criterion_scores.py).

// RUN: %python %S/Inputs/criterion_scores.py %t

// Options.
// RUN: not prune-opt %S/criterion-scores.mlir --prune-weights="sparsity=0.5 criterion=scores" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NO-FILE
// NO-FILE: error: prune-weights: invalid option 'criterion=scores': needs a scores file: scores=FILE.npz (one importance array per layer, keyed by layer name)
// RUN: not prune-opt %S/criterion-scores.mlir --prune-weights="sparsity=0.5 scores=%t/ir.npz" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NO-CRITERION
// NO-CRITERION: error: prune-weights: invalid option 'scores={{.*}}ir.npz': is read only with criterion=scores; add criterion=scores to rank weights by the file's importance
// RUN: not prune-opt %S/criterion-scores.mlir --prune-weights="sparsity=0.5 scores-layout=ir" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=LAYOUT
// LAYOUT: error: prune-weights: invalid option 'scores-layout': only applies to criterion=scores
// RUN: not prune-opt %S/criterion-scores.mlir --prune-weights="sparsity=0.5 criterion=scores scores-layout=oihw scores=%t/ir.npz" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=LAYOUT-VALUE
// LAYOUT-VALUE: scores-layout
// RUN: prune-stats write %t/fc.stats --layer fc --inputs '1,1;2,2'
// RUN: not prune-opt %S/criterion-scores.mlir --prune-weights="sparsity=0.5 layers=fc criterion=scores method=obs scores=%t/ir.npz stats=%t/fc.stats" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=OBS
// OBS: error: prune-weights: invalid option 'criterion=scores': method=obs scores weights itself (w^2 / [H^-1]_ii); use method=reconstruct to re-solve the weights the scores keep

// Files.
// RUN: not prune-opt %S/criterion-scores.mlir --prune-weights="sparsity=0.5 criterion=scores scores=%t/absent.npz" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=ABSENT
// ABSENT: error: prune-weights: invalid option 'scores={{.*}}absent.npz': {{.*}}absent.npz: cannot be read: No such file or directory
// RUN: not prune-opt %S/criterion-scores.mlir --prune-weights="sparsity=0.5 criterion=scores scores=%t/garbage.npz" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=GARBAGE
// GARBAGE: error: prune-weights: invalid option 'scores={{.*}}garbage.npz': {{.*}}garbage.npz: neither a .npy array nor a .npz archive
// RUN: not prune-opt %S/criterion-scores.mlir --prune-weights="sparsity=0.5 criterion=scores scores=%t/single.npy" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NPY
// NPY: error: prune-weights: invalid option 'scores={{.*}}single.npy': '{{.*}}single.npy' is a single .npy array; a scores file is an .npz archive with one array per layer, keyed by layer name

// A square weight stored transposed: [2, 2] fits both layouts.
// RUN: not prune-opt %S/criterion-scores.mlir --prune-weights="sparsity=0.5 criterion=scores scores=%t/framework.npz" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=AMBIGUOUS
// AMBIGUOUS: error: loc("sq"): 'linalg.matmul' op prune-weights: layer 'sq' has scores of shape [2, 2] in '{{.*}}framework.npz', which is both its IR layout and its framework layout, ordered differently (the weight is stored transposed); say which with scores-layout=ir or scores-layout=framework

// Every pruned layer needs an array.
// RUN: not prune-opt %S/criterion-scores.mlir --prune-weights="sparsity=0.5 criterion=scores scores-layout=framework scores=%t/missing.npz" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=MISSING
// MISSING: error: loc("conv"): 'tosa.conv2d' op prune-weights: layer 'conv' has no scores in '{{.*}}missing.npz' (every pruned layer needs an array keyed by its name; layers=REGEX restricts the pass to some layers)

// Shapes: the expected layouts are named.
// RUN: not prune-opt %S/criterion-scores.mlir --prune-weights="sparsity=0.5 layers=fc|conv criterion=scores scores=%t/shape.npz" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=SHAPE
// SHAPE: error: loc("fc"): 'linalg.matmul' op prune-weights: layer 'fc' has scores of shape [2, 2] in '{{.*}}shape.npz', expected IR layout [2, 3] or framework layout [3, 2]
// RUN: not prune-opt %S/criterion-scores.mlir --prune-weights="sparsity=0.5 criterion=scores scores-layout=ir scores=%t/shape.npz" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=SHAPE-IR
// SHAPE-IR: error: loc("fc"): 'linalg.matmul' op prune-weights: layer 'fc' has scores of shape [2, 2] in '{{.*}}shape.npz', expected IR layout [2, 3]
// SHAPE-IR: error: loc("conv"): 'tosa.conv2d' op prune-weights: layer 'conv' has scores of shape [2, 2, 1, 2] in '{{.*}}shape.npz', expected IR layout [2, 1, 2, 2]

// Values.
// RUN: not prune-opt %S/criterion-scores.mlir --prune-weights="sparsity=0.5 criterion=scores scores-layout=framework scores=%t/nan.npz" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NAN
// NAN: error: loc("fc"): 'linalg.matmul' op prune-weights: layer 'fc' scores in '{{.*}}nan.npz' has a non-finite value (nan) at flat index 2
// RUN: not prune-opt %S/criterion-scores.mlir --prune-weights="sparsity=0.5 criterion=scores scores-layout=framework scores=%t/inf.npz" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=INF
// INF: error: loc("conv"): 'tosa.conv2d' op prune-weights: layer 'conv' scores in '{{.*}}inf.npz' has a non-finite value ({{INF|inf}}) at flat index 1
// RUN: not prune-opt %S/criterion-scores.mlir --prune-weights="sparsity=0.5 criterion=scores scores-layout=framework scores=%t/negative.npz" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NEGATIVE
// NEGATIVE: error: loc("fc"): 'linalg.matmul' op prune-weights: layer 'fc' scores in '{{.*}}negative.npz' has a negative value (-0.50) at flat index 5; importance is non-negative (save abs() of signed scores such as w * grad)
// RUN: not prune-opt %S/criterion-scores.mlir --prune-weights="sparsity=0.5 criterion=scores scores-layout=framework scores=%t/bool.npz" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=BOOL
// BOOL: error: loc("fc"): 'linalg.matmul' op prune-weights: layer 'fc' scores in '{{.*}}bool.npz' has dtype bool; importance is a number per element

// Nothing is written on error.
// RUN: rm -f %t/out.mlir %t/report.json
// RUN: not prune-opt %S/criterion-scores.mlir --prune-weights="sparsity=0.5 criterion=scores scores-layout=framework scores=%t/negative.npz report=%t/report.json" -o %t/out.mlir
// RUN: not test -e %t/out.mlir
// RUN: not test -e %t/report.json

// The model lives in criterion-scores.mlir; this file only holds RUN lines.
