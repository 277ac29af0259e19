"""Real models end to end: each ONNX model is imported (prune-import-onnx),
compiled (prune-compile) and run on its test images, then pruned at each
sparsity, compiled with sparse weights and run again. Prints, per model,
import and compile times, parameters before and after pruning, and the
numbers that say whether the answers hold: max relative error against the
framework's stored logits and prediction agreement (dense), accuracy
(dense and pruned).

    prune-onnx-report [--models mlp,cnn] [--sparsities 0.5,0.9] [--limit N]
                      [--neuron-ratio R] [--calibration C.npz | none]
                      [--onnx MODEL.onnx --data D.npz --reference LOGITS.npy [--batch N]]

Defaults: the shipped Fashion-MNIST models in examples/fashion_mnist/, their
test_1000.npz and <model>_torch_logits.npy.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

import numpy as np

from . import aot, common

FASHION = os.path.join(common.EXAMPLES, "fashion_mnist")


def import_onnx(onnx_path, out, batch=None):
    cmd = [os.path.join(common.build_dir(), "bin", "prune-import-onnx"), onnx_path, "-o", out, "--quiet"]
    if batch:
        cmd.append("--batch=%d" % batch)
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True)
    return time.perf_counter() - t0


def prune(model, out, sparsity, workdir, stats=None):
    """prune-weights at `sparsity` in each layer: by magnitude, or with
    calibration `stats` by Wanda's score with the kept weights re-fitted;
    returns (before, after) nonzero weight counts from its report."""
    report = os.path.join(workdir, "prune-%g.json" % sparsity)
    options = "sparsity=%g" % sparsity
    if stats:
        options += " stats=%s criterion=wanda method=reconstruct" % stats
    total = common.run_pass(common.prune_opt(), model, "prune-weights",
                            options, out, report, quiet=True)["total"]
    return total["nonzeros_before"], total["nonzeros_after"]


def evaluate(model, images, labels, reference, options, workdir, timed=False):
    """Builds and runs `model`; `timed` also measures the time per call (three
    more runs), for the rows that print it."""
    t0 = time.perf_counter()
    compiled = aot.compile(model, options=options, out_dir=workdir)
    compile_seconds = time.perf_counter() - t0
    logits = compiled(images)
    row = {"compile_s": compile_seconds, "logits": logits,
           "accuracy": float((logits.argmax(1) == labels).mean()) if labels is not None else None}
    if timed:
        row["ms_per_call"] = 1e3 * compiled.time(images, repeat=3)
        # A static batch is timed on one call of its size (aot.time).
        row["samples_per_call"] = compiled.static_batch or len(images)
    if reference is not None:
        row["max_rel_err"] = float(np.abs(logits - reference).max() / np.abs(reference).max())
        row["agree"] = int((logits.argmax(1) == reference.argmax(1)).sum())
    return row


def report_model(name, onnx_path, images, labels, reference, sparsities, workdir, batch=None,
                 calibration=None, neuron_ratio=0.0):
    mlir = os.path.join(workdir, name + ".mlir")
    import_s = import_onnx(onnx_path, mlir, batch)
    dense = evaluate(mlir, images, labels, reference, "", workdir, timed=True)
    n = len(images)
    line = "%-8s import %5.2fs  compile %5.1fs" % (name, import_s, dense["compile_s"])
    if reference is not None:
        line += "  max rel err %.1e  predictions agree %d/%d" % (dense["max_rel_err"], dense["agree"], n)
    if dense["accuracy"] is not None:
        line += "  accuracy %.1f%%" % (100 * dense["accuracy"])
    line += "  %.1f ms per %d" % (dense["ms_per_call"], dense["samples_per_call"])
    print(line, flush=True)
    stats = None
    if calibration is not None and (sparsities or neuron_ratio):
        stats = os.path.join(workdir, name + ".stats")
        t0 = time.perf_counter()
        aot.calibrate(mlir, calibration, stats, out_dir=workdir)
        print("%-8s calibrated on %d samples in %.1fs (prune-instrument, built with libPruneRuntime)"
              % ("", len(calibration), time.perf_counter() - t0), flush=True)
    dense_logits = dense.pop("logits")
    rows = [dict(dense, model=name, sparsity=0.0)]
    # Neurons by incoming-weight norms, and with the calibration statistics
    # also chosen by and refit with least squares (method=reconstruct).
    neuron_methods = []
    if neuron_ratio:
        neuron_methods.append("mode=importance ratio=%g" % neuron_ratio)
        if stats:
            neuron_methods.append("mode=importance ratio=%g method=reconstruct stats=%s"
                                  % (neuron_ratio, stats))
    for k, options in enumerate(neuron_methods):
        shrunk = os.path.join(workdir, "%s-neurons%d.mlir" % (name, k))
        report = common.run_pass(common.prune_opt(), mlir, "prune-neurons", options, shrunk,
                                 os.path.join(workdir, "%s-neurons%d.json" % (name, k)), quiet=True)
        row = evaluate(shrunk, images, labels, None, "", workdir, timed=True)
        row.pop("logits")
        acc = "" if row["accuracy"] is None else "  accuracy %.1f%%" % (100 * row["accuracy"])
        shown = options.split(" stats=")[0]
        print("%-8s   prune-neurons %s: parameters %d -> %d, FLOPs %d -> %d, "
              "%.1f ms per %d%s" % ("", shown, report["parameters_before"],
                                    report["parameters_after"], report["flops_before"],
                                    report["flops_after"], row["ms_per_call"],
                                    row["samples_per_call"], acc), flush=True)
        rows.append(dict(row, model=name, neuron_ratio=neuron_ratio,
                         neuron_method="reconstruct" if "reconstruct" in options else "mask"))
    for s in sparsities:
        pruned = os.path.join(workdir, "%s-%g.mlir" % (name, s))
        before, after = prune(mlir, pruned, s, workdir)
        # The pruned model's sparse build (CSR where prune-sparsify's cost
        # model picks it) must compute what its dense build computes.
        dense_build = evaluate(pruned, images, None, None, "", workdir)
        sparse_report = os.path.join(workdir, "%s-%g-sparsify.json" % (name, s))
        row = evaluate(pruned, images, labels, dense_build["logits"],
                       "sparse=true sparse-format=csr sparse-report=" + sparse_report, workdir)
        with open(sparse_report) as f:
            packed = json.load(f)
        row["bytes_before"], row["bytes_after"] = packed["bytes_before"], packed["bytes_after"]
        acc = "" if row["accuracy"] is None else "  accuracy %.1f%%" % (100 * row["accuracy"])
        print("%-8s   prune-weights sparsity=%g: weights %d -> %d (%.0f KB -> %.0f KB as CSR), "
              "CSR build compile %4.1fs, max rel err vs dense build %.1e%s"
              % ("", s, before, after, row["bytes_before"] / 1024, row["bytes_after"] / 1024,
                 row["compile_s"], row["max_rel_err"], acc), flush=True)
        row.pop("logits")
        rows.append(dict(row, model=name, sparsity=s, weights_before=before, weights_after=after))
        if stats:
            calibrated = os.path.join(workdir, "%s-%g-calibrated.mlir" % (name, s))
            prune(mlir, calibrated, s, workdir, stats)
            crow = evaluate(calibrated, images, labels, dense_logits, "sparse=true sparse-format=csr",
                            workdir)
            # Without labels, how often it predicts what the dense model does.
            quality = ("accuracy %.1f%%" % (100 * crow["accuracy"]) if crow["accuracy"] is not None
                       else "predictions agree with the dense model %d/%d" % (crow["agree"], n))
            print("%-8s   prune-weights sparsity=%g criterion=wanda method=reconstruct: %s"
                  % ("", s, quality), flush=True)
            crow.pop("logits")
            rows.append(dict(crow, model=name, sparsity=s, calibrated=True))
    return rows


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--models", default="mlp,cnn,cnn_bn,vit",
                        help="shipped models (examples/fashion_mnist/NAME.onnx) to report")
    parser.add_argument("--sparsities", default="0.5,0.9")
    parser.add_argument("--limit", type=int, default=1000, help="test images to run")
    parser.add_argument("--onnx", help="report this model instead of the shipped ones")
    parser.add_argument("--data", help="npz with the model's input (first array) and optional labels")
    parser.add_argument("--reference", help="npy of reference outputs for --onnx")
    parser.add_argument("--batch", type=int, help="prune-import-onnx --batch")
    parser.add_argument("--neuron-ratio", type=float, default=0.0,
                        help="also run prune-neurons mode=importance at this ratio (and, with "
                             "calibration data, method=reconstruct)")
    parser.add_argument("--calibration", help="npz of calibration inputs (default for the shipped "
                        "models: examples/fashion_mnist/calibration_256.npz; 'none' to skip)")
    parser.add_argument("--json", help="write the rows here")
    args = parser.parse_args(argv)
    sparsities = [float(s) for s in args.sparsities.split(",") if s]
    workdir = tempfile.mkdtemp(prefix="prune-onnx-report-")
    rows = []
    if args.onnx:
        if not args.data:
            parser.error("--onnx needs --data")
        data = np.load(args.data)
        keys = [k for k in data.files if k != "labels"]
        images = data[keys[0]][:args.limit]
        labels = data["labels"][:args.limit] if "labels" in data.files else None
        reference = np.load(args.reference)[:args.limit] if args.reference else None
        name = os.path.splitext(os.path.basename(args.onnx))[0]
        calibration = None
        if args.calibration and args.calibration != "none":
            cdata = np.load(args.calibration)
            calibration = cdata[[k for k in cdata.files if k != "labels"][0]]
        rows += report_model(name, args.onnx, images, labels, reference, sparsities, workdir, args.batch,
                             calibration, args.neuron_ratio)
    else:
        data = np.load(os.path.join(FASHION, "test_1000.npz"))
        images, labels = data["input"][:args.limit], data["labels"][:args.limit]
        calibration = None
        if args.calibration != "none":
            calibration = np.load(args.calibration or os.path.join(FASHION, "calibration_256.npz"))["input"]
        for name in args.models.split(","):
            onnx_path = os.path.join(FASHION, name + ".onnx")
            if not os.path.exists(onnx_path):
                print("%-8s not shipped (%s)" % (name, common.relative(onnx_path)))
                continue
            ref_name = "cnn" if name == "cnn_bn" else name
            reference = np.load(os.path.join(FASHION, ref_name + "_torch_logits.npy"))[:args.limit]
            rows += report_model(name, onnx_path, images, labels, reference, sparsities, workdir,
                                 calibration=calibration, neuron_ratio=args.neuron_ratio)
    if args.json:
        with open(args.json, "w") as f:
            json.dump(rows, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
