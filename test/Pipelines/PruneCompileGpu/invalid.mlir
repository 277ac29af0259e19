// Invalid options are errors naming the option; nothing is written.

// RUN: not prune-opt %S/Inputs/matvec-4096.mlir \
// RUN:   --prune-compile-gpu="gpu-chip=hopper" -o %t.chip 2>&1 \
// RUN:   | FileCheck %s --check-prefix=CHIP
// RUN: not test -s %t.chip
// RUN: not prune-opt %S/Inputs/matvec-4096.mlir \
// RUN:   --prune-compile-gpu="threads=0" 2>&1 | FileCheck %s --check-prefix=THREADS0
// RUN: not prune-opt %S/Inputs/matvec-4096.mlir \
// RUN:   --prune-compile-gpu="threads=2048" 2>&1 | FileCheck %s --check-prefix=THREADS2048
// RUN: not prune-opt %S/Inputs/matvec-4096.mlir \
// RUN:   --prune-compile-gpu="blocks=-1" 2>&1 | FileCheck %s --check-prefix=BLOCKS
// RUN: not prune-opt %S/Inputs/matvec-4096.mlir \
// RUN:   --prune-compile-gpu="sms=0" 2>&1 | FileCheck %s --check-prefix=SMS
// RUN: not prune-opt %S/Inputs/matvec-4096.mlir \
// RUN:   --prune-compile-gpu="gpu-format=ptx" 2>&1 | FileCheck %s --check-prefix=FORMAT
// RUN: not prune-opt %S/Inputs/matvec-4096.mlir \
// RUN:   --prune-compile-gpu="mode=cublas" 2>&1 | FileCheck %s --check-prefix=MODE

// CHIP: error: prune-compile-gpu: gpu-chip='hopper' is not an NVIDIA architecture like sm_90
// THREADS0: error: prune-compile-gpu: threads=0 is outside [1, 1024]
// THREADS2048: error: prune-compile-gpu: threads=2048 is outside [1, 1024]
// BLOCKS: error: prune-compile-gpu: blocks=-1 is negative
// SMS: error: prune-compile-gpu: sms=0 is not positive
// FORMAT: Cannot find option named 'ptx'!
// MODE: Cannot find option named 'cublas'!

// Ops the pipeline does not lower (here TOSA, not lowered first) are an
// error, not silently passed through to mlir-translate; nothing is written.
// RUN: not prune-opt %prune_src/examples/digits_mlp.mlir \
// RUN:   --prune-compile-gpu="gpu-format=isa" -o %t.tosa 2>&1 \
// RUN:   | FileCheck %s --check-prefix=TOSA
// RUN: not test -s %t.tosa
// TOSA: error: 'tosa.{{[a-z_]+}}' op is not lowered by prune-compile-gpu (it takes linalg / tensor / arith / scf / func with sparse_tensor weights; lower TOSA first)
