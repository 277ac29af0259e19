//===- Passes.h - mlir-prune code generation passes -------------*- C++ -*-===//
//
// Declarations and registration of the passes prune-compile runs around the
// upstream lowering (generated from Passes.td).
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_CODEGEN_PASSES_H
#define PRUNE_CODEGEN_PASSES_H

#include "Prune/Support/ParallelThresholds.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/LinalgInterfaces.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Interfaces/LoopLikeInterface.h"
#include "mlir/Pass/Pass.h"

namespace mlir {
namespace affine {
class AffineDialect;
} // namespace affine
namespace arith {
class ArithDialect;
} // namespace arith
namespace linalg {
class GenericOp;
class LinalgDialect;
} // namespace linalg
namespace math {
class MathDialect;
} // namespace math
namespace memref {
class MemRefDialect;
} // namespace memref
namespace scf {
class SCFDialect;
} // namespace scf
namespace tensor {
class TensorDialect;
} // namespace tensor
namespace tosa {
class TosaDialect;
} // namespace tosa
namespace vector {
class VectorDialect;
} // namespace vector
} // namespace mlir

namespace mlir::prune {

#define GEN_PASS_DECL
#include "Prune/Codegen/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "Prune/Codegen/Passes.h.inc"

/// Rewrites dense 2-D NHWC convolutions (conv_2d_nhwc_fhwc, conv_2d_nhwc_hwcf)
/// as a gather of their input windows and one linalg.matmul; those whose
/// filter takes at most `maxDirectFilterBytes` (and that are not 1x1 of
/// stride 1) stay convolutions, with an HWCF filter, for direct
/// vectorization (prune-conv-to-matmul).
void populateConvToMatmulPatterns(RewritePatternSet &patterns,
                                  int64_t maxDirectFilterBytes = 0);

/// Rewrites depthwise_conv_2d_nhwc_hwcm with a channel multiplier of 1 as
/// depthwise_conv_2d_nhwc_hwc, the 2-D form that upstream can narrow to the
/// vectorizable 1-D one, and folds a bias add after it into its accumulator
/// (prune-prepare-depthwise).
void populatePrepareDepthwisePatterns(RewritePatternSet &patterns);

/// Splits a depthwise_conv_2d_nhwc_hwc of a zero-padded input into a
/// convolution of the output's interior, which reads the unpadded input, and
/// of its border strips, each padding its own slice of the input
/// (prune-prepare-depthwise, after populatePrepareDepthwisePatterns).
void populatePeelDepthwisePaddingPatterns(RewritePatternSet &patterns);

/// Narrows a convolution tile of one output row and one filter row to the
/// 1-D convolution that linalg::vectorize handles (upstream's
/// decompositions): depthwise_conv_2d_nhwc_hwc to depthwise_conv_1d_nwc_wc,
/// conv_2d_nhwc_hwcf to conv_1d_nwc_wcf (prune-vectorize-dense); failure
/// for any other op or shape.
FailureOr<linalg::LinalgOp> narrowConvTile(RewriterBase &rewriter,
                                           linalg::LinalgOp tile);

/// Peels the loops of a tiled op (outermost first in `loops`) so that every
/// tile has static sizes: each loop's partial last tile, and the remainder
/// of a loop of dynamic size in tiles of half, a quarter, ... of the tile,
/// down to one (prune-vectorize-dense).
void peelTileLoops(RewriterBase &rewriter, ArrayRef<LoopLikeOpInterface> loops);

/// The producer of `init`, an op's accumulator, that the op's tiles can
/// compute in place (tile and fuse): an all-parallel linalg op on dense
/// tensors, such as the broadcast of the bias that the TOSA lowering writes
/// into a convolution's output before accumulating into it, used by nothing
/// else. Fused, each accumulator tile starts in registers (or in cache)
/// instead of in a pass over the whole output. Null for any other value.
linalg::LinalgOp getFusableInitProducer(Value init);

/// The elementwise consumer of `result` that the tiles computing it can
/// also compute (tile and fuse): its only user, an all-parallel
/// linalg.generic on dense tensors reading the whole of `result` in the
/// same order and writing a tensor of that shape, such as the ReLU (or
/// residual add and ReLU) after a convolution. Fused, each output tile is
/// written once, activated. Null for any other value.
linalg::GenericOp getFusableElementwiseUser(Value result);

/// getFusableInitProducer of a direct or depthwise convolution's
/// accumulator; null for other ops.
linalg::LinalgOp getFusableConvAccumulator(linalg::LinalgOp conv);

/// getFusableElementwiseUser of a direct or depthwise convolution's result;
/// null for other ops.
linalg::GenericOp getFusableConvEpilogue(linalg::LinalgOp conv);

/// Rewrites a tensor.pad of a constant (static padding; dynamic dimensions,
/// such as a batch, unpadded) into a linalg.copy of its source into the
/// interior of a tensor.empty and a linalg.fill of each border strip, so
/// that the interior is written once (prune-fill-pad-borders).
void populatePadToCopyAndBorderFillsPatterns(RewritePatternSet &patterns);

/// Completes and lowers vector.contract ops that upstream's lowerings leave
/// out: operands narrower than the accumulator are sign-extended (mixed
/// types defeat upstream's lowering of contracts with more than three
/// loops), and a float contract whose reductions all have size 1 becomes
/// one vector.fma of its operands broadcast to the accumulator's shape
/// (prune-vectorize-dense).
void populateDenseContractionLoweringPatterns(RewritePatternSet &patterns);

/// Replaces f32 math.exp (scalar or vector) by vector arithmetic within
/// 1.01 ulp of the exact value over the whole f32 range (libm's expf is
/// within 0.5): a Cody-Waite reduction by ln 2, Cephes' degree-7
/// polynomial and a scale by 2^k in two halves, so that results down to
/// the smallest subnormal are right. NaN, +-inf and overflow are as libm's.
/// Upstream's approximation is off by up to 6.4e-6 relative. With
/// `onlyVectors`, scalar exps are left alone (prune-approximate-math).
void populateAccurateExpApproximationPatterns(RewritePatternSet &patterns,
                                              bool onlyVectors = false);

} // namespace mlir::prune

#endif // PRUNE_CODEGEN_PASSES_H
