"""Calibration demo: magnitude vs Wanda vs reconstruction on the shipped digits MLP.

1. Calibrates examples/digits_mlp.mlir on the training split (mlir_prune.calibrate:
   prune-instrument + prune-lower-observe, stock pipeline, mlir-runner with
   libPruneRuntime.so) and keeps the statistics file.
2. Prunes the model at 50, 70, 80, 90 and 95% sparsity, with one threshold over all
   layers (scope=global) and per layer, with each method:
     magnitude            prune-weights (mask only)
     wanda                criterion=wanda
     magnitude+recon      method=reconstruct (dense-model statistics, one shot)
     wanda+recon          criterion=wanda method=reconstruct
     magnitude+recon seq  sequential reconstruction (mlir_prune.sequential): the
                          same per-layer counts as magnitude; layer by layer, the partly
                          pruned model is calibrated beside the dense one, the layer is
                          refit to the dense model's outputs on the inputs it really
                          sees, masked by magnitude and re-solved (one calibration run
                          per layer)
3. Compiles every pruned model and measures test accuracy (examples/digits_test.csv),
   prints the table with the dense accuracy beside it, and plots it (PNG).

Usage: prune-calibration-demo [--build DIR] [--plot PNG] [--jobs N]
"""
import argparse
import concurrent.futures
import os
import tempfile

from mlir_prune import common, run_model
from mlir_prune.calibrate import calibrate
from mlir_prune.sequential import prune_sequential

MODEL = os.path.join(common.EXAMPLES, "digits_mlp.mlir")
TRAIN = os.path.join(common.EXAMPLES, "digits_train.csv")
TEST = os.path.join(common.EXAMPLES, "digits_test.csv")
SPARSITIES = [0.5, 0.7, 0.8, 0.9, 0.95]
SCOPES = ["global", "layer"]
METHODS = {
    "magnitude": "",
    "wanda": "criterion=wanda",
    "magnitude+recon": "method=reconstruct",
    "wanda+recon": "criterion=wanda method=reconstruct",
    "magnitude+recon seq": None,  # sequential, see prune_sequential
}


class Demo:
    def __init__(self, build, tmp):
        self.prune_opt = common.prune_opt(build)
        self.build = build
        self.tmp = tmp
        self.train, _ = common.load_csv(TRAIN)
        self.test, self.labels = common.load_csv(TEST)
        self.count = 0

    def path(self, suffix):
        self.count += 1
        return os.path.join(self.tmp, "m%d%s" % (self.count, suffix))

    def prune(self, model, options):
        out, report = self.path(".mlir"), self.path(".json")
        return out, common.run_pass(self.prune_opt, model, "prune-weights", options, out, report)

    def accuracy(self, model):
        preds, _ = run_model.predict(model, self.test, self.prune_opt, run_model.DEFAULT_PIPELINE)
        return common.accuracy(preds, self.labels)

    def run_setting(self, sparsity, scope, method, stats):
        if METHODS[method] is None:
            model = self.path(".mlir")
            prune_sequential(MODEL, self.train, "sparsity=%g scope=%s" % (sparsity, scope), model,
                             self.build, log=lambda line: None)
        else:
            model, _ = self.prune(MODEL, "sparsity=%g scope=%s %s stats=%s"
                                  % (sparsity, scope, METHODS[method], stats))
        return self.accuracy(model)


def plot(results, dense, path):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    fig, axes = plt.subplots(1, len(SCOPES), figsize=(12, 4.5), sharey=True)
    for ax, scope in zip(axes, SCOPES):
        for method in METHODS:
            ax.plot([100 * s for s in SPARSITIES],
                    [100 * results[(s, scope, method)] for s in SPARSITIES], marker="o", label=method)
        ax.axhline(100 * dense, color="black", linestyle="--", label="dense %.2f%%" % (100 * dense))
        ax.set_title("digits MLP, scope=%s" % scope)
        ax.set_xlabel("sparsity (%)")
        ax.grid(alpha=0.3)
    axes[0].set_ylabel("test accuracy (%)")
    axes[-1].legend(loc="lower left", fontsize=8)
    fig.tight_layout()
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    fig.savefig(path, dpi=120)


def main(argv=None):
    parser = argparse.ArgumentParser(prog="prune-calibration-demo", description=__doc__.split("\n")[0])
    parser.add_argument("--build", default=common.build_dir())
    parser.add_argument("--plot", default=None,
                        help="where to write the plot (default: calibration_demo.png in --build)")
    parser.add_argument("--jobs", type=int, default=2, help="settings compiled and run in parallel")
    args = parser.parse_args(argv)
    if args.plot is None:
        args.plot = os.path.join(args.build, "calibration_demo.png")

    with tempfile.TemporaryDirectory() as tmp:
        demo = Demo(args.build, tmp)
        # Kept in the build folder: the statistics outlive the demo.
        stats = os.path.join(args.build, "digits_train.stats")
        calibrate(MODEL, demo.train, stats, args.build)
        print("calibrated on %s (%d samples): %s" % (common.relative(TRAIN), len(demo.train),
                                                   common.relative(stats)))
        dense = demo.accuracy(MODEL)
        settings = [(s, scope, m) for scope in SCOPES for s in SPARSITIES for m in METHODS]
        with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
            futures = {k: pool.submit(demo.run_setting, *k, stats) for k in settings}
            results = {k: f.result() for k, f in futures.items()}

    print("\ntest accuracy (%s, %d samples); dense model: %.2f%%\n"
          % (common.relative(TEST), len(demo.labels), 100 * dense))
    header = "%-7s %-9s" % ("scope", "sparsity") + "".join("%21s" % m for m in METHODS)
    print(header)
    print("-" * len(header))
    for scope in SCOPES:
        for s in SPARSITIES:
            print("%-7s %8d%%" % (scope, round(100 * s)) +
                  "".join("%20.2f%%" % (100 * results[(s, scope, m)]) for m in METHODS))
    print()
    for scope in SCOPES:
        best = max((results[(0.9, scope, m)], m) for m in METHODS if "recon" in m)
        print("90%% sparsity, scope=%s, best reconstruction (%s): %.2f%% vs dense %.2f%% "
              "(%+.2f points)" % (scope, best[1], 100 * best[0], 100 * dense, 100 * (best[0] - dense)))
    # The calibration target: 90% global with method=reconstruct within 0.5 point of dense.
    seq, mag = results[(0.9, "global", "magnitude+recon seq")], results[(0.9, "global", "magnitude")]
    print("target (90%% global, reconstruct within 0.5 point of dense): sequential %.2f%%, "
          "dense %.2f%%, magnitude %.2f%%: %s"
          % (100 * seq, 100 * dense, 100 * mag, "met" if seq >= dense - 0.005 else "MISSED"))
    plot(results, dense, args.plot)
    print("plot: %s" % args.plot)


if __name__ == "__main__":
    main()
