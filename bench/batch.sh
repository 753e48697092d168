#!/usr/bin/env bash
# Batch scoring benchmark: scores N generated answers files (default 10,000) for the bundled
# countertransference check in one attune process, and reports answers files scored per second
# (median of RUNS runs, default 3). Usage: bench/batch.sh [N] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-10000}
runs=${2:-3}
[ -f target/attune.jar ] || bin/install

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work" "$count" <<'PY'
import random, sys
folder, count = sys.argv[1], int(sys.argv[2])
random.seed(7)
how_much = ["em_their_eyes", "em_warmth", "em_dread", "em_irritation", "em_bored", "re_reminds", "re_protective",
            "re_attraction", "re_fear", "re_mirror", "pr_stuck", "pr_not_benefiting", "pr_goals_met", "pr_conversation",
            "pr_functioning", "pr_wants_goals", "cx_income"]
for n in range(count):
    lines = ["questionnaire: countertransference-check", "version: 1.0.0", "takenAt: 2026-11-22", "answers:"]
    lines += [f"  {item}: {random.randint(0, 4)}" for item in how_much]
    lines += [f"  {item}: {random.choice(['no', 'no', 'no', 'not-sure', 'yes'])}" for item in ["sf_threat", "sf_unsafe", "sf_client_risk", "fit_physical"]]
    lines += [f"  {item}: {random.choice(['yes', 'no'])}" for item in ["re_own_history", "pr_tried", "pr_no_reply", "cx_culture", "cx_values", "cx_cannot_pay", "cx_leave"]]
    lines += [f"  sf_advances: {random.choice(['no', 'addressed', 'persisting'])}",
              f"  sf_boundaries: {random.choice(['no', 'sometimes', 'repeatedly'])}",
              f"  pr_missed: {random.choice(['rarely', 'sometimes', 'repeatedly'])}",
              f"  fit_training: {random.choice(['no', 'small-gap', 'beyond'])}",
              f"  fit_specialty: [{random.choice(['dbt', 'psychosis', 'eating'])}]",
              f"  cx_moving: {random.choice(['no', 'within', 'outside'])}",
              f"  cx_path_forward: {random.choice(['no', 'not-sure', 'yes'])}"]
    with open(f"{folder}/answers-{n:05d}.yaml", "w") as f:
        f.write("\n".join(lines) + "\n")
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
echo "scored $count answers files per run, $runs runs: median $median answers files/s (runs: ${rates[*]})"
