//===- OptionSpelling.cpp - Clear errors for misspelled pass options ------===//

#include "Prune/Transforms/OptionSpelling.h"

#include "llvm/ADT/StringExtras.h"

using namespace mlir;
using namespace mlir::prune;

/// Splits `options` at spaces outside quotes and braces, as MLIR's
/// pass-option parser does.
static SmallVector<StringRef> splitOptions(StringRef options) {
  SmallVector<StringRef> tokens;
  size_t start = 0, depth = 0;
  char quote = 0;
  for (size_t i = 0; i <= options.size(); ++i) {
    char c = i < options.size() ? options[i] : ' ';
    if (quote) {
      quote = c == quote ? 0 : quote;
      continue;
    }
    if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '{') {
      ++depth;
    } else if (c == '}') {
      depth = depth ? depth - 1 : 0;
    } else if (c == ' ' && depth == 0) {
      StringRef token = options.slice(start, i).trim();
      if (!token.empty())
        tokens.push_back(token);
      start = i + 1;
    }
  }
  return tokens;
}

/// The option names in `text`, a pass or its options printed in textual
/// pipeline form (`name{a=1 b=2}` or `{a=1 b=2}`).
static std::vector<std::string> getOptionNames(StringRef text) {
  StringRef inner = text;
  size_t open = inner.find('{');
  std::vector<std::string> names;
  if (open == StringRef::npos || !inner.ends_with("}"))
    return names;
  for (StringRef token : splitOptions(inner.slice(open + 1, inner.size() - 1)))
    names.push_back(token.split('=').first.str());
  return names;
}

/// The closest of `candidates` to `word`, if it is close enough to be a
/// typo.
static std::optional<std::string>
findClosest(StringRef word, ArrayRef<std::string> candidates) {
  std::optional<std::string> best;
  unsigned bestDistance = std::max<unsigned>(2, word.size() / 3) + 1;
  for (const std::string &candidate : candidates) {
    unsigned distance = word.edit_distance(candidate);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = candidate;
    }
  }
  return best;
}

static std::string didYouMean(StringRef word,
                              ArrayRef<std::string> candidates) {
  std::optional<std::string> closest = findClosest(word, candidates);
  return closest ? " (did you mean '" + *closest + "'?)" : "";
}

std::function<std::string(StringRef)>
prune::checkOneOf(std::vector<std::string> values) {
  return [values = std::move(values)](StringRef value) -> std::string {
    if (llvm::is_contained(values, value))
      return "";
    return "expected one of " + llvm::join(values, ", ") +
           didYouMean(value, values);
  };
}

std::function<std::string(StringRef)> prune::checkNumber() {
  return [](StringRef value) -> std::string {
    double number;
    return value.trim().getAsDouble(number) ? "expected a number" : "";
  };
}

std::function<std::string(StringRef)> prune::checkBool() {
  return [](StringRef value) -> std::string {
    if (value.empty() || llvm::is_contained({"true", "false", "1", "0"}, value))
      return "";
    return "expected true or false";
  };
}

std::function<std::string(StringRef)> prune::checkPattern() {
  return [](StringRef value) -> std::string {
    std::string error;
    return succeeded(PrunePattern::parse(value, error)) ? "" : error;
  };
}

static LogicalResult
checkOptionSpelling(StringRef passName, ArrayRef<std::string> names,
                    StringRef options, ArrayRef<OptionValueCheck> typed,
                    function_ref<LogicalResult(const Twine &)> errorHandler) {
  for (StringRef token : splitOptions(options)) {
    auto [key, value] = token.split('=');
    if (names.empty())
      return errorHandler(passName + ": unknown option '" + key +
                          "'; the pass has no options");
    if (!llvm::is_contained(names, key))
      return errorHandler(passName + ": unknown option '" + key + "'" +
                          didYouMean(key, names) + "; the options are: " +
                          llvm::join(names, ", "));
    for (const OptionValueCheck &option : typed) {
      if (option.name != key || !option.check)
        continue;
      // Quoted values reach the parser without their quotes.
      StringRef unquoted = value;
      if (unquoted.size() >= 2 &&
          (unquoted.front() == '"' || unquoted.front() == '\'') &&
          unquoted.back() == unquoted.front())
        unquoted = unquoted.drop_front().drop_back();
      std::string problem = option.check(unquoted);
      if (!problem.empty())
        return errorHandler(passName + ": invalid option '" + token +
                            "': " + problem);
    }
  }
  return success();
}

LogicalResult prune::checkOptionSpelling(
    Pass &pass, StringRef options, ArrayRef<OptionValueCheck> typed,
    function_ref<LogicalResult(const Twine &)> errorHandler) {
  std::string text;
  llvm::raw_string_ostream os(text);
  pass.printAsTextualPipeline(os);
  return ::checkOptionSpelling(pass.getArgument(), getOptionNames(text),
                               options, typed, errorHandler);
}

std::function<std::string(StringRef)> prune::checkNumberList() {
  return [](StringRef value) -> std::string {
    SmallVector<StringRef> items;
    value.split(items, ',');
    double number;
    for (StringRef item : items)
      if (item.trim().getAsDouble(number))
        return "expected comma-separated numbers";
    return "";
  };
}

LogicalResult prune::checkOptionSpelling(
    StringRef pipelineName, const ::mlir::detail::PassOptions &pipelineOptions,
    StringRef options, ArrayRef<OptionValueCheck> typed,
    function_ref<LogicalResult(const Twine &)> errorHandler) {
  std::string text;
  llvm::raw_string_ostream os(text);
  pipelineOptions.print(os);
  std::vector<std::string> names = getOptionNames(text);
  for (const OptionValueCheck &option : typed)
    if (!llvm::is_contained(names, option.name))
      names.push_back(option.name);
  llvm::sort(names);
  return ::checkOptionSpelling(pipelineName, names, options, typed,
                               errorHandler);
}
