//===- PruneLowerObserve.cpp - The prune-lower-observe pass ---------------===//
//
// Turns `prune.observe` probes into calls of libPruneRuntime.so, on tensors,
// so that the result goes through the stock bufferizing pipelines.
//
//===----------------------------------------------------------------------===//

#include "Prune/Calibration/Instrumentation.h"
#include "Prune/Dialect/PruneDialect.h"
#include "Prune/Transforms/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"

namespace mlir::prune {
#define GEN_PASS_DEF_PRUNELOWEROBSERVE
#include "Prune/Transforms/Passes.h.inc"
} // namespace mlir::prune

using namespace mlir;
using namespace mlir::prune;

namespace {
struct PruneLowerObservePass
    : public prune::impl::PruneLowerObserveBase<PruneLowerObservePass> {
  using Base::Base;

  void runOnOperation() override {
    if (failed(lowerObserveOps(getOperation())))
      signalPassFailure();
  }
};
} // namespace
