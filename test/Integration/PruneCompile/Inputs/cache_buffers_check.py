"""Builds the Fashion-MNIST CNN (imported at batch 4, so that its activations
are buffers of 200 KB, which libPruneBufferCache.so keeps) ahead of time
with prune-compile{cache-buffers=true} and with cache-buffers=false, runs
both on three different batches in turn, and prints whether each call of
the cached build gives bit for bit what the malloc build gives (a reused
buffer's stale contents must not leak into a result), and how many bytes
the cache holds after the calls.

Usage: python3 cache_buffers_check.py ONNX WORKDIR
"""
import ctypes
import os
import subprocess
import sys

import numpy as np

from mlir_prune import aot, common


def main():
    onnx_path, work = sys.argv[1], sys.argv[2]
    os.makedirs(work, exist_ok=True)
    model = os.path.join(work, "cnn-b4.mlir")
    subprocess.run([os.path.join(os.path.dirname(common.prune_opt()), "prune-import-onnx"),
                    onnx_path, "-o", model, "--batch=4", "--quiet"], check=True)
    cached = aot.compile(model, options="sparse=false", out_dir=work)
    plain = aot.compile(model, options="sparse=false cache-buffers=false", out_dir=work)
    rng = np.random.default_rng(3)
    for call in range(3):
        x = rng.random((4, 1, 28, 28), dtype=np.float32)
        same = np.array_equal(cached(x), plain(x))
        print("call %d: cached vs malloc %s" % (call, "bit-identical" if same else "DIFFERENT"))
    held = ctypes.CDLL(cached.library).prune_buffer_cache_bytes
    held.restype = ctypes.c_int64
    print("cache holds buffers: %s" % ("yes" if held() > 0 else "no"))


if __name__ == "__main__":
    main()
