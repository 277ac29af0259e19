#!/usr/bin/python3
"""Time and peak memory of `prune-opt --prune-weights` on a ~100M-weight model.

For each input format (text .mlir with hex `dense_resource` blobs, and MLIR
bytecode .mlirbc, whose resources the reader mmaps) the benchmark runs,
interleaved over R rounds, the baseline `prune-opt IN -o OUT` (parse + print)
and each pruning variant `prune-opt --prune-weights=... IN -o OUT` (bytecode
in -> bytecode out with --emit-bytecode). Every child is timed on its own
(wall clock around spawn .. os.wait4) and its peak RSS is that child's own
ru_maxrss from os.wait4 (not RUSAGE_CHILDREN, which is a maximum over all
children). A sampler also reads /proc/PID/status every few ms for the split
of resident memory into anonymous (heap) and file-backed (mmapped input,
shared libraries) pages at their maxima. `--mlir-timing` is passed to every
run (its cost is negligible) and gives the Parser / PruneWeights / Output
split; "other" is wall minus those (process start, the upstream driver's
work outside the timed phases, teardown).

Targets (for prune-weights on large models), per pruning variant and input format:
  time ratio  = median wall(variant) / median wall(parse+print)  <= 1.5
  peak RSS    = max ru_maxrss over rounds                        <= 2.5 x weight bytes

After timing, the outputs of the last round are checked: each layer's
pruned weights are read back (text: hex blob; bytecode: converted to text
with prune-opt first) and compared with the input: kept weights unchanged,
exact number of zeros (round(s*n) per layer, or over all layers for
scope=global, 2 of every 4 along the input dimension for 2:4), and no kept
weight smaller in magnitude than a zeroed one (per layer, per group of 4, or
globally).

Usage:
    /usr/bin/python3 bench/prune_weights_bench.py [--rounds 3]
        [--formats text,bytecode] [--variants base,s90,nm24,global]
        [--weights N --layers L] [--no-verify] [--json PATH]
"""

import argparse
import json
import math
import mmap
import os
import re
import statistics
import subprocess
import sys
import threading
import time

import numpy as np

import gen_big_model  # bench/, the script's own directory

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)

OUT_DIR = os.path.join(HERE, "out")
TIME_TARGET = 1.5
RSS_TARGET = 2.5

# name -> (label, --prune-weights options or None for parse+print)
VARIANTS = {
    "base": ("parse+print", None),
    "s90": ("sparsity=0.9", "sparsity=0.9"),
    "nm24": ("pattern=2:4", "pattern=2:4"),
    "global": ("sparsity=0.9 scope=global", "sparsity=0.9 scope=global"),
}


# --------------------------------------------------------------------------
# Running one child
# --------------------------------------------------------------------------

def _status_kib(pid, fields):
    out = {}
    try:
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                key = line.split(":", 1)[0]
                if key in fields:
                    out[key] = int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return out


class RssSampler(threading.Thread):
    """Polls /proc/PID/status; keeps max RssAnon and max RssFile (KiB)."""

    def __init__(self, pid, period=0.005):
        super().__init__(daemon=True)
        self.pid, self.period = pid, period
        self.max_anon = self.max_file = 0
        self.stop = threading.Event()

    def run(self):
        while not self.stop.is_set():
            s = _status_kib(self.pid, ("RssAnon", "RssFile"))
            if not s:
                break
            self.max_anon = max(self.max_anon, s.get("RssAnon", 0))
            self.max_file = max(self.max_file, s.get("RssFile", 0))
            self.stop.wait(self.period)


TIMING_RE = re.compile(r"^\s*([0-9.]+)\s+\(\s*[0-9.]+%\)\s+(\S.*?)\s*$")


def parse_timing(stderr_text):
    """--mlir-timing lines '  5.38 ( 33.0%)  Parser' -> {'Parser': 5.38}."""
    phases = {}
    for line in stderr_text.splitlines():
        m = TIMING_RE.match(line)
        if m:
            phases[m.group(2)] = phases.get(m.group(2), 0.0) + float(m.group(1))
    return phases


def run_child(cmd, log_path):
    """Runs cmd; returns wall seconds, own peak RSS and phases."""
    with open(log_path, "w") as log:
        t0 = time.monotonic()
        proc = subprocess.Popen(cmd, stdout=log, stderr=log)
        sampler = RssSampler(proc.pid)
        sampler.start()
        _, status, ru = os.wait4(proc.pid, 0)
        wall = time.monotonic() - t0
        sampler.stop.set()
        sampler.join()
        proc.returncode = os.waitstatus_to_exitcode(status)
    with open(log_path) as f:
        text = f.read()
    if proc.returncode != 0:
        raise RuntimeError("%s failed (%d):\n%s"
                           % (" ".join(cmd), proc.returncode, text[-4000:]))
    return {
        "wall": wall,
        "user": ru.ru_utime,
        "sys": ru.ru_stime,
        "maxrss": ru.ru_maxrss * 1024,  # Linux: KiB
        "anon": sampler.max_anon * 1024,
        "file": sampler.max_file * 1024,
        "majflt": ru.ru_majflt,
        "minflt": ru.ru_minflt,
        "phases": parse_timing(text),
    }


def command(prune_opt, fmt, variant, inp, out):
    cmd = [prune_opt, "--mlir-timing"]
    opts = VARIANTS[variant][1]
    if opts is not None:
        cmd.append("--prune-weights=%s" % opts)
    cmd += [inp, "-o", out]
    if fmt == "bytecode":
        cmd.append("--emit-bytecode")
    return cmd


# --------------------------------------------------------------------------
# Reading blobs back
# --------------------------------------------------------------------------

def resource_shapes(text_path):
    """{key: shape} for every dense_resource in the module part of the file."""
    shapes = {}
    pat = re.compile(rb"dense_resource<([A-Za-z0-9_.$-]+)>\s*:\s*tensor<([0-9x]+)xf32>")
    with open(text_path, "rb") as f:
        for line in f:
            if line.startswith(b"{-#"):
                break
            for m in pat.finditer(line):
                shapes[m.group(1).decode()] = tuple(
                    int(d) for d in m.group(2).split(b"x"))
    return shapes


class TextBlobs:
    """Random access to the hex blobs of a text .mlir file (mmapped)."""

    def __init__(self, path):
        self.f = open(path, "rb")
        self.mm = mmap.mmap(self.f.fileno(), 0, access=mmap.ACCESS_READ)
        self.start = self.mm.rfind(b"{-#")

    def get(self, key, shape):
        needle = ("%s: \"0x" % key).encode()
        pos = self.mm.find(needle, self.start)
        if pos < 0:
            raise KeyError(key)
        pos += len(needle)
        end = self.mm.find(b'"', pos)
        raw = bytes.fromhex(self.mm[pos:end].decode("ascii"))
        assert raw[:4] == b"\x04\x00\x00\x00", "unexpected blob alignment"
        return np.frombuffer(raw, dtype="<f4", offset=4).reshape(shape)

    def close(self):
        self.mm.close()
        self.f.close()


def check_layers(variant, before, after, shapes, weight_keys):
    """Checks the pruned weights of every layer; returns a list of lines."""
    lines, ok = [], True
    total_n = total_zero = 0
    max_zeroed = 0.0       # largest |w| zeroed, over all layers
    min_kept = math.inf    # smallest |w| kept, over all layers
    for key in weight_keys:
        w0 = before.get(key, shapes[key])
        w1 = after.get(key, shapes[key])
        n = w0.size
        zero = w1 == 0
        nz = int(zero.sum())
        changed = int(((w1 != w0) & ~zero).sum())
        a0 = np.abs(w0)
        mz = float(a0[zero & (w0 != 0)].max()) if nz else 0.0
        mk = float(a0[~zero].min()) if nz < n else math.inf
        total_n += n
        total_zero += nz
        max_zeroed, min_kept = max(max_zeroed, mz), min(min_kept, mk)
        if changed:
            ok = False
            lines.append("  %s: %d kept weights changed value" % (key, changed))
        if variant == "s90":
            want = int(round(0.9 * n))
            good = nz == want and mz <= mk
            lines.append("  %s: %d/%d zeros = %.4f (want %d), max|zeroed| "
                         "%.4g <= min|kept| %.4g: %s"
                         % (key, nz, n, nz / n, want, mz, mk,
                            "ok" if good else "WRONG"))
            ok &= good
        elif variant == "nm24":
            groups = zero.reshape(w1.shape[0], -1, 4)
            per_group = groups.sum(axis=2)
            g0 = a0.reshape(w1.shape[0], -1, 4)
            zmax = np.where(groups, g0, -np.inf).max(axis=2)
            kmin = np.where(groups, np.inf, g0).min(axis=2)
            bad_count = int((per_group != 2).sum())
            bad_order = int((zmax > kmin).sum())
            good = bad_count == 0 and bad_order == 0
            lines.append("  %s: %d/%d zeros = %.4f, groups of 4 with != 2 "
                         "zeros: %d, with a zeroed weight larger than a kept "
                         "one: %d: %s" % (key, nz, n, nz / n, bad_count,
                                          bad_order, "ok" if good else "WRONG"))
            ok &= good
        else:  # global
            lines.append("  %s: %d/%d zeros = %.4f" % (key, nz, n, nz / n))
        del w0, w1, zero, a0
    if variant == "global":
        want = int(round(0.9 * total_n))
        good = total_zero == want and max_zeroed <= min_kept
        lines.append("  all layers: %d/%d zeros = %.4f (want %d), max|zeroed| "
                     "%.4g <= min|kept| %.4g: %s"
                     % (total_zero, total_n, total_zero / total_n, want,
                        max_zeroed, min_kept, "ok" if good else "WRONG"))
        ok &= good
    return ok, lines


def verify(args, fmt, variant, text_in, out_path):
    shapes = resource_shapes(text_in)
    weight_keys = [k for k in shapes if k.endswith("_weight")]
    bias_keys = [k for k in shapes if not k.endswith("_weight")]
    text_out = out_path
    if fmt == "bytecode":
        text_out = out_path + ".as_text.mlir"
        subprocess.run([args.prune_opt, out_path, "-o", text_out], check=True)
    before, after = TextBlobs(text_in), TextBlobs(text_out)
    try:
        ok, lines = check_layers(variant, before, after, shapes, weight_keys)
        bias_changed = sum(
            int((before.get(k, shapes[k]) != after.get(k, shapes[k])).sum())
            for k in bias_keys)
        lines.append("  biases (not weights) changed elements: %d: %s"
                     % (bias_changed, "ok" if bias_changed == 0 else "WRONG"))
        ok &= bias_changed == 0
    finally:
        before.close()
        after.close()
        if text_out != out_path:
            os.unlink(text_out)
    return ok, lines


# --------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------

def fmt_mib(b):
    return "%.0f" % (b / 2**20)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--formats", default="text,bytecode")
    ap.add_argument("--variants", default="base,s90,nm24,global",
                    help="comma list of %s (base is always run)"
                    % ",".join(VARIANTS))
    ap.add_argument("--weights", type=int, default=gen_big_model.DEFAULT_WEIGHTS)
    ap.add_argument("--layers", type=int, default=gen_big_model.DEFAULT_LAYERS)
    ap.add_argument("--model", default=None,
                    help="text model (default bench/out/big_model[_N_L].mlir)")
    ap.add_argument("--prune-opt",
                    default=os.path.join(REPO, "build", "bin", "prune-opt"))
    ap.add_argument("--no-verify", action="store_true")
    ap.add_argument("--keep-outputs", action="store_true")
    ap.add_argument("--json", default=os.path.join(OUT_DIR, "prune_weights_bench.json"))
    args = ap.parse_args(argv)

    formats = [f for f in args.formats.split(",") if f]
    variants = ["base"] + [v for v in args.variants.split(",")
                           if v and v != "base"]
    for v in variants:
        if v not in VARIANTS:
            ap.error("unknown variant %r" % v)

    os.makedirs(OUT_DIR, exist_ok=True)
    default_shape = (args.weights == gen_big_model.DEFAULT_WEIGHTS
                     and args.layers == gen_big_model.DEFAULT_LAYERS)
    text_in = args.model or os.path.join(
        OUT_DIR, "big_model.mlir" if default_shape
        else "big_model_%d_%d.mlir" % (args.weights, args.layers))
    bc_in = os.path.splitext(text_in)[0] + ".mlirbc"
    if not os.path.exists(text_in):
        if args.model:
            ap.error("%s does not exist" % text_in)
        gen_big_model.main(["--weights", str(args.weights), "--layers",
                            str(args.layers), "--out", text_in, "--bytecode",
                            bc_in, "--prune-opt", args.prune_opt])
    elif "bytecode" in formats and not os.path.exists(bc_in):
        gen_big_model.write_bytecode(args.prune_opt, text_in, bc_in)

    shapes = resource_shapes(text_in)
    weight_elems = sum(int(np.prod(s)) for k, s in shapes.items()
                       if k.endswith("_weight"))
    weight_bytes = 4 * weight_elems
    inputs = {"text": text_in, "bytecode": bc_in}
    ext = {"text": ".mlir", "bytecode": ".mlirbc"}

    print("model: %s (%.0f MiB) / %s (%.0f MiB): %d f32 weights = %.1f MiB"
          % (text_in, os.path.getsize(text_in) / 2**20, bc_in,
             os.path.getsize(bc_in) / 2**20 if os.path.exists(bc_in) else 0,
             weight_elems, weight_bytes / 2**20))
    print("prune-opt: %s; %d rounds; %d CPUs; loadavg %s"
          % (args.prune_opt, args.rounds, os.cpu_count(),
             " ".join("%.2f" % x for x in os.getloadavg())))

    empty = os.path.join(OUT_DIR, "empty.mlir")
    with open(empty, "w") as f:
        f.write("module {}\n")
    startup = run_child([args.prune_opt, empty, "-o", os.devnull],
                        os.path.join(OUT_DIR, "last_run.log"))
    print("prune-opt on an empty module: %.2f s, %s MiB peak RSS (process "
          "start and shared libraries)" % (startup["wall"],
                                           fmt_mib(startup["maxrss"])))

    results = {(f, v): [] for f in formats for v in variants}
    outputs = {}
    for r in range(args.rounds):
        for fmt in formats:
            for v in variants:
                out = os.path.join(OUT_DIR, "out_%s_%s%s" % (fmt, v, ext[fmt]))
                if os.path.exists(out):
                    os.unlink(out)
                os.sync()  # no writeback of earlier outputs during the run
                cmd = command(args.prune_opt, fmt, v, inputs[fmt], out)
                res = run_child(cmd, os.path.join(OUT_DIR, "last_run.log"))
                results[(fmt, v)].append(res)
                outputs[(fmt, v)] = out
                print("  round %d %-8s %-26s %6.2f s  %5s MiB peak RSS"
                      % (r + 1, fmt, VARIANTS[v][0], res["wall"],
                         fmt_mib(res["maxrss"])), flush=True)

    # ---- table
    rows = []
    hdr = ("format", "variant", "median s", "min s", "ratio", "parse",
           "pass", "output", "other", "peak RSS MiB", "RSS/weights",
           "anon MiB", "file MiB", "time", "memory")
    for fmt in formats:
        base = statistics.median(x["wall"] for x in results[(fmt, "base")])
        for v in variants:
            rs = results[(fmt, v)]
            med = statistics.median(x["wall"] for x in rs)
            ph = {k: statistics.median(x["phases"].get(k, 0.0) for x in rs)
                  for k in ("Parser", "PruneWeights", "Output")}
            other = med - sum(ph.values())
            peak = max(x["maxrss"] for x in rs)
            ratio = med / base
            rss_ratio = peak / weight_bytes
            is_base = VARIANTS[v][1] is None
            time_ok = "-" if is_base else (
                "PASS" if ratio <= TIME_TARGET else "FAIL")
            mem_ok = ("PASS" if rss_ratio <= RSS_TARGET else "FAIL")
            if is_base:
                mem_ok = "(%s)" % mem_ok
            rows.append((fmt, VARIANTS[v][0], "%.2f" % med,
                         "%.2f" % min(x["wall"] for x in rs), "%.2f" % ratio,
                         "%.2f" % ph["Parser"], "%.2f" % ph["PruneWeights"],
                         "%.2f" % ph["Output"], "%.2f" % other,
                         fmt_mib(peak), "%.2f" % rss_ratio,
                         fmt_mib(max(x["anon"] for x in rs)),
                         fmt_mib(max(x["file"] for x in rs)), time_ok, mem_ok))
    widths = [max(len(str(r[i])) for r in rows + [hdr]) for i in range(len(hdr))]
    print()
    print("weights: %d f32 = %.1f MiB; targets: time ratio <= %.1f, peak RSS "
          "<= %.1f x weights = %.0f MiB"
          % (weight_elems, weight_bytes / 2**20, TIME_TARGET, RSS_TARGET,
             RSS_TARGET * weight_bytes / 2**20))
    line = "  ".join(h.ljust(w) if i < 2 else h.rjust(w)
                     for i, (h, w) in enumerate(zip(hdr, widths)))
    print(line)
    print("-" * len(line))
    for row in rows:
        print("  ".join(str(c).ljust(w) if i < 2 else str(c).rjust(w)
                        for i, (c, w) in enumerate(zip(row, widths))))
    print("(ratio: median wall / median parse+print wall of the same format; "
          "parse/pass/output: --mlir-timing medians; other: wall - phases; "
          "peak RSS: max over rounds of the child's ru_maxrss; anon/file: "
          "sampled maxima of RssAnon/RssFile; a parse+print row's memory "
          "verdict is only informative)")

    # ---- verification
    all_ok = True
    if not args.no_verify:
        print("\nverification of the last round's outputs:")
        for fmt in formats:
            for v in variants:
                if VARIANTS[v][1] is None:
                    continue
                ok, lines = verify(args, fmt, v, text_in, outputs[(fmt, v)])
                all_ok &= ok
                print("%s %s: %s" % (fmt, VARIANTS[v][0], "ok" if ok else "WRONG"))
                for l in lines:
                    print(l)

    if not args.keep_outputs:
        for out in outputs.values():
            if os.path.exists(out):
                os.unlink(out)

    with open(args.json, "w") as f:
        json.dump({"weights": weight_elems, "weight_bytes": weight_bytes,
                   "model": text_in,
                   "runs": {"%s/%s" % k: v for k, v in results.items()},
                   "table": [dict(zip(hdr, r)) for r in rows],
                   "verified": None if args.no_verify else all_ok}, f, indent=1)
    print("\nraw results: %s" % args.json)
    targets_met = all(r[13] in ("PASS", "-") and r[14] in ("PASS", "(PASS)", "(FAIL)")
                      for r in rows)
    return 0 if all_ok and targets_met else 1


if __name__ == "__main__":
    sys.exit(main())
