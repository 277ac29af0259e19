"""Train three real models on Fashion-MNIST with PyTorch and export them to ONNX.

Data: Debian's package dataset-fashion-mnist
(/usr/share/datasets/fashion-mnist/{train,t10k}-{images-idx3,labels-idx1}-ubyte.gz,
or $PRUNE_FASHION_MNIST_DIR): 60000 training and 10000 test images, 28x28
grey levels 0..255, ten classes (0 T-shirt/top, 1 Trouser, 2 Pullover,
3 Dress, 4 Coat, 5 Sandal, 6 Shirt, 7 Sneaker, 8 Bag, 9 Ankle boot).

Input preprocessing, the same for every model: the image's uint8 pixels as
float32 divided by 255 (values in [0, 1], no mean/std normalization, no
flip), in NCHW layout [N, 1, 28, 28]. The ONNX graphs have one input `input`
float32 [batch, 1, 28, 28] and one output `logits` float32 [batch, 10]
(unnormalized scores; the prediction is the argmax); the batch is dynamic.

Models (torch 1.13 on CPU, fixed seeds, deterministic algorithms, Adam, the
whole 60k training split, a few epochs each; accuracy on the 10k test split):
  mlp  Flatten, Linear 784-256, ReLU, 256-128, ReLU, 128-10.
  cnn  conv3x3 1->16 + BN + ReLU; residual block (conv3x3 + BN + ReLU,
       conv3x3 + BN, add the skip, ReLU); MaxPool 2; conv3x3 16->32 stride 2
       + BN + ReLU; depthwise conv3x3 (groups=32) + BN + ReLU; conv1x1 32->64
       + ReLU; AdaptiveAvgPool2d(1); Flatten; Linear 64->10.
  vit  patch embedding Conv2d(1, 64, 7, stride 7) -> 16 tokens of 64, learned
       position embedding; 2 pre-LayerNorm encoder blocks with 4-head
       self-attention (separate q, k, v, out Linear layers, explicit
       reshape/transpose/matmul/scale/softmax) and an MLP 64-128-64 with exact
       (erf) GELU; final LayerNorm, mean over the tokens, Linear 64->10.

Export: torch.onnx.export, opset 17, model in eval mode, constant folding on,
dynamic batch. The CNN is written twice: `cnn.onnx` (the exporter folds each
BatchNormalization into the Conv before it) and `cnn_bn.onnx` with the
BatchNormalization nodes kept (training=TrainingMode.PRESERVE with the model
in eval mode, which skips the exporter's Conv+BN fusion and writes inference
BatchNormalization nodes, and do_constant_folding=False), so an importer must
fold or lower them itself.

Written to --out-dir (the shipped copy is examples/fashion_mnist/):
  mlp.onnx cnn.onnx cnn_bn.onnx vit.onnx     (for --models mlp,cnn,vit)
  test_1000.npz            the FIRST 1000 test images: `input` float32
                           [1000,1,28,28] (preprocessed as above), `labels` int64
  calibration_256.npz      the first 256 training images, same keys
  <model>_torch_logits.npy torch's logits on test_1000, float32 [1000,10]
  README.md                per model: ONNX op-type counts, parameters,
                           accuracy, training time; the command

`--torchvision DIR` instead writes torchvision's resnet18.onnx and
mobilenet_v2.onnx (weights=None, seeded random init, eval mode, input
float32 [N,3,224,224], opset 17, dynamic batch) to DIR: untrained, not
shipped, for size and speed work.

Usage: prune-export-fashion --out-dir DIR [--models mlp,cnn,vit] [--epochs-scale F]
       prune-export-fashion --torchvision DIR
"""
import argparse
import collections
import gzip
import json
import os
import sys
import time

import numpy as np
import torch
from torch import nn

from mlir_prune import common

DATA_DIR = os.environ.get("PRUNE_FASHION_MNIST_DIR", "/usr/share/datasets/fashion-mnist")
OUT_DIR = os.path.join(common.EXAMPLES, "fashion_mnist")
OPSET = 17
SEED = 0
# One thread: on a small shared machine two OpenMP threads competing with other
# jobs made training several times slower; the results are reproducible for a
# fixed thread count and torch build.
THREADS = 1
MODELS = ("mlp", "cnn", "vit")
CLASSES = ("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt",
           "Sneaker", "Bag", "Ankle boot")


# ---------------------------------------------------------------- data

def _read_idx(path):
    """An IDX file (gzip) as a numpy array: magic 0 0 dtype ndim, big-endian dims."""
    with gzip.open(path, "rb") as f:
        data = f.read()
    if data[0] != 0 or data[1] != 0 or data[2] != 0x08:
        sys.exit("error: %s is not an unsigned-byte IDX file" % path)
    ndim = data[3]
    dims = [int.from_bytes(data[4 + 4 * i:8 + 4 * i], "big") for i in range(ndim)]
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * ndim).reshape(dims)


def load_split(split):
    """(images uint8 [N,28,28], labels int64 [N]) of split "train" or "test"."""
    prefix = {"train": "train", "test": "t10k"}[split]
    images = os.path.join(DATA_DIR, prefix + "-images-idx3-ubyte.gz")
    labels = os.path.join(DATA_DIR, prefix + "-labels-idx1-ubyte.gz")
    for path in (images, labels):
        if not os.path.exists(path):
            sys.exit("error: %s missing (install Debian's dataset-fashion-mnist, "
                     "or set PRUNE_FASHION_MNIST_DIR)" % path)
    return _read_idx(images), _read_idx(labels).astype(np.int64)


def preprocess(images):
    """uint8 [N,28,28] -> float32 [N,1,28,28] in [0,1]: the models' input."""
    return (images.astype(np.float32) / np.float32(255.0))[:, None, :, :]


# ---------------------------------------------------------------- models

class MLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(nn.Flatten(), nn.Linear(784, 256), nn.ReLU(),
                                 nn.Linear(256, 128), nn.ReLU(), nn.Linear(128, 10))

    def forward(self, x):
        return self.net(x)


def conv_bn(cin, cout, stride=1, groups=1):
    return nn.Sequential(nn.Conv2d(cin, cout, 3, stride=stride, padding=1, groups=groups,
                                   bias=False), nn.BatchNorm2d(cout))


class ResidualBlock(nn.Module):
    def __init__(self, channels):
        super().__init__()
        self.conv1 = conv_bn(channels, channels)
        self.conv2 = conv_bn(channels, channels)

    def forward(self, x):
        return torch.relu(self.conv2(torch.relu(self.conv1(x))) + x)


class CNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.stem = conv_bn(1, 16)
        self.block = ResidualBlock(16)
        self.pool = nn.MaxPool2d(2)
        self.down = conv_bn(16, 32, stride=2)
        self.depthwise = conv_bn(32, 32, groups=32)
        self.pointwise = nn.Conv2d(32, 64, 1)
        self.gap = nn.AdaptiveAvgPool2d(1)
        self.flatten = nn.Flatten()
        self.fc = nn.Linear(64, 10)

    def forward(self, x):
        x = self.block(torch.relu(self.stem(x)))        # 16 x 28 x 28
        x = torch.relu(self.down(self.pool(x)))         # 32 x 7 x 7
        x = torch.relu(self.depthwise(x))
        x = torch.relu(self.pointwise(x))               # 64 x 7 x 7
        return self.fc(self.flatten(self.gap(x)))


class Attention(nn.Module):
    def __init__(self, dim, heads, tokens):
        super().__init__()
        self.heads, self.head_dim, self.tokens = heads, dim // heads, tokens
        self.scale = float(self.head_dim) ** -0.5
        self.q = nn.Linear(dim, dim)
        self.k = nn.Linear(dim, dim)
        self.v = nn.Linear(dim, dim)
        self.out = nn.Linear(dim, dim)

    def forward(self, x):                               # [B, T, C]
        t, h, d = self.tokens, self.heads, self.head_dim
        # -1 for the batch keeps the reshape targets constant (no Shape ops).
        q = self.q(x).reshape(-1, t, h, d).transpose(1, 2)   # [B, H, T, D]
        k = self.k(x).reshape(-1, t, h, d).transpose(1, 2)
        v = self.v(x).reshape(-1, t, h, d).transpose(1, 2)
        attn = torch.softmax(torch.matmul(q, k.transpose(2, 3)) * self.scale, dim=-1)
        y = torch.matmul(attn, v).transpose(1, 2).reshape(-1, t, h * d)
        return self.out(y)


class EncoderBlock(nn.Module):
    def __init__(self, dim, heads, tokens, hidden):
        super().__init__()
        self.norm1 = nn.LayerNorm(dim)
        self.attn = Attention(dim, heads, tokens)
        self.norm2 = nn.LayerNorm(dim)
        self.fc1 = nn.Linear(dim, hidden)
        self.gelu = nn.GELU()                           # exact: 0.5 x (1 + erf(x / sqrt 2))
        self.fc2 = nn.Linear(hidden, dim)

    def forward(self, x):
        x = x + self.attn(self.norm1(x))
        return x + self.fc2(self.gelu(self.fc1(self.norm2(x))))


class ViT(nn.Module):
    def __init__(self, dim=64, heads=4, depth=2, hidden=128, patch=7):
        super().__init__()
        self.dim, self.tokens = dim, (28 // patch) ** 2
        self.patch = nn.Conv2d(1, dim, patch, stride=patch)
        self.pos = nn.Parameter(torch.randn(1, self.tokens, dim) * 0.02)
        self.blocks = nn.ModuleList(EncoderBlock(dim, heads, self.tokens, hidden)
                                    for _ in range(depth))
        self.norm = nn.LayerNorm(dim)
        self.head = nn.Linear(dim, 10)

    def forward(self, x):
        x = self.patch(x)                               # [B, C, 4, 4]
        # reshape with a constant target rather than flatten(2), which exports
        # as Shape/Slice/Concat feeding the Reshape.
        x = x.reshape(-1, self.dim, self.tokens).transpose(1, 2) + self.pos  # [B, 16, C]
        for block in self.blocks:
            x = block(x)
        return self.head(self.norm(x).mean(dim=1))


# name -> (class, epochs, learning rate, batch size)
RECIPES = {
    "mlp": (MLP, 8, 1e-3, 128),
    "cnn": (CNN, 5, 2e-3, 128),
    "vit": (ViT, 6, 1e-3, 128),
}


# ---------------------------------------------------------------- training

def set_determinism():
    torch.manual_seed(SEED)
    np.random.seed(SEED)
    torch.set_num_threads(THREADS)
    torch.use_deterministic_algorithms(True)


def train(name, x, y, epochs_scale=1.0, log=print):
    """Trains model `name` on float32 [N,1,28,28] `x` and int64 `y`; returns the
    model in eval mode and the wall time in seconds."""
    cls, epochs, lr, batch = RECIPES[name]
    epochs = max(1, int(round(epochs * epochs_scale)))
    set_determinism()
    model = cls()
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=lr, epochs=epochs,
                                                steps_per_epoch=(len(x) + batch - 1) // batch)
    xt, yt = torch.from_numpy(x), torch.from_numpy(y)
    gen = torch.Generator().manual_seed(SEED)
    start = time.time()
    for epoch in range(epochs):
        model.train()
        order = torch.randperm(len(xt), generator=gen)
        total = 0.0
        for i in range(0, len(xt), batch):
            idx = order[i:i + batch]
            opt.zero_grad()
            loss = nn.functional.cross_entropy(model(xt[idx]), yt[idx])
            loss.backward()
            opt.step()
            sched.step()
            total += loss.item() * len(idx)
        log("  %s epoch %d/%d: loss %.4f (%.0f s)" % (name, epoch + 1, epochs, total / len(xt),
                                                    time.time() - start))
    model.eval()
    return model, time.time() - start


def logits_of(model, x, batch=1000):
    with torch.no_grad():
        return np.concatenate([model(torch.from_numpy(x[i:i + batch])).numpy()
                               for i in range(0, len(x), batch)]).astype(np.float32)


# ---------------------------------------------------------------- export

def export_onnx(model, path, example, keep_batchnorm=False):
    """torch.onnx.export with the project's conventions (opset 17, input `input`,
    output `logits`, dynamic batch); `keep_batchnorm` keeps BatchNormalization
    nodes instead of folding them into the convolutions."""
    kwargs = dict(opset_version=OPSET, input_names=["input"], output_names=["logits"],
                  dynamic_axes={"input": {0: "batch"}, "logits": {0: "batch"}})
    if keep_batchnorm:
        kwargs.update(training=torch.onnx.TrainingMode.PRESERVE, do_constant_folding=False)
    else:
        kwargs.update(training=torch.onnx.TrainingMode.EVAL, do_constant_folding=True)
    model.eval()
    with torch.no_grad():
        torch.onnx.export(model, example, path, **kwargs)
    inline_identity_initializers(path)


def inline_identity_initializers(path):
    """Replaces each Identity node whose input is an initializer by a copy of that
    initializer under the node's output name. The exporter leaves such nodes where
    it deduplicated equal folded constants (torchvision's freshly initialized
    BatchNorm layers fold to equal Conv biases), an importer need not see them."""
    import onnx
    model = onnx.load(path)
    graph = model.graph
    inits = {t.name: t for t in graph.initializer}
    outputs = {o.name for o in graph.output}
    keep, copies = [], []
    for node in graph.node:
        if node.op_type == "Identity" and node.input[0] in inits and node.output[0] not in outputs:
            t = onnx.TensorProto()
            t.CopyFrom(inits[node.input[0]])
            t.name = node.output[0]
            copies.append(t)
        else:
            keep.append(node)
    if copies:
        del graph.node[:]
        graph.node.extend(keep)
        graph.initializer.extend(copies)
        onnx.save(model, path)


def op_counts(path):
    """Counter of the ONNX graph's node op types."""
    import onnx
    model = onnx.load(path)
    onnx.checker.check_model(model)
    return collections.Counter(node.op_type for node in model.graph.node)


def format_counts(counts):
    return ", ".join("%s %d" % (op, n) for op, n in sorted(counts.items()))


def export_torchvision(out_dir, log=print):
    """resnet18 and mobilenet_v2 (weights=None, seeded init, eval) -> OUT_DIR/*.onnx,
    with a seeded random input batch (NAME_input.npz, key `input`, [2, 3, 224, 224])
    and torch's logits on it (NAME_torch_logits.npy) as the numeric reference."""
    import torchvision
    os.makedirs(out_dir, exist_ok=True)
    example = torch.zeros(1, 3, 224, 224)
    for name in ("resnet18", "mobilenet_v2"):
        torch.manual_seed(SEED)
        model = getattr(torchvision.models, name)(weights=None).eval()
        path = os.path.join(out_dir, name + ".onnx")
        export_onnx(model, path, example)
        images = torch.rand(2, 3, 224, 224, generator=torch.Generator().manual_seed(SEED))
        with torch.no_grad():
            logits = model(images)
        np.savez_compressed(os.path.join(out_dir, name + "_input.npz"), input=images.numpy())
        np.save(os.path.join(out_dir, name + "_torch_logits.npy"), logits.numpy())
        params = sum(p.numel() for p in model.parameters())
        log("%s: %d parameters -> %s" % (name, params, path))
        log("  ops: " + format_counts(op_counts(path)))


# ---------------------------------------------------------------- main

def write_readme(out_dir, results, command):
    lines = [
        "# Fashion-MNIST models (ONNX)",
        "",
        "Trained with PyTorch %s on CPU (%s, fixed seeds, deterministic "
        "algorithms; Adam with a one-cycle learning-rate schedule, batches of 128) on "
        "the 60000 training images of Debian's `dataset-fashion-mnist` and exported "
        "with `torch.onnx.export` (opset %d, eval mode, dynamic batch) by "
        "`python/mlir_prune/fashion_models.py`, which says what each model is:"
        % (torch.__version__, "one thread" if THREADS == 1 else "%d threads" % THREADS, OPSET),
        "",
        "```sh",
        command,
        "```",
        "",
        "ONNX Runtime (CPU) gives the same predictions on `test_1000` and logits within "
        "1e-4 of the largest |logit| (`python3 -m mlir_prune.ort --check "
        "examples/fashion_mnist`, the lit test `test/Integration/Onnx/ort-reference.test`).",
        "",
        "Input: `input`, float32 `[batch, 1, 28, 28]`, NCHW: the uint8 pixels divided "
        "by 255 (values in [0, 1]; no mean/std normalization). Output: `logits`, "
        "float32 `[batch, 10]`; the prediction is the argmax (classes: %s)."
        % ", ".join("%d %s" % (i, c) for i, c in enumerate(CLASSES)),
        "",
        "Files:",
        "",
        "- `mlp.onnx`, `cnn.onnx`, `vit.onnx`: the models; `cnn_bn.onnx`: the same CNN "
        "with its BatchNormalization nodes kept (exported with "
        "`training=TrainingMode.PRESERVE` on the model in eval mode and "
        "`do_constant_folding=False`), where `cnn.onnx` has them folded into the Conv "
        "weights by the exporter.",
        "- `test_1000.npz`: the first 1000 images of the test split, `input` float32 "
        "`[1000,1,28,28]` (preprocessed) and `labels` int64 `[1000]`.",
        "- `<model>_torch_logits.npy`: PyTorch's logits on `test_1000`, float32 "
        "`[1000,10]` (`cnn_bn.onnx` computes the same function as `cnn.onnx`: compare "
        "it with `cnn_torch_logits.npy`).",
        "- `calibration_256.npz`: the first 256 images of the training split, same keys.",
        "",
        "| model | parameters | epochs | training time | test accuracy (10000) | "
        "accuracy on test_1000 |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, r in results.items():
        lines.append("| %s | %d | %d | %.0f s | %.2f%% | %.1f%% |"
                     % (name, r["params"], r["epochs"], r["seconds"], 100 * r["acc_full"],
                        100 * r["acc_1000"]))
    lines += ["", "Training time is wall time on a 2-core machine shared with other jobs "
              "(it varies with their load). ONNX op types (node counts):", ""]
    for name, r in results.items():
        for fname, counts in r["ops"].items():
            lines.append("- `%s`: %s" % (fname, format_counts(counts)))
    lines.append("")
    with open(os.path.join(out_dir, "README.md"), "w") as f:
        f.write("\n".join(lines))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out-dir", default=OUT_DIR,
                    help="where the models and data go (default examples/fashion_mnist)")
    ap.add_argument("--models", default=",".join(MODELS),
                    help="comma-separated subset of mlp,cnn,vit")
    ap.add_argument("--epochs-scale", type=float, default=1.0,
                    help="multiply each recipe's epochs (quick checks: 0.1)")
    ap.add_argument("--torchvision", metavar="DIR",
                    help="export torchvision's resnet18 and mobilenet_v2 (untrained) to DIR "
                         "instead")
    args = ap.parse_args(argv)

    if args.torchvision:
        set_determinism()
        export_torchvision(args.torchvision)
        return
    models = [m for m in args.models.split(",") if m]
    for m in models:
        if m not in RECIPES:
            sys.exit("error: --models: unknown model '%s' (known: %s)" % (m, ",".join(MODELS)))
    os.makedirs(args.out_dir, exist_ok=True)

    train_images, train_labels = load_split("train")
    test_images, test_labels = load_split("test")
    x_train, x_test = preprocess(train_images), preprocess(test_images)
    np.savez_compressed(os.path.join(args.out_dir, "test_1000.npz"),
                        input=x_test[:1000], labels=test_labels[:1000])
    np.savez_compressed(os.path.join(args.out_dir, "calibration_256.npz"),
                        input=x_train[:256], labels=train_labels[:256])

    results = collections.OrderedDict()
    summary_path = os.path.join(args.out_dir, "summary.json")
    for name in models:
        print("training %s" % name)
        model, seconds = train(name, x_train, train_labels, args.epochs_scale)
        logits = logits_of(model, x_test)
        acc_full = float((logits.argmax(1) == test_labels).mean())
        acc_1000 = float((logits[:1000].argmax(1) == test_labels[:1000]).mean())
        np.save(os.path.join(args.out_dir, name + "_torch_logits.npy"), logits[:1000])
        example = torch.from_numpy(x_test[:2])
        ops = collections.OrderedDict()
        path = os.path.join(args.out_dir, name + ".onnx")
        export_onnx(model, path, example)
        ops[name + ".onnx"] = op_counts(path)
        if name == "cnn":
            path_bn = os.path.join(args.out_dir, "cnn_bn.onnx")
            export_onnx(model, path_bn, example, keep_batchnorm=True)
            ops["cnn_bn.onnx"] = op_counts(path_bn)
        params = sum(p.numel() for p in model.parameters())
        results[name] = dict(params=params, seconds=seconds, acc_full=acc_full,
                             acc_1000=acc_1000, ops=ops,
                             epochs=max(1, int(round(RECIPES[name][1] * args.epochs_scale))))
        print("%s: %d parameters, %.0f s training, test accuracy %.4f (10000), %.4f (first 1000)"
              % (name, params, seconds, acc_full, acc_1000))
        for fname, counts in ops.items():
            print("  %s ops: %s" % (fname, format_counts(counts)))

    # The README covers every model trained so far in this directory: merge with
    # the results of earlier runs (another --models subset).
    merged = collections.OrderedDict()
    if os.path.exists(summary_path):
        with open(summary_path) as f:
            merged.update(json.load(f, object_pairs_hook=collections.OrderedDict))
    for name, r in results.items():
        merged[name] = dict(r, ops={k: dict(sorted(v.items())) for k, v in r["ops"].items()})
    merged = collections.OrderedDict((m, merged[m]) for m in MODELS if m in merged)
    with open(summary_path, "w") as f:
        json.dump(merged, f, indent=1)
        f.write("\n")
    command = "prune-export-fashion --out-dir %s --models %s" % (
        common.relative(args.out_dir) if os.path.abspath(args.out_dir).startswith(common.ROOT)
        else args.out_dir, ",".join(merged))
    write_readme(args.out_dir, merged, command)


if __name__ == "__main__":
    main()
