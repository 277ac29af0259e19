"""Sequential reconstruction: prune a model's layers in order, each one fitted to the dense model.

One-shot `prune-weights{method=reconstruct}` fits every layer to the dense layer on the
dense model's inputs, so the errors of earlier pruned layers add up. This driver prunes
one layer at a time instead (SparseGPT's sequential order, with the dense model as the
target), all with the compiler's passes:

1. `prune-weights{OPTIONS}` on the dense model (dry run, for its report) decides how many
   weights each layer keeps: with scope=global this is the global selection's split.
2. For each pruned layer, in the report's (program) order:
     prune-run-calibration CURRENT TRAIN --reference DENSE  the partly pruned model runs
         beside the dense one on the calibration split; the statistics hold, per layer,
         X^T X of the inputs the layer sees now and X^T R against the dense inputs R;
     prune-weights{layers=^NAME$ sparsity=S_NAME method=reconstruct stats=...}
         refits the layer to the dense model's outputs on its current inputs, chooses the
         mask on the refit weights, and re-solves the kept weights against the same target.
One calibration run per layer. The result has exactly the dry run's per-layer counts.

Usage: prune-sequential MODEL.mlir TRAIN.csv -o OUT.mlir
           --options "sparsity=0.9 scope=global" [--report OUT.json] [--build DIR]
"""
import argparse
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile

from mlir_prune import common
from mlir_prune.calibrate import calibrate

# Options that the per-layer runs set themselves.
PER_LAYER_OPTIONS = ("sparsity", "threshold", "scope", "layers", "method", "stats", "report")


def ere_escape(name):
    """`name` as a POSIX extended regular expression (llvm::Regex) matching it literally."""
    return re.sub(r"([.\[\](){}*+?|^$\\])", r"\\\1", name)


# Layer names come from locations (loc("fc1")): every step keeps them.
KEEP_LOCATIONS = ["--mlir-print-debuginfo"]


def prune_weights(prune_opt, model, options, out, report):
    return common.run_pass(prune_opt, model, "prune-weights", options, out, report,
                           KEEP_LOCATIONS)


def prune_sequential(model, features, options, out, build, report=None, log=print):
    """Prunes `model` layer by layer as described above; writes `out` and returns the
    per-layer entries of the last runs' reports (dry-run counts, final errors)."""
    prune_opt = common.prune_opt(build)
    given = dict(kv.split("=", 1) for kv in shlex.split(options) if "=" in kv)
    n_of_m = re.fullmatch(r"\d+:\d+", given.get("pattern", "")) is not None
    layer_options = " ".join(kv for kv in shlex.split(options)
                             if kv.split("=", 1)[0] not in PER_LAYER_OPTIONS)
    with tempfile.TemporaryDirectory() as tmp:
        stats = os.path.join(tmp, "dense.stats")
        if given.get("criterion") == "wanda":  # the dry run's scores need statistics too
            calibrate(model, features, stats, build)
            options += " stats=" + stats
        plan = prune_weights(prune_opt, model, options, os.path.join(tmp, "plan.mlir"),
                             os.path.join(tmp, "plan.json"))
        layers = [l for l in plan["layers"] if "nonzeros_after" in l]
        current, final = model, []
        for i, layer in enumerate(layers):
            stats = os.path.join(tmp, "step%d.stats" % i)
            calibrate(current, features, stats, build, reference_path=model)
            # The fraction of zeros after the dry run, weights that were zero
            # already included (sparsity= counts them).
            zeros = layer["elements"] - layer["nonzeros_after"]
            target = "" if n_of_m else "sparsity=%.17g" % (zeros / layer["elements"])
            step = os.path.join(tmp, "step%d.mlir" % i)
            result = prune_weights(prune_opt, current,
                                   "layers=^%s$ %s %s method=reconstruct stats=%s"
                                   % (ere_escape(layer["name"]), target, layer_options, stats),
                                   step, os.path.join(tmp, "step%d.json" % i))
            entry = next(l for l in result["layers"] if l["name"] == layer["name"])
            if entry.get("reconstruct_target") != "reference":
                print("warning: layer %s had no statistics beside the reference (do its names "
                      "come from locations the model keeps?); it was fitted one-shot"
                      % layer["name"], file=sys.stderr)
            final.append(entry)
            log("%-10s %6d -> %6d nonzeros, calibration output error %.3e (mask only %.3e)"
                % (layer["name"], entry["nonzeros_before"], entry["nonzeros_after"],
                   entry.get("calibration_output_error", float("nan")),
                   entry.get("calibration_output_error_mask_only", float("nan"))))
            current = step
        subprocess.run([prune_opt, current, "-o", out] + KEEP_LOCATIONS, check=True)
    if report:
        with open(report, "w") as f:
            json.dump({"pass": "prune-sequential", "options": options, "layers": final}, f, indent=1)
    return final


def main(argv=None):
    parser = argparse.ArgumentParser(prog="prune-sequential", description=__doc__.split("\n")[0])
    parser.add_argument("model")
    parser.add_argument("train", help="calibration split (CSV: features, label)")
    parser.add_argument("-o", "--output", required=True)
    parser.add_argument("--options", required=True,
                        help="prune-weights options of the whole model, e.g. 'sparsity=0.9 scope=global'")
    parser.add_argument("--report", help="JSON with each layer's final counts and errors")
    parser.add_argument("--build", default=common.build_dir())
    args = parser.parse_args(argv)
    features, _ = common.load_csv(args.train)
    final = prune_sequential(args.model, features, args.options, args.output, args.build, args.report)
    kept = sum(l["nonzeros_after"] for l in final)
    total = sum(l["elements"] for l in final)
    print("%d of %d weights kept (%.2f%% sparsity) in %d layers: %s"
          % (kept, total, 100 * (1 - kept / total), len(final), args.output))


if __name__ == "__main__":
    main()
