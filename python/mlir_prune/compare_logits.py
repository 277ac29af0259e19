"""Compare the logits that `prune-run-model --logits` printed for two builds.

Usage: prune-compare-logits REFERENCE.txt OTHER.txt [--rtol 1e-5]

Both files hold one whitespace-separated logits row per sample (followed by
prune-run-model's accuracy line). Fails unless they have the same rows and
max |other - reference| / max |reference| <= rtol; prints that error.
"""
import argparse
import sys


def load(path):
    rows = []
    with open(path) as f:
        for line in f:
            parts = line.split()
            if not parts or line.startswith("accuracy"):
                continue
            rows.append([float(v) for v in parts])
    return rows


def main(argv=None):
    ap = argparse.ArgumentParser(prog="prune-compare-logits", description=__doc__.split("\n")[0])
    ap.add_argument("reference")
    ap.add_argument("other")
    ap.add_argument("--rtol", type=float, default=1e-5)
    args = ap.parse_args(argv)
    ref, other = load(args.reference), load(args.other)
    if not ref or len(ref) != len(other) or any(
            len(a) != len(b) for a, b in zip(ref, other)):
        sys.exit(f"error: {args.reference} has {len(ref)} rows, "
                 f"{args.other} has {len(other)} (or row lengths differ)")
    scale = max(abs(v) for row in ref for v in row)
    err = max(abs(a - b) for ra, rb in zip(ref, other)
              for a, b in zip(ra, rb))
    rel = err / scale if scale else err
    print(f"rows: {len(ref)}, max relative error: {rel:.3g}")
    if not rel <= args.rtol:
        sys.exit(f"error: relative error {rel:.3g} > {args.rtol}")


if __name__ == "__main__":
    main()
