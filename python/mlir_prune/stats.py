"""Read and write calibration statistics files (include/Prune/Runtime/StatisticsFormat.h).

The one reader and writer of the format in the package. As a library:
read_stats(path) -> {name: dict(samples, sum_squares, gram, mean, mean_abs,
frac_positive, max[, cross][, sum][, reference_sum])} with numpy arrays (`cross` =
X^T R and `reference_sum` only for layers observed beside a reference model;
`sum`, the inputs' per-feature sums, from version 3 on); write_stats(path, layers) the
reverse; layer_from_samples(inputs, outputs, reference) builds a record from
sample matrices.

As a tool (lit tests write their stats files with it):
  prune-stats write OUT --layer NAME --inputs 'x00,x01;x10,x11' [--outputs 'y..;..']
      [--reference 'r00,r01;..'] [--in-width N] [--gram-scale F] ...      (--layer may repeat; options follow their --layer)
  prune-stats dump FILE                     human-readable summary
"""
import argparse
import struct
import sys

import numpy as np

MAGIC = b"PRUNSTAT"
VERSION = 3  # versions 1 (no reference block) and 2 (no sums) are read too


def read_stats(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != MAGIC:
        raise ValueError("%s: not a statistics file" % path)
    version, count = struct.unpack_from("<II", data, 8)
    if version not in (1, 2, VERSION):
        raise ValueError("%s: unsupported version %d" % (path, version))
    pos, layers = 16, {}

    def doubles(n):
        nonlocal pos
        arr = np.frombuffer(data, dtype="<f8", count=n, offset=pos).copy()
        pos += 8 * n
        return arr

    for _ in range(count):
        (name_len,) = struct.unpack_from("<I", data, pos)
        pos += 4
        name = data[pos:pos + name_len].decode()
        pos += name_len
        samples, n_in, n_out = struct.unpack_from("<QII", data, pos)
        pos += 16
        rec = {"samples": samples, "in": n_in, "out": n_out}
        rec["sum_squares"] = doubles(n_in)
        rec["gram"] = doubles(n_in * n_in).reshape(n_in, n_in)
        for key in ("mean", "mean_abs", "frac_positive", "max"):
            rec[key] = doubles(n_out)
        if version >= 2:
            (has_reference,) = struct.unpack_from("<I", data, pos)
            pos += 4
            if has_reference:
                rec["cross"] = doubles(n_in * n_in).reshape(n_in, n_in)
        if version >= 3:
            rec["sum"] = doubles(n_in)
            if "cross" in rec:
                rec["reference_sum"] = doubles(n_in)
        layers[name] = rec
    if pos != len(data):
        raise ValueError("%s: %d trailing bytes" % (path, len(data) - pos))
    return layers


def layer_from_samples(inputs, outputs=None, reference=None):
    """A record from an (samples x in) input matrix, optional (samples x out) outputs and
    the optional (samples x in) inputs of the same layer in a reference model."""
    x = np.asarray(inputs, dtype=np.float64)
    rec = {"samples": x.shape[0], "in": x.shape[1], "sum_squares": (x * x).sum(0),
           "gram": x.T @ x, "sum": x.sum(0)}
    if reference is not None:
        r = np.asarray(reference, dtype=np.float64)
        rec["cross"] = x.T @ r
        rec["reference_sum"] = r.sum(0)
    y = np.zeros((0, 0)) if outputs is None else np.asarray(outputs, dtype=np.float64)
    rec["out"] = y.shape[1]
    empty = np.zeros(y.shape[1])
    rec["mean"] = y.mean(0) if len(y) else empty
    rec["mean_abs"] = np.abs(y).mean(0) if len(y) else empty
    rec["frac_positive"] = (y > 0).mean(0) if len(y) else empty
    rec["max"] = y.max(0) if len(y) else empty
    return rec


def write_stats(path, layers):
    out = [MAGIC, struct.pack("<II", VERSION, len(layers))]
    for name in sorted(layers):
        rec = layers[name]
        n_in, n_out = rec["in"], rec["out"]
        out.append(struct.pack("<I", len(name.encode())) + name.encode())
        out.append(struct.pack("<QII", rec["samples"], n_in, n_out))
        for key, size in (("sum_squares", n_in), ("gram", n_in * n_in), ("mean", n_out),
                          ("mean_abs", n_out), ("frac_positive", n_out), ("max", n_out)):
            arr = np.asarray(rec[key], dtype="<f8").reshape(-1)
            if arr.size != size:
                raise ValueError("layer %s: %s has %d values, expected %d" % (name, key, arr.size, size))
            out.append(arr.tobytes())
        cross = rec.get("cross")
        out.append(struct.pack("<I", 0 if cross is None else 1))
        if cross is not None:
            out.append(np.asarray(cross, dtype="<f8").reshape(n_in * n_in).tobytes())
        out.append(np.asarray(rec.get("sum", np.zeros(n_in)), dtype="<f8").reshape(n_in).tobytes())
        if cross is not None:
            out.append(np.asarray(rec.get("reference_sum", np.zeros(n_in)),
                                  dtype="<f8").reshape(n_in).tobytes())
    with open(path, "wb") as f:
        f.write(b"".join(out))


def parse_matrix(text):
    return [[float(v) for v in row.split(",")] for row in text.split(";")]


def main(argv=None):
    parser = argparse.ArgumentParser(prog="prune-stats", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    w = sub.add_parser("write")
    w.add_argument("out")
    w.add_argument("rest", nargs=argparse.REMAINDER)
    d = sub.add_parser("dump")
    d.add_argument("file")
    args = parser.parse_args(argv)
    if args.cmd == "dump":
        for name, rec in read_stats(args.file).items():
            print("layer %s samples %d in %d out %d" % (name, rec["samples"], rec["in"], rec["out"]))
            print("  sum_squares " + " ".join("%g" % v for v in rec["sum_squares"]))
            for row in rec["gram"]:
                print("  gram " + " ".join("%g" % v for v in row))
            for key in ("mean", "mean_abs", "frac_positive", "max"):
                print("  %s " % key + " ".join("%g" % v for v in rec[key]))
            for row in rec.get("cross", []):
                print("  cross " + " ".join("%g" % v for v in row))
        return
    # write: --layer NAME --inputs M [--outputs M] [--in-width N] [--out-width N] [--samples N]
    layers, cur = {}, None
    rest = list(args.rest)
    while rest:
        opt = rest.pop(0)
        val = rest.pop(0) if rest else sys.exit("missing value after " + opt)
        if opt == "--layer":
            cur = {"name": val}
            layers[val] = cur
        elif cur is None:
            sys.exit("%s before --layer" % opt)
        else:
            cur[opt.lstrip("-").replace("-", "_")] = val
    records = {}
    for name, spec in layers.items():
        rec = layer_from_samples(parse_matrix(spec["inputs"]),
                                 parse_matrix(spec["outputs"]) if "outputs" in spec else None,
                                 parse_matrix(spec["reference"]) if "reference" in spec else None)
        if "in_width" in spec:  # a deliberately wrong width for negative tests
            n = int(spec["in_width"])
            rec["in"], rec["sum_squares"], rec["gram"] = n, np.ones(n), np.eye(n)
            rec["sum"] = np.zeros(n)
        if "out_width" in spec:
            n = int(spec["out_width"])
            rec["out"] = n
            for key in ("mean", "mean_abs", "frac_positive", "max"):
                rec[key] = np.zeros(n)
        records[name] = rec
    write_stats(args.out, records)


if __name__ == "__main__":
    main()
