"""Builds a two-layer MLP (512 -> 256 -> ReLU -> 64, linalg on tensors,
seeded random weights) ahead of time with prune-compile at threads=1 and
threads=2 - dense, and pruned to 90% with every weight packed as CSR - at a
static batch of 1 and 8 and a dynamic batch, runs each build on the same
inputs and prints, per case, whether threads=2 computes what threads=1
computes: dense builds bit for bit (each output element is computed by the
same code in either build), sparse builds within 1e-5 of the largest output.
Also prints whether the threads=2 build calls the OpenMP runtime. The
threads=2 builds lower min-parallel-iterations to 2^16,
min-parallel-elementwise-iterations to 1 and min-parallel-sparse-work to 0 so
that these small layers (and any elementwise op left beside them) are split.

Usage: python3 threads_check.py WORKDIR
"""
import os
import subprocess
import sys

import numpy as np

from mlir_prune import aot, common


def constant(array):
    body = ", ".join("[" + ", ".join("%.6e" % v for v in row) + "]" for row in array) \
        if array.ndim == 2 else ", ".join("%.6e" % v for v in array)
    return "dense<[%s]> : tensor<%sxf32>" % (body, "x".join(map(str, array.shape)))


def mlp_model(batch, rng, k=512, hidden=256, out=64):
    """(MLIR text, weights w1, b1, w2) of the MLP k -> hidden -> ReLU -> out at
    `batch` rows (None: dynamic)."""
    b = "?" if batch is None else str(batch)
    w1 = rng.standard_normal((k, hidden)).astype(np.float32) * 0.05
    b1 = rng.standard_normal(hidden).astype(np.float32) * 0.1
    w2 = rng.standard_normal((hidden, out)).astype(np.float32) * 0.05
    dim = """
  %%c0 = arith.constant 0 : index
  %%n = tensor.dim %%x, %%c0 : tensor<?x%dxf32>""" % k if batch is None else ""
    empty = "(%n)" if batch is None else "()"
    text = """
#id = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d1)>
func.func @forward(%%x: tensor<%(b)sx%(k)dxf32>) -> tensor<%(b)sx%(o)dxf32> {
  %%zero = arith.constant 0.0 : f32
  %%w1 = arith.constant %(w1)s
  %%b1 = arith.constant %(b1)s
  %%w2 = arith.constant %(w2)s%(dim)s
  %%e1 = tensor.empty%(empty)s : tensor<%(b)sx%(h)dxf32>
  %%f1 = linalg.fill ins(%%zero : f32) outs(%%e1 : tensor<%(b)sx%(h)dxf32>) -> tensor<%(b)sx%(h)dxf32>
  %%h = linalg.matmul ins(%%x, %%w1 : tensor<%(b)sx%(k)dxf32>, tensor<%(k)dx%(h)dxf32>)
                     outs(%%f1 : tensor<%(b)sx%(h)dxf32>) -> tensor<%(b)sx%(h)dxf32>
  %%r = linalg.generic {indexing_maps = [#id, #row, #id],
                       iterator_types = ["parallel", "parallel"]}
      ins(%%h, %%b1 : tensor<%(b)sx%(h)dxf32>, tensor<%(h)dxf32>) outs(%%e1 : tensor<%(b)sx%(h)dxf32>) {
  ^bb0(%%v: f32, %%bias: f32, %%o: f32):
    %%s = arith.addf %%v, %%bias : f32
    %%m = arith.maximumf %%s, %%zero : f32
    linalg.yield %%m : f32
  } -> tensor<%(b)sx%(h)dxf32>
  %%e2 = tensor.empty%(empty)s : tensor<%(b)sx%(o)dxf32>
  %%f2 = linalg.fill ins(%%zero : f32) outs(%%e2 : tensor<%(b)sx%(o)dxf32>) -> tensor<%(b)sx%(o)dxf32>
  %%y = linalg.matmul ins(%%r, %%w2 : tensor<%(b)sx%(h)dxf32>, tensor<%(h)dx%(o)dxf32>)
                     outs(%%f2 : tensor<%(b)sx%(o)dxf32>) -> tensor<%(b)sx%(o)dxf32>
  return %%y : tensor<%(b)sx%(o)dxf32>
}
""" % {"b": b, "k": k, "h": hidden, "o": out, "w1": constant(w1), "b1": constant(b1),
       "w2": constant(w2), "dim": dim, "empty": empty}
    return text, (w1, b1, w2)


def main():
    work = sys.argv[1]
    os.makedirs(work, exist_ok=True)
    rng = np.random.default_rng(7)
    for batch in (1, 8, None):
        name = "b%s" % ("dyn" if batch is None else batch)
        dense_path = os.path.join(work, name + ".mlir")
        with open(dense_path, "w") as f:
            f.write(mlp_model(batch, rng)[0])
        pruned_path = os.path.join(work, name + "-pruned.mlir")
        subprocess.run([common.prune_opt(), dense_path, "--prune-weights=sparsity=0.9", "-o",
                        pruned_path], check=True)
        x = rng.standard_normal((batch or 5, 512)).astype(np.float32)
        for label, path, options in (("dense", dense_path, "sparse=false"),
                                     ("csr", pruned_path, "sparse-format=csr")):
            one = aot.compile(path, options=options + " threads=1", out_dir=work)
            # Layers this small stay on one thread by default
            # (min-parallel-iterations=2^20, min-parallel-sparse-work=2^16).
            two = aot.compile(path, options=options + " threads=2 min-parallel-iterations=65536"
                              " min-parallel-elementwise-iterations=1"
                              " min-parallel-sparse-work=0", out_dir=work)
            y1, y2 = one(x), two(x)
            undefined = subprocess.run(["nm", "-D", "--undefined-only", two.library], check=True,
                                       capture_output=True, text=True).stdout
            openmp = "__kmpc_fork_call" in undefined
            if label == "dense":
                same = "bit-identical" if np.array_equal(y1, y2) else "DIFFERENT"
            else:
                err = float(np.abs(y1 - y2).max() / np.abs(y1).max())
                same = "equal within 1e-5" if err <= 1e-5 else "DIFFERENT (%.1e)" % err
            print("%s %s: threads=2 vs threads=1 %s, openmp %s"
                  % (name, label, same, "yes" if openmp else "no"))
    check_vit(work)


def check_vit(work):
    """The shipped Fashion-MNIST ViT at batch 64: at the default thresholds,
    threads=2 splits its softmaxes, LayerNorms, GELUs and transposes
    (65536-element ops, min-parallel-elementwise-iterations) besides its
    matmuls; its logits are bit-identical to threads=1's."""
    path = os.path.join(work, "vit64.mlir")
    subprocess.run([os.path.join(os.path.dirname(common.prune_opt()), "prune-import-onnx"),
                    os.path.join(common.EXAMPLES, "fashion_mnist", "vit.onnx"), "-o", path,
                    "--batch=64", "--quiet"], check=True)
    x = np.load(os.path.join(common.EXAMPLES, "fashion_mnist", "test_1000.npz"))["input"][:64]
    one = aot.compile(path, options="threads=1", out_dir=work)
    two = aot.compile(path, options="threads=2", out_dir=work)
    y1, y2 = one(x), two(x)
    forks = subprocess.run(["nm", two.library], check=True, capture_output=True,
                           text=True).stdout.count("omp_par")
    print("vit b64 dense: threads=2 vs threads=1 %s, %s parallel regions"
          % ("bit-identical" if np.array_equal(y1, y2) else "DIFFERENT",
             "over 40" if forks > 40 else "only %d" % forks))


if __name__ == "__main__":
    main()
