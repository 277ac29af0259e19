#!/usr/bin/python3
"""Whole models against ONNX Runtime: the same ONNX file three ways, in one run.

For each model - the Fashion-MNIST models of examples/fashion_mnist (mlp,
cnn, cnn_bn, vit) and a wide MLP (1024-4096-4096-1024 with ReLUs, random
weights, exported to ONNX with torch into bench/out/) - at each batch and
thread count:

  ort      ONNX Runtime (onnxruntime-node, python/mlir_prune/ort.py), dense;
  dense    prune-import-onnx --batch=B, prune-compile{sparse=false threads=T};
  pruned   the same import after prune-weights{sparsity=S} (magnitude per
           layer; --calibrate: criterion=wanda method=reconstruct with
           statistics from aot.calibrate on calibration_256.npz), compiled by
           prune-compile{threads=T} (sparse-format=auto: prune-sparsify's cost
           model picks each layer's format);
  pruned-dense  the same pruned import with prune-compile{sparse=false
           threads=T}: what format=auto must never be slower than (the
           "auto/dense" column; its own kernels' weights are the same);
  neurons  for the models of --neurons (default: NEURONS below): the import
           after prune-neurons{mode=importance method=reconstruct stats=...
           OPTIONS} (whole neurons removed, the layers reading them refit by
           least squares on statistics of calibration_256.npz; shapes
           shrink), compiled by prune-compile{sparse=false threads=T}.

Times are medians of --repeat calls after a warm-up, and the three ways are
timed in the same rounds (interleaved) so that a change in the machine's
load hits them alike; the table shows the median over --rounds. Every
compiled build is checked against ONNX Runtime (dense) or the dense build of
the pruned model (pruned). Accuracy on the first 960 test_1000 images comes
from the batch-64 builds (batch 1 builds compute the same function).

Threads: our builds' OpenMP threads are pinned, one per core
(OMP_PROC_BIND=true, OMP_PLACES=cores, unless already set), as deployments
do. Unpinned, Linux starts the second thread on the first one's core and
moves it only after some 15 ms: the Fashion MLP at batch 64 took 1.02 ms per
call for its first dozen calls on two threads, then 0.42 ms, and the bench's
rounds (ONNX Runtime runs between them) kept hitting the slow start.

The roofline column: bytes of the pruned model's sparse weights (values,
positions and coordinates, from prune-sparsify's report) divided by the
batch-1 time per call, as a fraction of one thread's read bandwidth over a
working set of the same size (bench/harness/bandwidth.c; small models live
in cache), and in the JSON also of the DRAM bandwidth (512 MiB). Other
layers and activations also take time, so it understates the kernels' own
fraction.

Usage: /usr/bin/python3 bench/e2e_bench.py [--build build] [--models mlp,cnn,cnn_bn,vit,wide]
           [--batches 1,64] [--threads 1,2] [--repeat 20] [--rounds 3] [--calibrate]
           [--sparsity wide=0.9,...] [--neurons "cnn:ratio=0.25,..."] [--out bench/results/e2e_bench]
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

import numpy as np

# Before any library loads libomp, which reads them once (see above).
os.environ.setdefault("OMP_PROC_BIND", "true")
os.environ.setdefault("OMP_PLACES", "cores")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "python"))
from mlir_prune import aot, common, ort  # noqa: E402

FASHION = os.path.join(ROOT, "examples", "fashion_mnist")
# Sparsity per model: the calibration issue's targets for the Fashion-MNIST
# models (MLP 90%, CNN 70%, transformer 50%), 90% for the wide MLP.
SPARSITY = {"mlp": 0.9, "cnn": 0.7, "cnn_bn": 0.7, "vit": 0.5, "wide": 0.9}
WIDE_SIZES = [1024, 4096, 4096, 1024]
# prune-neurons options per model (besides mode, method and stats): a
# quarter of every CNN layer's channels; half of the transformer's MLP
# neurons (its attention heads lose more accuracy per FLOP).
NEURONS = {"cnn": "ratio=0.25", "cnn_bn": "ratio=0.25", "vit": "ratio=0.5 layers=fc1"}


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def export_wide_mlp(path):
    """1024-4096-4096-1024 MLP with ReLUs, torch's default initialization
    (seed 0), exported with a dynamic batch."""
    import torch
    torch.manual_seed(0)
    layers = []
    for i, (a, b) in enumerate(zip(WIDE_SIZES, WIDE_SIZES[1:])):
        layers.append(torch.nn.Linear(a, b))
        if i + 2 < len(WIDE_SIZES):
            layers.append(torch.nn.ReLU())
    model = torch.nn.Sequential(*layers).eval()
    torch.onnx.export(model, torch.zeros(1, WIDE_SIZES[0]), path, input_names=["input"],
                      output_names=["logits"], dynamic_axes={"input": {0: "batch"}, "logits": {0: "batch"}},
                      opset_version=17)


_BANDWIDTH = {}


def memory_bandwidth(out_dir, mib=512):
    """GB/s of one thread reading `mib` MiB over and over
    (bench/harness/bandwidth.c, best of 7 passes): DRAM at 512 MiB; at a
    kernel's own working set, whatever level of the hierarchy holds it."""
    exe = os.path.join(out_dir, "bandwidth")
    if not os.path.exists(exe):
        subprocess.run(["clang-22", "-O3", "-march=native",
                        os.path.join(ROOT, "bench", "harness", "bandwidth.c"), "-o", exe], check=True)
    if mib not in _BANDWIDTH:
        _BANDWIDTH[mib] = float(subprocess.run([exe, str(mib)], capture_output=True, text=True).stdout)
    return _BANDWIDTH[mib]


def run(cmd):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)


def import_onnx(build, onnx_path, out, batch=None):
    cmd = [os.path.join(build, "bin", "prune-import-onnx"), onnx_path, "-o", out, "--quiet"]
    if batch:
        cmd.append("--batch=%d" % batch)
    run(cmd)


def prune(build, model, out, sparsity, stats=None):
    options = "sparsity=%g" % sparsity
    if stats:
        options += " stats=%s criterion=wanda method=reconstruct" % stats
    run([common.prune_opt(build), model, "--prune-weights=" + options, "-o", out])


def prune_neurons(build, model, out, options, stats):
    run([common.prune_opt(build), model, "--prune-neurons=mode=importance method=reconstruct "
         "stats=%s %s" % (stats, options), "-o", out])


def inputs_for(name, batch):
    if name == "wide":
        rng = np.random.default_rng(1)
        return rng.standard_normal((batch, WIDE_SIZES[0])).astype(np.float32)
    data = np.load(os.path.join(FASHION, "test_1000.npz"))
    return np.ascontiguousarray(data["input"][:batch])


def accuracy(model, name):
    """Top-1 on the first 960 test_1000 images with a batch-64 build."""
    data = np.load(os.path.join(FASHION, "test_1000.npz"))
    x, labels = data["input"], data["labels"]
    hits = 0
    for start in range(0, 960, 64):
        hits += int((model(x[start:start + 64]).argmax(1) == labels[start:start + 64]).sum())
    return hits / 960.0


def rel_err(got, want):
    return float(np.abs(got.astype(np.float64) - want).max() / max(np.abs(want).max(), 1e-30))


def bench_model(args, name, onnx_path, work, bandwidth, stats, neuron_stats):
    sparsity = args.sparsity.get(name, SPARSITY.get(name, 0.9))
    rows = []
    for batch in args.batches:
        mlir = os.path.join(work, "%s-b%d.mlir" % (name, batch))
        pruned = os.path.join(work, "%s-b%d-pruned.mlir" % (name, batch))
        import_onnx(args.build, onnx_path, mlir, batch)
        prune(args.build, mlir, pruned, sparsity, stats)
        neuron_options = args.neurons.get(name)
        shrunk = os.path.join(work, "%s-b%d-neurons.mlir" % (name, batch))
        if neuron_options is not None:
            prune_neurons(args.build, mlir, shrunk, neuron_options, neuron_stats)
        x = inputs_for(name, batch)
        reference = ort.run(onnx_path, x)
        builds = {}
        for threads in args.threads:
            report = os.path.join(work, "%s-b%d-t%d-sparsify.json" % (name, batch, threads))
            log("  %s batch %d threads %d: compiling" % (name, batch, threads))
            dense = aot.compile(mlir, options="sparse=false threads=%d" % threads, out_dir=work,
                                opt=common.prune_opt(args.build))
            sparse = aot.compile(pruned, options="threads=%d sparse-report=%s" % (threads, report),
                                 out_dir=work, opt=common.prune_opt(args.build))
            with open(report) as f:
                packed = json.load(f)
            neurons = None
            if neuron_options is not None:
                neurons = aot.compile(shrunk, options="sparse=false threads=%d" % threads,
                                      out_dir=work, opt=common.prune_opt(args.build))
            pruned_dense = aot.compile(pruned, options="sparse=false threads=%d" % threads,
                                       out_dir=work, opt=common.prune_opt(args.build))
            builds[threads] = (dense, sparse, packed, neurons, pruned_dense)
        # Correctness: dense against ONNX Runtime, pruned against the dense
        # build of the pruned model (one thread).
        want_pruned = builds[args.threads[0]][4](x)
        for threads, (dense, sparse, *_rest) in builds.items():
            builds[threads] += (rel_err(dense(x), reference), rel_err(sparse(x), want_pruned))

        ways = ("ort", "dense", "pruned", "pruned_dense", "neurons")
        samples = {(t, way): [] for t in args.threads for way in ways}
        for r in range(args.rounds):
            for threads, (dense, sparse, _packed, neurons, pruned_dense, *_errs) in builds.items():
                samples[(threads, "ort")].append(ort.time(onnx_path, x, threads=threads, repeat=args.repeat))
                samples[(threads, "dense")].append(1e3 * dense.time(x, repeat=args.repeat))
                samples[(threads, "pruned")].append(1e3 * sparse.time(x, repeat=args.repeat))
                samples[(threads, "pruned_dense")].append(1e3 * pruned_dense.time(x, repeat=args.repeat))
                if neurons:
                    samples[(threads, "neurons")].append(1e3 * neurons.time(x, repeat=args.repeat))
        for threads, (dense, sparse, packed, neurons, _pd, dense_err, sparse_err) in builds.items():
            ms = {way: float(np.median(samples[(threads, way)])) for way in ways
                  if samples[(threads, way)]}
            sparse_layers = [l for l in packed.get("layers", []) if l.get("format") not in (None, "dense")]
            sparse_bytes = sum(l.get("bytes_after", 0) for l in sparse_layers)
            row = {"model": name, "batch": batch, "threads": threads, "sparsity": sparsity,
                   "calibrated": bool(stats), "ort_ms": ms["ort"], "dense_ms": ms["dense"],
                   "pruned_ms": ms["pruned"], "dense_vs_ort": ms["dense"] / ms["ort"],
                   "pruned_dense_ms": ms["pruned_dense"],
                   "auto_vs_pruned_dense": ms["pruned"] / ms["pruned_dense"],
                   "cost_model": packed.get("cost_model"),
                   "ort_vs_pruned": ms["ort"] / ms["pruned"],
                   "dense_max_rel_err_vs_ort": dense_err, "pruned_max_rel_err_vs_dense_build": sparse_err,
                   "formats": {l["name"]: l.get("format") for l in packed.get("layers", [])},
                   "sparse_weight_bytes": sparse_bytes,
                   "weight_bytes_dense": packed.get("bytes_before"),
                   "weight_bytes_packed": packed.get("bytes_after"),
                   "so_bytes_dense": os.path.getsize(dense.library),
                   "so_bytes_pruned": os.path.getsize(sparse.library)}
            if sparse_bytes and batch == 1:
                mib = max(1, -(-sparse_bytes // (1 << 20)))
                local = memory_bandwidth(os.path.join(ROOT, "bench", "out"), mib)
                row["sparse_gbs"] = sparse_bytes / (ms["pruned"] * 1e-3) / 1e9
                row["roofline_dram"] = row["sparse_gbs"] / bandwidth
                row["roofline"] = row["sparse_gbs"] / local
                row["bandwidth_working_set_gbs"] = local
            if neurons:
                row.update({"neurons_options": neuron_options, "neurons_ms": ms["neurons"],
                            "ort_vs_neurons": ms["ort"] / ms["neurons"]})
            if name != "wide" and batch == 64 and threads == args.threads[0]:
                row["accuracy_dense"] = accuracy(dense, name)
                row["accuracy_pruned"] = accuracy(sparse, name)
                if neurons:
                    row["accuracy_neurons"] = accuracy(neurons, name)
            rows.append(row)
            log("  " + format_row(row))
    return rows


def format_row(r):
    acc = ""
    if "accuracy_dense" in r:
        acc = "%.1f%% -> %.1f%%" % (100 * r["accuracy_dense"], 100 * r["accuracy_pruned"])
        if "accuracy_neurons" in r:
            acc += " / %.1f%%" % (100 * r["accuracy_neurons"])
    roof = "%.2f" % r["roofline"] if "roofline" in r else "-"
    sparse = sum(1 for f in r["formats"].values() if f != "dense")
    neurons = ("%.3f (%s) | %.2f" % (r["neurons_ms"], r["neurons_options"], r["ort_vs_neurons"])
               if "neurons_ms" in r else "- | -")
    return ("| %s | %d | %d | %.0f%%%s | %.3f | %.3f | %.3f | %.2f | %.2f | %s | %d/%d | %.2f | %s | %s | %.1e / %.1e |"
            % (r["model"], r["batch"], r["threads"], 100 * r["sparsity"], " cal" if r["calibrated"] else "",
               r["ort_ms"], r["dense_ms"], r["pruned_ms"], r["dense_vs_ort"], r["ort_vs_pruned"], neurons,
               sparse, len(r["formats"]), r["auto_vs_pruned_dense"], roof, acc, r["dense_max_rel_err_vs_ort"],
               r["pruned_max_rel_err_vs_dense_build"]))


HEADER = ("| model | batch | threads | sparsity | ORT ms | dense ms | pruned ms | dense/ORT | ORT/pruned "
          "| neurons ms (options) | ORT/neurons "
          "| sparse layers | auto/dense | roofline | accuracy dense -> pruned / neurons "
          "| max rel err dense vs ORT / pruned vs dense |\n"
          "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: "
          "| ---: | --- | --- |")


def auto_summary(rows):
    """format=auto against the pruned model built dense, over the builds in
    which it packed a layer (with none packed both builds compile the same
    IR, and their ratio is the machine's noise)."""
    packed = [r for r in rows if any(f != "dense" for f in r["formats"].values())]
    text = ("format=auto (cost model %s) against the pruned model built dense: "
            % rows[0]["cost_model"])
    if packed:
        worst = max(packed, key=lambda r: r["auto_vs_pruned_dense"])
        text += ("worst %.2fx over the %d builds with a packed layer (%s, batch %d, %d threads)"
                 % (worst["auto_vs_pruned_dense"], len(packed), worst["model"], worst["batch"],
                    worst["threads"]))
    else:
        text += "no build packed a layer"
    return text + "; %d builds kept every layer dense" % (len(rows) - len(packed))


def plot(rows, path):
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return
    labels = ["%s b%d t%d" % (r["model"], r["batch"], r["threads"]) for r in rows]
    y = np.arange(len(rows))
    fig, ax = plt.subplots(figsize=(8, 0.3 * len(rows) + 1.5))
    ax.barh(y - 0.27, [r["dense_vs_ort"] for r in rows], 0.27, label="dense / ORT time")
    ax.barh(y, [r["pruned_ms"] / r["ort_ms"] for r in rows], 0.27, label="pruned / ORT time")
    ax.barh(y + 0.27, [r.get("neurons_ms", np.nan) / r["ort_ms"] for r in rows], 0.27,
            label="neurons removed / ORT time")
    ax.axvline(1.0, color="k", lw=0.8)
    ax.set_xscale("log")
    ax.set_yticks(y)
    ax.set_yticklabels(labels, fontsize=7)
    ax.set_xlabel("time relative to ONNX Runtime dense, log scale (left of 1: faster)")
    ax.legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(path, dpi=120)


def parse_neurons(text):
    """`cnn:ratio=0.25,vit:ratio=0.5 layers=fc1` -> {model: options}."""
    out = {}
    for item in filter(None, text.split(",")):
        k, v = item.split(":", 1)
        out[k] = v
    return out


def parse_sparsity(text):
    out = {}
    for item in filter(None, text.split(",")):
        k, v = item.split("=")
        out[k] = float(v)
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    parser.add_argument("--models", default="mlp,cnn,cnn_bn,vit,wide")
    parser.add_argument("--batches", default="1,64")
    parser.add_argument("--threads", default="1,2")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--calibrate", action="store_true",
                        help="prune with criterion=wanda method=reconstruct on calibration_256.npz")
    parser.add_argument("--sparsity", type=parse_sparsity, default={},
                        help="per-model sparsity, e.g. wide=0.95,vit=0.5")
    parser.add_argument("--neurons", type=parse_neurons, default=NEURONS,
                        help="per-model prune-neurons options besides mode=importance "
                             "method=reconstruct stats=, e.g. 'cnn:ratio=0.25,vit:ratio=0.5 "
                             "layers=fc1'; an empty string for none")
    parser.add_argument("--out", default=os.path.join(ROOT, "bench", "results", "e2e_bench"))
    args = parser.parse_args()
    args.build = os.path.abspath(args.build)
    args.batches = [int(b) for b in args.batches.split(",")]
    args.threads = [int(t) for t in args.threads.split(",")]
    if not ort.available():
        sys.exit("e2e_bench: ONNX Runtime is not available (scripts/install-deps.sh installs it)")

    out_dir = os.path.join(ROOT, "bench", "out")
    os.makedirs(out_dir, exist_ok=True)
    load = os.getloadavg()
    bandwidth = memory_bandwidth(out_dir)
    log("memory bandwidth (one thread reading 512 MiB): %.1f GB/s; load average %.2f %.2f %.2f"
        % ((bandwidth,) + load))
    rows = []
    with tempfile.TemporaryDirectory(prefix="e2e-bench-") as work:
        for name in args.models.split(","):
            if name == "wide":
                onnx_path = os.path.join(out_dir, "wide_mlp.onnx")
                if not os.path.exists(onnx_path):
                    export_wide_mlp(onnx_path)
            else:
                onnx_path = os.path.join(FASHION, name + ".onnx")
            # Statistics of the dense model on the calibration images, for
            # prune-weights (--calibrate) and prune-neurons' refits.
            calibrated = None
            if name != "wide" and (args.calibrate or name in args.neurons):
                dynamic = os.path.join(work, name + ".mlir")
                import_onnx(args.build, onnx_path, dynamic)
                calibrated = os.path.join(work, name + ".stats")
                calibration = np.load(os.path.join(FASHION, "calibration_256.npz"))["input"]
                aot.calibrate(dynamic, calibration, calibrated, out_dir=work,
                              opt=common.prune_opt(args.build))
            log("%s (%s)" % (name, os.path.relpath(onnx_path, ROOT)))
            rows += bench_model(args, name, onnx_path, work, bandwidth,
                                calibrated if args.calibrate else None, calibrated)

    end_load = os.getloadavg()
    print("memory bandwidth %.1f GB/s; load average at start %.2f, at end %.2f"
          % (bandwidth, load[0], end_load[0]))
    print(HEADER)
    for r in rows:
        print(format_row(r))
    summary = auto_summary(rows)
    print(summary)
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out + ".json", "w") as f:
        json.dump({"bandwidth_gbs": bandwidth, "load_start": load, "load_end": end_load,
                   "rows": rows}, f, indent=1)
    with open(args.out + ".md", "w") as f:
        f.write("memory bandwidth %.1f GB/s; load average at start %.2f, at end %.2f\n\n"
                % (bandwidth, load[0], end_load[0]))
        f.write(HEADER + "\n" + "\n".join(format_row(r) for r in rows) + "\n\n" + summary + "\n")
    plot(rows, args.out + ".png")


if __name__ == "__main__":
    main()
