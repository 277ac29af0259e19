//===- VectorizeSparse.cpp - The prune-vectorize-sparse pass
//---------------===//
//
// Upstream's sparse vectorization, loop by loop: loops that read a dense
// operand through sparse coordinates are vectorized with vector.gather or
// left to LLVM's loop vectorizer, as the `gathers` option says.
//
//===----------------------------------------------------------------------===//

#include "Prune/Codegen/Passes.h"
#include "Prune/Support/HostCpu.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/SparseTensor/Transforms/Passes.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/Dialect/Vector/Transforms/VectorRewritePatterns.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

#include "llvm/ADT/bit.h"

#include <map>

namespace mlir::prune {
#define GEN_PASS_DEF_PRUNEVECTORIZESPARSE
#include "Prune/Codegen/Passes.h.inc"
} // namespace mlir::prune

using namespace mlir;

namespace {

/// The attribute the sparsifier puts on the loops it emits, which upstream's
/// vectorizer requires (LoopEmitter::getLoopEmitterLoopAttrName, in a header
/// that MLIR does not install).
constexpr StringLiteral kSparsifierLoopAttr = "Emitted from";

/// Whether `value`, used in `loop`'s body, is computed there from something
/// the body loads: a coordinate, as opposed to the induction variable or a
/// value from outside the loop.
static bool dependsOnLoadIn(Value value, scf::ForOp loop) {
  Operation *def = value.getDefiningOp();
  if (!def || !loop->isProperAncestor(def))
    return false;
  if (isa<memref::LoadOp>(def))
    return true;
  return llvm::any_of(def->getOperands(), [&](Value operand) {
    return dependsOnLoadIn(operand, loop);
  });
}

/// Whether `memref`'s innermost stride is statically 1: vector.gather lowers
/// to LLVM only from such memrefs (a strided view of a sliced activation has
/// a dynamic one).
static bool hasUnitInnerStride(Value memref) {
  auto type = dyn_cast<MemRefType>(memref.getType());
  SmallVector<int64_t> strides;
  int64_t offset;
  return type && succeeded(type.getStridesAndOffset(strides, offset)) &&
         (strides.empty() || strides.back() == 1);
}

/// Whether vectorizing the innermost `loop` would gather (or scatter): some
/// memory access in it is subscripted by a loaded coordinate. With
/// `fromStridedOnly`, only such accesses to memrefs without a unit innermost
/// stride count.
static bool accessesThroughCoordinates(scf::ForOp loop,
                                       bool fromStridedOnly = false) {
  WalkResult result = loop.getBody()->walk([&](Operation *op) {
    ValueRange indices;
    Value memref;
    if (auto load = dyn_cast<memref::LoadOp>(op)) {
      indices = load.getIndices();
      memref = load.getMemRef();
    } else if (auto store = dyn_cast<memref::StoreOp>(op)) {
      indices = store.getIndices();
      memref = store.getMemRef();
    }
    if (fromStridedOnly && memref && hasUnitInnerStride(memref))
      return WalkResult::advance();
    for (Value index : indices)
      if (dependsOnLoadIn(index, loop))
        return WalkResult::interrupt();
    return WalkResult::advance();
  });
  return result.wasInterrupted();
}

/// Lets LLVM reassociate `loop`'s floating-point sum reductions and fuse
/// their products into FMAs: its loop vectorizer then keeps several partial
/// sums, loading gathered lanes one by one or with the target's gather
/// instruction as its cost model says. A scalar sum waits about four cycles
/// per nonzero on one add.
static void allowReassociation(scf::ForOp loop) {
  auto yield = cast<scf::YieldOp>(loop.getBody()->getTerminator());
  auto flags = arith::FastMathFlags::reassoc | arith::FastMathFlags::contract;
  for (auto [iterArg, next] :
       llvm::zip(loop.getRegionIterArgs(), yield.getOperands())) {
    auto add = next.getDefiningOp<arith::AddFOp>();
    if (!add || !llvm::is_contained(add->getOperands(), iterArg))
      continue;
    add.setFastmath(add.getFastmath() | flags);
    for (Value term : add->getOperands())
      if (auto mul = term.getDefiningOp<arith::MulFOp>())
        if (loop->isProperAncestor(mul))
          mul.setFastmath(mul.getFastmath() | flags);
  }
}

static bool isInnermost(scf::ForOp loop) {
  WalkResult result = loop.getBody()->walk(
      [](LoopLikeOpInterface) { return WalkResult::interrupt(); });
  return !result.wasInterrupted();
}

/// What `gathers=auto` means on this host. On an AVX2 EPYC, the 90% CSR wide
/// MLP (1024-4096-4096-1024) at batch 1 took 7.7 ms with vector.gather and
/// 1.9 ms through LLVM (dense 8.4). With AVX-512, vector.gather was measured
/// fast before and `llvm` has not been measured, so it stays.
static StringRef getHostGathers() {
  return prune::hostHasAVX512() ? "vector" : "llvm";
}

struct PruneVectorizeSparsePass
    : public prune::impl::PruneVectorizeSparseBase<PruneVectorizeSparsePass> {
  using Base::Base;

  void runOnOperation() override {
    StringRef mode = gathers;
    if (mode == "auto")
      mode = getHostGathers();
    if (mode != "vector" && mode != "llvm") {
      emitError(getOperation().getLoc())
          << "prune-vectorize-sparse: gathers must be auto, vector or llvm, "
             "not '"
          << gathers << "'";
      return signalPassFailure();
    }
    if (vectorLength == 0)
      return;

    // The innermost loops the sparsifier emitted; the vectorizer takes those
    // of unit step and a body it can analyze. Each at its vector length.
    std::map<int64_t, SmallVector<Operation *>> loopsByLength;
    getOperation().walk([&](scf::ForOp loop) {
      if (!loop->hasAttr(kSparsifierLoopAttr) || !isInnermost(loop))
        return;
      // A gather from a memref whose innermost stride is not 1 would not
      // lower: such loops are left to LLVM as in gathers=llvm.
      bool gathers = accessesThroughCoordinates(loop);
      bool vectorGathers =
          mode == "vector" &&
          !accessesThroughCoordinates(loop, /*fromStridedOnly=*/true);
      if (!gathers || vectorGathers)
        loopsByLength[getVectorLength(loop)].push_back(loop);
      else if (reassociate)
        allowReassociation(loop);
    });

    MLIRContext *context = &getContext();
    for (auto &[length, loops] : loopsByLength) {
      RewritePatternSet patterns(context);
      populateSparseVectorizationPatterns(patterns, length,
                                          /*enableVLAVectorization=*/false,
                                          /*enableSIMDIndex32=*/false);
      vector::populateVectorToVectorCanonicalizationPatterns(patterns);
      GreedyRewriteConfig config;
      config.setStrictness(GreedyRewriteStrictness::ExistingAndNewOps);
      // As upstream's sparse-vectorization: a loop left scalar is not an
      // error.
      (void)applyOpPatternsGreedily(loops, std::move(patterns), config);
    }
  }

private:
  /// `vector-length`, or for a loop of fewer constant iterations (a batch of
  /// 8 innermost in a batch-inner CSR product, on 16 lanes) the largest
  /// power of two within them: a whole vector instead of a masked one, whose
  /// masked loads and stores of the accumulator LLVM does not keep in
  /// registers across the nonzeros.
  int64_t getVectorLength(scf::ForOp loop) const {
    std::optional<APInt> tripCount = loop.getStaticTripCount();
    int64_t trips = tripCount ? tripCount->getSExtValue() : 0;
    if (trips < 2 || trips >= vectorLength)
      return vectorLength;
    return static_cast<int64_t>(llvm::bit_floor(static_cast<uint64_t>(trips)));
  }
};

} // namespace
