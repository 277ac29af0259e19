#!/usr/bin/env bash
# The demo: installs dependencies, builds, prunes the shipped digits MLP under
# several settings and prints what was removed and the accuracy that is left.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh >/dev/null
build/bin/prune-demo
