"""Reads prune-calibrate's output on stdin and says whether the pruned
model's top-1 ("top-1 on N samples of F: dense D%, pruned P%") is at least
the percentage given as the argument.

Usage: prune-calibrate ... --val=V.npz | python3 check_top1.py 90
"""
import re
import sys

text = sys.stdin.read()
m = re.search(r"top-1 on \d+ samples of .*: dense [0-9.]+%, pruned ([0-9.]+)%", text)
if not m:
    sys.exit("check_top1: no top-1 line in:\n" + text)
print("pruned top-1 at least %s%%: %s" % (sys.argv[1], float(m.group(1)) >= float(sys.argv[1])))
