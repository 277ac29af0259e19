//===- NeuronReconstruction.cpp - Neurons chosen by what readers lose -----===//
//
// Each reader keeps the inverse of its damped Gram matrix with the constant
// input appended, H = [[G + lambda I, s], [s^T, n]], over the columns still
// in use, and its weights (bias last), each row the optimum of
// (w - d)^T H (w - d) over those columns, d being the dense row. Removing
// the columns Q then costs w_Q^T [H^-1]_QQ^-1 w_Q per row, moves the other
// weights by -[H^-1]_{:,Q} [H^-1]_QQ^-1 w_Q, and leaves the inverse over the
// remaining columns H^-1 - [H^-1]_{:,Q} [H^-1]_QQ^-1 [H^-1]_{Q,:}.
//
//===----------------------------------------------------------------------===//

#include "Prune/Pruning/NeuronReconstruction.h"

#include "llvm/ADT/STLExtras.h"

#include <Eigen/Cholesky>
#include <Eigen/Core>

#include <algorithm>
#include <numeric>

using namespace mlir;
using namespace mlir::prune;

namespace {

using RowMajorMatrix =
    Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using Indices = std::vector<Eigen::Index>;

/// One reader's least-squares problem while neurons are removed.
class ReaderState {
public:
  ReaderState(const NeuronReader &reader, int64_t numNeurons);

  /// The increase of the relative output error when `neurons` go.
  double removalCost(ArrayRef<int64_t> neurons) const;
  /// Removes `neurons`, updating the other weights and the inverse.
  void remove(ArrayRef<int64_t> neurons);
  ReaderRefit finish() const;

private:
  /// The reader's columns that read `neurons`.
  Indices columnsOf(ArrayRef<int64_t> neurons) const;

  const NeuronReader &reader;
  int64_t numNeurons;
  /// Undamped [[G, s], [s^T, n]] (just G without a bias), for the errors.
  Eigen::MatrixXd gram;
  Eigen::MatrixXd inverse;
  RowMajorMatrix dense, weights;
  double energy = 0.0;
};

} // namespace

ReaderState::ReaderState(const NeuronReader &reader, int64_t numNeurons)
    : reader(reader), numNeurons(numNeurons) {
  int64_t cols = reader.cols;
  bool hasBias = !reader.bias.empty();
  int64_t size = cols + (hasBias ? 1 : 0);
  gram.resize(size, size);
  gram.topLeftCorner(cols, cols) =
      Eigen::Map<const RowMajorMatrix>(reader.gram.data(), cols, cols);
  dense.resize(reader.rows, size);
  dense.leftCols(cols) = Eigen::Map<const RowMajorMatrix>(reader.weights.data(),
                                                          reader.rows, cols);
  if (hasBias) {
    for (int64_t c = 0; c < cols; ++c)
      gram(c, cols) = gram(cols, c) = reader.inputSum[c];
    gram(cols, cols) = static_cast<double>(reader.samples);
    for (int64_t r = 0; r < reader.rows; ++r)
      dense(r, cols) = reader.bias[r];
  }
  weights = dense;
  energy = ((dense * gram).array() * dense.array()).sum();

  // SparseGPT's damping, on the inputs only: the constant one is exact.
  double lambda = 0.01 * gram.diagonal().head(cols).mean();
  if (!(lambda > 0.0))
    lambda = 1.0; // all inputs zero: every refit is exact
  Eigen::MatrixXd damped = gram;
  damped.diagonal().head(cols).array() += lambda;
  Eigen::MatrixXd identity = Eigen::MatrixXd::Identity(size, size);
  Eigen::LLT<Eigen::MatrixXd> llt(damped);
  inverse = llt.info() == Eigen::Success
                ? Eigen::MatrixXd(llt.solve(identity))
                : Eigen::MatrixXd(damped.ldlt().solve(identity));
}

Indices ReaderState::columnsOf(ArrayRef<int64_t> neurons) const {
  Indices columns;
  for (int64_t base = 0; base < reader.cols; base += numNeurons)
    for (int64_t k : neurons)
      columns.push_back(base + k);
  return columns;
}

double ReaderState::removalCost(ArrayRef<int64_t> neurons) const {
  Indices q = columnsOf(neurons);
  Eigen::MatrixXd block = inverse(q, q);
  Eigen::MatrixXd removedT = weights(Eigen::all, q).transpose();
  // sum over rows of w_Q^T [H^-1]_QQ^-1 w_Q.
  Eigen::MatrixXd solved = block.ldlt().solve(removedT);
  double cost = (removedT.array() * solved.array()).sum();
  return energy > 0.0 ? cost / energy : 0.0;
}

void ReaderState::remove(ArrayRef<int64_t> neurons) {
  Indices q = columnsOf(neurons);
  Eigen::MatrixXd block = inverse(q, q);
  auto ldlt = block.ldlt();
  // K = [H^-1]_QQ^-1 [H^-1]_{Q,:}.
  Eigen::MatrixXd k = ldlt.solve(inverse(q, Eigen::all));
  weights -= weights(Eigen::all, q) * k;
  inverse -= inverse(Eigen::all, q) * k;
  // Exactly zero where rounding leaves residues.
  for (Eigen::Index c : q) {
    weights.col(c).setZero();
    inverse.row(c).setZero();
    inverse.col(c).setZero();
  }
}

ReaderRefit ReaderState::finish() const {
  ReaderRefit refit;
  int64_t cols = reader.cols;
  RowMajorMatrix diff = weights - dense;
  double error = ((diff * gram).array() * diff.array()).sum();
  refit.relativeError = energy > 0.0 ? error / energy : 0.0;
  refit.weights.resize(reader.rows * cols);
  Eigen::Map<RowMajorMatrix>(refit.weights.data(), reader.rows, cols) =
      weights.leftCols(cols);
  if (!reader.bias.empty())
    for (int64_t r = 0; r < reader.rows; ++r)
      refit.biasDelta.push_back(weights(r, cols) - dense(r, cols));
  return refit;
}

static std::vector<ReaderState> makeStates(ArrayRef<NeuronReader> readers,
                                           int64_t numNeurons) {
  std::vector<ReaderState> states;
  states.reserve(readers.size());
  for (const NeuronReader &reader : readers) {
    assert(reader.cols % numNeurons == 0 && "columns must pair with neurons");
    states.emplace_back(reader, numNeurons);
  }
  return states;
}

static std::vector<ReaderRefit> finishAll(ArrayRef<ReaderState> states) {
  std::vector<ReaderRefit> refits;
  for (const ReaderState &state : states)
    refits.push_back(state.finish());
  return refits;
}

NeuronRemoval
prune::removeNeuronsByReconstruction(ArrayRef<NeuronReader> readers,
                                     int64_t numNeurons, int64_t block,
                                     int64_t count) {
  std::vector<ReaderState> states = makeStates(readers, numNeurons);
  int64_t numBlocks = numNeurons / block;
  int64_t target = std::min(count / block, numBlocks - 1);
  int64_t perStep = std::max<int64_t>(1, (target + 63) / 64);
  std::vector<bool> gone(numBlocks, false);
  auto neuronsOf = [&](int64_t b) {
    std::vector<int64_t> neurons(block);
    std::iota(neurons.begin(), neurons.end(), b * block);
    return neurons;
  };
  NeuronRemoval result;
  for (int64_t removed = 0; removed < target;) {
    std::vector<std::pair<double, int64_t>> costs;
    for (int64_t b = 0; b < numBlocks; ++b) {
      if (gone[b])
        continue;
      std::vector<int64_t> neurons = neuronsOf(b);
      double cost = 0.0;
      for (const ReaderState &state : states)
        cost += state.removalCost(neurons);
      costs.push_back({cost, b});
    }
    // Cheapest first; ties by position.
    llvm::stable_sort(
        costs, [](const auto &a, const auto &b) { return a.first < b.first; });
    int64_t take = std::min(perStep, target - removed);
    for (int64_t i = 0; i < take; ++i) {
      int64_t b = costs[i].second;
      std::vector<int64_t> neurons = neuronsOf(b);
      for (ReaderState &state : states)
        state.remove(neurons);
      gone[b] = true;
      llvm::append_range(result.removed, neurons);
    }
    removed += take;
  }
  llvm::sort(result.removed);
  result.refits = finishAll(states);
  return result;
}

std::vector<ReaderRefit>
prune::refitNeuronReaders(ArrayRef<NeuronReader> readers, int64_t numNeurons,
                          ArrayRef<int64_t> removed) {
  std::vector<ReaderState> states = makeStates(readers, numNeurons);
  if (!removed.empty())
    for (ReaderState &state : states)
      state.remove(removed);
  return finishAll(states);
}
