#!/usr/bin/env bash
# Network check: runs every attune command under strace and fails when any of them opens an internet
# connection (connect/sendto/bind on AF_INET or AF_INET6). attune never needs the network; answers are
# sensitive and stay on this machine. Needs strace (Debian: apt-get install strace).
# Usage: bench/network-check.sh
set -euo pipefail
cd "$(dirname "$0")/.."
command -v strace >/dev/null || { echo "network-check: strace is not installed" >&2; exit 2; }
[ -f target/attune.jar ] || bin/install

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME=$work/config XDG_STATE_HOME=$work/state XDG_DATA_HOME=$work/data NO_COLOR=1
answers=examples/countertransference-answers.yaml
plain_answers=$(printf '4\n2\nn\n\n')

commands=(
  "--help"
  "--version"
  "list"
  "list --format json"
  "validate questionnaires/flourish-thrive.yaml questionnaires/countertransference-check.yaml"
  "validate --format json questionnaires/flourish-thrive.yaml"
  "explain flourish-thrive"
  "score countertransference-check --answers $answers"
  "score countertransference-check --answers $answers --format markdown"
  "score countertransference-check --answers $answers --format json --output $work/report.json"
  "score flourish-thrive --answers examples"
  "run --plain src/test/resources/session/three-questions.yaml"
  "resume"
  "results"
  "completion bash"
)

failed=0
for command in "${commands[@]}"; do
  log=$work/strace.log
  # shellcheck disable=SC2086 # the command is split into words on purpose
  printf '%s' "$plain_answers" | strace -f -qq -e trace=network -o "$log" bin/attune $command >/dev/null 2>&1 || true
  inet=$(grep -E 'AF_INET6?' "$log" | grep -E '\b(connect|sendto|sendmsg|bind)\(' || true)
  if [ -n "$inet" ]; then
    echo "FAIL attune $command"
    echo "$inet" | head -5 | sed 's/^/    /'
    failed=$((failed + 1))
  else
    echo "ok   attune $command ($(grep -c . "$log" || true) network calls, none to the internet)"
  fi
done
echo "network-check: ${#commands[@]} commands, $failed with an internet connection"
[ "$failed" -eq 0 ]
