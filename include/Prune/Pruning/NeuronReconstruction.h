//===- NeuronReconstruction.h - Neurons chosen by what readers lose -*- C++
//-*-===//
//
// What `prune-neurons{mode=importance method=reconstruct}` does. The layers
// that read a group's neurons (its readers) are least-squares problems on
// the calibration statistics of their inputs, with the bias as the weight of
// a constant input. Neurons go greedily: each step removes the neurons whose
// input columns the readers can best do without once their other weights and
// their bias are re-solved, and the readers keep the re-solved weights. This
// is channel pruning by output reconstruction (He et al. 2017; ThiNet, Luo et
// al. 2017) with the optimal brain surgeon's closed forms (Hassibi and Stork
// 1993) for the error of removing a set of columns and the update of the
// others, so a step costs small solves rather than a factorization per
// candidate.
//
//===----------------------------------------------------------------------===//

#ifndef PRUNE_PRUNING_NEURONRECONSTRUCTION_H
#define PRUNE_PRUNING_NEURONRECONSTRUCTION_H

#include "mlir/Support/LLVM.h"
#include "llvm/ADT/ArrayRef.h"

#include <cstdint>
#include <vector>

namespace mlir::prune {

/// A layer that reads a group's neurons, as the problem its refit solves.
struct NeuronReader {
  /// Its (output, input) weights, row-major rows x cols; column c reads
  /// neuron c % numNeurons (input channels are the innermost columns).
  int64_t rows = 0;
  int64_t cols = 0;
  std::vector<double> weights;
  /// Its bias (rows values), which the refit shifts; empty when it has
  /// none, and then the refit has no constant input.
  std::vector<double> bias;
  /// Calibration statistics of its inputs: X^T X (cols x cols), the sum of
  /// each input over the samples, and the number of samples (rows of X).
  ArrayRef<double> gram;
  ArrayRef<double> inputSum;
  uint64_t samples = 0;
};

/// What a reader becomes once neurons are removed.
struct ReaderRefit {
  /// rows x cols, zero in the removed neurons' columns.
  std::vector<double> weights;
  /// What to add to each entry of the bias (empty without a bias).
  std::vector<double> biasDelta;
  /// Squared output error on the calibration inputs, relative to the
  /// output's energy (bias included in both).
  double relativeError = 0.0;
};

struct NeuronRemoval {
  /// Ascending.
  std::vector<int64_t> removed;
  /// One per reader.
  std::vector<ReaderRefit> refits;
};

/// Removes `count` of `numNeurons` neurons in blocks of `block` consecutive
/// ones (1, or an attention head's projections), choosing them greedily by
/// the sum of the readers' relative output errors after their refit. At
/// most 64 steps: a step removes the cheapest ceil(blocks / 64) candidates
/// (one at a time for up to 64 blocks). `count` is rounded down to whole
/// blocks and at least one block is kept. Every reader must have
/// cols % numNeurons == 0.
NeuronRemoval removeNeuronsByReconstruction(ArrayRef<NeuronReader> readers,
                                            int64_t numNeurons, int64_t block,
                                            int64_t count);

/// Refits the readers once the neurons `removed` (chosen otherwise) are
/// gone.
std::vector<ReaderRefit> refitNeuronReaders(ArrayRef<NeuronReader> readers,
                                            int64_t numNeurons,
                                            ArrayRef<int64_t> removed);

} // namespace mlir::prune

#endif // PRUNE_PRUNING_NEURONRECONSTRUCTION_H
