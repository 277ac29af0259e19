#!/usr/bin/python3
"""sparse_bench.py - speed of prune-sparsify's sparse kernels against dense.

One command, one run:

    /usr/bin/python3 bench/sparse_bench.py            # full table + plot
    /usr/bin/python3 bench/sparse_bench.py --quick    # 90% only, fewer rounds

For each layer shape (4096x4096 at batch 1, 1024x1024 times 64 columns) and
each sparsity, the script makes a pruned f32 weight with numpy (unstructured
magnitude pruning for CSR, 4x4 blocks by L2 norm for BSR, 2:4 along the input
dimension for N:M at 50%), writes a small module whose constant weight feeds a
`linalg.matvec` / `linalg.matmul`, and compiles it:

  sparse:  prune-opt --prune-sparsify="format=F" --sparsifier="... vl=V"
           (vl=0 scalar loops and vl=16 vector loops, both reported)
  dense:   the same layer with the weight read from the caller's buffer as an
           all-dense annotated tensor (sparse_tensor.assemble wraps the
           buffer, no copy; the bytes read are those of a dense constant),
           compiled by --sparsifier="... vl=16", which vectorizes the inner
           reduction loop: the "dense compiled and vectorized" baseline
           until prune-compile lands. One build per shape.
  then mlir-translate --mlir-to-llvmir and clang-22 -O3 -march=native into a
  .so exporting _mlir_ciface_kernel (llvm.emit_c_interface).

bench/harness/sparse_harness.cpp (built here with clang++-22) dlopens the .so
files and times them against oneDNN's dnnl_sgemm on the same weight, one
thread on both sides (OMP_NUM_THREADS=1; the MLIR code is single-threaded),
interleaved rounds, medians, answers checked against a double reference
(max |y - ref| / max |ref| <= 1e-5). It also measures memory bandwidth with
STREAM-like copy and triad loops.

Outputs (in --out, default bench/results): sparse_bench.json (every
measurement), sparse_bench.md (the table), sparse_bench.png (speedup vs
sparsity), and the least-squares fit of the kernel times that calibrates
format=auto's cost model (lib/Sparsity/SparseWeights.cpp).
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LLVM_BIN = "/usr/lib/llvm-22/bin"
SPARSIFIER = ("enable-runtime-library=false reassociate-fp-reductions "
              "enable-index-optimizations")


def log(*a):
    print(*a, file=sys.stderr, flush=True)


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        raise SystemExit(f"command failed ({r.returncode}): {' '.join(cmd)}\n"
                         f"{r.stderr[-3000:]}")
    return r.stdout


# --------------------------------------------------------------------------
# Weights
# --------------------------------------------------------------------------

def make_weight(m, k, sparsity, pattern, seed):
    """A pruned [m, k] f32 weight: exactly round(sparsity * units) units
    zeroed by magnitude, as prune-weights does."""
    rng = np.random.default_rng(seed)
    w = rng.standard_normal((m, k)).astype(np.float32)
    if pattern == "unstructured":
        flat = np.abs(w).ravel()
        nzero = int(round(sparsity * flat.size))
        idx = np.argpartition(flat, nzero)[:nzero]
        w.ravel()[idx] = 0.0
    elif pattern == "block4x4":
        blocks = w.reshape(m // 4, 4, k // 4, 4)
        score = np.sqrt((blocks ** 2).sum(axis=(1, 3))).ravel()
        nzero = int(round(sparsity * score.size))
        idx = np.argpartition(score, nzero)[:nzero]
        mask = np.ones(score.size, dtype=np.float32)
        mask[idx] = 0.0
        mask = mask.reshape(m // 4, 1, k // 4, 1)
        w = (blocks * mask).reshape(m, k)
    elif pattern == "2:4":
        assert abs(sparsity - 0.5) < 1e-9, "2:4 is 50% sparse"
        groups = w.reshape(m, k // 4, 4)
        drop = np.argsort(np.abs(groups), axis=2)[:, :, :2]
        np.put_along_axis(groups, drop, 0.0, axis=2)
        w = groups.reshape(m, k)
    else:
        raise ValueError(pattern)
    return np.ascontiguousarray(w, dtype=np.float32)


# --------------------------------------------------------------------------
# Modules
# --------------------------------------------------------------------------

def kernel_module(m, k, n, weight_hex=None):
    """`@kernel(x, y)` computing y = W x into the caller's y (no allocation
    per call), W a dense constant. Without weight_hex, `@kernel_w(w, x, y)`
    reads W from the caller's buffer as an all-dense annotated tensor (the
    dense baseline; sparse_tensor.assemble wraps the buffer, no copy)."""
    if n == 1:
        xt, yt = f"{k}xf32", f"{m}xf32"
    else:
        xt, yt = f"{k}x{n}xf32", f"{m}x{n}xf32"
    wt = f"{m}x{k}xf32"
    op = "linalg.matvec" if n == 1 else "linalg.matmul"
    lines = []
    if weight_hex is None:
        lines.append("#alldense = #sparse_tensor.encoding<{map = (i, j) -> "
                     "(i : dense, j : dense)}>")
        lines.append(f"func.func @kernel_w(%wm: memref<{m * k}xf32>, "
                     f"%xm: memref<{xt}>, %ym: memref<{yt}>) "
                     "attributes {llvm.emit_c_interface} {")
        lines.append(f"  %v = bufferization.to_tensor %wm restrict : "
                     f"memref<{m * k}xf32> to tensor<{m * k}xf32>")
        lines.append(f'  %w = "sparse_tensor.assemble"(%v) : '
                     f"(tensor<{m * k}xf32>) -> tensor<{wt}, #alldense>")
        wty = f"tensor<{wt}, #alldense>"
    else:
        lines.append(f"func.func @kernel(%xm: memref<{xt}>, "
                     f"%ym: memref<{yt}>) "
                     "attributes {llvm.emit_c_interface} {")
        lines.append(f'  %w = arith.constant dense<"0x{weight_hex}"> : '
                     f"tensor<{wt}>")
        wty = f"tensor<{wt}>"
    # y is zeroed as a buffer, then accumulated into in place: a tensor
    # fill would fold into a zero constant, and bufferization would copy it
    # into a fresh (never freed) buffer on every call.
    lines.append("  %zero = arith.constant 0.0 : f32")
    lines.append(f"  linalg.fill ins(%zero : f32) outs(%ym : memref<{yt}>)")
    lines.append(f"  %x = bufferization.to_tensor %xm restrict : "
                 f"memref<{xt}> to tensor<{xt}>")
    lines.append(f"  %y0 = bufferization.to_tensor %ym restrict writable : "
                 f"memref<{yt}> to tensor<{yt}>")
    lines.append(f"  %y = {op} ins(%w, %x : {wty}, tensor<{xt}>) "
                 f"outs(%y0 : tensor<{yt}>) -> tensor<{yt}>")
    lines.append(f"  bufferization.materialize_in_destination %y in restrict "
                 f"writable %ym : (tensor<{yt}>, memref<{yt}>) -> ()")
    lines.append("  return")
    lines.append("}")
    return "\n".join(lines) + "\n"


def compile_so(prune_opt, src, out_so, passes, tmp):
    """src (text or bytecode) -> prune-opt passes -> LLVM IR -> .so."""
    llvm_mlir = os.path.join(tmp, os.path.basename(out_so) + ".llvm.mlirbc")
    ll = os.path.join(tmp, os.path.basename(out_so) + ".ll")
    run([prune_opt, src] + passes + ["--emit-bytecode", "-o", llvm_mlir])
    run([os.path.join(LLVM_BIN, "mlir-translate"), "--mlir-to-llvmir",
         llvm_mlir, "-o", ll])
    with open(ll) as f:
        if "@malloc(" in f.read():
            raise SystemExit(f"{out_so}: the kernel allocates on every call")
    run(["clang-22", "-O3", "-march=native", "-shared", "-fPIC",
         "-Wno-override-module", ll, "-o", out_so])
    os.remove(llvm_mlir)
    os.remove(ll)


# --------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------

FORMATS = {"unstructured": "csr", "block4x4": "bsr", "2:4": "nm"}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--out", default=os.path.join(ROOT, "bench", "results"))
    # 90% first: the targets are there, and partial results are kept.
    ap.add_argument("--sparsities", default="0.9,0.95,0.8,0.7,0.5")
    ap.add_argument("--shapes", default="4096x4096x1,1024x1024x64",
                    help="MxKxN list: W is MxK, the input KxN")
    ap.add_argument("--rounds", type=int, default=21)
    ap.add_argument("--quick", action="store_true",
                    help="90%% sparsity only, 9 rounds")
    args = ap.parse_args()
    if args.quick:
        args.sparsities, args.rounds = "0.9", 9
    sparsities = [float(s) for s in args.sparsities.split(",")]
    shapes = [tuple(int(d) for d in s.split("x")) for s in
              args.shapes.split(",")]
    prune_opt = os.path.join(args.build, "bin", "prune-opt")
    if not os.path.exists(prune_opt):
        raise SystemExit(f"{prune_opt} not found: build the project first")
    os.makedirs(args.out, exist_ok=True)
    env = dict(os.environ, OMP_NUM_THREADS="1")

    tmp = tempfile.mkdtemp(prefix="sparse_bench.")
    harness = os.path.join(tmp, "sparse_harness")
    run(["clang++-22", "-O3", "-march=native", "-std=c++17",
         os.path.join(ROOT, "bench", "harness", "sparse_harness.cpp"),
         "-o", harness, "-ldnnl", "-ldl"])

    # Memory bandwidth: 3 arrays of 16M doubles (128 MiB each).
    stream = json.loads(run([harness, "--stream", str(16 * 1024 * 1024)],
                            env=env).splitlines()[0])
    log(f"STREAM copy {stream['copy_gbs']:.1f} GB/s, "
        f"triad {stream['triad_gbs']:.1f} GB/s")
    bandwidth = max(stream["copy_gbs"], stream["triad_gbs"])

    results = []
    for (m, k, n) in shapes:
        # The dense baseline reads W from a buffer, so one build serves
        # every weight of this shape.
        dense_so = os.path.join(tmp, f"{m}x{k}x{n}.dense.so")
        dsrc = os.path.join(tmp, f"{m}x{k}x{n}.dense.mlir")
        with open(dsrc, "w") as f:
            f.write(kernel_module(m, k, n))
        compile_so(prune_opt, dsrc, dense_so,
                   [f"--sparsifier={SPARSIFIER} vl=16"], tmp)
        for s in sparsities:
            for pattern in ("unstructured", "block4x4", "2:4"):
                if pattern == "2:4" and abs(s - 0.5) > 1e-9:
                    continue
                fmt = FORMATS[pattern]
                tag = f"{m}x{k}x{n}_{int(round(s * 100))}_{fmt}"
                t0 = time.time()
                w = make_weight(m, k, s, pattern, seed=m + k + n)
                wbin = os.path.join(tmp, tag + ".bin")
                w.tofile(wbin)
                hexs = w.astype("<f4").tobytes().hex()
                src = os.path.join(tmp, tag + ".mlir")
                with open(src, "w") as f:
                    f.write(kernel_module(m, k, n, hexs))
                del hexs
                report = os.path.join(tmp, tag + ".json")
                libs = {"dense_vec": dense_so}
                # Pack once (bytecode parses much faster than hex text),
                # then lower with scalar and with vector sparse loops.
                packed = os.path.join(tmp, tag + ".packed.mlirbc")
                run([prune_opt, src, f"--prune-sparsify=format={fmt} "
                     f"report={report}", "--emit-bytecode", "-o", packed])
                for vl in (0, 16):
                    name = f"{fmt}_vl{vl}"
                    libs[name] = os.path.join(tmp, f"{tag}.{name}.so")
                    compile_so(prune_opt, packed, libs[name],
                               [f"--sparsifier={SPARSIFIER} vl={vl}"], tmp)
                os.remove(packed)
                with open(report) as f:
                    layer = json.load(f)["layers"][0]
                if layer["format"] == "dense":
                    raise SystemExit(f"{tag}: prune-sparsify left the weight "
                                     f"dense: {layer['reason']}")
                os.remove(src)
                cmd = ([harness, "--m", str(m), "--k", str(k), "--n", str(n),
                        "--weight", wbin, "--rounds", str(args.rounds)] +
                       [f"{nm}={p}" for nm, p in libs.items()])
                out = run(cmd, env=env)
                # Cold caches: 256 MiB written between calls.
                out_cold = run(cmd + ["--cold", str(256 << 20)], env=env)
                for nm, p in libs.items():
                    if nm != "dense_vec":
                        os.remove(p)
                os.remove(wbin)
                times, cold, errors, wall = {}, {}, {}, {}
                for line in out.splitlines():
                    rec = json.loads(line)
                    times[rec["name"]] = rec["median_s"]
                    wall[rec["name"]] = rec["median_wall_s"]
                    errors[rec["name"]] = rec["max_rel_error"]
                for line in out_cold.splitlines():
                    rec = json.loads(line)
                    cold[rec["name"]] = rec["median_s"]
                io_bytes = 4 * (k * n + m * n)
                row = {
                    "m": m, "k": k, "n": n, "sparsity": s,
                    "pattern": pattern, "format": layer["format"],
                    "nonzeros": layer["nonzeros_after"],
                    "stored_elements": layer["stored_values"],
                    "bytes_dense": layer["bytes_before"] + io_bytes,
                    "bytes_sparse": layer["bytes_after"] + io_bytes,
                    "pos_width": layer.get("pos_width"),
                    "crd_width": layer.get("crd_width"),
                    "times_s": times, "cold_times_s": cold,
                    "wall_times_s": wall,
                    "max_rel_error": errors,
                }
                results.append(row)
                best = min(times[f"{fmt}_vl0"], times[f"{fmt}_vl16"])
                cbest = min(cold[f"{fmt}_vl0"], cold[f"{fmt}_vl16"])
                log(f"{tag} cold: dense_vec {cold['dense_vec'] * 1e3:.3f} ms, "
                    f"onednn {cold['onednn'] * 1e3:.3f} ms, {fmt} best "
                    f"{cbest * 1e3:.3f} ms")
                log(f"{tag}: dense_vec {times['dense_vec'] * 1e3:.3f} ms, "
                    f"onednn {times['onednn'] * 1e3:.3f} ms, "
                    f"{fmt} vl0 {times[f'{fmt}_vl0'] * 1e3:.3f} ms, "
                    f"vl16 {times[f'{fmt}_vl16'] * 1e3:.3f} ms -> "
                    f"{times['onednn'] / best:.2f}x oneDNN "
                    f"({time.time() - t0:.0f} s)")

                # Results so far, rewritten after every layer.
                write_outputs(results, stream, bandwidth, args)
    table, fit = write_outputs(results, stream, bandwidth, args)
    print(table)
    print(fit)


def write_outputs(results, stream, bandwidth, args):
    results = sorted(results, key=lambda r: (-r["m"] * r["k"], r["n"],
                                             r["pattern"], r["sparsity"]))
    with open(os.path.join(args.out, "sparse_bench.json"), "w") as f:
        json.dump({"stream": stream, "threads": 1, "rounds": args.rounds,
                   "results": results}, f, indent=1)
    table = write_table(results, stream, bandwidth, args)
    fit = fit_cost_model(results)
    with open(os.path.join(args.out, "sparse_bench.md"), "a") as f:
        f.write("\n" + fit + "\n")
    plot(results, os.path.join(args.out, "sparse_bench.png"))
    return table, fit


def base_format(fmt):
    return "bsr" if fmt.startswith("bsr") else ("csr" if fmt == "csr" else "nm")


def write_table(results, stream, bandwidth, args):
    lines = [
        "# prune-sparsify kernels vs dense (one thread, medians of "
        f"{args.rounds} interleaved rounds)",
        "",
        f"Memory bandwidth (STREAM-like, 1 thread, measured at the start of "
        f"the run): copy {stream['copy_gbs']:.1f} GB/s, triad "
        f"{stream['triad_gbs']:.1f} GB/s; fractions are of "
        f"{bandwidth:.1f} GB/s.",
        "",
        "Times are medians of thread CPU time per call (the machine is "
        "shared; wall time also counts descheduled slices, see "
        "wall_times_s in the JSON). warm: repeated calls (a sparse weight "
        "that fits the caches stays there); cold: 256 MiB written before "
        "every call. 'sparse' is the faster of vl=0 / vl=16.",
        "",
        "| layer | sparsity | format | weight MB | warm dense-vec | "
        "warm oneDNN | warm sparse vl=0 | warm sparse vl=16 | "
        "warm vs dense-vec | warm vs oneDNN | cold dense-vec | cold oneDNN | "
        "cold sparse | cold vs dense-vec | cold vs oneDNN | cold GB/s | "
        "of peak | oneDNN cold of peak |",
        "|" + "---|" * 18,
    ]
    for r in results:
        t, c = r["times_s"], r.get("cold_times_s") or r["times_s"]
        base = base_format(r["format"])
        vl0, vl16 = t[f"{base}_vl0"], t[f"{base}_vl16"]
        best = min(vl0, vl16)
        cbest = min(c[f"{base}_vl0"], c[f"{base}_vl16"])
        gbs = r["bytes_sparse"] / cbest / 1e9
        dnn_gbs = r["bytes_dense"] / c["onednn"] / 1e9
        lines.append(
            f"| {r['m']}x{r['k']} x{r['n']} | {r['sparsity']:.2f} | "
            f"{r['format']} | {r['bytes_sparse'] / 1e6:.1f} | "
            f"{t['dense_vec'] * 1e3:.3f} | {t['onednn'] * 1e3:.3f} | "
            f"{vl0 * 1e3:.3f} | {vl16 * 1e3:.3f} | "
            f"{t['dense_vec'] / best:.2f}x | {t['onednn'] / best:.2f}x | "
            f"{c['dense_vec'] * 1e3:.3f} | {c['onednn'] * 1e3:.3f} | "
            f"{cbest * 1e3:.3f} | {c['dense_vec'] / cbest:.2f}x | "
            f"{c['onednn'] / cbest:.2f}x | {gbs:.1f} | "
            f"{gbs / bandwidth:.2f} | {dnn_gbs / bandwidth:.2f} |")
    table = "\n".join(lines) + "\n"
    with open(os.path.join(args.out, "sparse_bench.md"), "w") as f:
        f.write(table)
    return table


def fit_cost_model(results):
    """The constants of format=auto's cost model: nanoseconds per stored
    element of each format (nonzeros for CSR, R*C per stored block for BSR,
    N per group of M for N:M, every element for dense), median over the
    sparsities measured, per batch width, best of vl=0 / vl=16 for sparse,
    cold-cache times (weights from memory, as in a model)."""
    lines = ["## Cost-model constants (cold, ns per stored element per "
             "column, median over sparsities)", ""]
    groups = {}
    for r in results:
        base = base_format(r["format"])
        t = r.get("cold_times_s") or r["times_s"]
        best = min(t[f"{base}_vl0"], t[f"{base}_vl16"])
        stored = r["stored_elements"]
        n = r["n"]
        groups.setdefault((base, n), []).append(best * 1e9 / stored / n)
        groups.setdefault(("dense_vec", n), []).append(
            t["dense_vec"] * 1e9 / (r["m"] * r["k"]) / n)
        groups.setdefault(("onednn", n), []).append(
            t["onednn"] * 1e9 / (r["m"] * r["k"]) / n)
    for (fmt, n), vals in sorted(groups.items()):
        lines.append(f"- {fmt}, batch {n}: {np.median(vals):.4f} ns "
                     f"(min {min(vals):.4f}, max {max(vals):.4f}, "
                     f"{len(vals)} points)")
    return "\n".join(lines)


def plot(results, path):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    shapes = sorted({(r["m"], r["k"], r["n"]) for r in results},
                    key=lambda s: (-s[0] * s[1], s[2]))
    fig, axes = plt.subplots(1, len(shapes), figsize=(6.5 * len(shapes), 4.8),
                             squeeze=False)
    for ax, (m, k, n) in zip(axes[0], shapes):
        rows = [r for r in results if (r["m"], r["k"], r["n"]) == (m, k, n)]
        series = {}
        for r in rows:
            base = base_format(r["format"])
            x = r["sparsity"] * 100
            for mode, key in (("warm", "times_s"), ("cold", "cold_times_s")):
                t = r.get(key)
                if not t:
                    continue
                best = min(t[f"{base}_vl0"], t[f"{base}_vl16"])
                series.setdefault((f"{r['format']} {mode}", mode), []).append(
                    (x, t["onednn"] / best))
                series.setdefault((f"dense vectorized (MLIR) {mode}", mode),
                                  []).append((x, t["onednn"] / t["dense_vec"]))
        for (label, mode), pts in sorted(series.items()):
            pts = sorted(set(pts))
            style = ":" if "dense" in label else ("-" if mode == "warm"
                                                  else "--")
            ax.plot([p[0] for p in pts], [p[1] for p in pts], style,
                    marker="o", label=label)
        ax.axhline(1.0, color="gray", lw=0.8)
        ax.set_title(f"{m}x{k} f32 weight, batch {n}")
        ax.set_xlabel("sparsity (%)")
        ax.set_ylabel("speedup over oneDNN sgemm (1 thread)")
        ax.set_yscale("log")
        ax.grid(True, which="both", alpha=0.3)
        ax.legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(path, dpi=120)


if __name__ == "__main__":
    main()
