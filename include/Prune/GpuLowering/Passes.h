//===- Passes.h - mlir-prune GPU lowering passes ----------------*- C++ -*-===//
//
// Declarations and registration of the passes that adjust the GPU code MLIR's
// sparsifier generates (generated from Passes.td).
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_GPULOWERING_PASSES_H
#define PRUNE_GPULOWERING_PASSES_H

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/Pass.h"

namespace mlir::prune {

#define GEN_PASS_DECL
#include "Prune/GpuLowering/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "Prune/GpuLowering/Passes.h.inc"

} // namespace mlir::prune

#endif // PRUNE_GPULOWERING_PASSES_H
