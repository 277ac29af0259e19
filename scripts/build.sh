#!/usr/bin/env bash
# Configures and builds mlir-prune into build/ (prune-opt, PrunePlugin.so).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -G Ninja \
  -DMLIR_DIR=/usr/lib/llvm-22/lib/cmake/mlir \
  -DLLVM_EXTERNAL_LIT=/usr/lib/llvm-22/bin/lit >/dev/null
ninja -C build
