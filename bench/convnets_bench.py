#!/usr/bin/python3
"""Held-out convnets against ONNX Runtime: torchvision models the project was
not developed on, exported to ONNX, imported and compiled dense.

For each model (torchvision ResNet-18, MobileNetV2, SqueezeNet 1.1 and
RegNet-Y-400MF, whose grouped convolutions have 8 channels per group, with 10
classes; ResNeXt-50 32x4d and VGG-11 (its head pooled to 1x1) on request, random weights from torch.manual_seed(0), 64x64 inputs) and each
batch: torch.onnx.export into --out, prune-import-onnx --batch=B,
prune-compile{sparse=false} built ahead of time (aot.compile), checked against
ONNX Runtime on the same input (max |ours - ORT| / max |ORT|), then timed
beside ONNX Runtime on one thread: medians of --repeat calls, in --rounds
rounds interleaved with ONNX Runtime's, keeping each side's fastest.

With --quantized, the models are torchvision's quantizable versions
(resnet18, mobilenet_v2, googlenet) quantized post-training with torch's
qnnpack backend (observers run on 4 batches of random inputs), as torch.onnx
exports them: uint8 activations, int8 weights, QuantizeLinear /
DequantizeLinear around each layer. ONNX Runtime runs its int8 kernels on
them; prune-compile its int8 layers (the convolutions in f32 where that is
exact, prune-int8-layers-in-f32). The error column is then the max
absolute difference (in the output's units; random-weight MobileNetV2
quantizes to all-zero logits, where a relative error is undefined).

Usage: /usr/bin/python3 bench/convnets_bench.py [--build build] [--batches 1,8] [--models resnet18,...]
           [--quantized]
           [--repeat 10] [--rounds 3] [--out bench/out/convnets] [--results bench/results/convnets_bench.md]
"""
import argparse
import os
import subprocess
import sys

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "python"))
from mlir_prune import aot, ort  # noqa: E402


def build_models():
    import torch
    import torchvision
    torch.manual_seed(0)
    return {
        "resnet18": torchvision.models.resnet18(num_classes=10),
        "mobilenet_v2": torchvision.models.mobilenet_v2(num_classes=10),
        "squeezenet1_1": torchvision.models.squeezenet1_1(num_classes=10),
        "regnet_y_400mf": torchvision.models.regnet_y_400mf(num_classes=10),
        "resnext50_32x4d": torchvision.models.resnext50_32x4d(num_classes=10),
        "vgg11": vgg11_pooled(torchvision),
    }


def vgg11_pooled(torchvision):
    """VGG-11 whose head pools to 1x1 (a 64x64 input leaves 2x2, which torch
    cannot export pooled to VGG's 7x7): its eight 3x3 convolutions, 64 to
    512 channels, then 512 -> 4096 -> 4096 -> 10."""
    import torch
    model = torchvision.models.vgg11(num_classes=10)
    model.avgpool = torch.nn.AdaptiveAvgPool2d(1)
    model.classifier[0] = torch.nn.Linear(512, 4096)
    return model


def build_quantized_models():
    import torch
    import torchvision
    torch.manual_seed(0)
    torch.backends.quantized.engine = "qnnpack"
    models = {}
    for name in ["resnet18", "mobilenet_v2", "googlenet"]:
        kwargs = {"aux_logits": False, "init_weights": True} if name == "googlenet" else {}
        model = getattr(torchvision.models.quantization, name)(
            weights=None, quantize=False, num_classes=10, **kwargs).eval()
        model.fuse_model()
        model.qconfig = torch.quantization.get_default_qconfig("qnnpack")
        prepared = torch.quantization.prepare(model)
        for _ in range(4):
            prepared(torch.randn(8, 3, 64, 64))
        models[name] = torch.quantization.convert(prepared)
    return models


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    parser.add_argument("--batches", default="1,8")
    parser.add_argument("--models", default="resnet18,mobilenet_v2,squeezenet1_1,regnet_y_400mf")
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=3,
                        help="interleaved rounds; each side keeps its fastest median")
    parser.add_argument("--out", default=os.path.join(ROOT, "bench", "out", "convnets"))
    parser.add_argument("--results", default=None,
                        help="default bench/results/convnets_bench.md (convnets_int8_bench.md "
                             "with --quantized)")
    parser.add_argument("--quantized", action="store_true",
                        help="torch-quantized (qnnpack, uint8 activations) models")
    args = parser.parse_args(argv)
    if args.results is None:
        args.results = os.path.join(ROOT, "bench", "results", "convnets_int8_bench.md"
                                    if args.quantized else "convnets_bench.md")
    if args.quantized and args.models == parser.get_default("models"):
        args.models = "resnet18,mobilenet_v2,googlenet"
    import torch
    os.makedirs(args.out, exist_ok=True)
    rows = []
    models = build_quantized_models() if args.quantized else build_models()
    kind = "abs" if args.quantized else "rel"
    for name, model in models.items():
        if name not in args.models.split(","):
            continue
        model.eval()
        for batch in [int(b) for b in args.batches.split(",")]:
            x = torch.randn(batch, 3, 64, 64)
            tag = "_int8" if args.quantized else ""
            onnx_path = os.path.join(args.out, "%s%s_b%d.onnx" % (name, tag, batch))
            torch.onnx.export(model, x, onnx_path, opset_version=13,
                              input_names=["input"], output_names=["logits"])
            mlir = os.path.join(args.out, "%s%s_b%d.mlir" % (name, tag, batch))
            subprocess.run([os.path.join(args.build, "bin", "prune-import-onnx"),
                            "--batch=%d" % batch, onnx_path, "-o", mlir, "--quiet"], check=True)
            library = aot.compile(mlir, options="sparse=false", out_dir=args.out,
                                  opt=os.path.join(args.build, "bin", "prune-opt"))
            xn = x.numpy()
            got = library(xn)
            want = ort.run(onnx_path, xn)
            err = (float(np.abs(np.asarray(got) - want).max()) if args.quantized
                   else ort.max_rel_err(np.asarray(got), want))
            agree = int((np.asarray(got).argmax(-1) == want.argmax(-1)).sum())
            # Interleaved rounds, each side's fastest median: a slow phase
            # of the machine hits both sides alike.
            ours = theirs = float("inf")
            for _ in range(args.rounds):
                ours = min(ours, library.time(xn, repeat=args.repeat) * 1e3)
                theirs = min(theirs, ort.time(onnx_path, xn, threads=1, repeat=args.repeat))
            rows.append((name, batch, theirs, ours, ours / theirs, err, agree, batch))
            print("%-14s batch %-3d ORT %8.3f ms  prune-compile %8.3f ms  ratio %.2f  "
                  "max %s err %.1e  argmax %d/%d" % (rows[-1][:5] + (kind,) + rows[-1][5:]),
                  flush=True)
    table = ["| model (64x64%s) | batch | ORT ms | prune-compile ms | prune-compile / ORT "
             "| max %s err | argmax agree |" % (", int8" if args.quantized else "", kind),
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    table += ["| %s | %d | %.3f | %.3f | %.2f | %.1e | %d/%d |" % r for r in rows]
    os.makedirs(os.path.dirname(args.results), exist_ok=True)
    with open(args.results, "w") as f:
        f.write("\n".join(table) + "\n")
    print("\n".join(table))


if __name__ == "__main__":
    main()
