//===- OptionSpelling.h - Clear errors for misspelled pass options -*- C++
//-*-===//
//
// MLIR's pass-option parser reports an unknown
// option as "no such option X" and a bad enum value through llvm::cl,
// followed by an empty error line. The passes of mlir-prune check names and
// values first and report one line that names the valid ones:
//
//   prune-weights: unknown option 'sparsty' (did you mean 'sparsity'?); the
//   options are: criterion, layers, ...
//
// Names come from the pass (or a pipeline's options) itself, every option it
// prints; values from the typed options a pass lists (enums, numbers,
// booleans, patterns). prune-compile's pipeline options are checked the same
// way.
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_TRANSFORMS_OPTIONSPELLING_H
#define PRUNE_TRANSFORMS_OPTIONSPELLING_H

#include "Prune/Pruning/PrunePattern.h"

#include "mlir/Pass/Pass.h"

#include <functional>
#include <string>
#include <type_traits>
#include <vector>

namespace mlir::prune {

/// What the check knows of one typed option: its name and a check of its
/// value ("" when fine, else what is expected).
struct OptionValueCheck {
  std::string name;
  std::function<std::string(StringRef)> check;
};

/// The value checks of enum options: one of the parser's literal values.
std::function<std::string(StringRef)>
checkOneOf(std::vector<std::string> values);
std::function<std::string(StringRef)> checkNumber();
std::function<std::string(StringRef)> checkBool();
std::function<std::string(StringRef)> checkPattern();
std::function<std::string(StringRef)> checkNumberList();

template <typename T, typename Parser>
OptionValueCheck
describeOption(::mlir::detail::PassOptions::Option<T, Parser> &option) {
  OptionValueCheck result{option.ArgStr.str(), nullptr};
  if constexpr (std::is_enum_v<T>) {
    std::vector<std::string> values;
    auto &parser = option.getParser();
    for (unsigned i = 0, e = parser.getNumOptions(); i != e; ++i)
      values.push_back(parser.getOption(i).str());
    result.check = checkOneOf(std::move(values));
  } else if constexpr (std::is_same_v<T, bool>) {
    result.check = checkBool();
  } else if constexpr (std::is_arithmetic_v<T>) {
    result.check = checkNumber();
  } else if constexpr (std::is_same_v<T, PrunePattern>) {
    result.check = checkPattern();
  }
  return result;
}

/// A list option: the name always (a list at its default is not printed),
/// and numbers are checked one by one.
template <typename T, typename Parser>
OptionValueCheck
describeOption(::mlir::detail::PassOptions::ListOption<T, Parser> &option) {
  OptionValueCheck result{option.ArgStr.str(), nullptr};
  if constexpr (std::is_arithmetic_v<T>)
    result.check = checkNumberList();
  return result;
}

/// Checks the names of the options in `options` against those `pass` has,
/// and the values of the `typed` ones, before MLIR's parser sees them;
/// reports the first problem through `errorHandler`.
LogicalResult
checkOptionSpelling(Pass &pass, StringRef options,
                    ArrayRef<OptionValueCheck> typed,
                    function_ref<LogicalResult(const Twine &)> errorHandler);

/// The same for the options of the pipeline `pipelineName`: those
/// `pipelineOptions` prints and the typed ones are its names.
LogicalResult
checkOptionSpelling(StringRef pipelineName,
                    const ::mlir::detail::PassOptions &pipelineOptions,
                    StringRef options, ArrayRef<OptionValueCheck> typed,
                    function_ref<LogicalResult(const Twine &)> errorHandler);

} // namespace mlir::prune

#endif // PRUNE_TRANSFORMS_OPTIONSPELLING_H
