//===- OutlineLoops.h - Loop nests of huge functions, outlined --*- C++ -*-===//
//
// A model lowers to one function with a loop nest per layer. LLVM's -O3 loop
// analyses are superlinear in a function's size (ScalarEvolution walks the
// dominator chain of every loop), so a DenseNet-121 of 4400 loops spends
// minutes there. Moving each top-level loop nest of such a function into a
// function of its own keeps every analysis local to one layer.
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_SUPPORT_OUTLINELOOPS_H
#define PRUNE_SUPPORT_OUTLINELOOPS_H

#include "llvm/Support/Error.h"

#include <functional>

namespace llvm {
class Module;
class TargetMachine;
} // namespace llvm

namespace mlir::prune {

/// Functions with more loops than this have their loop nests outlined.
/// Models below it (ResNet-50 has about 1000) keep one function, where LLVM
/// sees that distinct allocations do not alias.
constexpr unsigned kMaxLoopsPerFunction = 2000;

/// Moves each top-level loop of every function with more than `maxLoops`
/// loops into a new internal, never-inlined function (none when `maxLoops`
/// is 0). Returns how many loops were outlined.
unsigned outlineLoopsOfLargeFunctions(llvm::Module &module, unsigned maxLoops);

/// mlir::makeOptimizingTransformer, after outlineLoopsOfLargeFunctions.
std::function<llvm::Error(llvm::Module *)>
makeModelOptimizer(unsigned optLevel, llvm::TargetMachine *targetMachine,
                   unsigned maxLoopsPerFunction = kMaxLoopsPerFunction);

} // namespace mlir::prune

#endif // PRUNE_SUPPORT_OUTLINELOOPS_H
