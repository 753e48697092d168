#!/usr/bin/env bash
# History benchmark: imports N generated Flourish & Thrive results (default 1,000) into a temporary data
# folder, then times 'attune history flourish-thrive' over them, whole process included (median of RUNS
# runs, default 10; goal < 400 ms). Uses hyperfine when it is installed, else a loop timed with date.
# Usage: bench/history.sh [N] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-1000}
runs=${2:-10}
goal_ms=400
[ -f target/attune.jar ] || bin/install

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_STATE_HOME="$work/state"
mkdir -p "$work/answers"

items="pg_learning pg_challenge pg_competent pg_consultation pg_feedback pg_training pg_motions pg_out_of_depth
sc_rest sc_limits sc_life sc_body sc_breaks sc_time_off sc_carry_home sc_drained st_triggers st_notice st_own_space
st_kindness st_old_wounds st_shame st_perfect st_hopeless we_limits we_support we_caseload we_group we_safe_room
we_voice we_money we_admin"
RANDOM=7
start_day=$(date -u -d 2020-01-01 +%s)
for n in $(seq 0 $((count - 1))); do
  {
    echo "questionnaire: flourish-thrive"
    echo "version: 1.1.0"
    # one result a day, so every one has its own time and they sort as taken
    echo "takenAt: $(date -u -d "@$((start_day + n * 86400 + 32400))" +%Y-%m-%dT%H:%M:%SZ)"
    echo "answers:"
    for item in $items; do echo "  $item: $((RANDOM % 5 + 1))"; done
  } > "$work/answers/ft-$(printf '%05d' "$n").yaml"
done
bin/attune results import "$work/answers" 2> "$work/import.log" || { tail -5 "$work/import.log" >&2; exit 1; }
kept=$(find "$XDG_DATA_HOME/attune/results" -name '*.report.json' | wc -l)
[ "$kept" -eq "$count" ] || { echo "expected $count results, found $kept" >&2; exit 1; }
lines=$(bin/attune history flourish-thrive --format csv | wc -l)
[ "$lines" -eq $((count * 4 + 1)) ] || { echo "expected $((count * 4 + 1)) CSV lines, got $lines" >&2; exit 1; }

# the floor on this machine at this moment: a JVM starting attune and doing nothing
floor=()
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  bin/attune --version > /dev/null
  end=$(date +%s%N)
  floor+=("$(( (end - start) / 1000000 ))")
done
floor_median=$(printf '%s\n' "${floor[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2)}')

if command -v hyperfine > /dev/null; then
  hyperfine --warmup 1 --runs "$runs" --export-json "$work/times.json" 'bin/attune history flourish-thrive > /dev/null' > /dev/null
  median=$(grep -o '"median": *[0-9.e-]*' "$work/times.json" | head -1 | sed 's/.*: *//' | awk '{printf "%d", $1 * 1000}')
  how=hyperfine
else
  bin/attune history flourish-thrive > /dev/null # warm-up
  times=()
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    bin/attune history flourish-thrive > /dev/null
    end=$(date +%s%N)
    times+=("$(( (end - start) / 1000000 ))")
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2)}')
  how="date loop (runs: ${times[*]} ms)"
fi
verdict=$([ "$median" -lt "$goal_ms" ] && echo "meets" || echo "misses")
echo "attune history over $count results, $runs runs by $how: median $median ms ($verdict the goal of < $goal_ms ms);"
echo "  'attune --version' on the same machine just before: median $floor_median ms (load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown))"
[ "$median" -lt "$goal_ms" ]
