"""Checks the `accuracy: A (k/n)` line of prune-run-model against a floor.

Usage: check_accuracy.py RUN_MODEL_OUTPUT --at-least A   (exit 1 below the floor)
"""
import argparse
import re
import sys

parser = argparse.ArgumentParser()
parser.add_argument("output")
parser.add_argument("--at-least", type=float, required=True)
args = parser.parse_args()
with open(args.output) as f:
    m = re.search(r"accuracy: ([0-9.]+) \((\d+)/(\d+)\)", f.read())
if not m:
    sys.exit("error: no 'accuracy: A (k/n)' line in %s" % args.output)
accuracy = int(m.group(2)) / int(m.group(3))
ok = accuracy >= args.at_least
print("accuracy %.4f %s %.4f: %s" % (accuracy, ">=" if ok else "<", args.at_least,
                                     "OK" if ok else "BELOW"))
sys.exit(0 if ok else 1)
