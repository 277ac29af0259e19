// Bad prune-compile options are an error naming the option; nothing is
// written.
// RUN: not prune-opt %s --prune-compile="contraction-lowering=bogus" -o %t 2>&1 | FileCheck %s --check-prefix=LOWERING
// RUN: test ! -e %t
// RUN: not prune-opt %s --prune-compile="vector-width=0" 2>&1 | FileCheck %s --check-prefix=WIDTH
// RUN: not prune-opt %s --prune-compile="rows=-2" 2>&1 | FileCheck %s --check-prefix=ROWS
// RUN: not prune-opt %s --prune-compile="tile-sizes=4,0" 2>&1 | FileCheck %s --check-prefix=TILES
// RUN: not prune-opt %s --prune-compile="vl=-3" 2>&1 | FileCheck %s --check-prefix=VL
// RUN: not prune-opt %s --prune-compile="sparse-gathers=avx" 2>&1 | FileCheck %s --check-prefix=GATHERS
// RUN: not prune-opt %s --prune-compile="min-sparsity=1.5" 2>&1 | FileCheck %s --check-prefix=MINSP
// RUN: not prune-opt %s --prune-compile="sparse-format=coo" 2>&1 | FileCheck %s --check-prefix=FORMAT
// RUN: not prune-opt %s --prune-compile="threads=2 min-parallel-iterations=0" 2>&1 | FileCheck %s --check-prefix=MINPAR
// There is one target, the CPU: no target option (the GPU lowering is the
// separate prune-compile-gpu pipeline).
// RUN: not prune-opt %s --prune-compile="target=gpu" 2>&1 | FileCheck %s --check-prefix=TARGET
// RUN: not prune-opt %s --prune-compile="no-such-option=1" 2>&1 | FileCheck %s --check-prefix=UNKNOWN

// LOWERING: error: prune-compile: contraction-lowering must be outerproduct, dot or parallelarith, not 'bogus'
// WIDTH: error: prune-compile: vector-width must be at least 1
// ROWS: error: prune-compile: rows must be 0 (from the host CPU) or at least 1
// TILES: error: prune-compile: tile-sizes must all be at least 1
// VL: error: prune-compile: vl must be -1 (vector-width), 0 (scalar) or a vector length
// GATHERS: error: prune-compile: sparse-gathers must be auto, vector or llvm, not 'avx'
// MINPAR: error: prune-compile: min-parallel-iterations must be at least 1
// MINSP: error: prune-compile: min-sparsity must be in [0, 1]
// FORMAT: for the --sparse-format option: Cannot find option named 'coo'!
// TARGET: no such option target
// UNKNOWN: no-such-option

func.func @f(%x: f32) -> f32 {
  return %x : f32
}
