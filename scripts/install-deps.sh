#!/usr/bin/env bash
# Installs what mlir-prune needs from Debian 12's own packages (run as root).
# Packages already installed are skipped, so this is cheap to run again.
set -euo pipefail
packages=(
  cmake ninja-build g++
  llvm-22-dev libmlir-22-dev mlir-22-tools llvm-22-tools clang-22 lld-22
  zlib1g-dev libzstd-dev
  python3 python3-numpy python3-sklearn python3-torch python3-matplotlib
  python3-xgboost  # prune-import-sklearn of XGBoost models, bench/forest_bench.py
  python3-torchvision  # prune-export-fashion --torchvision (resnet18, mobilenet_v2)
  libdnnl-dev libopenblas-dev libeigen3-dev libbenchmark-dev
  libomp-22-dev  # prune-compile{threads=N}: OpenMP runtime the built code calls
  # ONNX: the C++ importer (libonnx-dev, libprotobuf-dev), python3-onnx for the
  # exporters' checks, and Fashion-MNIST for the trained examples
  # (python/mlir_prune/fashion_models.py reads /usr/share/datasets/fashion-mnist).
  python3-onnx libonnx-dev libprotobuf-dev dataset-fashion-mnist
  # Node.js runs ONNX Runtime (onnxruntime-node, below), the numeric reference.
  # Not `npm` here: NodeSource's nodejs (20.x) bundles npm and Conflicts with
  # Debian's npm package, so listing it would remove that nodejs; with Debian's
  # own nodejs (18.x) npm is installed below only when the command is missing.
  nodejs
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# ONNX Runtime (CPU) as a numeric reference for the ONNX models: the npm
# package onnxruntime-node, which ships the CPU library inside it, installed in
# .deps/onnxruntime (git-ignored) for python/mlir_prune/ort.py. Its install
# script would fetch GPU extras from the network, hence --ignore-scripts.
# Skipped when present; a registry that cannot be reached is only a warning
# (the lit tests that need it are then unsupported).
ORT_VERSION=1.31.1
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ort_dir="$repo/.deps/onnxruntime"
if [ ! -d "$ort_dir/node_modules/onnxruntime-node" ]; then
  if ! command -v npm >/dev/null && command -v apt-get >/dev/null; then
    # Debian's nodejs comes without npm (NodeSource's bundles it).
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends npm \
      || echo "warning: could not install npm"
  fi
  if command -v npm >/dev/null; then
    echo "installing onnxruntime-node@$ORT_VERSION into $ort_dir"
    mkdir -p "$ort_dir"
    [ -f "$ort_dir/package.json" ] || echo '{"private": true}' > "$ort_dir/package.json"
    if ! (cd "$ort_dir" && timeout 900 npm install --ignore-scripts --no-audit --no-fund \
               --fetch-retries=1 --fetch-timeout=60000 \
               "onnxruntime-node@$ORT_VERSION"); then
      echo "warning: could not install onnxruntime-node (registry unreachable?);" \
           "the tests that need ONNX Runtime will be unsupported"
      rm -rf "$ort_dir/node_modules/onnxruntime-node"
    fi
  else
    echo "warning: npm not found; onnxruntime-node not installed," \
         "the tests that need ONNX Runtime will be unsupported"
  fi
fi
