//===- Reconstruction.cpp - Re-solving kept weights on calibration data ---===//
//
// Dense linear algebra is Eigen's (Debian's libeigen3-dev): the systems are
// symmetric positive definite once damped, so Cholesky first.
//
//===----------------------------------------------------------------------===//

#include "Prune/Pruning/Reconstruction.h"

#include "mlir/IR/Threading.h"

#include <Eigen/Cholesky>
#include <Eigen/Core>

using namespace mlir;
using namespace mlir::prune;

using RowMajorMatrix =
    Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using ConstRowMajorMap = Eigen::Map<const RowMajorMatrix>;

std::vector<double> prune::readViewValues(const WeightBuffer &buffer,
                                          const WeightView &view) {
  std::vector<double> values(view.rows * view.cols);
  for (int64_t r = 0; r < view.rows; ++r)
    for (int64_t c = 0; c < view.cols; ++c)
      values[r * view.cols + c] = buffer.value(view.linearIndex(r, c));
  return values;
}

void prune::writeViewValues(WeightBuffer &buffer, const WeightView &view,
                            ArrayRef<double> values) {
  for (int64_t r = 0; r < view.rows; ++r)
    for (int64_t c = 0; c < view.cols; ++c)
      buffer.setValue(view.linearIndex(r, c), values[r * view.cols + c]);
}

double prune::reconstructionDamping(const WeightView &view,
                                    ArrayRef<double> gram) {
  ConstRowMajorMap g(gram.data(), view.cols, view.cols);
  double lambda = 0.01 * g.diagonal().mean();
  return lambda > 0.0 ? lambda : 0.0;
}

/// Solves a damped (positive definite) system for the columns of `rhs`:
/// Cholesky, or LDLT if rounding made it fail.
static Eigen::MatrixXd solveDamped(const Eigen::MatrixXd &system,
                                   const Eigen::MatrixXd &rhs) {
  Eigen::LLT<Eigen::MatrixXd> llt(system);
  if (llt.info() == Eigen::Success)
    return llt.solve(rhs);
  return system.ldlt().solve(rhs);
}

std::vector<double> prune::refitToReference(const WeightView &view,
                                            ArrayRef<double> dense,
                                            ArrayRef<double> gram,
                                            ArrayRef<double> cross) {
  int64_t n = view.cols;
  double lambda = reconstructionDamping(view, gram);
  if (lambda == 0.0)
    return dense.vec();
  ConstRowMajorMap g(gram.data(), n, n), c(cross.data(), n, n);
  ConstRowMajorMap d(dense.data(), view.rows, n);
  Eigen::MatrixXd system = g;
  system.diagonal().array() += lambda;
  // All rows at once: (G + lambda I) W*^T = C W^T.
  Eigen::MatrixXd solution = solveDamped(system, c * d.transpose());
  std::vector<double> refit(view.rows * n);
  Eigen::Map<RowMajorMatrix>(refit.data(), view.rows, n) =
      solution.transpose();
  return refit;
}

void prune::reconstructLayer(MLIRContext *context, WeightBuffer &buffer,
                             const WeightView &view, ArrayRef<double> dense,
                             ArrayRef<double> gram, ArrayRef<double> target) {
  int64_t n = view.cols;
  double lambda = reconstructionDamping(view, gram);
  if (lambda == 0.0)
    return;
  ConstRowMajorMap g(gram.data(), n, n), t(target.data(), n, n);
  std::vector<std::vector<int64_t>> kept(view.rows);
  for (int64_t r = 0; r < view.rows; ++r)
    for (int64_t c = 0; c < n; ++c)
      if (!buffer.isZero(view.linearIndex(r, c)))
        kept[r].push_back(c);
  // Rows are independent, and a wide layer's take minutes (ResNet-50's 3x3
  // layers factor a 2304-weight system per row): solve them on the
  // context's threads, then write the buffer from this one.
  std::vector<Eigen::VectorXd> solutions(view.rows);
  parallelFor(context, 0, view.rows, [&](size_t r) {
    ArrayRef<int64_t> columns = kept[r];
    int64_t k = columns.size();
    if (k == 0)
      return;
    Eigen::Map<const Eigen::VectorXd> w(dense.data() + r * n, n);
    // (G_SS + lambda I) w_S = T_S: w.
    Eigen::MatrixXd system(k, k), rhs(k, 1);
    for (int64_t i = 0; i < k; ++i) {
      for (int64_t j = 0; j < k; ++j)
        system(i, j) = g(columns[i], columns[j]);
      system(i, i) += lambda;
      rhs(i, 0) = t.row(columns[i]).dot(w);
    }
    solutions[r] = solveDamped(system, rhs).col(0);
  });
  for (int64_t r = 0; r < view.rows; ++r)
    for (auto [i, c] : llvm::enumerate(kept[r]))
      buffer.setValue(view.linearIndex(r, c), solutions[r](i));
}

double prune::relativeOutputError(const WeightBuffer &buffer,
                                  const WeightView &view,
                                  ArrayRef<double> dense,
                                  ArrayRef<double> gram) {
  return relativeOutputError(readViewValues(buffer, view), view, dense, gram);
}

double prune::relativeOutputError(ArrayRef<double> values,
                                  const WeightView &view,
                                  ArrayRef<double> dense,
                                  ArrayRef<double> gram) {
  int64_t n = view.cols;
  ConstRowMajorMap g(gram.data(), n, n), d(dense.data(), view.rows, n);
  ConstRowMajorMap w(values.data(), view.rows, n);
  Eigen::MatrixXd diff = w - d;
  // trace(D G D^T) over rows, as sums of row-wise quadratic forms.
  double error = ((diff * g).array() * diff.array()).sum();
  double energy = ((d * g).array() * d.array()).sum();
  return energy > 0.0 ? error / energy : 0.0;
}
