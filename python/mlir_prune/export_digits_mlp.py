"""Train a small MLP on scikit-learn's 8x8 digits and export it as TOSA MLIR.

The model (64 -> 128 -> 64 -> 10, ReLU, layers fc1/fc2/fc3) is trained with
PyTorch on CPU with fixed seeds, so every run on one machine gives the same
weights. Other CPUs or torch builds round differently: a rerun on the
2026-12 build machine differs from the shipped weights in most values, with
the same test predictions.  It is
written to examples/digits_mlp.mlir by plain string formatting, laid out like
torch-mlir lays out nn.Linear in MLIR 22 TOSA syntax: weight [out,in]
tosa.const -> tosa.transpose -> tosa.reshape [1,in,out] -> tosa.matmul (input
reshaped to [1,B,in], explicit a_zp/b_zp operands) -> tosa.reshape [B,out] ->
tosa.add bias [1,out] -> tosa.clamp (ReLU, hidden layers only), each op
carrying loc("fcN") and the constants loc("fcN.weight")/loc("fcN.bias").  The
batch is dynamic (`@forward(tensor<?x64xf32>) -> tensor<?x10xf32>`, reshapes
use -1 for the batch dimension) and runs end to end with the stock
tosa-to-linalg-pipeline + sparsifier lowering (see run_model), because the
module declares `tosa.target_env` with `level = none`: without it the
tosa-validate pass inside tosa-to-linalg-pipeline rejects every dynamic
dimension ("failed level check ... cannot be dynamic").  That attribute
survives lowering and mlir-runner cannot parse it (no TOSA dialect loaded), so
run_model drops it from the lowered module before running it.
The held-out test split and the training split go to examples/digits_test.csv
and examples/digits_train.csv (64 features in [0,1], then the integer label),
and PyTorch's test predictions to examples/digits_test_torch_predictions.txt,
so compiled code can be checked against the framework.

Usage: prune-export-digits-mlp [--out-dir examples]
"""
import argparse
import os
import time

import numpy as np
import torch

from mlir_prune import common
from mlir_prune.sklearn_import import load_digits_split

SEED = 0
LAYERS = [("fc1", 64, 128, True), ("fc2", 128, 64, True), ("fc3", 64, 10, False)]
F32_MAX = "3.40282347E+38"
# Level "none" lets tosa-validate (run by tosa-to-linalg-pipeline) accept the
# dynamic batch; the default level 8k rejects any dynamic dimension.  MLIR 22
# prints an empty list as `extensions = []` but cannot parse it back, so the
# list names `dynamic` (TOSA EXT-DYNAMIC), which is what the model uses anyway.
TARGET_ENV = ('#tosa.target_env<specification_version = "1.0", level = none, '
              'profiles = [pro_int, pro_fp], extensions = [dynamic]>')


class DigitsMLP(torch.nn.Module):
    def __init__(self):
        super().__init__()
        for name, n_in, n_out, _ in LAYERS:
            setattr(self, name, torch.nn.Linear(n_in, n_out))

    def forward(self, x):
        for name, _, _, relu in LAYERS:
            x = getattr(self, name)(x)
            if relu:
                x = torch.relu(x)
        return x


def train(x_train, y_train, epochs=60, batch=32, lr=1e-3, model_class=DigitsMLP):
    torch.manual_seed(SEED)
    torch.use_deterministic_algorithms(True)
    torch.set_num_threads(2)
    model = model_class()
    opt = torch.optim.Adam(model.parameters(), lr=lr, weight_decay=1e-4)
    xt, yt = torch.from_numpy(x_train), torch.from_numpy(y_train)
    gen = torch.Generator().manual_seed(SEED)
    for _ in range(epochs):
        perm = torch.randperm(len(xt), generator=gen)
        for i in range(0, len(xt), batch):
            idx = perm[i:i + batch]
            opt.zero_grad()
            loss = torch.nn.functional.cross_entropy(model(xt[idx]), yt[idx])
            loss.backward()
            opt.step()
    return model.eval()


FLOAT32_MIN_NORMAL = float(np.finfo(np.float32).tiny)


def float32_literal(value):
    """A float32 at round-trip precision, with denormals written as zero.

    Weight decay drives the weights of always-zero input pixels towards zero,
    and training leaves hundreds of them denormal (612 in the digits MLP).
    Their products are far below float32 resolution of any activation they
    are added to, and on CPUs without fast denormal arithmetic (flush-to-zero
    is not set by the compiled code) every one costs a microcode assist.
    """
    value = float(value)
    if abs(value) < FLOAT32_MIN_NORMAL:
        value = 0.0
    return "%.9e" % value


def dense_literal(array):
    """MLIR dense<...> body with float32 values at round-trip precision."""
    if array.ndim == 1:
        return "[" + ", ".join(float32_literal(v) for v in array) + "]"
    return "[" + ", ".join(dense_literal(row) for row in array) + "]"


def linear_layer_ir(name, weight, bias, x, n_in, n_out, relu):
    """TOSA ops for y = x @ W^T + b (and ReLU); returns (lines, result SSA name)."""
    loc = 'loc("%s")' % name
    w = "%%%s_w" % name
    t = lambda s: "tensor<%sxf32>" % s
    lines = [
        '%s = "tosa.const"() <{values = dense<%s> : %s}> : () -> %s loc("%s.weight")'
        % (w, dense_literal(weight), t("%dx%d" % (n_out, n_in)), t("%dx%d" % (n_out, n_in)), name),
        '%%%s_b = "tosa.const"() <{values = dense<%s> : %s}> : () -> %s loc("%s.bias")'
        % (name, dense_literal(bias.reshape(1, -1)), t("1x%d" % n_out), t("1x%d" % n_out), name),
        '%%%s_zp = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32> %s'
        % (name, loc),
        "%%%s_wt = tosa.transpose %s {perms = array<i32: 1, 0>} : (%s) -> %s %s"
        % (name, w, t("%dx%d" % (n_out, n_in)), t("%dx%d" % (n_in, n_out)), loc),
        "%%%s_ws = tosa.const_shape {values = dense<[1, %d, %d]> : tensor<3xindex>} : () -> !tosa.shape<3> %s"
        % (name, n_in, n_out, loc),
        "%%%s_w3 = tosa.reshape %%%s_wt, %%%s_ws : (%s, !tosa.shape<3>) -> %s %s"
        % (name, name, name, t("%dx%d" % (n_in, n_out)), t("1x%dx%d" % (n_in, n_out)), loc),
        "%%%s_xs = tosa.const_shape {values = dense<[1, -1, %d]> : tensor<3xindex>} : () -> !tosa.shape<3> %s"
        % (name, n_in, loc),
        "%%%s_x3 = tosa.reshape %s, %%%s_xs : (%s, !tosa.shape<3>) -> %s %s"
        % (name, x, name, t("?x%d" % n_in), t("1x?x%d" % n_in), loc),
        "%%%s_mm = tosa.matmul %%%s_x3, %%%s_w3, %%%s_zp, %%%s_zp : (%s, %s, tensor<1xf32>, tensor<1xf32>) -> %s %s"
        % (name, name, name, name, name, t("1x?x%d" % n_in), t("1x%dx%d" % (n_in, n_out)),
           t("1x?x%d" % n_out), loc),
        "%%%s_ys = tosa.const_shape {values = dense<[-1, %d]> : tensor<2xindex>} : () -> !tosa.shape<2> %s"
        % (name, n_out, loc),
        "%%%s_y2 = tosa.reshape %%%s_mm, %%%s_ys : (%s, !tosa.shape<2>) -> %s %s"
        % (name, name, name, t("1x?x%d" % n_out), t("?x%d" % n_out), loc),
        "%%%s_add = tosa.add %%%s_y2, %%%s_b : (%s, %s) -> %s %s"
        % (name, name, name, t("?x%d" % n_out), t("1x%d" % n_out), t("?x%d" % n_out), loc),
    ]
    result = "%%%s_add" % name
    if relu:
        lines.append(
            "%%%s_relu = tosa.clamp %s {min_val = 0.000000e+00 : f32, max_val = %s : f32} : (%s) -> %s %s"
            % (name, result, F32_MAX, t("?x%d" % n_out), t("?x%d" % n_out), loc))
        result = "%%%s_relu" % name
    return lines, result


def model_to_tosa(model):
    body, x = [], "%arg0"
    for name, n_in, n_out, relu in LAYERS:
        layer = getattr(model, name)
        lines, x = linear_layer_ir(name, layer.weight.detach().numpy(),
                                   layer.bias.detach().numpy(), x, n_in, n_out, relu)
        body += lines
    body.append("return %s : tensor<?x10xf32>" % x)
    return ("// Digits MLP 64-128-64-10 (ReLU), generated by prune-export-digits-mlp.\n"
            "module attributes {tosa.target_env = %s} {\n" % TARGET_ENV
            + "  func.func @forward(%arg0: tensor<?x64xf32>) -> tensor<?x10xf32> {\n"
            + "".join("    %s\n" % line for line in body) + "  }\n}\n")


def write_csv(path, x, y):
    with open(path, "w") as f:
        f.write("# %d samples: 64 features (pixel/16), label\n" % len(x))
        for row, label in zip(x, y):
            f.write(",".join("%.9g" % v for v in row) + ",%d\n" % label)


def main(argv=None):
    parser = argparse.ArgumentParser(prog="prune-export-digits-mlp", description=__doc__.split("\n")[0])
    parser.add_argument("--out-dir", default=common.EXAMPLES)
    args = parser.parse_args(argv)
    x_train, x_test, y_train, y_test = load_digits_split()
    start = time.time()
    model = train(x_train, y_train)
    with torch.no_grad():
        pred = model(torch.from_numpy(x_test)).argmax(dim=1).numpy()
    print("trained in %.1f s; PyTorch test accuracy: %.4f (%d/%d)"
          % (time.time() - start, (pred == y_test).mean(), (pred == y_test).sum(), len(y_test)))
    out = args.out_dir
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "digits_mlp.mlir"), "w") as f:
        f.write(model_to_tosa(model))
    write_csv(os.path.join(out, "digits_test.csv"), x_test, y_test)
    write_csv(os.path.join(out, "digits_train.csv"), x_train, y_train)
    with open(os.path.join(out, "digits_test_torch_predictions.txt"), "w") as f:
        f.write("".join("%d\n" % p for p in pred))


if __name__ == "__main__":
    main()
