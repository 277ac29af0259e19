//===- HostCpu.cpp - What the host CPU offers code generation -------------===//

#include "Prune/Support/HostCpu.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/TargetParser/Host.h"

bool mlir::prune::hostHasAVX512() {
  llvm::StringMap<bool> features = llvm::sys::getHostCPUFeatures();
  return features.lookup("avx512f");
}
