//===- GraphImporter.h - State of one ONNX graph import ---------*- C++ -*-===//
//
// The importer walks the ONNX graph in order and keeps, per ONNX value
// name, what it knows: the IR value, a host copy when the value is constant
// (so shape arithmetic folds and weights can be rearranged), and its layout.
//
// Layout: ONNX convolutions are NCHW and TOSA's are NHWC. A 4-D value that a
// convolution or pooling produced stays NHWC ("channels last") through the
// ops that do not care (elementwise ops, BatchNorm, further convolutions);
// it is transposed back to NCHW only where an op needs ONNX's layout
// (Reshape, Flatten, Transpose, graph outputs). A CNN then has one transpose
// at its input and none between its layers. `ImportedValue::shape` is
// always in ONNX's order.
//
// Converters (one function per ONNX operator, in Onnx*Ops.cpp) read their
// node's inputs and attributes through this class and define its outputs.
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_LIB_IMPORT_GRAPHIMPORTER_H
#define PRUNE_LIB_IMPORT_GRAPHIMPORTER_H

#include "HostTensor.h"

#include "Prune/Import/OnnxImporter.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Builders.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"

#include <map>
#include <optional>
#include <string>

namespace onnx {
class ModelProto;
class NodeProto;
class GraphProto;
} // namespace onnx

namespace mlir::prune::onnx_import {

struct ImportedValue {
  /// The value in the IR; null for a constant not yet materialized.
  Value value;
  /// A known constant (possibly with unknown dimension entries).
  std::optional<HostTensor> host;
  /// `value` holds this rank-4 NCHW tensor transposed to NHWC.
  bool channelsLast = false;
  /// The ONNX (NCHW-order) shape; kUnknown for dynamic dimensions.
  SmallVector<int64_t> shape;
  Type elementType;
  /// uint8 data held as int8 offset by -128 (`elementType` is i8): TOSA's
  /// integer arithmetic is signed, and with the zero point offset alike
  /// (zp - 128) every quantized op computes the same. Only nodes that read
  /// such data through a zero point or move it unchanged may read it.
  bool offsetUint8 = false;
  /// Integers held in f32 (`elementType` is f32): DynamicQuantizeLinear's
  /// uint8 outputs and MatMulInteger's int32 result, as ONNX Runtime's
  /// dynamic quantization writes them. Only MatMulInteger, ConvInteger, a
  /// Cast to float and data movement may read them.
  bool integerInFloat = false;
  /// Booleans held as 0 and 1 in a float type: the results of comparisons
  /// of computed tensors and of And, Or, Xor, Not on them. An i1 tensor in
  /// memory would be written by vectorized code as packed bits and read as
  /// bytes; 0/1 floats fuse into their consumers like any float. Only
  /// Where, And, Or, Xor, Not, Cast and data movement may read them.
  bool booleanInFloat = false;
  /// A dynamic dimension of this value, or of one it is computed from, may
  /// be the batch times another size (a reshape merged them, as attention
  /// merges batch and heads): kUnknown then does not mean the batch, and
  /// nothing may be built at the batch size for it (a splat, an expand).
  bool batchMerged = false;
  /// Cached conversions to the other layout.
  Value onnxLayoutCache, channelsLastCache;
};

class GraphImporter;
using Converter = LogicalResult (*)(GraphImporter &);
using ConverterTable = llvm::StringMap<Converter>;

void registerMathConverters(ConverterTable &table);
void registerNNConverters(ConverterTable &table);
void registerShapeConverters(ConverterTable &table);
void registerFillConverters(ConverterTable &table);
void registerImageConverters(ConverterTable &table);
void registerLogicConverters(ConverterTable &table);
void registerReduceConverters(ConverterTable &table);
void registerQuantConverters(ConverterTable &table);
void registerNormConverters(ConverterTable &table);
void registerDynamicQuantConverters(ConverterTable &table);
void registerEinsumConverters(ConverterTable &table);

/// The QDQ form of an int8 layer at the current Conv (or Gemm / MatMul):
/// true after importing it, with its QuantizeLinear, as integer TOSA; false
/// when the node is not in that form (it then imports in float); failure
/// after an error.
FailureOr<bool> tryConvertQdqConv(GraphImporter &g);
FailureOr<bool> tryConvertQdqMatMul(GraphImporter &g);
/// Identity: output 0 is input 0 (also Dropout, and a reduction over no
/// axes).
LogicalResult convertIdentity(GraphImporter &g);
/// The float MatMul converter, for MatMulInteger to run on its operands
/// held in f32.
LogicalResult convertFloatMatMul(GraphImporter &g);
/// The float 2-D Conv converter, for ConvInteger likewise.
LogicalResult convertFloatConv(GraphImporter &g);

/// A constant 1-D integer input's values, or failure after an error naming
/// `what`.
FailureOr<SmallVector<int64_t>> getIntsInput(GraphImporter &g, int i,
                                             StringRef what);

/// Reduces `v` over `axes` (of its IR layout) with tosa.reduce_sum or
/// tosa.reduce_max, keeping the dimensions.
Value reduceOverAxes(GraphImporter &g, Value v, ArrayRef<int64_t> axes,
                     bool max);
/// The number of elements over `axes` of `shape`, or failure if dynamic.
FailureOr<int64_t> countOverAxes(ArrayRef<int64_t> shape,
                                 ArrayRef<int64_t> axes);

class GraphImporter {
public:
  GraphImporter(MLIRContext *context, const onnx::ModelProto &model,
                StringRef modelDir, const OnnxImportOptions &options);

  /// Imports the graph into a new module; null after errors.
  OwningOpRef<ModuleOp> run(StringRef modelPath);

  //===--------------------------------------------------------------------===//
  // For converters: the current node.
  //===--------------------------------------------------------------------===//

  const onnx::NodeProto &getNode() const { return *node; }
  Location getLoc() const { return loc; }
  OpBuilder &getBuilder() { return builder; }
  MLIRContext *getContext() { return builder.getContext(); }
  int64_t getOpsetVersion() const { return opset; }

  /// Whether input `i` is present (optional inputs may be empty names).
  bool hasInput(int i) const;
  ImportedValue &getInput(int i);
  /// The host copy of input `i`, or null when it is not constant.
  const HostTensor *getConstantInput(int i);
  /// Input `i` as a constant, or an error naming the input.
  FailureOr<const HostTensor *> requireConstantInput(int i, StringRef what);

  /// Input `i` as an IR value in ONNX's layout.
  Value getOnnxLayoutInput(int i) { return getOnnxLayout(getInput(i)); }
  Value getOnnxLayout(ImportedValue &v);
  /// A rank-4 value in NHWC.
  Value getChannelsLast(ImportedValue &v);
  /// `v` as an operand of an elementwise op of result rank `rank` in the
  /// given layout: unit dimensions prepended (ONNX broadcasts from the
  /// right), then NCHW -> NHWC when `channelsLast`.
  Value getOperandInLayout(ImportedValue &v, int64_t rank, bool channelsLast);
  /// `v` with elements of `type`: a constant converts on the host, a
  /// computed value through a tosa.cast in its layout. Fails (after an
  /// error) when `v`'s value cannot be had.
  FailureOr<ImportedValue> castTo(const ImportedValue &v, Type type);
  /// An ONNX-order shape as the IR holds it.
  static SmallVector<int64_t> getLayoutShape(ArrayRef<int64_t> shape,
                                             bool channelsLast);

  /// Defines output `i` of the current node.
  void setOutput(int i, ImportedValue v);
  /// Defines output `i` as IR value `value` (ONNX layout unless
  /// `channelsLast`), with ONNX shape `shape`.
  void setOutput(int i, Value value, ArrayRef<int64_t> shape,
                 bool channelsLast = false);
  void setConstantOutput(int i, HostTensor t);
  /// Marks output `i` as uint8 data held offset (ImportedValue::offsetUint8).
  void markOffsetUint8Output(int i);
  /// Marks output `i` as integers held in f32 (ImportedValue::integerInFloat).
  void markIntegerInFloatOutput(int i);
  /// Marks output `i` as booleans held in float (booleanInFloat).
  void markBooleanInFloatOutput(int i);
  /// Marks output `i`'s dynamic dimension as possibly not the batch alone
  /// (batchMerged).
  void markBatchMergedOutput(int i);
  /// Output `i`'s name (for output 0, the fused consumer's when there is one).
  StringRef getOutputName(int i) const;
  /// Makes getInput(i) return `v` for the rest of the current node (a
  /// converter that runs another on a reshaped view of its operands).
  void overrideInput(int i, ImportedValue v) {
    inputOverrides[i] = std::move(v);
  }
  void clearInputOverrides() { inputOverrides.clear(); }
  /// Replaces the definition of an already defined value.
  void redefine(StringRef name, ImportedValue v) {
    values[name.str()] = std::move(v);
  }

  /// The single node that reads the current node's output 0, when there is
  /// exactly one reader and the output is not a graph output.
  const onnx::NodeProto *getSoleConsumer() const;
  /// Marks `consumer` as imported together with the current node: it is
  /// skipped, and the current node's output 0 takes the name of the
  /// consumer's output 0 (for a chain, call it for each node in order).
  void fuseConsumer(const onnx::NodeProto &consumer);
  /// The host copy of an initializer or earlier constant, by name.
  const HostTensor *lookupConstant(StringRef name);
  /// An imported value by ONNX name, or null.
  ImportedValue *lookupValue(StringRef name) { return find(name); }
  /// The node that computes `name`, or null (graph inputs, initializers).
  const onnx::NodeProto *getProducer(StringRef name) const {
    return producers.lookup(name);
  }
  /// The one node that reads `name`, when there is exactly one and `name`
  /// is not a graph output.
  const onnx::NodeProto *getSoleConsumerOf(StringRef name) const;
  /// An integer attribute of any node.
  static int64_t getIntAttr(const onnx::NodeProto &n, StringRef name,
                            int64_t defaultValue);

  // Attributes.
  bool hasAttr(StringRef name) const;
  int64_t getIntAttr(StringRef name, int64_t defaultValue) const;
  double getFloatAttr(StringRef name, double defaultValue) const;
  std::string getStringAttr(StringRef name, StringRef defaultValue) const;
  SmallVector<int64_t> getIntsAttr(StringRef name) const;
  /// The `axes` of the current node: its constant input `inputIndex` (the
  /// form newer opsets use) or else its attribute; fails after an error
  /// when the input is not a constant.
  FailureOr<SmallVector<int64_t>> getAxes(int inputIndex);
  /// A tensor attribute (Constant's `value`).
  FailureOr<HostTensor> getTensorAttr(StringRef name);

  /// Emits an error at the current node and returns failure.
  InFlightDiagnostic emitError();

  //===--------------------------------------------------------------------===//
  // IR helpers.
  //===--------------------------------------------------------------------===//

  /// `tosa.const` of `t`; fails (after an error) on unknown entries.
  Value materialize(const HostTensor &t, StringRef nameHint);
  /// A `tensor<1x..x1 x type>` constant of the given rank.
  Value getScalar(double v, Type type, int64_t rank);
  /// `tosa.const_shape`.
  Value getConstShape(ArrayRef<int64_t> shape);
  /// The zero point operand TOSA wants for `type`.
  Value getZeroPoint(Type type, int64_t value = 0);
  /// tosa.reshape to `shape` (at most one kUnknown dimension); null after an
  /// error otherwise.
  Value reshape(Value v, ArrayRef<int64_t> shape);
  /// `tosa.slice` of `v` from `begin`, `size` elements per dimension.
  Value slice(Value v, ArrayRef<int64_t> begin, ArrayRef<int64_t> size);
  Value transpose(Value v, ArrayRef<int32_t> perms);
  /// tosa.mul (with its zero shift operand).
  Value mul(Value a, Value b);
  /// `v` reshaped to `rank` by prepending unit dimensions (ONNX's
  /// numpy-style broadcasting aligns shapes on the right).
  Value expandRank(Value v, int64_t rank);
  RankedTensorType getTensorType(ArrayRef<int64_t> shape, Type elementType);
  /// The run-time size of the dynamic batch (`tensor.dim` of the first
  /// argument whose first dimension is dynamic), or null when no argument
  /// has one. Dynamic entries of shape arithmetic are taken to be it.
  Value getBatchSize();
  /// A tensor of `shape` (kUnknown entries: the batch size) filled with
  /// `value`: a tensor.splat sized by getBatchSize(). Null when no argument
  /// has a dynamic batch.
  Value splatToBatch(double value, Type elementType, ArrayRef<int64_t> shape);

private:
  LogicalResult checkOperators();
  LogicalResult importNode(const onnx::NodeProto &n, int index);
  ImportedValue *find(StringRef name);

  const onnx::ModelProto &model;
  const onnx::GraphProto &graph;
  std::string modelDir;
  OnnxImportOptions options;
  OpBuilder builder;
  ConverterTable converters;
  int64_t opset = 0;

  std::map<std::string, ImportedValue> values;
  /// Readers of each value name, and the graph's output names.
  llvm::StringMap<SmallVector<const onnx::NodeProto *, 2>> consumers;
  llvm::StringSet<> graphOutputs;
  llvm::StringMap<const onnx::NodeProto *> producers;
  llvm::DenseSet<const onnx::NodeProto *> fused;

  const onnx::NodeProto *node = nullptr;
  /// The name output 0 is defined under, after fuseConsumer.
  std::string output0Name;
  std::map<int, ImportedValue> inputOverrides;
  Block *entryBlock = nullptr;
  Value batchSize;
  Location loc;
};

/// Broadcast of two ONNX shapes (numpy rules); fails when incompatible.
FailureOr<SmallVector<int64_t>> broadcastShapes(ArrayRef<int64_t> a,
                                                ArrayRef<int64_t> b);

} // namespace mlir::prune::onnx_import

#endif // PRUNE_LIB_IMPORT_GRAPHIMPORTER_H
