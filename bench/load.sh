#!/usr/bin/env bash
# In-process cost of loading and checking both bundled questionnaires: the first load in a fresh JVM
# (cold) and the median of repeated loads (warm), for this checkout and, side by side in the same
# run, for a baseline commit built in a temporary worktree.
# Usage: bench/load.sh [RUNS] [BASELINE_REF]   (default 11 runs; no baseline when the ref is omitted)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-11}
baseline=${2:-}
[ -f target/attune.jar ] || ./mvnw -B -q package -DskipTests
work=$(mktemp -d)
cleanup() {
  [ -d "$work/baseline" ] && git worktree remove --force "$work/baseline" >/dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT
# each build loads its own copy of the questionnaires, written in the format it reads
jars=("current=$PWD")
if [ -n "$baseline" ]; then
  git worktree add -q --detach "$work/baseline" "$baseline"
  (cd "$work/baseline" && ./mvnw -B -q package -DskipTests >/dev/null)
  jars+=("$baseline=$work/baseline")
fi
for entry in "${jars[@]}"; do
  javac -d "$work/${entry%%=*}" -cp "${entry#*=}/target/attune.jar" bench/LoadQuestionnaires.java
done

# interleaved: one run of each jar per round, so both see the same machine load
for _ in $(seq "$runs"); do
  for entry in "${jars[@]}"; do
    name=${entry%%=*}
    root=${entry#*=}
    java -XX:+UseSerialGC -cp "$work/$name:$root/target/attune.jar" LoadQuestionnaires 200 \
      "$root/questionnaires/flourish-thrive.yaml" "$root/questionnaires/countertransference-check.yaml" >> "$work/$name.txt"
  done
done

median() { sort -n | sed -n "$(( (runs + 1) / 2 ))p"; }
printf '%-22s %14s %18s\n' "build ($runs runs)" "cold load ms" "warm load µs"
for entry in "${jars[@]}"; do
  name=${entry%%=*}
  cold=$(cut -d' ' -f1 "$work/$name.txt" | median)
  warm=$(cut -d' ' -f2 "$work/$name.txt" | median)
  printf '%-22s %14s %18s\n' "$name" "$cold" "$warm"
  echo "$cold $warm" > "$work/$name.median"
done
if [ -n "$baseline" ]; then
  read -r c1 w1 < "$work/current.median"
  read -r c0 w0 < "$work/$baseline.median"
  awk -v c1="$c1" -v c0="$c0" -v w1="$w1" -v w0="$w0" 'BEGIN { printf "ratio current/baseline: cold %.2f, warm %.2f\n", c1 / c0, w1 / w0 }'
fi
