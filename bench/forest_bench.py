#!/usr/bin/python3
"""Prediction throughput of a compiled random forest against scikit-learn's.

In one run, on the same held-out samples:
  * scikit-learn: the RandomForestClassifier of scripts/import_sklearn_trees.py,
    retrained with its fixed seed (the run checks that its predictions equal
    the `*_sklearn_predictions.txt` stored beside the imported model), with
    n_jobs=1, timing `model.predict(X)`;
  * the imported forest (examples/trees/NAME.mlir) compiled ahead of time
    with the stock pipeline of scripts/run_trees.py
    (convert-elementwise-to-linalg, sparsifier), `mlir-translate
    --mlir-to-llvmir`, `clang-22 -O3 -shared`, called through ctypes
    (`_mlir_ciface_predict` on a memref descriptor of the whole split);
  * the same forest after `prune-opt --prune-branches=OPTIONS` (default
    ccp-alpha=0.003), compiled the same way.
Each is timed on the whole split, repeated (--repeat calls per measurement,
--rounds measurements, rounds interleaved); samples/s = samples * repeat /
median time of a measurement. The compiled unpruned forest must predict
exactly what scikit-learn predicts (the run fails otherwise); the pruned
forest's accuracy and its number of predictions differing from scikit-learn
are reported with the nodes before and after pruning.

Usage: /usr/bin/python3 bench/forest_bench.py [--model digits_forest]
           [--prune "ccp-alpha=0.003"] [--repeat 20] [--rounds 7]
           [--tile K] [--prune-opt build/bin/prune-opt]

--tile K stacks the split K times (K * 450 digits samples per call), to see
throughput once scikit-learn's per-call overhead is spread over more rows.
"""
import argparse
import ctypes
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

import numpy as np

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
sys.path.insert(0, os.path.join(ROOT, "scripts"))
import import_sklearn_trees as importer  # noqa: E402
import run_trees  # noqa: E402

LLVM_BIN = "/usr/lib/llvm-22/bin"
TEST_CSV = {"digits": os.path.join(ROOT, "examples", "digits_test.csv"),
            "cancer": os.path.join(ROOT, "examples", "trees", "breast_cancer_test.csv")}


class MemRef2D(ctypes.Structure):
    _fields_ = [("allocated", ctypes.c_void_p), ("aligned", ctypes.c_void_p),
                ("offset", ctypes.c_int64), ("sizes", ctypes.c_int64 * 2),
                ("strides", ctypes.c_int64 * 2)]


class MemRef1D(ctypes.Structure):
    _fields_ = [("allocated", ctypes.c_void_p), ("aligned", ctypes.c_void_p),
                ("offset", ctypes.c_int64), ("sizes", ctypes.c_int64 * 1),
                ("strides", ctypes.c_int64 * 1)]


LIBC = ctypes.CDLL(None)
LIBC.free.argtypes = [ctypes.c_void_p]


def compile_predict(model_path, tmp, tag):
    """Shared library exporting _mlir_ciface_predict of the model's @predict."""
    with open(model_path) as f:
        text = f.read()
    text, n = re.subn(r"^(\s*func\.func @predict\(.*) \{$",
                      r"\1 attributes {llvm.emit_c_interface} {", text, flags=re.M)
    if n != 1:
        sys.exit("error: no single func.func @predict line in %s" % model_path)
    src, llvm_mlir, ll, so = (os.path.join(tmp, tag + ext) for ext in (".mlir", ".llvm.mlir", ".ll", ".so"))
    with open(src, "w") as f:
        f.write(text)
    subprocess.run([LLVM_BIN + "/mlir-opt", src, "--pass-pipeline=" + run_trees.TREE_PIPELINE,
                    "-o", llvm_mlir], check=True)
    subprocess.run([LLVM_BIN + "/mlir-translate", "--mlir-to-llvmir", llvm_mlir, "-o", ll], check=True)
    subprocess.run(["clang-22", "-O3", "-shared", "-fPIC", "-Wno-override-module", ll, "-o", so],
                   check=True)
    lib = ctypes.CDLL(so)
    lib._mlir_ciface_predict.argtypes = [ctypes.POINTER(MemRef1D), ctypes.POINTER(MemRef2D)]
    lib._mlir_ciface_predict.restype = None
    return lib


def compiled_predictor(lib, x):
    """A function predicting every row of `x` (float32, C order) once."""
    x = np.ascontiguousarray(x, dtype=np.float32)
    ptr = x.ctypes.data
    arg = MemRef2D(ptr, ptr, 0, (x.shape[0], x.shape[1]), (x.shape[1], 1))
    out = MemRef1D()

    def predict():
        lib._mlir_ciface_predict(ctypes.byref(out), ctypes.byref(arg))
        result = np.ctypeslib.as_array(
            ctypes.cast(out.aligned, ctypes.POINTER(ctypes.c_int64)),
            shape=(out.sizes[0],))[out.offset::out.strides[0]].copy()
        LIBC.free(out.allocated)
        return result
    return predict


def time_rounds(functions, repeat, rounds):
    """Median seconds per `repeat` calls of each function, rounds interleaved."""
    times = {name: [] for name in functions}
    for _ in range(rounds):
        for name, fn in functions.items():
            start = time.perf_counter()
            for _ in range(repeat):
                fn()
            times[name].append(time.perf_counter() - start)
    return {name: statistics.median(t) for name, t in times.items()}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", default="digits_forest",
                        choices=[m[0] for m in importer.MODELS if "forest" in m[0]])
    parser.add_argument("--prune", default="ccp-alpha=0.003",
                        help="prune-branches options of the pruned variant")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--tile", type=int, default=1,
                        help="predict the split stacked this many times per call")
    parser.add_argument("--prune-opt", default=os.path.join(ROOT, "build", "bin", "prune-opt"))
    args = parser.parse_args()

    name, dataset, make, _ = next(m for m in importer.MODELS if m[0] == args.model)
    x_tr, _, y_tr, _ = (importer.load_digits_split() if dataset == "digits"
                        else importer.load_cancer_split())
    model = make().set_params(n_jobs=1).fit(x_tr, y_tr)
    x = importer.read_csv_features(TEST_CSV[dataset])
    _, labels = run_trees.run_model.load_csv(TEST_CSV[dataset])
    y = np.array(labels)
    model_path = os.path.join(ROOT, "examples", "trees", name + ".mlir")
    with open(os.path.join(ROOT, "examples", "trees", name + "_sklearn_predictions.txt")) as f:
        stored = np.array([int(line) for line in f if line.strip()])
    if not np.array_equal(model.predict(x), stored):
        sys.exit("error: retrained scikit-learn model does not reproduce %s's stored predictions" % name)
    x, y = np.tile(x, (args.tile, 1)), np.tile(y, args.tile)
    sk_pred = model.predict(x)

    with tempfile.TemporaryDirectory() as tmp:
        pruned_path, report_path = os.path.join(tmp, "pruned.mlir"), os.path.join(tmp, "report.json")
        subprocess.run([args.prune_opt, model_path,
                        "--prune-branches=%s report=%s" % (args.prune, report_path),
                        "-o", pruned_path], check=True)
        with open(report_path) as f:
            trees = json.load(f)["trees"]
        dense = compiled_predictor(compile_predict(model_path, tmp, "dense"), x)
        pruned = compiled_predictor(compile_predict(pruned_path, tmp, "pruned"), x)
        dense_pred, pruned_pred = dense(), pruned()
        if not np.array_equal(dense_pred, sk_pred):
            sys.exit("error: compiled forest differs from scikit-learn on %d samples"
                     % int((dense_pred != sk_pred).sum()))
        functions = {
            "scikit-learn predict (n_jobs=1)": lambda: model.predict(x),
            "compiled forest": dense,
            "compiled forest, pruned": pruned,
        }
        seconds = time_rounds(functions, args.repeat, args.rounds)

    n = len(x)
    print("%s: %d trees, %d samples per call (test split x %d), %d features; %d calls x %d rounds, median"
          % (name, trees["count"], n, args.tile, x.shape[1], args.repeat, args.rounds))
    print("pruned with prune-branches{%s}: nodes %d -> %d" % (args.prune, trees["nodes_before"],
                                                             trees["nodes_after"]))
    accuracy = {"scikit-learn predict (n_jobs=1)": (sk_pred == y).mean(),
                "compiled forest": (dense_pred == y).mean(),
                "compiled forest, pruned": (pruned_pred == y).mean()}
    base = seconds["scikit-learn predict (n_jobs=1)"]
    print("%-34s %14s %10s %10s" % ("variant", "samples/s", "vs sklearn", "accuracy"))
    for label, sec in seconds.items():
        print("%-34s %14.0f %9.1fx %10.4f" % (label, n * args.repeat / sec, base / sec, accuracy[label]))
    print("compiled forest predictions differing from scikit-learn: 0")
    print("pruned forest predictions differing from scikit-learn: %d"
          % int((pruned_pred != sk_pred).sum()))


if __name__ == "__main__":
    main()
