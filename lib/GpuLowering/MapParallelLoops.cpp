//===- MapParallelLoops.cpp - The prune-gpu-map-parallel-loops pass -------===//
//
// Dense ops reach the GPU as scf.parallel loops (convert-linalg-to-parallel-
// loops) that upstream's convert-parallel-loops-to-gpu turns into launches,
// given a mapping attribute. Upstream's greedy mapper gives each loop
// dimension a block or thread index in order, which puts one thread in a
// block for an untiled loop and runs a 4-D loop's last (contiguous)
// dimension sequentially. This pass tiles the last dimension by the block
// size and maps it to threadIdx.x, so that a warp reads 32 neighbouring
// elements.
//
//===----------------------------------------------------------------------===//

#include "Prune/GpuLowering/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/GPU/Transforms/ParallelLoopMapper.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/SCF/Transforms/Transforms.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/IR/Remarks.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::prune {
#define GEN_PASS_DEF_PRUNEGPUMAPPARALLELLOOPS
#include "Prune/GpuLowering/Passes.h.inc"
} // namespace mlir::prune

using namespace mlir;

namespace {

/// Block indices for the outer loop's dimensions, last dimension first;
/// dimensions beyond these loop inside the kernel.
constexpr gpu::Processor kBlockProcessors[] = {
    gpu::Processor::BlockX, gpu::Processor::BlockY, gpu::Processor::BlockZ};

constexpr int64_t kWarpSize = 32;

/// `processors[i]` for dimension i, with identity maps.
SmallVector<gpu::ParallelLoopDimMappingAttr>
makeMapping(MLIRContext *context, ArrayRef<gpu::Processor> processors) {
  AffineMap identity = AffineMap::getMultiDimIdentityMap(1, context);
  return llvm::map_to_vector(processors, [&](gpu::Processor processor) {
    return gpu::ParallelLoopDimMappingAttr::get(context, processor, identity,
                                                identity);
  });
}

struct PruneGpuMapParallelLoopsPass
    : public prune::impl::PruneGpuMapParallelLoopsBase<
          PruneGpuMapParallelLoopsPass> {
  using Base::Base;

  void runOnOperation() override {
    if (blockSize < 1 || blockSize > 1024) {
      emitError(getOperation().getLoc())
          << "prune-gpu-map-parallel-loops: block-size="
          << static_cast<unsigned>(blockSize) << " is outside [1, 1024]";
      return signalPassFailure();
    }
    SmallVector<scf::ParallelOp> loops;
    getOperation().walk<WalkOrder::PreOrder>([&](scf::ParallelOp loop) {
      if (std::optional<StringRef> why = whyNotMapped(loop)) {
        missed(loop, *why);
        return WalkResult::skip();
      }
      loops.push_back(loop);
      return WalkResult::skip();
    });
    for (scf::ParallelOp loop : loops)
      if (failed(map(loop)))
        return signalPassFailure();
    // Tiling multiplies steps by constants with arith.muli; the conversion
    // to launches needs the inner loops' bounds as constants. Folding only:
    // scf.parallel's canonicalization would rebuild the loops without their
    // mapping.
    if (failed(
            applyPatternsGreedily(getOperation(), FrozenRewritePatternSet())))
      return signalPassFailure();
  }

  /// Why `loop` stays on the host, if it does.
  std::optional<StringRef> whyNotMapped(scf::ParallelOp loop) {
    if (loop->hasAttr(gpu::getMappingAttrName()))
      return "already mapped";
    if (loop.getNumReductions() != 0)
      return "it has reductions (scf.reduce operands)";
    if (loop->getParentOfType<gpu::LaunchOp>())
      return "it is inside a gpu.launch";
    return std::nullopt;
  }

  void missed(scf::ParallelOp loop, StringRef why) {
    auto opts = remark::RemarkOpts::name("LoopOnHost").category(getArgument());
    remark::missed(loop.getLoc(), opts)
        << remark::reason("parallel loop left on the host: {0}", why);
  }

  /// Threads per block: `block-size`, or fewer for a short last dimension
  /// (whole warps covering it), so that no block is mostly idle threads.
  int64_t threadsFor(scf::ParallelOp loop) {
    std::optional<int64_t> lower =
        getConstantIntValue(loop.getLowerBound().back());
    std::optional<int64_t> upper =
        getConstantIntValue(loop.getUpperBound().back());
    std::optional<int64_t> step = getConstantIntValue(loop.getStep().back());
    int64_t threads = blockSize;
    if (lower && upper && step && *step > 0) {
      int64_t trips = llvm::divideCeil(*upper - *lower, *step);
      threads = std::min<int64_t>(threads, llvm::alignTo(trips, kWarpSize));
    }
    return std::max<int64_t>(threads, 1);
  }

  LogicalResult map(scf::ParallelOp loop) {
    unsigned rank = loop.getNumLoops();
    SmallVector<int64_t> tileSizes(rank, 1);
    tileSizes.back() = threadsFor(loop);
    auto [outer, inner] =
        scf::tileParallelLoop(loop, tileSizes, /*noMinMaxBounds=*/true);

    MLIRContext *context = &getContext();
    SmallVector<gpu::Processor> blocks(rank, gpu::Processor::Sequential);
    SmallVector<gpu::Processor> threads(rank, gpu::Processor::Sequential);
    for (unsigned i = 0; i < rank && i < std::size(kBlockProcessors); ++i)
      blocks[rank - 1 - i] = kBlockProcessors[i];
    threads.back() = gpu::Processor::ThreadX;
    if (failed(gpu::setMappingAttr(outer, makeMapping(context, blocks))) ||
        failed(gpu::setMappingAttr(inner, makeMapping(context, threads))))
      return failure();

    auto opts = remark::RemarkOpts::name("LoopMapped").category(getArgument());
    remark::passed(outer.getLoc(), opts)
        << remark::add("{0}-D parallel loop on the GPU: {1} threads per block",
                       rank, tileSizes.back());
    return success();
  }
};

} // namespace
