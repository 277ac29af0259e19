#!/usr/bin/python3
"""format=auto at a batch: each format of one layer timed side by side, and what auto picks.

One fully connected layer (torch.nn.Linear(K, N), seed 0, exported to ONNX
into bench/out/) is imported with prune-import-onnx --batch=B, pruned with
prune-weights{sparsity=S} unstructured and with pattern=block:4x4, and
built by prune-compile (aot.compile) as

  dense   sparse=false
  csr     sparse-format=csr   (unstructured and block weights)
  bsr     sparse-format=bsr   (block weights)
  auto    sparse-format=auto  (built for its report: which format the cost
          model picks; its time is the picked format's)

on --threads T. Builds of one layer and batch are timed in interleaved
rounds (median of --rounds, each the median of --repeat calls). The table
gives ms per call, the format auto picks, and its time against the fastest
and against dense: auto must never pick a format slower than dense.

Then, per batch, the least-squares constants of prune-sparsify's batch
regime (SparseFormats.cpp: ns per column of a call): dense per
multiply-accumulate, CSR per stored value plus per output row, BSR per
stored value plus per output row.

Usage: /usr/bin/python3 bench/format_cost_bench.py [--build build]
           [--shapes 1024x1024,4096x4096] [--batches 8,64] [--threads 1]
           [--sparsities 0.5,0.7,0.8,0.9,0.95] [--rounds 3] [--repeat 10]
           [--out bench/results/format_cost_bench]
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
from mlir_prune import aot, common  # noqa: E402


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def export_layer(path, k, n):
    import torch
    torch.manual_seed(0)
    layer = torch.nn.Linear(k, n).eval()
    torch.onnx.export(layer, torch.zeros(1, k), path, input_names=["input"],
                      output_names=["output"],
                      dynamic_axes={"input": {0: "batch"}, "output": {0: "batch"}},
                      opset_version=17)


def run(cmd):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def layer_report(path):
    with open(path) as f:
        return json.load(f)["layers"][0]


def bench_layer(args, opt, onnx_path, k, n, batch, work):
    """Rows (one per pattern and sparsity) for one shape and batch."""
    build = args.build
    model = os.path.join(work, "fc-b%d.mlir" % batch)
    run([os.path.join(build, "bin", "prune-import-onnx"), onnx_path, "-o", model,
         "--quiet", "--batch=%d" % batch])
    threads = "threads=%d" % args.threads
    x = np.random.default_rng(1).standard_normal((batch, k)).astype(np.float32)
    dense = aot.compile(model, options="sparse=false " + threads, out_dir=work, opt=opt)
    want = dense(x)
    cases = []
    for pattern in ("unstructured", "block:4x4"):
        for sparsity in args.sparsities:
            pruned = os.path.join(work, "fc-b%d-%s-%g.mlir" % (batch, pattern.replace(":", ""), sparsity))
            run([opt, model, "--prune-weights=sparsity=%g pattern=%s" % (sparsity, pattern), "-o", pruned])
            reference = aot.compile(pruned, options="sparse=false " + threads, out_dir=work, opt=opt)
            expected = reference(x)
            builds, reports = {}, {}
            for fmt in (("csr",) if pattern == "unstructured" else ("csr", "bsr")) + ("auto",):
                report = os.path.join(work, "report-%s-%d-%s-%g.json" % (fmt, batch, pattern.replace(":", ""), sparsity))
                lib = aot.compile(pruned, options="sparse-format=%s sparse-report=%s %s"
                                  % (fmt, report, threads), out_dir=work, opt=opt)
                reports[fmt] = layer_report(report)
                if fmt != "auto":
                    got = lib(x)
                    err = np.abs(got - expected).max() / max(np.abs(expected).max(), 1e-30)
                    if err > 1e-5:
                        sys.exit("format_cost_bench: %s differs from the dense build by %.2e" % (fmt, err))
                    builds[fmt] = lib
            cases.append((pattern, sparsity, builds, reports))
    # Interleaved rounds over every build of this shape and batch.
    samples = {"dense": []}
    for pattern, sparsity, builds, _ in cases:
        for fmt in builds:
            samples[(pattern, sparsity, fmt)] = []
    for _ in range(args.rounds):
        samples["dense"].append(1e3 * dense.time(x, repeat=args.repeat))
        for pattern, sparsity, builds, _ in cases:
            for fmt, lib in builds.items():
                samples[(pattern, sparsity, fmt)].append(1e3 * lib.time(x, repeat=args.repeat))
    dense_ms = float(np.median(samples["dense"]))
    rows = []
    for pattern, sparsity, builds, reports in cases:
        ms = {"dense": dense_ms}
        for fmt in builds:
            ms[fmt] = float(np.median(samples[(pattern, sparsity, fmt)]))
        # The report names BSR with its block size (bsr:4x4).
        pick = reports["auto"]["format"].split(":")[0]
        if pick not in ms:
            sys.exit("format_cost_bench: format=auto picked %s, which was not timed" % pick)
        fastest = min(ms, key=ms.get)
        rows.append({
            "shape": [n, k], "batch": batch, "threads": args.threads, "pattern": pattern,
            "sparsity": sparsity, "ms": ms, "auto": pick, "fastest": fastest,
            "auto_vs_fastest": ms[pick] / ms[fastest], "auto_vs_dense": ms[pick] / dense_ms,
            "stored_values": {fmt: reports[fmt]["stored_values"] for fmt in builds},
            "auto_reason": reports["auto"].get("reason", "")})
        log("  %s" % format_row(rows[-1]))
    return rows


def format_row(r):
    times = " / ".join("%s %.3f" % (f, r["ms"][f]) for f in ("dense", "csr", "bsr") if f in r["ms"])
    return ("| %dx%d | %d | %d | %s | %.0f%% | %s | %s | %.2f | %.2f |"
            % (r["shape"][0], r["shape"][1], r["batch"], r["threads"], r["pattern"],
               100 * r["sparsity"], times, r["auto"], r["auto_vs_fastest"], r["auto_vs_dense"]))


HEADER = ("| layer (N x K) | batch | threads | pattern | sparsity | ms per call | auto picks "
          "| auto / fastest | auto / dense |\n"
          "| --- | ---: | ---: | --- | ---: | --- | --- | ---: | ---: |")


def fit_constants(rows):
    """Per batch: ns per column for dense (per MAC) and, for csr and bsr, the
    least-squares line over (stored values, output rows)."""
    fits = {}
    for batch in sorted({r["batch"] for r in rows}):
        at = [r for r in rows if r["batch"] == batch]
        dense = [r["ms"]["dense"] * 1e6 / batch / (r["shape"][0] * r["shape"][1]) for r in at]
        fit = {"dense_ns_per_mac": float(np.median(dense))}
        for fmt in ("csr", "bsr"):
            points = [(r["stored_values"][fmt], r["shape"][0], r["ms"][fmt] * 1e6 / batch)
                      for r in at if fmt in r["ms"]]
            a = np.array([[p[0], p[1]] for p in points], dtype=np.float64)
            t = np.array([p[2] for p in points])
            (per_value, per_row), *_ = np.linalg.lstsq(a, t, rcond=None)
            fit[fmt + "_ns_per_value"] = float(per_value)
            fit[fmt + "_ns_per_row"] = float(per_row)
        fits[batch] = fit
    return fits


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    parser.add_argument("--shapes", default="1024x1024,4096x4096", help="N x K of each layer")
    parser.add_argument("--batches", default="8,64")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--sparsities", default="0.5,0.7,0.8,0.9,0.95")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--out", default=os.path.join(ROOT, "bench", "results", "format_cost_bench"))
    args = parser.parse_args()
    args.build = os.path.abspath(args.build)
    args.sparsities = [float(s) for s in args.sparsities.split(",")]
    opt = common.prune_opt(args.build)
    out_dir = os.path.join(ROOT, "bench", "out")
    os.makedirs(out_dir, exist_ok=True)
    load = os.getloadavg()
    rows = []
    with tempfile.TemporaryDirectory(prefix="format-cost-") as work:
        for shape in args.shapes.split(","):
            n, k = (int(v) for v in shape.split("x"))
            onnx_path = os.path.join(out_dir, "fc%dx%d.onnx" % (n, k))
            if not os.path.exists(onnx_path):
                export_layer(onnx_path, k, n)
            for batch in (int(b) for b in args.batches.split(",")):
                log("%dx%d batch %d threads %d" % (n, k, batch, args.threads))
                rows += bench_layer(args, opt, onnx_path, k, n, batch, work)
    fits = fit_constants(rows)
    end_load = os.getloadavg()
    print("load average at start %.2f, at end %.2f" % (load[0], end_load[0]))
    print(HEADER)
    for r in rows:
        print(format_row(r))
    worst = max(r["auto_vs_dense"] for r in rows)
    print("\nauto never slower than dense: %s (worst auto / dense %.2f)"
          % ("yes" if worst <= 1.05 else "NO", worst))
    print("\nns per column of a call (least squares over shapes and sparsities):")
    for batch, fit in fits.items():
        print("  batch %d: dense %.4f per MAC; csr %.4f per value + %.2f per row; "
              "bsr %.4f per value + %.2f per row"
              % (batch, fit["dense_ns_per_mac"], fit["csr_ns_per_value"], fit["csr_ns_per_row"],
                 fit["bsr_ns_per_value"], fit["bsr_ns_per_row"]))
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out + ".json", "w") as f:
        json.dump({"load_start": load, "load_end": end_load, "rows": rows,
                   "fits": {str(b): fit for b, fit in fits.items()}}, f, indent=1)
    with open(args.out + ".md", "w") as f:
        f.write(HEADER + "\n" + "\n".join(format_row(r) for r in rows) + "\n")


if __name__ == "__main__":
    main()
