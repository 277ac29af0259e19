#!/usr/bin/env bash
# The demo: installs dependencies, builds, prunes the shipped digits MLP under
# several settings and prints what was removed and the accuracy that is left;
# then the same for real models imported from ONNX.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh >/dev/null
build/bin/prune-demo
# Real models: the Fashion-MNIST CNN and transformer, imported from ONNX,
# calibrated, pruned, compiled and run (README, "Real models from ONNX").
build/bin/prune-onnx-report --models cnn_bn,vit --sparsities 0.5,0.9 2>/dev/null
