"""The calibration issue's targets, each line measured by prune-calibrate in process.

For every model: import (prune-import-onnx for the Fashion-MNIST models; the digits
MLP is shipped as MLIR), calibrate on at most 512 training samples, prune, and
report top-1 on the test split beside the dense model's, with the wall time of
the prune-calibrate run. Sequential runs refit every layer to the dense model.

  /usr/bin/python3 bench/calibration_targets.py [--build build] [--only mlp,cnn,...]
      [--calibration 512] [--out bench/out/calibration]

Fashion-MNIST calibration data: the first N training images of Debian's
dataset-fashion-mnist (N <= 512; examples/fashion_mnist/calibration_256.npz when the
dataset is not installed). Test: examples/fashion_mnist/test_1000.npz. The
auto-tune line chooses the sparsity on 1000 held-out training images (the last
1000 of the split) and reports the choice's accuracy on the test split.
"""
import argparse
import os
import re
import subprocess
import sys
import time

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "python"))
from mlir_prune import fashion_models  # noqa: E402

FASHION = os.path.join(ROOT, "examples", "fashion_mnist")

# (model, --prune options, sequential, target drop in points or None)
LINES = [
    ("mlp", "sparsity=0.9 scope=global method=reconstruct", True, 1.0),
    ("mlp", "sparsity=0.9 scope=global method=obs", True, 1.0),
    ("mlp", "sparsity=0.95 scope=global method=reconstruct", True, None),
    ("mlp", "sparsity=0.95 scope=global method=obs", True, None),
    ("cnn", "sparsity=0.7 method=reconstruct", True, 1.0),
    ("cnn", "sparsity=0.7 scope=global method=reconstruct", True, 1.0),
    ("cnn", "sparsity=0.7 method=obs", True, 1.0),
    ("vit", "sparsity=0.5 criterion=wanda method=reconstruct", True, 1.0),
    ("vit", "sparsity=0.5 method=obs", True, 1.0),
    ("vit", "pattern=2:4 criterion=wanda method=reconstruct", True, 1.0),
    ("vit", "pattern=2:4 method=obs", True, 1.0),
    ("digits", "sparsity=0.95 scope=global method=reconstruct", True, 0.6),
    ("digits", "sparsity=0.95 scope=global method=obs", True, 0.6),
]


def csv_to_npz(csv, out):
    data = np.loadtxt(csv, delimiter=",", comments="#")
    np.savez(out, arg0=data[:, :-1].astype(np.float32), labels=data[:, -1].astype(np.int64))


def prepare(build, out, calibration):
    """Models and data files: {name: (model.mlir, calib.npz, test.npz)}."""
    os.makedirs(out, exist_ok=True)
    files = {}
    calib = os.path.join(FASHION, "calibration_256.npz")
    val = None
    try:
        images, labels = fashion_models.load_split("train")
        calib = os.path.join(out, "fashion_calibration_%d.npz" % calibration)
        np.savez(calib, input=fashion_models.preprocess(images[:calibration]),
                 labels=labels[:calibration])
        val = os.path.join(out, "fashion_val_1000.npz")
        np.savez(val, input=fashion_models.preprocess(images[-1000:]), labels=labels[-1000:])
    except SystemExit as e:
        print("note: %s; calibrating on calibration_256.npz, no auto-tune line" % e)
    for name in ("mlp", "cnn", "vit"):
        model = os.path.join(out, name + ".mlir")
        subprocess.run([os.path.join(build, "bin", "prune-import-onnx"),
                        os.path.join(FASHION, name + ".onnx"), "-o", model, "--quiet"], check=True)
        files[name] = (model, calib, os.path.join(FASHION, "test_1000.npz"))
    digits_train, digits_test = (os.path.join(out, "digits_%s.npz" % s) for s in ("train", "test"))
    csv_to_npz(os.path.join(ROOT, "examples", "digits_train.csv"), digits_train)
    csv_to_npz(os.path.join(ROOT, "examples", "digits_test.csv"), digits_test)
    # 512 of the 1347 training samples, as the issue allows at most that.
    d = np.load(digits_train)
    np.savez(digits_train, arg0=d["arg0"][:calibration], labels=d["labels"][:calibration])
    files["digits"] = (os.path.join(ROOT, "examples", "digits_mlp.mlir"), digits_train, digits_test)
    return files, val


MEASURE = re.compile(r"dense ([0-9.]+)%, pruned ([0-9.]+)%")


def run(build, model, calib, test, options, sequential, out, extra=()):
    cmd = [os.path.join(build, "bin", "prune-calibrate"), model, "--data=" + calib,
           "--prune=" + options, "--val=" + test, "-o", out, "--quiet"] + list(extra)
    if sequential:
        cmd.append("--sequential")
    t0 = time.time()
    result = subprocess.run(cmd, capture_output=True, text=True)
    seconds = time.time() - t0
    if result.returncode != 0:
        return None, None, seconds, result.stderr.strip().splitlines()[-1]
    m = MEASURE.search(result.stdout)
    return float(m.group(1)), float(m.group(2)), seconds, ""


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    parser.add_argument("--only", help="comma-separated models (mlp,cnn,vit,digits,autotune)")
    parser.add_argument("--calibration", type=int, default=512)
    parser.add_argument("--out", default=os.path.join(ROOT, "bench", "out", "calibration"))
    args = parser.parse_args(argv)
    only = set(args.only.split(",")) if args.only else None
    files, val = prepare(args.build, args.out, args.calibration)
    print("%-7s %-58s %-4s %7s %7s %6s %7s %8s" % ("model", "--prune", "seq", "dense", "pruned",
                                                  "drop", "target", "seconds"))
    for i, (name, options, sequential, target) in enumerate(LINES):
        if only and name not in only:
            continue
        model, calib, test = files[name]
        dense, pruned, seconds, error = run(args.build, model, calib, test, options, sequential,
                                            os.path.join(args.out, "line%d.mlir" % i))
        if error:
            print("%-7s %-58s %-4s error: %s" % (name, options, "yes" if sequential else "no", error))
            continue
        verdict = "" if target is None else ("<=%.1f %s" % (target, "ok" if dense - pruned <= target
                                                             else "MISSED"))
        print("%-7s %-58s %-4s %6.2f%% %6.2f%% %6.2f %7s %8.1f" % (
            name, options, "yes" if sequential else "no", dense, pruned, dense - pruned, verdict,
            seconds), flush=True)
    if val and (not only or "autotune" in only):
        model, calib, test = files["mlp"]
        chosen = os.path.join(args.out, "autotune.mlir")
        cmd = [os.path.join(args.build, "bin", "prune-calibrate"), model, "--data=" + calib,
               "--prune=scope=global method=reconstruct", "--sequential", "--val=" + val,
               "--max-drop=1", "-o", chosen, "--quiet",
               "--report=" + os.path.join(args.out, "autotune.json")]
        t0 = time.time()
        result = subprocess.run(cmd, capture_output=True, text=True)
        print(result.stdout.rstrip())
        m = re.search(r"chosen sparsity ([0-9.]+)", result.stdout)
        if not m:
            print("autotune: no choice:", result.stderr.strip()[-300:])
            return
        dense, pruned, _, _ = run(args.build, model, calib, test,
                                  "sparsity=0 method=mask", False, os.path.join(args.out, "d.mlir"))
        _, chosen_acc, _, _ = run(args.build, chosen, calib, test, "sparsity=0 method=mask", False,
                                  os.path.join(args.out, "c.mlir"))
        print("autotune mlp --max-drop=1: sparsity %s, test top-1 %.2f%% (dense %.2f%%, drop %.2f, "
              "target <=1.5 %s), %.1f s" % (m.group(1), chosen_acc, dense, dense - chosen_acc,
                                            "ok" if dense - chosen_acc <= 1.5 else "MISSED",
                                            time.time() - t0))


if __name__ == "__main__":
    main()
