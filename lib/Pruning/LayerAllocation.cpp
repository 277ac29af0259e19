//===- LayerAllocation.cpp - How sparse each layer is made
//-----------------===//
//
// OWL's outlier ratios, the linear map to layer sparsities, and the shift
// that makes their weighted sum the target: the clipped sum is monotone in
// the shift, so bisection finds it; whole counts come from the largest
// remainders.
//
//===----------------------------------------------------------------------===//

#include "Prune/Pruning/LayerAllocation.h"

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace mlir;
using namespace mlir::prune;

/// The fraction of a layer's weights whose Wanda score |w| * ||x_j|| is
/// above `multiple` times the layer's mean score.
static double outlierRatio(const AllocationLayer &layer, double multiple) {
  const WeightView &view = *layer.view;
  int64_t n = view.rows * view.cols;
  if (n == 0)
    return 0.0;
  std::vector<double> norms(view.cols);
  for (int64_t c = 0; c < view.cols; ++c)
    norms[c] = std::sqrt(layer.sumSquares[c]);
  std::vector<double> scores(n);
  double sum = 0.0;
  for (int64_t r = 0; r < view.rows; ++r)
    for (int64_t c = 0; c < view.cols; ++c) {
      double score = layer.buffer->magnitude(view.linearIndex(r, c)) * norms[c];
      scores[r * view.cols + c] = score;
      sum += score;
    }
  double cut = multiple * sum / double(n);
  int64_t outliers = std::count_if(scores.begin(), scores.end(),
                                   [cut](double score) { return score > cut; });
  return double(outliers) / double(n);
}

std::vector<LayerShare> prune::allocateOwl(ArrayRef<AllocationLayer> layers,
                                           const OwlParameters &parameters) {
  size_t count = layers.size();
  std::vector<LayerShare> shares(count);
  if (count == 0)
    return shares;
  for (size_t l = 0; l < count; ++l)
    shares[l].outlierRatio =
        outlierRatio(layers[l], parameters.outlierMultiple);
  auto [minIt, maxIt] =
      std::minmax_element(shares.begin(), shares.end(),
                          [](const LayerShare &a, const LayerShare &b) {
                            return a.outlierRatio < b.outlierRatio;
                          });
  double minRatio = minIt->outlierRatio, maxRatio = maxIt->outlierRatio;
  double target = parameters.sparsity, lambda = parameters.lambda;
  std::vector<double> sparsity(count, target);
  if (maxRatio > minRatio)
    for (size_t l = 0; l < count; ++l)
      sparsity[l] = target + lambda -
                    2.0 * lambda * (shares[l].outlierRatio - minRatio) /
                        (maxRatio - minRatio);

  // No layer is made sparser than (1 + S) / 2, keeping at least half the
  // density of the target: at S + lambda >= 1 the layer with the fewest
  // outliers would lose every weight (the digits MLP at 95% with the
  // default lambda fell to chance, 9.8% top-1).
  double ceiling = 0.5 * (1.0 + target);

  // The shift: sum_l n_l clip(s_l + shift) = S * N, by bisection (the sum is
  // continuous and non-decreasing in the shift; every s_l is within
  // [-1, 2], so the answer is within [-2, 2]).
  double total = 0.0;
  for (const AllocationLayer &layer : layers)
    total += double(layer.units);
  // Layer l's zero units (not whole) at a shift.
  auto layerZerosAt = [&](size_t l, double shift) {
    return double(layers[l].units) *
           std::clamp(sparsity[l] + shift, 0.0, ceiling);
  };
  auto zerosAt = [&](double shift) {
    double zeros = 0.0;
    for (size_t l = 0; l < count; ++l)
      zeros += layerZerosAt(l, shift);
    return zeros;
  };
  double low = -2.0, high = 2.0;
  for (int i = 0; i < 200 && high - low > 1e-15; ++i) {
    double mid = 0.5 * (low + high);
    (zerosAt(mid) < target * total ? low : high) = mid;
  }
  double shift = 0.5 * (low + high);

  // Whole counts: floors, then the largest remainders, each within the
  // ceiling in whole units (where the ceilings bind, the total may end up to
  // one unit per layer short of round(S * N)).
  std::vector<int64_t> limit(count);
  for (size_t l = 0; l < count; ++l)
    limit[l] = int64_t(std::floor(ceiling * double(layers[l].units)));
  int64_t wanted = std::llround(target * total), assigned = 0;
  std::vector<double> remainder(count);
  for (size_t l = 0; l < count; ++l) {
    double exact = layerZerosAt(l, shift);
    shares[l].zeroUnits =
        std::clamp<int64_t>(int64_t(std::floor(exact)), 0, limit[l]);
    remainder[l] = exact - double(shares[l].zeroUnits);
    assigned += shares[l].zeroUnits;
  }
  std::vector<size_t> order(count);
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return remainder[a] > remainder[b];
  });
  // Bisection leaves the floors at most one unit per layer off; whatever is
  // left goes round the layers in that order, within their ceilings.
  while (assigned != wanted) {
    bool moved = false;
    for (size_t l : order) {
      if (assigned == wanted)
        break;
      if (assigned < wanted && shares[l].zeroUnits < limit[l]) {
        ++shares[l].zeroUnits;
        ++assigned;
        moved = true;
      }
    }
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
      if (assigned <= wanted)
        break;
      if (shares[*it].zeroUnits > 0) {
        --shares[*it].zeroUnits;
        --assigned;
        moved = true;
      }
    }
    if (!moved)
      break;
  }
  return shares;
}
