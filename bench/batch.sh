#!/usr/bin/env bash
# Batch scoring benchmark: scores N answers files (default 10,000; copies of the test scenarios) for the
# bundled countertransference check in one attune process, and reports answers files scored per second
# (median of RUNS runs, default 3). Usage: bench/batch.sh [N] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-10000}
runs=${2:-3}
[ -f target/attune.jar ] || bin/install

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# the scenario answers files (valid for the current questionnaire, and varied), copied round-robin
python3 - "$work" "$count" src/test/resources/scenarios/[0-9]*.yaml <<'PY'
import shutil, sys
folder, count, scenarios = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
for n in range(count):
    shutil.copyfile(scenarios[n % len(scenarios)], f"{folder}/answers-{n:05d}.yaml")
PY

rates=()
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  # answers to items hidden by showIf draw warnings on stderr; they are part of the work, not of the output
  bin/attune score countertransference-check --answers "$work" --format json > "$work/reports.jsonl" 2>/dev/null
  end=$(date +%s%N)
  lines=$(wc -l < "$work/reports.jsonl")
  [ "$lines" -eq "$count" ] || { echo "expected $count reports, got $lines" >&2; exit 1; }
  rates+=("$(awk "BEGIN{printf \"%d\", $count / (($end - $start) / 1e9)}")")
done
median=$(printf '%s\n' "${rates[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
echo "scored $count answers files per run, $runs runs: median $median answers files/s (runs: ${rates[*]}); target >= 20000"
