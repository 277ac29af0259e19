"""Runs MODEL.onnx with ONNX Runtime and MODEL.mlir (its import) built by
prune-compile on the same random input; prints the largest difference in
units of `--quantum` (an int8 output's scale) or relative to the largest
output.

    compare_with_ort.py MODEL.onnx MODEL.mlir SHAPE [--low L --high H] [--quantum Q]
                        [--integers | --booleans] [--ort-unoptimized]

With --integers the input is int64 in [L, H] (token ids), with --booleans
bool, else float32.
"""
import argparse

import numpy as np

from mlir_prune import aot, ort

parser = argparse.ArgumentParser()
parser.add_argument("onnx")
parser.add_argument("mlir")
parser.add_argument("shape", help="e.g. 3x1x8x8")
parser.add_argument("--low", type=float, default=0.0)
parser.add_argument("--high", type=float, default=1.0)
parser.add_argument("--quantum", type=float)
parser.add_argument("--out-dir")
parser.add_argument("--options", default="", help="prune-compile options")
parser.add_argument("--integers", action="store_true", help="an int64 input in [low, high]")
parser.add_argument("--booleans", action="store_true", help="a bool input")
parser.add_argument("--ort-unoptimized", action="store_true",
                    help="ONNX Runtime without graph optimizations (node by node, as the spec "
                         "defines each op; its fused QDQ kernels may differ)")
args = parser.parse_args()
shape = [int(d) for d in args.shape.split("x")]
rng = np.random.default_rng(0)
if args.booleans:
    x = rng.integers(0, 1, shape, endpoint=True).astype(bool)
elif args.integers:
    x = rng.integers(int(args.low), int(args.high), shape, endpoint=True, dtype=np.int64)
else:
    x = rng.uniform(args.low, args.high, shape).astype(np.float32)
reference = ort.run(args.onnx, x, optimize=not args.ort_unoptimized)
result = aot.compile(args.mlir, options=args.options, out_dir=args.out_dir)(x)
diff = np.abs(result - reference).max()
if args.quantum:
    print("max difference: %g quanta (of %d outputs)" % (diff / args.quantum, reference.size))
else:
    print("max relative difference: %.1e (of %d outputs)" % (diff / np.abs(reference).max(), reference.size))
