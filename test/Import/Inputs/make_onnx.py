"""Writes small ONNX models for the importer's lit tests, built with onnx.helper
the way exporters write them (torch.onnx.export names nodes '/fc/Gemm').

    make_onnx.py NAME OUT.onnx
"""
import os
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

from onnx_builders import f32, model, rng, weight
from onnx_quantized_models import *  # noqa: F401,F403 (models by name)


def gemm():
    return model([helper.make_node("Gemm", ["x", "fc.weight", "fc.bias"], ["y"], name="/fc/Gemm",
                                   transB=1)],
                 [f32("x", "batch", 4)], [f32("y", "batch", 3)],
                 [weight("fc.weight", 3, 4), weight("fc.bias", 3)])


def conv_bn():
    bn = [weight("bn.%s" % p, 8) for p in ("scale", "bias", "mean")]
    bn.append(numpy_helper.from_array(rng.uniform(0.5, 2, 8).astype(np.float32), "bn.var"))
    bn2 = [numpy_helper.from_array(a.copy(), "bn2." + a.name[3:]) for a in
           (numpy_helper.to_array(t) for t in bn)] if False else \
        [numpy_helper.from_array(numpy_helper.to_array(t), "bn2." + t.name[3:]) for t in bn]
    return model([
        helper.make_node("Conv", ["x", "conv.weight", "conv.bias"], ["c"], name="/conv/Conv",
                         pads=[1, 1, 1, 1], kernel_shape=[3, 3]),
        helper.make_node("BatchNormalization", ["c", "bn.scale", "bn.bias", "bn.mean", "bn.var"],
                         ["b"], name="/bn/BatchNormalization", epsilon=1e-5),
        helper.make_node("Relu", ["b"], ["r"], name="/relu/Relu"),
        # Not after a conv: lowered to a multiply and an add.
        helper.make_node("BatchNormalization", ["r", "bn2.scale", "bn2.bias", "bn2.mean", "bn2.var"],
                         ["y"], name="/bn2/BatchNormalization"),
    ], [f32("x", "batch", 3, 8, 8)], [f32("y", "batch", 8, 8, 8)],
        [weight("conv.weight", 8, 3, 3, 3), weight("conv.bias", 8)] + bn + bn2)


def depthwise():
    return model([
        helper.make_node("Conv", ["x", "dw.weight"], ["y"], name="/dw/Conv", group=4,
                         kernel_shape=[3, 3], pads=[1, 1, 1, 1], strides=[2, 2]),
    ], [f32("x", 1, 4, 9, 9)], [f32("y", 1, 4, 5, 5)], [weight("dw.weight", 4, 1, 3, 3)])


def atrous():
    """DeepLab's ASPP on a small feature map: of a 3x3 convolution of
    dilation 4 (padding 4) on 3x5 only the centre row of taps reads the
    input (every column does); of a dilation-2 depthwise 5x5 (padding 4)
    rows 1-3 and every column; a strided 3x3 keeps every tap."""
    return model([
        helper.make_node("Conv", ["x", "aspp.weight", "aspp.bias"], ["a"], name="/aspp/Conv",
                         kernel_shape=[3, 3], dilations=[4, 4], pads=[4, 4, 4, 4]),
        helper.make_node("Conv", ["a", "dw.weight"], ["d"], name="/dw/Conv", group=4,
                         kernel_shape=[5, 5], dilations=[2, 2], pads=[4, 4, 4, 4]),
        helper.make_node("Conv", ["d", "s.weight"], ["y"], name="/s/Conv", kernel_shape=[3, 3],
                         strides=[2, 2], pads=[1, 1, 1, 1]),
    ], [f32("x", "batch", 3, 3, 5)], [f32("y", "batch", 2, 2, 3)],
        [weight("aspp.weight", 4, 3, 3, 3), weight("aspp.bias", 4), weight("dw.weight", 4, 1, 5, 5),
         weight("s.weight", 2, 4, 3, 3)])


def pools():
    return model([
        # 7 -> 3 with floor rounding: TOSA wants exact windows, so the last
        # row and column are dropped.
        helper.make_node("MaxPool", ["x"], ["m"], name="/pool/MaxPool", kernel_shape=[3, 3],
                         strides=[2, 2]),
        helper.make_node("AveragePool", ["m"], ["a"], name="/avg/AveragePool", kernel_shape=[3, 3],
                         pads=[1, 1, 1, 1], count_include_pad=1),
        helper.make_node("GlobalAveragePool", ["a"], ["g"], name="/gap/GlobalAveragePool"),
        helper.make_node("Flatten", ["g"], ["y"], name="/flatten/Flatten"),
    ], [f32("x", "batch", 2, 8, 8)], [f32("y", "batch", 2)])


def ceil_pools(count_declared_pads=False):
    """ceil_mode pools as torch exports AvgPool2d(3, 2, ceil_mode=True)
    (count_include_pad=1, no pads: 8 -> 4) and nn.AvgPool2d(2, 2, padding=1,
    ceil_mode=True, count_include_pad=False) on one side (4 -> 3), then a
    ceil_mode MaxPool (3 -> 2)."""
    return model([
        helper.make_node("AveragePool", ["x"], ["a"], name="/a/AveragePool", kernel_shape=[3, 3],
                         strides=[2, 2], ceil_mode=1, count_include_pad=1),
        helper.make_node("AveragePool", ["a"], ["b"], name="/b/AveragePool", kernel_shape=[2, 2],
                         strides=[2, 2], ceil_mode=1, pads=[1, 1, 0, 0],
                         count_include_pad=int(count_declared_pads)),
        helper.make_node("MaxPool", ["b"], ["y"], name="/m/MaxPool", kernel_shape=[2, 2],
                         strides=[2, 2], ceil_mode=1),
    ], [f32("x", "batch", 2, 8, 8)], [f32("y", "batch", 2, 2, 2)])


def ceil_pool_counting_pads():
    return ceil_pools(count_declared_pads=True)


def shapes():
    """x.reshape(x.shape[0], 4, -1) as torch exports it with a dynamic batch."""
    c = lambda name, v: helper.make_node("Constant", [], [name], name="/" + name,
                                         value=numpy_helper.from_array(np.array(v, np.int64)))
    return model([
        helper.make_node("Shape", ["x"], ["s"], name="/Shape"),
        c("i0", 0),
        helper.make_node("Gather", ["s", "i0"], ["b"], name="/Gather", axis=0),
        c("ax", [0]),
        helper.make_node("Unsqueeze", ["b", "ax"], ["bu"], name="/Unsqueeze"),
        c("rest", [4, -1]),
        helper.make_node("Concat", ["bu", "rest"], ["shape"], name="/Concat", axis=0),
        helper.make_node("Reshape", ["x", "shape"], ["y"], name="/Reshape"),
    ], [f32("x", "batch", 8, 3)], [f32("y", "batch", 4, 6)])


def transformer_ops():
    return model([
        helper.make_node("LayerNormalization", ["x", "ln.weight", "ln.bias"], ["n"],
                         name="/ln/LayerNormalization", axis=-1, epsilon=1e-5),
        helper.make_node("Softmax", ["n"], ["s"], name="/Softmax", axis=-1),
        helper.make_node("Erf", ["s"], ["y"], name="/Erf"),
    ], [f32("x", "batch", 5, 6)], [f32("y", "batch", 5, 6)],
        [weight("ln.weight", 6), weight("ln.bias", 6)])


def torch_pad():
    """nn.ZeroPad2d((1, 2, 0, 1)) -> Conv2d(4, 4, 3) as torch.onnx writes it
    (opset 13): the pads [left, right, top, bottom] go through a constant
    subgraph - zeros for N and C appended, reshaped to pairs, reversed by a
    Slice of step -1, transposed, flattened - into ONNX's begin/end order."""
    c = lambda name, v: helper.make_node(
        "Constant", [], [name], name="/" + name, value=numpy_helper.from_array(np.array(v, np.int64)))
    nodes = [
        c("n4", [4]), c("pads", [1, 2, 0, 1]),
        helper.make_node("ConstantOfShape", ["n4"], ["zeros"], name="/ConstantOfShape",
                         value=numpy_helper.from_array(np.array([0], np.int64))),
        helper.make_node("Concat", ["pads", "zeros"], ["all"], name="/Concat", axis=0),
        c("pairs", [-1, 2]),
        helper.make_node("Reshape", ["all", "pairs"], ["p2"], name="/Reshape"),
        c("s_axes", [0]), c("s_starts", [-1]), c("s_ends", [-9223372036854775807]), c("s_steps", [-1]),
        helper.make_node("Slice", ["p2", "s_starts", "s_ends", "s_axes", "s_steps"], ["rev"],
                         name="/Slice"),
        helper.make_node("Transpose", ["rev"], ["t"], name="/Transpose", perm=[1, 0]),
        c("flat", [-1]),
        helper.make_node("Reshape", ["t", "flat"], ["onnx_pads"], name="/Reshape_1"),
        helper.make_node("Pad", ["x", "onnx_pads"], ["padded"], name="/Pad", mode="constant"),
        helper.make_node("Conv", ["padded", "conv.weight", "conv.bias"], ["y"], name="/conv/Conv",
                         kernel_shape=[3, 3]),
    ]
    return model(nodes, [f32("x", 2, 4, 8, 8)], [f32("y", 2, 4, 7, 9)],
                 [weight("conv.weight", 4, 4, 3, 3), weight("conv.bias", 4)], opset=13)


def border_pads():
    """nn.ReflectionPad2d((1, 2, 2, 1)) after a convolution (channels-last)
    and nn.ReplicationPad2d((0, 3, 1, 0)) on the graph input's layout, with
    the pads as initializers (opset 13)."""
    pads = lambda name, v: numpy_helper.from_array(np.array(v, np.int64), name)
    return model([
        helper.make_node("Conv", ["x", "c.weight"], ["c"], name="/c/Conv", kernel_shape=[1, 1]),
        helper.make_node("Pad", ["c", "reflect_pads"], ["r"], name="/reflect/Pad", mode="reflect"),
        helper.make_node("Pad", ["x", "edge_pads"], ["e"], name="/edge/Pad", mode="edge"),
        helper.make_node("ReduceMean", ["e"], ["m"], name="/m/ReduceMean", axes=[2, 3], keepdims=1),
        helper.make_node("Add", ["r", "m"], ["y"], name="/add/Add"),
    ], [f32("x", "batch", 2, 4, 5)], [f32("y", "batch", 2, 7, 8)],
        [weight("c.weight", 2, 2, 1, 1), pads("reflect_pads", [0, 0, 2, 1, 0, 0, 1, 2]),
         pads("edge_pads", [0, 0, 1, 0, 0, 0, 0, 3])], opset=13)


def wrap_pad():
    pads = numpy_helper.from_array(np.array([0, 0, 0, 1, 0, 0, 0, 1], np.int64), "pads")
    return model([helper.make_node("Pad", ["x", "pads"], ["y"], name="/wrap/Pad", mode="wrap")],
                 [f32("x", 1, 2, 3, 4)], [f32("y", 1, 2, 3, 6)], [pads], opset=19)


def reflect_too_wide():
    pads = numpy_helper.from_array(np.array([0, 0, 0, 4, 0, 0, 0, 0], np.int64), "pads")
    return model([helper.make_node("Pad", ["x", "pads"], ["y"], name="/reflect/Pad", mode="reflect")],
                 [f32("x", 1, 2, 3, 4)], [f32("y", 1, 2, 3, 8)], [pads], opset=13)


def depth_space():
    """A pixel_shuffle upsampler (DepthToSpace mode=CRD, as torch writes it)
    after a convolution, then SpaceToDepth and DepthToSpace mode=DCR (ONNX's
    default, as TensorFlow converters write it)."""
    return model([
        helper.make_node("Conv", ["x", "c.weight"], ["c"], name="/c/Conv", kernel_shape=[1, 1]),
        helper.make_node("DepthToSpace", ["c"], ["u"], name="/shuffle/DepthToSpace", blocksize=2,
                         mode="CRD"),
        helper.make_node("SpaceToDepth", ["u"], ["d"], name="/s2d/SpaceToDepth", blocksize=2),
        helper.make_node("DepthToSpace", ["d"], ["y"], name="/d2s/DepthToSpace", blocksize=2),
    ], [f32("x", "batch", 3, 4, 5)], [f32("y", "batch", 2, 8, 10)], [weight("c.weight", 8, 3, 1, 1)])


def logic_ops():
    """Comparisons and booleans on computed tensors, as torch writes
    torch.where(c > 0, c, 0.1 * c), (x <= 0.5).float() and masks combined
    with ~, &, | and ^ (and a constant channel mask): one operand
    channels-last (after the Conv), the other in the input's layout."""
    f = lambda name, v: numpy_helper.from_array(np.array(v, np.float32), name)
    n = lambda op, ins, out, **kw: helper.make_node(op, ins, [out], name="/%s/%s" % (out, op), **kw)
    return model([
        n("Conv", ["x", "c.weight"], "c", kernel_shape=[1, 1]),
        n("Greater", ["c", "zero"], "pos"),
        n("Mul", ["c", "tenth"], "leak"),
        n("Where", ["pos", "c", "leak"], "w"),
        n("LessOrEqual", ["x", "half"], "le"),
        n("Not", ["le"], "gt"),
        n("And", ["pos", "gt"], "both"),
        n("GreaterOrEqual", ["c", "x"], "ge"),
        n("Less", ["x", "zero"], "neg"),
        n("Or", ["ge", "neg"], "either"),
        n("Equal", ["c", "zero"], "eq"),
        n("Xor", ["either", "eq"], "odd"),
        n("Or", ["both", "odd"], "mask"),
        n("Cast", ["mask"], "mf", to=TensorProto.FLOAT),
        n("Where", ["le", "mf", "three"], "m3"),
        n("And", ["mask", "channel_mask"], "masked"),
        n("Where", ["masked", "m3", "w"], "m4"),
        n("Where", ["channel_mask", "m4", "c"], "m5"),
        n("Add", ["w", "m5"], "y"),
    ], [f32("x", "batch", 3, 4, 5)], [f32("y", "batch", 3, 4, 5)],
        [weight("c.weight", 3, 3, 1, 1), f("zero", 0.0), f("tenth", 0.1), f("half", 0.5),
         f("three", 3.0),
         numpy_helper.from_array(np.array([True, False, True]).reshape(1, 3, 1, 1), "channel_mask")])


def boolean_misuse(kind):
    """A comparison's result read by an Add, or returned."""
    nodes = [helper.make_node("Greater", ["x", "zero"], ["pos"], name="/pos/Greater")]
    if kind == "add":
        nodes.append(helper.make_node("Add", ["pos", "pos"], ["y"], name="/y/Add"))
    out = "y" if kind == "add" else "pos"
    return model(nodes, [f32("x", 2, 3)],
                 [helper.make_tensor_value_info(out, TensorProto.BOOL, [2, 3])],
                 [numpy_helper.from_array(np.array(0.0, np.float32), "zero")])


def boolean_add():
    return boolean_misuse("add")


def boolean_output():
    return boolean_misuse("output")


def arg_extremes(to_float=True):
    """ArgMax over the channels of a convolution's output (a segmentation
    head's tail) and ArgMin over the last axis, keepdims 0 and 1; as floats
    (Cast) or the indices themselves (int64 in ONNX)."""
    n = lambda op, ins, out, **kw: helper.make_node(op, ins, [out], name="/%s/%s" % (out, op), **kw)
    nodes = [
        n("Conv", ["x", "c.weight"], "c", kernel_shape=[1, 1]),
        n("ArgMax", ["c"], "label", axis=1, keepdims=0),
    ]
    if not to_float:
        return model(nodes, [f32("x", "batch", 3, 4, 5)],
                     [helper.make_tensor_value_info("label", TensorProto.INT64, ["batch", 4, 5])],
                     [weight("c.weight", 3, 3, 1, 1)])
    nodes += [
        n("ArgMin", ["x"], "lowest", axis=-1, keepdims=1),
        n("Cast", ["label"], "label_f", to=TensorProto.FLOAT),
        n("Cast", ["lowest"], "lowest_f", to=TensorProto.FLOAT),
        n("Unsqueeze", ["label_f", "one"], "label_u"),
        n("Add", ["label_u", "lowest_f"], "y"),
    ]
    return model(nodes, [f32("x", "batch", 3, 4, 5)], [f32("y", "batch", 3, 4, 1)],
                 [weight("c.weight", 3, 3, 1, 1),
                  numpy_helper.from_array(np.array([1], np.int64), "one")])


def integer_compare():
    """(y.argmax(1) == 1).float() and torch.where(x.int() < 1, x, -1.0): the
    comparisons of computed integers, and Cast to int32, which truncates
    toward zero."""
    n = lambda op, ins, out, **kw: helper.make_node(op, ins, [out], name="/%s/%s" % (out, op), **kw)
    t = lambda name, v, dtype: numpy_helper.from_array(np.array(v, dtype), name)
    return model([
        n("Conv", ["x", "c.weight"], "c", kernel_shape=[1, 1]),
        n("ArgMax", ["c"], "label", axis=1, keepdims=1),
        n("Equal", ["label", "one64"], "is_one"),
        n("Cast", ["is_one"], "is_one_f", to=TensorProto.FLOAT),
        n("Cast", ["x"], "xi", to=TensorProto.INT32),
        n("Less", ["xi", "one32"], "small"),
        n("Where", ["small", "x", "minus_one"], "w"),
        n("Add", ["w", "is_one_f"], "y"),
    ], [f32("x", "batch", 3, 4, 5)], [f32("y", "batch", 3, 4, 5)],
        [weight("c.weight", 3, 3, 1, 1), t("one64", 1, np.int64), t("one32", 1, np.int32),
         t("minus_one", -1.0, np.float32)])


def arg_extremes_last():
    """select_last_index=1 on ties: ArgMax over the channels and ArgMin over
    the last axis of Round(x), whose values repeat."""
    n = lambda op, ins, out, **kw: helper.make_node(op, ins, [out], name="/%s/%s" % (out, op), **kw)
    return model([
        n("Round", ["x"], "r"),
        n("ArgMax", ["r"], "label", axis=1, keepdims=1, select_last_index=1),
        n("ArgMin", ["r"], "lowest", axis=-1, keepdims=1, select_last_index=1),
        n("Cast", ["label"], "label_f", to=TensorProto.FLOAT),
        n("Cast", ["lowest"], "lowest_f", to=TensorProto.FLOAT),
        n("Add", ["label_f", "lowest_f"], "y"),
    ], [f32("x", "batch", 3, 4, 5)], [f32("y", "batch", 3, 4, 5)])


def arg_max_labels():
    return arg_extremes(to_float=False)


def split_ops():
    """torch.split / chunk as torch.onnx writes them (opset 13): Split with a
    sizes input (2, 4, 2) on a dynamic batch, and an even Split without one,
    the pieces recombined."""
    sizes = numpy_helper.from_array(np.array([2, 4, 2], np.int64), "sizes")
    return model([
        helper.make_node("Split", ["x", "sizes"], ["a", "b", "c"], name="/split", axis=1),
        helper.make_node("Split", ["b"], ["b0", "b1"], name="/chunk", axis=-1),
        helper.make_node("Mul", ["b0", "b1"], ["m"], name="/mul"),
        helper.make_node("Concat", ["c", "a", "m"], ["y"], name="/cat", axis=1),
    ], [f32("x", "batch", 8)], [f32("y", "batch", 6)], [sizes], opset=13)


def group_norm():
    """nn.GroupNorm(2, 4) then nn.InstanceNorm2d(4, affine=True) as torch.onnx
    writes them (opset 13): the group norm as a reshape to [N, 2, -1],
    InstanceNormalization with unit scale and zero bias, a reshape back to
    the input's shape and the affine Mul and Add; the instance norm with its
    own scale and bias."""
    c = lambda name, v, t: helper.make_node(
        "Constant", [], [name], name="/" + name, value=numpy_helper.from_array(np.array(v, t)))
    return model([
        c("groups", [0, 2, -1], np.int64), c("ones", [1.0, 1.0], np.float32),
        c("zeros", [0.0, 0.0], np.float32),
        helper.make_node("Reshape", ["x", "groups"], ["xg"], name="/gn/Reshape"),
        helper.make_node("InstanceNormalization", ["xg", "ones", "zeros"], ["ng"],
                         name="/gn/InstanceNormalization", epsilon=1e-5),
        helper.make_node("Shape", ["x"], ["xs"], name="/gn/Shape"),
        helper.make_node("Reshape", ["ng", "xs"], ["n"], name="/gn/Reshape_1"),
        helper.make_node("Mul", ["n", "gn.weight"], ["m"], name="/gn/Mul"),
        helper.make_node("Add", ["m", "gn.bias"], ["g"], name="/gn/Add"),
        helper.make_node("InstanceNormalization", ["g", "in.weight", "in.bias"], ["y"],
                         name="/in/InstanceNormalization", epsilon=1e-5),
    ], [f32("x", "batch", 4, 5, 5)], [f32("y", "batch", 4, 5, 5)],
        [weight("gn.weight", 4, 1, 1), weight("gn.bias", 4, 1, 1), weight("in.weight", 4),
         weight("in.bias", 4)], opset=13)


def activations():
    """The activations torchvision and timm models export besides Relu
    (Selu and Celu first, where the input still has both signs)."""
    nodes, prev = [], "x"
    for i, (op, attrs) in enumerate([("Selu", {}), ("Celu", {"alpha": 2.0}),
                                     ("HardSigmoid", {"alpha": 1 / 6, "beta": 0.5}),
                                     ("HardSwish", {}), ("LeakyRelu", {"alpha": 0.1}),
                                     ("Elu", {"alpha": 1.0}), ("Softplus", {}),
                                     ("PRelu", None), ("LogSoftmax", {"axis": -1})]):
        inputs = [prev, "slope"] if op == "PRelu" else [prev]
        nodes.append(helper.make_node(op, inputs, ["a%d" % i], name="/%s" % op, **(attrs or {})))
        prev = "a%d" % i
    nodes.append(helper.make_node("Identity", [prev], ["y"], name="/out"))
    return model(nodes, [f32("x", "batch", 3, 4, 4)], [f32("y", "batch", 3, 4, 4)],
                 [numpy_helper.from_array(np.array([[[0.25]], [[0.5]], [[-0.1]]], np.float32), "slope")])


def grouped_pad():
    """A grouped convolution (2 groups, as ResNeXt and ShuffleNet use) after
    a Pad, and the all-zero Pad torch writes before AvgPool2d(2, 2)."""
    zeros = numpy_helper.from_array(np.zeros(8, np.int64), "zero_pads")
    pads = numpy_helper.from_array(np.array([0, 0, 1, 1, 0, 0, 1, 1], np.int64), "pads")
    return model([
        helper.make_node("Pad", ["x", "pads"], ["p"], name="/pad/Pad", mode="constant"),
        helper.make_node("Conv", ["p", "g.weight", "g.bias"], ["c"], name="/grouped/Conv", group=2,
                         kernel_shape=[3, 3]),
        helper.make_node("Pad", ["c", "zero_pads"], ["z"], name="/pool/Pad"),
        helper.make_node("AveragePool", ["z"], ["y"], name="/pool/AveragePool", kernel_shape=[2, 2],
                         strides=[2, 2]),
    ], [f32("x", "batch", 4, 6, 6)], [f32("y", "batch", 6, 3, 3)],
        [pads, zeros, weight("g.weight", 6, 2, 3, 3), weight("g.bias", 6)])


def grouped_strided():
    """Grouped convolutions of other shapes: 3 groups of 4 input and 2
    output channels with a stride and a dilation, ReLU, then a grouped 1x1
    (ShuffleNet v1's pointwise form)."""
    return model([
        helper.make_node("Conv", ["x", "a.weight", "a.bias"], ["a"], name="/a/Conv", group=3,
                         kernel_shape=[3, 3], pads=[1, 2, 1, 2], strides=[2, 2],
                         dilations=[1, 2]),
        helper.make_node("Relu", ["a"], ["r"], name="/relu/Relu"),
        helper.make_node("Conv", ["r", "b.weight", "b.bias"], ["y"], name="/b/Conv", group=2,
                         kernel_shape=[1, 1]),
    ], [f32("x", "batch", 12, 9, 9)], [f32("y", "batch", 8, 5, 5)],
        [weight("a.weight", 6, 4, 3, 3), weight("a.bias", 6), weight("b.weight", 8, 3, 1, 1),
         weight("b.bias", 8)])


def conv1d():
    """Conv1d -> BatchNorm1d -> Relu -> MaxPool1d -> GlobalAveragePool on [N, C, L]
    (audio and time-series models)."""
    bn = [numpy_helper.from_array(a, "bn." + n) for n, a in (
        ("scale", rng.uniform(0.5, 1.5, 6).astype(np.float32)),
        ("bias", rng.standard_normal(6).astype(np.float32)),
        ("mean", rng.standard_normal(6).astype(np.float32)),
        ("var", rng.uniform(0.5, 2, 6).astype(np.float32)))]
    return model([
        helper.make_node("Conv", ["x", "conv.weight", "conv.bias"], ["c"], name="/conv/Conv",
                         kernel_shape=[5], pads=[2, 2], strides=[2]),
        helper.make_node("BatchNormalization", ["c", "bn.scale", "bn.bias", "bn.mean", "bn.var"],
                         ["b"], name="/bn/BatchNormalization"),
        helper.make_node("Relu", ["b"], ["r"], name="/relu/Relu"),
        helper.make_node("MaxPool", ["r"], ["m"], name="/pool/MaxPool", kernel_shape=[2], strides=[2]),
        helper.make_node("GlobalAveragePool", ["m"], ["y"], name="/gap/GlobalAveragePool"),
    ], [f32("x", "batch", 3, 40)], [f32("y", "batch", 6, 1)],
        [weight("conv.weight", 6, 3, 5), weight("conv.bias", 6)] + bn)


def class_token():
    """torch's cls.expand(x.shape[0], -1, -1) with a dynamic batch (ViT class
    tokens): Shape -> Gather -> Concat into an Expand, then Concat."""
    c = lambda name, v: helper.make_node("Constant", [], [name], name="/" + name,
                                         value=numpy_helper.from_array(np.array(v, np.int64)))
    return model([
        helper.make_node("Shape", ["x"], ["s"], name="/Shape"),
        c("i0", [0]),
        helper.make_node("Gather", ["s", "i0"], ["b"], name="/Gather", axis=0),
        c("rest", [1, 1]),  # torch writes -1 and turns it into 1 with Where
        helper.make_node("Concat", ["b", "rest"], ["shape"], name="/Concat", axis=0),
        helper.make_node("Expand", ["cls", "shape"], ["e"], name="/Expand"),
        helper.make_node("Concat", ["e", "x"], ["y"], name="/cat/Concat", axis=1),
    ], [f32("x", "batch", 4, 8)], [f32("y", "batch", 5, 8)], [weight("cls", 1, 1, 8)])


def batch_constants():
    """torch.where(x > 0, x, torch.zeros_like(x)) and a ones_like mask with
    a dynamic batch: ConstantOfShape of Shape(x), a float and a bool."""
    t = lambda name, v, dtype: numpy_helper.from_array(np.array(v, dtype), name)
    return model([
        helper.make_node("Shape", ["x"], ["s"], name="/Shape"),
        helper.make_node("ConstantOfShape", ["s"], ["zeros"], name="/zeros/ConstantOfShape",
                         value=t("value", [0.0], np.float32)),
        helper.make_node("ConstantOfShape", ["s"], ["all"], name="/all/ConstantOfShape",
                         value=t("value", [True], np.bool_)),
        helper.make_node("Greater", ["x", "zero"], ["pos"], name="/pos/Greater"),
        helper.make_node("And", ["pos", "all"], ["mask"], name="/mask/And"),
        helper.make_node("Where", ["mask", "x", "zeros"], ["y"], name="/y/Where"),
    ], [f32("x", "batch", 4, 8)], [f32("y", "batch", 4, 8)],
        [t("zero", 0.0, np.float32)])


def embedding():
    """A BERT-style input: int64 token ids of a dynamic batch looked up in an
    embedding table (Gather at computed indices; negative ids count from the
    end), masked where the id is 0: (ids != 0).float()."""
    n = lambda op, ins, out, **kw: helper.make_node(op, ins, [out], name="/%s/%s" % (out, op), **kw)
    i64 = lambda name, v: numpy_helper.from_array(np.array(v, np.int64), name)
    return model([
        n("Gather", ["table", "ids"], "e", axis=0),
        n("Equal", ["ids", "zero"], "pad"),
        n("Not", ["pad"], "real"),
        n("Cast", ["real"], "mask", to=TensorProto.FLOAT),
        n("Unsqueeze", ["mask", "last"], "mask3"),
        n("Mul", ["e", "mask3"], "y"),
    ], [helper.make_tensor_value_info("ids", TensorProto.INT64, ["batch", 5])],
        [f32("y", "batch", 5, 4)],
        [weight("table", 10, 4), i64("zero", 0), i64("last", [2])])


def integer_casts():
    """An int64 attention mask (a graph input, not a comparison's result)
    cast to float, and computed numbers cast to bool: ids.float(),
    ids.bool().float(), (0.5 * ids).bool().float() (ids in [-10, 9]; 0.5 *
    ids is 0 only at 0)."""
    n = lambda op, ins, out, **kw: helper.make_node(op, ins, [out], name="/%s/%s" % (out, op), **kw)
    return model([
        n("Cast", ["ids"], "a", to=TensorProto.FLOAT),
        n("Cast", ["ids"], "m", to=TensorProto.BOOL),
        n("Cast", ["m"], "mf", to=TensorProto.FLOAT),
        n("Mul", ["a", "half"], "h"),
        n("Cast", ["h"], "hb", to=TensorProto.BOOL),
        n("Cast", ["hb"], "hf", to=TensorProto.FLOAT),
        n("Add", ["a", "mf"], "s"),
        n("Mul", ["s", "hf"], "y"),
    ], [helper.make_tensor_value_info("ids", TensorProto.INT64, ["batch", 5])],
        [f32("y", "batch", 5)],
        [numpy_helper.from_array(np.array(0.5, np.float32), "half")])


def cast_to_int64():
    """A computed float cast to int64 (truncated toward zero, through
    int32) and back, and a comparison's boolean cast to int64 (mask.long())
    added to it."""
    n = lambda op, ins, out, **kw: helper.make_node(op, ins, [out], name="/%s/%s" % (out, op), **kw)
    return model([
        n("Cast", ["x"], "i", to=TensorProto.INT64),
        n("Greater", ["x", "zero"], "positive"),
        n("Cast", ["positive"], "p", to=TensorProto.INT64),
        n("Add", ["i", "p"], "s"),
        n("Cast", ["s"], "y", to=TensorProto.FLOAT),
    ], [f32("x", "batch", 5)], [f32("y", "batch", 5)],
        [numpy_helper.from_array(np.array(0.0, np.float32), "zero")])


def position_ids():
    """RoBERTa's position ids from token ids (padding id 1), as
    torch.onnx.export writes create_position_ids_from_input_ids: mask =
    ids != 1 as int32, cumsum(mask, 1) * mask, cast to int64, + 1; the
    positions and the ids then index two embedding tables, and the sum is
    clamped by Max/Min of int32 products of the mask (integer arithmetic on
    computed tensors)."""
    n = lambda op, ins, out, **kw: helper.make_node(op, ins, [out], name="/%s/%s" % (out, op), **kw)
    rng = np.random.default_rng(7)
    c = lambda name, v: numpy_helper.from_array(np.array(v), name)
    return model([
        n("Equal", ["ids", "pad"], "is_pad"),
        n("Not", ["is_pad"], "keep"),
        n("Cast", ["keep"], "mask", to=TensorProto.INT32),
        n("CumSum", ["mask", "axis"], "counted"),
        n("Mul", ["counted", "mask"], "incremental"),
        n("Max", ["incremental", "zero32"], "floored"),
        n("Min", ["floored", "last32"], "clamped"),
        n("Cast", ["clamped"], "long", to=TensorProto.INT64),
        n("Add", ["long", "pad"], "positions"),
        n("Gather", ["pos_table", "positions"], "pos"),
        n("Gather", ["tok_table", "ids"], "tok"),
        n("Add", ["pos", "tok"], "y"),
    ], [helper.make_tensor_value_info("ids", TensorProto.INT64, ["batch", 8])],
        [f32("y", "batch", 8, 4)],
        [c("pad", np.int64(1)), c("axis", np.int64(1)), c("zero32", np.int32(0)),
         c("last32", np.int32(7)),
         numpy_helper.from_array(rng.standard_normal((10, 4)).astype(np.float32), "pos_table"),
         numpy_helper.from_array(rng.standard_normal((20, 4)).astype(np.float32), "tok_table")])


def causal_mask():
    """A GPT-style causal mask: a registered lower-triangular buffer [1, 1,
    6, 6] sliced to the sequence length, cast to bool, and Where(mask, 0,
    -100) of constants with broadcasting ([1, 1, 4, 4], a scalar, [4, 4]),
    added to the scores."""
    n = lambda op, ins, out, **kw: helper.make_node(op, ins, [out], name="/%s/%s" % (out, op), **kw)
    i64 = lambda name, v: numpy_helper.from_array(np.array(v, np.int64), name)
    tril = numpy_helper.from_array(np.tril(np.ones((1, 1, 6, 6), np.float32)), "tril")
    return model([
        n("Slice", ["tril", "starts", "ends", "axes"], "sliced"),
        n("Cast", ["sliced"], "mask", to=TensorProto.BOOL),
        n("ConstantOfShape", ["size"], "neg", value=numpy_helper.from_array(np.array([-100.0], np.float32))),
        n("Where", ["mask", "zero", "neg"], "bias"),
        n("Add", ["x", "bias"], "y"),
    ], [f32("x", "batch", 2, 4, 4)], [f32("y", "batch", 2, 4, 4)],
        [tril, i64("starts", [0, 0]), i64("ends", [4, 4]), i64("axes", [2, 3]),
         i64("size", [4, 4]), numpy_helper.from_array(np.array(0.0, np.float32), "zero")])


def bool_input():
    """A bool graph input (a key padding mask) read by Where and Not."""
    n = lambda op, ins, out, **kw: helper.make_node(op, ins, [out], name="/%s/%s" % (out, op), **kw)
    const = lambda name, v: numpy_helper.from_array(np.array(v, np.float32), name)
    return model([
        n("Where", ["mask", "a", "b"], "w"),
        n("Not", ["mask"], "keep"),
        n("Cast", ["keep"], "kf", to=TensorProto.FLOAT),
        n("Add", ["w", "kf"], "y"),
    ], [helper.make_tensor_value_info("mask", TensorProto.BOOL, ["batch", 5])],
        [f32("y", "batch", 5)],
        [const("a", [1.0, 2.0, 3.0, 4.0, 5.0]), const("b", [-1.0, -2.0, -3.0, -4.0, -5.0])])


def merged_batch_splat():
    """ones_like of a value whose dynamic rows are 4 times the batch (a
    Reshape merged batch and heads, as attention does): [B, 4, 6] -> [4B,
    6], ConstantOfShape(Shape(.)) added to it."""
    n = lambda op, ins, out, **kw: helper.make_node(op, ins, [out], name="/%s/%s" % (out, op), **kw)
    i64 = lambda name, v: numpy_helper.from_array(np.array(v, np.int64), name)
    return model([
        n("Reshape", ["x", "rows"], "r"),
        n("Shape", ["r"], "s"),
        n("ConstantOfShape", ["s"], "ones", value=numpy_helper.from_array(np.array([1.0], np.float32))),
        n("Add", ["r", "ones"], "y"),
    ], [f32("x", "batch", 4, 6)], [f32("y", "rows", 6)], [i64("rows", [-1, 6])])


def merged_batch_arith():
    """merged_batch_splat with the rows computed from the Shape, as
    nn.MultiheadAttention exports them: Reshape(x, [B * 4, 6])."""
    n = lambda op, ins, out, **kw: helper.make_node(op, ins, [out], name="/%s/%s" % (out, op), **kw)
    i64 = lambda name, v: numpy_helper.from_array(np.array(v, np.int64), name)
    return model([
        n("Shape", ["x"], "xs"),
        n("Gather", ["xs", "zero"], "b", axis=0),
        n("Mul", ["b", "four"], "b4"),
        n("Unsqueeze", ["b4", "axis0"], "b4v"),
        n("Concat", ["b4v", "six"], "target", axis=0),
        n("Reshape", ["x", "target"], "r"),
        n("Shape", ["r"], "s"),
        n("ConstantOfShape", ["s"], "ones", value=numpy_helper.from_array(np.array([1.0], np.float32))),
        n("Add", ["r", "ones"], "y"),
    ], [f32("x", "batch", 4, 6)], [f32("y", "rows", 6)],
        [i64("zero", 0), i64("four", 4), i64("axis0", [0]), i64("six", [6])])


def norm_reductions():
    """F.normalize (x / ReduceL2 over the last axis), ReduceL1 over axis 1
    and ReduceSumSquare over the last axis, with a constant ReduceL2 folded
    on the host."""
    n = lambda op, ins, out, **kw: helper.make_node(op, ins, [out], name="/%s/%s" % (out, op), **kw)
    const = lambda name, v: numpy_helper.from_array(np.array(v, np.float32), name)
    return model([
        n("ReduceL2", ["x"], "l2", axes=[-1], keepdims=1),
        n("Div", ["x", "l2"], "unit"),
        n("ReduceL1", ["x"], "l1", axes=[1], keepdims=1),
        n("ReduceSumSquare", ["x"], "ss", axes=[2], keepdims=1),
        n("ReduceL2", ["c"], "cl2", keepdims=0),
        n("Mul", ["l1", "ss"], "p"),
        n("Add", ["unit", "p"], "q"),
        n("Add", ["q", "cl2"], "y"),
    ], [f32("x", "batch", 3, 4)], [f32("y", "batch", 3, 4)],
        [const("c", [[3.0, 4.0], [0.0, 0.0]])])


def two_dynamic():
    """An input with a dynamic batch and a dynamic sequence length."""
    return model([helper.make_node("Relu", ["x"], ["y"], name="/Relu")],
                 [f32("x", "batch", "seq", 4)], [f32("y", "batch", "seq", 4)], [])


def crop_pads():
    """Pad with negative pads (a crop) after a convolution (channels-last),
    then Pad with an axes input (opset 18) in edge mode."""
    i64 = lambda name, v: numpy_helper.from_array(np.array(v, np.int64), name)
    return model([
        helper.make_node("Conv", ["x", "c.weight"], ["c"], name="/c/Conv", kernel_shape=[1, 1]),
        helper.make_node("Pad", ["c", "pads", "half"], ["p"], name="/p/Pad"),
        helper.make_node("Pad", ["p", "axis_pads", "", "axes"], ["y"], name="/q/Pad", mode="edge"),
    ], [f32("x", "batch", 2, 6, 7)], [f32("y", "batch", 2, 6, 9)],
        [weight("c.weight", 2, 2, 1, 1), i64("pads", [0, 0, -1, 2, 0, 0, 1, -2]),
         numpy_helper.from_array(np.array(0.5, np.float32), "half"),
         i64("axis_pads", [1, 1]), i64("axes", [-1])], opset=18)


def einsum_ops():
    """Einsum as torch.einsum writes it: against a weight (bij,jk->bik, and
    with an ellipsis), attention's scores and mix (bij,bkj->bik,
    bik,bkj->bij), a transpose (bij->bji), two contracted indices against
    a weight (bji,ijk->bk), an implicit output (ij,jk), a weight on the
    left of the dynamic batch (ck,bjc->bjk) and sums over an index of one
    operand (bij->bi, bij,bik->bk); summed to one [B, 4, 5] output."""
    n = lambda op, ins, out, **kw: helper.make_node(op, ins, [out], name="/%s/%s" % (out, op), **kw)
    return model([
        n("Einsum", ["x", "w"], "a", equation="bij,jk->bik"),
        n("Einsum", ["x", "x"], "q", equation="bij,bkj->bik"),
        n("Einsum", ["q", "x"], "h", equation="bik , bkj -> bij"),
        n("Einsum", ["h"], "t", equation="bij->bji"),
        n("Einsum", ["t", "v"], "r", equation="bji,ijk->bk"),
        n("Einsum", ["x", "w"], "e", equation="...ij,jk->...ik"),
        n("Einsum", ["m", "w"], "c", equation="ij,jk"),
        n("Einsum", ["w", "x"], "f", equation="ck,bjc->bjk"),
        n("Einsum", ["x"], "rows", equation="bij->bi"),
        n("Einsum", ["x", "q"], "g", equation="bij,bik->bk"),
        n("Unsqueeze", ["r", "one"], "r3"),
        n("Add", ["rows", "g"], "rg"),
        n("Unsqueeze", ["rg", "two"], "rg3"),
        n("Add", ["a", "e"], "ae"),
        n("Add", ["ae", "r3"], "aer"),
        n("Add", ["aer", "c"], "aerc"),
        n("Add", ["aerc", "f"], "aercf"),
        n("Add", ["aercf", "rg3"], "y"),
    ], [f32("x", "batch", 4, 6)], [f32("y", "batch", 4, 5)],
        [weight("w", 6, 5), weight("v", 4, 6, 5), weight("m", 4, 6),
         numpy_helper.from_array(np.array([1], np.int64), "one"),
         numpy_helper.from_array(np.array([2], np.int64), "two")])


def reduce_prod():
    """ReduceProd of a computed tensor over its last axis, times the element
    count torch's var/std write as ReduceProd of a Gather of Shape (folded
    on the host), as x.prod(-1, keepdim=True) * x.shape[2] (opset 13: axes
    as an attribute)."""
    i64 = lambda name, v: numpy_helper.from_array(np.array(v, np.int64), name)
    n = lambda op, ins, out, **kw: helper.make_node(op, ins, [out], name="/%s/%s" % (out, op), **kw)
    return model([
        n("ReduceProd", ["x"], "p", axes=[3], keepdims=1),
        n("Shape", ["x"], "s"),
        n("Gather", ["s", "two"], "d", axis=0),
        n("ReduceProd", ["d"], "count", keepdims=0),
        n("Cast", ["count"], "countf", to=TensorProto.FLOAT),
        n("Mul", ["p", "countf"], "y"),
    ], [f32("x", "batch", 3, 4, 5)], [f32("y", "batch", 3, 4, 1)], [i64("two", [2])], opset=13)


def strided_slices():
    """Slices with steps on a computed tensor, as torch writes x[:, :, ::2]
    and torch.flip (step -1 from -1 to -INT64_MAX): backward with a stride,
    a stride from an offset, a single element (then Tile, x.repeat);
    flattened and concatenated."""
    big = 2 ** 63 - 1
    i64 = lambda name, v: numpy_helper.from_array(np.array(v, np.int64), name)
    # The spec's "to the beginning" backward is INT64_MIN (torch writes
    # -INT64_MAX).
    cases = [("a", [0, -1], [big, -big - 1], [2, 3], [2, -1]),
             ("b", [-2], [-100], [2], [-3]),
             ("c", [1], [7], [3], [4]),
             ("d", [5], [6], [2], [2])]
    nodes, inits = [], []
    for name, starts, ends, axes, steps in cases:
        inits += [i64(name + ".starts", starts), i64(name + ".ends", ends),
                  i64(name + ".axes", axes), i64(name + ".steps", steps)]
        nodes += [helper.make_node("Slice", ["x"] + [name + "." + k for k in
                                                     ("starts", "ends", "axes", "steps")],
                                   [name], name="/%s/Slice" % name),
                  helper.make_node("Relu", [name], [name + "r"], name="/%s/Relu" % name),
                  helper.make_node("Flatten", [name + "r"], [name + "f"], name="/%s/Flatten" % name)]
    # x.repeat(1, 1, 3, 1) of the single row.
    inits.append(i64("repeats", [1, 1, 3, 1]))
    nodes += [helper.make_node("Tile", ["d", "repeats"], ["t"], name="/t/Tile"),
              helper.make_node("Flatten", ["t"], ["tf"], name="/t/Flatten")]
    nodes.append(helper.make_node("Concat", [c[0] + "f" for c in cases] + ["tf"], ["y"],
                                  name="/Concat", axis=1))
    # 3*4*7 + 3*3*7 + 3*8*2 + 3*1*7 + 3*3*7 outputs per sample.
    return model(nodes, [f32("x", "batch", 3, 8, 7)], [f32("y", "batch", 279)], inits)


def strided_conv_half_zero():
    """Conv2d(8, 16, 3, stride=2) without padding on an even 10x10 input
    (the importer slices the unread last row and column), half of its
    weights zero, as magnitude pruning leaves them."""
    w = rng.standard_normal((16, 8, 3, 3)).astype(np.float32)
    w[np.abs(w) < np.median(np.abs(w))] = 0
    return model([
        helper.make_node("Conv", ["x", "w"], ["y"], name="/conv/Conv", kernel_shape=[3, 3],
                         strides=[2, 2]),
    ], [f32("x", "batch", 8, 10, 10)], [f32("y", "batch", 16, 4, 4)],
        [numpy_helper.from_array(w, "w")])


def round_isnan():
    """Round (halves to even: floor(4x) / 2 makes ties of both parities and
    signs, 3x the rest) and IsNaN of Sqrt (NaN below 0), as torch writes
    torch.round and torch.nan_to_num-style masks."""
    f = lambda name, v: numpy_helper.from_array(np.array(v, np.float32), name)
    n = lambda op, ins, out, **kw: helper.make_node(op, ins, [out], name="/%s/%s" % (out, op), **kw)
    return model([
        n("Mul", ["x", "four"], "x4"),
        n("Floor", ["x4"], "k"),
        n("Mul", ["k", "half"], "ties"),
        n("Round", ["ties"], "r1"),
        n("Mul", ["x", "three"], "x3"),
        n("Round", ["x3"], "r2"),
        n("Sqrt", ["x"], "s"),
        n("IsNaN", ["s"], "nan"),
        n("Where", ["nan", "minus", "s"], "clean"),
        n("Cast", ["nan"], "nanf", to=TensorProto.FLOAT),
        n("Add", ["r1", "r2"], "r"),
        n("Add", ["r", "clean"], "rc"),
        n("Add", ["rc", "nanf"], "y"),
    ], [f32("x", "batch", 3, 4, 5)], [f32("y", "batch", 3, 4, 5)],
        [f("four", 4.0), f("half", 0.5), f("three", 3.0), f("minus", -1.0)])


def topk_ops():
    """TopK as torch.topk writes it: the 3 largest over the last axis, then
    the 2 smallest of those over the channels, values plus their indices
    (as floats), flattened and concatenated."""
    i64 = lambda name, v: numpy_helper.from_array(np.array(v, np.int64), name)
    n = lambda op, ins, outs, **kw: helper.make_node(op, ins, outs, name="/%s/%s" % (outs[0], op), **kw)
    return model([
        n("TopK", ["x", "three"], ["v1", "i1"], axis=-1),
        n("TopK", ["v1", "two"], ["v2", "i2"], axis=1, largest=0),
        n("Cast", ["i1"], ["f1"], to=TensorProto.FLOAT),
        n("Cast", ["i2"], ["f2"], to=TensorProto.FLOAT),
        n("Add", ["v1", "f1"], ["a1"]),
        n("Add", ["v2", "f2"], ["a2"]),
        n("Flatten", ["a1"], ["l1"]),
        n("Flatten", ["a2"], ["l2"]),
        n("Concat", ["l1", "l2"], ["y"], axis=1),
    ], [f32("x", "batch", 3, 4, 10)], [f32("y", "batch", 60)], [i64("three", [3]), i64("two", [2])])


def cumsum_ops():
    """torch.cumsum over the channels, and CumSum exclusive over the last
    axis (5: three doubling steps) and reversed over the rows, summed."""
    i64 = lambda name, v: numpy_helper.from_array(np.array(v, np.int64), name)
    n = lambda op, ins, out, **kw: helper.make_node(op, ins, [out], name="/%s/%s" % (out, op), **kw)
    return model([
        n("CumSum", ["x", "one"], "a"),
        n("CumSum", ["x", "minus_one"], "b", exclusive=1),
        n("CumSum", ["x", "two"], "c", reverse=1),
        n("Add", ["a", "b"], "ab"),
        n("Add", ["ab", "c"], "y"),
    ], [f32("x", "batch", 3, 4, 5)], [f32("y", "batch", 3, 4, 5)],
        [i64("one", 1), i64("minus_one", -1), i64("two", 2)])


def isinf_ops():
    """IsInf of both signs and of -inf only, on x * exp(100 |x|), which
    overflows to +-inf where |x| > 0.89 (torch.isinf, nan_to_num)."""
    f = lambda name, v: numpy_helper.from_array(np.array(v, np.float32), name)
    n = lambda op, ins, out, **kw: helper.make_node(op, ins, [out], name="/%s/%s" % (out, op), **kw)
    return model([
        n("Abs", ["x"], "ax"),
        n("Mul", ["ax", "hundred"], "big"),
        n("Exp", ["big"], "e"),
        n("Mul", ["e", "x"], "t"),
        n("IsInf", ["t"], "both"),
        n("IsInf", ["t"], "neg", detect_positive=0),
        n("Cast", ["both"], "bothf", to=TensorProto.FLOAT),
        n("Cast", ["neg"], "negf", to=TensorProto.FLOAT),
        n("Mul", ["bothf", "two"], "both2"),
        n("Tanh", ["x"], "th"),
        n("Add", ["both2", "negf"], "flags"),
        n("Add", ["flags", "th"], "y"),
    ], [f32("x", "batch", 3, 4, 5)], [f32("y", "batch", 3, 4, 5)],
        [f("hundred", 100.0), f("two", 2.0)])


def ids_beyond_int32():
    """ids < 2**40 on int64 token ids: a constant int32 cannot hold."""
    return model([
        helper.make_node("Less", ["ids", "big"], ["small"], name="/small/Less"),
        helper.make_node("Cast", ["small"], ["y"], name="/y/Cast", to=TensorProto.FLOAT),
    ], [helper.make_tensor_value_info("ids", TensorProto.INT64, ["batch", 5])],
        [f32("y", "batch", 5)],
        [numpy_helper.from_array(np.array(2 ** 40, np.int64), "big")])


def gather_activations():
    """Gather of an activation at computed indices (the argmax of another)."""
    return model([
        helper.make_node("ArgMax", ["x"], ["i"], name="/i/ArgMax", axis=1, keepdims=0),
        helper.make_node("Gather", ["x", "i"], ["y"], name="/g/Gather", axis=1),
    ], [f32("x", 2, 3)], [f32("y", 2, 2)])


def attention(drop_head=None):
    """Multi-head self-attention as torch exports it (2 heads of 4): q, k, v
    projections, reshape to [B, T, heads, D], transposes, scaled scores,
    Softmax, the mix, back to [B, T, C], the output projection. Head 1's
    q/k/v weights are small, so weight-norm importance removes it first.
    `drop_head`: the reference with that head's output projection rows
    zeroed, which is what removing the head computes."""
    c, t, h, d = 8, 4, 2, 4
    w = {n: rng.standard_normal((c, c)).astype(np.float32) for n in "qkvo"}
    for n in "qkv":
        w[n][:, d:] *= 0.01
    if drop_head is not None:
        w["o"][drop_head * d:(drop_head + 1) * d, :] = 0
    inits = [numpy_helper.from_array(w[n], n + ".weight") for n in "qkvo"]
    inits += [numpy_helper.from_array(rng.standard_normal(c).astype(np.float32) * 0.1, n + ".bias")
              for n in "qkv"]
    inits += [numpy_helper.from_array(np.array([0, t, h, d], np.int64), "split"),
              numpy_helper.from_array(np.array([0, t, c], np.int64), "merge"),
              numpy_helper.from_array(np.array(1 / np.sqrt(d), np.float32), "scale")]
    nodes = []
    for n in "qkv":
        nodes += [helper.make_node("MatMul", ["x", n + ".weight"], [n + "0"], name="/%s/MatMul" % n),
                  helper.make_node("Add", [n + ".bias", n + "0"], [n + "1"], name="/%s/Add" % n),
                  helper.make_node("Reshape", [n + "1", "split"], [n + "2"], name="/%s/Reshape" % n)]
    nodes += [
        helper.make_node("Transpose", ["q2"], ["q3"], name="/q/Transpose", perm=[0, 2, 1, 3]),
        helper.make_node("Transpose", ["k2"], ["k3"], name="/k/Transpose", perm=[0, 2, 3, 1]),
        helper.make_node("Transpose", ["v2"], ["v3"], name="/v/Transpose", perm=[0, 2, 1, 3]),
        helper.make_node("MatMul", ["q3", "k3"], ["s0"], name="/scores/MatMul"),
        helper.make_node("Mul", ["s0", "scale"], ["s1"], name="/scores/Mul"),
        helper.make_node("Softmax", ["s1"], ["p"], name="/Softmax", axis=-1),
        helper.make_node("MatMul", ["p", "v3"], ["m0"], name="/mix/MatMul"),
        helper.make_node("Transpose", ["m0"], ["m1"], name="/mix/Transpose", perm=[0, 2, 1, 3]),
        helper.make_node("Reshape", ["m1", "merge"], ["m2"], name="/mix/Reshape"),
        helper.make_node("MatMul", ["m2", "o.weight"], ["y"], name="/o/MatMul"),
    ]
    return model(nodes, [f32("x", "batch", t, c)], [f32("y", "batch", t, c)], inits)


def attention_without_head1():
    rng.bit_generator.state = np.random.default_rng(0).bit_generator.state
    return attention(drop_head=1)


def upsample():
    """A decoder step as torch exports it: Conv, then F.interpolate(
    scale_factor=2, mode="nearest") as Resize (asymmetric, floor), then a
    bilinear Resize, which the importer refuses by name."""
    scales = numpy_helper.from_array(np.array([1, 1, 2, 3], np.float32), "scales")
    return model([
        helper.make_node("Conv", ["x", "c.weight"], ["c"], name="/c/Conv", kernel_shape=[1, 1]),
        helper.make_node("Resize", ["c", "", "scales"], ["y"], name="/up/Resize", mode="nearest",
                         coordinate_transformation_mode="asymmetric", nearest_mode="floor"),
    ], [f32("x", "batch", 2, 3, 4)], [f32("y", "batch", 3, 6, 12)],
        [weight("c.weight", 3, 2, 1, 1), scales])


def bilinear():
    """mode=linear Resizes as torch (F.interpolate bilinear, with and without
    align_corners) and other converters write them: each coordinate
    transformation, scales and sizes, up and down, a fraction."""
    def resize(x, y, coordinates, scales=None, sizes=None):
        inputs = [x, "", scales or "", sizes] if sizes else [x, "", scales]
        return helper.make_node("Resize", inputs, [y], name="/%s/Resize" % y, mode="linear",
                                coordinate_transformation_mode=coordinates)
    const = lambda name, v, t: numpy_helper.from_array(np.array(v, t), name)
    return model([
        resize("x", "a", "pytorch_half_pixel", scales="s2"),
        resize("a", "b", "align_corners", sizes="size79"),
        resize("b", "c", "half_pixel", scales="s15"),
        resize("c", "y", "asymmetric", scales="s32"),
    ], [f32("x", 2, 3, 5, 6)], [f32("y", 2, 3, 30, 8)],
        [const("s2", [1, 1, 2, 2], np.float32), const("size79", [2, 3, 7, 9], np.int64),
         const("s15", [1, 1, 1.5, 0.5], np.float32), const("s32", [1, 1, 3, 2], np.float32)])


def bilinear_dynamic_sizes():
    """F.interpolate(x, size=(7, 9), mode="bilinear") of a dynamic batch as
    torch writes it: the sizes are Concat(Shape(x)[0:2], [7, 9])."""
    i64 = lambda name, v: numpy_helper.from_array(np.array(v, np.int64), name)
    return model([
        helper.make_node("Shape", ["x"], ["shape"], name="/Shape"),
        helper.make_node("Slice", ["shape", "zero", "two"], ["nc"], name="/Slice"),
        helper.make_node("Concat", ["nc", "hw"], ["sizes"], name="/Concat", axis=0),
        helper.make_node("Resize", ["x", "", "", "sizes"], ["y"], name="/up/Resize", mode="linear",
                         coordinate_transformation_mode="pytorch_half_pixel"),
    ], [f32("x", "batch", 3, 4, 5)], [f32("y", "batch", 3, 7, 9)],
        [i64("zero", [0]), i64("two", [2]), i64("hw", [7, 9])])


def bilinear_recomputed_sizes():
    """F.interpolate(x, scale_factor=1.5, mode="bilinear",
    recompute_scale_factor=True) as torch writes it: the output sizes as
    Floor of float constants, cast to int64 after the input's batch and
    channels; all of it folds on the host."""
    f = lambda name, v, dtype: numpy_helper.from_array(np.array(v, dtype), name)
    n = lambda op, ins, out, **kw: helper.make_node(op, ins, [out], name="/%s" % out, **kw)
    return model([
        n("Floor", ["h_scaled"], "h"),
        n("Floor", ["w_scaled"], "w"),
        n("Unsqueeze", ["h", "axis0"], "h1"),
        n("Unsqueeze", ["w", "axis0"], "w1"),
        n("Concat", ["h1", "w1"], "hw", axis=0),
        n("Cast", ["hw"], "hw64", to=TensorProto.INT64),
        n("Shape", ["x"], "shape"),
        n("Slice", ["shape", "zero", "two", "axis0"], "nc"),
        n("Concat", ["nc", "hw64"], "sizes", axis=0),
        helper.make_node("Resize", ["x", "", "", "sizes"], ["y"], name="/up/Resize",
                         mode="linear", coordinate_transformation_mode="half_pixel"),
    ], [f32("x", 2, 3, 9, 10)], [f32("y", 2, 3, 13, 15)],
        [f("h_scaled", 13.5, np.float32), f("w_scaled", 15.0, np.float32),
         f("axis0", [0], np.int64), f("zero", [0], np.int64), f("two", [2], np.int64)])


def cubic():
    scales = numpy_helper.from_array(np.array([1, 1, 2, 2], np.float32), "scales")
    return model([helper.make_node("Resize", ["x", "", "scales"], ["y"], name="/up/Resize",
                                   mode="cubic")],
                 [f32("x", 1, 2, 3, 4)], [f32("y", 1, 2, 6, 8)], [scales])


def unsupported():
    return model([
        helper.make_node("NonZero", ["x"], ["n"], name="/NonZero"),
        helper.make_node("Relu", ["x"], ["r"], name="/Relu"),
        helper.make_node("Hardmax", ["r"], ["v"], name="/Hardmax"),
    ], [f32("x", 4)], [f32("v", 4)])


def escaping_external_data():
    """An initializer whose external data location leaves the model's folder."""
    m = gemm()
    t = m.graph.initializer[0]
    t.ClearField("float_data")
    t.ClearField("raw_data")
    t.data_location = TensorProto.EXTERNAL
    for key, value in (("location", "../../etc/passwd"), ("offset", "0"), ("length", "48")):
        entry = t.external_data.add()
        entry.key, entry.value = key, value
    return m


def duplicate_output():
    return model([helper.make_node("Relu", ["x"], ["r"], name="/a/Relu"),
                  helper.make_node("Sigmoid", ["x"], ["r"], name="/b/Sigmoid")],
                 [f32("x", 4)], [f32("r", 4)])


def undefined_input():
    return model([helper.make_node("Add", ["x", "nowhere"], ["y"], name="/Add")],
                 [f32("x", 4)], [f32("y", 4)])


def matmul_mismatch():
    return model([helper.make_node("MatMul", ["x", "w"], ["y"], name="/fc/MatMul")],
                 [f32("x", "batch", 4)], [f32("y", "batch", 3)], [weight("w", 5, 3)])


def old_opset():
    return model([helper.make_node("Relu", ["x"], ["y"], name="/Relu")],
                 [f32("x", 4)], [f32("y", 4)], opset=9)


def external_data(path):
    """gemm with its weights in a side file next to the model."""
    m = gemm()
    onnx.save_model(m, path, save_as_external_data=True, all_tensors_to_one_file=True,
                    location=os.path.basename(path) + ".data", size_threshold=0)
    return None


def main():
    name, out = sys.argv[1], sys.argv[2]
    if name == "external_data":
        external_data(out)
        return
    if name == "attention":
        rng.bit_generator.state = np.random.default_rng(0).bit_generator.state
    m = globals()[name]()
    # crop_pads is opset 18, newer than the onnx package's checker (1.12).
    if name not in ("escaping_external_data", "duplicate_output", "undefined_input",
                    "matmul_mismatch", "crop_pads", "quant_scale_count", "quant_zp_count",
                    "quant_scale_2d", "quant_zp_type", "quant_blocked", "int8_add"):
        onnx.checker.check_model(m)
    onnx.save(m, out)


if __name__ == "__main__":
    main()
