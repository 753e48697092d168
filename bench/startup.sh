#!/usr/bin/env bash
# Start-up benchmark: median wall time and peak memory of short attune commands over repeated runs,
# next to a JVM hello-world started with the same flags in the same run, so the ratio shows
# what attune itself adds on this machine. Usage: bench/startup.sh [RUNS]   (default 21)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-21}
[ -f target/attune.jar ] || bin/install

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/Hello.java" <<'JAVA'
public class Hello { public static void main(String[] a) { System.out.println("hello"); } }
JAVA
javac -d "$work" "$work/Hello.java"

# runs one command $runs times; prints "median_ms max_rss_kib"
measure() {
  local times=() rss=() start end
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    /usr/bin/time -f %M -o "$work/rss" "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
    rss+=("$(tail -n 1 "$work/rss")")
  done
  local median_ms median_rss
  median_ms=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
  median_rss=$(printf '%s\n' "${rss[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
  echo "$median_ms $median_rss"
}

read -r hello_ms hello_rss < <(measure java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto -cp "$work" Hello)
printf '%-36s %10s %8s %12s\n' "command ($runs runs)" "median ms" "x hello" "median RSS"
printf '%-36s %10d %8s %9d KiB\n' "java Hello (same JVM flags)" "$hello_ms" "1.00" "$hello_rss"
for cmd in "--version" "list" "validate questionnaires/flourish-thrive.yaml questionnaires/countertransference-check.yaml"; do
  # shellcheck disable=SC2086 # cmd is a list of arguments
  read -r ms kib < <(measure bin/attune $cmd)
  label="attune ${cmd%% questionnaires/*}"
  [ "$cmd" = "${cmd%% questionnaires/*}" ] || label="$label (both bundled)"
  printf '%-36s %10d %8s %9d KiB\n' "$label" "$ms" "$(awk "BEGIN{printf \"%.2f\", $ms/$hello_ms}")" "$kib"
done
if [ -f target/attune.jsa ]; then
  read -r plain_ms _ < <(ATTUNE_JAR=target/attune.jar measure java -jar target/attune.jar --version)
  printf '%-36s %10d %8s\n' "java -jar attune.jar --version (plain)" "$plain_ms" "$(awk "BEGIN{printf \"%.2f\", $plain_ms/$hello_ms}")"
fi
