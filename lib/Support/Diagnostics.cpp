//===- Diagnostics.cpp - What the passes say and how ----------------------===//

#include "Prune/Support/Diagnostics.h"

#include "mlir/Interfaces/FunctionInterfaces.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Regex.h"

using namespace mlir;
using namespace mlir::prune;

std::string prune::getNameFromLocation(Location loc) {
  std::string name;
  loc->walk([&](Location inner) {
    if (auto nameLoc = dyn_cast<NameLoc>(inner)) {
      name = nameLoc.getName().str();
      return WalkResult::interrupt();
    }
    return WalkResult::advance();
  });
  return name;
}

std::string prune::describeOp(Operation *op) {
  std::string text = op->getName().getStringRef().str();
  std::string name = getNameFromLocation(op->getLoc());
  if (!name.empty())
    text += " '" + name + "'";
  return text;
}

unsigned prune::getOperandIndex(Operation *op, Value operand) {
  for (OpOperand &use : op->getOpOperands())
    if (use.get() == operand)
      return use.getOperandNumber();
  return 0;
}

StringRef prune::getParentFunctionName(Operation *op) {
  if (auto func = op->getParentOfType<FunctionOpInterface>())
    return func.getName();
  return "";
}

LogicalResult prune::emitOptionError(Location loc, StringRef pass,
                                     StringRef option, const Twine &message) {
  emitError(loc) << pass << ": invalid option '" << option << "': " << message;
  return failure();
}

bool prune::warnIfNoLayerMatches(Location loc, StringRef pass, StringRef regex,
                                 ArrayRef<std::string> layerNames) {
  if (regex.empty())
    return false;
  llvm::Regex pattern(regex);
  if (llvm::any_of(layerNames,
                   [&](const std::string &name) { return pattern.match(name); }))
    return false;
  constexpr size_t kMaxListed = 20;
  std::string listed = llvm::join(
      ArrayRef<std::string>(layerNames).take_front(kMaxListed), ", ");
  if (layerNames.size() > kMaxListed)
    listed += ", ... (" + std::to_string(layerNames.size()) + " in all)";
  emitWarning(loc) << pass << ": layers='" << regex
                   << "' matches no layer, so the pass changes nothing; the "
                      "layers are: "
                   << (layerNames.empty() ? std::string("(none)") : listed);
  return true;
}
