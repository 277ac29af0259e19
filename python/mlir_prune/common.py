"""What the tools share: where the repository, the build and LLVM are, reading a
CSV split, lowering a module and running it with mlir-runner.

Paths. The repository is the one this package lives in (python/mlir_prune/ is
two levels below its root). The build directory is $PRUNE_BUILD_DIR when set
(the wrappers in build/bin set it to the build they belong to unless it is
set already), else build/ in the repository; its bin/prune-opt and
lib/libPruneRuntime.so are the project's tools, and every tool that needs
them also takes --build or --prune-opt. LLVM is Debian's /usr/lib/llvm-22,
or $PRUNE_LLVM_DIR.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EXAMPLES = os.path.join(ROOT, "examples")
LLVM_DIR = os.environ.get("PRUNE_LLVM_DIR", "/usr/lib/llvm-22")
MLIR_OPT = LLVM_DIR + "/bin/mlir-opt"
MLIR_RUNNER = LLVM_DIR + "/bin/mlir-runner"
RUNNER_LIBS = [LLVM_DIR + "/lib/libmlir_c_runner_utils.so", LLVM_DIR + "/lib/libmlir_runner_utils.so"]


def build_dir():
    """$PRUNE_BUILD_DIR, else the repository's build/."""
    return os.environ.get("PRUNE_BUILD_DIR") or os.path.join(ROOT, "build")


def prune_opt(build=None):
    """bin/prune-opt of `build` (default: build_dir())."""
    return os.path.join(build or build_dir(), "bin", "prune-opt")


def runtime_library(build=None):
    """lib/libPruneRuntime.so of `build` (default: build_dir())."""
    return os.path.join(build or build_dir(), "lib", "libPruneRuntime.so")


def buffer_cache_library(build=None):
    """lib/libPruneBufferCache.so of `build` (default: build_dir()): the
    allocation functions of prune-compile{cache-buffers=true} code."""
    return os.path.join(build or build_dir(), "lib", "libPruneBufferCache.so")


def relative(path):
    """`path` relative to the repository, as the demos print it."""
    return os.path.relpath(path, ROOT)


def load_csv(path):
    """Returns (rows of float features, int labels) of a split: one sample per line,
    features then the label, `#` lines are comments."""
    features, labels = [], []
    try:
        f = open(path)
    except OSError as e:
        sys.exit("error: cannot read %s: %s" % (path, e.strerror))
    with f:
        for number, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            values = line.split(",")
            try:
                features.append([float(v) for v in values[:-1]])
                labels.append(int(float(values[-1])))
            except ValueError as e:
                sys.exit("error: %s:%d: %s (features are numbers, NaN and inf "
                         "included; the label, last, an integer)" % (path, number, e))
    return features, labels


def compile_and_run(module_text, opt, pipeline, runner=MLIR_RUNNER, extra_libs=()):
    """Lowers the module with `opt --pass-pipeline=pipeline` and runs @main with
    mlir-runner; returns its stdout. `extra_libs` are loaded too
    (libPruneRuntime.so for instrumented models).

    A `tosa.target_env` module attribute survives lowering, and mlir-runner
    (which does not load the TOSA dialect) cannot parse it: when the lowered
    module still has one, prune-opt's prune-strip-tosa-target-env drops it
    (`opt` itself when it is a prune-opt, else the build's)."""
    with tempfile.TemporaryDirectory() as tmp:
        src, llvm = os.path.join(tmp, "main.mlir"), os.path.join(tmp, "main.llvm.mlir")
        with open(src, "w") as f:
            f.write(module_text)
        subprocess.run([opt, src, "--pass-pipeline=" + pipeline, "-o", llvm], check=True)
        with open(llvm) as f:
            has_target_env = "tosa.target_env" in f.read()
        if has_target_env:
            stripper = opt if os.path.basename(opt) == "prune-opt" else prune_opt()
            if not shutil.which(stripper):
                sys.exit("error: the lowered module keeps its tosa.target_env, and %s, which "
                         "drops it, is not built" % stripper)
            # A new file: prune-opt maps its input while it writes the output.
            stripped = os.path.join(tmp, "main.runner.mlir")
            subprocess.run([stripper, llvm, "--prune-strip-tosa-target-env", "-o", stripped],
                           check=True)
            llvm = stripped
        run = subprocess.run([runner, llvm, "-e", "main", "-entry-point-result=void",
                              "-shared-libs=" + ",".join(RUNNER_LIBS + list(extra_libs))],
                             check=True, stdout=subprocess.PIPE, text=True)
    return run.stdout


def parse_output(stdout):
    """(predicted classes, logits rows) from what @main printed with vector.print:
    one integer per line, and `( a, b, ... )` per logits row."""
    preds, logits = [], []
    for line in stdout.splitlines():
        line = line.strip()
        if re.fullmatch(r"-?\d+", line):
            preds.append(int(line))
        elif line.startswith("("):
            logits.append([float(v) for v in line.strip("()").split(",")])
    return preds, logits


def count_correct(preds, labels):
    return sum(p == y for p, y in zip(preds, labels))


def accuracy(preds, labels):
    """The fraction of `preds` equal to `labels`; exits when the counts differ."""
    if len(preds) != len(labels):
        sys.exit("error: got %d predictions for %d samples" % (len(preds), len(labels)))
    return count_correct(preds, labels) / len(labels)


def run_pass(prune_opt, model, pass_name, options, out, report, extra_args=(), quiet=False):
    """Runs `prune-opt MODEL --PASS="OPTIONS report=REPORT" -o OUT` and returns the
    report. `quiet` keeps the pass's stderr (its summary line) off the terminal."""
    subprocess.run([prune_opt, model, "--%s=%s report=%s" % (pass_name, options, report),
                    "-o", out] + list(extra_args), check=True, capture_output=quiet)
    with open(report) as f:
        return json.load(f)


def report_predictions(preds, labels, predictions_out=None, expect_predictions=None,
                       expect_name=None):
    """Prints accuracy; writes the predictions to `predictions_out`; compares them
    with the file `expect_predictions` (named `expect_name` in the output) and exits
    non-zero when any differs."""
    acc = accuracy(preds, labels)
    if predictions_out:
        with open(predictions_out, "w") as f:
            f.write("".join("%d\n" % p for p in preds))
    correct = count_correct(preds, labels)
    print("accuracy: %.4f (%d/%d)" % (acc, correct, len(labels)))
    if expect_predictions:
        with open(expect_predictions) as f:
            expected = [int(line) for line in f if line.strip()]
        diff = sum(p != e for p, e in zip(preds, expected)) + abs(len(preds) - len(expected))
        print("predictions differing from %s: %d" % (expect_name or expect_predictions, diff))
        if diff:
            sys.exit(1)
