//===- Progress.cpp - A progress line for long runs -----------------------===//

#include "Prune/Support/Progress.h"

#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir::prune;
using Clock = std::chrono::steady_clock;

static double seconds(Clock::duration d) {
  return std::chrono::duration<double>(d).count();
}

Progress::Progress(llvm::StringRef tool, bool enabled, double delaySeconds)
    : tool(tool.str()), enabled(enabled),
      terminal(llvm::sys::Process::StandardErrIsDisplayed()),
      delaySeconds(delaySeconds), begin(Clock::now()), stepBegin(begin),
      lastPrint(begin) {}

Progress::~Progress() {
  if (lineOpen)
    llvm::errs() << "\n";
}

double Progress::elapsed() const { return seconds(Clock::now() - begin); }

void Progress::start(llvm::StringRef newStep, int64_t newTotal,
                     llvm::StringRef newUnit) {
  step = newStep.str();
  unit = newUnit.str();
  total = newTotal;
  done = 0;
  workDone.reset();
  stepBegin = Clock::now();
  printedStep = false;
  if (terminal && delaySeconds == 0.0)
    print(false, "");
}

void Progress::update(int64_t newDone, std::optional<double> newWorkDone) {
  done = newDone;
  workDone = newWorkDone;
  Clock::time_point now = Clock::now();
  // A terminal line is cheap to rewrite; a log gets a line every 5 s.
  double interval = terminal ? 0.2 : 5.0;
  if (seconds(now - lastPrint) >= interval &&
      seconds(now - begin) >= delaySeconds)
    print(false, "");
}

void Progress::finish(llvm::StringRef note) {
  if (printedStep || delaySeconds == 0.0)
    print(true, note);
}

void Progress::print(bool final, llvm::StringRef note) {
  if (!enabled)
    return;
  printedStep = true;
  lastPrint = Clock::now();
  double stepSeconds = seconds(lastPrint - stepBegin);
  std::string line = llvm::formatv("{0}: {1}", tool, step);
  if (total > 0)
    line += llvm::formatv(": {0}/{1} {2}", final ? total : done, total, unit);
  line += llvm::formatv(", {0:f1} s", stepSeconds);
  double fraction = workDone ? *workDone : double(done) / double(total);
  if (!final && total > 0 && fraction > 0.0)
    line += llvm::formatv(", ETA {0:f1} s",
                          stepSeconds * (1.0 - fraction) / fraction);
  if (!note.empty())
    line += ", " + note.str();
  llvm::raw_ostream &os = llvm::errs();
  if (terminal) {
    os << "\r\x1b[K" << line;
    lineOpen = !final;
    if (final)
      os << "\n";
  } else {
    os << line << "\n";
  }
  os.flush();
}
