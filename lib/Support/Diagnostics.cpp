//===- Diagnostics.cpp - What the passes say and how ----------------------===//

#include "Prune/Support/Diagnostics.h"

#include "mlir/Interfaces/FunctionInterfaces.h"

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
