//===- PrunePattern.cpp - Which weights are pruned together ---------------===//

#include "Prune/Pruning/PrunePattern.h"

#include "llvm/ADT/StringExtras.h"

using namespace mlir;
using namespace mlir::prune;

/// Parses a positive decimal integer.
static bool parsePositive(StringRef text, int64_t &value) {
  return !text.getAsInteger(10, value) && value > 0;
}

FailureOr<PrunePattern> PrunePattern::parse(StringRef spec,
                                            std::string &error) {
  PrunePattern pattern;
  if (spec == "unstructured")
    return pattern;
  if (spec == "channel") {
    pattern.kind = Kind::Channel;
    return pattern;
  }
  if (spec.consume_front("block:")) {
    auto [rows, cols] = spec.split('x');
    if (!parsePositive(rows, pattern.blockRows) ||
        !parsePositive(cols, pattern.blockCols)) {
      error = "expected 'block:RxC' with positive integers R and C";
      return failure();
    }
    pattern.kind = Kind::Block;
    return pattern;
  }
  auto [n, m] = spec.split(':');
  if (!m.empty() || spec.contains(':')) {
    if (!parsePositive(n, pattern.n) || !parsePositive(m, pattern.m)) {
      // `blk:2x2` is a misspelled block, not a bad N:M.
      error = llvm::all_of(n, [](char c) { return llvm::isDigit(c); })
                  ? "expected 'N:M' with positive integers N and M"
                  : "expected one of 'unstructured', 'N:M', 'block:RxC', "
                    "'channel'";
      return failure();
    }
    if (pattern.n > pattern.m) {
      error = "N:M needs N <= M";
      return failure();
    }
    pattern.kind = Kind::NOfM;
    return pattern;
  }
  error = "expected one of 'unstructured', 'N:M', 'block:RxC', 'channel'";
  return failure();
}

std::string PrunePattern::str() const {
  switch (kind) {
  case Kind::Unstructured:
    return "unstructured";
  case Kind::Channel:
    return "channel";
  case Kind::NOfM:
    return std::to_string(n) + ":" + std::to_string(m);
  case Kind::Block:
    return "block:" + std::to_string(blockRows) + "x" +
           std::to_string(blockCols);
  }
  llvm_unreachable("unknown pattern kind");
}

std::string PrunePattern::checkApplicable(const WeightView *view,
                                          StringRef viewError) const {
  if (kind == Kind::Unstructured)
    return "";
  if (!view)
    return ("its (output, input) layout is unknown: " + viewError).str();
  std::string shape =
      std::to_string(view->rows) + "x" + std::to_string(view->cols);
  if (kind == Kind::NOfM && view->cols % m != 0)
    return "its input dimension (" + std::to_string(view->cols) +
           " in the " + shape + " (output, input) view) is not a multiple of " +
           std::to_string(m);
  if (kind == Kind::Block &&
      (view->rows % blockRows != 0 || view->cols % blockCols != 0))
    return "blocks of " + std::to_string(blockRows) + "x" +
           std::to_string(blockCols) + " do not tile its " + shape +
           " (output, input) view";
  return "";
}

//===----------------------------------------------------------------------===//
// The option parser
//===----------------------------------------------------------------------===//

bool llvm::cl::parser<PrunePattern>::parse(Option &option, StringRef argName,
                                           StringRef arg,
                                           PrunePattern &value) {
  std::string error;
  FailureOr<PrunePattern> parsed = PrunePattern::parse(arg, error);
  if (failed(parsed))
    return option.error("'" + arg + "' is not a pattern: " + error, argName);
  value = *parsed;
  return false;
}

void llvm::cl::parser<PrunePattern>::printOptionDiff(
    const Option &option, const PrunePattern &value,
    const OptionValue<PrunePattern> &defaultValue, size_t globalWidth) const {
  printOptionName(option, globalWidth);
  outs() << "= " << value;
  if (defaultValue.hasValue())
    outs().indent(2) << " (default: " << defaultValue.getValue() << ")";
  outs() << "\n";
}

void llvm::cl::parser<PrunePattern>::anchor() {}
