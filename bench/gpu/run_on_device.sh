#!/bin/bash
# Runs the GPU benchmark bundle (made by build_bundle.sh) on a machine with an
# NVIDIA GPU and its driver. Needs no MLIR and no CUDA toolkit; cuBLAS and
# cuSPARSE (libcublas.so.13/.12, libcusparse.so.12) are found through
# LD_LIBRARY_PATH, the loader's default paths or /usr/local/cuda/lib64, and
# the baselines that need them are skipped (with a message) when missing.
#
# Usage: run_on_device.sh [SPARSITY...]      (default 0.5 0.6 0.7 0.8 0.9 0.95 0.99)
# Writes results.csv, summary.txt, models.csv (whole models: predictions
# against the CPU build's, latency) and device.txt to $OUT (or the bundle
# dir). Exits non-zero if anything failed or a prediction differs.
set -uo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
DEST=${OUT:-$HERE}
mkdir -p "$DEST"
for d in /usr/local/cuda/lib64 /usr/local/cuda/targets/x86_64-linux/lib; do
  [[ -d $d ]] && export LD_LIBRARY_PATH="${LD_LIBRARY_PATH:+$LD_LIBRARY_PATH:}$d"
done

{
  cat "$HERE/BUILD_INFO" 2>/dev/null
  nvidia-smi --query-gpu=name,driver_version,memory.total,clocks.max.sm --format=csv 2>&1 \
    || echo "nvidia-smi not available"
} > "$DEST/device.txt"
cat "$DEST/device.txt"

CSV="$DEST/results.csv"
echo "impl,batch,sparsity,nnz,median_ms,min_ms,reps,max_rel_err" > "$CSV"
status=0
for batch in 1 256; do
  for mode in cusparse kernels; do
    echo "== layer-$mode-b$batch" >&2
    "$HERE/bin/layer-$mode-b$batch" "mlir-$mode-e2e" "$@" | tee -a "$CSV" || status=1
  done
  # GPU time alone of the generated code's kernel / cuSPARSE call (events
  # around each, PRUNE_CUDA_PROFILE in libPruneCudaRuntime.so): the mean
  # over all calls of one process per sparsity, reported in median_ms.
  for mode in cusparse kernels; do
    for s in ${@:-0.5 0.6 0.7 0.8 0.9 0.95 0.99}; do
      PRUNE_CUDA_PROFILE=1 "$HERE/bin/layer-$mode-b$batch" x "$s" 2>&1 >/dev/null \
        | awk -v impl="mlir-$mode-gpuonly" -v b="$batch" -v s="$s" '
            /^prune-cuda-profile:/ {
              n = $3 + $7; ms = $4 + $8
              if (n > 0) printf "%s,%d,%.2f,0,%.4f,%.4f,%d,0\n", impl, b, s, ms / n, ms / n, n
            }' | tee -a "$CSV"
    done
  done
  echo "== bench_vendor $batch" >&2
  "$HERE/bin/bench_vendor" "$batch" "$@" | tee -a "$CSV" || status=1
done

# Whole models (prune-compile{target=gpu}): predictions on every test row
# against the CPU build's (expected/), then per-call latency at batch 1 and
# at the whole test set, including the copy of the input into managed
# memory; first_ms is the first call (module load, PTX JIT, weight upload).
MODELS="$DEST/models.csv"
echo "model,batch,first_ms,median_ms,calls,matching_predictions" > "$MODELS"
while read -r name data rows; do
  echo "== model-$name" >&2
  for batch in 1 "$rows"; do
    reps=$([[ $batch == 1 ]] && echo 200 || echo 20)
    if ! "$HERE/bin/model-$name" "$HERE/data/$data" "$rows" "$batch" "$reps" \
         > "$DEST/pred-$name-b$batch.txt" 2> "$DEST/time-$name-b$batch.txt"; then
      cat "$DEST/time-$name-b$batch.txt" >&2
      echo "$name,$batch,,,,failed" >> "$MODELS"
      status=1
      continue
    fi
    match=$(paste -d' ' "$HERE/expected/$name.txt" "$DEST/pred-$name-b$batch.txt" \
      | awk '$1 == $2 {n++} END {print n + 0}')
    [[ $match == "$rows" ]] || status=1
    awk -v m="$name" -v b="$batch" -v k="$match/$rows" \
      '/^first_ms/ {printf "%s,%s,%s,%s,%s,%s\n", m, b, $2, $4, $6, k}' \
      "$DEST/time-$name-b$batch.txt" >> "$MODELS"
  done
done < "$HERE/models.txt"
column -s, -t < "$MODELS"

if command -v python3 >/dev/null; then
  python3 "$HERE/analyze.py" "$CSV" | tee "$DEST/summary.txt"
else
  echo "python3 not found: analyze results.csv elsewhere with analyze.py" >&2
fi
exit $status
