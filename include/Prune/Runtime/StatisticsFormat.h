/*===- StatisticsFormat.h - The calibration statistics file (C) ---*- C -*-===//
//
// The one description of the statistics file, shared by the code that
// writes it (libPruneRuntime.so, and writeCalibrationStatistics for tests and
// tools) and the code that reads it (the pruning passes,
// Calibration/Statistics.h). Plain C, so the runtime needs no MLIR.
//
// File format (all integers and floats little-endian):
//
//   char[8]  magic "PRUNSTAT"
//   u32      version (= 3; versions 1 and 2 are read too: version 1 lacks
//            the reference block, both lack the sums at the end of a record)
//   u32      number of layers
//   per layer:
//     u32    name length, then the name's bytes (no terminator)
//     u64    samples: rows of the layer's input observed (one per sample and
//            spatial position for convolutions)
//     u32    in:  width of the layer's 2-D (output, input) view's input side
//     u32    out: number of output neurons / channels
//     f64[in]      sumSquares[j]  = sum over samples of x_j^2 (Wanda norms are
//                                   their square roots)
//     f64[in*in]   gram[i*in + j] = sum over samples of x_i x_j (row-major,
//                                   full symmetric matrix)
//     f64[out]     activityMean[k], activityMeanAbs[k],
//     f64[out]     activityFracPositive[k], activityMax[k]: over samples, of
//     f64[out]     the neuron's output after the layer's trailing bias and
//     f64[out]     activation (the value the next layer reads)
//     u32    hasReference (version 2 and later): 1 if the layer's input was paired,
//            sample by sample, with the same layer's input in a reference
//            model (prune-instrument{reference-func=...}), else 0; then, if 1:
//     f64[in*in]   crossGram[i*in + j] = sum over samples of x_i r_j, where r
//                  is the reference model's input of the layer on the same
//                  sample (X^T R; sequential reconstruction fits the pruned
//                  layer to the reference layer's outputs R w through it)
//     f64[in]      sum[j] (version 3) = sum over samples of x_j (bias
//                  correction matches mean outputs through it)
//     f64[in]      referenceSum[j] (version 3, if hasReference) = sum over
//                  samples of r_j
//
// Input features are ordered as the columns of the layer's (output, input)
// weight view (docs/DESIGN.md).
//
//===----------------------------------------------------------------------===*/

#ifndef PRUNE_RUNTIME_STATISTICSFORMAT_H
#define PRUNE_RUNTIME_STATISTICSFORMAT_H

/* The file starts with these 8 bytes. */
#define PRUNE_STATS_MAGIC "PRUNSTAT"
#define PRUNE_STATS_MAGIC_SIZE 8
/* The version written; readers accept every version from
   PRUNE_STATS_OLDEST_VERSION on. */
#define PRUNE_STATS_VERSION 3
#define PRUNE_STATS_OLDEST_VERSION 1

/* What an observed array is (prune.observe's role): a layer's input, its
   output, or the same layer's input in a reference model. */
enum PruneObserveRole {
  PRUNE_OBSERVE_INPUT = 0,
  PRUNE_OBSERVE_OUTPUT = 1,
  PRUNE_OBSERVE_REFERENCE = 2,
};

#endif /* PRUNE_RUNTIME_STATISTICSFORMAT_H */
