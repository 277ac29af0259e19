#!/bin/bash
# build_aot.sh - compile a model ahead of time into a shared library.
#
# The model (TOSA / linalg / ... with its weights as constants) is lowered by
# prune-compile with MLIR's C interface, translated to LLVM IR and compiled
# by clang. Every public function @f becomes `_mlir_ciface_f`, taking and
# returning memrefs as pointers to descriptors (see examples/aot/digits_aot.cpp).
# The library needs only libc (malloc, free, memset) at run time; built with
# the option threads=N (N > 1) it also links LLVM's OpenMP runtime,
# /usr/lib/llvm-22/lib/libomp.so (Debian's libomp-22-dev), found by rpath;
# with cache-buffers=true, build/lib/libPruneBufferCache.so (results are then
# freed with its _mlir_memref_to_llvm_free).
#
# Usage: scripts/build_aot.sh MODEL.mlir OUT.so ["PRUNE-COMPILE OPTIONS"]
#   e.g. scripts/build_aot.sh examples/digits_mlp.mlir build/libdigits_mlp.so "sparse-format=csr"
# Environment: PRUNE_OPT (default build/bin/prune-opt), CLANG (clang-22),
#   AOT_CFLAGS (default "-O3 -march=native"; drop -march=native for a
#   library that runs on other x86-64 machines).
set -euo pipefail
if [ $# -lt 2 ] || [ $# -gt 3 ]; then
  sed -n '2,18p' "$0" >&2
  exit 2
fi
root=$(cd "$(dirname "$0")/.." && pwd)
model=$1
out=$2
options="c-interface=true${3:+ $3}"
prune_opt=${PRUNE_OPT:-$root/build/bin/prune-opt}
clang=${CLANG:-clang-22}
cflags=${AOT_CFLAGS:--O3 -march=native}
translate=/usr/lib/llvm-22/bin/mlir-translate

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$prune_opt" "$model" --prune-compile="$options" -o "$tmp/model.llvm.mlir"
"$translate" --mlir-to-llvmir "$tmp/model.llvm.mlir" -o "$tmp/model.ll"
# Code built with threads=N calls the OpenMP runtime (__kmpc_fork_call).
libs=()
if grep -q '@__kmpc_' "$tmp/model.ll"; then
  libs=(-L/usr/lib/llvm-22/lib -lomp -Wl,-rpath,/usr/lib/llvm-22/lib)
fi
# Code built with cache-buffers=true allocates through libPruneBufferCache.so.
if grep -q '@_mlir_memref_to_llvm_alloc' "$tmp/model.ll"; then
  cache_dir=$(cd "$(dirname "$prune_opt")/../lib" && pwd)
  libs+=(-L"$cache_dir" -lPruneBufferCache -Wl,-rpath,"$cache_dir")
fi
# shellcheck disable=SC2086
"$clang" $cflags -shared -fPIC -Wno-override-module "$tmp/model.ll" -o "$out" "${libs[@]}"
