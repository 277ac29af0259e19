"""Prune, compile dense and sparse, run: accuracy and latency per setting.

Prunes the shipped digits MLP (examples/digits_mlp.mlir) with prune-weights at
several sparsities, builds each pruned model twice ahead of time with
scripts/build_aot.sh (prune-compile `sparse=false`, and prune-compile with
prune-sparsify's `format=auto` or the format given), runs
examples/aot/digits_aot.cpp on the held-out split (examples/digits_test.csv,
450 samples in one batch) and prints accuracy and the median time per call
of a few timing runs, dense vs sparse.

Usage: prune-compile-demo [--build DIR]
           [--sparsities 0.5,0.7,0.9] [--format auto|csr|bsr] [--repeat 200]
"""
import argparse
import json
import os
import re
import statistics
import subprocess
import tempfile

from mlir_prune import common

MODEL = os.path.join(common.EXAMPLES, "digits_mlp.mlir")
TEST_SPLIT = os.path.join(common.EXAMPLES, "digits_test.csv")
BUILD_AOT = os.path.join(common.ROOT, "scripts", "build_aot.sh")
AOT_MAIN = os.path.join(common.EXAMPLES, "aot", "digits_aot.cpp")


def build_and_run(model, options, tmp, name, repeat, env):
    libdir = os.path.join(tmp, name)
    os.makedirs(libdir)
    subprocess.run([BUILD_AOT, model,
                    os.path.join(libdir, "libdigits_mlp.so"), options], check=True, env=env)
    exe = os.path.join(libdir, "digits_aot")
    subprocess.run(["clang++-22", "-O2", AOT_MAIN,
                    "-L" + libdir, "-ldigits_mlp", "-Wl,-rpath," + libdir, "-o", exe], check=True)
    times = []
    # digits_aot prints "accuracy: A" and "T ms per call".
    for _ in range(3):
        out = subprocess.run([exe, TEST_SPLIT, "--repeat", str(repeat)], check=True,
                             capture_output=True, text=True).stdout
        times.append(float(re.search(r"([\d.]+) ms per call", out).group(1)))
    accuracy = float(re.search(r"accuracy: ([\d.]+)", out).group(1))
    return accuracy, statistics.median(times)


def main(argv=None):
    parser = argparse.ArgumentParser(prog="prune-compile-demo", description=__doc__.split("\n")[0])
    parser.add_argument("--build", default=common.build_dir())
    parser.add_argument("--sparsities", default="0.5,0.7,0.8,0.9")
    parser.add_argument("--format", default="auto")
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args(argv)
    prune_opt = common.prune_opt(args.build)
    env = dict(os.environ, PRUNE_OPT=prune_opt)

    print("%-10s %9s %11s %11s %11s %8s" % ("sparsity", "accuracy", "dense ms", "sparse ms",
                                             "speedup", "formats"))
    with tempfile.TemporaryDirectory() as tmp:
        for i, sparsity in enumerate(["0"] + args.sparsities.split(",")):
            model = MODEL
            if float(sparsity) > 0:
                model = os.path.join(tmp, "pruned%d.mlir" % i)
                subprocess.run([prune_opt, MODEL, "--prune-weights=sparsity=" + sparsity,
                                "-o", model], check=True)
            report = os.path.join(tmp, "report%d.json" % i)
            acc_d, ms_d = build_and_run(model, "sparse=false", tmp, "dense%d" % i, args.repeat, env)
            acc_s, ms_s = build_and_run(model, "sparse-format=%s sparse-report=%s" % (args.format, report),
                                        tmp, "sparse%d" % i, args.repeat, env)
            with open(report) as f:
                formats = ",".join(layer["format"] for layer in json.load(f)["layers"])
            note = "" if acc_d == acc_s else "  (accuracy differs: dense %.4f)" % acc_d
            print("%-10s %9.4f %11.3f %11.3f %10.2fx %8s%s" % (sparsity, acc_s, ms_d, ms_s, ms_d / ms_s,
                                                               formats, note))


if __name__ == "__main__":
    main()
