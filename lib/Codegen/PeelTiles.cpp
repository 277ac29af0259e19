//===- PeelTiles.cpp - Static tiles for prune-vectorize-dense -------------===//
//
// prune-vectorize-dense vectorizes tiles at static sizes only: a masked tile
// lowers a contraction one element at a time and keeps its accumulator in
// memory, and its masked-off rows may address memory past the buffer. This
// file peels the loops of a tiled op so that every tile is static: the
// partial last tile of each loop, and the remainder of a dynamic loop (a
// dynamic batch) in tiles of halving sizes.
//
//===----------------------------------------------------------------------===//

#include "Prune/Codegen/Passes.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/SCF/Transforms/Transforms.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "llvm/Support/MathExtras.h"

using namespace mlir;

/// Makes `loop` (a peeled loop's partial iteration: one iteration, its
/// tiles sized from `ub - iv`) step by `step`, with tiles of at most `step`:
/// inside the loop, `ub` becomes min(ub, iv + step) (iv + 1 for a step of
/// 1). False, with nothing changed, where `ub` has a use inside the loop
/// other than a tile size or bound (an affine.min or affine.apply of `ub`
/// and `iv` alone).
static bool restep(RewriterBase &rewriter, scf::ForOp loop, int64_t step) {
  Value ub = loop.getUpperBound(), iv = loop.getInductionVar();
  SmallVector<OpOperand *> sizeUses;
  for (OpOperand &use : ub.getUses()) {
    Operation *owner = use.getOwner();
    if (!loop->isProperAncestor(owner))
      continue;
    if (!isa<affine::AffineMinOp, affine::AffineApplyOp>(owner) ||
        llvm::any_of(owner->getOperands(),
                     [&](Value v) { return v != ub && v != iv; }))
      return false;
    sizeUses.push_back(&use);
  }
  Location loc = loop.getLoc();
  rewriter.setInsertionPointToStart(loop.getBody());
  AffineExpr d0 = rewriter.getAffineDimExpr(0);
  Value bound;
  if (step == 1) {
    bound = affine::AffineApplyOp::create(
        rewriter, loc, AffineMap::get(1, 0, d0 + 1), ValueRange{iv});
  } else {
    AffineExpr s0 = rewriter.getAffineSymbolExpr(0);
    bound = affine::AffineMinOp::create(
        rewriter, loc,
        AffineMap::get(1, 1, {s0, d0 + step}, rewriter.getContext()),
        ValueRange{iv, ub});
  }
  for (OpOperand *use : sizeUses)
    rewriter.modifyOpInPlace(use->getOwner(), [&] { use->set(bound); });
  rewriter.setInsertionPoint(loop);
  Value stepValue = arith::ConstantIndexOp::create(rewriter, loc, step);
  rewriter.modifyOpInPlace(loop,
                           [&] { loop.getStepMutable().assign(stepValue); });
  return true;
}

/// Splits a peeled loop's partial iteration of dynamic size (the rows past
/// a dynamic batch's last full tile) into tiles of half, a quarter, ...
/// of its step, down to one row, each stage peeled, so that every tile is
/// static and vectorizes unmasked: a masked tile's masked-off rows have
/// addresses past the buffer, and on AMD's AVX-512 (Zen 4) a masked access
/// that touches an unmapped page takes a microcode assist - a 960x1280
/// layer at a dynamic batch of 3 rows took 163 ms instead of 0.2, depending
/// on where the buffer happened to end. Halving rather than single rows
/// keeps the weight's reads per remainder to a few (7 rows: 4 + 2 + 1).
static void splitDynamicRemainder(RewriterBase &rewriter, scf::ForOp partial) {
  std::optional<int64_t> step = getConstantIntValue(partial.getStep());
  if (!step || *step <= 1)
    return;
  for (int64_t half = llvm::PowerOf2Ceil(*step) / 2; half > 1; half /= 2) {
    if (!restep(rewriter, partial, half))
      return;
    // Not peeled, its last tile could be partial: it is then cut into
    // single rows too.
    scf::ForOp rest;
    if (failed(scf::peelForLoopAndSimplifyBounds(rewriter, partial, rest)))
      break;
    partial = rest;
  }
  (void)restep(rewriter, partial, 1);
}

void mlir::prune::peelTileLoops(RewriterBase &rewriter,
                                ArrayRef<LoopLikeOpInterface> loops) {
  // Loops whose last tile may be partial (a dynamic batch, a size the tile
  // does not divide) are peeled: the main loop's tiles have static sizes and
  // vectorize without masks (so their accumulators can be hoisted). A
  // partial iteration of static bounds is inlined, so that its tile has
  // static sizes too; a dynamic one is split into static tiles of halving
  // sizes (splitDynamicRemainder). Inner loops first, so that the partial
  // iteration of an outer loop copies their peeled, static tiles (a direct
  // convolution's channel remainder inside its column remainder).
  for (LoopLikeOpInterface loop : llvm::reverse(loops)) {
    auto forOp = dyn_cast<scf::ForOp>(loop.getOperation());
    scf::ForOp partial;
    if (!forOp ||
        failed(scf::peelForLoopAndSimplifyBounds(rewriter, forOp, partial)))
      continue;
    if (failed(partial.promoteIfSingleIteration(rewriter)))
      splitDynamicRemainder(rewriter, partial);
  }
}
