//===- GraphImporter.cpp - Walks an ONNX graph into TOSA ------------------===//

#include "GraphImporter.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "llvm/ADT/MapVector.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <deque>
#include <onnx/onnx_pb.h>

using namespace mlir;
using namespace mlir::prune;
using namespace mlir::prune::onnx_import;

/// Opsets whose operator semantics the converters implement.
static constexpr int64_t kMinOpset = 11, kMaxOpset = 21;

FailureOr<SmallVector<int64_t>>
mlir::prune::onnx_import::broadcastShapes(ArrayRef<int64_t> a,
                                          ArrayRef<int64_t> b) {
  size_t rank = std::max(a.size(), b.size());
  SmallVector<int64_t> result(rank);
  for (size_t i = 0; i < rank; ++i) {
    int64_t da = i < rank - a.size() ? 1 : a[i - (rank - a.size())];
    int64_t db = i < rank - b.size() ? 1 : b[i - (rank - b.size())];
    if (da == db || db == 1)
      result[i] = da;
    else if (da == 1)
      result[i] = db;
    else if (da == kUnknown || db == kUnknown)
      result[i] = da == kUnknown ? db : da;
    else
      return failure();
  }
  return result;
}

GraphImporter::GraphImporter(MLIRContext *context,
                             const onnx::ModelProto &model, StringRef modelDir,
                             const OnnxImportOptions &options)
    : model(model), graph(model.graph()), modelDir(modelDir.str()),
      options(options), builder(context), loc(builder.getUnknownLoc()) {
  registerMathConverters(converters);
  registerNNConverters(converters);
  registerShapeConverters(converters);
  registerFillConverters(converters);
  registerImageConverters(converters);
  registerLogicConverters(converters);
  registerReduceConverters(converters);
  registerQuantConverters(converters);
  registerNormConverters(converters);
  registerDynamicQuantConverters(converters);
  registerEinsumConverters(converters);
}

/// A node's name, or for an unnamed one its operator and position in the
/// graph ("TopK_3").
static std::string getNodeName(const onnx::NodeProto &n, size_t index) {
  return n.name().empty() ? n.op_type() + "_" + std::to_string(index)
                          : n.name();
}

LogicalResult GraphImporter::checkOperators() {
  // Operator -> its nodes, in the order the graph first uses them.
  llvm::MapVector<StringRef, SmallVector<std::string>> unsupported;
  std::deque<std::string> domainOps; // storage for "domain::op" keys
  int64_t numNodes = 0;
  for (auto [index, n] : llvm::enumerate(graph.node())) {
    bool standard = n.domain().empty() || n.domain() == "ai.onnx";
    if (standard && converters.count(n.op_type()))
      continue;
    StringRef op = n.op_type();
    if (!standard) {
      domainOps.push_back(n.domain() + "::" + n.op_type());
      op = domainOps.back();
    }
    unsupported[op].push_back(getNodeName(n, index));
    ++numNodes;
  }
  if (unsupported.empty())
    return success();
  InFlightDiagnostic diag = mlir::emitError(loc)
                            << numNodes << " node(s) use " << unsupported.size()
                            << " operator(s) the importer does not support: ";
  llvm::interleaveComma(unsupported, diag, [&](const auto &entry) {
    const auto &[op, nodes] = entry;
    diag << "'" << op << "' (";
    if (nodes.size() == 1)
      diag << "node '" << nodes.front() << "'";
    else
      diag << nodes.size() << " nodes, e.g. '" << nodes.front() << "'";
    diag << ")";
  });
  return failure();
}

OwningOpRef<ModuleOp> GraphImporter::run(StringRef modelPath) {
  MLIRContext *context = builder.getContext();
  loc = FileLineColLoc::get(context, modelPath, 0, 0);

  for (const auto &entry : model.opset_import())
    if (entry.domain().empty() || entry.domain() == "ai.onnx")
      opset = entry.version();
  if (opset < kMinOpset || opset > kMaxOpset) {
    mlir::emitError(loc) << "unsupported ONNX opset " << opset
                         << " (the importer implements opsets " << kMinOpset
                         << " to " << kMaxOpset
                         << "; re-export with opset_version in that range)";
    return nullptr;
  }
  if (failed(checkOperators()))
    return nullptr;

  // Constants first: older exporters also list initializers as inputs.
  for (const onnx::TensorProto &init : graph.initializer()) {
    ImportedValue v;
    HostTensor t;
    std::string error;
    if (!readTensor(init, context, modelDir, t, error)) {
      mlir::emitError(loc) << error;
      return nullptr;
    }
    v.shape = t.shape;
    v.elementType = t.elementType;
    v.host = std::move(t);
    values[init.name()] = std::move(v);
  }

  OwningOpRef<ModuleOp> module = ModuleOp::create(loc);
  builder.setInsertionPointToEnd(module->getBody());
  SmallVector<Type> argTypes;
  SmallVector<std::string> argNames;
  SmallVector<bool> argIsBool;
  for (const onnx::ValueInfoProto &input : graph.input()) {
    if (values.count(input.name()))
      continue;
    const auto &tensorType = input.type().tensor_type();
    Type elementType = convertElementType(context, tensorType.elem_type());
    if (!input.type().has_tensor_type() || !elementType) {
      mlir::emitError(loc) << "graph input '" << input.name() << "' is "
                           << (input.type().has_tensor_type()
                                   ? "a tensor of unsupported element type " +
                                         getOnnxTypeName(tensorType.elem_type())
                                   : std::string("not a tensor"));
      return nullptr;
    }
    if (!tensorType.has_shape()) {
      mlir::emitError(loc) << "graph input '" << input.name()
                           << "' has no rank; re-export with a shaped input";
      return nullptr;
    }
    SmallVector<int64_t> shape;
    for (const auto &dim : tensorType.shape().dim())
      shape.push_back(dim.has_dim_value() && dim.dim_value() > 0
                          ? dim.dim_value()
                          : kUnknown);
    if (options.batch && !shape.empty() && shape[0] == kUnknown)
      shape[0] = *options.batch;
    else if (options.batch && !shape.empty() && shape[0] != *options.batch)
      mlir::emitWarning(loc)
          << "graph input '" << input.name() << "' has a static batch of "
          << shape[0] << ", which --batch=" << *options.batch
          << " does not change (it fixes a dynamic first dimension; export "
             "the model with a dynamic batch axis to choose it)";
    // Every dynamic dimension is taken for the batch: a second one (a
    // sequence length) imports only where nothing mixes the two.
    if (llvm::count(shape, kUnknown) > 1)
      mlir::emitWarning(loc)
          << "graph input '" << input.name() << "' has "
          << llvm::count(shape, kUnknown)
          << " dynamic dimensions; the importer takes each for the batch "
             "(--batch=N fixes the first one only): export it with the "
             "others fixed, or expect an error where they meet";
    // A bool input is taken as bytes (numpy's and C's bool: 0 or 1):
    // vectorized code would read an i1 tensor as packed bits.
    if (elementType.isInteger(1))
      elementType = builder.getI8Type();
    argTypes.push_back(getTensorType(shape, elementType));
    argNames.push_back(input.name());
    argIsBool.push_back(tensorType.elem_type() ==
                        onnx::TensorProto_DataType_BOOL);
  }

  auto func = func::FuncOp::create(builder, loc, "forward",
                                   builder.getFunctionType(argTypes, {}));
  Block *entry = func.addEntryBlock();
  for (auto [i, name] : llvm::enumerate(argNames)) {
    func.setArgAttr(i, "prune.name", builder.getStringAttr(name));
    ImportedValue v;
    v.value = entry->getArgument(i);
    auto type = cast<RankedTensorType>(argTypes[i]);
    v.shape.assign(type.getShape().begin(), type.getShape().end());
    v.elementType = type.getElementType();
    if (argIsBool[i]) {
      // Held as 0/1 floats, as computed booleans are (booleanInFloat).
      OpBuilder::InsertionGuard guard(builder);
      builder.setInsertionPointToEnd(entry);
      v.elementType = builder.getF32Type();
      v.value = tosa::CastOp::create(builder, loc, type.clone(v.elementType),
                                     v.value);
      v.booleanInFloat = true;
    }
    values[name] = std::move(v);
  }
  builder.setInsertionPointToEnd(entry);
  entryBlock = entry;

  for (const onnx::ValueInfoProto &output : graph.output())
    graphOutputs.insert(output.name());
  for (const onnx::NodeProto &n : graph.node()) {
    for (const std::string &input : n.input())
      if (!input.empty())
        consumers[input].push_back(&n);
    for (const std::string &output : n.output()) {
      if (output.empty())
        continue;
      if (producers.count(output) || values.count(output)) {
        mlir::emitError(NameLoc::get(builder.getStringAttr(n.name())))
            << n.op_type() << ": output '" << output
            << "' is already defined (ONNX values are assigned once)";
        return nullptr;
      }
      producers[output] = &n;
    }
  }

  // Constant nodes first: they read nothing, and a layer's quantized form
  // looks ahead at constants (its QuantizeLinear's scale) that exporters
  // (torch.onnx) write after the layer.
  for (auto [index, n] : llvm::enumerate(graph.node())) {
    if (n.op_type() != "Constant")
      continue;
    if (failed(importNode(n, index)))
      return nullptr;
    fused.insert(&n);
  }
  for (auto [index, n] : llvm::enumerate(graph.node())) {
    if (fused.contains(&n))
      continue;
    if (failed(importNode(n, index)))
      return nullptr;
  }

  loc = FileLineColLoc::get(context, modelPath, 0, 0);
  SmallVector<Value> results;
  for (const onnx::ValueInfoProto &output : graph.output()) {
    ImportedValue *v = find(output.name());
    if (!v) {
      mlir::emitError(loc) << "graph output '" << output.name()
                           << "' is not computed by any node";
      return nullptr;
    }
    // Values held in another type than ONNX's cannot leave the graph so.
    StringRef held =
        v->offsetUint8 ? "is uint8, which the model IR holds as int8 offset "
                         "by -128; end the graph with a DequantizeLinear"
        : v->integerInFloat
            ? "is an integer output of DynamicQuantizeLinear, MatMulInteger "
              "or ConvInteger, which the model IR holds in f32; end the "
              "graph with a Cast to float"
        : v->booleanInFloat
            ? "is a boolean computed from tensors, which the model IR holds "
              "as 0 and 1 in float; end the graph with a Cast to float"
            : "";
    if (!held.empty()) {
      mlir::emitError(loc) << "graph output '" << output.name() << "' " << held;
      return nullptr;
    }
    Value value = getOnnxLayout(*v);
    if (!value)
      return nullptr;
    results.push_back(value);
  }
  func::ReturnOp::create(builder, loc, results);
  // Values nothing reads: float forms of quantized values that a fused
  // integer layer replaced, constants of folded nodes.
  for (Operation &op : llvm::make_early_inc_range(llvm::reverse(*entry)))
    if (isOpTriviallyDead(&op))
      op.erase();
  func.setFunctionType(
      builder.getFunctionType(argTypes, ValueRange(results).getTypes()));
  for (auto [i, output] : llvm::enumerate(graph.output()))
    func.setResultAttr(i, "prune.name", builder.getStringAttr(output.name()));

  if (failed(mlir::verify(*module))) {
    mlir::emitError(loc) << "the imported module does not verify (an "
                            "importer bug; please report it with the model)";
    return nullptr;
  }
  return module;
}

/// Nodes that move their data input's elements without computing on them,
/// so uint8 data held offset stays so.
static bool movesDataUnchanged(const onnx::NodeProto &n) {
  StringRef op = n.op_type();
  if (op == "Cast")
    return GraphImporter::getIntAttr(n, "to", 0) == onnx::TensorProto::UINT8;
  static constexpr StringLiteral kOps[] = {
      "Identity", "Reshape", "Flatten", "Squeeze", "Unsqueeze", "Transpose",
      "Concat",   "Slice",   "MaxPool", "Expand",  "Tile"};
  return llvm::is_contained(kOps, op);
}

/// Nodes that read quantized data through its zero point.
static bool readsZeroPoints(StringRef op) {
  return op == "DequantizeLinear" || op == "QLinearConv" ||
         op == "QLinearMatMul";
}

/// Nodes that read integers held in f32 as such.
static bool readsBooleansInFloat(const onnx::NodeProto &n) {
  return llvm::is_contained({"Where", "And", "Or", "Xor", "Not", "Cast"},
                            n.op_type());
}

static bool readsIntegersInFloat(const onnx::NodeProto &n) {
  if (n.op_type() == "Cast")
    return GraphImporter::getIntAttr(n, "to", 0) == onnx::TensorProto::FLOAT;
  return n.op_type() == "MatMulInteger" || n.op_type() == "ConvInteger";
}

LogicalResult GraphImporter::importNode(const onnx::NodeProto &n, int index) {
  node = &n;
  output0Name.clear();
  inputOverrides.clear();
  loc = NameLoc::get(builder.getStringAttr(getNodeName(n, index)));
  for (int i = 0; i < n.input_size(); ++i) {
    if (n.input(i).empty() || find(n.input(i)))
      continue;
    if (producers.count(n.input(i)))
      return emitError() << "input '" << n.input(i)
                         << "' is computed by a later node (the graph must "
                            "be topologically sorted)";
    return emitError() << "input '" << n.input(i)
                       << "' is no graph input, initializer or node output";
  }
  // uint8 data held offset (ImportedValue::offsetUint8), integers and
  // booleans held in float (integerInFloat, booleanInFloat): a node that
  // reads them must know that, or move them unchanged.
  const ImportedValue *heldInput = nullptr;
  for (const std::string &input : n.input())
    if (ImportedValue *v = input.empty() ? nullptr : find(input);
        v && (v->offsetUint8 || v->integerInFloat || v->booleanInFloat))
      heldInput = v;
  // Shape and Size read no element.
  if (n.op_type() == "Shape" || n.op_type() == "Size")
    heldInput = nullptr;
  bool movesData = movesDataUnchanged(n);
  if (heldInput && !movesData && heldInput->offsetUint8 &&
      !readsZeroPoints(n.op_type()))
    return emitError() << "reads uint8 data, which is supported through "
                          "DequantizeLinear, QLinearConv, QLinearMatMul and "
                          "data movement (Reshape, Flatten, Transpose, "
                          "Squeeze, Unsqueeze, Concat, Slice, MaxPool, "
                          "Expand, Tile)";
  if (heldInput && !movesData && heldInput->integerInFloat &&
      !readsIntegersInFloat(n))
    return emitError() << "reads an integer output of DynamicQuantizeLinear, "
                          "MatMulInteger or ConvInteger, which is supported "
                          "through MatMulInteger, ConvInteger, Cast to "
                          "float and data movement";
  if (heldInput && !movesData && heldInput->booleanInFloat &&
      !readsBooleansInFloat(n))
    return emitError() << "reads the result of a comparison of computed "
                          "tensors, which is supported through Where, And, "
                          "Or, Xor, Not, Cast and data movement";
  if (failed(converters.lookup(n.op_type())(*this)))
    return failure();
  // What a merged batch dimension reaches cannot use the batch size.
  if (llvm::any_of(n.input(), [&](const std::string &input) {
        ImportedValue *v = input.empty() ? nullptr : find(input);
        return v && v->batchMerged;
      }))
    for (int i = 0; i < n.output_size(); ++i)
      if (ImportedValue *v = find(getOutputName(i)))
        v->batchMerged = true;
  if (heldInput && movesData)
    for (int i = 0; i < n.output_size(); ++i)
      if (ImportedValue *v = find(getOutputName(i)); v && !v->host) {
        v->offsetUint8 = heldInput->offsetUint8;
        v->integerInFloat = heldInput->integerInFloat;
        v->booleanInFloat = heldInput->booleanInFloat;
      }
  return success();
}

ImportedValue *GraphImporter::find(StringRef name) {
  auto it = values.find(name.str());
  return it == values.end() ? nullptr : &it->second;
}

InFlightDiagnostic GraphImporter::emitError() {
  return mlir::emitError(loc) << node->op_type() << ": ";
}

bool GraphImporter::hasInput(int i) const {
  return i < node->input_size() && !node->input(i).empty();
}

ImportedValue &GraphImporter::getInput(int i) {
  auto it = inputOverrides.find(i);
  if (it != inputOverrides.end())
    return it->second;
  return *find(node->input(i));
}

const HostTensor *GraphImporter::getConstantInput(int i) {
  if (!hasInput(i))
    return nullptr;
  ImportedValue &v = getInput(i);
  return v.host ? &*v.host : nullptr;
}

FailureOr<const HostTensor *>
GraphImporter::requireConstantInput(int i, StringRef what) {
  if (const HostTensor *t = getConstantInput(i))
    return t;
  if (!hasInput(i))
    emitError() << "the " << what << " input is missing";
  else
    emitError() << "the " << what << " ('" << node->input(i)
                << "') must be a constant";
  return failure();
}

const HostTensor *GraphImporter::lookupConstant(StringRef name) {
  ImportedValue *v = find(name);
  return v && v->host ? &*v->host : nullptr;
}

StringRef GraphImporter::getOutputName(int i) const {
  if (i == 0 && !output0Name.empty())
    return output0Name;
  return node->output(i);
}

void GraphImporter::setOutput(int i, ImportedValue v) {
  if (i == 0 && !output0Name.empty())
    values[output0Name] = std::move(v);
  else if (i < node->output_size() && !node->output(i).empty())
    values[node->output(i)] = std::move(v);
}

void GraphImporter::setOutput(int i, Value value, ArrayRef<int64_t> shape,
                              bool channelsLast) {
  ImportedValue v;
  v.value = value;
  v.shape.assign(shape.begin(), shape.end());
  v.elementType = cast<ShapedType>(value.getType()).getElementType();
  v.channelsLast = channelsLast;
  setOutput(i, std::move(v));
}

void GraphImporter::markOffsetUint8Output(int i) {
  if (ImportedValue *v = find(getOutputName(i)))
    v->offsetUint8 = true;
}

void GraphImporter::markIntegerInFloatOutput(int i) {
  if (ImportedValue *v = find(getOutputName(i)))
    v->integerInFloat = true;
}

void GraphImporter::markBooleanInFloatOutput(int i) {
  if (ImportedValue *v = find(getOutputName(i)))
    v->booleanInFloat = true;
}

void GraphImporter::markBatchMergedOutput(int i) {
  if (ImportedValue *v = find(getOutputName(i)))
    v->batchMerged = true;
}

void GraphImporter::setConstantOutput(int i, HostTensor t) {
  ImportedValue v;
  v.shape = t.shape;
  v.elementType = t.elementType;
  v.host = std::move(t);
  setOutput(i, std::move(v));
}

const onnx::NodeProto *GraphImporter::getSoleConsumer() const {
  return getSoleConsumerOf(node->output(0));
}

const onnx::NodeProto *GraphImporter::getSoleConsumerOf(StringRef out) const {
  if (graphOutputs.contains(out))
    return nullptr;
  auto it = consumers.find(out);
  if (it == consumers.end() || it->second.size() != 1)
    return nullptr;
  return it->second.front();
}

void GraphImporter::fuseConsumer(const onnx::NodeProto &consumer) {
  fused.insert(&consumer);
  output0Name = consumer.output(0);
}

//===----------------------------------------------------------------------===//
// Attributes
//===----------------------------------------------------------------------===//

static const onnx::AttributeProto *findAttr(const onnx::NodeProto &n,
                                            StringRef name) {
  for (const onnx::AttributeProto &a : n.attribute())
    if (a.name() == name)
      return &a;
  return nullptr;
}

bool GraphImporter::hasAttr(StringRef name) const {
  return findAttr(*node, name);
}

int64_t GraphImporter::getIntAttr(StringRef name, int64_t defaultValue) const {
  return getIntAttr(*node, name, defaultValue);
}

int64_t GraphImporter::getIntAttr(const onnx::NodeProto &n, StringRef name,
                                  int64_t defaultValue) {
  const onnx::AttributeProto *a = findAttr(n, name);
  return a ? a->i() : defaultValue;
}

double GraphImporter::getFloatAttr(StringRef name, double defaultValue) const {
  const onnx::AttributeProto *a = findAttr(*node, name);
  return a ? a->f() : defaultValue;
}

std::string GraphImporter::getStringAttr(StringRef name,
                                         StringRef defaultValue) const {
  const onnx::AttributeProto *a = findAttr(*node, name);
  return a ? a->s() : defaultValue.str();
}

SmallVector<int64_t> GraphImporter::getIntsAttr(StringRef name) const {
  const onnx::AttributeProto *a = findAttr(*node, name);
  if (!a)
    return {};
  return SmallVector<int64_t>(a->ints().begin(), a->ints().end());
}

FailureOr<SmallVector<int64_t>> GraphImporter::getAxes(int inputIndex) {
  if (!hasInput(inputIndex))
    return getIntsAttr("axes");
  const HostTensor *t = getConstantInput(inputIndex);
  if (!t || t->hasUnknowns()) {
    emitError() << "the axes must be a constant";
    return failure();
  }
  return SmallVector<int64_t>(t->ints.begin(), t->ints.end());
}

FailureOr<HostTensor> GraphImporter::getTensorAttr(StringRef name) {
  const onnx::AttributeProto *a = findAttr(*node, name);
  if (!a || !a->has_t()) {
    emitError() << "attribute '" << name << "' is missing";
    return failure();
  }
  HostTensor t;
  std::string error;
  if (!readTensor(a->t(), getContext(), modelDir, t, error)) {
    emitError() << error;
    return failure();
  }
  return t;
}

//===----------------------------------------------------------------------===//
// Entry point
//===----------------------------------------------------------------------===//

void mlir::prune::registerOnnxImportDialects(DialectRegistry &registry) {
  registry.insert<arith::ArithDialect, func::FuncDialect, tensor::TensorDialect,
                  tosa::TosaDialect>();
}

OwningOpRef<ModuleOp>
mlir::prune::importOnnxFile(StringRef path, MLIRContext *context,
                            const OnnxImportOptions &options) {
  Location fileLoc = FileLineColLoc::get(context, path, 0, 0);
  auto buffer = llvm::MemoryBuffer::getFile(path, /*IsText=*/false,
                                            /*RequiresNullTerminator=*/false);
  if (!buffer) {
    mlir::emitError(fileLoc)
        << "cannot read the model: " << buffer.getError().message();
    return nullptr;
  }
  onnx::ModelProto model;
  StringRef bytes = (*buffer)->getBuffer();
  if (bytes.empty() ||
      !model.ParseFromArray(bytes.data(), static_cast<int>(bytes.size())) ||
      !model.has_graph()) {
    mlir::emitError(fileLoc)
        << "not an ONNX model (the file does not parse as an ONNX "
           "ModelProto; is it truncated, or another format?)";
    return nullptr;
  }
  SmallString<256> dir(path);
  llvm::sys::path::remove_filename(dir);
  GraphImporter importer(context, model, dir, options);
  return importer.run(path);
}
