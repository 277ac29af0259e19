//===- HostCpu.h - What the host CPU offers code generation -----*- C++ -*-===//
//
// Code built by prune-compile runs on the machine that compiles it
// (prune-emit-object and `clang -march=native` target the host), so the
// choices that depend on the vector unit ask the host.
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_SUPPORT_HOSTCPU_H
#define PRUNE_SUPPORT_HOSTCPU_H

namespace mlir::prune {

/// Whether the host CPU has AVX-512F (32 vector registers, fast gathers).
bool hostHasAVX512();

} // namespace mlir::prune

#endif // PRUNE_SUPPORT_HOSTCPU_H
