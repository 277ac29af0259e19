//===- OnnxEinsumOps.cpp - Einsum as transposes and a MatMul -------------===//
//
// A two-operand Einsum whose indices each appear once per operand (no
// diagonals) is a batched matrix product. Indices of both operands and the
// output are batch dimensions, of both operands only contracted, of one
// operand and the output that operand's free dimensions. Each operand is
// transposed to [batch, free, contracted] or [batch, contracted, free] and
// reshaped to [batch, M, K] and [batch, K, N] (a right operand without batch
// indices to [K, N]; the operand with the dynamic batch goes left), and
// MatMul's converter multiplies them: a constant
// right operand is then a layer's weight, as a MatMul's is. Its result is
// reshaped to the free dimensions and transposed to the output's order. One
// operand is a transpose. An index of one operand only that the output
// lacks is summed out of that operand first.
//
//===----------------------------------------------------------------------===//

#include "GraphImporter.h"

#include "llvm/ADT/STLExtras.h"

#include <cctype>
#include <onnx/onnx_pb.h>

using namespace mlir;
using namespace mlir::prune::onnx_import;

namespace {
/// An Einsum equation with its ellipses spelled out, one index (a char)
/// per dimension.
struct EinsumEquation {
  SmallVector<std::string> inputs;
  std::string output;
};
} // namespace

/// Parses `equation` for operands of `ranks`; an ellipsis becomes the
/// indices '0', '1', ... (ONNX indices are letters), right-aligned.
static FailureOr<EinsumEquation>
parseEquation(GraphImporter &g, StringRef equation, ArrayRef<int64_t> ranks) {
  std::string text;
  for (char c : equation)
    if (c != ' ')
      text.push_back(c);
  auto [lhs, rhs] = StringRef(text).split("->");
  bool explicitOutput = StringRef(text).contains("->");
  SmallVector<StringRef> terms;
  lhs.split(terms, ',');
  if (terms.size() != ranks.size())
    return g.emitError() << "the equation '" << equation << "' has "
                         << terms.size() << " operands, the node "
                         << ranks.size();
  EinsumEquation result;
  int64_t ellipsisRank = 0;
  auto expand = [&](StringRef term, int64_t rank) -> FailureOr<std::string> {
    size_t dots = term.find("...");
    std::string letters = term.str();
    if (dots == StringRef::npos)
      return letters;
    int64_t named = static_cast<int64_t>(term.size()) - 3;
    int64_t covered = rank - named;
    if (covered < 0 || covered > 10)
      return failure();
    ellipsisRank = std::max(ellipsisRank, covered);
    std::string fill;
    for (int64_t i = 0; i < covered; ++i)
      fill.push_back(char('0' + 10 - covered + i));
    return term.substr(0, dots).str() + fill + term.substr(dots + 3).str();
  };
  for (auto [term, rank] : llvm::zip_equal(terms, ranks)) {
    FailureOr<std::string> letters = expand(term, rank);
    if (failed(letters) || static_cast<int64_t>(letters->size()) != rank)
      return g.emitError() << "the equation's term '" << term
                           << "' does not fit a rank-" << rank << " operand";
    if (llvm::any_of(*letters,
                     [&](char c) { return llvm::count(*letters, c) > 1; }))
      return g.emitError() << "repeated indices in '" << term
                           << "' (a diagonal) are not supported";
    result.inputs.push_back(*letters);
  }
  if (explicitOutput) {
    std::string fill;
    for (int64_t i = 0; i < ellipsisRank; ++i)
      fill.push_back(char('0' + 10 - ellipsisRank + i));
    size_t dots = rhs.find("...");
    result.output = dots == StringRef::npos ? rhs.str()
                                            : rhs.substr(0, dots).str() + fill +
                                                  rhs.substr(dots + 3).str();
  } else {
    // Implicit: the ellipsis, then the letters that appear once, sorted.
    for (int64_t i = 0; i < ellipsisRank; ++i)
      result.output.push_back(char('0' + 10 - ellipsisRank + i));
    std::string once;
    for (const std::string &in : result.inputs)
      for (char c : in)
        if (!isdigit(c) &&
            llvm::count_if(result.inputs, [&](const std::string &other) {
              return other.find(c) != std::string::npos;
            }) == 1)
          once.push_back(c);
    llvm::sort(once);
    result.output += once;
  }
  for (char c : result.output)
    if (llvm::none_of(result.inputs, [&](const std::string &in) {
          return in.find(c) != std::string::npos;
        }))
      return g.emitError() << "the output index '" << c << "' is in no operand";
  return result;
}

/// `v` transposed by `perm` and reshaped to `shape`, on the host for a
/// constant.
static FailureOr<ImportedValue> permuteAndReshape(GraphImporter &g,
                                                  ImportedValue v,
                                                  ArrayRef<int64_t> perm,
                                                  ArrayRef<int64_t> shape) {
  ImportedValue result;
  result.elementType = v.elementType;
  result.shape.assign(shape.begin(), shape.end());
  if (v.host && !v.value) {
    result.host = v.host->transposed(perm).reshaped(shape);
    return result;
  }
  Value x = g.getOnnxLayout(v);
  if (!x)
    return failure();
  if (!llvm::equal(perm, llvm::seq<int64_t>(0, perm.size())))
    x = g.transpose(x, SmallVector<int32_t>(perm.begin(), perm.end()));
  x = g.reshape(x, shape);
  if (!x)
    return failure();
  result.value = x;
  return result;
}

/// Operand `i` summed over its indices that `keep` lacks (ReduceSum), with
/// its term shortened to match; `v` unchanged when none are.
static FailureOr<ImportedValue> sumOutIndices(GraphImporter &g, ImportedValue v,
                                              std::string &term,
                                              StringRef keep) {
  SmallVector<int64_t> axes;
  std::string kept;
  SmallVector<int64_t> shape;
  for (auto [d, c] : llvm::enumerate(term)) {
    if (keep.contains(c)) {
      kept.push_back(c);
      shape.push_back(v.shape[d]);
    } else {
      axes.push_back(d);
    }
  }
  if (axes.empty())
    return v;
  Value x = g.getOnnxLayout(v);
  if (!x)
    return failure();
  x = g.reshape(reduceOverAxes(g, x, axes, /*max=*/false), shape);
  if (!x)
    return failure();
  ImportedValue result;
  result.value = x;
  result.shape = shape;
  result.elementType = v.elementType;
  term = kept;
  return result;
}

/// The positions in `term` of `indices`.
static SmallVector<int64_t> positionsIn(StringRef term, StringRef indices) {
  SmallVector<int64_t> positions;
  for (char c : indices)
    positions.push_back(term.find(c));
  return positions;
}

static LogicalResult convertEinsum(GraphImporter &g) {
  int64_t operands = g.getNode().input_size();
  if (operands != 1 && operands != 2)
    return g.emitError() << "only Einsum of one or two operands is supported";
  SmallVector<int64_t> ranks;
  for (int64_t i = 0; i < operands; ++i) {
    if (!isa<FloatType>(g.getInput(i).elementType))
      return g.emitError() << "only float tensors are supported";
    ranks.push_back(g.getInput(i).shape.size());
  }
  FailureOr<EinsumEquation> eq =
      parseEquation(g, g.getStringAttr("equation", ""), ranks);
  if (failed(eq))
    return failure();

  // Each index's size, checked across operands.
  llvm::DenseMap<char, int64_t> sizes;
  for (int64_t i = 0; i < operands; ++i)
    for (auto [c, d] : llvm::zip_equal(eq->inputs[i], g.getInput(i).shape)) {
      auto [it, inserted] = sizes.try_emplace(c, d);
      if (!inserted && it->second != d) {
        auto describe = [](int64_t size) {
          return size == kUnknown ? std::string("dynamic")
                                  : std::to_string(size);
        };
        return g.emitError() << "index '" << c << "' has sizes "
                             << describe(it->second) << " and " << describe(d);
      }
    }
  auto sizesOf = [&](StringRef indices) {
    SmallVector<int64_t> dims;
    for (char c : indices)
      dims.push_back(sizes.lookup(c));
    return dims;
  };
  const std::string &out = eq->output;

  if (operands == 1) {
    std::string in = eq->inputs[0];
    FailureOr<ImportedValue> summed = sumOutIndices(g, g.getInput(0), in, out);
    if (failed(summed))
      return failure();
    FailureOr<ImportedValue> y =
        permuteAndReshape(g, *summed, positionsIn(in, out), sizesOf(out));
    if (failed(y))
      return failure();
    g.setOutput(0, std::move(*y));
    return success();
  }

  // An index of one operand only, not in the output, is summed out of it
  // first ("bij,bik->bk" sums j out of the left operand).
  std::string a = eq->inputs[0], b = eq->inputs[1];
  FailureOr<ImportedValue> lhsSummed =
      sumOutIndices(g, g.getInput(0), a, out + b);
  FailureOr<ImportedValue> rhsSummed =
      sumOutIndices(g, g.getInput(1), b, out + eq->inputs[0]);
  if (failed(lhsSummed) || failed(rhsSummed))
    return failure();
  SmallVector<ImportedValue, 2> summed = {std::move(*lhsSummed),
                                          std::move(*rhsSummed)};
  auto in = [](StringRef term, char c) {
    return term.find(c) != StringRef::npos;
  };
  std::string batch, contracted, leftFree, rightFree;
  for (char c : out) {
    if (in(a, c) && in(b, c))
      batch.push_back(c);
    else if (in(a, c))
      leftFree.push_back(c);
    else
      rightFree.push_back(c);
  }
  for (char c : a)
    if (in(b, c) && !in(out, c))
      contracted.push_back(c);

  // Against a right operand without batch indices (a weight), the left
  // operand's free dimensions stay as they are, as MatMul's leading ones
  // (the dynamic batch among them); else they are one M.
  int64_t m = getProductOrUnknown(sizesOf(leftFree)),
          k = getProductOrUnknown(sizesOf(contracted)),
          n = getProductOrUnknown(sizesOf(rightFree));
  // The operand with the dynamic batch goes left, the other (a weight
  // written first: "cd,btc->btd") right.
  int left = 0;
  if (batch.empty() && n == kUnknown && m != kUnknown) {
    left = 1;
    std::swap(leftFree, rightFree);
    std::swap(m, n);
  }
  const std::string &lhsTerm = left ? b : a, &rhsTerm = left ? a : b;
  if ((!batch.empty() && m == kUnknown) || k == kUnknown || n == kUnknown)
    return g.emitError() << "free and contracted indices must be static; "
                            "import with --batch=N";
  SmallVector<int64_t> aShape = sizesOf(batch), bShape = sizesOf(batch);
  if (batch.empty()) {
    aShape = sizesOf(leftFree);
    if (aShape.empty())
      aShape.push_back(1);
  } else {
    aShape.push_back(m);
  }
  aShape.push_back(k);
  bShape.append({k, n});
  FailureOr<ImportedValue> lhs = permuteAndReshape(
      g, summed[left], positionsIn(lhsTerm, batch + leftFree + contracted),
      aShape);
  FailureOr<ImportedValue> rhs = permuteAndReshape(
      g, summed[1 - left], positionsIn(rhsTerm, batch + contracted + rightFree),
      bShape);
  if (failed(lhs) || failed(rhs))
    return failure();
  g.overrideInput(0, std::move(*lhs));
  g.overrideInput(1, std::move(*rhs));
  LogicalResult multiplied = convertFloatMatMul(g);
  g.clearInputOverrides();
  if (failed(multiplied))
    return failure();

  // [batch, M, N] -> [batch, leftFree, rightFree] -> the output's order.
  ImportedValue *product = g.lookupValue(g.getOutputName(0));
  std::string natural = batch + leftFree + rightFree;
  FailureOr<ImportedValue> y = permuteAndReshape(
      g, *product, positionsIn(natural, natural), sizesOf(natural));
  if (succeeded(y) && natural != out)
    y = permuteAndReshape(g, *y, positionsIn(natural, out), sizesOf(out));
  if (failed(y))
    return failure();
  g.setOutput(0, std::move(*y));
  return success();
}

void mlir::prune::onnx_import::registerEinsumConverters(ConverterTable &table) {
  table["Einsum"] = convertEinsum;
}
