// Bad prune-compile options are an error naming the option; nothing is
// written.
// RUN: not prune-opt %s --prune-compile="contraction-lowering=bogus" -o %t 2>&1 | FileCheck %s --check-prefix=LOWERING
// RUN: test ! -e %t
// RUN: not prune-opt %s --prune-compile="vector-width=0" 2>&1 | FileCheck %s --check-prefix=WIDTH
// RUN: not prune-opt %s --prune-compile="rows=-2" 2>&1 | FileCheck %s --check-prefix=ROWS
// RUN: not prune-opt %s --prune-compile="panel-width=-1" 2>&1 | FileCheck %s --check-prefix=PANEL
// RUN: not prune-opt %s --prune-compile="tile-sizes=4,0" 2>&1 | FileCheck %s --check-prefix=TILES
// RUN: not prune-opt %s --prune-compile="vl=-3" 2>&1 | FileCheck %s --check-prefix=VL
// RUN: not prune-opt %s --prune-compile="sparse-gathers=avx" 2>&1 | FileCheck %s --check-prefix=GATHERS
// RUN: not prune-opt %s --prune-compile="min-sparsity=1.5" 2>&1 | FileCheck %s --check-prefix=MINSP
// RUN: not prune-opt %s --prune-compile="sparse-format=coo" 2>&1 | FileCheck %s --check-prefix=FORMAT
// RUN: not prune-opt %s --prune-compile="sparse-cost-model=neon" 2>&1 | FileCheck %s --check-prefix=COSTMODEL
// RUN: not prune-opt %s --prune-compile="sparse-cache-bytes=-2" 2>&1 | FileCheck %s --check-prefix=CACHEBYTES
// RUN: not prune-opt %s --prune-compile="threads=2 min-parallel-iterations=0" 2>&1 | FileCheck %s --check-prefix=MINPAR
// RUN: not prune-opt %s --prune-compile="threads=2 min-parallel-elementwise-iterations=0" 2>&1 | FileCheck %s --check-prefix=MINPARELEM
// target=gpu: host threads and the CPU buffer cache do not apply; the GPU
// options are checked by the GPU lowering.
// RUN: not prune-opt %s --prune-compile="target=tpu" 2>&1 | FileCheck %s --check-prefix=TARGET
// RUN: not prune-opt %s --prune-compile="target=gpu threads=2" 2>&1 | FileCheck %s --check-prefix=GPUTHREADS
// RUN: not prune-opt %s --prune-compile="target=gpu cache-buffers=true" 2>&1 | FileCheck %s --check-prefix=GPUCACHE
// RUN: not prune-opt %s --prune-compile="target=gpu gpu-chip=gfx90a" -o %t.chip 2>&1 | FileCheck %s --check-prefix=GPUCHIP
// RUN: test ! -e %t.chip
// RUN: not prune-opt %s --prune-compile="target=gpu gpu-threads=2048" 2>&1 | FileCheck %s --check-prefix=GPUBLOCK
// RUN: not prune-opt %s --prune-compile="target=gpu gpu-mode=cusparse" 2>&1 | FileCheck %s --check-prefix=GPUMODE
// RUN: not prune-opt %s --prune-compile="no-such-option=1" 2>&1 | FileCheck %s --check-prefix=UNKNOWN
// Names and values are checked before MLIR's parser, which names neither
// the valid options nor the valid values.
// RUN: not prune-opt %s --prune-compile="sparse-format=2:4" -o %t.nm 2>&1 | FileCheck %s --check-prefix=NM
// RUN: test ! -e %t.nm
// RUN: not prune-opt %s --prune-compile="sparse-formt=csr" 2>&1 | FileCheck %s --check-prefix=TYPO
// RUN: not prune-opt %s --prune-compile="threads=two" 2>&1 | FileCheck %s --check-prefix=NUMBER
// RUN: not prune-opt %s --prune-compile="tile-sizes=4,x" 2>&1 | FileCheck %s --check-prefix=LIST
// RUN: prune-opt %s --prune-compile="tile-sizes=4,8 sparse-format=csr" -o /dev/null

// LOWERING: error: prune-compile: contraction-lowering must be outerproduct, dot or parallelarith, not 'bogus'
// WIDTH: error: prune-compile: vector-width must be at least 1
// ROWS: error: prune-compile: rows must be 0 (from the host CPU) or at least 1
// PANEL: error: prune-compile: panel-width must be 0 (from the host CPU) or at least 1
// TILES: error: prune-compile: tile-sizes must all be at least 1
// VL: error: prune-compile: vl must be -1 (vector-width), 0 (scalar) or a vector length
// GATHERS: error: prune-compile: sparse-gathers must be auto, vector or llvm, not 'avx'
// MINPAR: error: prune-compile: min-parallel-iterations must be at least 1
// MINPARELEM: error: prune-compile: min-parallel-elementwise-iterations must be at least 1
// MINSP: error: prune-compile: min-sparsity must be in [0, 1]
// FORMAT: error: prune-compile: invalid option 'sparse-format=coo': expected one of auto, csr, bsr, nm, dense
// COSTMODEL: error: prune-compile: invalid option 'sparse-cost-model=neon': expected one of
// NM: error: prune-compile: invalid option 'sparse-format=2:4': expected one of auto, csr, bsr, nm, dense
// CACHEBYTES: error: prune-compile: sparse-cache-bytes must be -1 (the cost model's) or at least 0
// TARGET: error: prune-compile: invalid option 'target=tpu': expected one of cpu, gpu
// GPUTHREADS: error: prune-compile: threads is for target=cpu (host threads); target=gpu takes gpu-threads (threads per block)
// GPUCACHE: error: prune-compile: cache-buffers is for target=cpu; with target=gpu, libPruneCudaRuntime.so allocates the buffers
// GPUCHIP: error: prune-compile-gpu: gpu-chip='gfx90a' is not an NVIDIA architecture like sm_90
// GPUMODE: error: prune-compile: gpu-mode=cusparse is not supported with target=gpu yet (MLIR's buffer deallocation rejects the cuSPARSE ops); use gpu-mode=kernels, or prune-compile-gpu for sparse layers alone
// GPUBLOCK: error: prune-compile-gpu: threads=2048 is outside [1, 1024]
// UNKNOWN: error: prune-compile: unknown option 'no-such-option'; the options are: approximate-math,
// TYPO: error: prune-compile: unknown option 'sparse-formt' (did you mean 'sparse-format'?)
// NUMBER: error: prune-compile: invalid option 'threads=two': expected a number
// LIST: error: prune-compile: invalid option 'tile-sizes=4,x': expected comma-separated numbers

func.func @f(%x: f32) -> f32 {
  return %x : f32
}
