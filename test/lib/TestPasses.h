//===- TestPasses.h - Registration of mlir-prune's test passes -*- C++ -*-===//

#ifndef PRUNE_TEST_LIB_TESTPASSES_H
#define PRUNE_TEST_LIB_TESTPASSES_H

namespace mlir::prune::test {
void registerTestLayerInterfacePass();
void registerTestNeuronGroupsPass();
void registerTestNeuronIntervalsPass();
void registerTestWeightViewsPass();
void registerTestZeroValuesPass();

/// All of the above.
void registerPruneTestPasses();
} // namespace mlir::prune::test

#endif // PRUNE_TEST_LIB_TESTPASSES_H
