"""ONNX Runtime (CPU) as the numeric reference for ONNX models.

ONNX Runtime runs through Node.js and the npm package onnxruntime-node (Debian
has no Python onnxruntime): ort_run.js beside this file runs a model on .npy
arrays, one per input, and writes the first output; this module wraps it with
temporary files. The package is found in $PRUNE_ORT_DIR (a directory holding
node_modules/onnxruntime-node, or the package itself), else in the
repository's .deps/onnxruntime, where scripts/install-deps.sh installs it.

  available() -> bool
  run(model_path, arrays, threads=1) -> np.ndarray     (the model's first output)
  time(model_path, arrays, threads=1, repeat=20) -> float  (median ms per run)

`arrays` is one array for a model of one input, or a list or tuple of them,
one per input in order: floating arrays are fed as float32, integer ones as
int64 (token ids) unless they are int32.

As a command, checks models against stored logits (what the lit test
test/Integration/Onnx/ort-reference.test runs):

  python3 -m mlir_prune.ort --check DIR [--models mlp,cnn,cnn_bn,vit]

runs DIR/<model>.onnx on DIR/test_1000.npz's `input` and compares with
DIR/<model>_torch_logits.npy (cnn_bn with cnn's): prints per model how many
argmax predictions agree and the largest absolute difference relative to the
largest |logit|, e.g. `vit: 1000/1000 predictions agree, max rel err 2.1e-06`;
exits 1 when a prediction differs or an error exceeds --tolerance (1e-4).
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

import numpy as np

from mlir_prune import common

SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "ort_run.js")
FASHION_DIR = os.path.join(common.EXAMPLES, "fashion_mnist")


def ort_dir():
    """$PRUNE_ORT_DIR, else <repo>/.deps/onnxruntime."""
    return os.environ.get("PRUNE_ORT_DIR") or os.path.join(common.ROOT, ".deps", "onnxruntime")


def package_dir():
    """The onnxruntime-node package directory, or None."""
    base = ort_dir()
    for candidate in (os.path.join(base, "node_modules", "onnxruntime-node"), base):
        try:
            with open(os.path.join(candidate, "package.json")) as f:
                if json.load(f).get("name") == "onnxruntime-node":
                    return candidate
        except (OSError, ValueError):
            pass
    return None


def node():
    return os.environ.get("PRUNE_NODE") or shutil.which("node")


def available():
    """True when Node.js and the onnxruntime-node package are there."""
    return bool(node()) and package_dir() is not None


# The CPUs this process may run on, read before any compiled model binds its
# OpenMP threads (OMP_PROC_BIND pins the calling thread to one core, and a
# child process inherits that mask): ONNX Runtime gets all of them back.
_CPUS = os.sched_getaffinity(0)


def _unpin():
    try:
        os.sched_setaffinity(0, _CPUS)
    except OSError:
        pass


def _as_feed(array):
    array = np.asarray(array)
    if array.dtype in (np.int32, np.bool_):
        return np.ascontiguousarray(array)
    if np.issubdtype(array.dtype, np.integer):
        return np.ascontiguousarray(array, dtype=np.int64)
    return np.ascontiguousarray(array, dtype=np.float32)


def _invoke(model_path, arrays, extra):
    if not available():
        raise RuntimeError("ONNX Runtime is not available: need node and onnxruntime-node in %s "
                           "(scripts/install-deps.sh installs it; or set PRUNE_ORT_DIR)"
                           % ort_dir())
    with tempfile.TemporaryDirectory() as tmp:
        if not isinstance(arrays, (list, tuple)):
            arrays = [arrays]
        srcs = []
        for i, array in enumerate(arrays):
            srcs.append(os.path.join(tmp, "in%d.npy" % i))
            np.save(srcs[-1], _as_feed(array))
        dst = os.path.join(tmp, "out.npy")
        env = dict(os.environ, PRUNE_ORT_DIR=package_dir())
        proc = subprocess.run([node(), SCRIPT, model_path] + srcs + [dst] + extra, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              preexec_fn=_unpin)
        if proc.returncode:
            raise RuntimeError("ort_run.js failed on %s:\n%s" % (model_path, proc.stderr))
        return np.load(dst), proc.stdout


def run(model_path, arrays, threads=1, optimize=True):
    """The model's first output on `arrays` (one array, or one per input);
    optimize=False runs the graph without ONNX Runtime's graph optimizations."""
    out, _ = _invoke(model_path, arrays,
                     ["--threads=%d" % threads] + ([] if optimize else ["--opt=disabled"]))
    return out


def time(model_path, arrays, threads=1, repeat=20):
    """Median wall time in milliseconds of one run on `arrays` (after a warm-up run)."""
    _, stdout = _invoke(model_path, arrays, ["--threads=%d" % threads, "--repeat=%d" % repeat])
    return float(json.loads(stdout.strip().splitlines()[-1])["median_ms"])


def max_rel_err(got, want):
    """max |got - want| / max |want|."""
    return float(np.abs(got.astype(np.float64) - want).max() / np.abs(want).max())


def check(directory, models, tolerance=1e-4, threads=1):
    """Prints, per model, the argmax agreement and max relative error of ONNX
    Runtime against the stored torch logits; returns True when all agree."""
    data = np.load(os.path.join(directory, "test_1000.npz"))
    x = data["input"]
    ok = True
    for name in models:
        ref = np.load(os.path.join(directory, name.replace("_bn", "") + "_torch_logits.npy"))
        got = run(os.path.join(directory, name + ".onnx"), x, threads)
        if got.shape != ref.shape:
            print("%s: output shape %s, expected %s" % (name, got.shape, ref.shape))
            ok = False
            continue
        agree = int((got.argmax(1) == ref.argmax(1)).sum())
        err = max_rel_err(got, ref)
        acc = float((got.argmax(1) == data["labels"]).mean())
        print("%s: %d/%d predictions agree, max rel err %.1e, accuracy %.3f"
              % (name, agree, len(ref), err, acc))
        ok = ok and agree == len(ref) and err <= tolerance
    return ok


def main(argv=None):
    ap = argparse.ArgumentParser(description="ONNX Runtime reference checks")
    ap.add_argument("--check", metavar="DIR", default=None,
                    help="directory with <model>.onnx, test_1000.npz, <model>_torch_logits.npy "
                         "(default examples/fashion_mnist)")
    ap.add_argument("--models", default="mlp,cnn,cnn_bn,vit")
    ap.add_argument("--tolerance", type=float, default=1e-4)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--available", action="store_true",
                    help="print whether ONNX Runtime is available; exit 1 when not")
    args = ap.parse_args(argv)
    if args.available:
        print("onnxruntime: %s" % (package_dir() or "not available"))
        sys.exit(0 if available() else 1)
    if not available():
        sys.exit("error: ONNX Runtime is not available (%s)" % ort_dir())
    models = [m for m in args.models.split(",") if m]
    sys.exit(0 if check(args.check or FASHION_DIR, models, args.tolerance, args.threads) else 1)


if __name__ == "__main__":
    main()
