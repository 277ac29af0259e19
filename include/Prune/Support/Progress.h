//===- Progress.h - A progress line for long runs ---------------*- C++ -*-===//
//
// One line on stderr that says what a long run is doing: the step, how far
// it is (samples, layers), the time spent and the time left. On a terminal
// the line is rewritten in place; otherwise a line is printed at most every
// few seconds, so logs stay short. A pass's progress waits a few seconds
// before its first line, so quick runs print nothing.
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_SUPPORT_PROGRESS_H
#define PRUNE_SUPPORT_PROGRESS_H

#include "llvm/ADT/StringRef.h"

#include <chrono>
#include <optional>
#include <string>

namespace mlir::prune {

class Progress {
public:
  /// `tool` prefixes every line; a disabled progress prints nothing, and
  /// nothing is printed before `delaySeconds` have passed.
  Progress(llvm::StringRef tool, bool enabled, double delaySeconds = 0.0);
  ~Progress();

  /// Starts a step of `total` units (0: unknown), e.g. ("calibrating",
  /// 512, "samples").
  void start(llvm::StringRef step, int64_t total, llvm::StringRef unit);
  /// `done` of the step's units are done. Units of unequal cost give the
  /// fraction of the work done, for the ETA.
  void update(int64_t done, std::optional<double> workDone = std::nullopt);
  /// Ends the step with a final line, `note` appended (none when the delay
  /// kept the step silent).
  void finish(llvm::StringRef note = "");

  /// Seconds since the tool started.
  double elapsed() const;
  /// False with --quiet: the tool's passes print no summary lines either.
  bool isEnabled() const { return enabled; }

private:
  void print(bool final, llvm::StringRef note);

  std::string tool, step, unit;
  bool enabled, terminal;
  double delaySeconds;
  bool printedStep = false;
  int64_t total = 0, done = 0;
  std::optional<double> workDone;
  std::chrono::steady_clock::time_point begin, stepBegin, lastPrint;
  bool lineOpen = false;
};

} // namespace mlir::prune

#endif // PRUNE_SUPPORT_PROGRESS_H
