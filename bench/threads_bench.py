#!/usr/bin/python3
"""One 4096x4096 fully connected layer on 1 and 2 threads, side by side.

The layer (torch.nn.Linear(4096, 4096) with bias, seed 0, exported to ONNX
into bench/out/fc4096.onnx) is imported with prune-import-onnx --batch=B and
built four ways by prune-compile, each timed through python/mlir_prune/aot.py:

  dense   sparse=false threads=T
  csr     after prune-weights{sparsity=0.9}, sparse-format=csr threads=T

against ONNX Runtime (the same ONNX file, intra-op threads T) and oneDNN's
dnnl_sgemm (bench/harness/dnnl_gemm.c, y = x W^T, OMP_NUM_THREADS=T). Rounds
are interleaved and medians taken; the table gives ms per call, the speedup
of 2 threads over 1 for each, and the load average before and after. The
machine's read bandwidth on 1 and 2 threads (bench/harness/bandwidth.c, at
the layer's 64 MiB and at 512 MiB) is printed beside it: what a
memory-bound batch-1 layer can gain from a second thread.

Usage: /usr/bin/python3 bench/threads_bench.py [--build build] [--batches 1,64]
           [--repeat 30] [--rounds 5] [--out bench/results/threads_bench]
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "python"))
from mlir_prune import aot, common, ort  # noqa: E402
from format_cost_bench import export_layer  # noqa: E402  (bench/ is the script's folder)

THREADS = (1, 2)


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def read_bandwidth(out_dir, sizes=(64, 512)):
    """{MiB: {threads: GB/s}}: how fast 1 and 2 threads read an array of the
    4096x4096 layer's weights (64 MiB) and one that only DRAM holds, each
    thread as 4 streams (as fast as the dense batch-1 kernel reads with one
    thread). A batch-1 dense layer is memory bound: its 2-thread speedup is
    at most this machine's."""
    exe = os.path.join(out_dir, "bandwidth_omp")
    subprocess.run(["clang-22", "-O3", "-march=native", "-fopenmp",
                    os.path.join(ROOT, "bench", "harness", "bandwidth.c"), "-o", exe], check=True)
    env = dict(os.environ, OMP_PROC_BIND="true", OMP_PLACES="cores")
    return {mib: {t: float(subprocess.run([exe, str(mib), str(t), "4"], check=True, env=env,
                                          capture_output=True, text=True).stdout)
                  for t in THREADS}
            for mib in sizes}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    parser.add_argument("--batches", default="1,64")
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--out", default=os.path.join(ROOT, "bench", "results", "threads_bench"))
    args = parser.parse_args()
    build = os.path.abspath(args.build)
    opt = common.prune_opt(build)
    out_dir = os.path.join(ROOT, "bench", "out")
    os.makedirs(out_dir, exist_ok=True)
    onnx_path = os.path.join(out_dir, "fc4096.onnx")
    if not os.path.exists(onnx_path):
        export_layer(onnx_path, 4096, 4096)
    dnnl = os.path.join(out_dir, "dnnl_gemm")
    subprocess.run(["clang-22", "-O2", os.path.join(ROOT, "bench", "harness", "dnnl_gemm.c"),
                    "-ldnnl", "-o", dnnl], check=True)
    bandwidth = read_bandwidth(out_dir)
    load_start = os.getloadavg()
    rows = []
    with tempfile.TemporaryDirectory(prefix="threads-bench-") as work:
        for batch in [int(b) for b in args.batches.split(",")]:
            model = os.path.join(work, "fc-b%d.mlir" % batch)
            pruned = os.path.join(work, "fc-b%d-pruned.mlir" % batch)
            subprocess.run([os.path.join(build, "bin", "prune-import-onnx"), onnx_path, "-o", model,
                            "--quiet", "--batch=%d" % batch], check=True)
            subprocess.run([opt, model, "--prune-weights=sparsity=0.9", "-o", pruned], check=True)
            x = np.random.default_rng(1).standard_normal((batch, 4096)).astype(np.float32)
            reference = ort.run(onnx_path, x)
            builds = {}
            for t in THREADS:
                log("batch %d threads %d: compiling" % (batch, t))
                builds[("dense", t)] = aot.compile(model, "sparse=false threads=%d" % t, work, opt)
                builds[("csr", t)] = aot.compile(pruned, "sparse-format=csr threads=%d" % t, work, opt)
            pruned_reference = builds[("dense", 1)]  # checked against ORT below
            errors = {("dense", t): float(np.abs(builds[("dense", t)](x) - reference).max()
                                          / np.abs(reference).max()) for t in THREADS}
            want = aot.compile(pruned, "sparse=false", work, opt)(x)
            errors.update({("csr", t): float(np.abs(builds[("csr", t)](x) - want).max() / np.abs(want).max())
                           for t in THREADS})
            del pruned_reference
            samples = {}
            for _ in range(args.rounds):
                for t in THREADS:
                    samples.setdefault(("ort", t), []).append(
                        ort.time(onnx_path, x, threads=t, repeat=args.repeat))
                    out = subprocess.run([dnnl, str(batch), "4096", "4096", str(args.repeat)], check=True,
                                         capture_output=True, text=True,
                                         env=dict(os.environ, OMP_NUM_THREADS=str(t))).stdout
                    samples.setdefault(("onednn", t), []).append(float(out))
                    for kind in ("dense", "csr"):
                        samples.setdefault((kind, t), []).append(
                            1e3 * builds[(kind, t)].time(x, repeat=args.repeat))
            for way in ("dense", "csr", "ort", "onednn"):
                ms = {t: float(np.median(samples[(way, t)])) for t in THREADS}
                rows.append({"batch": batch, "way": way, "ms_1": ms[1], "ms_2": ms[2],
                             "speedup_2_over_1": ms[1] / ms[2],
                             "max_rel_err": max(errors.get((way, t), 0.0) for t in THREADS)})
                log("  %s" % rows[-1])
    load_end = os.getloadavg()
    header = ("| batch | build | 1 thread ms | 2 threads ms | 2 vs 1 | max rel err |\n"
              "| ---: | --- | ---: | ---: | ---: | ---: |")
    names = {"dense": "prune-compile dense", "csr": "prune-compile CSR 90%", "ort": "ONNX Runtime dense",
             "onednn": "oneDNN sgemm dense"}
    lines = ["| %d | %s | %.3f | %.3f | %.2fx | %s |" % (r["batch"], names[r["way"]], r["ms_1"], r["ms_2"],
                                                       r["speedup_2_over_1"],
                                                       "%.1e" % r["max_rel_err"] if r["way"] in ("dense", "csr")
                                                       else "-")
             for r in rows]
    summary = ("load average (1 min) %.2f before, %.2f after\n" % (load_start[0], load_end[0])
               + "read bandwidth, 4 streams per thread (bench/harness/bandwidth.c), GB/s, 1 / 2 threads: "
               + "; ".join("%d MiB %.1f / %.1f (%.2fx)" % (mib, bw[1], bw[2], bw[2] / bw[1])
                           for mib, bw in sorted(bandwidth.items())))
    print(summary)
    print(header)
    print("\n".join(lines))
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out + ".json", "w") as f:
        json.dump({"load_start": load_start, "load_end": load_end, "rows": rows,
                   "read_bandwidth_gbs": {str(mib): bw for mib, bw in bandwidth.items()}}, f, indent=1)
    with open(args.out + ".md", "w") as f:
        f.write(summary + "\n\n" + header + "\n" + "\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
