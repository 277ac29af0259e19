//===- LaunchGrid.cpp - The prune-gpu-launch-grid pass --------------------===//
//
// sparse-gpu-codegen launches every kernel on one block, i.e. on one of the
// GPU's streaming multiprocessors. Its kernels are grid-stride loops and so
// correct for any grid; this pass sizes the grid to the loop (and to the GPU)
// where it can prove that all of a kernel's writes happen inside that loop.
//
//===----------------------------------------------------------------------===//

#include "Prune/GpuLowering/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/Remarks.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#include "llvm/ADT/STLExtras.h"

namespace mlir::prune {
#define GEN_PASS_DEF_PRUNEGPULAUNCHGRID
#include "Prune/GpuLowering/Passes.h.inc"
} // namespace mlir::prune

using namespace mlir;

namespace {

template <typename OpTy>
bool isDimensionX(Value value) {
  auto op = value.getDefiningOp<OpTy>();
  return op && op.getDimension() == gpu::Dimension::x;
}

/// Whether `value` is `a * b` (either operand order) with `isA` / `isB`.
template <typename PredA, typename PredB>
bool isProductOf(Value value, PredA isA, PredB isB) {
  auto mul = value.getDefiningOp<arith::MulIOp>();
  if (!mul)
    return false;
  return (isA(mul.getLhs()) && isB(mul.getRhs())) ||
         (isA(mul.getRhs()) && isB(mul.getLhs()));
}

/// for i = blockIdx.x * blockDim.x + threadIdx.x; ...; i += blockDim.x *
/// gridDim.x: the loop every thread of any grid shares without overlap.
bool isGridStrideLoop(scf::ForOp loop) {
  if (!isProductOf(loop.getStep(), isDimensionX<gpu::BlockDimOp>,
                   isDimensionX<gpu::GridDimOp>))
    return false;
  auto add = loop.getLowerBound().getDefiningOp<arith::AddIOp>();
  if (!add)
    return false;
  auto isBlockOffset = [](Value v) {
    return isProductOf(v, isDimensionX<gpu::BlockIdOp>,
                       isDimensionX<gpu::BlockDimOp>);
  };
  return (isBlockOffset(add.getLhs()) &&
          isDimensionX<gpu::ThreadIdOp>(add.getRhs())) ||
         (isBlockOffset(add.getRhs()) &&
          isDimensionX<gpu::ThreadIdOp>(add.getLhs()));
}

/// Whether `op` itself (not its regions) may write memory.
bool mayWrite(Operation *op) {
  if (op->hasTrait<OpTrait::IsTerminator>())
    return false;
  if (auto effects = dyn_cast<MemoryEffectOpInterface>(op))
    return effects.hasEffect<MemoryEffects::Write>();
  // Ops whose effects are those of their regions are checked through them.
  return !op->hasTrait<OpTrait::HasRecursiveMemoryEffects>();
}

/// The kernel's single grid-stride loop, provided every write of the kernel
/// lies inside it; otherwise `reason` says why not.
scf::ForOp findGridStrideLoop(gpu::GPUFuncOp kernel, std::string &reason) {
  SmallVector<scf::ForOp> loops;
  kernel.walk([&](scf::ForOp loop) {
    if (isGridStrideLoop(loop))
      loops.push_back(loop);
  });
  if (loops.size() != 1) {
    reason = llvm::formatv("kernel has {0} grid-stride loops, expected 1",
                           loops.size())
                 .str();
    return nullptr;
  }
  scf::ForOp loop = loops.front();
  WalkResult writes = kernel.walk([&](Operation *op) {
    if (op == kernel.getOperation() || loop->isAncestor(op) || !mayWrite(op))
      return WalkResult::advance();
    reason = llvm::formatv("'{0}' may write memory outside the grid-stride "
                           "loop",
                           op->getName())
                 .str();
    return WalkResult::interrupt();
  });
  return writes.wasInterrupted() ? nullptr : loop;
}

struct PruneGpuLaunchGridPass
    : public prune::impl::PruneGpuLaunchGridBase<PruneGpuLaunchGridPass> {
  using Base::Base;

  void runOnOperation() override {
    if (sms == 0 || maxThreadsPerSM == 0) {
      getOperation().emitError()
          << "prune-gpu-launch-grid: sms and max-threads-per-sm must be "
             "positive";
      return signalPassFailure();
    }
    getOperation().walk([&](gpu::LaunchFuncOp launch) { resize(launch); });
  }

  void resize(gpu::LaunchFuncOp launch);
  void missed(gpu::LaunchFuncOp launch, const Twine &reason);
};

void PruneGpuLaunchGridPass::missed(gpu::LaunchFuncOp launch,
                                    const Twine &reason) {
  auto opts = remark::RemarkOpts::name("GridUnchanged")
                  .category(getArgument())
                  .subCategory(launch.getKernelName().getValue());
  remark::missed(launch.getLoc(), opts)
      << remark::reason("launch of @{0} left alone: {1}",
                        launch.getKernelName().getValue(), reason.str());
}

void PruneGpuLaunchGridPass::resize(gpu::LaunchFuncOp launch) {
  for (Value size : {launch.getGridSizeX(), launch.getGridSizeY(),
                     launch.getGridSizeZ()})
    if (!matchPattern(size, m_One()))
      return missed(launch, "the grid is not 1x1x1");
  if (launch.hasClusterSize())
    return missed(launch, "it has a cluster size");
  std::optional<int64_t> threads = getConstantIntValue(launch.getBlockSizeX());
  if (!threads || *threads <= 0)
    return missed(launch, "the block size is not a positive constant");
  auto kernel =
      SymbolTable::lookupNearestSymbolFrom<gpu::GPUFuncOp>(
          launch, launch.getKernel());
  if (!kernel)
    return missed(launch, "the kernel is not a gpu.func in this module");
  std::string reason;
  scf::ForOp loop = findGridStrideLoop(kernel, reason);
  if (!loop)
    return missed(launch, reason);

  // Blocks that fit on the GPU at once; more only queue up.
  int64_t perSM = std::max<int64_t>(1, maxThreadsPerSM / *threads);
  int64_t cap = static_cast<int64_t>(sms) * perSM;

  OpBuilder builder(launch);
  Location loc = launch.getLoc();
  Value grid;
  std::string how;
  Value bound = loop.getUpperBound();
  std::optional<int64_t> constantBound = getConstantIntValue(bound);
  auto blockArg = dyn_cast<BlockArgument>(bound);
  if (blocks > 0) {
    grid = arith::ConstantIndexOp::create(builder, loc, blocks);
    how = llvm::formatv("{0} blocks (blocks option)", blocks).str();
  } else if (constantBound) {
    int64_t n = llvm::divideCeil(std::max<int64_t>(*constantBound, 0), *threads);
    n = std::clamp<int64_t>(n, 1, cap);
    grid = arith::ConstantIndexOp::create(builder, loc, n);
    how = llvm::formatv("{0} blocks for {1} iterations (at most {2})", n,
                        *constantBound, cap)
              .str();
  } else if (blockArg &&
             blockArg.getOwner() == &kernel.getBody().front() &&
             blockArg.getArgNumber() < launch.getNumKernelOperands() &&
             launch.getKernelOperands()[blockArg.getArgNumber()]
                 .getType()
                 .isIndex()) {
    // The bound is a kernel argument: size the grid on the host from the
    // value passed for it, ceil(n / threads) clamped to [1, cap].
    Value n = launch.getKernelOperands()[blockArg.getArgNumber()];
    Value t = arith::ConstantIndexOp::create(builder, loc, *threads);
    Value one = arith::ConstantIndexOp::create(builder, loc, 1);
    Value max = arith::ConstantIndexOp::create(builder, loc, cap);
    Value need = arith::CeilDivUIOp::create(builder, loc, n, t);
    grid = arith::MinUIOp::create(
        builder, loc, arith::MaxUIOp::create(builder, loc, need, one), max);
    how = llvm::formatv("ceil(n / {0}) blocks, at most {1}, n from kernel "
                        "argument {2}",
                        *threads, cap, blockArg.getArgNumber())
              .str();
  } else {
    grid = arith::ConstantIndexOp::create(builder, loc, cap);
    how = llvm::formatv("{0} blocks (loop bound unknown on the host)", cap)
              .str();
  }
  launch.getGridSizeXMutable().assign(grid);

  auto opts = remark::RemarkOpts::name("GridResized")
                  .category(getArgument())
                  .subCategory(launch.getKernelName().getValue());
  remark::passed(loc, opts) << remark::add(
      "launch of @{0}: {1} of {2} threads", launch.getKernelName().getValue(),
      how, *threads);
}

} // namespace
