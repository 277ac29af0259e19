//===- Interfaces.cpp - The generated interface definitions ---------------===//

#include "Prune/Interfaces/PrunableLayerOpInterface.h"
#include "Prune/Interfaces/ValueFlowOpInterface.h"

using namespace mlir;
using namespace mlir::prune;

#include "Prune/Interfaces/PrunableLayerOpInterface.cpp.inc"
#include "Prune/Interfaces/ValueFlowOpInterface.cpp.inc"
