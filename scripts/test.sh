#!/usr/bin/env bash
# The whole test suite: installs dependencies, builds, runs every lit test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
/usr/lib/llvm-22/bin/lit -sv build/test
