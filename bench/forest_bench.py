#!/usr/bin/python3
"""Prediction throughput of a compiled random forest against scikit-learn's.

In one run, on the same held-out samples:
  * scikit-learn: the RandomForestClassifier of mlir_prune.sklearn_import,
    retrained with its fixed seed (the run checks that its predictions equal
    the `*_sklearn_predictions.txt` stored beside the imported model), with
    n_jobs=1, timing `model.predict(X)`;
  * the imported forest (examples/trees/NAME.mlir) compiled ahead of time
    with prune-compile (`prune-opt --pass-pipeline=builtin.module(prune-compile)`,
    which frees its buffers), `mlir-translate
    --mlir-to-llvmir`, `clang-22 -O3 -shared`, called through ctypes
    (`_mlir_ciface_predict` on a memref descriptor of the whole split; every
    function gets the C interface from `--llvm-request-c-wrappers` first);
  * the same forest after `prune-opt --prune-branches=OPTIONS` (default
    ccp-alpha=0.003), compiled the same way;
  * both again linked with a bump allocator (", arena"): malloc and free
    bound inside the library, the arena rewound before each call.
Beside them, XGBoost (Debian's python3-xgboost) on the same training split:
a random forest (num_parallel_tree = the forest's trees, same depth) and a
boosted model (--xgb-rounds rounds of depth --xgb-depth), each predicted by
XGBoost (`inplace_predict`, nthread=1) and by its import
(prune-import-sklearn of the saved JSON) compiled the same way; the compiled
models must predict XGBoost's classes exactly (the run fails otherwise).
--no-xgboost leaves them out. --batch N predicts N rows per call (the split
repeated as needed).

Each is timed on the whole split, repeated (--repeat calls per measurement,
--rounds measurements, rounds interleaved); samples/s = samples * repeat /
time of a measurement, printed for the best (min) and the median
measurement: on a loaded machine the best is the stabler figure. The compiled unpruned forest must predict
exactly what scikit-learn predicts (the run fails otherwise); the pruned
forest's accuracy and its number of predictions differing from scikit-learn
are reported with the nodes before and after pruning.

Usage: PYTHONPATH=python /usr/bin/python3 bench/forest_bench.py [--model digits_forest]
           [--prune "ccp-alpha=0.003"] [--repeat 20] [--rounds 15] [--batch N]
           [--tile K] [--opt TOOL] [--pipeline P] [--prune-opt build/bin/prune-opt]
           [--no-xgboost] [--xgb-rounds 50] [--xgb-depth 6]

--tile K stacks the split K times (K * 450 digits samples per call), to see
throughput once scikit-learn's per-call overhead is spread over more rows.
--opt/--pipeline lower with another tool and pipeline, e.g. the stock one of
prune-run-trees: --opt /usr/lib/llvm-22/bin/mlir-opt --pipeline
"builtin.module(convert-elementwise-to-linalg,sparsifier)".

Measured with that stock pipeline (perf, digits forest, 9000 rows per call):
most of the compiled predict's time is malloc and page faults, not tree
code: the lowered code allocates a copy of each row and the ensemble's score
vector for every sample and never frees them (no buffer deallocation across
the calls to @ensemble), so pruning splits barely changes its speed. The
arena builds take the allocator out of the measurement and show the speed
of the tree code itself.
"""
import argparse
import ctypes
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

import numpy as np

from mlir_prune import common, import_sklearn, run_model
from mlir_prune import sklearn_import as importer

LLVM_BIN = common.LLVM_DIR + "/bin"
TEST_CSV = {"digits": os.path.join(common.EXAMPLES, "digits_test.csv"),
            "cancer": os.path.join(common.EXAMPLES, "trees", "breast_cancer_test.csv")}


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

# malloc/free bound inside the compiled library only (hidden symbols): a bump
# allocator over one mapping, rewound before each call, so that the code's
# never-freed buffers neither grow the heap nor fault in fresh pages.
ARENA_C = r"""
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#define ARENA_BYTES ((size_t)1 << 32)
static char *arena_base, *arena_next;
__attribute__((visibility("default"))) void bench_arena_rewind(void) {
  if (!arena_base)
    arena_base = mmap(NULL, ARENA_BYTES, PROT_READ | PROT_WRITE,
                      MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  arena_next = arena_base;
}
__attribute__((visibility("hidden"))) void *malloc(size_t n) {
  char *p = (char *)(((size_t)arena_next + 63) & ~(size_t)63);
  if (p + n > arena_base + ARENA_BYTES) { fputs("arena full\n", stderr); abort(); }
  arena_next = p + n;
  return p;
}
__attribute__((visibility("hidden"))) void free(void *p) { (void)p; }
"""


def compile_predict(model_path, tmp, tag, opt, pipeline):
    """Shared libraries exporting _mlir_ciface_predict of the model's
    @predict: (with libc's malloc, with the rewound arena)."""
    src, llvm_mlir, ll, so = (os.path.join(tmp, tag + ext)
                              for ext in (".ciface.mlir", ".llvm.mlir", ".ll", ".so"))
    subprocess.run([opt, model_path, "--llvm-request-c-wrappers", "-o", src], check=True)
    subprocess.run([opt, src, "--pass-pipeline=" + pipeline, "-o", llvm_mlir], check=True)
    subprocess.run([LLVM_BIN + "/mlir-translate", "--mlir-to-llvmir", llvm_mlir, "-o", ll], check=True)
    arena_c, arena_so = os.path.join(tmp, "arena.c"), os.path.join(tmp, tag + "_arena.so")
    with open(arena_c, "w") as f:
        f.write(ARENA_C)
    libs = []
    for extra, path in (([], so), ([arena_c], arena_so)):
        subprocess.run(["clang-22", "-O3", "-shared", "-fPIC", "-Wno-override-module", ll] + extra
                       + ["-o", path], check=True)
        lib = ctypes.CDLL(path)
        lib._mlir_ciface_predict.argtypes = [ctypes.POINTER(MemRef1D), ctypes.POINTER(MemRef2D)]
        lib._mlir_ciface_predict.restype = None
        libs.append(lib)
    return libs


def compiled_predictor(lib, x, arena=False):
    """A function predicting every row of `x` (float32, C order) once."""
    x = np.ascontiguousarray(x, dtype=np.float32)
    ptr = x.ctypes.data
    arg = MemRef2D(ptr, ptr, 0, (x.shape[0], x.shape[1]), (x.shape[1], 1))
    out = MemRef1D()

    def predict():
        if arena:
            lib.bench_arena_rewind()
        lib._mlir_ciface_predict(ctypes.byref(out), ctypes.byref(arg))
        result = np.ctypeslib.as_array(
            ctypes.cast(out.aligned, ctypes.POINTER(ctypes.c_int64)),
            shape=(out.sizes[0],))[out.offset::out.strides[0]].copy()
        if not arena:
            LIBC.free(out.allocated)
        return result
    return predict


def time_rounds(functions, repeat, rounds):
    """Seconds per `repeat` calls of each function in every round (rounds
    interleaved)."""
    times = {name: [] for name in functions}
    for _ in range(rounds):
        for name, fn in functions.items():
            start = time.perf_counter()
            for _ in range(repeat):
                fn()
            times[name].append(time.perf_counter() - start)
    return times


def xgboost_models(x_tr, y_tr, n_classes, forest, args):
    """(label, booster) of an XGBoost random forest like `forest` and of a
    boosted model, trained on one thread."""
    import xgboost as xgb
    objective = {"objective": "multi:softprob", "num_class": n_classes} if n_classes > 2 \
        else {"objective": "binary:logistic"}
    data = xgb.DMatrix(x_tr, label=y_tr)
    rf = xgb.train(dict(objective, nthread=1, num_parallel_tree=forest.n_estimators,
                        max_depth=forest.max_depth, subsample=0.632, colsample_bynode=0.5,
                        eta=1.0, seed=0), data, 1)
    boosted = xgb.train(dict(objective, nthread=1, max_depth=args.xgb_depth, eta=0.3, seed=0),
                        data, args.xgb_rounds)
    for booster in (rf, boosted):
        booster.set_param({"nthread": 1})
    return [("XGBoost forest", rf), ("XGBoost boosted", boosted)]


def xgboost_classes(booster, n_classes):
    """XGBoost's own predicted classes (XGBClassifier.predict's rule)."""
    def predict(x):
        p = booster.inplace_predict(x)
        return p.argmax(axis=1) if n_classes > 2 else (p > 0.5).astype(np.int64)
    return predict


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", default="digits_forest",
                        choices=[m[0] for m in importer.MODELS if "forest" in m[0]])
    parser.add_argument("--prune", default="ccp-alpha=0.003",
                        help="prune-branches options of the pruned variant")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--tile", type=int, default=1,
                        help="predict the split stacked this many times per call")
    parser.add_argument("--opt", help="mlir-opt-compatible tool that lowers the model "
                        "(default: --prune-opt)")
    parser.add_argument("--pipeline", default=run_model.PRUNE_PIPELINE,
                        help="--pass-pipeline to LLVM dialect (default: prune-compile)")
    parser.add_argument("--prune-opt", default=common.prune_opt())
    parser.add_argument("--batch", type=int, default=0,
                        help="rows per call (the split repeated as needed); 0: the split")
    parser.add_argument("--no-xgboost", dest="xgboost", action="store_false",
                        help="leave out the XGBoost models")
    parser.add_argument("--xgb-rounds", type=int, default=50)
    parser.add_argument("--xgb-depth", type=int, default=6)
    args = parser.parse_args()
    args.opt = args.opt or args.prune_opt

    name, dataset, make, _ = next(m for m in importer.MODELS if m[0] == args.model)
    x_tr, _, y_tr, _ = (importer.load_digits_split() if dataset == "digits"
                        else importer.load_cancer_split())
    model = make().set_params(n_jobs=1).fit(x_tr, y_tr)
    x = importer.read_csv_features(TEST_CSV[dataset])
    _, labels = common.load_csv(TEST_CSV[dataset])
    y = np.array(labels)
    model_path = os.path.join(common.EXAMPLES, "trees", name + ".mlir")
    with open(os.path.join(common.EXAMPLES, "trees", name + "_sklearn_predictions.txt")) as f:
        stored = np.array([int(line) for line in f if line.strip()])
    if not np.array_equal(model.predict(x), stored):
        sys.exit("error: retrained scikit-learn model does not reproduce %s's stored predictions" % name)
    x, y = np.tile(x, (args.tile, 1)), np.tile(y, args.tile)
    if args.batch:
        reps = -(-args.batch // len(x))
        x, y = np.ascontiguousarray(np.tile(x, (reps, 1))[:args.batch]), np.tile(y, reps)[:args.batch]
    sk_pred = model.predict(x)
    n_classes = len(model.classes_)

    with tempfile.TemporaryDirectory() as tmp:
        pruned_path, report_path = os.path.join(tmp, "pruned.mlir"), os.path.join(tmp, "report.json")
        subprocess.run([args.prune_opt, model_path,
                        "--prune-branches=%s report=%s" % (args.prune, report_path),
                        "-o", pruned_path], check=True)
        with open(report_path) as f:
            trees = json.load(f)["trees"]
        dense_libs = compile_predict(model_path, tmp, "dense", args.opt, args.pipeline)
        pruned_libs = compile_predict(pruned_path, tmp, "pruned", args.opt, args.pipeline)
        functions = {"scikit-learn predict (n_jobs=1)": lambda: model.predict(x)}
        for label, libs in (("compiled forest", dense_libs), ("compiled forest, pruned", pruned_libs)):
            functions[label] = compiled_predictor(libs[0], x)
            functions[label + ", arena"] = compiled_predictor(libs[1], x, arena=True)
        preds = {label: fn() for label, fn in functions.items()}
        for label in ("compiled forest", "compiled forest, arena"):
            if not np.array_equal(preds[label], sk_pred):
                sys.exit("error: %s differs from scikit-learn on %d samples"
                         % (label, int((preds[label] != sk_pred).sum())))
        if not np.array_equal(preds["compiled forest, pruned, arena"], preds["compiled forest, pruned"]):
            sys.exit("error: the two builds of the pruned forest disagree")
        xgb_rows, xgb_nodes = [], {}
        for label, booster in (xgboost_models(x_tr, y_tr, n_classes, model, args) if args.xgboost else []):
            json_path = os.path.join(tmp, label.replace(" ", "_") + ".json")
            booster.save_model(json_path)
            text, summary = import_sklearn.convert(import_sklearn.load_model(json_path))
            xgb_nodes[label] = summary
            mlir_path = json_path[:-5] + ".mlir"
            with open(mlir_path, "w") as f:
                f.write(text)
            libs = compile_predict(mlir_path, tmp, label.replace(" ", "_"), args.opt, args.pipeline)
            reference = xgboost_classes(booster, n_classes)
            functions[label + " predict (nthread=1)"] = lambda r=reference: r(x)
            functions["compiled " + label] = compiled_predictor(libs[0], x)
            functions["compiled " + label + ", arena"] = compiled_predictor(libs[1], x, arena=True)
            expected = reference(x)
            for variant in ("compiled " + label, "compiled " + label + ", arena"):
                got = functions[variant]()
                if not np.array_equal(got, expected):
                    sys.exit("error: %s differs from XGBoost on %d samples"
                             % (variant, int((got != expected).sum())))
                preds[variant] = got
            preds[label + " predict (nthread=1)"] = expected
            xgb_rows.append(label)
        seconds = time_rounds(functions, args.repeat, args.rounds)

    n = len(x)
    print("%s: %d trees, %d samples per call (test split x %d), %d features; %d calls x %d rounds"
          % (name, trees["count"], n, args.tile, x.shape[1], args.repeat, args.rounds))
    print("pruned with prune-branches{%s}: nodes %d -> %d" % (args.prune, trees["nodes_before"],
                                                             trees["nodes_after"]))
    best = {label: min(t) for label, t in seconds.items()}
    median = {label: statistics.median(t) for label, t in seconds.items()}
    sk = "scikit-learn predict (n_jobs=1)"
    print("%-34s %12s %10s %14s %10s %9s" % ("variant", "samples/s", "vs sklearn",
                                            "median samp/s", "vs sklearn", "accuracy"))
    for label in [k for k in seconds if "XGBoost" not in k]:
        print("%-34s %12.0f %9.1fx %14.0f %9.1fx %9.4f"
              % (label, n * args.repeat / best[label], best[sk] / best[label],
                 n * args.repeat / median[label], median[sk] / median[label],
                 (preds[label] == y).mean()))
    print("compiled forest predictions differing from scikit-learn: 0")
    print("pruned forest predictions differing from scikit-learn: %d"
          % int((preds["compiled forest, pruned"] != sk_pred).sum()))
    for label in xgb_rows:
        ref = label + " predict (nthread=1)"
        print("%s (%s)" % (label, xgb_nodes[label]))
        print("%-34s %12s %10s %14s %10s %9s" % ("variant", "samples/s", "vs XGBoost",
                                                "median samp/s", "vs XGBoost", "accuracy"))
        for variant in (ref, "compiled " + label, "compiled " + label + ", arena"):
            print("%-34s %12.0f %9.1fx %14.0f %9.1fx %9.4f"
                  % (variant, n * args.repeat / best[variant], best[ref] / best[variant],
                     n * args.repeat / median[variant], median[ref] / median[variant],
                     (preds[variant] == y).mean()))
        print("compiled %s predictions differing from XGBoost: 0" % label)


if __name__ == "__main__":
    main()
