#!/usr/bin/env bash
# Where batch scoring's time goes: times one attune process on N and on 4N answers files (default 10,000
# and 40,000; copies of the test scenarios), interleaved, RUNS runs each (default 5), with the quick
# compiler attune uses and with Java's full JIT. From the medians it splits a run into a fixed part
# (start-up, loading the questionnaire, warming up) and the cost of each file past the first N, and prints
# the files per second that cost allows, against the target of 20,000 per second. With the quick compiler,
# code is fully compiled well before N files, so that rate is the most a batch of any length reaches.
# Usage: bench/batch-scaling.sh [N] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-10000}
runs=${2:-5}
[ -f target/attune.jar ] || bin/install
. bench/answers.sh

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
make_answers "$work/small" "$count"
make_answers "$work/large" $((4 * count))

modes=("quick compiler (attune's default)|" "full JIT|-XX:TieredStopAtLevel=4")

# one run: milliseconds to score the folder $2 with the extra Java flags $1
millis() {
  local start end
  start=$(date +%s%N)
  ATTUNE_JAVA_OPTS="$1" bin/attune score countertransference-check --answers "$2" --format json > /dev/null 2>&1
  end=$(date +%s%N)
  echo $(((end - start) / 1000000))
}

for _ in $(seq "$runs"); do
  for i in "${!modes[@]}"; do
    flags=${modes[$i]#*|}
    millis "$flags" "$work/small" >> "$work/small-$i"
    millis "$flags" "$work/large" >> "$work/large-$i"
  done
done
median() { sort -n "$1" | sed -n "$(( (runs + 1) / 2 ))p"; }

echo "one attune process, $runs runs each, medians"
for i in "${!modes[@]}"; do
  small=$(median "$work/small-$i")
  large=$(median "$work/large-$i")
  awk -v name="${modes[$i]%|*}" -v n="$count" -v s="$small" -v l="$large" 'BEGIN {
    per = (l - s) / (3 * n) * 1000   # microseconds for each file past the first n
    fixed = s - n * per / 1000       # what a run costs besides its files
    printf "%s: %d files %d ms (%d files/s), %d files %d ms (%d files/s)\n", name, n, s, n / s * 1000, 4 * n, l, 4 * n / l * 1000
    printf "  fixed part %d ms; each file past the first %d: %.1f us, %d files/s; target >= 20000\n", fixed, n, per, 1e6 / per
  }'
done
