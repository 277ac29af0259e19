//===- TestPasses.cpp - Registration of mlir-prune's test passes ----------===//

#include "TestPasses.h"

void mlir::prune::test::registerPruneTestPasses() {
  registerTestLayerInterfacePass();
  registerTestNeuronGroupsPass();
  registerTestNeuronIntervalsPass();
  registerTestWeightViewsPass();
  registerTestZeroValuesPass();
}
