#!/usr/bin/env bash
# Group summary benchmark: times 'attune group' over N generated answers files (default 1,000) for the
# bundled Flourish & Thrive questionnaire, one attune process per run, and reports the median wall time
# of RUNS runs (default 5) against the goal of under 1 s. Usage: bench/group.sh [N] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-1000}
runs=${2:-5}
[ -f target/attune.jar ] || bin/install

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# members' answers: the example answers file with every answer drawn anew (all its items take 1 to 5)
python3 - "$work" "$count" examples/flourish-thrive-answers.yaml <<'PY'
import random, re, sys
folder, count, example = sys.argv[1], int(sys.argv[2]), sys.argv[3]
random.seed(7)
lines = open(example).read().splitlines()
for n in range(count):
    out = [re.sub(r"^(  \w+): \d+$", lambda m: f"{m.group(1)}: {random.randint(1, 5)}", l) for l in lines]
    with open(f"{folder}/member-{n:05d}.yaml", "w") as f:
        f.write("\n".join(out) + "\n")
PY

times=()
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  bin/attune group flourish-thrive --answers "$work" > "$work/summary.txt" 2>"$work/stderr.txt"
  end=$(date +%s%N)
  grep -q "^  $count members answered.$" "$work/summary.txt" || { echo "the summary does not stand for $count members:" >&2; cat "$work/stderr.txt" >&2; exit 1; }
  times+=("$(( (end - start) / 1000000 ))")
done
median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
verdict=$([ "$median" -lt 1000 ] && echo "meets" || echo "misses")
echo "attune group over $count answers files, $runs runs: median $median ms ($verdict the goal of < 1000 ms; runs: ${times[*]} ms)"
