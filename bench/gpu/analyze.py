#!/usr/bin/env python3
"""Summarize results.csv of the GPU layer benchmark: times per sparsity and
the break-even sparsity of each sparse implementation against dense cuBLAS.

Pairs compared (same batch): the MLIR-built layer (mlir-*-e2e, which copies
W, x and y every call) against cublas-dense-e2e (which copies dense W, x, y
every call); cusparse-csr-resident and the GPU time alone of the MLIR-built
layer's cuSPARSE call or kernel (mlir-*-gpuonly, PRUNE_CUDA_PROFILE) against
cublas-dense-resident (W already on the GPU, compute only). Break-even: the lowest measured sparsity from
which on the sparse implementation is at least as fast at every higher
measured sparsity, interpolated linearly in sparsity between the last slower
and the first faster point. Results with max_rel_err > 1e-3 are flagged.

Usage: analyze.py results.csv
"""
import csv
import sys
from collections import defaultdict

PAIRS = [("mlir-cusparse-e2e", "cublas-dense-e2e"),
         ("mlir-kernels-e2e", "cublas-dense-e2e"),
         ("cusparse-csr-resident", "cublas-dense-resident"),
         ("mlir-cusparse-gpuonly", "cublas-dense-resident"),
         ("mlir-kernels-gpuonly", "cublas-dense-resident")]


def break_even(points):
    """points: sorted [(sparsity, sparse_ms, dense_ms)] -> str."""
    faster = [s <= d for _, s, d in points]
    if all(faster):
        return "<= %.2f (faster at every measured sparsity)" % points[0][0]
    if not faster[-1]:
        return "> %.2f (never faster)" % points[-1][0]
    k = max(i for i, f in enumerate(faster) if not f)  # last slower point
    (s0, a0, b0), (s1, a1, b1) = points[k], points[k + 1]
    r0, r1 = a0 - b0, a1 - b1  # > 0 slower, <= 0 faster
    return "%.3f" % (s0 + (s1 - s0) * r0 / (r0 - r1))


def main():
    rows = list(csv.DictReader(open(sys.argv[1])))
    times = defaultdict(dict)
    for r in rows:
        key = (r["impl"], int(r["batch"]))
        times[key][float(r["sparsity"])] = float(r["median_ms"])
        if float(r["max_rel_err"]) > 1e-3:
            print("WARNING: %s batch %s sparsity %s: max_rel_err %s"
                  % (r["impl"], r["batch"], r["sparsity"], r["max_rel_err"]))
    impls = sorted({k[0] for k in times})
    for batch in sorted({k[1] for k in times}):
        sparsities = sorted({s for (i, b), t in times.items() if b == batch for s in t})
        print("\nbatch %d: median ms per call" % batch)
        print("%-24s" % "impl" + "".join("%10.2f" % s for s in sparsities))
        for impl in impls:
            t = times.get((impl, batch), {})
            if t:
                print("%-24s" % impl + "".join(
                    "%10.3f" % t[s] if s in t else "%10s" % "-" for s in sparsities))
        for sparse, dense in PAIRS:
            a, b = times.get((sparse, batch)), times.get((dense, batch))
            if not a or not b:
                continue
            points = [(s, a[s], b[s]) for s in sparsities if s in a and s in b]
            if points:
                print("break-even %s vs %s: %s" % (sparse, dense, break_even(points)))


if __name__ == "__main__":
    main()
