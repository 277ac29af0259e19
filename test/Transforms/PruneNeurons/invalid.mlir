// prune-neurons rejects bad options and statistics that do not fit the model:
// a clear error naming the option (or the layer), a non-zero exit, and no
// output file and no report written.

// RUN: not prune-opt %s --prune-neurons="mode=importance" 2>&1 | FileCheck %s --check-prefix=NO-RATIO
// NO-RATIO: error: prune-neurons: invalid option 'ratio': mode=importance needs ratio=R
// RUN: not prune-opt %s --prune-neurons="mode=importance ratio=1.0" 2>&1 | FileCheck %s --check-prefix=RATIO-ONE
// RATIO-ONE: error: prune-neurons: invalid option 'ratio=1.000000': expected a fraction in [0, 1)
// RUN: not prune-opt %s --prune-neurons="mode=importance ratio=-0.5" 2>&1 | FileCheck %s --check-prefix=RATIO-NEGATIVE
// RATIO-NEGATIVE: error: prune-neurons: invalid option 'ratio=-0.500000': expected a fraction in [0, 1)
// RUN: not prune-opt %s --prune-neurons="ratio=0.5" 2>&1 | FileCheck %s --check-prefix=RATIO-DEAD
// RATIO-DEAD: error: prune-neurons: invalid option 'ratio': only applies to mode=importance
// RUN: not prune-opt %s --prune-neurons="norm=l1" 2>&1 | FileCheck %s --check-prefix=NORM-DEAD
// NORM-DEAD: error: prune-neurons: invalid option 'norm': only applies to mode=importance
// RUN: not prune-opt %s --prune-neurons="scope=global" 2>&1 | FileCheck %s --check-prefix=SCOPE-DEAD
// SCOPE-DEAD: error: prune-neurons: invalid option 'scope': only applies to mode=importance
// RUN: not prune-opt %s --prune-neurons="threshold=0.5" 2>&1 | FileCheck %s --check-prefix=THRESHOLD-DEAD
// THRESHOLD-DEAD: error: prune-neurons: invalid option 'threshold': only applies to mode=activity
// RUN: not prune-opt %s --prune-neurons="mode=importance ratio=0.5 stats=%t.stats" 2>&1 | FileCheck %s --check-prefix=STATS-IMPORTANCE
// STATS-IMPORTANCE: error: prune-neurons: invalid option 'stats': only mode=activity and method=reconstruct read calibration statistics
// RUN: not prune-opt %s --prune-neurons="method=reconstruct" 2>&1 | FileCheck %s --check-prefix=METHOD-DEAD
// METHOD-DEAD: error: prune-neurons: invalid option 'method': only applies to mode=importance
// RUN: not prune-opt %s --prune-neurons="mode=importance ratio=0.5 method=reconstruct" 2>&1 | FileCheck %s --check-prefix=RECONSTRUCT-NO-STATS
// RECONSTRUCT-NO-STATS: error: prune-neurons: invalid option 'stats': method=reconstruct needs stats=PATH (prune-calibrate --stats writes it)
// RUN: not prune-opt %s --prune-neurons="mode=importance ratio=0.5 method=reconstruct stats=%t.stats scope=global" 2>&1 | FileCheck %s --check-prefix=RECONSTRUCT-GLOBAL
// RECONSTRUCT-GLOBAL: error: prune-neurons: invalid option 'scope': method=reconstruct removes a ratio of each layer's neurons; scope=global is not supported with it
// RUN: not prune-opt %s --prune-neurons="mode=importance ratio=0.5 method=reconstruct stats=%t.stats norm=l1" 2>&1 | FileCheck %s --check-prefix=RECONSTRUCT-NORM
// RECONSTRUCT-NORM: error: prune-neurons: invalid option 'norm': ranks neurons by their incoming weights; with method=reconstruct the readers' refit ranks them
// RUN: not prune-opt %s --prune-neurons="mode=importance ratio=0.5 method=fit" 2>&1 | FileCheck %s --check-prefix=METHOD
// METHOD: error: prune-neurons: invalid option 'method=fit': expected one of mask, reconstruct
// RUN: not prune-opt %s --prune-neurons="fold=none" 2>&1 | FileCheck %s --check-prefix=FOLD-DEAD
// FOLD-DEAD: error: prune-neurons: invalid option 'fold': only applies to mode=activity

// RUN: not prune-opt %s --prune-neurons="mode=activity threshold=0.5" 2>&1 | FileCheck %s --check-prefix=NO-STATS
// NO-STATS: error: prune-neurons: invalid option 'stats': mode=activity needs stats=PATH
// RUN: prune-stats write %t.stats --layer fc1 --inputs '1,2' --outputs '1,0,2'
// RUN: not prune-opt %s --prune-neurons="mode=activity stats=%t.stats" 2>&1 | FileCheck %s --check-prefix=NO-THRESHOLD
// NO-THRESHOLD: error: prune-neurons: invalid option 'threshold': mode=activity needs threshold=T
// RUN: not prune-opt %s --prune-neurons="mode=activity stats=%t.stats threshold=-2" 2>&1 | FileCheck %s --check-prefix=THRESHOLD-NEGATIVE
// THRESHOLD-NEGATIVE: error: prune-neurons: invalid option 'threshold=-2.000000': expected a non-negative activity
// RUN: not prune-opt %s --prune-neurons="mode=activity stats=%t.missing threshold=0.5" 2>&1 | FileCheck %s --check-prefix=STATS-MISSING
// STATS-MISSING: error: prune-neurons: invalid option 'stats={{.*}}missing': statistics file '{{.*}}missing': cannot be read
// RUN: printf 'NOTSTATSxxxxxxxxxx' > %t.bad
// RUN: not prune-opt %s --prune-neurons="mode=activity stats=%t.bad threshold=0.5" 2>&1 | FileCheck %s --check-prefix=STATS-BAD
// STATS-BAD: error: prune-neurons: invalid option 'stats={{.*}}bad': statistics file '{{.*}}bad': not a statistics file

// The statistics do not describe this model's layers.
// RUN: prune-stats write %t.other --layer other --inputs '1,2' --outputs '1,0,2'
// RUN: not prune-opt %s --prune-neurons="mode=activity stats=%t.other threshold=0.5" 2>&1 | FileCheck %s --check-prefix=STATS-NO-LAYER
// STATS-NO-LAYER: error: loc("fc1"): 'tosa.matmul' op prune-neurons: stats={{.*}}other has no layer 'fc1'
// RUN: prune-stats write %t.narrow --layer fc1 --inputs '1,2' --outputs '1,0'
// RUN: not prune-opt %s --prune-neurons="mode=activity stats=%t.narrow threshold=0.5" 2>&1 | FileCheck %s --check-prefix=STATS-WIDTH
// STATS-WIDTH: error: loc("fc1"): 'tosa.matmul' op prune-neurons: stats={{.*}}narrow gives layer 'fc1' 2 output neurons, the model has 3
// method=reconstruct needs the statistics of the layers that read the
// removed neurons (fc2), with one input feature per column of their weight.
// RUN: not prune-opt %s --prune-neurons="mode=importance ratio=0.5 method=reconstruct stats=%t.stats" 2>&1 | FileCheck %s --check-prefix=READER-NO-LAYER
// READER-NO-LAYER: error: loc("fc2"): 'tosa.matmul' op prune-neurons: stats={{.*}}.stats has no layer 'fc2' (method=reconstruct refits every layer that reads removed neurons)
// RUN: prune-stats write %t.fc2narrow --layer fc2 --inputs '1,2' --outputs '1'
// RUN: not prune-opt %s --prune-neurons="mode=importance ratio=0.5 method=reconstruct stats=%t.fc2narrow" 2>&1 | FileCheck %s --check-prefix=READER-WIDTH
// READER-WIDTH: error: loc("fc2"): 'tosa.matmul' op prune-neurons: stats={{.*}}fc2narrow gives layer 'fc2' 2 input features, its weight has 3

// RUN: not prune-opt %s --prune-neurons="layers=fc(" 2>&1 | FileCheck %s --check-prefix=LAYERS
// LAYERS: error: prune-neurons: invalid option 'layers=fc(': invalid regular expression: parentheses not balanced
// RUN: not prune-opt %s --prune-neurons="mode=everything" 2>&1 | FileCheck %s --check-prefix=MODE
// MODE: error: prune-neurons: invalid option 'mode=everything': expected one of dead, activity, importance
// RUN: not prune-opt %s --prune-neurons="mode=importance ratio=0.5 norm=l3" 2>&1 | FileCheck %s --check-prefix=NORM
// NORM: error: prune-neurons: invalid option 'norm=l3': expected one of l1, l2 (did you mean 'l1'?)
// RUN: not prune-opt %s --prune-neurons="report=/nonexistent/dir/r.json" 2>&1 | FileCheck %s --check-prefix=REPORT
// REPORT: error: prune-neurons: cannot write report '/nonexistent/dir/r.json'

// Nothing is written on error: neither the output file nor the report.
// RUN: rm -f %t.out %t.json
// RUN: not prune-opt %s --prune-neurons="mode=activity stats=%t.other threshold=0.5 report=%t.json" -o %t.out 2>/dev/null
// RUN: not test -e %t.out
// RUN: not test -e %t.json
// RUN: not prune-opt %s --prune-neurons="report=/nonexistent/dir/r.json" -o %t.out 2>/dev/null
// RUN: not test -e %t.out
// The same model with good options writes both.
// RUN: prune-opt %s --prune-neurons="mode=activity stats=%t.stats threshold=0.5 report=%t.json" -o %t.out
// RUN: test -s %t.out
// RUN: test -s %t.json

func.func @mlp(%x: tensor<1x?x2xf32>) -> tensor<1x?x1xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %w1 = "tosa.const"() <{values = dense<[[[1.0, 5.0, 3.0], [2.0, 6.0, 4.0]]]> : tensor<1x2x3xf32>}> : () -> tensor<1x2x3xf32>
  %w2 = "tosa.const"() <{values = dense<[[[1.0], [2.0], [3.0]]]> : tensor<1x3x1xf32>}> : () -> tensor<1x3x1xf32>
  %b2 = "tosa.const"() <{values = dense<0.5> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
  %h = tosa.matmul %x, %w1, %zp, %zp : (tensor<1x?x2xf32>, tensor<1x2x3xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x3xf32> loc("fc1")
  %r = tosa.clamp %h {min_val = 0.0 : f32, max_val = 3.4e38 : f32} : (tensor<1x?x3xf32>) -> tensor<1x?x3xf32>
  %y = tosa.matmul %r, %w2, %zp, %zp : (tensor<1x?x3xf32>, tensor<1x3x1xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x1xf32> loc("fc2")
  %o = tosa.add %y, %b2 : (tensor<1x?x1xf32>, tensor<1x1x1xf32>) -> tensor<1x?x1xf32>
  return %o : tensor<1x?x1xf32>
}
