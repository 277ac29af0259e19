"""Runs a model's @forward on numpy arrays: compiled ahead of time by
prune-compile (c-interface=true), translated to LLVM IR, built into a shared
library by clang, and called through ctypes with MLIR's memref descriptors.

    model = aot.compile("model.mlir", options="sparse-format=csr")
    logits = model(images)          # numpy in, numpy out
    seconds = model.time(images)    # median per call

The library is what scripts/build_aot.sh builds; this module only adds the
calling side. One result is supported (a model's logits).
"""
import ctypes
import os
import re
import subprocess
import tempfile
import time as _time

import numpy as np

from . import common

_DTYPES = {"f32": (np.float32, ctypes.c_float), "f64": (np.float64, ctypes.c_double),
           "f16": (np.float16, ctypes.c_uint16),
           "i32": (np.int32, ctypes.c_int32), "i64": (np.int64, ctypes.c_int64),
           "i8": (np.int8, ctypes.c_int8)}


def _descriptor(rank, ctype):
    """StridedMemRefType<T, rank> as a ctypes structure."""
    fields = [("allocated", ctypes.POINTER(ctype)), ("aligned", ctypes.POINTER(ctype)),
              ("offset", ctypes.c_int64)]
    if rank:
        fields += [("sizes", ctypes.c_int64 * rank), ("strides", ctypes.c_int64 * rank)]
    return type("MemRef%dD" % rank, (ctypes.Structure,), {"_fields_": fields})


def parse_tensor_type(text):
    """'tensor<?x1x28x28xf32>' -> ([None, 1, 28, 28], 'f32')."""
    m = re.fullmatch(r"tensor<(.*)>", text.strip())
    if not m:
        raise ValueError("not a ranked tensor type: " + text)
    parts = m.group(1).split("x")
    return [None if p == "?" else int(p) for p in parts[:-1]], parts[-1]


def forward_signature(model_text, entry="forward"):
    """(argument types, result types) of @entry as parse_tensor_type tuples."""
    m = re.search(r"func\.func @%s\((.*?)\)\s*->\s*(\(.*?\)|tensor<[^>]*>)\s*(attributes.*?)?\{"
                  % re.escape(entry), model_text, re.S)
    if not m:
        raise ValueError("no func.func @%s with tensor results" % entry)
    args = [parse_tensor_type(t) for t in re.findall(r":\s*(tensor<[^>]*>)", m.group(1))]
    results = [parse_tensor_type(t) for t in re.findall(r"(tensor<[^>]*>)", m.group(2))]
    return args, results


class CompiledModel:
    def __init__(self, library, args, results, entry="forward"):
        if len(results) != 1:
            raise ValueError("models with %d results are not supported" % len(results))
        self.library = library
        self.args, self.results = args, results
        self._lib = ctypes.CDLL(library)
        self._fn = getattr(self._lib, "_mlir_ciface_" + entry)
        self._fn.restype = None
        # The result buffer is freed as it was allocated: by
        # libPruneBufferCache.so (cache-buffers=true) or malloc.
        try:
            self._free = self._lib._mlir_memref_to_llvm_free
        except AttributeError:
            self._free = ctypes.CDLL(None).free
        self._free.argtypes = [ctypes.c_void_p]
        self._free.restype = None

    def _inputs(self, arrays):
        if len(arrays) != len(self.args):
            raise ValueError("@forward takes %d arguments, got %d" % (len(self.args), len(arrays)))
        descs, keep = [], []
        for i, (array, (shape, elem)) in enumerate(zip(arrays, self.args)):
            dtype, ctype = _DTYPES[elem]
            a = np.ascontiguousarray(array, dtype=dtype)
            want = [d if d is not None else a.shape[k] for k, d in enumerate(shape)]
            if list(a.shape) != want:
                raise ValueError("argument %d: expected shape %s, got %s"
                                 % (i, "x".join("?" if d is None else str(d) for d in shape),
                                    "x".join(map(str, a.shape))))
            d = _descriptor(a.ndim, ctype)()
            ptr = a.ctypes.data_as(ctypes.POINTER(ctype))
            d.allocated = d.aligned = ptr
            d.offset = 0
            for k in range(a.ndim):
                d.sizes[k] = a.shape[k]
                d.strides[k] = a.strides[k] // a.itemsize
            descs.append(d)
            keep.append(a)
        return descs, keep

    @property
    def static_batch(self):
        """The first dimension that every argument and the result share when
        it is static (a model exported without a dynamic batch axis), else
        None."""
        firsts = {shape[0] if shape else None for shape, _ in self.args + self.results}
        return firsts.pop() if len(firsts) == 1 else None

    def __call__(self, *arrays):
        """Runs @forward. A model of static batch B takes any number of samples:
        they are fed in chunks of B, the last one padded with zeros whose
        results are dropped."""
        batch = self.static_batch
        counts = {np.shape(a)[0] if np.ndim(a) else None for a in arrays}
        if batch is not None and len(counts) == 1 and None not in counts and counts != {batch}:
            samples = counts.pop()
            pieces = []
            for start in range(0, samples, batch):
                chunk = [np.asarray(a)[start:start + batch] for a in arrays]
                got = len(chunk[0])
                pieces.append(self._run([self._padded(c, batch) for c in chunk])[:got])
            if not pieces:
                shape, elem = self.results[0]
                return np.zeros([0] + shape[1:], _DTYPES[elem][0])
            return np.concatenate(pieces)
        return self._run(arrays)

    @staticmethod
    def _padded(array, batch):
        """`array` with zero samples appended up to `batch`."""
        if len(array) >= batch:
            return array
        return np.concatenate([array, np.zeros((batch - len(array),) + array.shape[1:], array.dtype)])

    def _run(self, arrays):
        descs, keep = self._inputs(arrays)
        shape, elem = self.results[0]
        dtype, ctype = _DTYPES[elem]
        out = _descriptor(len(shape), ctype)()
        self._fn(ctypes.byref(out), *[ctypes.byref(d) for d in descs])
        if not out.aligned:
            raise RuntimeError("@forward returned no buffer")
        sizes = [out.sizes[k] for k in range(len(shape))]
        strides = [out.strides[k] for k in range(len(shape))]
        n = int(np.prod(sizes)) if sizes else 1
        view = np.ctypeslib.as_array(
            ctypes.cast(ctypes.addressof(out.aligned.contents) + out.offset * ctypes.sizeof(ctype),
                        ctypes.POINTER(ctype)), shape=(max(1, max((s - 1) * t for s, t in zip(sizes, strides)) + 1 if sizes else 1),))
        result = np.lib.stride_tricks.as_strided(
            view, shape=sizes, strides=[t * ctypes.sizeof(ctype) for t in strides]).copy() if n else np.zeros(sizes, dtype)
        # ctypes has no 16-bit float: f16 results come as their bits.
        result = result.view(dtype) if result.dtype != dtype and result.itemsize == np.dtype(dtype).itemsize else result
        self._free(ctypes.cast(out.allocated, ctypes.c_void_p))
        return result

    def time(self, *arrays, repeat=20):
        """Median seconds per call: the argument descriptors are built once
        and each call only runs the model and frees its result, so that
        small models are not timed mostly in Python. A model of static batch
        B is timed on one call of B samples (the first B, or all of them
        padded with zeros)."""
        batch = self.static_batch
        if batch is not None:
            arrays = [self._padded(np.asarray(a)[:batch], batch) if np.ndim(a) else a
                      for a in arrays]
        descs, keep = self._inputs(arrays)
        shape, elem = self.results[0]
        out = _descriptor(len(shape), _DTYPES[elem][1])()
        args = [ctypes.byref(out)] + [ctypes.byref(d) for d in descs]
        free = self._free
        times = []
        for i in range(repeat + 1):
            t0 = _time.perf_counter()
            self._fn(*args)
            elapsed = _time.perf_counter() - t0
            free(ctypes.cast(out.allocated, ctypes.c_void_p))
            if i:  # the first call warms up
                times.append(elapsed)
        return float(np.median(times))


def compile(model_path, options="", out_dir=None, opt=None, clang="clang-22", cflags="-O3 -march=native",
            libs=()):
    """Builds `model_path` into a shared library (linked with `libs`, paths of
    shared libraries); returns a CompiledModel."""
    opt = opt or common.prune_opt()
    with open(model_path, errors="replace") as f:
        args, results = forward_signature(f.read())
    if len(results) != 1:
        raise ValueError("%s: @forward has %d results; aot runs models with one"
                         % (model_path, len(results)))
    out_dir = out_dir or tempfile.mkdtemp(prefix="prune-aot-")
    os.makedirs(out_dir, exist_ok=True)
    # A fresh name per build: dlopen returns an already loaded library for
    # a path it has seen, whatever the file now holds.
    fd, base = tempfile.mkstemp(prefix=os.path.splitext(os.path.basename(model_path))[0] + "-",
                                dir=out_dir)
    os.close(fd)  # only the unique name is needed
    # Buffers come from libPruneBufferCache.so, which keeps them from one
    # call to the next (no page faults per call); options may turn it off.
    pipeline_options = "c-interface=true cache-buffers=true" + (" " + options if options else "")
    subprocess.run([opt, model_path, "--prune-compile=" + pipeline_options, "-o", base + ".llvm.mlir"],
                   check=True)
    # Code built with threads=N > 1 calls LLVM's OpenMP runtime (libomp-22-dev).
    with open(base + ".llvm.mlir", errors="replace") as f:
        lowered = f.read()
    openmp = ["-lomp"] if "omp.parallel" in lowered else []
    if "_mlir_memref_to_llvm_alloc" in lowered:
        beside_opt = common.buffer_cache_library(os.path.dirname(os.path.dirname(os.path.abspath(opt))))
        libs = [beside_opt if os.path.exists(beside_opt) else common.buffer_cache_library()] + list(libs)
    # prune-emit-object (beside prune-opt) translates, optimizes (-O3) and
    # compiles for the host CPU in one process, keeping weights as bytes;
    # the LLVM IR text path prints and parses every weight (minutes for
    # 16M of them) and is taken for other cflags or when the tool is missing.
    emit_object = os.path.join(os.path.dirname(opt), "prune-emit-object")
    if cflags == "-O3 -march=native" and os.path.exists(emit_object):
        subprocess.run([emit_object, base + ".llvm.mlir", "-o", base + ".o"], check=True)
        code, cflags = base + ".o", ""
    else:
        subprocess.run([common.LLVM_DIR + "/bin/mlir-translate", "--mlir-to-llvmir", base + ".llvm.mlir",
                        "-o", base + ".ll"], check=True)
        code = base + ".ll"
    # Lowered copies between differently laid-out memrefs call memrefCopy
    # from MLIR's C runner utilities.
    libdir = common.LLVM_DIR + "/lib"
    subprocess.run([clang] + cflags.split() + ["-shared", "-fPIC", "-Wno-override-module", code,
                                               "-o", base + ".so", "-L" + libdir, "-lmlir_c_runner_utils"]
                   + openmp + ["-Wl,-rpath," + libdir] + list(libs)
                   + ["-Wl,-rpath," + os.path.dirname(os.path.abspath(lib)) for lib in libs], check=True)
    return CompiledModel(base + ".so", args, results)


def calibrate(model_path, images, stats_path, batch=256, opt=None, out_dir=None):
    """Writes the calibration statistics of `model_path` on `images` (its one
    argument, samples along the first axis) to `stats_path`: the model is
    instrumented (prune-instrument, prune-lower-observe), built with
    libPruneRuntime.so, run in chunks of `batch`, and the runtime's
    statistics written. Works for any input rank (images, tokens), unlike the
    mlir-runner path that embeds a CSV split."""
    opt = opt or common.prune_opt()
    out_dir = out_dir or tempfile.mkdtemp(prefix="prune-calibrate-")
    instrumented = os.path.join(out_dir, os.path.splitext(os.path.basename(model_path))[0]
                                + ".instrumented.mlir")
    if os.path.exists(stats_path):
        os.remove(stats_path)
    subprocess.run([opt, model_path, "--prune-instrument=output=" + os.path.abspath(stats_path),
                    "--prune-lower-observe", "-o", instrumented], check=True)
    runtime = common.runtime_library()
    model = compile(instrumented, out_dir=out_dir, opt=opt, libs=[runtime])
    # A static batch takes chunks of its size only; the samples left over
    # are not observed (padding would enter the statistics), as in
    # prune-calibrate.
    batch = model.static_batch or batch
    usable = len(images) if model.static_batch is None else len(images) // batch * batch
    if usable == 0:
        raise ValueError("%s takes a static batch of %d samples; the calibration data has %d"
                         % (model_path, batch, len(images)))
    for start in range(0, usable, batch):
        model(images[start:start + batch])
    lib = ctypes.CDLL(runtime)
    if lib.prune_runtime_write() != 0 or not os.path.exists(stats_path):
        raise RuntimeError("the instrumented model wrote no statistics file " + stats_path)
