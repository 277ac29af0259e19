"""Taylor importance scores for the shipped Fashion-MNIST models, pruned in the compiler.

The workflow of prune-weights{criterion=scores} and prune-neurons{mode=importance
scores=}: a training framework knows which weights matter to the loss, the
compiler prunes. One pass over training data in torch accumulates, per weight,
|w * dL/dw| summed over batches (first-order Taylor importance, Molchanov et al.
2017/2019), and per output neuron the sum of its incoming weights' scores.

The torch model is the ONNX graph itself, run by a small interpreter over the
ops mlp.onnx and cnn.onnx use (Gemm, Conv, Relu, Add, MaxPool,
GlobalAveragePool, Flatten), with the ONNX initializers as parameters - so the
scores belong to exactly the weights the compiler imports (cnn.onnx has its
BatchNorms folded into the convolutions, which the torch CNN module has not).
Keys are the layer names prune-import-onnx gives: the name of the node that
consumes the weight. Scores are saved in framework layout ([out, in] for Gemm
with transB=1, OIHW for Conv), which prune-weights maps onto the IR's layout.

  prune-taylor-scores --model mlp --out scores.npz [--neurons neurons.npz]
  prune-taylor-scores --compare      # magnitude vs taylor vs reconstruction
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time

import numpy as np
import onnx
import torch
import torch.nn.functional as F
from onnx import numpy_helper

from mlir_prune import common, fashion_models

FASHION = os.path.join(common.EXAMPLES, "fashion_mnist")


class OnnxModule(torch.nn.Module):
    """An ONNX graph of a few ops as a torch module; initializers are parameters."""

    def __init__(self, path):
        super().__init__()
        self.graph = onnx.load(path).graph
        self.params = torch.nn.ParameterDict()
        self.names = {}  # initializer name -> parameter key
        for i, init in enumerate(self.graph.initializer):
            key = "p%d" % i
            self.names[init.name] = key
            self.params[key] = torch.nn.Parameter(
                torch.from_numpy(numpy_helper.to_array(init).copy()))

    def weight(self, name):
        return self.params[self.names[name]]

    def forward(self, x):
        env = {self.graph.input[0].name: x}
        get = lambda n: self.weight(n) if n in self.names else env[n]
        for node in self.graph.node:
            attrs = {a.name: onnx.helper.get_attribute_value(a) for a in node.attribute}
            ins = [get(n) for n in node.input if n]
            op = node.op_type
            if op == "Gemm":
                a, b = ins[0], ins[1]
                if attrs.get("transA", 0):
                    a = a.t()
                if attrs.get("transB", 0):
                    b = b.t()
                y = attrs.get("alpha", 1.0) * (a @ b)
                if len(ins) > 2:
                    y = y + attrs.get("beta", 1.0) * ins[2]
            elif op == "Conv":
                pads = attrs.get("pads", [0, 0, 0, 0])
                if pads[0] != pads[2] or pads[1] != pads[3]:
                    sys.exit("error: asymmetric Conv padding in %s" % node.name)
                y = F.conv2d(ins[0], ins[1], ins[2] if len(ins) > 2 else None,
                             stride=attrs.get("strides", [1, 1]), padding=pads[:2],
                             dilation=attrs.get("dilations", [1, 1]),
                             groups=attrs.get("group", 1))
            elif op == "Relu":
                y = torch.relu(ins[0])
            elif op == "Add":
                y = ins[0] + ins[1]
            elif op == "MaxPool":
                y = F.max_pool2d(ins[0], attrs["kernel_shape"], attrs.get("strides"),
                                 attrs.get("pads", [0, 0, 0, 0])[:2])
            elif op == "GlobalAveragePool":
                y = ins[0].mean(dim=(2, 3), keepdim=True)
            elif op == "Flatten":
                y = ins[0].flatten(attrs.get("axis", 1))
            else:
                sys.exit("error: %s: op %s is not supported by this interpreter"
                         % (node.name, op))
            env[node.output[0]] = y
        return env[self.graph.output[0].name]

    def layers(self):
        """(layer name, weight initializer name, transpose to [out, in]?) per layer."""
        result = []
        for node in self.graph.node:
            if node.op_type in ("Gemm", "Conv") and node.input[1] in self.names:
                attrs = {a.name: onnx.helper.get_attribute_value(a) for a in node.attribute}
                transpose = node.op_type == "Gemm" and not attrs.get("transB", 0)
                result.append((node.name, node.input[1], transpose))
        return result


def taylor_scores(model_path, images, labels, batch=256, log=print):
    """({layer: |w*g| summed over batches, framework layout}, {layer: per-neuron sums})."""
    torch.manual_seed(0)
    module = OnnxModule(model_path)
    module.eval()
    layers = module.layers()
    sums = {name: torch.zeros_like(module.weight(w)) for name, w, _ in layers}
    t0 = time.time()
    for start in range(0, len(images), batch):
        x = torch.from_numpy(fashion_models.preprocess(images[start:start + batch]))
        y = torch.from_numpy(labels[start:start + batch])
        module.zero_grad()
        F.cross_entropy(module(x), y).backward()
        with torch.no_grad():
            for name, w, _ in layers:
                p = module.weight(w)
                sums[name] += (p * p.grad).abs()
    log("taylor scores: %d samples through %s in %.1f s"
        % (len(images), os.path.basename(model_path), time.time() - t0))
    weights, neurons = {}, {}
    for name, _, transpose in layers:
        s = sums[name].detach().numpy().astype(np.float32)
        if transpose:
            s = s.T.copy()
        weights[name] = s
        neurons[name] = s.reshape(s.shape[0], -1).sum(axis=1)
    return weights, neurons


MEASURE = re.compile(r"dense ([0-9.]+)%, pruned ([0-9.]+)%")


def calibrate(build, model, calib, test, options, sequential=False):
    cmd = [os.path.join(build, "bin", "prune-calibrate"), model, "--data=" + calib,
           "--prune=" + options, "--val=" + test, "-o", os.devnull, "--quiet"]
    if sequential:
        cmd.append("--sequential")
    result = subprocess.run(cmd, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit("error: %s\n%s" % (" ".join(cmd), result.stderr))
    m = MEASURE.search(result.stdout)
    if not m:
        sys.exit("error: no accuracy in the output of %s:\n%s" % (" ".join(cmd), result.stdout))
    return float(m.group(1)), float(m.group(2))


def compare(args, log=print):
    build = common.build_dir()
    images, labels = fashion_models.load_split("train")
    train_images, train_labels = images[:args.samples], labels[:args.samples]
    test = os.path.join(FASHION, "test_1000.npz")
    calib = os.path.join(FASHION, "calibration_256.npz")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, sparsity, scope in (("mlp", 0.9, "global"), ("cnn", 0.5, "global")):
            onnx_path = os.path.join(FASHION, name + ".onnx")
            model = os.path.join(tmp, name + ".mlir")
            subprocess.run([os.path.join(build, "bin", "prune-import-onnx"), onnx_path,
                            "-o", model, "--quiet"], check=True)
            weights, _ = taylor_scores(onnx_path, train_images, train_labels, log=log)
            scores = os.path.join(tmp, name + "_taylor.npz")
            np.savez(scores, **weights)
            base = "sparsity=%g scope=%s" % (sparsity, scope)
            for label, options, sequential in (
                    ("magnitude", base, False),
                    ("taylor scores", base + " criterion=scores scores=" + scores, False),
                    ("reconstruct (sequential)", base + " method=reconstruct", True),
                    ("taylor + reconstruct (sequential)",
                     base + " method=reconstruct criterion=scores scores=" + scores, True)):
                t0 = time.time()
                dense, pruned = calibrate(build, model, calib, test, options, sequential)
                rows.append((name, base, label, dense, pruned, time.time() - t0))
                log("%s %s %-34s dense %.1f%% pruned %.1f%% (%.0f s)" % rows[-1])
    print("| model | target | criterion | dense | pruned |")
    print("| --- | --- | --- | ---: | ---: |")
    for name, base, label, dense, pruned, _ in rows:
        print("| %s | %s | %s | %.1f%% | %.1f%% |" % (name, base, label, dense, pruned))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", choices=("mlp", "cnn"), default="mlp")
    parser.add_argument("--onnx", help="an ONNX model instead of the shipped one")
    parser.add_argument("--out", help="weight scores (.npz) for prune-weights")
    parser.add_argument("--neurons", help="neuron scores (.npz) for prune-neurons")
    parser.add_argument("--samples", type=int, default=10000,
                        help="training images in the one pass (default 10000)")
    parser.add_argument("--compare", action="store_true",
                        help="measure magnitude, taylor scores and calibrated "
                             "reconstruction on the MLP (0.9) and the CNN (0.5)")
    args = parser.parse_args(argv)
    torch.set_num_threads(fashion_models.THREADS)
    if args.compare:
        return compare(args)
    if not args.out and not args.neurons:
        parser.error("give --out and/or --neurons (or --compare)")
    images, labels = fashion_models.load_split("train")
    path = args.onnx or os.path.join(FASHION, args.model + ".onnx")
    weights, neurons = taylor_scores(path, images[:args.samples], labels[:args.samples])
    if args.out:
        np.savez(args.out, **weights)
        print("wrote %s: %s" % (args.out, ", ".join("%s %s" % (k, list(v.shape))
                                                    for k, v in weights.items())))
    if args.neurons:
        np.savez(args.neurons, **neurons)
        print("wrote %s" % args.neurons)


if __name__ == "__main__":
    main()
