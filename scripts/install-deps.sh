#!/usr/bin/env bash
# Installs what mlir-prune needs from Debian 12's own packages (run as root).
# Packages already installed are skipped, so this is cheap to run again.
set -euo pipefail
packages=(
  cmake ninja-build g++
  llvm-22-dev libmlir-22-dev mlir-22-tools llvm-22-tools clang-22 lld-22
  zlib1g-dev libzstd-dev
  python3 python3-numpy python3-sklearn python3-torch python3-matplotlib
  libdnnl-dev libopenblas-dev libeigen3-dev libbenchmark-dev
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
