//===- CompiledModel.cpp - A model compiled and run in process ------------===//
//
// Arguments and results cross into the JIT code as MLIR's C interface
// (`_mlir_ciface_<entry>`): every tensor is a pointer to a strided memref
// descriptor {allocated, aligned, offset, sizes[r], strides[r]} of 64-bit
// words, and results come back through a pointer to one descriptor, or to a
// struct of them (laid out one after the other) for several results. The
// descriptors are built as arrays of int64_t, so one code path serves every
// rank and element type.
//
//===----------------------------------------------------------------------===//

#include "Prune/Driver/CompiledModel.h"

#include "Prune/InitPrune.h"
#include "Prune/Runtime/PruneRuntime.h"
#include "Prune/Support/OutlineLoops.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/ExecutionEngine/ExecutionEngine.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/InitAllDialects.h"
#include "mlir/InitAllExtensions.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Target/LLVMIR/Dialect/All.h"
#include "llvm/ExecutionEngine/Orc/Mangling.h"
#include "llvm/Support/TargetSelect.h"

#include <cstdlib>

using namespace mlir;
using namespace mlir::prune;

void mlir::prune::registerDriverDialects(DialectRegistry &registry) {
  registerAllDialects(registry);
  registerAllExtensions(registry);
  registerAllToLLVMIRTranslations(registry);
  registerPruneDialects(registry);
}

std::string TensorSignature::describe() const {
  std::string text;
  for (int64_t d : shape)
    text +=
        (ShapedType::isDynamic(d) ? std::string("?") : std::to_string(d)) + "x";
  return text + mlirName(kind).str();
}

static std::optional<HostElementKind> getElementKind(Type type) {
  if (type.isF32())
    return HostElementKind::F32;
  if (type.isF64())
    return HostElementKind::F64;
  if (type.isF16())
    return HostElementKind::F16;
  if (type.isSignlessInteger(64))
    return HostElementKind::I64;
  if (type.isSignlessInteger(32))
    return HostElementKind::I32;
  if (type.isSignlessInteger(16))
    return HostElementKind::I16;
  if (type.isSignlessInteger(8))
    return HostElementKind::I8;
  if (type.isUnsignedInteger(8))
    return HostElementKind::U8;
  if (type.isSignlessInteger(1))
    return HostElementKind::Bool;
  return std::nullopt;
}

FailureOr<EntrySignature> mlir::prune::getEntrySignature(ModuleOp module,
                                                         StringRef entry,
                                                         std::string &error) {
  auto func = module.lookupSymbol<func::FuncOp>(entry);
  if (!func || func.isExternal() || !func.isPublic()) {
    std::string available;
    for (auto other : module.getOps<func::FuncOp>())
      if (other.isPublic() && !other.isExternal())
        available += (available.empty() ? "" : ", ") + other.getName().str();
    error = "the module has no public function '@" + entry.str() + "'" +
            (available.empty() ? "" : " (it has: " + available + ")");
    return failure();
  }
  EntrySignature signature;
  signature.name = entry.str();
  auto convert = [&](Type type, std::string name, bool isResult,
                     std::vector<TensorSignature> &out) -> LogicalResult {
    auto tensor = dyn_cast<RankedTensorType>(type);
    std::optional<HostElementKind> kind =
        tensor ? getElementKind(tensor.getElementType()) : std::nullopt;
    if (!tensor || tensor.getEncoding() || !kind) {
      std::string text;
      llvm::raw_string_ostream os(text);
      os << type;
      error = "@" + entry.str() + "'s " + (isResult ? "result" : "argument") +
              " '" + name + "' has type " + text +
              "; only ranked tensors of f16/f32/f64, i1/i8/i16/i32/i64 or ui8 "
              "can be fed from numpy arrays";
      return failure();
    }
    out.push_back({std::move(name), *kind, llvm::to_vector(tensor.getShape())});
    return success();
  };
  for (auto [i, type] : llvm::enumerate(func.getArgumentTypes())) {
    std::string name = "arg" + std::to_string(i);
    if (auto attr = func.getArgAttrOfType<StringAttr>(i, "prune.name"))
      name = attr.str();
    if (failed(convert(type, name, false, signature.arguments)))
      return failure();
  }
  for (auto [i, type] : llvm::enumerate(func.getResultTypes())) {
    std::string name = "result" + std::to_string(i);
    if (auto attr = func.getResultAttrOfType<StringAttr>(i, "prune.name"))
      name = attr.str();
    if (failed(convert(type, name, true, signature.results)))
      return failure();
  }
  return signature;
}

/// The ranks of the memref descriptors an LLVM function returns: none for
/// void, one for a descriptor, one per member for a struct of descriptors.
static SmallVector<int64_t> getDescriptorRanks(Type resultType) {
  auto rankOf = [](LLVM::LLVMStructType descriptor) -> int64_t {
    ArrayRef<Type> body = descriptor.getBody();
    if (body.size() == 3)
      return 0;
    return cast<LLVM::LLVMArrayType>(body[3]).getNumElements();
  };
  auto structType = dyn_cast<LLVM::LLVMStructType>(resultType);
  if (!structType)
    return {};
  if (!structType.getBody().empty() &&
      isa<LLVM::LLVMPointerType>(structType.getBody().front()))
    return {rankOf(structType)};
  SmallVector<int64_t> ranks;
  for (Type member : structType.getBody())
    ranks.push_back(rankOf(cast<LLVM::LLVMStructType>(member)));
  return ranks;
}

CompiledModel::~CompiledModel() = default;

llvm::Expected<std::unique_ptr<CompiledModel>>
CompiledModel::compile(ModuleOp module, ArrayRef<std::string> entries,
                       const PruneCompileOptions &options) {
  std::unique_ptr<CompiledModel> model(new CompiledModel());
  for (const std::string &entry : entries) {
    std::string error;
    FailureOr<EntrySignature> signature =
        getEntrySignature(module, entry, error);
    if (failed(signature))
      return llvm::createStringError(error);
    model->signatures[entry] = std::move(*signature);
  }

  OwningOpRef<ModuleOp> lowered = module.clone();
  MLIRContext *context = module.getContext();
  std::string diagnostics;
  {
    // The pipeline's own errors say what failed; collect them.
    ScopedDiagnosticHandler handler(context, [&](Diagnostic &diag) {
      if (diag.getSeverity() == DiagnosticSeverity::Error) {
        llvm::raw_string_ostream os(diagnostics);
        os << diag.getLocation() << ": " << diag << "\n";
      }
      return success();
    });
    PassManager pm(context, ModuleOp::getOperationName());
    PruneCompileOptions compileOptions;
    compileOptions.copyOptionValuesFrom(options);
    compileOptions.emitCInterface = true;
    buildPruneCompilePipeline(pm, compileOptions);
    if (failed(pm.run(*lowered)))
      return llvm::createStringError("prune-compile failed:\n" + diagnostics);
  }
  // The prune dialect's argument names mean nothing to LLVM IR.
  lowered->walk([](LLVM::LLVMFuncOp func) {
    for (unsigned i = 0, e = func.getNumArguments(); i < e; ++i)
      func.removeArgAttr(i, "prune.name");
    for (unsigned i = 0, e = func.getNumResults(); i < e; ++i)
      func.removeResultAttr(i,
                            StringAttr::get(func.getContext(), "prune.name"));
  });
  for (const std::string &entry : entries) {
    auto func = lowered->lookupSymbol<LLVM::LLVMFuncOp>(entry);
    if (!func)
      return llvm::createStringError("@" + entry +
                                     " is missing after prune-compile");
    SmallVector<int64_t> ranks =
        getDescriptorRanks(func.getFunctionType().getReturnType());
    const EntrySignature &signature = model->signatures[entry];
    if (ranks.size() != signature.results.size())
      return llvm::createStringError(
          "@" + entry + " returns " + Twine(signature.results.size()) +
          " tensors but its compiled form returns " + Twine(ranks.size()) +
          " (a result that is an argument's buffer is dropped "
          "by bufferization); such entries cannot be run");
    model->loweredResultRanks[entry] = std::move(ranks);
  }

  llvm::InitializeNativeTarget();
  llvm::InitializeNativeTargetAsmPrinter();
  ExecutionEngineOptions engineOptions;
  auto transformer =
      makeModelOptimizer(/*optLevel=*/3, /*targetMachine=*/nullptr);
  engineOptions.transformer = transformer;
  engineOptions.jitCodeGenOptLevel = llvm::CodeGenOptLevel::Aggressive;
  SmallVector<StringRef> libraries = {PRUNE_MLIR_C_RUNNER_UTILS};
  engineOptions.sharedLibPaths = libraries;
  auto engine = ExecutionEngine::create(*lowered, engineOptions);
  if (!engine)
    return engine.takeError();
  model->engine = std::move(*engine);
  // The calibration probes' runtime is linked into this process.
  model->engine->registerSymbols([](llvm::orc::MangleAndInterner interner) {
    llvm::orc::SymbolMap symbols;
    auto add = [&](StringRef name, void *address) {
      symbols[interner(name)] = {llvm::orc::ExecutorAddr::fromPtr(address),
                                 llvm::JITSymbolFlags::Exported};
    };
    add("_mlir_ciface_prune_observe_f32",
        reinterpret_cast<void *>(&_mlir_ciface_prune_observe_f32));
    add("_mlir_ciface_prune_observe_f64",
        reinterpret_cast<void *>(&_mlir_ciface_prune_observe_f64));
    add("_mlir_ciface_prune_observe_im2col_f32",
        reinterpret_cast<void *>(&_mlir_ciface_prune_observe_im2col_f32));
    add("_mlir_ciface_prune_observe_im2col_f64",
        reinterpret_cast<void *>(&_mlir_ciface_prune_observe_im2col_f64));
    return symbols;
  });
  model->engine->initialize();
  return model;
}

llvm::Error CompiledModel::call(StringRef entry,
                                ArrayRef<const HostArray *> arguments,
                                std::vector<HostArray> *results) {
  auto found = signatures.find(entry);
  if (found == signatures.end())
    return llvm::createStringError("@" + entry + " was not compiled");
  const EntrySignature &signature = found->second;
  if (arguments.size() != signature.arguments.size())
    return llvm::createStringError(
        "@" + entry + " takes " + Twine(signature.arguments.size()) +
        " arguments, got " + Twine(arguments.size()));
  // Argument descriptors, contiguous strides.
  std::vector<std::vector<int64_t>> descriptors;
  for (auto [array, expected] : llvm::zip(arguments, signature.arguments)) {
    bool fits = array->kind == expected.kind &&
                array->shape.size() == expected.shape.size();
    for (size_t d = 0; fits && d < expected.shape.size(); ++d)
      fits = ShapedType::isDynamic(expected.shape[d]) ||
             expected.shape[d] == array->shape[d];
    if (!fits)
      return llvm::createStringError("argument '" + expected.name + "' of @" +
                                     entry + " is " + expected.describe() +
                                     ", got " + array->describe());
    int64_t rank = array->shape.size();
    std::vector<int64_t> descriptor(3 + 2 * rank);
    auto address = reinterpret_cast<int64_t>(array->data());
    descriptor[0] = descriptor[1] = address;
    int64_t stride = 1;
    for (int64_t d = rank - 1; d >= 0; --d) {
      descriptor[3 + d] = array->shape[d];
      descriptor[3 + rank + d] = stride;
      stride *= array->shape[d];
    }
    descriptors.push_back(std::move(descriptor));
  }
  ArrayRef<int64_t> ranks = loweredResultRanks[entry];
  size_t resultWords = 0;
  for (int64_t rank : ranks)
    resultWords += 3 + 2 * rank;
  std::vector<int64_t> resultBuffer(std::max<size_t>(resultWords, 1), 0);

  SmallVector<void *> pointers;
  void *resultPointer = resultBuffer.data();
  if (!ranks.empty())
    pointers.push_back(&resultPointer);
  SmallVector<void *> descriptorPointers;
  for (std::vector<int64_t> &descriptor : descriptors)
    descriptorPointers.push_back(descriptor.data());
  for (void *&pointer : descriptorPointers)
    pointers.push_back(&pointer);
  if (llvm::Error error =
          engine->invokePacked(("_mlir_ciface_" + entry).str(), pointers))
    return error;

  // Copy every result out (its strides may be anything) and free it once:
  // results may share a buffer, and a global's descriptor (0xdeadbeef) or an
  // argument's buffer is not ours to free.
  SmallVector<int64_t> freed;
  const int64_t *at = resultBuffer.data();
  for (auto [rank, expected] : llvm::zip(ranks, signature.results)) {
    const int64_t *descriptor = at;
    at += 3 + 2 * rank;
    int64_t allocated = descriptor[0];
    bool owned = allocated != 0 && allocated != 0xdeadbeef &&
                 !llvm::is_contained(freed, allocated);
    for (const HostArray *array : arguments)
      if (allocated >= reinterpret_cast<int64_t>(array->data()) &&
          allocated <
              reinterpret_cast<int64_t>(array->data()) + array->numBytes())
        owned = false;
    if (results) {
      HostArray out;
      out.name = expected.name;
      out.kind = expected.kind;
      out.shape.assign(descriptor + 3, descriptor + 3 + rank);
      out.allocate();
      int64_t size = elementSize(out.kind);
      const char *base =
          reinterpret_cast<const char *>(descriptor[1]) + descriptor[2] * size;
      std::vector<int64_t> index(rank, 0);
      char *dst = out.data();
      for (int64_t n = 0, e = out.numElements(); n < e; ++n) {
        int64_t offset = 0;
        for (int64_t d = 0; d < rank; ++d)
          offset += index[d] * descriptor[3 + rank + d];
        std::memcpy(dst + n * size, base + offset * size, size);
        for (int64_t d = rank - 1; d >= 0; --d) {
          if (++index[d] < out.shape[d])
            break;
          index[d] = 0;
        }
      }
      results->push_back(std::move(out));
    }
    if (owned) {
      std::free(reinterpret_cast<void *>(allocated));
      freed.push_back(allocated);
    }
  }
  return llvm::Error::success();
}
