# -*- Python -*-
# lit configuration for mlir-prune: FileCheck tests of the passes, plugin
# tests against the stock mlir-opt-22, and execution tests with mlir-runner.

import os

import lit.formats
from lit.llvm import llvm_config
from lit.llvm.subst import ToolSubst

config.name = "MLIR_PRUNE"
config.test_format = lit.formats.ShTest(not llvm_config.use_lit_shell)
config.suffixes = [".mlir", ".test"]
config.excludes = ["Inputs", "CMakeLists.txt", "lit.cfg.py", "lit.site.cfg.py"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.prune_obj_root, "test")

config.substitutions.append(("%PATH%", config.environment["PATH"]))
config.substitutions.append(("%prune_src", config.prune_src_root))
config.substitutions.append(("%prune_lib", os.path.join(config.prune_obj_root, "lib")))
config.substitutions.append(("%llvm_lib", config.llvm_lib_dir))
config.substitutions.append(("%python", config.python_executable))
config.substitutions.append(
    ("%mlir_runner_libs",
     ",".join(os.path.join(config.llvm_lib_dir, lib) for lib in
              ["libmlir_c_runner_utils.so", "libmlir_runner_utils.so"])))

llvm_config.with_system_environment(["HOME", "INCLUDE", "LIB", "TMP", "TEMP"])
llvm_config.use_default_substitutions()

# Our tools first, then LLVM's (FileCheck, not, mlir-opt, mlir-runner).
llvm_config.with_environment("PATH", config.llvm_tools_dir, append_path=True)
tool_dirs = [os.path.join(config.prune_obj_root, "bin"), config.llvm_tools_dir]
tools = ["prune-opt", "mlir-opt", "mlir-runner", "mlir-translate"]
llvm_config.add_tool_substitutions(tools, tool_dirs)

# The Python tools are commands in build/bin (prune-run-model, prune-stats,
# ...; python/CMakeLists.txt), called by name. Test helpers and benchmarks
# that import the package find it on PYTHONPATH.
llvm_config.with_environment("PATH", os.path.join(config.prune_obj_root, "bin"), append_path=True)
llvm_config.with_environment("PYTHONPATH", os.path.join(config.prune_src_root, "python"),
                             append_path=True)

# GPU: the CUDA toolkit is optional. gpu-format=isa (PTX) needs none of it;
# fatbin needs ptxas and fatbinary; running GPU code needs the driver
# (libcuda.so.1), which a CPU-only CI machine lacks. The toolkit's stub
# libcuda.so checks that libPruneCudaRuntime.so binds every driver symbol.
import ctypes
import shutil

cuda_bin = "/usr/local/cuda/bin"
if os.path.isdir(cuda_bin):
    llvm_config.with_environment("PATH", cuda_bin, append_path=True)
if shutil.which("ptxas", path=config.environment["PATH"]) and shutil.which(
        "fatbinary", path=config.environment["PATH"]):
    config.available_features.add("ptxas")
cuda_stubs = "/usr/local/cuda/lib64/stubs"
if os.path.exists(os.path.join(cuda_stubs, "libcuda.so")):
    config.available_features.add("cuda-stubs")
    config.substitutions.append(("%cuda_stubs", cuda_stubs))
try:
    ctypes.CDLL("libcuda.so.1")
    config.available_features.add("cuda-driver")
except OSError:
    pass
clang = os.path.join(config.llvm_tools_dir, "clang")
if os.path.exists(clang):
    config.available_features.add("clang")
    config.substitutions.append(("%clang", clang))

# ONNX Runtime (CPU) as the numeric reference for ONNX models: Node.js and the
# npm package onnxruntime-node in $PRUNE_ORT_DIR or .deps/onnxruntime
# (scripts/install-deps.sh; python/mlir_prune/ort.py finds it the same way).
ort_dir = os.environ.get("PRUNE_ORT_DIR") or os.path.join(config.prune_src_root, ".deps",
                                                          "onnxruntime")
ort_packages = [os.path.join(ort_dir, "node_modules", "onnxruntime-node")]
if os.path.basename(os.path.normpath(ort_dir)) == "onnxruntime-node":
    ort_packages.append(ort_dir)  # PRUNE_ORT_DIR may name the package itself
if shutil.which("node", path=config.environment["PATH"]) and any(
        os.path.exists(os.path.join(p, "package.json")) for p in ort_packages):
    config.available_features.add("onnxruntime")
    config.environment["PRUNE_ORT_DIR"] = ort_dir
