#!/usr/bin/python3
"""Dense code quality: prune-compile against the sparsifier alone (and oneDNN).

docs/DESIGN.md: `--sparsifier` alone compiles a dense matrix-vector product as naive
scalar loops, so no sparse-versus-dense speedup means anything until dense
code is tiled and vectorized. This script compiles two dense kernels,
`linalg.matvec` 4096x4096 and `linalg.matmul` 1024x1024 times 1024x64 (f32,
row-major, operands passed in, result accumulated into the caller's buffer:
prune-compile drops the result that is the `outs` argument, so its kernel
returns nothing; the sparsifier's returns that buffer),
each way:

  prune-compile:   prune-opt --prune-compile="c-interface=true"
  sparsifier-only: prune-opt --prune-emit-c-interface --sparsifier="enable-runtime-library=false"

then mlir-translate --mlir-to-llvmir and clang -O3 -march=native -shared, and
times them with bench/dense_codegen_harness.c (median of REPS calls, one
thread), which also checks each result against a C reference and times
oneDNN's dnnl_sgemm (single-threaded, OMP_NUM_THREADS=1) on the same data.

Usage: /usr/bin/python3 bench/dense_codegen_bench.py [--build build] [--reps 50]
           [--pipeline-options "vector-width=16 rows=8"] [--no-dnnl]
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LLVM_BIN = "/usr/lib/llvm-22/bin"
CLANG = "clang-22"

KERNELS = {
    # name: (M, K, N, MLIR source); N == 1 is a matvec.
    "matvec 4096x4096": (4096, 4096, 1, """
func.func @kernel(%A: tensor<4096x4096xf32>, %x: tensor<4096xf32>,
                  %y: tensor<4096xf32>) -> tensor<4096xf32> {
  %r = linalg.matvec ins(%A, %x : tensor<4096x4096xf32>, tensor<4096xf32>)
                     outs(%y : tensor<4096xf32>) -> tensor<4096xf32>
  return %r : tensor<4096xf32>
}
"""),
    "matmul 1024x1024 x 1024x64": (1024, 1024, 64, """
func.func @kernel(%A: tensor<1024x1024xf32>, %B: tensor<1024x64xf32>,
                  %C: tensor<1024x64xf32>) -> tensor<1024x64xf32> {
  %r = linalg.matmul ins(%A, %B : tensor<1024x1024xf32>, tensor<1024x64xf32>)
                     outs(%C : tensor<1024x64xf32>) -> tensor<1024x64xf32>
  return %r : tensor<1024x64xf32>
}
"""),
}


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, text=True, **kw).stdout


def build_library(opt, source, pipeline_args, tmp, name):
    src, lowered = os.path.join(tmp, name + ".mlir"), os.path.join(tmp, name + ".llvm.mlir")
    ll, lib = os.path.join(tmp, name + ".ll"), os.path.join(tmp, name + ".so")
    with open(src, "w") as f:
        f.write(source)
    run([opt, src] + pipeline_args + ["-o", lowered])
    run([LLVM_BIN + "/mlir-translate", "--mlir-to-llvmir", lowered, "-o", ll])
    run([CLANG, "-O3", "-march=native", "-shared", "-fPIC", "-Wno-override-module", ll, "-o", lib])
    return lib


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    parser.add_argument("--reps", type=int, default=50)
    parser.add_argument("--pipeline-options", default="",
                        help="extra prune-compile options, e.g. 'vector-width=8 rows=4'")
    parser.add_argument("--no-dnnl", action="store_true")
    args = parser.parse_args()
    opt = os.path.join(args.build, "bin", "prune-opt")

    # (pipeline arguments, C ABI of the kernel; see dense_codegen_harness.c)
    ways = {
        "prune-compile": (["--prune-compile=c-interface=true " + args.pipeline_options],
                          "result" if "deallocate=false" in args.pipeline_options else "inplace"),
        "sparsifier-only": (["--prune-emit-c-interface",
                             "--sparsifier=enable-runtime-library=false"], "result"),
    }
    env = dict(os.environ, OMP_NUM_THREADS="1")
    with tempfile.TemporaryDirectory() as tmp:
        harness = os.path.join(tmp, "harness")
        cflags = ["-O2", os.path.join(ROOT, "bench", "dense_codegen_harness.c"), "-o", harness, "-ldl", "-lm"]
        if not args.no_dnnl:
            cflags = ["-DWITH_DNNL"] + cflags + ["-ldnnl"]
        run([CLANG] + cflags)
        print("%-28s %-16s %10s %10s  %s" % ("kernel", "compiled by", "ms", "vs this", "output"))
        for kernel, (m, k, n, source) in KERNELS.items():
            results = {}
            for way, (pipeline_args, abi) in ways.items():
                lib = build_library(opt, source, pipeline_args, tmp, way)
                out = run([harness, lib, str(m), str(k), str(n), str(args.reps), abi], env=env)
                results[way] = (float(re.search(r"kernel_ms (\S+)", out).group(1)),
                                re.search(r"output (.*)", out).group(1))
                dnnl = re.search(r"dnnl_ms (\S+)", out)
                if dnnl:
                    results["oneDNN sgemm"] = (float(dnnl.group(1)), "")
            base = results["prune-compile"][0]
            for way, (ms, output) in results.items():
                print("%-28s %-16s %10.3f %9.2fx  %s" % (kernel, way, ms, ms / base, output))
        print("(vs this: time / prune-compile time; >1 means slower than prune-compile)")


if __name__ == "__main__":
    main()
