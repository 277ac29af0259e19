//===- Instrumentation.cpp - Calibration probes on a model's layers -------===//
//
// A layer is observed at its data input, in the dimension that pairs with
// the weight's input (reduction) dimension, so that the features line up
// with the columns of the weight's (output, input) view; and at its output
// after reshapes, bias and activation, in the dimension of its neurons. For
// linalg consumers both dimensions come from the indexing maps; a reduction
// loop that the data input only reads inside an expression (`oh + kh`) is a
// convolution window. 2-D NHWC convolutions are observed with an im2col
// window: the runtime builds each output position's patch, whose features
// are the weight view's columns (kh, kw, c).
//
// Lowering happens on tensors: `bufferization.to_buffer read_only` gives the
// runtime a view of the tensor's buffer once the stock pipeline bufferizes,
// and strings travel as constant i8 memref globals.
//
//===----------------------------------------------------------------------===//

#include "Prune/Calibration/Instrumentation.h"

#include "Prune/Dialect/PruneDialect.h"
#include "Prune/Runtime/StatisticsFormat.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/Matchers.h"
#include "mlir/Interfaces/DestinationStyleOpInterface.h"
#include "mlir/IR/SymbolTable.h"
#include "llvm/ADT/StringMap.h"

using namespace mlir;
using namespace mlir::prune;

//===----------------------------------------------------------------------===//
// Probes
//===----------------------------------------------------------------------===//

static bool isFloatTensor(Value value) {
  auto type = dyn_cast<RankedTensorType>(value.getType());
  return type && !type.getEncoding() &&
         (type.getElementType().isF32() || type.getElementType().isF64());
}

/// Whether every input of `op` other than `value` is a constant (the inits
/// of a destination-style op only give the result's shape).
static bool othersAreConstant(Operation *op, Value value) {
  auto dps = dyn_cast<DestinationStyleOpInterface>(op);
  return llvm::all_of(op->getOpOperands(), [&](OpOperand &operand) {
    return operand.get() == value || (dps && dps.isDpsInit(&operand)) ||
           matchPattern(operand.get(), m_Constant());
  });
}

/// Whether `user` applies a bias or an activation to `value` elementwise,
/// giving a result of the same type: an activation, or an add, subtract,
/// multiply, max or min (or a general elementwise map) of constants.
static bool isBiasOrActivation(Operation *user, Value value) {
  auto flow = dyn_cast<ValueFlowOpInterface>(user);
  if (!flow || user->getNumResults() != 1 ||
      user->getResult(0).getType() != value.getType())
    return false;
  ElementwiseKind kind = flow.getElementwiseKind();
  if (kind == ElementwiseKind::None || kind == ElementwiseKind::Unary)
    return false;
  if (kind != ElementwiseKind::Activation && !othersAreConstant(user, value))
    return false;
  return llvm::any_of(user->getOpOperands(), [&](OpOperand &operand) {
    return operand.get() == value &&
           flow.isElementwiseIn(operand.getOperandNumber());
  });
}

/// Follows a layer's result through layout ops that keep the neurons' axis,
/// a bias and an activation, to the value the next layer reads.
static Value followOutput(Value value, int64_t &dim,
                          SmallVectorImpl<Operation *> &chain) {
  while (value.hasOneUse()) {
    Operation *user = *value.getUsers().begin();
    auto flow = dyn_cast<ValueFlowOpInterface>(user);
    if (flow && flow.getLayoutSource() == value) {
      // The result's axis that carries `dim`, if the op keeps it whole.
      std::optional<int64_t> resultDim =
          flow.propagateNeurons(0, {}, dim).getAxisOf(user->getResult(0));
      if (!resultDim)
        break;
      dim = *resultDim;
    } else if (!isBiasOrActivation(user, value)) {
      break;
    }
    chain.push_back(user);
    value = user->getResult(0);
  }
  return value;
}

FailureOr<LayerProbes> prune::findLayerProbes(const WeightUse &use,
                                              std::string &error) {
  if (!use.view) {
    error = "its (output, input) layout is unknown: " + use.viewError;
    return failure();
  }
  auto layer = cast<PrunableLayerOpInterface>(use.consumer);
  FailureOr<LayerFeatures> features =
      layer.getLayerFeatures(use.weightOperand, error);
  if (failed(features))
    return failure();
  Value input = use.consumer->getOperand(features->dataOperand);
  Value result = use.consumer->getResult(0);
  if (!isFloatTensor(input) || !isFloatTensor(result)) {
    llvm::raw_string_ostream os(error);
    os << "its input (" << input.getType() << ") or output ("
       << result.getType() << ") is not an f32/f64 tensor";
    return failure();
  }
  auto widthMismatch = [&](StringRef side, int64_t size, int64_t expected) {
    error = (side + " has " + Twine(size) + " features where its weight's " +
             "(output, input) view has " + Twine(expected))
                .str();
    return failure();
  };
  int64_t inputWidth =
      cast<RankedTensorType>(input.getType()).getDimSize(features->inputAxis);
  if (!features->im2col.empty() && !ShapedType::isDynamic(inputWidth))
    inputWidth *= features->im2col[0] * features->im2col[1];
  if (!ShapedType::isDynamic(inputWidth) && inputWidth != use.view->cols)
    return widthMismatch("its input", inputWidth, use.view->cols);
  int64_t outputWidth = cast<RankedTensorType>(result.getType())
                            .getDimSize(features->outputAxis);
  if (!ShapedType::isDynamic(outputWidth) && outputWidth != use.view->rows)
    return widthMismatch("its output", outputWidth, use.view->rows);

  LayerProbes probes;
  probes.input = input;
  probes.inputFeatureDim = features->inputAxis;
  probes.outputFeatureDim = features->outputAxis;
  probes.im2col = features->im2col;
  probes.output =
      followOutput(result, probes.outputFeatureDim, probes.outputChain);
  return probes;
}

//===----------------------------------------------------------------------===//
// Lowering
//===----------------------------------------------------------------------===//

namespace {
/// Creates the runtime declarations and string globals of one module.
class ObserveLowering {
public:
  explicit ObserveLowering(ModuleOp module)
      : module(module), symbols(module), builder(module.getContext()) {}

  LogicalResult lower(ObserveOp op) {
    MLIRContext *ctx = op.getContext();
    auto tensorType = op.getValue().getType();
    auto elementType = cast<FloatType>(tensorType.getElementType());
    if (tensorType.getEncoding())
      return op.emitOpError() << "cannot observe a tensor with an encoding";
    std::optional<ArrayRef<int64_t>> window = op.getIm2col();
    FailureOr<func::FuncOp> callee =
        getRuntimeFunction(op, elementType, window.has_value());
    if (failed(callee))
      return failure();

    builder.setInsertionPoint(op);
    Location loc = op.getLoc();
    Value path = getString(loc, op.getOutput());
    Value layer = getString(loc, op.getLayer());
    // Any layout: the runtime reads sizes and strides from the descriptor.
    int64_t rank = tensorType.getRank();
    auto layout = StridedLayoutAttr::get(
        ctx, ShapedType::kDynamic,
        SmallVector<int64_t>(rank, ShapedType::kDynamic));
    auto bufferType =
        MemRefType::get(tensorType.getShape(), elementType, layout);
    Value buffer = bufferization::ToBufferOp::create(
        builder, loc, bufferType, op.getValue(), /*read_only=*/true);
    Value unranked = memref::CastOp::create(
        builder, loc, UnrankedMemRefType::get(elementType, 0), buffer);
    SmallVector<Value> operands = {path, layer};
    auto addI64 = [&](int64_t value) {
      operands.push_back(arith::ConstantIntOp::create(builder, loc, value, 64));
    };
    // The runtime takes the role as PruneObserveRole (StatisticsFormat.h).
    static_assert(int64_t(ObserveRole::Input) == PRUNE_OBSERVE_INPUT &&
                  int64_t(ObserveRole::Output) == PRUNE_OBSERVE_OUTPUT &&
                  int64_t(ObserveRole::Reference) == PRUNE_OBSERVE_REFERENCE);
    addI64(static_cast<int64_t>(op.getRole()));
    if (window) {
      for (int64_t value : *window)
        addI64(value);
    } else {
      addI64(static_cast<int64_t>(op.getFeatureDim()));
    }
    operands.push_back(unranked);
    func::CallOp::create(builder, loc, *callee, operands);
    op.erase();
    return success();
  }

private:
  /// prune_observe_*(path, layer, role, featureDim, data), or with an
  /// im2col window prune_observe_im2col_*(path, layer, role, KH, ..., DW,
  /// data).
  FailureOr<func::FuncOp> getRuntimeFunction(ObserveOp op,
                                             FloatType elementType,
                                             bool im2col) {
    MLIRContext *ctx = op.getContext();
    StringRef name = elementType.isF32()
                         ? (im2col ? kObserveIm2colF32Function
                                   : kObserveF32Function)
                         : (im2col ? kObserveIm2colF64Function
                                   : kObserveF64Function);
    Type string = MemRefType::get({ShapedType::kDynamic},
                                  IntegerType::get(ctx, 8));
    Type i64 = IntegerType::get(ctx, 64);
    SmallVector<Type> inputs = {string, string};
    inputs.append(im2col ? 11 : 2, i64);
    inputs.push_back(UnrankedMemRefType::get(elementType, 0));
    auto type = FunctionType::get(ctx, inputs, {});
    if (Operation *existing = symbols.lookup(name)) {
      auto func = dyn_cast<func::FuncOp>(existing);
      if (!func || func.getFunctionType() != type)
        return op.emitOpError()
               << "cannot declare the runtime function '" << name
               << "': the module has another symbol of that name";
      return func;
    }
    OpBuilder::InsertionGuard guard(builder);
    builder.setInsertionPointToStart(module.getBody());
    auto func = func::FuncOp::create(builder, module.getLoc(), name, type);
    func.setPrivate();
    // Calls go through `_mlir_ciface_<name>(descriptor pointers...)`.
    func->setAttr("llvm.emit_c_interface", UnitAttr::get(ctx));
    symbols.insert(func);
    return func;
  }

  /// A `memref<?xi8>` holding `text`, from a constant global shared by all
  /// uses of the same text.
  Value getString(Location loc, StringRef text) {
    MLIRContext *ctx = module.getContext();
    Type i8 = IntegerType::get(ctx, 8);
    memref::GlobalOp &global = strings[text];
    if (!global) {
      OpBuilder::InsertionGuard guard(builder);
      builder.setInsertionPointToStart(module.getBody());
      auto type = MemRefType::get({int64_t(text.size())}, i8);
      SmallVector<int8_t> bytes(text.begin(), text.end());
      auto value = DenseElementsAttr::get(
          RankedTensorType::get({int64_t(text.size())}, i8),
          ArrayRef<int8_t>(bytes));
      global = memref::GlobalOp::create(
          builder, module.getLoc(), "__prune_str",
          builder.getStringAttr("private"), type, value, /*constant=*/true,
          /*alignment=*/IntegerAttr());
      // Renames the global if the name is taken.
      symbols.insert(global);
    }
    Value base = memref::GetGlobalOp::create(builder, loc, global.getType(),
                                             global.getSymName());
    return memref::CastOp::create(
        builder, loc, MemRefType::get({ShapedType::kDynamic}, i8), base);
  }

  ModuleOp module;
  SymbolTable symbols;
  OpBuilder builder;
  llvm::StringMap<memref::GlobalOp> strings;
};
} // namespace

LogicalResult prune::lowerObserveOps(ModuleOp module) {
  SmallVector<ObserveOp> ops;
  module.walk([&](ObserveOp op) { ops.push_back(op); });
  if (ops.empty())
    return success();
  ObserveLowering lowering(module);
  for (ObserveOp op : ops)
    if (failed(lowering.lower(op)))
      return failure();
  return success();
}
