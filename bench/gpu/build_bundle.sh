#!/bin/bash
# Builds the GPU benchmark bundle on the CPU machine, ahead of time, for an
# H100 (sm_90): a 4096x4096 layer y = W x (W in CSR, 50-99% sparse, batch 1
# and 256) compiled by prune-compile-gpu in both modes (cuSPARSE calls,
# generated kernels), the vendor baselines (dense cuBLAS, cuSPARSE with W
# resident), whole models compiled by prune-compile{target=gpu} with the CPU
# build's predictions to compare against, libPruneCudaRuntime.so, and
# run_on_device.sh. Weights are
# generated on the device side, so the bundle is small (< 1 MiB); it needs
# the CUDA driver there, and libcublas/libcusparse for the baselines and
# mode=cusparse.
#
# Usage: bench/gpu/build_bundle.sh [BUILD_DIR [BUNDLE_DIR]]
#   BUILD_DIR   the configured build tree (default: build)
#   BUNDLE_DIR  where the bundle goes (default: BUILD_DIR/gpu-bundle); a
#               .tar.gz of it is written next to it
#   GPU_FORMAT  fatbin (default when ptxas and fatbinary are found) or isa
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=$(realpath -m "${1:-$ROOT/build}")
BUNDLE=$(realpath -m "${2:-$BUILD/gpu-bundle}")
LLVM_BIN=/usr/lib/llvm-22/bin
CLANG=$LLVM_BIN/clang
export PATH="$PATH:/usr/local/cuda/bin"

if [[ -z "${GPU_FORMAT:-}" ]]; then
  if command -v ptxas >/dev/null && command -v fatbinary >/dev/null; then
    GPU_FORMAT=fatbin
  else
    GPU_FORMAT=isa
    echo "note: no ptxas/fatbinary: embedding PTX (JIT-compiled at load time)" >&2
  fi
fi

ninja -C "$BUILD" prune-opt prune-import-onnx PruneCudaRuntime >/dev/null
rm -rf "$BUNDLE"
mkdir -p "$BUNDLE/bin" "$BUNDLE/lib"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cp "$BUILD/lib/libPruneCudaRuntime.so" "$BUNDLE/lib/"

# The layer: W (CSR, 32-bit indices, nnz known only at run time) assembled
# from buffers the harness passes; x and y feature-major (4096 x batch), the
# form cuSPARSE's SpMV/SpMM and row-parallel kernels cover.
write_layer() { # batch file
  local b=$1 t op
  if [[ $b == 1 ]]; then t="tensor<4096xf32>"; op=linalg.matvec
  else t="tensor<4096x${b}xf32>"; op=linalg.matmul; fi
  cat > "$2" <<MLIR
#CSR = #sparse_tensor.encoding<{ map = (i, j) -> (i : dense, j : compressed), posWidth = 32, crdWidth = 32 }>
func.func @layer(%pos: tensor<4097xi32>, %crd: tensor<?xi32>, %val: tensor<?xf32>,
                 %x: $t, %y: $t) -> $t attributes {llvm.emit_c_interface} {
  %w = sparse_tensor.assemble (%pos, %crd), %val
     : (tensor<4097xi32>, tensor<?xi32>), tensor<?xf32> to tensor<4096x4096xf32, #CSR>
  %0 = $op ins(%w, %x : tensor<4096x4096xf32, #CSR>, $t) outs(%y : $t) -> $t
  return %0 : $t
}
MLIR
}

for batch in 1 256; do
  write_layer $batch "$WORK/layer-b$batch.mlir"
  for mode in cusparse kernels; do
    name=layer-$mode-b$batch
    "$BUILD/bin/prune-opt" "$WORK/layer-b$batch.mlir" \
      --prune-compile-gpu="gpu-format=$GPU_FORMAT mode=$mode" -o "$WORK/$name.mlir"
    "$LLVM_BIN/mlir-translate" --mlir-to-llvmir "$WORK/$name.mlir" -o "$WORK/$name.ll"
    "$CLANG" -O2 -Wno-override-module -c "$WORK/$name.ll" -o "$WORK/$name.o"
    "$CLANG" -O2 -DBATCH=$batch "$ROOT/bench/gpu/bench_layer.c" "$WORK/$name.o" \
      -L"$BUNDLE/lib" -lPruneCudaRuntime -Wl,-rpath,'$ORIGIN/../lib' -lm \
      -o "$BUNDLE/bin/$name"
    # What the generated code does per call, for the record.
    grep -o 'call [a-z0-9]* @mgpu\(SpMV\|SpMM\|LaunchKernel\)([^)]*)' "$WORK/$name.ll" \
      | sed "s/^/$name: /" >> "$BUNDLE/lowering.txt" || true
  done
done
# Whole models from prune-compile{target=gpu}: the digits MLP and the
# Fashion-MNIST MLP (dense, and pruned with CSR weights), CNN and
# transformer. The CPU build of each, run here on the same inputs, gives the
# predictions the device must reproduce (expected/NAME.txt).
mkdir -p "$BUNDLE/data" "$BUNDLE/expected"
/usr/bin/python3 - "$ROOT" "$BUNDLE/data" <<'PY'
import sys
import numpy as np
root, out = sys.argv[1], sys.argv[2]
fashion = np.load(f"{root}/examples/fashion_mnist/test_1000.npz")["input"]
fashion.astype(np.float32).tofile(f"{out}/fashion.bin")
digits = np.loadtxt(f"{root}/examples/digits_test.csv", delimiter=",")
digits[:, :64].astype(np.float32).tofile(f"{out}/digits.bin")
PY
: > "$BUNDLE/models.txt"
build_model() { # name source.mlir prune-options compile-options rank dims data rows
  local name=$1 src=$2 prune=$3 extra=$4 rank=$5 dims=$6 data=$7 rows=$8
  local mlir="$WORK/model-$name.mlir"
  if [[ -n $prune ]]; then
    "$BUILD/bin/prune-opt" "$src" --prune-weights="$prune" -o "$mlir"
  else
    cp "$src" "$mlir"
  fi
  for target in cpu gpu; do
    local opts="target=$target c-interface $extra" flags=""
    [[ $target == gpu ]] && opts+=" gpu-format=$GPU_FORMAT" \
      && flags="-DFREE_RESULT=_mlir_memref_to_llvm_free -L$BUNDLE/lib -lPruneCudaRuntime"
    "$BUILD/bin/prune-opt" "$mlir" --prune-compile="$opts" \
      | "$LLVM_BIN/mlir-translate" --mlir-to-llvmir -o "$WORK/$name-$target.ll"
    "$CLANG" -O2 -Wno-override-module -c "$WORK/$name-$target.ll" -o "$WORK/$name-$target.o"
    # shellcheck disable=SC2086
    "$CLANG" -O2 -DRANK="$rank" -DDIMS="$dims" "$ROOT/bench/gpu/bench_model.c" \
      "$WORK/$name-$target.o" $flags -Wl,-rpath,'$ORIGIN/../lib' -lm \
      -o "$WORK/$name-$target"
  done
  "$WORK/$name-cpu" "$BUNDLE/data/$data" "$rows" "$rows" 0 > "$BUNDLE/expected/$name.txt"
  cp "$WORK/$name-gpu" "$BUNDLE/bin/model-$name"
  echo "$name $data $rows" >> "$BUNDLE/models.txt"
}
for m in mlp cnn vit; do
  "$BUILD/bin/prune-import-onnx" "$ROOT/examples/fashion_mnist/$m.onnx" \
    -o "$WORK/fashion-$m.mlir" --quiet
done
build_model digits "$ROOT/examples/digits_mlp.mlir" "" "" 2 64 digits.bin 450
build_model digits-80-csr "$ROOT/examples/digits_mlp.mlir" "sparsity=0.8" \
  "sparse-format=csr" 2 64 digits.bin 450
build_model fashion-mlp "$WORK/fashion-mlp.mlir" "" "" 4 1,28,28 fashion.bin 1000
build_model fashion-mlp-90-csr "$WORK/fashion-mlp.mlir" "sparsity=0.9" \
  "sparse-format=csr" 4 1,28,28 fashion.bin 1000
build_model fashion-cnn "$WORK/fashion-cnn.mlir" "" "" 4 1,28,28 fashion.bin 1000
build_model fashion-vit "$WORK/fashion-vit.mlir" "" "" 4 1,28,28 fashion.bin 1000

"$CLANG" -O2 "$ROOT/bench/gpu/bench_vendor.c" -L"$BUNDLE/lib" -lPruneCudaRuntime \
  -Wl,-rpath,'$ORIGIN/../lib' -ldl -lm -o "$BUNDLE/bin/bench_vendor"
cp "$ROOT/bench/gpu/run_on_device.sh" "$ROOT/bench/gpu/analyze.py" \
   "$ROOT/bench/gpu/README.md" "$BUNDLE/"
echo "gpu-format=$GPU_FORMAT, built $(date -u +%FT%TZ) from $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)" \
  > "$BUNDLE/BUILD_INFO"

# The executables must not need MLIR, LLVM or a CUDA library at load time.
for exe in "$BUNDLE"/bin/*; do
  if ldd "$exe" | grep -E 'libMLIR|libLLVM|libmlir|libcuda|libcudart|not found'; then
    echo "error: $exe has unwanted run-time dependencies" >&2
    exit 1
  fi
done
tar -C "$(dirname "$BUNDLE")" -czf "$BUNDLE.tar.gz" "$(basename "$BUNDLE")"
echo "bundle: $BUNDLE ($(du -sh "$BUNDLE" | cut -f1)), $BUNDLE.tar.gz ($(du -h "$BUNDLE.tar.gz" | cut -f1))"
