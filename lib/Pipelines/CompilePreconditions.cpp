//===- CompilePreconditions.cpp - What prune-compile cannot lower ---------===//
//
// Upstream's TOSA lowerings (tosa-optional-decompositions, tosa-infer-shapes,
// tosa-to-linalg-named, tosa-to-linalg; MLIR 22) assume what their verifiers
// do not enforce: integer or float element types, and ranked operands. Given
// a `!quant.uniform` convolution or an unranked tosa.transpose_conv2d,
// tosa.resize, tosa.max_pool2d, tosa.clamp, ... they dereference null types
// and crash. prune-compile checks the input first and rejects what they
// cannot take, at the op that carries it.
//
//===----------------------------------------------------------------------===//

#include "Prune/Pipelines/CompilePreconditions.h"

#include "mlir/Dialect/Quant/IR/QuantTypes.h"
#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/Interfaces/FunctionInterfaces.h"
#include "mlir/Interfaces/InferTypeOpInterface.h"

using namespace mlir;

namespace {

static bool isTosaOp(Operation *op) {
  return isa_and_nonnull<tosa::TosaDialect>(op->getDialect());
}

/// Finds, for an unranked tensor value, the value that leaves it unranked
/// after tosa-infer-shapes: inference ranks the results of TOSA ops from
/// their operands, so the source is an unranked function argument or the
/// result of a non-TOSA op. Ranked values (and non-tensors) have none.
class UnrankedSources {
public:
  /// The value `value`'s missing rank comes from, or null if it has a rank
  /// or inference gives it one.
  Value find(Value value) {
    if (!isa<UnrankedTensorType>(value.getType()))
      return {};
    auto [it, inserted] = sources.try_emplace(value, Value());
    if (!inserted)
      return it->second;
    Value source = value;
    if (auto arg = dyn_cast<BlockArgument>(value)) {
      // Arguments of TOSA control-flow regions are inferred with the op.
      if (isTosaOp(arg.getOwner()->getParentOp()))
        source = {};
    } else if (Operation *producer = value.getDefiningOp();
               isTosaOp(producer) &&
               isa<InferShapedTypeOpInterface>(producer)) {
      source = {};
      for (Value operand : producer->getOperands())
        if (Value s = find(operand)) {
          source = s;
          break;
        }
    }
    sources[value] = source;
    return source;
  }

private:
  DenseMap<Value, Value> sources;
};

/// "argument #1 of @f" or "the result of 'tensor.cast'".
static std::string describe(Value source) {
  std::string text;
  llvm::raw_string_ostream os(text);
  if (auto arg = dyn_cast<BlockArgument>(source)) {
    Operation *parent = arg.getOwner()->getParentOp();
    os << "argument #" << arg.getArgNumber() << " of ";
    if (auto func = dyn_cast<FunctionOpInterface>(parent))
      os << "@" << func.getName();
    else
      os << "'" << parent->getName() << "'";
  } else {
    os << "the result of '" << source.getDefiningOp()->getName() << "'";
  }
  return text;
}

/// The first operand or result of `op` with a quantized element type, as
/// ("operand #0", type), or an empty string.
static std::pair<std::string, Type> findQuantizedValue(Operation *op) {
  auto isQuantized = [](Type type) {
    return isa<quant::QuantizedType>(getElementTypeOrSelf(type));
  };
  for (OpOperand &operand : op->getOpOperands())
    if (isQuantized(operand.get().getType()))
      return {"operand #" + std::to_string(operand.getOperandNumber()),
              operand.get().getType()};
  for (OpResult result : op->getResults())
    if (isQuantized(result.getType()))
      return {"result #" + std::to_string(result.getResultNumber()),
              result.getType()};
  return {};
}

struct CheckCompilePreconditionsPass
    : public PassWrapper<CheckCompilePreconditionsPass,
                         OperationPass<ModuleOp>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(CheckCompilePreconditionsPass)

  StringRef getArgument() const final {
    return "prune-compile-check-preconditions";
  }
  StringRef getDescription() const final {
    return "Reject input that prune-compile's lowerings cannot take";
  }
  void runOnOperation() override {
    if (failed(prune::checkCompilePreconditions(getOperation())))
      signalPassFailure();
  }
};

} // namespace

LogicalResult mlir::prune::checkCompilePreconditions(ModuleOp module) {
  bool failed = false;
  UnrankedSources unranked;
  module.walk([&](Operation *op) {
    // A terminator only passes on what an earlier op was reported for.
    if (op->hasTrait<OpTrait::IsTerminator>())
      return;
    if (auto [what, type] = findQuantizedValue(op); type) {
      op->emitOpError() << what << " has quantized element type " << type
                        << ", which prune-compile cannot lower: the TOSA "
                           "lowering takes the storage type (e.g. i8) with "
                           "explicit zero points and tosa.rescale";
      failed = true;
      return;
    }
    // tosa.identity folds away before anything needs its rank.
    if (!isTosaOp(op) || isa<tosa::IdentityOp>(op))
      return;
    for (OpOperand &operand : op->getOpOperands())
      if (Value source = unranked.find(operand.get())) {
        op->emitOpError() << "operand #" << operand.getOperandNumber()
                          << " is unranked (" << operand.get().getType()
                          << ") and shape inference cannot rank it: it comes "
                             "from "
                          << describe(source)
                          << "; upstream's TOSA lowering needs ranked "
                             "tensors, give it a ranked type";
        failed = true;
        return;
      }
  });
  return success(!failed);
}

std::unique_ptr<Pass> mlir::prune::createCheckCompilePreconditionsPass() {
  return std::make_unique<CheckCompilePreconditionsPass>();
}
