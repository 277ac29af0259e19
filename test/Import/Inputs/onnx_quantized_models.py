"""make_onnx.py's quantized models: ONNX Runtime's QOperator and QDQ forms,
torch's uint8 QDQ, dynamic quantization, and their misuses."""
import numpy as np
from onnx import TensorProto, helper, numpy_helper

from onnx_builders import f32, model, rng, weight


def qlinear_matmul():
    q = lambda name, v, t: numpy_helper.from_array(np.array(v, t), name)
    w = numpy_helper.from_array(rng.integers(-127, 128, (4, 3)).astype(np.int8), "w")
    return model([
        helper.make_node("QuantizeLinear", ["x", "xs", "xz"], ["xq"], name="/quant"),
        helper.make_node("QLinearMatMul", ["xq", "xs", "xz", "w", "ws", "wz", "ys", "yz"], ["yq"],
                         name="/fc/QLinearMatMul"),
        helper.make_node("DequantizeLinear", ["yq", "ys", "yz"], ["y"], name="/dequant"),
    ], [f32("x", 2, 4)], [f32("y", 2, 3)],
        [q("xs", 0.05, np.float32), q("xz", 3, np.int8), w, q("ws", 0.01, np.float32),
         q("wz", 0, np.int8), q("ys", 0.1, np.float32), q("yz", -2, np.int8)])


def qlinear_cnn():
    """The QLinear form of a small int8 CNN as ONNX quantizers write it:
    quantize the float input, QLinearConv (per-channel weight scales, int32
    bias) with ReLU folded into the output range, QLinearMatMul on the
    flattened features, dequantize the logits."""
    q = lambda name, v, t: numpy_helper.from_array(np.array(v, t), name)
    wc = numpy_helper.from_array(rng.integers(-127, 128, (4, 1, 3, 3)).astype(np.int8), "conv.w")
    bc = numpy_helper.from_array(rng.integers(-500, 500, 4).astype(np.int32), "conv.b")
    wf = numpy_helper.from_array(rng.integers(-127, 128, (4 * 6 * 6, 5)).astype(np.int8), "fc.w")
    shape = numpy_helper.from_array(np.array([-1, 4 * 6 * 6], np.int64), "flat")
    return model([
        helper.make_node("QuantizeLinear", ["x", "xs", "xz"], ["xq"], name="/quant"),
        helper.make_node("QLinearConv", ["xq", "xs", "xz", "conv.w", "ws", "wz", "cs", "cz", "conv.b"],
                         ["cq"], name="/conv/QLinearConv", kernel_shape=[3, 3], pads=[0, 0, 0, 0]),
        helper.make_node("Reshape", ["cq", "flat"], ["fq"], name="/flatten"),
        helper.make_node("QLinearMatMul", ["fq", "cs", "cz", "fc.w", "fs", "fz", "ys", "yz"], ["yq"],
                         name="/fc/QLinearMatMul"),
        helper.make_node("DequantizeLinear", ["yq", "ys", "yz"], ["y"], name="/dequant"),
    ], [f32("x", 3, 1, 8, 8)], [f32("y", 3, 5)],
        [q("xs", 1 / 64, np.float32), q("xz", -8, np.int8), wc,
         q("ws", [0.01, 0.02, 0.015, 0.005], np.float32), q("wz", [0, 0, 0, 0], np.int8),
         bc, q("cs", 0.05, np.float32), q("cz", -128, np.int8), wf, q("fs", 0.004, np.float32),
         q("fz", 0, np.int8), shape, q("ys", 0.2, np.float32), q("yz", 3, np.int8)])


def qlinear_depthwise():
    """A MobileNet block in ONNX Runtime's QOperator form with uint8 tensors
    (QuantType.QUInt8 activations and weights): a depthwise QLinearConv (4
    groups, stride 2, pads, per-channel scales, weight zero point 128) and a
    pointwise QLinearConv, then the logits dequantized."""
    q = lambda name, v, t: numpy_helper.from_array(np.array(v, t), name)
    wd = numpy_helper.from_array(rng.integers(1, 256, (4, 1, 3, 3)).astype(np.uint8), "dw.w")
    bd = numpy_helper.from_array(rng.integers(-500, 500, 4).astype(np.int32), "dw.b")
    wp = numpy_helper.from_array(rng.integers(1, 256, (6, 4, 1, 1)).astype(np.uint8), "pw.w")
    return model([
        helper.make_node("QuantizeLinear", ["x", "xs", "xz"], ["xq"], name="/quant"),
        helper.make_node("QLinearConv", ["xq", "xs", "xz", "dw.w", "dws", "wz", "cs", "cz", "dw.b"],
                         ["dq"], name="/dw/QLinearConv", kernel_shape=[3, 3], pads=[1, 1, 1, 1],
                         strides=[2, 2], group=4),
        helper.make_node("QLinearConv", ["dq", "cs", "cz", "pw.w", "pws", "pwz", "ys", "yz"],
                         ["yq"], name="/pw/QLinearConv", kernel_shape=[1, 1]),
        helper.make_node("DequantizeLinear", ["yq", "ys", "yz"], ["y"], name="/dequant"),
    ], [f32("x", 2, 4, 8, 8)], [f32("y", 2, 6, 4, 4)],
        [q("xs", 1 / 64, np.float32), q("xz", 120, np.uint8), wd,
         q("dws", [0.01, 0.02, 0.015, 0.005], np.float32), q("wz", [128] * 4, np.uint8),
         bd, q("cs", 0.05, np.float32), q("cz", 100, np.uint8), wp,
         q("pws", 0.004, np.float32), q("pwz", 128, np.uint8), q("ys", 0.02, np.float32),
         q("yz", 131, np.uint8)])


def qlinear_grouped_large():
    """A grouped QLinearConv (2 groups of 64 channels, 3x3, weights 127, input
    zero point 127) whose sums may reach 2^24 (576 * 127 * 255)."""
    q = lambda name, v, t: numpy_helper.from_array(np.array(v, t), name)
    return model([
        helper.make_node("QuantizeLinear", ["x", "xs", "xz"], ["xq"], name="/quant"),
        helper.make_node("QLinearConv", ["xq", "xs", "xz", "w", "ws", "wz", "ys", "yz"],
                         ["yq"], name="/grouped/QLinearConv", kernel_shape=[3, 3], group=2),
        helper.make_node("DequantizeLinear", ["yq", "ys", "yz"], ["y"], name="/dequant"),
    ], [f32("x", 1, 128, 4, 4)], [f32("y", 1, 2, 2, 2)],
        [q("xs", 0.1, np.float32), q("xz", 127, np.int8),
         numpy_helper.from_array(np.full((2, 64, 3, 3), 127, np.int8), "w"),
         q("ws", 0.01, np.float32), q("wz", 0, np.int8), q("ys", 1.0, np.float32),
         q("yz", 0, np.int8)])


def qdq_conv_relu():
    """The QDQ convolution of qdq_cnn and qdq_cnn_uint8: its weight and bias
    dequantized, the Conv on "xd" (3x3, stride 2, pads 1), a Relu into "r"."""
    return [
        helper.make_node("DequantizeLinear", ["conv.wq", "conv.ws", "conv.wz"], ["conv.w"],
                         name="/conv/w/DQ", axis=0),
        helper.make_node("DequantizeLinear", ["conv.bq", "conv.bs", "conv.bz"], ["conv.b"],
                         name="/conv/b/DQ", axis=0),
        helper.make_node("Conv", ["xd", "conv.w", "conv.b"], ["c"], name="/conv/Conv",
                         kernel_shape=[3, 3], pads=[1, 1, 1, 1], strides=[2, 2]),
        helper.make_node("Relu", ["c"], ["r"], name="/relu/Relu"),
    ]


def qdq_fc_to_output():
    """qdq_cnn's Gemm on "fd" with its weight and bias dequantized, the logits
    quantized and dequantized into "y"."""
    return [
        helper.make_node("DequantizeLinear", ["fc.wq", "fc.ws", "fc.wz"], ["fc.w"], name="/fc/w/DQ"),
        helper.make_node("DequantizeLinear", ["fc.bq", "fc.bs", "fc.bz"], ["fc.b"], name="/fc/b/DQ"),
        helper.make_node("Gemm", ["fd", "fc.w", "fc.b"], ["g"], name="/fc/Gemm", transB=1),
        helper.make_node("QuantizeLinear", ["g", "ys", "yz"], ["gq"], name="/g/Q"),
        helper.make_node("DequantizeLinear", ["gq", "ys", "yz"], ["y"], name="/g/DQ"),
    ]


def qdq_conv_inits(xs, ws):
    """qdq_conv_relu's weight (7-bit, per-channel scales `ws`) and int32 bias
    at xs * ws."""
    q = lambda name, v, t: numpy_helper.from_array(np.array(v, t), name)
    return [
        numpy_helper.from_array(rng.integers(-63, 64, (4, 1, 3, 3)).astype(np.int8), "conv.wq"),
        numpy_helper.from_array(ws, "conv.ws"), q("conv.wz", [0] * 4, np.int8),
        numpy_helper.from_array(rng.integers(-500, 500, 4).astype(np.int32), "conv.bq"),
        numpy_helper.from_array((xs * ws).astype(np.float32), "conv.bs"), q("conv.bz", [0] * 4, np.int32),
    ]


def qdq_fc_inits(cs, fs):
    """The 64 -> 5 Gemm's int8 weight (scale `fs`) and int32 bias at cs * fs."""
    q = lambda name, v, t: numpy_helper.from_array(np.array(v, t), name)
    return [
        numpy_helper.from_array(rng.integers(-63, 64, (5, 4 * 4 * 4)).astype(np.int8), "fc.wq"),
        q("fc.ws", fs, np.float32), q("fc.wz", 0, np.int8),
        numpy_helper.from_array(rng.integers(-300, 300, 5).astype(np.int32), "fc.bq"),
        q("fc.bs", cs * fs, np.float32), q("fc.bz", 0, np.int32),
    ]


def qdq_cnn():
    """The QDQ form ONNX Runtime's quantizer writes (QuantFormat.QDQ): int8
    tensors between QuantizeLinear / DequantizeLinear pairs, weights int8
    with per-channel scales, biases int32 at x_scale * w_scale."""
    q = lambda name, v, t: numpy_helper.from_array(np.array(v, t), name)
    ws = np.array([0.01, 0.02, 0.015, 0.005], np.float32)
    fs = np.float32(0.004)
    nodes = [
        helper.make_node("QuantizeLinear", ["x", "xs", "xz"], ["xq"], name="/x/Q"),
        helper.make_node("DequantizeLinear", ["xq", "xs", "xz"], ["xd"], name="/x/DQ"),
        *qdq_conv_relu(),
        helper.make_node("QuantizeLinear", ["r", "cs", "cz"], ["rq"], name="/r/Q"),
        helper.make_node("DequantizeLinear", ["rq", "cs", "cz"], ["rd"], name="/r/DQ"),
        helper.make_node("Flatten", ["rd"], ["f"], name="/flatten/Flatten"),
        helper.make_node("QuantizeLinear", ["f", "cs", "cz"], ["fq"], name="/f/Q"),
        helper.make_node("DequantizeLinear", ["fq", "cs", "cz"], ["fd"], name="/f/DQ"),
        *qdq_fc_to_output(),
    ]
    xs, cs = np.float32(1 / 64), np.float32(0.05)
    # 7-bit weights, as ONNX Runtime's quantizer writes them with
    # reduce_range=True for x86 without VNNI: there ORT multiplies u8
    # activations by s8 weights with vpmaddubsw, whose int16 pair sums
    # saturate for full-range weights (seen on an AVX2 EPYC: 10 quanta from
    # the exact result; none with AVX-512 VNNI).
    inits = [
        q("xs", xs, np.float32), q("xz", -8, np.int8),
        *qdq_conv_inits(xs, ws),
        q("cs", cs, np.float32), q("cz", -128, np.int8),
        *qdq_fc_inits(cs, fs),
        q("ys", 0.2, np.float32), q("yz", 3, np.int8),
    ]
    return model(nodes, [f32("x", "batch", 1, 8, 8)], [f32("y", "batch", 5)], inits)


def qdq_cnn_uint8():
    """The QDQ form torch.onnx writes for a model quantized with torch's
    qnnpack backend: uint8 activations (input zero point 120, 0 after the
    Relu), each QuantizeLinear followed by a Cast to uint8, a layer's scale
    and zero point as Constant nodes written after the layer, a Reshape on
    the uint8 tensor; int8 weights, int32 biases."""
    q = lambda name, v, t: numpy_helper.from_array(np.array(v, t), name)
    const = lambda name, v, t: helper.make_node(
        "Constant", [], [name], name="/" + name + "/Constant", value=q(name, v, t))
    u8 = TensorProto.UINT8
    ws = np.array([0.01, 0.02, 0.015, 0.005], np.float32)
    xs, cs, fs = np.float32(1 / 64), np.float32(0.05), np.float32(0.004)
    nodes = [
        helper.make_node("QuantizeLinear", ["x", "xs", "xz"], ["xq0"], name="/x/Q"),
        helper.make_node("Cast", ["xq0"], ["xq"], name="/x/Cast", to=u8),
        helper.make_node("DequantizeLinear", ["xq", "xs", "xz"], ["xd"], name="/x/DQ"),
        *qdq_conv_relu(),
        const("cs", cs, np.float32), const("cz", 0, np.uint8),
        helper.make_node("QuantizeLinear", ["r", "cs", "cz"], ["rq0"], name="/r/Q"),
        helper.make_node("Cast", ["rq0"], ["rq"], name="/r/Cast", to=u8),
        helper.make_node("Reshape", ["rq", "flat"], ["fq"], name="/flatten/Reshape"),
        helper.make_node("DequantizeLinear", ["fq", "cs", "cz"], ["fd"], name="/f/DQ"),
        *qdq_fc_to_output(),
    ]
    inits = [
        q("xs", xs, np.float32), q("xz", 120, np.uint8),
        *qdq_conv_inits(xs, ws),
        q("flat", [0, -1], np.int64),
        *qdq_fc_inits(cs, fs),
        q("ys", 0.2, np.float32), q("yz", 131, np.uint8),
    ]
    return model(nodes, [f32("x", "batch", 1, 8, 8)], [f32("y", "batch", 5)], inits)


def uint8_misuse(kind):
    """uint8 data where the importer cannot hold it offset: read by an Add
    (`add`) or returned as a graph output (`output`)."""
    q = lambda name, v, t: numpy_helper.from_array(np.array(v, t), name)
    nodes = [helper.make_node("QuantizeLinear", ["x", "s", "z"], ["xq"], name="/x/Q")]
    if kind == "add":
        nodes += [helper.make_node("Add", ["xq", "xq"], ["a"], name="/add/Add"),
                  helper.make_node("DequantizeLinear", ["a", "s", "z"], ["y"], name="/y/DQ")]
        out = f32("y", 2, 3)
    else:
        nodes += [helper.make_node("Identity", ["xq"], ["y"], name="/y/Identity")]
        out = helper.make_tensor_value_info("y", TensorProto.UINT8, [2, 3])
    return model(nodes, [f32("x", 2, 3)], [out],
                 [q("s", 0.1, np.float32), q("z", 128, np.uint8)])


def uint8_add():
    return uint8_misuse("add")


def uint8_input():
    """A uint8 graph input read by a QLinearConv: its node has no name."""
    q = lambda name, v, t: numpy_helper.from_array(np.array(v, t), name)
    x = helper.make_tensor_value_info("x", TensorProto.UINT8, [1, 1, 4, 4])
    return model([helper.make_node("QLinearConv", ["x", "s", "z", "w", "s", "wz", "s", "z"], ["yq"],
                                   kernel_shape=[1, 1]),
                  helper.make_node("DequantizeLinear", ["yq", "s", "z"], ["y"])],
                 [x], [f32("y", 1, 1, 4, 4)],
                 [q("s", 0.1, np.float32), q("z", 128, np.uint8),
                  q("w", [[[[2]]]], np.int8), q("wz", 0, np.int8)])


def uint8_output():
    return uint8_misuse("output")


def two_inputs():
    """y = x @ W + Cast(mask): a float input and an int64 one, as a
    transformer's attention mask or token ids come."""
    nodes = [
        helper.make_node("MatMul", ["x", "w"], ["xw"], name="/fc/MatMul"),
        helper.make_node("Cast", ["mask"], ["maskf"], name="/mask/Cast", to=TensorProto.FLOAT),
        helper.make_node("Add", ["xw", "maskf"], ["y"], name="/add/Add"),
    ]
    w = numpy_helper.from_array(rng.standard_normal((4, 3)).astype(np.float32), "w")
    mask = helper.make_tensor_value_info("mask", TensorProto.INT64, ["batch", 3])
    return model(nodes, [f32("x", "batch", 4), mask], [f32("y", "batch", 3)], [w])


def dynamic_quant_mlp():
    """ONNX Runtime's dynamic quantization (quantize_dynamic) of a 2-layer
    MLP: each MatMul's input through DynamicQuantizeLinear (and a no-op Cast
    to uint8), MatMulInteger
    with the quantized weight (int8 per tensor, then uint8 with per-column
    zero points), Cast to float, times the product of the two scales, then
    the float bias."""
    q = lambda name, v, t: numpy_helper.from_array(np.array(v, t), name)
    nodes = []
    prev = "x"
    for i, (wq, wz, ws) in enumerate([
            (rng.integers(-127, 128, (8, 6)).astype(np.int8), np.array(0, np.int8), 0.02),
            (rng.integers(0, 256, (6, 4)).astype(np.uint8),
             np.array([120, 128, 131, 127], np.uint8), 0.03)]):
        p = "fc%d" % i
        nodes += [
            helper.make_node("DynamicQuantizeLinear", [prev], [p + ".xq0", p + ".xs", p + ".xz"],
                             name="/%s/DynamicQuantizeLinear" % p),
            # A no-op Cast to uint8, as some exporters write one.
            helper.make_node("Cast", [p + ".xq0"], [p + ".xq"], name="/%s/CastU8" % p,
                             to=TensorProto.UINT8),
            helper.make_node("MatMulInteger", [p + ".xq", p + ".wq", p + ".xz", p + ".wz"],
                             [p + ".acc"], name="/%s/MatMulInteger" % p),
            helper.make_node("Cast", [p + ".acc"], [p + ".accf"], name="/%s/Cast" % p,
                             to=TensorProto.FLOAT),
            helper.make_node("Mul", [p + ".xs", p + ".ws"], [p + ".s"], name="/%s/Mul" % p),
            helper.make_node("Mul", [p + ".accf", p + ".s"], [p + ".m"], name="/%s/Mul_1" % p),
            helper.make_node("Add", [p + ".m", p + ".b"], [p + ".y"], name="/%s/Add" % p),
        ]
        prev = p + ".y"
        if i == 0:
            nodes.append(helper.make_node("Relu", [prev], ["r"], name="/relu/Relu"))
            prev = "r"
    nodes.append(helper.make_node("Identity", [prev], ["y"], name="/out"))
    inits = [numpy_helper.from_array(rng.integers(-127, 128, (8, 6)).astype(np.int8), "fc0.wq"),
             q("fc0.wz", 0, np.int8), q("fc0.ws", 0.02, np.float32),
             numpy_helper.from_array(rng.standard_normal(6).astype(np.float32), "fc0.b"),
             numpy_helper.from_array(rng.integers(0, 256, (6, 4)).astype(np.uint8), "fc1.wq"),
             q("fc1.wz", [120, 128, 131, 127], np.uint8), q("fc1.ws", 0.03, np.float32),
             numpy_helper.from_array(rng.standard_normal(4).astype(np.float32), "fc1.b")]
    return model(nodes, [f32("x", "batch", 8)], [f32("y", "batch", 4)], inits)


def dynamic_quant_misuse():
    """DynamicQuantizeLinear's integer output read by an Add."""
    nodes = [helper.make_node("DynamicQuantizeLinear", ["x"], ["xq", "xs", "xz"], name="/x/DQL"),
             helper.make_node("Add", ["xq", "xq"], ["a"], name="/add/Add"),
             helper.make_node("Cast", ["a"], ["y"], name="/y/Cast", to=TensorProto.FLOAT)]
    return model(nodes, [f32("x", 2, 3)], [f32("y", 2, 3)])


def dynamic_quant_cnn():
    """ONNX Runtime's dynamic quantization of a small CNN: ConvInteger (uint8
    weight with zero point 128, 2 groups, stride 2, pads) and MatMulInteger,
    each on DynamicQuantizeLinear's output, Cast to float, times the scales."""
    q = lambda name, v, t: numpy_helper.from_array(np.array(v, t), name)
    nodes = [
        helper.make_node("DynamicQuantizeLinear", ["x"], ["xq", "xs", "xz"], name="/conv/DQL"),
        helper.make_node("ConvInteger", ["xq", "conv.wq", "xz", "conv.wz"], ["acc"],
                         name="/conv/ConvInteger", kernel_shape=[3, 3], pads=[1, 1, 1, 1],
                         strides=[2, 2], group=2),
        helper.make_node("Cast", ["acc"], ["accf"], name="/conv/Cast", to=TensorProto.FLOAT),
        helper.make_node("Mul", ["xs", "conv.ws"], ["s"], name="/conv/ScaleMul"),
        helper.make_node("Mul", ["accf", "s"], ["c"], name="/conv/Mul"),
        helper.make_node("Relu", ["c"], ["r"], name="/relu/Relu"),
        helper.make_node("Flatten", ["r"], ["f"], name="/flatten/Flatten"),
        helper.make_node("DynamicQuantizeLinear", ["f"], ["fq", "fs", "fz"], name="/fc/DQL"),
        helper.make_node("MatMulInteger", ["fq", "fc.wq", "fz"], ["facc"], name="/fc/MatMulInteger"),
        helper.make_node("Cast", ["facc"], ["faccf"], name="/fc/Cast", to=TensorProto.FLOAT),
        helper.make_node("Mul", ["fs", "fc.ws"], ["fsw"], name="/fc/ScaleMul"),
        helper.make_node("Mul", ["faccf", "fsw"], ["y"], name="/fc/Mul"),
    ]
    inits = [numpy_helper.from_array(rng.integers(0, 256, (4, 1, 3, 3)).astype(np.uint8), "conv.wq"),
             q("conv.wz", 128, np.uint8), q("conv.ws", 0.02, np.float32),
             numpy_helper.from_array(rng.integers(-127, 128, (4 * 4 * 4, 5)).astype(np.int8), "fc.wq"),
             q("fc.ws", 0.01, np.float32)]
    return model(nodes, [f32("x", "batch", 2, 8, 8)], [f32("y", "batch", 5)], inits)


def qdq_gemm_bias_scale():
    """A QDQ Gemm whose int32 bias is dequantized at 0.01, not at x_scale *
    w_scale (0.02 * 0.01): its integers are not the accumulator's."""
    q = lambda name, v, t: numpy_helper.from_array(np.array(v, t), name)
    w = np.clip(np.round(rng.normal(0, 40, (8, 16))), -127, 127).astype(np.int8)
    n = helper.make_node
    return model([
        n("QuantizeLinear", ["x", "xs", "xz"], ["xq"], name="/x/Q"),
        n("DequantizeLinear", ["xq", "xs", "xz"], ["xd"], name="/x/DQ"),
        n("DequantizeLinear", ["w", "ws", "wz"], ["wd"], name="/w/DQ"),
        n("DequantizeLinear", ["b", "bs", "bz"], ["bd"], name="/b/DQ"),
        n("Gemm", ["xd", "wd", "bd"], ["g"], name="/fc/Gemm", transB=1),
        n("QuantizeLinear", ["g", "ys", "yz"], ["gq"], name="/g/Q"),
        n("DequantizeLinear", ["gq", "ys", "yz"], ["y"], name="/g/DQ"),
    ], [f32("x", "batch", 16)], [f32("y", "batch", 8)], [
        q("xs", 0.02, np.float32), q("xz", 0, np.int8), numpy_helper.from_array(w, "w"),
        q("ws", 0.01, np.float32), q("wz", 0, np.int8), q("b", [100] * 8, np.int32),
        q("bs", 0.01, np.float32), q("bz", 0, np.int32), q("ys", 0.05, np.float32),
        q("yz", 0, np.int8)])


def quantize_without_zero_point():
    """QuantizeLinear and DequantizeLinear without zero points: uint8, zero
    point 0 (ONNX's default)."""
    q = lambda name, v, t: numpy_helper.from_array(np.array(v, t), name)
    return model([helper.make_node("QuantizeLinear", ["x", "s"], ["xq"], name="/x/Q"),
                  helper.make_node("DequantizeLinear", ["xq", "s"], ["y"], name="/x/DQ")],
                 [f32("x", "batch", 16)], [f32("y", "batch", 16)], [q("s", 0.05, np.float32)])


def quant_params_misuse(kind):
    """A per-channel int8 Conv weight behind a DequantizeLinear whose
    parameters do not fit it, as ONNX Runtime refuses them: `scale_count` (5
    scales for 8 channels), `zp_count` (4 zero points for 8 scales),
    `scale_2d` (scales of shape [8, 1]), `zp_type` (an int32 zero point),
    `blocked` (opset 21's block_size); `int8_add` adds two int8 tensors."""
    q = lambda name, v, t: numpy_helper.from_array(np.array(v, t), name)
    scales, zps, attrs, opset = np.full(8, 0.01, np.float32), np.zeros(8, np.int8), {"axis": 0}, 17
    if kind == "scale_count":
        scales, zps = scales[:5], zps[:5]
    elif kind == "zp_count":
        zps = zps[:4]
    elif kind == "scale_2d":
        scales = scales.reshape(8, 1)
    elif kind == "zp_type":
        zps = zps.astype(np.int32)
    elif kind == "blocked":
        scales, zps, attrs, opset = np.full((8, 1, 1, 1), 0.01, np.float32), None, {"axis": 0, "block_size": 3}, 21
    w = rng.integers(-63, 64, (8, 3, 3, 3)).astype(np.int8)
    inits = [numpy_helper.from_array(w, "w"), numpy_helper.from_array(scales, "ws")]
    if zps is not None:
        inits.append(numpy_helper.from_array(zps, "wz"))
    nodes = [helper.make_node("DequantizeLinear", ["w", "ws"] + (["wz"] if zps is not None else []),
                              ["wd"], name="/w/DQ", **attrs),
             helper.make_node("Conv", ["x", "wd"], ["y"], name="/conv/Conv", kernel_shape=[3, 3])]
    if kind == "int8_add":
        nodes = [helper.make_node("QuantizeLinear", ["x", "xs", "xz"], ["xq"], name="/x/Q"),
                 helper.make_node("Add", ["xq", "xq"], ["a"], name="/add/Add"),
                 helper.make_node("DequantizeLinear", ["a", "xs", "xz"], ["y"], name="/y/DQ")]
        inits = [q("xs", 0.1, np.float32), q("xz", 0, np.int8)]
        return model(nodes, [f32("x", 2, 3)], [f32("y", 2, 3)], inits)
    return model(nodes, [f32("x", 1, 3, 6, 6)], [f32("y", 1, 8, 4, 4)], inits, opset=opset)


def quant_scale_count():
    return quant_params_misuse("scale_count")


def quant_zp_count():
    return quant_params_misuse("zp_count")


def quant_scale_2d():
    return quant_params_misuse("scale_2d")


def quant_zp_type():
    return quant_params_misuse("zp_type")


def quant_blocked():
    return quant_params_misuse("blocked")


def int8_add():
    return quant_params_misuse("int8_add")
