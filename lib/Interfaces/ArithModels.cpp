//===- ArithModels.cpp - Pruning interfaces for arith and math ops --------===//
//
// External models of ValueFlowOpInterface for the scalar (and tensor) ops of
// the arith and math dialects: the bodies of elementwise linalg ops are
// evaluated through them, and tensor arith after a layer can be its bias.
// Comparisons give [1, 1] (true), [0, 0] (false) or [0, 1] (unknown), which
// arith.select reads.
//
//===----------------------------------------------------------------------===//

#include "ModelUtils.h"

#include "Prune/Interfaces/ExternalModels.h"
#include "Prune/Interfaces/ValueFlowOpInterface.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/IR/DialectRegistry.h"

#include <cmath>

using namespace mlir;
using namespace mlir::prune;

namespace {
template <typename OpTy, ElementwiseKind Kind>
struct BinaryFlowModel
    : public ValueFlowOpInterface::ExternalModel<BinaryFlowModel<OpTy, Kind>,
                                                 OpTy> {
  ZeroRule getZeroRule(Operation *op) const {
    return getBinaryZeroRule(Kind, op->getOperand(0), op->getOperand(1));
  }
  Interval inferInterval(Operation *op, ArrayRef<Interval> x) const {
    return getBinaryInterval(Kind, x[0], x[1]);
  }
  ElementwiseKind getElementwiseKind(Operation *op) const { return Kind; }
  bool isElementwiseIn(Operation *op, unsigned operandIndex) const {
    return true;
  }
};

/// negf, extf, truncf: zero maps to zero.
template <typename OpTy>
struct ZeroPreservingUnaryFlowModel
    : public ValueFlowOpInterface::ExternalModel<
          ZeroPreservingUnaryFlowModel<OpTy>, OpTy> {
  ZeroRule getZeroRule(Operation *op) const {
    return ZeroRule::allZero({op->getOperand(0)});
  }
  Interval inferInterval(Operation *op, ArrayRef<Interval> x) const {
    if constexpr (std::is_same_v<OpTy, arith::NegFOp>)
      return interval::negate(x[0]);
    return {};
  }
  ElementwiseKind getElementwiseKind(Operation *op) const {
    return ElementwiseKind::Unary;
  }
  bool isElementwiseIn(Operation *op, unsigned operandIndex) const {
    return true;
  }
};

template <typename OpTy>
struct MonotoneFlowModel
    : public ValueFlowOpInterface::ExternalModel<MonotoneFlowModel<OpTy>,
                                                 OpTy> {
  Interval inferInterval(Operation *op, ArrayRef<Interval> x) const {
    if constexpr (std::is_same_v<OpTy, math::TanhOp>)
      return interval::monotone(x[0], [](double v) { return std::tanh(v); });
    else
      return interval::monotone(x[0], [](double v) { return std::exp(v); });
  }
};

struct ConstantFlowModel
    : public ValueFlowOpInterface::ExternalModel<ConstantFlowModel,
                                                 arith::ConstantOp> {
  Interval inferInterval(Operation *op, ArrayRef<Interval>) const {
    if (auto value = dyn_cast<FloatAttr>(cast<arith::ConstantOp>(op).getValue()))
      return Interval::point(value.getValueAsDouble());
    return {};
  }
};

struct CmpFFlowModel
    : public ValueFlowOpInterface::ExternalModel<CmpFFlowModel,
                                                 arith::CmpFOp> {
  Interval inferInterval(Operation *op, ArrayRef<Interval> x) const {
    Interval a = x[0], b = x[1];
    using P = arith::CmpFPredicate;
    P predicate = cast<arith::CmpFOp>(op).getPredicate();
    switch (predicate) {
    case P::OGT:
    case P::UGT:
    case P::OGE:
    case P::UGE: {
      bool strict = predicate == P::OGT || predicate == P::UGT;
      if (strict ? a.lo > b.hi : a.lo >= b.hi)
        return Interval::point(1.0);
      if (strict ? a.hi <= b.lo : a.hi < b.lo)
        return Interval::point(0.0);
      break;
    }
    case P::OLT:
    case P::ULT:
    case P::OLE:
    case P::ULE: {
      bool strict = predicate == P::OLT || predicate == P::ULT;
      if (strict ? a.hi < b.lo : a.hi <= b.lo)
        return Interval::point(1.0);
      if (strict ? a.lo >= b.hi : a.lo > b.hi)
        return Interval::point(0.0);
      break;
    }
    default:
      break;
    }
    return {0.0, 1.0};
  }
};

struct SelectFlowModel
    : public ValueFlowOpInterface::ExternalModel<SelectFlowModel,
                                                 arith::SelectOp> {
  Interval inferInterval(Operation *op, ArrayRef<Interval> x) const {
    Interval condition = x[0], ifTrue = x[1], ifFalse = x[2];
    if (condition == Interval::point(1.0))
      return ifTrue;
    if (condition == Interval::point(0.0))
      return ifFalse;
    return ifTrue.hull(ifFalse);
  }
};
} // namespace

void prune::registerArithExternalModels(DialectRegistry &registry) {
  registry.addExtension(+[](MLIRContext *ctx, arith::ArithDialect *dialect) {
    using K = ElementwiseKind;
    arith::AddFOp::attachInterface<BinaryFlowModel<arith::AddFOp, K::Add>>(
        *ctx);
    arith::SubFOp::attachInterface<BinaryFlowModel<arith::SubFOp, K::Sub>>(
        *ctx);
    arith::MulFOp::attachInterface<BinaryFlowModel<arith::MulFOp, K::Mul>>(
        *ctx);
    arith::MaximumFOp::attachInterface<
        BinaryFlowModel<arith::MaximumFOp, K::Maximum>>(*ctx);
    arith::MaxNumFOp::attachInterface<
        BinaryFlowModel<arith::MaxNumFOp, K::Maximum>>(*ctx);
    arith::MinimumFOp::attachInterface<
        BinaryFlowModel<arith::MinimumFOp, K::Minimum>>(*ctx);
    arith::MinNumFOp::attachInterface<
        BinaryFlowModel<arith::MinNumFOp, K::Minimum>>(*ctx);
    arith::NegFOp::attachInterface<ZeroPreservingUnaryFlowModel<arith::NegFOp>>(
        *ctx);
    arith::ExtFOp::attachInterface<ZeroPreservingUnaryFlowModel<arith::ExtFOp>>(
        *ctx);
    arith::TruncFOp::attachInterface<
        ZeroPreservingUnaryFlowModel<arith::TruncFOp>>(*ctx);
    arith::ConstantOp::attachInterface<ConstantFlowModel>(*ctx);
    arith::CmpFOp::attachInterface<CmpFFlowModel>(*ctx);
    arith::SelectOp::attachInterface<SelectFlowModel>(*ctx);
  });
  registry.addExtension(+[](MLIRContext *ctx, math::MathDialect *dialect) {
    math::TanhOp::attachInterface<MonotoneFlowModel<math::TanhOp>>(*ctx);
    math::ExpOp::attachInterface<MonotoneFlowModel<math::ExpOp>>(*ctx);
  });
}
