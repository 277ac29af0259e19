#!/usr/bin/env bash
# Runs every pruning pass, under a fixed set of options, on the shipped
# examples and on every lit input file, and stores what each run printed
# (the IR, stderr with diagnostics and remarks, the JSON report, the exit
# status) under OUTDIR. Two snapshots taken with two builds compare with
# `diff -r`: a refactoring that must not change behaviour leaves no
# difference.
#
#   scripts/snapshot-pass-outputs.sh OUTDIR [PRUNE_OPT]
#
# Calibration statistics for the stats= options are written once, by the
# first snapshot, into OUTDIR/../snapshot-stats, and reused by later ones so
# that both sides read the same file.
set -uo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: snapshot-pass-outputs.sh OUTDIR [PRUNE_OPT]}
opt=${2:-build/bin/prune-opt}
opt=$(readlink -f "$opt")
mkdir -p "$out"
out=$(readlink -f "$out")
statsdir="$(dirname "$out")/snapshot-stats"
mkdir -p "$statsdir"

# run NAME INPUT ARGS...: one invocation, everything it printed kept.
run() {
  local name=$1 input=$2
  shift 2
  local dir="$out/$name"
  mkdir -p "$(dirname "$dir")"
  (cd "$(dirname "$dir")" &&
    "$opt" "$input" "$@" >"$dir.out" 2>"$dir.err"
    echo "exit $?" >"$dir.status")
  # Paths in diagnostics differ only by the snapshot's own directory.
  sed -i "s|$out|OUT|g" "$dir.err" "$dir.out" 2>/dev/null
  if [ -f "$(dirname "$dir")/report.json" ]; then
    mv "$(dirname "$dir")/report.json" "$dir.report.json"
  fi
}

weights_options=(
  "sparsity=0.5"
  "sparsity=0.9 scope=global"
  "threshold=0.05"
  "pattern=2:4"
  "pattern=block:2x2 sparsity=0.5"
  "pattern=channel sparsity=0.25"
  "sparsity=0.7 layers=fc1|fc3"
)
remarks=(--remarks-filter=prune-.* --mlir-print-debuginfo)

# Statistics of the shipped MLPs, gathered once with the calibration tool
# (mlir_prune.calibrate, run from the source tree so that PRUNE_OPT may come
# from a build without the build/bin wrappers).
for model in digits_mlp digits_residual_mlp; do
  stats="$statsdir/$model.stats"
  if [ ! -f "$stats" ]; then
    PYTHONPATH=python /usr/bin/python3 -m mlir_prune.calibrate \
      --build "$(dirname "$(dirname "$opt")")" "examples/$model.mlir" \
      examples/digits_train.csv --stats "$stats" >/dev/null 2>&1 ||
      echo "warning: no statistics for $model" >&2
  fi
done

# The shipped models, every pass.
for model in examples/*.mlir; do
  base=$(basename "$model" .mlir)
  src=$(readlink -f "$model")
  i=0
  for options in "${weights_options[@]}"; do
    run "examples/$base/weights-$i" "$src" "${remarks[@]}" \
      --prune-weights="$options report=report.json"
    i=$((i + 1))
  done
  stats="$statsdir/$base.stats"
  if [ -f "$stats" ]; then
    run "examples/$base/weights-wanda" "$src" "${remarks[@]}" \
      --prune-weights="sparsity=0.6 criterion=wanda stats=$stats report=report.json"
    run "examples/$base/weights-reconstruct" "$src" "${remarks[@]}" \
      --prune-weights="sparsity=0.8 method=reconstruct stats=$stats report=report.json"
    run "examples/$base/neurons-activity" "$src" "${remarks[@]}" \
      --prune-neurons="mode=activity stats=$stats threshold=0.05 report=report.json"
  fi
  run "examples/$base/neurons-dead" "$src" "${remarks[@]}" \
    --prune-neurons="report=report.json"
  run "examples/$base/neurons-importance" "$src" "${remarks[@]}" \
    --prune-neurons="mode=importance ratio=0.25 report=report.json"
  run "examples/$base/neurons-importance-global" "$src" "${remarks[@]}" \
    --prune-neurons="mode=importance ratio=0.4 scope=global norm=l1 report=report.json"
  run "examples/$base/weights-then-branches" "$src" "${remarks[@]}" \
    --prune-weights="pattern=channel sparsity=0.9" \
    --prune-branches="report=report.json"
  run "examples/$base/instrument" "$src" "${remarks[@]}" \
    --prune-instrument="output=x.stats" --prune-lower-observe
  run "examples/$base/sparsify" "$src" "${remarks[@]}" \
    --prune-weights="sparsity=0.9" --tosa-to-linalg-pipeline \
    --prune-sparsify="format=auto report=report.json"
  run "examples/$base/compile" "$src" \
    --prune-weights="sparsity=0.9" --prune-compile
done

# The shipped trees.
for model in examples/trees/*.mlir; do
  base=$(basename "$model" .mlir)
  src=$(readlink -f "$model")
  for options in "" "ccp-alpha=0.002" "min-gain=0.002" "min-samples=20" \
                 "ccp-alpha=0.01 criterion=entropy"; do
    name=$(echo "branches-$options" | tr ' =' '_-')
    run "trees/$base/$name" "$src" "${remarks[@]}" \
      --prune-branches="$options report=report.json"
  done
done

# Every lit input, each pass with defaults (split files as lit splits them).
while IFS= read -r file; do
  rel=${file#test/}
  src=$(readlink -f "$file")
  split=()
  grep -q -- "--split-input-file" "$file" && split=(--split-input-file)
  run "lit/$rel/weights" "$src" "${split[@]}" "${remarks[@]}" \
    --prune-weights="sparsity=0.5"
  run "lit/$rel/weights-2-4" "$src" "${split[@]}" "${remarks[@]}" \
    --prune-weights="pattern=2:4"
  run "lit/$rel/neurons" "$src" "${split[@]}" "${remarks[@]}" --prune-neurons
  run "lit/$rel/neurons-importance" "$src" "${split[@]}" "${remarks[@]}" \
    --prune-neurons="mode=importance ratio=0.5"
  run "lit/$rel/branches" "$src" "${split[@]}" "${remarks[@]}" --prune-branches
  run "lit/$rel/instrument" "$src" "${split[@]}" "${remarks[@]}" \
    --prune-instrument="output=x.stats"
done < <(git ls-files 'test/*.mlir' | grep -v -e /Inputs/ -e /GpuRuntime/ -e /Plugin/)

echo "snapshot: $(find "$out" -name '*.status' | wc -l) runs in $out"
