//===- PrunePattern.h - Which weights are pruned together ------*- C++ -*-===//
//
// A sparsity pattern says which units of a weight's (output, input) view are
// scored and zeroed together: single weights, N of every M consecutive
// weights along the input dimension, RxC blocks, or whole output channels.
// `pattern=` options are typed: `llvm::cl::parser<PrunePattern>` parses and
// prints them, so a malformed pattern is refused when the pipeline is
// parsed, with the expected forms in the message.
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_PRUNING_PRUNEPATTERN_H
#define PRUNE_PRUNING_PRUNEPATTERN_H

#include "Prune/Analysis/WeightAnalysis.h"

#include "mlir/Support/LLVM.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/raw_ostream.h"

#include <string>

namespace mlir::prune {

/// Which units are scored and zeroed together.
struct PrunePattern {
  enum class Kind { Unstructured, NOfM, Block, Channel };
  Kind kind = Kind::Unstructured;
  /// N:M: keep `n` of every `m` consecutive weights along the input dim.
  int64_t n = 0, m = 0;
  /// block:RxC: blocks of `blockRows` x `blockCols` of the (out, in) view.
  int64_t blockRows = 0, blockCols = 0;

  /// Parses `unstructured`, `N:M`, `block:RxC` or `channel`. On failure,
  /// `error` says what is wrong.
  static FailureOr<PrunePattern> parse(StringRef spec, std::string &error);
  std::string str() const;
  /// The sparsity an N:M pattern implies.
  double impliedSparsity() const { return double(m - n) / double(m); }
  /// Returns why this pattern cannot apply to a weight with `view` (null
  /// when the view is unknown, `viewError` saying why), or "" if it can.
  std::string checkApplicable(const WeightView *view,
                              StringRef viewError) const;

  bool operator==(const PrunePattern &other) const {
    return kind == other.kind && n == other.n && m == other.m &&
           blockRows == other.blockRows && blockCols == other.blockCols;
  }
};

inline llvm::raw_ostream &operator<<(llvm::raw_ostream &os,
                                     const PrunePattern &pattern) {
  return os << pattern.str();
}

} // namespace mlir::prune

namespace llvm::cl {
/// Parses `pattern=` options (MLIR pass options use llvm::cl parsers).
template <>
class parser<mlir::prune::PrunePattern>
    : public basic_parser<mlir::prune::PrunePattern> {
public:
  parser(Option &option) : basic_parser(option) {}
  bool parse(Option &option, StringRef argName, StringRef arg,
             mlir::prune::PrunePattern &value);
  StringRef getValueName() const override { return "pattern"; }
  void printOptionDiff(const Option &option,
                       const mlir::prune::PrunePattern &value,
                       const OptionValue<mlir::prune::PrunePattern> &defaultValue,
                       size_t globalWidth) const;
  void anchor() override;
};
} // namespace llvm::cl

#endif // PRUNE_PRUNING_PRUNEPATTERN_H
