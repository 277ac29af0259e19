//===- ApproximateMath.cpp - The prune-approximate-math pass --------------===//
//
// Replaces f32 math functions without a vector instruction (erf, exp, tanh,
// ...) by polynomial approximations, so that vectorized code stays vector
// code instead of one libm call per element: upstream's, and for exp one of
// our own that is within an ulp of libm's.
//
//===----------------------------------------------------------------------===//

#include "Prune/Codegen/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Math/Transforms/Approximation.h"
#include "mlir/Dialect/Math/Transforms/Passes.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "llvm/ADT/StringSet.h"

namespace mlir::prune {
#define GEN_PASS_DEF_PRUNEAPPROXIMATEMATH
#include "Prune/Codegen/Passes.h.inc"
} // namespace mlir::prune

using namespace mlir;

namespace {

/// exp(x) = 2^k e^r with k = round(x / ln 2) and r = x - k ln 2, ln 2 in two
/// parts (Cody-Waite) so that r is exact; e^r on |r| <= ln 2 / 2 by Cephes'
/// expf polynomial; 2^k as two halves 2^(k/2) 2^(k - k/2), each a normal
/// float for every k in [-150, 128], so that subnormal results are rounded
/// once and overflow is +inf. Against exp in double on every 61st float of
/// [-110, 90] (36.7M values): 1.003 ulp at most, and never more than one
/// ulp from libm's expf (test/Integration/PruneCompile/exp-accuracy.test).
struct AccurateExpApproximation : public OpRewritePattern<math::ExpOp> {
  AccurateExpApproximation(MLIRContext *context, bool onlyVectors)
      : OpRewritePattern(context), onlyVectors(onlyVectors) {}

  LogicalResult matchAndRewrite(math::ExpOp op,
                                PatternRewriter &rewriter) const override {
    Type type = op.getType();
    if (!getElementTypeOrSelf(type).isF32())
      return rewriter.notifyMatchFailure(op, "not f32");
    if (onlyVectors && !isa<VectorType>(type))
      return rewriter.notifyMatchFailure(op, "scalar");
    Location loc = op.getLoc();
    Type intType = rewriter.getI32Type();
    if (auto vector = dyn_cast<VectorType>(type))
      intType = vector.clone(intType);
    auto f32 = [&](float value) {
      return createScalarOrSplatConstant(rewriter, loc, type, APFloat(value));
    };
    auto i32 = [&](int64_t value) {
      return createScalarOrSplatConstant(rewriter, loc, intType, value);
    };
    auto fma = [&](Value a, Value b, Value c) -> Value {
      return math::FmaOp::create(rewriter, loc, a, b, c);
    };
    auto select = [&](arith::CmpFPredicate predicate, Value a, Value b,
                      Value ifTrue, Value ifFalse) -> Value {
      Value cond = arith::CmpFOp::create(rewriter, loc, predicate, a, b);
      return arith::SelectOp::create(rewriter, loc, cond, ifTrue, ifFalse);
    };

    Value x = op.getOperand();
    // Under -104 the result rounds to 0, over ln(FLT_MAX) = 88.7228 it is
    // +inf: clamped to -104 and 88.8 (k = -150 and 128), the same code
    // gives both. The comparisons are false on NaN, which stays.
    Value lo = f32(-104.0f), hi = f32(88.8f);
    Value clamped = select(arith::CmpFPredicate::OLT, x, lo, lo, x);
    clamped = select(arith::CmpFPredicate::OGT, clamped, hi, hi, clamped);
    Value k = math::RoundEvenOp::create(
        rewriter, loc,
        arith::MulFOp::create(rewriter, loc, clamped,
                              f32(1.44269504088896341f)));
    Value r = fma(k, f32(-0.693359375f), clamped);
    r = fma(k, f32(2.12194440e-4f), r);
    Value p = f32(1.9875691500e-4f);
    for (float c : {1.3981999507e-3f, 8.3334519073e-3f, 4.1665795894e-2f,
                    1.6666665459e-1f, 5.0000001201e-1f})
      p = fma(p, r, f32(c));
    Value r2 = arith::MulFOp::create(rewriter, loc, r, r);
    p = arith::AddFOp::create(rewriter, loc, fma(p, r2, r), f32(1.0f));

    Value ki = arith::FPToSIOp::create(rewriter, loc, intType, k);
    Value k1 = arith::ShRSIOp::create(rewriter, loc, ki, i32(1));
    Value k2 = arith::SubIOp::create(rewriter, loc, ki, k1);
    auto powerOfTwo = [&](Value exponent) -> Value {
      Value biased = arith::AddIOp::create(rewriter, loc, exponent, i32(127));
      Value bits = arith::ShLIOp::create(rewriter, loc, biased, i32(23));
      return arith::BitcastOp::create(rewriter, loc, type, bits);
    };
    Value result = arith::MulFOp::create(
        rewriter, loc, arith::MulFOp::create(rewriter, loc, p, powerOfTwo(k1)),
        powerOfTwo(k2));
    // NaN in, NaN out (k, and so the scale, is meaningless for it).
    result = select(arith::CmpFPredicate::UNO, x, x, x, result);
    rewriter.replaceOp(op, result);
    return success();
  }

private:
  bool onlyVectors;
};

/// What prune-compile approximates by default: the functions of GELU (erf,
/// or tanh in its approximate form), and exp on vectors (softmax's), where
/// each element would be a libm call. A scalar exp stays libm's: as fast,
/// and a boosted-tree ensemble's sigmoid, scalar, then matches XGBoost's
/// bit for bit (its 1 - p cancels: one ulp of p is 6.4e-6 of 1 - p).
static constexpr StringLiteral kDefaultOps[] = {"erf", "tanh"};

struct PruneApproximateMathPass
    : public prune::impl::PruneApproximateMathBase<PruneApproximateMathPass> {
  using Base::Base;

  void runOnOperation() override {
    bool defaults = ops.empty();
    llvm::StringSet<> names;
    if (defaults)
      names.insert(std::begin(kDefaultOps), std::end(kDefaultOps));
    else
      names.insert(ops.begin(), ops.end());
    // Upstream's predicate gets full names ("math.erf"); exp is ours.
    auto upstreamSelected = [&](StringRef name) {
      name.consume_front("math.");
      return name != "exp" && names.contains(name);
    };
    auto isApproximated = [&](Operation *op) {
      if (!isa_and_present<math::MathDialect>(op->getDialect()) ||
          !llvm::all_of(op->getResultTypes(), [](Type type) {
            return getElementTypeOrSelf(type).isF32();
          }))
        return false;
      if (isa<math::ExpOp>(op))
        return names.contains("exp") ||
               (defaults && isa<VectorType>(op->getResult(0).getType()));
      return upstreamSelected(op->getName().getStringRef());
    };
    int64_t before = 0;
    getOperation()->walk([&](Operation *op) { before += isApproximated(op); });
    RewritePatternSet patterns(&getContext());
    if (defaults || names.contains("exp"))
      prune::populateAccurateExpApproximationPatterns(patterns,
                                                      /*onlyVectors=*/defaults);
    populateMathPolynomialApproximationPatterns(patterns, upstreamSelected);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      return signalPassFailure();
    int64_t after = 0;
    getOperation()->walk([&](Operation *op) { after += isApproximated(op); });
    numApproximated += before - after;
  }
};

} // namespace

void prune::populateAccurateExpApproximationPatterns(
    RewritePatternSet &patterns, bool onlyVectors) {
  patterns.add<AccurateExpApproximation>(patterns.getContext(), onlyVectors);
}
