"""The budget issue's targets, each line measured by prune-calibrate in process.

  /usr/bin/python3 bench/budget_targets.py [--build build] [--only budgets,steps]
      [--calibration 512] [--out bench/out/budget]

Budgets (post-training, calibration only, --sequential; the accuracy is
top-1 on the Fashion-MNIST test_1000.npz, the first 1000 test images, beside
the dense model's):
  - CNN, --budget=flops:50% (method=obs)   target: at most 1.5 points lost
  - MLP, --budget=bytes:10%, one shot with method=obs and in 4 rounds with
    method=reconstruct   target: at most 1.0 point lost (bytes of the
    deployed build, prune-compile{sparse-objective=size})
Rounds (--steps=4 against one shot, 95% global sparsity, sequential,
method=reconstruct): the digits MLP (450 test samples) and the Fashion-MNIST
MLP. Target: K=4 at least as accurate as one shot on the digits MLP.
Each run's report and a PNG of its path (prune-plot-calibration) go to --out.
"""
import argparse
import os
import re
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import calibration_targets  # noqa: E402

# (model, budget, --prune, --steps, target drop in points)
BUDGETS = [
    ("cnn", "flops:50%", "method=obs", 1, 1.5),
    ("mlp", "bytes:10%", "method=obs", 1, 1.0),
    ("mlp", "bytes:10%", "method=reconstruct scope=global", 4, 1.0),
]
STEPS = [
    ("digits", "sparsity=0.95 scope=global method=reconstruct"),
    ("mlp", "sparsity=0.95 scope=global method=reconstruct"),
]
CHOSEN = re.compile(r"chosen: (.*) at sparsity ([0-9.]+), top-1 ([0-9.]+)% \(([-+0-9.]+) points\)")
DENSE = re.compile(r"dense: \S+ (\S+), top-1 ([0-9.]+)%")
MEASURED = re.compile(r"dense ([0-9.]+)%, pruned ([0-9.]+)%")


def run(cmd):
    t0 = time.time()
    result = subprocess.run(cmd, capture_output=True, text=True)
    return result, time.time() - t0


def plot(build, report, out):
    subprocess.run([os.path.join(build, "bin", "prune-plot-calibration"), report, "-o", out],
                   capture_output=True)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    parser.add_argument("--only", help="comma-separated: budgets, steps")
    parser.add_argument("--calibration", type=int, default=512)
    parser.add_argument("--out", default=os.path.join(ROOT, "bench", "out", "budget"))
    args = parser.parse_args(argv)
    only = set(args.only.split(",")) if args.only else {"budgets", "steps"}
    files, _ = calibration_targets.prepare(args.build, args.out, args.calibration)
    tool = os.path.join(args.build, "bin", "prune-calibrate")

    if "budgets" in only:
        print("%-6s %-10s %-32s %-5s %-26s %8s %7s %7s %6s %7s %8s" % (
            "model", "budget", "--prune", "steps", "chosen plan", "sparsity", "dense", "pruned",
            "drop", "target", "seconds"))
        for i, (name, budget, options, steps, target) in enumerate(BUDGETS):
            model, calib, test = files[name]
            report = os.path.join(args.out, "budget%d.json" % i)
            result, seconds = run([tool, model, "--data=" + calib, "--budget=" + budget,
                                   "--prune=" + options, "--sequential", "--val=" + test,
                                   "--steps=%d" % steps,
                                   "-o", os.path.join(args.out, "budget%d.mlir" % i),
                                   "--report=" + report, "--quiet"])
            chosen, dense = CHOSEN.search(result.stdout), DENSE.search(result.stdout)
            if result.returncode != 0 or not chosen:
                print("%-6s %-10s error: %s" % (name, budget, result.stderr.strip()[-300:]))
                continue
            plot(args.build, report, os.path.join(args.out, "budget%d.png" % i))
            drop = -float(chosen.group(4))
            print("%-6s %-10s %-32s %-5d %-26s %8s %6.2f%% %6.2f%% %6.2f %7s %8.1f" % (
                name, budget, options, steps, chosen.group(1), chosen.group(2),
                float(dense.group(2)),
                float(chosen.group(3)), drop,
                "<=%.1f %s" % (target, "ok" if drop <= target else "MISSED"), seconds),
                flush=True)

    if "steps" in only:
        print("\n%-6s %-46s %7s %7s %7s %7s  %s" % (
            "model", "--prune (--sequential)", "dense", "K=1", "K=4", "K4-K1", "K=4 not worse"))
        for i, (name, options) in enumerate(STEPS):
            model, calib, test = files[name]
            accuracies = {}
            for k in (1, 4):
                report = os.path.join(args.out, "steps%d_k%d.json" % (i, k))
                result, _ = run([tool, model, "--data=" + calib, "--prune=" + options,
                                 "--sequential", "--steps=%d" % k, "--val=" + test,
                                 "-o", os.path.join(args.out, "steps%d.mlir" % i),
                                 "--report=" + report, "--quiet"])
                m = MEASURED.search(result.stdout)
                if result.returncode != 0 or not m:
                    print("%-6s %-46s error: %s" % (name, options, result.stderr.strip()[-300:]))
                    break
                accuracies[k] = (float(m.group(1)), float(m.group(2)))
                if k == 4:
                    plot(args.build, report, os.path.join(args.out, "steps%d.png" % i))
            if len(accuracies) == 2:
                dense, one = accuracies[1]
                four = accuracies[4][1]
                print("%-6s %-46s %6.2f%% %6.2f%% %6.2f%% %+7.2f  %s" % (
                    name, options, dense, one, four, four - one,
                    "yes" if four >= one else "no"), flush=True)


if __name__ == "__main__":
    main()
