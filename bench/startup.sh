#!/usr/bin/env bash
# Start-up benchmark: median wall time and peak memory of 'attune --version' and of 'attune score' on one
# answers file (JSON), against the targets (100 ms and 150 ms, 64 MB), next to a JVM hello-world with the
# same Java and flags in the same run. With BASELINE_REF, attune as built at that git ref (in a temporary
# worktree, with its own start-up archive) runs interleaved with the current one, for before/after ratios.
# Usage: bench/startup.sh [RUNS] [BASELINE_REF]   (default 21 runs, no baseline)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-21}
baseline=${2:-}
[ -f target/attune.jar ] || bin/install
. bench/baseline.sh

work=$(mktemp -d)
trap 'git worktree remove --force "$work/baseline" 2>/dev/null; rm -rf "$work"' EXIT
export XDG_STATE_HOME="$work/state" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
answers=src/test/resources/golden/score/ct-own-history.answers.yaml

# the same Java the launcher picks, read from its own settings output
java_home=$(ATTUNE_JAVA_OPTS=-XshowSettings:properties bin/attune --version 2>&1 >/dev/null | sed -n 's/^ *java.home = //p')
cat > "$work/Hello.java" <<'JAVA'
public class Hello { public static void main(String[] a) { System.out.println("hello"); } }
JAVA
"$java_home/bin/javac" -d "$work" "$work/Hello.java"

declare -A commands=(
  [hello]="$java_home/bin/java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp $work Hello"
  [version]="bin/attune --version"
  [score]="bin/attune score countertransference-check --answers $answers --format json"
)
order=(hello version score)
if [ -n "$baseline" ]; then
  echo "building attune at $baseline ..." >&2
  old=$(build_baseline "$baseline" "$work")
  commands[version@base]="$old --version"
  commands[score@base]="$old score countertransference-check --answers $answers --format json"
  order+=(version@base score@base)
fi

for _ in $(seq "$runs"); do
  for name in "${order[@]}"; do
    start=$(date +%s%N)
    # shellcheck disable=SC2086 # a command line as a list of words
    /usr/bin/time -f %M -o "$work/rss" ${commands[$name]} >/dev/null 2>&1
    end=$(date +%s%N)
    echo $(( (end - start) / 1000000 )) >> "$work/$name.ms"
    tail -n 1 "$work/rss" >> "$work/$name.kib"
  done
done

median() { sort -n "$1" | sed -n "$(( ($(wc -l < "$1") + 1) / 2 ))p"; }
printf '%-34s %10s %12s %10s\n' "command ($runs runs, Java $("$java_home/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'))" "median ms" "median RSS" "target"
target() { case $1 in version) echo "100 ms, 64 MB" ;; score) echo "150 ms, 64 MB" ;; *) echo "" ;; esac; }
for name in "${order[@]}"; do
  printf '%-34s %10d %9d MB %10s\n' "$name" "$(median "$work/$name.ms")" $(( $(median "$work/$name.kib") / 1024 )) "$(target "$name")"
done
if [ -n "$baseline" ]; then
  for name in version score; do
    awk -v a="$(median "$work/$name.ms")" -v b="$(median "$work/$name@base.ms")" -v n="$name" -v r="$baseline" \
      'BEGIN { printf "%s: current / %s = %.2f\n", n, r, a / b }'
  done
fi
