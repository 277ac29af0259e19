"""Top-1 accuracy of a Fashion-MNIST model on the shipped 1000 test images,
built with prune-compile (dense), against a floor or a ceiling.

Usage: fashion_top1.py MODEL.mlir WORKDIR (--at-least A | --below A)
Exits 1 when the accuracy is on the wrong side.
"""
import argparse
import os
import sys

import numpy as np

from mlir_prune import aot

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.dirname(os.path.abspath(__file__))))))

parser = argparse.ArgumentParser()
parser.add_argument("model")
parser.add_argument("workdir")
bound = parser.add_mutually_exclusive_group(required=True)
bound.add_argument("--at-least", type=float)
bound.add_argument("--below", type=float)
args = parser.parse_args()

data = np.load(os.path.join(ROOT, "examples", "fashion_mnist", "test_1000.npz"))
model = aot.compile(args.model, options="sparse=false", out_dir=args.workdir)
hits = 0
for start in range(0, len(data["labels"]), 100):
    logits = model(np.ascontiguousarray(data["input"][start:start + 100]))
    hits += int((logits.argmax(1) == data["labels"][start:start + 100]).sum())
accuracy = hits / len(data["labels"])
if args.at_least is not None:
    ok, relation, limit = accuracy >= args.at_least, ">=", args.at_least
else:
    ok, relation, limit = accuracy < args.below, "<", args.below
print("top-1 %.3f (%d/%d) %s %.3f: %s" % (accuracy, hits, len(data["labels"]), relation,
                                         limit, "OK" if ok else "FAILED"))
sys.exit(0 if ok else 1)
