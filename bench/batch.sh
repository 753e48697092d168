#!/usr/bin/env bash
# Batch scoring benchmark: scores N answers files (default 10,000; copies of the test scenarios) for the
# bundled countertransference check in one attune process, and reports answers files scored per second
# (median of RUNS runs, default 3), against the target of 20,000 per second. With BASELINE_REF, attune as
# built at that git ref (in a temporary worktree) scores the same files in the same runs.
# Usage: bench/batch.sh [N] [RUNS] [BASELINE_REF]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-10000}
runs=${2:-3}
baseline=${3:-}
[ -f target/attune.jar ] || bin/install
. bench/baseline.sh
. bench/answers.sh

work=$(mktemp -d)
trap 'git worktree remove --force "$work/baseline" 2>/dev/null; rm -rf "$work"' EXIT
make_answers "$work/answers" "$count"

launchers=(bin/attune)
if [ -n "$baseline" ]; then
  echo "building attune at $baseline ..." >&2
  launchers+=("$(build_baseline "$baseline" "$work")")
fi

# one run: answers files scored per second
rate() {
  local start end lines
  start=$(date +%s%N)
  # answers to items hidden by showIf draw warnings on stderr; they are part of the work, not of the output
  "$1" score countertransference-check --answers "$work/answers" --format json > "$work/reports.jsonl" 2>/dev/null
  end=$(date +%s%N)
  lines=$(wc -l < "$work/reports.jsonl")
  [ "$lines" -eq "$count" ] || { echo "expected $count reports, got $lines" >&2; exit 1; }
  awk "BEGIN{printf \"%d\", $count / (($end - $start) / 1e9)}"
}

for _ in $(seq "$runs"); do
  for i in "${!launchers[@]}"; do
    rate "${launchers[$i]}" >> "$work/rates-$i"
    echo >> "$work/rates-$i"
  done
done
median() { sort -n "$1" | sed '/^$/d' | sed -n "$(( (runs + 1) / 2 ))p"; }
echo "scored $count answers files per run, $runs runs: median $(median "$work/rates-0") answers files/s; target >= 20000"
if [ -n "$baseline" ]; then
  echo "attune at $baseline: median $(median "$work/rates-1") answers files/s; current / baseline = $(awk "BEGIN{printf \"%.2f\", $(median "$work/rates-0") / $(median "$work/rates-1")}")"
fi
