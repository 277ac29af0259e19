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

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/SymbolTable.h"
#include "llvm/ADT/StringMap.h"

using namespace mlir;
using namespace mlir::prune;

//===----------------------------------------------------------------------===//
// Probes
//===----------------------------------------------------------------------===//

namespace {
/// The consumer's data input and result, with their feature dimensions, and
/// the im2col window of a convolution.
struct ConsumerDims {
  Value input;
  int64_t inputDim;
  Value result;
  int64_t resultDim;
  SmallVector<int64_t> im2col = {};
};
} // namespace

static constexpr StringLiteral kConvNotInstrumented =
    "only 2-D NHWC convolutions (tosa.conv2d, linalg.conv_2d_nhwc_hwcf) are "
    "instrumented yet";

/// A 2-D NHWC convolution: the input's features are the im2col columns of
/// a KH x KW window.
static FailureOr<ConsumerDims>
getConv2DDims(Value input, Value weight, Value result, int64_t kh,
              int64_t kw, ArrayRef<int64_t> strides, ArrayRef<int64_t> pads,
              ArrayRef<int64_t> dilations, std::string &error) {
  if (ShapedType::isDynamic(kh) || ShapedType::isDynamic(kw)) {
    error = "its kernel size is dynamic";
    return failure();
  }
  return ConsumerDims{input,
                      3,
                      result,
                      3,
                      {kh, kw, strides[0], strides[1], pads[0], pads[1],
                       pads[2], pads[3], dilations[0], dilations[1]}};
}

static std::optional<int64_t> findDimPosition(AffineMap map, unsigned loop) {
  for (auto [i, expr] : llvm::enumerate(map.getResults()))
    if (auto dim = dyn_cast<AffineDimExpr>(expr); dim && dim.getPosition() == loop)
      return i;
  return std::nullopt;
}

static FailureOr<ConsumerDims> getLinalgDims(linalg::LinalgOp op,
                                             unsigned weightIndex,
                                             std::string &error) {
  OpOperand &weight = op->getOpOperand(weightIndex);
  OpOperand *data = nullptr;
  for (OpOperand *input : op.getDpsInputOperands()) {
    if (input == &weight || !isa<RankedTensorType>(input->get().getType()))
      continue;
    if (data) {
      error = "it has more than one data input";
      return failure();
    }
    data = input;
  }
  if (!data || op->getNumResults() != 1) {
    error = "it needs exactly one data input and one result";
    return failure();
  }
  SmallVector<int64_t> loopSizes = op.getStaticLoopRanges();
  SmallVector<utils::IteratorType> iterators = op.getIteratorTypesArray();
  AffineMap weightMap = op.getMatchingIndexingMap(&weight);
  AffineMap dataMap = op.getMatchingIndexingMap(data);
  AffineMap resultMap = op.getIndexingMapMatchingResult(op->getResult(0));
  // The weight's input and output loops; loops of size 1 do not count, so
  // a batched matmul with batch 1 is a layer.
  std::optional<unsigned> inputLoop, outputLoop, anyInput, anyOutput;
  for (AffineExpr expr : weightMap.getResults()) {
    auto dim = dyn_cast<AffineDimExpr>(expr);
    if (!dim) {
      error = "its weight is indexed by a compound expression";
      return failure();
    }
    unsigned loop = dim.getPosition();
    bool isReduction = iterators[loop] == utils::IteratorType::reduction;
    if (isReduction && !findDimPosition(dataMap, loop)) {
      error = kConvNotInstrumented.str();
      return failure();
    }
    (isReduction ? anyInput : anyOutput) = loop;
    if (loopSizes[loop] == 1)
      continue;
    std::optional<unsigned> &slot = isReduction ? inputLoop : outputLoop;
    if (slot) {
      error = isReduction ? "its weight has more than one input dimension"
                          : "its weight has more than one output dimension "
                            "(batched weights)";
      return failure();
    }
    slot = loop;
  }
  if (!inputLoop)
    inputLoop = anyInput;
  if (!outputLoop)
    outputLoop = anyOutput;
  std::optional<int64_t> inputDim, resultDim;
  if (inputLoop)
    inputDim = findDimPosition(dataMap, *inputLoop);
  if (outputLoop)
    resultDim = findDimPosition(resultMap, *outputLoop);
  if (!inputDim || !resultDim) {
    error = "its input or output features are not a dimension of its data "
            "input or result";
    return failure();
  }
  return ConsumerDims{data->get(), *inputDim, op->getResult(0), *resultDim};
}

static FailureOr<ConsumerDims> getConsumerDims(Operation *consumer,
                                               unsigned weightIndex,
                                               std::string &error) {
  if (auto matmul = dyn_cast<tosa::MatMulOp>(consumer)) {
    // a: [N, H, K] x b: [N, K, W] -> [N, H, W].
    if (weightIndex == 1)
      return ConsumerDims{matmul.getA(), 2, matmul.getResult(), 2};
    return ConsumerDims{matmul.getB(), 1, matmul.getResult(), 1};
  }
  if (auto conv = dyn_cast<tosa::Conv2DOp>(consumer); conv && weightIndex == 1) {
    // Weight [OC, KH, KW, IC]; pad is (top, bottom, left, right).
    auto weightType = cast<RankedTensorType>(conv.getWeight().getType());
    return getConv2DDims(conv.getInput(), conv.getWeight(), conv.getResult(),
                         weightType.getDimSize(1), weightType.getDimSize(2),
                         conv.getStride(), conv.getPad(), conv.getDilation(),
                         error);
  }
  if (auto conv = dyn_cast<linalg::Conv2DNhwcHwcfOp>(consumer);
      conv && weightIndex == 1 && conv->getNumResults() == 1) {
    // Weight [KH, KW, C, F]; padding is a separate op before it.
    auto weightType = cast<RankedTensorType>(conv.getInputs()[1].getType());
    SmallVector<int64_t> strides(conv.getStrides().getValues<int64_t>());
    SmallVector<int64_t> dilations(conv.getDilations().getValues<int64_t>());
    return getConv2DDims(conv.getInputs()[0], conv.getInputs()[1],
                         conv->getResult(0), weightType.getDimSize(0),
                         weightType.getDimSize(1), strides, {0, 0, 0, 0},
                         dilations, error);
  }
  if (isa<tosa::Conv2DOp, tosa::Conv3DOp, tosa::DepthwiseConv2DOp,
          tosa::TransposeConv2DOp, linalg::Conv2DNhwcHwcfOp>(consumer)) {
    error = kConvNotInstrumented.str();
    return failure();
  }
  if (auto linalgOp = dyn_cast<linalg::LinalgOp>(consumer))
    return getLinalgDims(linalgOp, weightIndex, error);
  error = "'" + consumer->getName().getStringRef().str() +
          "' is not a consumer the instrumentation knows";
  return failure();
}

static bool isFloatTensor(Value value) {
  auto type = dyn_cast<RankedTensorType>(value.getType());
  return type && !type.getEncoding() &&
         (type.getElementType().isF32() || type.getElementType().isF64());
}

/// Whether every operand of `op` other than `value` is a constant.
static bool othersAreConstant(Operation *op, Value value) {
  return llvm::all_of(op->getOperands(), [&](Value operand) {
    return operand == value || matchPattern(operand, m_Constant());
  });
}

/// Whether `user` is a bias or activation applied to `value` elementwise,
/// giving a result of the same type.
static bool isBiasOrActivation(Operation *user, Value value) {
  if (user->getNumResults() != 1 ||
      user->getResult(0).getType() != value.getType())
    return false;
  if (isa<tosa::ClampOp, tosa::SigmoidOp, tosa::TanhOp, tosa::ErfOp>(user))
    return true;
  if (isa<tosa::AddOp, tosa::SubOp, tosa::MulOp, arith::AddFOp, arith::SubFOp,
          arith::MulFOp, arith::MaximumFOp, arith::MaxNumFOp,
          arith::MinimumFOp, arith::MinNumFOp>(user))
    return othersAreConstant(user, value);
  if (auto generic = dyn_cast<linalg::GenericOp>(user)) {
    if (generic.getNumReductionLoops() != 0)
      return false;
    for (OpOperand *input : generic.getDpsInputOperands()) {
      if (input->get() == value) {
        if (!generic.getMatchingIndexingMap(input).isIdentity())
          return false;
      } else if (!matchPattern(input->get(), m_Constant())) {
        return false;
      }
    }
    return generic.getIndexingMapMatchingResult(generic->getResult(0))
        .isIdentity();
  }
  return false;
}

/// Follows a layer's result through reshapes that keep the neurons
/// innermost, a bias and an activation, to the value the next layer reads.
static Value followOutput(Value value, int64_t &dim,
                          SmallVectorImpl<Operation *> &chain) {
  while (value.hasOneUse()) {
    Operation *user = *value.getUsers().begin();
    auto type = cast<RankedTensorType>(value.getType());
    if (isa<tosa::ReshapeOp, tensor::CollapseShapeOp, tensor::ExpandShapeOp>(
            user) &&
        user->getOperand(0) == value) {
      auto resultType =
          dyn_cast<RankedTensorType>(user->getResult(0).getType());
      if (!resultType || resultType.getRank() == 0 ||
          dim != type.getRank() - 1 ||
          ShapedType::isDynamic(type.getShape().back()) ||
          resultType.getShape().back() != type.getShape().back())
        break;
      dim = resultType.getRank() - 1;
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
  std::optional<unsigned> weightIndex = getWeightOperandIndex(use.consumer);
  if (!weightIndex) {
    error = "its weight operand is ambiguous";
    return failure();
  }
  FailureOr<ConsumerDims> dims =
      getConsumerDims(use.consumer, *weightIndex, error);
  if (failed(dims))
    return failure();
  if (!isFloatTensor(dims->input) || !isFloatTensor(dims->result)) {
    llvm::raw_string_ostream os(error);
    os << "its input (" << dims->input.getType() << ") or output ("
       << dims->result.getType() << ") is not an f32/f64 tensor";
    return failure();
  }
  auto widthMismatch = [&](StringRef side, int64_t size, int64_t expected) {
    error = (side + " has " + Twine(size) + " features where its weight's " +
             "(output, input) view has " + Twine(expected))
                .str();
    return failure();
  };
  int64_t inputWidth =
      cast<RankedTensorType>(dims->input.getType()).getDimSize(dims->inputDim);
  if (!dims->im2col.empty() && !ShapedType::isDynamic(inputWidth))
    inputWidth *= dims->im2col[0] * dims->im2col[1];
  if (!ShapedType::isDynamic(inputWidth) && inputWidth != use.view->cols)
    return widthMismatch("its input", inputWidth, use.view->cols);
  int64_t outputWidth = cast<RankedTensorType>(dims->result.getType())
                            .getDimSize(dims->resultDim);
  if (!ShapedType::isDynamic(outputWidth) && outputWidth != use.view->rows)
    return widthMismatch("its output", outputWidth, use.view->rows);

  LayerProbes probes;
  probes.input = dims->input;
  probes.inputFeatureDim = dims->inputDim;
  probes.outputFeatureDim = dims->resultDim;
  probes.im2col = dims->im2col;
  probes.output =
      followOutput(dims->result, probes.outputFeatureDim, probes.outputChain);
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
